"""Characters that font conversion puts in place of Vietnamese letters.

Text copied out of PDFs made with legacy fonts (.VnTime and its kin) and converted to
Unicode carries look-alike code points.  Every entry is a one-character substitution, so the
repair keeps character offsets.
"""

from __future__ import annotations

#: Look-alikes that are never Vietnamese letters: replaced inside any word.
LOOKALIKES: dict[str, str] = {
    "ƣ": "ư",  # U+01A3 LATIN SMALL LETTER OI, PDF fonts map "ư" to it
    "Ƣ": "Ư",  # U+01A2
    "ð": "đ",  # U+00F0 ETH
    "Ð": "Đ",  # U+00D0 ETH (looks like U+0110 Đ)
}

#: Capital glyphs a legacy font conversion confuses: tried only in a syllable that is not a
#: Vietnamese syllable, and kept only when the repaired one is ("HÕA" → "HÒA", "HỊA" → "HÒA").
GLYPH_CONFUSIONS: dict[str, tuple[str, ...]] = {
    "Õ": ("Ò",), "õ": ("ò",),
    "Ị": ("Ò",), "ị": ("ò",),
    "Ì": ("Ò",), "ì": ("ò",),
}
