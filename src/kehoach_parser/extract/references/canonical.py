"""Canonical ids of cited documents and the relation the citing document has to them.

``canonical_id`` = ``TYPE|NUMBER|YEAR|ISSUER`` where

* TYPE is the initials of the type name ("Chỉ thị" → "CT", "Quyết định" → "QĐ",
  "Chương trình hành động" → "CTHĐ", "Đề án" → "ĐA", "Luật" → "L");
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

from kehoach_parser.document import ReferenceRelation
from kehoach_parser.extract import windows
from kehoach_parser.extract.references.citations import CODE_SPLIT_RE, wrapped_sentence_start
from kehoach_parser.lang.vi.doc_types import DOC_TYPE_CODES
from kehoach_parser.lang.vi.patterns import BLANKS, LETTER_DIGIT, alternation
from kehoach_parser.lang.vi.reference_words import (
    FOREIGN_CUE_PREFIXES,
    ISSUER_CODES,
    RELATION_CUES,
)
from kehoach_parser.lazy_pattern import lazy_compile

_CUE_RE = lazy_compile(alternation(RELATION_CUES, boundary="both", edge=LETTER_DIGIT,
                                    space=BLANKS, ignore_case=True))
_FOREIGN_RE = lazy_compile(alternation(FOREIGN_CUE_PREFIXES, boundary="start", edge=LETTER_DIGIT,
                                        space=BLANKS, ignore_case=True) + r"[ \t]+$")
_RELATION_RANK: dict[str, int] = {"basis": 0, "proposal": 1, "implements": 2, "other": 3}
_LOOKBACK = 600


def _bare(s: str) -> str:
    """Letters without tone and vowel marks ("Đ" is a letter of its own and stays)."""
    s = s.replace("Đ", "\0").replace("đ", "\1")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return s.replace("\0", "Đ").replace("\1", "đ")


def type_key(doc_type: str) -> str:
    return "".join(w[0] for w in _bare(doc_type).split()).upper()


_YEAR_SEGMENT_RE = lazy_compile(r"(?:19|20)\d\d")
_NUMBER_SEGMENT_RE = lazy_compile(r"\d+[a-z]?")
_SPACE_RUN_RE = lazy_compile(r"\s+")


def number_year(number: str) -> int | None:
    for seg in CODE_SPLIT_RE.split(number):
        if _YEAR_SEGMENT_RE.fullmatch(seg):
            return int(seg)
    return None


_TYPE_CODES = frozenset(c.casefold() for codes in DOC_TYPE_CODES.values() for c in codes)


def issuer_code(doc_type: str, number: str, issuer: str | None) -> str | None:
    own = {c.casefold() for c in DOC_TYPE_CODES.get(doc_type, ())}
    segs = [s for s in CODE_SPLIT_RE.split(number) if s]
    codes = [s for s in segs if not _NUMBER_SEGMENT_RE.fullmatch(s)]
    # the first code is the type's own ("CT" in 41-CT/TW, "QĐ" in 205-QĐ/TW) when it is
    # any document type code; the rest name the issuer
    if codes and (codes[0].casefold() in own or codes[0].casefold() in _TYPE_CODES):
        codes = codes[1:]
    rest = [s for s in codes if s.casefold() not in own]
    if rest:
        return "-".join(rest)
    if issuer:
        low = _SPACE_RUN_RE.sub(" ", issuer).casefold()
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
    start = wrapped_sentence_start(text, pos, floor, _LOOKBACK, semicolon=False)
    cues = list(_CUE_RE.finditer(text, start, pos))
    if not cues:
        return "other"
    cue = cues[-1]
    if _FOREIGN_RE.search(text[max(start, cue.start() - windows.FOREIGN_CUE_LOOKBACK):cue.start()]):
        return "other"
    found = _SPACE_RUN_RE.sub(" ", cue.group()).casefold()
    return RELATION_CUES.get(found, "other")  # type: ignore[return-value]


def stronger(a: ReferenceRelation | None, b: ReferenceRelation) -> ReferenceRelation:
    """The more specific of two relations (basis > proposal > implements > other)."""
    if a is None:
        return b
    return a if _RELATION_RANK[a] <= _RELATION_RANK[b] else b
