#!/usr/bin/env python3
"""Train the indicator status model (target / result / none) on the real corpus's train split.

Usage::

    .venv/bin/python scripts/train_status_model.py            # train, compare on dev, write
    .venv/bin/python scripts/train_status_model.py --no-write # compare only

1. Every train document is parsed with the *rule* decider while the indicator stage's
   candidates are collected (:func:`kehoach_parser.extract.indicators.status.
   collect_candidates`): each candidate is a quantified clause with its features.
2. Each candidate is aligned with the gold: it is a ``target`` when a gold indicator has its
   value and a ``text`` that covers the candidate's value in the document, a ``result`` when
   a gold result does, and ``none`` otherwise.
3. A multinomial logistic regression (scikit-learn, lbfgs, L2) is fitted on the features
   seen in at least ``--min-docs`` train documents; its regularisation ``C`` is chosen by
   grouped cross-validation on train (documents never split across folds).
4. The model and the rule baseline are compared on the dev split (precision and recall of
   ``target`` and ``result`` over the dev candidates), and the weights are written as plain
   JSON to ``models/indicator_status.json`` (sorted keys, rounded floats: the same input
   gives the same bytes).

The test split is never read.  scikit-learn is a ``dev`` extra; parsing never needs it.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from kehoach_parser.evaluation.corpus import discover  # noqa: E402
from kehoach_parser.evaluation.matching import same_number  # noqa: E402
from kehoach_parser.evaluation.skeleton import skeleton  # noqa: E402
from kehoach_parser.extract.indicators.context_cues import PREFIX as CONTEXT_PREFIX  # noqa: E402
from kehoach_parser.extract.indicators.context_cues import WINDOW_PREFIX  # noqa: E402
from kehoach_parser.extract.indicators.status import (  # noqa: E402
    FIXED_CUES,
    LEAD_PREFIX,
    STATUSES,
    collect_candidates,
    combine,
)
from kehoach_parser.extract.indicators.status_kind import PREFIX as KIND_PREFIX  # noqa: E402
from kehoach_parser.extract.numbers import parse_vi_number  # noqa: E402
from kehoach_parser.high_level import parse_file  # noqa: E402
from kehoach_parser.lang.vi.status_words import COMMIT_GROUPS  # noqa: E402
from kehoach_parser.models.linear import LinearModel, parameters_file_text  # noqa: E402


def _occurrences(doc_skel: str, index: list[int], text: str) -> list[tuple[int, int]]:
    needle = skeleton(text)[0]
    if not needle:
        return []
    out = []
    start = doc_skel.find(needle)
    while start != -1:
        out.append((index[start], index[start + len(needle) - 1] + 1))
        start = doc_skel.find(needle, start + 1)
    return out


def _values(d: Any, text: str) -> list[float]:
    """The candidate's value, and the number as written (scale words not applied)."""
    out = []
    if d.q is not None and d.q.value is not None:
        out.append(d.q.value)
        raw = parse_vi_number(text[d.q.value_span[0]:d.q.value_span[1]])
        if raw is not None:
            out.append(raw)
    return out


