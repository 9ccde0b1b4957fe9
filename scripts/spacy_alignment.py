"""Count the record spans the spaCy component could not place on tokens (goal: 0).

    .venv/bin/python scripts/spacy_alignment.py            # corpus/*.txt, corpus/real train+dev
    .venv/bin/python scripts/spacy_alignment.py --json

For each document: the text is decoded as ``parse_file`` would, run through a blank
Vietnamese pipeline (``use_pyvi`` off) with the ``kehoach`` component, and every record span
is counted as placed or unaligned.  A placed span whose words differ from the record's text
("expanded") was widened to whole tokens (whitespace tokens: "2025;" is one token) or read
from text the normaliser changed (font repair, rejoined hyphenation).  Never reads the test
split.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_files() -> list[tuple[str, Path]]:
    from kehoach_parser.evaluation.corpus import discover

    files = [("corpus", p) for p in sorted((ROOT / "corpus").glob("*.txt"))]
    for split in ("train", "dev"):
        files += [(f"real/{split}", d.document) for d in discover(ROOT / "corpus" / "real", split)]
    return files


def _words(text: str) -> str:
    return " ".join(text.split())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = ap.parse_args()

    from kehoach_parser.loaders import load_path
    from kehoach_parser.record_spans import record_spans
    from kehoach_parser.spacy_component import blank_vietnamese

    nlp = blank_vietnamese()
    nlp.add_pipe("kehoach")
    counts: dict[str, Counter[str]] = {}
    unaligned: list[dict[str, object]] = []
    for corpus, path in corpus_files():
        text = load_path(path).text
        doc = nlp(text)
        c = counts.setdefault(corpus, Counter())
        c["documents"] += 1
        document = doc._.kehoach
        where = {rs.record_id: rs.span for rs in record_spans(document)}
        for group in doc.spans:
            for span in doc.spans[group]:
                c["spans"] += 1
                start, end = where[span.id_]
                if _words(document.text[start:end]) != _words(span.text):
                    c["expanded or normalised"] += 1
        for u in doc._.kehoach_unaligned:
            c["unaligned"] += 1
            unaligned.append({"document": str(path.relative_to(ROOT)), "record": u.record_id,
                              "span": list(u.span), "reason": u.reason})
    total: Counter[str] = Counter()
    for c in counts.values():
        total.update(c)
    counts["total"] = total
    if args.json:
        print(json.dumps({"counts": {k: dict(v) for k, v in counts.items()},
                          "unaligned": unaligned}, ensure_ascii=False, indent=2))
    else:
        print(f"{'corpus':12} {'documents':>9} {'spans':>7} {'expanded':>9} {'unaligned':>9}")
        for name, c in counts.items():
            print(f"{name:12} {c['documents']:9} {c['spans']:7} "
                  f"{c['expanded or normalised']:9} {c['unaligned']:9}")
        for u in unaligned:
            print(f"  unaligned: {u['document']} {u['record']} {u['span']} ({u['reason']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
