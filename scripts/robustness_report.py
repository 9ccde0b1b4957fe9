"""Write the robustness table of ``docs/robustness.md`` from a fresh measurement (issue 13).

Runs the scaling benchmark over every input class (``benchmarks/input_classes.py``: 1×, 4×,
16×, 64× of 16,384 characters) and the fuzz run (``benchmarks/fuzz.py``), then replaces the
text between the ``robustness-table`` markers of ``docs/robustness.md`` with:

* per input class: sizes tried, failures (stage failures W100 or broken invariants), the
  worst throughput and the ratio of the 64× throughput to the 1× throughput;
* per kind of fuzz case: cases, failures and the worst throughput.

    .venv/bin/python scripts/robustness_report.py [--cases 2000] [--print-only]

Timings depend on the machine and on what else runs on it; the report names the machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_scaling import measure  # noqa: E402
from fuzz import run as fuzz_run  # noqa: E402
from fuzz_invariants import check  # noqa: E402
from input_classes import INPUT_CLASSES  # noqa: E402

DOC = ROOT / "docs" / "robustness.md"
START, END = "<!-- robustness-table:start -->", "<!-- robustness-table:end -->"


def scaling_rows(sizes: list[int]) -> list[str]:
    rows = ["| input class | sizes tried | failures | chars/s at 64× (1 MB) | worst chars/s | "
            "64×/1× |", "|---|---|---|---|---|---|"]
    for name, make in INPUT_CLASSES.items():
        res = measure(name, 16_384, sizes, repeat=3)
        failures = int(res["stage_failures"])  # type: ignore[call-overload]
        failures += len(check(make(16_384)))  # the invariants on the 1× text
        measured = res["rows"]
        assert isinstance(measured, list)
        worst = min(float(r["rate"]) for r in measured)
        largest = float(measured[-1]["rate"])
        ratio = float(measured[-1]["ratio"])
        rows.append(f"| {name} | {', '.join(f'{m}×' for m in sizes)} | {failures} | "
                    f"{largest:,.0f} | {worst:,.0f} | {ratio:.2f} |")
        print(rows[-1], flush=True)
    return rows


def fuzz_rows(cases: int) -> list[str]:
    out = fuzz_run(cases, verbose=True)
    by_kind: dict[str, list[dict[str, object]]] = defaultdict(list)
    for row in out["cases"]:  # type: ignore[union-attr]
        kind = str(row["kind"])
        by_kind["mutated input class" if kind.startswith("mutated ") and
                kind != "mutated real document" else kind].append(row)
    failed = {int(f["case"]) for f in out["failures"]}  # type: ignore[union-attr, call-overload]
    rows = ["| fuzz cases | cases | failures | worst chars/s (≥ 2,000 chars) |",
            "|---|---|---|---|"]
    for kind, rows_of in sorted(by_kind.items()):
        big = [float(r["rate"]) for r in rows_of if int(r["chars"]) >= 2000]  # type: ignore[call-overload]
        fails = sum(1 for r in rows_of if int(r["case"]) in failed)  # type: ignore[call-overload]
        rows.append(f"| {kind} | {len(rows_of)} | {fails} | "
                    f"{min(big):,.0f} |" if big else f"| {kind} | {len(rows_of)} | {fails} | – |")
    total_fail = len(failed)
    rows.append(f"| **all** | {len(out['cases'])} | {total_fail} | |")  # type: ignore[arg-type]
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=2000)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16, 64])
    ap.add_argument("--print-only", action="store_true", help="do not rewrite the doc")
    args = ap.parse_args()
    cpu = platform.processor() or platform.machine()
    lines = [START, "",
             f"Measured {date.today().isoformat()} with `.venv/bin/python "
             f"scripts/robustness_report.py --cases {args.cases}` on {os.cpu_count()} "
             f"cores ({cpu}, Python {platform.python_version()}).", ""]
    lines += [*scaling_rows(args.sizes), "", *fuzz_rows(args.cases), "", END]
    table = "\n".join(lines)
    print(table)
    if args.print_only:
        return 0
    doc = DOC.read_text(encoding="utf-8")
    if START in doc and END in doc:
        doc = doc[:doc.index(START)] + table + doc[doc.index(END) + len(END):]
    else:
        doc = doc.rstrip("\n") + "\n\n## Input classes and fuzzing: the measured table\n\n" \
            + table + "\n"
    DOC.write_text(doc, encoding="utf-8")
    print(f"wrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
