"""The ``slow`` marker reaches the process tests, so ``make test-fast`` leaves them out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _collected(*args: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
         *args, "tests/batch/test_batch_resume.py", "tests/cli"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return {line.split("::")[0] for line in result.stdout.splitlines() if "::" in line}


@pytest.mark.slow
def test_fast_selection_leaves_out_batch_and_batch_command_tests() -> None:
    everything = _collected()
    fast = _collected("-m", "not slow")
    assert {"tests/batch/test_batch_resume.py", "tests/cli/test_batch_cmd.py"} <= everything
    assert fast == everything - {"tests/batch/test_batch_resume.py",
                                 "tests/cli/test_batch_cmd.py"}
    assert "tests/cli/test_cli.py" in fast
