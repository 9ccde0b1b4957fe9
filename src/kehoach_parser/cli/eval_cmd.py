"""``kehoach eval CORPUS_DIR`` — precision, recall and F1 per area against gold."""

from __future__ import annotations

import argparse

from kehoach_parser.evaluation import evaluate_corpus
from kehoach_parser.evaluation.corpus import SPLITS
from kehoach_parser.evaluation.perturb import perturbation_names
from kehoach_parser.evaluation.report import render_json, render_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("eval", help="score the parser on a labeled corpus folder")
    p.add_argument("corpus", nargs="+",
                   help="folder(s) of NAME.<txt|md|pdf|docx> + NAME.gold.json, scored together")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="list every missed and spurious record")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--split", choices=SPLITS,
                   help="only the documents that the folder's sources.tsv puts in this split")
    p.add_argument("--perturb", default="", metavar="NAME[,NAME]",
                   help="rewrite each text's layout first (hard_wrap, crlf, nfd, bars_to_tabs, "
                        "...: see docs/evaluation.md); the gold stays valid")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kehoach_parser.evaluation.scoring import CorpusScore

    score = CorpusScore()
    for folder in args.corpus:
        score.documents.extend(
            evaluate_corpus(folder, args.split, perturb_list(args.perturb)).documents)
    where = " ".join(args.corpus) + (f" --split {args.split}" if args.split else "")
    if args.perturb:
        where += f" --perturb {args.perturb}"
    if not score.documents:
        print(f"kehoach eval: no labeled documents in {where}")
        return 1
    if args.json:
        print(render_json(score))
    else:
        print(render_text(score, verbose=args.verbose, title=f"kehoach eval {where}"))
    return 0


def perturb_list(spec: str) -> list[str]:
    """The perturbation names of ``--perturb`` (checked; empty for none)."""
    return perturbation_names(spec) if spec else []
