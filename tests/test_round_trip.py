"""A Document loads back from its own dump and from the CLI's JSON; spans map back to the
original text."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

import kehoach_parser
from kehoach_parser import Document
from kehoach_parser.cli.main import main
from kehoach_parser.evaluation.corpus import discover

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))
# A few real documents of the train and dev splits (never the test split).
REAL = [d.document for split in ("train", "dev")
        for d in discover(ROOT / "corpus" / "real", split)[:6]]


@pytest.mark.parametrize("path", SEEDS + REAL, ids=lambda p: p.name)
def test_model_validate_of_model_dump_equals_the_original(path: Path) -> None:
    doc = kehoach_parser.parse_file(path)
    assert Document.model_validate(doc.model_dump()) == doc
    assert Document.model_validate(doc.model_dump(mode="json")) == doc
    assert Document.model_validate_json(doc.model_dump_json()) == doc


def test_a_changed_record_is_not_equal() -> None:
    doc = kehoach_parser.parse_file(SEEDS[0])
    other = Document.model_validate(doc.model_dump())
    other.indicators[0].value = (other.indicators[0].value or 0) + 1
    assert other != doc


def test_cli_json_loads_back(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [SEEDS[0], REAL[0]]
    assert main(["parse", *map(str, paths)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "recipients" in data[0] and "sections" in data[0]  # the derived views are written
    for path, item in zip(paths, data, strict=True):
        assert Document.model_validate(item) == kehoach_parser.parse_file(path)


def test_unknown_keys_are_still_refused() -> None:
    doc = kehoach_parser.parse_file(SEEDS[0])
    data = doc.model_dump()
    data["recipientz"] = []
    with pytest.raises(ValueError, match="Extra inputs"):
        Document.model_validate(data)


def test_to_original_maps_spans_through_normalisation() -> None:
    plain = ("KẾ HOẠCH\nPhát triển kinh tế năm 2026\n\nI. MỤC TIÊU\n"
             "1. Chỉ tiêu\n- Tỷ lệ hộ nghèo giảm còn dưới 2% vào năm 2026.\n")
    original = "**" + unicodedata.normalize("NFD", plain).replace("\n", "\r\n")
    doc = kehoach_parser.parse(original)
    assert doc.text != original
    ind = doc.indicators[0]
    start, end = doc.to_original(ind.span)
    assert unicodedata.normalize("NFC", original[start:end]) == ind.text
    s0, e0 = doc.to_original(doc.sections[0].span)
    assert "MỤC TIÊU" in unicodedata.normalize("NFC", original[s0:e0])


def test_to_original_after_a_json_round_trip_raises() -> None:
    doc = kehoach_parser.parse_file(SEEDS[0])
    again = Document.model_validate_json(doc.model_dump_json())
    with pytest.raises(ValueError, match="no offset map"):
        again.to_original((0, 5))
    assert "_alignment" not in doc.model_dump_json()
