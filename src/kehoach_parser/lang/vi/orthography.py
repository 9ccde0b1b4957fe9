"""Spelling repairs applied by the normaliser.

Every entry is a same-length substitution, so character offsets do not move.  Matching is
on whole words and keeps the case of the first letter.  Only forms that are unambiguous
misspellings in administrative prose belong here.
"""

from __future__ import annotations

#: misspelt form → correct form (lower case; both of equal length).
TYPOS: dict[str, str] = {
    # "phấn đấu" (strive) is mistyped in every way the tone marks allow.
    "phân đấu": "phấn đấu",
    "phân đầu": "phấn đấu",
    "phần đấu": "phấn đấu",
    "phấn đầu": "phấn đấu",
    "phẩn đấu": "phấn đấu",
    # "chuyển đổi" (transform) typed without the hook.
    "chuyên đổi": "chuyển đổi",
    "manh mẽ": "mạnh mẽ",
}

#: Old-style tone placement (on the second vowel of oa/oe/uy without a final consonant)
#: → the new style the corpus and the gold use ("hoà" → "hòa").  Keys are two-letter
#: vowel clusters; applied only at the end of a syllable and never after "q" ("quý": the
#: "u" of "qu" belongs to the consonant, so the tone already sits on the vowel).
TONE_PLACEMENT: dict[str, str] = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
