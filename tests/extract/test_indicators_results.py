"""Targets versus results versus facts (issue 12): the status decision and ``results``.

Every text here is written for the test (a made-up commune, made-up figures), in the
shapes real reports take: a review of the past year followed by next year's targets, a
news paragraph, a fact sheet about the place, a report that writes "achieved/planned".
The shipped status model decides (``models/indicator_status.json``); a few tests pin the
rule baseline (``KEHOACH_STATUS=rules``) to show what the model adds.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

import kehoach_parser
from kehoach_parser.document import Indicator
from kehoach_parser.errors import ModelError
from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.extract.indicators.status import (
    NONE_MARGIN,
    StatusDecider,
    combine,
    rule_status,
)
from kehoach_parser.models import find_model_file
from kehoach_parser.models.status_model import (
    MODEL_FILE,
    StatusModel,
    default_status_model,
    parameters_digest,
)
from kehoach_parser.text.normalize import normalize

HEADER = (
    "ỦY BAN NHÂN DÂN\nXÃ AN THẠNH TÂY\n\nSố: 12/BC-UBND\n\n"
    "An Thạnh Tây, ngày 10 tháng 12 năm 2026\n\nBÁO CÁO\n"
    "Kết quả thực hiện nhiệm vụ năm 2026 và kế hoạch năm 2027\n\n"
)
REVIEW_AND_PLAN = HEADER + (
    "I. KẾT QUẢ THỰC HIỆN NĂM 2026\n"
    "1. Kinh tế\n"
    "Tổng thu ngân sách trên địa bàn ước thực hiện 41,6 tỷ đồng, đạt 104,3% dự toán, "
    "tăng 6,1% so với cùng kỳ.\n"
    "Trong năm đã công nhận thêm 3 thôn đạt chuẩn nông thôn mới kiểu mẫu.\n"
    "Tỷ lệ hộ nghèo giảm từ 3,9% xuống còn 2,7%.\n"
    "II. MỤC TIÊU, CHỈ TIÊU NĂM 2027\n"
    "- Phấn đấu tổng thu ngân sách đạt 45 tỷ đồng trở lên.\n"
    "- Tỷ lệ hộ nghèo giảm còn dưới 2%.\n"
    "- Tỷ lệ che phủ rừng đạt 47,5%.\n"
)


def _values(records: list[Indicator]) -> list[float | None]:
    return [r.value for r in records]


def test_a_report_lists_its_figures_as_results_and_its_targets_as_indicators() -> None:
    doc = kehoach_parser.parse(REVIEW_AND_PLAN)
    assert _values(doc.indicators) == [45.0, 2.0, 47.5]
    assert {41.6, 104.3, 6.1, 3.0} <= set(_values(doc.results))
    assert all(r.status == "result" for r in doc.results)
    assert all(i.status == "target" for i in doc.indicators)
    assert all(i.status_confidence is not None and 0.3 < i.status_confidence <= 1.0
               for i in doc.indicators)


def test_results_have_the_same_fields_as_indicators_and_point_at_their_text() -> None:
    doc = kehoach_parser.parse(REVIEW_AND_PLAN)
    assert doc.results, "the review's figures are kept, as results"
    for r in doc.results:
        assert doc.text[r.span[0]:r.span[1]] == r.text
    view = doc.gold_view()
    assert set(view["results"][0]) == set(view["indicators"][0])


def test_a_result_sentence_on_its_own_gives_no_indicator() -> None:
    doc = kehoach_parser.parse(
        HEADER + "Năm 2026, giá trị sản xuất nông nghiệp ước đạt 612 tỷ đồng, tăng 4,8% so "
                 "với cùng kỳ năm trước; đã giải quyết việc làm cho 350 lao động.\n")
    assert doc.indicators == []
    assert {612.0, 4.8, 350.0} <= set(_values(doc.results))


def test_a_target_after_a_result_in_the_same_sentence_is_the_one_indicator() -> None:
    doc = kehoach_parser.parse(
        HEADER + "Năm 2026, thu ngân sách trên địa bàn ước đạt 41,6 tỷ đồng, tăng 6,1% so với "
                 "cùng kỳ; năm 2027 phấn đấu thu ngân sách đạt 45 tỷ đồng trở lên.\n")
    assert [(i.value, i.comparator) for i in doc.indicators] == [(45.0, ">=")]
    assert {41.6, 6.1} <= set(_values(doc.results))


def test_a_statistic_of_the_past_year_is_a_result() -> None:
    doc = kehoach_parser.parse(
        HEADER + "Theo thống kê, trong năm 2026 diện tích gieo trồng cây hằng năm của xã đạt "
                 "642,5 ha. Hiện toàn xã còn 152 hộ nghèo.\n")
    assert doc.indicators == []
    assert {642.5, 152.0} <= set(_values(doc.results))


def test_facts_about_the_place_are_results_not_targets() -> None:
    doc = kehoach_parser.parse(
        HEADER + "I. ĐẶC ĐIỂM TÌNH HÌNH\nXã An Thạnh Tây có diện tích tự nhiên 2.350 ha, "
                 "dân số 7.210 người, cách trung tâm huyện 18 km.\n"
                 "II. CHỈ TIÊU NĂM 2027\n- Tỷ lệ lao động qua đào tạo đạt 72%.\n")
    assert _values(doc.indicators) == [72.0]


def test_from_a_level_down_to_a_target_the_start_is_a_result() -> None:
    """Project decision 2: "giảm từ X xuống còn Y" — Y is the target, X a reported figure."""
    targets, results = figures_from_text(normalize(
        "- Phấn đấu giảm tỷ lệ trẻ suy dinh dưỡng thể thấp còi từ 11,2% xuống còn 9,5%.").text)
    assert [(t.value, t.direction) for t in targets] == [(9.5, "decrease")]
    assert [r.value for r in results] == [11.2]
    assert results[0].name == targets[0].name


def test_achieved_and_planned_written_together_give_a_result_and_no_target_in_a_review() -> None:
    # the planned half of "X/Y" quoted in a review is the measure of the result, no target
    # of the text (the model decides it; the achieved half is always a result)
    text = normalize(
        "Kết quả thực hiện các chỉ tiêu nhiệm kỳ: tổng thu ngân sách 512,7/498 tỷ đồng; "
        "tỷ lệ hộ dùng nước sạch 96%/95%; có 15,5/14 bác sĩ/vạn dân.").text
    targets, results = figures_from_text(text)
    assert 498.0 not in _values(targets)
    assert {512.7, 96.0, 15.5} <= set(_values(results))


def test_a_fraction_of_a_total_is_still_one_target() -> None:
    targets, results = figures_from_text(normalize(
        "- Phấn đấu có 36/41 thôn đạt chuẩn văn hóa.").text)
    assert [(t.value, t.total, t.unit) for t in targets] == [(36.0, 41.0, "thôn")]
    assert results == []


def test_a_statistics_table_gives_no_targets() -> None:
    text = normalize(
        "Bảng: Kết quả thực hiện một số chỉ tiêu\n"
        "| STT | Chỉ tiêu | ĐVT | Thực hiện 2025 | Ước thực hiện 2026 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Diện tích lúa | ha | 1.210 | 1.235 |\n"
        "| 2 | Sản lượng lương thực | tấn | 7.450 | 7.610 |\n").text
    targets, results = figures_from_text(text)
    assert targets == []
    assert sorted(_values(results)) == [1210.0, 1235.0, 7450.0, 7610.0]


def test_a_table_of_plan_and_result_columns_splits_by_column() -> None:
    text = normalize(
        "| STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2026 | Ước thực hiện năm 2026 |\n"
        "| 1 | Tổng đàn gia súc | con | 9.400 | 9.650 |\n").text
    targets, results = figures_from_text(text)
    assert [(t.value, t.year) for t in targets] == [(9400.0, 2026)]
    assert [(r.value, r.year) for r in results] == [(9650.0, 2026)]


@pytest.mark.parametrize("sentence", [
    "Đại hội đã bầu Ban Chấp hành khóa mới gồm 15 đồng chí, với 142 đại biểu tham dự.",
    "Tập thể đạt từ 95 điểm trở lên được đề nghị tặng Bằng khen.",
])
def test_counts_about_a_meeting_and_award_criteria_are_neither(sentence: str) -> None:
    doc = kehoach_parser.parse(HEADER + sentence + "\n")
    assert doc.indicators == []


# --- the decision itself ---------------------------------------------------------------
def test_the_rule_baseline_keeps_a_review_sentence_without_cues(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules read only the extractor's cues; the model also reads the paragraph."""
    text = HEADER + ("Toàn xã có 1.020 hộ dùng nước sạch, tăng 45 hộ so với cùng kỳ; "
                     "thu nhập bình quân đạt 61 triệu đồng/người/năm.\n")
    monkeypatch.setenv("KEHOACH_STATUS", "rules")
    with_rules = kehoach_parser.parse(text)
    monkeypatch.delenv("KEHOACH_STATUS")
    with_model = kehoach_parser.parse(text)
    assert 61.0 in _values(with_rules.indicators)
    assert 61.0 not in _values(with_model.indicators)
    assert 61.0 in _values(with_model.results)


