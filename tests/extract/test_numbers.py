"""Vietnamese number notation: parsing, the digit-count rule for web copies, words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_parser.extract.numbers import (
    format_vi_number,
    parse_number_words,
    parse_vi_number,
)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("10.900", 10900.0),
        ("54,6", 54.6),
        ("1.500,5", 1500.5),
        ("08", 8.0),
        ("01", 1.0),
        ("-0,2", -0.2),
        ("+0,1", 0.1),
        ("−3", -3.0),
        ("148.000", 148000.0),
        ("1.234.567", 1234567.0),
        ("0,63", 0.63),
    ],
)
def test_vietnamese_notation(written: str, value: float) -> None:
    assert parse_vi_number(written) == value


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("9.5", 9.5),  # one digit after "." : a decimal point (web copy)
        ("12.50", 12.5),  # two digits: decimal
        ("3.14159", 3.14159),  # more than three: decimal
        ("10.900", 10900.0),  # exactly three: thousands
        ("1,500", 1.5),  # a single comma is always decimal
        ("1,500,000", 1500000.0),  # several commas group thousands
        ("1,500.5", 1500.5),  # both: the last one is the decimal mark
    ],
)
def test_ambiguous_separators_follow_the_digit_count_rule(written: str, value: float) -> None:
    assert parse_vi_number(written) == value


@pytest.mark.parametrize("junk", ["", "abc", "12a", "1..2", "--3", "1 2"])
def test_non_numbers_give_none(junk: str) -> None:
    assert parse_vi_number(junk) is None


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=3),
       st.booleans())
@settings(max_examples=300, deadline=None)
def test_formatting_and_parsing_round_trip(n: int, decimals: int, negative: bool) -> None:
    value = (-n if negative else n) / 10**decimals
    written = format_vi_number(value, decimals)
    assert "," not in written or written.count(",") == 1
    assert parse_vi_number(written) == value


@given(st.integers(min_value=0, max_value=999_999), st.integers(min_value=1, max_value=2))
@settings(max_examples=200, deadline=None)
def test_ungrouped_decimals_round_trip(n: int, decimals: int) -> None:
    value = n / 10**decimals
    written = format_vi_number(value, decimals, group=False)
    assert parse_vi_number(written) == value


def test_format_examples() -> None:
    assert format_vi_number(10900) == "10.900"
    assert format_vi_number(54.6, 1) == "54,6"
    assert format_vi_number(1500.25, 2) == "1.500,25"
    assert format_vi_number(0.1, 1, signed=True) == "+0,1"
    assert format_vi_number(-0.2, 1) == "-0,2"


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("một", 1), ("hai", 2), ("mười", 10), ("mười lăm", 15), ("hai mươi", 20),
        ("ba mươi mốt", 31), ("bốn mươi tư", 44), ("một trăm", 100),
        ("một trăm linh năm", 105), ("hai trăm ba mươi", 230), ("hai nghìn", 2000),
        ("ba nghìn năm trăm", 3500),
    ],
)
def test_number_words(words: str, value: int) -> None:
    assert parse_number_words(words) == value


@pytest.mark.parametrize("words", ["hai ba", "lăm", "mươi", "con số", ""])
def test_not_number_words(words: str) -> None:
    assert parse_number_words(words) is None
