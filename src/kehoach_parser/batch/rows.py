"""Turn a :class:`~kehoach_parser.document.Document` into store rows (done in the workers)."""

from __future__ import annotations

import json
import zlib
from typing import Any

from kehoach_parser.document import Document, Span


def _span(span: Span | None) -> tuple[int | None, int | None]:
    return (span[0], span[1]) if span is not None else (None, None)


def _json(value: Any) -> str | None:
    if not value:
        return None
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _spans_json(spans: dict[str, Span]) -> str | None:
    return _json({k: list(v) for k, v in spans.items()})


def document_fields(doc: Document) -> dict[str, Any]:
    """Values of the ``documents`` columns that come from the parsed document."""
    return {
        "doc_type": doc.doc_type,
        "number": doc.number,
        "symbol": doc.symbol,
        "title": doc.title,
        "place": doc.place,
        "issued_date": doc.issued_date,
        "issuer": doc.issuer,
        "encoding": doc.encoding,
        "archive": _json(doc.archive),
        "field_spans": _spans_json(doc.field_spans),
        "n_chars": len(doc.text),
        "n_sections": len(doc.sections),
        "n_indicators": len(doc.indicators),
        "n_dates": len(doc.dates),
        "n_references": len(doc.references),
        "n_recipients": len(doc.recipient_entries),
        "n_warnings": len(doc.warnings),
    }


def child_rows(doc: Document) -> dict[str, list[tuple[Any, ...]]]:
    """Rows of every child table, in :data:`~kehoach_parser.batch.schema.CHILD_TABLES` order."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    out["sections"] = [
        (i, s.parent, s.label, s.title, s.level, s.kind, s.category,
         *_span(s.span), *_span(s.body_span))
        for i, s in enumerate(doc.sections)
    ]
    out["indicators"] = [
        (i, x.name, x.group, x.comparator, x.value, x.value_max, x.unit, x.direction, x.year,
         x.label, x.text, x.total, x.baseline_year, x.section, x.category, x.restates,
         *_span(x.span), _spans_json(x.field_spans))
        for i, x in enumerate(doc.indicators)
    ]
    out["dates"] = [
        (i, d.text, d.value, d.role, d.granularity, int(d.recurring), d.responsible,
         *_span(d.task_span), *_span(d.span))
        for i, d in enumerate(doc.dates)
    ]
    out["terms"] = [
        (i, t.text, t.kind, t.start_year, t.end_year, *_span(t.span))
        for i, t in enumerate(doc.terms)
    ]
    out["doc_references"] = [
        (i, r.text, r.doc_type, r.number, r.date, r.issuer, r.canonical_id, r.relation,
         _json([list(m) for m in r.mentions]), *_span(r.span), _spans_json(r.field_spans))
        for i, r in enumerate(doc.references)
    ]
    out["recipients"] = [
        (i, r.text, r.name, r.note, r.purpose, *_span(r.span))
        for i, r in enumerate(doc.recipient_entries)
    ]
    out["signers"] = [
        (i, s.name, s.position, s.authority, s.on_behalf_of, *_span(s.span),
         _spans_json(s.field_spans))
        for i, s in enumerate(doc.signers)
    ]
    out["warnings"] = [
        (i, w.code, w.message, *_span(w.span)) for i, w in enumerate(doc.warnings)
    ]
    return out


def compress_document(doc: Document) -> bytes:
    """The full document (text included, so spans can be resolved) as zlib'd JSON."""
    return zlib.compress(doc.model_dump_json().encode("utf-8"), 6)


def decompress_document(blob: bytes) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(zlib.decompress(blob))
    return data
