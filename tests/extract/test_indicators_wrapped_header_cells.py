"""Header cells in lower and upper case wrapped at their column's width, in tables copied one
cell a line (PDF text extracted without layout): "Công suất các" over "NMĐ", "So sánh DT
2027 với UTH" over "2026 (%)" are one header cell each (issue 12, the perturbations
``table_pdf_cells`` and ``table_pdf_cells_no_empty``).

The tables are written for these tests (not copied from corpus documents)."""

from __future__ import annotations

import pytest

import kehoach_parser as kp
from kehoach_parser.extract.indicators.gapped_cells import continues_header_cell
from tests.extract.indicator_helpers import rule_decider  # noqa: F401


def _spaced(table: str) -> str:
    """``table`` with each "~" line made a line of one space (an empty cell in PDF text)."""
    return "\n".join(" " if ln == "~" else ln for ln in table.split("\n"))


def test_a_wrapped_header_cell_goes_on_after_an_open_word_or_before_a_compared_year() -> None:
    assert continues_header_cell("Công suất các", "NMĐ")
    assert continues_header_cell("So sánh DT 2027 với UTH", "2026 (%)")
    assert continues_header_cell("Tỷ lệ giải ngân", "(%)")
    # two cells side by side: a year alone, a new column's name
    assert not continues_header_cell("Năm 2026", "Dự toán 2027")
    assert not continues_header_cell("Kế hoạch 2027", "2028")
    # a comparison that names both its years is complete
    assert not continues_header_cell("DT 2027 với UTH 2026", "2028")
    assert not continues_header_cell("", "NMĐ")


@pytest.mark.parametrize(("above", "joins"), [
    ("ƯỚC TH 2027 SO VỚI KH", True),  # the join word in capitals
    ("Ước TH 2027 so với\nKH", True),  # the header's own line break inside it
    ("Ước TH 2027 và KH", False),  # no word that compares
    ("Ước TH 2027 vớiKH", False),  # the join inside a longer token is no join
])
def test_the_word_a_comparison_header_waits_on_is_a_whole_word(above: str, joins: bool) -> None:
    assert continues_header_cell(above, "2026 (%)") is joins


# a budget table: "Năm 2026" over "Dự toán | Ước thực hiện", a comparison column whose
# header wrapped before its second year, blank lines for empty cells
BUDGET = """BIỂU SỐ 03
KẾ HOẠCH THU CHI NGÂN SÁCH XÃ GIAI ĐOẠN 2027 - 2029
Đơn vị: Triệu đồng

STT
Nội dung
Năm 2026
Dự toán 2027
So sánh DT 2027 với UTH
2026 (%)
Dự kiến năm 2028
Dự kiến năm 2029
Dự toán
Ước thực hiện
A
B
1
2
3
4=3/2
5
6
I
Tổng thu ngân sách xã
4.200
4.350
4.600
105,75
4.800
5.100
II
Chi đầu tư phát triển
1.250
~
1.400
~
1.500
1.650
"""


def _by_value(text: str) -> dict[float, int | None]:
    return {i.value: i.year for i in kp.parse(text).indicators if i.value is not None}


def test_a_compared_year_wrapped_onto_its_own_line_is_no_column_of_its_own() -> None:
    years = _by_value(_spaced(BUDGET))
    # the plan of 2027 and the forecasts keep their columns' years
    assert years.get(4600.0) == 2027
    assert years.get(4800.0) == 2028
    assert years.get(5100.0) == 2029
    # the comparison is no target; the estimate of 2026 is no target of 2027
    assert 105.75 not in years
    assert years.get(4350.0) != 2027


def test_the_same_table_printed_with_its_header_on_one_line_reads_the_same() -> None:
    flat = BUDGET.replace("So sánh DT 2027 với UTH\n2026 (%)", "So sánh DT 2027 với UTH 2026 (%)")
    assert _by_value(_spaced(flat)) == _by_value(_spaced(BUDGET))


