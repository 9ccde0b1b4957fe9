"""Numbers that are not targets, told by the words around them.

The word lists live in :mod:`kehoach_parser.lang.vi.indicator_guards`; the functions here
apply them at a number's position: a name or ordinal before it ("thôn 9", "số 8", "lần
thứ 2", "Đề án 06"), a name or a count of the document's parts after it ("5 tuổi",
"3 sao", "02 cấp", "13 chỉ tiêu"), years, day/month pairs, anniversaries, a rate's base
("trên 1 ha"), and clauses that report results or cite documents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from kehoach_parser.extract import windows
from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.lang.vi import indicator_guards
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lazy_pattern import lazy_compile

if TYPE_CHECKING:
    from kehoach_parser.extract.indicators.units import Unit
    from kehoach_parser.extract.indicators.values import Quantity

_YEAR_RE = lazy_compile(r"\A(?:19|20)\d{2}\Z")
_WINDOW = 32
_PER_WORDS = tuple(w for w in indicator_guards.PER_WORDS if w[0].isalpha())
_PER_BEFORE_RE = lazy_compile(r"(?:" + lx.WB_BEFORE + lx.alternation(_PER_WORDS) + r"|/)\s*\Z",
                               regex.IGNORECASE)
#: After a rate's base: the name goes on, or a colon ends the name before its value ("Số
#: giường bệnh trên 1 vạn dân: 45,7 giường").
_NAME_GOES_ON_RE = lazy_compile(r"\s+\p{L}|[ \t]*:[ \t]*[\p{L}\p{N}]")


def is_year(raw: str) -> bool:
    return _YEAR_RE.match(raw.strip()) is not None


_COMPOUND_SO_RE = lazy_compile(
    alternation(indicator_guards.SO_COMPOUNDS, boundary="start") + r"\s+số\s*\Z",
    regex.IGNORECASE,
)


def before_is_named(text: str, vstart: int, start: int) -> bool:
    """A word right before the number makes it a name or ordinal ("thôn 9", "số 8"); "số"
    ending a noun ("dân số 7.210 người", "tổng số 500 hộ") does not."""
    lo = max(start, vstart - _WINDOW)
    m = lx.BEFORE_NUMBER_RE.search(text[lo:vstart])
    if m is None:
        return False
    return not (m.group().strip().casefold() == "số"
                and _COMPOUND_SO_RE.search(text[lo:vstart]))


_LIST_JOINER = alternation(indicator_guards.NUMBER_LIST_JOINERS)
_LIST_ITEM_RE = lazy_compile(rf"(\d+)\s*{_LIST_JOINER}\s*\Z")
_LIST_BEFORE_RE = lazy_compile(rf"\d\s*{_LIST_JOINER}\s*\Z")


def number_is_named(text: str, vstart: int, vend: int, start: int) -> bool:
    """The number is a name or ordinal, or continues a list of them ("số 3, 4, 5")."""
    if before_is_named(text, vstart, start):
        return True
    lo = max(start, vstart - windows.LIST_BEFORE_LOOKBACK)
    if _LIST_BEFORE_RE.search(text[lo:vstart]):
        # walk back over the list to the word that opens it
        i = vstart
        while True:
            m = _LIST_ITEM_RE.search(text[max(start, i - windows.LIST_ITEM_LOOKBACK):i])
            if m is None:
                break
            i = max(start, i - windows.LIST_ITEM_LOOKBACK) + m.start(1)
        return before_is_named(text, i, start)
    return False


def after_is_named(text: str, pos: int, end: int, unit: Unit | None) -> bool:
    """A word right after the number makes it part of a name ("5 tuổi", "3 sao", "13 chỉ
    tiêu"), or the number counts years of an anniversary ("96 năm ngày thành lập")."""
    if unit is not None and unit.kind in ("percent", "money", "measure"):
        return False
    hi = min(end, pos + _WINDOW)
    m = lx.AFTER_NUMBER_RE.match(text[pos:hi])
    if m is not None:
        # "02 đợt/tháng" counts per period: a frequency, not a name
        return lx.PER_PERIOD_RE.match(text[pos + m.end():end]) is None
    return is_anniversary(text, pos, end)


def is_anniversary(text: str, pos: int, end: int) -> bool:
    return lx.ANNIVERSARY_RE.match(
        text[pos:min(end, pos + windows.ANNIVERSARY_LOOKAHEAD)]) is not None


def looks_like_day_month(text: str, fstart: int, start: int, num: float, den: float) -> bool:
    """"30/4" after "ngày" is a date, not a fraction."""
    if not (1 <= num <= 31 and 1 <= den <= 12):
        return False
    lo = max(start, fstart - _WINDOW)
    return lx.DAY_BEFORE_RE.search(text[lo:fstart]) is not None


def looks_like_code(text: str, span: tuple[int, int]) -> bool:
    """"Thôn Lão Phong 1", "Đề án 06": a bare number glued to a capitalised name."""
    lo = max(0, span[0] - _WINDOW)
    before = text[lo:span[0]]
    if not before.endswith(" "):
        return False
    words = before.split()
    if not words:
        return False
    last = words[-1]
    return last[:1].isupper() and last.casefold() not in lx.BEFORE_VALUE


def is_per_phrase(text: str, start: int, q: Quantity) -> bool:
    """"trên 1 ha đất", "mỗi 1.000 dân": the base of a rate inside a name."""
    if q.unit is None or q.unit.unit not in lx.PER_BASES:
        return False
    if q.value != 1.0 and not (q.unit.unit == "dân" and q.value in (1000.0, 10000.0, 100000.0)):
        return False
    if len(q.comparator_words) > 1 or (q.comparator_words
                                       and q.comparator_words[0] not in _PER_WORDS):
        return False  # "đạt trên 1 ha" is a value
    if not _NAME_GOES_ON_RE.match(text, q.end):
        return False  # "… trên 1 ha." ends the clause: a value, not a base
    lo = max(start, q.value_span[0] - windows.PER_BASE_LOOKBACK)
    return _PER_BEFORE_RE.search(text[lo:q.value_span[0]]) is not None


def clause_cites(clause: str) -> bool:
    """Clauses that cite documents ("Căn cứ …") hold neither targets nor results."""
    return lx.SKIP_OPENER_RE.match(clause) is not None


def clause_reports(clause: str) -> bool:
    """Clauses with words of achievement ("đã đạt", "đến nay") report results."""
    return lx.ACHIEVED_RE.search(clause) is not None


def clause_is_skipped(clause: str) -> bool:
    """Clauses that cite documents or report results set no targets."""
    return clause_cites(clause) or clause_reports(clause)
