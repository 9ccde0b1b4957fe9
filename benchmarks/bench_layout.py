"""Layout passes on real documents: reflow, font repair, the outline decision, whole parse.

Takes the hard-wrapped, flattened-header documents of ``corpus/real`` (train and dev splits
only), joins them, and times at 1×, 16× and 64× their size:

* ``reflow`` — finding the hard-wrap breaks (``text/reflow.py``);
* ``font`` — font-conversion repair (``text/font_repair.py``);
* ``tables`` — finding space-aligned tables whose cells wrap and their rows
  (``text/layout_tables.py``);
* ``outline`` — reading every numbered line and deciding heading or item
  (``extract/outline.py``: ``outline_candidates``);
* ``parse`` — the whole pipeline, the baseline the others are compared with.

Each cell is the best of ``--repeat`` runs in seconds; the last columns give characters per
second and the 64×/1× throughput ratio (1.0 = linear time).

    .venv/bin/python benchmarks/bench_layout.py [--sizes 1 16 64] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import kehoach_parser
from kehoach_parser.context import ParseContext
from kehoach_parser.evaluation.corpus import read_sources
from kehoach_parser.extract.outline import outline_candidates
from kehoach_parser.text.font_repair import font_edits
from kehoach_parser.text.layout_tables import layout_table_pieces
from kehoach_parser.text.lines import split_lines
from kehoach_parser.text.normalize import normalize
from kehoach_parser.text.reflow import reflow_edits

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "corpus" / "real"


def _texts() -> str:
    rows = read_sources(REAL)
    chosen = [r.id for r in rows.values() if r.split in ("train", "dev")
              and {"hard_wrapped", "flattened_header"} & set(r.traits)]
    return "\n\n".join((REAL / f"{i}.txt").read_text(encoding="utf-8") for i in sorted(chosen))


_NORMALISED: dict[int, ParseContext] = {}


def _outline(text: str) -> None:
    """Outline reading alone: the text is normalised once, outside the timed part."""
    ctx = _NORMALISED[len(text)]
    outline_candidates(ctx)


def _prepare(text: str) -> None:
    aligned = normalize(text)
    ctx = ParseContext(aligned=aligned, lines=split_lines(aligned.text))
    ctx.body = (0, len(aligned.text))
    _NORMALISED[len(text)] = ctx


def _best(fn: Callable[[str], object], text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 16, 64])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    base = _texts()
    kehoach_parser.parse(base)  # warm up
    steps: dict[str, Callable[[str], object]] = {
        "reflow": reflow_edits, "font": font_edits, "tables": layout_table_pieces,
        "outline": _outline,
        "parse": kehoach_parser.parse,
    }
    first: dict[str, float] = {}
    print(f"{len(base):,} characters at 1x (hard-wrapped or flattened documents of train+dev)")
    print(f"{'size':>5} " + " ".join(f"{k + ' s':>10}" for k in steps)
          + " " + " ".join(f"{k + ' c/s':>13}" for k in steps))
    last: dict[str, float] = {}
    for mult in args.sizes:
        text = "\n\n".join([base] * mult)
        _prepare(text)
        times = {k: _best(fn, text, args.repeat if mult < 64 else 1) for k, fn in steps.items()}
        rates = {k: len(text) / t for k, t in times.items()}
        if not first:
            first = rates
        last = rates
        print(f"{mult:>4}x " + " ".join(f"{times[k]:>10.4f}" for k in steps) + " "
              + " ".join(f"{rates[k]:>13,.0f}" for k in steps))
    print("share of the parse at 1x: " + ", ".join(
        f"{k} {first['parse'] / first[k]:.1%}" for k in steps if k != "parse"))
    print(f"throughput {args.sizes[-1]}x/1x: " + ", ".join(
        f"{k} {last[k] / first[k]:.2f}" for k in steps))


if __name__ == "__main__":
    main()
