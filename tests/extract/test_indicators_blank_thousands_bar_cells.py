"""A table copied one cell a line between lone bars ("|"), its figures grouped in thousands
with blanks ("2 450 300"): the first body row and the cell after the last bar are read as
they are when the thousands are grouped with dots (issue 12, brief H19P: the
``thousands_spaces`` perturbation took the first row into the header and dropped the last
cell).  Tables written for the tests."""

from __future__ import annotations

from indicator_helpers import extract, rule_decider  # noqa: F401  (fixture)

_HEAD = ["**STT**", "**Nội dung**", "**Dự toán năm 2025**", "**Ước thực hiện năm 2025**",
         "**Kế hoạch năm 2026**", "**Kế hoạch năm 2027**"]
_NUMBERS = ["*1*", "*2*", "*3*", "*4*", "*5*", "*6*"]


def _table(rows: list[list[str]]) -> str:
    """The table one cell a line, a bar line between cells and around each row, the text
    ending on the last cell (no bar after it)."""
    lines = ["Đơn vị: triệu đồng", ""]
    for row in [_HEAD, _NUMBERS, *rows]:
        lines.append("|")
        for cell in row:
            lines.extend([cell, "|"])
    return "\n".join(lines[:-1]) + "\n"


def _rows(sep: str, last: str = "960{}500") -> list[list[str]]:
    return [["", "**TỔNG CHI NGÂN SÁCH ĐỊA\nPHƯƠNG**", f"**2{sep}450{sep}300**",
             f"**2{sep}512{sep}800**", f"**2{sep}730{sep}000**", f"**2{sep}905{sep}600**"],
            ["**I**", "**CHI ĐẦU TƯ PHÁT TRIỂN**", f"**812{sep}000**", f"**820{sep}400**",
             f"**905{sep}000**", "**" + last.format(sep) + "**"]]


def _records(text: str) -> list[tuple[str, float | None, int | None]]:
    return [(i.name, i.value, i.year) for i in extract(text)]


def test_blank_grouped_figures_read_as_dot_grouped_ones() -> None:
    dotted = _records(_table(_rows(".")))
    assert ("TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG", 2730000.0, 2026) in dotted
    assert ("CHI ĐẦU TƯ PHÁT TRIỂN", 960500.0, 2027) in dotted
    assert _records(_table(_rows(" "))) == dotted


def test_the_first_body_row_is_no_header_cell() -> None:
    names = {n for n, _v, _y in _records(_table(_rows(" ")))}
    assert "TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG" in names


def test_a_last_cell_of_groups_not_of_three_digits_is_no_figure() -> None:
    # "960 50": the second group is not three digits, so the line is not one blank-grouped
    # figure and is not taken as the table's last value
    values = {v for _n, v, _y in _records(_table(_rows(" ", "960{}50")))}
    assert not values & {96050.0, 960.0, 50.0, 960.5}
