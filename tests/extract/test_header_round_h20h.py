"""Issue 11, round H20H: a place glued to the symbol's last code without a space (PDF text of
two columns read row by row).  Layouts and sentences written for these tests."""

from __future__ import annotations

import pytest

from kehoach_parser import parse

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
TAIL = "\n\nKẾ HOẠCH\nKiểm tra an toàn thực phẩm dịp Tết năm 2032\n\nI. MỤC ĐÍCH\nBảo đảm an toàn.\n"


@pytest.mark.parametrize(("line", "number", "symbol", "place"), [
    ("Số: 8/KH-UBNDHòa Thắng, ngày 2 tháng 1 năm 2032", "8", "KH-UBND", "Hòa Thắng"),
    ("Số: 8/KH-BCĐĐông Sơn, ngày 2 tháng 1 năm 2032", "8", "KH-BCĐ", "Đông Sơn"),
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
