"""scripts/perturb_report.py never scores a test split unless asked for a split it allows:
with no --split, a corpus with splits gives train and dev, one without gives all of it."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.scripts.script_loader import load_script

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    return load_script("perturb_report", register=True)


def test_no_split_on_a_corpus_with_splits_is_train_and_dev(tmp_path: Path) -> None:
    (tmp_path / "sources.tsv").write_text("id\tsplit\turl\n", encoding="utf-8")
    assert _script().chosen_splits(str(tmp_path), []) == ["train", "dev"]


def test_no_split_on_a_corpus_without_splits_is_all_of_it(tmp_path: Path) -> None:
    assert _script().chosen_splits(str(tmp_path), []) == [None]


def test_the_splits_asked_for_are_kept(tmp_path: Path) -> None:
    (tmp_path / "sources.tsv").write_text("id\tsplit\turl\n", encoding="utf-8")
    assert _script().chosen_splits(str(tmp_path), ["dev"]) == ["dev"]


def test_the_test_split_cannot_be_asked_for() -> None:
    with pytest.raises(SystemExit):
        _script().main(["corpus/real", "--split", "test"])
