#!/usr/bin/env python3
"""End-to-end grouped cross-validation of the status model over train documents.

Usage::

    PYTHONPATH=src .venv/bin/python scripts/cv_status_model.py --cache /tmp/status_cands.json

The train documents are cut into 5 folds by document (``GroupKFold``).  For each fold a
status model is fitted, as ``train_status_model.py`` fits it (no seed rows), on the
candidates of the other folds, and the held-out documents are parsed with it; their
indicator counts (gold, predicted, matched — as ``kehoach eval``) are summed over the folds.
This is done for each variant asked (``--variants``): the hand-chosen status features
alone (``plain``), with the balance of report and plan cues over the document and the
section (``kind``: :mod:`kehoach_parser.extract.indicators.status_kind`), with the weak
context cues (``context``: :mod:`kehoach_parser.extract.indicators.context_cues`).  The
difference between two variants is the estimate, on documents the model has not seen, of
what the added cues change: records added and dropped, and indicator precision, recall and
F1.

``--cache`` is the candidate cache of ``train_status_model.py --context-cues`` (written
here when it does not exist).  A model fitted without the cues ignores them at parse time (a
feature without a weight adds nothing), so both variants are parsed with the cues computed.
The test split is never read.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

os.environ["KEHOACH_CONTEXT_CUES"] = "1"  # candidates carry the context cues too

from train_status_model import _collect_all  # noqa: E402  (collects under rule_decider())

# held-out documents are parsed with the fold's model, whatever decider the caller set
os.environ.pop("KEHOACH_STATUS", None)

from kehoach_parser.evaluation.corpus import discover  # noqa: E402
from kehoach_parser.evaluation.matching import indicator_score, match_greedy  # noqa: E402
from kehoach_parser.extract.indicators.context_cues import PREFIX  # noqa: E402
from kehoach_parser.extract.indicators.status import STATUSES, StatusDecider  # noqa: E402
from kehoach_parser.extract.indicators.status_kind import PREFIX as KIND_PREFIX  # noqa: E402
from kehoach_parser.high_level import parse_file  # noqa: E402
from kehoach_parser.models.linear import LinearModel  # noqa: E402

Row = tuple[str, list[str], str, str]


def fit_status(rows: list[Row], c: float, min_docs: int, min_docs_context: int | None,
               kind: bool = False) -> LinearModel:
    """A status model fitted on ``rows``; context cues kept only when ``min_docs_context``,
    the document and section balance (``k:…``) only when ``kind``."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    doc_freq: Counter[str] = Counter()
    for _doc, f in {(r[0], f) for r in rows for f in r[1]}:
        doc_freq[f] += 1
    vocab = sorted(f for f, n in doc_freq.items() if f != "bias" and (
        (min_docs_context is not None and n >= min_docs_context) if f.startswith(PREFIX)
        else (kind and n >= min_docs) if f.startswith(KIND_PREFIX)
        else n >= min_docs))
    col = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for i, r in enumerate(rows):
        for f in r[1]:
            j = col.get(f)
            if j is not None:
                x[i, j] = 1.0
    clf = LogisticRegression(C=c, max_iter=5000, tol=1e-8).fit(x, [r[2] for r in rows])
    order = [list(clf.classes_).index(lab) for lab in STATUSES]
    return LinearModel(tuple(STATUSES), tuple(float(clf.intercept_[k]) for k in order),
                       {f: tuple(float(clf.coef_[k, j]) for k in order) for f, j in col.items()})


def held_out_counts(model: LinearModel, docs: set[str]) -> dict[str, list[int]]:
    """(gold, predicted, matched) indicators of each train document in ``docs``."""
    out: dict[str, list[int]] = {}
    default = StatusDecider.default
    StatusDecider.default = classmethod(  # type: ignore[assignment,method-assign]
        lambda cls: cls(model))
    try:
        for item in discover(ROOT / "corpus" / "real", "train"):
            if item.name not in docs:
                continue
            gold = json.loads(item.gold.read_text(encoding="utf-8"))
            gs = gold.get("indicators") or []
            ps = parse_file(item.document).gold_view().get("indicators") or []
            out[item.name] = [len(gs), len(ps), len(match_greedy(gs, ps, indicator_score))]
    finally:
        StatusDecider.default = default  # type: ignore[method-assign]
    return out


def _prf(counts: dict[str, list[int]]) -> tuple[int, int, int, float, float, float]:
    g = sum(v[0] for v in counts.values())
    p = sum(v[1] for v in counts.values())
    m = sum(v[2] for v in counts.values())
    return g, p, m, m / p if p else 1.0, m / g if g else 1.0, 2 * m / (g + p) if g + p else 1.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--c-plain", type=float, default=1.0, help="C of the model without cues")
    ap.add_argument("--c-context", type=float, default=0.1, help="C of the model with cues")
    ap.add_argument("--c-kind", type=float, default=1.0,
                    help="C of the model with the document and section balance")
    ap.add_argument("--variants", default="plain,kind",
                    help="comma-separated: plain, kind, context")
    ap.add_argument("--min-docs", type=int, default=3)
    ap.add_argument("--per-document", type=Path, default=None,
                    help="write each variant's (gold, predicted, matched) per document here")
    ap.add_argument("--min-docs-context", type=int, default=5)
    args = ap.parse_args(argv)
    from sklearn.model_selection import GroupKFold

    train = _collect_all(args.cache)[0]
    docs = sorted({item.name for item in discover(ROOT / "corpus" / "real", "train")})
    names = [v.strip() for v in args.variants.split(",") if v.strip()]
    variants: dict[str, dict[str, list[int]]] = {name: {} for name in names}
    for tr, te in GroupKFold(n_splits=5).split(docs, docs, docs):
        fold_train = {docs[i] for i in tr}
        rows = [r for r in train if r[0] in fold_train]
        held = {docs[i] for i in te}
        for name in names:
            if name == "plain":
                model = fit_status(rows, args.c_plain, args.min_docs, None)
            elif name == "kind":
                model = fit_status(rows, args.c_kind, args.min_docs, None, kind=True)
            elif name == "context":
                model = fit_status(rows, args.c_context, args.min_docs, args.min_docs_context)
            else:
                raise SystemExit(f"unknown variant {name!r}")
            variants[name].update(held_out_counts(model, held))
    if args.per_document is not None:
        args.per_document.write_text(json.dumps(variants, sort_keys=True), encoding="utf-8")
    print("| status features (held-out train folds) | gold | predicted | matched | P | R | F1 |")
    print("|---|---|---|---|---|---|---|")
    for name, counts in variants.items():
        g, p, m, prec, rec, f1 = _prf(counts)
        print(f"| {name} | {g} | {p} | {m} | {prec:.3f} | {rec:.3f} | {f1:.4f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
