"""Structures that hold targets: lists, groups, sub-parts, brackets, enumerations, tables."""

from __future__ import annotations

import pytest

from kehoach_parser.document import Indicator
from kehoach_parser.extract.indicators import indicators_from_text
from kehoach_parser.text.normalize import normalize


@pytest.fixture(autouse=True)
def rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests check how figures are read; the status decision (target or result) is
    tested on its own (test_indicators_status.py): the rule baseline decides here."""
    monkeypatch.setenv("KEHOACH_STATUS", "rules")


def extract(text: str) -> list[Indicator]:
    return indicators_from_text(normalize(text).text)


def rows(found: list[Indicator]) -> list[tuple[object, ...]]:
    return [(i.name, i.comparator, i.value, i.unit) for i in found]


@pytest.mark.parametrize("sep", ["; ", ", ", ". "])
def test_several_targets_on_one_line(sep: str) -> None:
    first = "Tỷ lệ tiêm chủng mở rộng đạt 98%"
    second = "tỷ lệ phụ nữ có thai được khám thai định kỳ trên 95%"
    if sep == ". ":
        second = second[0].upper() + second[1:]
    found = extract(f"- {first}{sep}{second}.")
    assert rows(found) == [
        ("Tỷ lệ tiêm chủng mở rộng", "=", 98.0, "%"),
        (second.split(" trên")[0], ">", 95.0, "%"),
    ]


def test_value_first_list_with_commas_inside_names() -> None:
    found = extract("- Phấn đấu 100% cơ quan, đơn vị đạt chuẩn văn hóa, 95% hộ dân sử "
                    "dụng nước sạch, trên 80% tuyến đường được chiếu sáng.")
    assert rows(found) == [
        ("cơ quan, đơn vị đạt chuẩn văn hóa", "=", 100.0, "%"),
        ("hộ dân sử dụng nước sạch", "=", 95.0, "%"),
        ("tuyến đường được chiếu sáng", ">", 80.0, "%"),
    ]


def test_group_with_sub_items_after_a_colon() -> None:
    found = extract("- Cơ cấu giá trị sản xuất: Nông nghiệp dưới 25,5%; Công nghiệp - xây "
                    "dựng trên 40,1%; Dịch vụ trên 34,4%;")
    assert [(i.group, i.name, i.comparator, i.value) for i in found] == [
        ("Cơ cấu giá trị sản xuất", "Nông nghiệp", "<", 25.5),
        ("Cơ cấu giá trị sản xuất", "Công nghiệp - xây dựng", ">", 40.1),
        ("Cơ cấu giá trị sản xuất", "Dịch vụ", ">", 34.4),
    ]


def test_a_colon_before_the_value_is_not_a_group() -> None:
    found = extract("- Tỷ lệ hộ dân tham gia bảo hiểm y tế: trên 95%; Tỷ lệ lao động có "
                    "việc làm: 97%.")
    assert [(i.group, i.name, i.comparator) for i in found] == [
        (None, "Tỷ lệ hộ dân tham gia bảo hiểm y tế", ">"),
        (None, "Tỷ lệ lao động có việc làm", "="),
    ]


@pytest.mark.parametrize("bullet", ["+", "-"])
def test_sub_items_take_the_parent_name_and_label(bullet: str) -> None:
    text = (
        "(3) Giá trị sản xuất tăng bình quân 11% trở lên, trong đó:\n"
        f"{bullet} Nông nghiệp tăng 2,5%;\n"
        f"{bullet} Dịch vụ tăng từ 14%.\n"
        "(4) Thu ngân sách đạt 40 tỷ đồng."
    )
    found = extract(text)
    assert [(i.label, i.group, i.name, i.direction, i.comparator, i.value) for i in found] == [
        ("(3)", None, "Giá trị sản xuất", "increase", ">=", 11.0),
        ("(3)", "Giá trị sản xuất", "Nông nghiệp", "increase", "=", 2.5),
        ("(3)", "Giá trị sản xuất", "Dịch vụ", "increase", ">=", 14.0),
        ("(4)", None, "Thu ngân sách", None, "=", 40.0),
    ]


def test_named_parent_line_without_value_groups_plus_lines() -> None:
    text = "- Chăn nuôi:\n+ Tổng đàn trâu, bò đạt 1.250 con;\n+ Đàn gia cầm đạt 95.000 con."
    found = extract(text)
    assert [(i.group, i.name, i.value, i.unit) for i in found] == [
        ("Chăn nuôi", "Tổng đàn trâu, bò", 1250.0, "con"),
        ("Chăn nuôi", "Đàn gia cầm", 95000.0, "con"),
    ]


def test_inline_trong_do_is_a_sub_part() -> None:
    found = extract("- Diện tích gieo trồng cây hằng năm đạt 1.200 ha; trong đó, diện tích "
                    "lúa chất lượng cao 450 ha.")
    assert [(i.group, i.name, i.value) for i in found] == [
        (None, "Diện tích gieo trồng cây hằng năm", 1200.0),
        ("Diện tích gieo trồng cây hằng năm", "diện tích lúa chất lượng cao", 450.0),
    ]


def test_parenthesised_value_of_the_same_target() -> None:
    found = extract("- Tỷ lệ hộ cận nghèo giảm 0,8% (còn 3,15%).")
    assert [(i.name, i.value, i.direction) for i in found] == [
        ("Tỷ lệ hộ cận nghèo", 0.8, "decrease"), ("Tỷ lệ hộ cận nghèo", 3.15, "decrease"),
    ]


def test_parenthesised_estimate_and_restatement() -> None:
    found = extract("- Tỷ lệ hộ nghèo cuối năm 2026 là 4,2% (tương đương số hộ nghèo ước "
                    "312 hộ).")
    assert [(i.name, i.comparator, i.value, i.unit, i.group) for i in found] == [
        ("Tỷ lệ hộ nghèo", "=", 4.2, "%", None),
        ("số hộ nghèo", "~", 312.0, "hộ", None),
    ]


def test_bracketed_list_under_a_target() -> None:
    found = extract("+ Chăn nuôi tăng từ 5% (đàn bò ≥ 420 con; đàn lợn duy trì khoảng 7.300 "
                    "con; thủy sản ≈ 210,5 tấn).")
    assert [(i.group, i.name, i.comparator, i.value, i.unit, i.direction) for i in found] == [
        (None, "Chăn nuôi", ">=", 5.0, "%", "increase"),
        ("Chăn nuôi", "đàn bò", ">=", 420.0, "con", None),
        ("Chăn nuôi", "đàn lợn", "~", 7300.0, "con", "maintain"),
        ("Chăn nuôi", "thủy sản", "~", 210.5, "tấn", None),
    ]


def test_fraction() -> None:
    found = extract("- Tỷ lệ thôn đạt chuẩn an toàn về an ninh trật tự 90,5% (19/21 thôn).")
    assert [(i.value, i.total, i.unit) for i in found] == [(90.5, None, "%"),
                                                          (19.0, 21.0, "thôn")]
    assert found[1].name == found[0].name


def test_inline_enumeration_in_one_paragraph() -> None:
    text = ("Phấn đấu đạt các chỉ tiêu chủ yếu sau: (1) Tốc độ tăng trưởng (%): 9,2%; "
            "(2) Thu ngân sách đạt 105% dự toán; (3) Duy trì xã đạt chuẩn an toàn thực phẩm; "
            "(4) Tỷ lệ hộ nghèo dưới 1,5%.")
    found = extract(text)
    assert [(i.label, i.name, i.value) for i in found] == [
        ("(1)", "Tốc độ tăng trưởng", 9.2),
        ("(2)", "Thu ngân sách", 105.0),
        ("(3)", "xã đạt chuẩn an toàn thực phẩm", None),
        ("(4)", "Tỷ lệ hộ nghèo", 1.5),
    ]
    assert found[2].direction == "maintain" and found[2].comparator is None


def test_enumeration_that_restarts_keeps_printed_labels() -> None:
    text = ("1. Chỉ tiêu kinh tế\n- (1) Thu ngân sách đạt 12 tỷ đồng.\n"
            "- (2) Sản lượng lương thực đạt 8.000 tấn.\n2. Chỉ tiêu bổ sung\n"
            "- (1) Tỷ lệ hồ sơ trực tuyến đạt 80%.\n- (2) Xã đạt chuẩn tiếp cận pháp luật")
    found = extract(text)
    assert [(i.label, i.value) for i in found] == [("(1)", 12.0), ("(2)", 8000.0),
                                                  ("(1)", 80.0), ("(2)", None)]
    assert found[3].name == "Xã đạt chuẩn tiếp cận pháp luật"


def test_qualitative_items_only_in_a_list_of_targets() -> None:
    assert extract("(1) Tổ chức hội nghị quán triệt kế hoạch\n(2) Tuyên truyền sâu rộng") == []


def test_pipe_table_with_header() -> None:
    text = ("| STT | Chỉ tiêu | ĐVT | Thực hiện 2025 | Kế hoạch 2026 |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Tổng sản lượng lương thực | tấn | 9.750 | 10.020 |\n"
            "| 2 | Thu nhập bình quân đầu người | triệu đồng | 58,2 | 63 |\n"
            "| 2.1 | Thu nhập khu vực nông thôn | triệu đồng | 50 | 55,5 |\n"
            "| 3 | Tỷ lệ che phủ rừng | % | 41 | ≥ 42 |\n")
    found = extract(text)
    # the STT cell is the label (project decision 9); "2.1" is a part of row 2
    assert [(i.label, i.name, i.comparator, i.value, i.unit, i.group) for i in found] == [
        ("1", "Tổng sản lượng lương thực", "=", 10020.0, "tấn", None),
        ("2", "Thu nhập bình quân đầu người", "=", 63.0, "triệu đồng", None),
        ("2.1", "Thu nhập khu vực nông thôn", "=", 55.5, "triệu đồng",
         "Thu nhập bình quân đầu người"),
        ("3", "Tỷ lệ che phủ rừng", ">=", 42.0, "%", None),
    ]
    # the text runs from the indicator cell to the plan cell
    assert found[0].text == "Tổng sản lượng lương thực | tấn | 9.750 | 10.020"


def test_tab_table_without_header() -> None:
    text = "1\tSố doanh nghiệp thành lập mới\tdoanh nghiệp\t12\n2\tTỷ lệ đô thị hóa (%)\t\t35"
    found = extract(text)
    assert [(i.label, i.name, i.value, i.unit) for i in found] == [
        ("1", "Số doanh nghiệp thành lập mới", 12.0, "doanh nghiệp"),
        ("2", "Tỷ lệ đô thị hóa", 35.0, "%"),
    ]


def test_table_rows_numbered_as_enumerations_keep_their_label() -> None:
    text = "(1)\tTỷ lệ hộ nghèo\t%\t2\n(2)\tThu ngân sách\ttỷ đồng\t40"
    assert [(i.label, i.value) for i in extract(text)] == [("(1)", 2.0), ("(2)", 40.0)]


def test_table_with_plan_columns_per_year() -> None:
    text = ("| TT | Chỉ tiêu | ĐVT | Năm 2026 | Năm 2027 |\n"
            "| 1 | Tỷ lệ hộ nghèo | % | 3 | 2,5 |\n")
    found = extract(text)
    assert [(i.year, i.value) for i in found] == [(2026, 3.0), (2027, 2.5)]


def test_target_inside_a_task_paragraph() -> None:
    found = extract("3. Đẩy mạnh chuyển dịch cơ cấu cây trồng, mạnh dạn chuyển đổi diện tích "
                    "lúa kém hiệu quả sang cây ăn quả đảm bảo đạt trên 120 ha; tăng cường "
                    "công tác phòng chống dịch bệnh.")
    assert [(i.name, i.comparator, i.value) for i in found] == [
        ("chuyển đổi diện tích lúa kém hiệu quả sang cây ăn quả", ">", 120.0),
    ]


def test_a_lead_in_line_names_the_values_under_it() -> None:
    text = ("1. Tỷ lệ đô thị hóa:\n- Năm 2026: 41%;\n- Năm 2027: 43,5%.\n"
            "2. Các chỉ tiêu xã hội:\n- Tỷ lệ hộ nghèo dưới 2%.")
    found = extract(text)
    assert [(i.name, i.year, i.value, i.group) for i in found] == [
        ("Tỷ lệ đô thị hóa", 2026, 41.0, None),
        ("Tỷ lệ đô thị hóa", 2027, 43.5, None),
        ("Tỷ lệ hộ nghèo", None, 2.0, None),
    ]


@pytest.mark.parametrize(("scope", "verb"), [("Mỗi cán bộ", "đăng ký"), ("Mỗi xã", "xây dựng"),
                                             ("Mỗi lĩnh vực", "có")])
def test_a_scope_and_a_verb_before_the_value_make_it_value_first(scope: str, verb: str) -> None:
    found = extract(f"- {scope} {verb} ít nhất 01 mô hình điểm về dân vận khéo.")
    assert [(i.name, i.comparator, i.value, i.unit) for i in found] == [
        ("mô hình điểm về dân vận khéo", ">=", 1.0, "mô hình")]


def test_an_inline_enumeration_goes_on_after_a_colon_on_the_next_line() -> None:
    text = ("1. Về kinh tế: (1) Thu ngân sách đạt 42 tỷ đồng; (2) Tổng giá trị sản xuất tăng 9%.\n"
            "2. Về xã hội: (3) Tỷ lệ hộ nghèo dưới 1,2%; (4) Trồng mới 25 ha rừng tập trung.")
    found = extract(text)
    assert [(i.label, i.name, i.value, i.group) for i in found] == [
        ("(1)", "Thu ngân sách", 42.0, None),
        ("(2)", "Tổng giá trị sản xuất", 9.0, None),
        ("(3)", "Tỷ lệ hộ nghèo", 1.2, None),
        ("(4)", "rừng tập trung", 25.0, None),
    ]
