"""Loading the learned components that ship with the package (weights as plain JSON).

Weights live in the repository's ``models/`` folder (one file per model, with a model card
beside it); ``$KEHOACH_MODELS_DIR`` points elsewhere.  Nothing is downloaded and nothing is
unpickled: a model is a JSON file read by pure Python.  See ``docs/models.md``.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["find_model_file", "models_dirs"]


def models_dirs() -> list[Path]:
    """The folders searched for weights, in order."""
    out: list[Path] = []
    env = os.environ.get("KEHOACH_MODELS_DIR")
    if env:
        out.append(Path(env))
    out.append(Path(__file__).resolve().parents[3] / "models")  # a source checkout
    out.append(Path(__file__).resolve().parent / "data")  # weights bundled in the package
    return out


def find_model_file(name: str) -> Path | None:
    """The first ``name`` found in :func:`models_dirs`, or ``None``."""
    for folder in models_dirs():
        path = folder / name
        if path.is_file():
            return path
    return None
