"""The name of a body as it runs in prose: "Ủy ban nhân dân thành phố", "Bộ Chính trị".

Vietnamese names of bodies capitalise the first syllable of each component ("Bộ Giáo dục
và Đào tạo", "Ban Thường vụ Tỉnh ủy") and use a small set of lower-case words for the
kind and level of the body ("nhân dân", "chấp hành", "tỉnh", "xã").  A name therefore
starts with a known head ("Ủy ban", "Bộ", "UBND") and goes on over

* capitalised words and acronyms,
* the lower-case body words of :data:`~kehoach_parser.lang.vi.reference_words.BODY_WORDS`,
* one lower-case syllable right after a capitalised one (the rest of a word: "Giáo dục"),
* "và" and "-" between two parts of a name,

and stops at punctuation, at a stop word or verb ("về", "ban hành", "phát động", "ngày")
and at any other lower-case word.  :func:`read_body` implements this (``strict``); the
``lenient`` mode, for the subject of a task sentence ("Các cơ quan, đơn vị báo cáo …"),
also crosses commas and lower-case words and ends only at a verb of the task.
"""

from __future__ import annotations

import regex

from kehoach_parser.lang.vi.reference_words import (
    BODY_HEADS,
    BODY_STOPS,
    BODY_WORDS,
    TASK_OPENERS,
)

_TOKEN_RE = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[-–]|\S")
_ACRONYM_RE = regex.compile(r"^\p{Lu}[\p{Lu}\d]+$")
_HEADS_RE = regex.compile(
    "(?:" + "|".join(regex.escape(h) for h in sorted(BODY_HEADS, key=len, reverse=True))
    + r")(?![\p{L}\d])"
)
_STOP_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    sorted((tuple(s.split()) for s in BODY_STOPS), key=len, reverse=True)
)
_BODY_WORDS = frozenset(BODY_WORDS)
_OPENERS_RE = regex.compile(
    r"(?i:" + "|".join(regex.escape(o) for o in sorted(TASK_OPENERS, key=len, reverse=True))
    + r")[ \t]+(?:(?i:cho)[ \t]+)?"
)
_LENIENT_MAX_WORDS = 16


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _stop_at(words: list[str], i: int) -> bool:
    """A stop phrase of lower-case words starts at ``words[i]``."""
    for phrase in _STOP_PHRASES:
        n = len(phrase)
        if tuple(w for w in words[i:i + n]) == phrase:
            return True
    return False


def starts_with_body(text: str, pos: int) -> bool:
    """A body head (or an acronym such as "UBND") starts at ``pos``."""
    if _HEADS_RE.match(text, pos):
        return True
    m = _TOKEN_RE.match(text, pos)
    return bool(m and _ACRONYM_RE.match(m.group()))


def skip_task_opener(text: str, pos: int) -> int:
    """Offset after "Giao (cho)" / "Đề nghị" / "Yêu cầu" at ``pos`` (or ``pos``)."""
    m = _OPENERS_RE.match(text, pos)
    return m.end() if m else pos


def read_body(text: str, pos: int, *, lenient: bool = False,
              limit: int | None = None) -> tuple[int, int] | None:
    """The span of the body name starting at ``pos``, or None if none starts there."""
    if not starts_with_body(text, pos):
        return None
    stop = len(text) if limit is None else limit
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text, pos, stop)]
    # tokens must be contiguous on one line
    words = [t[2] for t in toks]
    lower = [w if not _is_cap(w) else "" for w in words]
    end = pos
    last_kind = ""  # "cap", "low", "sep"
    ended_by_stop = False
    count = 0
    i = 0
    while i < len(toks):
        s, e, w = toks[i]
        gap = text[end:s] if end > pos else ""
        if "\n" in gap:
            break
        if w in "-–":
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if nxt and (_is_cap(nxt) or nxt in _BODY_WORDS):
                last_kind = "sep"
                i += 1
                continue
            break
        if not w[0].isalnum():
            if lenient and w == "," and i + 1 < len(words) and words[i + 1][0].isalnum():
                last_kind = "sep"
                i += 1
                continue
            ended_by_stop = True
            break
        if _is_cap(w) or _ACRONYM_RE.match(w):
            if i > 0 and w[0].isdigit():
                break
            end = e
            last_kind = "cap"
        elif w[0].isdigit():
            ended_by_stop = True
            break
        elif _stop_at(lower, i):
            ended_by_stop = True
            break
        elif w == "và":
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if not (nxt and (_is_cap(nxt) or lenient)):
                ended_by_stop = True
                break
            last_kind = "sep"
            i += 1
            continue
        elif w in _BODY_WORDS or lenient or last_kind == "cap":
            end = e
            last_kind = "low"
        else:
            ended_by_stop = True
            break
        count += 1
        if lenient and count > _LENIENT_MAX_WORDS:
            return None
        i += 1
    else:
        ended_by_stop = True
    if end == pos:
        return None
    if lenient and not ended_by_stop:
        return None
    return (pos, end)
