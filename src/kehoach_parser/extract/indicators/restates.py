"""Later mentions of a target that an earlier record already states.

Plans repeat their targets: the list of chỉ tiêu, then the task that serves it ("… để thu
đạt tỷ lệ tăng thu ngân sách đạt 6% trở lên").  A record restates an earlier one when both
have the same value, upper bound and unit, they sit in different items, and their names
overlap (token F1 ≥ :data:`NAME_OVERLAP`).  ``restates`` points to the first statement, so
counting the records whose ``restates`` is null counts distinct targets.
"""

from __future__ import annotations

from kehoach_parser.document import Indicator
from kehoach_parser.extract import windows
from kehoach_parser.text.overlap import multiset_f1, word_tokens

NAME_OVERLAP = 0.6

#: At most this many first statements of one value and unit are kept to compare later
#: mentions with; together with skipping first statements identical to one already kept,
#: this bounds the work on texts that repeat themselves (issue 13).
MAX_FIRSTS_PER_VALUE = 256


def name_overlap(a: str | None, b: str | None) -> float:
    """Token F1 of two names (case folded)."""
    return multiset_f1(word_tokens(a), word_tokens(b))


def link_restatements(indicators: list[Indicator]) -> None:
    """Set ``restates`` on every record that repeats an earlier, different-item record."""
    firsts: dict[tuple[float, float | None, str | None], list[tuple[int, list[str]]]] = {}
    kept: set[tuple[object, ...]] = set()  # (value, unit, label, section, name) of the kept
    for j, later in enumerate(indicators):
        if later.value is None:
            continue
        key = (later.value, later.value_max, later.unit)
        tokens = word_tokens(later.name)
        candidates = firsts.setdefault(key, [])
        for i, first_tokens in candidates:
            first = indicators[i]
            if first.label is not None and first.label == later.label \
                    and first.section == later.section:
                continue  # the same enumerated item: two parts, not a repetition
            if abs(first.span[0] - later.span[0]) < windows.RESTATEMENT_DISTANCE \
                    and first.section == later.section:
                continue
            if multiset_f1(first_tokens, tokens) >= NAME_OVERLAP:
                later.restates = i
                break
        else:
            signature = (key, later.label, later.section, tuple(tokens))
            if signature not in kept and len(candidates) < MAX_FIRSTS_PER_VALUE:
                kept.add(signature)
                candidates.append((j, tokens))
