"""Parallel sub-items of one measure written as a comma list without a colon.

"Tỷ lệ đi học đúng độ tuổi cấp tiểu học đạt 99,5%, cấp THCS đạt 97%": the second clause's
short name ("cấp THCS") repeats the head of a part of the first name ("cấp tiểu học"), so
the first name is a group ("Tỷ lệ đi học đúng độ tuổi") followed by the first sub-item
("cấp tiểu học"); the clauses after it in the same list are sub-items of that group too
("Cơ cấu GRDP khu vực I là 33%, khu vực II 26%, thuế sản phẩm khoảng 4%").
"""

from __future__ import annotations

from kehoach_parser.extract.indicators.names import Span, trim, without_year_phrase
from kehoach_parser.lazy_pattern import lazy_compile

_WORD_RE = lazy_compile(r"[\p{L}\p{N}]+")
#: A sibling's name is short: a shared head and what tells it apart ("khu vực II").
MAX_SIBLING_WORDS = 4
#: The group before the shared head keeps at least this many words ("Tỷ lệ hoàn thành").
MIN_GROUP_WORDS = 2


def _words(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().casefold()) for m in _WORD_RE.finditer(text, s, e)]


def shared_head(text: str, first: Span, sibling: Span) -> tuple[Span, Span] | None:
    """(group span, sub-item span) of ``first`` when the short name ``sibling`` repeats a
    head (its first words, at least half of them) that stands inside ``first`` after the
    group's words, else None.  The longest head wins."""
    sib = [w for _, _, w in _words(text, *sibling)]
    if not 2 <= len(sib) <= MAX_SIBLING_WORDS:
        return None
    words = _words(text, *first)
    folded = [w for _, _, w in words]
    for k in range(len(sib) - 1, 0, -1):
        if 2 * k < len(sib):
            break
        head = sib[:k]
        for i in range(MIN_GROUP_WORDS, len(words) - k):
            if folded[i:i + k] != head:
                continue
            if folded[i:] == sib:
                return None  # the same name again, not a sibling
            g_s, g_e = without_year_phrase(text, *trim(text, first[0], words[i][0]))
            g_s, g_e = trim(text, g_s, g_e)
            if len(_words(text, g_s, g_e)) < MIN_GROUP_WORDS:
                return None
            return (g_s, g_e), trim(text, words[i][0], first[1])
    return None
