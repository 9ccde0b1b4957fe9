"""Every file or module that the README and docs/*.md name in backticks exists.

A name is read as a path when its first folder is one of the repository's or the package's
folders (``scripts/…``, ``extract/…``, ``lang/vi/…``) or when it is a file name ending in
``.py`` or ``.md``.  Package-relative names (``extract/outline.py``) are looked up under
``src/kehoach_parser``; a shorter name (``indicators/clauses.py``, ``outline.py``) must be
the end of some file's path.  Names that stand for a pattern rather than a file (``<PREFIX>``,
``{docx,pdf}``, ``NAME.txt``, ``ARCHIVE!/MEMBER``) and absolute or parent paths (examples of
what the batch refuses) are not paths of this repository and are left alone.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "kehoach_parser"
DOCS = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
_BACKTICKED = re.compile(r"`([^`\s]+)`")
_LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")
_PATTERN_MARKS = set("<>{}!|:$")
_SUFFIXES = (".py", ".md")
#: Written when a benchmark or the browser test runs (git-ignored), so absent from a fresh clone.
GENERATED = ("benchmarks/results/", "out/")


def _folders() -> set[str]:
    root_dirs = {p.name for p in ROOT.iterdir() if p.is_dir() and not p.name.startswith(".")}
    package_dirs = {p.name for p in PACKAGE.rglob("*") if p.is_dir() and p.name != "__pycache__"}
    return root_dirs | package_dirs


def _repo_files() -> list[str]:
    return [p.relative_to(ROOT).as_posix()
            for top in ("src", "scripts", "benchmarks", "tests", "docs", "models", "notebooks")
            for p in (ROOT / top).rglob("*") if "__pycache__" not in p.parts]


def named_paths(text: str) -> list[str]:
    """The backticked names of ``text`` that are paths of this repository."""
    folders = _folders()
    out = []
    for name in _BACKTICKED.findall(text):
        name = name.split("::", 1)[0]  # tests/x.py::test_name
        if name.startswith(("/", ".")) or _PATTERN_MARKS & set(name) or name.startswith(GENERATED):
            continue
        if any(part.split(".")[0].isupper() for part in name.split("/")):
            continue  # a placeholder: corpus/NAME.txt, ID.gold.json
        first = name.split("/", 1)[0]
        if ("/" in name and first in folders) or (
                "/" not in name and name.endswith(_SUFFIXES) and name[0].islower()):
            out.append(name)
    return out


def exists(name: str, files: list[str]) -> bool:
    bare = name.rstrip("/")
    for base in (ROOT, PACKAGE):
        if any(base.glob(bare)) if "*" in bare else (base / bare).exists():
            return True
    if "*" in bare:
        return False
    return any(f == bare or f.endswith("/" + bare) for f in files)


def test_the_reader_finds_paths_and_leaves_patterns() -> None:
    text = ("`extract/outline.py` `scripts/check_gold.py` `outline.py` `NAME.txt` `II/1` "
            "`corpus/variants/{docx,pdf}` `/etc/passwd` `../x` `tests/a.py::test_b` `kehoach` "
            "`corpus/NAME.txt` `benchmarks/results/x.json`")
    assert named_paths(text) == ["extract/outline.py", "scripts/check_gold.py", "outline.py",
                                 "tests/a.py"]
    files = _repo_files()
    assert exists("extract/outline.py", files) and exists("indicators/clauses.py", files)
    assert exists("lang/vi/*.py", files)
    assert not exists("extract/dates.py", files)  # a package now: extract/dates/
    assert not exists("scripts/no_such_script.py", files)


def generated_pages() -> set[str]:
    """Pages the docs site generates (``docs/gen_pages.py``: GENERATED_PAGES)."""
    import ast

    tree = ast.parse((ROOT / "docs" / "gen_pages.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "GENERATED_PAGES" for t in node.targets):
            return set(ast.literal_eval(node.value))
    raise AssertionError("docs/gen_pages.py has no GENERATED_PAGES")


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_relative_link_of_the_docs_resolves(doc: Path) -> None:
    links = [t for t in _LINK.findall(doc.read_text(encoding="utf-8")) if "://" not in t]
    missing = [t for t in links if not (doc.parent / t).exists()
               and not (doc.parent == ROOT / "docs" and t.split("#")[0] in generated_pages())]
    assert missing == [], f"{doc.name} links to files that do not exist: {missing}"


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_path_named_in_the_docs_exists(doc: Path) -> None:
    files = _repo_files()
    missing = [n for n in named_paths(doc.read_text(encoding="utf-8")) if not exists(n, files)]
    assert missing == [], f"{doc.name} names paths that do not exist: {missing}"
