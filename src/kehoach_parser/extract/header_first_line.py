"""A first line "KẾ HOẠCH X" (type word and topic on one line) in a text without a header:
the headline of a news passage, or the type line of a document that lost its header table
(decision 26).

What follows the line tells them apart.  A document goes on with its lead-in ("Căn cứ …",
"Thực hiện Công văn số …", "Trên cơ sở …"), a numbered part, a heading in capitals or a note
in brackets; a news passage with a dateline ("06/01/2022"), a sentence opening with a date
("Ngày 18 tháng 7 năm 2025 …, đã ban hành …") or a narrative paragraph ("Năm 2021 dù gặp
nhiều khó khăn …").

A first line whose type word is not in capitals alone ("Kế hoạch Chương trình …", "KẾ
HOẠCH GIÁO DỤC NHÀ TRƯỜNG Năm học …") is read as a type line only on stronger evidence: a
lead-in paragraph that announces the parts ("… với các nội dung sau:") right above the
first numbered part.  A web page's title over a news report that opens "Thực hiện chỉ đạo
…" has no such paragraph.
"""

from __future__ import annotations

from collections.abc import Iterator

from kehoach_parser.extract.casing import doc_type_case
from kehoach_parser.extract.footer import Cell
from kehoach_parser.extract.header_text import _RULE_LINE_RE, _upper
from kehoach_parser.extract.header_title import _is_enacting_line
from kehoach_parser.lang.vi.doc_types import HEADER_DOC_TYPES
from kehoach_parser.lang.vi.header_words import (
    DOCUMENT_LEAD_INS,
    RECOUNTING_DOC_TYPES,
    TYPE_LINE_SUBJECT_WORDS,
)
from kehoach_parser.lang.vi.patterns import SPACES, alternation
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.lines import Line, read_label

#: Text lines a lead-in may run over (each "Căn cứ …" a line) before the first numbered part.
LEAD_IN_MAX_LINES = 10
#: Marks around a line that do not count as its text (markdown emphasis, a heading's "#").
_MARKS = " \t*_#"

#: A type word (any case) and the topic after it on the same line.
_TYPE_AND_TOPIC_RE = lazy_compile(
    r"^(?P<type>" + alternation(HEADER_DOC_TYPES, space=SPACES, boundary="end",
                                ignore_case=True)
    + r")\s*:?\s+(?P<rest>\p{L}.*)$"
)
#: What a topic does not open with: the number of a cited document ("Kế hoạch số 12/…"),
#: its issuer ("Kế hoạch của UBND …") or a sentence's verb after a type word cited in it.
_NOT_A_TOPIC_RE = lazy_compile(r"(?i)^(?:số|của|này|đã|được|do)(?![\p{L}])")
_LEAD_IN_RE = lazy_compile(r"(?i)^" + alternation(DOCUMENT_LEAD_INS, space=SPACES,
                                                   boundary="end"))
_SUBJECT_WORD_RE = lazy_compile(r"^" + alternation(TYPE_LINE_SUBJECT_WORDS, boundary="end"))


def _text_lines(lines: list[Line], start: int) -> Iterator[tuple[Line, str]]:
    """The lines with text that begin at offset ``start`` or after it, each with its text
    stripped of marks."""
    for ln in lines:
        if ln.start < start:
            continue
        text = ln.text.strip(_MARKS)
        if not text or _RULE_LINE_RE.fullmatch(text):
            continue
        yield ln, text


def opens_lead_in(text: str) -> bool:
    """``text`` opens with a document's lead-in ("Căn cứ …", "Thực hiện …")."""
    return bool(_LEAD_IN_RE.match(text.strip(_MARKS)))


