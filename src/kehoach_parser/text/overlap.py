"""Word overlap between two short texts (names of indicators, titles).

Used by the evaluation (does a predicted name match the gold name?) and by the indicator
stage (does a later mention restate an earlier target?).
"""

from __future__ import annotations

from kehoach_parser.lazy_pattern import lazy_compile

_TOKEN_RE = lazy_compile(r"[\p{L}\p{N}]+")


def word_tokens(text: str | None) -> list[str]:
    """Case-folded runs of letters and digits."""
    return _TOKEN_RE.findall((text or "").casefold())


def multiset_f1(a: list[str], b: list[str]) -> float:
    """F1 of the shared tokens of ``a`` and ``b`` counted with multiplicity; 0 if either is
    empty."""
    if not a or not b:
        return 0.0
    pool: dict[str, int] = {}
    for t in b:
        pool[t] = pool.get(t, 0) + 1
    common = 0
    for t in a:
        if pool.get(t, 0) > 0:
            pool[t] -= 1
            common += 1
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)
