"""Running-text rules generalised on documents the rules had not seen (issue 12, brief
H12L): a bracket right after a value that restates it or gives its rate.  Every sentence is
written for the test; each class has a positive and a negative case.
"""

from __future__ import annotations

from indicator_helpers import extract, rule_decider  # noqa: F401 (autouse fixture)


def _vu(text: str) -> list[tuple[float | None, str | None]]:
    return [(i.value, i.unit) for i in extract(text)]


# --- a count in brackets right after a value restates it ------------------------------------
def test_a_count_in_brackets_after_a_percentage_is_the_same_target_in_another_unit() -> None:
    text = "- Tỷ lệ thôn đạt chuẩn văn hóa năm 2027 đạt 60% (9 thôn).\n"
    records = extract(text)
    assert [(i.value, i.unit) for i in records] == [(60.0, "%"), (9.0, "thôn")]
    assert records[1].name == records[0].name == "Tỷ lệ thôn đạt chuẩn văn hóa"


def test_a_rate_in_brackets_after_a_count_is_a_target_of_the_same_name() -> None:
    text = "- Tổ chức 20 lớp (4 lớp/năm) bồi dưỡng kỹ năng cho cán bộ hội.\n"
    records = extract(text)
    assert [(i.value, i.unit) for i in records] == [(20.0, "lớp"), (4.0, "lớp/năm")]
    assert records[1].name == records[0].name


def test_a_count_in_brackets_away_from_the_value_still_needs_a_verb() -> None:
    # the bracket follows words, not the value: a bare count in it commits to nothing
    text = "- Tỷ lệ hộ dùng nước sạch đạt 98%, nhất là vùng ven biển (3 xã).\n"
    assert _vu(text) == [(98.0, "%")]
