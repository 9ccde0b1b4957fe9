"""The records of a :class:`~kehoach_parser.document.Document` as labelled spans.

One :class:`RecordSpan` per place in :attr:`Document.text` that a record was read from,
grouped under four keys (the groups a span viewer or the spaCy component shows):

- ``indicators``: targets (label ``target``) and report figures (label ``result``);
- ``dates``: label = the date's role (``issued``, ``deadline`` …);
- ``references``: label = the cited document's type (``Quyết định`` …); one span per
  mention, so a document cited three times gives three spans;
- ``sections``: the heading line; label = the section's kind (``purpose`` …), ``section``
  for the nested headings that have none.

Each span has an ``record_id`` unique within the document: ``indicators:3``, ``results:0``,
``dates:1``, ``references:2`` (its first mention), ``references:2#1`` (its second) and
``sections:5`` (the index in :attr:`Document.sections`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from pydantic import BaseModel

from kehoach_parser.document import Document, Span

#: The groups, in the order :func:`record_spans` yields them.
SPAN_GROUPS: Final[tuple[str, ...]] = ("indicators", "dates", "references", "sections")

#: Label of a heading without a semantic kind (kinds are set on level-1 sections only).
PLAIN_SECTION_LABEL: Final = "section"
#: Label of a reference whose document type was not read.
PLAIN_REFERENCE_LABEL: Final = "reference"


@dataclass(frozen=True)
class RecordSpan:
    """One record (or one mention of it) and where it is in :attr:`Document.text`."""

    group: str
    label: str
    record_id: str
    record: BaseModel
    span: Span


def record_spans(document: Document) -> list[RecordSpan]:
    """Every record of ``document`` with its span, grouped as :data:`SPAN_GROUPS`."""
    out: list[RecordSpan] = []
    for i, ind in enumerate(document.indicators):
        out.append(RecordSpan("indicators", ind.status or "target", f"indicators:{i}", ind,
                              ind.span))
    for i, res in enumerate(document.results):
        out.append(RecordSpan("indicators", res.status or "result", f"results:{i}", res,
                              res.span))
    for i, date in enumerate(document.dates):
        out.append(RecordSpan("dates", date.role, f"dates:{i}", date, date.span))
    for i, ref in enumerate(document.references):
        label = ref.doc_type or PLAIN_REFERENCE_LABEL
        spans = list(dict.fromkeys([ref.span, *ref.mentions]))
        for m, span in enumerate(spans):
            rid = f"references:{i}" if m == 0 else f"references:{i}#{m}"
            out.append(RecordSpan("references", label, rid, ref, span))
    for i, sec in enumerate(document.sections):
        out.append(RecordSpan("sections", sec.kind or PLAIN_SECTION_LABEL, f"sections:{i}", sec,
                              sec.span))
    return out
