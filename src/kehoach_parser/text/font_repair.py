"""Repair font-conversion damage: look-alike letters and confused capital glyphs.

* A look-alike that is never a Vietnamese letter ("ƣ" U+01A3, "Ð" U+00D0) is replaced in
  any word (``lang/vi/font_damage.py``: ``LOOKALIKES``).
* A confused glyph ("Õ" for "Ò") is replaced only in a syllable that is not a Vietnamese
  syllable and becomes one — decided from the syllable inventory
  (``lang/vi/data/syllables.txt``), never from a list of words seen in a corpus.

Every edit replaces one character by one, so offsets do not move.
"""

from __future__ import annotations

import itertools
from functools import lru_cache
from importlib import resources

from kehoach_parser.lang.vi.font_damage import GLYPH_CONFUSIONS, LOOKALIKES
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.aligned import Edit

_LOOKALIKE_RE = lazy_compile("[" + "".join(LOOKALIKES) + "]")
_CONFUSABLE_WORD_RE = lazy_compile(
    r"\p{L}*[" + "".join(GLYPH_CONFUSIONS) + r"]\p{L}*"
)
#: Longest syllable worth checking (Vietnamese syllables have at most 7 letters).
MAX_SYLLABLE = 8


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """The Vietnamese syllable inventory (lower case, NFC), loaded on first use."""
    text = (resources.files("kehoach_parser.lang.vi") / "data" / "syllables.txt").read_text(
        encoding="utf-8")
    return frozenset(ln for ln in text.splitlines() if ln and not ln.startswith("#"))


def font_edits(text: str) -> list[Edit]:
    """One-character edits that undo font-conversion damage in ``text``."""
    edits: list[Edit] = [(m.start(), m.end(), LOOKALIKES[m.group()])
                         for m in _LOOKALIKE_RE.finditer(text)]
    if not _CONFUSABLE_WORD_RE.search(text):
        return edits
    inventory = syllables()
    for m in _CONFUSABLE_WORD_RE.finditer(text):
        word = m.group()
        if len(word) > MAX_SYLLABLE or word.lower() in inventory:
            continue
        slots = [(i, GLYPH_CONFUSIONS[ch]) for i, ch in enumerate(word) if ch in GLYPH_CONFUSIONS]
        fixes: list[str] = []
        for choice in itertools.product(*(alts for _, alts in slots)):
            chars = list(word)
            for (i, _), rep in zip(slots, choice, strict=True):
                chars[i] = rep
            candidate = "".join(chars)
            if candidate.lower() in inventory:
                fixes.append(candidate)
        if len(fixes) == 1:
            for i, (a, b) in enumerate(zip(word, fixes[0], strict=True)):
                if a != b:
                    edits.append((m.start() + i, m.start() + i + 1, b))
    edits.sort()
    return edits
