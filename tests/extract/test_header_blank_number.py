"""A number line whose number is left blank but whose year is printed ("Số: /2026/NQ-HĐND")
has no number (the spec's blank number), and keeps its symbol."""

from __future__ import annotations

import pytest

import kehoach_parser as kp
from kehoach_parser.extract.header import parse_number


@pytest.mark.parametrize(("rest", "expected"), [
    ("/2026/NQ-HĐND", (None, "NQ-HĐND")),
    ("   /2025/QĐ-UBND", (None, "QĐ-UBND")),
    ("……/2026/NQ-HĐND", (None, "NQ-HĐND")),
    # a filled number keeps the year, as the spec's "50/2019" does
    ("50/2019/NQ-HĐND", ("50/2019", "NQ-HĐND")),
    ("07/2026/NQ-HĐND", ("07/2026", "NQ-HĐND")),
    # a number that is not a year stays a number even when it stands after a slash-free start
    ("2026/KH-UBND", ("2026", "KH-UBND")),
    ("/KH-UBND", (None, "KH-UBND")),
])
def test_parse_number_blank_before_year(rest: str, expected: tuple[str | None, str | None]) -> None:
    assert parse_number(rest) == expected


def test_parse_blank_numbered_resolution() -> None:
    text = (
        "HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "XÃ ĐỒNG TÂM\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số:      /2026/NQ-HĐND\tĐồng Tâm, ngày 12 tháng 01 năm 2026\n\n"
        "NGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội năm 2026\n\n"
        "1. Phấn đấu tỷ lệ hộ nghèo giảm 1,5%.\n"
    )
    doc = kp.parse(text)
    assert doc.number is None
    assert doc.symbol == "NQ-HĐND"
    assert doc.doc_type == "Nghị quyết"
