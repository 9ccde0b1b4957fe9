"""References to other documents.  (Placeholder: replaced by the references issue.)"""

from __future__ import annotations

from kehoach_parser.context import ParseContext


def extract_references(ctx: ParseContext) -> None:
    ctx.references = []
