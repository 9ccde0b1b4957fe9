"""Titles in layouts the corpus rules were not written on: wrapped anywhere, a line of
figures inside a title in capitals, a blank line inside, the title on the type line.
Layouts written for the tests."""

from __future__ import annotations

import kehoach_parser

_TOP = ("ỦY BAN NHÂN DÂN\nTỈNH HÒA AN\nSố: 8/QĐ-UBND\nHòa An, ngày 6 tháng 1 năm 2027\n\n")


def _title(text: str) -> str | None:
    return kehoach_parser.parse(text).title


def test_a_line_of_figures_inside_a_title_in_capitals() -> None:
    text = _TOP + ("QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH PHÁT TRIỂN DU LỊCH GIAI ĐOẠN\n"
                   "2026-2030,\nTẦM NHÌN ĐẾN NĂM 2045\n\nCăn cứ Luật Du lịch;\n")
    assert _title(text) == ("VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÁT TRIỂN DU LỊCH GIAI ĐOẠN "
                            "2026-2030, TẦM NHÌN ĐẾN NĂM 2045")


def test_a_year_range_closing_a_title_in_capitals() -> None:
    text = _TOP + "KẾ HOẠCH\nPHÁT TRIỂN DU LỊCH GIAI ĐOẠN\n2026 - 2030\n\nI. MỤC ĐÍCH\n"
    assert _title(text) == "PHÁT TRIỂN DU LỊCH GIAI ĐOẠN 2026 - 2030"


def test_the_dateline_under_a_headline_is_no_part_of_it() -> None:
    text = "KẾ HOẠCH PHÁT TRIỂN DU LỊCH NĂM 2027\n12/01/2027\n\nI. MỤC TIÊU\n"
    assert _title(text) in (None, "PHÁT TRIỂN DU LỊCH NĂM 2027")


def test_a_blank_line_inside_a_title_in_capitals() -> None:
    text = _TOP + ("QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ\n\nCỤM CÔNG NGHIỆP "
                   "TRÊN ĐỊA BÀN TỈNH\n\nỦY BAN NHÂN DÂN TỈNH HÒA AN\n\nCăn cứ Luật;\n")
    assert _title(text) == ("VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP "
                            "TRÊN ĐỊA BÀN TỈNH")


def test_a_blank_line_inside_a_title_in_small_letters() -> None:
    text = _TOP + ("KẾ HOẠCH\nPhòng, chống dịch bệnh trên đàn gia súc\n\ntrong mùa mưa năm 2027"
                   "\n\nCăn cứ Luật Thú y;\n")
    assert _title(text) == "Phòng, chống dịch bệnh trên đàn gia súc trong mùa mưa năm 2027"


def test_what_follows_a_title_over_a_blank_line_stays_out() -> None:
    caps = _TOP + "KẾ HOẠCH\nPHÒNG, CHỐNG THIÊN TAI NĂM 2027\n\nI. MỤC ĐÍCH\nBảo đảm.\n"
    assert _title(caps) == "PHÒNG, CHỐNG THIÊN TAI NĂM 2027"
    session = _TOP.replace("ỦY BAN", "HỘI ĐỒNG") + (
        "NGHỊ QUYẾT\nVỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2027\n\nKHÓA X, KỲ HỌP THỨ 5\n\nCăn cứ;\n")
    assert _title(session) == "VỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2027"
    small = _TOP + "KẾ HOẠCH\nPhòng, chống thiên tai năm 2027\n\nThực hiện chỉ đạo của tỉnh.\n"
    assert _title(small) == "Phòng, chống thiên tai năm 2027"


def test_a_title_of_two_clauses_goes_on_over_a_blank_line_after_its_semicolon() -> None:
    text = _TOP.replace("QĐ", "BC") + (
        "BÁO CÁO\n\nKết quả thực hiện nhiệm vụ 6 tháng đầu năm;\n\n"
        "Phương hướng nhiệm vụ 6 tháng cuối năm 2027\n\nNăm 2027 là năm thứ hai.\n")
    assert _title(text) == ("Kết quả thực hiện nhiệm vụ 6 tháng đầu năm; Phương hướng nhiệm vụ "
                            "6 tháng cuối năm 2027")


def test_a_line_in_small_letters_right_under_a_title_in_capitals_goes_on_with_it() -> None:
    # "CỦA BAN THƯỜNG VỤ⏎**về phát triển …**": the topic under the issuer's words, in
    # broken bold; after a blank line, a paragraph in small letters is not the title
    text = _TOP + ("**NGHỊ QUYẾT**\n\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\n**về phát triển du lịch**, "
                   "**kinh tế đêm đến năm 2030**\n\nThời gian qua, du lịch của tỉnh phát "
                   "triển khá.\n")
    assert _title(text) == ("CỦA BAN THƯỜNG VỤ TỈNH ỦY về phát triển du lịch, "
                            "kinh tế đêm đến năm 2030")
    spaced = _TOP + "KẾ HOẠCH\n\nPHÁT TRIỂN DU LỊCH NĂM 2027\n\nthời gian qua du lịch tăng\n"
    assert _title(spaced) == "PHÁT TRIỂN DU LỊCH NĂM 2027"


def test_a_type_line_with_the_body_its_session_and_the_title_is_a_whole_title() -> None:
    # the body and its session words end where the title begins; the capital heading over
    # the numbered parts, past blank lines, is not the title's rest
    text = ("NGHỊ QUYẾT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH HÒA AN  KHÓA X  KỲ HỌP THỨ 5 "
            "NHIỆM VỤ NĂM 2027\n\n\nCÁC CHỈ TIÊU CHỦ YẾU NĂM 2027\n\n1. Mục tiêu chung\n"
            "Giữ vững ổn định, phát triển kinh tế.\n")
    assert _title(text) == "NHIỆM VỤ NĂM 2027"
