"""The table perturbations as PDF text gives tables (H20T): a table of bar lines read with
its empty cells where they stand, a header over two rows printed with its cells over their
columns, ordinals and column numbers centred, no Markdown emphasis."""

from __future__ import annotations

from kehoach_parser.evaluation.perturb import _header_spans, apply_perturbations, find_tables


def bars(rows: list[list[str]]) -> str:
    """``rows`` as a web table copied one cell a line, a bar line between cells and two
    at a row's end (an empty cell is a bar line more)."""
    lines: list[str] = ["|"]
    for row in rows:
        for cell in row:
            if cell:
                lines.append(cell)
            lines.append("|")
        lines.append("|")
    return "\n".join(lines[:-1]) + "\n"


HEAD = ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"]


def test_an_empty_first_cell_after_a_row_break_stays_in_the_next_row() -> None:
    table = [HEAD, ["1", "Số lớp tập huấn", "12", "14"], ["", "- Lớp tại huyện", "8", "9"],
             ["", "- Lớp tại xã", "4", "5"], ["2", "Số mô hình mới", "3", "3"]]
    found = find_tables(bars(table))
    assert [t.rows for t in found] == [table]


def test_empty_last_cells_before_a_row_break_stay_in_their_row() -> None:
    table = [HEAD, ["1", "Số lớp tập huấn", "12", "14"], ["2", "Cơ cấu lao động", "", ""],
             ["", "- Nông nghiệp", "40", "38"], ["3", "Số mô hình mới", "3", "3"]]
    found = find_tables(bars(table))
    assert [t.rows for t in found] == [table]


def test_a_header_s_last_row_ends_before_the_column_numbers() -> None:
    table = [["STT", "Chỉ tiêu", "Năm 2026"], ["Kế hoạch", "Ước thực hiện"],
             ["1", "2", "3", "4"], ["1", "Số lớp tập huấn", "12", "14"],
             ["2", "Số mô hình mới", "3", "3"]]
    found = find_tables(bars(table))
    assert found[0].rows is not None
    assert found[0].rows[1] == ["Kế hoạch", "Ước thực hiện"]
    assert found[0].rows[2] == ["1", "2", "3", "4"]


def test_a_second_header_row_stands_under_the_last_columns() -> None:
    rows = [["STT", "Chỉ tiêu", "Năm 2026"], ["Kế hoạch", "Ước thực hiện"],
            ["1", "Số lớp", "12", "14"]]
    assert _header_spans(rows, 4)[:2] == [["STT", "Chỉ tiêu", "Năm 2026", ""],
                                          ["", "", "Kế hoạch", "Ước thực hiện"]]
    # which of many top cells heads the second row is not known: left as it was
    many = [["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2026"], ["Kế hoạch", "Ước"],
            ["1", "Số lớp", "lớp", "12", "14", "15"]]
    assert _header_spans(many, 6) == many


def test_the_pdf_layout_centres_ordinals_and_column_numbers_and_drops_emphasis() -> None:
    text = ("| **STT** | **Chỉ tiêu** | **Đơn vị tính** | **Kế hoạch** | **Thực hiện** |\n"
            "| A | B | 1 | 2 | 3 |\n"
            "| **I** | **Tổng số lớp tập huấn kỹ năng số cho cán bộ** | lớp | **12** | **14** |\n"
            "| 1 | Lớp tại huyện | lớp | 8 | 9 |\n| 2 | Lớp tại xã | lớp | 4 | 5 |\n")
    out = apply_perturbations(text, ["table_pdf_layout"], seed="x")
    assert "*" not in out
    lines = out.split("\n")
    label = [next(ln for ln in lines if ln.lstrip().startswith(m)) for m in ("I ", "1 ", "2 ")]
    assert len({len(ln) - len(ln.lstrip()) for ln in label}) == 1  # one column, centred
    numbers = next(ln for ln in lines if ln.lstrip().startswith("A "))
    fig = next(ln for ln in lines if "14" in ln)
    assert numbers.rindex("3") < fig.rindex("4")  # centred, not right-aligned as figures


def test_a_second_header_row_of_bare_years_is_spanned_as_a_header() -> None:
    # (R20b finding 8: "2025 | 2026" under "Giai đoạn" was taken for the body, unspanned)
    body = ["1", "Số tuyến xe buýt mới", "3", "5"]
    for years in (["2025", "2026"], ["Năm 2025", "Năm 2026"]):
        got = _header_spans([["TT", "Nội dung", "Giai đoạn"], years, body], 4)
        assert got == [["TT", "Nội dung", "Giai đoạn", ""], ["", "", *years], body]
    # a body row of figures right under the first header row: nothing to span
    rows = [["TT", "Nội dung", "Năm 2025", "Năm 2026"], body]
    assert _header_spans(rows, 4) == rows
