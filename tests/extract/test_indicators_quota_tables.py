"""Quota tables of unseen documents (issue 12): code columns and a second name column beside
the name of the row hold no figures; only the quota column gives targets."""

from __future__ import annotations

import pytest
from test_indicators_table_layouts import records

from kehoach_parser.extract.indicators import tables


@pytest.fixture(autouse=True)
def rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEHOACH_STATUS", "rules")


LEAD = "Kế hoạch tuyển sinh năm học tới như sau:\n\n"
TABLE = "\n".join([
    "| TT | Mã tuyển sinh | Tên lớp, chương trình | Mã nhóm, khối lớp | Tên nhóm, khối lớp "
    "| Chỉ tiêu dự kiến |",
    "| --- | --- | --- | --- | --- | --- |",
    "| 1 | 8110021 | Lớp nghề hàn | 8110020 | Cơ khí | 45 |",
    "| 2 | 8110031 | Lớp nghề điện dân dụng | 8110030 | Điện | 60 |",
])


def test_a_header_opening_with_ma_is_a_code_column_whatever_its_length() -> None:
    for header in ("Mã tuyển sinh", "Mã nhóm, khối lớp", "Mã số"):
        assert tables._classify(header, None).role == "code"
    # a plan word keeps the column a value column
    assert tables._classify("Mã số kế hoạch", None).role != "code"


def test_a_second_column_headed_ten_holds_names_not_figures() -> None:
    layout = tables._positional_layout(
        [["TT", "Tên lớp", "Tên khối lớp", "Chỉ tiêu dự kiến"]], None)
    assert [c.role for c in layout.cols] == ["ordinal", "name", "note", "value"]
    assert layout.cols[3].kind == "plan"


def test_a_quota_table_gives_one_target_a_row_from_the_quota_column() -> None:
    targets, results = records(LEAD + TABLE + "\n")
    assert results == []
    assert [(t[0], t[1], t[3]) for t in targets] == [
        ("1", "Lớp nghề hàn", 45.0), ("2", "Lớp nghề điện dân dụng", 60.0)]


# plan beside achieved, one cell a paragraph: "Chỉ tiêu" twice (the name, then the plan),
# "Thực hiện", "Ghi chú"; rows numbered inside the name cell ("7. Tỷ lệ …")
PLAN_BESIDE_DONE = "\n\n".join([
    "KẾT QUẢ CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN VỪA QUA", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu",
    "Thực hiện", "Ghi chú",
    "1. Số trạm y tế đạt chuẩn", "Trạm", "12", "14",
    "2. Tỷ lệ hộ dùng nước sạch", "%", "85", "88",
    "3. CSDL dân cư được cập nhật", "%", "100", "100", "Cập nhật hằng quý",
    "4. Tổng vốn đầu tư", "Tỷ đồng", "1.200", "1.310",
])


def test_a_one_row_header_naming_plan_and_achieved_is_read_as_printed() -> None:
    targets, results = records(PLAN_BESIDE_DONE + "\n")
    assert [(t[0], t[1], t[3]) for t in targets] == [
        ("1", "Số trạm y tế đạt chuẩn", 12.0), ("2", "Tỷ lệ hộ dùng nước sạch", 85.0),
        ("3", "CSDL dân cư được cập nhật", 100.0), ("4", "Tổng vốn đầu tư", 1200.0)]
    assert [(r[0], r[3]) for r in results] == [("1", 14.0), ("2", 88.0), ("3", 100.0),
                                               ("4", 1310.0)]


def test_a_numbered_name_opening_with_a_unit_word_is_no_value() -> None:
    # "2. Tỷ lệ …": "Tỷ" opens the name, not a unit of the number before it
    assert not tables._reads_as_unit("Tỷ lệ hộ dùng nước sạch", whole=True)
    assert tables._reads_as_unit("Tỷ đồng", whole=True)
    assert tables._reads_as_unit("lần/tháng")


# a padded Markdown table: Roman category rows naming a year, long unit cells
YEAR_CATEGORIES = "\n".join([
    "PHỤ LỤC: CÁC CHỈ TIÊU CỦA CHƯƠNG TRÌNH", "",
    "| TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì |",
    "| --- | --- | --- | --- | --- |",
    "| **I** | **Đến năm 2030** | | | |",
    "| 1 | Chi thường xuyên cho thư viện số | % tổng chi thường xuyên | ≥ 2% | Sở Tài chính |",
    "| 2 | Mật độ điểm truy cập công cộng | Điểm truy cập/10000 dân | 4 | Sở Văn hóa |",
    "| **II** | **Đến năm 2045** | | | |",
    "| 3 | Thư viện xã được số hóa | Thư viện cấp xã đạt chuẩn | 120 | Sở Văn hóa |",
])


def test_a_category_row_naming_a_year_gives_group_and_year_to_its_rows() -> None:
    targets, _ = records(YEAR_CATEGORIES + "\n")
    assert [(t[0], t[2], t[5]) for t in targets] == [
        ("1", "Đến năm 2030", 2030), ("2", "Đến năm 2030", 2030), ("3", "Đến năm 2045", 2045)]


