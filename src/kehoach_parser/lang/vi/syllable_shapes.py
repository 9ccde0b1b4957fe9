"""The parts of a Vietnamese syllable: onset consonants, vowel groups, closing consonants.

A syllable is an optional onset, a vowel group (its nucleus) and an optional coda: "ngh" +
"iê" + "ng".  Lower case, tones removed; matchers that need upper case upper-case them.
Used to tell a Vietnamese word from an acronym ("TỔ" from "UBND") and text decoded with
the right legacy encoding from text decoded with the wrong one.
"""

from __future__ import annotations

#: Consonants that may open a syllable.
ONSETS: tuple[str, ...] = (
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
)

#: Vowel groups of a syllable, tones removed.
NUCLEI: tuple[str, ...] = (
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu",
    "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua", "uă",
    "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "iêu", "oai", "oay",
    "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu",
)

#: Consonants that may close a syllable.
CODAS: tuple[str, ...] = ("ng", "nh", "ch", "c", "m", "n", "p", "t")
