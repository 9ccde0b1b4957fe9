"""Rows that a conversion cut or joined (issue 12, ``indicators/table_wraps.py``): a table
on one line, header cells and names wrapped over physical rows, a second table's header in
the same run of rows.  Each layout must give the records of the same table printed one row
a line (the table of ``test_indicators_table_layouts``, written for the tests)."""

from __future__ import annotations

import pytest
from indicator_helpers import rule_decider  # noqa: F401 (autouse fixture)
from test_indicators_table_layouts import BODY, HEADER_1, HEADER_2, LEAD, TAIL, bars, records

from kehoach_parser.evaluation.perturb import apply_perturbations
from kehoach_parser.extract.indicators.grid import Cell
from kehoach_parser.extract.indicators.table_wraps import continued_names, join_wrapped_header

#: The header with its merged cells kept as empty cells (DOCX and Markdown converters).
FULL_1 = ["STT", "Chỉ tiêu", "ĐVT", "Năm 2026", "", "Kế hoạch năm 2027"]
FULL_2 = ["", "", "", "Kế hoạch", "Ước thực hiện", ""]


def markdown(rows: list[list[str]]) -> str:
    return LEAD + "\n".join("| " + " | ".join(r) + " |" for r in rows) + "\n" + TAIL


def test_a_table_on_one_line_reads_as_its_rows() -> None:
    for header in ([HEADER_1, HEADER_2], [FULL_1, FULL_2]):
        cells = [c for r in [*header, *BODY] for c in r]
        one_line = LEAD + "| " + " | ".join(cells) + " |\n" + TAIL
        assert records(one_line) == records(bars())


def test_a_short_line_of_pipes_is_no_table_on_one_line() -> None:
    # a row of a table is never unfolded: the same records one row a line
    assert records(markdown([FULL_1, FULL_2, *BODY])) == records(bars())


def test_header_cells_wrapped_over_rows() -> None:
    wrapped = [["STT", "Chỉ tiêu", "ĐVT", "Năm 2026", "", "Kế hoạch năm"],
               ["", "", "", "", "", "2027"],
               ["", "", "", "Kế hoạch", "Ước thực", ""],
               ["", "", "", "", "hiện", ""]]
    assert records(markdown([*wrapped, *BODY])) == records(bars())
    # the same cut by the perturbation, at either width
    for seed in ("a", "b", "c"):
        text = apply_perturbations(markdown([FULL_1, FULL_2, *BODY]), ["table_header_lines"],
                                   seed=seed)
        assert records(text) == records(bars())


def test_a_name_wrapped_onto_a_row_of_its_own() -> None:
    body = [*BODY[:4], ["3", "Số xã đạt", "Xã", "5", "6", "7"],
            ["", "chuẩn nông thôn mới", "", "", "", ""]]
    for header in ([HEADER_1, HEADER_2], [FULL_1, FULL_2]):
        assert records(markdown([*header, *body])) == records(bars())


def _cells(rows: list[list[str]]) -> tuple[str, list[list[Cell]]]:
    """A text of the rows (cells joined by " | ") and the span of each cell."""
    text, out = "", []
    for row in rows:
        spans = []
        for c in row:
            spans.append(Cell(len(text), len(text) + len(c)))
            text += c + " | "
        text += "\n"
        out.append(spans)
    return text, out


def test_a_sub_header_row_is_not_a_wrapped_header() -> None:
    # "Kế hoạch | Ước thực hiện" under "Năm 2026" opens in capitals, one cell under an
    # empty one: sub-headers, kept as a row
    text, rows = _cells([FULL_1, FULL_2, BODY[0]])
    joined, more = join_wrapped_header(text, rows)
    assert len(joined) == 3 and not more
    # a wrapped cell ("Kế hoạch năm" over "2027", "Công suất" over "(MW)") is joined
    text, rows = _cells([["TT", "Dự án", "Công suất", "Kế hoạch năm"],
                         ["", "", "(MW)", "2027"], ["1", "Nhà máy điện A", "50", "2027"]])
    joined, more = join_wrapped_header(text, rows)
    assert len(joined) == 2
    assert [text[c.start:c.end] for c in more[rows[0][2]]] == ["(MW)"]


def test_a_lone_capitalised_row_under_a_name_is_a_row_of_its_own() -> None:
    # a group row without STT ("Khu vực miền núi") is no rest of the name above it
    text, rows = _cells([["1", "Tỷ lệ hộ nghèo", "%", "2,1"],
                         ["", "Khu vực miền núi", "", ""],
                         ["", "- Tỷ lệ hộ nghèo", "%", "4,5"]])
    kept, more = continued_names(text, rows)
    assert len(kept) == 3 and not more
    text, rows = _cells([["1", "Tỷ lệ hộ nghèo theo", "%", "2,1"],
                         ["", "chuẩn đa chiều", "", ""]])
    kept, more = continued_names(text, rows)
    assert len(kept) == 1 and len(more[rows[0][1]]) == 1


@pytest.mark.parametrize("outer", [True, False])
def test_a_second_header_in_the_same_run_of_rows_starts_a_second_table(outer: bool) -> None:
    first = [["TT", "Dự án", "Công suất (MW)", "Dự kiến thời gian vận hành"],
             ["1", "Nhà máy điện mặt trời Tân Phú", "50", "2027"],
             ["2", "Nhà máy điện gió Đồng Sơn", "120", "2028"]]
    second = [["Bảng 2. Các dự án lưới điện", "TT", "Dự án", "Chiều dài (km)"],
              ["1", "Đường dây 110 kV Tân Phú - Tân Lập", "18"],
              ["2", "Đường dây 220 kV Đồng Sơn", "42"]]

    def show(rows: list[list[str]]) -> str:
        return "\n".join(("| " if outer else "") + " | ".join(r) + (" |" if outer else "")
                         for r in rows)
    together = LEAD + show(first + second) + "\n" + TAIL
    apart = LEAD + show(first) + "\n\nBảng 2. Các dự án lưới điện\n\n" + show(
        [second[0][1:], *second[1:]]) + "\n" + TAIL
    targets, _ = records(together)
    assert targets == records(apart)[0]
    assert [(t[1], t[3], t[4]) for t in targets] == [
        ("Nhà máy điện mặt trời Tân Phú", 50.0, "MW"), ("Nhà máy điện gió Đồng Sơn", 120.0, "MW"),
        ("Đường dây 110 kV Tân Phú - Tân Lập", 18.0, "km"),
        ("Đường dây 220 kV Đồng Sơn", 42.0, "km")]
