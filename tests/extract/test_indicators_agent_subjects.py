"""A body or a place that acts before the measure is who acts, not what is measured (issue
12, brief H17N): "Thành phố sẽ duy trì …", "Hội nghị thống nhất chốt …", "Sở … chủ trì phối
hợp với …, tổ chức …".  Verbs of attaining keep a place in the name, and a body with nothing
after its verbs still names the figure.  Sentences written for the test."""

from __future__ import annotations

from kehoach_parser.extract.indicators.names import after_agent_subject
from tests.extract.indicator_helpers import extract


def names(text: str) -> list[tuple[str | None, float | None]]:
    return [(i.name, i.value) for i in extract(text)]


def test_a_city_that_will_keep_a_rate() -> None:
    assert names("- Thành phố sẽ duy trì tỷ lệ trẻ em suy dinh dưỡng dưới 5%.\n") \
        == [("tỷ lệ trẻ em suy dinh dưỡng", 5.0)]


def test_a_meeting_that_agrees_on_a_count() -> None:
    assert names("- Hội nghị thống nhất chốt số đảng viên kết nạp mới năm 2027 là 150 "
                 "đảng viên.\n") == [("số đảng viên kết nạp mới", 150.0)]


def test_a_department_that_leads_then_says_what_it_does_after_a_comma() -> None:
    assert names("- Sở Lao động chủ trì phối hợp với các huyện, tổ chức đào tạo nghề cho "
                 "3.000 lao động.\n") == [("tổ chức đào tạo nghề", 3000.0)]


def test_a_steering_board_that_requires_a_rate() -> None:
    assert names("- Ban chỉ đạo yêu cầu tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.\n") \
        == [("tỷ lệ hồ sơ giải quyết đúng hạn", 98.0)]


def test_a_place_with_a_verb_of_attaining_stays_in_the_name() -> None:
    assert names("- Xã đạt chuẩn nông thôn mới nâng cao: 5 xã.\n") \
        == [("Xã đạt chuẩn nông thôn mới nâng cao", 5.0)]


def test_a_body_with_nothing_after_its_verbs_names_the_figure() -> None:
    text = "Cục Thuế được giao 3.000 tỷ đồng"
    assert after_agent_subject(text, 0, text.index("3.000")) == 0


def test_a_bare_quota_word_after_the_verbs_names_nothing() -> None:
    text = "huyện được giao chỉ tiêu 120 công dân"
    assert after_agent_subject(text, 0, text.index("120")) == 0


def test_no_body_no_change() -> None:
    text = "Tỷ lệ hộ nghèo giảm còn 2%"
    assert after_agent_subject(text, 0, text.index("giảm")) == 0
