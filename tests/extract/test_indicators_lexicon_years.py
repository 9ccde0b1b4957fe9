"""The year of a text and the year of issue, read once for the status decision and the
plan's year (lexicon.py).  The sentences are written for the test."""

from __future__ import annotations

from kehoach_parser.extract.indicators import lexicon as lx


def test_text_years_skip_price_bases_dates_and_longer_numbers() -> None:
    text = ("Năm 2024 đạt 12 tỷ đồng (giá so sánh năm 2010), giai đoạn 2021-2025; "
            "ngày 15/3/2023, mã 120245, 1,2019 ha.")
    assert [m.group(1) for m in lx.TEXT_YEAR_RE.finditer(text)] == ["2024", "2021", "2025"]


def test_the_year_of_issue_is_read_from_an_iso_date() -> None:
    assert lx.issued_year("2025-06-30") == 2025
    assert lx.issued_year(None) is None
    assert lx.issued_year("") is None
    assert lx.issued_year("ngày 30") is None
