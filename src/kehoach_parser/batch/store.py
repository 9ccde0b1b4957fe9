"""The embedded store: one SQLite file (standard library), written by a single process.

* WAL journal, one transaction per document (the document row, its child rows and its JSON
  together), so a process killed at any moment leaves whole documents or none.
* ``UNIQUE (source, sha256)``: a document is stored at most once; re-parsing it (newer
  parser version, ``--retry-errors``) replaces the old row and, through ``ON DELETE
  CASCADE``, its child rows, in the same transaction.
* ``meta.schema_version`` marks the layout; a store of a newer version is refused, one of
  an older version from ``OLDEST_UPGRADABLE`` on is upgraded in place when opened for
  writing (the tables and columns it lacks are added; they are null for the documents it
  already holds) and read as it is otherwise (a missing column reads as null).  Columns
  are always written by name, so a store that has more columns than this version knows
  of is still written correctly.
* A lock file beside the store file itself (``REALPATH.lock``, ``flock``: every path to the
  same file, through symbolic links too, takes the same lock) keeps a second batch from
  writing the store; the kernel releases it when the process dies, even by ``kill -9``.
* A store that cannot be used raises a typed :class:`~kehoach_parser.errors.StoreError`
  naming the file: :class:`StoreCorrupt` (not SQLite, or damaged), :class:`ForeignStore`
  (another program's database, never written to), :class:`StoreVersionError`,
  :class:`StoreReadOnly` (it can still be opened with ``readonly=True``), :class:`StoreLocked`
  and :class:`StoreFull` (SQLite's "database or disk is full" kept in the message).
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import unicodedata
import urllib.parse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from kehoach_parser.batch.schema import (
    OLDEST_UPGRADABLE,
    SCHEMA,
    SCHEMA_VERSION,
    StoreSchema,
    column_sql,
)
from kehoach_parser.batch.tasks import Result
from kehoach_parser.errors import (
    ForeignStore,
    StoreCorrupt,
    StoreError,
    StoreFull,
    StoreLocked,
    StoreReadOnly,
    StoreVersionError,
)
from kehoach_parser.version import __version__

#: SQLite's primary result codes (``sqlite3.Error.sqlite_errorcode & 0xFF``).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_NOTADB = 26


def store_error(exc: sqlite3.Error, doing: str, path: str | Path) -> StoreError | None:
    """The typed error for an SQLite failure while ``doing`` something with the store at
    ``path``, or None for one that is not about the store (a bug: let it through)."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    message = str(exc)
    if primary is None and isinstance(exc, sqlite3.DatabaseError):
        if "not a database" in message or "malformed" in message:
            primary = _SQLITE_CORRUPT
    if primary == _SQLITE_FULL:
        return StoreFull(f"{doing}: {message}", path=path)
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return StoreCorrupt(f"{doing}: the file is damaged or not an SQLite database "
                            f"({message})", path=path)
    if primary in (_SQLITE_READONLY, _SQLITE_PERM):
        return StoreReadOnly(f"{doing}: the store cannot be written ({message}); it can "
                             "still be read (kehoach indicators, kehoach export)", path=path)
    if primary in (_SQLITE_CANTOPEN, _SQLITE_IOERR, _SQLITE_BUSY, _SQLITE_LOCKED):
        return StoreError(f"{doing}: {message}", path=path)
    return None


def _uri(path: Path, query: str) -> str:
    return "file:" + urllib.parse.quote(str(path)) + "?" + query


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


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return (f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})")


@dataclass(frozen=True, slots=True)
class Stored:
    parser_version: str
    status: str


