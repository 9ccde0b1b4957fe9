"""The first colon outside brackets of a heading's text (issue 15: found by ``str.find``
when no bracket opens before the first colon)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_parser.extract.outline import _colon_outside_brackets


def _by_character(text: str) -> int:
    depth = 0
    for k, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == ":" and depth == 0:
            return k
    return -1


def test_colon_outside_brackets() -> None:
    assert _colon_outside_brackets("CƠ SỞ PHÍA BẮC (Mã trường: BVH)") == -1
    assert _colon_outside_brackets("Mục tiêu (chung): tăng") == 16
    assert _colon_outside_brackets("Về y tế: tỷ lệ (%): 95") == 7
    assert _colon_outside_brackets("x) y: z") == 4  # a closing bracket alone opens nothing
    assert _colon_outside_brackets("không có") == -1


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="():ab ", max_size=30))
def test_same_as_reading_every_character(text: str) -> None:
    assert _colon_outside_brackets(text) == _by_character(text)
