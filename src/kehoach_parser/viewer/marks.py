"""The spans the viewer highlights: one :class:`Mark` per record span of a
:class:`~kehoach_parser.document.Document`, with the fields shown in its tooltip."""

from __future__ import annotations

from dataclasses import dataclass, field

from kehoach_parser.document import DateMention, Document, Indicator, Reference, Signer

#: Header fields, in the order they are listed (``Document.field_spans`` keys).
HEADER_FIELDS: tuple[str, ...] = (
    "doc_type", "number", "symbol", "title", "place", "issued_date", "issuer",
)


@dataclass(frozen=True)
class Mark:
    """A highlighted span: ``mark_id`` is the HTML id of its first piece in the text."""

    mark_id: str
    kind: str
    start: int
    end: int
    fields: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def _fields(pairs: list[tuple[str, object]]) -> tuple[tuple[str, str], ...]:
    """Keep the fields that have a value, each as text."""
    out: list[tuple[str, str]] = []
    for name, value in pairs:
        if value is None or value == "":
            continue
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        out.append((name, str(value)))
    return tuple(out)


def indicator_fields(ind: Indicator) -> tuple[tuple[str, str], ...]:
    return _fields([
        ("label", ind.label), ("name", ind.name), ("group", ind.group),
        ("comparator", ind.comparator), ("value", ind.value), ("value_max", ind.value_max),
        ("unit", ind.unit), ("direction", ind.direction), ("year", ind.year),
        ("baseline_year", ind.baseline_year), ("status", ind.status),
        ("section", ind.section), ("category", ind.category),
    ])


def date_fields(d: DateMention) -> tuple[tuple[str, str], ...]:
    return _fields([
        ("value", d.value), ("role", d.role), ("granularity", d.granularity),
        ("recurring", "yes" if d.recurring else None), ("responsible", d.responsible),
    ])


def reference_fields(r: Reference) -> tuple[tuple[str, str], ...]:
    return _fields([
        ("doc_type", r.doc_type), ("number", r.number), ("date", r.date),
        ("issuer", r.issuer), ("relation", r.relation),
    ])


def signer_fields(s: Signer) -> tuple[tuple[str, str], ...]:
    return _fields([
        ("name", s.name), ("position", s.position), ("authority", s.authority),
        ("on_behalf_of", s.on_behalf_of),
    ])


def _usable(doc: Document, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """``span`` when it is a non-empty range inside ``doc.text``, else None."""
    if span is not None and 0 <= span[0] < span[1] <= len(doc.text):
        return span
    return None


def collect_marks(doc: Document) -> list[Mark]:
    """Every span of ``doc`` the viewer draws, in document order (outer before inner).

    Ids: ``section-N`` (index in ``doc.sections``), ``indicator-N``, ``result-N``,
    ``date-N``, ``reference-N`` (extra mentions ``reference-N-M``), ``signer-N``,
    ``header-FIELD`` and ``warning-N``; records without a usable span are left out."""
    marks: list[Mark] = []
    for i, sec in enumerate(doc.sections):
        if _usable(doc, sec.span):
            fields = _fields([("label", sec.label), ("title", sec.title),
                              ("level", sec.level), ("kind", sec.kind)])
            marks.append(Mark(f"section-{i}", "section", *sec.span, fields))
    for name in HEADER_FIELDS:
        if (span := _usable(doc, doc.field_spans.get(name))) is not None:
            marks.append(Mark(f"header-{name}", "header", *span,
                              _fields([("field", name), ("value", getattr(doc, name))])))
    for i, signer in enumerate(doc.signers):
        if (span := _usable(doc, signer.span)) is not None:
            marks.append(Mark(f"signer-{i}", "signer", *span, signer_fields(signer)))
    for i, ref in enumerate(doc.references):
        fields = reference_fields(ref)
        marks.append(Mark(f"reference-{i}", "reference", *ref.span, fields))
        extra = [m for m in ref.mentions if m != ref.span and _usable(doc, m)]
        for j, mention in enumerate(extra, start=1):
            marks.append(Mark(f"reference-{i}-{j}", "reference", *mention, fields))
    for i, ind in enumerate(doc.indicators):
        marks.append(Mark(f"indicator-{i}", "indicator", *ind.span, indicator_fields(ind)))
    for i, res in enumerate(doc.results):
        marks.append(Mark(f"result-{i}", "result", *res.span, indicator_fields(res)))
    for i, date in enumerate(doc.dates):
        marks.append(Mark(f"date-{i}", "date", *date.span, date_fields(date)))
    for i, warning in enumerate(doc.warnings):
        if (span := _usable(doc, warning.span)) is not None:
            marks.append(Mark(f"warning-{i}", "warning", *span,
                              _fields([("code", warning.code), ("message", warning.message)])))
    return [m for m in marks if 0 <= m.start < m.end <= len(doc.text)]
