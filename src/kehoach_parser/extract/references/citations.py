"""Find citations of numbered documents in text.

A citation is anchored on its number, the "số ký hiệu": digits, an optional year, then
codes joined by "/" or "-" ("41-CT/TW", "15/NQ-HĐND", "06/2022/QH15", "2345/BGDĐT-GDTH"),
printed with or without stray spaces and en dashes.  From the number the extractor looks

* back, in the same sentence, for the document type: right before ("Nghị quyết 57-NQ/TW",
  "Chỉ thị số 41-CT/TW") or before a name and "số" ("Luật Thi đua, khen thưởng số …");
  a number listed after another citation ("…, số 04-NQ/ĐU") takes that citation's type;
* forward for the date ("ngày 31/12/2025") and the issuer ("của HĐND xã"), in either order;
* back for an issuer named before the type ("UBND tỉnh đã ban hành Quyết định số …").

Short forms ("Kế hoạch 184", "Đề án 06") are found separately by :func:`find_short_forms`.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import regex

from kehoach_parser.extract import windows
from kehoach_parser.extract.dates.scan import RawDate, match_date_at, scan_dates
from kehoach_parser.extract.references.bodies import read_body, starts_with_body
from kehoach_parser.lang.vi.date_words import DATED_PASSIVES, DATED_VERBS, DAY_WORD
from kehoach_parser.lang.vi.doc_types import (
    DOC_TYPE_CODES,
    GENERIC_TYPE,
    GENERIC_TYPES,
    doc_type_from_code,
)
from kehoach_parser.lang.vi.patterns import BLANKS, alternation
from kehoach_parser.lang.vi.reference_words import (
    ABBREVIATED_TYPES,
    ISSUING_AT_VERBS,
    ISSUING_VERBS,
    NOT_SHORT_FORM_TYPES,
    NUMBER_WORD,
    NUMBER_WORD_TYPOS,
    RELATION_CUES,
    SHORT_FORM_UNITS,
    TERM_WORDS,
)
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.lines import read_label
from kehoach_parser.text.sentences import SENTENCE_LOOKBACK, sentence_start
from kehoach_parser.text.span_index import SpanIndex

Span = tuple[int, int]

_TYPE_NAMES: dict[str, str] = {name.casefold(): name for name in DOC_TYPE_CODES}
_TYPE_ALT = alternation(DOC_TYPE_CODES, space=BLANKS)
#: A document type word; "luật" inside "pháp luật" is not one.
_TYPE_RE = lazy_compile(
    rf"(?<![\p{{L}}\d])(?<!(?i:pháp)[ \t])(?i:{_TYPE_ALT})(?![\p{{L}}\d])"
)
#: One code of a number: "CT", "TW", "HĐND", "QH15", "CTr", "TTg", "QyĐ", "GDTrH": capitals
#: and digits, a lower-case letter only between two of them or at the end after two.
#: A code may be typed glued to the "ngày" of its date ("263/KH-UBNDngày 31/12/2024").
_SEG = (r"(?:\p{Lu}(?:[\p{Lu}\d]|\p{Ll}(?=[\p{Lu}\d]))+\p{Ll}?|\p{Lu})"
        r"(?:(?![\p{L}\d])|(?=(?i:" + DAY_WORD + r")[ \t]*\d))")
#: Codes of two bodies or units joined by "&" ("NN&PTNT", "GD&ĐT", "SNV-XDCQ&TCBC") or a
#: unit's code after "." ("SYT.DS", "UB .TH"): one code of the number.
_CODE = rf"{_SEG}(?:[ ]?[&.]{_SEG})*"
_NSEP = r"[ ]?[/\-–—][ ]?"
#: A document's number and codes; the number may be glued to "số" ("Kế hoạch số1891/KH-…").
NUMBER_RE = lazy_compile(
    rf"(?:(?<=(?<![\p{{L}}\d])(?i:{NUMBER_WORD}))|(?<![\p{{L}}\d/\-–.,]))"
    rf"\d{{1,5}}(?:\.\d{{1,2}}(?=[ ]?/))?[a-z]?"
    rf"(?:{_NSEP}(?:19|20)\d\d(?!\d))?(?:{_NSEP}{_CODE})+"
)
_ABBREVIATED_RE = lazy_compile(
    r"(?<![\p{L}\d])(?P<abbr>" + alternation(ABBREVIATED_TYPES) + r")[ \t]+(?i:số)[ \t]*:?[ \t]*$"
)
#: Blanks with at most one line break (hard-wrapped text: "Nghị định số\n27/2022/NĐ-CP").
_WS = r"[ \t]*(?:\n[ \t]*)?"
_GAP_DIRECT_RE = lazy_compile(
    rf"^{_WS}(?:(?i:{NUMBER_WORD}|{alternation(NUMBER_WORD_TYPOS)}){_WS}(?:(?i:hiệu){_WS})?:?{_WS})?$"
)
#: A name between the type and "số": words, commas and quotes, no digits ("Luật Thi đua,
#: khen thưởng", "Kế hoạch “Tháng hành động vì trẻ em”").
_GAP_NAMED_RE = lazy_compile(
    rf"^[ \t]+[^\n.;:!?()\d]{{1,100}}?[ \t]+(?i:số){_WS}:?{_WS}$"
)
#: A type word that opens a list after a colon, with its issuer before it: "các Quyết định
#: của Thủ tướng Chính phủ: số 36/QĐ-TTg …", "Các Công điện: số 007/CĐ-UBND …".
_GAP_COLON_RE = lazy_compile(
    rf"^(?:[^\n.;!?:]|\n(?![ \t]*\n)){{0,80}}:{_WS}(?i:số){_WS}:?{_WS}$"
)
#: The gap to the next item of such a list: the previous item's title, then ";", "," or
#: "và" and "số" ("…, tầm nhìn đến năm 2050; số 1569/QĐ-TTg …").
_LIST_ITEM_GAP_RE = lazy_compile(
    rf"^(?:[^\n.!?]|\n(?![ \t]*\n)){{0,300}}?(?:;|,|(?i:và)){_WS}(?:(?i:và){_WS})?"
    rf"(?i:số){_WS}$"
)
#: No gap between two items of such a list is longer (characters).
_LIST_ITEM_REACH = 340
_GAP_LIST_RE = lazy_compile(
    rf"^{_WS}(?:,|;|(?i:và)|,[ \t]*(?i:và))?{_WS}(?:(?i:số){_WS})?$"
)
_SENTENCE_END_RE = lazy_compile(r"[.;!?](?=[ \t\n])|\n")
_TO_DATE_RE = lazy_compile(
    rf"{_WS},?{_WS}(?:{alternation(DATED_PASSIVES, ignore_case=True)}[ \t]+)?"
    rf"(?:{alternation(DATED_VERBS, ignore_case=True)}[ \t]+)?"
)
#: "… số 2244/QĐ-TTg năm 2025 của …", "Nghị quyết số 29, khóa XI của …": the year or the
#: term of the body may stand between the number and "của".
_TO_ISSUER_RE = lazy_compile(
    rf"{_WS},?{_WS}(?:(?:(?i:năm)[ \t]+\d{{4}}|{alternation(TERM_WORDS, ignore_case=True)}"
    rf"[ \t]+[IVXLC]+)[ \t]*,?{_WS})?(?i:của){_WS}"
)
_ISSUING_RE = lazy_compile(
    r"[ \t]+(?:" + alternation(ISSUING_VERBS, space=BLANKS) + "|"
    + alternation(ISSUING_AT_VERBS, space=BLANKS) + r"[ \t]+tại(?:[ \t]+các)?)[ \t]+$",
    regex.IGNORECASE,
)
_SHORT_RE = lazy_compile(
    rf"(?<![\p{{L}}\d])(?<!(?i:pháp)[ \t])(?P<type>{_TYPE_ALT})[ \t]+(?:(?i:số)[ \t]*)?"
    r"(?P<num>\d{1,4})(?![\d\p{L}]|[/\-–.,]\d|[ \t]*[/\-–][ \t]*\p{Lu})"
    r"(?![ \t]*" + alternation(SHORT_FORM_UNITS, space=BLANKS, ignore_case=True) + r"(?![\p{L}]))"
)
#: "… theo đề nghị của Sở Nội vụ tại Tờ trình số …": the body before "tại".
_AT_RE = lazy_compile(r"[ \t]+(?:\([^()\n]{0,120}\)[ \t]*)?(?i:tại)[ \t]+(?:(?i:các)[ \t]+)?$")
#: A body's name between "của" and "tại": words, "&", "-" and one line break at most.
_PROPOSER_RE = lazy_compile(
    r"[\p{L}\d&]+(?:(?:[ \t]+|[ \t]*\n[ \t]*(?!\n)|[ \t]*[-–&][ \t]*)[\p{L}\d&]+){0,15}"
)
_CUA_RE = lazy_compile(r"(?<![\p{L}])(?i:của)[ \t\n]+")
_LIST_JOIN_RE = lazy_compile(
    rf"^{_WS}(?:,|(?i:và)|,[ \t]*(?i:và)){_WS}(?:(?i:số){_WS})?$"
)
_LOOKBACK = SENTENCE_LOOKBACK
#: A relation cue right before a number that has no type word ("Thực hiện 263/KH-UBND").
_CUE_BEFORE_RE = lazy_compile(
    rf"(?<![\p{{L}}\d])(?:{alternation(RELATION_CUES, space=BLANKS, ignore_case=True)})[ \t]+$"
)
_CUE_REACH = max(len(c) for c in RELATION_CUES) + 4


@dataclass(slots=True)
class Citation:
    start: int
    end: int
    doc_type: str
    type_span: Span
    number: str
    number_span: Span
    short: bool = False
    inherited_type: bool = False
    #: an item of a list under one type word and a colon ("các Quyết định: số …; số …")
    listed: bool = False
    date: RawDate | None = None
    issuer_span: Span | None = None


_SPACE_RUN_RE = lazy_compile(r"\s+")
_CAPITAL_START_RE = lazy_compile(r"(?<![\p{L}\d])\p{Lu}")


def normalize_number(printed: str) -> str:
    """The number as printed with spaces removed and dashes unified: "41 – CT/TW" → "41-CT/TW"."""
    return _SPACE_RUN_RE.sub("", printed).replace("–", "-").replace("—", "-")


#: The separators of a number's parts ("878/BC-UBND").
CODE_SPLIT_RE = lazy_compile(r"[/\-]")
_CODE_LETTERS_RE = lazy_compile(r"\p{L}+")


def type_from_number(number: str) -> str | None:
    """The kind a number's first code names: "878/BC-UBND" → "Báo cáo", "64/2025/QH15" →
    "Luật"; None when its first code is no type code ("8004/BNNMT-ĐCKS")."""
    for seg in CODE_SPLIT_RE.split(number):
        letters = _CODE_LETTERS_RE.match(seg)
        if letters is not None:
            return doc_type_from_code(letters.group())
    return None


def _canonical_type(found: str) -> str:
    return _TYPE_NAMES.get(_SPACE_RUN_RE.sub(" ", found).casefold(), found)


def _sentence_start(text: str, pos: int, floor: int) -> int:
    return sentence_start(text, pos, ends=_SENTENCE_END_RE, floor=floor, lookback=_LOOKBACK)


#: A sign that may end a sentence, found backwards from a position.
_SENTENCE_SIGN_BACK_RE = lazy_compile(r"[.;!?\n]", regex.REVERSE)


def wrapped_sentence_start(text: str, pos: int, floor: int = 0, lookback: int = _LOOKBACK,
                           *, semicolon: bool = True) -> int:
    """Start of the sentence holding ``pos``, where a line break ends a sentence only after
    punctuation, before a blank line or before a labelled line: hard-wrapped text keeps its
    sentences ("… ngày\n18/01/2022 của Thủ tướng Chính phủ …").  ``semicolon``: whether
    ";" ends the sentence (not for relation cues: "Căn cứ A; B" gives B the cue too).

    The end of the sentence before is looked for backwards from ``pos`` (issue 15: the
    nearest one decides, so the signs before it are never read): a sign ". ; ! ?" before a
    blank or a line break (inside ``text[:pos]``), or a line break as above."""
    lo = max(floor, pos - lookback)
    end = pos
    while True:
        sign = _SENTENCE_SIGN_BACK_RE.search(text, lo, end)
        if sign is None:
            return lo
        at = end = sign.start()
        if text[at] == "\n":
            before = text[lo:at].rstrip(" \t")
            if before and not before.endswith("\n") and before[-1] not in ".;:!?" \
                    and read_label(text[at + 1:pos]) is None:
                continue  # a wrapped line: the sentence goes on
            return at + 1
        if at + 1 < pos and text[at + 1] in " \t\n" and (semicolon or text[at] != ";"):
            return at + 1


def _type_before(text: str, num_start: int, floor: int) -> regex.Match[str] | None:
    """The document type word the number belongs to, looking back in its sentence."""
    lo = wrapped_sentence_start(text, num_start, floor)
    found = list(_TYPE_RE.finditer(text, lo, num_start))
    if not found:
        return None
    m = found[-1]  # only the nearest type word can govern the number
    gap = text[m.end():num_start]
    return m if (_GAP_DIRECT_RE.match(gap) or _GAP_NAMED_RE.match(gap)
                 or _GAP_COLON_RE.match(gap)) else None


def _read_tail(text: str, cit: Citation, limit: int) -> None:
    """Date and issuer after the number, in either order."""
    pos = cit.end
    for _ in range(2):
        progressed = False
        if cit.date is None:
            m = _TO_DATE_RE.match(text, pos, limit)
            if m is not None:
                raw = match_date_at(text, m.end())
                if raw is not None and raw.end <= limit:
                    cit.date = raw
                    pos = cit.end = raw.end
                    progressed = True
        if cit.issuer_span is None:
            m = _TO_ISSUER_RE.match(text, pos, limit)
            if m is not None:
                span = read_body(text, m.end(), limit=limit)
                if span is not None:
                    cit.issuer_span = span
                    pos = cit.end = span[1]
                    progressed = True
        if not progressed:
            break


def _issuer_before(text: str, cit: Citation, floor: int) -> Span | None:
    """"UBND tỉnh (đã) ban hành Quyết định số …": the body right before an issuing verb."""
    lo = _sentence_start(text, cit.type_span[0], floor)
    head = text[lo:cit.type_span[0]]
    verb = _ISSUING_RE.search(head)
    if verb is None:
        return _proposer_before(text, cit, floor)
    verb_start = lo + verb.start()
    for m in _CAPITAL_START_RE.finditer(text[lo:verb_start]):
        pos = lo + m.start()
        if not starts_with_body(text, pos):
            continue
        span = read_body(text, pos, limit=verb_start)
        if span is not None and span[1] == verb_start:
            return span
    return None


_OPENING_GAP_RE = lazy_compile(r"[ \t]*,?[ \t]*")


def _date_opening(text: str, body_start: int, floor: int) -> RawDate | None:
    """"Ngày 9/12/2022, HĐND tỉnh ban hành Nghị quyết số …": the full date that opens the
    sentence right before the issuing body is the cited document's date."""
    lo = _sentence_start(text, body_start, floor)
    found = scan_dates(text, lo, body_start).dates
    if not found:
        return None
    raw = found[-1]
    if raw.day is None or raw.year is None or text[lo:raw.start].strip():
        return None
    gap = _OPENING_GAP_RE.match(text, raw.end, body_start)
    return raw if gap is not None and gap.end() == body_start else None


