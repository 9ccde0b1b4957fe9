from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

# batch_helpers and batch_faults (imported by worker processes too) live beside this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch_helpers import CORPUS, ROOT, plan_text, rows, zip_bytes

__all__ = ["CORPUS", "ROOT", "plan_text", "rows", "zip_bytes"]


@pytest.fixture
def make_plans() -> Callable[[Path, int], list[Path]]:
    def make(folder: Path, n: int, start: int = 0) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for i in range(start, start + n):
            p = folder / f"plan_{i:04d}.txt"
            p.write_bytes(plan_text(i))
            paths.append(p)
        return paths

    return make
