"""Throughput and its scaling with size, per input class (issue 13).

For each class in ``benchmarks/input_classes.py``, parses texts of 1×, 4×, 16× and 64× a base
size (16,384 characters, so 64× is about 1 MB) and prints characters per second and the ratio
of the throughput at each size to the 1× throughput measured in the same run.  A ratio near
1.0 means linear time; below 0.7 at 64× means a super-linear step.

    .venv/bin/python benchmarks/bench_scaling.py [--base 16384] [--sizes 1 4 16 64]
        [--class "dense dates"] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from input_classes import INPUT_CLASSES

import kehoach_parser


def measure(name: str, base: int, sizes: list[int], repeat: int) -> dict[str, object]:
    make = INPUT_CLASSES[name]
    rows = []
    failures = 0
    for mult in sizes:
        text = make(base * mult)
        best = float("inf")
        stage_failures = 0
        # best of the runs: more where a run is short, so that a pause of the machine does
        # not pass for the parser's speed
        runs = repeat + 2 if mult <= 4 else (repeat if mult < 64 else min(repeat, 2))
        for _ in range(runs):
            t0 = time.perf_counter()
            doc = kehoach_parser.parse(text)
            best = min(best, time.perf_counter() - t0)
            stage_failures = sum(1 for w in doc.warnings if w.code == "W100")
        failures += stage_failures
        rows.append({"mult": mult, "chars": len(text), "seconds": best,
                     "rate": len(text) / best, "stage_failures": stage_failures})
    first = rows[0]["rate"]
    assert isinstance(first, float)
    for row in rows:
        rate = row["rate"]
        assert isinstance(rate, float)
        row["ratio"] = rate / first
    return {"class": name, "rows": rows, "stage_failures": failures}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=int, default=16_384)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16, 64])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--class", dest="classes", action="append", choices=sorted(INPUT_CLASSES))
    ap.add_argument("--json", type=Path, help="also write the measurements here")
    args = ap.parse_args()
    kehoach_parser.parse(INPUT_CLASSES["real plans"](20_000))  # warm up: lazy imports, patterns
    results = []
    print(f"{'class':<24} {'size':>5} {'chars':>9} {'s':>7} {'chars/s':>11} {'vs 1x':>6}")
    for name in args.classes or list(INPUT_CLASSES):
        res = measure(name, args.base, args.sizes, args.repeat)
        results.append(res)
        for row in res["rows"]:  # type: ignore[union-attr]
            print(f"{name:<24} {row['mult']:>4}x {row['chars']:>9,} {row['seconds']:>7.2f} "
                  f"{row['rate']:>11,.0f} {row['ratio']:>6.2f}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