def test_the_model_may_drop_a_rule_target_only_when_sure() -> None:
    labels = ("target", "result", "none")
    assert combine("target", labels, [0.3, 0.1, 0.6])[0] == (
        "target" if NONE_MARGIN > 0.6 else "none")
    assert combine("target", labels, [0.05, 0.9, 0.05]) == ("result", 0.9)
    assert combine("result", labels, [0.2, 0.2, 0.6]) == ("none", 0.6)


def test_rule_status_reads_the_cues() -> None:
    from kehoach_parser.extract.indicators.clauses import Draft

    d = Draft(name="x", name_span=None, span=(0, 1), q=None)
    assert rule_status(d, None) == "target"
    d.cues.add("achieved")
    assert rule_status(d, None) == "result"
    d.cues = {"means_name"}
    assert rule_status(d, None) == "none"


# --- the shipped weights ------------------------------------------------------------------
def test_the_shipped_model_is_plain_json_with_one_weight_per_label() -> None:
    path = find_model_file(MODEL_FILE)
    assert path is not None and path.suffix == ".json"
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    assert data["labels"] == ["target", "result", "none"]
    assert len(data["bias"]) == 3
    assert all(len(w) == 3 for w in data["weights"].values())
    assert data["trained_on"] == "corpus/real train split"
    model = default_status_model()
    assert model is not None and model.labels == ("target", "result", "none")


