"""Ruled tables of a PDF page: the cell grid drawn by the page's rules, and its rows as text.

Engine-independent.  An engine hands over the page's rules (thin filled rectangles, stroked
lines, the edges of stroked rectangles) as boxes; :func:`find_grids` joins rules that touch
into grids, and a grid with two columns or more is a table.  The engine then cuts every text
line that crosses a column rule into one piece per cell (:meth:`Grid.column_at` tells which
cell a character is in; see :mod:`.pdf`), and :func:`grid_rows` reads the pieces cell by
cell: a cell's lines joined with one space, one line per table row written
``| c1 | c2 | … |`` with empty cells kept, so that every row has the columns of the grid.

Columns: the vertical rules that cross a row decide its cells; a cell merged over several
columns (no rule between them) is written in its first column, the others empty.  Rows: the
horizontal rules; a table that runs over pages is read page by page (the table readers drop
a header printed again).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kehoach_parser.loaders.layout_params import DEFAULT_LAYOUT, LayoutParams

if TYPE_CHECKING:
    from kehoach_parser.loaders.pdf_layout import Line

Box = tuple[float, float, float, float]  # left, bottom, right, top


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal (``across``) or vertical rule: its position and its extent."""

    across: bool
    at: float  # y of a horizontal rule, x of a vertical one
    start: float  # x0 (horizontal) or y0 (vertical)
    end: float


def rules_of_boxes(boxes: list[Box], lp: LayoutParams = DEFAULT_LAYOUT) -> list[Rule]:
    """The rules among drawn boxes: a box thinner than ``rule_max_thickness`` one way and
    longer than ``rule_min_length`` the other is a rule; anything else (a shaded area, a
    dot at a joint) is not."""
    out: list[Rule] = []
    for x0, y0, x1, y1 in boxes:
        w, h = x1 - x0, y1 - y0
        if h <= lp.rule_max_thickness and w >= lp.rule_min_length:
            out.append(Rule(True, (y0 + y1) / 2, x0, x1))
        elif w <= lp.rule_max_thickness and h >= lp.rule_min_length:
            out.append(Rule(False, (x0 + x1) / 2, y0, y1))
    return out


def outline_boxes(box: Box) -> list[Box]:
    """The four edges of a stroked rectangle, as boxes of no thickness."""
    x0, y0, x1, y1 = box
    return [(x0, y0, x1, y0), (x0, y1, x1, y1), (x0, y0, x0, y1), (x1, y0, x1, y1)]


def _touch(a: Rule, b: Rule, slack: float) -> bool:
    if a.across == b.across:
        return (abs(a.at - b.at) <= slack and a.start <= b.end + slack
                and b.start <= a.end + slack)
    h, v = (a, b) if a.across else (b, a)
    return (h.start - slack <= v.at <= h.end + slack
            and v.start - slack <= h.at <= v.end + slack)


def _merge_collinear(rules: list[Rule], slack: float) -> list[Rule]:
    """Pieces of one rule (a row rule drawn cell by cell) made one rule."""
    out: list[Rule] = []
    for rule in sorted(rules, key=lambda r: (r.across, round(r.at / max(slack, 0.01)),
                                             r.start)):
        last = out[-1] if out else None
        if last is not None and last.across == rule.across \
                and abs(last.at - rule.at) <= slack and rule.start <= last.end + slack:
            out[-1] = Rule(last.across, last.at, last.start, max(last.end, rule.end))
        else:
            out.append(rule)
    return out


