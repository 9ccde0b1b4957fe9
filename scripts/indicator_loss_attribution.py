#!/usr/bin/env python3
"""Where is each missed gold target lost?  A stage per missed target (issue 12, brief H12X).

Usage (always with the code to measure first on the path)::

    PYTHONPATH=src .venv/bin/python scripts/indicator_loss_attribution.py train,dev
    PYTHONPATH=src .venv/bin/python scripts/indicator_loss_attribution.py train,dev '^A[ABC]\\d' -v

The indicator stage is traced from outside (its functions are wrapped here; the package is not
changed): the numbers the scanner read or refused (and which guard refused them), the
quantities each clause got, the drafts each item and each table gave, and the status each
candidate was given.  A gold target the parse does not match (greedy matching, as
``kehoach eval``) is located in the text by its ``text`` (compared without spaces, markup
and tone marks) and its value inside it, then put in the first stage that explains it:

* ``gold text not found`` — the gold ``text`` is not in the parsed text;
* ``record built, fields differ`` — a candidate with the value was judged a target, but the
  record does not match (unit, name, comparator …);
* ``judged result`` / ``judged none`` — the status decider;
* ``table: …`` — the value sits in a table block and the table reader gave no candidate
  for it (``table gave nothing`` when it gave none at all);
* ``clause: quantity dropped`` — the scanner found the quantity, the clause made no
  candidate of it (no name, a citation, a value inside a name …);
* ``guard: …`` — the scanner read the number and refused it (the guard that said so);
* ``scanned, not read as a number`` / ``never scanned`` — no number event at all.

The test split is never read.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from kehoach_parser.evaluation.corpus import discover
from kehoach_parser.evaluation.matching import indicator_score, match_greedy, same_number
from kehoach_parser.evaluation.skeleton import skeleton
from kehoach_parser.extract.indicators import clauses, guards, values, walker
from kehoach_parser.extract.indicators.status import collect_candidates
from kehoach_parser.extract.numbers import parse_vi_number
from kehoach_parser.high_level import parse_file

ROOT = Path.cwd()
_NUM_RE = re.compile(r"\d+(?:[.,]\d+)*")


class Trace:
    """What the indicator stage did in one document."""

    def __init__(self) -> None:
        self.numbers: list[tuple[int, int, str]] = []  # number refused: start, end, reason
        self.scanned: list[tuple[int, int]] = []  # ranges find_quantities read
        self.quantities: list[tuple[int, int]] = []  # value spans the scanner returned
        self.cited: list[tuple[int, int]] = []  # segments skipped as citations
        self.tables: list[tuple[int, int, int]] = []  # table block start, end, drafts
        self.guard_hits: list[str] = []  # guards that said yes during one number


TRACE = Trace()
_GUARDS = ("number_is_named", "after_is_named", "looks_like_code", "is_per_phrase",
           "looks_like_day_month", "before_is_named", "is_anniversary")


def _wrap_guard(name: str) -> None:
    orig = getattr(guards, name, None)
    if orig is None:
        return

    def wrapped(*a: Any, **k: Any) -> Any:
        out = orig(*a, **k)
        if out:
            TRACE.guard_hits.append(name)
        return out

    setattr(guards, name, wrapped)


def _acceptable_reason(q: Any, in_targets: bool) -> str:
    unit = q.unit
    if unit is None:
        return "bare number (no unit, no comparator/connector)" if not q.explicit \
            else "bare number glued to a name"
    if unit.kind == "time":
        return "duration/time unit without comparator"
    if unit.kind == "count" and not q.explicit and not in_targets:
        return "bare count with no committing word"
    return "per-phrase / timetable"


def install() -> None:
    for g in _GUARDS:
        _wrap_guard(g)
    orig_acc = values._acceptable
    orig_at = values._number_at

    def acceptable(text: str, start: int, end: int, q: Any, in_targets: bool) -> bool:
        ok = orig_acc(text, start, end, q, in_targets)
        if not ok:
            TRACE.guard_hits.append("acceptable:" + _acceptable_reason(q, in_targets))
        return bool(ok)

    def number_at(text: str, m: Any, start: int, end: int, in_targets: bool,
                  *rest: Any) -> Any:
        TRACE.guard_hits = []
        q = orig_at(text, m, start, end, in_targets, *rest)
        if q is None:
            hits = [h for h in TRACE.guard_hits if h.startswith("acceptable:")] \
                or TRACE.guard_hits
            reason = hits[-1] if hits else "year / term / digits glued to letters"
            if reason.startswith("acceptable:"):
                reason = reason[len("acceptable:"):]
            TRACE.numbers.append((m.start(), m.end(), reason))
        return q

    values._acceptable = acceptable
    values._number_at = number_at
    orig_fq = clauses.find_quantities

    def find_quantities(text: str, start: int, end: int, *a: Any, **k: Any) -> Any:
        qs = orig_fq(text, start, end, *a, **k)
        TRACE.scanned.append((start, end))
        for q in qs:
            TRACE.quantities.append(q.value_span)
        if qs and guards.clause_cites(text[start:end]):
            TRACE.cited.append((start, end))
        return qs

    clauses.find_quantities = find_quantities
    orig_table = walker.extract_table

    def extract_table(text: str, block: Any, plan_year: Any) -> Any:
        ds = orig_table(text, block, plan_year)
        cells = [c for row in block.rows for c in row] + list(block.cells)
        cells = [c for c in cells if not c.empty]
        if cells:
            lo = min(c.start for c in cells)
            hi = max(c.end for c in cells)
            TRACE.tables.append((lo, hi, len(ds)))
        return ds

    walker.extract_table = extract_table




def _locate(skel: str, index: list[int], needle_text: str) -> list[tuple[int, int]]:
    needle = skeleton(needle_text)[0]
    out = []
    if not needle:
        return out
    at = skel.find(needle)
    while at != -1:
        out.append((index[at], index[at + len(needle) - 1] + 1))
        at = skel.find(needle, at + 1)
    return out


def _value_positions(text: str, occ: tuple[int, int], value: Any) -> list[int]:
    out = []
    for m in _NUM_RE.finditer(text, occ[0], occ[1]):
        v = parse_vi_number(m.group())
        if v is not None and value is not None and (
                same_number(v, value) or any(same_number(v * f, value)
                                             for f in (1e3, 1e6, 1e9, 1e-3))):
            out.append(m.start())
    return out


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def classify(text: str, g: dict[str, Any], cands: list[Any],
             skel: tuple[str, list[int]]) -> str:
    occs = _locate(*skel, g.get("text") or "")
    if not occs:
        return "gold text not found"
    positions = [p for o in occs for p in _value_positions(text, o, g.get("value"))]
    if not positions:
        if g.get("value") is None:
            positions = [o[0] for o in occs]
        else:
            return "value not written in gold text"
    judged = []
    for _f, d, _r, _t in cands:
        pos = d.q.value_span[0] if d.q is not None else d.span[0]
        val = d.q.value if d.q is not None else None
        if any(pos == p or (g.get("value") is None and o[0] <= pos < o[1])
               for p in positions for o in occs) and (
                g.get("value") is None or (val is not None and same_number(val, g["value"]))
                or pos in positions):
            judged.append(d.status)
    if "target" in judged:
        return "record built, fields differ (unit/name/comparator)"
    if "result" in judged:
        return "judged result"
    if "none" in judged:
        return "judged none"
    for p in positions:
        for s, e, n in TRACE.tables:
            if s <= p < e:
                return "table: gave nothing" if n == 0 else "table: value not taken"
    if any(_inside(p, [q]) for p in positions for q in TRACE.quantities):
        if any(_inside(p, TRACE.cited) for p in positions):
            return "clause: segment read as a citation"
        return "clause: quantity dropped (no name / in a name / no draft)"
    reasons = [r for s, _e, r in TRACE.numbers if s in positions]
    if reasons:
        return "guard: " + reasons[0]
    if any(_inside(p, TRACE.scanned) for p in positions):
        return "scanned, not read as a number (format / words)"
    return "never scanned (outside the body, a heading, a skipped line)"


def main(argv: list[str]) -> None:
    splits = argv[1].split(",")
    assert "test" not in splits, "the test split is never read"
    pat = re.compile(argv[2]) if len(argv) > 2 and not argv[2].startswith("-") else None
    verbose = "-v" in argv
    install()
    stages: Counter[str] = Counter()
    by_doc: dict[str, Counter[str]] = defaultdict(Counter)
    n_gold = n_pred = n_match = 0
    for sp in splits:
        for item in discover(ROOT / "corpus" / "real", sp):
            if pat and not pat.match(item.name):
                continue
            global TRACE
            TRACE = Trace()
            gold = json.loads(item.gold.read_text(encoding="utf-8"))
            with collect_candidates() as cands:
                doc = parse_file(item.document)
            pred = doc.gold_view()
            gs = gold.get("indicators") or []
            ps = pred.get("indicators") or []
            pairs = match_greedy(gs, ps, indicator_score)
            n_gold, n_pred, n_match = n_gold + len(gs), n_pred + len(ps), n_match + len(pairs)
            matched = {a for a, _ in pairs}
            skel = skeleton(doc.text)
            for gi, g in enumerate(gs):
                if gi in matched:
                    continue
                stage = classify(doc.text, g, cands, skel)
                stages[stage] += 1
                by_doc[stage][item.name] += 1
                if verbose:
                    print(f"MISS {item.name} [{stage}] {g.get('name')!r} {g.get('value')} "
                          f"{g.get('unit')!r} | {(g.get('text') or '')[:120]!r}")
    missed = sum(stages.values())
    print(f"gold {n_gold}  pred {n_pred}  matched {n_match}  "
          f"F1 {2 * n_match / max(1, n_gold + n_pred):.3f}  missed {missed}")
    print("| stage where the missed target is lost | missed | share | documents |")
    print("|---|---|---|---|")
    for stage, n in stages.most_common():
        print(f"| {stage} | {n} | {n / max(1, missed):.2f} | {len(by_doc[stage])} |")


if __name__ == "__main__":
    main(sys.argv)
