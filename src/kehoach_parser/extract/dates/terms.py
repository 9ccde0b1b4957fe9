"""Spans of years: "nhiệm kỳ 2025 - 2030", "giai đoạn 2026-2030", "năm học 2025-2026".

A year range is two years joined by a dash ("2025 -2030", "2025–2030") or by "đến" after
"từ" ("từ năm 2021 đến năm 2025").  The word before it gives the kind
(:data:`~kehoach_parser.lang.vi.date_words.TERM_WORDS`: "term", "phase", "school_year",
"plan"); a range with no such word has kind None.  The second year must not precede the
first.  Year ranges are never date mentions.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator

import regex

from kehoach_parser.document import Span, Term
from kehoach_parser.lang.vi.date_words import RANGE_JOINERS, TERM_WORDS
from kehoach_parser.lang.vi.patterns import BLANKS, alternation
from kehoach_parser.lazy_pattern import lazy_compile

_KW = alternation(TERM_WORDS, space=BLANKS)
#: "2021 đến 2025": the joiners that are words (the dashes are matched with their spaces).
_TO = alternation((j for j in RANGE_JOINERS if j.isalpha()), ignore_case=True)
_YEAR = r"(?:1[89]|2\d)\d\d"
_TERM_RE = lazy_compile(
    rf"""
    (?:(?<![\p{{L}}\d])(?P<kw>(?i:{_KW}))(?:[ \t]*,?[ \t]+|[ \t]*(?P<paren>\()[ \t]*))?
    (?:(?<![\p{{L}}\d])(?P<tu>(?i:từ))[ \t]+)?
    (?:(?i:năm)[ \t]+)?
    (?<![\d/.\-–—,])(?P<a>{_YEAR})
    (?:[ \t]*[-–—][ \t]*|[ \t]+(?P<den>{_TO})[ \t]+(?:(?i:năm)[ \t]+)?)
    (?P<b>{_YEAR})(?![\d/]|[.,]\d)
    """,
    regex.VERBOSE,
)
#: The two years and their joiner, as in :data:`_TERM_RE` (every match holds one where its
#: first year starts): found first, so that the words before it are read only there.
_CORE_RE = lazy_compile(
    rf"""
    (?<![\d/.\-–—,])(?:{_YEAR})
    (?:[ \t]*[-–—][ \t]*|[ \t]+(?:{_TO})[ \t]+(?:(?i:năm)[ \t]+)?)
    (?:{_YEAR})(?![\d/]|[.,]\d)
    """,
    regex.VERBOSE,
)
#: What the words before the years may hold (letters, digits of "5 năm", blanks, "(", ","),
#: read backwards from the first year: no match with that year starts before it.
_LEAD_BACK_RE = lazy_compile(r"[\p{L}\p{N} \t(,]*", regex.REVERSE)


def _overlaps(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps a span; ``starts`` sorted, ``reach[i]`` the largest
    end among the first ``i + 1`` spans."""
    i = bisect.bisect_left(starts, end)
    return i > 0 and reach[i - 1] > start


_SPACE_RUN_RE = lazy_compile(r"\s+")
_CLOSE_PAREN_RE = lazy_compile(r"[ \t]*\)")


def term_matches(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :data:`_TERM_RE` over ``text``, as ``finditer`` gives them, without
    trying the pattern at every position: from each pair of joined years, the search starts
    where the words that may precede them start."""
    pos = 0
    while True:
        core = _CORE_RE.search(text, pos)
        if core is None:
            return
        lead = _LEAD_BACK_RE.match(text, pos, core.start())
        m = _TERM_RE.search(text, lead.start() if lead is not None else core.start())
        if m is None:
            return
        yield m
        pos = m.end()


def find_terms(text: str, taken: list[Span]) -> list[Term]:
    """Every year range of ``text`` outside the ``taken`` spans (dates, citations)."""
    spans = sorted(taken)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    terms: list[Term] = []
    for m in term_matches(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if b < a:
            continue
        if m.group("den") and not (m.group("tu") or m.group("kw")):
            continue
        if _overlaps(starts, reach, m.start("a"), m.end("b")):
            continue
        kw = m.group("kw")
        start = m.start("kw") if kw else (m.start("tu") if m.group("tu") else m.start())
        kind = TERM_WORDS.get(_SPACE_RUN_RE.sub(" ", kw).casefold()) if kw else None
        stop = m.end()
        if m.group("paren"):  # "Kế hoạch 5 năm (2021 - 2025)": take the closing parenthesis
            close = _CLOSE_PAREN_RE.match(text[stop:])
            stop += close.end() if close else 0
        terms.append(Term(text=text[start:stop], kind=kind, start_year=a, end_year=b,
                          span=(start, stop)))
    return terms
