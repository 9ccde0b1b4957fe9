"""Scores grouped by what sources.tsv says of each document (``kehoach eval --by``)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kehoach_parser.cli.main import main
from kehoach_parser.evaluation.breakdown import (
    EMPTY,
    NO_TRAIT,
    UNLISTED,
    batch_of,
    breakdown,
    group_values,
    with_rows,
)
from kehoach_parser.evaluation.corpus import SourceRow, discover, read_sources
from kehoach_parser.evaluation.report import render_breakdown
from kehoach_parser.evaluation.scoring import CorpusScore, Counts, DocumentScore, Tally

SEEDS = Path(__file__).resolve().parents[2] / "corpus"


def _row(doc_id: str, kind: str = "", level: str = "", traits: tuple[str, ...] = (),
         split: str = "train") -> SourceRow:
    return SourceRow(id=doc_id, url="", kind=kind, level=level, traits=traits, split=split,
                     notes="")


def _doc(name: str, gold: int, pred: int, matched: int, title_ok: bool | None = None
         ) -> DocumentScore:
    d = DocumentScore(name=name, areas={"indicators": Counts(gold, pred, matched)})
    if title_ok is not None:
        d.metadata["title"] = Tally(int(title_ok), 1)
    return d


def test_batch_is_the_letters_before_the_digits() -> None:
    assert batch_of("AB012") == "AB"
    assert batch_of("U003") == "U"
    assert batch_of("004_da368c") == UNLISTED  # the seeds' names open with digits


def test_a_document_counts_in_each_of_its_traits() -> None:
    row = _row("X1", traits=("table", "hard_wrapped"))
    assert group_values("X1", row, "trait") == ("table", "hard_wrapped")
    assert group_values("X2", _row("X2"), "trait") == (NO_TRAIT,)
    assert group_values("X3", None, "kind") == (UNLISTED,)
    assert group_values("X2", _row("X2", kind=" "), "kind") == (EMPTY,)
    with pytest.raises(ValueError, match="unknown breakdown key"):
        group_values("X1", row, "colour")


def test_each_group_pools_only_its_own_documents() -> None:
    score = CorpusScore([_doc("A1", 10, 10, 10, True), _doc("A2", 10, 10, 0, False),
                         _doc("B1", 4, 4, 2, True)])
    sources = {"A1": _row("A1", kind="Kế hoạch"), "A2": _row("A2", kind="Nghị quyết"),
               "B1": _row("B1", kind="Kế hoạch")}
    groups = {g.value: g for g in breakdown(with_rows(score, sources), "kind")}
    assert set(groups) == {"Kế hoạch", "Nghị quyết"}
    plan = groups["Kế hoạch"].score
    assert [d.name for d in plan.documents] == ["A1", "B1"]
    c = plan.area("indicators")
    assert (c.gold, c.pred, c.matched) == (14, 14, 12)
    assert groups["Nghị quyết"].score.area("indicators").f1 == 0.0
    assert plan.metadata("title").correct == 2
    # the largest group comes first
    assert breakdown(with_rows(score, sources), "kind")[0].value == "Kế hoạch"


def test_breakdown_table_shows_a_dash_where_a_group_has_nothing_to_score() -> None:
    score = CorpusScore([_doc("A1", 0, 0, 0), _doc("B1", 5, 5, 5, True)])
    table = render_breakdown(breakdown(with_rows(score, {}), "batch"))
    lines = table.splitlines()
    assert lines[0].startswith("by batch")
    row_a = next(ln for ln in lines if ln.startswith("A "))
    row_b = next(ln for ln in lines if ln.startswith("B "))
    assert "1.000" not in row_a and "–" in row_a
    assert "1.000" in row_b and "1/1" in row_b


def _corpus_of_two(tmp_path: Path, traits: str = "table,signature", bom: str = "") -> Path:
    seeds = sorted(SEEDS.glob("*.gold.json"))[:2]
    names = []
    for i, gold in enumerate(seeds):
        stem = gold.name[: -len(".gold.json")]
        name = f"{'KA' if i == 0 else 'KB'}00{i + 1}"
        shutil.copy(SEEDS / f"{stem}.txt", tmp_path / f"{name}.txt")
        shutil.copy(gold, tmp_path / f"{name}.gold.json")
        names.append(name)
    (tmp_path / "sources.tsv").write_text(
        bom + "id\turl\tkind\tlevel\ttraits\tsplit\tnotes\n"
        f"{names[0]}\thttps://a.example/1\tKế hoạch\tcommune\t{traits}\ttrain\t\n"
        f"{names[1]}\thttps://b.example/2\tNghị quyết\tcommune\tsignature\tdev\t\n",
        encoding="utf-8")
    return tmp_path


def test_only_keeps_the_names_matching_a_pattern(tmp_path: Path) -> None:
    folder = _corpus_of_two(tmp_path)
    assert [d.name for d in discover(folder, only=["KB*"])] == ["KB002"]
    assert [d.name for d in discover(folder, only=["K?00*"])] == ["KA001", "KB002"]
    assert [d.name for d in discover(folder, only=["ka*"])] == ["KA001"]  # case is not told apart
    assert discover(folder, only=["Z*"]) == []


def test_eval_by_trait_on_the_command_line(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    folder = _corpus_of_two(tmp_path)
    assert main(["eval", str(folder), "--by", "trait", "-q"]) == 0
    out = capsys.readouterr().out
    table = out[out.index("by trait"):].splitlines()
    counts = {ln.split()[0]: int(ln.split()[1]) for ln in table[1:]}
    assert counts == {"signature": 2, "table": 1}


def test_eval_by_split_as_json_names_each_groups_documents(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _corpus_of_two(tmp_path)
    assert main(["eval", str(folder), "--by", "split", "--json", "--only", "KA*,KB*"]) == 0
    data = json.loads(capsys.readouterr().out)
    groups = {g["value"]: g["names"] for g in data["breakdown"]}
    assert groups == {"train": ["KA001"], "dev": ["KB002"]}
    assert data["documents"] == 2
    assert main(["eval", str(folder), "--by", "split", "--json", "--only", "KB*"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {g["value"]: g["names"] for g in data["breakdown"]} == {"dev": ["KB002"]}
    assert data["documents"] == 1


def test_eval_only_with_no_match_is_an_error_exit(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    folder = _corpus_of_two(tmp_path)
    assert main(["eval", str(folder), "--only", "nothing*"]) == 1
    assert "no labeled documents" in capsys.readouterr().out


def test_each_document_takes_the_row_of_its_own_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    one, two = _corpus_of_two(tmp_path / "one"), tmp_path / "two"
    for f in one.glob("KA001*"):
        shutil.copy(f, two / f.name)
    (two / "sources.tsv").write_text(
        "id\turl\tkind\tlevel\ttraits\tsplit\tnotes\n"
        "KA001\thttps://c.example/3\tBáo cáo\tprovince\tone_line\ttrain\t\n", encoding="utf-8")
    assert main(["eval", str(one), str(two), "--by", "kind", "--json", "--only", "KA001"]) == 0
    data = json.loads(capsys.readouterr().out)
    groups = {g["value"]: g["documents"] for g in data["breakdown"]}
    assert groups == {"Kế hoạch": 1, "Báo cáo": 1}


def test_a_trait_listed_twice_counts_its_document_once(tmp_path: Path) -> None:
    folder = _corpus_of_two(tmp_path, traits="table,table,signature")
    assert read_sources(folder)["KA001"].traits == ("table", "signature")


def test_a_sources_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    folder = _corpus_of_two(tmp_path, bom="\ufeff")
    assert set(read_sources(folder)) == {"KA001", "KB002"}
    assert [d.name for d in discover(folder, "dev")] == ["KB002"]
