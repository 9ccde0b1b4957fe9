"""Lazy patterns with the same source and flags share one compiled pattern (issue 15:
memory and the first parse's compiles)."""

from __future__ import annotations

import regex

from kehoach_parser.lazy_pattern import LEADING_BOUNDARY, LazyPattern, lazy_compile


def _compiled(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    assert isinstance(pattern, LazyPattern)
    return pattern._compile()


def test_the_same_source_and_flags_compile_once() -> None:
    a = lazy_compile(r"(?:kế\s+hoạch)\s+số\s+\d+")
    b = lazy_compile(r"(?:kế\s+hoạch)\s+số\s+\d+")
    other_flags = lazy_compile(r"(?:kế\s+hoạch)\s+số\s+\d+", regex.IGNORECASE)
    assert _compiled(a) is _compiled(b)
    assert _compiled(other_flags) is not _compiled(a)
    assert a.search("Kế hoạch số 12") is None
    assert other_flags.search("Kế hoạch số 12") is not None
    found = b.search("kế hoạch số 12")
    assert found is not None and found.group() == "kế hoạch số 12"


def test_boundary_searches_share_their_boundary_and_match_as_before() -> None:
    one = lazy_compile(LEADING_BOUNDARY + r"(?:tỷ\s+lệ)")
    two = lazy_compile(LEADING_BOUNDARY + r"(?:hộ\s+nghèo)")
    text = "xtỷ lệ; tỷ lệ hộ nghèo"
    first, second = one.search(text), two.search(text)
    assert first is not None and first.start() == 8
    assert second is not None and second.start() == 14
    assert one.search._boundary.__self__ is two.search._boundary.__self__  # type: ignore[attr-defined]
