"""Pipe rows of a ruled PDF table (issue 12): the PDF loader prints each row of a ruled
table as "| a | b | c |", a blank line between rows, the header repeated on every page.

The tables are written for the test: a header that names no column as the indicators'
(an ordinal, then the sectors or regions, then a growth rate over a period, then the
agencies), as annexes of growth targets print it.
"""

from __future__ import annotations

from kehoach_parser.extract.indicators.tables import _layout, _positional_layout
from tests.extract.indicator_helpers import extract

HEADER = ("| STT | LĨNH VỰC/ VÙNG | MỨC TĂNG BÌNH QUÂN 2026 - 2030 (%/NĂM) "
          "| CƠ QUAN CHỦ TRÌ | CƠ QUAN PHỐI HỢP |")


def _table(rows: list[str]) -> str:
    lead = "PHỤ LỤC\n\nMỤC TIÊU TĂNG TRƯỞNG CÁC VÙNG GIAI ĐOẠN 2026 - 2030\n\n"
    return lead + "\n\n".join([HEADER, *rows]) + "\n"


#: The agencies' cells are longer than the names, as in the annexes.
AGENCIES = "Các sở, ban, ngành, Ủy ban nhân dân các huyện theo chức năng, nhiệm vụ được giao"
ROWS = [
    "| I | THEO LĨNH VỰC |  |  |  |",
    f"| 1 | Khu vực nông nghiệp | 3,9 | Sở Nông nghiệp | {AGENCIES} |",
    f"| 2 | Khu vực dịch vụ | 8,7 | Sở Công Thương | {AGENCIES} |",
    "| II | THEO VÙNG |  |  |  |",
    "| 1 | Vùng ven biển | 9,0 - 9,5 |  |  |",
    "| 2 | Vùng trung du | 7,5 |  |  |",
]


def test_the_column_after_the_ordinal_names_the_rows_of_a_pipe_table() -> None:
    found = {(i.name, i.value, i.value_max) for i in extract(_table(ROWS))}
    assert ("Khu vực nông nghiệp", 3.9, None) in found
    assert ("Khu vực dịch vụ", 8.7, None) in found
    assert ("Vùng ven biển", 9.0, 9.5) in found
    assert ("Vùng trung du", 7.5, None) in found
    # the agencies' columns give no records
    assert not any(i.name and i.name.startswith(("Sở", "Các sở")) for i in extract(_table(ROWS)))


def test_a_period_over_no_column_gives_its_end_year_and_the_header_its_unit() -> None:
    records = [i for i in extract(_table(ROWS)) if i.value is not None]
    assert records and all(i.year == 2030 for i in records)
    assert all(i.unit == "%/năm" for i in records)


def test_the_header_repeated_after_a_page_break_is_no_row() -> None:
    rows = [*ROWS[:3], "TRANG 2", HEADER, *ROWS[3:]]
    names = [i.name for i in extract(_table(rows))]
    assert "Vùng ven biển" in names and "Khu vực dịch vụ" in names
    assert not any(n and "CƠ QUAN" in n for n in names)


def test_a_header_that_names_the_indicators_keeps_its_name_column() -> None:
    heads = ["STT", "Vùng", "Chỉ tiêu", "Kế hoạch 2030"]
    cols = _positional_layout([heads], None).cols
    assert [c.role for c in cols][:3] == ["ordinal", "value", "name"]
    # and both readers agree on a header that names no indicators' column
    plain = ["TT", "LĨNH VỰC/ VÙNG", "MỨC TĂNG 2026 - 2030 (%/NĂM)"]
    assert [c.role for c in _positional_layout([plain], None).cols][:2] == ["ordinal", "name"]
    assert [c.role for c in _layout([plain], None, 1).cols][:2] == ["ordinal", "name"]


def test_a_point_percent_glued_to_its_sign_is_one_unit() -> None:
    text = ("| TT | CHỈ TIÊU | MỤC TIÊU 2026 - 2030 | CƠ QUAN CHỦ TRÌ |\n\n"
            "| 1 | Tỷ lệ lao động phi nông nghiệp (%) | Tăng 2 - 2,5 điểm%/năm | Sở Nội vụ |\n\n"
            "| 2 | Tỷ lệ trẻ em suy dinh dưỡng (%) | Giảm 0,5 điểm% | Sở Y tế |\n")
    units = {i.value: i.unit for i in extract(text)}
    assert units.get(2.0) == "điểm%/năm"
    assert units.get(0.5) == "điểm%"
