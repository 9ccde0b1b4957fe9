from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = ROOT / "corpus"
VARIANTS = CORPUS / "variants"

sys.path.insert(0, str(HERE))  # pdfgen, docxgen helpers


@pytest.fixture(scope="session")
def corpus_names() -> list[str]:
    return sorted(p.stem for p in CORPUS.glob("*.txt"))
