"""Records as pandas DataFrames (the ``pandas`` extra): :meth:`Document.to_frames`.

pandas is imported when a frame is asked for, never at import time; without it a
:class:`~kehoach_parser.errors.MissingDependency` (E007) names the extra to install.

Each record kind is one frame, one row per record, one column per field; a span becomes two
integer columns, ``start`` and ``end`` (``body_span`` → ``body_start``/``body_end``,
``task_span`` → ``task_start``/``task_end``), offsets into :attr:`Document.text`.  Nested
provenance (``field_spans``, a reference's ``mentions``) is left out; it stays on the records.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from kehoach_parser.errors import MissingDependency

if TYPE_CHECKING:
    from kehoach_parser.document import Document

#: The frames of :meth:`Document.to_frames`, in order.
FRAME_NAMES: tuple[str, ...] = (
    "indicators", "results", "dates", "references", "sections", "recipients", "signers",
)

#: Span fields and the two columns each becomes.
_SPAN_COLUMNS: dict[str, tuple[str, str]] = {
    "span": ("start", "end"),
    "body_span": ("body_start", "body_end"),
    "task_span": ("task_start", "task_end"),
}
_LEFT_OUT = frozenset({"field_spans", "mentions"})


def require_pandas() -> Any:
    """The pandas module, or MissingDependency naming the extra."""
    try:
        return importlib.import_module("pandas")
    except ImportError:
        raise MissingDependency(
            "DataFrames need pandas: pip install 'kehoach-parser[pandas]'") from None


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for key, value in record.items():
        if key in _LEFT_OUT:
            continue
        if key in _SPAN_COLUMNS:
            first, second = _SPAN_COLUMNS[key]
            row[first], row[second] = (value[0], value[1]) if value is not None else (None, None)
        else:
            row[key] = value
    return row


def _records(doc: Document, name: str) -> list[dict[str, Any]]:
    items = doc.recipient_entries if name == "recipients" else getattr(doc, name)
    return [item.model_dump(mode="python") for item in items]


def _columns(name: str) -> list[str]:
    """The columns of an empty frame: the record model's fields, spans split."""
    from kehoach_parser import document as model

    kinds: dict[str, type[BaseModel]] = {
        "indicators": model.Indicator, "results": model.Indicator, "dates": model.DateMention,
        "references": model.Reference, "sections": model.Section,
        "recipients": model.Recipient, "signers": model.Signer,
    }
    return list(_flat({k: None for k in kinds[name].model_fields}))


def document_frames(doc: Document) -> dict[str, Any]:
    """``{name: DataFrame}`` for every name of :data:`FRAME_NAMES`."""
    pd = require_pandas()
    frames: dict[str, Any] = {}
    for name in FRAME_NAMES:
        rows = [_flat(r) for r in _records(doc, name)]
        frames[name] = pd.DataFrame(rows, columns=_columns(name))
    return frames


__all__ = ["FRAME_NAMES", "document_frames", "require_pandas"]
