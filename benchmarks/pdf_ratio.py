#!/usr/bin/env python
"""Issue 15's PDF figure: the fast loader's pages per second against bare pypdfium2's,
this tree and a baseline revision in one run.

    .venv/bin/python benchmarks/pdf_ratio.py --baseline 8e002dd --rounds 9
    .venv/bin/python benchmarks/pdf_ratio.py --baseline HEAD~1 --real-docs 20

The PDFs: the committed variants ``corpus/variants/pdf`` and, with ``--real-docs N``, N
real train+dev texts typeset by ``bench_pdf_engines.build``.  Each tree (the baseline's
``src/`` from ``git archive``, and this one's) runs in its own process and is warmed by one
pass; then, round after round, each process in turn (the order alternating) times one pass
of bare pypdfium2 text extraction (``pdf_timing.bare_pdfium``) and one pass of
``load_pdf_bytes(engine="fast")`` over every PDF, in in-process CPU time.  Printed per tree:
the least bare and loader times over the rounds, their ratio (the issue's figure: 0.5×
is the target), and the median and range of the rounds' own ratios; then the loader's
time in this tree over the baseline's (median of the rounds).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _worker(paths_file: Path) -> int:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from pdf_timing import bare_pdfium

    from kehoach_parser.loaders.pdf import load_pdf_bytes

    datas = [Path(p).read_bytes() for p in paths_file.read_text(encoding="utf-8").split("\n")]
    for data in datas:  # warm: imports, compiled patterns, PDFium's fonts
        load_pdf_bytes(data, engine="fast")
    bare_pdfium(datas)
    print("ready", flush=True)
    for _ in sys.stdin:
        start = time.process_time()
        bare_pdfium(datas)
        bare = time.process_time() - start
        start = time.process_time()
        for data in datas:
            load_pdf_bytes(data, engine="fast")
        loader = time.process_time() - start
        print(json.dumps({"bare": bare, "loader": loader}), flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", default="HEAD")
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--real-docs", type=int, default=0)
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        return _worker(args.worker)
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from kehoach_parser.loaders.pdf import page_count

    tmp = Path(tempfile.mkdtemp(prefix="kehoach-pdf-ratio-"))
    try:
        paths = sorted((ROOT / "corpus" / "variants" / "pdf").glob("*.pdf"))
        if args.real_docs:
            from bench_pdf_engines import FONTS, build

            font = next(f for f in FONTS if Path(f).is_file())
            made, _ = build(tmp, args.real_docs, font)
            paths += [pdf for _, _, pdf, _ in made]
        pages = sum(page_count(p.read_bytes()) for p in paths)
        paths_file = tmp / "paths.txt"
        paths_file.write_text("\n".join(map(str, paths)), encoding="utf-8")
        from bench_versus import extract  # the baseline's src/ (and models/), git archive

        base_src = extract(args.baseline, tmp / "base").parent
        trees = {"baseline": base_src / "src", "current": ROOT / "src"}
        procs = {}
        for name, src in trees.items():
            procs[name] = subprocess.Popen(
                [sys.executable, __file__, "--worker", str(paths_file)], cwd=ROOT,
                env={"PYTHONPATH": str(src)}, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                text=True)
            assert procs[name].stdout is not None
            procs[name].stdout.readline()
        rounds: dict[str, list[dict[str, float]]] = {n: [] for n in trees}
        order = list(trees)
        for r in range(args.rounds):
            for name in order if r % 2 == 0 else order[::-1]:
                proc = procs[name]
                assert proc.stdin is not None and proc.stdout is not None
                proc.stdin.write("go\n")
                proc.stdin.flush()
                rounds[name].append(json.loads(proc.stdout.readline()))
        for proc in procs.values():
            assert proc.stdin is not None
            proc.stdin.close()
            proc.wait()
        print(f"{len(paths)} PDFs, {pages} pages, {args.rounds} rounds, CPU time "
              f"(baseline {args.baseline})")
        for name, got in rounds.items():
            bare = min(g["bare"] for g in got)
            loader = min(g["loader"] for g in got)
            ratios = [g["bare"] / g["loader"] for g in got]
            print(f"  {name:9} bare {bare * 1e3:6.1f} ms  loader {loader * 1e3:6.1f} ms  "
                  f"ratio {bare / loader:.3f}x  (rounds: median {statistics.median(ratios):.3f}, "
                  f"{min(ratios):.3f}-{max(ratios):.3f})")
        per_round = [c["loader"] / b["loader"]
                     for b, c in zip(rounds["baseline"], rounds["current"], strict=True)]
        print(f"  loader current/baseline: median {statistics.median(per_round):.3f} "
              f"({min(per_round):.3f}-{max(per_round):.3f})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
