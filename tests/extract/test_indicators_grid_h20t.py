"""A table one cell a line whose empty cells (lines of spaces in PDF text) were folded into
one blank line (H20T): the grid goes on past it when short cells with a figure follow; a
heading, prose or two blank lines still end it.  The lines are written here.

(R20b finding 5: the end-to-end test that stood here passed with ``_empty_cells_between``
stubbed out, and no table found in M20c changed a parse with it stubbed alone; it is
removed, and only the helper's own tests below remain.)"""

from __future__ import annotations

from kehoach_parser.extract.indicators.grid import _empty_cells_between
from kehoach_parser.text.lines import split_lines


def body(text: str) -> list:
    return [ln for ln in split_lines(text) if not ln.blank]


def at(lines: list, word: str) -> int:
    return next(k for k, ln in enumerate(lines) if ln.text.startswith(word))


ROWS = "2\nCơ cấu cây trồng\n\n-\nDiện tích lúa chất lượng cao\nha\n400\n420\n"


def test_one_blank_line_before_short_cells_with_a_figure_is_empty_cells() -> None:
    lines = body(ROWS)
    assert _empty_cells_between(lines, at(lines, "-"))
    assert not _empty_cells_between(lines, at(lines, "Diện tích"))  # (adjacent: no gap)


def test_a_heading_prose_or_two_blank_lines_end_the_grid() -> None:
    heading = body("2\nCơ cấu cây trồng\n\nII. NHIỆM VỤ VÀ GIẢI PHÁP\n12\n")
    assert not _empty_cells_between(heading, at(heading, "II."))
    prose = body("2\nCơ cấu cây trồng\n\nTiếp tục chuyển đổi cơ cấu cây trồng theo hướng "
                 "nâng cao giá trị gia tăng và phát triển bền vững trên địa bàn toàn tỉnh "
                 "trong năm\n12\n")
    assert not _empty_cells_between(prose, at(prose, "Tiếp tục"))
    two = body("2\nCơ cấu cây trồng\n\n\n-\nDiện tích lúa\nha\n400\n")
    assert not _empty_cells_between(two, at(two, "-"))
    none = body("2\nCơ cấu cây trồng\n\n-\nDiện tích lúa\nha\nghi chú\n")
    assert not _empty_cells_between(none, at(none, "-"))  # (no figure among the cells)
