"""``kehoach eval CORPUS_DIR`` — precision, recall and F1 per area against gold."""

from __future__ import annotations

import argparse
import json

from kehoach_parser.evaluation import evaluate_corpus
from kehoach_parser.evaluation.breakdown import BREAKDOWN_KEYS, breakdown, with_rows
from kehoach_parser.evaluation.corpus import SPLITS, SourceRow, read_sources
from kehoach_parser.evaluation.perturb import perturbation_names
from kehoach_parser.evaluation.report import (
    breakdown_json,
    render_breakdown,
    render_json,
    render_text,
)


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
    p.add_argument("--only", default="", metavar="PATTERN[,PATTERN]",
                   help="only the documents whose name matches a shell pattern ('AB*', 'U00?'; "
                        "letter case is not told apart)")
    p.add_argument("--by", choices=BREAKDOWN_KEYS,
                   help="also score the documents in groups: by a column of sources.tsv "
                        "(kind, level, trait, split) or by batch (the id's letters)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kehoach_parser.evaluation.scoring import CorpusScore, DocumentScore

    score = CorpusScore()
    only = [p.strip() for p in args.only.split(",") if p.strip()]
    rows: list[tuple[DocumentScore, SourceRow | None]] = []
    for folder in args.corpus:
        part = evaluate_corpus(folder, args.split, perturb_list(args.perturb), only)
        score.documents.extend(part.documents)
        if args.by:  # (each document with its own folder's row: names repeat across folders)
            rows.extend(with_rows(part, read_sources(folder)))
    where = " ".join(args.corpus) + (f" --split {args.split}" if args.split else "")
    if args.perturb:
        where += f" --perturb {args.perturb}"
    if only:
        where += f" --only {','.join(only)}"
    if not score.documents:
        print(f"kehoach eval: no labeled documents in {where}")
        return 1
    groups = breakdown(rows, args.by) if args.by else []
    if args.json:
        if groups:
            data = json.loads(render_json(score))
            data["breakdown"] = breakdown_json(groups)
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            print(render_json(score))
    else:
        print(render_text(score, verbose=args.verbose, title=f"kehoach eval {where}"))
        if groups:
            print()
            print(render_breakdown(groups))
    return 0


def perturb_list(spec: str) -> list[str]:
    """The perturbation names of ``--perturb`` (checked; empty for none)."""
    return perturbation_names(spec) if spec else []