def is_headline(doc_type: str, topic: str, lines: list[Line], title_end: int) -> bool:
    """Whether a type line with its topic ("KẾ HOẠCH KINH TẾ - XÃ HỘI NĂM 2022", ``topic``
    the part after the type word), read with no header above it, is a news headline: the
    line is in capitals throughout (a document that prints its title on the type line
    gives it in its own case: "KẾ HOẠCH Chiến lược …"), its type does not recount events
    (a notice's text opens with the meeting's date), and the text after the title
    (``title_end``) does not go on as a document."""
    return (_upper(topic) and doc_type not in RECOUNTING_DOC_TYPES
            and not goes_on_as_document(lines, title_end))


def goes_on_as_document(lines: list[Line], title_end: int) -> bool:
    """Whether the first line of text after ``title_end`` (the end of the title read off a
    first line "KẾ HOẠCH X") goes on as a document: a lead-in, a numbered line, a heading
    in capitals, an enacting line ("THỦ TƯỚNG CHÍNH PHỦ điện:") or a note in brackets;
    nothing after the title at all counts so too."""
    for _ln, text in _text_lines(lines, title_end):
        return (read_label(text) is not None or text.startswith("(")
                or _upper(text) or _is_enacting_line(text) or opens_lead_in(text))
    return True


def first_line_type(lines: list[Line]) -> tuple[str, Cell, Cell] | None:
    """The type line of a document that lost its header table: the first line of text is
    a type word and a topic ("Kế hoạch Chương trình … năm 2014"), and under it a lead-in
    paragraph ends with a colon right above the first numbered part.  Returns the type's
    name, the cell of the type word and the cell of the topic (the title's first line)."""
    found = _text_lines(lines, 0)
    first = next(found, None)
    if first is None:
        return None
    ln, text = first
    m = _TYPE_AND_TOPIC_RE.match(text)
    if m is None:
        return None
    word = m.group("type")
    name = doc_type_case(word)
    rest = m.group("rest").strip()
    if name is None or not (_upper(word) or word[:1].isupper()) \
            or _NOT_A_TOPIC_RE.match(rest) or _SUBJECT_WORD_RE.match(rest) \
            or rest.endswith((".", "?", "!")):
        return None
    if not _lead_in_above_parts(found):
        return None
    lead = ln.text.find(text)
    type_cell = Cell(ln.start + lead, ln.start + lead + len(word), word, ln.index)
    offset = ln.start + lead + m.start("rest")
    topic = Cell(offset, offset + len(rest), rest, ln.index)
    return name, type_cell, topic


#: A date that opens a sentence ("Ngày 18 tháng 7 năm 2025 …", "06/01/2022"): a news report.
_DATE_OPENING_RE = lazy_compile(r"(?i)^(?:ngày\s|\d{1,2}/\d{1,2})")


def _body_announces_parts(first: str, following: Iterator[tuple[Line, str]]) -> bool:
    """The one paragraph under the first line (``first``, not a lead-in) ends with a colon
    and the first numbered part follows it at once ("Đại hội … quyết nghị:⏎I. KẾT QUẢ …",
    "Kết quả biểu quyết … như sau :⏎1. …"): the body of the document that the first line
    names, not a news report (which opens with a date or tells more before any list)."""
    if _DATE_OPENING_RE.match(first) or not first.rstrip(_MARKS).endswith(":"):
        return False
    nxt = next(following, None)
    return nxt is not None and read_label(nxt[1]) is not None


def _lead_in_above_parts(following: Iterator[tuple[Line, str]]) -> bool:
    """The lines after the first: a lead-in opens them, and the line right above the first
    numbered line ends with a colon (the lead-in announces the parts); or one paragraph
    that announces the parts stands between (:func:`_body_announces_parts`)."""
    previous: str | None = None
    for count, (_ln, text) in enumerate(following):
        if count == 0 and not opens_lead_in(text):
            return _body_announces_parts(text, following)
        if read_label(text) is not None:
            return previous is not None and previous.rstrip(_MARKS).endswith(":")
        if count >= LEAD_IN_MAX_LINES:
            return False
        previous = text
    return False

