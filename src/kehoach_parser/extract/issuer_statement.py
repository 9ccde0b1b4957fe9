"""The issuer stated by a text that lost its header table (decision 19), and the name of a
locality that a body's name leaves out.

* **Statement.**  A sentence of the opening paragraphs in which a body says that it makes
  this very document: "…, Trường Tiểu học X xây dựng kế hoạch …", "…; Ban Chấp hành
  Thành đoàn X ban hành Kế hoạch …".  The body opens a sentence or follows a ",", ";" or
  ":"; a statement that goes on with a number ("ban hành Kế hoạch số 27/KH-UBND") reports
  another document.
* **Locality.**  A name that ends on its unit word ("Ủy ban nhân dân thành phố",
  "Thường trực Hội đồng nhân dân xã") takes the place name the text gives the same body
  ("Hội đồng nhân dân xã Y căn cứ: …") or, failing that, the header's place when the text
  names the unit with it ("… của thành phố Cần Thơ").
"""

from __future__ import annotations

import regex

from kehoach_parser.document import Span
from kehoach_parser.extract.casing import expand_written_name
from kehoach_parser.lang.vi.admin_units import ADMIN_UNITS
from kehoach_parser.lang.vi.doc_types import HEADER_DOC_TYPES
from kehoach_parser.lang.vi.header_words import (
    CONGRESS_BODIES,
    CONGRESS_DELEGATES,
    CONGRESS_HEAD,
    CONGRESS_HOLDING_VERBS,
    CONGRESS_TERM_WORDS,
    ENACTING_SENTENCE_WORDS,
    ISSUING_VERBS,
    NOTIFYING_FORMULAS,
    RESOLVING_WORD,
    STATEMENT_HEADS,
    STATEMENT_OBJECTS,
)
from kehoach_parser.lang.vi.patterns import SPACES, alternation
from kehoach_parser.lazy_pattern import lazy_compile

#: Words of a body's name after its head ("Tiểu học Ngô Quyền", "Chấp hành Thành đoàn").
STATEMENT_NAME_MAX_WORDS = 7
#: Words of a place's name after its unit word ("Gia Hanh", "Hồ Chí Minh").
PLACE_NAME_MAX_WORDS = 4

_HEADS = alternation(STATEMENT_HEADS, boundary="end")
_NAME_WORDS = r"(?:\s+(?:\p{Lu}[\p{Ll}\p{M}]*|[\p{Ll}\p{M}]+))"
#: ... and in a statement, also an acronym ("THCS") or a number ("Quận 11").
_STATED_NAME_WORDS = r"(?:\s+(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}[\p{Lu}&]+|[\p{Ll}\p{M}]+|\d+))"
_STATEMENT_RE = lazy_compile(
    r"(?:^|[,;.:]\s+|\n)(?P<issuer>" + _HEADS + _STATED_NAME_WORDS + r"{0,"
    + str(STATEMENT_NAME_MAX_WORDS) + r"}?)\s+(?:đã\s+)?"
    + alternation(ISSUING_VERBS, space=SPACES, boundary="end") + r"\s+"
    + alternation([t.lower() for t in HEADER_DOC_TYPES] + list(STATEMENT_OBJECTS),
                  space=SPACES, boundary="end", ignore_case=True)
    # "… xây dựng Kế hoạch số: 25/KH-UBND": a report of another, numbered document
    + r"(?!\s*(?:\p{L}+\s+){0,3}số\s*:?\s*\d)"
)
#: A body's enacting sentence as the first line: "Hội đồng nhân dân xã X căn cứ:".
_ENACTING_SENTENCE_RE = lazy_compile(
    r"^\s*" + _HEADS + _NAME_WORDS + r"{0," + str(STATEMENT_NAME_MAX_WORDS) + r"}?\s+"
    + alternation(ENACTING_SENTENCE_WORDS, space=SPACES, boundary="end") + r"\s*:"
)
#: A name that ends on a unit word ("UBND xã"): the place is not named (shared with
#: ``issuer_in_text``).
ENDS_ON_UNIT_RE = lazy_compile(r"(?i)(?:^|\s)(?P<unit>" + alternation(ADMIN_UNITS) + r")$")
_PLACE_NAME = (r"\p{Lu}[\p{Ll}\p{M}’']*(?:\s+\p{Lu}[\p{Ll}\p{M}’']*){0,"
               + str(PLACE_NAME_MAX_WORDS - 1) + "}")
