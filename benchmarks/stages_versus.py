"""Each stage's time beside a baseline commit's, measured in the same run.

Runs ``profile_stages.stage_times`` (one warm-up pass, then ``--repeat`` timed passes over
the seeds and the real train/dev texts) in fresh processes, the baseline's tree
(``git archive``, as in ``bench_versus.py``) and this tree alternately, ``--rounds``
times.  Prints, for each stage and the whole parse, the speed-up (baseline seconds over
current seconds) of every round and their median: on a shared machine the rounds' spread
is part of the answer.  ``--clock cpu`` (the default) times each step by the process's CPU
time, which other processes on the machine disturb far less than wall-clock time.

    .venv/bin/python benchmarks/stages_versus.py [--baseline HEAD~1] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_versus import BENCH, ROOT, extract

_SNIPPET = (
    "import json, profile_stages as p; texts = p.corpus_texts(); "
    "[p.pipeline.run_pipeline(t) for t in texts]; "
    "import time; stages, total = p.stage_times(texts, {repeat}, time.{clock}); "
    "print(json.dumps({{'stages': stages, 'total': total}}))"
)


def run(src: Path, repeat: int, clock: str) -> dict[str, float]:
    """Seconds per stage (and ``"whole parse"``) of one fresh process over ``src``."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join((str(BENCH), str(src)))
    code = _SNIPPET.format(repeat=repeat, clock=clock)
    out = subprocess.run([sys.executable, "-c", code], env=env, check=True,
                         capture_output=True, text=True, cwd=ROOT).stdout
    data = json.loads(out.splitlines()[-1])
    times: dict[str, float] = dict(data["stages"])
    times["whole parse"] = data["total"]
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default="HEAD~1")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=1, help="timed passes per process")
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                    help="the process's CPU time (default: a busy machine disturbs it "
                         "less) or wall-clock time")
    args = ap.parse_args()
    speedups: dict[str, list[float]] = {}
    shares: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base_src = extract(args.baseline, Path(tmp))
        for _ in range(args.rounds):
            clock = "process_time" if args.clock == "cpu" else "perf_counter"
            base = run(base_src, args.repeat, clock)
            cur = run(ROOT / "src", args.repeat, clock)
            for name, secs in cur.items():
                if name in base and secs > 0:
                    speedups.setdefault(name, []).append(base[name] / secs)
            shares = {k: v / cur["whole parse"] for k, v in cur.items()}
    print(f"baseline {args.baseline}; {args.clock} time; speed-up = baseline s / current s, "
          "per round")
    print(f"{'step':<14} {'share now':>9} {'median':>7}  rounds")
    for name in sorted(speedups, key=lambda k: -shares.get(k, 0)):
        rounds = " ".join(f"{r:.2f}" for r in speedups[name])
        print(f"{name:<14} {shares.get(name, 0):>9.1%} {statistics.median(speedups[name]):>7.2f}"
              f"  {rounds}")


if __name__ == "__main__":
    main()
