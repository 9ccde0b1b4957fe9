"""The walk over the body: lines, tables, parents and sub-items, lists of targets.

Each non-blank body line is either part of a table (handed to :mod:`.tables`) or a line
whose label says what it is (:mod:`.structure`): an enumerated item, a bullet under a
parent, a heading or a paragraph.  Items are cut into targets by :mod:`.clauses`; a parent
passes its label and its target's name (as ``group``) to the bullets under it.
Enumerated items with no number become qualitative targets when their list is a list of
targets.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace

from kehoach_parser.context import ParseContext
from kehoach_parser.document import Indicator
from kehoach_parser.extract import windows
from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.extract.indicators.clauses import (
    Draft,
    ItemContext,
    announced_year,
    extract_item,
    lead_in_year,
)
from kehoach_parser.extract.indicators.flat_header import with_flat_headers
from kehoach_parser.extract.indicators.grid import Block, find_blocks
from kehoach_parser.extract.indicators.records import (
    group_span,
    group_text,
    order,
    qualitative,
    to_indicator,
)
from kehoach_parser.extract.indicators.restates import link_restatements
from kehoach_parser.extract.indicators.sections import SectionInfo, Sections
from kehoach_parser.extract.indicators.status import (
    StatusDecider,
    continues_target_list,
    rule_status,
)
from kehoach_parser.extract.indicators.status_shapes import met_target_counts
from kehoach_parser.extract.indicators.structure import line_rank, opens_children, split_inline
from kehoach_parser.lang.vi import indicator_words
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.lines import Label, Line, read_label
from kehoach_parser.text.reflow import FULL_LINE_RATIO, ends_open, wrap_width
from kehoach_parser.text.span_index import spans_overlap

Span = tuple[int, int]


def extract_table(text: str, block: Block, plan_year: int | None) -> list[Draft]:
    """:func:`.tables.extract_table`, imported at a document's first table: a plan without
    one never needs the table reader, the stage's largest module (issue 15: cold start)."""
    from kehoach_parser.extract.indicators.tables import extract_table as read_table

    return read_table(text, block, plan_year)


_HEADING_STYLES = frozenset({"roman", "arabic", "letter", "upper", "article"})
_YEAR_RE = lazy_compile(r"(?<![\d/.])(20\d{2})(?![\d])")
#: the first line of a text without a title, read as its title for the plan's year
_TITLE_LINE = 400
#: the plan part of a title that reports first, and the year it names
_PLAN_PART_RE = lazy_compile(
    lx.WB_BEFORE + lx.alternation(indicator_words.PLAN_PART_WORDS) + lx.WB_AFTER
    + r"[^.\n]{0,120}?\bnăm\s+(20\d{2})(?![\d])", lx.FLAGS)


@dataclass(slots=True)
class _Parent:
    rank: int
    label: str | None
    group: str | None
    draft: Draft | None
    opens: bool
    number_key: tuple[int, str] | None = None  # the numbered item this parent belongs to


_NUMBERED_STYLES = frozenset({"arabic", "letter"})
#: Labels of a list item that may stand alone on a line, the item under it ("1." then "Tổng
#: số thu …"; "(2)" then "Xây dựng …"): Word numbering and PDF hanging indents saved as text.
_LONE_ITEM_STYLES = _NUMBERED_STYLES | {"paren"}


def lone_item_label(text: str, label: Label) -> bool:
    """``text`` is an item's number and nothing else ("1.", "2.1.", "a)", "(3)")."""
    return label.style in _LONE_ITEM_STYLES and label.bullet is None \
        and not text[label.rest:].strip(" \t.:")


_SAME_STYLE = {"arabic": lazy_compile(r"\d+(?:\.\d+)*"), "letter": lazy_compile(r"[a-zđ]")}


def _list_anchor(sections: Sections, info: SectionInfo | None, label: Label) -> int:
    """Where the list of a numbered item starts: the section that holds the list (a numbered
    item read as a heading of its own is skipped)."""
    pattern = _SAME_STYLE.get(label.style)
    while info is not None and pattern is not None \
            and pattern.fullmatch(info.path.rsplit("/", 1)[-1]):
        info = sections.at(info.start - 1)
    return info.start if info is not None else -1


