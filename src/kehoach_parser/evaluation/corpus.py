"""Find the labeled documents of a folder and score the parser on them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from kehoach_parser.errors import KehoachError
from kehoach_parser.evaluation.scoring import CorpusScore, DocumentScore, score_document

#: Document extensions looked for beside a ``NAME.gold.json``, in order of preference.
DOCUMENT_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".docx", ".pdf", ".doc")


@dataclass(frozen=True)
class LabeledDocument:
    name: str
    document: Path
    gold: Path


def discover(folder: str | Path) -> list[LabeledDocument]:
    """Every ``NAME.gold.json`` in ``folder`` (not recursive) that has a document beside it."""
    root = Path(folder)
    if not root.is_dir():
        raise KehoachError(f"not a folder: {root}")
    found: list[LabeledDocument] = []
    for gold in sorted(root.glob("*.gold.json")):
        name = gold.name[: -len(".gold.json")]
        for suffix in DOCUMENT_SUFFIXES:
            doc = root / f"{name}{suffix}"
            if doc.is_file():
                found.append(LabeledDocument(name, doc, gold))
                break
    return found


def evaluate_corpus(folder: str | Path) -> CorpusScore:
    """Parse every labeled document of ``folder`` and score it against its gold."""
    from kehoach_parser.high_level import parse_file

    scores: list[DocumentScore] = []
    for item in discover(folder):
        gold = json.loads(item.gold.read_text(encoding="utf-8"))
        try:
            pred = parse_file(item.document).gold_view()
        except KehoachError as exc:
            empty = score_document(item.name, gold, {})
            empty.error = str(exc)
            scores.append(empty)
            continue
        scores.append(score_document(item.name, gold, pred))
    return CorpusScore(documents=scores)
