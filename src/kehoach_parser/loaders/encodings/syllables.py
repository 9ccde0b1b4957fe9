"""How Vietnamese a piece of text looks: the score the legacy-encoding detector compares.

A word scores +1 when it carries Vietnamese diacritics and is shaped like a Vietnamese
syllable (onset, one to three vowels, coda, at most one tone), -1 when it holds a Latin-1
sign that no Vietnamese word holds (what TCVN3 and VNI look like when read as Latin-1) or
is not syllable-shaped, and 0 when it is plain ASCII.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lang.vi.syllable_shapes import CODAS, NUCLEI, ONSETS
from kehoach_parser.lazy_pattern import lazy_compile

_TONES = "\u0300\u0301\u0303\u0309\u0323"
_BASE_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"

#: Every Vietnamese letter, both cases, precomposed.
VIET_LETTERS: frozenset[str] = frozenset(
    unicodedata.normalize("NFC", c + t).__getattribute__(case)()
    for c in _BASE_LETTERS
    for t in ("", *(_TONES if c in "aăâeêioôơuưy" else ()))
    for case in ("lower", "upper")
)

#: Latin-1 signs and letters that are not Vietnamese letters.
FOREIGN_LATIN1: frozenset[str] = frozenset(
    chr(c) for c in range(0xA1, 0x100) if chr(c) not in VIET_LETTERS
)

_SYLLABLE_RE = lazy_compile(alternation(ONSETS) + "?" + alternation(NUCLEI) + alternation(CODAS)
                             + "?")
_WORD_RE = lazy_compile(r"[^\s]+")
_LETTER_RUN_RE = lazy_compile(r"\p{L}+")


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """True if ``word`` (letters only) is shaped like one Vietnamese syllable."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(decomposed.count(t) for t in _TONES)
    if tones > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return _SYLLABLE_RE.fullmatch(bare) is not None


@lru_cache(maxsize=65536)
def word_score(word: str) -> int:
    """+1 / 0 / -1 for one whitespace-separated word (see the module docstring)."""
    if word.isascii():
        return 0
    if any(c in FOREIGN_LATIN1 for c in word):
        return -1
    score = 0
    for run in _LETTER_RUN_RE.findall(word):
        if run.isascii():
            continue
        if any(c not in VIET_LETTERS for c in run):
            return -1
        score = 1 if is_syllable(run) else -1
        if score < 0:
            return -1
    return score


def text_score(text: str) -> int:
    """Sum of :func:`word_score` over the words of ``text``."""
    return sum(map(word_score, [w for w in text.split() if not w.isascii()]))
