"""Canonical ids of cited documents and the relation the citing document has to them.

``canonical_id`` = ``TYPE|NUMBER|YEAR|ISSUER`` where

* TYPE is the initials of the type name without diacritics ("Chỉ thị" → "CT", "Quyết định"
  → "QD", "Chương trình hành động" → "CTHD", "Luật" → "L");
* NUMBER is the number as printed, spaces removed, dashes unified ("41-CT/TW");
* YEAR is the year of the document's date, else a year printed in its number
  ("06/2022/QH15" → 2022), else empty;
* ISSUER is the issuer code of the number (what is left after the leading digits, the year
  and the type's own code: "41-CT/TW" → "TW", "15/NQ-HĐND" → "HĐND", "2345/BGDĐT-GDTH" →
  "BGDĐT-GDTH"), else the code of the issuer's name ("Ủy ban nhân dân …" → "UBND"), else
  empty.

Two mentions with the same canonical id are the same document, whatever their wording.
"""

from __future__ import annotations

import unicodedata

import regex

from kehoach_parser.document import ReferenceRelation
from kehoach_parser.lang.vi.doc_types import DOC_TYPE_CODES
from kehoach_parser.lang.vi.reference_words import (
    FOREIGN_CUE_PREFIXES,
    ISSUER_CODES,
    RELATION_CUES,
)

_SENTENCE_END_RE = regex.compile(r"[.!?](?=[ \t\n])|\n")
_CUE_RE = regex.compile(
    r"(?<![\p{L}\d])(?i:"
    + "|".join(r"[ \t]+".join(regex.escape(p) for p in c.split())
               for c in sorted(RELATION_CUES, key=len, reverse=True))
    + r")(?![\p{L}\d])"
)
_FOREIGN_RE = regex.compile(
    r"(?<![\p{L}\d])(?i:"
    + "|".join(r"[ \t]+".join(regex.escape(p) for p in c.split())
               for c in sorted(FOREIGN_CUE_PREFIXES, key=len, reverse=True))
    + r")[ \t]+$"
)
_RELATION_RANK: dict[str, int] = {"basis": 0, "proposal": 1, "implements": 2, "other": 3}
_LOOKBACK = 600


def _ascii(s: str) -> str:
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def type_key(doc_type: str) -> str:
    return "".join(w[0] for w in _ascii(doc_type).split()).upper()


def number_year(number: str) -> int | None:
    for seg in regex.split(r"[/\-]", number):
        if regex.fullmatch(r"(?:19|20)\d\d", seg):
            return int(seg)
    return None


def issuer_code(doc_type: str, number: str, issuer: str | None) -> str | None:
    own = {c.casefold() for c in DOC_TYPE_CODES.get(doc_type, ())}
    segs = [s for s in regex.split(r"[/\-]", number) if s]
    rest = [s for s in segs if not s.isdigit() and not regex.fullmatch(r"\d+[a-z]", s)
            and s.casefold() not in own]
    if rest:
        return "-".join(rest)
    if issuer:
        low = regex.sub(r"\s+", " ", issuer).casefold()
        for name in sorted(ISSUER_CODES, key=len, reverse=True):
            if low.startswith(name):
                return ISSUER_CODES[name]
    return None


def canonical_id(doc_type: str, number: str, date: str | None, issuer: str | None) -> str:
    year = date[:4] if date and date[:4].isdigit() else None
    if year is None:
        y = number_year(number)
        year = str(y) if y else None
    return "|".join((type_key(doc_type), number, year or "", issuer_code(doc_type, number,
                                                                       issuer) or ""))


def relation_before(text: str, pos: int, floor: int = 0) -> ReferenceRelation:
    """The relation cue nearest before ``pos`` in its sentence ("Căn cứ", "Thực hiện" …)."""
    lo = max(floor, pos - _LOOKBACK)
    start = lo
    for m in _SENTENCE_END_RE.finditer(text, lo, pos):
        start = m.end()
    cues = list(_CUE_RE.finditer(text, start, pos))
    if not cues:
        return "other"
    cue = cues[-1]
    if _FOREIGN_RE.search(text[max(start, cue.start() - 20):cue.start()]):
        return "other"
    found = regex.sub(r"\s+", " ", cue.group()).casefold()
    return RELATION_CUES.get(found, "other")  # type: ignore[return-value]


def stronger(a: ReferenceRelation | None, b: ReferenceRelation) -> ReferenceRelation:
    """The more specific of two relations (basis > proposal > implements > other)."""
    if a is None:
        return b
    return a if _RELATION_RANK[a] <= _RELATION_RANK[b] else b
