""""trở lên" after a short tail ("xây dựng mới 2 Phường văn hoá trở lên :") is the value's
bound, also before a closing colon, and no part of the name; a long tail keeps it in the
name as a condition of what is counted."""

from __future__ import annotations

from kehoach_parser.extract.indicators import indicators_from_text


def test_bound_before_a_colon_is_read_and_left_out_of_the_name() -> None:
    found = indicators_from_text(
        "5. Giữ vững danh hiệu các xã văn hoá; xây dựng mới 3 xã văn hoá trở lên :\n")
    assert [(i.name, i.comparator, i.value, i.unit) for i in found] == [
        ("xã văn hoá", ">=", 3.0, "xã")]


def test_bound_after_a_short_tail_ends_the_name() -> None:
    found = indicators_from_text("- Xây dựng mới 4 trường học đạt chuẩn trở lên.")
    assert [(i.name, i.comparator) for i in found] == [("trường học đạt chuẩn", ">=")]


def test_condition_inside_a_long_name_stays() -> None:
    found = indicators_from_text(
        "- 100% giáo viên đạt trình độ từ cao đẳng sư phạm mầm non trở lên.")
    assert [(i.name, i.comparator) for i in found] == [
        ("giáo viên đạt trình độ từ cao đẳng sư phạm mầm non trở lên", "=")]
