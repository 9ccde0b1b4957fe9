"""A range of a count that opens its clause ("10-15 hợp tác xã thành lập mới") is a span to
reach: it needs no verb that commits to it, as a single bare count does (issue 12, brief
H13T: AA013, AE001, J007 of the read half, two sources).  After a verb that describes ("Mỗi
tổ có 2 - 3 thành viên") it is a count of what is, as a single count is (review R13,
finding 22).  Sentences written for the tests."""

from __future__ import annotations

from indicator_helpers import extract, rule_decider  # noqa: F401  (fixture)


def test_a_range_of_a_count_needs_no_committing_verb() -> None:
    # "12-15 …" is a span to reach; a single bare count after a comma is still no target
    assert [
        (i.name, i.value, i.value_max, i.unit)
        for i in extract(
            "Các chỉ tiêu chủ yếu năm 2026: tổng vốn đầu tư đạt 900 tỷ đồng; 12-15 doanh nghiệp "
            "thành lập mới."
        )
    ] == [
        ("tổng vốn đầu tư", 900.0, None, "tỷ đồng"),
        ("doanh nghiệp thành lập mới", 12.0, 15.0, "doanh nghiệp"),
    ]
    assert extract("Lực lượng tham gia gồm dân quân, 1 trung đội cơ động.") == []
    assert extract("Toàn huyện gồm 14 xã, 2 thị trấn.") == []


def test_a_range_after_a_describing_verb_is_no_target() -> None:
    # "có", "gồm" describe what is: a range after them needs a committing verb too
    assert extract("Mỗi tổ tự quản có 3 - 5 thành viên.") == []
    assert extract("Toàn phường có 8-10 tổ dân phố.") == []
    assert extract("Mỗi đoàn kiểm tra gồm 4 - 6 người.") == []


def test_a_range_after_a_committing_verb_or_a_name_is_a_target() -> None:
    assert [(i.value, i.value_max) for i in extract(
        "Phấn đấu có 3 - 5 hợp tác xã kiểu mới.")] == [(3.0, 5.0)]
    assert [(i.value, i.value_max) for i in extract(
        "Thành lập mới 6-8 tổ hợp tác.")] == [(6.0, 8.0)]
