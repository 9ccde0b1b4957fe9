"""The name of a body as it runs in prose: "Ủy ban nhân dân thành phố", "Bộ Chính trị".

Vietnamese names of bodies capitalise the first syllable of each component ("Bộ Giáo dục
và Đào tạo", "Ban Thường vụ Tỉnh ủy") and use a small set of lower-case words for the
kind and level of the body ("nhân dân", "chấp hành", "tỉnh", "xã").  A name therefore
starts with a known head ("Ủy ban", "Bộ", "UBND") and goes on over

* capitalised words and acronyms,
* the lower-case body words of :data:`~kehoach_parser.lang.vi.reference_words.BODY_WORDS`,
* one lower-case syllable right after a capitalised one (the rest of a word: "Giáo dục"),
* "và", "-" and "&" between two parts of a name,

and stops at punctuation, at a stop word or verb ("về", "ban hành", "phát động", "ngày")
and at any other lower-case word.  :func:`read_body` implements this (``strict``); the
``lenient`` mode, for the subject of a task sentence ("Các cơ quan, đơn vị báo cáo …"),
also crosses commas and lower-case words and ends only at a verb of the task.
"""

from __future__ import annotations

import unicodedata

from kehoach_parser.extract import windows
from kehoach_parser.lang.vi.admin_units import ADMIN_UNITS
from kehoach_parser.lang.vi.doc_types import DOC_TYPE_CODES
from kehoach_parser.lang.vi.patterns import LETTER_DIGIT, alternation
from kehoach_parser.lang.vi.reference_words import (
    BODY_COMPOUNDS,
    BODY_HEADS,
    BODY_STOPS,
    BODY_WORDS,
    SUBJECT_WORDS,
    TASK_OPENERS,
    TERM_WORDS,
    TITLE_OPENERS,
)
from kehoach_parser.lang.vi.syllable_shapes import CODAS, ONSETS
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.reflow import opens_unit

_TOKEN_RE = lazy_compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[-–]|\S")
_ACRONYM_RE = lazy_compile(r"^\p{Lu}[\p{Lu}\d]+$")
_HEADS_ALT = alternation(BODY_HEADS)
_HEADS_RE = lazy_compile(rf"(?:{_HEADS_ALT})(?![\p{{L}}\d])")
_HEADS_CI_RE = lazy_compile(rf"(?i:{_HEADS_ALT})(?![\p{{L}}\d])")
_STOP_PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in sorted((tuple(s.split()) for s in BODY_STOPS), key=len, reverse=True):
    _STOP_PHRASES[_phrase[0]] = (*_STOP_PHRASES.get(_phrase[0], ()), _phrase)
#: No name of a body is longer than this (characters); the scan stops there.
_MAX_NAME_CHARS = 300
_BODY_WORDS = frozenset(BODY_WORDS)
_BODY_COMPOUNDS = frozenset(BODY_COMPOUNDS)
_SUBJECT_WORDS = frozenset(SUBJECT_WORDS) | _BODY_WORDS
_OPENERS_RE = lazy_compile(
    alternation(TASK_OPENERS, ignore_case=True) + r"[ \t]+(?:(?i:cho)[ \t]+)?"
)
_LENIENT_MAX_WORDS = 16
#: A comma inside one name: the parts after it are capitalised words (not a new body or
#: document) ending in "và" + a capitalised word: "Bộ Văn hóa, Thể thao và Du lịch".
_PART = r"(?!(?:" + _HEADS_ALT + r")(?![\p{L}\d]))\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+)?"
_NAME_COMMA_RE = lazy_compile(
    rf",[ \t]+{_PART}(?:[ \t]*,[ \t]+{_PART})*[ \t]+và[ \t]+\p{{Lu}}"
)
#: A document type right after "và" starts the next citation, not the rest of a name.
_DOC_TYPE_RE = lazy_compile(alternation(DOC_TYPE_CODES, boundary="end", edge=LETTER_DIGIT))


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


_TERM_WORDS = frozenset(TERM_WORDS)
_ROMAN_OR_NUMBER_RE = lazy_compile(r"^(?:[IVXLC]+|\d+)$")
_TITLE_OPENERS = tuple(tuple(p.split()) for p in sorted(TITLE_OPENERS, key=len, reverse=True))
#: Unit words of a place name, one syllable each ("thành phố" → "phố"): a line break right
#: after the first syllables of the place's name may cut it ("xã Xuân⏎Phú").
_UNIT_LAST_WORDS = frozenset(u.split()[-1] for u in ADMIN_UNITS)
#: How many capitalised syllables of a place name may stand before such a line break.
_PLACE_SYLLABLES_BEFORE_BREAK = 2


