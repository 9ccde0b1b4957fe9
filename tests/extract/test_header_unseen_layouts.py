"""Header layouts written as real sources give them, which the labeled corpus may lack.

Each test builds its own header; none is copied from a corpus document.
"""

from __future__ import annotations

import pytest

import kehoach_parser

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
_BODY = "\nKẾ HOẠCH\nPhòng, chống dịch bệnh năm 2025\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"


def _header(issuer_line: str) -> str:
    return (f"{issuer_line:<46}{_MOTTO}\n{'':<46}Độc lập - Tự do - Hạnh phúc\n"
            f"{'Số: 45/KH-UBND':<46}Tân Phú, ngày 12 tháng 3 năm 2025\n" + _BODY)


@pytest.mark.parametrize(
    ("issuer_line", "issuer"),
    [
        ("UBND TỈNH HÀ TĨNH SỞ Y TẾ", "Sở Y tế"),
        ("UBND HUYỆN TÂN PHÚ TRƯỜNG THCS PHÚ LÂM", "Trường Trung học cơ sở Phú Lâm"),
        ("ĐẢNG BỘ HUYỆN TÂN PHÚ ĐẢNG ỦY XÃ PHÚ LÂM", "Đảng ủy xã Phú Lâm"),
        ("UBND THÀNH PHỐ VINH PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Phòng Giáo dục và Đào tạo"),
        # a school is the lowest body, whatever names its parent (no unit word here)
        ("PHÒNG GD&ĐT TÂN PHÚ TRƯỜNG TH PHÚ LÂM", "Trường Tiểu học Phú Lâm"),
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TRƯỜNG THPT CHUYÊN HÀ TĨNH",
         "Trường Trung học phổ thông Chuyên Hà Tĩnh"),
    ],
)
def test_a_parent_body_on_the_issuers_line_is_left_out(issuer_line: str, issuer: str) -> None:
    assert kehoach_parser.parse(_header(issuer_line)).issuer == issuer


@pytest.mark.parametrize(
    ("issuer_line", "issuer"),
    [
        # a place name holding a word that can open a body name is not cut
        ("UBND XÃ TRƯỜNG SƠN", "Ủy ban nhân dân xã Trường Sơn"),
        ("UBND XÃ PHÚ HỘI", "Ủy ban nhân dân xã Phú Hội"),
        # a body whose own name holds a head word, with no unit word before it
        ("BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI", "Ban Chỉ đạo phòng, chống thiên tai"),
    ],
)
def test_one_body_on_a_line_stays_whole(issuer_line: str, issuer: str) -> None:
    assert kehoach_parser.parse(_header(issuer_line)).issuer.lower() == issuer.lower()


def test_pipes_with_empty_cells_between_the_columns() -> None:
    text = ("| UBND HUYỆN TÂN PHÚ | | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "| UBND XÃ PHÚ LÂM | | Độc lập - Tự do - Hạnh phúc |\n"
            "| | | |\n"
            "| Số: 45/KH-UBND | | Phú Lâm, ngày 12 tháng 3 năm 2025 |\n" + _BODY)
    doc = kehoach_parser.parse(text)
    assert (doc.place, doc.issued_date) == ("Phú Lâm", "2025-03-12")
    assert (doc.number, doc.symbol) == ("45", "KH-UBND")
    assert doc.issuer == "Ủy ban nhân dân xã Phú Lâm"


@pytest.mark.parametrize(
    ("title_lines", "issuer"),
    [
        ("THỰC HIỆN NHIỆM VỤ NĂM HỌC 2024 - 2025\nTRƯỜNG MẦM NON PHÚ LÂM",
         "Trường Mầm non Phú Lâm"),
        ("Thực hiện nhiệm vụ năm học 2024 - 2025\nTRƯỜNG THCS PHÚ LÂM",
         "Trường Trung học cơ sở Phú Lâm"),
        ("PHÒNG, CHỐNG THIÊN TAI NĂM 2025\nỦY BAN NHÂN DÂN XÃ PHÚ LÂM",
         "Ủy ban nhân dân xã Phú Lâm"),
    ],
)
def test_an_issuer_printed_under_the_title_of_a_header_without_one(
        title_lines: str, issuer: str) -> None:
    text = (f"KẾ HOẠCH\n{title_lines}\n\nCăn cứ hướng dẫn của cấp trên, đơn vị xây dựng kế "
            "hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao chất lượng.\n")
    doc = kehoach_parser.parse(text)
    assert doc.issuer == issuer
    assert doc.title is not None and doc.title.startswith(title_lines.split("\n")[0])


def test_a_title_line_that_only_opens_like_a_body_is_no_issuer() -> None:
    text = ("KẾ HOẠCH\nXÂY DỰNG\nTRƯỜNG HỌC THÂN THIỆN, HỌC SINH TÍCH CỰC\n\nCăn cứ hướng dẫn "
            "của cấp trên, đơn vị xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Mục đích\n"
            "Nâng cao chất lượng.\n")
    assert kehoach_parser.parse(text).issuer is None


