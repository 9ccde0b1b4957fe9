"""Every heading style of the spec: parts, chapters, articles, wrapped and dotted titles."""

from __future__ import annotations

import kehoach_parser


def _sections(text: str) -> list[tuple[str, str | None, int, str | None]]:
    doc = kehoach_parser.parse("KẾ HOẠCH\nVề việc thực hiện nhiệm vụ\n" + text)
    return [(s.label, s.title, s.level, s.kind) for s in doc.sections]


def test_parts_above_roman_numerals_are_level_zero() -> None:
    got = _sections("PHẦN I. KẾT QUẢ THỰC HIỆN NĂM 2025\nI. KẾT QUẢ ĐẠT ĐƯỢC\n"
                    "Các chỉ tiêu cơ bản đạt kế hoạch.\nPHẦN THỨ HAI\nNHIỆM VỤ NĂM 2026\n"
                    "I. MỤC TIÊU\nPhấn đấu hoàn thành.\n")
    assert got[0] == ("PHẦN I", "KẾT QUẢ THỰC HIỆN NĂM 2025", 0, None)
    assert got[1][:3] == ("I", "KẾT QUẢ ĐẠT ĐƯỢC", 1)
    assert got[2] == ("PHẦN THỨ HAI", "NHIỆM VỤ NĂM 2026", 0, None)
    assert got[3] == ("I", "MỤC TIÊU", 1, "targets")


def test_a_part_label_followed_by_a_numbered_heading_has_no_title() -> None:
    got = _sections("PHẦN THỨ NHẤT\nI. TÌNH HÌNH CHUNG\nNội dung.\n")
    assert got[0] == ("PHẦN THỨ NHẤT", None, 0, None)


def test_capital_letters_over_roman_numerals_are_parts_else_level_one() -> None:
    parts = _sections("A. KẾT QUẢ\nI. KINH TẾ\nTăng trưởng khá.\nB. NHIỆM VỤ\nI. MỤC TIÊU\n"
                      "Phấn đấu.\n")
    assert [(lab, lvl) for lab, _t, lvl, _k in parts] == [("A", 0), ("I", 1), ("B", 0),
                                                          ("I", 1)]
    alone = _sections("A. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao nhận thức.\n")
    assert alone[0] == ("A", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose")
    assert alone[1][:3] == ("1", "Mục đích", 2)


def test_chapters_and_articles_keep_their_words_and_nest() -> None:
    got = _sections("Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
                    "Quy chế này quy định.\nĐiều 2. Đối tượng áp dụng\nCán bộ, công chức.\n")
    assert got[0] == ("Chương I", "NHỮNG QUY ĐỊNH CHUNG", 1, "other")
    assert got[1][:3] == ("Điều 1", "Phạm vi điều chỉnh", 2)
    assert got[2][:3] == ("Điều 2", "Đối tượng áp dụng", 2)


def test_articles_without_a_chapter_are_level_one_and_sentences_are_items() -> None:
    got = _sections("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện.\n"
                    "Điều 2. Mục tiêu, nhiệm vụ trọng tâm\n1. Mục tiêu chung\nNâng cao.\n")
    assert ("Điều 2", "Mục tiêu, nhiệm vụ trọng tâm", 1, "targets") in got
    assert all(lab != "Điều 1" for lab, *_ in got)
    assert ("1", "Mục tiêu chung", 2, None) in got


def test_a_heading_wrapped_over_two_lines_and_a_dash_label() -> None:
    got = _sections("II. NHIỆM VỤ,\nGIẢI PHÁP\n1- Mục tiêu tổng quát\nPhát triển bền vững.\n")
    assert got[0][:3] == ("II", "NHIỆM VỤ, GIẢI PHÁP", 1)
    assert got[1][:3] == ("1", "Mục tiêu tổng quát", 2)


def test_a_title_with_a_final_dot_under_a_roman_numeral() -> None:
    got = _sections("I. KẾT QUẢ THỰC HIỆN.\n1. Về kinh tế\nTăng trưởng 7%.\n")
    assert got[0][:2] == ("I", "KẾT QUẢ THỰC HIỆN")


def test_standalone_requests_naming_a_body_are_headings_request_sentences_items() -> None:
    got = _sections("V. TỔ CHỨC THỰC HIỆN\n1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã\n"
                    "- Tuyên truyền, vận động Nhân dân.\n2. Đề nghị các đoàn thể phối hợp "
                    "tuyên truyền.\n3. Giao Văn phòng: theo dõi, tổng hợp.\n")
    labels = [lab for lab, *_ in got]
    assert "1" in labels and "2" not in labels and "3" not in labels


def test_topic_lines_opened_by_ve_are_headings_whatever_their_length() -> None:
    got = _sections("III. NỘI DUNG\n1. Về đề nghị nghiên cứu, sửa đổi, bổ sung cơ chế tài "
                    "chính đối với các dự án đầu tư công trên địa bàn: Bộ Tài chính tổng hợp.\n")
    assert got[1][1].startswith("Về đề nghị nghiên cứu")


def test_clauses_numbered_after_their_article_sit_one_below_it() -> None:
    # "2.1." in "Điều 2" stands for the article's clause 1: one level below the article
    got = _sections("Điều 1. Mục tiêu, chỉ tiêu\nTăng trưởng kinh tế đạt 8%.\n"
                    "Điều 2. Nhiệm vụ và giải pháp\n2.1. Hoàn thiện thể chế\nRà soát văn bản.\n"
                    "2.2. Phát triển hạ tầng\nĐầu tư đường giao thông.\n"
                    "Điều 3. Tổ chức thực hiện\nCác sở triển khai.\n")
    assert [(lab, lvl) for lab, _t, lvl, _k in got] == [
        ("Điều 1", 1), ("Điều 2", 1), ("2.1", 2), ("2.2", 2), ("Điều 3", 1)]
    # numbers that do not start with the article's keep their depth
    other = _sections("Điều 2. Nhiệm vụ và giải pháp\n1.1. Hoàn thiện thể chế\nRà soát văn bản.\n")
    assert [(lab, lvl) for lab, _t, lvl, _k in other] == [("Điều 2", 1), ("1.1", 3)]


# --- decision 18: the addressee of a request, whatever its length ---------------------------
def _titles(text: str) -> list[str]:
    from kehoach_parser import parse

    return [s.title for s in parse(text).sections]


def test_a_long_request_naming_only_bodies_is_a_heading() -> None:
    text = ("III. TỔ CHỨC THỰC HIỆN\n"
            "1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội\n"
            "- Tuyên truyền, vận động hội viên tham gia thực hiện kế hoạch.\n"
            "2. Công an huyện\n"
            "- Bảo đảm an ninh trật tự trong thời gian tổ chức.\n")
    assert ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội"
            in _titles(text))


