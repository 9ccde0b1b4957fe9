"""The table finder of the perturbations (``evaluation/perturb.find_tables`` and the header
rows it tells from the body): a perturbation rewrites only the table.  A category row with
no figure ("I | Chỉ tiêu kinh tế") is a row of the body, not a second header row; prose
between two tables (a lead-in "… như sau:") stays prose, and each table is found alone."""

from __future__ import annotations

import pytest

from kehoach_parser.evaluation.perturb import apply_perturbations, find_tables

#: A header over one row, then a category row with no figure, then rows of figures.
CATEGORY_TABLE = (
    "Các chỉ tiêu năm 2027:\n"
    "TT | Chỉ tiêu | Đơn vị | Kế hoạch 2027\n"
    "I | Chỉ tiêu kinh tế |  | \n"
    "1 | Tốc độ tăng trưởng | % | 8,2\n"
    "2 | Thu ngân sách | tỷ đồng | 1.450\n"
    "II | Chỉ tiêu xã hội |  | \n"
    "3 | Tỷ lệ hộ nghèo | % | 1,8\n"
    "Ghi chú: số liệu dự kiến.\n"
)


def bar_cells(*rows: list[str]) -> list[str]:
    """Rows of cells between bar lines ("" an empty cell), a double bar ending each row."""
    out = ["|"]
    for row in rows:
        for c in row:
            out += [c, "|"] if c else ["|"]
        out.append("|")
    return out


FIRST = bar_cells(["TT", "Chỉ tiêu", "Năm 2027"], ["1", "Số trường đạt chuẩn", "14"],
                  ["2", "Số trạm y tế mới", "6"], ["3", "Số nhà văn hóa", "9"])
SECOND = bar_cells(["TT", "Công trình", "Vốn (tỷ đồng)"], ["1", "Đường liên xã", "42"],
                   ["2", "Cầu dân sinh", "17"], ["3", "Kênh tưới", "11"])
LEAD_IN = ["2. Danh mục công trình bổ sung", "được điều chỉnh như sau:"]
#: Two tables cell by cell between bars, a lead-in of two lines between them.
TWO_TABLES = "\n".join(["Biểu tổng hợp", *FIRST, *LEAD_IN, *SECOND, "Hết biểu."]) + "\n"
#: The same, the lead-in set off only by the single bar before the next table's "TT".
TWO_TABLES_ONE_BAR = "\n".join(["Biểu tổng hợp", *FIRST[:-1], *LEAD_IN, *SECOND,
                                "Hết biểu."]) + "\n"


@pytest.mark.parametrize("name", ["table_header_one_row", "table_header_flat"])
def test_a_category_row_with_no_figure_stays_a_row(name: str) -> None:
    out = apply_perturbations(CATEGORY_TABLE, [name], seed="t").split("\n")
    head = out[1]
    assert "Chỉ tiêu kinh tế" not in head  # not joined to the header
    assert any(ln.startswith("I ") and "Chỉ tiêu kinh tế" in ln for ln in out)
    assert any(ln.startswith("II ") and "Chỉ tiêu xã hội" in ln for ln in out)


def test_a_second_header_row_is_still_joined_to_the_first() -> None:
    table = ("TT | Chỉ tiêu | Năm 2027 | Năm 2028\n"
             " | | Kế hoạch | Kế hoạch\n"
             "1 | Thu ngân sách | 12,5 | 14\n"
             "2 | Chi đầu tư | 3,1 | 3,4\n")
    flat = apply_perturbations(table, ["table_header_flat"], seed="t").split("\n")
    assert flat[0] == "TT Chỉ tiêu Năm 2027 Năm 2028 Kế hoạch Kế hoạch"


@pytest.mark.parametrize("text", [TWO_TABLES, TWO_TABLES_ONE_BAR])
def test_prose_between_two_tables_between_bars_is_no_cell(text: str) -> None:
    tables = find_tables(text)
    assert len(tables) == 2
    for table in tables:
        assert not any("như sau" in c for c in table.cells)
    assert "Đường liên xã" not in tables[0].cells and "Đường liên xã" in tables[1].cells
    out = apply_perturbations(text, ["table_pdf_cells"], seed="t").split("\n")
    k = out.index(LEAD_IN[0])
    assert out[k:k + 2] == LEAD_IN  # the lead-in printed as it was, on its own lines
    assert out.index("Số nhà văn hóa") < k < out.index("Công trình")


def test_a_table_between_bars_with_a_long_cell_is_one_table() -> None:
    text = "\n".join(bar_cells(
        ["TT", "Chỉ tiêu", "Năm 2027", "Ghi chú"],
        ["1", "Số trường đạt chuẩn", "14", "Tính cả các trường"],
        ["2", "Số trạm y tế mới", "6", "Theo danh mục như sau:"],
        ["3", "Số nhà văn hóa", "9", ""])) + "\n"
    tables = find_tables(text)
    assert len(tables) == 1 and "Theo danh mục như sau:" in tables[0].cells


ROWS_A = ("TT | Chỉ tiêu | Năm 2027\n1 | Số trường đạt chuẩn | 14\n"
          "2 | Số trạm y tế mới | 6\n3 | Số nhà văn hóa | 9\n")
ROWS_B = ("TT | Công trình | Vốn (tỷ đồng)\n1 | Đường liên xã | 42\n"
          "2 | Cầu dân sinh | 17\n3 | Kênh tưới | 11\n")


@pytest.mark.parametrize(("between", "tables"), [
    ("Danh mục công trình như sau:", 2),  # a lead-in: prose
    ("Đến năm 2030", 1),  # a caption across the table: the rows under it go on
])
def test_a_short_line_between_runs_of_rows(between: str, tables: int) -> None:
    second = ROWS_B if tables == 2 else ROWS_B.split("\n", 1)[1]
    text = ROWS_A + "\n" + between + "\n\n" + second
    found = find_tables(text)
    assert len(found) == tables
    assert any(between in c for t in found for c in t.cells) is (tables == 1)