def _session_at(words: list[str], i: int) -> bool:
    """"khóa XII" at ``words[i]``: the term of the body, not its name."""
    return (words[i].lower() in _TERM_WORDS and i + 1 < len(words)
            and _ROMAN_OR_NUMBER_RE.match(words[i + 1].upper()) is not None)


def _title_opener_at(words: list[str], i: int, read: int) -> bool:
    """A cited document's title opens at ``words[i]`` in capitals or with a capital, after
    ``read`` words of a name: "CHÍNH PHỦ PHÊ DUYỆT …", "Chính phủ Quy định chi tiết …"."""
    if read < 2 or not _is_cap(words[i]):
        return False
    caps = words[i].isupper() and len(words[i]) > 1
    for phrase in _TITLE_OPENERS:
        got = words[i:i + len(phrase)]
        if tuple(w.lower() for w in got) != phrase:
            continue
        if caps and all(w.isupper() for w in got):
            return True
        if not caps and all(not _is_cap(w) for w in got[1:]) and len(phrase) > 1:
            return True  # "Quy định chi tiết": one capital, as a title starts
    return False


def _opens_line_unit(text: str, pos: int, *, heads: bool = True) -> bool:
    """The line at ``pos`` starts something of its own: a label, a paragraph opener
    ("Căn cứ", "Điều 2") — the reflow's own test — or (``heads``) the name of another
    body."""
    end = text.find("\n", pos)
    return opens_unit(text[pos:end if end >= 0 else len(text)]) \
        or (heads and _HEADS_RE.match(text, pos) is not None)


def _place_cut_by_break(words: list[str], i: int) -> bool:
    """The line break before ``words[i]`` cuts a place name: the words before it are a unit
    word and one or two capitalised syllables ("tỉnh Thừa Thiên⏎Huế"), and ``words[i]``
    goes on with a capital."""
    if not _is_cap(words[i]) or i < 2:
        return False
    for k in range(1, _PLACE_SYLLABLES_BEFORE_BREAK + 1):
        if i - k - 1 < 0:
            break
        if not all(_is_cap(w) and w[0].isalpha() for w in words[i - k:i]):
            break
        if words[i - k - 1].lower() in _UNIT_LAST_WORDS:
            return True
    return False


def _stop_at(words: list[str], i: int) -> bool:
    """A stop phrase of lower-case words starts at ``words[i]``."""
    for phrase in _STOP_PHRASES.get(words[i], ()):
        if tuple(words[i:i + len(phrase)]) == phrase:
            return True
    return False


#: An upper-case Vietnamese syllable (tone and vowel marks removed): "TỔ", "CHỨC", "XÃ".
_SYLLABLE_RE = lazy_compile(
    alternation(o.upper() for o in ONSETS) + "?[AEIOUY]+" + alternation(c.upper() for c in CODAS)
    + "?"
)


def _bare_upper(word: str) -> str:
    kept = word.upper().replace("Đ", "\0")
    bare = "".join(c for c in unicodedata.normalize("NFD", kept) if not unicodedata.combining(c))
    return bare.replace("\0", "Đ")


def is_acronym(word: str) -> bool:
    """"UBND", "HĐND", "MTTQ" — not an upper-case syllable such as "TỔ", "XÃ" or "BAN"."""
    if not _ACRONYM_RE.match(word) or len(word) > 10:
        return False
    return _SYLLABLE_RE.fullmatch(_bare_upper(word)) is None


def _caps_line(text: str, pos: int) -> bool:
    """The words at ``pos`` are an upper-case line ("PHÒNG VĂN HÓA - XÃ HỘI")."""
    end = min(len(text), pos + windows.CAPS_LINE_LOOKAHEAD)
    words = [m.group() for m in _TOKEN_RE.finditer(text, pos, end)
             if m.group()[0].isalpha()][:3]
    return len(words) >= 2 and all(w.isupper() for w in words) \
        and not all(is_acronym(w) for w in words)


