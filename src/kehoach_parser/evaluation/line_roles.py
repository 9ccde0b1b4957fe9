"""The role of every line of a document, from marked spans: one vocabulary for the gold and
for the parser's own output, so that the two (and a learned line model) can be compared.

A *mark* is a span of :attr:`Document.text` known to hold one role (the issuer's span is a
``header`` mark, a recipient's span a ``recipients`` mark …).  :func:`assign_roles` turns
the marks of a document into one role per physical line:

* a line takes every role whose marks overlap it; a line holding several takes the first of
  :data:`PRECEDENCE` (the header, motto and title block first, then the footer, then the
  outline, then the figures, ``body`` last);
* the same completions are applied whatever produced the marks: the header takes every
  line above its first mark (a parent body above the issuer) and the lines between two of
  its marks at most :data:`HEADER_GAP` lines apart, except motto and title lines; the
  recipients block takes the "Nơi nhận" line just above its first mark and the archive
  line ("Lưu: VT") just below its last; the signature takes the authority lines ("TM. …",
  "KT. CHỦ TỊCH") just above its first mark and the lines between its marks; an
  indicator line that is a table row (two ``|`` or a tab) is a ``table_row``;
* a line without a letter or a digit (blank, ``|``, ``-------``) has no role (``None``)
  and is left out of every count.

:func:`rule_line_roles` reads the marks off a parsed :class:`Document`; the gold marks come
from :mod:`kehoach_parser.evaluation.gold_line_roles`.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

from kehoach_parser.document import Document, Span
from kehoach_parser.extract.issuer import is_motto_fragment
from kehoach_parser.lang.vi.header_words import HEADER_MAX_LINES
from kehoach_parser.lang.vi.recipients import ARCHIVE_OPENERS, RECIPIENTS_OPENERS
from kehoach_parser.lang.vi.signatures import AUTHORITY_PREFIXES
from kehoach_parser.text.folded import FoldedText, fold
from kehoach_parser.text.lines import Line, split_lines

__all__ = ["PRECEDENCE", "ROLES", "RoleMarks", "assign_roles", "counted",
           "heading_line_levels", "rule_line_roles", "rule_marks"]

#: Every role, in the order tables list them.
ROLES: Final[tuple[str, ...]] = ("header", "motto", "title", "heading", "indicator",
                                 "table_row", "recipients", "signature", "body")
#: Which role a line holding several takes: the first listed.
PRECEDENCE: Final[tuple[str, ...]] = ("header", "motto", "title", "recipients", "signature",
                                      "heading", "table_row", "indicator", "body")
#: Roles given by marks (motto is given by lines, table_row derived from indicator).
MARKED_ROLES: Final[tuple[str, ...]] = ("header", "title", "heading", "indicator",
                                        "recipients", "signature")
#: How far (in lines) a block's completion looks for its opener or closing line.
BLOCK_REACH: Final = 3
#: The widest gap (in lines) between two signature marks filled as signature.
SIGNATURE_GAP: Final = 4
#: How far after a section's heading line (characters, besides twice its title's length)
#: the title the parser read for it is looked for.
TITLE_REACH: Final = 40
#: The widest gap (in lines) between two header marks filled as header (cells, rules and
#: wrapped names between the issuer, the number and the date).
HEADER_GAP: Final = 6

_RECIPIENT_KEYS = tuple(fold(w) for w in RECIPIENTS_OPENERS)
_ARCHIVE_KEYS = tuple(fold(w) for w in ARCHIVE_OPENERS)
_AUTHORITY_PREFIXES = tuple(sorted(AUTHORITY_PREFIXES, key=len, reverse=True))


@dataclass
class RoleMarks:
    """Spans known to hold each marked role, and the indexes of the motto lines."""

    spans: dict[str, list[Span]] = field(default_factory=dict)
    motto_lines: set[int] = field(default_factory=set)
    #: The level of each heading mark (0 for "PHẦN I", 1 for Roman numerals …).
    heading_levels: list[tuple[Span, int]] = field(default_factory=list)

    #: Gold strings looked for and found, by kind ("issuer", "section" …): [found, sought].
    coverage: dict[str, list[int]] = field(default_factory=dict)

    def note(self, kind: str, found: bool) -> None:
        """Count one gold string of ``kind`` looked for (and whether it was found)."""
        counts = self.coverage.setdefault(kind, [0, 0])
        counts[0] += int(found)
        counts[1] += 1

    def add(self, role: str, span: Span | None) -> None:
        if span is not None and span[1] > span[0]:
            self.spans.setdefault(role, []).append(span)

    def add_heading(self, span: Span | None, level: int) -> None:
        if span is not None and span[1] > span[0]:
            self.add("heading", span)
            self.heading_levels.append((span, level))


def counted(line: Line) -> bool:
    """A line that takes a role: one with a letter or a digit."""
    return any(ch.isalnum() for ch in line.text)


def _is_table_row(text: str) -> bool:
    return text.count("|") >= 2 or "\t" in text


def _opens_authority(text: str) -> bool:
    s = text.strip(" |*-").upper()
    return any(s.startswith(p) and s[len(p):len(p) + 1] in (".", " ", "")
               for p in _AUTHORITY_PREFIXES)


def _lines_of(lines: list[Line], starts: list[int], spans: Iterable[Span]) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        first = bisect.bisect_right(starts, s) - 1
        last = bisect.bisect_right(starts, max(s, e - 1)) - 1
        out.update(i for i in range(max(first, 0), last + 1) if counted(lines[i]))
    return out


def _complete(lines: list[Line], hits: dict[str, set[int]]) -> None:
    """The completions of the module docstring, in place."""
    header = {i for i in hits.get("header", set()) if i < HEADER_MAX_LINES}
    hits["header"] = header
    if header:
        skip = hits.get("motto", set()) | hits.get("title", set())
        ordered = sorted(header)
        fill = set(range(ordered[0]))
        for a, b in itertools.pairwise(ordered):
            if b - a <= HEADER_GAP:
                fill.update(range(a + 1, b))
        header.update(i for i in fill if counted(lines[i]) and i not in skip)
    rec = hits.get("recipients", set())
    if rec:
        first, last = min(rec), max(rec)
        for i in range(first, max(first - BLOCK_REACH, 0) - 1, -1):
            if fold(lines[i].text).startswith(_RECIPIENT_KEYS):
                rec.update(j for j in range(i, first) if counted(lines[j]))
                break
        for i in range(last + 1, min(last + 1 + BLOCK_REACH, len(lines))):
            if fold(lines[i].text).startswith(_ARCHIVE_KEYS):
                rec.update(j for j in range(last + 1, i + 1) if counted(lines[j]))
                break
    sig = hits.get("signature", set())
    if sig:
        ordered = sorted(sig)
        for a, b in itertools.pairwise(ordered):
            if b - a <= SIGNATURE_GAP:
                sig.update(j for j in range(a + 1, b) if counted(lines[j]))
        first = ordered[0]
        top = first
        for i in range(first - 1, max(first - BLOCK_REACH, 0) - 1, -1):
            if _opens_authority(lines[i].text):
                top = i
        sig.update(j for j in range(top, first) if counted(lines[j]))
    ind = hits.get("indicator", set())
    hits["table_row"] = {i for i in ind if _is_table_row(lines[i].text)}


def assign_roles(text: str, marks: RoleMarks) -> list[str | None]:
    """One role per line of ``text`` (split on LF), ``None`` for lines without a letter or
    a digit."""
    lines = split_lines(text)
    starts = [ln.start for ln in lines]
    hits: dict[str, set[int]] = {role: _lines_of(lines, starts, marks.spans.get(role, ()))
                                 for role in MARKED_ROLES}
    hits["motto"] = {i for i in marks.motto_lines if i < len(lines) and counted(lines[i])}
    _complete(lines, hits)
    roles: list[str | None] = []
    for i, line in enumerate(lines):
        if not counted(line):
            roles.append(None)
            continue
        roles.append(next((r for r in PRECEDENCE[:-1] if i in hits.get(r, ())), "body"))
    return roles


def heading_line_levels(text: str, marks: RoleMarks) -> dict[int, int]:
    """The level of every line a heading mark covers (the first mark's level when two
    cover it)."""
    lines = split_lines(text)
    starts = [ln.start for ln in lines]
    out: dict[int, int] = {}
    for span, level in marks.heading_levels:
        for i in sorted(_lines_of(lines, starts, [span])):
            out.setdefault(i, level)
    return out


def rule_marks(document: Document) -> RoleMarks:
    """The marks the parser's own output gives: the spans of its header fields, title and
    type, sections (and the lines of each section's title), indicators (targets),
    recipients and signers; motto lines are the lines
    of the header area its header stage takes for the national motto
    (:func:`~kehoach_parser.extract.issuer.is_motto_fragment`)."""
    marks = RoleMarks()
    fs = document.field_spans
    for name in ("issuer", "number", "symbol", "place", "issued_date"):
        marks.add("header", fs.get(name))
    for name in ("title", "doc_type"):
        marks.add("title", fs.get(name))
    folded = FoldedText(document.text)
    for sec in document.sections:
        marks.add_heading(sec.span, sec.level)
        # the span is the label's line; a title read from the lines below it is marked too
        reach = sec.span[1] + TITLE_REACH + 2 * len(sec.title or "")
        marks.add_heading(folded.find(sec.title, sec.span[0],
                                      min(reach, sec.body_span[1])), sec.level)
    for ind in document.indicators:
        marks.add("indicator", ind.span)
    for rec in document.recipient_entries:
        marks.add("recipients", rec.span)
    for signer in document.signers:
        marks.add("signature", signer.span)
        for span in signer.field_spans.values():
            marks.add("signature", span)
    for line in split_lines(document.text)[:HEADER_MAX_LINES]:
        if counted(line) and is_motto_fragment(line.text):
            marks.motto_lines.add(line.index)
    return marks


def rule_line_roles(document: Document) -> list[str | None]:
    """The role of every line of ``document.text`` as the parser's output gives it."""
    return assign_roles(document.text, rule_marks(document))
