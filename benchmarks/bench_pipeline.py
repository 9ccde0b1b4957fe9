"""Whole-pipeline throughput and its scaling with document size.

Parses the corpus joined into one text at 1×, 4×, 16× and 64× its size and prints
characters per second; the ratio column compares each size with the 1× baseline measured
in the same run (a ratio near 1.0 means linear time; a falling ratio means a super-linear
step crept in).  Joining copies of the same plans inflates one step: identical items in
identically-labelled sections are all first statements to the restatement linker, which
compares each with the earlier ones of equal value, so the largest sizes fall below 1.0
for a reason real plans do not have.

    .venv/bin/python benchmarks/bench_pipeline.py [--sizes 1 4 16 64] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import kehoach_parser

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16, 64])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    base = "\n\n".join(p.read_text(encoding="utf-8")
                       for p in sorted((ROOT / "corpus").glob("*.txt")))
    kehoach_parser.parse(base)  # warm up: lazy imports (word segmenter), regex compilation
    baseline: float | None = None
    print(f"{'size':>6} {'MB':>6} {'best s':>8} {'chars/s':>12} {'vs 1x':>6}  records")
    for mult in args.sizes:
        text = "\n\n".join([base] * mult)
        best = float("inf")
        doc = None
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            doc = kehoach_parser.parse(text)
            best = min(best, time.perf_counter() - t0)
        rate = len(text) / best
        baseline = baseline or rate
        assert doc is not None
        print(f"{mult:>5}x {len(text) / 1e6:>6.2f} {best:>8.3f} {rate:>12,.0f} "
              f"{rate / baseline:>6.2f}"
              f"  {len(doc.indicators)} indicators, {len(doc.dates)} dates, "
              f"{len(doc.sections)} sections")


if __name__ == "__main__":
    main()
