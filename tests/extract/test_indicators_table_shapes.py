"""Target tables in the shapes people print them (issue 12, brief H14W): ordinals with a
mark, units in brackets after the names of a table with no unit column, a column per year,
merged headers, result columns around the target column, category rows, and a statistics
table that gives no target.  Every table is written for the test."""

from __future__ import annotations

import pytest
from indicator_helpers import extract, rule_decider  # noqa: F401

import kehoach_parser

LEAD = "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2027\n\nCác chỉ tiêu chủ yếu:\n\n"
TAIL = "\n\nTổ chức thực hiện theo kế hoạch này.\n"


def table(*rows: str) -> str:
    return LEAD + "\n".join(rows) + TAIL


def values(text: str) -> list[tuple[str | None, float | None, str | None]]:
    return [(i.name, i.value, i.unit) for i in extract(text)]


def test_ordinals_with_a_slash_are_rows_labelled_by_their_number() -> None:
    text = table("| STT | Chỉ tiêu | ĐVT | Kế hoạch 2027 |",
                 "| 1/ | Số hộ trồng cây ăn quả | hộ | 240 |",
                 "| 2/ | Diện tích lúa chất lượng cao | ha | 315 |",
                 "| 3/ | Số lớp tập huấn kỹ thuật | lớp | 12 |")
    found = extract(text)
    assert [(i.label, i.value, i.unit) for i in found] == [
        ("1", 240.0, "hộ"), ("2", 315.0, "ha"), ("3", 12.0, "lớp")]
    assert found[0].name == "Số hộ trồng cây ăn quả"


@pytest.mark.parametrize("mark", [")", ".", "/"])
def test_lettered_rows_under_a_row_without_figures_are_labelled_by_their_letter(
        mark: str) -> None:
    text = table("| TT | Chỉ tiêu | ĐVT | Kế hoạch 2027 |",
                 "| 1 | Các dự án khởi công mới | | |",
                 f"| a{mark} | Diện tích rừng trồng tập trung | ha | 120 |",
                 f"| b{mark} | Số công trình nước sạch | công trình | 4 |")
    assert [(i.label, i.value) for i in extract(text)] == [("a", 120.0), ("b", 4.0)]


def test_units_in_brackets_after_the_names_of_a_table_with_no_unit_column() -> None:
    text = table("| TT | Chỉ tiêu | Mục tiêu 2027 |",
                 "| 1 | Chỉ số cải cách hành chính (Thứ hạng) | 5 |",
                 "| 2 | Kho dữ liệu dùng chung (Kho dữ liệu) | 3 |",
                 "| 3 | Tỷ lệ hồ sơ xử lý trực tuyến (%) | 85 |")
    assert values(text) == [("Chỉ số cải cách hành chính", 5.0, "thứ hạng"),
                            ("Kho dữ liệu dùng chung", 3.0, "kho dữ liệu"),
                            ("Tỷ lệ hồ sơ xử lý trực tuyến", 85.0, "%")]


def test_bracket_units_are_vietnamese_syllables_not_foreign_words() -> None:
    # "(Ca)" is a Vietnamese word without a diacritic: a unit; "(Smart city)" is two foreign
    # words: a part of the name, though the table's names give their units
    text = table("| TT | Chỉ tiêu | Mục tiêu 2027 |",
                 "| 1 | Số ca sốt xuất huyết (Ca) | 45 |",
                 "| 2 | Chỉ số đô thị thông minh (Smart city) | 3 |",
                 "| 3 | Xếp hạng chỉ số chuyển đổi số (Thứ bậc) | 12 |")
    assert values(text) == [("Số ca sốt xuất huyết", 45.0, "ca"),
                            ("Chỉ số đô thị thông minh (Smart city)", 3.0, None),
                            ("Xếp hạng chỉ số chuyển đổi số", 12.0, "thứ bậc")]


