"""Header layouts of issue 11 (round H14H), on headers written for these tests: a symbol
with a template's blank after it, a number line cut after its year's slash or inside a
body's code, the place and date beside the type line or the title, and the texts that must
give no header fields and no exception (another language, no header at all)."""

from __future__ import annotations

import pytest
from layout_helpers import BODY, MOTTO, header

from kehoach_parser import parse

# -- the number line: a template's blank, a cut after the year's slash ---------------------

@pytest.mark.parametrize("blank", ["…………", "........", "___"])
def test_a_templates_blank_after_the_symbol_is_no_part_of_it(blank: str) -> None:
    doc = parse(header("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH", f"Số: 12/KH-UBND{blank}") + BODY)
    assert (doc.number, doc.symbol) == ("12", "KH-UBND")


def test_a_symbols_own_codes_are_kept() -> None:
    doc = parse(header("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH", "Số: 12/KH-UBND-VP") + BODY)
    assert doc.symbol == "KH-UBND-VP"


def test_a_number_line_cut_after_the_slash_of_its_year() -> None:
    head = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH HÒA BÌNH\n" + MOTTO + "Số: 07/2027/\nNQ-HĐND\n"
            "Hòa Bình, ngày 04 tháng 9 năm 2027\n\nNGHỊ QUYẾT\nVề dự toán ngân sách năm 2028\n")
    doc = parse(head + BODY)
    assert (doc.number, doc.symbol, doc.doc_type) == ("07/2027", "NQ-HĐND", "Nghị quyết")


def test_a_year_cut_from_a_number_with_no_code_under_it_gives_no_symbol() -> None:
    head = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH HÒA BÌNH\n" + MOTTO + "Số: 07/2027/\n"
            "Hòa Bình, ngày 04 tháng 9 năm 2027\n\nNGHỊ QUYẾT\nVề dự toán ngân sách năm 2028\n")
    doc = parse(head + BODY)
    assert doc.symbol is None


# -- a body's code cut inside the word by a narrow column ----------------------------------

@pytest.mark.parametrize(("lines", "symbol"), [
    ("Số: 12/KH-UB\nND", "KH-UBND"),
    ("Số: 07/NQ-HĐ\nND", "NQ-HĐND"),
])
def test_a_body_code_cut_inside_the_word_is_joined(lines: str, symbol: str) -> None:
    doc = parse(header("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH", lines) + BODY)
    assert doc.symbol == symbol


def test_a_whole_code_takes_no_capital_line_under_it() -> None:
    """"UBND" is whole: the capital line under the number line ("ND") is not glued to it."""
    doc = parse(header("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH", "Số: 12/KH-UBND\nND") + BODY)
    assert doc.symbol == "KH-UBND"


# -- the place and date beside the type line or the title ----------------------------------

_TOP = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "XÃ HÒA BÌNH\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\n")


@pytest.mark.parametrize("rows", [
    "KẾ HOẠCH\tHòa Bình, ngày 04 tháng 9 năm 2027\nTổ chức ngày hội đại đoàn kết năm 2027\n",
    "KẾ HOẠCH\nTổ chức ngày hội\tHòa Bình, ngày 04 tháng 9 năm 2027\nđại đoàn kết năm 2027\n",
    "KẾ HOẠCH\nTổ chức ngày hội\nđại đoàn kết năm 2027\tHòa Bình, ngày 04 tháng 9 năm 2027\n",
])
def test_the_place_and_date_beside_the_type_line_or_the_title(rows: str) -> None:
    doc = parse(_TOP + rows + BODY)
    assert (doc.place, doc.issued_date) == ("Hòa Bình", "2027-09-04")
    assert doc.title == "Tổ chức ngày hội đại đoàn kết năm 2027"


def test_a_header_row_with_the_title_in_the_left_cell() -> None:
    text = ("| ỦY BAN NHÂN DÂN<br>XÃ HÒA BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>"
            "Độc lập - Tự do - Hạnh phúc |\n| Số: 12/KH-UBND<br>KẾ HOẠCH<br>Tổ chức ngày hội<br>"
            "đại đoàn kết năm 2027 | Hòa Bình, ngày 04 tháng 9 năm 2027 |\n")
    doc = parse(text + BODY)
    assert (doc.place, doc.issued_date, doc.number) == ("Hòa Bình", "2027-09-04", "12")
    assert doc.title == "Tổ chức ngày hội đại đoàn kết năm 2027"


def test_a_date_in_the_last_cell_of_a_row_keeps_the_cells_before_it_out_of_the_place() -> None:
    """The type word, a title and the place and date on one row: the place is the last
    cell's, not the words of the cells before it."""
    doc = parse(_TOP + "KẾ HOẠCH\tTổ chức ngày hội\tHòa Bình, ngày 04 tháng 9 năm 2027\n" + BODY)
    assert (doc.place, doc.issued_date) == ("Hòa Bình", "2027-09-04")


# -- no Vietnamese header: no fields, no exception -----------------------------------------

def test_a_header_in_another_language_gives_a_warning_and_no_fields() -> None:
    text = ("PEOPLE'S COMMITTEE OF HOA BINH COMMUNE\nSOCIALIST REPUBLIC OF VIETNAM\n"
            "No: 12/PL\nPLAN\nOn the national unity day in 2027\n"
            "I. PURPOSE\nThe commune will organise the day.\n")
    doc = parse(text)
    assert "W130" in {w.code for w in doc.warnings}
    assert (doc.doc_type, doc.issuer, doc.title, doc.number) == (None, None, None, None)
    assert doc.signers == []


@pytest.mark.parametrize(("text", "warnings"), [
    # a headerless page with the words of administration (a portal's report): a valid input,
    # no header field to doubt, so no warning
    ("Sáng ngày 4/9, xã Hòa Bình tổ chức ngày hội đại đoàn kết.\n"
     "Các thôn đều cử đại diện tham dự.\n", set()),
    # no header, no section and none of those words: not an administrative document
    ("Hôm nay trời đẹp, chúng tôi đi dạo quanh hồ.\nBuổi chiều cả nhà cùng ăn cơm.\n",
     {"W130"}),
])
def test_a_text_with_no_header_gives_no_header_fields(text: str, warnings: set[str]) -> None:
    doc = parse(text)
    assert (doc.doc_type, doc.issuer, doc.title, doc.number, doc.place) == (
        None, None, None, None, None)
    assert doc.signers == []
    assert {w.code for w in doc.warnings} == warnings
