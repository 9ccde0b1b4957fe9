"""A span of years named before the value that ended before the plan's year reports
("… bình quân trong 5 năm ( 2016 - 2020 ) đạt 7,31%"); a span that qualifies a standard
or a baseline ("theo chuẩn nghèo giai đoạn 2016 - 2020", "so với giai đoạn …") does not."""

from __future__ import annotations

from kehoach_parser.extract.indicators import figures_from_text

_HEAD = "Mục tiêu năm 2026\n\n"


def test_past_period_before_the_value_reports() -> None:
    targets, results = figures_from_text(
        _HEAD + "- GDP tăng trưởng bình quân trong 5 năm ( 2016 - 2020 ) đạt 7,31%.\n")
    assert targets == []
    assert [r.value for r in results] == [7.31]


def test_period_of_a_standard_keeps_the_target() -> None:
    targets, results = figures_from_text(
        _HEAD + "- Tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn 2016 - 2020) giảm còn 1,5%.\n")
    assert [t.value for t in targets] == [1.5]
    assert results == []


def test_period_reaching_the_plan_year_keeps_the_target() -> None:
    targets, _ = figures_from_text(
        _HEAD + "- Tốc độ tăng trưởng bình quân giai đoạn 2026 - 2030 đạt 8%.\n")
    assert [t.value for t in targets] == [8.0]
