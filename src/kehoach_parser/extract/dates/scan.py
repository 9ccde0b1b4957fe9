"""Find date expressions in text and read their values (no roles here).

:func:`scan_dates` returns every date expression of a text as a :class:`RawDate`, in order:
full dates ("ngày 27 tháng 02 năm 2026", "18/02/2026", "16-1-2026", "16.01.2026"), months
("tháng 12/2026", "tháng 12 năm 2026"), the blank day of a draft ("ngày tháng 6 năm 2026"),
quarters ("Quý IV/2026"), half-years ("6 tháng đầu năm 2026"), and the yearless forms
("ngày 26/3", the start of a range "từ ngày 01/01 đến ngày 31/12/2026").  Ranges are linked
(``range_with``) and a yearless start borrows the missing fields of its end.

Impossible calendar dates written with a year ("31/02/2026", "ngày 31 tháng 6 năm 2026")
are not returned; they are listed in :attr:`ScanResult.invalid` so the caller can warn.
A yearless day/month that names no real day ("ngày 15-20" of a day range) is dropped.

:func:`match_date_at` reads one date starting exactly at an offset (used by the reference
extractor for "… số 15/NQ-HĐND ngày 31/12/2025 …").
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field

import regex

from kehoach_parser.document import Granularity
from kehoach_parser.extract import windows
from kehoach_parser.lang.vi.date_words import (
    BLANK_CHARS,
    DAY_WORD,
    HALF_WORDS,
    LIST_JOINERS,
    MONTH_CUES,
    MONTH_WORD,
    QUARTER_WORDS,
    RANGE_JOINERS,
    RECURRING_CUES,
    ROMAN_QUARTERS,
    SIX_MONTHS,
    YEAR_WORD,
)
from kehoach_parser.lang.vi.patterns import BLANKS, LETTER_DIGIT, alternation
from kehoach_parser.lazy_pattern import lazy_compile


def _alt(words: Iterable[str]) -> str:
    """Case-insensitive whole words (spaces inside match any run of blanks) or signs."""
    return alternation(words, boundary="both", edge=LETTER_DIGIT, space=BLANKS,
                       ignore_case=True)


_S = r"[ \t]+"
_O = r"[ \t]*"
#: Between the words of a date that has a year, one line break may stand (hard-wrapped
#: text: "Quảng Nam, ngày\n13 tháng 7 năm 2023", "ngày\n18/01/2022"); never a blank line.
_W = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_W0 = r"(?:[ \t]*\n?[ \t]*)"
#: "ngày" glued to the word before it or to its day, as typed in a hurry ("Luật tổ chức
#: Chính phủngày 25 tháng 12 năm 2001", "ngày22 tháng 7 năm 2010"): no syllable ends or
#: goes on in "ngày", so a letter before it or a digit after it is a missing space.
_NGAY = alternation([DAY_WORD], boundary="end", edge=r"\p{L}", space=BLANKS,
                    ignore_case=True)
_NGAY_TO_DAY = rf"(?:{_W}|(?=\d))"
_THANG = _alt([MONTH_WORD])
#: "tháng" glued to its number, as typed in a hurry ("ngày 05 tháng11 năm 2010").
_THANG_GLUED = alternation([MONTH_WORD], boundary="start", edge=LETTER_DIGIT,
                           ignore_case=True) + r"(?=\d)"
_NAM = _alt([YEAR_WORD])
_QUY = _alt(QUARTER_WORDS)
_BLANK = rf"(?:{_O}[{regex.escape(BLANK_CHARS)}]+)*{_O}"
_SEP = r"[/.\-–]"
_YEAR = r"(?P<y>\d{4})(?!\d)"
#: "/2026", "-2026", " năm 2026", ", năm 2026" after a month.
_MONTH_TO_YEAR = rf"(?:[ \t]?{_SEP}[ \t]?|{_W0},?{_W0}{_NAM}{_W})"
_ROMAN = alternation(ROMAN_QUARTERS)
_SIX = alternation(SIX_MONTHS, space=BLANKS)
_HALF = alternation(HALF_WORDS)
_JOIN = _alt(RANGE_JOINERS)
_LIST = _alt(LIST_JOINERS)
_JOIN_OR_LIST = _alt(list(RANGE_JOINERS) + list(LIST_JOINERS))

_DATE_RE = lazy_compile(
    rf"""
    # 1. ngày 27 tháng 02 năm 2026 / 31 tháng 12 năm 2026 / ngày 27 tháng 2/2026
    (?P<verbal>(?:(?P<dw>{_NGAY}){_NGAY_TO_DAY})?(?P<d>\d{{1,2}}){_W}(?:{_THANG}{_W}|{_THANG_GLUED})
        (?P<m>\d{{1,2}}){_MONTH_TO_YEAR}{_YEAR})
    # 2. ngày tháng 6 năm 2026 / ngày … tháng … năm 2026 (blank day of a draft)
  | (?P<blank>(?P<dw>{_NGAY}){_BLANK}{_THANG}(?:{_W}(?P<m>\d{{1,2}})|{_BLANK})
        {_W0},?{_W0}{_NAM}{_W}{_YEAR})
    # 3. ngày …/…/2026, ngày …/6/2026
  | (?P<blanknum>(?P<dw>{_NGAY}){_O}[{regex.escape(BLANK_CHARS)}]+{_O}/{_O}
        (?:(?P<m>\d{{1,2}})|[{regex.escape(BLANK_CHARS)}]+){_O}/{_O}{_YEAR})
    # 4. 18/02/2026, 16-1-2026, 16.01.2026, ngày 8/6/2026, 27/02 năm 2026
  | (?P<numeric>(?:(?P<dw>{_NGAY}){_NGAY_TO_DAY})?(?<![\d/.,])(?P<d>\d{{1,2}})
        [ \t]?(?P<sep>{_SEP})[ \t]?(?P<m>\d{{1,2}})(?:[ \t]?(?P=sep)[ \t]?|{_W}{_NAM}{_W}){_YEAR}
        (?![/.][\p{{L}}\d]|-\p{{L}}|,\d))
    # 5. tháng 12/2026, tháng 12 năm 2026
  | (?P<month>{_THANG}{_W}(?P<m>\d{{1,2}}){_MONTH_TO_YEAR}{_YEAR}(?![/.][\p{{L}}\d]))
    # 6. Quý I năm 2026, quý 2/2026, Quý IV/2026, quý III
  | (?P<quarter>{_QUY}{_W}(?P<q>{_ROMAN}|[1-4])(?![\p{{L}}\d])
        (?:(?:[ \t]?{_SEP}[ \t]?|{_W0},?{_W0}(?:(?i:của){_W})?{_NAM}{_W}){_YEAR})?)
    # 7. 6 tháng đầu năm 2026, sáu tháng cuối năm, nửa đầu năm 2026
  | (?P<half>(?<![\p{{L}}\d,.])(?i:{_SIX}){_W}(?P<h>(?i:{_HALF})){_W}{_NAM}
        (?!{_W}(?i:học))(?:(?:{_W}{_NAM})?{_W}{_YEAR})?)
    # 8. ngày 26/3, ngày 26 tháng 3 (no year)
  | (?P<daymonth>(?P<dw>{_NGAY}){_S}(?P<d>\d{{1,2}})
        (?:[ \t]?[/.\-][ \t]?|{_S}{_THANG}{_S})(?P<m>\d{{1,2}})
        (?![\d]|[ \t]?{_SEP}[ \t]?\d|{_O},?{_O}{_NAM}{_S}\d))
    # 9. từ 01/01 (đến 31/12/2026): a bare day/month opening a range
  | (?P<rangedm>(?<=(?i:từ){_S})(?P<d>\d{{1,2}})[ \t]?/[ \t]?(?P<m>\d{{1,2}})
        (?={_O}{_JOIN}{_O}(?:{_NGAY}{_S})?\d{{1,2}}[ \t]?/))
    # 10. ngày 15 (đến ngày 20/12/2026, đến hết ngày 20 tháng 12 năm 2026): a bare day
    #     opening a range
  | (?P<rangeday>(?P<dw>{_NGAY}){_S}(?P<d>\d{{1,2}})
        (?={_O}{_JOIN_OR_LIST}{_O}(?:(?i:hết){_S})?(?:{_NGAY}{_S})?\d{{1,2}}
            (?:[ \t]?[/.\-]|{_W}{_THANG}{_W}\d)))
    # 11. tháng 12 (no year): kept only where a cue makes it a date (see scan_dates)
  | (?P<bare_month>{_THANG}{_S}(?P<m>\d{{1,2}})(?![\d]|[ \t]?{_SEP}[ \t]?\d|{_O},?{_O}{_NAM}))
    # 13. the last of a list of months that writes "tháng" and the year once: "12/2013" in
    #     "tháng 11, 12/2013" (the first ones are bare months that borrow the year)
  | (?P<listed_month>(?<={_THANG}[ \t]+\d{{1,2}}(?:[ \t]*,[ \t]*\d{{1,2}})*[ \t]*,[ \t]*)
        (?P<m>\d{{1,2}})[ \t]?/[ \t]?{_YEAR}(?![/.\-]?\d))
    # 12. 2026-06-16: ISO, as digital-signature stamps print it ("Ngày ký: 2026-06-16
    #     07:31:14 +07:00") and web pages date their posts
  | (?P<iso>(?<![\d/.\-])(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?![\d]|[/.\-]\d))
    """,
    regex.VERBOSE,
)

#: Where a date can be: every match of :data:`_DATE_RE` holds a digit, or opens with a
#: quarter word ("Quý I") or a half-year word written out ("sáu tháng", "nửa").
_DATE_ANCHOR_RE = lazy_compile(
    r"\d|" + alternation(
        list(QUARTER_WORDS) + [w.split()[0] for w in SIX_MONTHS if not w[0].isdigit()],
        ignore_case=True))
#: What a date may hold before its first anchor: the day, month and year words, blanks,
#: line breaks, blank-day marks, "/" and ",", read backwards from the anchor (at each place
#: at most one of them fits, so the longest run is found).
_DATE_LEAD_BACK_RE = lazy_compile(
    rf"(?:[ \t\n,/{regex.escape(BLANK_CHARS)}]|"
    + alternation([DAY_WORD, MONTH_WORD, YEAR_WORD], space=BLANKS, ignore_case=True) + ")*",
    regex.REVERSE)


#: The words a date may open with before its first anchor ("ngày 5/3", "tháng 12/2026").
_DATE_OPENER_RE = lazy_compile(
    alternation([DAY_WORD, MONTH_WORD], space=BLANKS, ignore_case=True))


#: A run of digits (the same ``\d`` as the date pattern's).
_DIGITS_RE = lazy_compile(r"\d+")
#: What follows the day (or the "6" of "6 tháng") of every date that starts at a digit:
#: blanks and at most one line break, then a separator or "tháng".
_AFTER_DAY_RE = lazy_compile(r"[ \t]*(?:\n[ \t]*)?[/.\-–tT]")


def date_matches(text: str, start: int, stop: int) -> Iterable[regex.Match[str]]:
    """The matches of :data:`_DATE_RE` in ``text[start:stop]``, as ``finditer`` gives them,
    without trying the pattern at every position.  A match starts at its first anchor
    (:data:`_DATE_ANCHOR_RE`) or at a day or month word in the run of date words and
    separators just before it, so only those places are tried.  Of a run of digits, only
    the last two can start a date (every branch that starts at a digit reads one or two of
    them, then a non-digit), and only when :data:`_AFTER_DAY_RE` follows the run; a run of
    four digits followed by "-" is tried from its start too (an ISO date)."""
    pos = start
    while True:
        anchor = _DATE_ANCHOR_RE.search(text, pos, stop)
        if anchor is None:
            return
        at = anchor.start()
        lead = _DATE_LEAD_BACK_RE.match(text, pos, at)
        found = None
        if lead is not None and lead.start() < at:
            for opener in _DATE_OPENER_RE.finditer(text, lead.start(), at):
                found = _DATE_RE.match(text, opener.start(), stop)
                if found is not None:
                    break
        next_pos = at + 1
        if found is None:
            digits = _DIGITS_RE.match(text, at, stop)
            if digits is None:  # a quarter or half-year word
                found = _DATE_RE.match(text, at, stop)
            else:
                next_pos = digits.end()  # no date starts inside the run
                if next_pos - at == 4 and text.startswith("-", next_pos):
                    found = _DATE_RE.match(text, at, stop)  # only an ISO date fits here
                if found is None and _AFTER_DAY_RE.match(text, next_pos, stop) is not None:
                    for p in range(max(at, next_pos - 2), next_pos):
                        found = _DATE_RE.match(text, p, stop)
                        if found is not None:
                            break
        if found is None:
            pos = next_pos
            continue
        yield found
        pos = found.end()


#: Cues before a yearless month that make it a date ("trong tháng 12", "từ tháng 3").
_BARE_MONTH_CUE_RE = lazy_compile(_alt(MONTH_CUES) + rf"{_S}$")
#: A yearly cue right after a date: ", hằng năm".
RECURRING_AFTER_RE = lazy_compile(
    rf"{_O},?{_O}" + _alt(RECURRING_CUES)
)
#: "tháng 11, 12/2013": a yearless month listed before a month that has the year.
_MONTH_LIST_NEXT_RE = lazy_compile(r"[ \t]*,[ \t]*\d{1,2}[ \t]?/[ \t]?\d{4}(?!\d)")
#: "tháng 3 đến tháng 6/2026": a yearless month opening a range of months.
_MONTH_RANGE_NEXT_RE = lazy_compile(
    rf"{_O}(?:{_JOIN_OR_LIST}){_O}(?:(?i:hết){_S})?{_THANG}"
)
_LIST_ONLY_RE = lazy_compile(rf"^{_O}(?:,{_O})?{_LIST}?{_O}$")
_JOINER_ONLY_RE = lazy_compile(
    rf"^{_O}(?:{_JOIN}){_O}(?:(?i:hết){_S})?$"
)
_KIND_ORDER = (
    "verbal", "blank", "blanknum", "numeric", "month", "quarter", "half", "daymonth",
    "rangedm", "rangeday", "bare_month", "iso", "listed_month",
)


@dataclass(slots=True)
class RawDate:
    """One date expression: where it is and what it says (fields left out are None)."""

    start: int
    end: int
    text: str
    kind: str
    granularity: Granularity
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    half: int | None = None
    range_with: int | None = None  # index of the other end of a range in the scan result
    range_end: bool = False  # True for the second end of a range
    borrowed: bool = False  # missing fields were filled from the other end of a range

    @property
    def yearless(self) -> bool:
        return self.year is None

    def iso(self) -> str | None:
        """ISO value as complete as written; yearless day/month give '--MM-DD' / '--MM'."""
        if self.granularity == "quarter":
            return f"{self.year:04d}-Q{self.quarter}" if self.year else None
        if self.granularity == "half":
            return f"{self.year:04d}-H{self.half}" if self.year else None
        if self.year is None:
            if self.month is None:
                return None
            if self.day is None:
                return f"--{self.month:02d}"
            return f"--{self.month:02d}-{self.day:02d}"
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(slots=True)
class ScanResult:
    dates: list[RawDate] = field(default_factory=list)
    #: (start, end, text) of date-shaped expressions that name no real day ("31/02/2026").
    invalid: list[tuple[int, int, str]] = field(default_factory=list)


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _roman_or_int(value: str) -> int:
    return ROMAN_QUARTERS.get(value) or int(value)


def _is_valid(raw: RawDate) -> bool:
    if raw.year is not None and not 1000 <= raw.year <= 2999:
        return False
    if raw.month is not None and not 1 <= raw.month <= 12:
        return False
    if raw.day is not None:
        if not 1 <= raw.day <= 31:
            return False
        if raw.month is not None:
            year = raw.year if raw.year is not None else 2000  # a leap year: 29/2 is possible
            if raw.day > calendar.monthrange(year, raw.month)[1]:
                return False
    return True


def _from_match(m: regex.Match[str]) -> RawDate | None:
    kind = next((k for k in _KIND_ORDER if m.group(k) is not None), None)
    if kind is None:  # pragma: no cover - every alternative is named
        return None
    start, end = m.span(kind)
    text = m.group(kind)
    y, mo, d = _int(m.group("y")), _int(m.group("m")), _int(m.group("d"))
    if kind == "quarter":
        return RawDate(start, end, text, kind, "quarter", year=y,
                       quarter=_roman_or_int(m.group("q")))
    if kind == "half":
        return RawDate(start, end, text, kind, "half", year=y,
                       half=HALF_WORDS[m.group("h").lower()])
    if kind in ("month", "bare_month", "blanknum", "blank", "listed_month"):
        gran: Granularity = "month" if mo is not None else "year"
        return RawDate(start, end, text, kind, gran, year=y, month=mo)
    if kind == "rangeday":
        return RawDate(start, end, text, kind, "day", day=d)
    return RawDate(start, end, text, kind, "day", year=y, month=mo, day=d)


def _link_ranges(text: str, dates: list[RawDate]) -> None:
    """Link "A - B" / "A đến B" pairs; a yearless A borrows what it lacks from B."""
    for i in range(len(dates) - 1):
        a, b = dates[i], dates[i + 1]
        if a.range_with is not None or b.range_with is not None:
            continue
        if not _JOINER_ONLY_RE.match(text[a.end:b.start]):
            continue
        spans = {a.granularity, b.granularity} & {"quarter", "half"}
        if spans and (a.granularity != b.granularity or a.year is None or b.year is None):
            continue  # only "Quý IV/2025 - Quý II/2026": two spans of one kind, each dated
        if a.year is not None and b.year is None:
            continue  # "30/4/2026 - ngày 5/5": not a range we can read
        if a.year is None:
            if b.year is None:
                continue
            a.year = b.year
            if a.month is None and a.granularity == "day":
                a.month = b.month
            a.borrowed = True
        a.range_with, b.range_with = i + 1, i
        b.range_end = True


def _borrow_in_lists(text: str, dates: list[RawDate]) -> None:
    """"tháng 11 và tháng 12 năm 2026": a yearless item takes the year of the next one."""
    for i in range(len(dates) - 2, -1, -1):
        a, b = dates[i], dates[i + 1]
        if a.year is not None or b.year is None or not _LIST_ONLY_RE.match(text[a.end:b.start]):
            continue
        if a.granularity != b.granularity or a.granularity not in ("day", "month"):
            continue
        a.year = b.year
        if a.granularity == "day" and a.month is None:
            a.month = b.month
        a.borrowed = True


def scan_dates(text: str, start: int = 0, end: int | None = None) -> ScanResult:
    """Every date expression of ``text[start:end]``, in order, with offsets into ``text``."""
    stop = len(text) if end is None else end
    result = ScanResult()
    for m in date_matches(text, start, stop):
        raw = _from_match(m)
        if raw is None:
            continue
        if raw.kind == "bare_month" and not (
                _BARE_MONTH_CUE_RE.search(
                    text, max(0, raw.start - windows.BARE_MONTH_CUE_LOOKBACK), raw.start)
                or RECURRING_AFTER_RE.match(text, raw.end)
                or _MONTH_LIST_NEXT_RE.match(text, raw.end)
                or _MONTH_RANGE_NEXT_RE.match(text, raw.end)):
            continue
        if not _is_valid(raw):
            if raw.kind in ("numeric", "verbal") and raw.year is not None:
                result.invalid.append((raw.start, raw.end, raw.text))
            continue
        result.dates.append(raw)
    _borrow_in_lists(text, result.dates)
    _link_ranges(text, result.dates)
    # a bare day that opens no range and is listed with no dated day is not a date
    kept = [r for r in result.dates
            if not (r.kind in ("rangeday", "rangedm") and r.range_with is None
                    and not r.borrowed)]
    if len(kept) != len(result.dates):
        for r in result.dates:
            r.range_with = None
            r.range_end = False
        result.dates = kept
        _link_ranges(text, result.dates)
    return result


def match_date_at(text: str, pos: int) -> RawDate | None:
    """The full or month date that starts exactly at ``pos`` (None if there is none)."""
    m = _DATE_RE.match(text, pos)
    if m is None:
        return None
    raw = _from_match(m)
    if raw is None or raw.kind in ("rangeday", "rangedm", "bare_month", "quarter", "half"):
        return None
    if raw.year is None or not _is_valid(raw):
        return None
    return raw
