"""Results (report figures, status "result") of the documents of a store.

The store's ``indicators`` table holds each document's targets; its results are kept in the
complete document (``document_json``).  This module reads them from there, read-only, and
filters them like :meth:`Store.indicators <kehoach_parser.batch.store.Store.indicators>`
(name and issuer: substring, ignoring case, and accents when the query has none; unit:
exact, ignoring case; year: equal), returning rows with the same keys.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from kehoach_parser.batch.store import Store, fold


def _has_marks(text: str) -> bool:
    return fold(text) != text.casefold()


def _contains(value: str | None, query: str | None) -> bool:
    if not query:
        return True
    if value is None:
        return False
    if _has_marks(query):
        import unicodedata

        def nfc(t: str) -> str:
            return unicodedata.normalize("NFC", t.casefold())

        return nfc(query) in nfc(value)
    return fold(query) in fold(value)


def stored_results(
    store: Store, *, name: str | None = None, unit: str | None = None,
    year: int | None = None, issuer: str | None = None, limit: int | None = None,
) -> list[dict[str, Any]]:
    """The results of every parsed document of ``store``, filtered, ordered like the
    indicators (issuer, name, source, position)."""
    import unicodedata

    rows: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    cur = store.conn.execute(
        "SELECT d.issuer, d.source, j.json FROM document_json j "
        "JOIN documents d ON d.id = j.doc_id WHERE d.status = 'ok'")
    for doc_issuer, source, blob in cur:
        if not _contains(doc_issuer, issuer):
            continue
        data = json.loads(zlib.decompress(blob))
        for idx, rec in enumerate(data.get("results") or []):
            if not _contains(rec.get("name"), name):
                continue
            if unit and unicodedata.normalize("NFC", (rec.get("unit") or "").casefold()) != \
                    unicodedata.normalize("NFC", unit.casefold()):
                continue
            if year is not None and rec.get("year") != year:
                continue
            span = rec.get("span") or (None, None)
            row = {
                "issuer": doc_issuer, "indicator": rec.get("name"),
                "comparator": rec.get("comparator"), "value": rec.get("value"),
                "value_max": rec.get("value_max"), "unit": rec.get("unit"),
                "year": rec.get("year"), "source": source, "span_start": span[0],
                "span_end": span[1], "text": rec.get("text"),
                "direction": rec.get("direction"), "baseline_year": rec.get("baseline_year"),
                "status": rec.get("status") or "result",
            }
            key = (doc_issuer is None, doc_issuer or "", rec.get("name") is not None,
                   rec.get("name") or "", source, idx)
            rows.append((key, row))
    rows.sort(key=lambda kr: kr[0])
    out = [row for _, row in rows]
    return out[:limit] if limit is not None else out


__all__ = ["stored_results"]
