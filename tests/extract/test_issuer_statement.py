"""The issuer stated by a text that lost its header table (decision 19) and the locality a
body's name leaves out (decision 10).  Each text is built here, none copied from the
corpus."""

from __future__ import annotations

import kehoach_parser

_PARTS = "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nBảo đảm thực hiện đúng tiến độ.\n"


def test_a_type_line_and_a_lead_in_naming_the_body_that_makes_the_plan() -> None:
    text = ("KẾ HOẠCH\nHoạt động chuyên môn năm học 2024 - 2025\n"
            "Căn cứ Công văn số 12/PGDĐT ngày 05/9/2024 của Phòng Giáo dục và Đào tạo; "
            "Trường Tiểu học Hòa Bình xây dựng kế hoạch hoạt động chuyên môn như sau:\n"
            + _PARTS)
    doc = kehoach_parser.parse(text)
    assert doc.issuer == "Trường Tiểu học Hòa Bình"
    start, end = doc.field_spans["issuer"]
    assert text[start:end] == "Trường Tiểu học Hòa Bình"


def test_a_news_report_of_a_new_plan_names_no_issuer() -> None:
    text = ("Tỉnh triển khai kế hoạch phòng chống dịch\n"
            "Ban Chỉ đạo tỉnh vừa ban hành Kế hoạch phòng chống dịch năm 2024.\n"
            "Theo kế hoạch, tỉnh phấn đấu tiêm chủng cho 95% trẻ em.\n")
    assert kehoach_parser.parse(text).issuer is None


def test_a_statement_of_another_numbered_plan_names_no_issuer() -> None:
    text = ("KẾ HOẠCH\nTuyên truyền năm 2024\n"
            "Thực hiện chỉ đạo của huyện, Trường Mầm non Sao Mai xây dựng Kế hoạch số: "
            "25/KH-MN ngày 11/02/2024 về tuyên truyền.\n" + _PARTS)
    assert kehoach_parser.parse(text).issuer is None


def test_a_standing_committee_takes_its_locality_from_the_enacting_sentence() -> None:
    text = ("Hội đồng nhân dân xã An Lạc căn cứ:\n"
            "- Luật Tổ chức chính quyền địa phương năm 2025;\n"
            "Sau khi thống nhất với các đoàn thể, Thường trực Hội đồng nhân dân xã xây "
            "dựng Kế hoạch tiếp xúc cử tri năm 2025.\n" + _PARTS)
    assert kehoach_parser.parse(text).issuer == "Thường trực Hội đồng nhân dân xã An Lạc"


_BARE_HEADER = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                "Số: 41/KH-UBND | Hải Phòng, ngày 16 tháng 4 năm 2024 |\n"
                "HÀNH ĐỘNG VỀ DINH DƯỠNG ĐẾN NĂM 2030\n")


def test_a_unit_takes_its_name_from_the_statements_own_sentence() -> None:
    text = (_BARE_HEADER + "Căn cứ Chỉ thị số 46/CT-TTg của Thủ tướng Chính phủ, Chủ tịch "
            "Ủy ban nhân dân thành phố ban hành Kế hoạch hành động của thành phố Hải "
            "Phòng như sau:\n" + _PARTS)
    assert kehoach_parser.parse(text).issuer == "Ủy ban nhân dân thành phố Hải Phòng"


def test_a_unit_named_only_elsewhere_stays_as_printed() -> None:
    text = (_BARE_HEADER + "Căn cứ Chỉ thị số 46/CT-TTg của Thủ tướng Chính phủ, Chủ tịch "
            "Ủy ban nhân dân thành phố ban hành Kế hoạch hành động như sau:\n"
            "Trẻ em của thành phố Hải Phòng được chăm sóc dinh dưỡng.\n" + _PARTS)
    assert kehoach_parser.parse(text).issuer == "Ủy ban nhân dân thành phố"


# Review R17b-6: a congress named as background is not the body that resolves.
_BODY_RESOLVES = ("NGHỊ QUYẾT\nvề chuyển đổi số trên địa bàn huyện\n\n"
                  "Thực hiện Chỉ thị số 12-CT/TU của Tỉnh ủy. Đại hội đại biểu Đảng bộ huyện "
                  "Tân Lập lần thứ VIII, nhiệm kỳ 2030 - 2035 đã xác định chuyển đổi số là "
                  "khâu đột phá.\nBan Chấp hành Đảng bộ huyện\nQUYẾT NGHỊ:\n"
                  "1. Tập trung xây dựng hạ tầng số.\n")


def test_a_congress_named_as_background_is_not_the_issuer() -> None:
    doc = kehoach_parser.parse(_BODY_RESOLVES)
    assert doc.issuer is None or not doc.issuer.startswith("Đại hội")


