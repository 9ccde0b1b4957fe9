#!/usr/bin/env python
"""Does the fast PDF engine give the same output as another revision's?  (issue 15)

    .venv/bin/python benchmarks/pdf_fast_identity.py --baseline HEAD~1
    .venv/bin/python benchmarks/pdf_fast_identity.py --baseline 8e002dd --engine layout

Builds one set of PDFs (:func:`build_set`): the committed variants and real PDFs of the
train split, real train+dev texts typeset by ``bench_pdf_engines.build``, the seeds drawn by
``tests/loaders/pdfgen.render_plan`` at two spacings, the furniture, ruled-table, cid and
scan PDFs of ``pdfgen``, and generated pages of mixed lines (hyphen at a line end, a lone
dash, second columns on one baseline, three-cell rows, no-break spaces, zero-width and
combining characters, tabs, bold and larger words).  Then every PDF goes through
``extract_pages`` (every line's page, box and text as ``repr``, grids, problems) and
``load_pdf_bytes`` (text, encoding, warnings, or the error raised) in the baseline's
``src/`` (``git archive``) and in this tree's, each in its own process, and the two dumps
are compared byte for byte.  Exit status 1 when any PDF differs.

``--dump FILE`` writes this tree's dump only (no comparison).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "/usr/share/fonts/dejavu/DejaVuSans.ttf")
def build_set(folder: Path, real_docs: int = 20) -> list[Path]:
    """Write the generated PDFs into ``folder``; every PDF of the set, sorted."""
    sys.path.insert(0, str(ROOT / "tests" / "loaders"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import pdfgen
    from bench_pdf_engines import build

    from kehoach_parser.evaluation.corpus import discover

    folder.mkdir(parents=True, exist_ok=True)
    made: dict[str, bytes] = {}
    font = next((f for f in FONTS if Path(f).is_file()), None)
    if font is not None and real_docs:
        build(folder, real_docs, font)
    if pdfgen.unicode_font_available():
        for seed in sorted(ROOT.glob("corpus/*.txt")):
            text = seed.read_text(encoding="utf-8")
            made[f"plan-{seed.stem}"] = pdfgen.render_plan(text)
            made[f"plan3-{seed.stem}"] = pdfgen.render_plan(text, spacing=3.0, size=11)
        for item in [d for s in ("train", "dev") for d in discover(ROOT / "corpus" / "real", s)
                     if d.document.suffix == ".txt"][:: 25]:
            made[f"planreal-{item.name}"] = pdfgen.render_plan(
                item.document.read_text(encoding="utf-8"))
        made["furniture"] = pdfgen.furniture_pdf()
        rows = [[[f"{r}.{c} ô"] + (["dòng hai"] if (r + c) % 3 == 0 else [])
                 for c in range(4)] for r in range(12)]
        made["table-lines"] = pdfgen.ruled_table_pdf([rows, rows[:5]], [15, 60, 40, 40],
                                                     above="Bảng 1. Chỉ tiêu")
        made["table-rects"] = pdfgen.ruled_table_pdf([rows], [15, 60, 40, 40], rules="rects",
                                                     middle=True, below="Ghi chú cuối bảng")
        for seed in range(12):
            rnd = random.Random(seed)
            made[f"mixed-{seed}"] = pdfgen.text_pdf(
                [pdfgen.mixed_lines(rnd, rich=True) for _ in range(1 + seed % 3)],
                page_numbers=seed % 2 == 0, size=10 + seed % 4)
    made["cid"] = pdfgen.cid_pdf()
    made["scan"] = pdfgen.scanned_pdf()
    for name, data in made.items():
        (folder / f"{name}.pdf").write_bytes(data)
    committed = sorted((ROOT / "corpus" / "variants" / "pdf").glob("*.pdf"))
    real = ROOT / "corpus" / "real_pdf"
    splits: dict[str, str] = {}
    if (real / "sources.tsv").is_file():
        head, *rows = (real / "sources.tsv").read_text(encoding="utf-8").splitlines()
        column = head.split("\t").index("split")
        splits = {row.split("\t")[0]: row.split("\t")[column] for row in rows if row.strip()}
    committed += sorted(p for p in real.glob("*.pdf") if splits.get(p.stem) == "train")
    return committed + sorted(folder.glob("*.pdf"))


def dump(paths: list[Path], engine: str) -> dict[str, Any]:
    """Every PDF's lines and loaded text with ``engine``, as strings."""
    from kehoach_parser.loaders.pdf import extract_pages, load_pdf_bytes

    out: dict[str, Any] = {}
    for path in paths:
        data = path.read_bytes()
        entry: dict[str, Any] = {}
        try:
            pages = extract_pages(data, engine=engine)
            entry["pages"] = [
                [p.number, repr(p.width), repr(p.height), p.problems,
                 [repr((g.xs, g.ys)) for g in p.grids],
                 [repr((ln.page, ln.x0, ln.y0, ln.x1, ln.y1, ln.text, ln.size, ln.bold))
                  for ln in p.lines]]
                for p in pages]
        except Exception as exc:  # noqa: BLE001 - the error is part of the output
            entry["pages"] = f"{type(exc).__name__}: {exc}"
        try:
            loaded = load_pdf_bytes(data, engine=engine)
            entry["text"] = loaded.text
            entry["encoding"] = loaded.encoding
            entry["warnings"] = [(w.code, w.message) for w in loaded.warnings]
        except Exception as exc:  # noqa: BLE001
            entry["text"] = f"{type(exc).__name__}: {exc}"
        out[path.name] = entry
    return out


