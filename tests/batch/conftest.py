from __future__ import annotations

import io
import sqlite3
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # batch_faults for worker processes


def plan_text(i: int) -> bytes:
    """A distinct plan: a corpus text with a numbered note (so every sha256 differs)."""
    base = CORPUS[i % len(CORPUS)].read_text(encoding="utf-8")
    return (base + f"\n\nGhi chú số {i}: văn bản thử nghiệm.\n").encode("utf-8")


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
