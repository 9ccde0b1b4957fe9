"""The corpus score's context: macro F1, bootstrap interval, largest documents' share."""

from __future__ import annotations

from kehoach_parser.evaluation.scoring import CorpusScore, Counts, DocumentScore
from kehoach_parser.evaluation.uncertainty import spread


def _doc(name: str, gold: int, pred: int, matched: int) -> DocumentScore:
    return DocumentScore(name=name, areas={"indicators": Counts(gold, pred, matched)})


def _corpus() -> CorpusScore:
    # one long document read well, four short ones read badly
    return CorpusScore([_doc("big", 100, 100, 95), _doc("a", 4, 4, 1), _doc("b", 2, 0, 0),
                        _doc("c", 3, 3, 0), _doc("d", 1, 1, 1)])


def test_macro_f1_weighs_each_document_once() -> None:
    s = spread(_corpus(), "indicators")
    assert s.micro_f1 > 0.8
    # (0.95 + 0.25 + 0 + 0 + 1) / 5
    assert abs(s.macro_f1 - 0.44) < 1e-9
    assert s.documents == 5


def test_documents_without_any_record_are_left_out() -> None:
    score = _corpus()
    score.documents.append(_doc("empty", 0, 0, 0))
    assert spread(score, "indicators").documents == 5
    assert abs(spread(score, "indicators").macro_f1 - 0.44) < 1e-9


def test_interval_holds_the_pooled_f1_and_is_seeded() -> None:
    a = spread(_corpus(), "indicators", rounds=300, seed=3)
    b = spread(_corpus(), "indicators", rounds=300, seed=3)
    assert a == b
    assert a.low <= a.micro_f1 <= a.high
    assert a.low < a.high  # the documents differ, so the resampled scores do


def test_interval_of_identical_documents_is_a_point() -> None:
    score = CorpusScore([_doc(str(i), 10, 10, 8) for i in range(6)])
    s = spread(score, "indicators", rounds=200)
    assert s.low == s.high == s.micro_f1


def test_share_of_gold_in_the_largest_documents() -> None:
    s = spread(_corpus(), "indicators", top=1)
    assert abs(s.top_share - 100 / 110) < 1e-9
    assert spread(_corpus(), "indicators", top=5).top_share == 1.0


def test_an_area_with_no_records_anywhere() -> None:
    s = spread(CorpusScore([_doc("x", 0, 0, 0)]), "indicators")
    assert s.documents == 0 and s.top_share == 0.0
    assert s.macro_f1 is None and s.low is None and s.high is None
