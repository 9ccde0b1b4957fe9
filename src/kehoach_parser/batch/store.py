"""The embedded store: one SQLite file (standard library), written by a single process.

* WAL journal, one transaction per document (the document row, its child rows and its JSON
  together), so a process killed at any moment leaves whole documents or none.
* ``UNIQUE (source, sha256)``: a document is stored at most once; re-parsing it (newer
  parser version, ``--retry-errors``) replaces the old row and, through ``ON DELETE
  CASCADE``, its child rows, in the same transaction.
* ``meta.schema_version`` marks the layout; a store of another version is refused.
* A lock file (``PATH.lock``, ``flock``) keeps a second batch from writing the same store;
  the kernel releases it when the process dies, even by ``kill -9``.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from kehoach_parser.batch.schema import (
    CHILD_TABLES,
    DOCUMENT_COLUMNS,
    SCHEMA_VERSION,
    column_names,
    ddl,
)
from kehoach_parser.batch.tasks import Result
from kehoach_parser.errors import KehoachError


class StoreError(KehoachError):
    """The store cannot be used (wrong schema version, locked by another batch...)."""

    code = "E000"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def fold(text: str | None) -> str:
    """Case- and accent-insensitive form for matching ('Dân số' -> 'dan so')."""
    if text is None:
        return ""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d")


def _has_marks(text: str) -> bool:
    return fold(text) != text.casefold()


def _nfc_fold(text: str | None) -> str:
    return unicodedata.normalize("NFC", text.casefold()) if text else ""


_DOC_INSERT = (
    "INSERT INTO documents ("
    + ", ".join(c.name for c in DOCUMENT_COLUMNS)
    + ", run_id) VALUES ("
    + ", ".join("?" for _ in DOCUMENT_COLUMNS)
    + ", ?)"
)
_CHILD_INSERTS = {
    t: f"INSERT INTO {t} VALUES ({', '.join('?' for _ in range(len(cols) + 1))})"
    for t, cols in CHILD_TABLES.items()
}


@dataclass(frozen=True, slots=True)
class Stored:
    parser_version: str
    status: str


class Store:
    """Open (creating if needed) the store at ``path``."""

    def __init__(self, path: str | Path, *, readonly: bool = False, sync: str = "NORMAL") -> None:
        self.path = Path(path)
        self.readonly = readonly
        if readonly:
            if not self.path.exists():
                raise StoreError("no such store", path=self.path)
            uri = f"file:{self.path.resolve()}?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, isolation_level=None,
                                        check_same_thread=False)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute(f"PRAGMA synchronous={sync}")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA busy_timeout=30000")
        self.conn.create_function("kh_fold", 1, fold, deterministic=True)
        self.conn.create_function("kh_nfc_fold", 1, _nfc_fold, deterministic=True)
        self._lock_fd: int | None = None
        if not readonly:
            self._init_schema()
        else:
            self._check_schema()

    # --- setup ----------------------------------------------------------------------------
    def _init_schema(self) -> None:
        cur = self.conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            exists = cur.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
            if exists:
                self._check_schema()
            else:
                for stmt in ddl():
                    cur.execute(stmt)
                cur.executemany("INSERT INTO meta VALUES (?, ?)", [
                    ("schema_version", str(SCHEMA_VERSION)), ("created_at", _now()),
                ])
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise

    def _check_schema(self) -> None:
        try:
            row = self.conn.execute(
                "SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"not a kehoach store: {exc}", path=self.path) from None
        if row is None or int(row[0]) != SCHEMA_VERSION:
            found = row[0] if row else "none"
            raise StoreError(f"store schema version {found}, this version of kehoach_parser "
                             f"reads {SCHEMA_VERSION}", path=self.path)

    def lock(self) -> None:
        """Take the writer lock, or fail at once if another batch holds it."""
        fd = os.open(f"{self.path}.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise StoreError("another batch is writing this store", path=self.path) from None
        self._lock_fd = fd

    def close(self) -> None:
        self.conn.close()
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- runs -----------------------------------------------------------------------------
    def begin_run(self, *, parser_version: str, engine: str, workers: int,
                  inputs: Sequence[str]) -> int:
        cur = self.conn.execute(
            "INSERT INTO runs (started_at, parser_version, engine, workers, inputs, status) "
            "VALUES (?, ?, ?, ?, ?, 'running')",
            (_now(), parser_version, engine, workers, json.dumps(list(inputs))),
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def end_run(self, run_id: int, *, status: str, n_ok: int, n_error: int,
                n_skipped: int, workers: int) -> None:
        self.conn.execute(
            "UPDATE runs SET finished_at=?, status=?, n_ok=?, n_error=?, n_skipped=?, "
            "workers=? WHERE id=?",
            (_now(), status, n_ok, n_error, n_skipped, workers, run_id),
        )

    # --- documents ------------------------------------------------------------------------
    def lookup(self, source: str, sha256: str) -> Stored | None:
        row = self.conn.execute(
            "SELECT parser_version, status FROM documents WHERE source=? AND sha256=?",
            (source, sha256),
        ).fetchone()
        return Stored(row[0], row[1]) if row else None

    def write(self, result: Result, run_id: int | None = None) -> int:
        """Store one result in one transaction, replacing the same (source, sha256)."""
        values = {
            "source": result.source, "sha256": result.sha256, "size": result.size,
            "format": result.format, "parser_version": result.parser_version,
            "status": result.status, "error_code": result.error_code,
            "error_kind": result.error_kind, "error": result.error,
            "elapsed_ms": result.elapsed_ms, "parsed_at": _now(), **result.doc_fields,
        }
        row = [values.get(c.name) for c in DOCUMENT_COLUMNS]
        cur = self.conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            cur.execute("DELETE FROM documents WHERE source=? AND sha256=?",
                        (result.source, result.sha256))
            cur.execute(_DOC_INSERT, (*row, run_id))
            doc_id = cur.lastrowid
            assert doc_id is not None
            for table, rows in result.children.items():
                if rows:
                    cur.executemany(_CHILD_INSERTS[table], [(doc_id, *r) for r in rows])
            if result.doc_json is not None:
                cur.execute("INSERT INTO document_json VALUES (?, ?)", (doc_id, result.doc_json))
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        return doc_id

    # --- reading --------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        out = {"documents": 0, "ok": 0, "error": 0}
        for status, n in self.conn.execute(
            "SELECT status, count(*) FROM documents GROUP BY status"
        ):
            out[status] = n
            out["documents"] += n
        return out

    def iter_rows(self, table: str, *, batch: int = 5000) -> Iterator[list[tuple[Any, ...]]]:
        """All rows of ``table`` in key order, in batches (bounded memory)."""
        cols = column_names(table)
        order = "id" if table == "documents" else (
            "doc_id" if table == "document_json" else "doc_id, idx")
        cur = self.conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}")
        while rows := cur.fetchmany(batch):
            yield rows

    def canonical_content(self) -> dict[str, list[tuple[Any, ...]]]:
        """The store's content without run-dependent columns (ids, times, run), with child
        rows keyed by (source, sha256): equal for equal inputs whatever engine built it."""
        skip = {"id", "run_id", "elapsed_ms", "parsed_at"}
        doc_cols = [c for c in column_names("documents") if c not in skip]
        out: dict[str, list[tuple[Any, ...]]] = {
            "documents": sorted(
                self.conn.execute(f"SELECT {', '.join(doc_cols)} FROM documents").fetchall(),
                key=repr,
            )
        }
        for table in (*CHILD_TABLES, "document_json"):
            cols = [f"t.{c}" for c in column_names(table) if c != "doc_id"]
            out[table] = sorted(
                self.conn.execute(
                    f"SELECT d.source, d.sha256, {', '.join(cols)} FROM {table} t "
                    "JOIN documents d ON d.id = t.doc_id"
                ).fetchall(),
                key=repr,
            )
        return out

    def indicators(
        self, *, name: str | None = None, unit: str | None = None, year: int | None = None,
        issuer: str | None = None, limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Indicators across documents, filtered (name/issuer: substring, case-insensitive;
        accent-insensitive when the query has no diacritics; unit: exact, case-insensitive)."""
        where = ["d.status = 'ok'"]
        params: list[Any] = []
        for column, query in (("i.name", name), ("d.issuer", issuer)):
            if query:
                if _has_marks(query):
                    where.append(f"instr(kh_nfc_fold({column}), ?) > 0")
                    params.append(_nfc_fold(query))
                else:
                    where.append(f"instr(kh_fold({column}), ?) > 0")
                    params.append(fold(query))
        if unit:
            where.append("kh_nfc_fold(i.unit) = ?")
            params.append(_nfc_fold(unit))
        if year is not None:
            where.append("i.year = ?")
            params.append(year)
        sql = (
            "SELECT d.issuer, i.name, i.comparator, i.value, i.value_max, i.unit, i.year, "
            "d.source, i.span_start, i.span_end, i.text FROM indicators i "
            "JOIN documents d ON d.id = i.doc_id WHERE " + " AND ".join(where)
            + " ORDER BY d.issuer IS NULL, d.issuer, i.name, d.source, i.idx"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        keys = ("issuer", "indicator", "comparator", "value", "value_max", "unit", "year",
                "source", "span_start", "span_end", "text")
        return [dict(zip(keys, row, strict=True)) for row in self.conn.execute(sql, params)]

    def errors(self, *, run_id: int | None = None,
               limit: int | None = None) -> list[tuple[str, str | None, str | None, str | None]]:
        """(source, error_kind, error_code, error) of error rows, optionally of one run."""
        sql = "SELECT source, error_kind, error_code, error FROM documents WHERE status='error'"
        params: list[Any] = []
        if run_id is not None:
            sql += " AND run_id = ?"
            params.append(run_id)
        sql += " ORDER BY source"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return list(self.conn.execute(sql, params))
