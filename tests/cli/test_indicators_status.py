"""`kehoach indicators`: direction, baseline year and status; results read from the store."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from kehoach_parser.batch.rows import child_rows, compress_document, document_fields
from kehoach_parser.batch.store import Store
from kehoach_parser.batch.tasks import Result
from kehoach_parser.cli.main import main
from kehoach_parser.document import Document, Indicator
from kehoach_parser.version import __version__


def _ind(name: str, value: float, status: str, **kw: object) -> Indicator:
    return Indicator(name=name, comparator="=", value=value, unit="%", text=name,
                     span=(0, len(name)), status=status, **kw)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Path:
    doc = Document(
        issuer="UBND xã Hòa Bình", text="x" * 40, parser_version=__version__,
        indicators=[_ind("Số vụ phạm pháp hình sự", 5, "target", direction="decrease",
                         baseline_year=2025, year=2026)],
        results=[_ind("Tỷ lệ hộ nghèo", 2.42, "result", direction="decrease", year=2025)],
    )
    path = tmp_path / "s.sqlite"
    with Store(path) as s:
        s.write(Result(source="/x/plan.txt", sha256="a" * 64, size=1,
                       parser_version=__version__, status="ok", format="text",
                       doc_fields=document_fields(doc), children=child_rows(doc),
                       doc_json=compress_document(doc)))
    return path


def _csv(capsys: pytest.CaptureFixture[str]) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_targets_show_direction_baseline_and_status(store: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["indicators", "--store", str(store), "--format", "csv"]) == 0
    (row,) = _csv(capsys)
    assert (row["indicator"], row["direction"], row["baseline"], row["status"]) == (
        "Số vụ phạm pháp hình sự", "down", "2025", "target")


def test_results_and_all(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["indicators", "--store", str(store), "--status", "result", "--format",
                 "csv"]) == 0
    (row,) = _csv(capsys)
    assert (row["indicator"], row["value"], row["status"], row["year"]) == (
        "Tỷ lệ hộ nghèo", "2.42", "result", "2025")
    assert main(["indicators", "--store", str(store), "--status", "all", "--format",
                 "csv"]) == 0
    assert [r["status"] for r in _csv(capsys)] == ["target", "result"]  # ordered by name
    assert main(["indicators", "--store", str(store), "--status", "result", "--name",
                 "ho ngheo", "--year", "2024", "--format", "csv"]) == 0
    assert _csv(capsys) == []
