"""Scaling of the space-aligned table reader on a long table (review R20b finding 2).

Builds a table of N labelled rows, each with a wrapped name, at 1×, 4× and 16× a base N, and
prints the time of ``layout_table_pieces`` and of ``_with_figure_anchors`` inside it, with
the ratio of time per row to the 1× run (near 1.0: linear; 4 and more at 16×: quadratic).

    PYTHONPATH=src .venv/bin/python benchmarks/bench_layout_table_rows.py [--base 1000]
"""

from __future__ import annotations

import argparse
import time
from typing import Any

import kehoach_parser.text.layout_tables as lt

_HEAD = " STT     Nội dung chỉ tiêu                    Kế hoạch     Thực hiện\n"


def table(n: int) -> str:
    return _HEAD + "".join(
        f"  {k % 100:>2}     Số lớp tập huấn kỹ năng số              {k % 97:>2}"
        f"           {k % 89:>2}\n         cho cán bộ cấp xã\n" for k in range(n))


def measure(n: int) -> tuple[float, float]:
    spent = [0.0]
    orig = lt._with_figure_anchors

    def timed(*args: Any) -> Any:
        t = time.perf_counter()
        out = orig(*args)
        spent[0] += time.perf_counter() - t
        return out

    lt._with_figure_anchors = timed  # type: ignore[assignment]
    try:
        text = table(n)
        t = time.perf_counter()
        lt.layout_table_pieces(text)
        total = time.perf_counter() - t
    finally:
        lt._with_figure_anchors = orig  # type: ignore[assignment]
    return total, spent[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--base", type=int, default=1000)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16])
    args = ap.parse_args()
    first: tuple[float, float] | None = None
    print(f"{'size':>5} {'rows':>7} {'total s':>8} {'anchors s':>10} {'total/row ratio':>16}")
    for m in args.sizes:
        n = args.base * m
        total, anchors = measure(n)
        if first is None:
            first = (total / n, anchors / n)
        print(f"{m:>4}× {n:>7} {total:>8.3f} {anchors:>10.4f} {total / n / first[0]:>16.2f}")


if __name__ == "__main__":
    main()
