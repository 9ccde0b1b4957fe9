"""scripts/train_status_model.py's helpers: gold alignment that ignores repaired tone marks,
the decision as the parser makes it (structural cues first), and the seed guard."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kehoach_parser.evaluation.skeleton import skeleton
from tests.scripts.script_loader import load_script

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def script(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    # (the variable is the caller's: monkeypatch restores it afterwards)
    monkeypatch.setenv("KEHOACH_STATUS", "model-of-the-caller")
    return load_script("train_status_model", monkeypatch=monkeypatch)


class _FixedModel:
    """A stand-in for a fitted classifier: the same probabilities for every row."""

    classes_ = ("none", "result", "target")

    def __init__(self, probs: tuple[float, float, float]) -> None:
        self.probs = probs

    def predict_proba(self, x: Any) -> list[tuple[float, float, float]]:
        return [self.probs for _ in x]


def test_gold_text_is_found_where_the_parser_repaired_tone_marks(script: ModuleType) -> None:
    skel, index = skeleton("(18) Phấn đấu tỷ lệ hồ sơ đúng hạn đạt 100%;")
    found = script._occurrences(skel, index, "Phần đấu tỷ lệ hồ sơ đúng hạn đạt 100%")
    assert len(found) == 1
    assert found[0][0] == len("(18) ")


def test_different_words_are_still_told_apart(script: ModuleType) -> None:
    skel, index = skeleton("Tỷ lệ hộ nghèo đạt 2%")
    assert script._occurrences(skel, index, "Tỷ lệ hộ cận nghèo đạt 2%") == []


def test_structural_cues_decide_before_the_model(script: ModuleType) -> None:
    rows = [("d", ["bias", "x:pair_actual"], "result", "result"),
            ("d", ["bias", "x:table_plan"], "target", "target"),
            ("d", ["bias", "sec:means", "x:table_plan"], "none", "none"),
            ("d", ["bias"], "target", "target")]
    model = _FixedModel((0.7, 0.2, 0.1))  # the model says "none" everywhere
    assert script._decide(model, rows, rows) == ["result", "target", "none", "none"]


def test_the_seed_guard_names_the_seed_candidates_decided_wrongly(script: ModuleType) -> None:
    seeds = [("s1", ["bias", "a"], "target", "target"),
             ("s2", ["bias", "b"], "none", "target"),
             ("s3", ["bias", "x:pair_actual"], "result", "result")]
    says_target = _FixedModel((0.1, 0.1, 0.8))
    assert script._seed_errors(says_target, seeds, seeds) == [("s2", ["bias", "b"])]
    says_result = _FixedModel((0.1, 0.8, 0.1))
    # result and none are both "not a target": only the missed target counts
    assert script._seed_errors(says_result, seeds, seeds) == [("s1", ["bias", "a"])]


def test_import_leaves_the_decider_alone(script: ModuleType) -> None:
    # (scripts that import its helpers, status_errors.py, keep the decider they were given)
    import os

    assert os.environ["KEHOACH_STATUS"] == "model-of-the-caller"


def test_rule_decider_is_set_for_the_block_only(
        script: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    with script.rule_decider():
        assert os.environ["KEHOACH_STATUS"] == "rules"
    assert os.environ["KEHOACH_STATUS"] == "model-of-the-caller"
    monkeypatch.delenv("KEHOACH_STATUS")
    with pytest.raises(RuntimeError), script.rule_decider():
        raise RuntimeError  # (restored on an error too)
    assert "KEHOACH_STATUS" not in os.environ


# --- the candidate cache and the requested families (review R18b, finding 5) ---

def test_a_requested_family_absent_from_the_candidates_is_an_error(
        script: ModuleType) -> None:
    rows = [(f"d{i}", ["bias", "x:pair_actual", script.KIND_PREFIX + "doc>0.7"], "result",
             "result") for i in range(3)]
    assert script.KIND_PREFIX + "doc>0.7" in script.vocabulary(rows, 3, kind=True)
    with pytest.raises(ValueError, match="lead"):
        script.vocabulary(rows, 3, kind=True, lead=True)
    # a family not asked for may be absent
    assert script.vocabulary(rows, 3) == ["x:pair_actual"]


def test_a_cache_is_read_only_when_its_header_matches(script: ModuleType) -> None:
    now = {"version": 1, "code_sha256": "a" * 64, "context_cues": False,
           "train_documents": ["A001", "B002"], "dev_documents": ["C003"],
           "git_head": "1" * 40}
    assert script.stale_cache_reasons({**now, "git_head": "2" * 40}, now) == []
    assert script.stale_cache_reasons(None, now) != []
    assert script.stale_cache_reasons({**now, "code_sha256": "b" * 64}, now) == [
        "code_sha256 differs"]
    assert script.stale_cache_reasons({**now, "train_documents": ["A001"]}, now) == [
        "train_documents differs"]


def test_a_stale_cache_is_refused_unless_asked_for(
        script: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(script, "_split_names", lambda split: ["A001"] if split == "train"
                        else ["C003"])
    row = ["A001", ["bias"], "target", "target"]
    cache = tmp_path / "cands.json"
    cache.write_text(json.dumps({"train": [row], "dev": [], "seeds": []}), encoding="utf-8")
    with pytest.raises(SystemExit, match="does not match"):
        script._collect_all(cache)
    train, dev, seeds, docs = script._collect_all(cache, stale_ok=True)
    assert train == [tuple(row)] and dev == seeds == [] and docs == ["A001"]
    header = script.cache_header(["A001"], ["C003"])
    cache.write_text(json.dumps({"header": header, "train": [row], "dev": [], "seeds": []}),
                     encoding="utf-8")
    assert script._collect_all(cache)[3] == ["A001"]


def test_the_two_paths_are_compared_candidate_by_candidate(
        script: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from types import SimpleNamespace
    doc = tmp_path / "X001.txt"
    doc.write_text("KẾ HOẠCH\nPhát triển nông nghiệp năm 2030\n\nI. CHỈ TIÊU CHỦ YẾU\n"
                   "- Trồng mới 240 ha rừng.\n- Giảm tỷ lệ hộ nghèo xuống còn 1,2%.\n",
                   encoding="utf-8")
    monkeypatch.setattr(script, "discover", lambda folder, split: [
        SimpleNamespace(name="X001", document=doc)])
    counts = script.compare_paths("dev")
    assert counts["candidates"] >= 2
    assert counts["rules_only"] == counts["model_only"] == counts["differ"] == 0
    assert "candidates" in capsys.readouterr().out
    # the caller's decider is back after the comparison
    assert script.os.environ["KEHOACH_STATUS"] == "model-of-the-caller"
    with pytest.raises(AssertionError):
        script.compare_paths("test")
