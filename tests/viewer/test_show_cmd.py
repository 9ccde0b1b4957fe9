"""``kehoach show``: the page is written where asked, named after the file by default."""

from __future__ import annotations

from pathlib import Path

import pytest

from kehoach_parser import parse_file
from kehoach_parser.cli.main import main


def test_show_writes_the_page(tmp_path: Path, corpus_dir: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    src = min(corpus_dir.glob("*.txt"))
    out = tmp_path / "page.html"
    assert main(["show", str(src), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    doc = parse_file(src)
    assert page.startswith("<!DOCTYPE html>") and doc.title and doc.title in page
    assert str(out) in capsys.readouterr().err


def test_show_default_name_and_stdout(tmp_path: Path, corpus_dir: Path,
                                      monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    src = min(corpus_dir.glob("*.txt"))
    monkeypatch.chdir(tmp_path)
    assert main(["show", str(src)]) == 0
    written = (tmp_path / (src.stem + ".html")).read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["show", str(src), "-o", "-"]) == 0
    assert capsys.readouterr().out == written


def test_show_reports_an_unreadable_file(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "x.xyz"
    bad.write_text("hello")
    assert main(["show", str(bad), "-o", str(tmp_path / "x.html")]) == 1
    assert "x.xyz" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()


def test_show_reports_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(tmp_path / "absent.txt")]) == 1
    assert "absent.txt" in capsys.readouterr().err
