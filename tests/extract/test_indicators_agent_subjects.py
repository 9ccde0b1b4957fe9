"""A body or a place that acts before the measure is who acts, not what is measured (issue
12, brief H17N): "Thành phố sẽ duy trì …", "Hội nghị thống nhất chốt …", "Sở … chủ trì phối
hợp với …, tổ chức …".  A verb inside a noun compound ("giao thông", "hồ sơ đề nghị") and a
place or body that the figure counts ("…: 12 xã") stay in the name (review R17a, findings 1
and 2), and a body with nothing after its verbs still names the figure.  Sentences written for
the test."""

from __future__ import annotations

from kehoach_parser.extract.indicators.names import after_agent_subject
from tests.extract.indicator_helpers import extract

#: A bare bullet with no status word is a target or a result only by its context: these
#: tests are about names, so each bullet is set in the targets section of a plan (brief
#: H18S; the status refit of 498 train documents reads such bullets without context as
#: results when nothing around them commits).
PLANNED = "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2027\n\nI. CHỈ TIÊU CHỦ YẾU\n"


def names(text: str) -> list[tuple[str | None, float | None]]:
    return [(i.name, i.value) for i in extract(PLANNED + text)]


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


def named(text: str) -> list[tuple[str | None, float | None, str | None]]:
    return [(i.name, i.value, i.unit) for i in extract(PLANNED + text)]


# Review R17a, finding 1: a verb inside a noun compound is no body acting.  Words between
# the head and the verb are the body's name only when the first is a capital or a place word.

def test_a_compound_holding_a_verb_keeps_the_whole_name() -> None:
    assert named("- Xã có đường giao thông nông thôn được cứng hóa đạt 100%.\n") \
        == [("Xã có đường giao thông nông thôn được cứng hóa", 100.0, "%")]


def test_a_request_as_a_noun_keeps_the_whole_name() -> None:
    assert named("- Phường có cán bộ chỉ đạo điểm về chuyển đổi số đạt 100%.\n") \
        == [("Phường có cán bộ chỉ đạo điểm về chuyển đổi số", 100.0, "%")]


def test_giao_opening_a_compound_is_no_verb() -> None:
    assert named("- Trung tâm giao dịch một cửa được nâng cấp đạt 100%.\n") \
        == [("Trung tâm giao dịch một cửa được nâng cấp", 100.0, "%")]


def test_a_place_word_after_the_head_names_the_body() -> None:
    assert named("- UBND huyện giao tỷ lệ tiêm chủng đầy đủ đạt 98%.\n") \
        == [("tỷ lệ tiêm chủng đầy đủ", 98.0, "%")]


def test_a_special_zone_acts_like_any_place() -> None:
    # the unit of 2025 (admin_units.ADMIN_UNITS), review R17a finding 6
    assert named("- Đặc khu sẽ duy trì tỷ lệ che phủ rừng trên 60%.\n") \
        == [("tỷ lệ che phủ rừng", 60.0, "%")]


def test_society_is_no_commune() -> None:
    text = "Xã hội hóa nguồn lực chỉ đạo điểm xây dựng 12 trường"
    assert after_agent_subject(text, 0, text.index("12")) == 0


# Review R17a, finding 2: the place or body that the figure's unit counts is what is
# counted, not who acts.

def test_a_commune_counted_by_its_unit_stays_in_the_name() -> None:
    assert named("- Xã có đường giao thông nông thôn được cứng hóa: 15 xã.\n") \
        == [("Xã có đường giao thông nông thôn được cứng hóa", 15.0, "xã")]
    assert named("- Xã triển khai mô hình chuyển đổi số: 12 xã.\n") \
        == [("Xã triển khai mô hình chuyển đổi số", 12.0, "xã")]


def test_a_meeting_counted_by_its_unit_stays_in_the_name() -> None:
    assert named("- Hội nghị triển khai, quán triệt Nghị quyết: 3 hội nghị.\n") \
        == [("Hội nghị triển khai, quán triệt Nghị quyết", 3.0, "hội nghị")]


def test_the_counted_head_is_kept_only_for_its_own_unit() -> None:
    text = "Phường chỉ đạo điểm về xây dựng đô thị văn minh"
    assert after_agent_subject(text, 0, len(text), "phường") == 0
    assert after_agent_subject(text, 0, len(text), "mô hình") == text.index("điểm")


def test_a_body_with_nothing_after_its_verbs_names_the_figure() -> None:
    text = "Cục Thuế được giao 3.000 tỷ đồng"
    assert after_agent_subject(text, 0, text.index("3.000")) == 0


def test_a_bare_quota_word_after_the_verbs_names_nothing() -> None:
    text = "huyện được giao chỉ tiêu 120 công dân"
    assert after_agent_subject(text, 0, text.index("120")) == 0


def test_no_body_no_change() -> None:
    text = "Tỷ lệ hộ nghèo giảm còn 2%"
    assert after_agent_subject(text, 0, text.index("giảm")) == 0
