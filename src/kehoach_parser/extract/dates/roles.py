"""The role of each date: issued, reference, deadline, period_start/end, period, event.

Decided in this order (the first that applies wins):

1. ``issued`` — the date of the "Place, ngày … tháng … năm …" line at the top (or the span
   the header stage gave for the issued date);
2. ``reference`` — the date sits inside a citation found by the reference stage, right
   after a document's number ("số 41-CT/TW ngày …", across a line break or glued to it),
   right after a document type and its issuer ("Nghị quyết của HĐND xã ngày 10/12/2025") or a
   named law ("Luật tổ chức HĐND và UBND ngày …"), or opens a sentence that says a body
   issued a document ("Ngày 9/12/2022, HĐND tỉnh ban hành Nghị quyết …");
3. a range "A - B" / "từ A đến B": both ends ``event`` when they are the same day of
   different years (an anniversary "03/02/1930 - 03/02/2026"), else ``period_start`` and
   ``period_end``;
4. the cue right before the date (a clock time may sit between: "trước 16 giờ ngày …"):
   deadline cues ("trước", "chậm nhất", "hạn") → ``deadline``; "đến (hết)" → ``period_end``;
   "từ", "kể từ" → ``period_start``; "trong" → ``period`` (before a month, a quarter or a
   half-year even after a deadline cue: "hoàn thành trong tháng 11/2025");
5. otherwise spans (quarters, half-years, months) are ``period`` and days are ``event``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex

from kehoach_parser.document import DateRole, Span
from kehoach_parser.extract import windows
from kehoach_parser.extract.dates.scan import RawDate
from kehoach_parser.extract.references.bodies import read_body
from kehoach_parser.lang.vi.admin_units import ADMIN_UNITS
from kehoach_parser.lang.vi.date_words import (
    ADOPTION_CUES,
    ADOPTION_LINKS,
    DATED_PASSIVES,
    DATED_VERBS,
    DEADLINE_CUES,
    DEADLINE_FILLERS,
    DEADLINE_LABEL_HEADS,
    DEADLINE_LABEL_LINKS,
    HOUR_WORDS,
    MINUTE_MARKS,
    MINUTE_WORDS,
    PERIOD_CUES,
    PERIOD_END_CUES,
    PERIOD_START_CUES,
    SELF_REFERENCES,
)
from kehoach_parser.lang.vi.doc_types import DOC_TYPE_CODES
from kehoach_parser.lang.vi.patterns import BLANKS, alternation
from kehoach_parser.lang.vi.reference_words import ISSUING_VERBS, NAMED_DOC_TYPES, NUMBER_WORD
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.span_index import SpanIndex


def _alt(words: Iterable[str]) -> str:
    return alternation(words, space=BLANKS)


_B = r"(?<![\p{L}\d])"
_TIME = (
    rf"(?:\d{{1,2}}[ \t]*(?i:{_alt(HOUR_WORDS)})"
    rf"(?:[ \t]*\d{{1,2}}(?:[ \t]*(?i:{_alt(MINUTE_WORDS)})|[{regex.escape(MINUTE_MARKS)}])?)?"
    r"[ \t]*,?[ \t]*)"
)
_DEADLINE_RE = lazy_compile(
    rf"{_B}(?i:{_alt(DEADLINE_CUES)})(?:[ \t]*:)?"
    rf"(?:[ \t]+(?i:{_alt(DEADLINE_FILLERS)}))*[ \t]*{_TIME}?[ \t,]*$"
)
#: "Hạn nộp hồ sơ: …", "Hạn cuối nộp bài là ngày …": a deadline label a few words long.
_DEADLINE_LABEL_RE = lazy_compile(
    rf"{_B}(?i:{_alt(DEADLINE_LABEL_HEADS)})(?:[ \t]+\p{{L}}+){{0,6}}"
    rf"(?:[ \t]*:|[ \t]+{alternation(DEADLINE_LABEL_LINKS, ignore_case=True)})[ \t]*{_TIME}?$"
)
_END_RE = lazy_compile(rf"{_B}(?i:{_alt(PERIOD_END_CUES)})(?:[ \t]+(?i:hết))?[ \t]*{_TIME}?$")
_START_RE = lazy_compile(rf"{_B}(?i:{_alt(PERIOD_START_CUES)})[ \t]*$")
_PERIOD_RE = lazy_compile(rf"{_B}(?i:{_alt(PERIOD_CUES)})[ \t]*$")
#: A document type word, whole.
_TYPE = rf"(?i:{_alt(DOC_TYPE_CODES)})(?![\p{{L}}\d])"
_TYPE_RE = lazy_compile(_B + _TYPE)
_TYPE_THEN_DATE_RE = lazy_compile(
    rf"{_B}(?i:{_alt(DOC_TYPE_CODES)})[ \t]*,?[ \t]*"
    rf"(?:{alternation(DATED_PASSIVES, ignore_case=True)}[ \t]+)?"
    rf"(?:{alternation(DATED_VERBS, ignore_case=True)}[ \t]+)?$"
)
#: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015": a named document.
#: The name may start in lower case ("Luật tổ chức HĐND và UBND ngày 21 tháng 6 năm 1994"),
#: hold a number ("Luật Giáo dục nghề nghiệp năm 2014", "… một số điều của 37 luật …") and
#: run over a line break.
_NAMED_DOC_RE = lazy_compile(
    rf"{_B}(?:{_alt(NAMED_DOC_TYPES)})[ \t]+\p{{L}}[^.;:\n()“”\"/]{{0,100}}?[ \t]*,?[ \t]*$"
)
#: "Ngày 05/3/2024, UBND tỉnh (đã) ban hành Kế hoạch …": after the date and its body, a verb
#: of issuing and a document type — the date is the cited document's.
_ISSUING_THEN_TYPE_RE = lazy_compile(
    rf"[ \t]+{alternation(ISSUING_VERBS, space=BLANKS, ignore_case=True)}[ \t]+{_TYPE}"
)
_DATE_THEN_BODY_RE = lazy_compile(r"[ \t]*,?[ \t]*")
_CUA_RE = lazy_compile(r"(?<![\p{L}])(?i:của)[ \t]+")
_DATE_LEAD_RE = lazy_compile(r"[ \t]*,?[ \t]*(?:(?i:ban hành)[ \t]+)?$")
_WINDOW = 80
#: What may stand before the place on its line: nothing, or the number line of a two-column
#: header flattened onto one line ("Số: 12/KH-UBND Thành Đông, ngày …").
_PLACE_LEAD_RE = lazy_compile(r"(?:|.*[ \t]{2,}|.*\t|(?i:số)[ \t]*:?[ \t]*\S*[ \t]+)")
_PLACE_WORD_RE = lazy_compile(r"\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}+\.")
_ADMIN_WORDS = frozenset(w for unit in ADMIN_UNITS for w in unit.split())
_REST_OF_LINE_RE = lazy_compile(r"[ \t.]*$")
_PLACE_MAX_WORDS = 6
_ISSUED_MAX_LINE = 40


def _line_bounds(text: str, pos: int) -> Span:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end == -1 else end)


def find_issued(text: str, dates: list[RawDate], hint: Span | None) -> int | None:
    """Index of the document's own date: the header's span, else the place-and-date line."""
    if hint is not None:
        for i, raw in enumerate(dates):
            if raw.start < hint[1] and hint[0] < raw.end:
                return i
    for i, raw in enumerate(dates):
        if text.count("\n", 0, raw.start) > _ISSUED_MAX_LINE:
            break
        if raw.granularity not in ("day", "month", "year") or raw.year is None:
            continue
        line_start, _ = _line_bounds(text, raw.start)
        _, line_end = _line_bounds(text, max(raw.start, raw.end - 1))
        if _REST_OF_LINE_RE.fullmatch(text, raw.end, line_end) is None:
            continue
        if _place_before(text[line_start:raw.start]):
            return i
    return None


def _place_before(before: str) -> bool:
    """``before`` ends with "Place, " (capitalised words; "phố", "xã" … may be lower case)."""
    head = before.rstrip(" \t")
    if not head.endswith(","):
        return False
    words = head[:-1].split()
    n = 0
    while n < len(words) and n < _PLACE_MAX_WORDS:
        w = words[-1 - n]
        if not (_PLACE_WORD_RE.fullmatch(w) or w in _ADMIN_WORDS):
            break
        n += 1
    if n == 0 or not _PLACE_WORD_RE.fullmatch(words[-n]):
        return False
    lead = " ".join(words[:-n])
    return _PLACE_LEAD_RE.fullmatch(f"{lead} " if lead else "") is not None


#: A document's number and symbol right before a date, maybe across a line break or glued
#: to it ("số 41-CT/TW ngày …", "1226/QĐ-BVHTTDL⏎ngày …", "263/KH-UBNDngày …", "Số
#: 37/2019/NĐ-CP, ngày …"): the digits, a "/" or "-", then a type code in capitals.
#: A number left blank in a draft or an attachment note ("Quyết định số ./QĐ-UBND ngày …",
#: "Hướng dẫn số   /HD-MTTQ-BTT ngày …") is that document's number all the same.
#: A blank number before a dash needs a "/" in its symbol ("số    -CT/TW"): "Tổng số – HS" is
#: a count, not a number.
_NUMBER_THEN_DATE_RE = lazy_compile(
    r"(?:(?<![\p{L}\d/])\d{1,5}\p{Ll}?(?:/\d{4})?[ \t]*[/\-–]|(?<!\p{L})(?i:" + NUMBER_WORD
    + r")[ \t.…_]*(?:/|[\-–](?=[ \t]*\p{Lu}[\p{Lu}\p{N}&.\-–]*/)))[ \t]*\p{Lu}"
    r"[\p{Lu}\p{N}&.\-–/]*[\p{Lu}\p{N}][ \t]*,?\s*$"
)
#: How far before a date its document's number may end (characters).
_NUMBER_LOOKBACK = 60


def _after_number(text: str, raw: RawDate) -> bool:
    """The date follows a document's number and symbol with nothing but a comma or a line
    break between them: that document's date, whether or not its citation was read."""
    lo = max(0, raw.start - _NUMBER_LOOKBACK)
    return _NUMBER_THEN_DATE_RE.search(text, lo, raw.start) is not None


