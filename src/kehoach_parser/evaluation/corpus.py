"""Find the labeled documents of a folder and score the parser on them.

A folder holds ``NAME.<txt|md|docx|pdf|doc>`` beside ``NAME.gold.json``.  A folder may also
hold ``sources.tsv`` (one row per document: id, url, kind, level, traits, split, notes; first
line the column names); then ``split=`` selects the documents of one split (``train``, ``dev``,
``test``).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import TYPE_CHECKING

from kehoach_parser.errors import KehoachError
from kehoach_parser.evaluation.perturb import apply_perturbations, perturbation_names
from kehoach_parser.evaluation.scoring import CorpusScore, DocumentScore, score_document

if TYPE_CHECKING:
    from kehoach_parser.document import Document

#: Document extensions looked for beside a ``NAME.gold.json``, in order of preference.
DOCUMENT_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".docx", ".pdf", ".doc")

#: The file of a corpus folder that records each document's source and split.
SOURCES_FILE = "sources.tsv"

#: The splits a ``sources.tsv`` may assign.
SPLITS: tuple[str, ...] = ("train", "dev", "test")


@dataclass(frozen=True)
class LabeledDocument:
    name: str
    document: Path
    gold: Path


@dataclass(frozen=True)
class SourceRow:
    """One row of ``sources.tsv``: where a document came from and which split it is in."""

    id: str
    url: str
    kind: str
    level: str
    traits: tuple[str, ...]
    split: str
    notes: str


def read_sources(folder: str | Path) -> dict[str, SourceRow]:
    """The rows of ``folder/sources.tsv`` by document id (empty when there is no such file)."""
    path = Path(folder) / SOURCES_FILE
    if not path.is_file():
        return {}
    rows: dict[str, SourceRow] = {}
    # (utf-8-sig: a spreadsheet's export opens with a byte-order mark, which would rename "id")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for rec in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            doc_id = (rec.get("id") or "").strip()
            if not doc_id:
                continue
            traits = tuple(dict.fromkeys(
                t.strip() for t in (rec.get("traits") or "").split(",") if t.strip()))
            rows[doc_id] = SourceRow(
                id=doc_id, url=rec.get("url") or "", kind=rec.get("kind") or "",
                level=rec.get("level") or "", traits=traits,
                split=(rec.get("split") or "").strip(), notes=rec.get("notes") or "",
            )
    return rows


def discover(folder: str | Path, split: str | None = None, only: Sequence[str] = ()
             ) -> list[LabeledDocument]:
    """Every ``NAME.gold.json`` in ``folder`` (not recursive) that has a document beside it.

    With ``split``, only the documents that ``sources.tsv`` assigns to that split; with
    ``only``, only the names that match one of its shell patterns ("AB*", "u00?": letter case
    is not told apart).
    """
    root = Path(folder)
    if not root.is_dir():
        raise KehoachError(f"not a folder: {root}")
    allowed: set[str] | None = None
    if split is not None:
        if split not in SPLITS:
            raise KehoachError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
        sources = read_sources(root)
        if not sources:
            if (root / SOURCES_FILE).is_file():
                raise KehoachError(f"{root / SOURCES_FILE} has no row with an 'id': it assigns "
                                   "the splits")
            raise KehoachError(f"{root / SOURCES_FILE} is missing: it assigns the splits")
        allowed = {doc_id for doc_id, row in sources.items() if row.split == split}
    found: list[LabeledDocument] = []
    for gold in sorted(root.glob("*.gold.json")):
        name = gold.name[: -len(".gold.json")]
        if allowed is not None and name not in allowed:
            continue
        if only and not any(fnmatchcase(name.casefold(), pattern.casefold())
                            for pattern in only):
            continue
        for suffix in DOCUMENT_SUFFIXES:
            doc = root / f"{name}{suffix}"
            if doc.is_file():
                found.append(LabeledDocument(name, doc, gold))
                break
    return found


def evaluate_corpus(folder: str | Path, split: str | None = None,
                    perturb: Sequence[str] = (), only: Sequence[str] = ()) -> CorpusScore:
    """Parse every labeled document of ``folder`` (of one split) and score it against its gold.

    ``perturb``: names of layout perturbations (:mod:`kehoach_parser.evaluation.perturb`)
    applied to each document's loaded text before it is parsed.  ``only``: shell patterns
    of the document names to score (all when empty).
    """
    from kehoach_parser.high_level import parse_file

    names = perturbation_names(perturb) if perturb else []
    scores: list[DocumentScore] = []
    for item in discover(folder, split, only):
        gold = json.loads(item.gold.read_text(encoding="utf-8"))
        try:
            pred = _parse(item, names, parse_file).gold_view()
        except KehoachError as exc:
            empty = score_document(item.name, gold, {})
            empty.error = str(exc)
            scores.append(empty)
            continue
        scores.append(score_document(item.name, gold, pred))
    return CorpusScore(documents=scores)



def _parse(item: LabeledDocument, names: Sequence[str],
           parse_file: Callable[[Path], Document]) -> Document:
    """Parse ``item``; with perturbations, its loaded text is rewritten before the pipeline."""
    if not names:
        return parse_file(item.document)
    from kehoach_parser.high_level import finish_loaded
    from kehoach_parser.loaders import load_path
    from kehoach_parser.pipeline import run_pipeline

    loaded = load_path(item.document)
    text = apply_perturbations(loaded.text, names, seed=item.name)
    return finish_loaded(run_pipeline(text, source=str(item.document)), loaded)
