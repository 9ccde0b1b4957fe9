"""The document text as HTML with every :class:`~.marks.Mark` wrapped around its span.

Spans may nest (a date inside an indicator) or cross (a reference that starts inside one
indicator and ends in the next).  HTML elements can only nest, so a mark that is still open
when an inner-opened mark must close is cut there and reopened as a *continuation piece*:
every piece of a mark carries ``data-mark`` (its id), only the first piece carries the ``id``,
``tabindex`` and ``aria-describedby``.  The text of a mark is the text of all its pieces.
"""

from __future__ import annotations

from html import escape

from kehoach_parser.viewer.marks import Mark
from kehoach_parser.viewer.palette import KIND_ORDER

#: Kinds drawn as a plain anchor (reached through the outline), not as a tab stop.
ANCHOR_KINDS: frozenset[str] = frozenset({"section"})


def _open_tag(mark: Mark, first: bool) -> str:
    tag = "span" if mark.kind in ANCHOR_KINDS else "mark"
    classes = f"mk k-{mark.kind}" + ("" if first else " cont")
    attrs = [f'class="{classes}"', f'data-mark="{escape(mark.mark_id)}"',
             f'data-kind="{mark.kind}"']
    if first:
        attrs.insert(0, f'id="{escape(mark.mark_id)}"')
        if mark.kind in ANCHOR_KINDS:
            attrs.append('tabindex="-1"')
        else:
            attrs.append('tabindex="0"')
            attrs.append(f'aria-describedby="tip-{escape(mark.mark_id)}"')
    return f"<{tag} {' '.join(attrs)}>"


def _close_tag(mark: Mark) -> str:
    return "</span>" if mark.kind in ANCHOR_KINDS else "</mark>"


def nesting_order(marks: list[Mark]) -> list[Mark]:
    """Marks sorted so that, at one start, the longer (then the earlier kind) opens first."""
    return sorted(marks, key=lambda m: (m.start, -m.end, KIND_ORDER.get(m.kind, 99), m.mark_id))


def render_marked_text(text: str, marks: list[Mark]) -> str:
    """``text`` HTML-escaped, with each mark's span wrapped in one or more elements."""
    ordered = nesting_order(marks)
    starts: dict[int, list[Mark]] = {}
    ends: dict[int, set[str]] = {}
    for m in ordered:
        starts.setdefault(m.start, []).append(m)
        ends.setdefault(m.end, set()).add(m.mark_id)
    cuts = sorted({0, len(text), *starts, *ends})
    out: list[str] = []
    stack: list[Mark] = []
    for pos, nxt in zip(cuts, [*cuts[1:], len(text)], strict=False):
        closing = ends.get(pos, set())
        if closing and any(m.mark_id in closing for m in stack):
            low = min(i for i, m in enumerate(stack) if m.mark_id in closing)
            above = stack[low:]
            del stack[low:]
            out.extend(_close_tag(m) for m in reversed(above))
            for m in above:
                if m.mark_id not in closing:
                    out.append(_open_tag(m, first=False))
                    stack.append(m)
        for m in starts.get(pos, []):
            out.append(_open_tag(m, first=True))
            stack.append(m)
        if nxt > pos:
            out.append(escape(text[pos:nxt], quote=False))
    out.extend(_close_tag(m) for m in reversed(stack))
    return "".join(out)
