"""Shared fixtures: the labeled corpus beside the tests."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# Property tests must not fail on a slow or loaded machine (CI has 2 cores): no per-example
# deadline, and under CI a fixed example sequence so a red run is reproducible.
settings.register_profile("kehoach", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "kehoach")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def corpus_texts() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def corpus_docs() -> dict[str, Any]:
    """Every corpus plan parsed once per test session."""
    import kehoach_parser

    return {p.stem: kehoach_parser.parse_file(p) for p in corpus_texts()}


@pytest.fixture(scope="session")
def corpus_gold() -> dict[str, Any]:
    return {
        p.name[: -len(".gold.json")]: json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(CORPUS.glob("*.gold.json"))
    }


#: Tests that start processes (batch workers, the command line as a subprocess, mypy) take
#: seconds each: marked ``slow``, so ``make test-fast`` (``-m "not slow"``) leaves them out of
#: the inner loop.  ``make test`` (CI) runs everything.
SLOW_PATHS = ("batch/", "cli/test_batch_cmd.py", "test_typing.py")
TESTS = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        path = Path(str(item.path)).resolve()
        if path.is_relative_to(TESTS) and path.relative_to(TESTS).as_posix().startswith(
                SLOW_PATHS):
            item.add_marker(pytest.mark.slow)
