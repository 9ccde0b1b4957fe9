"""The read and check halves split train by source: every train document is in exactly one,
and no source has documents in both (a rule read on one half is checked on other sources)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.scripts.script_loader import load_script

ROOT = Path(__file__).resolve().parents[2]


def _halves() -> ModuleType:
    return load_script("train_halves")


def test_source_is_host_or_github_repository() -> None:
    mod = _halves()
    assert mod.source_of("https://github.com/owner/repo/blob/abc/x.md") == "owner/repo"
    assert mod.source_of("https://xa.example.gov.vn/a/b.aspx?x=1") == "xa.example.gov.vn"


def _printed(mod: ModuleType, half: str, monkeypatch: pytest.MonkeyPatch,
             capsys: pytest.CaptureFixture[str], *extra: str) -> set[str]:
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(sys, "argv", ["train_halves.py", half, *extra])
    mod.main()
    out = capsys.readouterr().out.strip()
    return set(out.split(",")) - {""}


def test_halves_partition_train_by_source(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    # what the script prints (the ids given to --only), not a recomputation of it
    mod = _halves()
    with (ROOT / "corpus" / "real" / "sources.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    split = {r["id"]: r["split"] for r in rows}
    source = {r["id"]: mod.source_of(r["url"]) for r in rows}
    read = _printed(mod, "read", monkeypatch, capsys)
    check = _printed(mod, "check", monkeypatch, capsys)
    assert read and check and not read & check
    assert read | check == {i for i, s in split.items() if s == "train"}  # no dev or test id
    assert not {source[i] for i in read} & {source[i] for i in check}


def test_exclude_leaves_out_the_matching_ids_only(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    mod = _halves()
    full = _printed(mod, "read", monkeypatch, capsys)
    prefixes = sorted({i[:2] for i in full if i[:2].isalpha()})[:2]
    assert prefixes, "the read half holds documents of two-letter batches"
    patterns = ",".join(f"{p}*" for p in prefixes)
    kept = _printed(mod, "read", monkeypatch, capsys, "--exclude", patterns)
    assert kept == {i for i in full if not any(i.startswith(p) for p in prefixes)}
    assert kept < full
