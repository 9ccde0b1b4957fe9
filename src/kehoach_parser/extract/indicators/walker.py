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
from dataclasses import dataclass

import regex

from kehoach_parser.context import ParseContext
from kehoach_parser.document import Indicator
from kehoach_parser.extract.indicators.clauses import Draft, ItemContext, extract_item
from kehoach_parser.extract.indicators.records import (
    group_span,
    group_text,
    order,
    qualitative,
    to_indicator,
)
from kehoach_parser.extract.indicators.restates import link_restatements
from kehoach_parser.extract.indicators.sections import Sections
from kehoach_parser.extract.indicators.structure import line_rank, opens_children, split_inline
from kehoach_parser.extract.indicators.tables import extract_table, is_table_line
from kehoach_parser.text.lines import read_label

Span = tuple[int, int]

_HEADING_STYLES = frozenset({"roman", "arabic", "letter", "upper", "article"})
_YEAR_RE = regex.compile(r"(?<![\d/.])(20\d{2})(?![\d])")


@dataclass(slots=True)
class _Parent:
    rank: int
    label: str | None
    group: str | None
    draft: Draft | None
    opens: bool


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
    title_years = [int(y) for y in _YEAR_RE.findall(ctx.metadata.title or "")]
    if title_years:
        return title_years[0]
    issued = ctx.metadata.issued_date
    if issued and issued[:4].isdigit():
        return int(issued[:4])
    years = Counter(int(y) for y in _YEAR_RE.findall(ctx.text[:4000]))
    return years.most_common(1)[0][0] if years else None


def _unit_failed(ctx: ParseContext, unit: str, span: Span, exc: Exception) -> None:
    """Record that one unit could not be read (warning W110 with its span); parsing goes on."""
    ctx.warn("W110", f"indicators: a {unit} could not be read "
                     f"({type(exc).__name__}: {exc})", span)


def extract(ctx: ParseContext) -> list[Indicator]:
    """Every target of the document, in document order."""
    text = ctx.text
    b0, b1 = ctx.body if ctx.body != (0, 0) else (0, len(text))
    sections = Sections(ctx)
    blocked = _BlockedSpans(ctx)
    plan_year = _plan_year(ctx)
    drafts: list[tuple[Draft, int]] = []  # draft, run key
    pending: list[_Pending] = []
    run_items: Counter[int] = Counter()  # enumerated items per run
    run_targets: Counter[int] = Counter()  # … of which hold a quantified target
    target_runs: set[int] = set()  # runs inside a section about targets
    stack: list[_Parent] = []
    lead_in: Span | None = None
    lines = [ln for ln in ctx.lines if ln.start >= b0 and ln.end <= b1 and not ln.blank]
    i = 0
    while i < len(lines):
        line = lines[i]
        if is_table_line(line.text):
            j = i
            while j < len(lines) and is_table_line(lines[j].text):
                j += 1
            try:
                table_drafts = extract_table(text, lines[i:j], plan_year)
            except Exception as exc:  # noqa: BLE001 - one table must not lose the document
                _unit_failed(ctx, "table", (lines[i].start, lines[j - 1].end), exc)
                table_drafts = []
            for d in table_drafts:
                drafts.append((d, -1))
            stack = []
            i = j
            continue
        i += 1
        label = read_label(line.text)
        info = sections.at(line.start)
        if info is not None and info.results:
            stack = []
            continue
        run = info.start if info else -1
        if label is not None and label.style in _HEADING_STYLES and not label.bullet:
            stack = []
        rank = line_rank(label)
        is_enum = label is not None and label.style == "paren"
        if label is None or (not is_enum and rank == 0):
            stack = []
        while stack and stack[-1].rank >= rank and (rank > 0 or is_enum):
            stack.pop()
        parent = stack[-1] if stack else None
        inherit = parent is not None and (parent.opens or (rank >= 2 and parent.draft))
        line_drafts: list[Draft] = []
        for s, e, enum_label in split_inline(line, label):
            own = enum_label is not None
            item_label = enum_label if own else (parent.label if inherit and parent else None)
            ictx = ItemContext(
                label=item_label,
                group=(parent.group if inherit and parent else None),
                parent=(parent.draft if inherit and parent else None),
                blocked=blocked.within(s, e),
                in_targets=bool(info and info.targets),
                plan_year=plan_year,
                name_hint=lead_in if rank > 0 else None,
            )
            try:
                found = extract_item(text, s, e, ictx)
            except Exception as exc:  # noqa: BLE001 - one clause must not lose the document
                _unit_failed(ctx, "clause", (s, e), exc)
                found = []
            line_drafts.extend(found)
            for d in found:
                drafts.append((d, run))
            if own:
                run_items[run] += 1
                if info is not None and info.targets:
                    target_runs.add(run)
                if found:
                    run_targets[run] += 1
                else:
                    q = qualitative(text, s, e, item_label)
                    if q is not None:
                        pending.append(_Pending(q, run))
        if rank == 0:
            # "1. Tốc độ tăng trưởng kinh tế:" then "- Năm 2026: 8%": the lead-in names
            # the values of the bullets under it that name nothing themselves
            lead_in = (group_span(text, line, label)
                       if not line_drafts and opens_children(line.text) else None)
        if not (is_enum or rank > 0 or line_drafts):
            continue  # a heading or a lead-in sentence names no group
        opens = opens_children(line.text)
        last = line_drafts[-1] if line_drafts else None
        group = last.name if last else (group_text(text, line, label) if opens else None)
        stack.append(_Parent(
            rank=rank,
            label=(line_drafts[-1].label if line_drafts else
                   (label.text if is_enum and label else
                    (parent.label if inherit and parent else None))),
            group=group, draft=last, opens=opens,
        ))
    for p in pending:
        # a list of targets: some quantified, and in a targets section or mostly quantified
        if run_targets[p.run] and (p.run in target_runs
                                   or 2 * run_targets[p.run] >= run_items[p.run]):
            drafts.append((p.draft, p.run))
    drafts.sort(key=lambda dr: order(dr[0]))
    out = [to_indicator(text, d, sections) for d, _ in drafts]
    link_restatements(out)
    return out


