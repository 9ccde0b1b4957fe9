"""Placeholder, being written."""

from __future__ import annotations

from kehoach_parser.context import ParseContext


def build_outline(ctx: ParseContext) -> None:
    return None
