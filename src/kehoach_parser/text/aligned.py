"""Text that remembers where each of its characters came from.

Every normalisation pass (markup removal, NFC, line rejoining …) is a list of edits
``(start, end, replacement)`` over the current text.  :meth:`AlignedText.apply` performs the
edits and composes the character alignment, so that any span of the final text maps back to
the span of the original it was made from (:meth:`AlignedText.to_original`).

A replacement of the same length as what it replaces keeps a one-to-one alignment
(typo repair, tone placement); any other replacement aligns every new character with the
whole replaced range.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable

Edit = tuple[int, int, str]

#: Offsets ``0, 1, 2 …`` kept for texts up to this long: a slice of them is a copy of memory,
#: while ``array("i", range(n))`` converts every number (a few milliseconds per plan).
_IDENTITY_CAP = 1 << 18
_identity_offsets = array("i")


def _identity(start: int, stop: int) -> array[int]:
    """``array("i", range(start, stop))``."""
    global _identity_offsets
    if stop > _IDENTITY_CAP:
        return array("i", range(start, stop))
    offsets = _identity_offsets
    if len(offsets) < stop:
        offsets = array("i", range(min(_IDENTITY_CAP, max(stop, 2 * len(offsets)))))
        _identity_offsets = offsets
    return offsets[start:stop]


class AlignedText:
    """A string plus, for each character, the ``[start, end)`` range of the original."""

    __slots__ = ("_ends", "_starts", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        self.text = original
        n = len(original)
        self._starts = _identity(0, n)
        self._ends = _identity(1, n + 1)

    def __len__(self) -> int:
        return len(self.text)

    def apply(self, edits: Iterable[Edit]) -> AlignedText:
        """Return a new :class:`AlignedText` with ``edits`` applied (sorted, non-overlapping)."""
        ordered = sorted(edits, key=lambda e: (e[0], e[1]))
        if not ordered:
            return self
        text, starts, ends = self.text, self._starts, self._ends
        n = len(text)
        parts: list[str] = []
        new_starts = array("i")
        new_ends = array("i")
        pos = 0
        for s, e, rep in ordered:
            if s < pos or e < s or e > n:
                raise ValueError(f"overlapping or out-of-range edit {(s, e)} at {pos}")
            if s > pos:
                parts.append(text[pos:s])
                new_starts.extend(starts[pos:s])
                new_ends.extend(ends[pos:s])
            if rep:
                parts.append(rep)
                if len(rep) == e - s:
                    new_starts.extend(starts[s:e])
                    new_ends.extend(ends[s:e])
                else:
                    if e > s:
                        o_start, o_end = starts[s], ends[e - 1]
                    else:  # pure insertion
                        o_start = starts[s] if s < n else (ends[n - 1] if n else 0)
                        o_end = o_start
                    new_starts.extend([o_start] * len(rep))
                    new_ends.extend([o_end] * len(rep))
            pos = e
        if pos < n:
            parts.append(text[pos:])
            new_starts.extend(starts[pos:])
            new_ends.extend(ends[pos:])
        out = AlignedText.__new__(AlignedText)
        out.original = self.original
        out.text = "".join(parts)
        out._starts = new_starts
        out._ends = new_ends
        return out

    def to_original(self, span: tuple[int, int]) -> tuple[int, int]:
        """Map a span of :attr:`text` to the span of :attr:`original` it was made from."""
        s, e = span
        n = len(self.text)
        if not 0 <= s <= e <= n:
            raise ValueError(f"span {span} outside text of length {n}")
        if s == e:
            if s < n:
                p = self._starts[s]
            else:
                p = self._ends[n - 1] if n else 0
            return (p, p)
        return (self._starts[s], self._ends[e - 1])