def _note_numbered(found: list[Draft], key: tuple[int, str] | None, parent: _Parent | None,
                   numbered: dict[tuple[int, str], list[Draft]],
                   hits: Counter[tuple[int, str]]) -> None:
    """Remember the drafts labelled with an item's number (the item's own, or a bullet's
    under it) and count the item as holding a target."""
    if key is None and parent is not None:
        key = parent.number_key
        if key is None:
            return
        numbered.setdefault(key, []).extend(d for d in found if d.label is not None)
        return
    if key is None:
        return
    numbered.setdefault(key, []).extend(d for d in found if d.label is not None)
    if found:
        hits[key] += 1


@dataclass(slots=True)
class _Pending:
    """An enumerated item with no number: a qualitative target if its list is one of
    targets (some items quantified, and the list in a targets section or mostly quantified)."""

    draft: Draft
    run: int


class _BlockedSpans:
    """Spans whose numbers are not targets (dates, citations), sorted for range look-ups,
    so each item is checked only against the spans that overlap it."""

    def __init__(self, ctx: ParseContext) -> None:
        spans: list[Span] = [d.span for d in ctx.dates]
        for r in ctx.references:
            spans.append(r.span)
            spans.extend(r.mentions)
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        self._longest = max((e - s for s, e in self._spans), default=0)

    def within(self, start: int, end: int) -> list[Span]:
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [sp for sp in self._spans[lo:hi] if sp[0] < end and start < sp[1]]


def _plan_year(ctx: ParseContext) -> int | None:
    """The year the plan is for: the first year its title names ("… năm 2026"; a term
    "2026-2030" gives its start), else the issue year, else the most frequent year near the
    top of the text.  Earlier years in a clause report results."""
    title = ctx.metadata.title or ""
    title_years = [int(y) for y in _YEAR_RE.findall(title)]
    if not title_years:
        first = ctx.text.lstrip()[:_TITLE_LINE].split("\n", 1)[0]
        if _PLAN_PART_RE.search(first):
            title, title_years = first, [int(y) for y in _YEAR_RE.findall(first)]
    if title_years:
        later = _PLAN_PART_RE.search(title)
        if later is not None and int(later.group(1)) > title_years[0]:
            return int(later.group(1))  # "Báo cáo … năm 2022 và kế hoạch … năm 2023"
        return title_years[0]
    issued = lx.issued_year(ctx.metadata.issued_date)
    if issued is not None:
        return issued
    years = Counter(int(y) for y in _YEAR_RE.findall(ctx.text[:windows.PLAN_YEAR_HEAD]))
    return years.most_common(1)[0][0] if years else None


_PAIR_RE = lazy_compile(
    r"(?<![\d.,/])(\d+(?:[.,]\d+)*)\s*%\s*/\s*(\d+(?:[.,]\d+)*)\s*%"
    r"|(?<![\d.,/])(\d+,\d+)/(\d+(?:[.,]\d+)*)(?![\d/])"
)
#: A text that writes two or more unmistakable "achieved/planned" pairs ("75%/85%",
#: "15,1/20") writes every "a/b" of a measure that way ("578/670 nghìn người").
MIN_PAIRS = 2


def _writes_pairs(text: str, b0: int, b1: int) -> bool:
    n = 0
    for _ in _PAIR_RE.finditer(text, b0, b1):
        n += 1  # noqa: SIM113 - counting only until MIN_PAIRS, not numbering the matches
        if n >= MIN_PAIRS:
            return True
    return False


def _heading_label(label: Label | None) -> bool:
    """A label of a heading or a numbered item ("II.", "1.", "a)", "Điều 2"; not a bullet)."""
    return label is not None and label.style in _HEADING_STYLES and not label.bullet


#: Heading labels that may head a lead-in giving its list a year ("1. Các chỉ tiêu chủ yếu
#: đến năm 2030:", "a) Các chỉ tiêu năm 2027:"); a part's ("I.", "A.", "Điều 1.") do not.
_LEAD_IN_STYLES = frozenset({"arabic", "letter"})


