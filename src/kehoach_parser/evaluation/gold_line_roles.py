"""The gold role of every line: the gold record's strings located in the document's text.

Each gold string is searched folded (:class:`~kehoach_parser.text.folded.
FoldedText`: letters and digits only, lower case, no marks) in the part of the text where
that record can stand, and its span becomes a mark of :mod:`~kehoach_parser.evaluation.
line_roles` (which then applies the precedence and the completions shared with the rules):

* ``header``: the issuer (as written, else with its body names abbreviated: "Ủy ban nhân
  dân" → "UBND"), "<number>/<symbol>" (else the symbol, else "Số <number>"), the place (on
  the line of the date when it is there), else the issued date's line — all within the
  first :data:`HEADER_MAX_LINES` lines;
* ``motto``: a line of the header area made of the national motto or the party banner, or
  of two or more consecutive words of one (a line holding an issuer beside the motto is
  not a motto line);
* ``title``: the gold title within the first :data:`TITLE_MAX_LINES` lines (else its first
  :data:`TITLE_PREFIX` folded characters), and the type line: the nearest line at or above
  the title that opens with the gold document type and holds nothing else but the title;
* ``heading``: label and title of each gold section, in order, where they open a line;
* ``indicator``: each gold indicator's ``text``, in order;
* ``recipients``: each gold recipient after the last "Nơi nhận" (else in the last
  :data:`FOOTER_SHARE` of the text);
* ``signature``: each signer's name (its last occurrence) and position (the last before
  the name, within :data:`SIGNATURE_REACH` characters).

A string the text does not hold marks nothing (its line stays ``body``); ``RoleMarks.
coverage`` counts, by kind, the strings looked for and found.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from kehoach_parser.evaluation.line_roles import RoleMarks, assign_roles, counted
from kehoach_parser.lang.vi.abbreviations import BODY_ABBREVIATIONS
from kehoach_parser.lang.vi.date_words import DAY_WORD
from kehoach_parser.lang.vi.header_words import (
    HEADER_MAX_LINES,
    NATIONAL_LINES,
    NUMBER_WORD_FORMS,
)
from kehoach_parser.lang.vi.recipients import RECIPIENTS_OPENERS
from kehoach_parser.text.folded import FoldedText, fold
from kehoach_parser.text.lines import Line, split_lines

__all__ = ["gold_line_roles", "gold_marks"]

#: How far from the top the title may stand (lines).
TITLE_MAX_LINES: Final = 60
#: Folded characters of a title looked for when the whole title is not found.
TITLE_PREFIX: Final = 30
#: Share of the text, from its end, searched for recipients when no "Nơi nhận" is found.
FOOTER_SHARE: Final = 0.4
#: How far before a signer's name (characters) the position is looked for.
SIGNATURE_REACH: Final = 300
#: The shortest run of words of a motto that makes a motto line.
MOTTO_MIN_WORDS: Final = 2

_DATE_KEY = fold(DAY_WORD)
_NUMBER_KEY = fold(NUMBER_WORD_FORMS[0])  # "Số" of "Số: 12/KH-UBND"
#: Folded body names and their folded abbreviations, longest name first.
_CONTRACTIONS = sorted({(fold(full), fold(abbr)) for abbr, full in BODY_ABBREVIATIONS.items()},
                       key=lambda p: -len(p[0]))


def _words(text: str) -> list[str]:
    out: list[str] = []
    word: list[str] = []
    for ch in text:
        if ch.isalnum():
            word.append(ch)
        elif word:
            out.append(fold("".join(word)))
            word = []
    if word:
        out.append(fold("".join(word)))
    return out


_MOTTOS = [_words(line) for line in NATIONAL_LINES]


def _is_motto_line(text: str) -> bool:
    """A line made of consecutive words of a motto, or of whole mottos (a line that also
    holds other words, such as an issuer beside the motto, is not a motto line)."""
    words = _words(text)
    if not words:
        return False
    rest = f" {' '.join(words)} "
    for m in sorted(_MOTTOS, key=len, reverse=True):
        rest = rest.replace(f" {' '.join(m)} ", " ")
    if not rest.strip():
        return True
    n = len(words)
    return n >= MOTTO_MIN_WORDS and any(
        m[i:i + n] == words for m in _MOTTOS for i in range(len(m) - n + 1))


def _region_end(lines: list[Line], n: int) -> int:
    return lines[min(n, len(lines)) - 1].end if lines else 0


def _header(ft: FoldedText, gold: Mapping[str, Any], lines: list[Line],
            marks: RoleMarks) -> None:
    end = _region_end(lines, HEADER_MAX_LINES)
    issuer = fold(gold.get("issuer"))
    if issuer:
        span = ft.find_key(issuer, 0, end)
        if span is None:
            short = issuer
            for full, abbr in _CONTRACTIONS:
                short = short.replace(full, abbr)
            span = ft.find_key(short, 0, end)
        marks.add("header", span)
        marks.note("issuer", span is not None)
    number, symbol = gold.get("number"), gold.get("symbol")
    span = None
    if number and symbol:
        span = ft.find_key(fold(str(number)) + fold(symbol), 0, end)
    if span is None and symbol:
        span = ft.find(symbol, 0, end)
    if span is None and number:
        span = ft.find_key(_NUMBER_KEY + fold(str(number)), 0, end)
    marks.add("header", span)
    if number or symbol:
        marks.note("number/symbol", span is not None)
    date = str(gold.get("issued_date") or "")
    year = date[:4] if date[:4].isdigit() else ""
    place_spans = ft.find_all(gold.get("place"), 0, end)
    dated = [ln for ln in lines[:HEADER_MAX_LINES]
             if _DATE_KEY in fold(ln.text) and (not year or year in ln.text)]
    chosen = None
    for s in place_spans:
        if any(ln.start <= s[0] < ln.end + 1 for ln in dated):
            chosen = s
            break
    if chosen is None and place_spans:
        chosen = place_spans[0]
    if chosen is None and year and dated:
        chosen = (dated[0].start, dated[0].end)
    marks.add("header", chosen)
    if gold.get("place") or year:
        marks.note("place/date", chosen is not None)


def _title(ft: FoldedText, gold: Mapping[str, Any], lines: list[Line],
           marks: RoleMarks) -> None:
    end = _region_end(lines, TITLE_MAX_LINES)
    title = fold(gold.get("title"))
    span = ft.find_key(title, 0, end) if title else None
    if span is None and len(title) > TITLE_PREFIX:
        span = ft.find_key(title[:TITLE_PREFIX], 0, end)
    marks.add("title", span)
    if title:
        marks.note("title", span is not None)
    doc_type = fold(gold.get("doc_type"))
    if not doc_type:
        return
    limit = len(doc_type) + (len(title) if span is not None else 0) + 3
    type_lines = [ln for ln in lines[:TITLE_MAX_LINES]
                  if fold(ln.text).startswith(doc_type) and len(fold(ln.text)) <= limit]
    if span is not None:
        type_lines = [ln for ln in type_lines if ln.start <= span[0]]
        if type_lines:
            ln = type_lines[-1]
            marks.add("title", (ln.start, ln.end))
    elif type_lines:
        marks.add("title", (type_lines[0].start, type_lines[0].end))
    marks.note("type line", bool(type_lines))


def _line_start_keys(ft: FoldedText, lines: list[Line]) -> set[int]:
    """Index in the folded text of the first letter or digit of every line."""
    return {ft.key_position(ln.start) for ln in lines if counted(ln)}


def _headings(ft: FoldedText, gold: Mapping[str, Any], lines: list[Line],
              marks: RoleMarks) -> None:
    starts = _line_start_keys(ft, lines)
    cursor = 0
    for sec in gold.get("sections") or []:
        key = fold(str(sec.get("label") or "")) + fold(sec.get("title"))
        if not key:
            continue
        found = False
        for span in ft.find_all(key, cursor):
            if ft.key_position(span[0]) in starts:
                marks.add_heading(span, int(sec.get("level") or 0))
                cursor = span[1]
                found = True
                break
        marks.note("section", found)


def _sequential(ft: FoldedText, texts: list[str], role: str, start: int,
                marks: RoleMarks, kind: str) -> None:
    cursor = start
    for text in texts:
        span = ft.find(text, cursor)
        if span is None:
            span = ft.find(text, start)
        if fold(text):
            marks.note(kind, span is not None)
        if span is not None:
            marks.add(role, span)
            cursor = span[1]


def _signers(ft: FoldedText, gold: Mapping[str, Any], marks: RoleMarks) -> None:
    tail = int(len(ft.text) * (1 - FOOTER_SHARE))
    for signer in gold.get("signers") or []:
        name = ft.rfind(signer.get("name"))
        marks.add("signature", name)
        if fold(signer.get("name")):
            marks.note("signer name", name is not None)
        if name is not None:
            pos = ft.rfind(signer.get("position"), max(name[0] - SIGNATURE_REACH, 0), name[0])
        else:
            pos = ft.rfind(signer.get("position"), tail)
        marks.add("signature", pos)


def gold_marks(text: str, gold: Mapping[str, Any]) -> RoleMarks:
    """The marks of ``gold`` located in ``text`` (the module docstring says how)."""
    ft = FoldedText(text)
    lines = split_lines(text)
    marks = RoleMarks()
    _header(ft, gold, lines, marks)
    marks.motto_lines = {ln.index for ln in lines[:HEADER_MAX_LINES]
                         if counted(ln) and _is_motto_line(ln.text)}
    _title(ft, gold, lines, marks)
    _headings(ft, gold, lines, marks)
    _sequential(ft, [str(i.get("text") or "") for i in gold.get("indicators") or []],
                "indicator", 0, marks, "indicator")
    recipients = [str(r) for r in gold.get("recipients") or []]
    if recipients:
        opener = max((s[1] for w in RECIPIENTS_OPENERS if (s := ft.rfind(w)) is not None),
                     default=int(len(text) * (1 - FOOTER_SHARE)))
        _sequential(ft, recipients, "recipients", opener, marks, "recipient")
    _signers(ft, gold, marks)
    return marks


def gold_line_roles(text: str, gold: Mapping[str, Any]) -> list[str | None]:
    """The gold role of every line of ``text`` (split on LF)."""
    return assign_roles(text, gold_marks(text, gold))
