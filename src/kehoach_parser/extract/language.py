"""The first stage: does the text read as Vietnamese at all?

A text left garbled by a wrong decoding that no repair undid, or a text in another language,
still yields "records" — numbers next to words.  This stage measures the share of words that
are Vietnamese syllables (:mod:`kehoach_parser.text.vietnamese`) and, below the threshold,
warns (W115) and marks the document's records as low confidence (``ctx.low_confidence``).
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
