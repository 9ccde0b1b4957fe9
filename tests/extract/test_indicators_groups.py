"""Groups, labels and years of targets as real documents lay them out (issue 12, part).

Which words before a colon name a group ("Chỉ tiêu sản xuất trồng trọt:") and which do not
("Các chỉ tiêu chủ yếu:", "Về dân số:"); tables whose name column header also carries words
of other columns; row numbers that skip.  Every sentence and table is written for the test.
"""

from __future__ import annotations

import pytest
from indicator_helpers import extract, name_group_value, rule_decider  # noqa: F401 (autouse fixture)

from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.text.normalize import normalize

_groups = name_group_value


# --- words before a colon: a group or not -------------------------------------------------
def test_a_targets_word_with_a_topic_names_the_group() -> None:
    text = "- Chỉ tiêu chăn nuôi gia súc: Tổng đàn bò 4.200 con; tổng đàn lợn 9.800 con.\n"
    assert _groups(text) == [
        ("Tổng đàn bò", "Chỉ tiêu chăn nuôi gia súc", 4200.0),
        ("tổng đàn lợn", "Chỉ tiêu chăn nuôi gia súc", 9800.0),
    ]


def test_a_quota_given_by_a_body_names_the_group() -> None:
    text = "- Chỉ tiêu tỉnh giao: Tỷ lệ trẻ ra lớp đạt 96%.\n"
    assert _groups(text) == [("Tỷ lệ trẻ ra lớp", "Chỉ tiêu tỉnh giao", 96.0)]


@pytest.mark.parametrize("lead", [
    "Các chỉ tiêu chủ yếu", "Một số chỉ tiêu cụ thể như", "Chỉ tiêu", "Mục tiêu cụ thể",
    "Những mục tiêu chính",
])
def test_a_targets_word_with_only_fillers_names_no_group(lead: str) -> None:
    text = f"- {lead}: Tỷ lệ hộ nghèo dưới 1,5%; thu nhập bình quân đạt 72 triệu đồng.\n"
    assert [(g, v) for _n, g, v in _groups(text)] == [(None, 1.5), (None, 72.0)]


def test_a_topic_lead_in_names_no_group() -> None:
    text = ("1. Về y tế: Tỷ lệ trẻ em suy dinh dưỡng dưới 9%; 98% dân số nông thôn dùng "
            "nước hợp vệ sinh.\n")
    assert _groups(text) == [
        ("Tỷ lệ trẻ em suy dinh dưỡng", None, 9.0),
        ("dân số nông thôn dùng nước hợp vệ sinh", None, 98.0),
    ]


def test_a_topic_before_a_value_first_clause_is_neither_group_nor_name() -> None:
    found = extract("- Về văn hóa: 92% gia đình đạt chuẩn văn hóa.\n")
    assert [(i.name, i.group, i.value) for i in found] == [
        ("gia đình đạt chuẩn văn hóa", None, 92.0)]


def test_a_sector_before_a_value_first_clause_is_its_group() -> None:
    found = extract("- Văn hóa: 92% gia đình đạt chuẩn văn hóa.\n")
    assert [(i.name, i.group) for i in found] == [("gia đình đạt chuẩn văn hóa", "Văn hóa")]


# --- tables ---------------------------------------------------------------------------------
def test_a_name_header_that_names_the_bodies_too_is_the_name_column() -> None:
    text = ("ĐVT: triệu đồng\n"
            "| STT | Danh mục công trình/ Cơ quan, đơn vị thực hiện | Kế hoạch vốn năm 2027 "
            "| Ghi chú |\n"
            "|---|---|---|---|\n"
            "| | TỔNG CỘNG | 9.000 | |\n"
            "| I | HUYỆN ĐÔNG SƠN | 5.000 | |\n"
            "| 1 | Trường tiểu học Đông Hòa: nhà lớp học 2 tầng | 3.000 | |\n"
            "| 2 | Trạm y tế xã Đông Yên | 2.000 | |\n"
            "| II | HUYỆN NÔNG CỐNG | 4.000 | |\n"
            "| 1 | Trường mầm non Trung Chính | 4.000 | |\n")
    found = extract(text)
    assert [(i.label, i.name, i.group, i.value, i.year) for i in found] == [
        (None, "TỔNG CỘNG", None, 9000.0, 2027),
        ("I", "HUYỆN ĐÔNG SƠN", "TỔNG CỘNG", 5000.0, 2027),
        ("1", "Trường tiểu học Đông Hòa: nhà lớp học 2 tầng", "HUYỆN ĐÔNG SƠN", 3000.0, 2027),
        ("2", "Trạm y tế xã Đông Yên", "HUYỆN ĐÔNG SƠN", 2000.0, 2027),
        ("II", "HUYỆN NÔNG CỐNG", "TỔNG CỘNG", 4000.0, 2027),
        ("1", "Trường mầm non Trung Chính", "HUYỆN NÔNG CỐNG", 4000.0, 2027),
    ]


