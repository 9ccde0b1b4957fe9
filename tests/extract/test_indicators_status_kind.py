"""The balance of report and plan cues over a text and a section (status_kind.py).

The texts are written for the test.
"""

from __future__ import annotations

from kehoach_parser.document import SectionNode
from kehoach_parser.extract.indicators.status import StatusDecider
from kehoach_parser.extract.indicators.status import scan_kind as scan
from kehoach_parser.extract.indicators.status_kind import (
    FEW,
    PREFIX,
    RESULT_GROUPS,
    TARGET_GROUPS,
    crossed_features,
    doc_kind_features,
    section_kind,
)
from kehoach_parser.lang.vi.doc_kind_words import KIND_ONLY_CUES
from kehoach_parser.lang.vi.status_words import STATUS_CUES
from kehoach_parser.models.status_model import StatusModel

REPORT = ("Năm qua, huyện đã hoàn thành 12/14 chỉ tiêu. Thu ngân sách ước thực hiện 210 tỷ "
          "đồng, bằng 104% kế hoạch, tăng 8% so với cùng kỳ. Sản lượng lúa đạt 41.000 tấn. "
          "Đến nay đã có 9 xã đạt chuẩn. Năm 2023 đạt 35.000 tấn, năm 2024 đạt 38.000 tấn.")
PLAN = ("Phấn đấu đến năm 2030 tỷ lệ hộ nghèo dưới 1%. Chỉ tiêu: 100% xã đạt chuẩn nông thôn "
        "mới. Mục tiêu năm 2027: thu ngân sách 250 tỷ đồng. Kế hoạch năm 2026 sẽ trồng 40 ha "
        "rừng. Dự kiến đến hết năm 2028 hoàn thành 5 trường chuẩn.")


def test_a_report_and_a_plan_are_told_apart() -> None:
    report, report_lean = doc_kind_features(scan(REPORT, 2025), len(REPORT))
    plan, plan_lean = doc_kind_features(scan(PLAN, 2025), len(PLAN))
    assert (report_lean, plan_lean) == ("report", "plan")
    assert PREFIX + "doc>0.7" in report
    assert PREFIX + "doc>0.3" not in plan
    # past years of a report, future years of a plan
    assert PREFIX + "docy>0.7" in report
    assert not any(f.startswith(PREFIX + "docy>") for f in plan)


def test_shares_of_a_plan_count_as_reported() -> None:
    ks = scan("Thu ngân sách bằng 98,5% kế hoạch; chi bằng 101% so với dự toán.", None)
    # "kế hoạch" and "dự toán" after a percentage: two shares of a base
    assert len(ks.result) == 2
    assert ks.target == []


def test_a_share_counts_once_whatever_its_base_says() -> None:
    # "kế hoạch năm" (a plan's measure) and "chỉ tiêu" (a target noun) inside a share are
    # not counted again, nor in the opposite direction
    ks = scan("Thu bằng 104% kế hoạch năm 2025; chi bằng 97% chỉ tiêu.", None)
    assert len(ks.result) == 2
    assert ks.target == []


def test_a_plan_of_the_year_is_the_measure_of_a_result() -> None:
    # "kế hoạch năm" is a status word of group of_plan: a report's cue, as for the status
    # decision, not a plan's
    ks = scan("So với kế hoạch năm, sản lượng cao hơn.", None)
    assert len(ks.result) == 1 and ks.target == []


def test_the_kind_only_words_are_in_no_status_group() -> None:
    status_words = {p for ps in STATUS_CUES.values() for p in ps}
    assert not status_words & {p for ps in KIND_ONLY_CUES.values() for p in ps}
    assert not set(KIND_ONLY_CUES) & set(STATUS_CUES)
    assert set(KIND_ONLY_CUES) <= RESULT_GROUPS | TARGET_GROUPS
    ks = scan("Nhiệm vụ và giải pháp; tổ chức thực hiện.", None)
    assert ks.result == [] and len(ks.target) == 3


def test_longest_phrase_counts_once() -> None:
    ks = scan("Ước thực hiện cả năm; phải đạt 90%.", None)
    # "ước thực hiện" once (not "ước" too); "phải đạt" is a commitment, not "đạt"
    assert len(ks.result) == 1 and len(ks.target) == 1