#: The first line with text (blank lines and leading blanks skipped).
_FIRST_LINE_RE = lazy_compile(r"\s*([^\n]*)")
#: Where the sentence of a statement ends.
_SENTENCE_END_RE = lazy_compile(r"[.;](?:\s|$)|\n")


def opens_with_enacting_sentence(text: str) -> bool:
    """The text's first line is a body's enacting sentence ("Hội đồng nhân dân xã X căn
    cứ:"): a text that lost its header table, not a news report.  (Only the first line
    with text is read: the text is not split into lines for it.)"""
    first = _FIRST_LINE_RE.match(text)
    return first is not None and _ENACTING_SENTENCE_RE.match(first.group(1)) is not None


def stated_issuer(text: str, start: int, end: int) -> tuple[str, Span] | None:
    """The body that states it makes the document between offsets ``start`` and ``end``;
    its name ends on a capitalised word or a unit word ("… Ngô Quyền", "… nhân dân xã"),
    not on a small word of the sentence ("UBND tỉnh vừa ban hành": a news report)."""
    for m in _STATEMENT_RE.finditer(text, start, end):
        name = " ".join(m.group("issuer").split())
        last = name.rsplit(" ", 1)[-1]
        if last[:1].isupper() or last.isdigit() or ends_on_unit(name):
            return expand_written_name(name), m.span("issuer")
    return None


#: Words of a congress's body after its head ("quận Tân Phú", "Trường THCS X").
CONGRESS_NAME_MAX_WORDS = 6
#: The congress named at the opening of a line, up to its term ("lần thứ X", "nhiệm kỳ …",
#: "(2005 – 2010)").
_CONGRESS_RE = lazy_compile(
    r"(?:^|\n)[ \t]*(?P<issuer>" + regex.escape(CONGRESS_HEAD)
    + r"(?:\s+" + regex.escape(CONGRESS_DELEGATES) + r")?\s+"
    + alternation(CONGRESS_BODIES, boundary="end", ignore_case=True)
    + _STATED_NAME_WORDS + r"{1," + str(CONGRESS_NAME_MAX_WORDS) + r"}?)"
    + r"(?:\s+" + alternation(CONGRESS_TERM_WORDS, space=SPACES, boundary="end",
                              ignore_case=True) + r"|\s*[(,])"
)
#: A sentence's end above the congress: its sentence is not the body's first.
_SENTENCE_ABOVE_RE = lazy_compile(r"[.;:](?:\s|$)")
#: The congress's sentence says it is being held ("… tiến hành …", "… họp …").
_HOLDING_RE = lazy_compile(alternation(CONGRESS_HOLDING_VERBS, space=SPACES, boundary="both",
                                       ignore_case=True))
#: The congress resolving: "Đại hội (thống nhất) quyết nghị:" or "QUYẾT NGHỊ" on its line.
_RESOLVES_RE = lazy_compile(
    r"(?i)(?:(?P<bare>(?:^|\n)[ \t*_]*" + regex.escape(RESOLVING_WORD)
    + r"[ \t*_]*:?[ \t*_]*(?:\n|$))"
    + r"|" + regex.escape(CONGRESS_HEAD) + r"(?:\s+[\p{Ll}\p{M}]+){0,3}\s+"
    + regex.escape(RESOLVING_WORD) + r"\s*:)"
)
#: A line that is a body's name and nothing else ("Ban Chấp hành Đảng bộ huyện", with or
#: without ":"): the body under which a bare "QUYẾT NGHỊ" stands is the one that resolves.
#: A sentence about a body ("Ban Chấp hành khóa IV đã báo cáo …") is no name line.
_BODY_LINE_RE = lazy_compile(
    r"\s*" + _HEADS + _STATED_NAME_WORDS + r"{0," + str(STATEMENT_NAME_MAX_WORDS)
    + r"}[ \t]*:?[ \t]*\Z"
)


def congress_issuer(text: str, start: int, end: int) -> tuple[str, Span] | None:
    """The congress (a Party, union or youth body's "Đại hội") that a resolution without
    its header names in its opening sentence ("Đại hội đại biểu Đảng bộ quận X lần thứ X
    (nhiệm kỳ …) tiến hành …"), its term left out, when the text goes on to resolve
    ("Đại hội thống nhất quyết nghị:", "QUYẾT NGHỊ"); between offsets ``start`` and
    ``end``.  The congress opens the body's first sentence (only title lines above it),
    that sentence says it is being held (``CONGRESS_HOLDING_VERBS``), and a bare "QUYẾT
    NGHỊ" does not stand under another body's name ("Ban Chấp hành Đảng bộ huyện")."""
    m = _held_congress(text, start, end)
    if m is None:
        return None
    if not any(_resolves_itself(text, r) for r in _RESOLVES_RE.finditer(text, m.end(), end)):
        return None
    name = " ".join(m.group("issuer").split())
    return expand_written_name(name), m.span("issuer")


