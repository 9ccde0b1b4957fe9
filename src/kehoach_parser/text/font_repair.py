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
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

import regex

from kehoach_parser.lang.vi.font_damage import GLYPH_CONFUSIONS, LOOKALIKES
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.aligned import Edit

_LOOKALIKE_RE = lazy_compile("[" + "".join(LOOKALIKES) + "]")
_CONFUSABLE_RE = lazy_compile("[" + "".join(GLYPH_CONFUSIONS) + "]")
_LETTERS_RE = lazy_compile(r"\p{L}*")
_LETTERS_BEFORE_RE = lazy_compile(r"\p{L}*", regex.REVERSE)
#: Longest syllable worth checking (Vietnamese syllables have at most 7 letters).
MAX_SYLLABLE = 8


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """The Vietnamese syllable inventory (lower case, NFC), loaded on first use."""
    text = (resources.files("kehoach_parser.lang.vi") / "data" / "syllables.txt").read_text(
        encoding="utf-8")
    return frozenset(ln for ln in text.splitlines() if ln and not ln.startswith("#"))


def confusable_words(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every run of letters that holds a confusable glyph, in order: what
    ``\\p{L}*[confusables]\\p{L}*`` finds, from each glyph outwards instead of trying the
    pattern at every letter (issue 15: the pattern was 3 % of a parse)."""
    pos = 0
    while True:
        glyph = _CONFUSABLE_RE.search(text, pos)
        if glyph is None:
            return
        # the run cannot reach back past ``pos``: the previous run ended before a non-letter
        before = _LETTERS_BEFORE_RE.match(text, pos, glyph.start())  # never None: "*"
        after = _LETTERS_RE.match(text, glyph.end())
        start = before.start() if before is not None else glyph.start()
        end = after.end() if after is not None else glyph.end()
        yield start, end
        pos = end


def font_edits(text: str) -> list[Edit]:
    """One-character edits that undo font-conversion damage in ``text``."""
    edits: list[Edit] = [(m.start(), m.end(), LOOKALIKES[m.group()])
                         for m in _LOOKALIKE_RE.finditer(text)]
    if not _CONFUSABLE_RE.search(text):
        return edits
    inventory = syllables()
    for w_start, w_end in confusable_words(text):
        word = text[w_start:w_end]
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
                    edits.append((w_start + i, w_start + i + 1, b))
    edits.sort()
    return edits