def _positions(values: list[float], slack: float) -> list[float]:
    """Values closer than ``slack`` made one (their first value), sorted."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > slack:
            out.append(v)
    return out


@dataclass(slots=True)
class Grid:
    """One ruled table of a page."""

    xs: list[float]  # column rules, left to right
    ys: list[float]  # row rules, top to bottom
    verticals: list[Rule]
    slack: float
    #: per row band (between ys[k] and ys[k+1]): the column rules that cross it
    _bands: list[list[float]] = field(default_factory=list)

    #: the row rules' heights negated (ascending, for bisect)
    _depths: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._depths = [-y for y in self.ys]
        for top, bottom in zip(self.ys, self.ys[1:], strict=False):
            mid = (top + bottom) / 2
            crossing = [v.at for v in self.verticals if v.start - self.slack <= mid
                        <= v.end + self.slack]
            self._bands.append(_positions(crossing, self.slack))

    @property
    def columns(self) -> int:
        return len(self.xs) - 1

    @property
    def top(self) -> float:
        return self.ys[0]

    def row_at(self, y: float) -> int | None:
        """The row band holding height ``y``, or None outside the grid."""
        if not self.ys[-1] < y < self.ys[0]:
            return None
        return min(bisect_right(self._depths, -y) - 1, len(self._bands) - 1)

    def column_at(self, x: float, y: float) -> int | None:
        """The column of the cell holding the point, or None outside the grid.  In a row
        whose cell spans several columns, the span's first column."""
        row = self.row_at(y)
        return None if row is None else self.column_in_row(x, row)

    def rules_across(self, row: int) -> list[float]:
        """The column rules that cross row band ``row``, left to right."""
        return self._bands[row]

    def column_in_row(self, x: float, row: int) -> int | None:
        """:meth:`column_at` for a point of row band ``row``."""
        if not self.xs[0] < x < self.xs[-1]:
            return None
        crossing = self._bands[row]
        k = bisect_right(crossing, x) - 1
        if k < 0:
            return None
        return max(bisect_right(self.xs, crossing[k] + self.slack) - 1, 0)

    def crosses(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        """Does a box whose middle height is inside the grid overlap it?"""
        return (self.ys[-1] < (y0 + y1) / 2 < self.ys[0]
                and x0 < self.xs[-1] and x1 > self.xs[0])

    def holds(self, ln: Line) -> bool:
        """Is the line's centre inside the grid?"""
        return (self.xs[0] < ln.center < self.xs[-1]
                and self.ys[-1] < (ln.y0 + ln.y1) / 2 < self.ys[0])


def find_grids(rules: list[Rule], lp: LayoutParams = DEFAULT_LAYOUT) -> list[Grid]:
    """Rules that touch, joined; a group with two columns or more and a top and bottom
    rule is a table grid."""
    slack = lp.rule_join_slack
    rules = _merge_collinear(rules, slack)
    parent = list(range(len(rules)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # a sweep from left to right: only rules whose horizontal extents meet can touch
    spans = [(r.start, r.end) if r.across else (r.at, r.at) for r in rules]
    active: list[int] = []
    for i in sorted(range(len(rules)), key=lambda k: spans[k][0]):
        left = spans[i][0] - slack
        active = [j for j in active if spans[j][1] >= left]
        for j in active:
            if _touch(rules[i], rules[j], slack):
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[rj] = ri
        active.append(i)
    groups: dict[int, list[Rule]] = {}
    for i, rule in enumerate(rules):
        groups.setdefault(find(i), []).append(rule)
    grids: list[Grid] = []
    for group in groups.values():
        verticals = [r for r in group if not r.across]
        xs = _positions([r.at for r in verticals], slack)
        ys = _positions([r.at for r in group if r.across], slack)[::-1]
        if len(xs) - 1 < lp.table_min_rule_columns or len(ys) < 2:
            continue
        grids.append(Grid(xs, ys, verticals, slack))
    grids.sort(key=lambda g: -g.top)
    return grids


def _join_cell(parts: list[str]) -> str:
    """A cell's lines, top to bottom, joined with one space; a line ending in a hyphen right
    after a word keeps it and joins the next line without a space (as written)."""
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if out and not (out.endswith("-") and len(out) > 1 and (out[-2].isalnum()
                                                                 or out[-2] == "_")):
            out += " "
        out += part
    return out


def grid_rows(grid: Grid, lines: list[Line]) -> list[str]:
    """The grid's rows as ``| c1 | c2 | … |`` lines; ``lines`` are the pieces of text the
    engine cut at the column rules.  A row with no text is left out."""
    cells: dict[tuple[int, int], list[Line]] = {}
    for ln in lines:
        mid_y = (ln.y0 + ln.y1) / 2
        row = grid.row_at(mid_y)
        col = grid.column_at(ln.center, mid_y)
        if row is None or col is None:
            continue
        cells.setdefault((row, min(col, grid.columns - 1)), []).append(ln)
    out: list[str] = []
    for row in sorted({r for r, _ in cells}):
        texts = []
        for col in range(grid.columns):
            held = sorted(cells.get((row, col), []), key=lambda ln: (-ln.y1, ln.x0))
            texts.append(_join_cell([ln.text for ln in _visual_lines(held)]))
        if any(texts):
            out.append("| " + " | ".join(texts) + " |")
    return out


def _visual_lines(held: list[Line]) -> list[Line]:
    """Pieces of one cell on the same visual line, left to right, as one piece each."""
    from kehoach_parser.loaders.pdf_layout import Line

    out: list[Line] = []
    for ln in held:
        if out and ln.y0 < out[-1].y1 and out[-1].y0 < ln.y1 and \
                abs((ln.y0 + ln.y1) / 2 - (out[-1].y0 + out[-1].y1) / 2) < ln.height / 2:
            prev = out[-1]
            first, second = (prev, ln) if prev.x0 <= ln.x0 else (ln, prev)
            out[-1] = Line(ln.page, first.x0, min(prev.y0, ln.y0), second.x1,
                           max(prev.y1, ln.y1),
                           f"{first.text.strip()} {second.text.strip()}", ln.size, ln.bold)
        else:
            out.append(ln)
    return out


def split_at_columns(grid: Grid, boxes: list[Box | None]) -> list[tuple[int, int, Box]]:
    """A text line's characters by their boxes (``None`` for a space without one), cut
    where the cell changes: (first index, end index, box) per piece.  A space goes with
    the piece before it.  The line's row band is its first character's."""
    solid = [k for k, b in enumerate(boxes) if b is not None]
    if not solid:
        return []
    first_box = boxes[solid[0]]
    assert first_box is not None
    row = grid.row_at((first_box[1] + first_box[3]) / 2)
    # each character's cell as the number of the row's column rules left of its centre
    # (0: outside the grid); the same cuts as :meth:`Grid.column_in_row`, without a call
    # per character
    crossing = grid.rules_across(row) if row is not None else []
    lo, hi = grid.xs[0], grid.xs[-1]
    centres = [(b[0] + b[2]) / 2 for b in (boxes[k] for k in solid) if b is not None]
    cols = [bisect_right(crossing, x) if lo < x < hi else 0 for x in centres]
    pieces: list[tuple[int, int, Box]] = []
    start = 0  # index into solid of the piece's first character
    for n in range(1, len(solid) + 1):
        if n < len(solid) and cols[n] == cols[start]:
            continue
        mine = [b for b in (boxes[k] for k in solid[start:n]) if b is not None]
        end = solid[n] if n < len(solid) else len(boxes)
        pieces.append((solid[start] if start else 0, end,
                       (min(b[0] for b in mine), min(b[1] for b in mine),
                        max(b[2] for b in mine), max(b[3] for b in mine))))
        start = n
    return pieces


__all__ = ["Grid", "Rule", "find_grids", "grid_rows", "outline_boxes", "rules_of_boxes",
           "split_at_columns"]
