"""The documentation site builds with ``mkdocs build --strict`` and its generated pages hold
what they are generated from (the CLI's sub-commands, the models' fields, the snapshot)."""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytest.importorskip("mkdocs", reason="the docs extra is not installed")
pytest.importorskip("material", reason="the docs extra is not installed (mkdocs-material)")
pytest.importorskip("mkdocstrings_handlers.python", reason="the docs extra is not installed")


def _hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_pages", ROOT / "docs" / "gen_pages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, env=env,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return out


def _text(page: Path) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))


@pytest.mark.slow
def test_every_generated_page_is_built(site: Path) -> None:
    assert "Getting started" in _text(site / "index.html")
    for page in ("accuracy", "model-card", "data-model", "cli", "api", "spacy"):
        assert (site / page / "index.html").is_file(), page
    api = (site / "api" / "index.html").read_text(encoding="utf-8")
    assert 'id="kehoach_parser.high_level.parse"' in api  # mkdocstrings rendered the API


@pytest.mark.slow
def test_cli_page_has_every_subcommand(site: Path) -> None:
    from kehoach_parser.cli.main import build_parser

    parser = build_parser()
    subs = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    text = _text(site / "cli" / "index.html")
    assert subs.choices
    for name, sub in subs.choices.items():
        assert f"kehoach {name}" in text
        for action in sub._actions:
            for flag in action.option_strings:
                assert flag in text, (name, flag)


@pytest.mark.slow
def test_data_model_page_has_every_model_and_field(site: Path) -> None:
    from kehoach_parser.document import document_json_schema

    schema = document_json_schema()
    page = (site / "data-model" / "index.html").read_text(encoding="utf-8")
    for name, node in [("Document", schema), *schema["$defs"].items()]:
        assert f'id="{name.lower()}"' in page, name
        for field in node["properties"]:
            assert f"<code>{field}</code>" in page, (name, field)


@pytest.mark.slow
def test_accuracy_page_holds_the_committed_snapshot(site: Path) -> None:
    snapshot = json.loads((ROOT / "tests" / "evaluation" / "score_snapshot.json").read_text())
    text = _text(site / "accuracy" / "index.html")
    for corpus, scores in snapshot.items():
        assert corpus in text
        assert f"{scores['indicators.f1']:.3f}" in text


@pytest.mark.slow
def test_no_link_of_the_site_points_into_the_repository_layout(site: Path) -> None:
    for page in site.rglob("*.html"):
        hrefs = re.findall(r'href="([^"]+)"', page.read_text(encoding="utf-8"))
        bad = [h for h in hrefs if not h.startswith(("http:", "https:"))
               and (re.search(r"\.(md|py|json)(#|$)", h) or re.match(r"(\.\./)*(docs|src)/", h))]
        assert not bad, (page, bad)


def test_links_are_rewritten_for_the_site() -> None:
    hook = _hook()
    readme = "See [rules](docs/evaluation.md#areas), [card](models/MODEL_CARD.md), " \
             "[code](src/kehoach_parser/pipeline.py) and [web](https://example.org/x)."
    assert hook.rewrite_links(readme, "README.md") == (
        "See [rules](evaluation.md#areas), [card](model-card.md), "
        "code (`src/kehoach_parser/pipeline.py`) and [web](https://example.org/x)."
    )
    page = "[a](annotation.md) [up](../README.md) [src](../src/kehoach_parser/errors.py)"
    assert hook.rewrite_links(page, "docs/corpus.md") == (
        "[a](annotation.md) [up](index.md) src (`src/kehoach_parser/errors.py`)"
    )


def test_readme_is_split_at_its_accuracy_section() -> None:
    hook = _hook()
    readme = "# T\n\nintro\n\n## How accurate is it?\n\n| a |\n|---|\n\n## Layout\n\nx\n"
    start, accuracy = hook._split_readme(readme)
    assert accuracy.startswith("# Accuracy\n") and "| a |" in accuracy
    assert "| a |" not in start and "## Layout" in start and "(accuracy.md)" in start
