"""The first stage: does the text read as Vietnamese at all?

A text left garbled by a wrong decoding that no repair undid, or a text in another language,
still yields "records" — numbers next to words.  This stage measures the share of words that
are Vietnamese syllables (:mod:`kehoach_parser.text.vietnamese`) and, below the threshold,
warns (W115).  :func:`mark_low_confidence`, the last stage, then sets ``low_confidence`` on
every record of a document that carries W115 or W130 (not an administrative document).
"""

from __future__ import annotations

from kehoach_parser.context import ParseContext
from kehoach_parser.text.vietnamese import VIETNAMESE_SHARE, reads_as_vietnamese


def check_language(ctx: ParseContext) -> None:
    ok, share = reads_as_vietnamese(ctx.text)
    if not ok and share is not None:
        ctx.warn("W115", f"only {share:.0%} of the words are Vietnamese syllables (below "
                         f"{VIETNAMESE_SHARE:.0%}): the text may be damaged or not Vietnamese; "
                         "its records are low confidence")


#: Warnings that make every record of the document low confidence.
LOW_CONFIDENCE_WARNINGS = frozenset({"W115", "W130"})


def mark_low_confidence(ctx: ParseContext) -> None:
    if not any(w.code in LOW_CONFIDENCE_WARNINGS for w in ctx.warnings):
        return
    for records in (ctx.indicators, ctx.results, ctx.dates, ctx.terms, ctx.references):
        for record in records:
            record.low_confidence = True
