"""An estimate or a forecast that opens a clause (issue 12, brief H14F).

"Ước", "Ước tính", "Dự ước" and "Dự kiến" before the name say how sure the figure is, they
name nothing: the name starts after them.  An estimate ("ước" …, not the forecast "dự kiến")
makes a bare value approximate, the spec's "ước" → ``~``; a comparator written at the value
("trên", "khoảng", a range) is kept.  The same words inside a name, or after it, change
nothing here.  Every sentence is written for the test.
"""

from __future__ import annotations

from tests.extract.indicator_helpers import extract, rule_decider  # noqa: F401

_LEAD = "KẾ HOẠCH\nThực hiện nhiệm vụ năm 2027\n\nI. MỤC TIÊU, CHỈ TIÊU\n\n"


def _records(line: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(i.name, i.comparator, i.value) for i in extract(_LEAD + "- " + line + "\n")]


def test_an_estimate_before_the_name_is_dropped_and_makes_the_value_approximate() -> None:
    assert _records("Ước dân số trung bình năm 2027: 250.000 người.") == [
        ("dân số trung bình", "~", 250000.0)]


def test_a_two_word_estimate_is_dropped_too() -> None:
    assert _records("Ước tính thu từ cây chè: 5.000.000.000 đồng.") == [
        ("thu từ cây chè", "~", 5000000000.0)]


def test_a_forecast_is_dropped_but_leaves_a_bare_value_exact() -> None:
    assert _records("Dự kiến sản lượng điện thương phẩm 1.500 triệu kWh.") == [
        ("sản lượng điện thương phẩm", "=", 1500.0)]


def test_a_comparator_written_at_the_value_is_kept() -> None:
    assert _records("Ước tính thu từ cây chè trên 5 tỷ đồng.") == [
        ("thu từ cây chè", ">", 5.0)]


def test_a_range_after_a_forecast_stays_a_range() -> None:
    got = extract(_LEAD + "- Dự kiến sản lượng điện khoảng 1.500 - 1.700 triệu kWh.\n")
    assert [(i.name, i.comparator, i.value, i.value_max) for i in got] == [
        ("sản lượng điện", "range", 1500.0, 1700.0)]


def test_without_an_opener_the_name_and_comparator_are_unchanged() -> None:
    assert _records("Dân số trung bình năm 2027: 250.000 người.") == [
        ("Dân số trung bình", "=", 250000.0)]


def test_an_estimate_word_inside_the_name_changes_nothing() -> None:
    # "ước" is no opener here: it stands after the first word of the name
    assert _records("Giá trị sản xuất ước tính theo giá so sánh tăng 8%.") == [
        ("Giá trị sản xuất ước tính theo giá so sánh", "=", 8.0)]
