"""Shipped models are plain JSON checked against their digest: a tampered file is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kehoach_parser.errors import ModelError
from kehoach_parser.models.linear import LinearModel, parameters_digest


def _model() -> LinearModel:
    return LinearModel(("heading", "item"), (0.1, -0.1),
                       {"capitals": (1.5, -1.5), "end=.": (-2.0, 2.0)}, {"model": "test"})


def test_a_model_round_trips_through_its_json(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps(_model().to_json()), encoding="utf-8")
    loaded = LinearModel.load(path)
    assert loaded.predict(["capitals"])[0] == "heading"
    assert loaded.predict(["end=."])[0] == "item"
    assert abs(sum(loaded.probabilities(["capitals", "unknown"])) - 1.0) < 1e-9


@pytest.mark.parametrize("tamper", ["weight", "bias", "label", "digest", "drop_digest"])
def test_a_tampered_model_is_refused(tmp_path: Path, tamper: str) -> None:
    data = _model().to_json()
    if tamper == "weight":
        data["weights"]["capitals"][0] = 9.0
    elif tamper == "bias":
        data["bias"][1] = 3.0
    elif tamper == "label":
        data["labels"] = ["item", "heading"]
    elif tamper == "digest":
        data["sha256"] = "0" * 64
    else:
        del data["sha256"]
    path = tmp_path / "m.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelError, match="sha256"):
        LinearModel.load(path)


def test_malformed_or_unreadable_files_are_typed_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError):
        LinearModel.load(bad)
    ragged = _model().to_json()
    ragged["weights"]["capitals"] = [1.0]
    ragged["sha256"] = parameters_digest(ragged["labels"], ragged["bias"], ragged["weights"])
    bad.write_text(json.dumps(ragged), encoding="utf-8")
    with pytest.raises(ModelError, match="one value per label"):
        LinearModel.load(bad)
    # a pickle is never read as a model
    bad.write_bytes(b"\x80\x04\x95\x00\x00\x00\x00\x00\x00\x00\x00.")
    with pytest.raises(ModelError):
        LinearModel.load(bad)
