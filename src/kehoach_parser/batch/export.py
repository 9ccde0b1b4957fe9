"""Export a store to Parquet (one file per table) or JSONL, streaming in bounded batches.

* ``parquet``: ``OUT/<table>.parquet`` for ``documents`` and every child table, with the
  store's columns and explicit Arrow types (needs ``pyarrow``: the ``batch`` extra).
* ``jsonl``: ``OUT/<table>.jsonl``, one JSON object per row, same columns.
* ``full=True`` also writes ``OUT/records.jsonl``: one line per stored document — its
  ``documents`` row plus ``"document"``, the complete parsed Document (text included) — the
  form to reload records with ``Document.model_validate``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from kehoach_parser.batch.rows import decompress_document
from kehoach_parser.batch.schema import ColType, StoreSchema
from kehoach_parser.batch.store import Store
from kehoach_parser.errors import MissingDependency, OutputError

FORMATS = ("parquet", "jsonl")


def check_output_folder(out_dir: str | Path, *, create: bool = True) -> Path:
    """The folder to export into, made if missing (with ``create``); raises
    :class:`~kehoach_parser.errors.OutputError` for an empty path, an existing file, or a
    folder that cannot be made or written."""
    if not os.fspath(out_dir):
        raise OutputError("the output folder is empty: name the folder to write into",
                          path="''")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise OutputError("is an existing file, not a folder: name a folder (it is made if "
                          "missing)", path=out)
    if not out.exists():
        parent = next((p for p in out.absolute().parents if p.exists()), None)
        if parent is None or not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
            raise OutputError(f"cannot make the folder: {parent} is not a writable folder",
                              path=out)
        if not create:
            return out
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot make the folder: {exc.strerror or exc}",
                              path=out) from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise OutputError("the folder is not writable", path=out)
    return out


def export_store(
    store: Store, out_dir: str | Path, *, fmt: str = "parquet",
    tables: Sequence[str] | None = None, full: bool = False, batch: int = 5000,
) -> dict[str, int]:
    """Write the tables; returns rows written per file name."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format '{fmt}' ({', '.join(FORMATS)})")
    known = store.schema.export_tables
    chosen = list(tables) if tables else list(known)
    for t in chosen:
        if t not in known:
            raise ValueError(f"unknown table '{t}' ({', '.join(known)})")
    out = check_output_folder(out_dir)
    written: dict[str, int] = {}
    for table in chosen:
        if fmt == "parquet":
            name = f"{table}.parquet"
            written[name] = _written(out / name, partial(_parquet, store, table, batch=batch))
        else:
            name = f"{table}.jsonl"
            written[name] = _written(out / name, partial(_jsonl, store, table, batch=batch))
    if full:
        written["records.jsonl"] = _written(out / "records.jsonl",
                                            partial(_records, store, batch=batch))
    return written


def _written(path: Path, write: Callable[[Path], int]) -> int:
    """Run one file's writer; a failure (disk full, a folder where the file goes) leaves no
    ``.part`` file and raises OutputError naming the file."""
    try:
        return write(path)
    except OSError as exc:
        Path(_atomic_path(path)).unlink(missing_ok=True)
        raise OutputError(f"cannot write {path.name}: {exc.strerror or exc}",
                          path=path.parent) from None


def _atomic_path(path: Path) -> Path:
    return path.with_name(path.name + ".part")


def _arrow_schema(schema: StoreSchema, table: str) -> Any:
    import pyarrow as pa  # type: ignore[import-untyped]

    kinds: dict[ColType, Any] = {
        "int": pa.int64(), "float": pa.float64(), "text": pa.string(), "blob": pa.binary(),
        "bool": pa.bool_(),
    }
    return pa.schema([
        pa.field(name, kinds[kind])
        for name, kind in zip(schema.column_names(table), schema.column_types(table),
                              strict=True)
    ])


def _parquet(store: Store, table: str, path: Path, batch: int) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq  # type: ignore[import-untyped]
    except ImportError:
        raise MissingDependency("Parquet export needs pyarrow: "
                                "pip install 'kehoach-parser[batch]'") from None
    schema = _arrow_schema(store.schema, table)
    types = store.schema.column_types(table)
    tmp = _atomic_path(path)
    n = 0
    with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
        for rows in store.iter_rows(table, batch=batch):
            columns = list(zip(*rows, strict=True))
            arrays = [
                pa.array([None if v is None else bool(v) for v in col], pa.bool_())
                if kind == "bool" else pa.array(list(col), field.type)
                for col, kind, field in zip(columns, types, schema, strict=True)
            ]
            writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
            n += len(rows)
        if n == 0:
            writer.write_table(schema.empty_table())
    os.replace(tmp, path)
    return n


def _jsonable(row: tuple[Any, ...], names: tuple[str, ...],
              types: tuple[ColType, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, kind, value in zip(names, types, row, strict=True):
        if kind == "bool" and value is not None:
            value = bool(value)
        out[name] = value
    return out


def _jsonl(store: Store, table: str, path: Path, batch: int) -> int:
    names, types = store.schema.column_names(table), store.schema.column_types(table)
    tmp = _atomic_path(path)
    n = 0
    with open(tmp, "w", encoding="utf-8") as fh:
        for rows in store.iter_rows(table, batch=batch):
            fh.writelines(json.dumps(_jsonable(row, names, types), ensure_ascii=False) + "\n"
                          for row in rows)
            n += len(rows)
    os.replace(tmp, path)
    return n


def _records(store: Store, path: Path, batch: int) -> int:
    names = store.schema.column_names("documents")
    types = store.schema.column_types("documents")
    tmp = _atomic_path(path)
    n = 0
    cur = store.conn.execute(
        f"SELECT {store.select_list('documents', 'd.')}, j.json FROM documents d "
        "LEFT JOIN document_json j ON j.doc_id = d.id ORDER BY d.id"
    )
    with open(tmp, "w", encoding="utf-8") as fh:
        while rows := cur.fetchmany(batch):
            for row in rows:
                record = _jsonable(row[:-1], names, types)
                record["document"] = decompress_document(row[-1]) if row[-1] else None
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += len(rows)
    os.replace(tmp, path)
    return n
