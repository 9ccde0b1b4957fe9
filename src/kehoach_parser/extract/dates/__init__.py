"""Dates with roles, and year-range terms."""

from __future__ import annotations

from kehoach_parser.context import ParseContext


def extract_dates(ctx: ParseContext) -> None:
    ctx.dates = []
    ctx.terms = []
