#!/usr/bin/env python3
"""Train the heading model (numbered line: heading or item) on the real corpus's train split.

Usage::

    .venv/bin/python scripts/train_heading_model.py             # train, compare on dev
    .venv/bin/python scripts/train_heading_model.py --write     # also write the weights

Every numbered line of a train document is a candidate; it is a *heading* when the gold
``sections`` list a section with its label whose title opens the line's text, else an
*item*.  Features are those of ``extract/heading_model.py`` (they include the rules' own
decision).  scikit-learn's LogisticRegression (liblinear, fixed seed) is fitted and its
weights (with ``--write``) go to ``models/heading_model.json`` as plain JSON with a digest; the
same input gives the same bytes.  The rules won on dev, so the parser does not load this file
(``docs/models.md``).  The dev split is used only to compare the rules, the model and the
rules-plus-model combination, per decision and as sections F1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kehoach_parser.context import ParseContext  # noqa: E402
from kehoach_parser.evaluation.corpus import discover  # noqa: E402
from kehoach_parser.evaluation.matching import norm_text  # noqa: E402
from kehoach_parser.extract.footer import parse_footer  # noqa: E402
from kehoach_parser.extract.header import parse_header  # noqa: E402
from kehoach_parser.extract.outline import Candidate, outline_candidates  # noqa: E402
from kehoach_parser.high_level import parse_file  # noqa: E402
from kehoach_parser.loaders import load_path  # noqa: E402
from kehoach_parser.models.linear import LinearModel  # noqa: E402
from kehoach_parser.text.lines import split_lines  # noqa: E402
from kehoach_parser.text.normalize import normalize  # noqa: E402

CORPUS = ROOT / "corpus" / "real"
OUT = ROOT / "models" / "heading_model.json"
LABELS = ["heading", "item"]
C = 1.0
#: The combination lets the model overrule the rules only when at least this sure.
COMBINATION_THRESHOLDS = (0.7, 0.8, 0.9, 0.95)


def _key(text: str | None) -> str:
    return (norm_text(text) or "").casefold().strip(" .:;*")


def candidates(path: Path) -> list[Candidate]:
    loaded = load_path(path)
    aligned = normalize(loaded.text)
    ctx = ParseContext(aligned=aligned, lines=split_lines(aligned.text))
    ctx.body = (0, len(aligned.text))
    parse_footer(ctx)
    parse_header(ctx)
    return outline_candidates(ctx)


def gold_labels(cands: list[Candidate], gold: dict[str, object]) -> list[str]:
    """'heading' for a candidate whose label and opening words match a gold section."""
    sections = list(gold.get("sections") or [])  # type: ignore[call-overload]
    used = [False] * len(sections)
    out: list[str] = []
    for c in cands:
        rest = _key(c.line.text[c.label.rest:])
        found = "item"
        for j, s in enumerate(sections):
            if used[j] or str(s.get("label")) != c.label.text:
                continue
            title = _key(s.get("title"))
            if not title or rest.startswith(title[: max(12, len(title) // 2)]):
                used[j] = True
                found = "heading"
                break
        out.append(found)
    return out


def dataset(split: str) -> list[tuple[str, tuple[str, ...], str, bool]]:
    rows: list[tuple[str, tuple[str, ...], str, bool]] = []
    for item in discover(CORPUS, split):
        gold = json.loads(item.gold.read_text(encoding="utf-8"))
        cands = candidates(item.document)
        for c, y in zip(cands, gold_labels(cands, gold), strict=True):
            if c.label.style in ("paren", "bullet", "part", "chapter", "muc"):
                continue
            rows.append((item.name, c.features, y, c.rule_title is not None))
    return rows


def train(rows: list[tuple[str, tuple[str, ...], str, bool]]) -> LinearModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sparse=False, sort=True)
    x = vec.fit_transform([{f: 1 for f in feats} for _n, feats, _y, _r in rows])
    y = [1 if lab == "heading" else 0 for _n, _f, lab, _r in rows]
    clf = LogisticRegression(C=C, solver="liblinear", random_state=0, max_iter=1000)
    clf.fit(x, y)
    coef = clf.coef_[0]
    weights = {name: [round(float(coef[i]) / 2, 6), round(-float(coef[i]) / 2, 6)]
               for name, i in sorted(vec.vocabulary_.items()) if abs(coef[i]) > 1e-9}
    b = float(clf.intercept_[0])
    meta = {"model": "heading decision for numbered lines (heading / item)",
            "kind": "logistic regression over binary features (two-label softmax form)",
            "trained_on": "corpus/real train split", "C": C, "examples": len(rows),
            "feature_code": "src/kehoach_parser/extract/heading_model.py"}
    return LinearModel(tuple(LABELS), (round(b / 2, 6), round(-b / 2, 6)),
                       {k: tuple(v) for k, v in weights.items()}, meta)


def compare(model: LinearModel, rows: list[tuple[str, tuple[str, ...], str, bool]]
            ) -> dict[str, dict[str, float]]:
    def prf(pred: list[bool]) -> dict[str, float]:
        gold = [lab == "heading" for _n, _f, lab, _r in rows]
        tp = sum(p and g for p, g in zip(pred, gold, strict=True))
        fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
        fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        acc = sum(p_ == g for p_, g in zip(pred, gold, strict=True)) / max(len(gold), 1)
        return {"precision": round(p, 4), "recall": round(r, 4),
                "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4), "accuracy": round(acc, 4)}

    rules = [r for _n, _f, _y, r in rows]
    learned = [model.predict(f)[0] == "heading" for _n, f, _y, _r in rows]
    out = {"rules": prf(rules), "model": prf(learned)}
    for threshold in COMBINATION_THRESHOLDS:
        combined = []
        for _n, f, _y, r in rows:
            label, prob = model.predict(f)
            combined.append((label == "heading") if prob >= threshold else r)
        out[f"rules+model@{threshold}"] = prf(combined)
    return out


def sections_f1(split: str) -> float:
    from kehoach_parser.evaluation.scoring import score_document

    matched = gold_n = pred_n = 0
    for item in discover(CORPUS, split):
        gold = json.loads(item.gold.read_text(encoding="utf-8"))
        s = score_document(item.name, gold, parse_file(item.document).gold_view())
        c = s.areas["sections"]
        matched, gold_n, pred_n = matched + c.matched, gold_n + c.gold, pred_n + c.pred
    p, r = matched / max(pred_n, 1), matched / max(gold_n, 1)
    return round(2 * p * r / (p + r) if p + r else 0.0, 4)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="write models/heading_model.json")
    args = ap.parse_args()
    train_rows = dataset("train")
    model = train(train_rows)
    dev = compare(model, dataset("dev"))
    model.meta["dev_decisions"] = dev
    print(f"train: {len(train_rows)} numbered lines, "
          f"{sum(1 for r in train_rows if r[2] == 'heading')} headings")
    for name, m in dev.items():
        print(f"dev {name:18} heading P {m['precision']:.3f} R {m['recall']:.3f} "
              f"F1 {m['f1']:.3f} accuracy {m['accuracy']:.3f}")
    if args.write:
        OUT.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=1,
                                  sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
