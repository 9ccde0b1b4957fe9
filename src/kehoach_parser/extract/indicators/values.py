"""Quantities in a stretch of text: value (or range, or fraction), comparator, unit.

:func:`find_quantities` scans ``text[start:end]`` for numbers (digits, Vietnamese notation,
or words after a cue), reads the unit after each, the comparator words before and after
it, and drops the numbers that are not targets (dates, years, document numbers, ordinals,
names, counts of the document's own parts — see :mod:`.guards`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace

import regex

from kehoach_parser.extract import windows
from kehoach_parser.extract.indicators import guards
from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.extract.indicators.units import Unit, read_counted_noun, read_unit
from kehoach_parser.extract.numbers import NUMBER_WORDS_PATTERN, parse_number_words, parse_vi_number
from kehoach_parser.lang.vi import comparators as comparator_words
from kehoach_parser.lang.vi import indicator_guards, indicator_words
from kehoach_parser.lang.vi import units as units_vocabulary
from kehoach_parser.lang.vi.comparators import PRIORITY, RANGE_OPENERS
from kehoach_parser.lang.vi.directions import FILLERS
from kehoach_parser.lang.vi.measure_nouns import MULTIWORD_HEADS, SINGLE_HEADS
from kehoach_parser.lang.vi.number_words import RUN_WORDS
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lazy_pattern import lazy_compile

Span = tuple[int, int]

_SCAN_RE = lazy_compile(
    r"""
    (?P<date>(?<![\d/.])\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d{2}(?![\d])
           |(?<![\d/.,])\d{1,2}/(?:19|20)\d{2}(?![\d/])
           |(?<![\d/.\-])(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?![\d]))
  | (?P<clock>(?<![\d:])[-+−]?\d{1,2}:\d{2}(?::\d{2})?(?![\d:]))
  | (?P<docno>(?<![\p{L}\d])\d+(?:/\d+)*[/\-]\p{L}[\p{L}\d]*(?:[/\-.][\p{L}\d]+)*)
  | (?P<pair>(?<![\p{L}\d.,/])(?P<pa>\d+(?:[.,]\d+)*)(?P<pau>\s*%)\s*/\s*
           (?P<pb>\d+(?:[.,]\d+)*)\s*%(?![\d/]))
  | (?P<frac>(?<![\p{L}\d.,/])(?P<fnum>\d+(?:[.,]\d+)*)/(?P<fden>\d+(?:[.,]\d+)*)(?![\d/.,]\d))
  | (?P<num>(?:(?<=^|[\s(\[“"'])[-+−](?=\d))?(?<![\p{L}\d.,/])\d+(?:[.,]\d+)*(?![\d]))
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_DIGIT_RE = lazy_compile(r"\d")
#: "30 000 ha", "1 200 lao động": thousands grouped by blanks (a typesetter's or a PDF's
#: layout), with a decimal part as ``grid.BLANK_GROUPED`` reads it ("1 234 567,5": review
#: R19c finding 5); read as one number only when a unit follows the last group (``_spaced``).
_SPACED_THOUSANDS_RE = lazy_compile(
    r"(?<![\p{L}\d.,/])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?!\d|[.,]\d)")
#: A number grouped the usual way, "12.500" (not part of a date, a decimal, a code or a
#: word): a text that writes one groups no thousands with blanks ("500 250 đoàn viên" there
#: is two figures run together).  The perturbation ``thousands_spaces`` rewrites exactly
#: these (one pattern: review R19b, finding 9).
DOT_GROUPED_RE = lazy_compile(r"(?<![\p{L}\d.,/])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)")
_GROUP_BLANK_CHARS = (" ", "\u00a0", "\u202f")
_GROUP_BLANKS = str.maketrans("", "", "".join(_GROUP_BLANK_CHARS))
#: Numbers in words are read only after a word that commits to a count ("có hai trường").
_WORDS_SCAN_RE = lazy_compile(
    r"(?<![\p{L}])" + lx.WORDS_SCAN_CUE + r"\s+(?P<words>" + NUMBER_WORDS_PATTERN + r")",
    regex.IGNORECASE,
)
#: A number in words follows the last word of a cue, blanks and a number word: where that
#: can be is found once per text with string methods (``_words_scan_cues``), and the scan
#: runs only over stretches that hold such a place (issue 15: the scan was about a tenth of
#: a parse and finds a dozen numbers in the corpus).
_CUE_LAST_WORDS = tuple(sorted({c.split()[-1].casefold()
                                for c in indicator_words.WORD_NUMBER_CUES}))
_NUMBER_WORD_STARTS = tuple(w.casefold() for w in RUN_WORDS)
_BLANKS_RE = lazy_compile(r"\s+")
_NUM_AT_RE = lazy_compile(r"(?<![\p{L}\d])[-+−]?\d+(?:[.,]\d+)*(?![\d/])")
_LETTER_AFTER_RE = lazy_compile(r"\p{L}")
_PER_WORD_BEFORE_RE = lazy_compile(
    alternation(indicator_guards.RATE_BASE_WORDS, boundary="start") + r"\s+\Z", regex.IGNORECASE
)
_WORD_HEADS = {h.casefold() for h in MULTIWORD_HEADS + SINGLE_HEADS}
_LAST_WORD_RE = lazy_compile(r"(\p{L}+)\s+\Z", regex.REVERSE)
#: Words that, right before a count, are no name of it ("Xã có 12 thôn", "với 50 hộ").
_NOT_NAME_WORDS = frozenset(
    w.casefold() for p in indicator_words.VALUE_FIRST_FILLERS + indicator_words.ACTION_VERBS
    for w in p.split()[-1:]
) | lx.NOT_NAMES_BEFORE_COUNT
_STATED_UNIT_RE = lazy_compile(
    r"\s+(" + lx.alternation(indicator_guards.UNITS_WHEN_STATED) + r")" + lx.WB_AFTER
    + r"(?:\s*/\s*(\p{L}+))?(?![\p{L}\d/])", lx.FLAGS
)
#: The connectors of ``comparators.CONNECTORS`` as the chain reader folds them ("đạt", "là").
_CONNECTOR_WORDS = frozenset(c.casefold() for c in comparator_words.CONNECTORS)
#: Verbs that commit to a bare count ("Thành lập 04 …", "phấn đấu có 08 …").
_CUE_RE = lazy_compile(
    lx.word_alternation(
        w for w in indicator_words.STRIVING_VERBS + indicator_words.ACTION_VERBS
        if w not in lx.NON_COMMITTING
    ), lx.FLAGS
)


@dataclass(slots=True)
class Quantity:
    """One value a target is measured by, with the words that bind it."""

    value: float | None
    value_span: Span
    value_max: float | None = None
    total: float | None = None
    unit: Unit | None = None
    comparator: str = "="
    direction: str | None = None
    year: int | None = None
    chain_start: int = 0  # where the words before the value (comparator, verbs) start
    end: int = 0  # end of the unit and the words after it ("trở lên")
    comparator_words: list[str] = field(default_factory=list)
    explicit: bool = False  # a comparator or connector was written (not a bare value)
    by_amount: bool = False
    #: "512,7/498 tỷ đồng", "75%/85%": the planned value written after the achieved one
    pair: Quantity | None = None
    #: "giảm từ 3,12% xuống còn 2,5%": the level it starts from (a reported figure)
    start_value: Quantity | None = None

    @property
    def start(self) -> int:
        return self.chain_start

    @property
    def unit_name(self) -> str | None:
        return self.unit.unit if self.unit else None


def may_hold_quantities(text: str, start: int, end: int) -> bool:
    """Whether :func:`find_quantities` can find anything in ``text[start:end]`` (or in any
    part of it): only a digit or a number written in words makes a quantity (issue 15:
    half the items of a plan hold neither)."""
    return _DIGIT_RE.search(text, start, end) is not None \
        or _may_hold_number_words(text, start, end)


def find_quantities(text: str, start: int, end: int, blocked: list[Span] | None = None,
                    *, in_targets: bool = False, pairs: bool = False) -> list[Quantity]:
    """All target quantities in ``text[start:end]``, in order.

    ``in_targets``: the text sits in a section of targets, where a bare count ("- 20 cơ sở
    …") is a target without a verb committing to it.
    """
    out: list[Quantity] = []
    pos = start
    # a blank-grouped run refused for want of a unit ends here: the numbers inside it share
    # the verdict (their runs end at the same place), so it is not read again for each
    # (review R19b, finding 8: the scan was quadratic in the run's length)
    refused_to = start
    for w in (_WORDS_SCAN_RE.finditer(text, start, end) if _may_hold_number_words(text, start, end)
              else ()):
        if blocked and any(s < w.end() and w.start() < e for s, e in blocked):
            continue
        wq = _words(text, w, start, end)
        if wq is not None:
            out.append(wq)
    while pos < end:
        # every branch of the scan starts at a digit or at the sign just before one: the
        # detailed pattern is tried from there (the first match is the same)
        digit = _DIGIT_RE.search(text, pos, end)
        if digit is None:
            break
        m = _SCAN_RE.search(text, max(pos, digit.start() - 1), end)
        if m is None:
            break
        pos = m.end()
        kind = m.lastgroup
        if kind in ("date", "docno", "clock"):
            continue
        if blocked and any(s < m.end() and m.start() < e for s, e in blocked):
            continue
        q: Quantity | None
        if kind in ("pair", "pa", "pau", "pb"):
            q = _pair(text, m.span("pa"), m.span("pb"), start, end)
        elif kind in ("frac", "fnum", "fden"):
            q = _fraction(text, m, start, end, pairs)
        else:
            sp = None
            if m.start() >= refused_to:
                sp, refused_to = _spaced(text, m, start, end, refused_to)
            q, consumed = _number(text, sp or m, start, end, in_targets)
            pos = max(pos, consumed)
        if q is not None:
            out.append(q)
            pos = max(pos, q.end)
    if len(out) > 1:
        out.sort(key=lambda q: q.value_span[0])
        out = _merge_trajectories(text, out)
        out = _merge_unit_ranges(text, out)
    return out


_RANGE_DASH_RE = lazy_compile(r"\s*[-–—÷]\s*")


def _merge_unit_ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    """"khoảng 91.299 tỷ đồng - 97.386 tỷ đồng": a range written with its unit after both
    ends, joined by a dash: one record from the first value to the second."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if prev is not None and prev.unit is not None and q.unit is not None \
                and prev.value_max is None and q.value_max is None \
                and prev.value is not None and q.value is not None and prev.value < q.value \
                and prev.unit_name == q.unit_name and not q.comparator_words \
                and _RANGE_DASH_RE.fullmatch(text, prev.end, q.value_span[0]):
            prev.value_max = q.value
            prev.comparator = "range"
            prev.end = q.end
            continue
        out.append(q)
    return out




_CUE_CACHE: tuple[str, list[int] | None] = ("", [])


def _words_scan_cues(text: str) -> list[int] | None:
    """Where, in ``text``, the last word of a cue starts that blanks and a number word
    follow (sorted); ``None`` when case folding changes the text's length (then the places
    cannot be told by position).  The words scan can match only with such a word inside
    its stretch: the pattern's letters match (ignoring case) only letters that case-fold to
    the same letter, or to more than one (``tests/extract/test_indicators_scans.py``).
    The last text's places are kept (its parse asks once per clause)."""
    global _CUE_CACHE
    cached_text, cached = _CUE_CACHE
    if cached_text is text:
        return cached
    folded = text.casefold()
    places: list[int] | None = None
    if len(folded) == len(text):
        places = []
        for word in _CUE_LAST_WORDS:
            i = folded.find(word)
            while i != -1:
                blanks = _BLANKS_RE.match(folded, i + len(word))
                if blanks is not None and folded.startswith(_NUMBER_WORD_STARTS, blanks.end()):
                    places.append(i)
                i = folded.find(word, i + 1)
        places.sort()
    _CUE_CACHE = (text, places)
    return places


def _may_hold_number_words(text: str, start: int, end: int) -> bool:
    """Whether ``_WORDS_SCAN_RE`` may match in ``text[start:end]``."""
    places = _words_scan_cues(text)
    if places is None:
        return True
    i = bisect_left(places, start)
    return i < len(places) and places[i] < end


def _merge_trajectories(text: str, qs: list[Quantity]) -> list[Quantity]:
    """"giảm … từ 3,12% xuống còn 2,5%": the first value is where the target starts from,
    the target is the second one; one record, with the first one's verbs."""
    out: list[Quantity] = []
    for q in qs:
        if out:
            prev = out[-1]
            if ("từ" in prev.comparator_words and prev.value_max is None
                    and not text[prev.end:q.chain_start].strip(" ,")
                    and any(w in lx.TRAJECTORY for w in q.comparator_words)
                    and (prev.unit_name == q.unit_name or prev.unit is None)):
                q.chain_start = prev.chain_start
                q.direction = q.direction or prev.direction
                q.start_value = prev
                if (q.direction is None and prev.value is not None and q.value is not None
                        and prev.value < q.value
                        and set(q.comparator_words) & {"đến", "tới"}):
                    # "từ 60 tạ/ha đến 65 tạ/ha": a range written with its unit twice
                    q.value_max, q.value = q.value, prev.value
                    q.value_span = prev.value_span
                    q.comparator = "range"
                    q.start_value = None
                out[-1] = q
                continue
        out.append(q)
    return out


def _spaced(text: str, m: regex.Match[str], start: int, end: int, refused_to: int
            ) -> tuple[regex.Match[str] | None, int]:
    """The number at ``m`` with its blank-grouped thousands ("30 000 ha"), when a unit
    follows the last group; ``None`` otherwise ("xã 3 100 hộ" has no such reading only
    when no unit follows: "12 500 13 712" is two numbers), and when the first group is
    a name's number ("tổ 9 450 m", "Điều 3 500 triệu đồng", "đợt 2 300 lượt người": review
    R19b, finding 2).  With it, where the run ends when no unit follows it (else
    ``refused_to`` as it was): a number inside the run has no unit after its run either."""
    if m.lastgroup != "num" or not text.startswith(_GROUP_BLANK_CHARS, m.end()) \
            or not groups_with_blanks(text):
        return None, refused_to
    sp = _SPACED_THOUSANDS_RE.match(text, m.start(), end)
    if sp is None:
        return None, refused_to
    after = sp.end()
    j = lx.RANGE_JOIN_RE.match(text, after, end)
    n2 = _SPACED_THOUSANDS_RE.match(text, j.end(), end) if j is not None else None
    if n2 is not None:
        after = n2.end()  # "3 500 - 3 600 USD": a range, its unit after the second end
    if read_unit(text, after, end) is None:
        return None, sp.end()
    if guards.number_is_named(text, m.start(), m.end(), start) and _PLURAL_NAME_RE.search(
            text, max(start, m.start() - windows.PLURAL_NAME_LOOKBACK), m.start()) is None:
        return None, refused_to  # "tổ 9 450 000 m": the groups after the name's may join
    return sp, refused_to


#: "các loại 37 300 tấn": a plural determiner then a word of ``BEFORE_NUMBER`` names a kind,
#: and the groups after it are one figure.
_PLURAL_NAME_RE = lazy_compile(
    lx.WB_BEFORE + lx.alternation(indicator_guards.PLURAL_BEFORE_NAME) + r"\s+"
    + lx.alternation(indicator_guards.BEFORE_NUMBER) + r"\s*\Z", lx.TAIL_FLAGS)


_DOT_GROUPED_CACHE: tuple[str, bool] = ("", False)


def groups_with_blanks(text: str) -> bool:
    """Whether ``text`` may group thousands with blanks: it writes no number grouped with
    dots (the last text's answer is kept: a parse asks once per clause)."""
    global _DOT_GROUPED_CACHE
    cached_text, cached = _DOT_GROUPED_CACHE
    if cached_text is text:
        return cached
    answer = DOT_GROUPED_RE.search(text) is None
    _DOT_GROUPED_CACHE = (text, answer)
    return answer


def dotted_thousands(raw: str) -> str:
    """``raw`` with every blank that groups thousands written as the dot it stands for
    ("Khoảng 3 700" → "Khoảng 3.700", "12 000 - 12 500"): the same length, so offsets
    into ``raw`` still hold.  For a table cell, where one number or a range is the
    cell's whole figure."""
    if not any(c in raw for c in _GROUP_BLANK_CHARS):
        return raw
    return _SPACED_THOUSANDS_RE.sub(
        lambda m: "".join("." if c in _GROUP_BLANK_CHARS else c for c in m.group()), raw)


def _number(text: str, m: regex.Match[str], start: int, end: int, in_targets: bool
            ) -> tuple[Quantity | None, int]:
    """The quantity at ``m`` (or None) and how far the scan may skip."""
    consumed = m.end()
    j = lx.RANGE_JOIN_RE.match(text, m.end(), end)
    n2 = None
    if j is not None:
        # the second end of a range is read as the first was ("3 500 - 3 600 USD")
        spaced = any(c in m.group() for c in _GROUP_BLANK_CHARS)
        n2 = (_SPACED_THOUSANDS_RE if spaced else _NUM_AT_RE).match(text, j.end(), end)
    if n2 is not None:
        consumed = n2.end()
    return _number_at(text, m, start, end, in_targets, j, n2), consumed


def _number_at(text: str, m: regex.Match[str], start: int, end: int, in_targets: bool,
               j: regex.Match[str] | None, n2: regex.Match[str] | None) -> Quantity | None:
    """The quantity at ``m``; ``j`` and ``n2`` are the range joiner after the value and
    the number after it, as :func:`_number` read them (read once, issue 15)."""
    raw = m.group().translate(_GROUP_BLANKS)  # "30 000" (``_spaced``) reads as "30000"
    value = parse_vi_number(raw)
    if value is None:
        return None
    vstart, vend = m.start(), m.end()
    # the unit right after the value is read at most once (the glued-letters test, the year
    # test and the value's own unit ask for the same one: issue 15)
    unit_at_value: Unit | None = None
    unit_read = False
    nxt = text[vend:vend + 1]
    if nxt and _LETTER_AFTER_RE.match(nxt):
        # digits glued to letters: "4G", "F0" … unless the letters are a unit ("200ha",
        # "16.000.000đ", "3.975.800đồng")
        unit_at_value, unit_read = read_unit(text, vend, end), True
        if unit_at_value is None or unit_at_value.start != vend \
                or unit_at_value.kind not in ("measure", "percent", "money"):
            return None
    # a figure printed with a thousands blank ("2 026 lao động") is never a year (R19b,
    # finding 3); its second end, read as it was printed, is not one either
    year = not any(c in m.group() for c in _GROUP_BLANK_CHARS) and guards.is_year(raw)
    if year and lx.YEAR_WORD_BEFORE_RE.search(
            text, max(start, vstart - windows.YEAR_WORD_LOOKBACK), vstart):
        return None  # "năm 2026 tỷ lệ …": a year, whatever follows
    value_max: float | None = None
    after = vend
    if j is not None and n2 is not None:
        v2 = parse_vi_number(n2.group().translate(_GROUP_BLANKS))
        joiner = j.group().strip(" %")
        spelled = not guards.is_year(n2.group()) and read_unit(text, n2.end(), end) is not None
        if v2 is not None and v2 > value and (joiner in ("-", "–", "—", "÷", "~")
                                              or _opened_range(text, start, vstart)
                                              or spelled):
            if year and guards.is_year(n2.group()):
                return None  # "2025 - 2030": a term, not a target
            value_max = v2
            after = n2.end()
    if value_max is None and year:
        if not unit_read:
            unit_at_value, unit_read = read_unit(text, vend, end), True
        if unit_at_value is None or unit_at_value.kind in ("time", "count"):
            return None
    unit = unit_at_value if unit_read and after == vend else read_unit(text, after, end)
    if (unit is None or unit.kind in ("count", "time")) \
            and guards.number_is_named(text, vstart, vend, start):
        return None  # "thôn 9", "số 8", "lần thứ 2" (but "nông thôn 90%" is a value)
    stated = None
    if guards.after_is_named(text, after, end, unit):
        stated = _STATED_UNIT_RE.match(text, after, end)
        if stated is None:
            return None
        # "Tuổi thọ trung bình đạt 74 tuổi", "bình quân đạt 13,5 tiêu chí/xã": a unit when
        # a connector states the value (checked on the chain below)
        per = "/" + lx.fold(stated.group(2)).casefold() if stated.group(2) else ""
        unit = Unit(stated.group(1).casefold() + per, "measure", stated.start(1), stated.end())
    q = Quantity(value=value, value_span=(vstart, vend), value_max=value_max, unit=unit)
    q.end = unit.end if unit else after
    _read_chain(text, start, q)
    if stated is not None and not _states_unit(text, start, q, stated.group(1),
                                               rate=bool(stated.group(2))):
        return None  # "trẻ em dưới 5 tuổi", "13 chỉ tiêu": a name, no value stated
    _read_after(text, end, q)
    if not _acceptable(text, start, end, q, in_targets):
        return None
    return q


def _states_unit(text: str, start: int, q: Quantity, word: str, *, rate: bool = False
                 ) -> bool:
    """Whether a word of ``UNITS_WHEN_STATED`` after the value is its unit, not part of a
    name: a connector states the value and the name before it holds the word — the unit
    restates what is measured ("Tuổi thọ trung bình đạt khoảng 74 tuổi", "Số tiêu chí bình
    quân đạt 15 tiêu chí/xã"); "trẻ em dưới 5 tuổi", "xã đạt 19 tiêu chí nông thôn mới",
    "không còn xã đạt dưới 15 tiêu chí" restate nothing.  The name is read back to the
    last ",;:" only (an earlier clause's "Bộ tiêu chí …, xã đạt 19 tiêu chí" names other
    things), and a compound of ``NOT_RESTATING`` ("cao tuổi") is not the word (review
    R19b, finding 4).  A ``rate`` ("bình quân đạt 11,5 tiêu chí/xã") is never a name's
    count: the word anywhere in the window before it will do ("tăng 23 tiêu chí, tính
    bình quân đạt …")."""
    if not _CONNECTOR_WORDS.intersection(q.comparator_words):
        return False
    lo = max(start, q.chain_start - windows.STATED_UNIT_LOOKBACK)
    hi = len(text[lo:q.chain_start].rstrip(" \t,")) + lo  # "Tuổi thọ …, đạt 75 tuổi"
    cut = None if rate else _NAME_CUT_RE.search(text, lo, hi)
    if cut is not None:
        lo = cut.end()
    pattern = _RESTATED_RES.get(word.casefold())
    if pattern is None:
        return False
    return any(m.group("word") is not None for m in pattern.finditer(text, lo, hi))


#: The last clause mark before a value's chain (not a decimal comma): the record's name
#: starts after it.
_NAME_CUT_RE = lazy_compile(r"(?:[;:]|,(?!\d))(?=(?:[^,;:]|,\d)*\Z)")
#: Per word of ``UNITS_WHEN_STATED``: the word (group ``word``), or a compound of
#: ``NOT_RESTATING`` that holds it (matched first, so the word inside is passed over).
_RESTATED_RES = {
    w.casefold(): lazy_compile(
        r"(?<!\p{L})(?:" + (lx.alternation(indicator_guards.NOT_RESTATING.get(w, ())) + "|"
                           if indicator_guards.NOT_RESTATING.get(w) else "")
        + r"(?P<word>" + lx.alternation((w,)) + r"))(?!\p{L})", lx.FLAGS)
    for w in indicator_guards.UNITS_WHEN_STATED
}


def _opened_range(text: str, start: int, vstart: int) -> bool:
    before = text[max(start, vstart - windows.OPENED_RANGE_LOOKBACK):vstart].casefold().rstrip()
    return any(before.endswith(o) for o in RANGE_OPENERS)


def _pair(text: str, a: Span, b: Span, start: int, end: int) -> Quantity | None:
    """"2,52%/5,49%", "512,7/498 tỷ đồng": what was achieved, then what was planned (a
    report's way of writing result and target together).  One quantity for the achieved
    value, its ``pair`` the planned one; both take the unit written after the second."""
    va, vb = parse_vi_number(text[a[0]:a[1]]), parse_vi_number(text[b[0]:b[1]])
    if va is None or vb is None:
        return None
    if guards.before_is_named(text, a[0], start):
        return None
    unit = read_unit(text, b[1], end) or read_counted_noun(text, b[1], end)
    if unit is None and text[a[1]:b[0]].strip().startswith("%"):
        unit = read_unit(text, a[1], b[0])
    if unit is None or guards.after_is_named(text, b[1], end, unit):
        return None
    qa = Quantity(value=va, value_span=a, unit=unit)
    qb = Quantity(value=vb, value_span=b, unit=unit)
    qa.end = qb.end = unit.end if unit.start >= b[1] else b[1]
    _read_chain(text, start, qa)
    qb.chain_start, qb.comparator, qb.comparator_words = qa.chain_start, qa.comparator, list(
        qa.comparator_words)
    qb.direction, qb.explicit = qa.direction, qa.explicit
    qa.pair = qb
    return qa


def _fraction(text: str, m: regex.Match[str], start: int, end: int, pairs: bool = False
              ) -> Quantity | None:
    num = parse_vi_number(m.group("fnum"))
    den = parse_vi_number(m.group("fden"))
    if num is None or den is None or den == 0:
        return None
    decimals = any(c in m.group("fnum") + m.group("fden") for c in ",") or (
        "." in m.group("fnum") and len(m.group("fnum").rsplit(".", 1)[1]) != 3)
    if num > den or decimals or pairs:
        # "24.020/24.000 người", "15,1/20 giường": achieved / planned, not a part of a total
        return _pair(text, m.span("fnum"), m.span("fden"), start, end)
    if guards.before_is_named(text, m.start(), start) or guards.looks_like_day_month(
            text, m.start(), start, num, den):
        return None
    unit = read_counted_noun(text, m.end(), end) or read_unit(text, m.end(), end)
    if unit is None or guards.after_is_named(text, m.end(), end, None):
        return None  # "13/13 chỉ tiêu": the document's own parts
    q = Quantity(value=num, value_span=(m.start("fnum"), m.end("fnum")), total=den, unit=unit)
    q.end = unit.end
    _read_chain(text, start, q)
    return q


def _words(text: str, m: regex.Match[str], start: int, end: int) -> Quantity | None:
    words = m.group("words").strip()
    value = parse_number_words(words)
    if value is None or value == 0:
        return None
    vstart = m.start("words")
    vend = vstart + len(words)
    if value == 1 and _PER_WORD_BEFORE_RE.search(
            text, max(start, vstart - windows.PER_WORD_LOOKBACK), vstart):
        return None  # "trên một đơn vị diện tích": the base of a rate
    unit = read_counted_noun(text, vend, end)
    if unit is None or unit.unit.casefold() not in _WORD_HEADS:
        return None
    if guards.after_is_named(text, vend, end, unit):
        return None
    q = Quantity(value=float(value), value_span=(vstart, vend), unit=unit)
    q.end = unit.end
    _read_chain(text, start, q)
    return q


def _tail(pattern: regex.Pattern[str], text: str, start: int, pos: int
          ) -> tuple[int, int, regex.Match[str]] | None:
    """``pattern`` (anchored at ``\\Z``) matched at the end of ``text[start:pos]``; returns
    the absolute start and end of the match."""
    lo = max(start, pos - _CHAIN_WINDOW)
    m = pattern.search(text[lo:pos])
    if m is None:
        return None
    return lo + m.start(), lo + m.end(), m


_CHAIN_WINDOW = 48
_TRO_RE = lazy_compile(r"(?<![\p{L}])trở\s*\Z", regex.IGNORECASE | regex.REVERSE)
_FILLERS = frozenset(f.casefold() for f in FILLERS)


def _read_chain(text: str, start: int, q: Quantity) -> None:
    """Read the comparator/connector/direction words before the value, right to left."""
    pos = q.value_span[0]
    words: list[str] = []
    while pos > start:
        y = _tail(lx.YEAR_TAIL_RE, text, start, pos)
        if y is not None:
            q.year = q.year or int(y[2].group(1))
            pos = y[0]
            continue
        t = _tail(lx.CHAIN_TAIL_RE, text, start, pos)
        if t is None:
            break
        w_start, _, m = t
        phrase = lx.fold(m.group().strip()).casefold()
        if phrase in lx.DIRECTION_VERBS:
            # "Tốc độ tăng …", "Tỷ lệ tăng thu …": the verb is part of the name
            if _tail(lx.NAME_BEFORE_VERB_RE, text, start, w_start) is not None:
                break
            if phrase in lx.GRADE_WORDS \
                    and _tail(lx.GRADED_STANDARD_RE, text, start, w_start) is not None:
                break  # "đạt chuẩn nông thôn mới nâng cao": a grade of the standard
            if lx.NAME_AFTER_VERB_RE.match(text, w_start + len(m.group().strip()),
                                           q.value_span[0]):
                break
        if phrase in ("lên", "xuống") and _tail(_TRO_RE, text, start, w_start) is not None:
            break  # "con thứ 3 trở lên": a bound inside the name, not a connector
        if phrase in _FILLERS and phrase not in lx.DIRECTION_VERBS \
                and phrase not in lx.BEFORE_VALUE:
            # "bình quân" belongs to the chain only after a direction verb ("tăng bình quân")
            v = _tail(lx.CHAIN_TAIL_RE, text, start, w_start)
            if v is None or lx.fold(v[2].group().strip()).casefold() \
                    not in lx.DIRECTION_VERBS:
                break
        words.append(phrase)
        pos = w_start
    q.chain_start = pos
    q.comparator_words = words
    comps: set[str] = set()
    for w in words:
        if w in lx.BY_AMOUNT:
            q.by_amount = True
            comps.add("=")
            continue
        if w in lx.DIRECTION_VERBS and q.direction is None:
            q.direction = lx.DIRECTION_VERBS[w]
        for piece in (w, *_split_compound(w)):
            if piece in lx.BEFORE_VALUE:
                comps.add(lx.BEFORE_VALUE[piece])
                break
    q.explicit = bool(comps) or q.direction is not None
    q.comparator = _choose(comps)


def _split_compound(phrase: str) -> tuple[str, ...]:
    """'tăng từ' → ('từ',); 'đạt trên' → ('trên',)."""
    parts = phrase.split(" ", 1)
    return (parts[1],) if len(parts) == 2 else ()


def _choose(comps: set[str]) -> str:
    for c in PRIORITY:
        if c in comps and c != "=":
            return c
    return "="


_LATE_AFTER_RE = lazy_compile(
    r"((?:\s+[\p{L}]+){1,4}?)\s+(" + lx.alternation(comparator_words.LATE_BOUNDS) + r")"
    + lx.WB_AFTER + r"\s*[.;,:]?\s*(?:\)|$|\n|;)",
    lx.FLAGS,
)


def late_bound_start(text: str, q: Quantity, end: int) -> int | None:
    """Where a bound written after a short tail starts ("2 Phường văn hoá trở lên :" →
    the "trở lên"), when the value has one; the bound is no part of the name."""
    late = _LATE_AFTER_RE.match(text, q.end, end)
    return late.start(2) if late is not None else None


_BOUND_WORD_RE = lazy_compile(lx.word_alternation(comparator_words.LATE_BOUNDS), lx.FLAGS)
_FRAME_WORD_RE = lazy_compile(lx.word_alternation(comparator_words.FRAME_OPENERS), lx.FLAGS)
_LEVEL_HEAD_RE = lazy_compile(
    r"(?<!" + lx.word_alternation(comparator_words.PLURALS_BEFORE_LEVEL) + r"\s+)"
    + lx.word_alternation(comparator_words.LEVEL_HEADS), lx.FLAGS)


def bound_in_name(text: str, q: Quantity, s: int, e: int) -> Span | None:
    """Where the bound of ``q`` ("trở lên", "trở xuống") stands inside a name written after
    the value, ``text[s:e]`` ("từ 2 doanh nghiệp trở lên", "từ 80% chi bộ hoàn thành tốt
    nhiệm vụ trở lên, không có …"): its span, else ``None``.  Only for a value bounded that way, and
    only when the bound is the value's (read with it, or closing the frame its "từ" opens)
    and no other figure or frame stands before it: "ít nhất 90% người từ 60 tuổi trở lên
    …", "ít nhất 90% giáo viên đạt trình độ từ cao đẳng trở lên" keep the bound of what
    is counted in the name, and so does a level ("… giáo viên đạt trình độ cao đẳng trở
    lên", "… được xếp loại khá trở lên"), not "kinds" of a thing ("… nuôi các loại gia súc
    trở lên")."""
    if q.comparator not in (">=", "<="):
        return None
    m = _BOUND_WORD_RE.search(text, s, e)
    if m is None or _DIGIT_RE.search(text, s, m.start()) is not None:
        return None
    if m.end() > q.end and (
            not any(w in comparator_words.FRAME_OPENERS for w in q.comparator_words)
            or _FRAME_WORD_RE.search(text, s, m.start()) is not None):
        return None
    if comparator_words.AFTER_VALUE.get(lx.fold(m.group()).casefold()) != q.comparator:
        return None
    if _LEVEL_HEAD_RE.search(text, q.end, m.start()) is not None:
        return None
    return m.span()


#: "giảm từ 6% trở lên/năm": the rate's "a year" written after the bound (any other "/xã"
#: is a denominator of the name, not of the rate).
PER_YEAR_AFTER_RE = lazy_compile(r"[ \t]*/[ \t]*" + units_vocabulary.PER_YEAR_WORD + lx.WB_AFTER,
                                  lx.FLAGS)


def _read_after(text: str, end: int, q: Quantity) -> None:
    m = lx.AFTER_VALUE_RE.match(text, q.end, end)
    if m:
        c = lx.AFTER_VALUE[lx.fold(m.group(1)).casefold()]
        q.comparator = c
        q.explicit = True
        q.end = m.end()
        per = PER_YEAR_AFTER_RE.match(text, q.end, end)
        if per is not None and q.unit is not None and q.unit.kind == "percent" \
                and "/" not in q.unit.unit:
            unit = f"{q.unit.unit}/{units_vocabulary.PER_YEAR_WORD}"
            q.unit = replace(q.unit, unit=unit, base=unit)
            q.end = per.end()
    else:
        # "đạt 95% kế hoạch vốn trở lên": a short tail between the value and the bound
        late = _LATE_AFTER_RE.match(text, q.end, end)
        if late is not None and q.comparator == "=":
            q.comparator = lx.AFTER_VALUE[lx.fold(late.group(2)).casefold()]
            q.explicit = True
    if q.value_max is not None:
        q.comparator = "range"


_SCHEDULE_NOUNS = frozenset(units_vocabulary.SCHEDULE_NOUNS)
_FREQUENCY_DENOMINATORS = frozenset(units_vocabulary.FREQUENCY_DENOMINATORS)


def _bare_schedule(q: Quantity) -> bool:
    """"01 buổi/ngày" with no comparator or connector: the frequency of a timetable."""
    unit = q.unit
    if unit is None or q.explicit or q.comparator_words or "/" not in unit.unit:
        return False
    head, per = unit.unit.casefold().rsplit("/", 1)
    return head.strip() in _SCHEDULE_NOUNS and per.strip() in _FREQUENCY_DENOMINATORS


def _acceptable(text: str, start: int, end: int, q: Quantity, in_targets: bool) -> bool:
    """Is this number a target's value (and not a duration, a bare count, a rate's base)?"""
    unit = q.unit
    if unit is None:
        # a bare number: a target only when a comparator or connector introduces it
        if not q.explicit:
            return False
        return not guards.looks_like_code(text, q.value_span)
    if unit.kind == "time":
        if unit.unit == "lần" and q.direction is not None:
            return True  # "tăng 2 lần"
        if unit.unit == "lần" and lx.MULTIPLE_BEFORE_RE.search(
                text, max(start, q.chain_start - windows.LAST_WORD_LOOKBACK), q.value_span[0]):
            return True  # "gấp 30 lần GRDP": a multiple
        return q.by_amount or (q.comparator in (">", ">=", "<", "<=") and bool(
            q.comparator_words) and not guards.is_anniversary(text, q.value_span[1], end))
    if guards.is_per_phrase(text, start, q):
        return False
    if _bare_schedule(q):
        return False  # "Chương trình 37 tuần, học 01 buổi/ngày": a timetable
    if unit.kind == "count" and not q.explicit and not in_targets:
        # "trâu 500 con" (a name right before it) or "phấn đấu có 08 trường" (a verb that
        # commits to it) are targets; ", 1 trung đội cơ động" is not
        before = _LAST_WORD_RE.search(
            text, max(start, q.value_span[0] - windows.LAST_WORD_LOOKBACK), q.value_span[0])
        if before is None and q.value_max is not None:
            return True  # "; 10-15 hợp tác xã thành lập mới": a range opening it, a span to reach
        if before is not None and before.group(1).casefold() not in _NOT_NAME_WORDS:
            return True
        return _CUE_RE.search(text, start, q.value_span[0]) is not None
    return True
