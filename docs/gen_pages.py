"""MkDocs hook: the pages of the site that are generated, not written.

Registered in ``mkdocs.yml`` (``hooks:``); runs at every ``mkdocs build``/``serve``, reads
only files of the repository and the installed package (no network):

- ``index.md``        getting started: ``README.md`` without its accuracy section;
- ``accuracy.md``     the README's accuracy section and the committed score snapshot;
- ``model-card.md``   ``models/MODEL_CARD.md``;
- ``data-model.md``   one table per pydantic model of ``kehoach_parser.document`` (from the
                      JSON Schema that ``kehoach schema`` prints), and that schema;
- ``cli.md``          the help of ``kehoach`` and of each sub-command, from argparse.

Links of the copied pages that point at ``docs/…`` or ``models/MODEL_CARD.md`` are turned
into links between site pages; links to other repository paths become code.
"""

from __future__ import annotations

import argparse
import inspect
import json
import logging
import os
import posixpath
import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
LOG = logging.getLogger("mkdocs.hooks.gen_pages")

#: The README heading whose section becomes the accuracy page.
ACCURACY_HEADING = re.compile(r"^## How accurate", re.IGNORECASE)
#: Repository paths copied pages may link to, and the site page that stands for each.
REPO_PAGES = {"models/MODEL_CARD.md": "model-card.md", "README.md": "index.md"}
#: Width of the generated CLI help (argparse reads COLUMNS).
HELP_COLUMNS = "96"

_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)\)")


#: The pages this hook writes into the site (docs may link to them; tests/test_docs_paths.py
#: reads this list).
GENERATED_PAGES = ("index.md", "accuracy.md", "model-card.md", "data-model.md", "cli.md")


def on_files(files: Files, config: MkDocsConfig) -> Files:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start_page, accuracy = _split_readme(readme)
    pages = {
        "index.md": start_page,
        "accuracy.md": accuracy + "\n" + snapshot_page(),
        "model-card.md": rewrite_links((ROOT / "models" / "MODEL_CARD.md").read_text("utf-8"),
                                       "models/MODEL_CARD.md"),
        "data-model.md": data_model_page(),
        "cli.md": cli_page(),
    }
    assert tuple(pages) == GENERATED_PAGES
    for uri, content in pages.items():
        files.append(File.generated(config, uri, content=content))
    return files


# --- README ---------------------------------------------------------------------------------

def _split_readme(readme: str) -> tuple[str, str]:
    """(the README without its accuracy section, that section as a page)."""
    lines = readme.splitlines()
    start = next((i for i, line in enumerate(lines) if ACCURACY_HEADING.match(line)), None)
    if start is None:
        LOG.warning("README.md has no '## How accurate …' section: the accuracy page is empty")
        return rewrite_links(readme), "# Accuracy\n"
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")),
               len(lines))
    section = ["# Accuracy", *lines[start + 1:end]]
    pointer = ["## How accurate is it?", "",
               "See [Accuracy](accuracy.md): the scores on the labeled real documents.", ""]
    start_page = (rewrite_links("\n".join(lines[:start]) + "\n") + "\n".join(pointer) + "\n"
                  + rewrite_links("\n".join(lines[end:]) + "\n"))
    return start_page, rewrite_links("\n".join(section) + "\n")


def rewrite_links(markdown: str, source: str = "README.md") -> str:
    """Fix the relative links of ``source`` (a repository path) for the site, whose pages are
    the files of ``docs/`` plus the generated ones: a link into ``docs/`` or to a file with a
    page (:data:`REPO_PAGES`) points at that page; a link to any other repository path (which
    the site does not hold) becomes the path as code."""
    source_dir = posixpath.dirname(source)
    page_dir = posixpath.dirname(_page_of(source) or "docs/index.md")

    def fix(match: re.Match[str]) -> str:
        text, target = match.group(1), match.group(2)
        if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("#"):
            return match.group(0)
        path, _, anchor = target.partition("#")
        suffix = f"#{anchor}" if anchor else ""
        repo_path = posixpath.normpath(posixpath.join(source_dir, path))
        page = _page_of(repo_path)
        if page is not None:
            return f"[{text}]({posixpath.relpath(page, page_dir)}{suffix})"
        return text if text.startswith("`") else f"{text} (`{repo_path}`)"

    return _LINK.sub(fix, markdown)


def _page_of(repo_path: str) -> str | None:
    """``docs/…`` path of the site page that stands for ``repo_path``, if any."""
    if repo_path in REPO_PAGES:
        return "docs/" + REPO_PAGES[repo_path]
    if repo_path.startswith("docs/"):  # MkDocs checks that it exists
        return repo_path
    return None


def on_page_markdown(markdown: str, page: Any, config: MkDocsConfig, files: Files) -> str:
    """Links of the written pages of ``docs/`` that leave the folder (``../src/x.py``)."""
    if page.file.generated_by is not None:
        return markdown
    return rewrite_links(markdown, "docs/" + page.file.src_uri)


# --- accuracy snapshot ----------------------------------------------------------------------

