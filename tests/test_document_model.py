"""The public data contract: gold fields present, spans valid, schema exported."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import kehoach_parser
from kehoach_parser import Document, document_json_schema

SPEC_FIELDS = ("doc_type", "number", "symbol", "title", "place", "issued_date", "issuer",
               "signers", "recipients", "archive", "sections", "indicators", "dates",
               "references")


def test_dump_contains_every_gold_field(corpus_docs: dict[str, Document],
                                        corpus_gold: dict[str, Any]) -> None:
    for name, doc in corpus_docs.items():
        data = doc.model_dump(mode="json")
        gold = corpus_gold[name]
        for field in gold:
            assert field in data, field
        for field in SPEC_FIELDS:
            assert field in data
        for key in ("sections", "indicators", "dates", "references"):
            for rec in data[key]:
                assert isinstance(rec["span"], list) and len(rec["span"]) == 2


def test_every_record_span_points_at_its_text(corpus_docs: dict[str, Document]) -> None:
    for doc in corpus_docs.values():
        text = doc.text
        for rec in [*doc.indicators, *doc.dates, *doc.references, *doc.recipient_entries,
                    *doc.terms]:
            s, e = rec.span
            assert text[s:e] == rec.text
        for sec in doc.sections:
            line = text[sec.span[0]:sec.span[1]]
            assert sec.label in line and sec.title in line
        for signer in doc.signers:
            s, e = signer.field_spans["name"]
            assert text[s:e].strip() == signer.name


def test_spans_map_back_to_the_original_markup(corpus_dir: Path) -> None:
    """For every record, the original text under its span is its text plus markup only."""
    from kehoach_parser.loaders import load_path
    from kehoach_parser.pipeline import run_pipeline
    from kehoach_parser.text.normalize import normalize

    markup = re.compile(r"[*#$\\\s]|geq|approx|[≥≈]")

    def skeleton(s: str) -> str:
        """Markup and diacritics off: repairs of spelling and tone marks change only those."""
        bare = unicodedata.normalize("NFD", markup.sub("", s))
        return "".join(c for c in bare if not unicodedata.combining(c))

    for path in sorted(corpus_dir.glob("*.txt")):
        original = load_path(path).text
        aligned = normalize(original)
        doc = run_pipeline(original)
        assert doc.text == aligned.text
        for rec in [*doc.indicators, *doc.dates, *doc.references, *doc.recipient_entries]:
            s, e = aligned.to_original(tuple(rec.span))
            orig = original[s:e]
            assert skeleton(orig) == skeleton(rec.text), (orig, rec.text)


def test_json_schema_describes_the_dump() -> None:
    schema = document_json_schema()
    props = schema["properties"]
    for field in SPEC_FIELDS:
        assert field in props
    assert "Indicator" in schema["$defs"] and "span" in schema["$defs"]["Indicator"]["properties"]
    json.dumps(schema)


def test_document_round_trips_through_json(corpus_docs: dict[str, Document]) -> None:
    doc = next(iter(corpus_docs.values()))
    again = Document.model_validate_json(doc.model_dump_json(exclude={"recipients", "sections"}))
    assert again.gold_view() == doc.gold_view()


def test_parse_rejects_bytes() -> None:
    import pytest

    with pytest.raises(TypeError):
        kehoach_parser.parse(b"bytes")  # type: ignore[arg-type]


def test_a_document_round_trips_through_its_dump_and_its_json() -> None:
    from pathlib import Path

    import kehoach_parser
    from kehoach_parser.document import Document

    plan = sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*.txt"))[0]
    doc = kehoach_parser.parse_file(plan)
    assert doc.recipients and doc.sections  # the computed views are in the dump
    assert Document.model_validate(doc.model_dump()) == doc
    assert Document.model_validate_json(doc.model_dump_json()) == doc
