"""Point and containment look-ups over many spans in logarithmic time.

A stage that asks "is this match inside one of the document's citations?" once per match
would do work proportional to matches × citations; a text dense with both then grows
quadratically (issue 13).  :class:`SpanIndex` sorts the spans once and answers each question
with a binary search over the starts and a running maximum of the ends.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import accumulate


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether the half-open spans ``a`` and ``b`` share a character."""
    return a[0] < b[1] and b[0] < a[1]


class SpanIndex:
    """Half-open ``(start, end)`` spans, possibly overlapping, indexed for look-ups."""

    __slots__ = ("_max_end", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        # the furthest end among the spans that start at or before each position in order
        self._max_end = list(accumulate((e for _, e in ordered), max))

    def __len__(self) -> int:
        return len(self._starts)

    def _furthest_end(self, pos: int) -> int | None:
        """The largest end of the spans starting at or before ``pos`` (None if none)."""
        k = bisect.bisect_right(self._starts, pos)
        return self._max_end[k - 1] if k else None

    def contains_point(self, pos: int) -> bool:
        """Some span has ``start <= pos < end``."""
        furthest = self._furthest_end(pos)
        return furthest is not None and furthest > pos

    def covers(self, start: int, end: int) -> bool:
        """Some span has ``span.start <= start`` and ``end <= span.end``."""
        furthest = self._furthest_end(start)
        return furthest is not None and furthest >= end
