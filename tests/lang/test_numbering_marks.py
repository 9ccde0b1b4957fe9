"""The marks that close a table's ordinal ("1.", "a)", "1/") and the helper that drops them."""

from __future__ import annotations

import pytest

from kehoach_parser.lang.vi.numbering import ORDINAL_MARKS, next_label, strip_ordinal_mark


@pytest.mark.parametrize(("ordinal", "bare"), [
    ("1.", "1"), ("a)", "a"), ("2/", "2"), ("IV/", "IV"), (" b) ", "b"), ("3", "3"),
    # only closing marks go: an opening bracket and inner dots stay
    ("(4)", "(4"), ("1.2", "1.2"), ("-", "-"),
])
def test_strip_ordinal_mark_drops_closing_marks_only(ordinal: str, bare: str) -> None:
    assert strip_ordinal_mark(ordinal) == bare


def test_the_marks_are_the_dot_the_bracket_and_the_slash() -> None:
    assert set(ORDINAL_MARKS) == {".", ")", "/"}


def test_next_label_counts_numbers_and_the_vietnamese_letters() -> None:
    assert next_label("9") == "10"
    assert next_label("d") == "đ"
    assert next_label("đ") == "e"
    assert next_label("e") == "g"  # no "f" in the Vietnamese order
    assert next_label("z") is None
    assert next_label("II") is None