def test_an_abbreviation_in_brackets_stays_part_of_the_name_beside_a_unit_column() -> None:
    text = table("| TT | Chỉ tiêu | ĐVT | Mục tiêu 2027 |",
                 "| 1 | Chỉ số năng lực cạnh tranh (PCI) | điểm | 68 |",
                 "| 2 | Chỉ số hài lòng (Sipas) | % | 90 |",
                 "| 3 | Thu nhập bình quân | triệu đồng | 75 |")
    assert values(text) == [("Chỉ số năng lực cạnh tranh (PCI)", 68.0, "điểm"),
                            ("Chỉ số hài lòng (Sipas)", 90.0, "%"),
                            ("Thu nhập bình quân", 75.0, "triệu đồng")]


def test_a_few_bracketed_names_do_not_make_brackets_units() -> None:
    # one row in three ends with a sentence-cased bracket no unit reads: a part of its name,
    # the table has no unit (the bracket would be the unit were the share met)
    text = table("| TT | Chỉ tiêu | Mục tiêu 2027 |",
                 "| 1 | Số sản phẩm đạt chuẩn (Cấp tỉnh) | 6 |",
                 "| 2 | Số hợp tác xã thành lập mới | 4 |",
                 "| 3 | Số tổ hợp tác thành lập mới | 9 |")
    assert values(text)[0][0] == "Số sản phẩm đạt chuẩn (Cấp tỉnh)"


def test_a_column_per_year_gives_one_record_per_cell_with_the_column_year() -> None:
    text = table("| STT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |",
                 "| 1 | Tỷ lệ hộ dùng nước sạch | % | 82 | 86 | 90 |",
                 "| 2 | Số trường đạt chuẩn quốc gia | trường | 14 | 16 | 19 |")
    found = extract(text)
    assert [(i.value, i.year) for i in found] == [
        (82.0, 2027), (86.0, 2028), (90.0, 2029), (14.0, 2027), (16.0, 2028), (19.0, 2029)]


def test_a_merged_plan_header_over_years_gives_each_column_its_year() -> None:
    text = table("| STT | Chỉ tiêu | ĐVT | Kế hoạch | |",
                 "| | | | năm 2027 | năm 2028 |",
                 "| 1 | Sản lượng lương thực | tấn | 5.200 | 5.400 |",
                 "| 2 | Tỷ lệ trẻ em suy dinh dưỡng | % | 9,5 | 9 |")
    assert [(i.value, i.year) for i in extract(text)] == [
        (5200.0, 2027), (5400.0, 2028), (9.5, 2027), (9.0, 2028)]


def test_result_and_note_columns_around_the_target_column_give_no_target() -> None:
    text = table("| STT | Chỉ tiêu | ĐVT | TH 2025 | Ước TH 2026 | KH 2027 | Ghi chú |",
                 "| 1 | Tổng thu ngân sách | tỷ đồng | 410,5 | 452,1 | 480 | |",
                 "| 2 | Tỷ lệ hộ nghèo | % | 3,9 | 3,4 | 3 | |",
                 "| 3 | Số xã đạt chuẩn nông thôn mới | xã | 7 | 8 | 10 | |")
    assert [(i.value, i.year) for i in extract(text)] == [
        (480.0, 2027), (3.0, 2027), (10.0, 2027)]


def test_roman_category_rows_group_the_rows_and_are_no_sections() -> None:
    text = table("| STT | Chỉ tiêu | ĐVT | Kế hoạch 2027 |",
                 "| I | CHỈ TIÊU VỀ KINH TẾ | | |",
                 "| 1 | Tốc độ tăng giá trị sản xuất | % | 8,5 |",
                 "| II | CHỈ TIÊU VỀ XÃ HỘI | | |",
                 "| 2 | Tỷ lệ lao động có việc làm | % | 96 |")
    found = extract(text)
    assert [(i.group, i.value) for i in found] == [
        ("CHỈ TIÊU VỀ KINH TẾ", 8.5), ("CHỈ TIÊU VỀ XÃ HỘI", 96.0)]
    doc = kehoach_parser.parse(text)
    assert not any("CHỈ TIÊU VỀ" in (s.title or "") for s in doc.sections)