def test_a_long_request_that_goes_on_into_its_task_is_an_item() -> None:
    text = ("III. TỔ CHỨC THỰC HIỆN\n"
            "1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể tăng cường "
            "tuyên truyền vận động Nhân dân tham gia\n"
            "- Báo cáo kết quả về Ủy ban nhân dân huyện.\n"
            "2. Công an huyện\n"
            "- Bảo đảm an ninh trật tự trong thời gian tổ chức.\n")
    assert not any(t.startswith("Đề nghị") for t in _titles(text))


def test_a_first_two_part_number_right_under_a_roman_numeral_nests_one_level_below_it(
) -> None:
    # levels by nesting: "1.1." with no "1." between it and "I." is level 2, its siblings and
    # children follow; under "II." a "1." opens and "2.1." is level 3 again
    got = _sections("I. GIỚI THIỆU CHUNG\n1.1. Vị trí, diện tích\nTrường có 24 phòng học.\n"
                    "1.2. Truyền thống\nTrường được thành lập năm 1993.\n"
                    "1.2.1. Thành tích thi đua\nNhiều năm đạt danh hiệu lao động xuất sắc.\n"
                    "II. NHIỆM VỤ\n1. Nâng cao chất lượng\nĐổi mới phương pháp dạy học.\n"
                    "2.1. Đổi mới phương pháp\nỨng dụng công nghệ thông tin.\n")
    assert [(lab, lvl) for lab, _t, lvl, _k in got] == [
        ("I", 1), ("1.1", 2), ("1.2", 2), ("1.2.1", 3), ("II", 1), ("1", 2), ("2.1", 3)]