def test_probabilities_are_a_softmax_of_the_weights() -> None:
    model = StatusModel(("target", "result", "none"), (0.0, 0.0, 0.0),
                        {"a": (2.0, 0.0, 0.0), "b": (0.0, 1.0, 0.0)})
    probs = model.probabilities(["a", "b", "unknown"])
    assert math.isclose(sum(probs), 1.0)
    e2, e1 = math.exp(2.0), math.exp(1.0)
    assert math.isclose(probs[0], e2 / (e2 + e1 + 1.0))
    assert model.predict(["b"])[0] == "result"
    ragged = {"labels": ["a", "b"], "bias": [0.0], "weights": {}}
    ragged["sha256"] = parameters_digest(["a", "b"], [0.0], {})
    with pytest.raises(ModelError):
        StatusModel.from_json(ragged)


def test_a_modified_weights_file_is_refused() -> None:
    path = find_model_file(MODEL_FILE)
    assert path is not None
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    assert data["sha256"] == parameters_digest(data["labels"], data["bias"], data["weights"])
    StatusModel.from_json(data)  # the shipped file passes
    feature = next(iter(data["weights"]))
    data["weights"][feature][0] += 1.0
    with pytest.raises(ModelError, match="sha256"):
        StatusModel.from_json(data)


def test_without_weights_the_rules_decide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEHOACH_STATUS", "rules")
    assert StatusDecider.default().model is None
    monkeypatch.delenv("KEHOACH_STATUS")
    assert StatusDecider.default().model is not None


def test_a_plan_figure_beside_a_result_takes_the_results_name() -> None:
    # (brief M18a) the plan's figure after "/KH" is a target, named as the result beside it
    from kehoach_parser import parse

    doc = parse("Thu ngân sách trên địa bàn ước đạt 312 tỷ đồng, tăng 9,5%/KH tăng 6-8%. "
                "Khu vực dịch vụ ước tăng 7,2%/KH tăng 6,5%.\n")
    names = {(i.name, i.value) for i in doc.indicators}
    assert ("Khu vực dịch vụ", 6.5) in names
    assert not any(n and n.strip("/ ").upper() == "KH" for n, _ in names)


@pytest.mark.parametrize(("text", "value"), [
    ("Sản lượng lúa ước đạt 41.500 tấn/KH 40.000 tấn.\n", 40000.0),
    ("Số hộ có nước sạch ước đạt 96%/kế hoạch đạt 95%.\n", 95.0),
])
def test_the_figure_after_a_plan_word_and_a_slash_is_the_plan_s_target(
        text: str, value: float) -> None:
    doc = kehoach_parser.parse(text)
    assert value in [i.value for i in doc.indicators]
    assert value not in [r.value for r in doc.results]


def test_a_slash_without_a_plan_word_makes_no_target() -> None:
    # "đạt 41.500/40.000 tấn" is one achieved/plan pair (decision 39): no target of its own
    doc = kehoach_parser.parse("Năm qua, sản lượng lúa đã đạt 41.500/40.000 tấn.\n")
    assert 40000.0 not in [i.value for i in doc.indicators]


@pytest.mark.parametrize(("text", "result", "target"), [
    # (review R18b, finding 2; decision 40) the plan's figure in brackets after an achieved one
    ("Khu vực nông nghiệp ước tăng 3,4% (KH tăng 3%).\n", 3.4, 3.0),
    ("Tốc độ tăng doanh thu du lịch đạt 11,2% (Kế hoạch 10%).\n", 11.2, 10.0),
    ("Thu ngân sách xã đạt 27 tỷ đồng (Nghị quyết đề ra 25 tỷ đồng).\n", 27.0, 25.0),
])
def test_a_plan_figure_in_brackets_beside_a_result_is_a_target(
        text: str, result: float, target: float) -> None:
    doc = kehoach_parser.parse("Báo cáo tình hình kinh tế - xã hội năm 2026\n" + text)
    assert [r.value for r in doc.results] == [result]
    assert [i.value for i in doc.indicators] == [target]


@pytest.mark.parametrize(("text", "value"), [
    # a bracket opened by no plan word; a plan word in brackets with no figure beside it
    ("Khu vực nông nghiệp ước tăng 3,4% (cùng kỳ tăng 3%).\n", 3.0),
    ("Năm qua, xã đã mở lớp tập huấn cho nông dân (kế hoạch 12 lớp).\n", 12.0),
])
def test_a_bracket_that_is_no_plan_figure_beside_a_result_makes_no_target(
        text: str, value: float) -> None:
    doc = kehoach_parser.parse("Báo cáo tình hình kinh tế - xã hội năm 2026\n" + text)
    assert value not in [i.value for i in doc.indicators]
