"""scripts/cv_status_model.py's pool: the weights a row scores are loaded and named by their
sha256 before any parse (review R18b, finding 5)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from kehoach_parser.models.linear import LinearModel, parameters_file_text
from tests.scripts.script_loader import load_script

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def script(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.setenv("KEHOACH_STATUS", "model-of-the-caller")
    monkeypatch.delenv("KEHOACH_CONTEXT_CUES", raising=False)  # the script sets it
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    return load_script("cv_status_model", monkeypatch=monkeypatch)


def _write(folder: Path, weight: float) -> Path:
    folder.mkdir()
    path = folder / "indicator_status.json"
    path.write_text(parameters_file_text({"labels": ["target", "result", "none"],
                                          "bias": [0.0, 0.0, 0.0],
                                          "weights": {"x:a": [weight, 0.0, 0.0]}}),
                    encoding="utf-8")
    return path


def test_a_folder_is_named_by_the_digest_of_its_own_weights(
        script: ModuleType, tmp_path: Path) -> None:
    one, two = _write(tmp_path / "one", 1.0), _write(tmp_path / "two", 2.0)
    d1 = script.pool_weights_digest(one.parent)
    assert d1 == LinearModel.load(one).meta["sha256"]
    assert d1 != script.pool_weights_digest(two.parent)


def test_a_folder_without_weights_or_with_modified_ones_stops_the_pool(
        script: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(SystemExit, match="cannot read"):
        script.pool_weights_digest(tmp_path / "empty")
    path = _write(tmp_path / "edited", 1.0)
    path.write_text(path.read_text(encoding="utf-8").replace("1.0", "3.0"), encoding="utf-8")
    with pytest.raises(SystemExit, match="sha256"):
        script.pool_weights_digest(path.parent)


def test_shipped_is_the_checkout_s_file_whatever_the_caller_s_folder(
        script: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "other", 5.0)
    monkeypatch.setenv("KEHOACH_MODELS_DIR", str(tmp_path / "other"))
    shipped = LinearModel.load(ROOT / "models" / "indicator_status.json").meta["sha256"]
    assert script.pool_weights_digest(None) == shipped
