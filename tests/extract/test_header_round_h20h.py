"""Issue 11, round H20H: a place glued to the symbol's last code without a space (PDF text of
two columns read row by row).  Layouts and sentences written for these tests."""

from __future__ import annotations

import pytest

from kehoach_parser import parse

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
TAIL = ("\n\nKẾ HOẠCH\nKiểm tra an toàn thực phẩm dịp Tết năm 2032\n\nI. MỤC ĐÍCH\n"
        "Bảo đảm an toàn.\n")


@pytest.mark.parametrize(("line", "number", "symbol", "place"), [
    ("Số: 8/KH-UBNDHòa Thắng, ngày 2 tháng 1 năm 2032", "8", "KH-UBND", "Hòa Thắng"),
    ("Số: 8/KH-BCĐĐông Sơn, ngày 2 tháng 1 năm 2032", "8", "KH-BCĐ", "Đông Sơn"),
    ("Số: 8/NQ-HĐNDAn Lạc, ngày 2 tháng 1 năm 2032", "8", "NQ-HĐND", "An Lạc"),
    ("Số: 8/2032/KH-UBNDYên Thế, ngày 2 tháng 1 năm 2032", "8/2032", "KH-UBND", "Yên Thế"),
])
def test_a_place_glued_to_the_code(line: str, number: str, symbol: str, place: str) -> None:
    doc = parse("ỦY BAN NHÂN DÂN\nXÃ HÒA THẮNG\n" + MOTTO + line + TAIL)
    assert doc.number == number
    assert doc.symbol == symbol
    assert doc.place == place
    assert doc.issued_date == "2032-01-02"


def test_a_code_in_capitals_before_a_spaced_place_is_left_whole() -> None:
    doc = parse("ỦY BAN NHÂN DÂN\nXÃ HÒA THẮNG\n" + MOTTO
                + "Số: 8/KH-UBND Hòa Thắng, ngày 2 tháng 1 năm 2032" + TAIL)
    assert doc.symbol == "KH-UBND"
    assert doc.place == "Hòa Thắng"


def test_small_letters_in_a_symbol_without_a_date_after_are_kept() -> None:
    # no "ngày" after the code: nothing glued, the symbol's own letters stay
    doc = parse("ỦY BAN NHÂN DÂN\nXÃ HÒA THẮNG\n" + MOTTO
                + "Số: 8/TTr-UBND\nHòa Thắng, ngày 2 tháng 1 năm 2032" + TAIL)
    assert doc.symbol == "TTr-UBND"


@pytest.mark.parametrize(("line", "symbol"), [
    ("Số: 15/QĐ-TTgHà Nội, ngày 2 tháng 1 năm 2032", "QĐ-TTg"),
    ("Số: 15/NQ-QH14Hà Nội, ngày 2 tháng 1 năm 2032", "NQ-QH14"),
    ("Số: 3/HD- MTTQ-BTTHà Nội, ngày 2 tháng 1 năm 2032", "HD-MTTQ-BTT"),
])
def test_a_place_glued_to_a_code_ending_in_a_small_letter_or_a_figure(line: str,
                                                                      symbol: str) -> None:
    doc = parse("CHÍNH PHỦ\n" + MOTTO + line + TAIL)
    assert doc.symbol == symbol
    assert doc.place == "Hà Nội"


HEAD = ("ỦY BAN NHÂN DÂN\nXÃ HÒA THẮNG\n" + MOTTO
        + "Số: 8/KH-UBND\nHòa Thắng, ngày 2 tháng 1 năm 2032\n\n")
BODY = "\n\nI. MỤC ĐÍCH\nBảo đảm an toàn cho nhân dân.\n"


@pytest.mark.parametrize(("title", "whole"), [
    ("Tổ chức hội thi văn nghệ năm học\n\n2031 - 2032",
     "Tổ chức hội thi văn nghệ năm học 2031 - 2032"),
    ("PHÁT TRIỂN GIAO THÔNG NÔNG THÔN GIAI ĐOẠN\n\n2031-2035",
     "PHÁT TRIỂN GIAO THÔNG NÔNG THÔN GIAI ĐOẠN 2031-2035"),
    ("THỰC HIỆN NGHỊ QUYẾT\n\nSỐ 12-NQ/TU NGÀY 3 THÁNG 5 NĂM 2031 CỦA TỈNH ỦY",
     "THỰC HIỆN NGHỊ QUYẾT SỐ 12-NQ/TU NGÀY 3 THÁNG 5 NĂM 2031 CỦA TỈNH ỦY"),
    ("Triển khai Chỉ thị\n\nsố 05/CT-UBND về phòng cháy rừng",
     "Triển khai Chỉ thị số 05/CT-UBND về phòng cháy rừng"),
])
def test_a_title_goes_on_across_a_blank_line(title: str, whole: str) -> None:
    doc = parse(HEAD + "KẾ HOẠCH\n" + title + BODY)
    assert doc.title == whole


def test_a_year_under_a_title_that_ends_with_no_period_word_is_not_taken() -> None:
    doc = parse(HEAD + "KẾ HOẠCH\nTổ chức hội thi văn nghệ cấp xã\n\n2031" + BODY)
    assert doc.title == "Tổ chức hội thi văn nghệ cấp xã"


def test_a_sentence_citing_a_number_under_a_title_is_not_taken() -> None:
    doc = parse(HEAD + "KẾ HOẠCH\nThực hiện Nghị quyết\n\n"
                "Số 12-NQ/TU đã được các chi bộ quán triệt đầy đủ." + BODY)
    assert doc.title == "Thực hiện Nghị quyết"


@pytest.mark.parametrize("code", ["QĐ-TTg", "TTr-UBND", "CV-TTr"])
def test_a_code_ending_in_small_letters_before_a_spaced_place_is_left_whole(code: str) -> None:
    doc = parse("CHÍNH PHỦ\n" + MOTTO + f"Số: 15/{code} Hà Nội, ngày 2 tháng 1 năm 2032" + TAIL)
    assert doc.symbol == code
    assert doc.place == "Hà Nội"
