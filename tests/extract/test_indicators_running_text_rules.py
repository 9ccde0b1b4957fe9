"""Running-text rules generalised on documents the rules had not seen (issue 12, brief
H12L): a bracket right after a value that restates it or gives its rate.  Every sentence is
written for the test; each class has a positive and a negative case.
"""

from __future__ import annotations

import pytest
from indicator_helpers import extract, rule_decider  # noqa: F401 (autouse fixture)

import kehoach_parser
from kehoach_parser.text.normalize import normalize


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


# --- "cắt giảm": a compound verb of decrease, not a name --------------------------------------
def test_cat_giam_before_a_share_sets_the_direction_and_leaves_the_name_after() -> None:
    text = "- Cắt giảm tối thiểu 25% chi phí tuân thủ thủ tục hành chính.\n"
    [rec] = extract(text)
    assert (rec.value, rec.name, rec.direction) == (
        25.0, "chi phí tuân thủ thủ tục hành chính", "decrease")


def test_cat_giam_after_a_rate_word_belongs_to_the_name() -> None:
    text = "- Tỷ lệ cắt giảm chi phí tuân thủ đạt 20%.\n"
    [rec] = extract(text)
    assert (rec.name, rec.direction) == ("Tỷ lệ cắt giảm chi phí tuân thủ", None)


# --- a verb of action right before a count: what is counted names the target ---------------
def test_a_subject_and_a_verb_of_action_before_a_count_leave_the_name_to_the_noun() -> None:
    text = "- Đảng ủy xã xây dựng kế hoạch kết nạp 25 đảng viên mới trong năm 2027.\n"
    [rec] = extract(text)
    assert (rec.value, rec.unit, rec.name) == (25.0, "đảng viên", "đảng viên mới")


def test_a_passive_verb_of_giving_before_a_count_also_leaves_the_name_to_the_noun() -> None:
    text = "- Năm 2027, xã được giao 40 công dân tham gia nghĩa vụ quân sự.\n"
    [rec] = extract(text)
    assert rec.name == "công dân tham gia nghĩa vụ quân sự"


def test_a_verb_of_direction_before_a_count_keeps_the_measure_named_before_it() -> None:
    text = "- Số trường học đạt chuẩn quốc gia duy trì 15 trường.\n"
    [rec] = extract(text)
    assert (rec.name, rec.direction) == ("Số trường học đạt chuẩn quốc gia", "maintain")


def test_the_quota_named_before_a_passive_verb_is_not_replaced_by_the_noun() -> None:
    text = "- Chỉ tiêu được giao 60 thanh niên.\n"
    [rec] = extract(text)
    assert rec.name == "Chỉ tiêu được giao"


def test_a_verb_inside_a_measure_name_is_not_an_action_on_the_count() -> None:
    # "Số … thành lập mới": the verb belongs to the measure named before the value
    text = "- Số hợp tác xã thành lập mới từ 12 hợp tác xã trở lên.\n"
    [rec] = extract(text)
    assert rec.name == "Số hợp tác xã thành lập mới"


# --- "a year" written apart from the percent sign -------------------------------------------
def test_a_year_word_closing_the_clause_after_a_percent_makes_a_rate_a_year() -> None:
    assert _vu("- Tỷ lệ hộ cận nghèo giảm từ 1-2% năm.\n") == [(1.0, "%/năm")]


def test_a_year_after_the_bound_makes_a_rate_a_year_too() -> None:
    assert _vu("- Các xã khó khăn giảm từ 4% trở lên/năm.\n") == [(4.0, "%/năm")]


def test_a_year_phrase_after_a_percent_is_no_rate() -> None:
    records = extract("- Thu ngân sách tăng 12% năm 2027.\n")
    assert [(i.value, i.unit, i.year) for i in records] == [(12.0, "%", 2027)]


# --- a share of a whole after a figure ------------------------------------------------------
def test_a_share_after_a_figure_is_named_by_the_figure_not_by_the_whole() -> None:
    text = "- Diện tích lúa chất lượng cao đạt 500 ha, chiếm 60% diện tích lúa.\n"
    assert [(i.value, i.name) for i in extract(text)] == [
        (500.0, "Diện tích lúa chất lượng cao"), (60.0, "Diện tích lúa chất lượng cao")]


def test_a_share_with_its_own_subject_keeps_the_subject() -> None:
    text = "- Kinh tế số chiếm 30% GRDP.\n"
    assert [(i.value, i.name) for i in extract(text)] == [(30.0, "Kinh tế số")]


# --- a lead-in that names targets governs the list after it (the shipped model decides) -----
_SESSION = "Sáng 20/12, HĐND huyện họp bàn kế hoạch năm 2027. "
_FIGURES = ("Giá trị sản xuất công nghiệp đạt 4.380 tỷ đồng, tăng 7,2% so với cùng kỳ. "
            "Doanh thu dịch vụ đạt 7.420 tỷ đồng, tăng 8,3% so với cùng kỳ.\n")


