"""Which convention a written number follows, and the numbers whose reading it decides.

:func:`~kehoach_parser.extract.numbers.parse_vi_number` reads one separator followed by
exactly three digits the Vietnamese way: "1.500" → 1500, "1,500" → 1.5.  Under the English
convention the same strings mean 1.5 and 1500.  In a document that writes its figures the
Vietnamese way ("54,6", "1.500.000") that reading is safe; in one that also writes figures
the English way ("9.5%", "1,500,000", "1,500.5") it is a guess.  :func:`ambiguous_values`
finds those guesses among the values of a document's figures (warning W107).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

from kehoach_parser.document import Indicator
from kehoach_parser.extract.numbers import NUMBER_PATTERN
from kehoach_parser.lazy_pattern import lazy_compile

Span = tuple[int, int]
Notation = Literal["vi", "en", "ambiguous", "plain"]

# (a leading 0 is never a thousands group: "0,125" and "0.125" are decimals either way)
_AMBIGUOUS_RE = lazy_compile(r"[1-9]\d{0,2}[.,]\d{3}")
_VI_RE = lazy_compile(
    r"\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}|\d+,(?:\d{1,2}|\d{4,})|0,\d+")
_EN_RE = lazy_compile(
    r"\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:,\d{3}){2,}|\d+\.(?:\d{1,2}|\d{4,})|0\.\d+")
_NUMBER_RE = lazy_compile(rf"(?<![\d.,]){NUMBER_PATTERN}(?![\d])")
#: How far after the value a range's second number ("từ 1.200 đến 1.500 tấn") may stand.
RANGE_WINDOW = 40


def notation(written: str) -> Notation:
    """The convention ``written`` follows: "vi" ("54,6", "1.500.000", "1.500,5"), "en"
    ("9.5", "1,500,000", "1,500.5"), "ambiguous" ("1.500", "1,500": either), or "plain"
    (no separator, or separators that fit neither, such as a date "15.12.2026")."""
    digits = written.lstrip("+-−")
    if _AMBIGUOUS_RE.fullmatch(digits):
        return "ambiguous"
    if _VI_RE.fullmatch(digits):
        return "vi"
    if _EN_RE.fullmatch(digits):
        return "en"
    return "plain"


def _value_numbers(text: str, figure: Indicator) -> Iterable[tuple[str, Span]]:
    """The numbers written in a figure's value (and, for a range, up to its unit)."""
    span = figure.field_spans.get("value")
    if span is None:
        return
    start, end = span
    unit = figure.field_spans.get("unit")
    if unit is not None and end <= unit[0] <= end + RANGE_WINDOW:
        end = unit[0]
    for m in _NUMBER_RE.finditer(text, start, end):
        yield m.group(), m.span()


def ambiguous_values(text: str, figures: Sequence[Indicator]) -> list[tuple[str, Span, str]]:
    """The values read by convention in a document whose figures use both conventions:
    (the number as written, its span, a figure of the document written the English way).
    Empty when every figure follows one convention."""
    numbers = [(w, s, notation(w)) for f in figures for w, s in _value_numbers(text, f)]
    english = next((w for w, _, kind in numbers if kind == "en"), None)
    if english is None:
        return []
    seen: set[Span] = set()
    out = []
    for written, span, kind in numbers:
        if kind == "ambiguous" and span not in seen:
            seen.add(span)
            out.append((written, span, english))
    return out
