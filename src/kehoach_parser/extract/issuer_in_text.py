"""The issuing body where the header does not name it whole.

Two places of a document name its issuer outside the header's left column:

* the **enacting line** under the title of a decision or a resolution ("ỦY BAN NHÂN DÂN
  THÀNH PHỐ X", "HỘI ĐỒNG NHÂN DÂN TỈNH Y / KHÓA XIV, KỲ HỌP THỨ 9", "THỦ TƯỚNG CHÍNH PHỦ
  điện:") — a body name alone on its line;
* the **sender's own sentences** in a letter ("…, Bộ Tài chính đề nghị Ủy ban nhân dân các
  tỉnh …"), read only for a letter whose header is lost;
* the **statement** of the opening paragraph that this body makes the document ("…, Ủy ban
  nhân dân tỉnh X xây dựng kế hoạch như sau:", "UBND tỉnh ban hành Kế hoạch …"); a statement
  that goes on with a number ("ban hành Kế hoạch số 27/KH-UBND") reports another document.

They are read when the header prints a local body without its locality ("ỦY BAN NHÂN DÂN"
alone: the locality comes from them) and, for the enacting line, when the header has no
issuer at all.
"""

from __future__ import annotations

from kehoach_parser.document import Span
from kehoach_parser.extract.casing import expand_abbreviations, upper_body_case
from kehoach_parser.extract.footer import Cell
from kehoach_parser.extract.issuer import clean_cell, is_named_body_line
from kehoach_parser.extract.issuer_statement import ENDS_ON_UNIT_RE
from kehoach_parser.lang.vi.abbreviations import (
    BODY_ABBREVIATIONS,
    FULL_BODY_NAMES,
    SHORT_BODY_NAMES,
)
from kehoach_parser.lang.vi.admin_units import ADMIN_UNITS
from kehoach_parser.lang.vi.doc_types import HEADER_DOC_TYPES
from kehoach_parser.lang.vi.header_words import (
    ENACTING_BODY_HEADS,
    ENACTING_POSITIONS,
    ISSUING_VERBS,
    SENDER_HEADS,
    SENDER_VERBS,
)
from kehoach_parser.lang.vi.patterns import SPACES, alternation
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.capitals import all_capitals
from kehoach_parser.text.lines import Line

#: Text lines after the title an enacting line may stand on (rules and blank lines not
#: counted).
ENACTING_LINE_WINDOW = 3

_UNITS = alternation(ADMIN_UNITS)
_BODIES = alternation([*BODY_ABBREVIATIONS, *SHORT_BODY_NAMES, *FULL_BODY_NAMES])
_RULE_RE = lazy_compile(r"[\s\-–—_=*|]+")
#: An enacting line: a body in capitals, maybe followed by a word in small letters and a
#: colon ("THỦ TƯỚNG CHÍNH PHỦ điện:").
_ENACTING_RE = lazy_compile(
    r"^(?P<position>" + alternation(ENACTING_POSITIONS) + r"\s+)?(?P<body>"
    + alternation(ENACTING_BODY_HEADS) + r"(?:\s+[\p{Lu}\p{M}\d&.,\-–]+)*)"
    r"(?:\s+\p{Ll}+)?\s*:?\s*$"
)
#: "<body> <unit> [Name] (đã) ban hành|xây dựng <type>", not followed by a number.
_STATEMENT_RE = lazy_compile(
    rf"(?<!của\s)(?P<issuer>(?i:{_BODIES})\s+(?i:{_UNITS})"
    rf"(?:\s+(?:\p{{Lu}}[\p{{Ll}}\p{{M}}]*\s+){{0,4}}?\p{{Lu}}[\p{{Ll}}\p{{M}}]*)?)"
    rf"\s+(?i:(?:đã\s+)?{alternation(ISSUING_VERBS, space=SPACES)})\s+"
    rf"(?i:{alternation([t.lower() for t in HEADER_DOC_TYPES], boundary='end')})"
    rf"(?!\s+số\s*\d)"
)


#: The note under an attached text's title naming the document it goes with and that
#: document's issuer: "(Ban hành kèm theo Quyết định số 797/QĐ-UBND ngày 14/3/2018 của UBND
#: tỉnh Bình Định)".
_ATTACHED_TO_RE = lazy_compile(
    rf"(?i:kèm{SPACES}theo)\s+(?i:{alternation([t.lower() for t in HEADER_DOC_TYPES])})"
    rf"[^()]{{0,80}}?\s(?i:của)\s+(?P<issuer>(?i:{_BODIES})\s+(?i:{_UNITS})"
    rf"(?:\s+\p{{Lu}}[\p{{Ll}}\p{{M}}]*){{1,5}})\s*\)"
)


def _key(text: str) -> str:
    return " ".join(text.casefold().replace("uỷ", "ủy").split())


def is_bare_local_body(issuer: str) -> bool:
    """'Ủy ban nhân dân' (no locality after it): a body whose locality is printed elsewhere."""
    return _key(issuer) in {_key(n) for n in FULL_BODY_NAMES}


