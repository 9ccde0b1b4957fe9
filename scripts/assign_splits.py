#!/usr/bin/env python3
"""Add newly annotated documents to ``sources.tsv`` and give them a split, freezing old ones.

Usage::

    python3 scripts/assign_splits.py corpus/real

Annotators append rows ``id, url, kind, level, traits, notes`` (no split) to
``corpus/real/_sources/<PREFIX>.tsv``.  This script moves every such row whose gold file exists
into ``corpus/real/sources.tsv`` (columns id, url, kind, level, traits, split, notes).

A document keeps the split it was given: the test split is frozen, so a new document never
changes an old assignment.  New documents are split by stratum (kind × site), in a fixed order
(a hash of the id), so that each stratum's documents spread over train/dev/test in the ratio
60/15/25 — balanced by kind and site, and the same result on every run.  Passages cut from one
file (the same url but for its ``#L…`` fragment) share one split, the first one's: a passage
in train must not teach the parser the words of its sibling in test.  Where frozen passages of
one file already straddle splits (12 files, frozen before this rule), a new one goes to test
if a sibling is there, else to the commonest split, and the file is named on stderr.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urldefrag, urlparse

COLUMNS = ("id", "url", "kind", "level", "traits", "split", "notes")
#: The repeating pattern of splits within a stratum: 12 train, 3 dev, 5 test in every 20.
PATTERN = ("train", "test", "train", "dev", "train", "train", "test", "train", "train", "test",
           "train", "dev", "train", "train", "test", "train", "train", "dev", "train", "test")


def read_tsv(path: Path, columns: tuple[str, ...], header: bool) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        if header:
            return [dict(r) for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
        out = []
        for line in fh:
            if not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            cells += [""] * (len(columns) - len(cells))
            out.append(dict(zip(columns, [*cells[: len(columns) - 1], "\t".join(
                cells[len(columns) - 1:])], strict=True)))
        return out


def stratum(row: dict[str, str]) -> str:
    site = urlparse(row.get("url", "")).netloc.removeprefix("www.")
    if site.endswith(".gov.vn"):
        site = "gov.vn"  # portals: one stratum, else each commune portal is its own
    return f"{row.get('kind', '')}|{site}"


def file_of(row: dict[str, str]) -> str:
    """The file a document was cut from: its url without the fragment (``#L61-L76``)."""
    return urldefrag(row.get("url", "").strip()).url


def sibling_splits(rows: list[dict[str, str]]) -> dict[str, str]:
    """The split a new passage of each file takes.  The frozen rows of some files already
    straddle splits (the rule came late): a new sibling then goes to test if any sibling is
    there (a passage in train must not teach its test sibling), else to the commonest split."""
    by_file: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        if r.get("url"):
            by_file[file_of(r)].append(r["split"])
    out = {}
    for f, splits in by_file.items():
        if len(set(splits)) > 1:
            print(f"assign_splits: frozen passages of one file in {sorted(set(splits))}: {f}",
                  file=sys.stderr)
        out[f] = "test" if "test" in splits else max(sorted(set(splits)), key=splits.count)
    return out


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "corpus/real")
    target = folder / "sources.tsv"
    rows = read_tsv(target, COLUMNS, header=True)
    known = {r["id"] for r in rows}
    incoming: list[dict[str, str]] = []
    for part in sorted((folder / "_sources").glob("*.tsv")):
        for r in read_tsv(part, ("id", "url", "kind", "level", "traits", "notes"), header=False):
            doc_id = r["id"].strip()
            if doc_id in known or not (folder / f"{doc_id}.gold.json").is_file():
                continue
            if not (folder / f"{doc_id}.txt").is_file():
                continue
            known.add(doc_id)
            incoming.append({**r, "id": doc_id, "split": ""})
    # continue each stratum's pattern where the frozen rows left it
    used: dict[str, int] = defaultdict(int)
    for r in rows:
        used[stratum(r)] += 1
    file_split = sibling_splits(rows)
    for r in sorted(incoming, key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest()):
        if r.get("url") and file_of(r) in file_split:
            r["split"] = file_split[file_of(r)]
            continue
        s = stratum(r)
        # a stratum starts at its own place in the pattern, so small strata spread too
        offset = int(hashlib.sha256(s.encode()).hexdigest(), 16) % len(PATTERN)
        r["split"] = PATTERN[(offset + used[s]) % len(PATTERN)]
        used[s] += 1
        if r.get("url"):
            file_split[file_of(r)] = r["split"]
    rows.extend(sorted(incoming, key=lambda r: r["id"]))
    with target.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            fh.write("\t".join(r.get(c, "").replace("\t", " ").replace("\n", " ")
                               for c in COLUMNS) + "\n")
    print(f"assign_splits: {len(incoming)} new, {len(rows)} in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
