"""Dates with roles, and year-range terms.

:func:`extract_dates` fills ``ctx.dates`` (one :class:`~kehoach_parser.document.DateMention`
per date expression, in order) and ``ctx.terms`` (year ranges).  It runs after the
reference stage so that the dates of citations get the role ``reference``.

Values are ISO and as complete as written; ``granularity`` says how complete.  A date
without a year is kept with a partial value and never a guessed year: "ngày 26/3" →
"--03-26", "tháng 12" → "--12" (the ISO 8601 forms for a day or month of no particular
year), and ``recurring`` is True when a yearly cue follows ("hằng năm").  A quarter or
half-year written without its year ("6 tháng cuối năm", "trong quý II") points at "this
year" of the context, like "6 tháng" alone: it is not a date mention (the gold format lists
only the ones that carry a year), so no year is ever guessed for it.  Impossible dates
("31/02/2026") are not dates: they give warning W101.  See
``docs/dates_and_references.md``.
"""

from __future__ import annotations

from kehoach_parser.context import ParseContext
from kehoach_parser.document import DateMention, Span
from kehoach_parser.extract.dates.roles import assign_role, find_issued
from kehoach_parser.extract.dates.scan import (
    RECURRING_AFTER_RE,
    RawDate,
    ScanResult,
    match_date_at,
    scan_dates,
)
from kehoach_parser.extract.dates.tasks import responsible_for, task_span
from kehoach_parser.extract.dates.terms import find_terms
from kehoach_parser.text.span_index import SpanIndex

__all__ = ["RawDate", "ScanResult", "extract_dates", "match_date_at", "scan_dates"]

def extract_dates(ctx: ParseContext) -> None:
    text = ctx.text
    scan = scan_dates(text)
    for s, e, written in scan.invalid:
        ctx.warn("W101", f"impossible calendar date '{written}' is not read as a date", (s, e))
    citations: list[Span] = [m for ref in ctx.references for m in ref.mentions]
    issued = find_issued(text, scan.dates, ctx.metadata.spans.get("issued_date"))
    cited = SpanIndex(citations)
    dates: list[DateMention] = []
    for i, raw in enumerate(scan.dates):
        if raw.year is None and raw.granularity in ("quarter", "half"):
            continue  # anaphoric "6 tháng đầu năm": no date of its own
        role = assign_role(text, scan.dates, i, issued=issued, citations=cited)
        recurring = raw.year is None and RECURRING_AFTER_RE.match(text, raw.end) is not None
        mention = DateMention(
            text=raw.text, value=raw.iso(), role=role, granularity=raw.granularity,
            recurring=recurring, responsible=None, task_span=None, span=(raw.start, raw.end),
        )
        if role == "deadline":
            mention.task_span = task_span(text, raw.start, raw.end)
            mention.responsible = responsible_for(ctx, raw.start, raw.end)
        dates.append(mention)
    ctx.dates = dates
    taken: list[Span] = [(r.start, r.end) for r in scan.dates] + citations
    for ref in ctx.references:
        number_span = ref.field_spans.get("number")
        if number_span is not None:
            taken.append(number_span)
    ctx.terms = find_terms(text, taken)
