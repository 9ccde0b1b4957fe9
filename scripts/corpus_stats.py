#!/usr/bin/env python3
"""Counts of a labeled real corpus against the mix it must cover (issue: real documents).

Usage::

    python3 scripts/corpus_stats.py [corpus/real]

Reads ``sources.tsv`` (id, url, kind, level, traits, split, notes) and every
``NAME.txt`` / ``NAME.gold.json``.  Where a count can be read off the data it is (length,
quantified targets, signature block with "Nơi nhận", duplicates); the rest comes from the
annotators' ``traits``.  Standard library only.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

#: (row label, minimum) in the order the issue lists them.
REQUIRED: tuple[tuple[str, int], ...] = (
    ("documents", 200),
    ("commune/ward/township level", 80),
    ("district, province or sector level", 50),
    ("kinds other than Kế hoạch", 60),
    ("hard-wrapped", 40),
    ("flattened headers", 30),
    ("tables of targets", 20),
    ("signature block and Nơi nhận", 20),
    ("font-conversion damage", 10),
    ("full-length (> 8,000 characters)", 15),
    ("quantified targets", 120),
    ("split train", 120),
    ("split dev", 30),
    ("split test", 50),
)

FULL_LENGTH = 8000
_WORD_RE = re.compile(r"\w+")


def shingles(text: str, k: int = 8) -> set[int]:
    words = _WORD_RE.findall(unicodedata.normalize("NFC", text).casefold())
    return {hash(" ".join(words[i:i + k])) for i in range(max(len(words) - k + 1, 1))}


def load(folder: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    with (folder / "sources.tsv").open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            doc_id = rec["id"]
            txt = folder / f"{doc_id}.txt"
            gold_path = folder / f"{doc_id}.gold.json"
            text = txt.read_text(encoding="utf-8") if txt.is_file() else ""
            gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.is_file() else {}
            rows.append({**rec, "text": text, "gold": gold,
                         "traits_set": {t.strip() for t in rec.get("traits", "").split(",")}})
    return rows


def count(rows: list[dict[str, object]]) -> dict[str, int]:
    c: Counter[str] = Counter()
    for r in rows:
        gold = r["gold"]
        assert isinstance(gold, dict)
        traits = r["traits_set"]
        assert isinstance(traits, set)
        text = str(r["text"])
        c["documents"] += 1
        level = str(r.get("level", ""))
        if level == "commune":
            c["commune/ward/township level"] += 1
        if level in ("district", "province", "sector"):
            c["district, province or sector level"] += 1
        if str(r.get("kind", "")) != "Kế hoạch":
            c["kinds other than Kế hoạch"] += 1
        if "hard_wrapped" in traits:
            c["hard-wrapped"] += 1
        if "flattened_header" in traits or "one_line" in traits:
            c["flattened headers"] += 1
        if "table" in traits:
            c["tables of targets"] += 1
        if gold.get("signers") and ("Nơi nhận" in text or "NƠI NHẬN" in text):
            c["signature block and Nơi nhận"] += 1
        if "font_damage" in traits:
            c["font-conversion damage"] += 1
        if len(text) > FULL_LENGTH:
            c["full-length (> 8,000 characters)"] += 1
        if any(i.get("value") is not None for i in gold.get("indicators") or []):
            c["quantified targets"] += 1
        split = str(r.get("split", ""))
        if split:
            c[f"split {split}"] += 1
    return c


def duplicates(rows: list[dict[str, object]], threshold: float = 0.8) -> list[str]:
    """Pairs with the same text, or sharing most of their 8-word shingles (same document)."""
    found: list[str] = []
    digests: dict[str, str] = {}
    sh = [(str(r["id"]), shingles(str(r["text"]))) for r in rows]
    for r in rows:
        d = hashlib.sha256(unicodedata.normalize("NFC", str(r["text"])).encode()).hexdigest()
        if d in digests:
            found.append(f"{digests[d]} = {r['id']} (same text)")
        digests.setdefault(d, str(r["id"]))
    for i in range(len(sh)):
        for j in range(i + 1, len(sh)):
            a, b = sh[i][1], sh[j][1]
            small = min(len(a), len(b))
            if small and len(a & b) / small >= threshold:
                found.append(f"{sh[i][0]} ~ {sh[j][0]} (shares {len(a & b) / small:.0%})")
    return found


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "corpus/real")
    rows = load(folder)
    c = count(rows)
    print(f"corpus_stats {folder}: {len(rows)} documents")
    print(f"  {'what':<38} {'count':>6} {'needed':>7}")
    short = 0
    for label, need in REQUIRED:
        ok = c[label] >= need
        short += not ok
        print(f"  {label:<38} {c[label]:>6} {need:>7}  {'ok' if ok else 'SHORT'}")
    print("\nby kind:  " + ", ".join(f"{k} {n}" for k, n in
                                   Counter(str(r.get('kind')) for r in rows).most_common()))
    print("by level: " + ", ".join(f"{k} {n}" for k, n in
                                   Counter(str(r.get('level')) for r in rows).most_common()))
    sites = Counter(urlparse(str(r.get("url"))).netloc or "?" for r in rows)
    print(f"sites: {len(sites)} ({', '.join(f'{k} {n}' for k, n in sites.most_common(8))} …)")
    n_ind = sum(len(r["gold"].get("indicators") or []) for r in rows)  # type: ignore[union-attr]
    n_res = sum(len(r["gold"].get("results") or []) for r in rows)  # type: ignore[union-attr]
    print(f"gold records: {n_ind} indicators, {n_res} results, "
          f"{sum(len(r['gold'].get('sections') or []) for r in rows)} sections, "  # type: ignore[union-attr]
          f"{sum(len(r['gold'].get('dates') or []) for r in rows)} dates, "  # type: ignore[union-attr]
          f"{sum(len(r['gold'].get('references') or []) for r in rows)} references")  # type: ignore[union-attr]
    dups = duplicates(rows)
    print(f"duplicates: {len(dups)}" + ("" if not dups else "\n  " + "\n  ".join(dups)))
    return 1 if dups else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
