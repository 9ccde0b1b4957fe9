"""python -m kehoach_parser, and the library's logging under -v/-q."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

import kehoach_parser
from kehoach_parser.cli.main import main
from kehoach_parser.log import LOGGER_NAME

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpus" / "000_f3d1e280d760d2eb.txt"


def test_python_dash_m_runs_the_cli() -> None:
    out = subprocess.run([sys.executable, "-m", "kehoach_parser", "--version"],
                         capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == f"kehoach_parser {kehoach_parser.__version__}"


def test_library_logs_through_its_logger(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger=LOGGER_NAME):
        doc = kehoach_parser.parse_file(SEED)
    names = {r.name for r in caplog.records}
    assert names and all(n.startswith(LOGGER_NAME) for n in names)
    assert any(f"{len(doc.indicators)} indicators" in r.getMessage() for r in caplog.records)


def test_stage_failure_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    from kehoach_parser.pipeline import STAGES, Stage, run_pipeline

    def broken(ctx: object) -> None:
        raise RuntimeError("boom")

    with caplog.at_level(logging.WARNING, logger=LOGGER_NAME):
        doc = run_pipeline("KẾ HOẠCH\nI. MỤC TIÊU\n", stages=(*STAGES, Stage("broken", broken)))
    assert any(w.code == "W100" for w in doc.warnings)
    assert any("stage 'broken' failed" in r.getMessage() for r in caplog.records)


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kehoach_parser", *args],
                          capture_output=True, text=True, timeout=120)


def test_verbose_and_quiet_on_the_command_line() -> None:
    loud = _run(["parse", str(SEED), "--no-text", "-vv"])
    assert loud.returncode == 0 and "kehoach_parser.pipeline" in loud.stderr
    before = _run(["-v", "parse", str(SEED), "--no-text"])  # before the command too
    assert before.returncode == 0 and "kehoach_parser" not in before.stderr  # info: none here
    quiet = _run(["parse", str(SEED), "--no-text", "-q"])
    assert quiet.returncode == 0 and quiet.stderr == ""
    assert quiet.stdout == loud.stdout  # logging never touches the output


def test_verbose_and_quiet_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["parse", str(SEED), "-v", "-q"])
    assert "not allowed" in capsys.readouterr().err
