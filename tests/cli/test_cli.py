from __future__ import annotations

import json
from pathlib import Path

import pytest

from kehoach_parser.cli.main import main


def test_parse_json_and_jsonl(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = sorted(str(p) for p in corpus_dir.glob("*.txt"))[:2]
    assert main(["parse", paths[0], "--no-text"]) == 0
    one = json.loads(capsys.readouterr().out)
    assert one["doc_type"] == "Kế hoạch" and "text" not in one
    assert main(["parse", *paths, "--format", "jsonl", "--gold-view"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and all("sections" in json.loads(x) for x in lines)


def test_parse_reports_a_bad_file_and_goes_on(tmp_path: Path, corpus_dir: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "x.xyz"
    bad.write_text("hello")
    good = min(corpus_dir.glob("*.txt"))
    assert main(["parse", str(bad), str(good), "--format", "jsonl", "--no-text"]) == 1
    captured = capsys.readouterr()
    rows = [json.loads(x) for x in captured.out.strip().splitlines()]
    assert "error" in rows[0] and rows[1]["doc_type"] == "Kế hoạch"
    assert "x.xyz" in captured.err


def test_eval_prints_areas_and_verbose_lists(tmp_path: Path, corpus_dir: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    # a one-document corpus whose gold disagrees with the parse on purpose
    src = min(corpus_dir.glob("*.txt"))
    (tmp_path / "a.txt").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    gold = json.loads((corpus_dir / (src.stem + ".gold.json")).read_text("utf-8"))
    gold["sections"].append({"label": "IX", "title": "KHÔNG CÓ", "level": 1, "kind": "other"})
    (tmp_path / "a.gold.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    assert main(["eval", str(tmp_path), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "sections" in out and "indicators" in out
    assert "missed" in out and "KHÔNG CÓ" in out
    assert main(["eval", str(tmp_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["areas"]["sections"]["recall"] < 1.0


def test_eval_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(tmp_path)]) == 1


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert "Indicator" in json.loads(capsys.readouterr().out)["$defs"]
