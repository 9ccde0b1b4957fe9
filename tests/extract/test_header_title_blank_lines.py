"""A title cut by a blank line (a paragraph break copied from a word processor), anywhere.

Every layout here is written for the test (invented bodies, places and numbers).
"""

from __future__ import annotations

import kehoach_parser

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\n\nSố: 41/{code}-UBND\n\nAn Phú, ngày 3 tháng 2 năm 2026\n\n"
        "{type}\n")


def _parse(title_lines: str, after: str, *, code: str = "KH", type_word: str = "KẾ HOẠCH"
           ) -> kehoach_parser.Document:
    return kehoach_parser.parse(HEAD.format(code=code, type=type_word) + title_lines + after)


def test_a_small_letter_after_the_blank_goes_on_a_title_in_capitals() -> None:
    doc = _parse("CỦA BAN THƯỜNG VỤ ĐẢNG ỦY\n\nvề chuyển đổi số trong các cơ quan của xã\n",
                 "\nChuyển đổi số là nhiệm vụ trọng tâm của cả hệ thống chính trị.\n",
                 code="NQ", type_word="NGHỊ QUYẾT")
    assert doc.title == ("CỦA BAN THƯỜNG VỤ ĐẢNG ỦY về chuyển đổi số trong các cơ quan "
                         "của xã")


def test_a_joining_word_after_the_blank_goes_on_the_title_whatever_its_case() -> None:
    doc = _parse("KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI\n\nVÀ PHÁT TRIỂN KINH TẾ Quý I năm 2026\n",
                 "I. KẾT QUẢ\nXã hoàn thành 19 tiêu chí.\n", code="BC", type_word="BÁO CÁO")
    assert doc.title == ("KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI VÀ PHÁT TRIỂN KINH TẾ Quý I "
                         "năm 2026")


def test_a_line_left_open_goes_on_over_the_blank_even_with_a_semicolon() -> None:
    doc = _parse("Kết quả thực hiện nhiệm vụ phát triển Kinh tế-\n\nXã hội quý I;\n\n"
                 "Phương hướng nhiệm vụ quý II năm 2026\n",
                 "\nI. KẾT QUẢ\nXã hoàn thành kế hoạch.\n", code="BC", type_word="BÁO CÁO")
    assert doc.title == ("Kết quả thực hiện nhiệm vụ phát triển Kinh tế- Xã hội quý I; "
                         "Phương hướng nhiệm vụ quý II năm 2026")


def test_a_short_phrase_in_sentence_case_before_the_salutation_ends_the_title() -> None:
    # a header printed line under line (not double-spaced): the blank is the only one
    doc = kehoach_parser.parse(
        "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 41/TB-UBND\nAn Phú, ngày 3 tháng 2 năm 2026\n"
        "THÔNG BÁO\nVề việc tổ chức ngày hội và nghỉ\n\nLễ hội Đền Hùng năm 2026\n"
        "\n\nKính gửi: Các trường học trên địa bàn xã\nỦy ban nhân dân xã thông báo.\n")
    assert doc.title == "Về việc tổ chức ngày hội và nghỉ Lễ hội Đền Hùng năm 2026"


def test_a_paragraph_of_text_after_the_blank_is_not_taken_into_the_title() -> None:
    # the line under the blank is the body's first paragraph, not a phrase of the title
    doc = _parse("Về việc tổ chức ngày hội văn hóa\n\nNgười dân tham gia đông đủ các hoạt "
                 "động\n",
                 "Ban tổ chức chuẩn bị chu đáo các điều kiện cần thiết cho ngày hội.\n",
                 code="TB", type_word="THÔNG BÁO")
    assert doc.title == "Về việc tổ chức ngày hội văn hóa"


def test_a_rule_under_a_title_ending_on_an_open_word_is_not_its_rest() -> None:
    doc = _parse("Về việc giao chỉ tiêu phát triển kinh tế xã hội năm\n\n________________\n",
                 "\nI. CHỈ TIÊU\n", code="NQ", type_word="NGHỊ QUYẾT")
    assert doc.title == "Về việc giao chỉ tiêu phát triển kinh tế xã hội năm"


def test_a_title_in_capitals_goes_on_over_the_blank_above_a_marked_enacting_line() -> None:
    doc = kehoach_parser.parse(
        "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 12/CĐ-TTg\n\nHà Nội, ngày 3 tháng 2 năm 2026\n\n"
        "**CÔNG ĐIỆN**\nVỀ TĂNG\n\nCƯỜNG PHÒNG, CHỐNG RÉT ĐẬM CHO VẬT NUÔI\n"
        "**THỦ TƯỚNG CHÍNH PHỦ điện:**\n- Chủ tịch Ủy ban nhân dân các tỉnh.\n")
    assert doc.title == "VỀ TĂNG CƯỜNG PHÒNG, CHỐNG RÉT ĐẬM CHO VẬT NUÔI"
