#!/usr/bin/env python3
"""Train the line-role model on the real corpus's train split; compare it with the rules on dev.

Usage::

    .venv/bin/python scripts/train_line_model.py            # train, print the dev table
    .venv/bin/python scripts/train_line_model.py --write    # also write models/line_roles.json

Every line of a train document that has a letter or a digit gets its gold role
(``evaluation/gold_line_roles.py``: header, motto, title, heading, indicator, table_row,
recipients, signature, body); its features are those of ``extract/line_features.py`` (read
from the text alone, not from the rules).  A multinomial logistic regression
(scikit-learn, lbfgs) is fitted with the L2 strength ``C`` chosen by grouped
cross-validation over the train documents (macro F1 over the roles).  On dev, per role,
the script compares the rules (the roles read off the parser's own output,
``evaluation/line_roles.py``), the model alone, the model given the rules' role as one more
feature, and the rules overruled by the model where it is at least a threshold sure.
Deterministic: the same corpus gives the same table and, with ``--write``, the same bytes.
The test split is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kehoach_parser.evaluation.corpus import discover  # noqa: E402
from kehoach_parser.evaluation.gold_line_roles import gold_marks  # noqa: E402
from kehoach_parser.evaluation.line_roles import (  # noqa: E402
    ROLES,
    assign_roles,
    heading_line_levels,
    rule_marks,
)
from kehoach_parser.evaluation.role_scores import RoleScore, role_scores  # noqa: E402
from kehoach_parser.extract.line_features import line_features  # noqa: E402
from kehoach_parser.high_level import parse_file  # noqa: E402
from kehoach_parser.models.linear import LinearModel  # noqa: E402

CORPUS = ROOT / "corpus" / "real"
OUT = ROOT / "models" / "line_roles.json"
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
FOLDS = 5
#: A feature is kept when at least this many train documents show it.
MIN_DOCUMENTS = 3
#: The combination lets the model overrule the rules only when at least this sure.
THRESHOLDS = (0.7, 0.9, 0.97)


@dataclass(frozen=True)
class Row:
    document: str
    features: tuple[str, ...]
    gold: str
    rule: str | None
    gold_level: int | None = None  # a heading's level in the gold
    rule_level: int | None = None  # the level the rules give a heading line


#: Seconds spent per stage while building the datasets: "parse" (the whole parse), "features"
#: (line features), with the number of "documents".
TIMES: Counter[str] = Counter()


#: Gold strings found in the text and looked for, by split and kind: [found, sought].
COVERAGE: dict[tuple[str, str], list[int]] = {}


def coverage_line(split: str) -> str:
    kinds = sorted({k for s, k in COVERAGE if s == split})
    return f"gold strings found ({split}): " + ", ".join(
        f"{k} {COVERAGE[split, k][0]}/{COVERAGE[split, k][1]}" for k in kinds)


def dataset(corpus: Path, split: str) -> list[Row]:
    """Every line with a gold role of the documents of ``split``."""
    rows: list[Row] = []
    for item in discover(corpus, split):
        gold = json.loads(item.gold.read_text(encoding="utf-8"))
        t0 = time.perf_counter()
        doc = parse_file(item.document)
        t1 = time.perf_counter()
        feats = line_features(doc.text.split("\n"))
        TIMES["parse"] += t1 - t0
        TIMES["features"] += time.perf_counter() - t1
        TIMES["documents"] += 1
        gm, rm = gold_marks(doc.text, gold), rule_marks(doc)
        for kind, (found, sought) in gm.coverage.items():
            counts = COVERAGE.setdefault((split, kind), [0, 0])
            counts[0] += found
            counts[1] += sought
        gold_levels = heading_line_levels(doc.text, gm)
        rule_levels = heading_line_levels(doc.text, rm)
        for i, (f, g, r) in enumerate(zip(feats, assign_roles(doc.text, gm),
                                          assign_roles(doc.text, rm), strict=True)):
            if g is not None:
                rows.append(Row(item.name, f, g, r, gold_levels.get(i) if g == "heading"
                                else None, rule_levels.get(i) if r == "heading" else None))
    return rows


def kept_features(rows: list[Row]) -> set[str]:
    seen: dict[str, set[str]] = {}
    for row in rows:
        for f in row.features:
            seen.setdefault(f, set()).add(row.document)
    return {f for f, docs in seen.items() if len(docs) >= MIN_DOCUMENTS}


def _fit(rows: list[Row], features: set[str], c: float):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sparse=True, sort=True)
    x = vec.fit_transform([{f: 1 for f in r.features if f in features} for r in rows])
    clf = LogisticRegression(C=c, solver="lbfgs", max_iter=3000)
    clf.fit(x, [r.gold for r in rows])
    return vec, clf


def macro_f1(scores: dict[str, RoleScore]) -> float:
    present = [s for s in scores.values() if s.gold]
    return sum(s.f1 for s in present) / max(len(present), 1)


def choose_c(rows: list[Row], features: set[str]) -> tuple[float, dict[float, float]]:
    """``C`` with the best macro F1 over grouped folds of the train documents."""
    from sklearn.model_selection import GroupKFold

    groups = [r.document for r in rows]
    folds = min(FOLDS, len(set(groups)))
    if folds < 2:
        return 1.0, {}
    results: dict[float, float] = {}
    for c in C_GRID:
        pairs: list[tuple[str | None, str | None]] = []
        for train_idx, test_idx in GroupKFold(n_splits=folds).split(rows, groups=groups):
            part = [rows[i] for i in train_idx]
            if len({r.gold for r in part}) < 2:
                continue
            vec, clf = _fit(part, features, c)
            held = [rows[i] for i in test_idx]
            pred = clf.predict(vec.transform([{f: 1 for f in r.features} for r in held]))
            pairs.extend((r.gold, str(p)) for r, p in zip(held, pred, strict=True))
        results[c] = round(macro_f1(role_scores(pairs, ROLES)), 4)
    best = max(C_GRID, key=lambda c: (results.get(c, 0.0), -c))
    return best, results


def train(rows: list[Row]) -> LinearModel:
    features = kept_features(rows)
    c, cv = choose_c(rows, features)
    vec, clf = _fit(rows, features, c)
    labels = [str(x) for x in clf.classes_]
    coef = clf.coef_
    if len(labels) == 2:
        coef = [[-x / 2 for x in coef[0]], [x / 2 for x in coef[0]]]
        bias = [-float(clf.intercept_[0]) / 2, float(clf.intercept_[0]) / 2]
    else:
        bias = [float(b) for b in clf.intercept_]
    weights = {name: tuple(round(float(coef[k][i]), 6) for k in range(len(labels)))
               for name, i in sorted(vec.vocabulary_.items())}
    meta = {"model": "line roles (header, motto, title, heading, indicator, table_row, "
                     "recipients, signature, body)",
            "kind": "multinomial logistic regression over binary features",
            "trained_on": "corpus/real train split", "C": c, "cv_macro_f1": cv,
            "lines": len(rows), "documents": len({r.document for r in rows}),
            "feature_code": "src/kehoach_parser/extract/line_features.py"}
    return LinearModel(tuple(labels), tuple(round(b, 6) for b in bias),
                       {k: v for k, v in weights.items() if any(v)}, meta)


def with_rule(rows: list[Row]) -> list[Row]:
    """The rows with the rules' role as one more feature (a model that learns where to
    overrule them)."""
    return [Row(r.document, (*r.features, f"rule={r.rule}"), r.gold, r.rule, r.gold_level,
                r.rule_level) for r in rows]


def compare(model: LinearModel, stacked: LinearModel, rows: list[Row]
            ) -> dict[str, dict[str, RoleScore]]:
    """Per role, on ``rows``: the rules, the model, the model given the rules' role, and
    the rules overruled by the model above each threshold."""
    t0 = time.perf_counter()
    predicted = [model.predict(r.features) for r in rows]
    TIMES["model"] += time.perf_counter() - t0
    out = {"rules": role_scores(((r.gold, r.rule) for r in rows), ROLES),
           "model": role_scores(((r.gold, p) for r, (p, _) in zip(rows, predicted,
                                                                  strict=True)), ROLES),
           "model+rule feature": role_scores(
               ((r.gold, stacked.predict(r.features)[0]) for r in with_rule(rows)), ROLES)}
    for t in THRESHOLDS:
        out[f"rules+model@{t}"] = role_scores(
            ((r.gold, p if conf >= t else r.rule)
             for r, (p, conf) in zip(rows, predicted, strict=True)), ROLES)
    return out


def table(results: dict[str, dict[str, RoleScore]], rows: list[Row]) -> str:
    """A Markdown table: one row per role, F1 of each decider (P/R of rules and model)."""
    deciders = list(results)
    head = ["role", "dev lines", "rules P / R / F1", "model P / R / F1",
            *(f"F1 {d}" for d in deciders[2:])]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    counts = Counter(r.gold for r in rows)
    for role in ROLES:
        if not counts[role]:
            continue
        cells = [role, str(counts[role])]
        for d in deciders[:2]:
            s = results[d][role]
            cells.append(f"{s.precision:.3f} / {s.recall:.3f} / {s.f1:.3f}")
        cells.extend(f"{results[d][role].f1:.3f}" for d in deciders[2:])
        lines.append("| " + " | ".join(cells) + " |")
    macro = ["macro F1", str(len(rows)),
             *(f"{macro_f1(results[d]):.3f}" for d in deciders)]
    lines.append("| " + " | ".join(macro) + " |")
    return "\n".join(lines)


#: Heading levels reported apart: parts and Roman numerals, the numbers under them, deeper.
LEVEL_BANDS: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("0-1", (0, 1)), ("2", (2,)), ("3+", tuple(range(3, 10))))


def level_table(model: LinearModel, rows: list[Row]) -> str:
    """Gold heading lines by level: how many the rules and the model call headings, and
    how many the rules give the gold level."""
    lines = ["| gold heading level | dev lines | rules: heading | rules: heading at the gold "
             "level | model: heading |", "|---|---|---|---|---|"]
    for name, levels in LEVEL_BANDS:
        band = [r for r in rows if r.gold == "heading" and r.gold_level in levels]
        if not band:
            continue
        n = len(band)
        rules = sum(r.rule == "heading" for r in band)
        right = sum(r.rule == "heading" and r.rule_level == r.gold_level for r in band)
        learned = sum(model.predict(r.features)[0] == "heading" for r in band)
        lines.append(f"| {name} | {n} | {rules / n:.3f} | {right / n:.3f} | {learned / n:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="labelled folder with "
                    "sources.tsv (train and dev splits)")
    ap.add_argument("--write", action="store_true", help="write the model (see --out)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    train_rows = dataset(args.corpus, "train")
    if len({r.gold for r in train_rows}) < 2:
        print("train split: fewer than two roles, nothing to learn", file=sys.stderr)
        return 1
    model = train(train_rows)
    stacked = train(with_rule(train_rows))
    dev_rows = dataset(args.corpus, "dev")
    results = compare(model, stacked, dev_rows)
    rules_train = macro_f1(role_scores(((r.gold, r.rule) for r in train_rows), ROLES))
    print(f"train: {len(train_rows)} lines of {model.meta['documents']} documents; "
          f"rules macro F1 {rules_train:.3f}")
    for name, m in (("model", model), ("model+rule feature", stacked)):
        print(f"{name}: C = {m.meta['C']} (grouped CV macro F1 {m.meta['cv_macro_f1']}); "
              f"{len(m.weights)} features")
    print(f"dev: {len(dev_rows)} lines of {len({r.document for r in dev_rows})} documents")
    print(coverage_line("train"))
    print(coverage_line("dev") + "\n")
    print(table(results, dev_rows))
    print()
    print(level_table(model, dev_rows))
    n_dev = len({r.document for r in dev_rows})
    per_doc = {k: 1000 * TIMES[k] / max(TIMES["documents"], 1) for k in ("parse", "features")}
    print(f"\ntime per document (train + dev, {TIMES['documents']:.0f} documents): whole parse "
          f"{per_doc['parse']:.1f} ms, line features {per_doc['features']:.1f} ms; "
          f"model over the dev lines {1000 * TIMES['model'] / max(n_dev, 1):.2f} ms")
    if args.write:
        model.meta["dev_macro_f1"] = {d: round(macro_f1(s), 4) for d, s in results.items()}
        args.out.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=1,
                                       sort_keys=True) + "\n", encoding="utf-8")
        print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
