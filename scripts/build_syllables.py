#!/usr/bin/env python3
"""Build ``lang/vi/data/syllables.txt``: the Vietnamese syllable inventory.

Usage::

    .venv/bin/python scripts/build_syllables.py   # needs the `nlp` extra (underthesea)

The inventory is every syllable of the Viet74K word list that ships with underthesea
(Apache-2.0), lower case, NFC, letters only, one per line, sorted — a list of the syllables
Vietnamese words are made of, not of words seen in this project's corpus.  The font repair
pass (``text/font_repair.py``) uses it to tell a damaged syllable ("HÕA") from a real one
("HÒA").  Same input, same bytes.
"""

from __future__ import annotations

import sys
import unicodedata
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/kehoach_parser/lang/vi/data/syllables.txt"


def main() -> int:
    try:
        source = resources.files("underthesea") / "corpus" / "data" / "Viet74K.txt"
        words = source.read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        print(f"build_syllables: underthesea's Viet74K.txt is needed ({exc})", file=sys.stderr)
        return 1
    syllables: set[str] = set()
    for word in words:
        for syl in unicodedata.normalize("NFC", word).lower().split():
            if syl.isalpha():
                syllables.add(syl)
    header = ("# Vietnamese syllables (lower case, NFC), from the Viet74K word list of "
              "underthesea (Apache-2.0). Built by scripts/build_syllables.py.\n")
    OUT.write_text(header + "\n".join(sorted(syllables)) + "\n", encoding="utf-8")
    print(f"build_syllables: {len(syllables)} syllables -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