def _proposer_before(text: str, cit: Citation, floor: int) -> Span | None:
    """"… theo đề nghị của Sở Nội vụ tại Tờ trình số …": the body between "của" and "tại".

    "tại" closes the name, so the name may run over a hard-wrapped line break
    ("của Giám đốc Sở⏎Nội vụ tại Tờ trình số …").
    """
    lo = wrapped_sentence_start(text, cit.type_span[0], floor)
    at = _AT_RE.search(text, lo, cit.type_span[0])
    if at is None:
        return None
    cuas = list(_CUA_RE.finditer(text, lo, at.start()))
    if not cuas:
        return None
    pos = cuas[-1].end()
    span = read_body(text, pos, limit=at.start(), across_lines=True)
    if span is not None and span[1] == at.start():
        return span
    # "tại" closes the name, so lower-case words the name reader does not know ("Ban An
    # toàn giao thông tỉnh") and "&" are part of it, within the length of a name
    if starts_with_body(text, pos) and _PROPOSER_RE.fullmatch(text, pos, at.start()):
        return (pos, at.start())
    return None


def _tail_limit(text: str, pos: int, stop: int) -> int:
    """Where the date and issuer after a number at ``pos`` may end: they may go on over one
    line break (hard-wrapped text)."""
    line_end = text.find("\n", pos)
    if line_end != -1 and text.find("\n", line_end + 1) != -1:
        line_end = text.find("\n", line_end + 1)
    elif line_end != -1:
        line_end = -1
    return stop if line_end == -1 else min(stop, line_end)


