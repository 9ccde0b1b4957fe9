"""Indicators (chỉ tiêu): the quantified targets a plan commits to.

The stage reads the body line by line (:mod:`.structure`), cuts each item into clauses
(:mod:`.clauses`), finds values with their comparators and units (:mod:`.values`,
:mod:`.units`), names what they measure (:mod:`.names`), reads tables of targets
(:mod:`.tables`) and drops numbers that are not targets (:mod:`.guards`).  Each target
becomes an :class:`~kehoach_parser.document.Indicator` with its span, field spans, section
and category; later mentions of the same target point to the first with ``restates``.

The vocabulary lives in :mod:`kehoach_parser.lang.vi` (comparators, units, directions,
indicator_guards, indicator_words, measure_nouns, categories, table_words).
"""

from __future__ import annotations

from kehoach_parser.context import ParseContext
from kehoach_parser.document import Indicator
from kehoach_parser.extract.indicators.walker import extract
from kehoach_parser.extract.notation import ambiguous_values
from kehoach_parser.models.status_model import status_model_problem
from kehoach_parser.text.aligned import AlignedText
from kehoach_parser.text.lines import split_lines

__all__ = ["extract_indicators", "figures_from_text", "indicators_from_text"]


def extract_indicators(ctx: ParseContext) -> None:
    """Pipeline stage: fill ``ctx.indicators`` (targets) and ``ctx.results`` (reported
    figures and facts)."""
    problem = status_model_problem()
    if problem is not None:
        ctx.warn("W113", f"indicator status model refused, rules used alone: {problem}")
    ctx.indicators, ctx.results = extract(ctx)
    for written, span, english in ambiguous_values(ctx.text, [*ctx.indicators, *ctx.results]):
        ctx.warn("W107", f"ambiguous number notation: '{written}' read the Vietnamese way, "
                         f"but the document also writes '{english}' the English way", span)


def figures_from_text(text: str) -> tuple[list[Indicator], list[Indicator]]:
    """Run the stage alone on normalised ``text``: (targets, results)."""
    ctx = ParseContext(aligned=AlignedText(text), lines=split_lines(text))
    ctx.body = (0, len(text))
    extract_indicators(ctx)
    return ctx.indicators, ctx.results


def indicators_from_text(text: str) -> list[Indicator]:
    """Run the stage alone on normalised ``text`` (no header, outline or dates)."""
    return figures_from_text(text)[0]
