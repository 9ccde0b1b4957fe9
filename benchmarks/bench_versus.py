"""Each figure of this tree beside a baseline commit's, measured in the same run.

The baseline is another commit of this repository (``--baseline``, default ``HEAD~1``),
extracted with ``git archive`` into a temporary directory and put first on ``PYTHONPATH``
of its processes.  Every figure is measured in fresh processes, baseline and current
interleaved (``--rounds`` times, the best kept), so a busy machine slows both alike; the
ratios are what to read, not the absolute times.

Both trees run from byte-compiled modules, as an installed package does (pip compiles a
wheel's modules when it installs them; the bare process's pydantic and regex are compiled
that way too): the trees are compiled once into a private ``PYTHONPYCACHEPREFIX`` before the
first round, even when ``PYTHONDONTWRITEBYTECODE`` is set.  ``--no-bytecode`` measures
without (every module of the library compiled from source in each process: this tree is
copied without its ``__pycache__`` folders and no process writes bytecode).

- **throughput**: characters per second of a full parse of the seeds and the real train/dev
  texts (one warm-up pass in the process first);
- **cold start**: a fresh process that imports ``kehoach_parser`` and parses a 20,000-character
  plan, over a process that only imports pydantic and regex;
- **import**: ``import kehoach_parser`` alone, over the same bare process;
- **peak memory**: the peak resident size of a process parsing a 1,000,000-character text of
  real plans, over the bare process's.

    .venv/bin/python benchmarks/bench_versus.py [--baseline HEAD~1] [--rounds 3] [--quick]
        [--fail-below 0.7]

``--fail-below R`` exits 1 when a throughput ratio (current over baseline) falls below
``R`` (a CI guard: ``0.7`` fails on a drop of more than 30 %).

``--cpu`` times each figure in CPU seconds of its process (``time.process_time``) instead of
wall time: on a machine shared with other work the wall time of a fresh process moves with
the load, its CPU time much less.  ``--only cold,import`` measures only those figures (the
bare process always).  Next to each ratio (the median of the rounds' own ratios) the table
gives the lowest and highest of them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent

_BARE = "import time; clock = time.{clock}; t0 = clock(); import pydantic, regex; {body}"
_SNIPPETS = {
    "bare": "print(clock() - t0)",
    "import": "import kehoach_parser; print(clock() - t0)",
    "cold": ("import kehoach_parser; ti = clock(); "
             "from input_classes import real_plans; text = real_plans(20_000); "
             "t1 = clock(); kehoach_parser.parse(text); "
             "print(ti - t0 + clock() - t1)"),
    "throughput": ("from profile_stages import corpus_texts; import kehoach_parser; "
                   "texts = corpus_texts(){limit}; [kehoach_parser.parse(t) for t in texts]; "
                   "best = float('inf')\n"
                   "for _ in range(3):\n"
                   "    t1 = clock(); [kehoach_parser.parse(t) for t in texts]; "
                   "best = min(best, clock() - t1)\n"
                   "print(sum(map(len, texts)) / best)"),
    "memory_bare": ("import resource; from input_classes import real_plans; "
                    "text = real_plans({chars}); "
                    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"),
    "memory": ("import resource, kehoach_parser; from input_classes import real_plans; "
               "text = real_plans({chars}); kehoach_parser.parse(text); "
               "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"),
}


def extract(rev: str, into: Path) -> Path:
    """The tree of ``rev`` (its ``src`` and ``models``) under ``into``."""
    data = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src", "models"],
                          check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


#: Where the trees' bytecode is kept (set by ``main``; None: as the environment says).
_PYCACHE: Path | None = None
#: Set with ``--no-bytecode``: no process reads or writes the library's bytecode.
_FROM_SOURCE = False
#: What the snippets time: ``perf_counter`` (wall) or ``process_time`` (CPU; ``--cpu``).
_CLOCK = "perf_counter"
#: The figures measured (``--only``), each with the bare figure it is read against.
FIGURES = {"throughput": None, "import": "bare", "cold": "bare", "memory": "memory_bare"}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    if _FROM_SOURCE:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    if _PYCACHE is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(_PYCACHE)
    return env


def byte_compile(*trees: Path) -> None:
    """Compile every module of ``trees`` into the private bytecode folder."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", *map(str, trees)], env=_env(),
                   check=True, capture_output=True)


