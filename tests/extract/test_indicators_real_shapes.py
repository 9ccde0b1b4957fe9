"""Shapes of targets that real documents have and the seeds never showed (issue 12).

Units as written (compound, per, scale words) with normalised extras, value-plus-change and
value-plus-share pairs, comparators, decimal traps, lists inside one line, names around the
value, tables written one cell per line, two target columns, two-row headers, "Trong đó"
sub-rows, STT labels.  Every sentence and table is written for the test.  The rule
baseline decides the status here (how figures are *read* is what is tested).
"""

from __future__ import annotations

import pytest

from kehoach_parser.document import Indicator
from kehoach_parser.extract.indicators import figures_from_text, indicators_from_text
from kehoach_parser.text.normalize import normalize


@pytest.fixture(autouse=True)
def rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEHOACH_STATUS", "rules")


def extract(text: str) -> list[Indicator]:
    return indicators_from_text(normalize(text).text)


def _one(text: str) -> Indicator:
    found = extract(text)
    assert len(found) == 1, [(i.name, i.value, i.unit) for i in found]
    return found[0]


# --- units as written, with normalised extras -----------------------------------------------
@pytest.mark.parametrize(("written", "unit", "base_value", "base_unit"), [
    ("1,2%/năm", "%/năm", 1.2, "%/năm"),
    ("0,3‰", "‰", 0.3, "‰"),
    ("0,3%0/năm", "%0/năm", 0.3, "%0/năm"),
    ("120 Mb/s", "Mb/s", 120.0, "Mb/s"),
    ("14 giường bệnh/vạn dân", "giường bệnh/vạn dân", 14.0, "giường bệnh/vạn dân"),
    ("11 bác sĩ/vạn dân", "bác sĩ/vạn dân", 11.0, "bác sĩ/vạn dân"),
    ("110 bé trai/100 bé gái", "bé trai/100 bé gái", 110.0, "bé trai/100 bé gái"),
    ("8 lần/người/năm", "lần/người/năm", 8.0, "lần/người/năm"),
    ("52 kg/người/năm", "kg/người/năm", 52.0, "kg/người/năm"),
    ("68 triệu đồng/người/năm", "triệu đồng/người/năm", 68e6, "đồng/người/năm"),
    ("2,4 nghìn tỷ đồng", "nghìn tỷ đồng", 2.4e12, "đồng"),
    ("3,5 triệu lượt khách", "triệu lượt khách", 3.5e6, "lượt khách"),
    ("27 tỷ.đ", "tỷ đồng", 27e9, "đồng"),
    ("16 nghìn tấn", "nghìn tấn", 16000.0, "tấn"),
    ("4,5% GDP", "%", 4.5, "%"),
])
def test_units_as_written_and_their_base(written: str, unit: str, base_value: float,
                                         base_unit: str) -> None:
    ind = _one(f"- Chỉ tiêu phấn đấu của xã đạt {written}.")
    assert ind.unit == unit
    assert ind.base_value == pytest.approx(base_value)
    assert ind.base_unit == base_unit


def test_a_dotted_decimal_is_not_a_thousands_group() -> None:
    ind = _one("- Phấn đấu đón 2.75 triệu lượt khách du lịch.")
    assert (ind.value, ind.unit, ind.base_value) == (2.75, "triệu lượt khách", 2.75e6)


def test_a_range_keeps_its_unit_as_written() -> None:
    ind = _one("- Thu ngân sách tăng bình quân từ 6 – 8%/năm.")
    assert (ind.comparator, ind.value, ind.value_max, ind.unit) == ("range", 6.0, 8.0, "%/năm")


# --- pairs of a value and its change or share --------------------------------------------
def test_value_plus_change_is_two_records_of_one_target() -> None:
    found = extract("- Phấn đấu tổng giá trị sản xuất đạt 310,5 tỷ đồng, tăng 1,3 lần so "
                    "với năm 2025.")
    assert [(i.name, i.value, i.unit, i.direction) for i in found] == [
        ("tổng giá trị sản xuất", 310.5, "tỷ đồng", None),
        ("tổng giá trị sản xuất", 1.3, "lần", "increase"),
    ]
    assert found[1].baseline_year == 2025


def test_value_plus_share_is_two_records_of_one_target() -> None:
    found = extract("- Chi cho sự nghiệp giáo dục 42 tỷ đồng, chiếm 18%.")
    assert [(i.name, i.value, i.unit) for i in found] == [
        ("Chi cho sự nghiệp giáo dục", 42.0, "tỷ đồng"),
        ("Chi cho sự nghiệp giáo dục", 18.0, "%"),
    ]


