"""Paths shared by the loader tests (a module name of its own, not ``conftest``: see
``tests/batch/batch_helpers.py`` for why)."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = ROOT / "corpus"
VARIANTS = CORPUS / "variants"
