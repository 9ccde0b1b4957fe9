#!/usr/bin/env python3
"""Indicators under every body perturbation: F1, values F1, year and label accuracy and gold
results counted as indicators, on dev and the check half of train, ranked by the loss.

    PYTHONPATH=src .venv/bin/python scripts/perturb_sweep.py --docs "$(python3 \
        scripts/train_halves.py check --exclude 'AV*,AW*,AX*')" > sweep.tsv

Header-, title- and footer-only perturbations are skipped (they leave the body alone).
Never run it on the test split: it scores dev and the given train documents only.
"""

from __future__ import annotations

import argparse
import sys

from kehoach_parser.evaluation import evaluate_corpus
from kehoach_parser.evaluation.perturb import PERTURBATIONS, perturbation_names
from kehoach_parser.evaluation.scoring import CorpusScore

#: Perturbations that only rewrite the header, the title or the footer.
HEADER_FOOTER = ("header_", "title_", "type_", "footer_", "issuer_", "subject_")


def body_perturbations() -> list[str]:
    return [n for n in PERTURBATIONS if not n.startswith(HEADER_FOOTER)]


def row(sc: CorpusScore) -> tuple[float, float, float, float, int]:
    return (sc.area("indicators").f1, sc.area("values").f1,
            sc.attribute("indicators.year").accuracy, sc.attribute("indicators.label").accuracy,
            sc.results_as_indicators)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="corpus/real")
    ap.add_argument("--docs", required=True, help="comma-separated train ids (the check half)")
    ap.add_argument("--only", default="", help="comma-separated perturbations (default: body)")
    args = ap.parse_args(argv)
    names = perturbation_names(args.only) if args.only else body_perturbations()
    docs = [d for d in args.docs.split(",") if d]
    parts = (("dev", "dev", ()), ("check", "train", docs))
    clean = {p: row(evaluate_corpus(args.corpus, s, [], o)) for p, s, o in parts}
    print("perturbation\t" + "\t".join(f"{p}.{k}" for p, _, _ in parts
                                       for k in ("ind", "val", "year", "label", "res")))
    print("(clean)\t" + "\t".join(_fmt(clean[p]) for p, _, _ in parts), flush=True)
    for name in names:
        cells = []
        for _p, s, o in parts:
            try:
                cells.append(_fmt(row(evaluate_corpus(args.corpus, s, [name], o))))
            except Exception as exc:  # noqa: BLE001  (a crash is a row of the table too)
                cells.append("\t".join(["crash"] * 4 + [type(exc).__name__]))
        print(name + "\t" + "\t".join(cells), flush=True)
    return 0


def _fmt(r: tuple[float, float, float, float, int]) -> str:
    return "\t".join([*(f"{x:.3f}" for x in r[:4]), str(r[4])])


if __name__ == "__main__":
    sys.exit(main())
