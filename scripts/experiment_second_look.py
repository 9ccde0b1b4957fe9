#!/usr/bin/env python3
"""A learned second look at the figures the status decider drops: an experiment (issue 12,
brief H12X; it did not win, docs/models.md — nothing ships, nothing is written by default).

Usage::

    PYTHONPATH=src .venv/bin/python scripts/experiment_second_look.py --cache /tmp/sl.json
    PYTHONPATH=src .venv/bin/python scripts/experiment_second_look.py --cache /tmp/sl.json \
        --scope both                     # also drop targets the model finds unlikely

1. The train documents are parsed out of fold: each of 5 folds (grouped by document) with a
   status model fitted on the other folds, as the parser meets a batch it has not seen; dev
   with the shipped parser.  Every candidate not decided by a structural cue is a row: its
   status, the status features (``s:``), the context cues of
   :mod:`kehoach_parser.extract.indicators.context_cues`, and whether its record counts in
   the score (a target: it is matched; a result/none: it would match a gold target left
   unmatched) — the label.  Each document's indicator counts (gold, predicted, matched, as
   ``kehoach eval``) are kept too.
2. A binary logistic regression (scikit-learn, lbfgs, L2) over the features seen in at least
   ``--min-docs`` train documents is cross-validated over train with 5 folds grouped by
   document: for each ``C`` and threshold, the records it adds (a result/none with p ≥ the
   threshold becomes a target) and drops (``--scope both``: a target with p below the drop
   threshold), and the indicator F1 of the held-out documents before and after.
3. Fitted on all of train with the best pair, the same counts on dev.  ``--out FILE`` writes
   the weights in the ``LinearModel`` format (sorted keys, rounded floats, SHA-256).

The test split is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from train_status_model import align  # noqa: E402
from train_status_model import collect as collect_status_rows  # noqa: E402

from kehoach_parser.evaluation.corpus import discover  # noqa: E402
from kehoach_parser.evaluation.matching import indicator_score, match_greedy  # noqa: E402
from kehoach_parser.extract.indicators.clauses import Draft  # noqa: E402
from kehoach_parser.extract.indicators.context_cues import PREFIX, context_features  # noqa: E402
from kehoach_parser.extract.indicators.status import (  # noqa: E402
    FIXED_CUES,
    STATUSES,
    StatusDecider,
    collect_candidates,
)
from kehoach_parser.high_level import parse_file  # noqa: E402
from kehoach_parser.models.linear import LinearModel, parameters_file_text  # noqa: E402

#: the decider's structural cues, whose decision is never revisited
STRUCTURAL = frozenset(cue for cue, _status in FIXED_CUES)


def eligible(d: Draft) -> bool:
    """A candidate the second look may turn into a target: judged ``result`` or ``none``,
    not by a structural cue."""
    return d.status in ("result", "none") and not d.cues & STRUCTURAL


def look_features(text: str, d: Draft, status_features: list[str]) -> list[str]:
    """The status decision, its features (``s:``) and the context cues of the candidate."""
    return ["bias", "st:" + str(d.status),
            *("s:" + f for f in status_features if f != "bias" and not f.startswith(PREFIX)),
            *context_features(text, d)]


Row = tuple[str, list[str], str, str, bool]  # document, features, label, status, hit
Counts = dict[str, list[int]]  # document → [gold, predicted, matched]
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.01)
DROP_THRESHOLDS = (0.0, 0.05, 0.1, 0.2, 0.3)
CS = (0.03, 0.1, 0.3, 1.0)


def _record(d: Any) -> dict[str, Any]:
    """The fields of a candidate that the indicator matching reads."""
    q = d.q
    return {"name": d.name, "value": q.value if q else None,
            "value_max": q.value_max if q else None,
            "unit": q.unit.unit if q is not None and q.unit is not None else None,
            "comparator": q.comparator if q else None}


def collect(split: str, only: set[str] | None = None) -> tuple[list[Row], Counts]:
    """Rows of every candidate not decided by a structural cue: (document, features, label
    from the alignment, status the parser gave, whether its record counts in the score — for
    a target: it is matched; for a result/none: it would match a gold target left
    unmatched)."""
    assert split in ("train", "dev"), "the test split is never used here"
    rows: list[Row] = []
    counts: Counts = {}
    for item in discover(ROOT / "corpus" / "real", split):
        if only is not None and item.name not in only:
            continue
        gold = json.loads(item.gold.read_text(encoding="utf-8"))
        with collect_candidates() as cands:
            doc = parse_file(item.document)
        gs = gold.get("indicators") or []
        ps = doc.gold_view().get("indicators") or []
        pairs = match_greedy(gs, ps, indicator_score)
        counts[item.name] = [len(gs), len(ps), len(pairs)]
        matched_pred = {doc.indicators[b].field_spans.get("value") for _, b in pairs}
        free_gold = [g for gi, g in enumerate(gs) if gi not in {a for a, _ in pairs}]
        labels = align(doc.text, gold, cands)
        for (feats, d, _rule, text), label in zip(cands, labels, strict=True):
            if d.status == "target" and not d.cues & STRUCTURAL and d.q is not None:
                hit = d.q.value_span in matched_pred
            elif eligible(d):
                rec = _record(d)
                hit = any(indicator_score(g, rec) is not None for g in free_gold)
            else:
                continue
            rows.append((item.name, look_features(text, d, feats),
                         "target" if label == "target" else "other", str(d.status), hit))
    return rows, counts


STATUS_C = 1.0  # the shipped status model's C
STATUS_MIN_DOCS = 3


def _status_model(rows: list[tuple[str, list[str], str, str]]) -> LinearModel:
    """A status model fitted on ``rows`` as ``train_status_model.py`` fits it (no seeds)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    doc_freq: Counter[str] = Counter()
    for _doc, f in {(doc, f) for doc, feats, _, _ in rows for f in feats}:
        doc_freq[f] += 1
    vocab = sorted(f for f, n in doc_freq.items() if n >= STATUS_MIN_DOCS and f != "bias")
    col = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for r, (_, feats, _, _) in enumerate(rows):
        for f in feats:
            if f in col:
                x[r, col[f]] = 1.0
    clf = LogisticRegression(C=STATUS_C, max_iter=5000, tol=1e-8)
    clf.fit(x, [lab for _, _, lab, _ in rows])
    order = [list(clf.classes_).index(lab) for lab in STATUSES]
    weights = {f: tuple(float(clf.coef_[k, j]) for k in order) for f, j in col.items()}
    return LinearModel(tuple(STATUSES), tuple(float(clf.intercept_[k]) for k in order), weights)