def test_a_plan_header_that_starts_with_a_name_word_stays_a_plan_column() -> None:
    text = ("| STT | Nội dung | Chỉ tiêu giao | Ghi chú |\n"
            "| 1 | Số thanh niên nhập ngũ | 45 | |\n")
    found = extract(text)
    assert [(i.label, i.name, i.value) for i in found] == [("1", "Số thanh niên nhập ngũ", 45.0)]


SKIPPING = """\
|
STT
|
Chỉ tiêu
|
Kế hoạch năm 2027
|
|
1
|
Thu thuế công thương nghiệp
|
1.200
|
|
2
|
Thu phí, lệ phí
|
300
|
|
5
|
Thu tiền sử dụng đất
|
4.500
|
|
6
|
Thu khác
|
150
|
"""


def test_row_numbers_that_skip_still_open_rows() -> None:
    found = extract(SKIPPING)
    assert [(i.label, i.name, i.group, i.value) for i in found] == [
        ("1", "Thu thuế công thương nghiệp", None, 1200.0),
        ("2", "Thu phí, lệ phí", None, 300.0),
        ("5", "Thu tiền sử dụng đất", None, 4500.0),
        ("6", "Thu khác", None, 150.0),
    ]


def test_a_number_far_ahead_of_the_rows_is_no_row() -> None:
    text = SKIPPING.replace("\n5\n", "\n25\n")
    found = extract(text)
    assert [i.label for i in found][:2] == ["1", "2"]
    assert "25" not in [i.label for i in found]


PARTS_OF_PARTS = """\
|
STT
|
Chỉ tiêu
|
ĐVT
|
Kế hoạch năm 2027
|
|
4
|
Y tế
|
|
|
|
|
- Số giường bệnh
|
Giường
|
1.250
|
|
|
+ Giường bệnh tuyến tỉnh
|
Giường
|
700
|
|
|
+ Giường bệnh tuyến huyện
|
Giường
|
550
|
|
|
- Số trạm y tế đạt chuẩn
|
Trạm
|
38
|
"""


def test_plus_rows_under_a_dash_row_are_its_parts() -> None:
    found = extract(PARTS_OF_PARTS)
    assert [(i.label, i.name, i.group, i.value) for i in found] == [
        ("4", "Số giường bệnh", "Y tế", 1250.0),
        ("4", "Giường bệnh tuyến tỉnh", "Số giường bệnh", 700.0),
        ("4", "Giường bệnh tuyến huyện", "Số giường bệnh", 550.0),
        ("4", "Số trạm y tế đạt chuẩn", "Y tế", 38.0),
    ]


def test_letter_rows_above_roman_rows_are_their_group() -> None:
    text = ("| STT | Nội dung | Kế hoạch năm 2027 |\n"
            "| A | TỔNG THU NGÂN SÁCH | 9.000 |\n"
            "| B | KẾ HOẠCH VAY VÀ TRẢ NỢ | |\n"
            "| I | Tổng mức vay mới | 1.500 |\n"
            "| | Tỷ lệ so với mức vay tối đa (%) | 40 |\n"
            "| II | Trả nợ gốc đến hạn | 700 |\n")
    found = extract(text)
    assert [(i.label, i.name, i.group, i.value) for i in found] == [
        ("A", "TỔNG THU NGÂN SÁCH", None, 9000.0),
        ("I", "Tổng mức vay mới", "KẾ HOẠCH VAY VÀ TRẢ NỢ", 1500.0),
        ("I", "Tỷ lệ so với mức vay tối đa", "Tổng mức vay mới", 40.0),
        ("II", "Trả nợ gốc đến hạn", "KẾ HOẠCH VAY VÀ TRẢ NỢ", 700.0),
    ]


def test_letter_rows_without_roman_rows_stay_the_top_level() -> None:
    text = ("| STT | Nội dung | Kế hoạch năm 2027 |\n"
            "| A | Thu ngân sách | 9.000 |\n"
            "| 1 | Thu nội địa | 8.000 |\n")
    found = extract(text)
    assert [(i.label, i.name, i.group) for i in found] == [
        ("A", "Thu ngân sách", None), ("1", "Thu nội địa", "Thu ngân sách")]


