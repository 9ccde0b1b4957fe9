"""What the header's readers share: the number line, the place-and-date cell, rule lines,
a motto glued to a cell, and two small text helpers."""

from __future__ import annotations

import regex

from kehoach_parser.lang.vi.doc_types import HEADER_DOC_TYPES
from kehoach_parser.lang.vi.header_words import (
    LETTER_OPENERS,
    NUMBER_LINE_WORDS,
    NUMBER_WORD_FORMS,
)
from kehoach_parser.lang.vi.patterns import SPACES, alternation
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.capitals import all_capitals

_SPACE_RUN_RE = lazy_compile(r"\s+")
#: The type words in capitals as a pattern fragment ("KẾ HOẠCH", "NGHỊ QUYẾT" …), ending at
#: a word's end: shared by the header's cell and title rules.
TYPE_WORDS_UPPER = alternation([t.upper() for t in HEADER_DOC_TYPES], boundary="end")

#: The number line: "Số: 184/KH-UBND", or the type word before it ("Nghị quyết số:
#: 86/2019/QH14", as the National Assembly and its committees print it; the colon required).
_SO_RE = lazy_compile(
    "^(?:" + alternation([t.lower() for t in HEADER_DOC_TYPES], space=SPACES, ignore_case=True)
    + r"\s+" + alternation(NUMBER_WORD_FORMS, boundary="end", ignore_case=True) + r"\s*:|"
    + alternation(NUMBER_LINE_WORDS) + r"\s*[:.]?)\s*(?P<rest>.*)$")
_DATE_LINE_RE = lazy_compile(
    r"^(?:(?P<place>[^,\d]{1,60}?)\s*,\s*)?ngày\s*(?P<d>\d\s?\d|\d|[\s.…_]*)\s*"
    r"(?:tháng\s*(?P<m>\d\s?\d|\d|[\s.…_]*)\s*năm\s*(?P<y>\d{4})"
    r"|[/.-](?P<m2>\d{1,2})[/.-](?P<y2>\d{4}))",
    regex.IGNORECASE,
)
#: What may follow the date of a date cell with no place: nothing but punctuation, markup
#: and separators; a sentence or a clock time after it makes the line a news dateline.
_DATE_CELL_END_RE = lazy_compile(r"[\s|*.,;)]*")


def place_date_match(text: str) -> regex.Match[str] | None:
    """The date match of a whole place-and-date cell ("An Phú, ngày 10 tháng 3 năm 2026",
    nothing but punctuation after it); None for any other text (no place, or words after
    the date)."""
    dm = _DATE_LINE_RE.match(text)
    if dm is None or dm.group("place") is None or not _DATE_CELL_END_RE.fullmatch(
            text[dm.end():]):
        return None
    return dm


#: A line of rules and cell separators only ("-------", "|").
_RULE_LINE_RE = lazy_compile(r"[\s\-–—_=*|]+")
#: A motto glued to an issuer cell ("UBND XÃ AN PHÚCỘNG HÒA …", "XÃ X Độc lập - …").
_MOTTO_GLUE_RE = lazy_compile(r"(?i)\S\s*(?:CỘNG\s*H(?:ÒA|OÀ)\s*XÃ|ĐỘC\s*LẬP\s*[-–])")


def _upper(text: str) -> bool:
    return all_capitals(text, min_letters=2)



def _clean(text: str) -> str:
    return _SPACE_RUN_RE.sub(" ", text).strip()


#: The document type of a letter, which prints no type word ("Kính gửi:" opens it).
LETTER_TYPE = "Công văn"
_LETTER_OPENING_RE = lazy_compile(
    r"(?im)^\s*" + alternation(LETTER_OPENERS, space=SPACES) + r"\s*:"
)
#: How far into the text a letter's "Kính gửi:" is looked for.
LETTER_OPENING_WINDOW = 3000