def test_the_unit_column_gives_the_unit_as_printed() -> None:
    targets, _ = records(YEAR_CATEGORIES + "\n")
    # the base of a share ("% tổng chi thường xuyên") is not part of its unit (decision 28)
    assert [(t[3], t[4]) for t in targets] == [
        (2.0, "%"), (4.0, "điểm truy cập/10000 dân"),
        (120.0, "thư viện cấp xã đạt chuẩn")]
    # a cell with figures of its own is no unit
    assert not tables._is_unit_column_cell("Năm 2025: 3 thư viện")


def test_a_share_of_a_base_in_the_unit_column_is_a_percent() -> None:
    table = "\n".join([
        "| TT | Chỉ tiêu | Đơn vị tính | Mục tiêu |", "| --- | --- | --- | --- |",
        "| 1 | Tỷ trọng kinh tế số | % GRDP | 25 |",
        "| 2 | Chi cho khoa học, công nghệ | % tổng chi ngân sách | 3 |",
        "| 3 | Tốc độ tăng năng suất lao động | %/năm | 6 |",
    ])
    targets, _ = records(LEAD + table + "\n")
    assert [(t[3], t[4]) for t in targets] == [(25.0, "%"), (3.0, "%"), (6.0, "%/năm")]


def test_a_bracket_after_the_name_that_reads_as_no_unit_stays_in_the_name() -> None:
    assert tables._qualifies_name("Fintech")
    assert tables._qualifies_name("định hướng ứng dụng")
    assert not tables._qualifies_name("người")
    assert not tables._qualifies_name("tỷ đồng")
    assert not tables._qualifies_name("%")
    # in a table whose names give the units, Vietnamese words in sentence case are a unit;
    # an abbreviation and foreign words still qualify the name
    assert tables._qualifies_name("Thứ bậc")
    assert not tables._qualifies_name("Thứ bậc", names_give_units=True)
    assert tables._qualifies_name("HDI", names_give_units=True)
    assert tables._qualifies_name("Smart city", names_give_units=True)
    table = "\n".join([
        "| TT | Tên lớp, chương trình | Chỉ tiêu dự kiến |", "| --- | --- | --- |",
        "| 1 | Lớp tin học (Robotics) | 40 |", "| 2 | Lớp ngoại ngữ (định hướng giao tiếp) | 35 |",
        "| 3 | Học viên nghề may (người) | 25 |",
    ])
    targets, _ = records(LEAD + table + "\n")
    assert [(t[1], t[3], t[4]) for t in targets] == [
        ("Lớp tin học (Robotics)", 40.0, None),
        ("Lớp ngoại ngữ (định hướng giao tiếp)", 35.0, None),
        ("Học viên nghề may", 25.0, "người")]


# two columns, one cell a paragraph: the indicator, then the target as "N what it counts"
TWO_COLUMNS = "\n\n".join([
    "CÁC CHỈ TIÊU PHẤN ĐẤU NHIỆM KỲ TỚI", "CHỈ TIÊU", "MỨC PHẤN ĐẤU",
    "- Nâng cấp đường giao thông nông thôn", "12 tuyến đường",
    "- Xây dựng nhà văn hóa thôn", "5 nhà văn hóa",
    "- Tỷ lệ hộ dùng nước hợp vệ sinh", "trên 95%",
    "- Kiên cố hóa kênh mương nội đồng", "8 km",
])


def test_a_two_column_table_of_targets_is_read_row_by_row() -> None:
    targets, results = records(TWO_COLUMNS + "\n")
    assert results == []
    assert [(t[1], t[3], t[4]) for t in targets] == [
        ("Nâng cấp đường giao thông nông thôn", 12.0, "tuyến đường"),
        ("Xây dựng nhà văn hóa thôn", 5.0, "nhà văn hóa"),
        ("Tỷ lệ hộ dùng nước hợp vệ sinh", 95.0, "%"),
        ("Kiên cố hóa kênh mương nội đồng", 8.0, "km")]


def test_a_category_row_whose_words_sit_right_of_the_ordinal_gives_its_group() -> None:
    # the name column comes after a code column: the category's merged cell starts at the
    # code column
    table = "\n".join([
        "| TT | Mã lớp | Tên lớp | Chỉ tiêu dự kiến |", "| --- | --- | --- | --- |",
        "| I | LỚP CHÍNH QUY | | |",
        "| 1 | L01 | Lớp nghề hàn | 45 |",
        "| II | LỚP VỪA HỌC VỪA LÀM | | |",
        "| 1 | L02 | Lớp nghề mộc | 30 |",
    ])
    targets, _ = records(LEAD + table + "\n")
    assert [(t[0], t[1], t[2], t[3]) for t in targets] == [
        ("1", "Lớp nghề hàn", "LỚP CHÍNH QUY", 45.0),
        ("1", "Lớp nghề mộc", "LỚP VỪA HỌC VỪA LÀM", 30.0)]


def test_a_bracket_printed_as_a_paragraph_of_its_own_goes_on_with_the_name() -> None:
    text = PLAN_BESIDE_DONE.replace(
        "2. Tỷ lệ hộ dùng nước sạch", "2. Tỷ lệ hộ dùng nước sạch\n\n(bình quân)")
    targets, results = records(text + "\n")
    assert ("2", "Tỷ lệ hộ dùng nước sạch (bình quân)", 85.0, "%") in [
        (t[0], t[1], t[3], t[4]) for t in targets]
    assert [(r[0], r[3]) for r in results] == [("1", 14.0), ("2", 88.0), ("3", 100.0),
                                               ("4", 1310.0)]
