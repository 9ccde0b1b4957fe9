from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # pdfgen, docxgen, loader_paths

from loader_paths import CORPUS, HERE, ROOT, VARIANTS

__all__ = ["CORPUS", "HERE", "ROOT", "VARIANTS"]


@pytest.fixture(scope="session")
def corpus_names() -> list[str]:
    return sorted(p.stem for p in CORPUS.glob("*.txt"))
