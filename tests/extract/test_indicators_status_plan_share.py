"""A share below 100 of a plan, reached, is a result (issue 12, brief H17S).

Every sentence here is written for the test (a made-up commune, made-up figures).  The cue
is asserted on the candidates themselves (``collect_candidates``) and, where the structure
decides alone, on the records, whatever the learned status model weighs.
"""

from __future__ import annotations

import pytest
from indicator_helpers import cues_of

from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.extract.indicators import status as status_module
from kehoach_parser.extract.indicators.sections import SectionInfo
from kehoach_parser.extract.indicators.status import (
    LEAD_PREFIX,
    StatusDecider,
    collect_candidates,
)
from kehoach_parser.extract.indicators.status_shapes import plan_share
from kehoach_parser.models.status_model import StatusModel
from kehoach_parser.text.normalize import normalize


@pytest.mark.parametrize("sentence", [
    "Sản lượng khoai lang của xã đạt 87,5% kế hoạch năm.",
    "- Thu ngân sách trên địa bàn bằng 87,5% dự toán huyện giao.",
    "Tỷ lệ trẻ được tiêm đủ mũi đạt 87,5% chỉ tiêu được giao.",
    "Diện tích gieo cấy vụ đông đạt 87,5% so với KH.",
    "Công tác cấp thẻ bảo hiểm y tế đạt trên 87,5% mục tiêu nghị quyết.",
    "Tổng thu phí chợ ước đạt 1,2 tỷ đồng, đạt 87,5% kế hoạch.",
])
def test_a_share_below_the_whole_plan_reached_is_a_result(sentence: str) -> None:
    assert "plan_share" in cues_of(sentence, 87.5)
    targets, results = figures_from_text(normalize(sentence).text)
    assert 87.5 not in [t.value for t in targets]
    assert 87.5 in [r.value for r in results]


@pytest.mark.parametrize(("sentence", "value"), [
    # a commitment, a deadline or a purpose before it: the share is aimed at
    ("Phấn đấu giải ngân đạt tối thiểu 95% kế hoạch năm.", 95.0),
    ("Đến năm 2030, tỷ lệ thu phí đạt 95% dự toán.", 95.0),
    ("Để công tác tuyển quân đạt 95% chỉ tiêu, xã tăng cường tuyên truyền.", 95.0),
    ("Xã sẽ hoàn thành 95% kế hoạch trồng cây.", 95.0),
    # the whole plan is a plan's own idiom; more than the whole is another rule's
    ("Thu ngân sách xã đạt 100% dự toán.", 100.0),
    # a plan of capital to disburse; a rise measured against the plan; no base after it
    ("Giải ngân đạt 95% kế hoạch vốn đầu tư công.", 95.0),
    ("Thu ngân sách tăng 9,5% so với dự toán.", 9.5),
    ("Tỷ lệ hộ dùng nước sạch đạt 95%.", 95.0),
    # a base that is only the start of a word ("KH" in "khối lượng")
    ("Công trình đạt 95% khối lượng thi công.", 95.0),
])
def test_other_shares_are_not_decided_by_the_plan_base(sentence: str, value: float) -> None:
    assert "plan_share" not in cues_of(sentence, value)


@pytest.mark.parametrize("sentence", [
    # a deadline after the value (review R17b, finding 3): a task of a plan
    "Vốn sự nghiệp của xã giải ngân đạt 93% kế hoạch trước ngày 15/12/2031.",
    "Các thôn hoàn thành 93% kế hoạch trồng cây trong quý II/2031.",
    "Thu phí chợ của xã đạt 93% dự toán giao trong năm 2031.",
    "Tỷ lệ cấp thẻ đạt 93% kế hoạch; các thôn hoàn thành trước ngày 30/6/2031.",
])
def test_a_deadline_after_the_share_leaves_it_to_the_model(sentence: str) -> None:
    assert "plan_share" not in cues_of(sentence, 93.0)


