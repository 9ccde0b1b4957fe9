"""Which PDF engine should a batch use?  Accuracy and speed of both, on real documents as PDFs.

    .venv/bin/python benchmarks/bench_pdf_engines.py            # 60 real train+dev documents
    .venv/bin/python benchmarks/bench_pdf_engines.py --docs 20 --workers 1

The real corpus's train and dev texts (never the test split) are typeset into PDFs with fpdf2
(A4, DejaVu Sans 11 pt, every text line a paragraph that wraps at the page width, as a word
processor's export does), so the gold of each text stays the gold of its PDF.  Then, in one
run, for the ``layout`` engine (pdfminer) and the ``fast`` engine (pypdfium2):

* accuracy: F1 per area and header-field accuracy against the gold, beside the scores of the
  same documents parsed from their text;
* speed: pages per second of the loader alone (wall clock, and in-process CPU time best
  of 5 beside bare pypdfium2 text extraction of the same pages), documents per second of a
  whole parse, and documents per second of ``run_batch`` with the given workers over an
  archive of those PDFs.

Results go to stdout and, as JSON, to ``benchmarks/results/bench_pdf_engines.json``
(git-ignored).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from pdf_timing import bare_pdfium, best_cpu

from kehoach_parser.batch import BatchOptions, run_batch
from kehoach_parser.evaluation.corpus import discover
from kehoach_parser.evaluation.scoring import CorpusScore, score_document
from kehoach_parser.high_level import parse_file
from kehoach_parser.loaders import load_path

ENGINES = ("layout", "fast")
AREAS = ("sections", "recipients", "indicators", "dates", "references")
FIELDS = ("doc_type", "number", "symbol", "title", "place", "issued_date", "issuer")
FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "/usr/share/fonts/dejavu/DejaVuSans.ttf")


def typeset(text: str, out: Path, font: str) -> int:
    """Write ``text`` as a PDF at ``out``; the number of pages."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.add_font("body", fname=font)
    pdf.set_font("body", size=11)
    for line in text.split("\n"):
        pdf.multi_cell(0, 5.5, line.rstrip() or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))
    return int(pdf.page_no())


def build(folder: Path, n_docs: int, font: str) -> tuple[list[tuple[str, Path, Path, Path]], int]:
    """(name, text, pdf, gold) of ``n_docs`` train+dev documents spread over the corpus."""
    items = [d for split in ("train", "dev") for d in discover(ROOT / "corpus" / "real", split)
             if d.document.suffix == ".txt"]
    items.sort(key=lambda d: d.name)
    step = max(1, len(items) // n_docs)
    chosen = items[::step][:n_docs]
    made: list[tuple[str, Path, Path, Path]] = []
    pages = 0
    for item in chosen:
        pdf = folder / f"{item.name}.pdf"
        pages += typeset(item.document.read_text(encoding="utf-8"), pdf, font)
        made.append((item.name, item.document, pdf, item.gold))
    return made, pages






def score(pairs: list[tuple[str, dict[str, Any], dict[str, Any]]]) -> dict[str, float]:
    total = CorpusScore(documents=[score_document(n, g, p) for n, g, p in pairs])
    out = {a: round(total.area(a).f1, 3) for a in AREAS}
    out.update({f: round(total.metadata(f).accuracy, 3) for f in FIELDS})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=60)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    font = next((f for f in FONTS if Path(f).is_file()), None)
    if font is None:
        print("bench_pdf_engines: no DejaVu Sans font (apt-get install fonts-dejavu-core)")
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="kehoach-pdf-engines-"))
    try:
        docs, pages = build(tmp, args.docs, font)
        print(f"{len(docs)} real train+dev documents typeset: {pages} pages "
              f"({sum(p.stat().st_size for _, _, p, _ in docs) / 1e6:.1f} MB)")
        golds = {n: json.loads(g.read_text(encoding="utf-8")) for n, _, _, g in docs}
        results: dict[str, Any] = {"documents": len(docs), "pages": pages}
        results["text"] = score([(n, golds[n], parse_file(t).gold_view())
                                 for n, t, _, _ in docs])
        datas = [pdf.read_bytes() for _, _, pdf, _ in docs]
        bare_cpu = best_cpu(lambda: bare_pdfium(datas))
        results["bare_pypdfium2_pages_per_s_cpu"] = round(pages / bare_cpu, 1)
        for engine in ENGINES:
            t0 = time.perf_counter()
            for _, _, pdf, _ in docs:
                load_path(pdf, pdf_engine=engine)
            load_s = time.perf_counter() - t0
            load_cpu = best_cpu(lambda e=engine: [load_path(pdf, pdf_engine=e)
                                                   for _, _, pdf, _ in docs])
            t0 = time.perf_counter()
            views = [(n, golds[n], parse_file(pdf, pdf_engine=engine).gold_view())
                     for n, _, pdf, _ in docs]
            parse_s = time.perf_counter() - t0
            archive = tmp / f"archive-{engine}"
            archive.mkdir()
            for _, _, pdf, _ in docs:
                shutil.copy(pdf, archive / pdf.name)
            os.environ["KEHOACH_PDF_ENGINE"] = engine
            summary = run_batch([archive], tmp / f"{engine}.sqlite",
                                BatchOptions(workers=args.workers, progress=False))
            os.environ.pop("KEHOACH_PDF_ENGINE", None)
            results[engine] = {
                "scores": score(views),
                "loader_pages_per_s": round(pages / load_s, 1),
                "loader_pages_per_s_cpu": round(pages / load_cpu, 1),
                "loader_x_bare_pypdfium2": round(bare_cpu / load_cpu, 3),
                "parse_docs_per_s": round(len(docs) / parse_s, 2),
                "batch_docs_per_s": round(summary.total / summary.elapsed, 2),
                "batch_errors": summary.error,
            }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    cols = ("text", *ENGINES)
    print(f"\n{'':14}" + "".join(f"{c:>10}" for c in cols))
    for key in (*AREAS, *FIELDS):
        row = [results["text"][key], *(results[e]["scores"][key] for e in ENGINES)]
        print(f"{key:14}" + "".join(f"{v:10.3f}" for v in row))
    print(f"bare pypdfium2 (CPU, best of 5): {results['bare_pypdfium2_pages_per_s_cpu']} pages/s")
    for key in ("loader_pages_per_s", "loader_pages_per_s_cpu", "loader_x_bare_pypdfium2",
                "parse_docs_per_s", "batch_docs_per_s", "batch_errors"):
        print(f"{key:22}" + "".join(f"{results[e][key]:>10}" for e in ENGINES))
    lay, fast = results["layout"], results["fast"]
    print(f"\nfast/layout: loader {fast['loader_pages_per_s'] / lay['loader_pages_per_s']:.1f}×, "
          f"parse {fast['parse_docs_per_s'] / lay['parse_docs_per_s']:.1f}×, "
          f"batch {fast['batch_docs_per_s'] / lay['batch_docs_per_s']:.1f}×")
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_pdf_engines.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
