"""Indicators (chỉ tiêu).  (Placeholder: replaced by the indicators issue.)"""

from __future__ import annotations

from kehoach_parser.context import ParseContext


def extract_indicators(ctx: ParseContext) -> None:
    ctx.indicators = []
