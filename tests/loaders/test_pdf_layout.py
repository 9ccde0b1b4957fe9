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


def test_isolation_scanned_from_the_nearer_edge_is_the_definition() -> None:
    rnd = random.Random(11)
    seen = set()
    for _ in range(200):
        page = Page(1, 595.0, 842.0, _random_lines(rnd, rnd.randint(1, 12)))
        ordered = sorted(page.lines, key=lambda ln: ln.y1, reverse=True)
        for ln in page.lines:
            got = pdf_layout._isolated(ln, page, DEFAULT_LAYOUT, ordered)
            assert got == _isolated_by_definition(ln, page)
            seen.add(got)
    assert seen == {True, False}


def test_near_skips_the_line_itself_and_lines_of_its_band() -> None:
    ln = Line(1, 72, 500, 300, 510, "chân trang")
    same_band = Line(1, 350, 502, 500, 512, "cùng hàng")
    assert not pdf_layout._near(ln, [ln, same_band], 15.0)
    below = Line(1, 72, 480, 300, 490, "dòng dưới")  # 10 pt below
    assert pdf_layout._near(ln, [ln, below], 15.0)
    assert not pdf_layout._near(ln, [below], 9.0)


def _centered_by_definition(ln: Line, frame: pdf_layout._Frame) -> bool:
    size = ln.height
    return (abs((ln.x0 - frame.left) - (frame.right - ln.x1))
            < frame.lp.centered_tolerance * frame.width
            and ln.x0 > frame.left + size
            and ln.x1 < frame.right - max(size, frame.full_tolerance))


def test_centered_asked_again_gives_the_same_answer_as_its_definition() -> None:
    rnd = random.Random(5)
    frame = pdf_layout._Frame(72.0, 523.0, 451.0, 14.0, 9.0, DEFAULT_LAYOUT)
    lines = _random_lines(rnd, 300)
    lines.append(Line(1, 200.0, 400.0, 395.0, 411.0, "TIÊU ĐỀ Ở GIỮA"))
    answers = [frame.centered(ln) for ln in lines]
    assert answers == [_centered_by_definition(ln, frame) for ln in lines]
    assert [frame.centered(ln) for ln in lines] == answers  # asked again: the kept answers
    assert True in answers and False in answers


def test_join_rejoins_a_word_hyphenated_after_a_word_character_only() -> None:
    assert pdf_layout._join("kế hoạch phát tri-", "ển kinh tế") == "kế hoạch phát triển kinh tế"
    assert pdf_layout._join("mã số CN-", "TTCN") == "mã số CN-TTCN"
    assert pdf_layout._join("năm 2025-", "2030") == "năm 2025-2030"
    assert pdf_layout._join("biến_-", "tiếp") == "biến_tiếp"
    assert pdf_layout._join("gạch đầu dòng -", "nội dung") == "gạch đầu dòng - nội dung"
    assert pdf_layout._join("-", "một") == "- một"
    assert pdf_layout._join("a--", "b") == "a-- b"
    assert pdf_layout._join("câu trước.  ", "  câu sau") == "câu trước. câu sau"


def test_rows_of_one_line_are_kept_as_they_are() -> None:
    label = Line(1, 72, 700, 80, 711, "1.")
    text = Line(1, 90, 700, 400, 711, "Nội dung mục một")
    alone = Line(1, 72, 680, 400, 691, "-")
    rows = pdf_layout._rows([alone, text, label], DEFAULT_LAYOUT)
    assert [[ln.text for ln in row] for row in rows] == [["1. Nội dung mục một"], ["-"]]