def _list_head_issuer(text: str, type_end: int, number_start: int) -> Span | None:
    """"các Quyết định của Thủ tướng Chính phủ: số 36/QĐ-TTg …; số …": the body between
    "của" and the list's colon."""
    colon = text.rfind(":", type_end, number_start)
    if colon == -1:
        return None
    head = text[type_end:colon]
    cua = _CUA_RE.match(text, colon - len(head.lstrip()))
    if cua is None:
        return None
    span = read_body(text, cua.end(), limit=colon, across_lines=True)
    return span if span is not None and span[1] == colon else None


def find_citations(text: str, start: int = 0, end: int | None = None) -> list[Citation]:
    """Every numbered citation of ``text[start:end]``, in order."""
    stop = len(text) if end is None else end
    out: list[Citation] = []
    for m in NUMBER_RE.finditer(text, start, stop):
        if out and m.start() < out[-1].end:
            continue  # inside the previous citation (its date or issuer)
        number = normalize_number(m.group())
        tm = _type_before(text, m.start(), start)
        inherited = listed = False
        abbr = _ABBREVIATED_RE.search(
            text, max(start, m.start() - windows.ABBREVIATED_TYPE_LOOKBACK), m.start())
        if abbr is not None:
            doc_type, type_span = ABBREVIATED_TYPES[abbr.group("abbr")], abbr.span("abbr")
        elif tm is not None:
            doc_type, type_span = _canonical_type(tm.group()), tm.span()
            listed = ":" in text[tm.end():m.start()]
        elif out and _GAP_LIST_RE.match(text[out[-1].end:m.start()]):
            doc_type, type_span, inherited = out[-1].doc_type, m.span(), True
        elif out and out[-1].listed and m.start() - out[-1].end <= _LIST_ITEM_REACH \
                and _LIST_ITEM_GAP_RE.match(text[out[-1].end:m.start()]):
            doc_type, type_span, inherited, listed = out[-1].doc_type, m.span(), True, True
        elif _CUE_BEFORE_RE.search(text, max(start, m.start() - _CUE_REACH), m.start()) \
                and type_from_number(number) is not None:
            # "Thực hiện 263/KH-UBND ngày …": no type word; the number's code names the kind
            doc_type, type_span = GENERIC_TYPE, m.span()
        else:
            continue
        if doc_type in GENERIC_TYPES:
            doc_type = type_from_number(number) or doc_type
        cit = Citation(
            start=type_span[0], end=m.end(), doc_type=doc_type, type_span=type_span,
            number=number, number_span=m.span(), inherited_type=inherited,
            listed=listed,
        )
        _read_tail(text, cit, _tail_limit(text, m.end(), stop))
        if cit.issuer_span is None and listed and not inherited:
            cit.issuer_span = _list_head_issuer(text, type_span[1], m.start())
        if cit.issuer_span is None and not inherited:
            cit.issuer_span = _issuer_before(text, cit, start)
            if cit.date is None and cit.issuer_span is not None:
                cit.date = _date_opening(text, cit.issuer_span[0], start)
        out.append(cit)
    _share_across_lists(text, out)
    return out


