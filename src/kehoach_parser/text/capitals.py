"""Is a line written in capitals?  Headers, type lines and signature blocks are."""

from __future__ import annotations


def all_capitals(text: str, *, min_letters: int = 1) -> bool:
    """True when ``text`` has at least ``min_letters`` letters and all of them are capitals
    (digits and punctuation are ignored): "KẾ HOẠCH", "PHÓ CHỦ TỊCH", "XÃ AN PHÚ"."""
    letters = 0
    for c in text:  # stops at the first small letter: most lines are prose
        if c.isalpha():
            if not c.isupper():
                return False
            letters += 1
    return letters >= min_letters
