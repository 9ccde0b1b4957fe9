"""Scores of a labeled corpus broken down by what ``sources.tsv`` says of each document.

A pooled F1 hides where a parser fails: one kind of document (a council resolution), one
layout (hard-wrapped PDF text), one batch of annotation (the documents found in one round).
:func:`breakdown` groups the documents of a :class:`CorpusScore` by a column of the corpus's
``sources.tsv`` and scores each group on its own (``kehoach eval DIR --by kind``).

Grouping keys (:data:`BREAKDOWN_KEYS`):

- ``kind``, ``level``, ``split``: the column's value (``"?"`` when the document has no row,
  ``"(empty)"`` when its row leaves the column empty);
- ``trait``: every trait the row lists, so a document counts in each of its traits' groups
  (and in ``"(none)"`` when it lists none);
- ``batch``: the letters that open the document's id before its digits ("AB012" → "AB"),
  which is the annotation round that found it (``"?"`` for a name that opens with a digit).

Each document is looked up in the rows of its own folder (:func:`with_rows`), so two
folders that both hold a "U005" do not lend each other their rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import regex

from kehoach_parser.evaluation.corpus import SourceRow
from kehoach_parser.evaluation.scoring import CorpusScore, DocumentScore

#: The keys :func:`breakdown` can group by.
BREAKDOWN_KEYS: tuple[str, ...] = ("kind", "level", "trait", "split", "batch")

#: Group name of a document that ``sources.tsv`` does not list.
UNLISTED = "?"
#: Group name, under ``trait``, of a document whose row lists no trait.
NO_TRAIT = "(none)"
#: Group name of a document whose row leaves the grouping column empty.
EMPTY = "(empty)"

_BATCH_RE = regex.compile(r"\A(\p{L}+)\d")


@dataclass(frozen=True)
class GroupScore:
    """The documents of one group and their pooled scores."""

    key: str
    value: str
    score: CorpusScore

    @property
    def documents(self) -> int:
        return len(self.score.documents)


def batch_of(name: str) -> str:
    """The letters that open a document id before its first digit ("AB012" → "AB")."""
    m = _BATCH_RE.match(name)
    return m.group(1) if m else UNLISTED


def group_values(name: str, row: SourceRow | None, key: str) -> tuple[str, ...]:
    """The groups document ``name`` (with its ``sources.tsv`` row, if any) belongs to."""
    if key not in BREAKDOWN_KEYS:
        raise ValueError(f"unknown breakdown key {key!r}: use one of {', '.join(BREAKDOWN_KEYS)}")
    if key == "batch":
        return (batch_of(name),)
    if row is None:
        return (UNLISTED,)
    if key == "trait":
        return row.traits or (NO_TRAIT,)
    value = {"kind": row.kind, "level": row.level, "split": row.split}[key].strip()
    return (value or EMPTY,)


def with_rows(score: CorpusScore, sources: Mapping[str, SourceRow]
              ) -> list[tuple[DocumentScore, SourceRow | None]]:
    """``score``'s documents, each with its row of one folder's ``sources.tsv`` (or None)."""
    return [(doc, sources.get(doc.name)) for doc in score.documents]


def breakdown(documents: Iterable[tuple[DocumentScore, SourceRow | None]], key: str
              ) -> list[GroupScore]:
    """The documents (each with its own row) grouped by ``key``, largest group first (then by
    name); a document counts once in each of its groups."""
    groups: dict[str, list[DocumentScore]] = {}
    for doc, row in documents:
        for value in group_values(doc.name, row, key):
            groups.setdefault(value, []).append(doc)
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return [GroupScore(key, value, CorpusScore(documents=docs)) for value, docs in ordered]


__all__ = ["BREAKDOWN_KEYS", "EMPTY", "NO_TRAIT", "UNLISTED", "GroupScore", "batch_of",
           "breakdown", "group_values", "with_rows"]
