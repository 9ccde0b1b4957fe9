"""Placeholder, being written."""

from __future__ import annotations

from kehoach_parser.context import ParseContext


def parse_footer(ctx: ParseContext) -> None:
    return None
