"""Are the parses of this tree those of a baseline commit?  (Issue 15: every speed-up keeps
every parse identical.)

Parses, in a fresh process for each tree, the seeds, the real corpus's train and dev texts
(never the test split), the files of ``corpus/variants`` (DOCX, PDF with both engines,
TCVN3, VNI) and 30,000 characters of every input class of ``input_classes.py``, and
compares the JSON of each document (``model_dump_json``) and the original offsets of its
indicators' spans.  Prints the documents that differ and the first field where they do.

    .venv/bin/python benchmarks/compare_parses.py [--baseline HEAD]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_versus import BENCH, ROOT, extract

_DUMP = """
import hashlib, json, sys
from pathlib import Path
from input_classes import INPUT_CLASSES, _real_texts
from profile_stages import corpus_texts
import kehoach_parser
from kehoach_parser.options import ParseOptions

def record(doc):
    data = json.loads(doc.model_dump_json())
    if data.get("provenance"):
        data["provenance"].pop("elapsed_seconds", None)
        data["provenance"].pop("library_version", None)
        data["provenance"].pop("parsed_at", None)
    spans = [doc.to_original(i.span) if i.span is not None else None
             for i in doc.indicators] if hasattr(doc, "to_original") else []
    return {"doc": data, "original_spans": [list(s) if s else None for s in spans]}

out = {}
for i, text in enumerate(corpus_texts()):
    out[f"text/{i}"] = record(kehoach_parser.parse(text))
for name, make in INPUT_CLASSES.items():
    out[f"class/{name}"] = record(kehoach_parser.parse(make(30_000)))
for path in sorted(Path("corpus/variants").glob("*/*")):
    if path.suffix == ".json":
        continue
    engines = ("layout", "fast") if path.suffix == ".pdf" else (None,)
    for engine in engines:
        opts = ParseOptions(pdf_engine=engine) if engine else ParseOptions()
        out[f"file/{path.name}/{engine}"] = record(kehoach_parser.parse_file(path, options=opts))
json.dump(out, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
"""


def dump(src: Path, into: Path) -> dict[str, object]:
    """Every parse of one tree (``src`` first on the path), by document."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(BENCH), str(src)) if p)
    subprocess.run([sys.executable, "-c", _DUMP, str(into)], env=env, check=True, cwd=ROOT)
    data: dict[str, object] = json.loads(into.read_text(encoding="utf-8"))
    return data


def first_difference(a: object, b: object, path: str = "") -> str:
    """Where two JSON values first differ, as a path."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                return first_difference(a.get(key), b.get(key), f"{path}.{key}")
    if isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            if x != y:
                return first_difference(x, y, f"{path}[{i}]")
        if len(a) != len(b):
            return f"{path} (length {len(a)} vs {len(b)})"
    old, new = (json.dumps(v, ensure_ascii=False)[:80] for v in (a, b))
    return f"{path}: {old} vs {new}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default="HEAD")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = dump(extract(args.baseline, Path(tmp) / "tree"), Path(tmp) / "base.json")
        cur = dump(ROOT / "src", Path(tmp) / "cur.json")
    differ = [k for k in base if base[k] != cur.get(k)]
    for key in differ:
        print(f"{key}: {first_difference(base[key], cur.get(key))}")
    print(f"{len(differ)} of {len(base)} documents differ from {args.baseline}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
