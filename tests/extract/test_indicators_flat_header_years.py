"""A table header of two rows run into one row (brief M20b, H20Y's proposal): the rows keep
their empty cells, so that the one-row reading of the header already counts the rows'
width, but some of its value columns have no year while the header names years.  The
header is then read as two rows printed as one (``tables._flat_header_layout``) when that
gives each value column a year.  The tables are written for the tests."""

from __future__ import annotations

from indicator_helpers import render

from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.text.normalize import normalize

INTRO = "KẾ HOẠCH phát triển kinh tế - xã hội năm 2026\n\nI. CÁC CHỈ TIÊU CHỦ YẾU\n\n"
OUTRO = "\n\nII. NHIỆM VỤ\n\n1. Tổ chức thực hiện các chỉ tiêu trên.\n"

BODY = [
    ["1", "Tỷ lệ trẻ em đi học đúng độ tuổi", "%", "96,1", "95,8", "96,5", "97", "97,5"],
    ["2", "Số trạm y tế đạt chuẩn quốc gia", "trạm", "40", "38", "42", "44", "46"],
    ["3", "Diện tích lúa chất lượng cao", "ha", "1.200", "1.150", "1.300", "1.350", "1.400"],
]

Record = tuple[str, float | None, int | None]


def read(rows: list[list[str]]) -> tuple[list[Record], list[Record]]:
    """Targets and results of ``rows`` printed as DOCX rows ("a | b"), empty cells kept."""
    targets, results = figures_from_text(normalize(INTRO + render(rows, "docx") + OUTRO).text)
    return ([(i.name or "", i.value, i.year) for i in targets],
            [(i.name or "", i.value, i.year) for i in results])


def firsts(records: list[Record]) -> list[tuple[float | None, int | None]]:
    """Value and year of the first row's records."""
    return [(v, y) for n, v, y in records if n.startswith("Tỷ lệ trẻ em")]


def test_a_year_over_two_kinds_and_three_years_run_into_one_row_gives_every_column_a_year(
) -> None:
    # once "Năm hiện hành 2025" over "Dự toán giao | Ước thực hiện" and "Kế hoạch 03 năm"
    # over "Năm 2026 | Năm 2027 | Năm 2028" (read as one row, "Năm hiện hành 2025" heads
    # the first value column alone and the two kinds go without a year)
    head = ["TT", "Chỉ tiêu", "ĐVT", "Năm hiện hành 2025", "Kế hoạch 03 năm", "Dự toán giao",
            "Ước thực hiện", "Năm 2026", "Năm 2027", "Năm 2028"]
    targets, results = read([head, *BODY])
    assert firsts(targets) == [(96.1, 2025), (96.5, 2026), (97.0, 2027), (97.5, 2028)]
    assert firsts(results) == [(95.8, 2025)]  # the estimate of the year under way
    assert all(y is not None for _n, _v, y in targets)


def test_a_done_and_a_plan_column_over_their_years_take_each_its_year() -> None:
    # "Thực hiện | Kế hoạch" over "Năm 2025 | Năm 2026", run into one row
    head = ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Kế hoạch", "Năm 2025", "Năm 2026"]
    targets, results = read([head, *[r[:5] for r in BODY]])
    years = sorted(firsts(targets) + firsts(results), key=lambda r: r[0] or 0)
    assert years == [(95.8, 2026), (96.1, 2025)]


def test_a_one_row_header_with_its_years_in_each_column_is_read_as_one_row() -> None:
    head = ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện 2025", "Kế hoạch 2026"]
    targets, results = read([head, *[r[:5] for r in BODY]])
    assert firsts(targets) == [(95.8, 2026)]
    assert [v for v, _y in firsts(results)] == [96.1]


def test_a_header_naming_no_year_is_not_split() -> None:
    head = ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Kế hoạch", "Ghi chú"]
    targets, results = read([head, *[[*r[:5], ""] for r in BODY]])
    assert firsts(targets) == [(95.8, None)]  # no year anywhere: none is made up
    assert [v for v, _y in firsts(results)] == [96.1]
