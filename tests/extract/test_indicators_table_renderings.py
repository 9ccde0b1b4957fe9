"""One table, every rendering (issue 12, brief H13T): a table the parser reads as pipes must
read the same copied as DOCX rows, tabs, one cell a line, one cell a line between bars and
one cell a paragraph.  The tables are written for the tests: a plan beside a result pair, an
assignment table by unit with a total row, a planning table with ranges, periods."""

from __future__ import annotations

import pytest
from indicator_helpers import render

from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.text.normalize import normalize

INTRO = "KẾ HOẠCH phát triển kinh tế - xã hội năm 2026\n\nI. CÁC CHỈ TIÊU CHỦ YẾU\n\n"
OUTRO = "\n\nII. NHIỆM VỤ\n\n1. Tổ chức thực hiện các chỉ tiêu trên.\n"

PAIR = [
    ["TT", "Chỉ tiêu", "ĐVT", "Ước TH năm 2025", "Kế hoạch năm 2026"],
    ["1", "Tốc độ tăng trưởng kinh tế", "%", "8,2", "8 - 8,5"],
    ["2", "Thu ngân sách trên địa bàn", "tỷ đồng", "1.250", "1.350"],
    ["3", "Tỷ lệ hộ nghèo", "%", "2,3", "dưới 2"],
]
ASSIGN = [
    ["STT", "Đơn vị", "Chỉ tiêu giao năm 2026 (người)", "Ghi chú"],
    ["1", "Xã Hòa Bình", "25", ""],
    ["2", "Xã Tân Phú", "30", ""],
    ["3", "Phường Đông Hòa", "18", ""],
    ["", "Tổng cộng", "73", ""],
]
RANGES = [
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Hiện trạng năm 2025", "Mục tiêu đến năm 2030"],
    ["1", "Tỷ lệ che phủ rừng", "%", "40,5", "42 - 43"],
    ["2", "Số xã đạt chuẩn nông thôn mới nâng cao", "xã", "4", "8 - 10"],
    ["3", "Thu nhập bình quân đầu người", "triệu đồng", "65", "95 - 100"],
]

#: (the keys of ``indicator_helpers.TABLE_LAYOUTS`` but "bars", the schemes' layout)
LAYOUTS = ("markdown", "docx", "tabs", "cells", "bar_lines", "paragraphs")


Record = tuple[str | None, str, float | None, float | None, str | None, int | None]


def read(rows: list[list[str]], layout: str) -> tuple[list[Record], list[Record]]:
    targets, results = figures_from_text(normalize(INTRO + render(rows, layout) + OUTRO).text)
    return (
        [(i.name, i.comparator, i.value, i.value_max, i.unit, i.year) for i in targets],
        [(i.name, i.comparator, i.value, i.value_max, i.unit, i.year) for i in results],
    )


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_plan_column_beside_an_estimate_reads_the_same_in_every_layout(layout: str) -> None:
    targets, results = read(PAIR, layout)
    assert targets == [
        ("Tốc độ tăng trưởng kinh tế", "range", 8.0, 8.5, "%", 2026),
        ("Thu ngân sách trên địa bàn", "=", 1350.0, None, "tỷ đồng", 2026),
        ("Tỷ lệ hộ nghèo", "<", 2.0, None, "%", 2026),
    ]
    assert [r[2] for r in results] == [8.2, 1250.0, 2.3]  # the estimate column: results


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_assignment_table_with_a_total_row_reads_the_same_in_every_layout(layout: str) -> None:
    targets, _ = read(ASSIGN, layout)
    assert targets == [
        ("Xã Hòa Bình", "=", 25.0, None, "người", 2026),
        ("Xã Tân Phú", "=", 30.0, None, "người", 2026),
        ("Phường Đông Hòa", "=", 18.0, None, "người", 2026),
        ("Tổng cộng", "=", 73.0, None, "người", 2026),
    ]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_planning_table_of_ranges_reads_the_same_in_every_layout(layout: str) -> None:
    targets, results = read(RANGES, layout)
    assert targets == [
        ("Tỷ lệ che phủ rừng", "range", 42.0, 43.0, "%", 2030),
        ("Số xã đạt chuẩn nông thôn mới nâng cao", "range", 8.0, 10.0, "xã", 2030),
        ("Thu nhập bình quân đầu người", "range", 95.0, 100.0, "triệu đồng", 2030),
    ]
    assert [r[2] for r in results] == [40.5, 4.0, 65.0]  # "Hiện trạng": what the place is


def test_a_total_row_without_stt_is_no_note_of_the_row_above() -> None:
    # one cell a line, empty cells lost: "Tổng cộng" right after "18" opens the total row
    targets, _ = read(ASSIGN, "cells")
    assert ("Phường Đông Hòa", "=", 18.0, None, "người", 2026) in targets
    assert targets[-1][0] == "Tổng cộng"


