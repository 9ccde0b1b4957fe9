"""``is_page_line``: the one test of a page's number printed on a line of its own, shared by
the normaliser and the footer reader (review R18a, finding 8).  Lines written for these
tests."""

from __future__ import annotations

import pytest

from kehoach_parser.text.page_numbers import is_page_line


@pytest.mark.parametrize("text", [
    "2", " 12 ", "2/3", "2 / 3", "- 2 -", "– 12 –", "Trang 2", "trang 2/5", "Page 3",
    "2 of 3", "Page 2 of 3"])
def test_a_page_number_alone_is_a_page_line(text: str) -> None:
    assert is_page_line(text)


@pytest.mark.parametrize("text", [
    "", "Tổ 2", "- Tổ 2;", "2;", "2.", "-2", "- 2", "2 of", "of 3", "2,5", "Trang hai",
    "12345"])
def test_a_line_with_more_than_a_page_number_is_none(text: str) -> None:
    # a word beside the figure, a sign or a dash on one side only, a decimal, five digits
    assert not is_page_line(text)