def starts_with_body(text: str, pos: int, *, lower_plural: bool = False) -> bool:
    """A body head (or an acronym such as "UBND") starts at ``pos``.

    ``lower_plural`` also accepts a plural head in lower case ("các đơn vị"), as the subject
    of a clause after ";" or "," is written.
    """
    if lower_plural and text.startswith("các ", pos) and _HEADS_CI_RE.match(text, pos):
        return True
    if _caps_line(text, pos):
        return _HEADS_CI_RE.match(text, pos) is not None
    if _HEADS_RE.match(text, pos):
        return True
    m = _TOKEN_RE.match(text, pos)
    return bool(m and is_acronym(m.group()))


def skip_task_opener(text: str, pos: int) -> int:
    """Offset after "Giao (cho)" / "Đề nghị" / "Yêu cầu" at ``pos`` (or ``pos``)."""
    m = _OPENERS_RE.match(text, pos)
    return m.end() if m else pos


_LIST_TAIL_RE = lazy_compile(r"[ \t,]*(?:-|–|(?i:và)|(?i:các))$")


def read_body(text: str, pos: int, *, lenient: bool = False, after_opener: bool = False,
              limit: int | None = None, across_lines: bool = False) -> tuple[int, int] | None:
    """The span of the body name starting at ``pos``, or None if none starts there.

    ``across_lines``: the caller knows where the name ends (``limit``, e.g. at "tại"), so
    a single line break inside it is a hard wrap, unless the next line opens a unit of its
    own.

    ``after_opener``: ``pos`` follows "Giao"/"Đề nghị"/"Yêu cầu", so any capitalised word
    opens a body ("Đề nghị Huyện đoàn phối hợp …").
    """
    if not starts_with_body(text, pos, lower_plural=lenient) and not (
            after_opener and text[pos:pos + 1].isupper()):
        return None
    stop = min(len(text) if limit is None else limit, pos + _MAX_NAME_CHARS)
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
        if "\n" in gap and not (gap.count("\n") == 1 and not lenient
                                and (across_lines or _place_cut_by_break(words, i))
                                and not _opens_line_unit(text, s, heads=not across_lines)):
            break
        if not lenient and end > pos and (_session_at(words, i)
                                         or _title_opener_at(words, i, count)):
            ended_by_stop = True
            break
        if w in ("-", "–", "&"):  # "Sở NN&PTNT", "Bộ Nông nghiệp & PTNT - Tổng cục …"
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if nxt and (_is_cap(nxt) or nxt in _BODY_WORDS):
                last_kind = "sep"
                i += 1
                continue
            break
        if not w[0].isalnum():
            if w == "," and not lenient and end > pos and _NAME_COMMA_RE.match(text, s):
                last_kind = "sep"  # "Bộ Văn hóa, Thể thao và Du lịch"
                i += 1
                continue
            if lenient and w == "," and i + 1 < len(words) and words[i + 1][0].isalnum():
                last_kind = "sep"
                i += 1
                continue
            ended_by_stop = True
            break
        if _is_cap(w):
            end = e
            last_kind = "cap"
        elif w[0].isdigit():
            # a number inside a name: "Ban Chỉ đạo 35 huyện" (but "… số 8" ends at "số")
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if not (end > pos and nxt and (_is_cap(nxt) or nxt in _BODY_WORDS)
                    and text[e:e + 1] == " "):
                ended_by_stop = True
                break
            end = e
            last_kind = "low"
        elif _stop_at(lower, i) and not (lenient and i > 0 and words[i - 1].lower() == "các"):
            ended_by_stop = True
            break
        elif w == "và":
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if not (nxt and (_is_cap(nxt) or lenient)) or (
                    i + 1 < len(toks) and _DOC_TYPE_RE.match(text, toks[i + 1][0])):
                ended_by_stop = True
                break
            last_kind = "sep"
            i += 1
            continue
        elif w in (_SUBJECT_WORDS if lenient else _BODY_WORDS) or last_kind == "cap" or (
                i > 0 and end == toks[i - 1][1]
                and (words[i - 1].lower(), w) in _BODY_COMPOUNDS):
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
    # a list or name does not end on a joining word: "Phòng Kinh tế và" → "Phòng Kinh tế"
    while True:
        tail = _LIST_TAIL_RE.search(text[pos:end])
        if tail is None or tail.start() == 0:
            break
        end = pos + tail.start()
    return (pos, end)