def _run_on_start(text: str, pos: int, *, runs_on: Callable[[str], bool] = str.isalnum,
                  opens_line: bool = False) -> int:
    """Where the words before ``pos`` start, at most :data:`_WINDOW` back: its line's start,
    or the start of the line before when that line runs on without punctuation (its last
    character passes ``runs_on``: a name hard-wrapped, "Căn cứ Luật\nTổ chức HĐND và UBND
    ngày …") — with ``opens_line``, only when nothing stands before ``pos`` on its line."""
    line_start, _ = _line_bounds(text, pos)
    lo = max(line_start, pos - _WINDOW)
    if line_start > 0 and not (opens_line and text[line_start:pos].strip()):
        before = text[:line_start - 1].rstrip(" \t")
        if before and runs_on(before[-1]):
            lo = max(_line_bounds(text, line_start - 1)[0], pos - _WINDOW)
    return lo


def _after_document(text: str, raw: RawDate) -> bool:
    """"Nghị quyết ngày …", "Kế hoạch của UBND xã ngày …": the date of a cited document."""
    if _after_number(text, raw):
        return True
    line_start, _ = _line_bounds(text, raw.start)
    lo = max(line_start, raw.start - _WINDOW)
    if _TYPE_THEN_DATE_RE.search(text, lo, raw.start):
        return True
    if raw.text[:4].lower() == "ngày" and _NAMED_DOC_RE.search(
            text[_run_on_start(text, raw.start):raw.start].replace("\n", " ")) \
            and cue_role(text, raw) is None:
        return True  # "Căn cứ Luật\nTổ chức HĐND và UBND ngày 26/11/2003"; a cue between
        # the name and the date makes it the cue's ("Luật … năm 2024 có hiệu lực từ ngày …")
    cuas = list(_CUA_RE.finditer(text, lo, raw.start))
    if not cuas:
        return False
    cua = cuas[-1]
    if not _TYPE_RE.search(text, lo, cua.start()):
        return False
    between = text[lo:cua.start()]
    if any(ch in between for ch in ".;"):
        return False
    body = read_body(text, cua.end(), limit=raw.start)
    return body is not None and _DATE_LEAD_RE.fullmatch(text, body[1], raw.start) is not None