# --- lead-ins and the end of a group's list -------------------------------------------------
def test_an_action_that_announces_targets_is_no_group() -> None:
    text = ("Tập trung nâng cao chất lượng dân số, cụ thể: tỷ lệ sàng lọc sơ sinh đạt 85%; "
            "tuổi thọ trung bình đạt 75 tuổi.\n")
    assert [(g, v) for _n, g, v in _groups(text)] == [(None, 85.0), (None, 75.0)]


def test_a_topic_announced_with_gom_is_the_group() -> None:
    text = "- Cơ cấu kinh tế gồm: nông nghiệp 30%; dịch vụ 45%.\n"
    assert _groups(text) == [("nông nghiệp", "Cơ cấu kinh tế", 30.0),
                             ("dịch vụ", "Cơ cấu kinh tế", 45.0)]


def test_a_group_opened_by_trong_do_ends_with_its_sentence() -> None:
    text = ("Tổng thu ngân sách đạt 120 tỷ đồng, trong đó: thu nội địa 100 tỷ đồng; thu khác "
            "20 tỷ đồng. Tỷ lệ hộ nghèo dưới 2%.\n")
    assert _groups(text) == [
        ("Tổng thu ngân sách", None, 120.0),
        ("thu nội địa", "Tổng thu ngân sách", 100.0),
        ("thu khác", "Tổng thu ngân sách", 20.0),
        ("Tỷ lệ hộ nghèo", None, 2.0),
    ]


def test_a_group_ends_at_the_next_item_numbered_inside_the_paragraph() -> None:
    text = ("1. Giá trị sản xuất tăng 9%, trong đó: nông nghiệp tăng 3%; dịch vụ tăng 12%. "
            "2. Thu nhập bình quân đầu người đến năm 2027: 80 triệu đồng.\n")
    found = extract(text)
    assert [(i.name, i.group, i.value) for i in found][-1] == (
        "Thu nhập bình quân đầu người", None, 80.0)
    assert [i.group for i in found][1:3] == ["Giá trị sản xuất", "Giá trị sản xuất"]


# --- words after the value ------------------------------------------------------------------
def test_a_comparison_with_an_estimate_is_no_name() -> None:
    text = "Kim ngạch xuất khẩu 250 triệu USD, tăng 4,5% so ước thực hiện năm 2026.\n"
    assert [(i.name, i.value, i.direction) for i in extract(text)] == [
        ("Kim ngạch xuất khẩu", 250.0, None),
        ("Kim ngạch xuất khẩu", 4.5, "increase"),
    ]


@pytest.mark.parametrize("base", ["1 vạn dân", "1 nghìn dân"])
def test_a_population_base_inside_a_name_is_no_value(base: str) -> None:
    found = extract(f"Số bác sĩ trên {base} đạt 12 bác sĩ.\n")
    assert [(i.name, i.value) for i in found] == [(f"Số bác sĩ trên {base}", 12.0)]


def test_a_population_figure_at_the_end_of_a_clause_is_a_value() -> None:
    found = extract("Quy mô dân số đô thị đạt trên 1 vạn dân.\n")
    assert [(i.value, i.comparator) for i in found] == [(1.0, ">")]


# --- years of table columns (decision 9) ----------------------------------------------------
def test_a_plan_column_that_names_its_year_gives_the_year() -> None:
    text = ("| STT | Chỉ tiêu | Đơn vị | Kế hoạch 2027 |\n"
            "| 1 | Sản lượng lúa | tấn | 21.300 |\n")
    assert [(i.label, i.value, i.year) for i in extract(text)] == [("1", 21300.0, 2027)]


def test_a_plan_column_over_a_span_of_years_gives_its_end_year() -> None:
    # (decision 9 with decision 1: a target column headed by a period is reached by its end)
    text = ("| STT | Chỉ tiêu | Đơn vị | Kế hoạch 2026 - 2030 |\n"
            "| 1 | Sản lượng lúa | tấn | 21.300 |\n")
    assert [i.year for i in extract(text)] == [2030]
    # a period with more years named in the header is no span of one column
    text = ("| STT | Chỉ tiêu | Đơn vị | Kế hoạch 2026 - 2030 (năm 2026, 2027) |\n"
            "| 1 | Sản lượng lúa | tấn | 21.300 |\n")
    assert [i.year for i in extract(text)] != [2030]


