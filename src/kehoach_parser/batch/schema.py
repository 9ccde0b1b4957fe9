"""The store's tables, declared once and used by the SQLite store, the workers and the exports.

Every table except ``meta``, ``runs`` and ``documents`` is a *child* table keyed by
``(doc_id, idx)``: ``doc_id`` joins ``documents.id`` and ``idx`` is the record's position in
its list on the :class:`~kehoach_parser.document.Document`.  Spans are kept as
``span_start``/``span_end`` (``[start, end)`` character offsets into the document's
normalised text, which is kept in ``document_json``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kehoach_parser.batch.columns import ColType, Column, model_columns
from kehoach_parser.document import Document, record_model

#: Bumped whenever a table or column changes; stored in ``meta.schema_version``.
#: 2: document and run ids are never reused (AUTOINCREMENT).
#: 3: columns derived from the record models, rows written by column name; a version-2
#:    store is upgraded in place (new tables and columns added, see ``Store``).
SCHEMA_VERSION = 3
#: The oldest store version that is upgraded in place rather than refused.
OLDEST_UPGRADABLE = 2

__all__ = [
    "CHILD_TABLES",
    "DOCUMENT_COLUMNS",
    "EXPORT_TABLES",
    "INDEXES",
    "OLDEST_UPGRADABLE",
    "SCHEMA",
    "SCHEMA_VERSION",
    "ChildTable",
    "ColType",
    "Column",
    "StoreSchema",
    "column_names",
    "column_types",
    "ddl",
    "schema_for",
]


def _c(name: str, type_: ColType = "text", *, not_null: bool = False) -> Column:
    return Column(name, type_, not_null)


#: ``documents`` columns the batch fills (not read off the Document), before its fields.
_BATCH_COLUMNS: tuple[Column, ...] = (
    _c("source", not_null=True),
    _c("sha256", not_null=True),
    _c("size", "int", not_null=True),
    _c("format"),
    _c("parser_version", not_null=True),
    _c("status", not_null=True),  # 'ok' | 'error'
    _c("error_code"),  # E### of the KehoachError, or E000/E008 (see docs/batch.md)
    _c("error_kind"),  # parse | input | limit | timeout | memory | crash | internal
    _c("error"),
)
#: ``documents`` columns the batch fills after the document's fields and counts.
_TIMING_COLUMNS: tuple[Column, ...] = (
    _c("elapsed_ms", "float"),
    _c("parsed_at"),  # ISO-8601 UTC
)
#: Document fields that are not ``documents`` columns of their own: kept by the batch
#: columns above (source, source_format as ``format``, parser_version) or, for ``text``,
#: in ``document_json``.
_NOT_DOCUMENT_COLUMNS = frozenset({"text", "source", "source_format", "parser_version"})
#: Record lists stored in a table of another name (SQL keyword, or an older name).
_TABLE_NAMES: dict[str, str] = {"references": "doc_references",
                                "recipient_entries": "recipients"}
#: Record lists stored through a flat view computed on the Document (field -> view).
_FLAT_VIEWS: dict[str, str] = {"section_tree": "sections"}


@dataclass(frozen=True, slots=True)
class ChildTable:
    """A table with one row per record of a list on the Document, keyed by (doc_id, idx)."""

    name: str
    #: The Document attribute listing the records (a field, or a computed flat view).
    attribute: str
    columns: tuple[Column, ...]  # idx first

    @property
    def count_column(self) -> str:
        """The ``documents`` column counting this table's rows of the document."""
        return "n_" + self.name.removeprefix("doc_")


