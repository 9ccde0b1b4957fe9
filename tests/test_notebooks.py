"""The notebooks of ``notebooks/`` are committed without outputs and run top to bottom.

Each notebook is executed with nbclient in a kernel of this interpreter (a kernelspec written
to a temporary ``JUPYTER_PATH``, so that a ``python3`` kernel installed elsewhere on the machine
cannot stand in for it), from the ``notebooks/`` folder, as a fresh clone would run it: no
store built before.  The run must leave the repository's files as they were.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
NOTEBOOK_PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))

#: Folders that tools write into while the tests run; not the notebooks' business.
_NOT_WATCHED = {".git", ".venv", ".pytest_cache", ".hypothesis", ".mypy_cache", "__pycache__",
                "site", ".benchmarks", ".ipynb_checkpoints"}

#: A notebook that asks for the frozen test split: ``split="test"``, ``--split test``.
_TEST_SPLIT = re.compile(r"""(?i)split\s*=\s*["']test["']|--split[\s=]+test\b""")

#: The marker cell appended to each notebook at test time: which interpreter ran it.
_WHO_RUNS = "import sys; print('KERNEL-EXECUTABLE', sys.executable)"


def _outputs(nb: Any) -> list[Any]:
    return [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]


def _texts(nb: Any) -> str:
    parts: list[str] = []
    for out in _outputs(nb):
        if out.output_type == "stream":
            parts.append(out.text)
        elif "data" in out:
            parts.extend(str(v) for k, v in out.data.items() if k.startswith("text/"))
    return "\n".join(parts)


def _shows_viewer(nb: Any) -> bool:
    return any("<iframe srcdoc=" in str(out.get("data", {}).get("text/html", ""))
               for out in _outputs(nb))


def _shows_plot(nb: Any) -> bool:
    return any("image/png" in out.get("data", {}) for out in _outputs(nb))


def _shows_dev_scores(nb: Any) -> bool:
    text = _texts(nb)
    return "documents of the dev split" in text and "mismatches in" in text


#: What each notebook must have shown once executed (a new notebook needs an entry).
SHOWS: dict[str, Callable[[Any], bool]] = {
    "01_parse_and_view": _shows_viewer,
    "02_batch_and_plot": _shows_plot,
    "03_evaluate_dev_split": _shows_dev_scores,
}


def _repo_files() -> dict[str, float]:
    files: dict[str, float] = {}
    for folder, dirs, names in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in _NOT_WATCHED]
        for name in names:
            path = Path(folder) / name
            files[str(path.relative_to(ROOT))] = path.stat().st_mtime
    return files


def test_there_are_notebooks() -> None:
    assert {p.stem for p in NOTEBOOK_PATHS} == set(SHOWS)


@pytest.mark.parametrize("path", NOTEBOOK_PATHS, ids=lambda p: p.stem)
def test_notebook_is_committed_without_outputs(path: Path) -> None:
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    assert nb["cells"][0]["cell_type"] == "markdown", "the first cell introduces the notebook"
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None, (
                f"{path.name}: stored outputs (clear them before committing)")
        source = "".join(cell["source"])
        assert not _TEST_SPLIT.search(source), f"{path.name}: the test split is frozen"


@pytest.fixture()
def own_kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A ``python3`` kernelspec that runs this interpreter, found before any other."""
    spec_dir = tmp_path / "jupyter" / "kernels" / "python3"
    spec_dir.mkdir(parents=True)
    spec = {"argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": "Python 3 (kehoach tests)", "language": "python"}
    (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    # The inline backend, whatever a CI machine sets: plots become image/png outputs.
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    return "python3"


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOK_PATHS, ids=lambda p: p.stem)
def test_notebook_runs_top_to_bottom(path: Path, own_kernel: str) -> None:
    nbformat = pytest.importorskip("nbformat", reason="the test extra is not installed")
    nbclient = pytest.importorskip("nbclient", reason="the test extra is not installed")
    pytest.importorskip("ipykernel", reason="the test extra is not installed")
    nb = nbformat.read(path, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(_WHO_RUNS))
    before = _repo_files()
    client = nbclient.NotebookClient(nb, kernel_name=own_kernel, timeout=600,
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()
    assert f"KERNEL-EXECUTABLE {sys.executable}" in _texts(nb)
    errors = [out for out in _outputs(nb) if out.output_type == "error"]
    assert not errors
    assert SHOWS[path.stem](nb), f"{path.name} did not show what its introduction says"
    assert _repo_files() == before, "the notebook wrote or changed files in the repository"
