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


def test_a_whole_document_on_one_line_with_its_date_before_its_number() -> None:
    # the date column before the number, the type line, a sentence-case title ending with
    # its school year, then the body, all on one line
    text = ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO TRƯỜNG TIỂU HỌC HÒA LẠC CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
            "VIỆT NAM Độc lập - Tự do - Hạnh phúc Hòa Lạc, ngày 15 tháng 1 năm 2027 Số: 08 / "
            "BC-THHL BÁO CÁO Sơ kết học kỳ I năm học 2026 - 2027 Thực hiện công văn số "
            "12/PGD ngày 5/1/2027 của Phòng Giáo dục, nhà trường báo cáo như sau. "
            "I. ĐẶC ĐIỂM TÌNH HÌNH Nhà trường có 24 lớp.\n")
    doc = kehoach_parser.parse(text)
    assert (doc.doc_type, doc.number, doc.symbol, doc.place, doc.issued_date) == (
        "Báo cáo", "08", "BC-THHL", "Hòa Lạc", "2027-01-15")
    assert doc.title == "Sơ kết học kỳ I năm học 2026 - 2027"


def test_a_motto_a_font_converter_damaged_is_not_read_into_the_place() -> None:
    # "XÃ" printed "Xà", "do" dropped: still the motto, cut off the issuer and the date
    text = ("UBND HUYỆN TÂN KỲ TRƯỜNG MẦM NON HƯƠNG SEN CỘNG HOÀ Xà HỘI CHỦ NGHĨA VIỆT NAM "
            "Độc lập - Tự - Hạnh phúc Hương Sen, ngày 06 tháng 01 năm 2027\n"
            "KẾ HOẠCH\nTổ chức Tết Nguyên đán năm 2027\n\nI. MỤC ĐÍCH\n")
    doc = kehoach_parser.parse(text)
    assert doc.place == "Hương Sen"
    assert doc.issued_date == "2027-01-06"
    assert doc.issuer is not None and "Hương Sen" in doc.issuer
    assert "Độc" not in doc.issuer and "Việt Nam" not in doc.issuer


def test_two_words_of_the_motto_are_not_the_motto() -> None:
    from kehoach_parser.extract.header_cells import _MOTTO_PHRASE_RE
    assert _MOTTO_PHRASE_RE.search("Cộng Nam") is None
    assert _MOTTO_PHRASE_RE.search("Độc lập phúc") is None


def test_a_place_name_with_an_apostrophe_on_a_one_line_header() -> None:
    # "Số: … Ea H’Leo, ngày …" on one line: the place holds an apostrophe, and the issuer in
    # capitals is cased with the syllable after it capitalised
    text = ("ỦY BAN NHÂN DÂN XÃ EA H’LEO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do "
            "- Hạnh phúc Số: 14 /KH-UBND Ea H’Leo, ngày 09 tháng 02 năm 2027\n\nKẾ HOẠCH\n\n"
            "Phòng, chống hạn hán năm 2027\n\nI. MỤC ĐÍCH\n")
    doc = kehoach_parser.parse(text)
    assert (doc.number, doc.symbol, doc.place) == ("14", "KH-UBND", "Ea H’Leo")
    assert doc.issuer == "Ủy ban nhân dân xã Ea H’Leo"


def test_a_stray_slash_before_the_body_on_a_one_line_header() -> None:
    # a web copy's "/" before the parent body; the symbol after a blank number keeps its own
    text = ("/ỦY BAN MTTQ VIỆT NAM XÃ AN HÒA BAN THƯỜNG TRỰC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
            "NAM Độc lập - Tự do - Hạnh phúc Số: /KH-MTTQ-BTT An Hòa, ngày 5 tháng 01 năm "
            "2027\n\nKẾ HOẠCH\n\nTổ chức hội nghị hiệp thương lần thứ nhất\n\nI. MỤC ĐÍCH\n")
    doc = kehoach_parser.parse(text)
    assert doc.issuer == "Ban Thường trực"
    assert (doc.number, doc.symbol) == (None, "KH-MTTQ-BTT")


def test_a_whole_text_on_one_line_with_a_damaged_motto() -> None:
    # the extraction dropped marks and a word of the motto ("CHỦ NGHIA", "Tự –") and ran
    # the type line on into the attachment note and the body
    body = ("Căn công văn số 12/PGD-ĐT ngày 03/01/2027 việc triển khai năm học; Căn tình "
            "hình thực tế của xã, Ủy ban nhân dân xã xây dựng kế hoạch thực hiện như sau: "
            "I. MỤC ĐÍCH YÊU CẦU Nâng cao chất lượng giáo dục ở các thôn bản khó khăn của xã "
            "trong năm học, bảo đảm mọi trẻ em trong độ tuổi đều được đến trường.")
    text = ("ỦY BAN NHÂN DÂN XÃ TÂN HÒA CỘNG HÒA XÃ HỘI CHỦ NGHIA VIỆT NAM Độc lập – Tự – "
            "Hạnh phúc KẾ HOẠCH “NĂM HỌC VÙNG CAO” XÃ TÂN HÒA (Ban hành kèm theo Quyết định "
            "số ./QĐ-UBND ngày . tháng 1 năm 2027 của Ủy ban nhân dân xã Tân Hòa) " + body + "\n")
    doc = kehoach_parser.parse(text)
    assert (doc.doc_type, doc.title) == ("Kế hoạch", "“NĂM HỌC VÙNG CAO” XÃ TÂN HÒA")
    assert doc.issuer == "Ủy ban nhân dân xã Tân Hòa"
