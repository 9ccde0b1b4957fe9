"""What must hold for any input (issue 13), checked by the fuzz tests and ``benchmarks/fuzz.py``.

``check(text)`` parses ``text`` twice and returns the list of broken invariants (empty when
all hold): no exception other than :class:`~kehoach_parser.errors.KehoachError`; no stage
failure (W100); every span inside ``Document.text`` and, for records that carry their text,
``text[span] == record.text``; JSON serialisable and loadable; the same output both times.
"""

from __future__ import annotations

import json
from typing import Any

import kehoach_parser
from kehoach_parser.document import Document
from kehoach_parser.errors import KehoachError


def _spans(doc: Document) -> list[tuple[str, tuple[int, int], str | None]]:
    """(where, span, the text the span must hold or None) for every span of ``doc``."""
    out: list[tuple[str, tuple[int, int], str | None]] = []
    for kind in ("indicators", "results", "dates", "terms", "references"):
        for k, rec in enumerate(getattr(doc, kind)):
            out.append((f"{kind}[{k}]", rec.span, getattr(rec, "text", None)))
            for name, span in (getattr(rec, "field_spans", None) or {}).items():
                out.append((f"{kind}[{k}].{name}", span, None))
            for span in getattr(rec, "mentions", None) or []:
                out.append((f"{kind}[{k}].mention", span, None))
    for name, span in doc.field_spans.items():
        out.append((f"field_spans.{name}", span, None))
    for w in doc.warnings:
        if w.span is not None:
            out.append((f"warning {w.code}", w.span, None))
    return out


def check(text: str) -> list[str]:
    """The invariants ``text`` breaks (an empty list when none)."""
    problems: list[str] = []
    try:
        doc = kehoach_parser.parse(text)
    except KehoachError:
        return []
    except Exception as exc:  # noqa: BLE001 - that is what is being looked for
        return [f"untyped exception {type(exc).__name__}: {exc}"]
    problems += [f"stage failure: {w.message}" for w in doc.warnings if w.code == "W100"]
    n = len(doc.text)
    for where, (s, e), expected in _spans(doc):
        if not 0 <= s <= e <= n:
            problems.append(f"{where}: span {(s, e)} outside text of length {n}")
        elif expected is not None and doc.text[s:e] != expected:
            problems.append(f"{where}: text[span] != record text")
    try:
        dumped = doc.model_dump_json()
        loaded: Any = json.loads(dumped)
        assert isinstance(loaded, dict)
    except Exception as exc:  # noqa: BLE001
        problems.append(f"not JSON serialisable: {type(exc).__name__}: {exc}")
        return problems
    again = kehoach_parser.parse(text).model_dump_json()
    if again != dumped:
        problems.append("not deterministic: a second parse differs")
    return problems
