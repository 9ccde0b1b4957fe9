"""Helpers shared by the batch tests.

Kept out of ``conftest.py`` under a name of its own: ``from conftest import ...`` resolves to
whichever ``conftest`` module pytest loaded last, which is another folder's when several test
folders are given on one command line (``pytest tests/batch tests/loaders``).
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))


def plan_text(i: int) -> bytes:
    """A distinct plan: a corpus text with a numbered note (so every sha256 differs)."""
    base = CORPUS[i % len(CORPUS)].read_text(encoding="utf-8")
    return (base + f"\n\nGhi chú số {i}: văn bản thử nghiệm.\n").encode("utf-8")


def zip_bytes(members: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members:
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buf.getvalue()


def rows(store: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(store)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
