"""References to other documents."""

from __future__ import annotations

from kehoach_parser.context import ParseContext


def extract_references(ctx: ParseContext) -> None:
    ctx.references = []
