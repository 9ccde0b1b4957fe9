"""A range of a count ("10-15 hợp tác xã thành lập mới") is a span to reach: it needs no
verb that commits to it, as a single bare count does (issue 12, brief H13T: AA013, AE001,
J007 of the read half, two sources).  Sentences written for the tests."""

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