def align(doc_text: str, gold: dict[str, Any], cands: list[Any]) -> list[str]:
    """One label per candidate: target, result or none.

    A candidate may take a gold record (one-to-one) when it has the record's value and lies
    inside the record's ``text``; among such pairs, those with the same year go first, then
    candidates in document order."""
    skel, index = skeleton(doc_text)
    golds: list[tuple[str, int, dict[str, Any], list[tuple[int, int]]]] = []
    for key, label in (("indicators", "target"), ("results", "result")):
        for gi, rec in enumerate(gold.get(key) or []):
            golds.append((label, gi, rec, _occurrences(skel, index, rec.get("text") or "")))
    pairs: list[tuple[int, int, int, int]] = []  # (-score, candidate, gold, status order)
    for ci, (_feats, d, _rule, _text) in enumerate(cands):
        pos = d.q.value_span[0] if d.q is not None else d.span[0]
        values = _values(d, doc_text)
        for gk, (label, _gi, rec, occs) in enumerate(golds):
            if not any(s <= pos < e for s, e in occs):
                continue
            if d.q is not None:
                if rec.get("value") is None or not any(same_number(v, rec["value"])
                                                       for v in values):
                    continue
            elif rec.get("value") is not None:
                continue
            score = 2 if rec.get("year") == d.year else 0
            pairs.append((-score, ci, gk, 0 if label == "target" else 1))
    pairs.sort()
    labels = ["none"] * len(cands)
    used_c: set[int] = set()
    used_g: set[int] = set()
    for _s, ci, gk, _o in pairs:
        if ci in used_c or gk in used_g:
            continue
        used_c.add(ci)
        used_g.add(gk)
        labels[ci] = golds[gk][0]
    return labels


Row = tuple[str, list[str], str, str]


def document_sources() -> dict[str, str]:
    """The source of every real document (``train_halves.source_of``: the url's host, or
    owner/repo on github.com), by its id."""
    import csv

    from train_halves import source_of
    with (ROOT / "corpus" / "real" / "sources.tsv").open(encoding="utf-8") as f:
        return {r["id"]: source_of(r["url"]) for r in csv.DictReader(f, delimiter="\t")}


#: The feature families a fit can ask for, by their prefix (``vocabulary``'s flags).
FAMILY_PREFIXES = {"context": CONTEXT_PREFIX, "kind": KIND_PREFIX, "lead": LEAD_PREFIX,
                   "window": WINDOW_PREFIX}


def vocabulary(rows: list[Row], min_docs: int, *, context: int | None = None,
               kind: bool = False, lead: bool = False,
               window: tuple[int, int] | None = None) -> list[str]:
    """The features a model is fitted on: those seen in at least ``min_docs`` documents of
    ``rows``; the weak context cues (``c:``) only when ``context`` (their own minimum), the
    document-kind balance (``k:``) only when ``kind``, the sentences before a value
    (``lead:``) only when ``lead``, the syllables around it (``w:``) only when ``window``
    = (documents, sources) — each seen in at least that many documents and sources."""
    docs: dict[str, set[str]] = {}
    for doc, feats, _, _ in rows:
        for f in feats:
            docs.setdefault(f, set()).add(doc)
    asked = {"context": context is not None, "kind": kind, "lead": lead,
             "window": window is not None}
    missing = [fam for fam, on in asked.items() if on
               and not any(f.startswith(FAMILY_PREFIXES[fam]) for f in docs)]
    if missing:  # e.g. a cache collected before the family existed (review R18b, finding 5)
        raise ValueError(f"no feature of the requested famil{'ies' if len(missing) > 1 else 'y'}"
                         f" {', '.join(missing)} in the candidates: collect them again")
    src = document_sources() if window is not None else {}
    out = []
    for f, ds in docs.items():
        n = len(ds)
        if f == "bias":
            continue
        if f.startswith(CONTEXT_PREFIX):
            keep = context is not None and n >= context
        elif f.startswith(KIND_PREFIX):
            keep = kind and n >= min_docs
        elif f.startswith(LEAD_PREFIX):
            keep = lead and n >= min_docs
        elif f.startswith(WINDOW_PREFIX):
            keep = window is not None and n >= window[0] \
                and len({src.get(d, d) for d in ds}) >= window[1]
        else:
            keep = n >= min_docs
        if keep:
            out.append(f)
    return sorted(out)


def collect(split: str, snippets: list[str] | None = None) -> list[Row]:
    """(document, features, gold label, rule status) for every candidate of a split
    (``snippets``, when given, receives each candidate's clause, for error analysis)."""
    assert split in ("train", "dev"), "the test split is never used here"
    return collect_folder(ROOT / "corpus" / "real", split, snippets)


