"""The issuer read off the symbol's issuing-body code, for the few codes that name one body
in the whole country ("31/1999/QH10" → "Quốc hội", "12/CĐ-TTg" → "Thủ tướng Chính phủ").

Read only when neither the header nor the text names the issuer (a resolution copied
without its header's body line and its enacting line).
"""

from __future__ import annotations

from kehoach_parser.document import Span
from kehoach_parser.lang.vi.header_words import NATIONAL_ISSUER_CODES
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lazy_pattern import lazy_compile

#: The last code of a symbol, after "-" or "/" or alone, with a term number after it.
_LAST_CODE_RE = lazy_compile(
    r"(?:^|[-/])(?P<code>" + alternation(NATIONAL_ISSUER_CODES) + r")\d*$")


def issuer_from_symbol(symbol: str, span: Span) -> tuple[str, Span] | None:
    """The body that the symbol's last code names alone, with the code's span (``span`` is
    the symbol's); None for any other symbol."""
    m = _LAST_CODE_RE.search(symbol)
    if m is None:
        return None
    name = NATIONAL_ISSUER_CODES[m.group("code")]
    start, end = span
    if end - start != len(symbol):
        return name, span  # printed with spaces or put together from pieces: all of it
    return name, (start + m.start("code"), start + m.end("code"))