@pytest.mark.parametrize("layout", ["bar_lines", "paragraphs"])
def test_a_short_note_after_a_figure_stays_a_note(layout: str) -> None:
    # "Đạt" is a note cell, no row of its own (only a total row's words open a row)
    rows = [
        ["STT", "Đơn vị", "Chỉ tiêu giao năm 2026 (người)", "Ghi chú"],
        ["1", "Xã Hòa Bình", "25", "Đạt"],
        ["2", "Xã Tân Phú", "30", ""],
        ["3", "Phường Đông Hòa", "18", ""],
    ]
    targets, _ = read(rows, layout)
    assert [t[0] for t in targets] == ["Xã Hòa Bình", "Xã Tân Phú", "Phường Đông Hòa"]


def test_a_heading_after_a_table_one_cell_a_line_ends_the_table() -> None:
    # the text under "II. NHIỆM VỤ" is no row: the last row keeps one figure
    targets, _ = read(ASSIGN, "paragraphs")
    assert all(t[0] is not None and "NHIỆM VỤ" not in t[0] for t in targets)
    assert all("thực hiện" not in (t[0] or "") for t in targets)
    assert len(targets) == 4


TWO_HEADER_ROWS = [
    ["TT", "Chỉ tiêu", "ĐVT", "Năm 2025", "", "Năm 2026"],
    ["", "", "", "KH", "TH", "KH"],
    ["1", "Tổng sản phẩm trên địa bàn tăng", "%", "7", "7,3", "7,5 - 8"],
    ["2", "Số lao động có việc làm mới", "người", "3.000", "3.150", "3.200"],
]


@pytest.mark.parametrize("layout", ["markdown", "docx", "tabs"])
def test_a_plan_and_done_pair_under_a_year_reads_the_same_as_tab_rows(layout: str) -> None:
    # tab rows lose the second header row's leading empty cells ("KH | TH | KH"): its cells
    # still sit under the year columns, not under "TT", "Chỉ tiêu", "ĐVT"
    targets, results = read(TWO_HEADER_ROWS, layout)
    assert targets == [
        ("Tổng sản phẩm trên địa bàn", "=", 7.0, None, "%", 2025),
        ("Tổng sản phẩm trên địa bàn", "range", 7.5, 8.0, "%", 2026),
        ("Số lao động có việc làm mới", "=", 3000.0, None, "người", 2025),
        ("Số lao động có việc làm mới", "=", 3200.0, None, "người", 2026),
    ]
    assert [r[2] for r in results] == [7.3, 3150.0]


def test_a_second_header_row_under_the_name_columns_stays_where_it_is() -> None:
    # a sub-header that does sit under the first columns ("Tên" under "Chỉ tiêu") is not
    # moved: only a row whose cells would fall under the ordinal, name or unit moves
    from kehoach_parser.extract.indicators.tables import _classify_row, _sits_right

    top = ["TT", "Chỉ tiêu", "ĐVT", "Năm 2025", "", "Năm 2026"]
    cols = _classify_row(top, 2026)
    assert _sits_right(["KH", "TH", "KH"], cols, top)
    assert not _sits_right(["", "", "", "KH", "TH", "KH"], cols, top)  # full width: in place
    assert not _sits_right(["KH", "TH", "KH", "TH", "KH"], cols, top)  # too wide
    # years under a merged "Công suất (MW)" whose span the first row did not print: set
    # from the right the second would fall under "Ghi chú", so the row stays where it is
    top = ["TT", "Tên nhà máy", "Công suất (MW)", "Ghi chú"]
    assert not _sits_right(["2030", "2035"], _classify_row(top, 2026), top)


VISION = [
    ["TT", "Chỉ tiêu", "Đơn vị", "Ước đạt 2025", "Mục tiêu 2030", "Tầm nhìn đến năm 2045"],
    ["1", "GRDP bình quân đầu người", "USD", "3.500", "6.000", "15.000"],
    ["2", "Tỷ lệ đô thị hóa", "%", "35", "45 - 50", "60"],
]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_row_name_opening_with_an_abbreviation_reads_in_every_layout(layout: str) -> None:
    # one cell a line, the normaliser joins "1" and "GRDP bình quân …" into one line: the
    # ordinal and the name are still two cells
    targets, results = read(VISION, layout)
    assert targets == [
        ("GRDP bình quân đầu người", "=", 6000.0, None, "USD", 2030),
        ("GRDP bình quân đầu người", "=", 15000.0, None, "USD", 2045),
        ("Tỷ lệ đô thị hóa", "range", 45.0, 50.0, "%", 2030),
        ("Tỷ lệ đô thị hóa", "=", 60.0, None, "%", 2045),
    ]
    assert [r[2] for r in results] == [3500.0, 35.0]