@pytest.fixture
def shipped_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped status model decides (the other tests pin the rule baseline)."""
    monkeypatch.delenv("KEHOACH_STATUS", raising=False)


def _model_figures(text: str) -> tuple[list[float | None], list[float | None]]:
    doc = kehoach_parser.parse(normalize(text).text)
    return [r.value for r in doc.indicators], [r.value for r in doc.results]


@pytest.mark.usefixtures("shipped_model")
def test_figures_listed_under_a_lead_in_that_names_targets_are_targets() -> None:
    text = _SESSION + "Các chỉ tiêu chủ yếu năm 2027 gồm: " + _FIGURES
    assert _model_figures(text) == ([4380.0, 7.2, 7420.0, 8.3], [])


@pytest.mark.usefixtures("shipped_model")
def test_a_lead_in_that_reviews_what_it_lists_governs_nothing() -> None:
    text = _SESSION + "Năm qua, huyện đã hoàn thành các chỉ tiêu chủ yếu: " + _FIGURES
    assert _model_figures(text) == ([], [4380.0, 7.2, 7420.0, 8.3])


# --- a rate's base before a colon is part of the name -----------------------------------------
def test_a_rate_base_closing_a_name_before_its_colon_is_no_value() -> None:
    text = "- Số bác sĩ trên 1 vạn dân: 12,4 bác sĩ.\n"
    assert [(i.value, i.name) for i in extract(text)] == [(12.4, "Số bác sĩ trên 1 vạn dân")]


def test_a_base_that_ends_the_clause_is_still_a_value() -> None:
    assert _vu("- Diện tích nuôi trồng thủy sản đạt trên 1 ha.\n") == [(1.0, "ha")]


# --- a subject that "has" a count ---------------------------------------------------------------
def test_a_subject_that_has_a_described_count_leaves_the_name_to_what_is_counted() -> None:
    text = "- Phấn đấu đến năm 2028, huyện có 7 xã đạt chuẩn nông thôn mới nâng cao.\n"
    [rec] = extract(text)
    assert (rec.value, rec.name) == (7.0, "xã đạt chuẩn nông thôn mới nâng cao")


def test_a_subject_that_has_a_bare_count_names_it() -> None:
    text = "- Trong đó, thị xã có tối thiểu 40 công trình.\n"
    [rec] = extract(text)
    assert (rec.value, rec.name) == (40.0, "thị xã")


# --- a scope before a bare count names it -----------------------------------------------------
def test_a_scope_before_a_bare_count_names_the_count_without_its_opener() -> None:
    text = "- Đối với người ứng cử đại biểu Hội đồng nhân dân cấp huyện ít nhất là 6 cuộc.\n"
    [rec] = extract(text)
    assert (rec.value, rec.comparator, rec.name) == (
        6.0, ">=", "người ứng cử đại biểu Hội đồng nhân dân cấp huyện")


def test_a_scope_before_a_described_share_leaves_the_name_after_the_value() -> None:
    text = "- Tại địa bàn nông thôn: 95% hộ gia đình được dùng nước hợp vệ sinh.\n"
    [rec] = extract(text)
    assert rec.name == "hộ gia đình được dùng nước hợp vệ sinh"


# --- two values joined by "và" share the name written after the second ------------------------
def test_a_value_with_no_name_shares_the_name_after_the_next_value() -> None:
    text = ("- Phấn đấu đến năm 2027 có trên 80% và đến năm 2030 có trên 90% số hộ gia đình "
            "được phổ biến kiến thức phòng chống thiên tai.\n")
    names = [(i.value, i.year, i.name) for i in extract(text)]
    shared = "số hộ gia đình được phổ biến kiến thức phòng chống thiên tai"
    assert names == [(80.0, 2027, shared), (90.0, 2030, shared)]


def test_a_value_with_its_own_name_keeps_it_before_a_joined_value() -> None:
    text = "- Tỷ lệ che phủ rừng đạt 45% và 100% thôn có nhà văn hóa.\n"
    assert [i.name for i in extract(text)] == ["Tỷ lệ che phủ rừng", "thôn có nhà văn hóa"]


_REVIEW_LEAD = """KẾ HOẠCH

Trường đã đạt được những thành tích sau:

- Tham gia hội thi Viết chữ đẹp cấp thành phố năm 2026 đạt: 03 Giải nhất, 04 giải nhì.

- Tỷ lệ học sinh hoàn thành chương trình đạt 99%.

Mục tiêu năm 2027:

- Tỷ lệ học sinh hoàn thành chương trình đạt 100%.
"""


def test_bullets_under_a_reviewing_lead_in_are_results() -> None:
    doc = kehoach_parser.parse(_REVIEW_LEAD)
    assert [(i.value, i.unit) for i in doc.indicators] == [(100.0, "%")]
    assert sorted(r.value for r in doc.results if r.value is not None) == [3.0, 4.0, 99.0]


def test_a_line_between_ends_the_lead_ins_reach() -> None:
    text = _REVIEW_LEAD.replace("- Tỷ lệ học sinh hoàn thành chương trình đạt 99%.",
                                "Năm tới nhà trường phấn đấu:\n\n- Tỷ lệ học sinh hoàn thành "
                                "chương trình đạt 99%.")
    assert 99.0 in [i.value for i in kehoach_parser.parse(text).indicators]