def _bars(*rows: list[str]) -> str:
    """A table written one cell per line between bars, a row boundary as an empty cell."""
    out: list[str] = []
    for row in rows:
        out.append("|")
        for cell in row:
            out.extend([cell, "|"])
    return "\n".join(out) + "\n"


BUDGET = _bars(
    ["STT", "Nội dung", "Năm hiện hành 2026", "Dự kiến 02 năm kế hoạch"],
    ["Dự toán giao", "Đánh giá thực hiện", "Năm 2027", "Năm 2028"],
    ["1", "Thu tiền sử dụng đất", "500", "520", "550", "600"],
    ["2", "Thu xổ số kiến thiết", "80", "75", "0", "90"],
)


def test_sub_headers_fall_under_the_header_whose_run_they_form() -> None:
    targets, results = figures_from_text(normalize(BUDGET).text)
    assert [(t.label, t.value, t.year) for t in targets] == [
        ("1", 500.0, 2026), ("1", 550.0, 2027), ("1", 600.0, 2028),
        ("2", 80.0, 2026), ("2", 0.0, 2027), ("2", 90.0, 2028),
    ]
    assert [(r.value, r.year) for r in results] == [(520.0, 2026), (75.0, 2026)]


def test_a_column_comparing_two_years_in_percent_holds_no_targets() -> None:
    text = ("| STT | Nội dung | Dự toán 2027 | DT 2027 so UTH 2026 (%) | Dự kiến năm 2028 |\n"
            "| 1 | Chi đầu tư phát triển | 1.200 | 104,3 | 1.300 |\n")
    assert [(i.value, i.year) for i in extract(text)] == [(1200.0, 2027), (1300.0, 2028)]


def test_a_dash_in_a_value_column_is_no_target() -> None:
    text = ("| STT | Nội dung | Kế hoạch năm 2027 |\n"
            "| 1 | Thu phí bến bãi | - |\n"
            "| 2 | Thu phí chợ | 40 |\n")
    assert [(i.name, i.value) for i in extract(text)] == [("Thu phí chợ", 40.0)]


PROJECTS = _bars(
    ["TT", "Dự án", "Công suất (MW)", "Địa điểm", "Thời gian vận hành", "Ghi chú"],
    ["1", "Nhà máy điện gió Đông Hải", "120", "Trà Vinh", "2027-2028", ""],
    ["2", "Nhà máy điện mặt trời Phước Minh", "1.050", "Ninh Thuận", "2029", "Mới"],
)


def test_a_row_that_fills_its_note_columns_keeps_only_its_values() -> None:
    found = extract(PROJECTS)
    assert [(i.label, i.name, i.value, i.unit) for i in found] == [
        ("1", "Nhà máy điện gió Đông Hải", 120.0, "MW"),
        ("2", "Nhà máy điện mặt trời Phước Minh", 1050.0, "MW"),
    ]


def test_an_agency_or_a_schedule_in_a_value_column_is_no_qualitative_target() -> None:
    text = _bars(
        ["TT", "Chỉ tiêu", "Kết quả"],
        ["1", "Tỷ lệ hồ sơ giải quyết trực tuyến", "Sở Tài chính"],
        ["2", "Tỷ lệ người dân có chữ ký số", "Hằng năm"],
        ["3", "Tỷ lệ hộ dùng nước sạch", "95%"],
    )
    assert [(i.label, i.value) for i in extract(text)] == [("3", 95.0)]


def test_the_last_cell_of_a_bars_table_without_a_bar_after_it_is_read() -> None:
    text = _bars(
        ["STT", "Nội dung", "Năm 2027", "Năm 2028"],
        ["1", "Thu tiền sử dụng đất", "500", "600"],
    ) + "2\n|\nThu xổ số kiến thiết\n|\n**80**\n|\n**95**"
    found = extract(text)
    assert [(i.label, i.value, i.year) for i in found][-2:] == [("2", 80.0, 2027),
                                                                ("2", 95.0, 2028)]


def test_a_bars_table_followed_by_prose_keeps_the_prose_out() -> None:
    text = _bars(
        ["STT", "Nội dung", "Năm 2027"],
        ["1", "Thu tiền sử dụng đất", "500"],
    ) + "Giao Phòng Kinh tế theo dõi.\n"
    assert [(i.name, i.value) for i in extract(text)] == [("Thu tiền sử dụng đất", 500.0)]