def _dump_in(src: Path, paths_file: Path, engine: str, out: Path) -> None:
    subprocess.run([sys.executable, __file__, "--paths", str(paths_file), "--engine", engine,
                    "--dump", str(out)], check=True, env={"PYTHONPATH": str(src)}, cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", default="HEAD", help="revision to compare with")
    ap.add_argument("--engine", default="fast", choices=("fast", "layout"))
    ap.add_argument("--real-docs", type=int, default=20)
    ap.add_argument("--dump", type=Path, help="write this tree's dump to FILE and stop")
    ap.add_argument("--paths", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--keep", type=Path, help="build the PDFs in this folder and keep them")
    args = ap.parse_args(argv)
    if args.dump and args.paths:
        paths = [Path(p) for p in args.paths.read_text(encoding="utf-8").splitlines()]
        args.dump.write_text(json.dumps(dump(paths, args.engine), ensure_ascii=False,
                                        indent=0), encoding="utf-8")
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    tmp = Path(tempfile.mkdtemp(prefix="kehoach-pdf-identity-"))
    try:
        paths = build_set(args.keep or tmp / "pdfs", args.real_docs)
        paths_file = tmp / "paths.txt"
        paths_file.write_text("\n".join(map(str, paths)), encoding="utf-8")
        from bench_versus import extract  # the baseline's src/ (and models/), git archive

        base_src = extract(args.baseline, tmp / "base").parent
        _dump_in(base_src / "src", paths_file, args.engine, tmp / "base.json")
        _dump_in(ROOT / "src", paths_file, args.engine, tmp / "cur.json")
        base = json.loads((tmp / "base.json").read_text(encoding="utf-8"))
        cur = json.loads((tmp / "cur.json").read_text(encoding="utf-8"))
        differ = [n for n in base if base[n] != cur.get(n)]
        pages = sum(len(e["pages"]) for e in cur.values() if isinstance(e["pages"], list))
        lines = sum(len(p[5]) for e in cur.values() if isinstance(e["pages"], list)
                    for p in e["pages"])
        print(f"{len(paths)} PDFs ({pages} pages, {lines} lines), engine {args.engine}: "
              f"{len(differ)} differ from {args.baseline}")
        for name in differ:
            print(f"  {name}")
        return 1 if differ else 0
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            shutil.rmtree(tmp / "base", ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