def _share_across_lists(text: str, cits: list[Citation]) -> None:
    """"Chỉ thị … và Kết luận … của Bộ Chính trị": one "của" serves the whole list."""
    for i in range(len(cits) - 2, -1, -1):
        a, b = cits[i], cits[i + 1]
        gap = text[a.end:b.start]
        if not _LIST_JOIN_RE.match(gap):
            continue
        if a.issuer_span is None and b.issuer_span is not None \
                and b.issuer_span[0] > b.number_span[1]:
            a.issuer_span = b.issuer_span
    # "của Sở Tài chính tại Tờ trình số A và Tờ trình số B", "UBND tỉnh ban hành Quyết định
    # số A, Quyết định số B", "các Quyết định của Thủ tướng Chính phủ: số A …; số B …": a
    # body named before the first number serves the whole list
    for a, b in pairwise(cits):
        if b.issuer_span is None and a.issuer_span is not None \
                and a.issuer_span[1] <= a.number_span[0] \
                and (_LIST_JOIN_RE.match(text[a.end:b.start]) or (a.listed and b.listed
                                                                   and b.inherited_type)):
            b.issuer_span = a.issuer_span
        if a.date is None and b.date is not None and b.inherited_type:
            a.date = b.date


def find_short_forms(text: str, start: int, end: int, taken: list[Span]) -> list[Citation]:
    """"Kế hoạch 184", "Đề án 06": a capitalised type and a bare number, outside ``taken``."""
    out: list[Citation] = []
    index = SpanIndex(taken)
    for m in _SHORT_RE.finditer(text, start, end):
        if not m.group("type")[:1].isupper():
            continue
        num = m.group("num")
        if len(num) == 4 and 1900 <= int(num) <= 2100:
            continue  # a year: "Kế hoạch 2026"
        if index.contains_point(m.start()) or index.contains_point(m.end() - 1):
            continue
        doc_type = _canonical_type(m.group("type"))
        if doc_type in NOT_SHORT_FORM_TYPES:
            continue  # "Dự án 1": a project of a programme
        cit = Citation(
            start=m.start(), end=m.end(), doc_type=doc_type,
            type_span=m.span("type"), number=num, number_span=m.span("num"), short=True,
        )
        _read_tail(text, cit, _tail_limit(text, m.end(), end))
        out.append(cit)
    return out