def test_a_sum_in_brackets_after_a_row_name_is_no_unit() -> None:
    text = ("ĐVT: triệu đồng\n"
            "| STT | Nội dung | Dự toán năm 2027 |\n"
            "| | TỔNG THU NGÂN SÁCH (I+II) | 9.000 |\n")
    assert [(i.value, i.unit) for i in extract(text)] == [(9000.0, "triệu đồng")]


# --- a year phrase at an end of a group -----------------------------------------------------
def test_a_year_phrase_after_the_group_goes_to_the_year() -> None:
    found = extract("- Cơ cấu kinh tế đến năm 2027: Nông nghiệp 30%; dịch vụ 45%.\n")
    assert [(i.name, i.group, i.value, i.year) for i in found] == [
        ("Nông nghiệp", "Cơ cấu kinh tế", 30.0, 2027),
        ("dịch vụ", "Cơ cấu kinh tế", 45.0, 2027),
    ]


def test_a_year_phrase_before_the_group_and_its_copula_are_left_out() -> None:
    found = extract("- Đến năm 2027 tỷ trọng các ngành của xã là: nông nghiệp chiếm 30%.\n")
    assert [(i.group, i.value, i.year) for i in found] == [
        ("tỷ trọng các ngành của xã", 30.0, 2027)]


def test_a_subject_striving_for_a_year_is_no_group() -> None:
    found = extract("Huyện phấn đấu năm 2027: thu nhập bình quân đạt 80 triệu đồng.\n")
    assert [(i.name, i.group, i.value) for i in found] == [
        ("thu nhập bình quân", None, 80.0)]


def test_a_year_phrase_alone_before_a_colon_is_no_group() -> None:
    found = extract("- Đến năm 2027: tỷ lệ hộ nghèo dưới 2%.\n")
    assert [(i.name, i.group, i.year) for i in found] == [("tỷ lệ hộ nghèo", None, 2027)]


# --- a numbered list run into one paragraph (decision 8) ------------------------------------
def test_numbers_run_into_a_paragraph_label_its_targets() -> None:
    text = ("Các chỉ tiêu chủ yếu năm 2027 1. Tăng trưởng kinh tế đạt 8%. 2. Thu nhập bình "
            "quân đạt 75 triệu đồng. 3. Tỷ lệ hộ nghèo dưới 1,5%.\n")
    found = extract(text)
    assert [(i.label, i.name, i.value) for i in found] == [
        ("1", "Tăng trưởng kinh tế", 8.0), ("2", "Thu nhập bình quân", 75.0),
        ("3", "Tỷ lệ hộ nghèo", 1.5)]


def test_two_numbers_in_a_paragraph_make_no_list() -> None:
    text = "Năm 2027 1. Tăng trưởng kinh tế đạt 8%. 2. Tỷ lệ hộ nghèo dưới 1,5%.\n"
    assert [i.label for i in extract(text)] == [None, None]


def test_an_inline_item_without_a_number_is_no_qualitative_target() -> None:
    text = ("Các chỉ tiêu năm 2027 1. Tăng trưởng kinh tế đạt 8%. 2. Xây dựng xã văn minh. "
            "3. Tỷ lệ hộ nghèo dưới 1,5%.\n")
    assert [(i.label, i.value) for i in extract(text)] == [("1", 8.0), ("3", 1.5)]


def test_a_table_of_targets_written_as_sentences_reads_its_name_cells() -> None:
    text = _bars(
        ["TT", "Chỉ tiêu", "Chủ trì"],
        ["1", "Kinh tế số chiếm 30% GRDP của tỉnh.", "Sở Tài chính"],
        ["2", "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 85%.", "Văn phòng UBND tỉnh"],
        ["3", "Hoàn thiện kho dữ liệu dùng chung.", "Sở Khoa học và Công nghệ"],
    )
    found = extract(text)
    assert [(i.label, i.value, i.unit) for i in found] == [("1", 30.0, "%"), ("2", 85.0, "%")]


def test_a_table_with_value_columns_does_not_read_numbers_in_its_names() -> None:
    text = ("| STT | Chỉ tiêu | Kế hoạch năm 2027 |\n"
            "| 1 | Số xã có 3 sản phẩm OCOP | 4 |\n"
            "| 2 | Số trường đạt chuẩn | 3 |\n")
    assert [(i.value, i.year) for i in extract(text)] == [(4.0, 2027), (3.0, 2027)]