@pytest.mark.parametrize("sentence", [
    # the deadline words before the value review ("Trong năm, …"); the next sentence's
    # deadline is not this one's
    "Trong năm, thu phí chợ của xã đạt 93% dự toán.",
    "Thu phí chợ đạt 93% dự toán. Trong quý II, xã kiểm tra các hộ kinh doanh.",
    # limits kept (measured, see plan_share): a commitment after the value, the plan's year
    "Thu phí chợ 9 tháng đạt 93% dự toán, phấn đấu hoàn thành dự toán cả năm.",
    "Thu phí chợ của xã đạt 93% dự toán năm 2031.",
])
def test_a_share_of_the_plan_with_no_deadline_after_it_keeps_the_cue(sentence: str) -> None:
    assert "plan_share" in cues_of(sentence, 93.0)


@pytest.mark.parametrize(("sentence", "value"), [
    # review R17c, finding 1: a past year's "trong năm", and a deadline that belongs to the
    # next figure or forecast, do not refuse the cue
    ("Thu phí chợ của xã đạt 93% dự toán trong năm qua.", 93.0),
    ("Năm 2031, thu phí chợ đạt 93% dự toán, ước cả năm đạt 101% vào cuối năm.", 93.0),
    ("Trong 6 tháng, thu phí chợ đạt 43% dự toán; dự kiến hết quý III đạt 70%.", 43.0),
    ("Thu phí chợ đạt 43% dự toán, 9 tháng đạt 70% trước ngày 30/9.", 43.0),
])
def test_a_deadline_of_another_figure_or_a_past_year_keeps_the_cue(
        sentence: str, value: float) -> None:
    assert "plan_share" in cues_of(sentence, value)


def test_trong_nam_refuses_only_the_plan_year_or_a_later_one() -> None:
    sentence = "Thu phí chợ của xã đạt 93% dự toán trong năm 2030, cao hơn các xã khác."
    text = normalize(sentence).text
    with collect_candidates() as cands:
        figures_from_text(text)
    draft = next(d for _f, d, _r, _t in cands if d.q is not None and d.q.value == 93.0)
    assert plan_share(text, draft, None, 2031)      # a year already over: reviewed
    assert not plan_share(text, draft, None, 2030)  # the plan's year: a deadline
    assert not plan_share(text, draft, None, 2029)
    assert not plan_share(text, draft, None, None)  # no plan year: kept refused


def test_a_share_of_the_plan_in_a_targets_section_is_not_decided() -> None:
    sentence = "- Sản lượng khoai lang của xã đạt 87,5% kế hoạch năm."
    text = normalize(sentence).text
    with collect_candidates() as cands:
        figures_from_text(text)
    draft = next(d for _f, d, _r, _t in cands if d.q is not None and d.q.value == 87.5)
    targets = SectionInfo(start=0, path="I", category=None, targets=True)
    other = SectionInfo(start=0, path="II", category=None, targets=False)
    assert not plan_share(text, draft, targets, None)
    assert plan_share(text, draft, other, None)
    assert plan_share(text, draft, None, None)


# --- an achieved-so-far verb phrase before any quantity --------------------------------------

