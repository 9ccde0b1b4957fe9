"""SpanIndex answers what a scan over every span would answer."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kehoach_parser.text.span_index import SpanIndex

spans_st = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=12,
)


@given(spans_st, st.integers(-2, 90))
def test_contains_point_matches_a_scan(spans: list[tuple[int, int]], pos: int) -> None:
    assert SpanIndex(spans).contains_point(pos) == any(s <= pos < e for s, e in spans)


@given(spans_st, st.integers(0, 80), st.integers(0, 15))
def test_covers_matches_a_scan(spans: list[tuple[int, int]], start: int, width: int) -> None:
    end = start + width
    assert SpanIndex(spans).covers(start, end) == any(s <= start and end <= e for s, e in spans)


def test_empty_index_holds_nothing() -> None:
    idx = SpanIndex([])
    assert len(idx) == 0
    assert not idx.contains_point(0)
    assert not idx.covers(0, 0)


def test_positions_before_every_span_are_outside() -> None:
    assert not SpanIndex([]).contains_point(-2)
    assert not SpanIndex([(3, 5)]).contains_point(-1)
    assert not SpanIndex([(3, 5)]).covers(-3, -2)
