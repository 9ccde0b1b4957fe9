"""Record fields are declared once, on the models: a new field reaches assembly, the gold
view, the store and the exports with no other edit, and every column holds its own field."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
from pydantic import Field

from kehoach_parser.batch.export import export_store
from kehoach_parser.batch.rows import child_rows, compress_document, document_fields
from kehoach_parser.batch.schema import SCHEMA, SCHEMA_VERSION, StoreSchema, schema_for
from kehoach_parser.batch.store import Store
from kehoach_parser.batch.tasks import Result
from kehoach_parser.context import ParseContext
from kehoach_parser.document import (
    DateMention,
    Document,
    Gold,
    Indicator,
    Reference,
    SectionNode,
    Term,
)
from kehoach_parser.pipeline import STAGES, assemble
from kehoach_parser.text.aligned import AlignedText
from kehoach_parser.text.lines import split_lines
from kehoach_parser.version import __version__

PLAN = (
    "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2026\n\n"
    "I. MỤC TIÊU\n1. Chỉ tiêu\n"
    "- Tỷ lệ hộ nghèo giảm còn dưới 2%.\n"
    "- Thu ngân sách đạt 12,5 tỷ đồng.\n"
)


class IndicatorPlus(Indicator):
    """An indicator with one field more, as a future accuracy change might add."""

    priority: Gold[int | None] = None


class DocumentPlus(Document):
    indicators: Gold[list[IndicatorPlus]] = Field(default_factory=list)


def _context(text: str) -> ParseContext:
    aligned = AlignedText(text)
    ctx = ParseContext(aligned=aligned, lines=split_lines(aligned.text), source="plan.txt")
    ctx.body = (0, len(text))
    for stage in STAGES:
        stage.run(ctx)
    return ctx


def _result(doc: Document, schema: StoreSchema, sha: str) -> Result:
    return Result(source=f"/a/{sha[0]}.txt", sha256=sha, size=len(doc.text),
                  parser_version=__version__, status="ok", format="text",
                  doc_fields=document_fields(doc, schema), children=child_rows(doc, schema),
                  doc_json=compress_document(doc))


def test_a_new_record_field_reaches_the_gold_view_store_and_exports(tmp_path: Path) -> None:
    ctx = _context(PLAN)
    assert len(ctx.indicators) == 2
    # The extraction of the new field (the one edit besides the model):
    ctx.indicators = [IndicatorPlus(**ind.model_dump(), priority=10 + k)
                      for k, ind in enumerate(ctx.indicators)]
    doc = assemble(ctx, DocumentPlus)
    assert [i["priority"] for i in doc.gold_view()["indicators"]] == [10, 11]

    schema = schema_for(DocumentPlus)
    assert "priority" in schema.column_names("indicators")
    assert "priority" not in SCHEMA.column_names("indicators")
    with Store(tmp_path / "s.sqlite", schema=schema) as store:
        store.write(_result(doc, schema, "a" * 64))
        stored = store.conn.execute(
            "SELECT name, priority FROM indicators ORDER BY idx").fetchall()
        assert [p for _, p in stored] == [10, 11]
        assert stored[0][0] == doc.indicators[0].name
        export_store(store, tmp_path / "jl", fmt="jsonl")
        export_store(store, tmp_path / "pq", fmt="parquet")
    lines = (tmp_path / "jl" / "indicators.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["priority"] for x in lines] == [10, 11]
    table = pq.read_table(tmp_path / "pq" / "indicators.parquet")
    assert table.column("priority").to_pylist() == [10, 11]
    assert str(table.schema.field("priority").type) == "int64"


def test_an_existing_store_gains_the_new_column(tmp_path: Path) -> None:
    ctx = _context(PLAN)
    plain = assemble(ctx)
    with Store(tmp_path / "s.sqlite") as store:
        store.write(_result(plain, SCHEMA, "a" * 64))
    ctx.indicators = [IndicatorPlus(**i.model_dump(), priority=7) for i in ctx.indicators]
    plus = assemble(ctx, DocumentPlus)
    schema = schema_for(DocumentPlus)
    with Store(tmp_path / "s.sqlite", schema=schema) as store:
        store.write(_result(plus, schema, "b" * 64))
        rows = store.conn.execute(
            "SELECT d.sha256, i.priority FROM indicators i JOIN documents d ON d.id = i.doc_id "
            "ORDER BY d.sha256, i.idx").fetchall()
    assert rows == [("a" * 64, None), ("a" * 64, None), ("b" * 64, 7), ("b" * 64, 7)]


def test_assemble_fills_every_document_field_the_context_holds() -> None:
    ctx = _context(PLAN)
    ctx.terms = [Term(text="năm 2026", start_year=2026, end_year=2026, span=(1, 2))]
    ctx.metadata.number = "12"
    ctx.metadata.spans["number"] = (3, 5)
    doc = assemble(ctx)
    assert doc.number == "12" and doc.field_spans["number"] == (3, 5)
    assert doc.terms == ctx.terms and doc.section_tree == ctx.sections
    assert doc.indicators == ctx.indicators and doc.text == ctx.text
    filled = {name for name, info in Document.model_fields.items()
              if getattr(doc, name) != info.get_default(call_default_factory=True)}
    # What the context cannot know is set by the front door from the loader and options.
    by_front_door = {"source_format", "encoding", "provenance"}
    unfilled = set(Document.model_fields) - filled - by_front_door
    # Fields this plan has nothing for (no footer, no dates, no results, ...) stay empty;
    # each of them is still read from the context by name:
    for name in unfilled:
        assert hasattr(ctx, {"recipient_entries": "recipients"}.get(name, name)) \
            or hasattr(ctx.metadata, name), name


def _distinct_document() -> Document:
    """A document whose same-typed fields all hold different values."""
    text = "x" * 200
    return Document(
        doc_type="Kế hoạch", number="7", symbol="KH-UBND", title="T", place="P",
        issued_date="2026-01-02", issuer="I", archive=["VT"], text=text,
        section_tree=[SectionNode(label="I", title="MỤC TIÊU", level=1, kind="targets",
                                  category="kinh tế", span=(1, 2), body_span=(3, 4),
                                  children=[SectionNode(label="1", level=2, span=(5, 6),
                                                        body_span=(7, 8))])],
        indicators=[Indicator(
            name="N", group="G", comparator="range", value=1.5, value_max=2.5,
            unit="U", direction="increase", year=2026, label="L", text="TX", total=3.5,
            baseline_year=2020, section="I/1", category="C", restates=4, status="target",
            status_confidence=0.25, base_value=5.5, base_value_max=6.5, base_unit="BU",
            span=(10, 20), field_spans={"value": (11, 12)})],
        dates=[DateMention(text="DT", value="2026-03", role="deadline", granularity="month",
                           recurring=True, responsible="R", task_span=(30, 40),
                           span=(41, 42))],
        references=[Reference(text="RT", doc_type="Nghị quyết", number="15/NQ", date="2025",
                              issuer="HĐND", canonical_id="nq|15", relation="basis",
                              span=(50, 60))],
    )


def test_no_two_columns_are_swapped(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as store:
        store.write(_result(_distinct_document(), SCHEMA, "a" * 64))
        one = store.conn.execute
        assert one(
            "SELECT name, group_name, unit, label, text, section, category, base_unit, status, "
            "comparator, direction FROM indicators").fetchone() == (
            "N", "G", "U", "L", "TX", "I/1", "C", "BU", "target", "range", "increase")
        assert one(
            "SELECT value, value_max, total, status_confidence, base_value, base_value_max "
            "FROM indicators").fetchone() == (1.5, 2.5, 3.5, 0.25, 5.5, 6.5)
        assert one("SELECT year, baseline_year, restates, span_start, span_end "
                   "FROM indicators").fetchone() == (2026, 2020, 4, 10, 20)
        assert one("SELECT task_start, task_end, span_start, span_end, text, value, role, "
                   "granularity, responsible, recurring FROM dates").fetchone() == (
            30, 40, 41, 42, "DT", "2026-03", "deadline", "month", "R", 1)
        assert one("SELECT idx, parent_idx, label, level, span_start, span_end, body_start, "
                   "body_end FROM sections ORDER BY idx").fetchall() == [
            (0, None, "I", 1, 1, 2, 3, 4), (1, 0, "1", 2, 5, 6, 7, 8)]
        assert one("SELECT text, doc_type, number, date, issuer, canonical_id, relation "
                   "FROM doc_references").fetchone() == (
            "RT", "Nghị quyết", "15/NQ", "2025", "HĐND", "nq|15", "basis")
        assert one("SELECT doc_type, number, symbol, title, place, issued_date, issuer, "
                   "archive, n_sections, n_indicators, n_dates, n_references "
                   "FROM documents").fetchone() == (
            "Kế hoạch", "7", "KH-UBND", "T", "P", "2026-01-02", "I", '["VT"]', 2, 1, 1, 1)
        export_store(store, tmp_path / "jl", fmt="jsonl", tables=["dates"])
    row = json.loads((tmp_path / "jl" / "dates.jsonl").read_text(encoding="utf-8"))
    assert (row["task_start"], row["task_end"], row["span_start"], row["span_end"]) \
        == (30, 40, 41, 42)
    assert row["recurring"] is True


def test_a_version_2_store_is_read_as_it_is_and_upgraded_when_written(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    with Store(path) as store:
        store.write(_result(_distinct_document(), SCHEMA, "a" * 64))
    conn = sqlite3.connect(path)  # what a version-2 store lacks
    conn.execute("ALTER TABLE indicators DROP COLUMN status")
    conn.execute("DROP TABLE results")
    conn.execute("UPDATE meta SET value='2' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    with Store(path, readonly=True) as store:
        rows = [r for batch in store.iter_rows("indicators") for r in batch]
        status = SCHEMA.column_names("indicators").index("status")
        assert rows[0][status] is None
        assert list(store.iter_rows("results")) == []
    with Store(path) as store:
        store.write(_result(_distinct_document(), SCHEMA, "b" * 64))
        assert store.conn.execute(
            "SELECT status FROM indicators ORDER BY doc_id").fetchall() == [(None,), ("target",)]
        assert store.conn.execute(
            "SELECT value FROM meta WHERE key='schema_version'").fetchone() == (
            str(SCHEMA_VERSION),)
