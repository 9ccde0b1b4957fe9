"""The SQLite store: schema, one transaction per document, replacement, queries."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kehoach_parser.batch.rows import (
    child_rows,
    compress_document,
    decompress_document,
    document_fields,
)
from kehoach_parser.batch.schema import CHILD_TABLES, SCHEMA_VERSION
from kehoach_parser.batch.store import Store, StoreError, fold
from kehoach_parser.batch.tasks import Result
from kehoach_parser.document import (
    DateMention,
    Document,
    Indicator,
    Recipient,
    Reference,
    SectionNode,
    Signer,
)
from kehoach_parser.version import __version__


def sample_document(issuer: str = "UBND xã Tân Lập", year: int = 2026) -> Document:
    text = "KẾ HOẠCH\nI. MỤC TIÊU\n1. Chỉ tiêu\nTỷ lệ hộ nghèo giảm còn dưới 2%.\n"
    return Document(
        doc_type="Kế hoạch", issuer=issuer, issued_date=f"{year}-01-15", text=text,
        signers=[Signer(name="Nguyễn Văn A", position="Chủ tịch", span=(60, 72))],
        recipient_entries=[Recipient(text="UBND huyện (b/c)", name="UBND huyện",
                                     note="(b/c)", purpose="report", span=(72, 80))],
        section_tree=[SectionNode(label="I", title="MỤC TIÊU", level=1, kind="targets",
                                  span=(9, 20), body_span=(9, 66), children=[
            SectionNode(label="1", title="Chỉ tiêu", level=2, span=(21, 32),
                        body_span=(21, 66))])],
        indicators=[
            Indicator(name="Tỷ lệ hộ nghèo", comparator="<", value=2.0, unit="%", year=year,
                      direction="decrease", text="Tỷ lệ hộ nghèo giảm còn dưới 2%",
                      span=(33, 64), field_spans={"value": (60, 61)}),
            Indicator(name="Thu ngân sách", comparator=">=", value=12.5, unit="tỷ đồng",
                      year=year, text="Thu ngân sách đạt 12,5 tỷ đồng", span=(0, 5)),
        ],
        dates=[DateMention(text="15/01", value=f"{year}-01-15", role="issued", span=(1, 3))],
        references=[Reference(text="Nghị quyết số 15/NQ-HĐND", doc_type="Nghị quyết",
                              number="15/NQ-HĐND", canonical_id="nq|15|2025|hdnd",
                              mentions=[(5, 9), (20, 24)], span=(5, 9))],
        parser_version=__version__,
    )


def ok_result(source: str, sha: str, doc: Document | None = None) -> Result:
    doc = doc or sample_document()
    return Result(source=source, sha256=sha, size=100, parser_version=__version__,
                  status="ok", format="text", doc_fields=document_fields(doc),
                  children=child_rows(doc), doc_json=compress_document(doc))


def test_row_shapes_match_the_schema() -> None:
    children = child_rows(sample_document())
    assert set(children) == set(CHILD_TABLES)
    for table, rows in children.items():
        for row in rows:
            assert list(row) == [c.name for c in CHILD_TABLES[table]], table
    assert children["sections"][1]["parent_idx"] == 0  # the nested heading's parent
    assert children["sections"][0]["parent_idx"] is None


def test_schema_tables_indexes_and_version(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as store:
        names = {r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"documents", "sections", "indicators", "dates", "doc_references", "recipients",
                "signers", "terms", "warnings", "document_json", "runs", "meta"} <= names
        indexes = {r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"ix_indicators_name", "ix_documents_sha256", "ix_dates_role_value"} <= indexes
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        version = store.conn.execute("SELECT value FROM meta WHERE key='schema_version'")
        assert version.fetchone()[0] == str(SCHEMA_VERSION)
    conn = sqlite3.connect(tmp_path / "s.sqlite")
    conn.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="schema version 999"):
        Store(tmp_path / "s.sqlite")


def test_write_keeps_spans_and_joins(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as store:
        doc_id = store.write(ok_result("/a/plan.txt", "a" * 64))
        row = store.conn.execute(
            "SELECT i.name, i.value, i.span_start, i.span_end, i.field_spans, d.source "
            "FROM indicators i JOIN documents d ON d.id = i.doc_id WHERE i.idx = 0").fetchone()
        assert row == ("Tỷ lệ hộ nghèo", 2.0, 33, 64, '{"value":[60,61]}', "/a/plan.txt")
        mentions = store.conn.execute("SELECT mentions FROM doc_references").fetchone()[0]
        assert mentions == "[[5,9],[20,24]]"
        blob = store.conn.execute("SELECT json FROM document_json WHERE doc_id=?",
                                  (doc_id,)).fetchone()[0]
        restored = Document.model_validate(
            {k: v for k, v in decompress_document(blob).items()
             if k not in ("sections", "recipients")})
        assert restored.indicators[0].span == (33, 64)
        assert restored.text[33:64] == "Tỷ lệ hộ nghèo giảm còn dưới 2%"


def test_same_document_written_twice_is_stored_once(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as store:
        store.write(ok_result("/a/plan.txt", "a" * 64))
        store.write(ok_result("/a/plan.txt", "a" * 64))
        store.write(ok_result("/a/plan.txt", "b" * 64))  # new content: a new document
        assert store.counts() == {"documents": 2, "ok": 2, "error": 0}
        assert store.conn.execute("SELECT count(*) FROM indicators").fetchone()[0] == 4
        assert store.conn.execute("SELECT count(*) FROM document_json").fetchone()[0] == 2


def test_a_failed_write_leaves_no_partial_document(tmp_path: Path) -> None:
    result = ok_result("/a/plan.txt", "a" * 64)
    result.children["dates"].append({"idx": 0})  # a second idx 0: fails mid-transaction
    with Store(tmp_path / "s.sqlite") as store:
        store.write(ok_result("/a/other.txt", "c" * 64))
        with pytest.raises(sqlite3.Error):
            store.write(result)
        assert store.counts()["documents"] == 1
        for table in CHILD_TABLES:
            orphans = store.conn.execute(
                f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT id FROM documents)")
            assert orphans.fetchone()[0] == 0


def test_indicator_query_filters_and_folds(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as store:
        store.write(ok_result("/a/1.txt", "1" * 64, sample_document("UBND xã Tân Lập", 2026)))
        store.write(ok_result("/a/2.txt", "2" * 64, sample_document("UBND xã Đồng Tâm", 2025)))
        assert len(store.indicators()) == 4
        assert {r["indicator"] for r in store.indicators(name="ho ngheo")} == {"Tỷ lệ hộ nghèo"}
        assert len(store.indicators(name="HỘ NGHÈO")) == 2
        assert store.indicators(name="hô nghèo") == []  # with accents, accents must match
        assert [r["source"] for r in store.indicators(year=2025)] == ["/a/2.txt", "/a/2.txt"]
        assert len(store.indicators(unit="TỶ ĐỒNG")) == 2
        assert [r["issuer"] for r in store.indicators(issuer="dong tam", unit="%")] == [
            "UBND xã Đồng Tâm"]
        assert len(store.indicators(limit=3)) == 3
    assert fold("Đường ĐÊ") == "duong de"


def test_second_writer_is_refused(tmp_path: Path) -> None:
    first = Store(tmp_path / "s.sqlite")
    first.lock()
    second = Store(tmp_path / "s.sqlite")
    with pytest.raises(StoreError, match="another batch"):
        second.lock()
    first.close()
    second.lock()  # released with the first
    second.close()
