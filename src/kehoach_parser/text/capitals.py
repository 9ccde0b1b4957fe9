"""Is a line written in capitals?  Headers, type lines and signature blocks are."""

from __future__ import annotations


def all_capitals(text: str, *, min_letters: int = 1) -> bool:
    """True when ``text`` has at least ``min_letters`` letters and all of them are capitals
    (digits and punctuation are ignored): "KẾ HOẠCH", "PHÓ CHỦ TỊCH", "XÃ AN PHÚ"."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= min_letters and all(c.isupper() for c in letters)
