#!/usr/bin/env python3
"""Recipients and signer fields under every footer perturbation (H20R): recipients F1 (matched
of gold, predicted), signer name, position and authority, archive, on dev, the check half, the
read half and the fresh pool (train and dev parts pooled), each against the clean parse.

    H="env PYTHONPATH=src .venv/bin/python scripts/train_halves.py"; X='AV*,AW*,AX*,AY*,AZ*'
    PYTHONPATH=src .venv/bin/python scripts/footer_sweep.py --changed \
        --check "$($H check --exclude "$X")" --read "$($H read --exclude "$X")" --fresh "$X"

Never run it on the test split: every part is scored with its split (dev or train).
"""

from __future__ import annotations

import argparse

from kehoach_parser.evaluation import evaluate_corpus
from kehoach_parser.evaluation.perturb import PERTURBATIONS, perturbation_names
from kehoach_parser.evaluation.scoring import CorpusScore, DocumentScore

#: Perturbations that rewrite the footer (the signature, the recipients).
FOOTER = ("footer_",)
SIGNER_FIELDS = ("signer.name", "signer.position", "signer.authority", "archive")


def footer_perturbations() -> list[str]:
    return [n for n in PERTURBATIONS if n.startswith(FOOTER)]


def _scores(corpus: str, parts: list[tuple[str, str, list[str]]], name: str | None
            ) -> dict[str, list[DocumentScore]]:
    per: dict[str, list[DocumentScore]] = {}
    for label, split, only in parts:
        sc = evaluate_corpus(corpus, split, [name] if name else [], only)
        per.setdefault(label.split(":")[0], []).extend(sc.documents)
    return per


def cells(docs: list[DocumentScore]) -> str:
    sc = CorpusScore(documents=docs)
    r = sc.area("recipients")
    out = [f"{r.f1:.3f} ({r.matched}/{r.gold},{r.pred})"]
    for f in SIGNER_FIELDS:
        t = sc.metadata(f)
        out.append(f"{t.correct}/{t.total}")
    return " | ".join(out)


def fingerprint(d: DocumentScore) -> tuple[object, ...]:
    r = d.areas.get("recipients")
    return ((r.matched, r.pred, r.gold) if r else None,
            *((d.metadata[f].correct if f in d.metadata else None) for f in SIGNER_FIELDS))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="corpus/real")
    ap.add_argument("--check", required=True)
    ap.add_argument("--read", required=True)
    ap.add_argument("--fresh", default="AV*,AW*,AX*,AY*,AZ*")
    ap.add_argument("--only", default="", help="comma-separated perturbations (default: footer)")
    ap.add_argument("--changed", action="store_true",
                    help="list the documents whose footer scores moved against clean")
    args = ap.parse_args(argv)
    names = perturbation_names(args.only) if args.only else footer_perturbations()
    fresh = [p for p in args.fresh.split(",") if p]
    parts = [("dev", "dev", []), ("check", "train", args.check.split(",")),
             ("read", "train", args.read.split(",")),
             ("fresh:train", "train", fresh), ("fresh:dev", "dev", fresh)]
    order = ["dev", "check", "read", "fresh"]
    print("| perturbation | " + " | ".join(
        f"{p} recipients F1 (matched/gold,pred) | {p} name | {p} position | {p} authority "
        f"| {p} archive" for p in order) + " |")
    print("|---" * (1 + 5 * len(order)) + "|")
    clean = _scores(args.corpus, parts, None)
    print("| (clean) | " + " | ".join(cells(clean[p]) for p in order) + " |", flush=True)
    for name in names:
        try:
            per = _scores(args.corpus, parts, name)
        except Exception as exc:  # noqa: BLE001  (a crash is a row of the table too)
            print(f"| {name} | crash {type(exc).__name__}: {exc} |", flush=True)
            continue
        print(f"| {name} | " + " | ".join(cells(per[p]) for p in order) + " |", flush=True)
        if args.changed:
            for p in order:
                base = {d.name: fingerprint(d) for d in clean[p]}
                moved = [d.name for d in per[p] if fingerprint(d) != base.get(d.name)]
                if moved:
                    print(f"    {name} {p}: {','.join(moved)}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
