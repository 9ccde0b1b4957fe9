#!/usr/bin/env python3
"""Status errors both ways: candidates the parser judged target / result / none against the
gold (labelled as ``train_status_model.py`` labels them), with their clause and features.

    PYTHONPATH=src .venv/bin/python scripts/status_errors.py dev
    PYTHONPATH=src .venv/bin/python scripts/status_errors.py train \
        --only "$(python3 scripts/train_halves.py read)" --out /tmp/errs.json

Prints, per (gold, decided) pair, the candidates, documents and sources (the url's host, or
owner/repo on github.com); ``--out`` writes every error with its document, source, kind,
traits, year, year of issue, rule status, confidence, features and clause.  The parser's own
decider is used (the shipped model, or the rules with ``KEHOACH_STATUS=rules``).  The test
split is never read.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from train_halves import source_of  # noqa: E402
from train_status_model import align  # noqa: E402

from kehoach_parser.evaluation.corpus import discover  # noqa: E402
from kehoach_parser.extract.indicators import lexicon as lx  # noqa: E402
from kehoach_parser.extract.indicators.status import collect_candidates  # noqa: E402
from kehoach_parser.high_level import parse_file  # noqa: E402


def _sources() -> dict[str, tuple[str, str, str]]:
    out = {}
    with open(ROOT / "corpus/real/sources.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            out[r["id"]] = (source_of(r["url"]), r["kind"], r["traits"])
    return out


#: Status-word groups of the value's sentence that tell tense and aspect (features
#: ``pre:…``, the words before the value in its sentence).
_ASPECT_GROUPS = ("past", "estimate", "achieved", "now", "review", "same_period", "of_plan",
                  "strive", "by_year", "forecast", "with_target", "target_noun")


def _classes(row: dict[str, Any]) -> list[str]:
    """The classes of one error: header, document kind, section, year, aspect words."""
    feats = set(row["features"])
    sec = next((f for f in sorted(feats) if f.startswith("sec:")), "sec:none")
    year = next((f for f in sorted(feats) if f.startswith("year:")), "year:none")
    aspect = [g for g in _ASPECT_GROUPS if "pre:" + g in feats] or ["nothing"]
    return ["header:" + ("no" if "doc:no_header" in feats else "yes"),
            "kind:" + row["kind"], sec, year + (" (no year of issue)" if row["issued"] is None
                                                else ""),
            "sentence says: " + "+".join(aspect)]


def _breakdown(rows: list[dict[str, Any]]) -> None:
    for g, p in (("target", "result"), ("result", "target")):
        errs = [r for r in rows if (r["gold"], r["decided"]) == (g, p)]
        print(f"\n{g} -> {p}: {len(errs)} candidates")
        by: dict[str, list[dict[str, Any]]] = {}
        for r in errs:
            for c in _classes(r):
                by.setdefault(c, []).append(r)
        for c, rs in sorted(by.items(), key=lambda kv: (kv[0].split(":")[0], -len(kv[1]))):
            print(f"  {c:<48} {len(rs):4} candidates {len({r['doc'] for r in rs}):3} documents "
                  f"{len({r['source'] for r in rs}):3} sources")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", choices=("train", "dev"))
    ap.add_argument("--only", default="", help="comma-separated document ids")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--breakdown", action="store_true",
                    help="also count the target/result errors by header, document kind, "
                         "section, the clause's year against the year of issue and the "
                         "tense/aspect words of its sentence (documents, sources)")
    args = ap.parse_args(argv)
    only = set(args.only.split(",")) - {""}
    src = _sources()
    rows = []
    for item in discover(ROOT / "corpus" / "real", args.split):
        if only and item.name not in only:
            continue
        gold = json.loads(item.gold.read_text(encoding="utf-8"))
        with collect_candidates() as cands:
            doc = parse_file(item.document)
        issued = lx.issued_year(doc.issued_date)
        for (feats, d, rule, text), label in zip(cands, align(doc.text, gold, cands),
                                                 strict=True):
            if d.status == label:
                continue
            s, e = d.span
            line = text.rfind("\n", 0, s) + 1
            where = src.get(item.name, ("?", "?", ""))
            rows.append({"doc": item.name, "source": where[0], "kind": where[1],
                         "traits": where[2], "gold": label, "decided": d.status,
                         "rule": rule, "confidence": d.confidence, "year": d.year,
                         "issued": issued, "features": feats,
                         "clause": text[max(line, s - 120):e].replace("\n", " ")[:220]})
    for (g, p), n in sorted(Counter((r["gold"], r["decided"]) for r in rows).items()):
        docs = {r["doc"] for r in rows if (r["gold"], r["decided"]) == (g, p)}
        srcs = {r["source"] for r in rows if (r["gold"], r["decided"]) == (g, p)}
        print(f"gold {g:<7} decided {p:<7} {n:4} candidates {len(docs):3} documents "
              f"{len(srcs):3} sources")
    if args.breakdown:
        _breakdown(rows)
    if args.out is not None:
        args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
