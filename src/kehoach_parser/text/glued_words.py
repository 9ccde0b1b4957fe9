"""Words glued where an old line wrap became nothing ("PHÁTTRIỂN", "tháng11").

Pages of legal sites and some PDF text drop the break of a hard-wrapped line without putting
a space in its place, so the last word of a line and the first of the next touch:

* a date word and its number ("ngày05", "tháng11", "năm2025": :mod:`lang/vi/date_words`)
  are given the space back — no Vietnamese word goes on in a digit;
* a word in capitals that is no Vietnamese syllable but reads as two of them in exactly one
  way ("KINHTẾ" → "KINH TẾ") is split there — decided from the syllable inventory
  (``lang/vi/data/syllables.txt``), never from a list of words.  Only a word with a letter
  of Vietnamese script (an acronym of Latin letters, "OCOP", "DATA", is left), at most two
  syllables of two letters or more each.

Every edit inserts one space, so the text around it keeps its offsets.
"""

from __future__ import annotations

import unicodedata

from kehoach_parser.lang.vi.date_words import DAY_WORD, MONTH_WORD, YEAR_WORD
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lang.vi.syllable_shapes import CODAS, NUCLEI, ONSETS
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.aligned import Edit
from kehoach_parser.text.font_repair import MAX_SYLLABLE, syllables

#: The number a date word touches: the "11" of "tháng11", the "2025" of "Năm2025" (not
#: inside a longer word).  Searched from the digit, the word behind it (issue 15: tried
#: from the word, the pattern tested every character; no date word ends another).
_DATE_GLUE_RE = lazy_compile(
    rf"(?i)(?<=(?<![\p{{L}}\p{{N}}]){alternation((DAY_WORD, MONTH_WORD, YEAR_WORD))})\d")
#: A run of capitals of two syllables' length at most, with a letter outside ASCII, not
#: touching other letters, digits or joiners ("KT-XH", "HĐND/UBND" are acronyms anyway).
_CAPITAL_WORD_RE = lazy_compile(
    rf"(?<![\p{{L}}\p{{N}}_])(?=\p{{Lu}}*[^\x00-\x7f])\p{{Lu}}{{4,{2 * MAX_SYLLABLE}}}"
    rf"(?![\p{{L}}\p{{N}}_])")
#: A syllable of Vietnamese shape, tones removed: an onset, a vowel group, a coda.  The
#: inventory holds loan words and acronyms too ("kt", "ubnd", "acid"): a part must be both.
_SHAPE_RE = lazy_compile(alternation(ONSETS) + "?" + alternation(NUCLEI) + alternation(CODAS)
                         + "?")
_ONSET_RE = lazy_compile(alternation(ONSETS))
_TONES = "\u0300\u0301\u0303\u0309\u0323"
#: Each part of a split is at least this long ("Ở", "Ý" glued to a word are not split).
MIN_PART = 2


def _bare(part: str) -> str:
    """``part`` without its tone mark (NFC)."""
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", part) if c not in _TONES))


def _syllable(part: str, inventory: frozenset[str]) -> bool:
    """``part`` (lower case) is in the inventory and shaped like a Vietnamese syllable."""
    return part in inventory and _SHAPE_RE.fullmatch(_bare(part)) is not None


def vietnamese_syllable(word: str) -> bool:
    """``word`` is a Vietnamese syllable: in the inventory and of the syllable's shape."""
    return _syllable(word.lower(), syllables())


def split_point(word: str) -> int | None:
    """Where ``word`` (capitals) splits into two Vietnamese syllables, when it is not one
    itself and splits so in exactly one way; else None.  ("TỈNHAN" reads "tỉnh an" and "tỉ
    nhan": left.)  A cut between two vowels is no wrap but a letter damaged inside one
    syllable ("XỦẤT", "TÌẾP", "QUYÉT"): left too."""
    inventory = syllables()
    low = word.lower()
    if low in inventory:
        return None
    cuts = [i for i in range(MIN_PART, len(low) - MIN_PART + 1)
            if _syllable(low[:i], inventory) and _syllable(low[i:], inventory)]
    if len(cuts) != 1 or not (_ONSET_RE.match(low, cuts[0]) or _ONSET_RE.match(
            _bare(low[cuts[0] - 1]))):
        return None
    return cuts[0]


def glued_word_edits(text: str, *, capitals: bool = False) -> list[Edit]:
    """Edits that give back the space a dropped line wrap took from ``text``: after a date
    word before its number, and, with ``capitals``, between two syllables in capitals proved
    by the inventory ("PHÁTTRIỂN").  The capitals split is off by default: the annotation
    convention copies a header field as printed, glue included, and the corpus's gold does
    (``NormalizeOptions.glued_capitals``)."""
    edits: list[Edit] = [(m.start(), m.start(), " ") for m in _DATE_GLUE_RE.finditer(text)]
    for m in _CAPITAL_WORD_RE.finditer(text) if capitals else ():
        cut = split_point(m.group())
        if cut is not None:
            edits.append((m.start() + cut, m.start() + cut, " "))
    edits.sort()
    return edits
