"""A text's skeleton: where a gold record's words lie in a parsed text, whatever its repairs.

The parser repairs what it reads (damaged tone marks "Phân đầu" → "Phấn đấu", markup, white
space), while the gold keeps the text as printed.  Both sides reduce to the same skeleton —
letters and digits case-folded, without diacritics, white space or markup — and each kept
character remembers its offset, so a gold ``text`` found in the skeleton maps back to a span.
Used by the training and analysis scripts (``scripts/train_status_model.py``,
``scripts/indicator_loss_attribution.py``).
"""

from __future__ import annotations

import unicodedata

#: Characters left out of a skeleton: white space and Markdown/LaTeX markup.
SKIPPED: frozenset[str] = frozenset(" \t\r\n*_#`\\$")


def skeleton(text: str) -> tuple[str, list[int]]:
    """``text`` without white space, markup and diacritics, with each kept character's
    offset in ``text``."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch in SKIPPED:
            continue
        for base in unicodedata.normalize("NFD", ch.casefold().replace("đ", "d")):
            if not unicodedata.combining(base):
                chars.append(base)
                index.append(i)
    return "".join(chars), index