def test_a_whole_header_run_into_the_first_line_of_the_text() -> None:
    text = ("TRƯỜNG THCS PHÚ LÂM KẾ HOẠCH HOẠT ĐỘNG CHUYÊN MÔN NĂM HỌC 2024 – 2025 Năm học "
            "2024 – 2025 là năm học tiếp tục đổi mới. Căn cứ nhiệm vụ năm học, trường xây "
            "dựng kế hoạch như sau: I. MỤC ĐÍCH 1. Mục đích Nâng cao chất lượng dạy học.")
    doc = kehoach_parser.parse(text)
    assert doc.doc_type == "Kế hoạch"
    assert doc.issuer == "Trường Trung học cơ sở Phú Lâm"
    assert doc.title == "HOẠT ĐỘNG CHUYÊN MÔN NĂM HỌC 2024 – 2025"


def test_a_sentence_opening_with_a_body_is_no_header() -> None:
    text = ("UBND XÃ PHÚ LÂM KẾ HOẠCH năm nay tập trung vào phòng, chống thiên tai và tìm "
            "kiếm cứu nạn trên địa bàn.")
    assert kehoach_parser.parse(text).doc_type is None


@pytest.mark.parametrize("title", ["HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO NĂM 2025",
                                   "KẾ HOẠCH HÓA GIA ĐÌNH NĂM 2025"])
def test_a_title_on_the_type_line_that_repeats_the_type_words_letters(title: str) -> None:
    text = _header("ỦY BAN NHÂN DÂN XÃ PHÚ LÂM").replace(
        "KẾ HOẠCH\nPhòng, chống dịch bệnh năm 2025", f"KẾ HOẠCH {title}")
    assert kehoach_parser.parse(text).title == title


@pytest.mark.parametrize("gap", ["\t", " " * 6])
def test_a_letters_subject_wrapped_beside_the_date(gap: str) -> None:
    text = (f"ỦY BAN NHÂN DÂN{gap}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            f"XÃ PHÚ LÂM{gap}Độc lập - Tự do - Hạnh phúc\nSố: 45/UBND-VP\n"
            f"V/v triển khai phòng, chống{gap}Phú Lâm, ngày 12 tháng 3 năm 2025\n"
            "thiên tai năm 2025\n\nKính gửi: Các thôn trên địa bàn xã.\n\n"
            "Ủy ban nhân dân xã đề nghị các thôn thực hiện.\n")
    doc = kehoach_parser.parse(text)
    assert doc.title == "V/v triển khai phòng, chống thiên tai năm 2025"
    assert (doc.place, doc.issued_date, doc.doc_type) == ("Phú Lâm", "2025-03-12", "Công văn")


def test_a_line_in_small_letters_still_joins_a_line_of_one_column() -> None:
    from kehoach_parser.text.normalize import normalize
    assert "Phú Lâm, ngày 12 tháng 3 năm 2025 và" not in normalize(
        "V/v triển khai\tPhú Lâm, ngày 12 tháng 3 năm 2025\nvà phòng chống\n").text
    assert "các thôn thực hiện tốt công tác" in normalize(
        "Đề nghị các thôn thực hiện tốt\ncông tác phòng chống.\n").text
    # a date cut by a hard wrap at the end of a line of two columns is joined back
    assert "Phú Lâm, ngày 10 tháng 01 năm 2010" in normalize(
        "TRƯỜNG THPT PHÚ LÂM      Phú Lâm, ngày 10\ntháng 01 năm 2010\n").text


def test_a_whole_two_column_header_on_one_line() -> None:
    text = ("ỦY BAN NHÂN DÂN XÃ PHÚ LÂM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
            "Hạnh phúc Số: 45/KH-UBND Phú Lâm, ngày 12 tháng 3 năm 2025 KẾ HOẠCH Phòng, chống "
            "thiên tai năm 2025\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nBảo đảm an toàn.\n")
    doc = kehoach_parser.parse(text)
    assert (doc.doc_type, doc.number, doc.symbol) == ("Kế hoạch", "45", "KH-UBND")
    assert (doc.place, doc.issued_date) == ("Phú Lâm", "2025-03-12")
    assert doc.issuer == "Ủy ban nhân dân xã Phú Lâm"
    assert doc.title == "Phòng, chống thiên tai năm 2025"


def test_a_capital_type_word_with_its_title_in_small_letters_on_its_line() -> None:
    text = _header("ỦY BAN NHÂN DÂN XÃ PHÚ LÂM").replace(
        "KẾ HOẠCH\nPhòng, chống dịch bệnh năm 2025", "KẾ HOẠCH Phòng, chống dịch bệnh năm 2025")
    doc = kehoach_parser.parse(text)
    assert (doc.doc_type, doc.title) == ("Kế hoạch", "Phòng, chống dịch bệnh năm 2025")


def test_each_column_flattened_into_one_cell() -> None:
    text = ("| ỦY BAN NHÂN DÂN XÃ PHÚ LÂM Số: 45/KH-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
            "Độc lập - Tự do - Hạnh phúc Phú Lâm, ngày 12 tháng 3 năm 2025 |\n" + _BODY)
    doc = kehoach_parser.parse(text)
    assert (doc.number, doc.symbol, doc.place) == ("45", "KH-UBND", "Phú Lâm")
    assert doc.issuer == "Ủy ban nhân dân xã Phú Lâm"
