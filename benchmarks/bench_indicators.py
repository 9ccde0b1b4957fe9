#!/usr/bin/env python
"""Benchmark of the indicator stage alone over the labeled corpus.

Each corpus text is normalised once; then the indicator stage (``extract_indicators``) runs
on a fresh context with the whole text as body, ``--repeat`` times over the corpus.  Two
baselines are timed in the same run over the same text: the normaliser pass
(``normalize``) and a plain regex scan for numbers.  The script prints characters per
second for each and the stage's speed relative to the baselines.

Usage: ``.venv/bin/python benchmarks/bench_indicators.py [--repeat N] [--no-segmenter]``
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kehoach_parser.context import ParseContext
from kehoach_parser.extract.indicators import extract_indicators
from kehoach_parser.extract.indicators import units as unit_module
from kehoach_parser.extract.numbers import NUMBER_PATTERN
from kehoach_parser.text.aligned import AlignedText
from kehoach_parser.text.lines import split_lines
from kehoach_parser.text.normalize import normalize

_NUMBER_RE = regex.compile(NUMBER_PATTERN)


def _time(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--no-segmenter", action="store_true",
                    help="counted-noun heads from the lexicon only (no underthesea)")
    args = ap.parse_args(argv)
    if args.no_segmenter:
        unit_module.use_segmenter(False)
    raws = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    texts = [normalize(r).text for r in raws]
    chars = sum(len(t) for t in texts)

    contexts = []
    for t in texts:
        ctx = ParseContext(aligned=AlignedText(t), lines=split_lines(t))
        ctx.body = (0, len(t))
        contexts.append(ctx)

    def stage() -> int:
        n = 0
        for ctx in contexts:
            extract_indicators(ctx)
            n += len(ctx.indicators)
        return n

    def normaliser() -> None:
        for r in raws:
            normalize(r)

    def scan() -> int:
        return sum(1 for t in texts for _ in _NUMBER_RE.finditer(t))

    t0 = time.perf_counter()
    found = stage()  # cold: lazy imports, regex compilation caches, segmenter load
    cold = time.perf_counter() - t0
    stage_t = _time(stage, args.repeat)
    norm_t = _time(normaliser, args.repeat)
    scan_t = _time(scan, args.repeat)
    med = {k: statistics.median(v) for k, v in
           (("stage", stage_t), ("normalise", norm_t), ("scan", scan_t))}
    print(f"corpus: {len(texts)} documents, {chars} characters, {found} indicators; "
          f"repeat={args.repeat}; segmenter={'off' if args.no_segmenter else 'on'}")
    print(f"cold first pass (stage): {cold * 1000:.1f} ms")
    for k, v in med.items():
        print(f"{k:10s} median {v * 1000:8.2f} ms   {chars / v:12,.0f} chars/s")
    print(f"stage / normaliser time ratio: {med['stage'] / med['normalise']:.2f}x")
    print(f"stage / number-scan time ratio: {med['stage'] / med['scan']:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