def collect_seeds() -> list[Row]:
    """The candidates of the seed documents (``corpus/*.txt``) and of their variants
    (``corpus/variants/*``: DOCX, PDF, TCVN3, VNI), which must keep scoring 1.000."""
    rows = collect_folder(ROOT / "corpus", None)
    variants = ROOT / "corpus" / "variants"
    for folder in sorted(p for p in variants.iterdir() if p.is_dir()):
        rows += [(f"{folder.name}/{doc}", feats, label, rule)
                 for doc, feats, label, rule in collect_folder(folder, None)]
    return rows


@contextmanager
def rule_decider() -> Iterator[None]:
    """``KEHOACH_STATUS=rules`` inside the block (candidates are collected with the rule
    decider), the caller's value (or none) again after it."""
    before = os.environ.get("KEHOACH_STATUS")
    os.environ["KEHOACH_STATUS"] = "rules"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("KEHOACH_STATUS", None)
        else:
            os.environ["KEHOACH_STATUS"] = before


def collect_folder(folder: Path, split: str | None,
                   snippets: list[str] | None = None) -> list[Row]:
    rows = []
    for item in discover(folder, split):
        gold = json.loads(item.gold.read_text(encoding="utf-8"))
        with rule_decider(), collect_candidates() as cands:
            doc = parse_file(item.document)
        labels = align(doc.text, gold, cands)
        for (feats, d, rule, _t), label in zip(cands, labels, strict=True):
            rows.append((item.name, feats, label, rule))
            if snippets is not None:
                v = d.q.value if d.q is not None else None
                snippets.append(f"{v} | {doc.text[d.span[0]:d.span[1]][:160]}")
    return rows