def test_a_count_of_an_abbreviated_noun_after_a_name_is_no_ordinal() -> None:
    # "Thành lập mới hợp tác xã" then "10 HTX mới": a figure and what it counts, not row 10
    from kehoach_parser.extract.indicators.grid import Cell
    from kehoach_parser.extract.indicators.tables import _split_glued

    def split(*cells: str) -> list[str]:
        text = "\n".join(cells)
        spans, at = [], 0
        for c in cells:
            spans.append(Cell(at, at + len(c)))
            at += len(c) + 1
        return [text[c.start : c.end] for c in _split_glued(text, spans)]

    assert split("Thành lập mới hợp tác xã", "10 HTX thành lập mới") == [
        "Thành lập mới hợp tác xã",
        "10 HTX thành lập mới",
    ]
    assert split("15.000", "2 GRDP bình quân đầu người") == [
        "15.000",
        "2",
        "GRDP bình quân đầu người",
    ]
    assert split("Mục tiêu 2030", "1 GRDP bình quân đầu người") == [
        "Mục tiêu 2030",
        "1",
        "GRDP bình quân đầu người",
    ]


YEARS = [
    ["TT", "Chỉ tiêu", "ĐVT", "Năm 2026", "Năm 2027", "Giai đoạn 2026 - 2027"],
    ["1", "Trồng rừng mới", "ha", "500", "550", "1.050"],
    ["2", "Số hộ được hỗ trợ nhà ở", "hộ", "120", "130", "250"],
]
QUOTAS = [
    ["TT", "Địa phương", "Tuyển quân (người)", "Lao động có việc làm mới (người)"],
    ["1", "Xã Hòa Bình", "20", "150"],
    ["2", "Xã Tân Phú", "25", "180"],
    ["3", "Xã Phước Lộc", "15", "1 - 1,5"],
]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_table_by_year_keeps_its_first_year_in_every_layout(layout: str) -> None:
    # one cell a line, "ĐVT" over "Năm 2026": two header cells (a unit column names no year)
    targets, _ = read(YEARS, layout)
    assert [(t[0], t[2], t[5]) for t in targets] == [
        ("Trồng rừng mới", 500.0, 2026),
        ("Trồng rừng mới", 550.0, 2027),
        ("Trồng rừng mới", 1050.0, 2027),
        ("Số hộ được hỗ trợ nhà ở", 120.0, 2026),
        ("Số hộ được hỗ trợ nhà ở", 130.0, 2027),
        ("Số hộ được hỗ trợ nhà ở", 250.0, 2027),
    ]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_quota_table_by_locality_reads_the_same_in_every_layout(layout: str) -> None:
    # "Địa phương" names the rows (one cell a paragraph too), each value column its unit
    targets, _ = read(QUOTAS, layout)
    assert [(t[0], t[2], t[3], t[4]) for t in targets] == [
        ("Xã Hòa Bình", 20.0, None, "người"),
        ("Xã Hòa Bình", 150.0, None, "người"),
        ("Xã Tân Phú", 25.0, None, "người"),
        ("Xã Tân Phú", 180.0, None, "người"),
        ("Xã Phước Lộc", 15.0, None, "người"),
        ("Xã Phước Lộc", 1.0, 1.5, "người"),
    ]


def test_capitals_over_a_year_still_make_one_header_cell() -> None:
    from kehoach_parser.extract.indicators.gapped_cells import continues_capitals

    assert continues_capitals("MỤC TIÊU", "2026 - 2030")
    assert continues_capitals("KẾ HOẠCH", "Năm 2026")
    assert not continues_capitals("ĐVT", "Năm 2026")
    assert not continues_capitals("STT", "2026")


@pytest.mark.parametrize("layout", ["cells", "paragraphs"])
def test_a_plan_and_done_pair_under_a_year_reads_one_cell_a_line(layout: str) -> None:
    # the spans are lost: "Năm 2025 | Năm 2026" then "KH | TH | KH"; a kind that comes
    # again ("KH") opens the next year's columns
    targets, results = read(TWO_HEADER_ROWS, layout)
    assert [(t[0], t[2], t[5]) for t in targets] == [
        ("Tổng sản phẩm trên địa bàn", 7.0, 2025),
        ("Tổng sản phẩm trên địa bàn", 7.5, 2026),
        ("Số lao động có việc làm mới", 3000.0, 2025),
        ("Số lao động có việc làm mới", 3200.0, 2026),
    ]
    assert [r[2] for r in results] == [7.3, 3150.0]


