"""Precision, recall and F1 of line roles, per role, over lines that have a gold role."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["RoleScore", "role_scores"]


@dataclass(frozen=True)
class RoleScore:
    role: str
    gold: int  # lines whose gold role is this
    pred: int  # lines predicted with this role
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.pred if self.pred else 1.0 if not self.gold else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0 if not self.pred else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def role_scores(pairs: Iterable[tuple[str | None, str | None]],
                roles: Sequence[str]) -> dict[str, RoleScore]:
    """Per role, over ``(gold, predicted)`` pairs; pairs with no gold role are skipped."""
    gold: Counter[str] = Counter()
    pred: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    for g, p in pairs:
        if g is None:
            continue
        gold[g] += 1
        if p is not None:
            pred[p] += 1
            if p == g:
                correct[g] += 1
    return {r: RoleScore(r, gold[r], pred[r], correct[r]) for r in roles}
