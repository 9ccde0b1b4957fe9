"""Reflow: a line that goes on a sentence with a parenthesis, a quotation or an
abbreviation is joined; a heading, a list item, a body's abbreviation opening a sentence,
a table row and a signature stay apart."""

from __future__ import annotations

import pytest

from kehoach_parser.text.reflow import goes_on_sentence, should_join


@pytest.mark.parametrize(("line", "nxt"), [
    ("c) Toàn bộ phương tiện tham gia giao thông đường thủy",
     "(bao gồm tàu, thuyền, sà lan) được đăng ký, đăng kiểm đầy đủ."),
    ("Phấn đấu đến năm 2027 có 30% thôn, bản đạt tiêu chí",
     "“thôn, bản văn hóa” theo quy định của tỉnh."),
    ("Duy trì nhịp độ tăng trưởng", "GRDP bình quân đạt 7,5%/năm trở lên."),
    ("- Khuyến khích người dân dùng các ứng dụng", "AI trong sản xuất và kinh doanh."),
    ("Các chỉ tiêu phát triển", "KT-XH của xã được giao cụ thể như sau:"),
    ("Luật Đất đai được Quốc hội khóa", "XV thông qua ngày 18 tháng 01 năm 2024."),
])
def test_a_line_that_goes_on_a_sentence_is_joined(line: str, nxt: str) -> None:
    assert should_join(line, nxt, None)


@pytest.mark.parametrize(("line", "nxt"), [
    # a heading then its body, opening with an abbreviation
    ("1. Tăng trưởng kinh tế", "GRDP tăng 8% so với năm trước."),
    # a title then a body's abbreviation opening the sentence
    ("Kế hoạch cải cách hành chính năm 2027 trên địa bàn xã",
     "UBND xã Tân Phú ban hành Kế hoạch như sau."),
    ("Thực hiện tốt nhiệm vụ được giao",
     "HĐND tỉnh giám sát việc thực hiện."),
    # list items and closed lines
    ("- Sở Tài chính;", "(Kèm theo danh sách)"),
    ("a) Mục tiêu chung:", "“Xã hội học tập” là nhiệm vụ."),
    # a signature: position in capitals, then the name
    ("CHỦ TỊCH", "(đã ký)"),
    # table rows
    ("| 1 | Tỷ lệ hộ nghèo | % |", "(theo chuẩn mới) | 2 |"),
])
def test_units_of_their_own_stay_apart(line: str, nxt: str) -> None:
    assert not should_join(line, nxt, None)


def test_an_upper_case_word_after_a_quotation_mark_is_not_read_as_going_on() -> None:
    assert not goes_on_sentence("Phát động phong trào", "“Toàn dân đoàn kết”")
    assert goes_on_sentence("Phát động phong trào", "“toàn dân đoàn kết” trên địa bàn")


def test_a_number_word_goes_on_with_its_roman_numeral_in_capitals() -> None:
    assert should_join("Giám sát bầu cử đại biểu Quốc hội khóa", "XVI", None)
    assert should_join("Báo cáo kết quả thu ngân sách quý", "IV năm 2026", None)
    # a capital heading under a line ending on a number word stays apart
    assert not should_join("Tổng kết công tác năm", "II. NHIỆM VỤ NĂM 2027", None)
    assert not should_join("Phát triển chuyển đổi số", "MỤC TIÊU CỤ THỂ", None)


def test_a_title_wrapped_before_the_term_number_is_read_whole() -> None:
    import kehoach_parser
    text = ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nPHƯỜNG AN PHÚ\nSố: 09/KH-MTTQ\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "An Phú, ngày 10 tháng 11 năm 2026\n\nKẾ HOẠCH\nGiám sát công tác bầu cử đại biểu "
            "Quốc hội khóa\nXVII\n\nvà đại biểu Hội đồng nhân dân các cấp\n\n"
            "Căn cứ Luật Bầu cử;\n")
    assert kehoach_parser.parse(text).title == (
        "Giám sát công tác bầu cử đại biểu Quốc hội khóa XVII và đại biểu Hội đồng nhân dân "
        "các cấp")


def test_an_abbreviation_that_closes_the_sentence_goes_on_it_even_after_a_label() -> None:
    assert should_join("2.3. Xác định trách nhiệm của các cơ quan trong thực hiện Chương trình",
                       "MTQG.", None)
    # an abbreviation alone with no closing sign may be a cell or a heading: apart
    assert not should_join("Tổ chức thực hiện Chương trình", "MTQG", None)
    # a body's abbreviation closing a line after a list item stays apart
    assert not should_join("- Sở Tài chính", "UBND.", None)


def test_a_topic_heading_in_capitals_is_whole_before_a_sentence_with_a_colon() -> None:
    # "Về …"/"Đối với …" in small letters goes on to its colon; in capitals it is a heading
    assert not should_join("I. ĐỐI VỚI CÁC CƠ QUAN, ĐƠN VỊ (Khối Đảng, Chính quyền)",
                           "Thực hiện quy trình 3 bước sau:", None)
    assert should_join("8. Về hoạt động của mô hình chính quyền địa phương",
                       "02 cấp: bảo đảm thông suốt.", None)


def test_a_period_cut_at_its_dash_is_joined_whatever_the_width() -> None:
    assert should_join("4. Trong giai đoạn 2026", "- 2030 phấn đấu có ít nhất 10% cán bộ", None)
    # a bullet after a line ending on a figure that is not a year, and table cells, stay
    assert not should_join("Tổng số hộ là 1250", "- 2030 hộ đạt chuẩn", None)
    assert not should_join("| Năm 2026", "- 2030 |", None)
    # a timeline's step (its year and a colon), and a year that is not later, stay apart
    assert not should_join("Lộ trình thực hiện từ năm 2026", "- 2027: hoàn thành 50% số xã.",
                           80)
    assert not should_join("a) Năm 2030", "- 2025: đạt 40%", None)
    assert not should_join("Đến năm 2030", "- 2025 giữ vững tỷ lệ hộ nghèo dưới 2%", None)