def _before_issuing(text: str, raw: RawDate) -> bool:
    """"Ngày 9/12/2022, HĐND tỉnh ban hành Nghị quyết …": the date, a body, an issuing verb
    and a document type, in that order — the date the cited document was issued."""
    lead = _DATE_THEN_BODY_RE.match(text, raw.end)
    pos = lead.end() if lead else raw.end
    body = read_body(text, pos)
    return body is not None and _ISSUING_THEN_TYPE_RE.match(text, body[1]) is not None


def _inside(raw: RawDate, spans: SpanIndex) -> bool:
    return spans.covers(raw.start, raw.end)


#: Granularities of a date that names a span of time, not a day.
_SPANS = frozenset({"quarter", "half", "month"})


def cue_role(text: str, raw: RawDate) -> DateRole | None:
    """The role the words right before the date give it, if any.

    A date that opens its line may take its cue from the end of the line before when that
    line runs on without punctuation (hard-wrapped text: "… trước\n15/12/2026").
    """
    lo = _run_on_start(text, raw.start, runs_on=str.isalpha, opens_line=True)
    window = text[lo:raw.start].replace("\n", " ")
    if raw.granularity in _SPANS and _PERIOD_RE.search(window):
        return "period"  # "hoàn thành trong tháng 11/2025": the span the work takes
    for pattern, role in (
        (_DEADLINE_RE, "deadline"), (_DEADLINE_LABEL_RE, "deadline"),
        # "tính đến ngày …", "số liệu đến …" (decision 33): their last word is an end cue
        (_END_RE, "period_end"), (_START_RE, "period_start"),
        (_PERIOD_RE, "period"),
    ):
        if pattern.search(window):
            return role  # type: ignore[return-value]
    return None


