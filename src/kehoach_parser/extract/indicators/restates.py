"""Later mentions of a target that an earlier record already states.

Plans repeat their targets: the list of chỉ tiêu, then the task that serves it ("… để thu
đạt tỷ lệ tăng thu ngân sách đạt 6% trở lên").  A record restates an earlier one when both
have the same value, upper bound and unit, they sit in different items, and their names
overlap (token F1 ≥ :data:`NAME_OVERLAP`).  ``restates`` points to the first statement, so
counting the records whose ``restates`` is null counts distinct targets.
"""

from __future__ import annotations

import regex

from kehoach_parser.document import Indicator

NAME_OVERLAP = 0.6
_TOKEN_RE = regex.compile(r"[\p{L}\p{N}]+")


def _tokens(name: str | None) -> list[str]:
    return _TOKEN_RE.findall((name or "").casefold())


def _overlap(ta: list[str], tb: list[str]) -> float:
    if not ta or not tb:
        return 0.0
    pool: dict[str, int] = {}
    for t in tb:
        pool[t] = pool.get(t, 0) + 1
    common = 0
    for t in ta:
        if pool.get(t, 0) > 0:
            pool[t] -= 1
            common += 1
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def name_overlap(a: str | None, b: str | None) -> float:
    """Token F1 of two names (case folded)."""
    return _overlap(_tokens(a), _tokens(b))


def link_restatements(indicators: list[Indicator]) -> None:
    """Set ``restates`` on every record that repeats an earlier, different-item record."""
    firsts: dict[tuple[float, float | None, str | None], list[tuple[int, list[str]]]] = {}
    for j, later in enumerate(indicators):
        if later.value is None:
            continue
        key = (later.value, later.value_max, later.unit)
        tokens = _tokens(later.name)
        candidates = firsts.setdefault(key, [])
        for i, first_tokens in candidates:
            first = indicators[i]
            if first.label is not None and first.label == later.label \
                    and first.section == later.section:
                continue  # the same enumerated item: two parts, not a repetition
            if abs(first.span[0] - later.span[0]) < 400 and first.section == later.section:
                continue
            if _overlap(first_tokens, tokens) >= NAME_OVERLAP:
                later.restates = i
                break
        else:
            candidates.append((j, tokens))
