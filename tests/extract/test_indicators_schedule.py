"""A bare frequency of timetable units ("học 01 buổi/ngày", "làm việc 3 ca/ngày") says how
a school or an office runs, no figure; with a bound ("ít nhất 2 buổi/tháng") it is a
target, and inside a share's name it stays in the name."""

from __future__ import annotations

from kehoach_parser.extract.indicators import figures_from_text, indicators_from_text


def test_bare_timetable_frequency_is_no_figure() -> None:
    targets, results = figures_from_text("- Chương trình 35 tuần, học 02 buổi/ngày\n")
    assert targets == [] and results == []


def test_bounded_session_frequency_is_a_target() -> None:
    found = indicators_from_text("- Tổ chức ít nhất 2 buổi/tháng sinh hoạt chuyên đề.")
    assert [(i.comparator, i.value, i.unit) for i in found] == [(">=", 2.0, "buổi/tháng")]


def test_frequency_inside_a_share_name_stays_in_the_name() -> None:
    found = indicators_from_text("- Phấn đấu 100% học sinh tiểu học được học 2 buổi/ngày.")
    assert [(i.name, i.value) for i in found] == [
        ("học sinh tiểu học được học 2 buổi/ngày", 100.0)]