def test_targets_in_rows_with_no_unit_column_take_the_unit_of_their_cell() -> None:
    text = table("| TT | Chỉ tiêu | Kế hoạch năm 2027 |",
                 "| 1 | Tỷ lệ hộ có thẻ bảo hiểm y tế | 95% |",
                 "| 2 | Số nhà văn hóa thôn xây mới | 4 nhà |",
                 "| 3 | Tỷ lệ chất thải rắn được thu gom | 90% |")
    assert [(v, u) for _, v, u in values(text)] == [(95.0, "%"), (4.0, "nhà"), (90.0, "%")]


def test_a_second_roman_category_row_groups_the_rows_under_it_and_is_no_section() -> None:
    text = table("| STT | Chỉ tiêu | ĐVT | Kế hoạch 2027 |",
                 "| 1 | Tốc độ tăng giá trị sản xuất | % | 8,5 |",
                 "| II | CHỈ TIÊU VỀ XÃ HỘI | | |",
                 "| 2 | Tỷ lệ lao động có việc làm | % | 96 |")
    assert [(i.group, i.value) for i in extract(text)][1] == ("CHỈ TIÊU VỀ XÃ HỘI", 96.0)
    doc = kehoach_parser.parse(text)
    assert not any("CHỈ TIÊU VỀ" in (s.title or "") for s in doc.sections)


def test_a_statistics_table_of_results_gives_no_target() -> None:
    text = ("BÁO CÁO\nKết quả thực hiện năm 2026\n\nKết quả thực hiện các chỉ tiêu năm 2026:\n\n"
            "| STT | Chỉ tiêu | ĐVT | Thực hiện 2025 | Thực hiện 2026 |\n"
            "| 1 | Số hộ thoát nghèo | hộ | 41 | 37 |\n"
            "| 2 | Diện tích trồng rừng | ha | 120 | 135 |\n"
            "| 3 | Số lao động được đào tạo | người | 310 | 342 |\n\nNơi nhận:\n- Lưu VT.\n")
    assert extract(text) == []
    doc = kehoach_parser.parse(text)
    assert not doc.indicators
    assert {37.0, 135.0, 342.0} <= {r.value for r in doc.results}


def _projects(categories: bool) -> str:
    head = "| STT | Dự án | Công suất (MW) | Địa điểm | Dự kiến thời gian vận hành | Ghi chú |"
    rows = [
        "| 1 | Nhà máy điện khí Đông Hòa | 1.200 | Xã Đông Hòa | 2028-2029 | Dự án mới |",
        "| 2 | Nhà máy điện khí Tây Sơn | 900 | Xã Tây Sơn | 2030 |",
        "| 3 | Nhà máy điện khí Nam Phú | 750 | Xã Nam Phú | 2031-2035 |",
        "| 4 | Nhà máy điện gió Bắc Hà | 300 | Xã Bắc Hà | 2027 | Dự án mới |",
        "| 5 | Nhà máy điện gió Cồn Lở | 450 | Xã Cồn Lở | Trước 2030 |",
        "| 6 | Nhà máy điện gió Mũi Đá | 600 | Xã Mũi Đá | 2032 |",
        "| 7 | Nhà máy điện mặt trời Gò Cao | 200 | Xã Gò Cao | 2029 |",
    ]
    if categories:
        rows = ["| I | ĐIỆN KHÍ | | | | |", *rows[:3], "| II | ĐIỆN TÁI TẠO | | | | |",
                *rows[3:]]
    return ("QUYẾT ĐỊNH\nDanh mục dự án điện năm 2027\n\nDanh mục các dự án nguồn điện:\n\n"
            + "\n".join([head, *rows]) + TAIL)


def test_category_rows_in_a_table_whose_rows_lost_their_last_empty_cells() -> None:
    # rows without a note lost their last cell; the Roman category rows keep every cell:
    # they do not decide how many cells the rows kept, so each row keeps its year
    plain = [(i.value, i.year) for i in extract(_projects(False))]
    grouped = extract(_projects(True))
    assert [(i.value, i.year) for i in grouped] == plain
    assert plain[:2] == [(1200.0, 2029), (900.0, 2030)]
    assert [i.group for i in grouped][2:4] == ["ĐIỆN KHÍ", "ĐIỆN TÁI TẠO"]