def test_a_bracketed_restatement_is_a_record_of_the_same_target() -> None:
    found = extract("- Tỷ lệ hộ cận nghèo giảm 1,5% trở lên (còn 3,2%).")
    assert [(i.name, i.comparator, i.value) for i in found] == [
        ("Tỷ lệ hộ cận nghèo", ">=", 1.5), ("Tỷ lệ hộ cận nghèo", "=", 3.2)]


# --- comparators ----------------------------------------------------------------------------
@pytest.mark.parametrize(("words", "comparator"), [
    ("gần", "~"), ("hơn", ">"), ("ít nhất", ">="), ("tối thiểu", ">="), ("khoảng", "~"),
])
def test_comparators_before_a_count(words: str, comparator: str) -> None:
    ind = _one(f"- Phấn đấu có {words} 40 hợp tác xã hoạt động hiệu quả.")
    assert (ind.comparator, ind.value, ind.unit) == (comparator, 40.0, "hợp tác xã")


def test_from_and_up_is_at_least() -> None:
    ind = _one("- Tỷ lệ người dân hài lòng với dịch vụ hành chính từ 92% trở lên.")
    assert (ind.comparator, ind.value) == (">=", 92.0)


# --- lists inside one line, names around the value ------------------------------------------
def test_a_list_written_on_one_line_with_dashes() -> None:
    found = extract("- Tỷ lệ hộ nghèo giảm 1% trở lên (còn 2,5%) - Xây dựng thêm 2 trường "
                    "đạt chuẩn quốc gia - Tỷ lệ che phủ rừng đạt 51%")
    assert [(i.name, i.value) for i in found] == [
        ("Tỷ lệ hộ nghèo", 1.0), ("Tỷ lệ hộ nghèo", 2.5),
        ("trường đạt chuẩn quốc gia", 2.0), ("Tỷ lệ che phủ rừng", 51.0)]


def test_a_dash_inside_a_name_does_not_cut_it() -> None:
    ind = _one("- Tỷ trọng Công nghiệp - Xây dựng đạt 38%.")
    assert ind.name == "Tỷ trọng Công nghiệp - Xây dựng"


def test_a_semicolon_chain_in_a_news_summary() -> None:
    found = extract("Huyện đặt mục tiêu năm 2027: thu nhập bình quân đạt 70 triệu đồng/người/"
                    "năm; tỷ lệ hộ nghèo dưới 1,5%; 95% dân số tham gia bảo hiểm y tế.")
    assert [(i.name, i.value, i.year) for i in found] == [
        ("thu nhập bình quân", 70.0, 2027), ("tỷ lệ hộ nghèo", 1.5, 2027),
        ("dân số tham gia bảo hiểm y tế", 95.0, 2027)]


def test_a_subject_that_strives_is_not_the_name() -> None:
    ind = _one("Huyện Tân Phú phấn đấu đến năm 2027 có ít nhất 60% số xã đạt chuẩn nông "
               "thôn mới nâng cao.")
    assert (ind.name, ind.comparator, ind.year) == (
        "số xã đạt chuẩn nông thôn mới nâng cao", ">=", 2027)


def test_a_service_for_a_share_of_a_population_is_named_by_the_population() -> None:
    ind = _one("- Cung cấp nước sạch cho 85% dân số khu vực nông thôn.")
    assert ind.name == "dân số khu vực nông thôn"


def test_a_year_in_the_lead_in_of_a_sentence_is_every_record_s_year() -> None:
    found = extract("Xã phấn đấu đến năm 2028 có tối thiểu 98% hộ dùng nước hợp vệ sinh; "
                    "70% chất thải rắn được thu gom; 40% hộ phân loại rác tại nguồn.")
    assert [i.year for i in found] == [2028, 2028, 2028]


def test_a_baseline_year_several_words_after_so_voi_is_not_the_year() -> None:
    ind = _one("- Thu ngân sách tăng 7% so với dự toán huyện giao năm 2025.")
    assert (ind.year, ind.baseline_year) == (None, 2025)


# --- labels ---------------------------------------------------------------------------------
def test_a_numbered_list_of_targets_keeps_its_numbers() -> None:
    """Project decision 8: "1." "2." label the records when the list is one of targets."""
    found = extract("Các chỉ tiêu chủ yếu:\n1. Tỷ lệ hộ nghèo dưới 2%.\n"
                    "2. Thu ngân sách đạt 40 tỷ đồng.\n3. Tỷ lệ che phủ rừng 46%.")
    assert [i.label for i in found] == ["1", "2", "3"]