def _heads_part(label: Label | None) -> bool:
    """A part's label ("I.", "A.", "Điều 1."): its line gives the list after it no year,
    printed under it or after it on the same line ("A. TÌNH HÌNH … NĂM 2018:"; project
    decision 1: a section heading does not give a year to the clauses under it)."""
    return _heading_label(label) and label is not None and label.style not in _LEAD_IN_STYLES


def _counted_lead_year(text: str, s: int, e: int) -> int | None:
    """The year the lead-in text ``text[s:e]`` gives its list: after a count of the targets
    it introduces, only a year the count's own words name (decision 29: "… đề ra 23 chỉ
    tiêu năm 2026, cụ thể:"), not one before the count ("Phấn đấu đến hết năm 2027 hoàn
    thành 13 chỉ tiêu chủ yếu sau:", as the held-out fixtures are labelled; "… của Kế hoạch
    … năm 2026 với 13 chỉ tiêu chủ yếu:", decision 36)."""
    counted = lx.COUNTED_TARGETS_RE.search(text, s, e)
    if counted is not None:
        s = counted.end()
    return lead_in_year(text, s, e)


def _list_year(text: str, line: Line, label: Label | None, depth: float
               ) -> tuple[float, int] | None:
    """The year a lead-in line gives the list under it ("Các chỉ tiêu chủ yếu đến năm 2025:",
    project decision 1; a counted lead-in as :func:`_counted_lead_year` reads it)."""
    year = _counted_lead_year(text, line.start + (label.rest if label else 0), line.end)
    return (depth, year) if year is not None else None


_INLINE_LEAD_END_RE = lazy_compile(r":[\s*_]*\Z")


def _inline_lead_year(text: str, label: Label | None,
                      pieces: list[tuple[int, int, str | None]]) -> int | None:
    """The year a lead-in gives the "(1) …; (2) …" items printed after it on its own line
    ("Phấn đấu đạt được các chỉ tiêu chủ yếu đến năm 2020 là: (1) …; (2) …", project
    decision 1), the same as the lead-in printed over the items a line each gives them
    (:func:`_list_year`): the text before the first item ends with ":" (bold marks aside)
    and names the year, read as :func:`_counted_lead_year` reads it.  A numbered or
    lettered lead-in gives it too ("1. Các chỉ tiêu chủ yếu đến năm 2030: (1) …"); a part's
    label ("II. …:", :func:`_heads_part`) gives none, as it gives none to the items under
    it (review R19a finding 4)."""
    if len(pieces) < 2 or pieces[0][2] is not None or pieces[1][2] is None \
            or _heads_part(label):
        return None
    s, e, _ = pieces[0]
    if _INLINE_LEAD_END_RE.search(text, s, e) is None:
        return None
    return _counted_lead_year(text, s, e)


def _paren_value(text: str | None) -> int | None:
    """The number of an enumeration label "(12)", else None."""
    if text is None or not (text.startswith("(") and text.endswith(")")):
        return None
    inner = text[1:-1]
    return int(inner) if inner.isdigit() else None


def _paren_number(label: Label | None) -> int | None:
    """The number of a line's "(n)" label, else None."""
    return _paren_value(label.text) if label is not None and label.style == "paren" else None


#: A line that closes its sentence: a full stop, "!", "?", "…" or ":" at its end (the marks
#: of :data:`_END_MARKS` aside).
_CLOSING_SIGNS = frozenset(".!?:…")
#: The marks a line's end may carry after its last word or sign (and spaces).
_END_MARKS = '*_"”’)]'