class Store:
    """Open (creating if needed) the store at ``path``."""

    def __init__(self, path: str | Path, *, readonly: bool = False, sync: str = "NORMAL",
                 schema: StoreSchema = SCHEMA) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.schema = schema
        self._present: dict[str, frozenset[str]] = {}
        self._lock_fd: int | None = None
        if not os.fspath(path):
            raise StoreError("the store path is empty", path="''")
        if self.path.is_dir():
            raise StoreError("is a folder, not a store file", path=self.path)
        try:
            self.conn = self._open_readonly() if readonly else self._open_writable()
        except sqlite3.Error as exc:
            raise self._typed(exc, "cannot open the store") from None
        try:
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA busy_timeout=30000")
            self.conn.create_function("kh_fold", 1, fold, deterministic=True)
            self.conn.create_function("kh_nfc_fold", 1, _nfc_fold, deterministic=True)
            if readonly:
                if self._check_schema() == "empty":
                    raise StoreError("an empty database: no batch has written this store yet",
                                     path=self.path)
            else:
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute(f"PRAGMA synchronous={sync}")
                self._init_schema()
        except BaseException as exc:
            self.conn.close()
            if isinstance(exc, sqlite3.Error):
                raise self._typed(exc, "cannot open the store") from None
            raise

    def _typed(self, exc: sqlite3.Error, doing: str) -> Exception:
        return store_error(exc, doing, self.path) or exc

    @contextmanager
    def _sql(self, doing: str) -> Iterator[None]:
        """Turn SQLite failures about the store into typed errors."""
        try:
            yield
        except sqlite3.Error as exc:
            typed = store_error(exc, doing, self.path)
            if typed is None:
                raise
            raise typed from exc

    # --- setup ----------------------------------------------------------------------------
    def _open_readonly(self) -> sqlite3.Connection:
        if not self.path.exists():
            raise StoreError("no such store", path=self.path)
        real = self.path.resolve()
        conn = sqlite3.connect(_uri(real, "mode=ro"), uri=True, isolation_level=None,
                               check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError as exc:
            code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
            conn.close()
            if code not in (_SQLITE_READONLY, _SQLITE_CANTOPEN):
                raise
        # A WAL store in a folder we cannot write: SQLite cannot create its shared-memory
        # file.  Read the file as it is, which is the whole store when no WAL is pending.
        wal = real.with_name(real.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise StoreReadOnly("the store's folder is read-only and its write-ahead log "
                                f"{wal.name} holds changes not yet in the file: open it once "
                                "where it can be written", path=self.path)
        return sqlite3.connect(_uri(real, "immutable=1"), uri=True, isolation_level=None,
                               check_same_thread=False)

    def _open_writable(self) -> sqlite3.Connection:
        parent = self.path.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            kind = StoreReadOnly if isinstance(exc, PermissionError) else StoreError
            raise kind(f"cannot create the folder {parent}: {exc.strerror or exc}",
                       path=self.path) from None
        if not self.path.exists() and not os.access(parent, os.W_OK | os.X_OK):
            raise StoreReadOnly(f"cannot create the store: the folder {parent} is not "
                                "writable", path=self.path)
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout=30000")
        self.conn = conn
        # Know what the file is before anything is written to it (even the WAL switch
        # writes its header): another program's database is left exactly as it was.
        try:
            self._check_schema()
        except BaseException:
            conn.close()
            raise
        return conn

    def _init_schema(self) -> None:
        cur = self.conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            if self._check_schema() == "empty":
                for stmt in self.schema.ddl():
                    cur.execute(stmt)
                cur.executemany("INSERT INTO meta VALUES (?, ?)", [
                    ("schema_version", str(SCHEMA_VERSION)), ("created_at", _now()),
                ])
            else:  # a write that changes nothing: does the file take writes at all?
                cur.execute("UPDATE meta SET value = value WHERE key = 'schema_version'")
                self._upgrade(cur)
            cur.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                cur.execute("ROLLBACK")
            raise

    def _upgrade(self, cur: sqlite3.Cursor) -> None:
        """Add the tables, columns and indexes of :attr:`schema` the store lacks (an older
        store, or a model with new fields) and mark it with this schema version."""
        for stmt in self.schema.ddl():
            cur.execute(stmt)
        for table in ("documents", *(c.name for c in self.schema.child_tables)):
            present = self._columns_present(table)
            columns = (self.schema.document_columns if table == "documents"
                       else self.schema.child(table).columns)
            for col in columns:
                if col.name not in present:
                    cur.execute(f"ALTER TABLE {table} ADD COLUMN {column_sql(col)}")
        cur.execute("UPDATE meta SET value = ? WHERE key = 'schema_version' AND value != ?",
                    (str(SCHEMA_VERSION), str(SCHEMA_VERSION)))
        self._present.clear()

    def _columns_present(self, table: str) -> frozenset[str]:
        if table not in self._present:
            self._present[table] = frozenset(
                r[1] for r in self.conn.execute(f"PRAGMA table_info({table})"))
        return self._present[table]

    def select_list(self, table: str, prefix: str = "") -> str:
        """The schema's columns of ``table``, a column the store lacks read as null."""
        present = self._columns_present(table)
        return ", ".join(f"{prefix}{c}" if c in present else f"NULL AS {c}"
                         for c in self.schema.column_names(table))

    def _check_schema(self) -> str:
        """'empty' (no tables: a new store) or 'store'; raises for anything else."""
        tables = {r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table'")} - {"sqlite_sequence"}
        if not tables:
            return "empty"
        if not {"meta", "documents"} <= tables:
            names = ", ".join(sorted(tables)[:6]) + (", ..." if len(tables) > 6 else "")
            raise ForeignStore(f"not a kehoach store: an SQLite database with the tables "
                               f"{names}; it was left unchanged", path=self.path)
        try:
            row = self.conn.execute(
                "SELECT value FROM meta WHERE key='schema_version'").fetchone()
            version = int(row[0]) if row is not None else None
        except (sqlite3.OperationalError, ValueError, TypeError):
            version = None
        if version is None:
            raise ForeignStore("not a kehoach store: its 'meta' table has no schema_version; "
                               "it was left unchanged", path=self.path)
        if version > SCHEMA_VERSION:
            raise StoreVersionError(
                f"store schema version {version} was written by a newer kehoach_parser "
                f"(this one, {__version__}, reads version {SCHEMA_VERSION}): upgrade "
                "kehoach_parser to use this store", path=self.path)
        if version < OLDEST_UPGRADABLE:
            raise StoreVersionError(
                f"store schema version {version} was written by an older kehoach_parser "
                f"(this one, {__version__}, reads version {SCHEMA_VERSION}): parse the "
                "archive into a new store", path=self.path)
        return "store"

    def lock_path(self) -> str:
        """The writer lock: beside the store file itself, whatever path names it."""
        return os.path.realpath(self.path) + ".lock"

    def lock(self) -> None:
        """Take the writer lock, or fail at once if another batch holds it."""
        where = self.lock_path()
        try:
            fd = os.open(where, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreReadOnly(f"cannot create the lock file {where}: "
                                f"{exc.strerror or exc}", path=self.path) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise StoreLocked(f"another batch is writing this store (lock {where})",
                              path=self.path) from None
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
        with self._sql("cannot start a run"):
            cur = self.conn.execute(
                "INSERT INTO runs (started_at, parser_version, engine, workers, inputs, status) "
                "VALUES (?, ?, ?, ?, ?, 'running')",
                (_now(), parser_version, engine, workers, json.dumps(list(inputs))),
            )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def end_run(self, run_id: int, *, status: str, n_ok: int, n_error: int,
                n_skipped: int, workers: int) -> None:
        with self._sql("cannot record the end of the run"):
            self.conn.execute(
                "UPDATE runs SET finished_at=?, status=?, n_ok=?, n_error=?, n_skipped=?, "
                "workers=? WHERE id=?",
                (_now(), status, n_ok, n_error, n_skipped, workers, run_id),
            )

    # --- documents ------------------------------------------------------------------------
    def lookup(self, source: str, sha256: str) -> Stored | None:
        with self._sql("cannot read the store"):
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
        names = [c.name for c in self.schema.document_columns]
        row = [values.get(name) for name in names]
        cur = self.conn.cursor()
        try:
            cur.execute("BEGIN IMMEDIATE")
            cur.execute("DELETE FROM documents WHERE source=? AND sha256=?",
                        (result.source, result.sha256))
            cur.execute(_insert_sql("documents", [*names, "run_id"]), (*row, run_id))
            doc_id = cur.lastrowid
            assert doc_id is not None
            for table, rows in result.children.items():
                if rows:
                    columns = [c.name for c in self.schema.child(table).columns]
                    cur.executemany(_insert_sql(table, ["doc_id", *columns]),
                                    [(doc_id, *(r.get(c) for c in columns)) for r in rows])
            if result.doc_json is not None:
                cur.execute("INSERT INTO document_json VALUES (?, ?)", (doc_id, result.doc_json))
            cur.execute("COMMIT")
        except BaseException as exc:
            # SQLite may have rolled back already (a full disk does): a failing ROLLBACK
            # must not hide why the write failed.
            if self.conn.in_transaction:
                with suppress(sqlite3.Error):
                    cur.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                typed = store_error(exc, f"cannot store {result.source}", self.path)
                if typed is not None:
                    raise typed from exc
            raise
        return doc_id

    # --- reading --------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        out = {"documents": 0, "ok": 0, "error": 0}
        with self._sql("cannot read the store"):
            for status, n in self.conn.execute(
                "SELECT status, count(*) FROM documents GROUP BY status"
            ):
                out[status] = n
                out["documents"] += n
        return out

    def iter_rows(self, table: str, *, batch: int = 5000) -> Iterator[list[tuple[Any, ...]]]:
        """All rows of ``table`` in key order, in batches (bounded memory)."""
        order = "id" if table == "documents" else (
            "doc_id" if table == "document_json" else "doc_id, idx")
        with self._sql(f"cannot read the table {table}"):
            if not self._columns_present(table):  # a table an older store has not got
                return
            cur = self.conn.execute(
                f"SELECT {self.select_list(table)} FROM {table} ORDER BY {order}")
            while rows := cur.fetchmany(batch):
                yield rows

    def canonical_content(self) -> dict[str, list[tuple[Any, ...]]]:
        """The store's content without run-dependent columns (ids, times, run), with child
        rows keyed by (source, sha256): equal for equal inputs whatever engine built it."""
        skip = {"id", "run_id", "elapsed_ms", "parsed_at"}
        doc_cols = [c for c in self.schema.column_names("documents") if c not in skip]
        out: dict[str, list[tuple[Any, ...]]] = {
            "documents": sorted(
                self.conn.execute(f"SELECT {', '.join(doc_cols)} FROM documents").fetchall(),
                key=repr,
            )
        }
        for table in (*(c.name for c in self.schema.child_tables), "document_json"):
            cols = [f"t.{c}" for c in self.schema.column_names(table) if c != "doc_id"]
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
        # The indicators table holds a document's targets (results have a table of their
        # own); its status column is empty where the status was decided by rule.
        status = ("COALESCE(i.status, 'target')" if self._has_column("indicators", "status")
                  else "'target'")
        sql = (
            "SELECT d.issuer, i.name, i.comparator, i.value, i.value_max, i.unit, i.year, "
            f"d.source, i.span_start, i.span_end, i.text, i.direction, i.baseline_year, "
            f"{status} FROM indicators i "
            "JOIN documents d ON d.id = i.doc_id WHERE " + " AND ".join(where)
            + " ORDER BY d.issuer IS NULL, d.issuer, i.name, d.source, i.idx"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        keys = ("issuer", "indicator", "comparator", "value", "value_max", "unit", "year",
                "source", "span_start", "span_end", "text", "direction", "baseline_year",
                "status")
        with self._sql("cannot read the store"):
            return [dict(zip(keys, row, strict=True)) for row in self.conn.execute(sql, params)]

    def _has_column(self, table: str, column: str) -> bool:
        with self._sql("cannot read the store"):
            return any(row[1] == column
                       for row in self.conn.execute(f"PRAGMA table_info({table})"))

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
        with self._sql("cannot read the store"):
            return list(self.conn.execute(sql, params))


__all__ = ["ForeignStore", "Store", "StoreCorrupt", "StoreError", "StoreFull", "StoreLocked",
           "StoreReadOnly", "StoreVersionError", "Stored", "fold", "store_error"]
