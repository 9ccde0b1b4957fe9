"""The shared backward search for a sentence's start, and the span-overlap test."""

from __future__ import annotations

import regex

from kehoach_parser.text.sentences import sentence_start
from kehoach_parser.text.span_index import spans_overlap

_ENDS = regex.compile(r"[.!?;](?=\s)|\n")


def test_the_sentence_starts_after_the_last_end_before_the_position() -> None:
    text = "Câu một xong. Câu hai; vế ba có số 7"
    assert text[sentence_start(text, text.index("7"), ends=_ENDS):] == " vế ba có số 7"


def test_a_dot_inside_a_number_ends_no_sentence() -> None:
    text = "Đạt 1.250 hộ"
    assert sentence_start(text, len(text), ends=_ENDS) == 0


def test_the_search_stops_at_the_floor_and_at_the_lookback() -> None:
    text = "Trước. " + "x " * 100 + "9"
    pos = text.index("9")
    assert sentence_start(text, pos, ends=_ENDS, lookback=20) == pos - 20
    assert sentence_start(text, pos, ends=_ENDS, floor=3, lookback=1000) == 6
    assert sentence_start(text, pos, ends=_ENDS, floor=pos - 5, lookback=1000) == pos - 5


def test_spans_overlap_only_when_they_share_a_character() -> None:
    assert spans_overlap((0, 5), (4, 9))
    assert spans_overlap((2, 3), (0, 9))
    assert not spans_overlap((0, 5), (5, 9))
    assert not spans_overlap((6, 9), (0, 6))
