"""The batch, export and indicators sub-commands."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from kehoach_parser.batch.rows import child_rows, compress_document, document_fields
from kehoach_parser.batch.store import Store
from kehoach_parser.batch.tasks import Result
from kehoach_parser.cli.batch_cmd import display_source
from kehoach_parser.cli.main import build_parser, main
from kehoach_parser.document import Document, Indicator
from kehoach_parser.version import __version__

ROOT = Path(__file__).resolve().parents[2]


def _doc(issuer: str, indicators: list[tuple[str, str, float, str, int]]) -> Document:
    text = " ".join(name for name, *_ in indicators) or "x"
    return Document(
        issuer=issuer, text=text, parser_version=__version__,
        indicators=[Indicator(name=n, comparator=c, value=v, unit=u, year=y, text=n,
                              span=(0, len(n))) for n, c, v, u, y in indicators],
    )


@pytest.fixture
def store_with_indicators(tmp_path: Path) -> Path:
    path = tmp_path / "s.sqlite"
    docs = {
        "/x/tan_lap.pdf": _doc("UBND xã Tân Lập", [
            ("Tỷ lệ hộ nghèo", "<", 2.0, "%", 2026), ("Thu ngân sách", ">=", 12.5, "tỷ đồng", 2026)]),
        "/x/huyen.zip!/dong_tam/kh.docx": _doc("UBND xã Đồng Tâm", [
            ("Tỷ lệ hộ nghèo", "<", 1.5, "%", 2025)]),
    }
    with Store(path) as store:
        for i, (source, doc) in enumerate(docs.items()):
            store.write(Result(source=source, sha256=str(i) * 64, size=1,
                               parser_version=__version__, status="ok", format="text",
                               doc_fields=document_fields(doc), children=child_rows(doc),
                               doc_json=compress_document(doc)))
    return path


def test_commands_are_registered() -> None:
    parser = build_parser()
    for argv in (["batch", "in", "--store", "s"], ["export", "--store", "s", "--out", "o"],
                 ["indicators", "--store", "s"]):
        assert callable(parser.parse_args(argv).func)
    args = parser.parse_args(["batch", "a", "b.zip", "--store", "s"])
    assert args.inputs == ["a", "b.zip"] and args.workers >= 1 and args.engine == "local"


def test_indicators_table(store_with_indicators: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["indicators", "--store", str(store_with_indicators)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["issuer", "indicator", "comparator", "value", "unit", "year",
                              "file"]
    body = out[2:-1]
    assert len(body) == 3
    assert "UBND xã Tân Lập" in body[1] and "Tỷ lệ hộ nghèo" in body[1] and "tan_lap.pdf" in body[1]
    assert "huyen.zip!/dong_tam/kh.docx" in body[2] and "1.5" in body[2]
    assert out[-1] == "3 indicators from 2 of 2 parsed documents"


def test_indicators_filters_and_formats(store_with_indicators: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    s = str(store_with_indicators)
    assert main(["indicators", "--store", s, "--name", "ho ngheo", "--year", "2026",
                 "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows == [{"issuer": "UBND xã Tân Lập", "indicator": "Tỷ lệ hộ nghèo",
                     "comparator": "<", "value": "2", "unit": "%", "year": "2026",
                     "file": "tan_lap.pdf"}]
    assert main(["indicators", "--store", s, "--unit", "tỷ đồng", "--format", "jsonl"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["value"] == 12.5 and json.loads(line)["span_start"] == 0


def test_batch_then_export_on_the_command_line(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    text = (ROOT / "corpus" / "000_f3d1e280d760d2eb.txt").read_bytes()
    (inbox / "a.txt").write_bytes(text)
    (inbox / "b.txt").write_bytes(text + b"\nb\n")
    (inbox / "empty.txt").write_bytes(b"")
    store = tmp_path / "s.sqlite"
    argv = ["batch", str(inbox), "--store", str(store), "--workers", "1",
            "--progress-interval", "0"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("finished: 3 documents: 2 ok, 1 error (parse 1), 0 skipped")
    assert "batch: 3/3 (100%) ok 2 error 1 skipped 0" in captured.err  # not a terminal
    assert "error rows of this run (1):\n  " in captured.err
    assert "empty.txt: parse E006: the file is empty" in captured.err
    assert main([*argv, "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["skipped"], summary["ok"], summary["status"]) == (3, 0, "finished")
    assert main(["export", "--store", str(store), "--out", str(tmp_path / "out"),
                 "--format", "jsonl", "--table", "documents"]) == 0
    assert capsys.readouterr().out.strip().endswith("documents.jsonl\t3 rows")
    conn = sqlite3.connect(store)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 3


def test_main_job_over_the_bundled_corpus(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    store = str(tmp_path / "corpus.sqlite")
    assert main(["batch", str(ROOT / "corpus"), "--store", store, "--no-progress"]) == 0
    assert capsys.readouterr().out.startswith("finished: ")
    assert main(["indicators", "--store", store]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("issuer") and out[-1].endswith("parsed documents")
    with Store(store, readonly=True) as s:
        n = s.counts()["documents"]
    assert n >= len(list((ROOT / "corpus").glob("*.txt")))


def test_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(tmp_path), "--store", str(tmp_path / "s"), "--engine",
                 "dask"]) == 2
    assert "--scheduler" in capsys.readouterr().err
    assert main(["batch", str(tmp_path), "--store", str(tmp_path / "s"), "--workers",
                 "0"]) == 2
    assert main(["indicators", "--store", str(tmp_path / "missing.sqlite")]) == 1
    assert "no such store" in capsys.readouterr().err


def test_display_source() -> None:
    assert display_source("/a/b/plan.pdf", cwd="/elsewhere") == "plan.pdf"
    assert display_source("/a/x.zip!/d/plan.pdf", cwd="/elsewhere") == "x.zip!/d/plan.pdf"
    assert display_source("/a/b/plan.pdf", cwd="/a") == "b/plan.pdf"
    assert display_source("/ab/plan.pdf", cwd="/a") == "plan.pdf"
