#!/usr/bin/env python3
"""End-to-end grouped cross-validation of the status model over train documents.

Usage::

    PYTHONPATH=src .venv/bin/python scripts/cv_status_model.py --cache /tmp/status_cands.json \
        --group source --exclude 'AP*,AQ*,AR*' --variants plain,kind+lead --c 0.1,0.3,1.0
    ... --candidates --tol 1e-5 ...          # the status of held-out candidates only (fast)
    ... --pool shipped,/tmp/m1               # the ship rule: dev + fresh, summed

The train documents are cut into 5 folds (``GroupKFold``) by document, or by source with
``--group source`` (the url's host, or owner/repo on github.com: a site's documents never
sit on both sides).  For each fold a status model is fitted, as ``train_status_model.py``
fits it (no seed rows), on the candidates of the other folds, and the held-out documents
are parsed with it; their indicator counts (gold, predicted, matched — as ``kehoach eval``)
are summed over the folds.  This is done for each variant asked (``--variants``): the
hand-chosen status features alone (``plain``) or with families joined by ``+``: the balance
of report and plan cues over the document and the section (``kind``:
:mod:`kehoach_parser.extract.indicators.status_kind`), the sentences before the value
(``lead``), the syllables around it (``window``:
:func:`kehoach_parser.extract.indicators.context_cues.window_features`), the weak context
cues (``context``); ``@C`` fixes a variant's L2 strength, else each of ``--c`` is tried.
``--candidates`` scores the held-out candidates' status instead of parsing (no rule that
acts after the model), ``--pool`` the ship rule of brief H18S.

``--cache`` is the candidate cache of ``train_status_model.py`` (written here when it does
not exist).  A model fitted without a family ignores it at parse time (a feature without a
weight adds nothing).  The test split is never read.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

os.environ["KEHOACH_CONTEXT_CUES"] = "1"  # candidates carry the context cues too

from train_status_model import (  # noqa: E402  (collects under rule_decider())
    _collect_all,
    document_sources,
    vocabulary,
)

# held-out documents are parsed with the fold's model, whatever decider the caller set
os.environ.pop("KEHOACH_STATUS", None)

from kehoach_parser.errors import ModelError  # noqa: E402
from kehoach_parser.evaluation.corpus import discover  # noqa: E402
from kehoach_parser.evaluation.matching import indicator_score, match_greedy  # noqa: E402
from kehoach_parser.extract.indicators.status import STATUSES, StatusDecider  # noqa: E402
from kehoach_parser.high_level import parse_file  # noqa: E402
from kehoach_parser.models.linear import LinearModel  # noqa: E402

Row = tuple[str, list[str], str, str]

#: The feature families a variant may add to the hand-chosen status features (``plain``).
FAMILIES = ("kind", "lead", "window", "context")


def fit_status(rows: list[Row], c: float, min_docs: int, min_docs_context: int | None,
               kind: bool = False, lead: bool = False,
               window: tuple[int, int] | None = None, tol: float = 1e-8) -> LinearModel:
    """A status model fitted on ``rows`` (``train_status_model.vocabulary`` chooses the
    features: context cues only when ``min_docs_context``, the document and section balance
    ``k:…`` only when ``kind``, ``lead:…`` only when ``lead``, ``w:…`` only when ``window``)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    vocab = vocabulary(rows, min_docs, context=min_docs_context, kind=kind, lead=lead,
                       window=window)
    col = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for i, r in enumerate(rows):
        for f in r[1]:
            j = col.get(f)
            if j is not None:
                x[i, j] = 1.0
    clf = LogisticRegression(C=c, max_iter=5000, tol=tol).fit(x, [r[2] for r in rows])
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


def _fit_run(rows: list[Row], fams: str, c: float, args: argparse.Namespace) -> LinearModel:
    fam = set(fams.split("+"))
    return fit_status(rows, c, args.min_docs,
                      args.min_docs_context if "context" in fam else None,
                      kind="kind" in fam, lead="lead" in fam,
                      window=(args.window_docs, args.window_sources) if "window" in fam
                      else None, tol=args.tol)


