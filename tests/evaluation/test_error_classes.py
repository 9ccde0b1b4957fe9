"""The error classes of unmatched indicators (evaluation/error_classes.py)."""

from __future__ import annotations

from typing import Any

from kehoach_parser.evaluation.error_classes import (
    ERROR_CLASSES,
    MISSED_COMPARATOR,
    MISSED_NAME,
    MISSED_TAKEN,
    MISSED_UNIT,
    MISSED_VALUE,
    SPURIOUS_RESULT,
    SPURIOUS_TARGET_VALUE,
    SPURIOUS_UNLISTED,
    indicator_error_classes,
)
from kehoach_parser.evaluation.matching import indicator_score, match_greedy
from kehoach_parser.evaluation.scoring import aggregate, score_document


def rec(name: str, value: float | None, unit: str | None = None, comparator: str = "=",
        value_max: float | None = None) -> dict[str, Any]:
    return {"name": name, "value": value, "unit": unit, "comparator": comparator,
            "value_max": value_max}


def classes(gold: list[dict[str, Any]], pred: list[dict[str, Any]],
            results: list[dict[str, Any]] | None = None) -> dict[str, int]:
    pairs = match_greedy(gold, pred, indicator_score)
    return indicator_error_classes(gold, pred, pairs, results or [])


def test_a_matched_pair_gives_no_class() -> None:
    g = [rec("Tỷ lệ hộ nghèo", 2.5, "%")]
    assert classes(g, [rec("Tỷ lệ hộ nghèo", 2.5, "%")]) == {}


def test_each_miss_goes_to_the_first_class_that_explains_it() -> None:
    gold = [rec("Tỷ lệ trường đạt chuẩn", 80, "%")]
    assert classes(gold, []) == {MISSED_VALUE: 1}
    assert classes(gold, [rec("Tỷ lệ trường đạt chuẩn", 80, "trường")]) == {
        MISSED_UNIT: 1, SPURIOUS_TARGET_VALUE: 1}
    assert classes(gold, [rec("Tỷ lệ trường đạt chuẩn", 80, "%", ">")]) == {
        MISSED_COMPARATOR: 1, SPURIOUS_TARGET_VALUE: 1}
    assert classes(gold, [rec("Số lớp học", 80, "%")]) == {
        MISSED_NAME: 1, SPURIOUS_TARGET_VALUE: 1}


def test_a_range_that_differs_in_its_upper_bound_is_a_comparator_miss() -> None:
    gold = [rec("Diện tích lúa", 900, "ha", "range", 910)]
    pred = [rec("Diện tích lúa", 900, "ha", "range", 920)]
    assert classes(gold, pred) == {MISSED_COMPARATOR: 1, SPURIOUS_TARGET_VALUE: 1}


def test_two_golds_sharing_one_prediction_leave_one_matched_elsewhere() -> None:
    gold = [rec("Tỷ lệ tiêm chủng", 95, "%"), rec("Tỷ lệ tiêm chủng đầy đủ", 95, "%")]
    pred = [rec("Tỷ lệ tiêm chủng", 95, "%")]
    assert classes(gold, pred) == {MISSED_TAKEN: 1}


def test_spurious_predictions_are_told_apart_by_what_the_gold_holds() -> None:
    gold = [rec("Thu ngân sách", 12, "tỷ đồng")]
    results = [rec("Thu ngân sách năm trước", 9.5, "tỷ đồng")]
    pred = [rec("Thu ngân sách", 12, "tỷ đồng"), rec("Thu", 9.5, "tỷ đồng"),
            rec("Khoảng cách", 25, "km")]
    assert classes(gold, pred, results) == {SPURIOUS_RESULT: 1, SPURIOUS_UNLISTED: 1}


def test_a_result_value_with_another_unit_is_not_a_result() -> None:
    results = [rec("Số hộ", 40, "hộ")]
    assert classes([], [rec("Số hộ", 40, "%")], results) == {SPURIOUS_UNLISTED: 1}


def test_the_corpus_score_sums_documents_in_class_order() -> None:
    d1 = score_document("A", {"indicators": [rec("Tỷ lệ", 1, "%")]}, {"indicators": []})
    d2 = score_document("B", {"indicators": []},
                        {"indicators": [rec("Số xã", 3, "xã"), rec("Số thôn", 4, "thôn")]})
    total = aggregate([d1, d2]).indicator_errors()
    assert total == {MISSED_VALUE: 1, SPURIOUS_UNLISTED: 2}
    assert list(total) == [k for k in ERROR_CLASSES if k in total]
