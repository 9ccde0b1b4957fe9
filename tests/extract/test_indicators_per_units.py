"""Rates per event: a unit over "hội nghị", "lớp", "lần", "đợt", "vị trí" keeps its
denominator ("01 ngày/hội nghị", "50 đại biểu/hội nghị")."""

from __future__ import annotations

import pytest

from kehoach_parser.extract.indicators.units import read_unit


@pytest.mark.parametrize("text, unit", [
    ("01 ngày/hội nghị", "ngày/hội nghị"),
    ("50 đại biểu/hội nghị", "đại biểu/hội nghị"),
    ("15 mẫu/lần", "mẫu/lần"),
    ("06 học viên/lớp", "học viên/lớp"),
])
def test_the_denominator_is_part_of_the_unit(text: str, unit: str) -> None:
    pos = text.index(" ")
    found = read_unit(text, pos, len(text))
    assert found is not None and found.unit == unit
