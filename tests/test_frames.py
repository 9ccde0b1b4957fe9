"""Records as pandas DataFrames: Document.to_frames() and open_store(path).frame()."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import kehoach_parser
from kehoach_parser.errors import MissingDependency, StoreError
from kehoach_parser.frames import FRAME_NAMES

pytest.importorskip("pandas", reason="the pandas extra is not installed")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "000_f3d1e280d760d2eb.txt"


def test_to_frames_has_one_row_per_record_and_spans_as_columns() -> None:
    doc = kehoach_parser.parse_file(SEED)
    frames = doc.to_frames()
    assert tuple(frames) == FRAME_NAMES
    assert len(frames["indicators"]) == len(doc.indicators) > 0
    assert len(frames["sections"]) == len(doc.sections) > 0
    assert len(frames["recipients"]) == len(doc.recipient_entries) > 0
    assert len(frames["dates"]) == len(doc.dates)
    ind = frames["indicators"]
    for row, record in zip(ind.itertuples(), doc.indicators, strict=True):
        assert doc.text[row.start:row.end] == record.text
        assert row.name == record.name and row.unit == record.unit
    assert {"body_start", "body_end", "parent"} <= set(frames["sections"].columns)
    assert "span" not in ind.columns and "field_spans" not in ind.columns


def test_empty_kinds_still_have_their_columns() -> None:
    frames = kehoach_parser.parse("Một dòng chữ không có gì.").to_frames()
    assert len(frames["indicators"]) == 0
    assert {"name", "value", "unit", "start", "end"} <= set(frames["indicators"].columns)


def test_missing_pandas_is_a_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = kehoach_parser.parse_file(SEED)
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(MissingDependency, match=r"kehoach-parser\[pandas\]"):
        doc.to_frames()


def test_open_store_frame_joins_document_fields(tmp_path: Path) -> None:
    from kehoach_parser.batch import BatchOptions, run_batch

    store = tmp_path / "s.sqlite"
    run_batch([ROOT / "corpus"], store, BatchOptions(
        workers=1, progress=False,
        selection=BatchOptions().selection.with_patterns(exclude=["variants/", "real/",
                                                                   "real_pdf/"])))
    with kehoach_parser.open_store(store) as opened:
        frame = opened.frame("indicators")
        docs = opened.frame("documents")
        with pytest.raises(StoreError, match="no table"):
            opened.frame("nope; DROP TABLE documents")
    seeds = sorted((ROOT / "corpus").glob("*.txt"))
    assert len(docs) == len(seeds)
    expected = sum(len(kehoach_parser.parse_file(p).indicators) for p in seeds)
    assert len(frame) == expected
    assert {"document_issuer", "document_type", "document_date", "document_source",
            "start", "end"} <= set(frame.columns)
    one = frame[frame["document_source"].str.endswith(SEED.name)]
    doc = kehoach_parser.parse_file(SEED)
    assert set(one["document_issuer"]) == {doc.issuer}
    assert set(one["document_type"]) == {doc.doc_type}
    assert list(one["name"]) == [i.name for i in doc.indicators]