def test_few_cues_give_one_feature_and_no_balance() -> None:
    """One absence of evidence is one feature (review R18b, finding 3): no ``doc:few``,
    ``docw:few``, ``docy:none`` beside it."""
    text = "Tổng diện tích 1.200 ha."
    for year in (2025, None):
        feats, lean = doc_kind_features(scan(text, year), len(text))
        assert feats == [FEW]
        assert lean == "few"


def test_a_text_with_enough_cues_has_no_sparse_feature() -> None:
    feats, lean = doc_kind_features(scan(REPORT, 2025), len(REPORT))
    assert lean == "report"
    assert FEW not in feats
    assert not any(f.endswith(":few") for f in feats)


def test_a_plan_leaning_text_is_no_sparse_text() -> None:
    # a plan's balance fires no step at all; it must still lean "plan", not "few"
    feats, lean = doc_kind_features(scan(PLAN, 2025), len(PLAN))
    assert not any(f.startswith(PREFIX + "doc>") for f in feats)
    assert lean == "plan"
    crossed = crossed_features(lean, "few", "bare")
    assert crossed == [PREFIX + "x:doc_plan&bare"]


def test_a_sparse_span_crosses_nothing() -> None:
    assert crossed_features("few", "few", "bare") == []
    assert crossed_features("report", "few", "commit") == [PREFIX + "x:doc_report&commit"]


def test_no_year_of_issue_gives_no_year_balance() -> None:
    feats, _lean = doc_kind_features(scan(REPORT, None), len(REPORT))
    assert PREFIX + "docy:none" in feats


def _node(start: int, end: int, level: int, children: list[SectionNode] | None = None
          ) -> SectionNode:
    return SectionNode(label=str(level), title=None, level=level, span=(start, start + 1),
                       body_span=(start, end), children=children or [])


def test_the_section_balance_reads_the_innermost_section_and_its_level_one() -> None:
    text = REPORT + "\n" + PLAN
    cut = len(REPORT) + 1
    inner = _node(cut, len(text), 2)
    nodes = [_node(0, cut, 1), _node(cut, len(text), 1, [inner])]
    ks = scan(text, 2025)
    in_report = section_kind(ks, nodes, 10)[0]
    in_plan = section_kind(ks, nodes, cut + 10)[0]
    # the report's section is its own level-1 section: its balance once, as "sec"
    assert PREFIX + "sec>0.7" in in_report
    assert not any(f.startswith(PREFIX + "top") for f in in_report)
    assert not any(f.startswith((PREFIX + "sec>", PREFIX + "top>")) for f in in_plan)
    # outside every section: nothing (the status feature sec:none already says it)
    assert section_kind(ks, [], 10) == ([], "few")
    assert section_kind(ks, nodes, 10)[1] == "report"
    assert section_kind(ks, nodes, cut + 10)[1] == "plan"


def test_a_level_one_section_that_is_the_value_s_own_is_not_counted_twice() -> None:
    ks = scan(REPORT, 2025)
    feats, side = section_kind(ks, [_node(0, len(REPORT), 1)], 10)
    assert PREFIX + "sec>0.7" in feats
    assert not any(f.startswith(PREFIX + "top") for f in feats)
    assert side == "report"


def test_a_section_with_few_cues_gives_no_feature() -> None:
    text = REPORT + "\nDiện tích 20 ha.\n"
    cut = len(REPORT) + 1
    nodes = [_node(0, cut, 1), _node(cut, len(text), 1)]
    feats, side = section_kind(scan(text, 2025), nodes, cut + 3)
    assert feats == [] and side == "few"





def test_the_balance_is_computed_for_a_model_that_weighs_it() -> None:
    """No variable turns the balance on: a model with ``k:`` weights gets it, a model without
    them does not compute it (what the shipped file holds is not pinned: review R18b, 8)."""
    labels = ("target", "result", "none")
    weighing = StatusModel(labels, (0.0, 0.0, 0.0), {PREFIX + "doc>0.7": (0.0, 1.0, 0.0)})
    assert StatusDecider(weighing).weighs_kind
    assert not StatusDecider(StatusModel(labels, (0.0, 0.0, 0.0), {})).weighs_kind


def test_a_sub_section_reads_its_level_one_section_s_balance() -> None:
    text = REPORT + "\nDiện tích 20 ha.\n"
    cut = len(REPORT) + 1
    inner = _node(cut, len(text), 2)
    feats, side = section_kind(scan(text, 2025), [_node(0, len(text), 1, [inner])], cut + 3)
    assert PREFIX + "top>0.7" in feats
    assert not any(f.startswith(PREFIX + "sec") for f in feats)
    assert side == "few"
