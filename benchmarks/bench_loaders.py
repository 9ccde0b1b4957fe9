#!/usr/bin/env python
"""Loader benchmark: PDF engines (pages/s) and the legacy-encoding detector (MB/s).

Everything is measured in one run on the same inputs, with a baseline measured alongside so
that ratios stay meaningful from one machine to another:

* PDF: the committed variants ``corpus/variants/pdf/*.pdf``.  Baseline: PyPDFium2's bare
  ``get_text_range`` per page (the cheapest text extraction there is, no layout at all).
  Rows: each engine's raw line extraction, and the whole loader (extraction + furniture
  removal + reading order + paragraphs).
* Encodings: the TCVN3 and VNI variants and the clean UTF-8 texts.  Baseline: Python's own
  ``bytes.decode("cp1252")`` on the same bytes.

Usage: ``.venv/bin/python benchmarks/bench_loaders.py [--repeat N] [--pdf FILE_OR_DIR]``
(the least in-process CPU time of N runs, 5 by default).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from pdf_timing import bare_pdfium, best_cpu

from kehoach_parser.loaders import load_bytes
from kehoach_parser.loaders.encodings import (
    decode_legacy_bytes,
    repair_legacy_text,
    tcvn3,
)
from kehoach_parser.loaders.pdf import extract_pages, load_pdf_bytes, page_count

VARIANTS = ROOT / "corpus" / "variants"






def bench_pdf(repeat: int, extra: list[Path] | None = None) -> None:
    paths = sorted((VARIANTS / "pdf").glob("*.pdf")) + (extra or [])
    files = [p.read_bytes() for p in paths]
    pages = sum(page_count(d) for d in files)
    rows: list[tuple[str, float]] = [
        ("baseline: pypdfium2 get_text_range", best_cpu(lambda: bare_pdfium(files), repeat)),
    ]
    for engine in ("fast", "layout"):
        rows.append((f"{engine}: line extraction only",
                     best_cpu(lambda e=engine: [extract_pages(d, engine=e) for d in files],
                              repeat)))
        rows.append((f"{engine}: whole loader (default={'yes' if engine == 'layout' else 'no'})",
                     best_cpu(lambda e=engine: [load_pdf_bytes(d, engine=e) for d in files],
                              repeat)))
    base = rows[0][1]
    print(f"PDF engines — {len(files)} files, {pages} pages, best of {repeat}")
    print(f"  {'what':48} {'seconds':>8} {'pages/s':>9} {'x baseline':>11}")
    for name, secs in rows:
        print(f"  {name:48} {secs:8.3f} {pages / secs:9.1f} {base / secs:11.3f}")
    fast = next(s for n, s in rows if n.startswith("fast: whole"))
    layout = next(s for n, s in rows if n.startswith("layout: whole"))
    print(f"  fast loader is {layout / fast:.1f}x the layout loader's speed, "
          f"{base / fast:.2f}x bare pypdfium2's pages per second (issue 15's target: 0.5x)")


def bench_encodings(repeat: int) -> None:
    tc = b"".join(p.read_bytes() for p in sorted((VARIANTS / "tcvn3").glob("*.txt")))
    vn = b"".join(p.read_bytes() for p in sorted((VARIANTS / "vni").glob("*.txt")))
    utf8 = b"".join(p.read_bytes() for p in sorted((ROOT / "corpus").glob("*.txt")))
    clean = utf8.decode("utf-8")
    lines = clean.split("\n")
    mixed = "\n".join(tcvn3.encode(ln) if i % 5 == 0 else ln for i, ln in enumerate(lines))
    cases: list[tuple[str, int, Callable[[], object], Callable[[], object]]] = [
        ("TCVN3 bytes -> detect + convert", len(tc),
         lambda: decode_legacy_bytes(tc), lambda: tc.decode("cp1252")),
        ("VNI bytes -> detect + convert", len(vn),
         lambda: decode_legacy_bytes(vn), lambda: vn.decode("cp1252")),
        ("UTF-8 Vietnamese -> load (detector must not fire)", len(utf8),
         lambda: load_bytes(utf8, name="x.txt"), lambda: utf8.decode("utf-8")),
        ("Unicode with 1 in 5 lines TCVN3 -> per-run repair", len(mixed.encode("utf-8")),
         lambda: repair_legacy_text(mixed), lambda: mixed.encode("utf-8").decode("utf-8")),
    ]
    print(f"\nEncoding detector — best of {repeat}")
    print(f"  {'what':52} {'KB':>6} {'MB/s':>8} {'baseline MB/s':>14} {'ratio':>7}")
    for name, size, fn, baseline in cases:
        secs = best_cpu(fn, repeat)
        base = best_cpu(baseline, repeat)
        mbs = size / secs / 1e6
        print(f"  {name:52} {size / 1e3:6.0f} {mbs:8.2f} {size / base / 1e6:14.1f} "
              f"{base / secs:7.4f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="benchmark the PDF engines and the detector")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--pdf", type=Path, action="append", default=[],
                    help="another PDF (or a folder of PDFs) beside the variants")
    args = ap.parse_args(argv)
    extra = [f for p in args.pdf for f in (sorted(p.glob("*.pdf")) if p.is_dir() else [p])]
    bench_pdf(args.repeat, extra)
    bench_encodings(args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
