#!/usr/bin/env python3
"""Group the parser's misses on a labeled corpus by cause, largest first.

Usage::

    .venv/bin/python scripts/error_analysis.py corpus/real --split train --split dev

Each mismatch of the evaluation is put in one bucket named "area: cause".  The causes are read
off the gold and the document text by simple, documented tests (a heading printed over two
lines, a header flattened with "|" rules, a value-first clause …), so the buckets say *why*
in terms of layout and language, not which document.  Never run it on the test split.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from kehoach_parser.evaluation.corpus import discover
from kehoach_parser.evaluation.matching import norm_text
from kehoach_parser.evaluation.scoring import Mismatch, score_document
from kehoach_parser.high_level import parse_file

_ROMAN = re.compile(r"^[IVXLC]+$")
_RESULT_CUES = re.compile(r"(?i)\b(đã|ước|đạt \d|so với cùng kỳ|tăng \S+ so|kế hoạch năm|"
                          r"thực hiện được|dân số)\b")


def _label_style(label: str) -> str:
    if _ROMAN.match(label):
        return "Roman"
    if re.match(r"(?i)^(phần|chương|mục|điều)\b", label):
        return "word+number"
    if re.match(r"^[A-Z]$", label):
        return "capital letter"
    if re.match(r"^\d+$", label):
        return "1."
    if re.match(r"^\d+(\.\d+)+$", label):
        return "1.1."
    if re.match(r"^[a-zđ]$", label):
        return "a)"
    return "other"


def _wrapped(title: str | None, text: str) -> bool:
    """The heading's title does not stand on one line of the document."""
    if not title:
        return False
    t = norm_text(title) or ""
    return all(t.casefold() not in (norm_text(line) or "").casefold()
               for line in text.splitlines())


def _header_layout(text: str) -> str:
    head = text[:1500]
    if "|" in head or re.search(r"^-{5,}\s*$", head, re.M):
        return "flattened header"
    first = head.splitlines()[0] if head else ""
    if len(first) > 300:
        return "header on one line"
    return "header in lines"


def cause(m: Mismatch, text: str, gold: dict[str, Any]) -> str:
    if m.area == "metadata":
        if m.gold in (None, [], ""):
            return f"metadata: {m.detail} filled where the document prints none"
        if m.pred in (None, [], ""):
            return f"metadata: {m.detail} not found ({_header_layout(text)})"
        return f"metadata: {m.detail} wrong value ({_header_layout(text)})"
    if m.area == "sections":
        rec = m.gold if m.kind == "missed" else (m.pred if m.kind == "spurious" else m.gold)
        label = str((rec or {}).get("label", ""))
        if m.kind == "missed":
            if _wrapped((rec or {}).get("title"), text):
                return "sections: missed, title printed over several lines"
            return f"sections: missed, {_label_style(label)} heading"
        if m.kind == "spurious":
            return f"sections: spurious, {_label_style(label)} line taken as a heading"
        return f"sections: wrong {m.detail}"
    if m.area == "indicators":
        if m.kind == "missed":
            rec = m.gold or {}
            if "|" in str(rec.get("text", "")):
                return "indicators: missed, table row"
            if rec.get("value") is None:
                return "indicators: missed, qualitative enumerated target"
            return "indicators: missed, target clause"
        if m.kind == "spurious":
            rec = m.pred or {}
            for r in gold.get("results") or []:
                if r.get("value") == rec.get("value") and r.get("unit") == rec.get("unit"):
                    return "indicators: spurious, a report figure (result) taken as a target"
            if _RESULT_CUES.search(str(rec.get("text", ""))):
                return "indicators: spurious, clause with result cues (đã/ước/so với)"
            return "indicators: spurious, other number"
        return f"indicators: wrong {m.detail}"
    return f"{m.area}: {m.kind}" + (f" {m.detail}" if m.detail else "")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--split", action="append", choices=("train", "dev"), required=True)
    ap.add_argument("--examples", type=int, default=0, help="document names per bucket")
    args = ap.parse_args()
    buckets: Counter[str] = Counter()
    where: dict[str, list[str]] = defaultdict(list)
    n_docs = 0
    for split in args.split:
        for item in discover(args.corpus, split):
            n_docs += 1
            gold = json.loads(item.gold.read_text(encoding="utf-8"))
            text = Path(item.document).read_text(encoding="utf-8")
            pred = parse_file(item.document).gold_view()
            for m in score_document(item.name, gold, pred).mismatches:
                c = cause(m, text, gold)
                buckets[c] += 1
                if item.name not in where[c]:
                    where[c].append(item.name)
    print(f"error_analysis {args.corpus} {'+'.join(args.split)}: {n_docs} documents, "
          f"{sum(buckets.values())} mismatches")
    for c, n in buckets.most_common():
        docs = where[c]
        extra = f"  e.g. {', '.join(docs[:args.examples])}" if args.examples else ""
        print(f"{n:>5}  {c}  ({len(docs)} docs){extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
