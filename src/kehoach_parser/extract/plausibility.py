"""Warning W130: the text does not look like an administrative document.

Runs last, over what the other stages found: a text with no header (type, number, issuer),
no section, no cited document and no administrative vocabulary — or one mostly written in
another language — gets W130, so that a README or an English page parsed by mistake is easy
to spot (and to filter out of a batch store).  The records are kept: the warning only says
what was seen.
"""

from __future__ import annotations

from kehoach_parser.context import ParseContext
from kehoach_parser.lang.vi.admin_signals import ADMIN_WORDS, FOREIGN_SHARE
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.word_tally import tally_words

_ADMIN = lazy_compile(alternation(ADMIN_WORDS, boundary="both", ignore_case=True))


def foreign_share(text: str) -> float:
    """Share of the words (runs of letters) of ``text`` that are function words of another
    language."""
    tally = tally_words(text)
    return tally.foreign / tally.runs if tally.runs else 0.0


def has_admin_vocabulary(text: str) -> bool:
    return _ADMIN.search(text) is not None


def check_plausibility(ctx: ParseContext) -> None:
    md = ctx.metadata
    has_header = any(v is not None for v in (md.doc_type, md.number, md.symbol, md.issuer))
    share = foreign_share(ctx.text)
    if share >= FOREIGN_SHARE:
        ctx.warn("W130", f"does not look like an administrative document: {share:.0%} of its "
                         "words are function words of another language")
    elif not has_header and not ctx.sections and not ctx.references \
            and not has_admin_vocabulary(ctx.text):
        # (a citation with a number, "QĐ số 270/QĐ-TTg", marks an annex table cut from its
        # decision as administrative)
        ctx.warn("W130", "does not look like an administrative document: no header, no "
                         "section and no administrative vocabulary")
