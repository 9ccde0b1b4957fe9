"""The store's tables, declared once and used by the SQLite store, the workers and the exports.

Every table except ``meta``, ``runs`` and ``documents`` is a *child* table keyed by
``(doc_id, idx)``: ``doc_id`` joins ``documents.id`` and ``idx`` is the record's position in
its list on the :class:`~kehoach_parser.document.Document`.  Spans are kept as
``span_start``/``span_end`` (``[start, end)`` character offsets into the document's
normalised text, which is kept in ``document_json``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: Bumped whenever a table or column changes; stored in ``meta.schema_version``.
SCHEMA_VERSION = 2  # 2: document and run ids are never reused (AUTOINCREMENT)

ColType = Literal["int", "float", "text", "blob", "bool"]


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: ColType
    not_null: bool = False


def _c(name: str, type_: ColType = "text", *, not_null: bool = False) -> Column:
    return Column(name, type_, not_null)


#: Columns of ``documents`` filled from a parse result, in insertion order (``id`` and
#: ``run_id`` are added by the store).
DOCUMENT_COLUMNS: tuple[Column, ...] = (
    _c("source", not_null=True),
    _c("sha256", not_null=True),
    _c("size", "int", not_null=True),
    _c("format"),
    _c("parser_version", not_null=True),
    _c("status", not_null=True),  # 'ok' | 'error'
    _c("error_code"),  # E### of the KehoachError, or E000/E008 (see docs/batch.md)
    _c("error_kind"),  # parse | input | limit | timeout | memory | crash | internal
    _c("error"),
    _c("doc_type"),
    _c("number"),
    _c("symbol"),
    _c("title"),
    _c("place"),
    _c("issued_date"),
    _c("issuer"),
    _c("encoding"),
    _c("archive"),  # JSON list of the 'Lưu:' lines
    _c("field_spans"),  # JSON {field: [start, end]}
    _c("n_chars", "int"),
    _c("n_sections", "int"),
    _c("n_indicators", "int"),
    _c("n_dates", "int"),
    _c("n_references", "int"),
    _c("n_recipients", "int"),
    _c("n_warnings", "int"),
    _c("elapsed_ms", "float"),
    _c("parsed_at"),  # ISO-8601 UTC
)

#: Child tables: columns after ``doc_id`` (``idx`` first).
CHILD_TABLES: dict[str, tuple[Column, ...]] = {
    "sections": (
        _c("idx", "int", not_null=True), _c("parent_idx", "int"), _c("label"), _c("title"),
        _c("level", "int"), _c("kind"), _c("category"),
        _c("span_start", "int"), _c("span_end", "int"),
        _c("body_start", "int"), _c("body_end", "int"),
    ),
    "indicators": (
        _c("idx", "int", not_null=True), _c("name"), _c("group_name"), _c("comparator"),
        _c("value", "float"), _c("value_max", "float"), _c("unit"), _c("direction"),
        _c("year", "int"), _c("label"), _c("text"), _c("total", "float"),
        _c("baseline_year", "int"), _c("section"), _c("category"), _c("restates", "int"),
        _c("span_start", "int"), _c("span_end", "int"), _c("field_spans"),
    ),
    "dates": (
        _c("idx", "int", not_null=True), _c("text"), _c("value"), _c("role"),
        _c("granularity"), _c("recurring", "bool"), _c("responsible"),
        _c("task_start", "int"), _c("task_end", "int"),
        _c("span_start", "int"), _c("span_end", "int"),
    ),
    "terms": (
        _c("idx", "int", not_null=True), _c("text"), _c("kind"), _c("start_year", "int"),
        _c("end_year", "int"), _c("span_start", "int"), _c("span_end", "int"),
    ),
    "doc_references": (
        _c("idx", "int", not_null=True), _c("text"), _c("doc_type"), _c("number"),
        _c("date"), _c("issuer"), _c("canonical_id"), _c("relation"), _c("mentions"),
        _c("span_start", "int"), _c("span_end", "int"), _c("field_spans"),
    ),
    "recipients": (
        _c("idx", "int", not_null=True), _c("text"), _c("name"), _c("note"), _c("purpose"),
        _c("span_start", "int"), _c("span_end", "int"),
    ),
    "signers": (
        _c("idx", "int", not_null=True), _c("name"), _c("position"), _c("authority"),
        _c("on_behalf_of"), _c("span_start", "int"), _c("span_end", "int"),
        _c("field_spans"),
    ),
    "warnings": (
        _c("idx", "int", not_null=True), _c("code"), _c("message"),
        _c("span_start", "int"), _c("span_end", "int"),
    ),
}

#: Secondary indexes: (table, columns).  Child tables are also keyed by (doc_id, idx).
INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("documents", ("sha256",)),
    ("documents", ("status", "error_kind")),
    ("documents", ("issuer",)),
    ("documents", ("doc_type", "issued_date")),
    ("documents", ("parser_version",)),
    ("indicators", ("name",)),
    ("indicators", ("unit", "year")),
    ("indicators", ("year",)),
    ("sections", ("kind",)),
    ("dates", ("role", "value")),
    ("dates", ("value",)),
    ("doc_references", ("canonical_id",)),
    ("doc_references", ("doc_type", "number")),
    ("recipients", ("name",)),
    ("warnings", ("code",)),
)

_SQL_TYPES: dict[ColType, str] = {
    "int": "INTEGER", "float": "REAL", "text": "TEXT", "blob": "BLOB", "bool": "INTEGER",
}


def _col_sql(col: Column) -> str:
    return f"{col.name} {_SQL_TYPES[col.type]}" + (" NOT NULL" if col.not_null else "")


def ddl() -> list[str]:
    """The CREATE statements of a fresh store, in order."""
    stmts = [
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        (
            "CREATE TABLE IF NOT EXISTS runs ("
            "id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, finished_at TEXT, "
            "parser_version TEXT NOT NULL, engine TEXT NOT NULL, workers INTEGER, "
            "inputs TEXT NOT NULL, status TEXT NOT NULL, "
            "n_ok INTEGER DEFAULT 0, n_error INTEGER DEFAULT 0, n_skipped INTEGER DEFAULT 0)"
        ),
        "CREATE TABLE IF NOT EXISTS documents (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        + ", ".join(_col_sql(c) for c in DOCUMENT_COLUMNS)
        + ", run_id INTEGER REFERENCES runs(id), UNIQUE (source, sha256))",
        (
            "CREATE TABLE IF NOT EXISTS document_json (doc_id INTEGER PRIMARY KEY "
            "REFERENCES documents(id) ON DELETE CASCADE, json BLOB NOT NULL)"
        ),
    ]
    for table, cols in CHILD_TABLES.items():
        stmts.append(
            f"CREATE TABLE IF NOT EXISTS {table} (doc_id INTEGER NOT NULL "
            "REFERENCES documents(id) ON DELETE CASCADE, "
            + ", ".join(_col_sql(c) for c in cols)
            + ", PRIMARY KEY (doc_id, idx)) WITHOUT ROWID"
        )
    for table, cols_ in INDEXES:
        name = f"ix_{table}_{'_'.join(cols_)}"
        stmts.append(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({', '.join(cols_)})")
    return stmts


def column_names(table: str) -> tuple[str, ...]:
    """Every column of ``table`` as stored, in order (for exports and dumps)."""
    if table == "documents":
        return ("id", *(c.name for c in DOCUMENT_COLUMNS), "run_id")
    if table == "document_json":
        return ("doc_id", "json")
    return ("doc_id", *(c.name for c in CHILD_TABLES[table]))


def column_types(table: str) -> tuple[ColType, ...]:
    if table == "documents":
        return ("int", *(c.type for c in DOCUMENT_COLUMNS), "int")
    if table == "document_json":
        return ("int", "blob")
    return ("int", *(c.type for c in CHILD_TABLES[table]))


#: Tables a ``kehoach export`` writes, in order.
EXPORT_TABLES: tuple[str, ...] = ("documents", *CHILD_TABLES)