def assign_role(
    text: str, dates: list[RawDate], i: int, *, issued: int | None, citations: SpanIndex,
) -> DateRole:
    raw = dates[i]
    if i == issued or _self_adoption(text, raw):
        return "issued"
    if _inside(raw, citations) or _after_document(text, raw) or _before_issuing(text, raw):
        return "reference"
    if raw.range_with is not None:
        other = dates[raw.range_with]
        first, second = (other, raw) if raw.range_end else (raw, other)
        if (first.day is not None and first.day == second.day and first.month == second.month
                and first.year != second.year):
            return "event"
        return "period_end" if raw.range_end else "period_start"
    cued = cue_role(text, raw)
    if cued is not None:
        return cued
    if raw.granularity in _SPANS:
        return "period"
    return "event"


_ADOPTION_BEFORE_RE = lazy_compile(
    "(?i)" + alternation(ADOPTION_CUES, boundary="start")
    + rf"(?:[ \t]+{alternation(ADOPTION_LINKS)})?[ \t]+$"
)
_SELF_RE = lazy_compile("(?i)" + alternation(SELF_REFERENCES, boundary="both"))


def _self_adoption(text: str, raw: RawDate) -> bool:
    """"Nghị quyết này … thông qua ngày …": the document's own date in its closing formula."""
    before = text[max(0, raw.start - windows.SELF_ADOPTION_LOOKBACK):raw.start]
    cut = max(before.rfind("\n"), before.rfind(". "))
    sentence = before[cut + 1:]
    return bool(_ADOPTION_BEFORE_RE.search(sentence)) and bool(_SELF_RE.search(sentence))