def test_a_long_about_topic_up_to_its_colon_is_a_heading_however_long() -> None:
    # decision 18: length does not decide; a "Về …" topic closed by its colon is a title,
    # whether the body follows on the next line or after the colon
    topic = ("Về kiến nghị bổ sung vốn ngân sách trung ương cho các dự án giao thông kết nối "
             "vùng, gồm tuyến đường ven biển, tuyến nối cao tốc với quốc lộ, các cầu qua sông "
             "lớn và hệ thống đường tuần tra biên giới trên địa bàn tỉnh trong giai đoạn "
             "2026 - 2030")
    assert len(topic.split()) > 45
    got = _sections("III. MỘT SỐ KIẾN NGHỊ\n1. " + topic + ":\n"
                    "Giao Bộ Tài chính tổng hợp, báo cáo cấp có thẩm quyền.\n"
                    "2. " + topic.replace("giao thông", "thủy lợi") + ": giao Bộ Nông nghiệp "
                    "và Môi trường xem xét.\n"
                    "3. Về cơ bản các dự án đã hoàn thành đúng tiến độ. " + topic[3:]
                    + ":\nBộ Xây dựng hướng dẫn.\n")  # a long line of two sentences: an item
    assert [(lab, title) for lab, title, _l, _k in got] == [
        ("III", "MỘT SỐ KIẾN NGHỊ"), ("1", topic),
        ("2", topic.replace("giao thông", "thủy lợi"))]


def test_steps_of_a_procedure_are_headings_one_level_below_their_part() -> None:
    got = _sections("I. ĐỐI VỚI CÁC CƠ QUAN, ĐƠN VỊ\nThực hiện quy trình 2 bước sau:\n"
                    "Bước 1: Họp Ban lãnh đạo dự kiến người giới thiệu ứng cử.\n"
                    "Ban lãnh đạo họp và lập biên bản.\n"
                    "Bước 2: Hội nghị lấy ý kiến cử tri nơi công tác\n"
                    "- Thành phần: toàn thể cán bộ.\n"
                    "II. ĐỐI VỚI CÁC THÔN\nBước 1 là họp Ban công tác Mặt trận thôn.\n")
    assert [(lab, title, lvl) for lab, title, lvl, _k in got] == [
        ("I", "ĐỐI VỚI CÁC CƠ QUAN, ĐƠN VỊ", 1),
        ("Bước 1", "Họp Ban lãnh đạo dự kiến người giới thiệu ứng cử", 2),
        ("Bước 2", "Hội nghị lấy ý kiến cử tri nơi công tác", 2),
        ("II", "ĐỐI VỚI CÁC THÔN", 1)]


def test_headings_numbered_without_a_stop_in_a_run_are_read() -> None:
    got = _sections("I. MỤC ĐÍCH, YÊU CẦU\n1 Mục đích\nNâng cao hiệu quả phòng, chống thiên tai.\n"
                    "2 Yêu cầu\nCác ban, ngành thực hiện nghiêm túc.\nII. NỘI DUNG\n"
                    "1 Công tác tuyên truyền\nTuyên truyền trên loa truyền thanh.\n")
    assert [(lab, title, lvl) for lab, title, lvl, _k in got] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU", 1), ("1", "Mục đích", 2), ("2", "Yêu cầu", 2),
        ("II", "NỘI DUNG", 1), ("1", "Công tác tuyên truyền", 2)]


def test_a_bare_number_alone_or_before_figures_is_not_a_heading() -> None:
    # one "1 …" line with no run, and rows of figures numbered so, stay unread
    got = _sections("I. KẾT QUẢ\n1 Hộ gia đình được hỗ trợ làm nhà ở\nCác hộ đã vào ở.\n"
                    "II. CHỈ TIÊU\nSTT Chỉ tiêu Đơn vị Kế hoạch\n1 Tỷ lệ hộ nghèo % 2\n"
                    "2 Thu ngân sách tỷ đồng 12\n")
    assert [lab for lab, _t, _l, _k in got] == ["I", "II"]


def test_labels_after_line_breaks_printed_as_characters_are_read() -> None:
    # decision 17: "\r\n" printed by a website stays in the text; the label after it opens
    # the heading
    got = _sections("I. MỤC TIÊU\n\\r\\n\\r\\n1. Mục tiêu chung\n\\r\\nGiảm tỷ lệ suy dinh "
                    "dưỡng trẻ em.\n\\r\\n2. Mục tiêu cụ thể\n"
                    "\\r\\na) Giảm tỷ lệ thấp còi của\\r\\ntrẻ em dưới 5 tuổi\n"
                    "\\r\\nĐến năm 2027 còn dưới 18%.\n")
    assert [(lab, title, lvl) for lab, title, lvl, _k in got] == [
        ("I", "MỤC TIÊU", 1), ("1", "Mục tiêu chung", 2), ("2", "Mục tiêu cụ thể", 2),
        ("a", "Giảm tỷ lệ thấp còi của trẻ em dưới 5 tuổi", 3)]