def _last_sign(text: str, start: int, end: int) -> str:
    """The last character of ``text[start:end]`` that is neither a space nor one of
    :data:`_END_MARKS` ("" when there is none)."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in _END_MARKS):
        end -= 1
    return text[end - 1] if end > start else ""


#: A line that goes on with the sentence above it: it opens in lower case or with a figure.
_GOES_ON_RE = lazy_compile(r"[ \t]*[\p{Ll}\d]")


def _open_sentence_year(text: str, line: Line, firsts: list[int]) -> int | None:
    """The year the lead-in of the line's last sentence names, when that sentence does not
    end on the line ("… phấn đấu trong năm 2026 đạt 34,7 giường bệnh/vạn dân;" then "9,4
    bác sĩ/vạn dân; …" on the next line): the rest of the sentence takes it, as it would
    on one line (decision 1; a line broken inside a sentence, perturbation ``hard_wrap``).
    ``firsts``: where the line's figures start."""
    if not firsts or _last_sign(text, line.start, line.end) in _CLOSING_SIGNS:
        return None
    start = line.start
    for m in lx.SENTENCE_BREAK_RE.finditer(text, line.start, line.end):
        start = m.end()
    inside = [f for f in firsts if f >= start]
    return lead_in_year(text, start, min(inside)) if inside else None


def _sentence_goes_on(text: str, line: Line, label: Label | None, above: Line,
                      width: float | None) -> int | None:
    """Where the first sentence of ``line`` ends when the line goes on with the sentence of
    ``above`` (no label, a lower-case word or a figure first), else None.  A figure first
    goes on only after a line that ends with ";" or "," (the next item of the sentence's
    list), on a word that cannot end a unit, or at the page's wrap width (``width``: the
    full line's length in a hard-wrapped text, else None): after a line with no sign at
    all it as often opens a new sentence ("… 1.200 tỷ đồng" then "95% dân số …")."""
    if label is not None or _GOES_ON_RE.match(text, line.start, line.end) is None:
        return None
    if text[line.start:line.end].lstrip()[:1].isdigit():
        end = text[above.start:above.end].strip()
        if _last_sign(end, 0, len(end)) not in (";", ",") and not ends_open(end) \
                and (width is None or len(end) < width):
            return None
    m = lx.SENTENCE_BREAK_RE.search(text, line.start, line.end)
    return m.start() + 1 if m is not None else line.end


def _unit_failed(ctx: ParseContext, unit: str, span: Span, exc: Exception) -> None:
    """Record that one unit could not be read (warning W110 with its span); parsing goes on."""
    ctx.warn("W110", f"indicators: a {unit} could not be read "
                     f"({type(exc).__name__}: {exc})", span)


@dataclass(slots=True)
class _YearCarry:
    """The year a line gives the lines after it: a lead-in line over its list ("Các chỉ tiêu
    chủ yếu đến năm 2025:", decision 1), and a paragraph without a figure that announces
    targets over a paragraph going on with it ("Năm 2026, xã đề ra 23 chỉ tiêu." then
    "Trong đó, …", decision 29)."""

    text: str
    plan_year: int | None
    list_year: tuple[float, int] | None = None  # (depth of the lead-in line, its year)
    #: the label style of a lead-in labelled as a heading ("1. … đến năm 2030:"): the next
    #: label of that style ("2.") is its sibling and ends its list
    list_style: str | None = None
    announced: int | None = None  # the year a paragraph announcing targets gives the next
    #: (the number the next "(n)" item must bear, the year): a lead-in's "(1) …; (2) …" run
    #: into its line goes on on the lines after it ("(3) …", a line of its own)
    inline: tuple[int, int] | None = None

    def year_for(self, line: Line, label: Label | None, depth: float) -> int | None:
        """The year the line's records without one take (called once per line, in order)."""
        if self.list_year is not None and depth == 0.0 and label is None:
            self.list_year = None  # a paragraph ends the list under a lead-in
        if self.list_style is not None and _heading_label(label) and label is not None \
                and label.style_key == self.list_style:
            self.list_year = None  # "2." ends the list under "1. … đến năm 2030:"
        carry = self.announced if self.announced is not None and label is None \
            and lx.SENTENCE_CONTINUER_RE.match(self.text, line.start, line.end) else None
        if carry is None and self.list_year is not None:
            carry = self.list_year[1]
        if self.inline is not None and label is not None and label.bullet \
                and lead_in_year(self.text, line.start, line.end) is not None:
            self.inline = None  # a bullet naming its own year ("- Năm 2025 …") is another block
        if self.inline is not None and (label is None or not label.bullet):
            if _paren_number(label) == self.inline[0]:
                carry = self.inline[1] if carry is None else carry
            else:
                self.inline = None  # a paragraph, a heading or another list ends the run
        self.announced = None
        return carry

    def after_items(self, inline_year: int | None,
                    pieces: list[tuple[int, int, str | None]]) -> None:
        """The "(n)" items of the line just read: a lead-in's year run into its line
        ("… đến năm 2020 là: (1) …; (2) …", decision 41) goes on to the items that continue
        the sequence on the lines after it — a wrapped paragraph whose line breaks before
        "(2)" (perturbation ``hard_wrap``) or items printed a line each after the first ones."""
        last = max((n for _, _, lab in pieces if (n := _paren_value(lab)) is not None),
                   default=None)
        if inline_year is not None and last is not None:
            self.inline = (last + 1, inline_year)
        elif self.inline is not None and last is not None:
            self.inline = (last + 1, self.inline[1])

    def after_line(self, line: Line, label: Label | None, depth: float, *, saw_figure: bool,
                   opens_list: bool) -> None:
        """What the line gives the lines after it, once its records are read."""
        if label is None and not saw_figure:
            self.announced = announced_year(self.text, line.start, line.end, self.plan_year)
        if depth == 0.0 and not saw_figure:
            self.list_year = None  # a heading ("2. Nhiệm vụ") ends it; a numbered item of
            # the list with a figure ("1. Tổng thu ngân sách đạt …" under "… như sau:") not
        if opens_list and not _heads_part(label):
            year = _list_year(self.text, line, label, depth)
            numbered = _heading_label(label)
            if year is not None or not numbered:
                # (a numbered item with a figure over its sub-items that names no year is an
                # item of the list above it, which goes on)
                self.list_year = year
                self.list_style = label.style_key if numbered and label is not None else None


def extract(ctx: ParseContext, decider: StatusDecider | None = None
            ) -> tuple[list[Indicator], list[Indicator]]:
    """Every target of the document and every reported figure, in document order."""
    text = ctx.text
    b0, b1 = ctx.body if ctx.body != (0, 0) else (0, len(text))
    sections = Sections(ctx)
    blocked = _BlockedSpans(ctx)
    plan_year = _plan_year(ctx)
    if decider is None:
        decider = StatusDecider.default()
    judge = decider.for_document(ctx, plan_year)
    results: list[tuple[Draft, int]] = []
    drafts: list[tuple[Draft, int]] = []  # draft, run key
    pending: list[_Pending] = []
    run_items: Counter[int] = Counter()  # enumerated items per run
    run_targets: Counter[int] = Counter()  # … of which hold a quantified target
    target_runs: set[int] = set()  # runs inside a section about targets
    stack: list[_Parent] = []
    lead_in: Span | None = None
    years = _YearCarry(text, plan_year)
    # numbered items ("1.", "6.1.", "a)") by run: drafts labelled with their number, and
    # how many items the run has / hold a target (decision 8: a list of targets keeps them)
    numbered: dict[tuple[int, str], list[Draft]] = {}
    numbered_items: Counter[tuple[int, str]] = Counter()
    numbered_hits: Counter[tuple[int, str]] = Counter()
    lines = [ln for ln in ctx.lines if ln.start >= b0 and ln.end <= b1 and not ln.blank]
    blocks = {b.first: b for b in with_flat_headers(text, lines, find_blocks(text, lines))}
    pairs = _writes_pairs(text, b0, b1)
    lone: tuple[Label, int] | None = None  # an item's number alone on the line above
    #: the lead-in year of a sentence the line above leaves open, and that line
    wrapped: tuple[int, Line] | None = None
    #: the length of a full line of the text when it is hard-wrapped (-1: not measured yet)
    full_width: float | None = -1.0
    i = 0
    while i < len(lines):
        line = lines[i]
        block = blocks.get(i)
        if block is not None:
            j = block.last
            try:
                table_drafts = extract_table(text, block, plan_year)
            except Exception as exc:  # noqa: BLE001 - one table must not lose the document
                _unit_failed(ctx, "table", (lines[i].start, lines[j - 1].end), exc)
                table_drafts = []
            for d in table_drafts:
                judge(d, sections.at(d.span[0]))
                if d.status == "target":
                    drafts.append((d, -1))
                elif d.status == "result":
                    results.append((d, -1))
            stack = []
            lone = None
            wrapped = None
            years.inline = None  # a "(n)" run does not go on across a table
            i = j
            continue
        i += 1
        label = read_label(line.text)
        label_start = line.start
        if lone is not None and label is None:
            # the item's text under its number: the number labels it (rest 0: the whole
            # line is the item's text)
            label, label_start = replace(lone[0], rest=0), lone[1]
        lone = None
        if label is not None and lone_item_label(line.text, label):
            lone = (label, line.start)
            continue
        info = sections.at(line.start)
        reporting = info is not None and (info.results or info.means)
        run = info.start if info else -1
        if label is not None and label.style in _HEADING_STYLES and not label.bullet:
            stack = []
        rank = line_rank(label)
        is_enum = label is not None and label.style == "paren"
        number_key: tuple[int, str] | None = None
        printed: str | None = None
        if label is not None and label.style in _NUMBERED_STYLES and not label.bullet:
            if not (ctx.outline and info is not None and info.start in (line.start,
                                                                         label_start)):
                # (a numbered heading — the outline says so — is a content item: no label)
                number_key = (_list_anchor(sections, info, label), label.style_key)
                printed = label.text
                numbered_items[number_key] += 1
        # a paragraph right under a bullet that names a group ("- Các sản phẩm trái cây:")
        # is that bullet's body: it takes no group, and the deeper bullets after it ("+
        # Tổng sản phẩm Xoài …") are still parts of the group
        body_of = list(stack) if label is None and stack and stack[-1].rank > 0 \
            and stack[-1].opens and stack[-1].draft is None else None
        if label is None or (not is_enum and rank == 0):
            stack = []
        while stack and stack[-1].rank >= rank and (rank > 0 or is_enum):
            stack.pop()
        parent = stack[-1] if stack else None
        inherit = parent is not None and (parent.opens or (rank >= 2 and parent.draft))
        depth = rank if rank > 0 else (0.5 if is_enum else 0.0)
        carry = years.year_for(line, label, depth)
        sentence_year, sentence_end = None, None
        if wrapped is not None and text.count("\n", wrapped[1].end, line.start) == 1:
            # (the line right under it: a blank line ends the paragraph)
            if full_width is not None and full_width < 0:
                width = wrap_width([ln.text.strip() for ln in lines])
                full_width = None if width is None else FULL_LINE_RATIO * width
            sentence_year, sentence_end = wrapped[0], _sentence_goes_on(
                text, line, label, wrapped[1], full_width)
        wrapped = None
        firsts: list[int] = []  # where the line's figures start
        seen = False  # the line holds a figure (a target or a result)
        line_drafts: list[Draft] = []
        pieces = split_inline(line, label)
        inline_year = _inline_lead_year(text, label, pieces)
        for s, e, enum_label in pieces:
            own = enum_label is not None
            if own and number_key is not None and not (enum_label or "").startswith("("):
                numbered_items[number_key] += 1  # "1. … 2. … 3. …" on one line: 3 items
            item_label = enum_label if own else (parent.label if inherit and parent else printed)
            ictx = ItemContext(
                label=item_label,
                group=(parent.group if inherit and parent else None),
                parent=(parent.draft if inherit and parent else None),
                blocked=blocked.within(s, e),
                in_targets=bool(info and info.targets),
                plan_year=plan_year,
                name_hint=lead_in if rank > 0 else None,
                pairs=pairs,
            )
            try:
                candidates = extract_item(text, s, e, ictx)
            except Exception as exc:  # noqa: BLE001 - one clause must not lose the document
                _unit_failed(ctx, "clause", (s, e), exc)
                candidates = []
            found: list[Draft] = []
            for d in candidates:
                if d.year is None and own and inline_year is not None:
                    d.year = inline_year
                if d.year is None and sentence_end is not None and d.span[0] < sentence_end:
                    d.year = sentence_year
                if d.year is None and carry is not None:
                    d.year = carry
                judge(d, info)
                prev = found[-1] if found else (line_drafts[-1] if line_drafts else None)
                if d.status == "result" and d.confidence is not None and prev is not None \
                        and (d.head is None or d.head.status == "target") \
                        and rule_status(d, info) == "target" \
                        and continues_target_list(text, prev, d):
                    # the next item of a list of targets in one sentence (brief H19F)
                    d.status, d.confidence = "target", None
                if d.status == "target":
                    found.append(d)
                    drafts.append((d, run))
                elif d.status == "result":
                    results.append((d, run))
                if d.status in ("target", "result"):
                    firsts.append(d.q.chain_start if d.q else d.span[0])
                seen = seen or d.status in ("target", "result")
            line_drafts.extend(found)
            _note_numbered(found, number_key, parent if inherit else None, numbered,
                           numbered_hits)
            if own:
                run_items[run] += 1
                if info is not None and info.targets:
                    target_runs.add(run)
                if found:
                    run_targets[run] += 1
                elif candidates or reporting or not (enum_label or "").startswith("("):
                    pass  # an item of results, of a section that reports, or numbered "2."
                    # inside a paragraph: no qualitative target
                else:
                    q = qualitative(text, s, e, item_label)
                    if q is not None:
                        pending.append(_Pending(q, run))
        opens = opens_children(line.text)
        years.after_items(inline_year, pieces)
        open_year = _open_sentence_year(text, line, firsts)
        wrapped = (open_year, line) if open_year is not None else None
        years.after_line(line, label, depth, saw_figure=seen,
                         opens_list=opens)
        if rank == 0:
            # "1. Tốc độ tăng trưởng kinh tế:" then "- Năm 2026: 8%": the lead-in names
            # the values of the bullets under it that name nothing themselves
            lead_in = (group_span(text, line, label)
                       if not line_drafts and opens else None)
        if body_of is not None:
            stack = body_of
            continue
        if not (is_enum or rank > 0 or line_drafts):
            continue  # a heading or a lead-in sentence names no group
        last = line_drafts[-1] if line_drafts else None
        group = last.name if last else (
            group_text(text, line, label) if opens and not number_key else None)
        stack.append(_Parent(
            rank=rank,
            label=(line_drafts[-1].label if line_drafts else
                   (label.text if is_enum and label else
                    (parent.label if inherit and parent else printed))),
            group=group, draft=last, opens=opens, number_key=(
                number_key if number_key else (parent.number_key if inherit and parent
                                               else None)),
        ))
    for key, labelled in numbered.items():
        # decision 8: a numbered list keeps its numbers as labels when it is a list of
        # targets (most of its items hold one); numbered content items do not
        if numbered_items[key] < 2 or 2 * numbered_hits[key] < numbered_items[key]:
            for d in labelled:
                d.label = None
    for p in pending:
        # a list of targets: some quantified, and in a targets section or mostly quantified
        if run_targets[p.run] and (p.run in target_runs
                                   or 2 * run_targets[p.run] >= run_items[p.run]):
            drafts.append((p.draft, p.run))
    drafts.sort(key=lambda dr: order(dr[0]))
    out = [to_indicator(text, d, sections) for d, _ in drafts]
    link_restatements(out)
    results.sort(key=lambda dr: order(dr[0]))
    reported = [to_indicator(text, d, sections) for d, _ in results]
    # counts of a plan's targets that were met (decision 31): structural results.  A record
    # already read over the same value wins, a target included ("đạt 20 chỉ tiêu" read as a
    # target by the clause reader stays a target; the count is not added a second time)
    met = [r for r in met_target_counts(text, (b0, b1), sections)
           if not any(x.value == r.value and spans_overlap(x.span, r.span)
                      for x in (*out, *reported))]
    if met:
        # in the order of ``records.order`` (the value first), as the other results are
        reported = sorted([*reported, *met], key=_result_order)
    return out, reported


def _result_order(r: Indicator) -> tuple[int, int]:
    """:func:`records.order` for a record: its value's start, then its own."""
    value = r.field_spans.get("value")
    return (value[0] if value is not None else r.span[0], r.span[0])


