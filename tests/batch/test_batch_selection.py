"""Which files a batch parses: the default selection and --include/--exclude."""

from __future__ import annotations

from pathlib import Path

import pytest
from batch_helpers import zip_bytes

from kehoach_parser.batch.inputs import iter_items
from kehoach_parser.batch.selection import Selection
from kehoach_parser.batch.tasks import Limits
from kehoach_parser.cli.main import main


def _tree(root: Path) -> None:
    files = {
        "plan.txt": "x", "README.md": "x", "readme.txt": "x", "plan.gold.json": "{}",
        "sources.tsv": "x", "notes.csv": "x", "sub/b.md": "x", "sub/LICENSE": "x",
        "variants/docx/plan.docx": "x", "variants/pdf/plan.pdf": "x",
        "real/_review/K1.md": "x", "real/A001.txt": "x",
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)


def _rel(items: list[object], root: Path) -> list[str]:
    return [Path(i.source).relative_to(root).as_posix() for i in items]


def test_default_selection_takes_documents_and_leaves_out_readmes_and_gold(
        tmp_path: Path) -> None:
    _tree(tmp_path)
    left_out: list[str] = []
    items = list(iter_items([tmp_path], Limits(), left_out=left_out))
    assert _rel(items, tmp_path) == [
        "plan.txt", "real/A001.txt", "real/_review/K1.md", "sub/b.md",
        "variants/docx/plan.docx", "variants/pdf/plan.pdf"]
    assert sorted(Path(p).name for p in left_out) == [
        "LICENSE", "README.md", "notes.csv", "plan.gold.json", "readme.txt", "sources.tsv"]


def test_exclude_folders_and_include_formats(tmp_path: Path) -> None:
    _tree(tmp_path)
    sel = Selection().with_patterns(exclude=["variants/", "_review/"])
    assert _rel(list(iter_items([tmp_path], Limits(), sel)), tmp_path) == [
        "plan.txt", "real/A001.txt", "sub/b.md"]
    only_md = Selection().with_patterns(include=["*.MD"])  # case is ignored
    assert _rel(list(iter_items([tmp_path], Limits(), only_md)), tmp_path) == [
        "real/_review/K1.md", "sub/b.md"]
    anchored = Selection().with_patterns(exclude=["/real/*"])
    assert "real/A001.txt" not in _rel(list(iter_items([tmp_path], Limits(), anchored)),
                                       tmp_path)
    nothing_default = Selection().with_patterns(include=["*"], keep_default_excludes=False)
    assert "README.md" in _rel(list(iter_items([tmp_path], Limits(), nothing_default)),
                               tmp_path)


def test_explicit_files_are_taken_unless_excluded(tmp_path: Path) -> None:
    _tree(tmp_path)
    left_out: list[str] = []
    named = [tmp_path / "notes.csv", tmp_path / "README.md", tmp_path / "plan.gold.json"]
    items = list(iter_items(named, Limits(), left_out=left_out))
    assert [Path(i.source).name for i in items] == ["notes.csv"]  # chosen: taken
    assert len(left_out) == 2


def test_zip_members_follow_the_selection(tmp_path: Path) -> None:
    archive = tmp_path / "x.zip"
    archive.write_bytes(zip_bytes([
        ("dir/plan.txt", b"x"), ("dir/README.txt", b"x"), ("dir/plan.gold.json", b"{}"),
        ("old/plan.txt", b"y"),
    ]))
    items = list(iter_items([archive], Limits(), Selection().with_patterns(exclude=["old/"])))
    assert [i.source for i in items] == [f"{archive}!/dir/plan.txt"]


def test_batch_command_reports_what_it_left_out(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    seed = Path(__file__).resolve().parents[2] / "corpus" / "000_f3d1e280d760d2eb.txt"
    (inbox / "plan.txt").write_bytes(seed.read_bytes())
    (inbox / "README.md").write_text("# Notes\nNothing to parse here.\n")
    (inbox / "old").mkdir()
    (inbox / "old" / "plan.txt").write_bytes(seed.read_bytes() + b"\n")
    store = tmp_path / "s.sqlite"
    assert main(["batch", str(inbox), "--store", str(store), "--workers", "1",
                 "--no-progress", "--exclude", "old/"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("finished: 1 documents: 1 ok")
    assert "2 other file(s) of the inputs left out" in out