def collect_out_of_fold(n_folds: int = 5) -> tuple[list[Row], Counts]:
    """The train rows as the parser meets unseen documents: each fold of train documents
    (grouped, ``GroupKFold``) is parsed with a status model fitted on the other folds."""
    from sklearn.model_selection import GroupKFold

    status_rows = collect_status_rows("train")  # (with the rule decider)
    docs = sorted({doc for doc, _, _, _ in status_rows}
                  | {item.name for item in discover(ROOT / "corpus" / "real", "train")})
    fold_of: dict[str, int] = {}
    for k, (_tr, te) in enumerate(GroupKFold(n_splits=n_folds).split(docs, docs, docs)):
        for i in te:
            fold_of[docs[i]] = k
    rows: list[Row] = []
    counts: Counts = {}
    default = StatusDecider.default
    try:
        for k in range(n_folds):
            model = _status_model([r for r in status_rows if fold_of[r[0]] != k])
            StatusDecider.default = classmethod(  # type: ignore[assignment,method-assign]
                lambda cls, m=model: cls(m))
            r, c = collect("train", {d for d, f in fold_of.items() if f == k})
            rows += r
            counts.update(c)
    finally:
        StatusDecider.default = default  # type: ignore[method-assign]
    return rows, counts


def _f1(g: int, p: int, m: int) -> float:
    return 2 * m / (g + p) if g + p else 1.0