# capacities of plants: "Công suất các" over "NMĐ (MW)", one cell a line, no blank line
PLANTS = """Phụ lục II
DANH MỤC CÁC DỰ ÁN NGUỒN ĐIỆN ĐẦU TƯ ĐẾN NĂM 2030
TT
Dự án
Công suất các
NMĐ (MW)
Địa điểm
Ghi chú
1
Nhà máy điện gió Bắc Sơn
120
Xã Bắc Sơn
Dự án mới
2
Nhà máy điện mặt trời Đông Hà
250
Xã Đông Hà
Dự án mới
3
Nhà máy thủy điện Suối Lớn
60
Xã Tân Lập
Mở rộng
"""


def test_a_header_cell_wrapped_after_an_open_word_keeps_the_columns_in_place() -> None:
    doc = kp.parse(PLANTS)
    got = sorted((i.value, i.unit) for i in doc.indicators)
    assert got == [(60.0, "MW"), (120.0, "MW"), (250.0, "MW")]


# a statistics table (what was done each year, no plan): its headers wrapped after an open
# word; no targets, results of each year
STATISTICS = """Biểu 2
SỐ LIỆU THỐNG KÊ CÁC XÃ
TT
Tên xã
Thực hiện năm 2024 của các
xã (ha)
Thực hiện năm 2025 của các
xã (ha)
1
Xã Bắc Sơn
1.520
1.540
2
Xã Đông Hà
2.310
2.330
3
Xã Tân Lập
980
990
"""


def test_a_statistics_table_with_wrapped_headers_gives_no_targets() -> None:
    doc = kp.parse(STATISTICS)
    assert doc.indicators == []
    assert {(r.value, r.year) for r in doc.results} == {
        (1520.0, 2024), (1540.0, 2025), (2310.0, 2024), (2330.0, 2025), (980.0, 2024),
        (990.0, 2025)}


# a review table: the plan beside what was done and a comparison whose header wrapped
# before its second term
REVIEW = """ỦY BAN NHÂN DÂN
XÃ AN BÌNH

Số: 15/BC-UBND

BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2025

TT
Chỉ tiêu
Đơn vị
Kế hoạch năm 2025
Thực hiện năm 2025
So sánh TH với
KH (%)
1
Số lao động được đào tạo nghề
người
1.500
1.560
104
2
Số hộ thoát nghèo
hộ
250
245
98
3
Đường giao thông được cứng hóa
km
20
22
110
"""


def test_a_review_table_gives_its_results_as_results_and_the_comparison_as_neither() -> None:
    doc = kp.parse(REVIEW)
    assert sorted(i.value for i in doc.indicators) == [20.0, 250.0, 1500.0]  # the plan
    assert sorted(r.value for r in doc.results) == [22.0, 245.0, 1560.0]
    assert not {104.0, 98.0, 110.0} & {x.value for x in [*doc.indicators, *doc.results]}


# a plan over a period printed over the years under it; the header's two rows run together
# on one line (DOCX rows), as one line of words (PDF text) or one cell a line
_PERIOD_ROWS = [
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch giai đoạn 2027 - 2029", "Năm 2027", "Năm 2028",
     "Năm 2029"],
    ["1", "Diện tích rừng trồng mới", "ha", "310", "320", "335"],
    ["2", "Sản lượng thủy sản", "tấn", "8.100", "8.300", "8.600"],
    ["3", "Tỷ lệ che phủ rừng", "%", "41,2", "41,6", "42,0"],
]
_PERIOD_WANT = {310.0: 2027, 320.0: 2028, 335.0: 2029, 8100.0: 2027, 8300.0: 2028,
                8600.0: 2029, 41.2: 2027, 41.6: 2028, 42.0: 2029}


