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
from bisect import bisect_right
from collections.abc import Iterable

Edit = tuple[int, int, str]
#: A piece of a rearranged text: ``(lo, hi, None)`` a slice of the text, ``(lo, hi, s)`` the
#: string ``s`` aligned with the slice (:meth:`AlignedText.rearrange`).
Piece = tuple[int, int, str | None]

#: ``_ends`` of a segment whose characters each come from one character of the original.
_ONE_TO_ONE = -1


class AlignedText:
    """A string plus, for each character, the ``[start, end)`` range of the original.

    The map is kept as runs (issue 15: memory), not one pair of offsets per character:
    run ``k`` covers the characters from ``_at[k]`` to the next run's start; either each of
    them comes from one character of the original, in order, from ``_starts[k]`` on
    (``_ends[k] == -1``), or all of them come from ``[_starts[k], _ends[k])``.  A text has a
    run for each stretch between two edits, whatever its length.
    """

    __slots__ = ("_at", "_ends", "_mixed", "_starts", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        self.text = original
        self._at = array("q")
        self._starts = array("q")
        self._ends = array("q")
        #: None until :meth:`rearrange`; after it, the range ``[lo, hi)`` of :attr:`text`
        #: where the originals of the characters go back (pieces out of their order, a
        #: string inserted inside a replacement): a span's ends bound the original of what
        #: lies between them unless the span meets it (:meth:`_cover`, :meth:`_unordered`)
        self._mixed: tuple[int, int] | None = None
        if original:
            self._push(0, 0, _ONE_TO_ONE)

    def __len__(self) -> int:
        return len(self.text)

    def _push(self, at: int, start: int, end: int) -> None:
        """Start a run at ``at`` (after the last run's characters), merged into the last
        run when it continues it."""
        if self._at:
            k = len(self._at) - 1
            last_end = self._ends[k]
            if end == last_end and (
                start == self._starts[k] if end != _ONE_TO_ONE
                else start == self._starts[k] + at - self._at[k]
            ):
                return
        self._at.append(at)
        self._starts.append(start)
        self._ends.append(end)

    def _copy(self, lo: int, hi: int, into: AlignedText, at: int) -> None:
        """Append to ``into`` (from its position ``at``) the map of characters ``lo:hi``."""
        runs, starts, ends = self._at, self._starts, self._ends
        k = bisect_right(runs, lo) - 1
        last = len(runs) - 1
        while lo < hi:
            run_end = runs[k + 1] if k < last else len(self.text)
            end = ends[k]
            start = starts[k] + lo - runs[k] if end == _ONE_TO_ONE else starts[k]
            into._push(at, start, end)
            step = min(hi, run_end) - lo
            at += step
            lo += step
            k += 1

    def _start_of(self, i: int) -> int:
        k = bisect_right(self._at, i) - 1
        if self._ends[k] == _ONE_TO_ONE:
            return self._starts[k] + i - self._at[k]
        return self._starts[k]

    def _end_of(self, i: int) -> int:
        k = bisect_right(self._at, i) - 1
        if self._ends[k] == _ONE_TO_ONE:
            return self._starts[k] + i - self._at[k] + 1
        return self._ends[k]

    def _cover(self, s: int, e: int) -> tuple[int, int]:
        """The original span of ``text[s:e]`` (``s < e``): its ends' originals while the
        pieces are in order, else the least and greatest original over the runs it touches
        (a span that meets the cells of a rearranged table).  Only the runs inside
        :attr:`_mixed` are walked: on either side of it the originals go forward."""
        a, b = self._start_of(s), self._end_of(e - 1)
        mixed = self._mixed
        if mixed is None:
            if a <= b:
                return (a, b)
            s_in, e_in = s, e
        else:
            s_in, e_in = max(s, mixed[0]), min(e, mixed[1])
            if s_in >= e_in:
                return (a, b)
        runs, n = self._at, len(self.text)
        lo, hi = a, b
        if s < s_in:  # the ordered stretch before the range ends highest at its end
            hi = max(hi, self._end_of(s_in - 1))
        if e_in < e:  # and the one after it starts lowest at its start
            lo = min(lo, self._start_of(e_in))
        for j in range(bisect_right(runs, s_in) - 1, bisect_right(runs, e_in - 1)):
            lo = min(lo, self._start_of(max(s_in, runs[j])))
            hi = max(hi, self._end_of(min(e_in, runs[j + 1] if j + 1 < len(runs) else n) - 1))
        return (lo, hi)

    def _made_from(self, s: int, e: int) -> tuple[int, int]:
        """The original span of ``text[s:e]``; of an empty span, the original place of the
        character at ``s`` (the end of the original after the text's last character)."""
        if e > s:
            return self._cover(s, e)
        n = len(self.text)
        p = self._start_of(s) if s < n else (self._end_of(n - 1) if n else 0)
        return (p, p)

    def _blank(self) -> AlignedText:
        """An empty text with this one's original, for :meth:`apply` and :meth:`rearrange`
        to fill."""
        out = AlignedText.__new__(AlignedText)
        out.original = self.original
        out._at, out._starts, out._ends = array("q"), array("q"), array("q")
        out._mixed = None
        return out

    def apply(self, edits: Iterable[Edit]) -> AlignedText:
        """Return a new :class:`AlignedText` with ``edits`` applied (sorted, non-overlapping)."""
        ordered = sorted(edits, key=lambda e: (e[0], e[1]))
        if not ordered:
            return self
        text = self.text
        n = len(text)
        parts: list[str] = []
        out = self._blank()
        pos = 0
        at = 0  # where the next character of the new text goes
        for s, e, rep in ordered:
            if s < pos or e < s or e > n:
                raise ValueError(f"overlapping or out-of-range edit {(s, e)} at {pos}")
            if s > pos:
                parts.append(text[pos:s])
                self._copy(pos, s, out, at)
                at += s - pos
            if rep:
                parts.append(rep)
                if len(rep) == e - s:
                    self._copy(s, e, out, at)
                else:
                    out._push(at, *self._made_from(s, e))
                at += len(rep)
            pos = e
        if pos < n:
            parts.append(text[pos:])
            self._copy(pos, n, out, at)
        out.text = "".join(parts)
        if self._mixed is not None:
            out._mixed = out._unordered()
        return out

    def rearrange(self, pieces: Iterable[Piece]) -> AlignedText:
        """Return a new :class:`AlignedText` whose text is ``pieces`` in order: a piece
        ``(lo, hi, None)`` copies ``text[lo:hi]`` with its map (in any order: a table's cell
        gathered from several physical lines), ``(lo, hi, s)`` inserts ``s`` aligned with
        the original of ``text[lo:hi]`` (``lo == hi``: an empty span there)."""
        text = self.text
        n = len(text)
        parts: list[str] = []
        out = self._blank()
        at = 0
        for lo, hi, rep in pieces:
            if not 0 <= lo <= hi <= n:
                raise ValueError(f"piece {(lo, hi)} outside text of length {n}")
            if rep is None:
                if hi > lo:
                    parts.append(text[lo:hi])
                    self._copy(lo, hi, out, at)
                    at += hi - lo
                continue
            if not rep:
                continue
            parts.append(rep)
            out._push(at, *self._made_from(lo, hi))
            at += len(rep)
        out.text = "".join(parts)
        out._mixed = out._unordered()
        return out

    def _unordered(self) -> tuple[int, int]:
        """The range of :attr:`text` from the first to the last place where the original
        of a character starts or ends before that of the character before it (``(0, 0)``:
        none).  Outside it the originals go forward, so a span's ends bound them."""
        runs, starts, ends = self._at, self._starts, self._ends
        k_runs, n = len(runs), len(self.text)
        first = last = -1
        back_start = back_end = 0
        for k in range(k_runs):
            run_end = runs[k + 1] if k + 1 < k_runs else n
            if ends[k] == _ONE_TO_ONE:
                start, end = starts[k], starts[k] + 1
                last_start = starts[k] + run_end - runs[k] - 1
                last_end = last_start + 1
            else:
                start = last_start = starts[k]
                end = last_end = ends[k]
            if k and (start < back_start or end < back_end):
                if first < 0:
                    first = runs[k] - 1
                last = runs[k] + 1
            back_start, back_end = last_start, last_end
        return (first, last) if first >= 0 else (0, 0)

    def to_original(self, span: tuple[int, int]) -> tuple[int, int]:
        """Map a span of :attr:`text` to the span of :attr:`original` it was made from."""
        s, e = span
        n = len(self.text)
        if not 0 <= s <= e <= n:
            raise ValueError(f"span {span} outside text of length {n}")
        return self._made_from(s, e)