@pytest.mark.parametrize("sentence", [
    "Năm nay xã phấn đấu thu ngân sách 4.800 triệu đồng. Sau 5 tháng đã thu 2.150 triệu đồng.",
    "Trong quý I, phường đã trồng 2.150 cây xanh.",
    # the quantity closes its clause: a comma, a comparison after it
    "Sau 5 tháng đã thu 2.150 triệu đồng, đạt 45% dự toán.",
    "Đến nay đã thu 2.150 triệu đồng so với cùng kỳ tăng 8%.",
    "Phường đã trồng 2.150 cây xanh\n",
    # a quantity going on with other words is still read as done: "cho" names whom it was
    # given to ("đã cấp … cho"), and a relative clause ("các khoản đã giao … cho thôn") is
    # a limit of this shape (review R17b, finding 4: refusing it lost a train result)
    "Trong quý I, phường đã cấp 2.150 thẻ bảo hiểm y tế cho người cao tuổi.",
    "Năm nay phấn đấu thu 4.800 triệu đồng. Tập trung thu các khoản đã giao 2.150 triệu đồng "
    "cho thôn.",
])
def test_a_past_verb_phrase_before_a_quantity_makes_it_a_result(sentence: str) -> None:
    assert "achieved_share" in cues_of(sentence, 2150.0)
    targets, results = figures_from_text(normalize(sentence).text)
    assert 2150.0 not in [t.value for t in targets]
    assert 2150.0 in [r.value for r in results]


@pytest.mark.parametrize(("sentence", "value"), [
    # a commitment or a deadline before the past marker
    ("Phấn đấu đến cuối năm đã trồng 2.150 cây xanh.", 2150.0),
    # the particle alone before a quantity that is not a share: the model's
    ("Xã thu được 2.150 triệu đồng.", 2150.0),
    # a connector after the verb phrase names a measure
    ("Số hộ đã được cấp nước sạch đạt 2.150 hộ.", 2150.0),
    # a quantity that does not close its clause is a condition or a relative clause's
    # (review R17b, finding 4): an admission criterion, a condition, an amount given to
    ("Ưu tiên học viên đã đạt 2.150 điểm trở lên.", 2150.0),
    ("Các hộ đã vay 2.150 triệu đồng được giãn thời hạn trả nợ.", 2150.0),
    ("Hộ đã nộp 2.150 nghìn đồng thì được miễn phí vệ sinh.", 2150.0),
])
def test_other_quantities_are_not_decided_as_achieved(sentence: str, value: float) -> None:
    assert "achieved_share" not in cues_of(sentence, value)


_CONDITION_LIMIT = ("a known limit (review R17c, finding 5; docs/models.md): the "
                    "achieved_share cue is gone, but the {} still reads a condition's "
                    "quantity as a result")
#: Review R19a, finding 2: the H19S refit moved the criterion from result to target, a
#: false indicator (worse than the side list's result it replaced).
_CRITERION_TARGET = ("H19S refit reads the criterion as a target (review R19a, finding 2; "
                     "docs/models.md known limits)")