def run(snippet: str, src: Path | None) -> float:
    """Run one snippet in a fresh process; ``src`` first on the path (None: this tree)."""
    env = _env()
    paths = [str(BENCH), str(src or ROOT / "src"), env.get("PYTHONPATH", "")]
    env["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    out = subprocess.run([sys.executable, "-c", _BARE.format(clock=_CLOCK, body=snippet)],
                         env=env,
                         check=True, capture_output=True, text=True, cwd=ROOT).stdout
    return float(out.split()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default="HEAD~1", help="a git revision (default HEAD~1)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--quick", action="store_true",
                    help="a small input (40 texts, 200,000 characters for memory): for CI")
    ap.add_argument("--fail-below", type=float, default=None, metavar="R")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--no-bytecode", action="store_true",
                    help="no byte-compiled modules: each process compiles the library's source")
    ap.add_argument("--cpu", action="store_true",
                    help="time in CPU seconds of each process, not wall time")
    ap.add_argument("--only", default=",".join(FIGURES),
                    help=f"figures to measure, comma-separated (of {', '.join(FIGURES)})")
    args = ap.parse_args()
    global _PYCACHE, _CLOCK, _FROM_SOURCE
    if args.cpu:
        _CLOCK = "process_time"
    wanted = [f for f in args.only.split(",") if f]
    unknown = sorted(set(wanted) - set(FIGURES))
    if unknown:
        ap.error(f"unknown figure(s): {', '.join(unknown)}")
    needed = set(wanted) | {FIGURES[f] for f in wanted if FIGURES[f]}
    limit = "[:40]" if args.quick else ""
    chars = 200_000 if args.quick else 1_000_000
    snippets = {k: v.format(limit=limit, chars=chars) if "{" in v else v
                for k, v in _SNIPPETS.items() if k in needed}
    with tempfile.TemporaryDirectory() as tmp:
        base_src = extract(args.baseline, Path(tmp))
        current_src: Path | None = None  # None: this tree as it is
        if not args.no_bytecode:
            _PYCACHE = Path(tmp) / "pycache"
            byte_compile(base_src, ROOT / "src", BENCH)
        else:  # a copy without the tree's __pycache__ folders, which would be read
            _FROM_SOURCE = True
            current_src = Path(tmp) / "current" / "src"
            for part in ("src", "models"):  # the models beside src, as git archive gives them
                shutil.copytree(ROOT / part, current_src.parent / part,
                                ignore=shutil.ignore_patterns("__pycache__"))
        best: dict[tuple[str, str], float] = {}
        paired: dict[str, list[float]] = {}  # current / baseline, round by round
        last: dict[tuple[str, str], float] = {}
        for _ in range(args.rounds):
            for name, snippet in snippets.items():
                higher_is_better = name == "throughput"
                for who, src in (("baseline", base_src), ("current", current_src)):
                    if name in ("bare", "memory_bare") and who == "baseline":
                        continue  # the bare process does not import the library
                    value = run(snippet, src)
                    if who == "current" and (name, "baseline") in last:
                        paired.setdefault(name, []).append(value / last[(name, "baseline")])
                    last[(name, who)] = value
                    key = (name, who)
                    old = best.get(key)
                    if old is None or (value > old if higher_is_better else value < old):
                        best[key] = value
    bare = best.get(("bare", "current"))
    mem_bare = best.get(("memory_bare", "current"))
    unit = "CPU s" if args.cpu else "s"
    rows = [row for row in [
        ("throughput (chars/s)", "throughput", None, "{:,.0f}"),
        (f"import ({unit})", "import", bare, "{:.3f}"),
        (f"import + first parse of 20k ({unit})", "cold", bare, "{:.3f}"),
        (f"peak RSS parsing {chars:,} chars (KB)", "memory", mem_bare, "{:,.0f}"),
    ] if row[1] in wanted]
    modules = "from source" if args.no_bytecode else "byte-compiled"
    clock = "CPU time" if args.cpu else "wall time"
    print(f"baseline {args.baseline}; modules {modules}; {clock}; {args.rounds} rounds; "
          "bare process (pydantic + regex): "
          + (f"{bare:.3f} {unit}" if bare is not None else "not measured")
          + (f", {mem_bare:,.0f} KB peak holding the text" if mem_bare is not None else ""))
    print(f"{'figure':<40} {'baseline':>12} {'current':>12} {'cur/base':>9} "
          f"{'base/bare':>10} {'cur/bare':>9} {'rounds':>11}")
    failed = False
    figures = {}
    for label, name, ref, fmt in rows:
        b, c = best[(name, "baseline")], best[(name, "current")]
        ratio = statistics.median(paired[name])  # each round's pair: robust to drift
        extra = (f"{b / ref:>10.2f} {c / ref:>9.2f}" if ref else f"{'':>10} {'':>9}")
        spread = f"{min(paired[name]):.2f}–{max(paired[name]):.2f}"
        print(f"{label:<40} {fmt.format(b):>12} {fmt.format(c):>12} {ratio:>9.2f} {extra} "
              f"{spread:>11}")
        figures[name] = {"baseline": b, "current": c, "ratio": ratio,
                         "rounds": paired[name]}
        if name == "throughput" and args.fail_below is not None and ratio < args.fail_below:
            failed = True
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    if failed:
        print(f"throughput fell below {args.fail_below} of the baseline's", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
