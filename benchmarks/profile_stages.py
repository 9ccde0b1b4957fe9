"""Where the time of a parse goes: wall-clock share per stage, and the hottest functions.

Parses the seeds (``corpus/*.txt``) and the real corpus's train and dev texts (never the
test split) ``--repeat`` times after one warm-up pass, timing normalisation, line
splitting, every stage of :data:`kehoach_parser.pipeline.STAGES` and assembly separately.
With ``--cprofile N`` it also runs one pass under :mod:`cProfile` and prints the ``N``
functions with the most internal time (cProfile's own overhead inflates Python-heavy
code, so the stage table is measured without it).

    .venv/bin/python benchmarks/profile_stages.py [--repeat 3] [--cprofile 25]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from input_classes import _real_texts

from kehoach_parser import pipeline
from kehoach_parser.options import DEFAULT_OPTIONS

ROOT = Path(__file__).resolve().parent.parent


def corpus_texts() -> list[str]:
    """The seeds and the real train/dev texts."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    return seeds + _real_texts()


Clock = Callable[[], float]


def _timed(name: str, fn: Callable[..., Any], totals: dict[str, float],
           clock: Clock = time.perf_counter) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        t0 = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[name] += clock() - t0
    return run


def stage_times(texts: list[str], repeat: int, clock: Clock = time.perf_counter
                ) -> tuple[dict[str, float], float]:
    """Seconds per step over ``repeat`` passes, and the total, by ``clock`` (wall-clock
    time by default; ``time.process_time`` counts this process's CPU time only, which a
    busy machine disturbs less)."""
    totals: dict[str, float] = defaultdict(float)
    stages = tuple(pipeline.Stage(s.name, _timed(s.name, s.run, totals, clock))
                   for s in pipeline.STAGES)
    saved = (pipeline.normalize, pipeline.split_lines, pipeline.assemble)
    pipeline.normalize = _timed("normalize", pipeline.normalize, totals, clock)  # type: ignore[assignment]
    pipeline.split_lines = _timed("split lines", pipeline.split_lines, totals, clock)  # type: ignore[assignment]
    pipeline.assemble = _timed("assemble", pipeline.assemble, totals, clock)  # type: ignore[assignment]
    try:
        t0 = clock()
        for _ in range(repeat):
            for text in texts:
                pipeline.run_pipeline(text, stages=stages, options=DEFAULT_OPTIONS)
        total = clock() - t0
    finally:
        pipeline.normalize, pipeline.split_lines, pipeline.assemble = saved
    return dict(totals), total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cprofile", type=int, default=0, metavar="N",
                    help="also print the N functions with the most internal time")
    args = ap.parse_args()
    texts = corpus_texts()
    chars = sum(map(len, texts))
    for text in texts:  # warm up: lazy imports and compiled patterns
        pipeline.run_pipeline(text)
    totals, total = stage_times(texts, args.repeat)
    print(f"{len(texts)} texts, {chars:,} characters, {args.repeat} passes: "
          f"{chars * args.repeat / total:,.0f} chars/s")
    print(f"{'step':<14} {'s/pass':>8} {'share':>7}")
    for name, secs in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"{name:<14} {secs / args.repeat:>8.3f} {secs / total:>7.1%}")
    other = total - sum(totals.values())
    print(f"{'(rest)':<14} {other / args.repeat:>8.3f} {other / total:>7.1%}")
    if args.cprofile:
        prof = cProfile.Profile()
        prof.enable()
        for text in texts:
            pipeline.run_pipeline(text)
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(args.cprofile)
        print(out.getvalue())


if __name__ == "__main__":
    main()
