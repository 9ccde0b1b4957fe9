"""A batch store as pandas DataFrames: ``kehoach_parser.open_store(path).frame("indicators")``.

Reads the store through SQL, read-only, and joins each record table with the documents'
source, issuer, type and date (columns ``document_source``, ``document_issuer``,
``document_type``, ``document_date``).  Only documents stored as parsed (status ``ok``) are
included.  Span columns are ``start``/``end`` as in :meth:`Document.to_frames`.  pandas is
the ``pandas`` extra, imported when a frame is asked for.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Any

from kehoach_parser.batch.store import Store
from kehoach_parser.errors import StoreError
from kehoach_parser.frames import require_pandas

#: Columns of ``documents`` joined to every record table, and their names in the frame.
JOINED_DOCUMENT_COLUMNS: dict[str, str] = {
    "source": "document_source",
    "issuer": "document_issuer",
    "doc_type": "document_type",
    "issued_date": "document_date",
}
_RENAMES = {"span_start": "start", "span_end": "end"}


class StoreFrames:
    """Read access to a store as DataFrames (see the module docstring)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._store = Store(self.path, readonly=True)

    def tables(self) -> list[str]:
        """The record tables of the store (``documents`` included)."""
        rows = self._store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").fetchall()
        return [name for (name,) in rows
                if name not in ("meta", "runs", "document_json")
                and not name.startswith("sqlite_")]

    def frame(self, table: str) -> Any:
        """``table`` (``indicators``, ``dates``, ``sections`` …, or ``documents``) as a
        DataFrame; a record table comes joined with its document's source, issuer, type
        and date."""
        pd = require_pandas()
        if table not in self.tables():
            raise StoreError(f"no table '{table}' in the store (tables: "
                             f"{', '.join(self.tables())})", path=self.path)
        if table == "documents":
            sql = "SELECT * FROM documents ORDER BY id"
        else:
            joined = ", ".join(f"d.{c} AS {alias}" for c, alias in JOINED_DOCUMENT_COLUMNS.items())
            sql = (f"SELECT t.*, {joined} FROM {table} t JOIN documents d ON d.id = t.doc_id "
                   "WHERE d.status = 'ok' ORDER BY t.doc_id, t.idx")
        frame = pd.read_sql_query(sql, self._store.conn)
        return frame.rename(columns=_RENAMES)

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> StoreFrames:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def open_store(path: str | Path) -> StoreFrames:
    """Open a batch store (``kehoach batch --store PATH``) for reading as DataFrames."""
    return StoreFrames(path)


__all__ = ["JOINED_DOCUMENT_COLUMNS", "StoreFrames", "open_store"]
