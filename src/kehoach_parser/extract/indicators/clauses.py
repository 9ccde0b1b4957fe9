"""One item (a labelled line, a bullet, an inline "(n)" item) cut into target clauses.

An item holds one target or several, separated by ";", by sentence ends, or by commas
between two values ("Tuyển sinh đúng độ tuổi 100%, BHYT học sinh 100%").  A comma before a
verb that opens a new clause ("…, tiến tới bảo hiểm y tế toàn dân đạt trên 93%") and words
such as "để" also start a clause.  Parenthesised targets ("(còn 2,42%)", "(trong đó …)", a
bracketed list) are read as sub-items of the clause before them.  A clause "G: name value"
names the group of the targets that follow it in the item; "trong đó" opens a sub-part of
the previous target.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import pairwise

import regex

from kehoach_parser.extract import windows
from kehoach_parser.extract.indicators import guards
from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.extract.indicators.names import (
    NUMBERED_LABEL_RE,
    NameInfo,
    clause_baseline,
    clause_period_end,
    clause_year,
    counted_name_end,
    generic_group,
    is_value_first,
    name_after,
    name_after_string,
    name_string,
    read_name,
    split_group,
    strip_leading,
    strip_trailing,
    trim,
)
from kehoach_parser.extract.indicators.siblings import shared_head
from kehoach_parser.extract.indicators.values import (
    Quantity,
    find_quantities,
    may_hold_quantities,
)
from kehoach_parser.lang.vi import indicator_words
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lazy_pattern import lazy_compile

Span = tuple[int, int]

#: (an ellipsis, "…" or "...", before a capital ends a sentence too: "… tham gia BHYT… Đến
#: năm 2025: …")
_SENTENCE_END_RE = lazy_compile(r"(?<=[\p{L}\p{N}%)”\"])(?:\.{1,3}|…)\s+"
                                r"(?=[\p{Lu}(“\"]|\d{1,2}\.\s+\p{Lu})|[;\n]")
_ENUM_ONLY_RE = lazy_compile(r"\(\s*(?:\d{1,3}|[a-zđ]|%[^)]{0,8}|[ivx]{1,4})\s*\)")
_BRACKET_RE = lazy_compile(r"[()]")


@dataclass(slots=True)
class Draft:
    """A target found in an item, before it becomes an :class:`Indicator`."""

    name: str | None
    name_span: Span | None
    span: Span
    q: Quantity | None
    group: str | None = None
    direction: str | None = None
    year: int | None = None
    baseline_year: int | None = None
    label: str | None = None
    category: str | None = None  # when the record itself tells it (a table's group row)
    #: status cues the extractor saw ("past_sentence", "achieved", "earlier_year",
    #: "result_section", "means_section", "means_name", "paren_results", "table_result" …);
    #: :mod:`.status` decides from them (and more) whether the figure is a target
    cues: set[str] = field(default_factory=set)
    status: str | None = None  # "target", "result" or "none", set by :mod:`.status`
    confidence: float | None = None  # the model's probability of ``status``
    #: the figure whose name this one took ("… đạt 6.605 tỷ đồng, tăng 6,57%": the rise of
    #: the same measure), whose status it shares
    head: Draft | None = None


@dataclass(slots=True)
class ItemContext:
    """What an item inherits from its parent line."""

    label: str | None = None
    group: str | None = None
    parent: Draft | None = None
    blocked: list[Span] = field(default_factory=list)
    in_targets: bool = False  # the item sits in a section of targets
    plan_year: int | None = None  # the year the plan is for; earlier years report results
    name_hint: Span | None = None  # the lead-in line above, for values that name nothing
    pairs: bool = False  # the document writes "achieved/planned" pairs ("75%/85%")
    depth: int = 0  # how many "( … )" this item sits inside


#: A bracket, and a bracket inside it, are read ("… (trong đó … (còn 2,42%))"); anything
#: deeper is not (issue 13: hundreds of unclosed "(" made the reading recursive and
#: quadratic; each level read re-reads the item, so the bound also sets the cost).
MAX_PAREN_DEPTH = 2


def paren_spans(text: str, s: int, e: int) -> list[Span]:
    """Top-level "( … )" spans inside ``text[s:e]`` that hold a digit (targets of their own).

    Enumeration labels "(1)" and unit hints "(%)" are not included.
    """
    out: list[Span] = []
    if text.find("(", s, e) == -1:
        return out
    depth = 0
    open_at = -1
    for m in _BRACKET_RE.finditer(text, s, e):  # only the brackets are read
        i = m.start()
        if text[i] == "(":
            if depth == 0:
                open_at = i
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                span = (open_at, i + 1)
                inner = text[open_at:i + 1]
                if any(map(str.isdigit, inner)) and not _ENUM_ONLY_RE.fullmatch(inner):
                    out.append(span)
    if depth > 0 and open_at >= 0:
        # an unclosed bracket running to the end of the item
        inner = text[open_at:e]
        if any(map(str.isdigit, inner)):
            out.append((open_at, e))
    return out


_INLINE_DASH_RE = lazy_compile(r"\s+[-–+]\s+(?=\p{Lu})")
_DIGIT_RE = lazy_compile(r"\d")


#: Every match of ``_SENTENCE_END_RE`` takes one of these; every match of
#: ``_SENTENCE_START_RE`` follows one of ``_SENTENCE_START_MARKS`` (issue 15: both patterns
#: open with a look-behind, so the engine tries them at every character of an item).
_SENTENCE_END_MARKS = ".…;\n"
_SENTENCE_START_MARKS = ".!?…"


def _holds_any(text: str, s: int, e: int, chars: str) -> bool:
    """Whether ``text[s:e]`` holds one of ``chars``."""
    return any(text.find(c, s, e) != -1 for c in chars)


def _segments(text: str, s: int, e: int, holes: list[Span]) -> list[Span]:
    """Split at ";", sentence ends, line ends, and " - " before a capital that follows a
    value (a list written on one line: "… giảm 2% (còn 5%) - Xây dựng …"), outside
    ``holes``."""
    out: list[Span] = []
    start = s
    cuts = [(m.start(), m.end()) for m in _SENTENCE_END_RE.finditer(text, s, e)] \
        if _holds_any(text, s, e, _SENTENCE_END_MARKS) else []
    if text.find(" - ", s, e) != -1 or text.find(" – ", s, e) != -1 \
            or text.find(" + ", s, e) != -1:
        cuts.extend((m.start(), m.end()) for m in _INLINE_DASH_RE.finditer(text, s, e))
        cuts.sort()
    for c0, c1 in cuts:
        if c0 < start or (holes and any(h0 <= c0 < h1 for h0, h1 in holes)):
            continue
        if text[c0:c1].strip() in ("-", "–", "+") and not _DIGIT_RE.search(text, start, c0):
            continue  # "Công nghiệp - Xây dựng": no value before, a name
        out.append((start, c0))
        start = c1
    out.append((start, e))
    return [seg for seg in out if seg[1] > seg[0]]


_SENTENCE_START_RE = lazy_compile(r"(?<=[.!?…])\s+(?=[\p{Lu}“\"(])")


def past_sentences(text: str, s: int, e: int, plan_year: int | None,
                   sentences: list[Span] | None = None) -> list[Span]:
    """Sentences that report results: "Năm 2025, tốc độ tăng trưởng đạt 9,8%; …"."""
    out: list[Span] = []
    for a, b in (sentences if sentences is not None else _sentences(text, s, e)):
        if out and out[-1][1] == a and lx.SUBPART_RE.match(text, a, b):
            out.append((a, b))  # "…. Trong đó thu ngân sách đạt …": the same review goes on
            continue
        m = lx.PAST_SENTENCE_RE.match(text, a, b)
        if m is None:
            continue
        if m.group(1) is not None and (plan_year is None or int(m.group(1)) >= plan_year):
            continue
        out.append((a, b))
    return out


_DIGIT_AT_RE = lazy_compile(r"\d")


def _committed_before(text: str, seg_s: int, seg_e: int, sentences: list[Span]) -> bool:
    """The segment's sentence commits, before the segment's first figure, to what follows:
    a verb of striving ("Phấn đấu năm 2026 đạt 34 giường bệnh/vạn dân; 9 bác sĩ/vạn dân;
    135 trạm y tế có bác sĩ") or the end of the term as the time to reach it ("Đến cuối
    nhiệm kỳ có 72 xã …; có 6 huyện …").  A bare count there is a target without a verb
    of its own, as in a section of targets."""
    digit = _DIGIT_AT_RE.search(text, seg_s, seg_e)
    if digit is None:
        return False
    for a, b in sentences:
        if a <= seg_s < b:
            return lx.SUBJECT_STRIVING_RE.search(text, a, digit.start()) is not None \
                or lx.TERM_END_RE.search(text, a, digit.start()) is not None
    return False


def _carried_counts(text: str, seg_s: int, seg_e: int, blocked: list[Span],
                    qs: list[Quantity], pairs: bool) -> list[Quantity]:
    """``qs`` read under a commitment carried from earlier in the sentence, without the
    bare counts that only the commitment let in and that a later figure of the clause
    follows: such a count is the subject of that figure ("…; trong đó, 7 huyện nghèo giảm
    từ 6% trở lên/năm"), not a target."""
    own = {q.value_span for q in find_quantities(text, seg_s, seg_e, blocked=blocked,
                                                 pairs=pairs)}
    return [q for i, q in enumerate(qs) if q.value_span in own or i == len(qs) - 1]


def _sentences(text: str, s: int, e: int) -> list[Span]:
    starts = [s]
    if _holds_any(text, max(s - 1, 0), e, _SENTENCE_START_MARKS):
        starts.extend(m.end() for m in _SENTENCE_START_RE.finditer(text, s, e))
    return list(zip(starts, [*starts[1:], e], strict=True))


def announced_year(text: str, s: int, e: int, plan_year: int | None) -> int | None:
    """The year a paragraph without a figure gives the targets of the next one, when its last
    sentence names the year and announces them ("Năm 2026, xã đề ra 23 chỉ tiêu." over
    "Trong đó, …", project decision 29); ``None`` for a review ("hoàn thành 25/25 chỉ
    tiêu", an earlier year)."""
    last = _sentences(text, s, e)[-1]
    if past_sentences(text, *last, plan_year, [last]) or not _announces(text, *last):
        return None
    return lead_in_year(text, *last)


def lead_years(text: str, s: int, e: int, sentences: list[Span] | None = None
               ) -> list[tuple[int, int, int]]:
    """Sentences that open with a year phrase ("Năm 2026, phấn đấu …"): (start, end, year)."""
    out: list[tuple[int, int, int]] = []
    for a, b in (sentences if sentences is not None else _sentences(text, s, e)):
        m = lx.LEAD_YEAR_RE.match(text, a, b)
        if m is not None:
            out.append((a, b, int(m.group(1))))
    return out


_YEAR_HINT_RE = lazy_compile(r"(?:19|20)\d\d")
_CITED_BEFORE_RE = lazy_compile(r"\d+/[\w/.\-]*\p{Lu}[\w/.\-]*\s*\Z")
_LEAD_OPEN_RE = lazy_compile(r"[\s\W\d]*\Z")
_LEAD_CLOSE_RE = lazy_compile(r"\s*[,:]")
_STRIVE_AFTER_RE = lazy_compile(r"\s*" + lx.alternation(indicator_words.SUBJECT_STRIVING)
                                 + r"(?!\w)", regex.IGNORECASE)
_STRIVE_BEFORE_RE = lazy_compile(lx.alternation(indicator_words.STRIVE_LEADS) + r"\s*\Z",
                                  regex.IGNORECASE)


def lead_in_year(text: str, s: int, e: int) -> int | None:
    """The year a lead-in ``text[s:e]`` names for what follows it, or ``None``.

    "đến/tới/cuối/trong năm 2025" anywhere in it; a bare "năm 2026" or a span ("giai đoạn
    2021-2025", its end year) only where it heads the sentence, closes with "," or ":",
    follows "phấn đấu", or the lead-in ends a list opener (":"); a baseline ("so với năm
    2015") never.  The last one wins.  Else, in a lead-in that announces targets ("16 chỉ
    tiêu", "các mục tiêu", "đặt ra mục tiêu", "chỉ tiêu năm 2024"), the last year it names."""
    if not _YEAR_HINT_RE.search(text, s, e):
        return None
    baselines = [b.span(1) for b in lx.BASELINE_RE.finditer(text, s, e)]
    opener = text.find(":", s, e) != -1
    announces = lx.TARGETS_ANNOUNCED_RE.search(text, s, e) is not None
    year: int | None = None
    named: int | None = None  # a year the lead-in only names beside the targets it announces
    for m in lx.LEAD_IN_YEAR_RE.finditer(text, s, e):
        if any(b0 <= m.start() < b1 or b0 < m.end() <= b1 for b0, b1 in baselines):
            continue
        if _CITED_BEFORE_RE.search(text[max(s, m.start() - windows.CITED_YEAR_LOOKBACK):m.start()]):
            continue  # "Nghị quyết số 71/NQ-CP năm 2025": the year of a cited document
        if m.group(2):
            year = int(m.group(3))
            continue
        if m.group(1) is None and names_plan(text, s, m.start()):
            continue  # "… của Kế hoạch phát triển kinh tế - xã hội năm 2026 …" (decision 36;
            # a span, "… Nghị quyết … giai đoạn 2015-2020", is often the time of the work)
        heads = _LEAD_OPEN_RE.match(text[s:m.start()]) is not None
        closes = _LEAD_CLOSE_RE.match(text, m.end(), e) is not None \
            or _STRIVE_AFTER_RE.match(text, m.end(), e) is not None
        striving = _STRIVE_BEFORE_RE.search(
            text[max(s, m.start() - windows.STRIVE_LOOKBACK):m.start()]) is not None
        if heads or closes or striving or opener:
            year = int(m.group(1) or m.group(3))
        elif announces:
            named = int(m.group(1) or m.group(3))  # "… thông qua 16 chỉ tiêu nhiệm kỳ
            # 2020-2025.", "… năm 2011 đặt ra mục tiêu …" (decision 29)
    return year if year is not None else named


def names_plan(text: str, s: int, at: int) -> bool:
    """The year at ``at`` ends the name of a cited plan or programme that starts after ``s``
    ("… của Kế hoạch phát triển kinh tế - xã hội năm 2026", "Đề án bảo vệ rừng năm 2027 đặt
    ra …"): a capitalised kind of document, then the words of its name, with no verb that
    sets targets ("đề ra") nor targets it counts ("… đề ra 13 chỉ tiêu năm 2026") between
    (project decision 36: such a year names the plan, not the time of the targets)."""
    m = lx.PLAN_NAME_BEFORE_RE.search(text, s, at)
    if m is None:
        return False
    return lx.ANNOUNCING_VERB_RE.search(text, *m.span(1)) is None \
        and lx.TARGET_LIST_RE.search(text, *m.span(1)) is None


def _sentence_years(text: str, sentences: list[Span], drafts: list[Draft],
                    past: list[Span]) -> None:
    """A year in the lead-in of a sentence ("Hải Dương phấn đấu đến năm 2025 có …; …;
    …") is the year of every record of the sentence that names none.

    The year also goes on past the sentence (project decision 1, a lead-in over what
    follows): to a sentence that continues it ("… năm 2023 phấn đấu … . Trong đó, …"), and,
    from a sentence without a figure that counts the targets it announces ("Năm 2025, huyện
    đề ra 29 chỉ tiêu … . Cụ thể, …"), to the rest of the paragraph — unless that sentence
    reports ("… hoàn thành vượt mức 25/25 chỉ tiêu đề ra", an earlier year)."""
    if not drafts:
        return
    carried: int | None = None  # from a sentence announcing the targets after it
    previous: int | None = None  # the year of the sentence before
    for a, b in sentences:
        inside = [d for d in drafts if a <= (d.q.value_span[0] if d.q else d.span[0]) < b]
        if not inside:
            year = lead_in_year(text, a, b)
            if year is not None and (a, b) not in past and _announces(text, a, b):
                carried = year
            previous = year
            continue
        first = min((d.q.chain_start if d.q else d.span[0]) for d in inside)
        year = lead_in_year(text, a, first)
        if year is None:
            year = _chain_lead_year(text, a, inside)
        if year is None and lx.SENTENCE_CONTINUER_RE.match(text, a, first):
            year = previous
        previous = year
        if year is not None and (a, b) not in past and _opens_list(text, a, inside):
            carried = year  # "… đề ra một số chỉ tiêu như: 100% …. Trên 70% …"
        if year is None:
            year = carried
        if year is None:
            continue
        for d in inside:
            if d.year is None:
                d.year = year


def _opens_list(text: str, a: int, inside: list[Draft]) -> bool:
    """The sentence from ``a`` announces targets and opens their list with ":" before its
    first figure ("Nhiệm kỳ 2023-2028, hội đề ra một số chỉ tiêu như: 100% …"): the list
    runs on past the sentence's end, to the end of its paragraph (decisions 29, 38)."""
    value = min(d.q.value_span[0] if d.q else d.span[0] for d in inside)
    colon = text.rfind(":", a, value)
    return colon != -1 and _announces(text, a, colon)


def _announces(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` announces a list of targets ("Năm 2025, huyện đề ra 29 chỉ tiêu", "các
    mục tiêu, nhiệm vụ … năm 2026") or counts the tasks it sets ("đề ra 5 nhiệm vụ trọng
    tâm", "3 nhóm chỉ tiêu"), not a review of them ("hoàn thành vượt mức 25/25 chỉ
    tiêu")."""
    return (lx.TARGET_LIST_RE.search(text, a, b) is not None
            or lx.COUNTED_TARGETS_RE.search(text, a, b) is not None) \
        and not lx.COUNT_OF_TOTAL_RE.search(text, a, b) \
        and not guards.clause_reports(text[a:b])


def _chain_lead_year(text: str, a: int, inside: list[Draft]) -> int | None:
    """The year of a lead-in that the first value read as its own ("Đến năm 2025: 100% …;
    60% …": the value's chain starts at the sentence's head and holds the year).  Only a
    chain that heads the sentence: a year after a name ("Tỷ lệ … đến năm 2025 đạt 50%") is
    that target's own."""
    head = min(inside, key=lambda d: d.q.chain_start if d.q else d.span[0])
    q = head.q
    if q is None or q.year is None or _LEAD_OPEN_RE.match(text[a:q.chain_start]) is None:
        return None
    return lead_in_year(text, q.chain_start, q.value_span[0])


def _group_years(drafts: list[Draft]) -> None:
    """The parts of a target ("… năm 2020 = 983 hộ. Trong đó: Nông nghiệp = 100 hộ, lâm
    nghiệp = 28 hộ") take its year."""
    years = {d.name: d.year for d in drafts if d.name and d.year is not None}
    if not years:
        return
    for d in drafts:
        if d.year is None and d.group is not None and d.group in years:
            d.year = years[d.group]


def _clause_start(text: str, lo: int, q: Quantity) -> int:
    """Move a clause start past commas/verbs that open a new clause before ``q``."""
    start = lo
    if lx.may_hold(text, lo, q.value_span[0], lx.OPENER_AFTER_COMMA_WORDS):
        for m in lx.OPENER_AFTER_COMMA_RE.finditer(text, lo, q.value_span[0]):
            if m.end() <= q.chain_start:
                start = m.end()
    # "X, 100% Y": a comma right before the value makes the clause value first
    before = text[start:q.chain_start].rstrip()
    if before.endswith(","):
        start = q.chain_start
    return start


def _holds_next(text: str, start: int, prev: Quantity, nxt: Quantity) -> bool:
    """A value-first share ("70% phụ nữ … được tầm soát") or count ("60 doanh nghiệp … có
    doanh thu … đạt 20 triệu USD/năm") whose name runs on into the next value, with no
    separator between them."""
    if prev.unit is None or prev.unit.kind not in ("percent", "count"):
        return False
    if start < prev.chain_start and not is_value_first(text, start, prev.chain_start):
        return False
    between = text[prev.end:nxt.chain_start]
    # a bare frequency ("… nhóm, lớp mầm non được học 2 buổi/ngày") is part of the name even
    # past a comma that lists what is counted
    stops = ";:()" if _bare_frequency(nxt) else ",;:()"
    if len(between.split()) < 2 or any(c in between for c in stops):
        return False
    # a count runs on only through a clause that qualifies what it counts ("… có doanh
    # thu …"), not one that adds a measure of its own ("30 dự án với tổng vốn …")
    return prev.unit.kind == "percent" or lx.COUNT_QUALIFIER_RE.search(between) is not None


def _bare_frequency(q: Quantity) -> bool:
    """"2 buổi/ngày" with no comparator or connector: a frequency, not a level to reach."""
    if q.explicit or q.comparator_words or q.unit is None or "/" not in q.unit.unit:
        return False
    return q.unit.unit.rsplit("/", 1)[1].casefold() in lx.FREQUENCY_DENOMINATORS


def _boundary(text: str, prev: Quantity, nxt: Quantity, holes: list[Span]) -> Span:
    """Where the clause of ``prev`` ends and the clause of ``nxt`` starts."""
    lo, hi = prev.end, nxt.chain_start
    joiner = lx.LIST_JOINER_END_RE.search(text, lo, hi)
    if joiner is not None:
        return joiner.start(), joiner.end()  # "… đồng bằng và 60% thôn …"
    commas: list[int] = []
    i = text.find(",", lo, hi)
    while i != -1:
        if not any(h0 <= i < h1 for h0, h1 in holes):
            commas.append(i)
        i = text.find(",", i + 1, hi)
    if commas:
        pre_last = text[commas[-1] + 1:hi]
        if is_value_first(text, commas[-1] + 1, hi) or not pre_last.strip():
            c = commas[-1]
        else:
            c = commas[0]
        return c, c + 1
    m = lx.LIST_JOINER_RE.search(text, lo, hi)
    if m is not None:
        return m.start(), m.end()
    return lo, lo


def extract_item(text: str, s: int, e: int, ictx: ItemContext) -> list[Draft]:
    """All targets of the item ``text[s:e]`` (the label already cut off)."""
    if not may_hold_quantities(text, s, e):
        return []  # every target and sub-item holds a quantity; none can be found here
    holes = paren_spans(text, s, e)
    sentences = _sentences(text, s, e)
    past = past_sentences(text, s, e, ictx.plan_year, sentences)
    leads = lead_years(text, s, e, sentences)
    drafts: list[Draft] = []
    colon_group: str | None = None
    group_at = s  # where the colon group was named
    piece_end: int | None = None  # the end of the piece that named it
    breaks = _group_breaks(text, s, e, sentences)
    segments = _segments(text, s, e, holes)  # read again for the brackets below
    for seg_s, seg_e in segments:
        if colon_group is not None and any(group_at < b <= seg_s for b in breaks):
            colon_group = None  # a new sentence or numbered item ends the group's list
        if colon_group is not None and piece_end is not None \
                and _comma_list(drafts, colon_group, group_at, piece_end):
            # "… cơ cấu kinh tế là: nông nghiệp chiếm 42%, dịch vụ chiếm 46%; tổng vốn …":
            # parts listed with commas end at the ";"
            colon_group = None
        piece_end = None
        committed = not ictx.in_targets and _committed_before(text, seg_s, seg_e, sentences)
        qs = find_quantities(text, seg_s, seg_e, blocked=holes + ictx.blocked,
                             in_targets=ictx.in_targets or committed, pairs=ictx.pairs)
        if committed and len(qs) > 1:
            qs = _carried_counts(text, seg_s, seg_e, holes + ictx.blocked, qs, ictx.pairs)
        if not qs or guards.clause_cites(text[seg_s:seg_e]):
            continue
        achieved = guards.clause_reports(text[seg_s:seg_e])
        seg_first = len(drafts)
        starts: list[int] = []
        ends: list[int] = []
        lo = seg_s
        nested: set[int] = set()  # clauses that hold the next value inside their name
        in_name: set[int] = set()  # values that only describe the name holding them
        for i, q in enumerate(qs):
            if i > 0:
                prev = qs[i - 1]
                b0, b1 = _boundary(text, prev, q, holes)
                if (b0 == b1 == prev.end or _bare_frequency(q)) \
                        and _holds_next(text, starts[-1], prev, q):
                    # "70% phụ nữ mang thai được tầm soát ít nhất 4 loại bệnh …": the share's
                    # name runs on past the count inside it, a record of its own (decision
                    # 20, value first)
                    nested.add(i - 1)
                    ends.append(seg_e)
                    starts.append(q.chain_start)
                    if _bare_frequency(q):
                        in_name.add(i)  # "… được học 2 buổi/ngày": part of the name
                    continue
                ends.append(b0)
                lo = b1
            starts.append(_clause_start(text, lo, q))
        ends.append(seg_e)
        if nested:
            ends = [seg_e if i in nested else e for i, e in enumerate(ends[:len(qs)])]
        for k, (q, c_s, c_e) in enumerate(zip(qs, starts, ends, strict=True)):
            if k in in_name:
                continue
            d = _draft(text, (c_s, c_e), q, ictx, drafts, colon_group, holes)
            if d is None:
                continue
            if achieved:
                d.cues.add("achieved")
            if lx.ELIGIBILITY_RE.search(text, q.end,
                                        min(seg_e, q.end + windows.ELIGIBILITY_LOOKAHEAD)):
                d.cues.add("eligibility")  # "đạt từ 95 điểm trở lên được đề nghị tặng …"
            elif lx.VOTE_THRESHOLD_RE.search(
                    text, c_s, min(seg_e, q.end + windows.ELIGIBILITY_LOOKAHEAD)):
                d.cues.add("eligibility")  # "phải đạt trên 50% số phiếu tín nhiệm"
            elif lx.CONDITION_BEFORE_RE.search(
                    text, max(seg_s, q.chain_start - windows.ELIGIBILITY_LOOKAHEAD),
                    q.chain_start) \
                    and lx.CONDITION_COLON_RE.match(
                        text, q.end, min(seg_e, q.end + windows.ELIGIBILITY_LOOKAHEAD)):
                d.cues.add("eligibility")  # "Đối với thôn có dưới 100 cử tri: …"
            if any(a <= q.value_span[0] < b for a, b in past):
                d.cues.add("past_sentence")
            if d.year is None:
                d.year = next((y for a, b, y in leads if a <= c_s < b), None)
            if d.name is None and drafts:
                # "…: 120 tỷ đồng, tăng 10% so với dự toán": the same target again
                before = drafts[-1]
                d.name, d.name_span, d.group = before.name, before.name_span, before.group
                d.cues |= before.cues & _INHERITED_CUES
                # the change of "53,5/52 ha, tăng 2,9%" is that of the achieved figure
                d.head = drafts[-2] if "pair_plan" in before.cues and len(drafts) > 1 \
                    else before
            elif d.name is None and c_s > seg_s:
                # "Thu ngân sách đạt và vượt dự toán, phấn đấu vượt 10%": named before
                d.name_span = _name_before(text, seg_s, c_s)
                d.name = name_string(text, d.name_span) if d.name_span else None
            if d.group is not None and d.group != ictx.group and _is_colon_group(d):
                colon_group, group_at, piece_end = d.group, c_s, seg_e
            drafts.append(d)
            if q.start_value is not None and q.start_value.value is not None:
                # "giảm từ 3,12% xuống còn 2,5%": 2,5% is the target, 3,12% a reported
                # figure (project decision 2)
                sv = q.start_value
                start = replace(sv, chain_start=sv.value_span[0], comparator="=",
                                comparator_words=[], start_value=None)
                drafts.append(replace(d, q=start, direction=None,
                                      cues=d.cues | {"trajectory_start"}))
            if q.pair is not None:
                # "2,52%/5,49%": the achieved value, then the planned one, same target
                d.cues.add("pair_actual")
                twin = replace(d, q=q.pair, cues=(d.cues - {"pair_actual"}) | {"pair_plan"})
                drafts.append(twin)
        _names_from_next(text, drafts[seg_first:])
        _split_siblings(text, drafts[seg_first:], ictx.group)
    # parenthesised sub-items (real plans nest two deep at most; deeper brackets are skipped,
    # so neither the recursion nor the rescans are bounded by the input)
    if ictx.depth >= MAX_PAREN_DEPTH:
        return drafts
    for p_s, p_e in holes:
        seg_start = max([a for a, _ in segments if a <= p_s] + [s])
        if guards.clause_cites(text[seg_start:p_s]):
            continue
        cues: set[str] = set()
        if any(a <= p_s < b for a, b in past):
            cues.add("past_sentence")
        if _reports_results(text, seg_start, p_s, ictx.plan_year):
            cues.add("paren_results")  # "… kết quả đạt được năm 2025 (tăng trưởng đạt 8,2%, …)"
        parent = _parent_before(drafts, p_s)
        inner_s, inner_e = p_s + 1, p_e - 1 if text[p_e - 1] == ")" else p_e
        hint = _bracket_name(text, seg_start, p_s) if parent is None else None
        sub = _paren_item(text, inner_s, inner_e, parent, ictx, hint)
        if hint is not None and lx.EXCEED_TARGET_RE.search(text, *hint):
            for d in sub:
                if d.name_span == hint and d.q is not None and d.q.comparator == "=":
                    d.q.comparator = ">"  # "vượt mục tiêu … (10%)": above the figure
        for d in sub:
            d.cues |= cues
            if parent is not None:
                d.cues |= parent.cues & _INHERITED_CUES
        drafts.extend(sub)
    _sentence_years(text, sentences, drafts, past)
    _group_years(drafts)
    if ictx.parent is None:
        for d in drafts:
            if d.name is None and ictx.name_hint:
                d.name_span = ictx.name_hint
                d.name = name_string(text, ictx.name_hint)
        # a value that names nothing (and inherits no name) is not a target
        drafts = [d for d in drafts if d.name]
    drafts.sort(key=lambda d: d.q.value_span[0] if d.q else d.span[0])
    return drafts


_NUMBERED_START_RE = lazy_compile(r"(?<=[.;]\s{1,3})\d{1,2}\.\s+(?=\p{Lu})")


def _group_breaks(text: str, s: int, e: int, sentences: list[Span]) -> list[int]:
    """Where a list that a colon group heads ends at the latest: a new sentence ("… 18,2%.
    Thu nhập …") or an item numbered inside the paragraph ("…; 2. Thu nhập …")."""
    out = [a for a, _ in sentences[1:]]
    if text.find(".", s, e) != -1:  # every numbered start ends its number with "."
        out.extend(m.start() for m in _NUMBERED_START_RE.finditer(text, s, e))
    return out


def _name_before(text: str, s: int, e: int) -> Span | None:
    """The name of a clause without a value that precedes a clause naming nothing."""
    end = e
    for m in lx.NAME_END_RE.finditer(text, s, e):
        if lx.NAME_BEFORE_VERB_RE.search(text, s, m.start()) \
                or lx.NAME_AFTER_VERB_RE.match(text, m.end(), e):
            continue  # "Tốc độ tăng trưởng …, đạt 5,5%": the verb is part of the name
        end = m.start()
        break
    n_s, _ = strip_leading(text, s, end)
    n_e = strip_trailing(text, n_s, end)
    name = text[n_s:n_e]
    if n_s >= n_e or len(name.split()) > 16 or any(ch.isdigit() for ch in name) \
            or lx.MEANS_NAME_RE.search(name):
        return None  # a clause that held a value of its own, or a means
    return n_s, n_e


_INHERITED_CUES = frozenset({"achieved", "earlier_year", "means_name"})


def _reports_results(text: str, s: int, e: int, plan_year: int | None) -> bool:
    """The words before a bracket report results: an achieved cue or an earlier year."""
    if guards.clause_reports(text[s:e]):
        return True
    if plan_year is None:
        return False
    years = [int(m.group(1)) for m in lx.YEAR_PHRASE_RE.finditer(
        text, max(s, e - windows.CLAUSE_END_YEAR_WINDOW), e)]
    return bool(years) and years[-1] < plan_year


#: A name that is only the word for the plan ("KH", "kế hoạch", "/KH", "(Kế hoạch"): the
#: plan's figure printed beside a result.
#: A span of years written in a clause: "( 2006 - 2010 )", "giai đoạn 2016-2020".
_PERIOD_RE = lazy_compile(r"(?<![\d/.,])(?:19|20)\d{2}\s*[-–]\s*((?:19|20)\d{2})(?![\d/])")
#: How far before a period a word that qualifies it ("so với giai đoạn …", "theo chuẩn
#: quốc gia giai đoạn …") may stand.
_PERIOD_QUALIFIER_LOOKBACK = 40
_PERIOD_QUALIFIER_RE = lazy_compile(lx.word_alternation(indicator_words.PERIOD_QUALIFIERS),
                                    lx.FLAGS)


def _past_period(text: str, s: int, e: int, plan_year: int) -> bool:
    """Does the clause name, before its value, a span of years that ended before the plan's
    year (and qualifies no baseline or standard: "so với giai đoạn 2016-2020", "theo chuẩn
    nghèo giai đoạn 2016 - 2020")?  Its figure reports."""
    for m in _PERIOD_RE.finditer(text, s, e):
        if int(m.group(1)) >= plan_year:
            continue
        if _PERIOD_QUALIFIER_RE.search(
                text, max(s, m.start() - _PERIOD_QUALIFIER_LOOKBACK), m.start()) is not None:
            continue
        return True
    return False


_PLAN_ONLY_RE = lazy_compile(
    r"[\s(/]*" + alternation(indicator_words.PLAN_ONLY_NAMES, ignore_case=True) + r"[\s:]*"
)


#: A name of rate words only ("bình quân mỗi năm").
_RATE_ONLY_RE = lazy_compile(
    r"[\s,(]*(?:(?:" + alternation(indicator_words.RATE_ONLY_WORDS, ignore_case=True)
    + r")[\s,)]*)+"
)
#: A footnote's mark ("[2]") read as a name.
_FOOTNOTE_MARK_RE = lazy_compile(r"[\s.]*\[\d{1,3}\][\s.]*")


def _names_nothing(name: str) -> bool:
    """Is ``name`` no name of its own: the plan's word only ("KH"), rate words only
    ("bình quân mỗi năm") or a footnote's mark ("[2]")?  Such a figure measures what the
    figure named before it measures."""
    return any(r.fullmatch(name) is not None
               for r in (_PLAN_ONLY_RE, _RATE_ONLY_RE, _FOOTNOTE_MARK_RE))


_SENTENCE_BREAK_RE = lazy_compile(r"[.;!?](?=\s)|\n")
_SHARE_OF_WHOLE = frozenset(w.casefold() for w in indicator_words.SHARE_OF_WHOLE_WORDS)
_LETTERS_RE = lazy_compile(r"\p{L}{2,}")


def _names_from_next(text: str, drafts: list[Draft]) -> None:
    """"Phấn đấu đến năm 2015 có trên 85% và đến năm 2020 có trên 95% số hộ gia đình …": a
    value that names nothing, joined by "và" to a value-first one of the same kind, shares
    the name written after the second."""
    for a, b in pairwise(drafts):
        if a.q is None or b.q is None or b.name_span is None or b.name is None \
                or b.name_span[0] < b.q.value_span[1]:
            continue
        if a.name_span is not None and not is_value_first(text, *a.name_span):
            continue  # the first value has a name of its own
        if a.q.unit is None or b.q.unit is None or a.q.unit.kind != b.q.unit.kind:
            continue
        joiner = lx.LIST_JOINER_RE.match(text, a.q.end, b.q.chain_start)
        if joiner is None or not is_value_first(text, joiner.end(), b.q.chain_start):
            continue
        a.name, a.name_span = b.name, b.name_span


def _split_siblings(text: str, drafts: list[Draft], outer_group: str | None) -> None:
    """"Tỷ lệ đi học cấp tiểu học đạt 99,5%, cấp THCS đạt 97%": the first name holds a group
    and a sub-item that the next, short name repeats the head of (:mod:`.siblings`); the
    group goes to every clause of the list from the first on."""
    named = [d for d in drafts if d.q is not None and d.name_span is not None
             and d.group == outer_group]
    if _share_siblings(text, named):
        return
    for i, (a, b) in enumerate(pairwise(named)):
        assert a.q is not None and a.name_span is not None and b.name_span is not None
        if a.name_span[0] > a.q.chain_start or b.name_span == a.name_span:
            continue
        found = shared_head(text, a.name_span, b.name_span)
        if found is None:
            continue
        g_span, sub = found
        group, old = name_string(text, g_span), a.name_span
        for d in named[i:]:
            if d.name_span == old:
                d.name_span, d.name = sub, name_string(text, sub)
            d.group = group
        return


def _share_siblings(text: str, named: list[Draft]) -> bool:
    """"Tỷ lệ huy động trẻ đạt 38% trẻ em trong độ tuổi nhà trẻ và 97% trẻ em trong độ tuổi
    mẫu giáo": a named share whose value is followed by what it counts, then a value-first
    share of the same kind counting a thing that opens with the same word — the name is the
    group of both, each counts its own thing."""
    for a, b in pairwise(named):
        assert a.q is not None and a.name_span is not None
        assert b.q is not None and b.name_span is not None
        if a.name_span[1] > a.q.chain_start or b.name_span[0] < b.q.value_span[1] \
                or a.q.unit is None or b.q.unit is None \
                or a.q.unit.kind != "percent" or b.q.unit.kind != "percent":
            continue
        after, _, bound = name_after(text, a.q, min(a.span[1], b.q.chain_start))
        if after is None:
            continue
        first_a = _LETTERS_RE.search(text, *after)
        first_b = _LETTERS_RE.search(text, *b.name_span)
        if first_a is None or first_b is None \
                or first_a.group().casefold() != first_b.group().casefold():
            continue
        group = a.name
        a.name_span, a.name = after, name_after_string(text, after, a.q, bound)
        a.group = b.group = group
        return True
    return False


def _is_colon_group(d: Draft) -> bool:
    return bool(d.name_span) and d.group is not None and d.span[0] < (d.name_span or (0, 0))[0]



_COLON_SUBJECT_LOOKBACK = 400


def _colon_subject_before(text: str, pos: int) -> Span | None:
    """The words before the first colon of the sentence that ``pos`` is in, when they name
    a subject ("Ngân sách địa phương: …"), else ``None``."""
    lo = max(0, pos - _COLON_SUBJECT_LOOKBACK)
    ends = [m.end() for m in _SENTENCE_BREAK_RE.finditer(text, lo, pos)]
    start = ends[-1] if ends else lo
    if text.find(":", start, pos) == -1:
        return None
    g_span, _ = split_group(text, start, pos)
    return g_span


def _named_before(text: str, previous: list[Draft], pos: int) -> Draft | None:
    """The last named draft of ``previous`` whose value ends at or before ``pos`` with no
    sentence break between them.  A break after one draft's value is also after every
    draft whose value ends earlier, so those are passed over without a search (a long
    paragraph of figures stays linear)."""
    failed_end = -1
    for d in reversed(previous):
        if d.q is None or d.name_span is None:
            continue
        end = d.q.value_span[1]
        if end > pos or end <= failed_end:
            continue
        if _SENTENCE_BREAK_RE.search(text, end, pos) is None:
            return d
        failed_end = end
    return None

def _draft(text: str, clause: Span, q: Quantity, ictx: ItemContext, previous: list[Draft],
           colon_group: str | None, holes: list[Span]) -> Draft | None:
    c_s, c_e = trim(text, *clause)
    c_e = max(c_e, min(q.end, clause[1]))
    group = colon_group or ictx.group
    # "trong đó …": a sub-part of the previous target
    sub = lx.SUBPART_RE.match(text, c_s, c_e)
    name_from = c_s
    parent_year: int | None = None
    if sub is not None and sub.end() <= q.chain_start:
        parent = _whole_of(previous, q) if previous else ictx.parent
        if parent is not None and _subject_between(text, parent, c_s):
            parent = None  # "…. Bên cạnh đó, xã đặt mục tiêu …, trong đó …": a new whole
        if parent is not None and parent.name:
            group = parent.name
            parent_year = parent.year  # "… năm 2020 = 983 hộ. Trong đó: Nông nghiệp …"
        name_from = sub.end()
        g_span, rest = split_group(text, name_from, q.chain_start)
        if g_span is None and rest != name_from:
            name_from = rest  # "trong đó tiêu chí 1: 40 điểm": a label, no name
    else:
        g_span, rest = split_group(text, c_s, q.chain_start)
        if g_span is not None:
            group = text[g_span[0]:g_span[1]]
            name_from = rest
        elif rest != c_s:
            name_from = rest
    # the clause's own words, without the brackets that hold targets of their own
    own_e = min([h0 for h0, _ in holes if q.end <= h0 < c_e] + [c_e])
    cues: set[str] = set()
    year = clause_year(text, (c_s, own_e), q, periods=False) or parent_year
    if year is not None and ictx.plan_year is not None and year < ictx.plan_year:
        cues.add("earlier_year")  # "Năm 2025, tỷ lệ … là 2,5%": a result, not a target
    elif year is None and ictx.plan_year is not None \
            and _past_period(text, c_s, q.value_span[0], ictx.plan_year):
        cues.add("past_period")  # "… bình quân trong 5 năm ( 2006 - 2010 ) đạt 12,31%"
    if year is None:  # the end of a period the clause names (its cue is the one above)
        year = clause_period_end(text, (c_s, own_e), q)
    info = read_name(text, (name_from, own_e), q)
    if info.approximate and q.comparator == "=":
        q = replace(q, comparator="~")  # "Ước dân số …: 1,9 triệu người" (spec: "ước" → ~)
    if own_e < c_e:
        _name_past_bracket(text, q, info, own_e, c_e, holes)
    if not info.value_first and info.span is not None and group is ictx.group \
            and ":" in text[q.chain_start:q.value_span[0]]:
        # "Văn hóa: 75% gia đình": the words before the colon name the group, the clause
        # is value first
        after, _, bound = name_after(text, q, own_e)
        if after is not None and q.unit is not None and q.unit.kind == "count" \
                and after[1] <= q.unit.end:
            after = None  # "Số trường đạt chuẩn: 06 trường": the unit names nothing
        if after is not None and len(text[info.span[0]:info.span[1]].split()) <= 8:
            if not generic_group(text, info.span[0], info.span[1]):
                group = info.name  # ("Về giáo dục: 100% xã …": a topic, no group)
            info.name, info.span, info.value_first = \
                name_after_string(text, after, q, bound), after, True
    if info.name is not None and _names_nothing(info.name):
        # "Tổng giá trị sản xuất … đạt 4.595 tỷ đồng, bình quân mỗi năm tăng 10%": the rate
        # of the subject named before it in the sentence; "… ước tăng 11,07% (KH tăng
        # 8-9%)", "ước tăng 8,31%/KH tăng 3-4%": the plan's figure beside a result measures
        # what the result measures
        named = _named_before(text, previous, q.chain_start)
        if named is not None:
            info.name, info.span = named.name, named.name_span
    restate = lx.RESTATE_RE.match(text, c_s, q.chain_start)
    if restate is not None and not text[restate.end():q.chain_start].strip(" ,:") \
            and info.value_first:
        # "… là 217.800 tỷ đồng, tương đương 3,2% GDP": the same target said another way
        named = _named_before(text, previous, c_s)
        if named is not None:
            info.name, info.span = named.name, named.name_span
    share_of: Draft | None = None
    if info.value_first and not text[c_s:q.chain_start].strip(" ,:") \
            and _SHARE_OF_WHOLE.intersection(w.casefold() for w in q.comparator_words):
        # "… 500 ha, chiếm 60% diện tích lúa": the share of the figure before it; the words
        # after the value name the whole
        share_of = _named_before(text, previous, c_s)
        if share_of is not None:
            info.name, info.span = share_of.name, share_of.name_span
    if share_of is None and info.value_first \
            and _SHARE_OF_WHOLE.intersection(w.casefold() for w in q.comparator_words):
        # "Ngân sách địa phương: để thực hiện …, chiếm khoảng 10% tổng vốn đầu tư": no
        # figure before it, the share is that of the subject before the sentence's colon;
        # the words after the value name the whole
        subject = _colon_subject_before(text, c_s)
        if subject is not None:
            info.name, info.span = name_string(text, subject), subject
            if group is not None and group == info.name:
                group = ictx.group if ictx.group != info.name else None
    if info.name is not None and lx.MEANS_NAME_RE.search(info.name):
        cues.add("means_name")  # "với kinh phí 50 triệu đồng/hộ": a means, not a target
    if info.name is not None and NUMBERED_LABEL_RE.fullmatch(info.name):
        info.name, info.span = None, None  # "tiêu chí 1: 40 điểm": a label, not a name
    direction = q.direction or info.direction
    span = trim(text, c_s, info.clause_end if info.clause_end is not None else own_e)
    cue = lx.CHILDREN_OPENER_TAIL_RE.search(text, span[0], span[1])
    if cue is not None and cue.start() >= q.end:
        span = trim(text, span[0], cue.start())  # "…, trong đó:" opens the sub-items
    d = Draft(
        name=info.name, name_span=info.span, span=span, q=q, group=group,
        direction=direction, year=year,
        baseline_year=clause_baseline(text, (c_s, own_e)), label=ictx.label, cues=cues,
    )
    if d.group is not None and d.name is not None and d.group == d.name:
        d.group = ictx.group
    d.head = share_of  # a share is reported when the figure it is a share of is
    return d


def _name_past_bracket(text: str, q: Quantity, info: NameInfo, own_e: int, c_e: int,
                       holes: list[Span]) -> None:
    """"Tổ chức 05 cuộc (01 cuộc/năm) diễn đàn, tọa đàm": a bracket between a counted noun
    and the rest of its name — the words after the bracket name the target."""
    if not info.value_first or q.unit is None or q.unit.kind != "count" \
            or (info.span is not None and info.span[1] > q.unit.end) \
            or text[q.unit.end:own_e].strip():
        return
    h1 = next((b for a, b in holes if a == own_e), None)
    if h1 is None:
        return
    cut = lx.NEW_SUBJECT_CUT_RE.search(text, h1, c_e)
    s, e = trim(text, h1, counted_name_end(text, h1, cut.start() if cut is not None else c_e))
    if s >= e or not text[s].isalpha() or lx.TAIL_RE.match(text, s, e) is not None:
        return
    e = strip_trailing(text, s, e)
    if s < e:
        info.name, info.span = name_string(text, (s, e)), (s, e)


def _comma_list(drafts: list[Draft], group: str, group_at: int, piece_end: int) -> bool:
    """The piece that named ``group`` (up to ``piece_end``) holds two of its parts, with
    names of their own: a list of parts separated by commas, which a ";" closes."""
    names = {d.name for d in drafts if d.group == group and d.q is not None
             and group_at <= d.q.value_span[0] < piece_end}
    return len(names) >= 2


def _subject_between(text: str, parent: Draft, pos: int) -> bool:
    """A "trong đó" at ``pos`` that does not open its sentence ("Bên cạnh đó, xã cũng đặt
    mục tiêu phát triển kinh tế số, trong đó …") has its whole in its own sentence, not in a
    target of an earlier sentence."""
    lo = parent.q.value_span[1] if parent.q is not None else parent.span[1]
    if lo >= pos:
        return False
    ends = [m.end() for m in _SENTENCE_BREAK_RE.finditer(text, lo, pos)]
    return bool(ends) and _LETTERS_RE.search(text, ends[-1], pos) is not None


def _whole_of(previous: list[Draft], q: Quantity) -> Draft:
    """The target a "trong đó" part belongs to: the last one before it measured in the
    part's unit ("tổng thu nhập đạt 621 tỉ đồng, tốc độ tăng trưởng 14%. Trong đó giá trị
    nông nghiệp đạt 50 tỉ đồng": a part of the income), else the last one."""
    if q.unit is not None:
        for d in reversed(previous):
            if d.q is not None and d.q.unit is not None and d.q.unit.unit == q.unit.unit:
                return d
    return previous[-1]


#: A bare figure in brackets after a clause with no value of its own is that clause's value
#: ("tăng trưởng kinh tế vượt mục tiêu Chính phủ giao (10%)"); a name this long at most.
MAX_BRACKET_NAME_WORDS = 16


def _bracket_name(text: str, s: int, e: int) -> Span | None:
    """The name a bracket's bare figure takes from the clause before it, which holds no
    value: "phấn đấu tăng trưởng kinh tế vượt mục tiêu Chính phủ giao (10%)"."""
    s = max(s, text.rfind(",", s, e) + 1)  # the last clause before the bracket
    n_s, _ = strip_leading(text, s, e)
    n_e = strip_trailing(text, n_s, e) if n_s < e else e
    if n_s >= n_e or len(text[n_s:n_e].split()) > MAX_BRACKET_NAME_WORDS \
            or not text[n_s].isalpha():
        return None
    return n_s, n_e


def _parent_before(drafts: list[Draft], pos: int) -> Draft | None:
    """The draft whose value stands last before ``pos`` (drafts of earlier brackets are
    appended after the clauses', so the list is not in text order)."""
    best: Draft | None = None
    best_at = -1
    for d in drafts:
        if d.q is not None and best_at <= d.q.value_span[0] < pos:
            best, best_at = d, d.q.value_span[0]
    return best


def _right_after_value(text: str, parent: Draft | None, inner_s: int) -> bool:
    """The bracket opening at ``inner_s - 1`` stands right after its parent's value and
    unit ("đạt 50% (8 xã)", "Tổ chức 05 cuộc (01 cuộc/năm) …"): a count in it restates the
    parent's figure in another unit or gives its rate, and needs no verb of its own."""
    if parent is None or parent.q is None:
        return False
    return text[parent.q.end:inner_s - 1].strip() == ""


def _paren_item(text: str, s: int, e: int, parent: Draft | None,
                ictx: ItemContext, hint: Span | None = None) -> list[Draft]:
    restate = lx.RESTATE_RE.match(text, s, e)
    sub_ctx = ItemContext(label=ictx.label, blocked=ictx.blocked, parent=parent,
                          in_targets=ictx.in_targets or _right_after_value(text, parent, s),
                          plan_year=ictx.plan_year,
                          pairs=ictx.pairs, depth=ictx.depth + 1, name_hint=hint)
    if parent is not None and restate is None:
        sub_ctx.group = parent.name
    drafts = extract_item(text, s, e, sub_ctx)
    for d in drafts:
        only_unit = (d.name is not None and d.q is not None and d.q.unit is not None
                     and d.name.casefold() == d.q.unit.unit.casefold())
        no_name = d.name is not None and _names_nothing(d.name)
        if (d.name is None or only_unit or no_name) and parent is not None:
            # "(còn 2,42%)", "(36/41 thôn/làng)": the same target, said another way; "(KH
            # tăng 8-9%)": the plan's figure of what the figure before measures
            d.name, d.name_span = parent.name, parent.name_span
            d.group = parent.group
            d.direction = d.direction or parent.direction
            d.year = d.year or parent.year
        elif restate is not None:
            d.group = None
    return drafts
