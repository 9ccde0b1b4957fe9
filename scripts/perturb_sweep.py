#!/usr/bin/env python3
"""Indicators under every body perturbation: F1, values F1, year and label accuracy and gold
results counted as indicators, on dev and the check half of train, ranked by the loss.

    PYTHONPATH=src .venv/bin/python scripts/perturb_sweep.py --docs "$(python3 \
        scripts/train_halves.py check --exclude 'AV*,AW*,AX*')" > sweep.tsv

Header-, title- and footer-only perturbations are skipped (they leave the body alone).
Never run it on the test split: it scores dev and the given train documents only.

``--header`` sweeps the header perturbations instead (header, title, type line, issuer,
subject): the accuracy of each header field over the documents whose gold has it, on dev,
the check half and the read half (``--read``), with ``--json`` writing each document's
fields right or wrong, for the documents gained and lost between two runs.

    PYTHONPATH=src .venv/bin/python scripts/perturb_sweep.py --header \
        --docs "$(... train_halves.py check --exclude 'AV*,AW*,AX*,AY*,AZ*')" \
        --read "$(... train_halves.py read --exclude 'AV*,AW*,AX*,AY*,AZ*')"
"""

from __future__ import annotations

import argparse
import json
import sys

from kehoach_parser.evaluation import evaluate_corpus
from kehoach_parser.evaluation.perturb import PERTURBATIONS, perturbation_names
from kehoach_parser.evaluation.scoring import CorpusScore

#: Perturbations that only rewrite the header, the title or the footer.
HEADER_FOOTER = ("header_", "title_", "type_", "footer_", "issuer_", "subject_")


#: Perturbations that rewrite the header, the title, the type line, the issuer or the subject.
HEADER_ONLY = ("header_", "title_", "type_", "issuer_", "subject_")
#: The header fields the header sweep scores.
HEADER_FIELDS = ("doc_type", "number", "symbol", "title", "place", "issued_date", "issuer")


def body_perturbations() -> list[str]:
    return [n for n in PERTURBATIONS if not n.startswith(HEADER_FOOTER)]


def header_perturbations() -> list[str]:
    return [n for n in PERTURBATIONS if n.startswith(HEADER_ONLY)]


def header_row(sc: CorpusScore) -> list[tuple[int, int]]:
    """(correct, total) of each header field."""
    out = []
    for f in HEADER_FIELDS:
        t = sc.metadata(f)
        out.append((t.correct, t.total))
    return out


def header_docs(sc: CorpusScore) -> dict[str, dict[str, bool]]:
    """Each document's header fields, right (True) or wrong (False), where its gold has them."""
    return {d.name: {f: d.metadata[f].correct == 1 for f in HEADER_FIELDS if f in d.metadata}
            for d in sc.documents}


def header_sweep(args: argparse.Namespace, docs: list[str]) -> int:
    names = perturbation_names(args.only) if args.only else header_perturbations()
    read = [d for d in args.read.split(",") if d]
    parts = [("dev", "dev", ()), ("check", "train", docs)]
    if read:
        parts.append(("read", "train", read))
    dump: dict[str, dict[str, dict[str, dict[str, bool]]]] = {}
    print("perturbation\t" + "\t".join(f"{p}.{f}" for p, _, _ in parts for f in HEADER_FIELDS))
    for name in ["(clean)", *names]:
        cells, dump[name] = [], {}
        for p, s, o in parts:
            try:
                sc = evaluate_corpus(args.corpus, s, [] if name == "(clean)" else [name], o)
            except Exception as exc:  # noqa: BLE001  (a crash is a row of the table too)
                cells.extend(["crash " + type(exc).__name__] * len(HEADER_FIELDS))
                continue
            cells.extend(f"{c}/{t}" for c, t in header_row(sc))
            dump[name][p] = header_docs(sc)
        print(name + "\t" + "\t".join(cells), flush=True)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(dump, fh, ensure_ascii=False, indent=0, sort_keys=True)
    return 0


def row(sc: CorpusScore) -> tuple[float, float, float, float, int]:
    return (sc.area("indicators").f1, sc.area("values").f1,
            sc.attribute("indicators.year").accuracy, sc.attribute("indicators.label").accuracy,
            sc.results_as_indicators)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="corpus/real")
    ap.add_argument("--docs", required=True, help="comma-separated train ids (the check half)")
    ap.add_argument("--only", default="", help="comma-separated perturbations (default: body)")
    ap.add_argument("--header", action="store_true", help="sweep the header perturbations")
    ap.add_argument("--read", default="", help="with --header: the read half's ids too")
    ap.add_argument("--json", default="", help="with --header: each document's fields here")
    args = ap.parse_args(argv)
    if args.header:
        return header_sweep(args, [d for d in args.docs.split(",") if d])
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
