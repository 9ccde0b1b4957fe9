"""Column schemes of target tables (issue 12): which column gives targets, which results,
which nothing, and how rows name, label and group their records.

Every table here is written for the test (a district's annex of targets, a commune's
budget, a statistics table), and each is read in three layouts — DOCX rows ("a | b"),
Markdown pipes and a web table copied one cell a line between bars — under both status
deciders (the rules and the shipped model): the scheme, not the layout or the decider,
must give the records.
"""

from __future__ import annotations

import pytest
from indicator_helpers import Rows, render

from kehoach_parser.document import Indicator
from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.text.normalize import normalize

Key = tuple[object, ...]

LAYOUTS = ("docx", "markdown", "bars")


@pytest.fixture(params=["rules", "model"])
def decider(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "rules":
        monkeypatch.setenv("KEHOACH_STATUS", "rules")
    else:
        monkeypatch.delenv("KEHOACH_STATUS", raising=False)
    return str(request.param)


def read(lead: str, rows: Rows, layout: str) -> tuple[list[Key], list[Key]]:
    text = lead + "\n\n" + render(rows, layout) + "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    targets, results = figures_from_text(normalize(text).text)

    def key(i: Indicator) -> Key:
        return (i.label, i.name, i.group, i.value, i.unit, i.year)
    return [key(t) for t in targets], [key(r) for r in results]


LEAD = "Phụ lục\nCÁC CHỈ TIÊU CHỦ YẾU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026"

# --- two target columns: two records per row, one per year ---------------------------------
TWO_YEARS = [
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Kế hoạch năm 2027"],
    ["1", "Tỷ lệ trường đạt chuẩn quốc gia", "%", "72", "78"],
    ["2", "Số xã đạt chuẩn nông thôn mới nâng cao", "Xã", "4", "6"],
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_two_plan_columns_give_two_records_a_row(layout: str, decider: str) -> None:
    targets, results = read(LEAD, TWO_YEARS, layout)
    assert targets == [
        ("1", "Tỷ lệ trường đạt chuẩn quốc gia", None, 72.0, "%", 2026),
        ("1", "Tỷ lệ trường đạt chuẩn quốc gia", None, 78.0, "%", 2027),
        ("2", "Số xã đạt chuẩn nông thôn mới nâng cao", None, 4.0, "xã", 2026),
        ("2", "Số xã đạt chuẩn nông thôn mới nâng cao", None, 6.0, "xã", 2027),
    ]
    assert results == []


# --- done beside planned, and a comparison column that gives nothing -----------------------
DONE_AND_PLAN = [
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2024", "Ước thực hiện năm 2025",
     "Kế hoạch năm 2026", "So sánh KH 2026/ƯTH 2025 (%)"],
    ["I", "Kinh tế", "", "", "", "", ""],
    ["1", "Tổng giá trị sản xuất", "Tỷ đồng", "1.210", "1.318", "1.450", "110,0"],
    ["2", "Thu nhập bình quân đầu người", "Triệu đồng", "52,4", "56,1", "61", "108,7"],
    ["II", "Xã hội", "", "", "", "", ""],
    ["1", "Tỷ lệ hộ nghèo", "%", "3,1", "2,6", "2,1", "-"],
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_done_columns_give_results_the_plan_column_targets(layout: str, decider: str) -> None:
    targets, results = read(LEAD, DONE_AND_PLAN, layout)
    assert [(t[0], t[1], t[3], t[4], t[5]) for t in targets] == [
        ("1", "Tổng giá trị sản xuất", 1450.0, "tỷ đồng", 2026),
        ("2", "Thu nhập bình quân đầu người", 61.0, "triệu đồng", 2026),
        ("1", "Tỷ lệ hộ nghèo", 2.1, "%", 2026),
    ]
    assert sorted((r[3], r[5]) for r in results) == [
        (2.6, 2025), (3.1, 2024), (52.4, 2024), (56.1, 2025), (1210.0, 2024),
        (1318.0, 2025)]
    # the comparison column ("So sánh … (%)") gives no record of either kind
    figures = {t[3] for t in targets} | {r[3] for r in results}
    assert not figures & {110.0, 108.7}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_roman_rows_are_category_rows_and_labels_restart(layout: str, decider: str) -> None:
    targets, _ = read(LEAD, DONE_AND_PLAN, layout)
    # "I Kinh tế" inside the table is a category row: the group of the rows under it, with
    # no figure of its own (annotation decision 27)
    assert [t[2] for t in targets] == ["Kinh tế", "Kinh tế", "Xã hội"]
    assert [t[0] for t in targets] == ["1", "2", "1"]  # numbering restarts under "II"


# --- "Trong đó" sub-rows and lettered rows --------------------------------------------------
SUB_ROWS = [
    ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2026"],
    ["1", "Tổng thu ngân sách trên địa bàn", "Triệu đồng", "86.500"],
    ["", "Trong đó: thu nội địa", "Triệu đồng", "71.200"],
    ["2", "Diện tích gieo trồng cây hằng năm", "Ha", "5.300"],
    ["a", "Lúa", "Ha", "3.900"],
    ["b", "Ngô", "Ha", "1.400"],
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_sub_rows_take_the_row_above_as_group_and_its_label(layout: str, decider: str) -> None:
    targets, _ = read(LEAD, SUB_ROWS, layout)
    assert targets == [
        ("1", "Tổng thu ngân sách trên địa bàn", None, 86500.0, "triệu đồng", 2026),
        ("1", "thu nội địa", "Tổng thu ngân sách trên địa bàn", 71200.0, "triệu đồng", 2026),
        ("2", "Diện tích gieo trồng cây hằng năm", None, 5300.0, "ha", 2026),
        ("2", "Lúa", "Diện tích gieo trồng cây hằng năm", 3900.0, "ha", 2026),
        ("2", "Ngô", "Diện tích gieo trồng cây hằng năm", 1400.0, "ha", 2026),
    ]


# --- units in the header instead of a unit column ------------------------------------------
HEADER_UNITS = [
    ["TT", "Tên công trình", "Chiều dài (km)", "Kế hoạch vốn năm 2026 (triệu đồng)"],
    ["1", "Đường liên xã Tân Phú - Tân Lập", "4,2", "12.000"],
    ["2", "Kênh tưới nội đồng thôn 3", "1,8", "3.500"],
    ["3", "Đường trục thôn Đồng Sơn", "2,5", "6.800"],
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_units_printed_in_the_headers(layout: str, decider: str) -> None:
    targets, _ = read("Phụ lục\nDANH MỤC CÔNG TRÌNH VÀ KẾ HOẠCH VỐN NĂM 2026", HEADER_UNITS,
                      layout)
    money = [(t[1], t[3], t[4], t[5]) for t in targets if t[4] == "triệu đồng"]
    assert money == [("Đường liên xã Tân Phú - Tân Lập", 12000.0, "triệu đồng", 2026),
                     ("Kênh tưới nội đồng thôn 3", 3500.0, "triệu đồng", 2026),
                     ("Đường trục thôn Đồng Sơn", 6800.0, "triệu đồng", 2026)]
    assert all(t[4] in ("km", "triệu đồng") for t in targets)


# --- negative: a statistics table with no target column -------------------------------------
STATISTICS = [
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2021", "Năm 2022", "Năm 2023"],
    ["1", "Dân số trung bình", "Người", "12.410", "12.535", "12.602"],
    ["2", "Số trường học", "Trường", "6", "6", "7"],
    ["3", "Tỷ lệ hộ nghèo", "%", "6,2", "5,1", "4,3"],
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_statistics_table_gives_no_target(layout: str, decider: str) -> None:
    lead = "Phụ lục\nSỐ LIỆU THỐNG KÊ MỘT SỐ CHỈ TIÊU CỦA XÃ GIAI ĐOẠN 2021 - 2023"
    targets, results = read(lead, STATISTICS, layout)
    assert targets == []
    assert len(results) in (0, 9)  # results or nothing, never targets


# --- a merged header cell over "Tổng số | Trong đó" ----------------------------------------
MERGED = [
    ["STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm 2025", "Kế hoạch năm 2026", ""],
    ["", "", "", "", "Tổng số", "Trong đó: vốn ngân sách tỉnh"],
    ["1", "Vốn đầu tư phát triển toàn xã hội", "Tỷ đồng", "540", "600", "210"],
    ["2", "Vốn xây dựng nông thôn mới", "Tỷ đồng", "48", "55", "20"],
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_plan_header_over_two_sub_columns_gives_both_its_year(layout: str,
                                                               decider: str) -> None:
    targets, results = read(LEAD, MERGED, layout)
    assert [(t[0], t[3], t[5]) for t in targets] == [
        ("1", 600.0, 2026), ("1", 210.0, 2026), ("2", 55.0, 2026), ("2", 20.0, 2026)]
    assert sorted((r[3], r[5]) for r in results) == [(48.0, 2025), (540.0, 2025)]


# --- dotted sub-items, and a Roman row that holds figures -----------------------------------
DOTTED = [
    ["STT", "Chỉ tiêu", "Đơn vị", "Mục tiêu đến năm 2030"],
    ["I", "Tổng sản phẩm trên địa bàn (GRDP)", "Tỷ đồng", "9.800"],
    ["1", "Nông, lâm nghiệp và thủy sản", "Tỷ đồng", "2.100"],
    ["1.1", "Giá trị sản phẩm trên 1 ha đất trồng trọt", "Triệu đồng", "150"],
    ["2", "Công nghiệp - xây dựng", "Tỷ đồng", "3.900"],
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_numbered_rows_under_a_roman_row_with_figures(layout: str, decider: str) -> None:
    targets, _ = read(LEAD, DOTTED, layout)
    assert [(t[0], t[2], t[3], t[5]) for t in targets] == [
        ("I", None, 9800.0, 2030),
        ("1", "Tổng sản phẩm trên địa bàn (GRDP)", 2100.0, 2030),
        ("1.1", "Nông, lâm nghiệp và thủy sản", 150.0, 2030),
        ("2", "Tổng sản phẩm trên địa bàn (GRDP)", 3900.0, 2030),
    ]


def test_a_table_unit_line_gives_the_unit_of_every_row(decider: str) -> None:
    rows = [["STT", "Nội dung", "Dự toán năm 2026"],
            ["1", "Chi đầu tư phát triển", "12.500"],
            ["2", "Chi thường xuyên", "31.800"],
            ["3", "Dự phòng ngân sách", "900"]]
    targets, _ = read(LEAD + "\nĐơn vị tính: triệu đồng", rows, "docx")
    assert [(t[1], t[3], t[4], t[5]) for t in targets] == [
        ("Chi đầu tư phát triển", 12500.0, "triệu đồng", 2026),
        ("Chi thường xuyên", 31800.0, "triệu đồng", 2026),
        ("Dự phòng ngân sách", 900.0, "triệu đồng", 2026)]