def test_numbered_content_items_are_no_labels() -> None:
    found = extract("1. Tuyên truyền sâu rộng các nội dung của kế hoạch.\n"
                    "2. Tổ chức hội nghị quán triệt.\n"
                    "3. Phấn đấu 100% cơ quan đạt chuẩn văn hóa.\n4. Tổng kết, khen thưởng.")
    assert [i.label for i in found] == [None]


# --- tables as real text keeps them --------------------------------------------------------
BARS = """\
|
STT
|
Chỉ tiêu
|
ĐVT
|
Năm 2026
|
Năm 2027
|
|
1
|
Tỷ lệ hộ nghèo
|
%
|
2,8
|
2,1
|
|
2
|
Cơ cấu kinh tế
|
|
|
|
|
|
- Nông nghiệp
|
%
|
40
|
37
|
"""


def test_a_table_written_one_cell_per_line_between_bars() -> None:
    found = extract(BARS)
    assert [(i.label, i.name, i.group, i.value, i.unit, i.year) for i in found] == [
        ("1", "Tỷ lệ hộ nghèo", None, 2.8, "%", 2026),
        ("1", "Tỷ lệ hộ nghèo", None, 2.1, "%", 2027),
        ("2", "Nông nghiệp", "Cơ cấu kinh tế", 40.0, "%", 2026),
        ("2", "Nông nghiệp", "Cơ cấu kinh tế", 37.0, "%", 2027),
    ]


CELLS = """\
TT

Chỉ tiêu

Kế hoạch năm 2027

Ước thực hiện năm 2026

Ghi chú

1

Tổng sản lượng lương thực (tấn)

8.200

7.950

Đạt

Trong đó: lúa (tấn)

6.900

6.710

2

Thu nhập bình quân đầu người (triệu đồng)

64

58
"""


def test_a_table_written_one_cell_per_paragraph() -> None:
    targets, results = figures_from_text(normalize(CELLS).text)
    assert [(t.label, t.name, t.group, t.value, t.unit, t.year) for t in targets] == [
        ("1", "Tổng sản lượng lương thực", None, 8200.0, "tấn", 2027),
        ("1", "lúa", "Tổng sản lượng lương thực", 6900.0, "tấn", 2027),
        ("2", "Thu nhập bình quân đầu người", None, 64.0, "triệu đồng", 2027),
    ]
    assert [(r.value, r.year) for r in results] == [(7950.0, 2026), (6710.0, 2026),
                                                   (58.0, 2026)]


def test_a_header_over_two_rows_passes_its_year_to_the_columns_under_it() -> None:
    text = ("| STT | Chỉ tiêu | ĐVT | Năm 2026 | | Năm 2027 |\n"
            "| | | | Kế hoạch | Ước thực hiện | |\n"
            "| 1 | Diện tích lúa | ha | 1.150 | 1.162 | 1.170 |\n")
    targets, results = figures_from_text(normalize(text).text)
    assert [(t.value, t.year) for t in targets] == [(1150.0, 2026), (1170.0, 2027)]
    assert [(r.value, r.year) for r in results] == [(1162.0, 2026)]


def test_a_unit_line_above_a_table_gives_the_unit() -> None:
    text = ("ĐVT: triệu đồng\n"
            "| STT | Danh mục | Kế hoạch vốn năm 2027 |\n"
            "| 1 | Trường mầm non Hoa Sen | 2.500 |\n"
            "| 2 | Nhà văn hóa thôn 3 | 800 |\n")
    found = extract(text)
    assert [(i.label, i.value, i.unit, i.year) for i in found] == [
        ("1", 2500.0, "triệu đồng", 2027), ("2", 800.0, "triệu đồng", 2027)]


def test_a_code_column_left_of_the_name_holds_no_values() -> None:
    text = ("1 | 0101 | Nhân lực khoa học và công nghệ | Sở Khoa học |\n"
            "2 | 0102 | Đầu tư cho đổi mới sáng tạo | Sở Tài chính |\n")
    assert extract(text) == []


def test_two_targets_in_one_cell() -> None:
    text = ("| TT | Chỉ tiêu | Đơn vị | Mục tiêu |\n"
            "| 1 | Xếp hạng chỉ số cải cách hành chính | Thứ bậc | ≤ 10 toàn quốc; ≤ 2 "
            "khu vực |\n")
    found = extract(text)
    assert [(i.name, i.comparator, i.value, i.unit) for i in found] == [
        ("Xếp hạng chỉ số cải cách hành chính", "<=", 10.0, "thứ bậc"),
        ("Xếp hạng chỉ số cải cách hành chính", "<=", 2.0, "thứ bậc"),
    ]
