"""``kehoach schema`` — the JSON Schema of a parsed document."""

from __future__ import annotations

import argparse
import json

from kehoach_parser.document import document_json_schema


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("schema", help="print the JSON Schema of the Document model")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    print(json.dumps(document_json_schema(), ensure_ascii=False, indent=2))
    return 0
