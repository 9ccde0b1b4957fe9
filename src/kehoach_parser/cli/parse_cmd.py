"""``kehoach parse PATH... [--format json|jsonl]`` — parse files and print records."""

from __future__ import annotations

import argparse
import json
import sys

from kehoach_parser.errors import KehoachError
from kehoach_parser.high_level import parse_file


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("parse", help="parse documents and print them as JSON")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--format", choices=("json", "jsonl"), default="json",
                   help="json: one pretty document (a list for several); jsonl: one per line")
    p.add_argument("--gold-view", action="store_true",
                   help="print only the fields of the gold annotation format")
    p.add_argument("--no-text", action="store_true",
                   help="leave the normalised text out of the output")
    p.add_argument("--pdf-engine", choices=("layout", "fast"), default=None,
                   help="PDF text engine: layout (default, pdfminer) or fast (pypdfium2)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    records: list[dict[str, object]] = []
    failures = 0
    for path in args.paths:
        try:
            doc = parse_file(path, pdf_engine=args.pdf_engine)
        except (KehoachError, OSError) as exc:
            failures += 1
            print(f"kehoach parse: {exc}", file=sys.stderr)
            records.append({"source": path, "error": str(exc)})
            continue
        data = doc.gold_view() if args.gold_view else doc.model_dump(mode="json")
        if args.no_text:
            data.pop("text", None)
        records.append(data)
    if args.format == "jsonl":
        for r in records:
            print(json.dumps(r, ensure_ascii=False))
    else:
        out = records[0] if len(records) == 1 else records
        print(json.dumps(out, ensure_ascii=False, indent=2))
    return 1 if failures else 0