def candidate_cv(train: list[Row], docs: list[str], groups: list[str],
                 runs: list[tuple[str, str, float]], args: argparse.Namespace) -> int:
    """Grouped cross-validation over the candidates alone: each held-out candidate decided
    as the parser decides it (a structural cue alone, else the model through ``combine``;
    the rules that act after the model — a commitment's lead-in, a reviewing lead-in, the
    head's status — are not applied), its status against the gold's."""
    from sklearn.model_selection import GroupKFold

    from kehoach_parser.extract.indicators.status import FIXED_CUES, combine

    pred: dict[str, list[tuple[str, str]]] = {label: [] for label, _, _ in runs}
    for fold, (tr, _te) in enumerate(GroupKFold(n_splits=5).split(docs, docs, groups)):
        fold_train = {docs[i] for i in tr}
        rows = [r for r in train if r[0] in fold_train]
        held = [r for r in train if r[0] not in fold_train]
        for label, fams, c in runs:
            model = _fit_run(rows, fams, c, args)
            for _, feats, gold, rule in held:
                fixed = None if "sec:means" in feats else next(
                    (st for cue, st in FIXED_CUES if "x:" + cue in feats), None)
                got = fixed or combine(rule, model.labels, model.probabilities(feats))[0]
                pred[label].append((got, gold))
            print(f"  fold {fold + 1}/5 {label}: {len(model.weights)} features",
                  file=sys.stderr, flush=True)
    print(f"grouped by {args.group}, 5 folds, {len(docs)} train documents, "
          f"{len(train)} candidates, status of the held-out candidates")
    print("| status features @ C | target P | R | F1 | result P | R | F1 | sum |")
    print("|---|---|---|---|---|---|---|---|")
    for label, pairs in pred.items():
        cells, total = [], 0.0
        for cls in ("target", "result"):
            tp = sum(1 for p, g in pairs if p == g == cls)
            npred = sum(1 for p, _ in pairs if p == cls)
            ngold = sum(1 for _, g in pairs if g == cls)
            prec, rec = (tp / npred if npred else 1.0), (tp / ngold if ngold else 1.0)
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            total += f1
            cells += [f"{prec:.3f}", f"{rec:.3f}", f"{f1:.4f}"]
        print(f"| {label} | " + " | ".join(cells) + f" | {total:.4f} |")
    return 0


def _variant(name: str) -> tuple[str, float | None]:
    """``kind+lead@0.3`` → (``kind+lead``, 0.3); ``plain`` → (``plain``, None)."""
    fams, _, c = name.partition("@")
    for fam in fams.split("+"):
        if fam != "plain" and fam not in FAMILIES:
            raise SystemExit(f"unknown feature family {fam!r} in {name!r}")
    return fams, (float(c) if c else None)


def _eval(models_dir: Path | None, split: str, only: str | None) -> tuple[dict[str, Any], float]:
    """``kehoach eval corpus/real --split split [--only only] -q --json`` with the weights of
    ``models_dir`` (the shipped ones when None), and its wall time in seconds."""
    import subprocess
    import time

    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("KEHOACH_CONTEXT_CUES", None)
    # the caller's folder never stands in for "shipped" (review R18b, finding 5)
    env.pop("KEHOACH_MODELS_DIR", None)
    if models_dir is not None:
        env["KEHOACH_MODELS_DIR"] = str(models_dir)
    cmd = [sys.executable, "-m", "kehoach_parser.cli.main", "eval", str(ROOT / "corpus" / "real"),
           "--split", split, "-q", "--json"] + (["--only", only] if only else [])
    t0 = time.perf_counter()
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(out), time.perf_counter() - t0


#: The round's fresh batches, scored with --split train (the test split is never scored).
FRESH = "AS*,AT*,AU*"


def pool_weights_digest(models_dir: Path | None) -> str:
    """The sha256 of the weights a pool row scores: ``models_dir``'s
    ``indicator_status.json`` (the checkout's ``models/`` one for "shipped"), loaded first so
    that a missing or refused file stops the pool instead of letting the parser fall back to
    other weights or to the rules under its name (review R18b, finding 5)."""
    folder = ROOT / "models" if models_dir is None else models_dir
    try:
        model = LinearModel.load(folder / "indicator_status.json")
    except ModelError as exc:
        raise SystemExit(f"pool: {exc}") from None
    return str(model.meta["sha256"])


