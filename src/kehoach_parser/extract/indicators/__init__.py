"""Indicators (chỉ tiêu): the quantified targets a plan commits to.

The stage reads the body line by line (:mod:`.structure`), cuts each item into clauses
(:mod:`.clauses`), finds values with their comparators and units (:mod:`.values`,
:mod:`.units`), names what they measure (:mod:`.names`), reads tables of targets
(:mod:`.tables`) and drops numbers that are not targets (:mod:`.guards`).  Each target
becomes an :class:`~kehoach_parser.document.Indicator` with its span, field spans, section
and category; later mentions of the same target point to the first with ``restates``.

The vocabulary lives in :mod:`kehoach_parser.lang.vi` (comparators, units, directions,
indicator_guards, indicator_words, measure_nouns, categories, table_words).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from kehoach_parser.context import ParseContext
from kehoach_parser.document import Indicator
from kehoach_parser.extract.indicators.clauses import Draft, ItemContext, extract_item
from kehoach_parser.extract.indicators.names import name_string, strip_leading, trim
from kehoach_parser.extract.indicators.restates import link_restatements
from kehoach_parser.extract.indicators.sections import Sections
from kehoach_parser.extract.indicators.structure import (
    line_rank,
    opens_children,
    split_inline,
)
from kehoach_parser.extract.indicators.tables import extract_table, is_table_line
from kehoach_parser.text.lines import Line, read_label

__all__ = ["extract_indicators", "indicators_from_text"]

Span = tuple[int, int]

_QUALITATIVE_MAX_WORDS = 80
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


def extract_indicators(ctx: ParseContext) -> None:
    """Pipeline stage: fill ``ctx.indicators``."""
    ctx.indicators = _extract(ctx)


def indicators_from_text(text: str) -> list[Indicator]:
    """Run the stage alone on normalised ``text`` (no header, outline or dates)."""
    from kehoach_parser.context import ParseContext as _Ctx
    from kehoach_parser.text.aligned import AlignedText
    from kehoach_parser.text.lines import split_lines

    ctx = _Ctx(aligned=AlignedText(text), lines=split_lines(text))
    ctx.body = (0, len(text))
    extract_indicators(ctx)
    return ctx.indicators


def _blocked_spans(ctx: ParseContext) -> list[Span]:
    spans: list[Span] = [d.span for d in ctx.dates]
    for r in ctx.references:
        spans.append(r.span)
        spans.extend(r.mentions)
    return spans


def _plan_year(ctx: ParseContext) -> int | None:
    issued = ctx.metadata.issued_date
    if issued and issued[:4].isdigit():
        return int(issued[:4])
    years = Counter(int(y) for y in _YEAR_RE.findall(ctx.text[:4000]))
    return years.most_common(1)[0][0] if years else None


def _extract(ctx: ParseContext) -> list[Indicator]:
    text = ctx.text
    b0, b1 = ctx.body if ctx.body != (0, 0) else (0, len(text))
    sections = Sections(ctx)
    blocked = _blocked_spans(ctx)
    plan_year = _plan_year(ctx)
    drafts: list[tuple[Draft, int]] = []  # draft, run key
    pending: list[_Pending] = []
    run_items: Counter[int] = Counter()  # enumerated items per run
    run_targets: Counter[int] = Counter()  # … of which hold a quantified target
    target_runs: set[int] = set()  # runs inside a section about targets
    stack: list[_Parent] = []
    lines = [ln for ln in ctx.lines if ln.start >= b0 and ln.end <= b1 and not ln.blank]
    i = 0
    while i < len(lines):
        line = lines[i]
        if is_table_line(line.text):
            j = i
            while j < len(lines) and is_table_line(lines[j].text):
                j += 1
            for d in extract_table(text, lines[i:j], plan_year):
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
                blocked=blocked,
                in_targets=bool(info and info.targets),
                plan_year=plan_year,
            )
            found = extract_item(text, s, e, ictx)
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
                    q = _qualitative(text, s, e, item_label)
                    if q is not None:
                        pending.append(_Pending(q, run))
        if not (is_enum or rank > 0 or line_drafts):
            continue  # a heading or a lead-in sentence names no group
        opens = opens_children(line.text)
        last = line_drafts[-1] if line_drafts else None
        group = last.name if last else (_group_text(text, line, label) if opens else None)
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
    drafts.sort(key=lambda dr: _order(dr[0]))
    out = [_to_indicator(text, d, sections) for d, _ in drafts]
    link_restatements(out)
    return out


def _order(d: Draft) -> tuple[int, int]:
    return (d.q.value_span[0] if d.q else d.span[0], d.span[0])


def _group_text(text: str, line: Line, label: object) -> str | None:
    from kehoach_parser.text.lines import Label

    rest = label.rest if isinstance(label, Label) else 0
    s, e = trim(text, line.start + rest, line.end)
    raw = text[s:e]
    raw = regex.sub(r"(?i)[,;]?\s*(trong\s+đó|cụ\s+thể|gồm|như\s+sau)\s*:?\s*\Z", "", raw)
    raw = raw.strip(" :;,.")
    if not raw or len(raw.split()) > 15 or any(ch.isdigit() for ch in raw):
        return None
    return raw


def _qualitative(text: str, s: int, e: int, label: str | None) -> Draft | None:
    c_s, c_e = trim(text, s, e)
    if c_s >= c_e or len(text[c_s:c_e].split()) > _QUALITATIVE_MAX_WORDS:
        return None
    n_s, direction = strip_leading(text, c_s, c_e)
    n_s, n_e = trim(text, n_s, c_e)
    if n_s >= n_e:
        return None
    return Draft(name=name_string(text, (n_s, n_e)), name_span=(n_s, n_e), span=(c_s, c_e),
                 q=None, direction=direction, label=label)


def _to_indicator(text: str, d: Draft, sections: Sections) -> Indicator:
    info = sections.at(d.span[0])
    q = d.q
    fields: dict[str, Span] = {}
    if d.name_span:
        fields["name"] = d.name_span
    if q is not None:
        fields["value"] = q.value_span
        if q.unit is not None:
            fields["unit"] = (q.unit.start, q.unit.end)
        if q.comparator_words and q.chain_start < q.value_span[0]:
            fields["comparator"] = (q.chain_start, q.value_span[0])
    span = d.span
    if q is not None:
        lo = min(span[0], q.value_span[0])
        hi = max(span[1], q.value_span[1])
        span = trim(text, lo, hi)
    return Indicator(
        name=d.name, group=d.group,
        comparator=(q.comparator if q else None),  # type: ignore[arg-type]
        value=(q.value if q else None), value_max=(q.value_max if q else None),
        unit=(q.unit.unit if q and q.unit else None),
        direction=d.direction,  # type: ignore[arg-type]
        year=d.year, label=d.label, text=text[span[0]:span[1]],
        total=(q.total if q else None), baseline_year=d.baseline_year,
        section=info.path if info else None,
        category=d.category or (info.category if info else None),
        restates=None, span=span, field_spans=fields,
    )
