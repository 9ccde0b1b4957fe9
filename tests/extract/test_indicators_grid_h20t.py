"""A table one cell a line whose empty cells (lines of spaces in PDF text) were folded into
one blank line (H20T): the grid goes on past it when short cells with a figure follow; a
heading, prose or two blank lines still end it.  The lines are written here."""

from __future__ import annotations

import kehoach_parser
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


def test_a_cells_table_with_a_row_of_empty_cells_keeps_its_rows() -> None:
    text = ("KẾ HOẠCH\nPhát triển nông nghiệp năm 2026\n\nCác chỉ tiêu chủ yếu:\n\n"
            "STT\nChỉ tiêu\nĐVT\nNăm 2026\nNăm 2027\n"
            "1\nSố lớp tập huấn kỹ thuật\nlớp\n13\n14\n"
            "2\nCơ cấu cây trồng\n \n \n \n"
            "-\nDiện tích lúa chất lượng cao\nha\n420\n450\n"
            "3\nSố mô hình liên kết mới\nmô hình\n6\n7\n"
            "\nII. NHIỆM VỤ\n\nTriển khai các mô hình.\n")
    got = {(i.name, i.value) for i in kehoach_parser.parse(text).indicators}
    assert {("Diện tích lúa chất lượng cao", 420), ("Số mô hình liên kết mới", 7)} <= got
