"""Why an indicator was missed or is spurious: the error classes of ``kehoach eval``.

An F1 says how many targets went wrong, not what to fix.  Each unmatched record is put in
the first class that explains it, judged against every record of the other side (matched or
not), so the classes say which step of extraction lost it:

missed gold targets
    ``value not found``        no predicted indicator has the value at all: the clause or
                               table was never read as holding a target;
    ``unit differs``           a predicted indicator has the value, none a compatible unit;
    ``comparator or range``    value and unit agree, the comparator or upper bound does not;
    ``name overlap < 0.5``     value, unit and comparator agree, the name does not;
    ``matched elsewhere``      a prediction fits it but was paired with another gold target.

spurious predictions
    ``a gold result``          its value and unit are those of a gold *result* (a report
                               figure read as a target);
    ``a gold target's value``  a gold target has its value, under another name, unit or
                               comparator (usually the same record as a miss above);
    ``not in the gold``        no gold target or result has its value: a number that is no
                               target (a date part, a count of the document's parts, a fact).
"""

from __future__ import annotations

from collections.abc import Sequence

from kehoach_parser.evaluation.matching import (
    Pair,
    Record,
    same_number,
    token_f1,
    units_compatible,
)

MISSED_VALUE = "missed: value not found"
MISSED_UNIT = "missed: unit differs"
MISSED_COMPARATOR = "missed: comparator or range differs"
MISSED_NAME = "missed: name overlap < 0.5"
MISSED_TAKEN = "missed: matched elsewhere"
SPURIOUS_RESULT = "spurious: a gold result"
SPURIOUS_TARGET_VALUE = "spurious: a gold target's value"
SPURIOUS_UNLISTED = "spurious: not in the gold"

#: Every class, in the order a report lists them.
ERROR_CLASSES: tuple[str, ...] = (
    MISSED_VALUE, MISSED_UNIT, MISSED_COMPARATOR, MISSED_NAME, MISSED_TAKEN,
    SPURIOUS_RESULT, SPURIOUS_TARGET_VALUE, SPURIOUS_UNLISTED,
)


def _missed_class(g: Record, pred: Sequence[Record]) -> str:
    same_value = [p for p in pred if same_number(g.get("value"), p.get("value"))]
    if not same_value:
        return MISSED_VALUE
    same_unit = [p for p in same_value if units_compatible(g.get("unit"), p.get("unit"))]
    if not same_unit:
        return MISSED_UNIT
    same_form = [p for p in same_unit if p.get("comparator") == g.get("comparator")
                 and same_number(g.get("value_max"), p.get("value_max"))]
    if not same_form:
        return MISSED_COMPARATOR
    if max(token_f1(g.get("name"), p.get("name")) for p in same_form) < 0.5:
        return MISSED_NAME
    return MISSED_TAKEN


def _spurious_class(p: Record, gold: Sequence[Record], results: Sequence[Record]) -> str:
    if any(same_number(r.get("value"), p.get("value"))
           and units_compatible(r.get("unit"), p.get("unit")) for r in results):
        return SPURIOUS_RESULT
    if any(same_number(g.get("value"), p.get("value")) for g in gold):
        return SPURIOUS_TARGET_VALUE
    return SPURIOUS_UNLISTED


def indicator_error_classes(gold: Sequence[Record], pred: Sequence[Record],
                            pairs: Sequence[Pair], results: Sequence[Record] = ()
                            ) -> dict[str, int]:
    """Count the unmatched gold and predicted indicators of one document by class.

    ``pairs`` are the (gold, predicted) index pairs the scorer matched; ``results`` the
    gold's report figures.  Classes with no record are left out.
    """
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    counts: dict[str, int] = {}
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            k = _missed_class(g, pred)
            counts[k] = counts.get(k, 0) + 1
    for pi, p in enumerate(pred):
        if pi not in matched_p:
            k = _spurious_class(p, gold, results)
            counts[k] = counts.get(k, 0) + 1
    return counts


__all__ = ["ERROR_CLASSES", "indicator_error_classes"]
