"""The read and check halves split train by source: every train document is in exactly one,
and no source has documents in both (a rule read on one half is checked on other sources)."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _halves() -> ModuleType:
    path = ROOT / "scripts" / "train_halves.py"
    spec = importlib.util.spec_from_file_location("train_halves", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_source_is_host_or_github_repository() -> None:
    mod = _halves()
    assert mod.source_of("https://github.com/owner/repo/blob/abc/x.md") == "owner/repo"
    assert mod.source_of("https://xa.example.gov.vn/a/b.aspx?x=1") == "xa.example.gov.vn"


def test_halves_partition_train_by_source() -> None:
    mod = _halves()
    with (ROOT / "corpus" / "real" / "sources.tsv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["split"] == "train"]
    halves: dict[str, set[str]] = {}
    for r in rows:
        halves.setdefault(mod.source_of(r["url"]), set()).add(mod.half_of(mod.source_of(r["url"])))
    assert all(len(h) == 1 for h in halves.values())
    seen = {h for hs in halves.values() for h in hs}
    assert seen == {"read", "check"}
