"""Units of concentration ("40 μg/m3", typed with the Greek mu or the micro sign) and of a
plant's capacity per day and night ("5.000 m3/ngày đêm") are read whole, not cut after
their first part ("μg", "m3/ngày").  Phrases written for the tests."""

from __future__ import annotations

import pytest

from kehoach_parser.extract.indicators.units import read_unit


@pytest.mark.parametrize("text, unit", [
    ("40 μg/m3 theo quy chuẩn", "μg/m3"),
    ("40 µg/m3", "μg/m3"),
    ("0,5 mg/l", "mg/l"),
    ("5.000 m3/ngày đêm", "m3/ngày đêm"),
    ("300 ha/năm", "ha/năm"),
])
def test_the_whole_unit_is_read(text: str, unit: str) -> None:
    pos = text.index(" ")
    found = read_unit(text, pos, len(text))
    assert found is not None and found.unit == unit


def test_a_micro_gram_alone_is_no_concentration() -> None:
    # the mass unit alone is read as written, and only the "μg": no "/m3" is made up and
    # the word after it is not taken in (review R19b, finding 10: the test passed whatever
    # read_unit did)
    found = read_unit("40 μg bụi", 2, 9)
    assert found is not None and (found.unit, found.start, found.end) == ("μg", 3, 5)
    # written with its volume, the same mass is the concentration
    found = read_unit("40 μg/m3 bụi", 2, 12)
    assert found is not None and (found.unit, found.end) == ("μg/m3", 8)
