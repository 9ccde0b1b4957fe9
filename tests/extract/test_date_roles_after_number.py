"""A date right after a document's number is that document's date (role ``reference``),
whether or not the citation itself was read: across a line break, glued to the symbol,
after a capital "Số" or in brackets.  Layouts written for the test."""

from __future__ import annotations

import pytest

import kehoach_parser

_HEADER = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ LÂM\nSố: 45/KH-UBND\nPhú Lâm, ngày 12 tháng 3 năm 2025\n"
           "KẾ HOẠCH\nPhòng, chống thiên tai năm 2025\n\n")


def _roles(sentence: str) -> list[tuple[str, str]]:
    doc = kehoach_parser.parse(_HEADER + sentence + "\nI. MỤC ĐÍCH\nBảo đảm an toàn.\n")
    return [(d.text, d.role) for d in doc.dates if d.role != "issued"]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Triển khai Chỉ thị\nsố 41-CT/TW ngày 26/12/2024 của Bộ Chính trị.", "ngày 26/12/2024"),
        ("Căn cứ các Nghị định (Số 37/2019/NĐ-CP ngày 07/5/2019);", "ngày 07/5/2019"),
        ("Căn cứ Thông tri số 04/TT-MTTW Ngày 04/11/2025 của Ủy ban MTTQ;", "Ngày 04/11/2025"),
        ("Thực hiện 263/KH-UBNDngày 31/12/2024 của Ủy ban nhân dân huyện;", "ngày 31/12/2024"),
        ("Căn cứ Quy hoạch (số 1226/QĐ-BVHTTDL\nngày 29/4/2025);", "ngày 29/4/2025"),
        ("Bộ đã ban hành Công văn sô 7681/BKH-TH, ngày 30 tháng 11 năm 2004 hướng dẫn.",
         "ngày 30 tháng 11 năm 2004"),
    ],
)
def test_a_date_after_a_documents_number_is_its_date(sentence: str, date: str) -> None:
    assert (date, "reference") in _roles(sentence)


@pytest.mark.parametrize(
    ("sentence", "date", "role"),
    [
        ("Các thôn báo cáo kết quả trước ngày 15/12/2025.", "ngày 15/12/2025", "deadline"),
        ("Tổ chức ra quân vào 2 đợt, đợt 1/2 ngày 20/5/2025.", "ngày 20/5/2025", "event"),
        ("Năm 2025/2026 ngày 10/9/2025 khai giảng năm học.", "ngày 10/9/2025", "event"),
    ],
)
def test_other_numbers_before_a_date_give_it_no_reference_role(
        sentence: str, date: str, role: str) -> None:
    assert (date, role) in _roles(sentence)


@pytest.mark.parametrize(
    ("sentence", "date", "role"),
    [
        # "trong" before a month or a quarter names the span the work takes
        ("Các thôn hoàn thành trong tháng 11/2025.", "tháng 11/2025", "period"),
        ("Hoàn thành việc rà soát trong quý IV năm 2025.", "quý IV năm 2025", "period"),
        # before a day, the deadline cue still decides
        ("Các thôn hoàn thành trước ngày 15/11/2025.", "ngày 15/11/2025", "deadline"),
    ],
)
def test_trong_before_a_span_makes_it_a_period(sentence: str, date: str, role: str) -> None:
    assert (date, role) in _roles(sentence)
