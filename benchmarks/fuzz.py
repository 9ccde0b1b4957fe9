"""The long fuzz run (``make fuzz``): mutated real documents, random Unicode and the hostile
input classes, each checked against the invariants of ``fuzz_invariants.py``.

Cases are drawn from a seed, so a run can be repeated.  Prints counts, every failing case
(with the seed to replay it) and the slowest inputs by characters per second; ``--json``
writes the same as data (``scripts/robustness_report.py`` reads it).

    .venv/bin/python benchmarks/fuzz.py [--cases 2000] [--seed 1] [--json out/fuzz.json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_invariants import check
from input_classes import HOSTILE_PIECES, INPUT_CLASSES, _real_texts


def mutate(rnd: random.Random, text: str) -> str:
    for _ in range(rnd.randint(1, 40)):
        at = rnd.randint(0, len(text))
        op = rnd.random()
        if op < 0.4:
            text = text[:at] + rnd.choice(HOSTILE_PIECES) + text[at:]
        elif op < 0.7:
            text = text[:at] + text[at + rnd.randint(1, 50):]
        elif op < 0.85:  # duplicate a stretch
            piece = text[at:at + rnd.randint(1, 400)]
            text = text[:at] + piece * rnd.randint(2, 6) + text[at:]
        else:  # swap a stretch elsewhere
            piece = text[at:at + rnd.randint(1, 200)]
            to = rnd.randint(0, len(text))
            text = text[:to] + piece + text[to:]
    return text


def random_unicode(rnd: random.Random) -> str:
    n = rnd.randint(0, 3000)
    return "".join(chr(rnd.choice([rnd.randint(0x20, 0x7e), rnd.randint(0xa0, 0x24f),
                                   rnd.randint(0x1ea0, 0x1ef9), rnd.randint(0x300, 0x36f),
                                   rnd.randint(0, 0x10ffff), 10]))
                   for _ in range(n))


def run(cases: int, seed: int = 1, *, verbose: bool = True) -> dict[str, object]:
    """Run ``cases`` cases from ``seed``: every case's kind, size, time and the failures."""
    texts = _real_texts()
    classes = sorted(INPUT_CLASSES)
    for text in texts[:5]:  # warm up: lazy imports, the word segmenter, compiled patterns
        check(text)
    results: list[dict[str, object]] = []
    failures: list[dict[str, object]] = []
    for case in range(cases):
        case_seed = seed * 1_000_003 + case
        rnd = random.Random(case_seed)
        k = case % 10
        if k < 7:
            kind, text = "mutated real document", mutate(rnd, rnd.choice(texts))
        elif k < 9:
            kind, text = "random Unicode", random_unicode(rnd)
        else:
            name = rnd.choice(classes)
            kind = f"mutated {name}"
            text = mutate(rnd, INPUT_CLASSES[name](rnd.randint(500, 20_000)))
        t0 = time.perf_counter()
        problems = check(text)
        took = (time.perf_counter() - t0) / 2  # check() parses twice
        row: dict[str, object] = {"case": case, "seed": case_seed, "kind": kind,
                                  "chars": len(text), "seconds": took,
                                  "rate": len(text) / took if took else float("inf")}
        results.append(row)
        if problems:
            failures.append({**row, "problems": problems[:5]})
            if verbose:
                print(f"FAIL case {case} (seed {case_seed}, {kind}): {problems[:3]}", flush=True)
    return {"cases": results, "failures": failures}


def _rate(row: dict[str, object]) -> float:
    rate = row["rate"]
    assert isinstance(rate, float)
    return rate


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--slowest", type=int, default=10)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    out = run(args.cases, args.seed)
    results = out["cases"]
    failures = out["failures"]
    assert isinstance(results, list) and isinstance(failures, list)
    slow = sorted((r for r in results if int(r["chars"]) >= 2000), key=_rate)[:args.slowest]
    print(f"\n{len(results)} cases, {len(failures)} failing")
    print("slowest (chars ≥ 2000):")
    for r in slow:
        print(f"  case {r['case']:>5} {r['kind']:<34} {r['chars']:>8,} chars "
              f"{r['seconds']:.3f} s  {r['rate']:>10,.0f} chars/s")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"cases": len(results), "failures": failures,
                                         "slowest": slow}, indent=1), encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
