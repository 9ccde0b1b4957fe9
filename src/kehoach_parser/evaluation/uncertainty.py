"""How far a corpus score can be trusted: per-document averages and bootstrap intervals.

A corpus F1 pools every record (micro average), so a few long documents with large tables
weigh as much as dozens of short ones.  Two figures put it in context:

- the **macro F1**: the mean of the documents' own F1 over the documents where the area
  has any gold or predicted record (a document with neither says nothing about the area);
- a **bootstrap interval** of the micro F1: the documents are drawn with replacement
  ``rounds`` times and the pooled F1 is recomputed; the interval holds the middle 95 % of
  those values.  The draw is seeded, so the same corpus gives the same interval.

Also the share of the area's gold records held by the largest few documents, which says how
much one document's layout can move the pooled number.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from kehoach_parser.evaluation.scoring import CorpusScore, Counts, DocumentScore


@dataclass(frozen=True)
class Spread:
    """The context of one area's pooled F1 over a set of documents."""

    micro_f1: float
    macro_f1: float | None  # None when no document has a record in the area
    documents: int  # documents with any gold or predicted record in the area
    low: float | None  # bootstrap interval of the micro F1 (2.5th percentile)
    high: float | None  # (97.5th percentile)
    top_share: float  # share of the gold records held by the ``top`` largest documents
    top: int


def _counts(docs: Sequence[DocumentScore], area: str) -> list[Counts]:
    return [d.areas[area] for d in docs if area in d.areas
            and (d.areas[area].gold or d.areas[area].pred)]


def _pooled_f1(parts: Sequence[Counts]) -> float:
    total = Counts()
    for c in parts:
        total.add(c)
    return total.f1


def _percentile(sorted_values: Sequence[float], q: float) -> float:
    """The ``q`` quantile (0..1) by linear interpolation between the closest ranks."""
    if not sorted_values:
        return 0.0
    pos = q * (len(sorted_values) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def macro_f1(score: CorpusScore, area: str) -> float | None:
    """The mean of the documents' own F1 in ``area`` over the documents with any record in it
    (None when none has): :func:`spread`'s macro figure without its bootstrap."""
    parts = _counts(score.documents, area)
    return sum(c.f1 for c in parts) / len(parts) if parts else None


def spread(score: CorpusScore, area: str, *, rounds: int = 1000, seed: int = 0,
           top: int = 5) -> Spread:
    """Macro F1, a seeded bootstrap interval of the micro F1 and the largest documents' share."""
    parts = _counts(score.documents, area)
    micro = _pooled_f1(parts)
    if not parts:
        return Spread(micro, None, 0, None, None, 0.0, top)
    macro = macro_f1(score, area)
    assert macro is not None
    rng = random.Random(seed)
    n = len(parts)
    draws = sorted(_pooled_f1([parts[rng.randrange(n)] for _ in range(n)])
                   for _ in range(max(rounds, 1)))
    gold = sorted((c.gold for c in parts), reverse=True)
    share = sum(gold[:top]) / sum(gold) if sum(gold) else 0.0
    return Spread(micro, macro, n, _percentile(draws, 0.025), _percentile(draws, 0.975),
                  share, top)


__all__ = ["Spread", "macro_f1", "spread"]
