"""Turn a :class:`~kehoach_parser.document.Document` into store rows (done in the workers).

Rows are ``{column name: value}`` dicts built from the schema's columns, which are derived
from the record models (:mod:`kehoach_parser.batch.columns`): a new model field reaches
the store and the exports with no edit here.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from kehoach_parser.batch.columns import record_row
from kehoach_parser.batch.schema import SCHEMA, StoreSchema
from kehoach_parser.document import Document


def document_fields(doc: Document, schema: StoreSchema = SCHEMA) -> dict[str, Any]:
    """Values of the ``documents`` columns that come from the parsed document."""
    out = record_row(doc, schema.document_columns)
    out["n_chars"] = len(doc.text)
    for child in schema.child_tables:
        out[child.count_column] = len(getattr(doc, child.attribute))
    return out


def child_rows(doc: Document, schema: StoreSchema = SCHEMA) -> dict[str, list[dict[str, Any]]]:
    """Rows of every child table, keyed by column name (``idx``: position in its list)."""
    return {
        child.name: [
            {"idx": i, **record_row(record, child.columns)}
            for i, record in enumerate(getattr(doc, child.attribute))
        ]
        for child in schema.child_tables
    }


def compress_document(doc: Document) -> bytes:
    """The full document (text included, so spans can be resolved) as zlib'd JSON."""
    return zlib.compress(doc.model_dump_json().encode("utf-8"), 6)


def decompress_document(blob: bytes) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(zlib.decompress(blob))
    return data