def test_a_period_over_its_years_on_one_header_row_gives_each_column_its_year() -> None:
    docx = "\n".join(" | ".join(r) for r in _PERIOD_ROWS)
    assert _by_value(docx) == _PERIOD_WANT
    lines = "\n".join(c for r in _PERIOD_ROWS for c in r)
    assert _by_value(lines) == _PERIOD_WANT


def test_a_period_that_does_not_hold_the_years_after_it_heads_no_column() -> None:
    # "Giai đoạn 2021 - 2025" beside the years of the next plan: a column of its own
    rows = [["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện giai đoạn 2021 - 2025", "Năm 2027",
             "Năm 2028"],
            ["1", "Diện tích rừng trồng mới", "ha", "1.450", "320", "335"],
            ["2", "Sản lượng thủy sản", "tấn", "38.000", "8.300", "8.600"]]
    years = _by_value("\n".join(" | ".join(r) for r in rows))
    assert years.get(320.0) == 2027 and years.get(335.0) == 2028
    assert years.get(8300.0) == 2027 and years.get(8600.0) == 2028
    assert 1450.0 not in years  # (the past period's figures are no targets)


def test_a_comparison_head_printed_in_one_line_of_words_stays_one_cell() -> None:
    text = ("STT Chỉ tiêu ĐVT Thực hiện năm 2026 Kế hoạch năm 2027 So sánh KH 2027 với TH "
            "2026 (%)\n"
            "1        Tổng sản phẩm trên địa bàn      tỷ đồng       12.800    14.000   109,4\n"
            "2      Thu ngân sách nhà nước     tỷ đồng    3.250       3.500        107,7\n"
            "3   Tỷ lệ hộ nghèo     %       2,3     1,9        82,6\n")
    years = _by_value(text)
    assert years.get(14000.0) == 2027 and years.get(3500.0) == 2027 and years.get(1.9) == 2027
    assert not {109.4, 107.7, 82.6} & set(years)


# "Năm 2026" over "Kế hoạch | Thực hiện", "Năm 2027" over "Kế hoạch", a note column; one
# cell a line, empty cells lost: the short notes ("Tăng nhanh") of some rows are no values
_NOTED_ROWS = [
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2026", "Năm 2027", "Ghi chú", "Kế hoạch", "Thực hiện",
     "Kế hoạch"],
    ["1", "Tổng sản phẩm trên địa bàn", "tỷ đồng", "21.500", "21.900", "23.000", "Tăng nhanh"],
    ["2", "Thu ngân sách nhà nước", "tỷ đồng", "4.100", "4.250", "4.500"],
    ["3", "Tỷ lệ hộ nghèo", "%", "2,5", "2,3", "1,9", "Giảm"],
]


def test_a_short_note_past_the_figures_is_no_value_in_words() -> None:
    text = "\n".join(c for r in _NOTED_ROWS for c in r)
    years = _by_value(text)
    assert years.get(23000.0) == 2027 and years.get(4500.0) == 2027 and years.get(1.9) == 2027
    assert years.get(21500.0) == 2026 and years.get(2.5) == 2026
    doc = kp.parse(text)
    assert all(i.value is not None for i in doc.indicators)  # no "Tăng nhanh", no "Giảm"


def test_a_value_in_words_in_place_of_a_figure_stays_a_value() -> None:
    rows = [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2027", "Ghi chú"],
            ["1", "Kim ngạch xuất khẩu", "triệu USD", "1.250", "Tăng nhanh"],
            ["2", "Cán cân thương mại", "", "Xuất siêu", ""],
            ["3", "Tỷ lệ hộ nghèo", "%", "1,9", "Giảm"]]
    doc = kp.parse("\n".join(" | ".join(r) for r in rows))
    names = {i.name: i for i in doc.indicators}
    assert names["Kim ngạch xuất khẩu"].value == 1250.0
    assert names["Tỷ lệ hộ nghèo"].value == 1.9
    # the row whose only value is in words keeps it (a target with no figure)
    assert "Cán cân thương mại" in names and names["Cán cân thương mại"].value is None
