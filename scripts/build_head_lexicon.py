#!/usr/bin/env python3
"""Build ``lang/vi/segmented_heads.py``: the word segmenter's decisions on counted nouns.

Usage::

    .venv/bin/python scripts/build_head_lexicon.py           # write the module
    .venv/bin/python scripts/build_head_lexicon.py --check   # is the committed one current?

Both need the `nlp` extra (underthesea).  The parser asks the word segmenter for one thing:
how many syllables the first word of the words after a number has ("chỉ tiêu kinh tế" →
"chỉ tiêu", two).  Loading underthesea's CRF model costs the first parse of a process about
0.15 s and 25 MB (issue 15), for a few dozen questions a document.  This script asks the
CRF (``extract/indicators/crf_segmenter.py``) those questions in advance, on the phrases
after a number in the seeds, the held-out fixtures and the real corpus's train and dev
texts (never the test split), and keeps each answer under the shortest run of first
syllables that holds the head and the three syllables after it (all that the CRF's
features read when it tags the syllable after the head) and that no other phrase seen with
the same start contradicts.  ``units.segment_head`` consults it first and loads the
CRF only for a phrase no entry covers.  Same inputs, same bytes.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/kehoach_parser/lang/vi/segmented_heads.py"
#: How many syllables after the head an entry's key holds: the CRF's features read two tokens
#: either side, so the tag that ends the head (on the syllable after it) reads up to the
#: third syllable after the head.
AFTER_HEAD = 3

_HEADER = '''"""The word segmenter's first word of the words after a number (generated: do not
edit).

Written by ``scripts/build_head_lexicon.py`` from underthesea's CRF word segmenter run on the
phrases after a number in the seeds, the held-out fixtures and the real train and dev texts.
``BY_PREFIX``: a phrase of more syllables than a key, starting with the key's syllables (as
``str.split`` gives them, joined by one space), has a first word of that many syllables.
``BY_PHRASE``: the same for a phrase of exactly the key's syllables.  Phrases no key covers
go to the segmenter itself (``extract/indicators/units.py``).
"""

from __future__ import annotations

'''


def corpus_texts() -> list[Path]:
    """The seeds, the held-out fixtures and the real corpus's train and dev texts."""
    paths = sorted((ROOT / "corpus").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "fixtures" / "heldout").glob("*.txt"))
    real = ROOT / "corpus" / "real"
    with open(real / "sources.tsv", encoding="utf-8", newline="") as fh:
        ids = sorted(row["id"] for row in csv.DictReader(fh, delimiter="\t")
                     if row.get("split") in {"train", "dev"})
    paths += [real / f"{i}.txt" for i in ids if (real / f"{i}.txt").is_file()]
    return paths


def phrases(paths: Iterable[Path]) -> set[str]:
    """The words after every run of digits (starting with a small letter), and every phrase a
    parse of the texts asks the segmenter about."""
    import regex

    from kehoach_parser import parse
    from kehoach_parser.extract.indicators import lexicon as lx
    from kehoach_parser.extract.indicators import units

    found: set[str] = set()
    asked = units.segment_head

    def record(words: str) -> str:
        found.add(words)
        return asked(words)

    units.segment_head = record
    stored = units.stored_head
    units.stored_head = lambda _words: None  # type: ignore[assignment]  # the CRF alone
    units._segmented_head.cache_clear()
    try:
        for path in paths:
            text = path.read_text(encoding="utf-8")
            parse(text)
            for m in regex.finditer(r"\d+", text):
                after = lx.NEXT_WORDS_RE.match(text, m.end())
                if after is not None and after.group(1)[0].islower():
                    found.add(after.group(1))
    finally:
        units.segment_head = asked
        units.stored_head = stored
        units._segmented_head.cache_clear()
    return found


def observations(found: Iterable[str]) -> dict[tuple[str, ...], int]:
    """Each phrase's syllables and its first word's syllable count, by the CRF; phrases whose
    first word is not made of the phrase's own syllables (a normalised or split token) left
    to the segmenter at run time."""
    from kehoach_parser.extract.indicators.crf_segmenter import load_crf_segmenter

    seg = load_crf_segmenter()
    if seg is None:
        raise SystemExit("build_head_lexicon: underthesea's segmenter is needed (nlp extra)")
    counts: dict[tuple[str, ...], set[int]] = {}
    for words in sorted(found):
        syllables = tuple(words.split())
        tokens = seg(words)
        head = tokens[0].split() if tokens else []
        if not head or list(syllables[:len(head)]) != head:
            continue
        counts.setdefault(syllables, set()).add(len(head))
    # the same syllables with other blanks between them may tokenise alike: keep agreement only
    return {s: next(iter(n)) for s, n in counts.items() if len(n) == 1}


def entries(seen: dict[tuple[str, ...], int]) -> tuple[dict[str, int], dict[str, int]]:
    """The shortest uncontradicted key of every observation: by prefix, and whole phrases."""
    by_prefix: dict[str, int] = {}
    by_phrase: dict[str, int] = {}
    longer: dict[tuple[str, ...], set[int]] = {}
    for syllables, n in seen.items():
        for k in range(2, len(syllables)):
            longer.setdefault(syllables[:k], set()).add(n)
    for syllables, n in seen.items():
        if len(syllables) < 2:
            continue  # a single syllable is its own first word
        for k in range(max(2, n + AFTER_HEAD), len(syllables)):
            if longer[syllables[:k]] == {n}:
                by_prefix[" ".join(syllables[:k])] = n
                break
        else:
            by_phrase[" ".join(syllables)] = n
    return by_prefix, by_phrase


def render(by_prefix: dict[str, int], by_phrase: dict[str, int]) -> str:
    def table(name: str, values: dict[str, int]) -> str:
        rows = "".join(f"    {key!r}: {values[key]},\n" for key in sorted(values))
        return f"{name}: dict[str, int] = {{\n{rows}}}\n"

    return _HEADER + table("BY_PREFIX", by_prefix) + "\n" + table("BY_PHRASE", by_phrase)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the module is not current")
    args = ap.parse_args()
    found = phrases(corpus_texts())
    seen = observations(found)
    by_prefix, by_phrase = entries(seen)
    text = render(by_prefix, by_phrase)
    print(f"build_head_lexicon: {len(found)} phrases, {len(seen)} decided by the CRF, "
          f"{len(by_prefix)} prefix and {len(by_phrase)} whole-phrase entries")
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.is_file() else ""
        if current != text:
            print(f"build_head_lexicon: {OUT.relative_to(ROOT)} is out of date", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
