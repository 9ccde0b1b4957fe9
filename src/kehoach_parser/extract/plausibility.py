"""Warning W130: the text does not look like an administrative document.

Runs last, over what the other stages found: a text with no header (type, number, issuer),
no section and no administrative vocabulary — or one mostly written in another language —
gets W130, so that a README or an English page parsed by mistake is easy to spot (and to
filter out of a batch store).  The records are kept: the warning only says what was seen.
"""

from __future__ import annotations

from kehoach_parser.context import ParseContext
from kehoach_parser.lang.vi.admin_signals import (
    ADMIN_WORDS,
    FOREIGN_FUNCTION_WORDS,
    FOREIGN_SHARE,
)
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lazy_pattern import lazy_compile

_WORD = lazy_compile(r"\p{L}+")
_ADMIN = lazy_compile(alternation(ADMIN_WORDS, boundary="both", ignore_case=True))


def foreign_share(text: str) -> float:
    """Share of the words of ``text`` that are function words of another language."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    return sum(1 for w in words if w.lower() in FOREIGN_FUNCTION_WORDS) / len(words)


def has_admin_vocabulary(text: str) -> bool:
    return _ADMIN.search(text) is not None


def check_plausibility(ctx: ParseContext) -> None:
    md = ctx.metadata
    has_header = any(v is not None for v in (md.doc_type, md.number, md.symbol, md.issuer))
    share = foreign_share(ctx.text)
    if share >= FOREIGN_SHARE:
        ctx.warn("W130", f"does not look like an administrative document: {share:.0%} of its "
                         "words are function words of another language")
    elif not has_header and not ctx.sections and not has_admin_vocabulary(ctx.text):
        ctx.warn("W130", "does not look like an administrative document: no header, no "
                         "section and no administrative vocabulary")
