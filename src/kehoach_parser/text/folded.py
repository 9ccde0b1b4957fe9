"""Find a gold string in a document's text whatever its spacing, case, marks or punctuation.

The gold records of the corpus hold strings as an annotator wrote them: the issuer in title
case where the header prints it in capitals over two lines, "Uỷ" where the text has "Ủy", a
recipient without its "- " and ";".  :class:`FoldedText` keeps only the letters and digits
of a text, lower case and without diacritics ("Ủy ban" → "uyban"), and remembers the
offset of each kept character, so a folded match maps back to a span of the original text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from kehoach_parser.document import Span

__all__ = ["FoldedText", "fold"]


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """The base letter or digit of ``ch`` in lower case, or "" for anything else."""
    if not ch.isalnum():
        return ""
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base[:1] if base.isalnum() else ""


class _FoldTable(dict[int, str]):
    """:func:`_fold_char` by code point, for ``str.translate`` (which deletes a character
    mapped to ""): each character's fold is computed at its first lookup and kept (up to
    :data:`_TABLE_SIZE` characters; any more are computed at each lookup)."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        if len(self) < _TABLE_SIZE:
            self[code] = folded
        return folded


_TABLE_SIZE = 8192
_FOLD_TABLE = _FoldTable()


def fold(text: str | None) -> str:
    """``text`` reduced to lower-case letters and digits without marks."""
    # (no memo of whole texts: once the table is warm, translating a word costs about what
    # hashing it for a cache would; review R16 F10)
    return text.translate(_FOLD_TABLE) if text else ""


class FoldedText:
    """A text's folded form with the original offset of every folded character."""

    __slots__ = ("key", "offsets", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        chars: list[str] = []
        offsets: list[int] = []
        for i, ch in enumerate(text):
            f = _fold_char(ch)
            if f:
                chars.append(f)
                offsets.append(i)
        self.key = "".join(chars)
        self.offsets = offsets

    def key_position(self, offset: int) -> int:
        """Index in :attr:`key` of the first folded character at or after ``offset``."""
        lo, hi = 0, len(self.offsets)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.offsets[mid] < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _key_bounds(self, start: int, end: int | None) -> tuple[int, int]:
        """[start, end) of the original text as positions in the folded key."""
        return self.key_position(start), len(self.key) if end is None \
            else self.key_position(end)

    def _span(self, k: int, n: int) -> Span:
        return self.offsets[k], self.offsets[k + n - 1] + 1

    def find(self, needle: str | None, start: int = 0, end: int | None = None) -> Span | None:
        """Span of the first folded occurrence of ``needle`` within [start, end) of the
        original text, or None (also for a needle with no letter or digit)."""
        return self.find_key(fold(needle), start, end)

    def find_key(self, key: str, start: int = 0, end: int | None = None) -> Span | None:
        """Like :meth:`find` for an already folded ``key``."""
        if not key:
            return None
        k = self.key.find(key, *self._key_bounds(start, end))
        return None if k < 0 else self._span(k, len(key))

    def rfind(self, needle: str | None, start: int = 0, end: int | None = None) -> Span | None:
        """Like :meth:`find`, the last occurrence."""
        key = fold(needle)
        if not key:
            return None
        k = self.key.rfind(key, *self._key_bounds(start, end))
        return None if k < 0 else self._span(k, len(key))

    def find_all(self, needle: str | None, start: int = 0,
                 end: int | None = None) -> list[Span]:
        """Every non-overlapping folded occurrence of ``needle`` in [start, end)."""
        key = fold(needle)
        out: list[Span] = []
        if not key:
            return out
        k = self.key_position(start)
        hi = len(self.key) if end is None else self.key_position(end)
        while True:
            k = self.key.find(key, k, hi)
            if k < 0:
                return out
            out.append(self._span(k, len(key)))
            k += len(key)
