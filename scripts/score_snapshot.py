#!/usr/bin/env python3
"""Write or check the committed evaluation snapshot (the CI regression guard).

Usage::

    .venv/bin/python scripts/score_snapshot.py --check   # compare with the snapshot
    .venv/bin/python scripts/score_snapshot.py --write   # record the current scores

Writing is a deliberate act: commit the new snapshot on its own, saying why scores moved.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kehoach_parser.evaluation.snapshot import TOLERANCE, load, measure, regressions, save

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "tests" / "evaluation" / "score_snapshot.json"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true")
    mode.add_argument("--check", action="store_true")
    mode.add_argument("--exact", action="store_true",
                      help="fail on any change, up or down (for refactors that must not move "
                           "a score)")
    args = ap.parse_args()
    now = measure(ROOT)
    if args.write:
        save(SNAPSHOT, now)
        for corpus, scores in now.items():
            print(corpus, " ".join(f"{k}={v:g}" for k, v in scores.items()))
        print(f"wrote {SNAPSHOT.relative_to(ROOT)}")
        return 0
    if args.exact:
        old = load(SNAPSHOT)
        changes = [f"{corpus} {key}: {old.get(corpus, {}).get(key)} -> {value}"
                   for corpus, scores in now.items() for key, value in scores.items()
                   if old.get(corpus, {}).get(key) != value]
        changes += [f"{corpus} {key}: gone" for corpus, scores in old.items()
                    for key in scores if key not in now.get(corpus, {})]
        for c in changes:
            print("CHANGED", c)
        print(f"score_snapshot: {len(changes)} score(s) changed")
        return 1 if changes else 0
    problems = regressions(load(SNAPSHOT), now)
    for p in problems:
        print("DROP", p)
    print(f"score_snapshot: {len(problems)} regression(s) beyond {TOLERANCE}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
