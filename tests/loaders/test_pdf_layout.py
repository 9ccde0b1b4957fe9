"""The layout step's shortcuts (issue 15, the PDF fast path): each gives what the plain
definition gives, on lines made up here."""

from __future__ import annotations

import random

from kehoach_parser.loaders import pdf_layout
from kehoach_parser.loaders.layout_params import DEFAULT_LAYOUT
from kehoach_parser.loaders.pdf_layout import Line, Page


def _random_lines(rnd: random.Random, n: int) -> list[Line]:
    lines = []
    for k in range(n):
        y0 = float(rnd.choice([rnd.randint(0, 800), 700, 700, 100]))  # ties on purpose
        height = rnd.choice([0.0, 4.0, 11.0, 11.0, 14.5])
        x0 = float(rnd.choice([72, 72, rnd.randint(0, 500)]))
        lines.append(Line(1, x0, y0, x0 + rnd.randint(1, 300), y0 + height, f"dòng {k}"))
    return lines


def _isolated_by_definition(ln: Line, page: Page) -> bool:
    others = [o for o in page.lines if o is not ln and not (o.y0 < ln.y1 and ln.y0 < o.y1)]
    if not others:
        return True
    nearest = min(min(abs(o.y0 - ln.y1), abs(ln.y0 - o.y1)) for o in others)
    return nearest > DEFAULT_LAYOUT.furniture_isolation * ln.height


def test_isolation_is_the_nearest_other_lines_distance() -> None:
    rnd = random.Random(7)
    seen = set()
    for _ in range(200):
        page = Page(1, 595.0, 842.0, _random_lines(rnd, rnd.randint(1, 12)))
        for ln in page.lines:
            got = pdf_layout._isolated(ln, page, DEFAULT_LAYOUT)
            assert got == _isolated_by_definition(ln, page)
            seen.add(got)
    assert seen == {True, False}


def test_a_lone_line_is_isolated_and_a_close_neighbour_is_not() -> None:
    head = Line(1, 72, 800, 300, 811, "Tiêu đề chạy")
    body = [Line(1, 72, 700 - 14 * k, 500, 711 - 14 * k, f"thân {k}") for k in range(5)]
    page = Page(1, 595.0, 842.0, [head, *body])
    assert pdf_layout._isolated(head, page, DEFAULT_LAYOUT)
    assert not pdf_layout._isolated(body[2], page, DEFAULT_LAYOUT)
    alone = Page(1, 595.0, 842.0, [head])
    assert pdf_layout._isolated(head, alone, DEFAULT_LAYOUT)


def _rows_by_definition(lines: list[Line]) -> list[list[Line]]:
    """Lines sharing a vertical band, by the key (-top, left), each row by left edge.  (The
    old definition, kept as the test's oracle; it skips ``_merge_labels``, so it equals
    ``pdf_layout._rows`` only for lines without labels.)"""
    rows: list[list[Line]] = []
    lo = hi = 0.0
    for ln in sorted(lines, key=lambda ln: (-ln.y1, ln.x0)):
        mid = (ln.y0 + ln.y1) / 2
        if rows and lo <= mid <= hi:
            rows[-1].append(ln)
            lo, hi = min(lo, ln.y0), max(hi, ln.y1)
            continue
        rows.append([ln])
        lo, hi = ln.y0, ln.y1
    for row in rows:
        row.sort(key=lambda ln: ln.x0)
    return rows


def test_rows_are_read_by_top_then_left_edge_with_ties_kept_in_order() -> None:
    rnd = random.Random(3)
    for _ in range(300):
        lines = _random_lines(rnd, rnd.randint(1, 15))
        got = pdf_layout._rows(list(lines), DEFAULT_LAYOUT)
        assert [[id(ln) for ln in row] for row in got] == \
            [[id(ln) for ln in row] for row in _rows_by_definition(lines)]


def test_edge_lines_are_the_highest_and_lowest_in_order() -> None:
    lines = [Line(1, 72, y, 300, y + 10, str(y)) for y in (100.0, 500.0, 300.0, 500.0, 700.0)]
    page = Page(1, 595.0, 842.0, lines)
    edge = pdf_layout._edge_lines(page, 1)
    assert [ln.text for ln in edge] == ["700.0", "100.0"]
    two = pdf_layout._edge_lines(page, 2)
    assert two[1] is lines[1]  # two lines at 500: the first one given comes first