def test_a_congress_must_open_the_body_and_be_held_and_resolve_itself() -> None:
    from kehoach_parser.extract.issuer_statement import congress_issuer

    def issuer(text: str) -> str | None:
        found = congress_issuer(text, 0, len(text))
        return None if found is None else found[0]

    held = ("Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ V, nhiệm kỳ 2030 - 2035 tiến hành "
            "trong hai ngày. Đại hội thống nhất quyết nghị:\n1. Thông qua báo cáo.\n")
    assert issuer(held) == "Đại hội đại biểu Đảng bộ xã Tân Lập"
    # a title above it is no sentence of the body
    assert issuer("NGHỊ QUYẾT ĐẠI HỘI\n***\n" + held) == "Đại hội đại biểu Đảng bộ xã Tân Lập"
    # the congress in a later sentence: background
    assert issuer("Năm 2031 là năm đầu của nhiệm kỳ. " + held) is None
    # a congress that decided something before: not held by this text
    past = held.replace("tiến hành trong hai ngày", "đã đề ra năm nhiệm vụ trọng tâm")
    assert issuer(past) is None
    # "QUYẾT NGHỊ" under another body's name: that body resolves
    under_body = held.replace("Đại hội thống nhất quyết nghị:",
                              "\nBan Chấp hành Đảng bộ xã\nQUYẾT NGHỊ")
    assert issuer(under_body) is None
    bare = held.replace("Đại hội thống nhất quyết nghị:", "\n\nQUYẾT NGHỊ\n")
    assert issuer(bare) == "Đại hội đại biểu Đảng bộ xã Tân Lập"


def test_a_congress_is_not_read_as_the_issuer_of_a_plan() -> None:
    text = ("KẾ HOẠCH\nTổ chức Đại hội Chi đoàn năm 2030\n\n"
            "Đại hội Chi đoàn thôn Đông lần thứ III, nhiệm kỳ 2030 - 2032 tiến hành vào tháng 5."
            "\nQUYẾT NGHỊ\n1. Chuẩn bị hội trường.\n")
    assert kehoach_parser.parse(text).doc_type == "Kế hoạch"
    issuer = kehoach_parser.parse(text).issuer
    assert issuer is None or not issuer.startswith("Đại hội")


# Review R17c-2a: a sentence-case title line that names the congress stands above its
# opening sentence; the title has no holding verb, the opening sentence does.
_TITLED = ("NGHỊ QUYẾT\nĐại hội đại biểu Đảng bộ xã Hòa Bình lần thứ VI, nhiệm kỳ 2030 - 2035"
           "\n\nĐại hội đại biểu Đảng bộ xã Hòa Bình lần thứ VI, nhiệm kỳ 2030 - 2035 tiến "
           "hành trong hai ngày 3 và 4/6/2030.\nSau khi thảo luận các văn kiện,\n\n"
           "QUYẾT NGHỊ:\n\n1. Thông qua Báo cáo chính trị.\n")


def test_a_title_line_naming_the_congress_does_not_hide_its_opening_sentence() -> None:
    from kehoach_parser.extract.issuer_statement import congress_issuer

    found = congress_issuer(_TITLED, 0, len(_TITLED))
    assert found is not None and found[0] == "Đại hội đại biểu Đảng bộ xã Hòa Bình"
    # the congress is the second line-opening one: its sentence, not the title's, is read
    assert found[1][0] > _TITLED.index("\n\n")
    assert kehoach_parser.parse(_TITLED).issuer == "Đại hội đại biểu Đảng bộ xã Hòa Bình"
    # a congress after a sentence's end is still background, title line or not
    later = _TITLED.replace("\n\nĐại hội đại biểu", "\n\nNăm 2030 là năm đầu. Đại hội đại biểu", 1)
    assert congress_issuer(later, 0, len(later)) is None
    # a title line alone, without an opening sentence that holds the congress: none
    untitled = _TITLED.replace(" tiến hành trong hai ngày 3 và 4/6/2030", " đã đề ra nhiệm vụ")
    assert congress_issuer(untitled, 0, len(untitled)) is None


# Review R17c-2b: only a line that is a whole body's name makes a bare "QUYẾT NGHỊ" that
# body's; a sentence about a body does not.
def test_a_sentence_about_a_body_above_quyet_nghi_leaves_it_to_the_congress() -> None:
    from kehoach_parser.extract.issuer_statement import congress_issuer

    held = ("Đại hội Công đoàn trường Tiểu học Hòa Bình lần thứ IV, nhiệm kỳ 2030 - 2035 "
            "tiến hành ngày 12/9/2030.\n{above}\n\nQUYẾT NGHỊ:\n1. Thông qua báo cáo.\n")

    def issuer(above: str) -> str | None:
        text = held.format(above=above)
        found = congress_issuer(text, 0, len(text))
        return None if found is None else found[0]

    congress = "Đại hội Công đoàn trường Tiểu học Hòa Bình"
    assert issuer("Ban Chấp hành khóa III đã báo cáo kết quả nhiệm kỳ.") == congress
    assert issuer("Ban Thường vụ trình bày dự thảo nghị quyết, các đại biểu thảo luận.") == congress
    # a line that is a body's name (with or without ":"): that body resolves
    assert issuer("Ban Chấp hành Công đoàn cơ sở") is None
    assert issuer("Ban Chấp hành Công đoàn trường Tiểu học Hòa Bình:") is None
