"""A whole header on one line, with a template's blank number line left before the filled
one.  Layouts written for the test."""

from __future__ import annotations

import kehoach_parser


def test_the_filled_number_after_a_blank_one_on_one_line() -> None:
    text = ("UBND HUYỆN LẠC SƠN TRƯỜNG TIỂU HỌC AN BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
            "Độc lập - Tự do - Hạnh phúc Số: ……. KH-TH Số: 21/KH-THAB An Bình, ngày 4 tháng 9 "
            "năm 2026\nKẾ HOẠCH\nTổ chức năm học 2026-2027\n\nI. MỤC TIÊU\n")
    doc = kehoach_parser.parse(text)
    assert (doc.number, doc.symbol, doc.place, doc.issued_date) == (
        "21", "KH-THAB", "An Bình", "2026-09-04")
    assert doc.title == "Tổ chức năm học 2026-2027"


def test_the_number_word_on_a_line_of_its_own() -> None:
    text = ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nXÃ TÂN LẬP\n\nSố:\n/HD-MTTQ\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Tân Lập, ngày 5 tháng 11 năm 2026\n\nHƯỚNG DẪN\nHiệp thương giới thiệu người "
            "ứng cử\n\nCăn cứ Luật Bầu cử;\n")
    doc = kehoach_parser.parse(text)
    assert (doc.number, doc.symbol) == (None, "HD-MTTQ")


def test_a_letter_subject_stops_at_the_salutation() -> None:
    text = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nSố: 310/SGDĐT-VP\nHòa Bình, ngày 2 tháng 4 năm 2026\n"
            "THÔNG BÁO\nVề việc nghỉ Lễ Giỗ Tổ Hùng Vương năm 2026\nKính gửi: Các trường học "
            "trực thuộc\nThực hiện quy định.\n")
    assert kehoach_parser.parse(text).title == "Về việc nghỉ Lễ Giỗ Tổ Hùng Vương năm 2026"


def test_the_lower_body_after_a_parent_with_a_long_name_on_one_line() -> None:
    text = ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ TÂN LẬP BAN THƯỜNG TRỰC\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 4/KH-MTTQ-BTT\nTân Lập, ngày 5 tháng 11 năm 2026\n\nKẾ HOẠCH\n"
            "Giám sát bầu cử\n\nI. MỤC ĐÍCH\n")
    assert kehoach_parser.parse(text).issuer == "Ban Thường trực"


def test_the_lower_body_after_a_parent_whose_unit_is_abbreviated() -> None:
    text = ("UBND TX. PHÚ MỸ PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nSố: 40/PGDĐT\nPhú Mỹ, ngày 5 tháng 11 năm 2026\n\n"
            "KẾ HOẠCH\nBồi dưỡng giáo viên\n\nI. MỤC ĐÍCH\n")
    assert kehoach_parser.parse(text).issuer == "Phòng Giáo dục và Đào tạo"


def test_a_symbol_with_a_space_before_the_place_on_one_line() -> None:
    text = ("ỦY BAN NHÂN DÂN XÃ TÂN LẬP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
            "Hạnh phúc Số: 9/HD- MTTQ-BTT Tân Lập, ngày 5 tháng 11 năm 2026\nHƯỚNG DẪN\n"
            "Hiệp thương\n\nI. MỤC ĐÍCH\n")
    doc = kehoach_parser.parse(text)
    assert (doc.symbol, doc.place) == ("HD-MTTQ-BTT", "Tân Lập")