def pool(dirs: list[str]) -> None:
    """The ship rule of brief H18S: indicators of dev and of the fresh batches summed, per
    weights (``shipped`` or a folder holding an ``indicator_status.json``)."""
    print("| weights | sha256 | dev g/p/m | dev F1 (results listed) | fresh g/p/m | fresh F1 "
          "(results listed) | pool F1 | pool results listed | dev macro F1 | dev parse s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for d in dirs:
        path = None if d == "shipped" else Path(d)
        digest = pool_weights_digest(path)
        row, tot, listed = [], [0, 0, 0], 0
        secs, macro = 0.0, 0.0
        for split, only in (("dev", None), ("train", FRESH)):
            data, t = _eval(path, split, only)
            ind = data["areas"]["indicators"]
            if split == "dev":
                secs, macro = t, float(ind["macro_f1"])
            n = int(data["results_as_indicators"])
            gpm = [int(ind["gold"]), int(ind["pred"]), int(ind["matched"])]
            tot = [a + b for a, b in zip(tot, gpm, strict=True)]
            listed += n
            row += ["/".join(map(str, gpm)), f"{ind['f1']:.4f} ({n})"]
        f1 = 2 * tot[2] / (tot[0] + tot[1]) if tot[0] + tot[1] else 1.0
        print(f"| {d} | {digest[:12]} | " + " | ".join(row)
              + f" | {f1:.4f} | {listed} | {macro:.4f} | {secs:.1f} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--variants", default="plain,kind",
                    help="comma-separated; each is 'plain' or families joined by '+' (kind, "
                         "lead, window, context), optionally '@C': 'kind+lead@0.3'")
    ap.add_argument("--c", default="1.0",
                    help="comma-separated L2 strengths tried for a variant without '@C'")
    ap.add_argument("--group", choices=("document", "source"), default="document",
                    help="keep each document (or each source: the url's host, or owner/repo "
                         "on github.com, train_halves.source_of) on one side of every fold")
    ap.add_argument("--exclude", default="",
                    help="comma-separated shell patterns of train documents neither fitted "
                         "nor scored (e.g. 'AP*,AQ*,AR*': the round's fresh set)")
    ap.add_argument("--min-docs", type=int, default=3)
    ap.add_argument("--per-document", type=Path, default=None,
                    help="write each variant's (gold, predicted, matched) per document here")
    ap.add_argument("--min-docs-context", type=int, default=5)
    ap.add_argument("--window-docs", type=int, default=5)
    ap.add_argument("--window-sources", type=int, default=3)
    ap.add_argument("--candidates", action="store_true",
                    help="score the held-out candidates' status (F1 of target and of result, "
                         "as the parser decides: structural cues first, then the model) "
                         "instead of parsing the held-out documents: fast, for the C grid")
    ap.add_argument("--tol", type=float, default=1e-8,
                    help="the fit's tolerance (1e-8 as train_status_model.py; a looser one "
                         "for a quick grid)")
    ap.add_argument("--pool", default=None,
                    help="instead of cross-validating: score these comma-separated weights "
                         "('shipped' or a folder with indicator_status.json) on dev + the "
                         "fresh batches " + FRESH + " (the ship rule of brief H18S)")
    ap.add_argument("--stale-cache", action="store_true",
                    help="read a --cache whose header does not match this checkout "
                         "(train_status_model.py --stale-cache)")
    args = ap.parse_args(argv)
    if args.pool:
        pool([d.strip() for d in args.pool.split(",") if d.strip()])
        return 0
    from sklearn.model_selection import GroupKFold

    train = _collect_all(args.cache, stale_ok=args.stale_cache)[0]
    excluded = [p.strip().casefold() for p in args.exclude.split(",") if p.strip()]
    docs = sorted({item.name for item in discover(ROOT / "corpus" / "real", "train")
                   if not any(fnmatch.fnmatchcase(item.name.casefold(), p) for p in excluded)})
    keep = set(docs)
    train = [r for r in train if r[0] in keep]
    sources = document_sources()
    groups = [sources[d] if args.group == "source" else d for d in docs]
    runs: list[tuple[str, str, float]] = []
    for name in (v.strip() for v in args.variants.split(",") if v.strip()):
        fams, c = _variant(name)
        for cc in ([c] if c is not None else [float(x) for x in args.c.split(",")]):
            runs.append((f"{fams}@{cc:g}", fams, cc))
    if args.candidates:
        return candidate_cv(train, docs, groups, runs, args)
    variants: dict[str, dict[str, list[int]]] = {label: {} for label, _, _ in runs}
    for fold, (tr, te) in enumerate(GroupKFold(n_splits=5).split(docs, docs, groups)):
        fold_train = {docs[i] for i in tr}
        rows = [r for r in train if r[0] in fold_train]
        held = {docs[i] for i in te}
        for label, fams, c in runs:
            model = _fit_run(rows, fams, c, args)
            variants[label].update(held_out_counts(model, held))
            print(f"  fold {fold + 1}/5 {label}: {len(model.weights)} features",
                  file=sys.stderr, flush=True)
    if args.per_document is not None:
        args.per_document.write_text(json.dumps(variants, sort_keys=True), encoding="utf-8")
    print(f"grouped by {args.group}, 5 folds, {len(docs)} train documents"
          + (f" (without {args.exclude})" if excluded else ""))
    print("| status features @ C (held-out folds) | gold | predicted | matched | P | R | F1 |")
    print("|---|---|---|---|---|---|---|")
    for name, counts in variants.items():
        g, p, m, prec, rec, f1 = _prf(counts)
        print(f"| {name} | {g} | {p} | {m} | {prec:.3f} | {rec:.3f} | {f1:.4f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