@pytest.mark.parametrize(("sentence", "value", "mode"), [
    pytest.param("Các cơ sở đã nộp 30 triệu đồng được gia hạn giấy phép.", 30.0, "model",
                 marks=pytest.mark.xfail(strict=True,
                                         reason=_CONDITION_LIMIT.format("shipped model"))),
    # a result under the H18S refit, a target since H19S's: neither is the "none" of
    # decision 5
    pytest.param("Tuyển thẳng thí sinh đã đạt 7,5 điểm trở lên.", 7.5, "model",
                 marks=pytest.mark.xfail(strict=True, reason=_CRITERION_TARGET)),
    pytest.param("Ưu tiên học viên đã đạt 8,0 điểm trở lên.", 8.0, "model",
                 marks=pytest.mark.xfail(strict=True, reason=_CRITERION_TARGET)),
    pytest.param("Tuyển thẳng thí sinh đã đạt 7,5 điểm trở lên.", 7.5, "rules",
                 marks=pytest.mark.xfail(strict=True, reason=_CONDITION_LIMIT.format(
                     "rules' 'achieved' cue (\"đã đạt\")"))),
    # the rules read the condition's "đã nộp" as no achievement, but as a target
    pytest.param("Các cơ sở đã nộp 30 triệu đồng được gia hạn giấy phép.", 30.0, "rules",
                 marks=pytest.mark.xfail(strict=True, reason="the rules read a condition's "
                                         "quantity with no status word as a target")),
])
def test_a_condition_s_quantity_is_no_figure_end_to_end(
        sentence: str, value: float, mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The outcome, not the cue (review R17c, finding 5; review R19a, finding 2): what a
    default parse reports — a condition's quantity is neither a target nor a result
    (decision 5)."""
    if mode == "rules":
        monkeypatch.setenv("KEHOACH_STATUS", "rules")
    else:
        monkeypatch.delenv("KEHOACH_STATUS", raising=False)
    assert "achieved_share" not in cues_of(sentence, value)
    targets, results = figures_from_text(normalize(sentence).text)
    assert value not in [t.value for t in targets] + [r.value for r in results]


def test_the_rules_read_a_condition_s_quantity_with_no_status_word_as_no_result(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """What the rules' case above still holds: "đã nộp" is no achievement (R17c, 5)."""
    monkeypatch.setenv("KEHOACH_STATUS", "rules")
    _targets, results = figures_from_text(normalize(
        "Các cơ sở đã nộp 30 triệu đồng được gia hạn giấy phép.").text)
    assert 30.0 not in [r.value for r in results]


# --- what the sentences before a value's say (features only) ---------------------------------

def _features_of(text: str, value: float) -> set[str]:
    with collect_candidates() as cands:
        figures_from_text(normalize(text).text)
    found = [f for f, d, _r, _t in cands if d.q is not None and d.q.value == value]
    assert found, f"no candidate with {value}"
    return set(found[0])


def test_a_sentence_that_commits_before_the_value_s_is_its_lead() -> None:
    text = "Thời gian tới, xã sẽ giữ vững an ninh. Tỷ lệ hộ dùng nước sạch là 97%.\n"
    feats = _features_of(text, 97.0)
    assert "lead:commit" in feats
    assert "lead:review" not in feats


def test_the_nearest_sentence_with_a_status_word_decides_the_lead() -> None:
    text = ("Xã sẽ giữ vững an ninh. Năm qua đã làm mới đường thôn. "
            "Tỷ lệ hộ dùng nước sạch là 97%.\n")
    feats = _features_of(text, 97.0)
    assert "lead:review" in feats
    assert "lead:commit" not in feats


def test_a_value_opening_its_paragraph_has_no_lead() -> None:
    feats = _features_of("Tỷ lệ hộ dùng nước sạch là 97%.\n", 97.0)
    assert not {f for f in feats if f.startswith("lead:")}


def test_the_lead_features_are_computed_only_for_a_model_that_weighs_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A model that weighs no ``lead:`` feature does not compute them (review R17b, finding
    5); a model with them decides with them (the shipped file is not pinned: R18b, 8)."""
    labels = ("target", "result", "none")
    # made-up models: a sentence that reviews before the value makes it a result
    weighing = StatusModel(labels, (1.0, 0.0, 0.0), {LEAD_PREFIX + "review": (0.0, 5.0, 0.0)})
    plain = StatusModel(labels, (1.0, 0.0, 0.0), {"x:never": (0.0, 5.0, 0.0)})
    assert StatusDecider(weighing).weighs_lead and not StatusDecider(plain).weighs_lead
    seen: list[list[str]] = []
    original = status_module.lead_features

    def spy(*args: object, **kwargs: object) -> list[str]:
        out = original(*args, **kwargs)  # type: ignore[arg-type]
        seen.append(out)
        return out

    monkeypatch.setattr(status_module, "lead_features", spy)
    text = "Năm qua đã làm mới đường thôn. Tỷ lệ hộ dùng nước sạch là 97%.\n"
    for model, indicators, results, computed in ((weighing, [], [97.0], True),
                                                 (plain, [97.0], [], False)):
        seen.clear()
        monkeypatch.setattr(StatusDecider, "default", classmethod(lambda cls, m=model: cls(m)))
        targets, found = figures_from_text(normalize(text).text)
        assert [t.value for t in targets] == indicators
        assert [r.value for r in found] == results
        assert bool(seen) is computed
