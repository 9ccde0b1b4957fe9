"""A count of places of one level joined by commas ("12 tỉnh, thành phố", "7 thôn, bản") is
one counted noun: the whole coordination is the unit, not its first word."""

from __future__ import annotations

import pytest
from indicator_helpers import extract, rule_decider  # noqa: F401 (autouse fixture)

from kehoach_parser.extract.indicators.units import read_unit


def _unit(text: str) -> str | None:
    found = read_unit(text, text.index(" "), len(text))
    return None if found is None else found.unit


@pytest.mark.parametrize("text, unit", [
    ("12 tỉnh, thành phố hoàn thành chương trình", "tỉnh, thành phố"),
    ("7 thôn, bản vùng cao có điện lưới", "thôn, bản"),
    ("9 xã, phường, thị trấn đạt chuẩn", "xã, phường, thị trấn"),
    ("4 huyện, thị xã, thành phố triển khai", "huyện, thị xã, thành phố"),
    ("6 Xã, Phường được chọn", "xã, phường"),
])
def test_places_joined_by_commas_are_one_unit(text: str, unit: str) -> None:
    assert _unit(text) == unit


@pytest.mark.parametrize("text, unit", [
    # a single place word stays the head it was
    ("8 xã đạt chuẩn nông thôn mới", "xã"),
    # the word after the comma names the district the communes belong to
    ("3 xã, huyện Mường Tè được hỗ trợ", "xã"),
    # a second count after the comma is a list of counts, not one noun
    ("2 huyện, 5 xã có kế hoạch", "huyện"),
    # "xã hội" is society, not a commune
    ("5 xã, xã hội hóa nguồn lực", "xã"),
    # a comma before a word that is no place ends the noun
    ("10 thôn, làm đường giao thông", "thôn"),
])
def test_what_is_not_a_list_of_places(text: str, unit: str) -> None:
    assert _unit(text) == unit


def test_a_target_counting_places_keeps_the_whole_list_as_its_unit() -> None:
    found = extract("Phấn đấu năm 2027 có ít nhất 12 tỉnh, thành phố hoàn thành phổ cập "
                    "giáo dục mầm non.")
    assert [(i.value, i.unit) for i in found] == [(12.0, "tỉnh, thành phố")]