def enacting_line(lines: list[Line], start: int, *, positions: bool = False
                  ) -> tuple[str, Span] | None:
    """The body named by an enacting line among the first text lines from offset ``start``
    (the end of the title), in written case, without session words.  With ``positions``, a
    line opened by a position ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X") names its body too (a
    position is no body: such a line only gives a bare issuer its locality)."""
    seen = 0
    for k, ln in enumerate(lines):
        if ln.end <= start:
            continue
        text = ln.text.strip()
        if not text or _RULE_RE.fullmatch(text):
            continue
        seen += 1
        if seen > ENACTING_LINE_WINDOW:
            return None
        m = _ENACTING_RE.match(text)
        if m is None or not all_capitals(m.group("body"), min_letters=2) \
                or (m.group("position") and not positions):
            continue
        lead = ln.text.find(text) + m.start("body")
        cell = clean_cell(Cell(ln.start + lead, ln.start + lead + len(m.group("body")),
                               m.group("body"), ln.index))
        if cell is None:
            continue
        body, span = cell.text, (cell.start, cell.end)
        locality = _locality_line(lines, k + 1) if is_bare_local_body(body) else None
        if locality is not None:
            # "CHỦ TỊCH ỦY BAN NHÂN DÂN" ⏎ "TỈNH BÀ RỊA - VŨNG TÀU": the line under it
            body, span = f"{body} {locality.text}", (span[0], locality.end)
        return upper_body_case(body), span
    return None


#: Words of a locality line under an enacting line: a unit word and a place's name.  The
#: longest such line, a two-word unit and a name of two parts joined by a dash ("THÀNH PHỐ
#: BÀ RỊA – VŨNG TÀU" has 7 tokens, the dash one of them), fits in 8; a longer line of
#: capitals is a title or a heading, not the rest of the body's name.
LOCALITY_MAX_WORDS = 8


def _locality_line(lines: list[Line], k: int) -> Cell | None:
    """Line ``k`` when it is a locality in capitals alone on its line ("TỈNH BÀ RỊA –
    VŨNG TÀU"), the rest of an enacting line wrapped after its body."""
    if k >= len(lines):
        return None
    ln = lines[k]
    text = ln.text.strip()
    if not text or not all_capitals(text, min_letters=2) or not _names_place(text) \
            or len(text.split()) > LOCALITY_MAX_WORDS:
        return None
    start = ln.start + ln.text.find(text)
    return clean_cell(Cell(start, start + len(text), text, ln.index))


def named_body_under_title(lines: list[Line], title: Span) -> tuple[str, Span] | None:
    """The issuer printed as the last line of a title over several lines or as the first
    text line under it (``title`` is the title's span), when that line is a body's whole
    name in capitals ("KẾ HOẠCH / THỰC HIỆN NHIỆM VỤ NĂM HỌC … / TRƯỜNG MẦM NON X")."""
    for ln in lines:
        if ln.end < title[1] or (ln.start <= title[0] and ln.end >= title[1]):
            continue  # above the title's last line, or a title of one line
        text = ln.text.strip()
        if not text or _RULE_RE.fullmatch(text):
            continue
        if is_named_body_line(text):
            lead = ln.text.find(text)
            return upper_body_case(text), (ln.start + lead, ln.start + lead + len(text))
        if ln.end > title[1]:
            return None  # the first line under the title names no body
    return None


def locality_from_text(issuer: str, lines: list[Line], title_end: int, text: str,
                       window: tuple[int, int]) -> tuple[str, Span] | None:
    """The bare ``issuer`` with the locality the document prints for it elsewhere: the
    enacting line under the title, else the statement of the opening paragraphs."""
    key = _key(issuer)
    found = enacting_line(lines, title_end, positions=True)
    if found is not None and _key(found[0]).startswith(key + " ") \
            and _names_place(found[0][len(issuer):]):
        return found
    start, end = window
    for pattern in (_STATEMENT_RE, _ATTACHED_TO_RE):
        for m in pattern.finditer(text, start, end):
            named = expand_abbreviations(" ".join(m.group("issuer").split()))
            if _key(named).startswith(key + " "):
                rest = named[len(issuer):].strip()
                return f"{issuer} {rest[:1].lower()}{rest[1:]}", m.span("issuer")
    if found is not None and _key(found[0]).startswith(key + " ") \
            and _has_unit(found[0][len(issuer):]):
        return found  # "ỦY BAN NHÂN DÂN TỈNH": the unit at least
    return None


_UNIT_START_RE = lazy_compile(r"(?i)^\s*" + _UNITS)


def _has_unit(rest: str) -> bool:
    return bool(_UNIT_START_RE.match(rest))


def _names_place(rest: str) -> bool:
    """``rest`` is a unit word and a place's name ("tỉnh Bình Định"), not the unit alone."""
    m = _UNIT_START_RE.match(rest)
    return m is not None and bool(rest[m.end():].strip())


#: "<Body Name> (đã) đề nghị|trân trọng cảm ơn …" at the start of a sentence or after a
#: comma: a body head, then up to seven words of its name (capitalised, "và", or the small
#: words of a field: "Bộ Tài chính", "Sở Giáo dục và Đào tạo").
_SENDER_RE = lazy_compile(
    r"(?:^|[,;.:]\s+|\n)(?P<issuer>" + alternation(SENDER_HEADS)
    + r"(?:\s+(?:\p{Lu}[\p{Ll}\p{M}]*|[\p{Ll}\p{M}]+)){1,7}?)\s+(?:đã\s+)?"
    + alternation(SENDER_VERBS, boundary="end")
)


def letter_sender(text: str, start: int, end: int) -> tuple[str, Span] | None:
    """The body that a letter names as the speaker of its sentences between ``start`` and
    ``end`` ("…, Bộ Tài chính đề nghị Quý Ủy ban …"), with its span; None when none does or
    the name has no place after its unit word."""
    m = _SENDER_RE.search(text, start, end)
    if m is None:
        return None
    name = expand_abbreviations(" ".join(m.group("issuer").split()))
    if ENDS_ON_UNIT_RE.search(name) or is_bare_local_body(name):
        return None
    return name, m.span("issuer")
