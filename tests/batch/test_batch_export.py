"""Exports: Parquet and JSONL per table, and full records that reload as Documents."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from test_batch_store import ok_result, sample_document

from kehoach_parser.batch import BatchOptions, Store, run_batch
from kehoach_parser.batch.export import export_store
from kehoach_parser.batch.schema import EXPORT_TABLES, column_names
from kehoach_parser.document import Document


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "s.sqlite") as s:
        s.write(ok_result("/a/1.txt", "1" * 64, sample_document("UBND xã A", 2026)))
        s.write(ok_result("/a/x.zip!/2.txt", "2" * 64, sample_document("UBND xã B", 2025)))
    ro = Store(tmp_path / "s.sqlite", readonly=True)
    yield ro
    ro.close()


def test_parquet_has_every_table_with_typed_columns(store: Store, tmp_path: Path) -> None:
    written = export_store(store, tmp_path / "pq", fmt="parquet", batch=1)
    assert set(written) == {f"{t}.parquet" for t in EXPORT_TABLES}
    docs = pq.read_table(tmp_path / "pq" / "documents.parquet")
    assert docs.column_names == list(column_names("documents"))
    assert docs.num_rows == 2
    ind = pq.read_table(tmp_path / "pq" / "indicators.parquet").to_pylist()
    assert len(ind) == 4
    assert {(r["name"], r["value"], r["span_start"], r["span_end"]) for r in ind} >= {
        ("Tỷ lệ hộ nghèo", 2.0, 33, 64)}
    assert str(pq.read_schema(tmp_path / "pq" / "indicators.parquet").field("value").type) \
        == "double"
    dates = pq.read_table(tmp_path / "pq" / "dates.parquet").to_pylist()
    assert dates[0]["recurring"] is False
    empty = pq.read_table(tmp_path / "pq" / "terms.parquet")
    assert empty.num_rows == 0 and empty.column_names == list(column_names("terms"))
    # Joins work across files: every indicator's doc_id is a document id.
    assert {r["doc_id"] for r in ind} <= set(docs.column("id").to_pylist())


def test_jsonl_tables_and_full_records(store: Store, tmp_path: Path) -> None:
    written = export_store(store, tmp_path / "jl", fmt="jsonl", tables=["documents",
                                                                        "indicators"], full=True)
    assert written == {"documents.jsonl": 2, "indicators.jsonl": 4, "records.jsonl": 2}
    lines = (tmp_path / "jl" / "indicators.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["name"] == "Tỷ lệ hộ nghèo"
    records = [json.loads(x) for x in (tmp_path / "jl" / "records.jsonl").open(encoding="utf-8")]
    assert [r["source"] for r in records] == ["/a/1.txt", "/a/x.zip!/2.txt"]
    doc = Document.model_validate({k: v for k, v in records[1]["document"].items()
                                   if k not in ("sections", "recipients")})
    assert doc.issuer == "UBND xã B"
    start, end = doc.indicators[0].span
    assert doc.text[start:end] == doc.indicators[0].text
    assert not list((tmp_path / "jl").glob("*.part"))


def test_unknown_format_or_table_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="format"):
        export_store(store, tmp_path, fmt="csv")
    with pytest.raises(ValueError, match="table"):
        export_store(store, tmp_path, tables=["nope"])


def test_export_of_a_real_batch_round_trips_row_counts(
    tmp_path: Path, make_plans: Callable[..., list[Path]]
) -> None:
    make_plans(tmp_path / "in", 4)
    store_path = tmp_path / "s.sqlite"
    run_batch([tmp_path / "in"], store_path, BatchOptions(workers=1, progress=False))
    with Store(store_path, readonly=True) as s:
        export_store(s, tmp_path / "pq")
        for table in EXPORT_TABLES:
            n = s.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert pq.read_table(tmp_path / "pq" / f"{table}.parquet").num_rows == n, table
