"""A committed snapshot of evaluation scores, and the regression check against it.

``scripts/score_snapshot.py`` writes the scores of the guarded corpora (the seeds, the test
fixtures and the real corpus's train and dev splits) to ``tests/evaluation/score_snapshot.json``;
the test suite recomputes them and fails when any score drops by more than
:data:`TOLERANCE`.  Updating the snapshot is a deliberate commit: improvements are recorded,
regressions must be explained.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from kehoach_parser.evaluation.corpus import SOURCES_FILE, evaluate_corpus
from kehoach_parser.evaluation.scoring import AREAS, ATTRIBUTES, METADATA_FIELDS, CorpusScore

#: A score may fall by at most this much before the regression check fails.
TOLERANCE = 0.01


@dataclass(frozen=True)
class GuardedCorpus:
    """One corpus the snapshot covers: a folder, and optionally one split of it."""

    key: str
    folder: str
    split: str | None = None


#: The corpora under guard, relative to the repository root.  The real test split is not
#: here: it is scored once at the end of an issue, never used to steer changes.
GUARDED: tuple[GuardedCorpus, ...] = (
    GuardedCorpus("seeds", "corpus"),
    GuardedCorpus("fixtures-heldout", "tests/fixtures/heldout"),
    GuardedCorpus("real-train", "corpus/real", "train"),
    GuardedCorpus("real-dev", "corpus/real", "dev"),
)


def summarise(score: CorpusScore) -> dict[str, float]:
    """The guarded numbers of one corpus: F1 per area, accuracy per attribute of the matched
    records (level, unit, year, issuer …) and per metadata field."""
    out: dict[str, float] = {"documents": float(len(score.documents))}
    for area in AREAS:
        out[f"{area}.f1"] = round(score.area(area).f1, 4)
        for attr in ATTRIBUTES.get(area, ()):
            tally = score.attribute(f"{area}.{attr}")
            if tally.total:
                out[f"{area}.{attr}"] = round(tally.accuracy, 4)
    for name in METADATA_FIELDS:
        tally = score.metadata(name)
        if tally.total:
            out[f"metadata.{name}"] = round(tally.accuracy, 4)
    return out


def measure(root: str | Path) -> dict[str, dict[str, float]]:
    """Score every guarded corpus that exists under ``root``."""
    base = Path(root)
    result: dict[str, dict[str, float]] = {}
    for g in GUARDED:
        folder = base / g.folder
        if not folder.is_dir() or (g.split and not (folder / SOURCES_FILE).is_file()):
            continue
        result[g.key] = summarise(evaluate_corpus(folder, g.split))
    return result


def regressions(old: dict[str, dict[str, float]], new: dict[str, dict[str, float]],
                tolerance: float = TOLERANCE) -> list[str]:
    """Every number of ``old`` that ``new`` lowers by more than ``tolerance`` (or lost)."""
    problems: list[str] = []
    for corpus, scores in old.items():
        now = new.get(corpus)
        if now is None:
            problems.append(f"{corpus}: no longer measured")
            continue
        if now.get("documents") != scores.get("documents"):
            problems.append(f"{corpus}: {scores.get('documents'):.0f} documents in the "
                            f"snapshot, {now.get('documents', 0):.0f} now: update the snapshot")
        for key, value in scores.items():
            if key == "documents":
                continue
            if key not in now:
                problems.append(f"{corpus} {key}: no longer measured")
            elif now[key] < value - tolerance:
                problems.append(f"{corpus} {key}: {value:.4f} -> {now[key]:.4f}")
    return problems


def load(path: str | Path) -> dict[str, dict[str, float]]:
    data: dict[str, dict[str, float]] = json.loads(Path(path).read_text(encoding="utf-8"))
    return data


def save(path: str | Path, scores: dict[str, dict[str, float]]) -> None:
    Path(path).write_text(json.dumps(scores, ensure_ascii=False, indent=2, sort_keys=True)
                          + "\n", encoding="utf-8")