def _effect(rows: list[Row], probs: Any, counts: Counts, docs: set[str], up: float,
            down: float) -> tuple[int, int, int, int, float, float]:
    """(records added, of them matched, records dropped, of them matched, F1 of ``docs``
    before, after) when a result/none with p ≥ ``up`` becomes a target and a target with
    p < ``down`` is dropped."""
    added = hits = dropped = lost = 0
    for (doc, _f, _label, status, hit), p in zip(rows, probs, strict=True):
        if doc not in docs:
            continue
        if status == "target":
            if p < down:
                dropped += 1
                lost += hit
        elif p >= up:
            added += 1
            hits += hit
    g = sum(counts[d][0] for d in docs)
    p_ = sum(counts[d][1] for d in docs)
    m = sum(counts[d][2] for d in docs)
    return added, hits, dropped, lost, _f1(g, p_, m), _f1(g, p_ + added - dropped,
                                                          m + hits - lost)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-docs", type=int, default=5)
    ap.add_argument("--out", type=Path, default=None, help="write the weights here")
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--scope", choices=("promote", "both"), default="promote",
                    help="promote: a second look at results/none only; both: also drop "
                         "targets the model finds unlikely")
    args = ap.parse_args(argv)

    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    if args.cache is not None and args.cache.is_file():
        data = json.loads(args.cache.read_text(encoding="utf-8"))
        train, tc = [tuple(r) for r in data["train"]], data["train_counts"]
        dev, dc = [tuple(r) for r in data["dev"]], data["dev_counts"]
    else:
        train, tc = collect_out_of_fold()
        dev, dc = collect("dev")
        if args.cache is not None:
            args.cache.write_text(json.dumps({"train": train, "train_counts": tc, "dev": dev,
                                              "dev_counts": dc}, ensure_ascii=False),
                                  encoding="utf-8")
    if args.scope == "promote":  # only the figures the first decision did not keep
        train = [r for r in train if r[3] != "target"]
        dev = [r for r in dev if r[3] != "target"]
    doc_freq: Counter[str] = Counter()
    for _doc, f in {(r[0], f) for r in train for f in r[1]}:
        doc_freq[f] += 1
    vocab = sorted(f for f, n in doc_freq.items() if n >= args.min_docs and f != "bias")
    col = {f: i for i, f in enumerate(vocab)}

    def matrix(rows: list[Any]) -> Any:
        x = np.zeros((len(rows), len(vocab)), dtype=np.float64)
        for r, row in enumerate(rows):
            for f in row[1]:
                j = col.get(f)
                if j is not None:
                    x[r, j] = 1.0
        return x

    def fit(c: float, x: Any, y: list[int]) -> Any:
        return LogisticRegression(C=c, max_iter=5000, tol=1e-8).fit(x, y)

    x_train = matrix(train)
    # the label is what the score counts: a target's record is matched, a result/none's
    # record would match a gold target left unmatched
    y_train = [int(r[4]) for r in train]
    groups = [r[0] for r in train]
    all_train = set(tc)
    print(f"train: {len(tc)} documents, {len(train)} rows "
          f"({sum(r[3] != 'target' for r in train)} judged result/none, of which "
          f"{sum(r[4] for r in train if r[3] != 'target')} would match a missed gold target), "
          f"{len(vocab)} features")
    print("| C | promote at p ≥ | drop at p < | added | added matched | added precision | "
          "dropped | dropped matched | F1 before | F1 after |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    downs = (0.0,) if args.scope == "promote" else DROP_THRESHOLDS
    best: tuple[float, float, float, float] | None = None  # (F1 gain, C, up, down)
    cv: dict[str, Any] = {}
    folds = GroupKFold(n_splits=5)
    for c in CS:
        oof = np.zeros(len(train))
        for tr, te in folds.split(x_train, y_train, groups):
            clf = fit(c, x_train[tr], [y_train[i] for i in tr])
            oof[te] = clf.predict_proba(x_train[te])[:, 1]
        for up in THRESHOLDS:
            for down in downs:
                added, hits, dropped, lost, before, after = _effect(
                    train, oof, tc, all_train, up, down)
                prec = hits / added if added else 0.0
                print(f"| {c} | {up} | {down} | {added} | {hits} | {prec:.3f} | {dropped} | "
                      f"{lost} | {before:.4f} | {after:.4f} |")
                if best is None or after - before > best[0] + 1e-9:
                    best = (after - before, c, up, down)
                    cv = {"C": c, "promote_at": up, "drop_below": down, "added": added,
                          "added_matched": hits, "added_precision": round(prec, 4),
                          "dropped": dropped, "dropped_matched": lost,
                          "f1_before": round(before, 4), "f1_after": round(after, 4)}
    assert best is not None
    gain, c, t, down = best
    print(f"chosen: {cv}")
    clf = fit(c, x_train, y_train)
    dprobs = clf.predict_proba(matrix(dev))[:, 1]
    added, hits, dropped, lost, before, after = _effect(dev, dprobs, dc, set(dc), t, down)
    print(f"dev: {len(dev)} rows; added {added} (matched {hits}), dropped {dropped} (matched "
          f"{lost}); F1 {before:.4f} → {after:.4f} (candidate level)")
    if gain <= 0:
        print("no threshold improves the held-out F1: nothing written")
        return 1
    labels = ["other", "target"]
    coef = clf.coef_[0]
    weights = {f: [0.0, round(float(coef[j]), 6)] for f, j in col.items()
               if abs(coef[j]) >= 1e-6}
    data_out: dict[str, Any] = {
        "model": "indicator second look (a figure judged result/none: target after all?)",
        "kind": "binary logistic regression over binary features",
        "trained_on": "corpus/real train split",
        "train_documents": len(tc),
        "train_rows": len(train),
        "train_positives": sum(y_train),
        "scope": args.scope,
        "min_docs": args.min_docs,
        "C": c,
        "threshold": t,
        "drop_below": down,
        "cv": cv,
        "labels": labels,
        "bias": [0.0, round(float(clf.intercept_[0]), 6)],
        "weights": dict(sorted(weights.items())),
    }
    if args.out is not None:
        args.out.write_text(parameters_file_text(data_out), encoding="utf-8")
        print(f"wrote {args.out} ({len(weights)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