def _held_congress(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The first line-opening congress, before any sentence's end, whose sentence says it
    is being held: a title line that names the congress ("Đại hội đại biểu Đảng bộ xã X
    lần thứ V, nhiệm kỳ …" with no verb) does not hide the opening sentence below it."""
    for m in _CONGRESS_RE.finditer(text, start, end):
        if _SENTENCE_ABOVE_RE.search(text, start, m.start("issuer")) is not None:
            return None
        stop = _SENTENCE_END_RE.search(text, m.end("issuer"), end)
        if _HOLDING_RE.search(text, m.end("issuer"), stop.start() if stop else end) is not None:
            return m
    return None


def _resolves_itself(text: str, resolves: regex.Match[str]) -> bool:
    """The congress's own formula, or a bare "QUYẾT NGHỊ" whose line above (blank lines
    skipped) is not a body's name."""
    if resolves.group("bare") is None:
        return True
    end = resolves.start("bare")
    while end > 0 and text[end - 1].isspace():
        end -= 1  # (the line above, read in place: no copy of the text before it)
    return _BODY_LINE_RE.match(text[text.rfind("\n", 0, end) + 1:end]) is None


#: The closing formula of a notice: its sender, then "thông báo để …" (see
#: ``NOTIFYING_FORMULAS``), read in the last characters of the body.
_NOTICE_RE = lazy_compile(
    r"(?:^|[.;:]\s+|\n)(?P<issuer>" + _HEADS + _NAME_WORDS + r"{0,"
    + str(STATEMENT_NAME_MAX_WORDS) + r"}?)\s+"
    + alternation(NOTIFYING_FORMULAS, space=SPACES, boundary="end") + r"\s"
)
#: How far before the end of the body the closing formula of a notice is looked for.
NOTICE_LOOKBACK = 1500


def notifying_issuer(text: str, start: int, end: int) -> tuple[str, Span] | None:
    """The sender a notice names in its closing formula ("Văn phòng Chính phủ thông báo để
    … biết, thực hiện./."), in the last :data:`NOTICE_LOOKBACK` characters before ``end``
    (and after ``start``); the last such sentence wins."""
    found: tuple[str, Span] | None = None
    for m in _NOTICE_RE.finditer(text, max(start, end - NOTICE_LOOKBACK), end):
        found = (" ".join(m.group("issuer").split()), m.span("issuer"))
    return found


def ends_on_unit(issuer: str) -> bool:
    """``issuer`` ends on a unit word, without the place's name ("… thành phố")."""
    return ENDS_ON_UNIT_RE.search(issuer) is not None


def with_locality(issuer: str, text: str, span: Span) -> str | None:
    """``issuer`` (ending on its unit word, printed at ``span``) with the place's name that
    the statement's own sentence gives its unit ("… ban hành Kế hoạch … của thành phố Cần
    Thơ") or that an enacting sentence above gives the same body ("Hội đồng nhân dân xã Y
    căn cứ:"); None when neither does (decision 10: the body as printed)."""
    m = ENDS_ON_UNIT_RE.search(issuer)
    if m is None:
        return None
    unit = regex.escape(m.group("unit"))
    stop = _SENTENCE_END_RE.search(text, span[1])
    sentence = text[span[1]: stop.start() if stop is not None else len(text)]
    found = regex.search(rf"(?<![\p{{L}}])(?i:{unit})\s+(?P<name>{_PLACE_NAME})(?![\p{{L}}])",
                         sentence)
    if found is not None:
        return f"{issuer} {found.group('name')}"
    words = issuer[: m.start("unit")].split()
    for k in range(len(words)):
        if not words[k][:1].isupper():
            continue  # a body's name opens with a capital ("Hội đồng …", not "nhân dân")
        body = r"\s+".join(regex.escape(w) for w in words[k:])
        found = regex.search(rf"(?m)^\s*(?i:{body}\s+{unit})\s+(?P<name>{_PLACE_NAME})"
                             rf"\s+" + alternation(ENACTING_SENTENCE_WORDS, space=SPACES)
                             + r"\s*:", text[: span[0]])
        if found is not None:
            return f"{issuer} {found.group('name')}"
    return None