def code_digest() -> str:
    """The sha256 of the package's source (every ``*.py`` of ``src/kehoach_parser`` and every
    file of its ``lang`` data): what the collected candidates are a function of."""
    import hashlib

    pkg = ROOT / "src" / "kehoach_parser"
    files = sorted({*pkg.rglob("*.py"), *(p for p in (pkg / "lang").rglob("*") if p.is_file())})
    h = hashlib.sha256()
    for p in files:
        if "__pycache__" in p.parts:
            continue
        h.update(p.relative_to(pkg).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def git_head() -> str | None:
    import subprocess

    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def families_of(rows: list[Row]) -> list[str]:
    """The feature families (``FAMILY_PREFIXES``) with at least one feature in ``rows``."""
    return sorted(fam for fam, prefix in FAMILY_PREFIXES.items()
                  if any(f.startswith(prefix) for _, feats, _, _ in rows for f in feats))


def cache_header(train_documents: list[str], dev_documents: list[str]) -> dict[str, Any]:
    """What a candidate cache must agree with to be read (review R18b, finding 5): the code
    that collected it and the documents of the splits (the commit, and whether the weak
    context cues were collected, are recorded for the reader, not compared)."""
    return {"version": 1, "git_head": git_head(), "code_sha256": code_digest(),
            "context_cues": bool(os.environ.get("KEHOACH_CONTEXT_CUES")),
            "train_documents": sorted(train_documents), "dev_documents": sorted(dev_documents)}


#: The header fields compared when a cache is read.
#: (Whether the weak context cues were collected is recorded, not compared: a fit that asks
#: for a family the cache lacks is refused by ``vocabulary``.)
CACHE_CHECKED = ("version", "code_sha256", "train_documents", "dev_documents")


def stale_cache_reasons(header: dict[str, Any] | None, now: dict[str, Any]) -> list[str]:
    """Why a cache with ``header`` does not match the checkout (``now``); empty when it does."""
    if not header:
        return ["the cache has no header (written before review R18b)"]
    return [f"{k} differs" for k in CACHE_CHECKED if header.get(k) != now.get(k)]


def _split_names(split: str) -> list[str]:
    return [item.name for item in discover(ROOT / "corpus" / "real", split)]


def compare_paths(split: str = "dev") -> dict[str, int]:
    """The candidates of ``split`` collected under the rules (the training path) and parsed
    under the shipped model (the parse path), compared (review R18b, finding 9): the walker
    makes a bullet's parent only from drafts judged targets, so earlier decisions can change
    a later candidate's features.  Prints each difference; returns the counts."""
    assert split in ("train", "dev"), "the test split is never used here"
    counts = Counter({"candidates": 0, "rules_only": 0, "model_only": 0, "differ": 0})
    feats_moved: Counter[str] = Counter()
    for item in discover(ROOT / "corpus" / "real", split):
        sides = []
        for rules in (True, False):
            with (rule_decider() if rules else _shipped_decider()), \
                    collect_candidates() as cands:
                parse_file(item.document)
            sides.append({(d.span, d.q.value if d.q is not None else None): set(feats)
                          for feats, d, _, _ in cands})
        by_rules, by_model = sides
        counts["candidates"] += len(by_rules.keys() | by_model.keys())
        counts["rules_only"] += len(by_rules.keys() - by_model.keys())
        counts["model_only"] += len(by_model.keys() - by_rules.keys())
        for key in by_rules.keys() & by_model.keys():
            diff = by_rules[key] ^ by_model[key]
            if diff:
                counts["differ"] += 1
                feats_moved.update(("rules:" if f in by_rules[key] else "model:") + f
                                   for f in diff)
                print(f"  {item.name} {key[1]} rules-only {sorted(by_rules[key] - by_model[key])}"
                      f" model-only {sorted(by_model[key] - by_rules[key])}")
    print(f"{split}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    for f, n in feats_moved.most_common():
        print(f"  {n:4d} {f}")
    return dict(counts)


@contextmanager
def _shipped_decider() -> Iterator[None]:
    """No ``KEHOACH_STATUS`` inside the block (the shipped model decides)."""
    before = os.environ.pop("KEHOACH_STATUS", None)
    try:
        yield
    finally:
        if before is not None:
            os.environ["KEHOACH_STATUS"] = before


def _collect_all(cache: Path | None, *, stale_ok: bool = False
                 ) -> tuple[list[Row], list[Row], list[Row], list[str]]:
    """The candidates of train, dev and the seeds, and the train split's documents (from
    ``cache`` when it exists and its header matches the checkout; a stale cache is refused,
    or read with a warning when ``stale_ok``)."""
    now = cache_header(_split_names("train"), _split_names("dev"))
    if cache is not None and cache.is_file():
        data = json.loads(cache.read_text(encoding="utf-8"))
        header = data.get("header")
        reasons = stale_cache_reasons(header, now)
        if reasons and not stale_ok:
            raise SystemExit(f"candidate cache {cache} does not match this checkout: "
                             + "; ".join(reasons) + ". Delete it (or give another --cache) "
                             "to collect again, or pass --stale-cache to read it anyway.")
        if reasons:
            print(f"warning: reading stale candidate cache {cache}: " + "; ".join(reasons),
                  file=sys.stderr)
        rows = tuple([tuple(r) for r in data[k]] for k in ("train", "dev", "seeds"))
        docs = list((header or now)["train_documents"])
        print(f"candidate cache {cache}: collected at {(header or {}).get('git_head')}, "
              f"families {(header or {}).get('families', families_of(rows[0]))}",
              file=sys.stderr)
        return rows[0], rows[1], rows[2], docs  # type: ignore[return-value]
    train, dev, seeds = collect("train"), collect("dev"), collect_seeds()
    if cache is not None:
        header = {**now, "families": families_of(train)}
        cache.write_text(json.dumps({"header": header, "train": train, "dev": dev,
                                     "seeds": seeds}, ensure_ascii=False), encoding="utf-8")
    return train, dev, seeds, now["train_documents"]


def _decide(clf: Any, rows: list[Row], x: Any) -> list[str]:
    """The status the parser gives each row with ``clf``: the structural cues decide alone
    (as in ``StatusDecider``), the model (through ``combine``) otherwise."""
    classes = tuple(str(c) for c in clf.classes_)
    out = []
    for (_, feats, _, rule), probs in zip(rows, clf.predict_proba(x), strict=True):
        fixed = None if "sec:means" in feats else next(
            (st for cue, st in FIXED_CUES if "x:" + cue in feats), None)
        out.append(fixed or combine(rule, classes, [float(p) for p in probs])[0])
    return out


#: Features that say a value's own words or paragraph commit (the rule baseline by the
#: document's kind keeps such a value a target).
_COMMITTING = frozenset(f"{where}:{g}" for where in ("pre", "post", "para")
                        for g in COMMIT_GROUPS)


def kind_rule(feats: list[str], rule: str, step: float) -> str:
    """The rule baseline with the document's kind: a value the rules keep as a target, in a
    document whose report cues outweigh its plan cues beyond ``step`` (``k:doc>step``), is a
    result unless its section is one of targets or its words or paragraph commit."""
    if rule != "target" or "sec:targets" in feats or "x:table_plan" in feats:
        return rule
    if f"{KIND_PREFIX}doc>{step}" in feats and not _COMMITTING.intersection(feats):
        return "result"
    return rule


def _seed_errors(clf: Any, seeds: list[Row], x: Any) -> list[tuple[str, list[str]]]:
    """The seed candidates whose decision (target or not) differs from their gold."""
    return [(doc, feats) for (doc, feats, label, _), pred in zip(seeds, _decide(clf, seeds, x),
                                                                  strict=True)
            if (pred == "target") != (label == "target")]


def _prf(pred: list[str], gold: list[str], cls: str) -> tuple[float, float, float]:
    tp = sum(1 for p, g in zip(pred, gold, strict=True) if p == g == cls)
    np_ = sum(1 for p in pred if p == cls)
    ng = sum(1 for g in gold if g == cls)
    p = tp / np_ if np_ else 1.0
    r = tp / ng if ng else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-docs", type=int, default=3,
                    help="keep features seen in at least this many train documents")
    ap.add_argument("--context-cues", action="store_true",
                    help="add the weak context cues of context_cues.py to the features "
                         "(compared in docs/models.md; not shipped)")
    ap.add_argument("--kind-cues", action="store_true",
                    help="add the balance of report and plan cues over the document and the "
                         "value's section (status_kind.py, features 'k:…') to the features")
    ap.add_argument("--lead-cues", action="store_true",
                    help="add the features of the sentences before a value ('lead:…')")
    ap.add_argument("--window-cues", action="store_true",
                    help="add the syllables and pairs of syllables around a value ('w:…', "
                         "context_cues.window_features)")
    ap.add_argument("--window-docs", type=int, default=5,
                    help="keep a 'w:' feature seen in at least this many train documents")
    ap.add_argument("--window-sources", type=int, default=3,
                    help="… and this many sources (train_halves.source_of)")
    ap.add_argument("--min-docs-context", type=int, default=5,
                    help="keep the weak context cues (context_cues.py) seen in at least this "
                         "many train documents")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "indicator_status.json")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--c", type=float, default=None,
                    help="use this L2 strength instead of choosing it by cross-validation")
    ap.add_argument("--seed-weight", type=float, default=1.0,
                    help="first weight of each seed candidate in the fit (doubled until every "
                         "seed candidate is decided as its gold says)")
    ap.add_argument("--exclude", default="",
                    help="comma-separated shell patterns of train documents left out of the "
                         "fit (e.g. 'AM*,AN*,AO*': the round's fresh set stays unseen)")
    ap.add_argument("--cache", type=Path, default=None,
                    help="read the collected candidates from this JSON file when it exists, "
                         "else collect them and write it (to iterate on the fit alone)")
    ap.add_argument("--stale-cache", action="store_true",
                    help="read a --cache whose header does not match this checkout (other "
                         "code, other split documents, or no header), with a warning")
    ap.add_argument("--compare-paths", choices=("train", "dev"), default=None,
                    help="only compare the candidates of this split collected under the "
                         "rules (training) and under the shipped model (parsing), and exit")
    args = ap.parse_args(argv)
    if args.compare_paths:
        compare_paths(args.compare_paths)
        return 0
    if args.context_cues:  # the weak context cues join the features (docs/models.md)
        os.environ["KEHOACH_CONTEXT_CUES"] = "1"

    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    train, dev, seeds, train_docs = _collect_all(args.cache, stale_ok=args.stale_cache)
    excluded = [p.strip().casefold() for p in args.exclude.split(",") if p.strip()]
    if excluded:
        train = [r for r in train
                 if not any(fnmatch.fnmatchcase(r[0].casefold(), p) for p in excluded)]
    split_docs = [d for d in train_docs
                  if not any(fnmatch.fnmatchcase(d.casefold(), p) for p in excluded)]
    vocab = vocabulary(train, args.min_docs,
                       context=args.min_docs_context if args.context_cues else None,
                       kind=args.kind_cues, lead=args.lead_cues,
                       window=(args.window_docs, args.window_sources)
                       if args.window_cues else None)
    col = {f: i for i, f in enumerate(vocab)}

    def matrix(rows: list[tuple[str, list[str], str, str]]) -> Any:
        x = np.zeros((len(rows), len(vocab)), dtype=np.float64)
        for r, (_, feats, _, _) in enumerate(rows):
            for f in feats:
                j = col.get(f)
                if j is not None:
                    x[r, j] = 1.0
        return x

    x_train, y_train = matrix(train), [lab for _, _, lab, _ in train]
    groups = [doc for doc, _, _, _ in train]
    labels = list(STATUSES)

    def fit(c: float, x: Any, y: list[str], weight: Any = None) -> Any:
        clf = LogisticRegression(C=c, max_iter=5000, tol=1e-8)
        clf.fit(x, y, sample_weight=weight)
        return clf

    best_c, best_score = (1.0 if args.c is None else args.c), -1.0
    folds = GroupKFold(n_splits=5)
    for c in (0.1, 0.3, 1.0, 3.0, 10.0) if args.c is None else ():
        preds: list[str] = [""] * len(y_train)
        for tr, te in folds.split(x_train, y_train, groups):
            clf = fit(c, x_train[tr], [y_train[i] for i in tr])
            for i, p in zip(te, clf.predict(x_train[te]), strict=True):
                preds[i] = str(p)
        score = _prf(preds, y_train, "target")[2] + _prf(preds, y_train, "result")[2]
        print(f"  C={c:<5} cross-validated F1(target)+F1(result) = {score:.4f}")
        if score > best_score + 1e-9:
            best_c, best_score = c, score
    # The seeds (and their DOCX/PDF/legacy-font variants) must keep scoring 1.000: they are
    # fitted with train, with a weight doubled until the model decides every seed candidate
    # as its gold does (target or not).
    x_seeds, y_seeds = matrix(seeds), [lab for _, _, lab, _ in seeds]
    seed_weight = args.seed_weight
    while True:
        weight = np.concatenate([np.ones(len(y_train)), np.full(len(y_seeds), seed_weight)])
        clf = fit(best_c, np.vstack([x_train, x_seeds]), y_train + y_seeds, weight)
        wrong = _seed_errors(clf, seeds, x_seeds)
        print(f"  seed weight {seed_weight:g}: {len(wrong)} seed candidate(s) decided wrongly")
        if not wrong:
            break
        if seed_weight >= 64:
            for doc, feats in wrong:
                print("    ", doc, " ".join(feats))
            print("the seeds cannot be kept at 1.000: no weights written")
            return 1
        seed_weight *= 2

    x_dev, y_dev = matrix(dev), [lab for _, _, lab, _ in dev]
    model_pred = _decide(clf, dev, x_dev)
    rule_pred = [rule for _, _, _, rule in dev]
    deciders = [("rules", rule_pred)]
    if args.out.is_file():  # the weights shipped before this run, on the same candidates
        old = LinearModel.load(args.out)
        deciders.append(("shipped", [
            fixed or combine(rule, old.labels, old.probabilities(feats))[0]
            for (_, feats, _, rule) in dev
            for fixed in [None if "sec:means" in feats else next(
                (st for cue, st in FIXED_CUES if "x:" + cue in feats), None)]]))
    # the rule baseline with a document-kind threshold, the threshold chosen on train
    steps = sorted({float(f.split(">", 1)[1]) for _, feats, _, _ in train for f in feats
                    if f.startswith(KIND_PREFIX + "doc>")})
    if steps:
        step = max(steps, key=lambda t: _prf([kind_rule(feats, rule, t)
                                              for _, feats, _, rule in train],
                                             y_train, "target")[2])
        print(f"  document-kind rule: threshold {step} (chosen on train)")
        deciders.append((f"kind>{step}", [kind_rule(feats, rule, step)
                                          for _, feats, _, rule in dev]))
    deciders.append(("model", model_pred))
    counts = Counter(y_train)
    print(f"train: {len(train)} candidates {dict(sorted(counts.items()))}, "
          f"{len(vocab)} features, C={best_c}")
    print(f"dev:   {len(dev)} candidates {dict(sorted(Counter(y_dev).items()))}")
    metrics: dict[str, Any] = {}
    print(f"{'decider':<9} {'class':<7} {'P':>6} {'R':>6} {'F1':>6}")
    for name, pred in deciders:
        for cls in ("target", "result"):
            p, r, f = _prf(pred, y_dev, cls)
            if name in ("rules", "model"):  # the file records its own run only
                metrics[f"{name}.{cls}"] = {"precision": round(p, 4), "recall": round(r, 4),
                                            "f1": round(f, 4)}
            print(f"{name:<9} {cls:<7} {p:6.3f} {r:6.3f} {f:6.3f}")

    order = [list(clf.classes_).index(lab) for lab in labels]
    coef = clf.coef_[order]
    bias = clf.intercept_[order]
    weights = {f: [round(float(coef[k, j]), 6) for k in range(len(labels))]
               for f, j in col.items()
               if any(abs(coef[k, j]) >= 1e-6 for k in range(len(labels)))}
    data = {
        "model": "indicator status (target / result / none)",
        "kind": "multinomial logistic regression over binary features",
        "trained_on": "corpus/real train split"
                      + (f" without {args.exclude}" if excluded else ""),
        # every document of the split (the model card's count) and those that gave at
        # least one candidate (review R18b, finding 9: the file and the card agree)
        "train_documents": len(split_docs),
        "train_documents_with_candidates": len({doc for doc, _, _, _ in train}),
        "train_candidates": len(train),
        "label_counts": dict(sorted(counts.items())),
        "min_docs": args.min_docs,
        "C": best_c,
        "seed_candidates": len(seeds),
        "seed_weight": seed_weight,
        **({"context_cues": True, "min_docs_context": args.min_docs_context}
           if args.context_cues else {}),
        **({"kind_cues": True} if args.kind_cues else {}),
        **({"lead_cues": True} if args.lead_cues else {}),
        **({"window_cues": True, "window_docs": args.window_docs,
            "window_sources": args.window_sources} if args.window_cues else {}),
        "dev_metrics": metrics,
        "labels": labels,
        "bias": [round(float(b), 6) for b in bias],
        "weights": dict(sorted(weights.items())),
    }
    if not args.no_write:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(parameters_file_text(data), encoding="utf-8")
        print(f"wrote {args.out} ({len(weights)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