def test_runs_by_kind_need_plan_and_result_words_without_years() -> None:
    from kehoach_parser.extract.indicators.tables import _classify, _runs_by_kind

    def runs(*heads: str) -> list[list[str]]:
        return [[c.header for c in r] for r in _runs_by_kind([_classify(h, 2026) for h in heads])]

    assert runs("KH", "TH", "KH") == [["KH", "TH"], ["KH"]]
    assert runs("KH", "TH", "KH", "TH") == [["KH", "TH"], ["KH", "TH"]]
    assert runs("KH", "Năm 2026") == []  # a year of its own: the year runs decide
    assert runs("Tổng số", "Trong đó") == []  # neither plan nor result


ROADMAP = [
    ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu đến năm 2030", "Lộ trình thực hiện", "", ""],
    ["", "", "", "", "Năm 2026", "Năm 2027", "Năm 2028"],
    ["1", "Tỷ lệ chất thải rắn được thu gom", "%", "95", "80", "85", "90"],
    ["2", "Số xã đạt chuẩn nông thôn mới", "xã", "12", "6", "8", "10"],
]
BOUNDS = [
    ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu năm 2026"],
    ["1", "Tỷ lệ tiêm chủng đầy đủ cho trẻ em", "%", "≥ 95"],
    ["2", "Tỷ lệ hộ nghèo", "%", "Dưới 1,5"],
    ["3", "Số lao động được đào tạo nghề", "người", "Trên 1.200"],
]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_roadmap_of_years_under_a_note_word_reads_in_every_layout(layout: str) -> None:
    # "Lộ trình thực hiện" names a column of deadlines, but over "Năm 2026 | Năm 2027 |
    # Năm 2028" it heads the figures to reach each year
    targets, _ = read(ROADMAP, layout)
    assert [(t[2], t[5]) for t in targets] == [
        (95.0, 2030),
        (80.0, 2026),
        (85.0, 2027),
        (90.0, 2028),
        (12.0, 2030),
        (6.0, 2026),
        (8.0, 2027),
        (10.0, 2028),
    ]


def test_a_deadline_column_is_still_no_value() -> None:
    rows = [
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Lộ trình thực hiện"],
        ["1", "Tỷ lệ chất thải rắn được thu gom", "%", "95", "Năm 2026"],
        ["2", "Số xã đạt chuẩn nông thôn mới", "xã", "12", "2026 - 2027"],
    ]
    for layout in ("markdown", "tabs"):
        targets, _ = read(rows, layout)
        assert [(t[2], t[5]) for t in targets] == [(95.0, 2026), (12.0, 2026)]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_bounds_written_in_the_cells_read_in_every_layout(layout: str) -> None:
    targets, _ = read(BOUNDS, layout)
    assert [(t[1], t[2]) for t in targets] == [(">=", 95.0), ("<", 1.5), (">", 1200.0)]


def test_a_name_only_row_of_pdf_text_keeps_the_run_of_rows_one_table() -> None:
    # PDF text, cells apart by runs of spaces: a sub-row with no figure ("- … cấp tỉnh") has
    # no gap, yet the rows under it belong to the same table
    text = (
        "KẾ HOẠCH phân bổ kinh phí năm 2026\n\nĐơn vị tính: triệu đồng\n\n"
        "TT      Nội dung      Dự toán năm 2026\n"
        "1      Chi sự nghiệp khoa học      900\n"
        "- Đề tài nghiên cứu khoa học cấp quốc gia thực hiện trên địa bàn\n"
        "- Đề tài nghiên cứu khoa học cấp tỉnh      600\n"
        "2      Chi sự nghiệp giáo dục, đào tạo      1.500\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị triển khai thực hiện.\n"
    )
    targets, _ = figures_from_text(normalize(text).text)
    assert [(t.name, t.value, t.unit) for t in targets] == [
        ("Chi sự nghiệp khoa học", 900.0, "triệu đồng"),
        ("Đề tài nghiên cứu khoa học cấp tỉnh", 600.0, "triệu đồng"),
        ("Chi sự nghiệp giáo dục, đào tạo", 1500.0, "triệu đồng"),
    ]
    # prose between two tables is no row: a long sentence with a figure ends the run
    from kehoach_parser.extract.indicators.grid import _NAME_ONLY_ROW_RE

    assert _NAME_ONLY_ROW_RE.match("- Đề tài nghiên cứu khoa học cấp quốc gia")
    assert not _NAME_ONLY_ROW_RE.match("- Năm 2026 thực hiện 12 đề tài cấp tỉnh")
    assert not _NAME_ONLY_ROW_RE.match("Các đơn vị triển khai thực hiện.")
