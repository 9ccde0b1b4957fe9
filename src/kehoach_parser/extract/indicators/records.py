"""Drafts into :class:`~kehoach_parser.document.Indicator` records.

Also the two kinds of record that are not read from a clause with a value: the qualitative
target of an enumerated item with no number, and the group named by a parent line that
holds no value ("- Chăn nuôi:").
"""

from __future__ import annotations

from kehoach_parser.document import Indicator
from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.extract.indicators.clauses import Draft
from kehoach_parser.extract.indicators.names import (
    clause_year,
    name_string,
    strip_leading,
    trim,
)
from kehoach_parser.extract.indicators.sections import Sections
from kehoach_parser.extract.indicators.values import Quantity
from kehoach_parser.text.lines import Label, Line

Span = tuple[int, int]

QUALITATIVE_MAX_WORDS = 80


def order(d: Draft) -> tuple[int, int]:
    return (d.q.value_span[0] if d.q else d.span[0], d.span[0])


def group_span(text: str, line: Line, label: Label | None) -> Span | None:
    """The span of a parent line's text that names a group (or a lead-in) without a value:
    "- Chăn nuôi:", "1. Tỷ lệ đô thị hóa:"."""
    rest = label.rest if label is not None else 0
    s, e = trim(text, line.start + rest, line.end)
    m = lx.CHILDREN_OPENER_TAIL_RE.search(text, s, e)
    if m is not None:
        e = m.start()
    s, e = trim(text, s, e)
    raw = text[s:e]
    if not raw or len(raw.split()) > 15 or any(ch.isdigit() for ch in raw):
        return None
    return s, e


def group_text(text: str, line: Line, label: Label | None) -> str | None:
    """The text of :func:`group_span`."""
    span = group_span(text, line, label)
    return text[span[0]:span[1]] if span else None


def qualitative(text: str, s: int, e: int, label: str | None) -> Draft | None:
    """The qualitative target of an enumerated item with no number ("(2) Xã không ma túy")."""
    c_s, c_e = trim(text, s, e)
    if c_s >= c_e or len(text[c_s:c_e].split()) > QUALITATIVE_MAX_WORDS:
        return None
    n_s, direction = strip_leading(text, c_s, c_e)
    n_s, n_e = trim(text, n_s, c_e)
    if n_s >= n_e:
        return None
    return Draft(name=name_string(text, (n_s, n_e)), name_span=(n_s, n_e), span=(c_s, c_e),
                 q=None, direction=direction, label=label,
                 year=clause_year(text, (c_s, c_e), None))


def _total(q: Quantity | None) -> float | None:
    """The record's ``total``: the printed one, else the planned half of a pair ("512,7/498
    tỷ đồng": the achieved figure, measured against the planned one)."""
    if q is None:
        return None
    if q.total is None and q.pair is not None:
        return q.pair.value
    return q.total


def to_indicator(text: str, d: Draft, sections: Sections) -> Indicator:
    """The record of a draft, with its span, field spans, section and category."""
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
    base_value = base_max = None
    base_unit: str | None = None
    if q is not None and q.unit is not None:
        base_unit = q.unit.base_unit
        mult = q.unit.multiplier
        base_value = q.value * mult if q.value is not None else None
        base_max = q.value_max * mult if q.value_max is not None else None
    return Indicator(
        name=d.name, group=d.group,
        comparator=(q.comparator if q else None),  # type: ignore[arg-type]
        value=(q.value if q else None), value_max=(q.value_max if q else None),
        unit=(q.unit.unit if q and q.unit else None),
        direction=d.direction,  # type: ignore[arg-type]
        year=d.year, label=d.label, text=text[span[0]:span[1]],
        total=_total(q), baseline_year=d.baseline_year,
        section=info.path if info else None,
        category=d.category or (info.category if info else None),
        restates=None,
        status=("result" if d.status == "result" else "target"),
        status_confidence=(round(d.confidence, 4) if d.confidence is not None else None),
        base_value=base_value, base_value_max=base_max, base_unit=base_unit,
        span=span, field_spans=fields,
    )
