#!/usr/bin/env python3
"""Print the train documents of one half of the real corpus: ``read`` or ``check``.

The halves split train by SOURCE (a url's host, or owner/repo for github.com), so a rule written
from errors read on one half is checked on documents from other sources.  The method is in
``docs/evaluation.md`` ("Read and check halves").

    python3 scripts/train_halves.py read     # comma-separated ids, for kehoach eval --only
    python3 scripts/train_halves.py check
    python3 scripts/train_halves.py read --exclude 'AS*,AT*,AU*'   # without a fresh set

The ids are printed on ONE line, so ``grep -v`` filters nothing: leave documents out with
``--exclude`` (comma-separated ``fnmatch`` patterns, as ``kehoach eval --only`` takes).
"""

from __future__ import annotations

import argparse
import csv
import fnmatch
import hashlib
from pathlib import Path
from urllib.parse import urlparse


def source_of(url: str) -> str:
    """The source a document counts for: the host, or owner/repo on github.com."""
    parsed = urlparse(url)
    if parsed.netloc == "github.com":
        return "/".join(parsed.path.strip("/").split("/")[:2])
    return parsed.netloc


def half_of(source: str) -> str:
    """'read' or 'check': the first byte of the source's MD5, even or odd."""
    return "read" if hashlib.md5(source.encode()).digest()[0] % 2 == 0 else "check"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("half", choices=("read", "check"))
    ap.add_argument("--sources", type=Path, default=Path("corpus/real/sources.tsv"))
    ap.add_argument("--exclude", default="",
                    help="comma-separated id patterns to leave out (e.g. a fresh set: 'AS*,AT*')")
    args = ap.parse_args()
    excluded = [p.strip() for p in args.exclude.split(",") if p.strip()]
    with args.sources.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    ids = [r["id"] for r in rows
           if r["split"] == "train" and half_of(source_of(r["url"])) == args.half
           and not any(fnmatch.fnmatchcase(r["id"], p) for p in excluded)]
    print(",".join(ids))


if __name__ == "__main__":
    main()
