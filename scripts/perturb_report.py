"""How much of the parser's accuracy depends on one layout of the text.

Scores a labeled corpus as it is and under every layout perturbation of
``kehoach_parser.evaluation.perturb`` (one at a time) and prints F1 per area beside the clean
score, then the header fields' accuracy.  The gold stays valid under every perturbation, so
a drop is a rule that depends on the layout.  Never run it on the test split.

    .venv/bin/python scripts/perturb_report.py corpus/real --split train --split dev
    .venv/bin/python scripts/perturb_report.py corpus/real --split train --split dev \
        --only table_docx_rows,shape_unit_in_name --docs G012,L001
    .venv/bin/python scripts/perturb_report.py corpus/real --split train --split dev \
        --only footer_signatures_tabs --fields signer.name,signer.position,signer.authority
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kehoach_parser.evaluation import evaluate_corpus
from kehoach_parser.evaluation.corpus import SOURCES_FILE
from kehoach_parser.evaluation.perturb import PERTURBATIONS, perturbation_names
from kehoach_parser.evaluation.scoring import AREAS, CorpusScore

FIELDS = ("doc_type", "number", "symbol", "title", "place", "issued_date", "issuer")


def chosen_splits(folder: str, splits: list[str]) -> list[str | None]:
    """The splits to score: those asked for; else train and dev of a corpus that has splits
    (never its test split), or the whole of a corpus that has none (the seeds, fixtures)."""
    if splits:
        return list(splits)
    return ["train", "dev"] if (Path(folder) / SOURCES_FILE).exists() else [None]


def score(folder: str, splits: list[str], names: list[str],
          docs: list[str] | None = None) -> CorpusScore:
    total = CorpusScore()
    for split in chosen_splits(folder, splits):
        total.documents.extend(evaluate_corpus(folder, split, names, docs or ()).documents)
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--split", action="append", default=[], choices=("train", "dev"),
                    help="a split to score (repeatable; default: train and dev of a corpus "
                    "with splits, never test)")
    ap.add_argument("--only", default="", help="comma-separated perturbations (default: all)")
    ap.add_argument("--docs", default="", help="comma-separated document names or shell "
                    "patterns to score (default: every document of the chosen splits)")
    ap.add_argument("--fields", default=",".join(FIELDS), help="comma-separated metadata "
                    "fields whose accuracy is printed (default: the header's)")
    args = ap.parse_args(argv)
    fields = [f.strip() for f in args.fields.split(",") if f.strip()]
    names = perturbation_names(args.only) if args.only else list(PERTURBATIONS)
    docs = [d.strip() for d in args.docs.split(",") if d.strip()]
    rows: list[tuple[str, CorpusScore]] = [("(clean)", score(args.corpus, args.split, [], docs))]
    for name in names:
        rows.append((name, score(args.corpus, args.split, [name], docs)))
    head = f"{'perturbation':18}" + "".join(f"{a:>12}" for a in AREAS)
    print(head + "".join(f"{f.removeprefix('signer.')[:8]:>10}" for f in fields))
    base = rows[0][1]
    for name, sc in rows:
        cells = []
        for area in AREAS:
            f1 = sc.area(area).f1
            delta = f1 - base.area(area).f1
            cells.append(f"{f1:7.3f}{delta:+5.2f}" if name != "(clean)" else f"{f1:12.3f}")
        meta = [f"{sc.metadata(f).accuracy:10.3f}" for f in fields]
        print(f"{name:18}" + "".join(cells) + "".join(meta))
    return 0


if __name__ == "__main__":
    sys.exit(main())
