"""Corpus splits, metadata scored only where gold has it, and the score-regression guard."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kehoach_parser.errors import KehoachError
from kehoach_parser.evaluation.corpus import discover, read_sources
from kehoach_parser.evaluation.scoring import score_document
from kehoach_parser.evaluation.snapshot import load, measure, regressions

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = ROOT / "tests" / "evaluation" / "score_snapshot.json"

_EMPTY_GOLD: dict[str, object] = {
    "doc_type": None, "number": None, "symbol": None, "title": None, "place": None,
    "issued_date": None, "issuer": None, "signers": [], "recipients": [], "archive": [],
    "sections": [], "indicators": [], "dates": [], "references": [],
}


def _folder(tmp_path: Path, splits: dict[str, str]) -> Path:
    rows = ["id\turl\tkind\tlevel\ttraits\tsplit\tnotes"]
    for name, split in splits.items():
        (tmp_path / f"{name}.txt").write_text("KẾ HOẠCH\n", encoding="utf-8")
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(_EMPTY_GOLD), encoding="utf-8")
        rows.append(f"{name}\thttps://example.invalid/{name}\tKế hoạch\tcommune\t"
                    f"hard_wrapped,table\t{split}\t")
    (tmp_path / "sources.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


def test_split_selects_the_documents_sources_tsv_assigns(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a": "train", "b": "test", "c": "train", "d": "dev"})
    assert [d.name for d in discover(folder, "train")] == ["a", "c"]
    assert [d.name for d in discover(folder, "test")] == ["b"]
    assert [d.name for d in discover(folder)] == ["a", "b", "c", "d"]
    assert read_sources(folder)["a"].traits == ("hard_wrapped", "table")


def test_unknown_split_or_missing_sources_is_a_typed_error(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a": "train"})
    with pytest.raises(KehoachError, match="unknown split"):
        discover(folder, "validation")
    (folder / "sources.tsv").unlink()
    with pytest.raises(KehoachError, match=r"sources\.tsv"):
        discover(folder, "train")


def test_metadata_is_scored_only_where_the_gold_has_the_field() -> None:
    gold = {**_EMPTY_GOLD, "issuer": "Ủy ban nhân dân xã A", "title": None}
    pred = {**_EMPTY_GOLD, "issuer": "Ủy ban nhân dân xã B", "title": "Một tiêu đề"}
    s = score_document("x", gold, pred)
    assert s.metadata["issuer"].total == 1 and s.metadata["issuer"].correct == 0
    assert "title" not in s.metadata  # gold has no title: not in the accuracy
    assert s.metadata_spurious == {"title": 1}  # but filling it is reported


def test_an_indicator_that_is_a_gold_result_is_counted_as_such() -> None:
    rec = {"name": "Tổng thu ngân sách", "group": None, "comparator": "=", "value": 812.0,
           "value_max": None, "unit": "tỷ đồng", "direction": None, "year": None,
           "label": None, "text": "Tổng thu ngân sách 812 tỷ đồng", "total": None}
    gold = {**_EMPTY_GOLD, "results": [rec]}
    s = score_document("x", gold, {**_EMPTY_GOLD, "indicators": [rec]})
    assert s.results_as_indicators == 1
    assert s.areas["indicators"].pred == 1 and s.areas["indicators"].matched == 0
    assert score_document("y", {**_EMPTY_GOLD, "results": [rec]},
                          dict(_EMPTY_GOLD)).results_as_indicators == 0


def test_regressions_flag_drops_beyond_the_tolerance_only() -> None:
    old = {"seeds": {"documents": 5.0, "sections.f1": 0.95, "metadata.issuer": 0.80}}
    same = {"seeds": {"documents": 5.0, "sections.f1": 0.945, "metadata.issuer": 0.9}}
    assert regressions(old, same) == []
    worse = {"seeds": {"documents": 5.0, "sections.f1": 0.93, "metadata.issuer": 0.8}}
    assert regressions(old, worse) == ["seeds sections.f1: 0.9500 -> 0.9300"]
    assert regressions(old, {}) == ["seeds: no longer measured"]
    grown = {"seeds": {"documents": 6.0, "sections.f1": 0.95, "metadata.issuer": 0.8}}
    assert len(regressions(old, grown)) == 1


@pytest.mark.slow
def test_no_guarded_score_dropped_against_the_committed_snapshot() -> None:
    problems = regressions(load(SNAPSHOT), measure(ROOT))
    assert problems == [], "scores dropped (or the corpus changed without a new snapshot):\n" \
        + "\n".join(problems)


def test_every_real_gold_file_passes_the_checker() -> None:
    real = ROOT / "corpus" / "real"
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_gold.py"), "--quiet",
                           str(real), str(ROOT / "corpus"), str(ROOT / "tests/fixtures/heldout")],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout[-3000:]


def test_a_predicted_date_without_a_year_is_left_out_of_the_count() -> None:
    dated = {"text": "ngày 08/3/2026", "value": "2026-03-08", "role": "event"}
    yearly = {"text": "ngày 8/3", "value": "--03-08", "role": "event"}
    gold = {**_EMPTY_GOLD, "dates": [dated]}
    s = score_document("x", gold, {**_EMPTY_GOLD, "dates": [yearly, dated]})
    assert (s.areas["dates"].gold, s.areas["dates"].pred, s.areas["dates"].matched) == (1, 1, 1)
    assert not [m for m in s.mismatches if m.area == "dates"]
    # a wrong dated value still counts against precision
    wrong = {"text": "ngày 9/3/2026", "value": "2026-03-09", "role": "event"}
    s = score_document("y", gold, {**_EMPTY_GOLD, "dates": [yearly, wrong]})
    assert (s.areas["dates"].pred, s.areas["dates"].matched) == (1, 0)