@dataclass(frozen=True, slots=True)
class StoreSchema:
    """The store's tables, derived from a Document model (see :func:`schema_for`)."""

    document_columns: tuple[Column, ...]  # without ``id`` and ``run_id``
    child_tables: tuple[ChildTable, ...]

    def child(self, table: str) -> ChildTable:
        for child in self.child_tables:
            if child.name == table:
                return child
        raise KeyError(table)

    @property
    def export_tables(self) -> tuple[str, ...]:
        return ("documents", *(c.name for c in self.child_tables))

    def column_names(self, table: str) -> tuple[str, ...]:
        """Every column of ``table`` as stored, in order (for exports and dumps)."""
        if table == "documents":
            return ("id", *(c.name for c in self.document_columns), "run_id")
        if table == "document_json":
            return ("doc_id", "json")
        return ("doc_id", *(c.name for c in self.child(table).columns))

    def column_types(self, table: str) -> tuple[ColType, ...]:
        if table == "documents":
            return ("int", *(c.type for c in self.document_columns), "int")
        if table == "document_json":
            return ("int", "blob")
        return ("int", *(c.type for c in self.child(table).columns))

    def ddl(self) -> list[str]:
        """The CREATE statements of a fresh store, in order (all ``IF NOT EXISTS``: run on
        an older store they add the tables it lacks)."""
        stmts = [
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            (
                "CREATE TABLE IF NOT EXISTS runs ("
                "id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, "
                "finished_at TEXT, parser_version TEXT NOT NULL, engine TEXT NOT NULL, "
                "workers INTEGER, inputs TEXT NOT NULL, status TEXT NOT NULL, "
                "n_ok INTEGER DEFAULT 0, n_error INTEGER DEFAULT 0, n_skipped INTEGER DEFAULT 0)"
            ),
            "CREATE TABLE IF NOT EXISTS documents (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            + ", ".join(column_sql(c) for c in self.document_columns)
            + ", run_id INTEGER REFERENCES runs(id), UNIQUE (source, sha256))",
            (
                "CREATE TABLE IF NOT EXISTS document_json (doc_id INTEGER PRIMARY KEY "
                "REFERENCES documents(id) ON DELETE CASCADE, json BLOB NOT NULL)"
            ),
        ]
        for child in self.child_tables:
            stmts.append(
                f"CREATE TABLE IF NOT EXISTS {child.name} (doc_id INTEGER NOT NULL "
                "REFERENCES documents(id) ON DELETE CASCADE, "
                + ", ".join(column_sql(c) for c in child.columns)
                + ", PRIMARY KEY (doc_id, idx)) WITHOUT ROWID"
            )
        for table, cols_ in INDEXES:
            name = f"ix_{table}_{'_'.join(cols_)}"
            stmts.append(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({', '.join(cols_)})")
        return stmts


def _child_tables(model: type[Document]) -> tuple[ChildTable, ...]:
    out: list[ChildTable] = []
    for name, info in model.model_fields.items():
        record = record_model(info.annotation)
        if record is None:
            continue
        attribute = _FLAT_VIEWS.get(name, name)
        if attribute != name:  # stored through the view: its records' model
            record = record_model(model.model_computed_fields[attribute].return_type)
            assert record is not None, attribute
        columns = (_c("idx", "int", not_null=True), *model_columns(record))
        out.append(ChildTable(_TABLE_NAMES.get(attribute, attribute), attribute, columns))
    return tuple(out)


@cache
def schema_for(model: type[Document] = Document) -> StoreSchema:
    """The store's tables for ``model``: a child table per list of records, a ``documents``
    column per other field (a count column per child table), all from its fields."""
    children = _child_tables(model)
    lists = {name for name, info in model.model_fields.items()
             if record_model(info.annotation) is not None}
    fields = model_columns(model, skip=_NOT_DOCUMENT_COLUMNS | lists)
    counts = (_c("n_chars", "int"), *(_c(c.count_column, "int") for c in children))
    return StoreSchema((*_BATCH_COLUMNS, *fields, *counts, *_TIMING_COLUMNS), children)


def column_sql(col: Column) -> str:
    return f"{col.name} {_SQL_TYPES[col.type]}" + (" NOT NULL" if col.not_null else "")


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

#: The schema of :class:`~kehoach_parser.document.Document`, the one stores use.
SCHEMA: StoreSchema = schema_for(Document)
#: Columns of ``documents`` (``id`` and ``run_id`` are added by the store).
DOCUMENT_COLUMNS: tuple[Column, ...] = SCHEMA.document_columns
#: Child tables: columns after ``doc_id`` (``idx`` first).
CHILD_TABLES: dict[str, tuple[Column, ...]] = {c.name: c.columns for c in SCHEMA.child_tables}
#: Tables a ``kehoach export`` writes, in order.
EXPORT_TABLES: tuple[str, ...] = SCHEMA.export_tables


def ddl() -> list[str]:
    """The CREATE statements of a fresh store of :data:`SCHEMA`, in order."""
    return SCHEMA.ddl()


def column_names(table: str) -> tuple[str, ...]:
    """Every column of ``table`` in :data:`SCHEMA`, in order (for exports and dumps)."""
    return SCHEMA.column_names(table)


def column_types(table: str) -> tuple[ColType, ...]:
    return SCHEMA.column_types(table)