def snapshot_page() -> str:
    """The committed regression snapshot (``tests/evaluation/score_snapshot.json``)."""
    path = ROOT / "tests" / "evaluation" / "score_snapshot.json"
    data: dict[str, dict[str, float]] = json.loads(path.read_text(encoding="utf-8"))
    corpora = list(data)
    keys = sorted({k for scores in data.values() for k in scores if k != "documents"},
                  key=lambda k: (k.startswith("metadata."), k))
    out = [
        "## The committed score snapshot", "",
        "The scores the test suite guards (`scripts/score_snapshot.py --check`; a drop of more "
        "than 0.01 fails CI).  F1 per area; accuracy per metadata field over the documents "
        "whose gold has it.  The real test split is not guarded: it is scored once at the end "
        "of a piece of work.", "",
        "| score | " + " | ".join(corpora) + " |",
        "|---|" + "---:|" * len(corpora),
        "| documents | " + " | ".join(f"{data[c].get('documents', 0):.0f}" for c in corpora)
        + " |",
    ]
    for key in keys:
        cells = [f"{data[c][key]:.3f}" if key in data[c] else "–" for c in corpora]
        out.append(f"| {key} | " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


# --- data model -----------------------------------------------------------------------------

def data_model_page() -> str:
    from pydantic import BaseModel

    import kehoach_parser.document as model
    from kehoach_parser.document import document_json_schema

    schema = document_json_schema()
    defs: dict[str, Any] = schema.get("$defs", {})
    classes = [obj for _, obj in inspect.getmembers(model, inspect.isclass)
               if issubclass(obj, BaseModel) and obj.__module__ == model.__name__
               and not obj.__name__.startswith("_")]
    order = ["Document", *sorted(c.__name__ for c in classes if c.__name__ != "Document")]
    by_name = {c.__name__: c for c in classes}
    out = [
        "# Data model", "",
        "Every record the parser returns is a pydantic model of `kehoach_parser.document`; "
        "this page is generated from those models and from the JSON Schema that "
        "`kehoach schema` prints (`document_json_schema()`).  A `span` is `[start, end)` "
        "character offsets into `Document.text`, the normalised text.  Fields marked "
        "*computed* are written by `model_dump` and ignored on input.", "",
    ]
    for name in order:
        cls = by_name[name]
        node = schema if name == "Document" else defs.get(name)
        if node is None:
            continue
        out += [f"## {name}", "", inspect.cleandoc(cls.__doc__ or ""), "",
                "| field | type | required | description |", "|---|---|---|---|"]
        required = set(node.get("required", []))
        for field, prop in node.get("properties", {}).items():
            kind = "computed" if prop.get("readOnly") else ("yes" if field in required else "no")
            desc = (prop.get("description") or _field_doc(cls, field)).replace("\n", " ")
            out.append(f"| `{field}` | {type_of(prop)} | {kind} | {_cell(desc)} |")
        out.append("")
    out += ["## JSON Schema", "", "Draft 2020-12, serialisation mode (`kehoach schema`).", "",
            "```json", json.dumps(schema, ensure_ascii=False, indent=2), "```", ""]
    return "\n".join(out)


def _field_doc(cls: type, field: str) -> str:
    prop = getattr(cls, field, None)
    if isinstance(prop, property) and prop.fget is not None and prop.fget.__doc__:
        return inspect.cleandoc(prop.fget.__doc__)
    return ""


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def type_of(prop: dict[str, Any]) -> str:
    """A short, readable type of one JSON Schema node; references link to their section."""
    if "$ref" in prop:
        name = prop["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    if "anyOf" in prop:
        return " or ".join(type_of(p) for p in prop["anyOf"])
    if "enum" in prop:
        return "one of " + ", ".join(f"`{json.dumps(v, ensure_ascii=False)}`"
                                     for v in prop["enum"])
    if "const" in prop:
        return f"`{json.dumps(prop['const'], ensure_ascii=False)}`"
    kind = prop.get("type")
    if kind == "array":
        if "prefixItems" in prop:
            return "[" + ", ".join(type_of(p) for p in prop["prefixItems"]) + "]"
        return f"list of {type_of(prop.get('items', {}))}"
    if kind == "object":
        extra = prop.get("additionalProperties")
        return f"map of {type_of(extra)}" if isinstance(extra, dict) else "object"
    return str(kind) if kind else "any"


# --- CLI ------------------------------------------------------------------------------------

def cli_page() -> str:
    from kehoach_parser.cli.main import build_parser

    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = HELP_COLUMNS
    try:
        parser = build_parser()
        out = ["# Command line", "",
               "Generated from the argparse definitions of `kehoach` "
               "(`kehoach_parser.cli.main.build_parser`); the same text as `kehoach … --help`.",
               "", "```text", parser.format_help().rstrip(), "```", ""]
        for name, sub, summary in _subcommands(parser):
            out += [f"## kehoach {name}", ""]
            if summary:
                out += [summary, ""]
            out += ["```text", sub.format_help().rstrip(), "```", ""]
    finally:
        if saved is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = saved
    return "\n".join(out)


def _subcommands(parser: argparse.ArgumentParser
                 ) -> list[tuple[str, argparse.ArgumentParser, str]]:
    found: list[tuple[str, argparse.ArgumentParser, str]] = []
    for action in parser._actions:  # noqa: SLF001 - argparse has no public walk
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            helps = {a.dest: a.help or "" for a in action._choices_actions}  # noqa: SLF001
            for name, sub in action.choices.items():
                found.append((name, sub, helps.get(name, "")))
    return found
