"""Who owes a deadline, and the task it closes.

``task_span`` is the clause the deadline is written in: the text between the nearest
sentence or clause breaks (". ", "; ", a line break) around the date, without a leading
label or bullet; in a Markdown table, the row.

``responsible`` is the first body found, in this order:

0. in a Markdown table row, a cell naming a body (after the date's cell first);
1. a subject right after a fronted deadline ("Trước ngày 05/10/2026, các trường gửi …"),
   then the subject of the clause (with a list of bodies before ";" that has no verb), of
   the sentence, of the line ("Phòng Văn hóa - Xã hội chủ trì …", "Giao Phòng … chủ trì",
   "Đề nghị Ủy ban Mặt trận … báo cáo …");
2. the title of the nearest enclosing heading that names a body ("2. Phòng Văn hóa - Xã
   hội:"), or of an item that introduces a list with a colon; from the outline stage when it
   ran, else from the labelled lines above the date.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from kehoach_parser.context import ParseContext
from kehoach_parser.document import Span
from kehoach_parser.extract.references.bodies import read_body, skip_task_opener, starts_with_body
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.lines import read_label

_CLAUSE_END_RE = lazy_compile(r"[.!?;](?=[ \t\n]|$)|\n")
_LEAD_RE = lazy_compile(r"[ \t\-+•–—*]*(?:\(\d{1,3}\)[ \t]*)?")
_TITLE_END_RE = lazy_compile(r"[ \t]*(?:\(|:|$)")
_TRAIL_RE = lazy_compile(r"[\s.:;,]+$")
_HEADING_STYLES = frozenset({"roman", "arabic", "letter", "upper", "article"})


#: How far a date's clause or paragraph is looked for on either side of it.  A real clause is
#: a few hundred characters; the bound keeps the work per date constant on text without
#: punctuation or line breaks.
CLAUSE_WINDOW = 2000


def _paragraph_start(text: str, pos: int) -> int:
    """Start of the paragraph holding ``pos``: its line, extended up over hard-wrapped lines
    (a line break after a line that is not blank, does not end in punctuation and neither
    line opens with a label).  Reaches back :data:`CLAUSE_WINDOW` characters at most."""
    floor = max(0, pos - CLAUSE_WINDOW)
    start = text.rfind("\n", floor, pos) + 1
    if start == 0:
        return floor
    while start > floor:
        prev_start = text.rfind("\n", floor, start - 1) + 1
        if prev_start == 0 and floor > 0:
            break
        prev = text[prev_start:start - 1].rstrip(" \t")
        if (not prev.strip() or prev[-1] in ".;:!?" or read_label(prev) is not None
                or read_label(text[start:pos]) is not None):
            break
        start = prev_start
    return start


def _clause_start(text: str, pos: int, *, sentence_only: bool = False) -> int:
    line_start = _paragraph_start(text, pos)
    start = line_start
    for m in _CLAUSE_END_RE.finditer(text, line_start, pos):
        if m.group() == "\n" or (sentence_only and m.group() == ";"):
            continue
        start = m.end()
    return start


def _clause_end(text: str, pos: int) -> int:
    limit = min(len(text), pos + CLAUSE_WINDOW)
    m = _CLAUSE_END_RE.search(text, pos, limit)
    return limit if m is None else m.start()


def _skip_lead(text: str, pos: int, end: int) -> int:
    """Past spaces, a label ("2.", "a)"), a bullet and an enumeration "(3)"."""
    while pos < end and text[pos] in " \t":
        pos += 1
    line_start = text.rfind("\n", 0, pos) + 1
    if pos == line_start or not text[line_start:pos].strip():
        label = read_label(text[pos:end])
        if label is not None:
            pos += label.rest
    m = _LEAD_RE.match(text, pos, end)
    return m.end() if m else pos


def task_span(text: str, pos: int, end: int) -> Span:
    cells = _row_cells(text, pos)
    if cells is not None:  # a table row: the row, without its outer pipes
        first, last = cells[0], cells[-1]
        start, stop = first[0], last[1]
        while start < stop and text[start] in " \t":
            start += 1
        while stop > start and text[stop - 1] in " \t":
            stop -= 1
        return start, stop
    start = _skip_lead(text, _clause_start(text, pos), pos)
    stop = _clause_end(text, end)
    while stop > start and text[stop - 1] in " \t":
        stop -= 1
    return start, stop


def _subject_at(text: str, pos: int, limit: int) -> str | None:
    pos = _skip_lead(text, pos, limit)
    after = skip_task_opener(text, pos)
    span = read_body(text, after, lenient=True, after_opener=after > pos, limit=limit)
    if span is None:
        return None
    # "UBND xã yêu cầu Trưởng các thôn báo cáo …": the body asked owes the task
    nxt = span[1]
    while nxt < limit and text[nxt] in " \t":
        nxt += 1
    asked = skip_task_opener(text, nxt)
    if asked > nxt:
        second = read_body(text, asked, lenient=True, after_opener=True, limit=limit)
        if second is not None:
            span = second
    return _TRAIL_RE.sub("", text[span[0]:span[1]]) or None


def _body_title(title: str) -> str | None:
    """The body named by a heading title ("Phòng Văn hóa - Xã hội (cơ quan …):" → …)."""
    pos = skip_task_opener(title, 0)
    if not starts_with_body(title, pos):
        return None
    m = _TITLE_END_RE.search(title, pos)
    name = title[pos:m.start()] if m else title[pos:]
    return _TRAIL_RE.sub("", name) or None


#: How many outline entries (or lines) above a date are searched for the heading that names
#: who must act.  Bounds the work per date, so a text dense with dates stays linear.
HEADING_LOOKBACK = 400


def _headings_from_outline(ctx: ParseContext, pos: int) -> Iterable[str]:
    """Titles (or colon-ended item texts) of the entries enclosing ``pos``, innermost first."""
    end = bisect.bisect_right(ctx.outline, pos, key=lambda e: e.line.start)
    level = 10**6
    for k in range(end - 1, max(-1, end - 1 - HEADING_LOOKBACK), -1):
        e = ctx.outline[k]
        if e.line.start <= pos <= e.line.end and not e.is_heading:
            level = e.level  # the date's own line: its subject was already tried
            continue
        if e.level >= level:
            continue
        level = e.level
        if e.is_heading and e.title:
            yield e.title
        else:
            rest = e.line.text[e.label.rest:].strip()
            if rest.endswith(":"):
                yield rest
        if level <= 1:
            return


def _headings_from_lines(ctx: ParseContext, pos: int) -> Iterable[str]:
    """Without an outline: labelled lines above ``pos`` that read as its enclosing headings.

    A numbering style met once ("1.", "a)") is not taken again further up: an earlier line
    of the same style is a sibling of the enclosing heading, not an ancestor.
    """
    seen: set[str] = set()
    end = bisect.bisect_right(ctx.lines, pos, key=lambda ln: ln.start)
    for k in range(end - 1, max(-1, end - 1 - HEADING_LOOKBACK), -1):
        line = ctx.lines[k]
        label = read_label(line.text)
        if line.start <= pos <= line.end:  # the date's own line: its siblings are not heads
            if label is not None:
                seen.add(label.style_key)
            continue
        if label is None or label.style not in _HEADING_STYLES or label.style_key in seen:
            continue
        seen.add(label.style_key)
        rest = line.text[label.rest:].strip()
        if rest.endswith((".", ";")) or len(rest.split()) > 30:
            continue
        yield rest
        if label.style == "roman":
            return


_AFTER_DATE_RE = lazy_compile(r"[ \t]*,[ \t]*")


def _with_listed_before(text: str, clause: int, subject: str) -> str:
    """"UBND các xã, thị trấn; Thủ trưởng các cơ quan báo cáo …": the list goes on before ";"."""
    if clause < 2 or (text[clause - 1] not in " \t" and text[clause - 1] != ";"):
        return subject
    semi = text.rfind(";", 0, clause)
    if semi == -1 or text[semi + 1:clause].strip():
        return subject
    before = _clause_start(text, semi)
    start = _skip_lead(text, before, semi)
    span = read_body(text, start, lenient=True, limit=semi + 1)
    if span is None or text[span[1]:semi].strip():
        return subject
    return f"{text[span[0]:semi + 1]} {subject}"


def _row_cells(text: str, pos: int) -> list[Span] | None:
    """The cells of the Markdown table row holding ``pos``, or None outside a table.

    A line longer than :data:`ROW_WINDOW` on either side of ``pos`` is not read as a row (a
    whole document flattened onto one line is not a table), which keeps the cost per date
    bounded.
    """
    found = _line_within(text, pos, ROW_WINDOW)
    if found is None:
        return None
    start, end = found
    line = text[start:end]
    if line.count("|") < 2:
        return None
    cells: list[Span] = []
    cell_start = start
    for i, ch in enumerate(line):
        if ch == "|":
            if start + i > cell_start:
                cells.append((cell_start, start + i))
            cell_start = start + i + 1
    if end > cell_start:
        cells.append((cell_start, end))
    return cells


def _body_in_row(text: str, cells: list[Span], pos: int) -> str | None:
    """A cell of the row that names a body: after the date's cell first, then before it."""
    after = [c for c in cells if c[0] > pos]
    before = [c for c in reversed(cells) if c[1] < pos]
    for s, e in after + before:
        lead = s
        while lead < e and text[lead] in " \t":
            lead += 1
        if lead < e and starts_with_body(text, lead, lower_plural=True):
            name = text[lead:e].strip()
            if len(name.split()) <= 12:
                return name
    return None


#: How far from a date its table row may reach on either side.
ROW_WINDOW = 2000


def _line_within(text: str, pos: int, window: int) -> Span | None:
    """The line holding ``pos`` if it reaches no further than ``window`` on either side."""
    lo = max(0, pos - window)
    start = text.rfind("\n", lo, pos)
    if start == -1 and lo > 0:
        return None
    hi = min(len(text), pos + window)
    end = text.find("\n", pos, hi)
    if end == -1:
        if hi < len(text):
            return None
        end = len(text)
    return start + 1, end


def responsible_for(ctx: ParseContext, pos: int, end: int) -> str | None:
    """The body owing the deadline written at ``[pos, end)``."""
    text = ctx.text
    # "Trước ngày 30/9/2026, các trường gửi …": a subject right after a fronted deadline
    after = _AFTER_DATE_RE.match(text, end)
    if after is not None:
        found = _subject_at(text, after.end(), _clause_end(text, after.end()))
        if found:
            return found
    cells = _row_cells(text, pos)
    if cells is not None:
        return _body_in_row(text, cells, pos)
    limit = pos  # the subject comes before the date
    tried: set[int] = set()
    clause = _clause_start(text, pos)
    for start in (clause, _clause_start(text, pos, sentence_only=True),
                  _paragraph_start(text, pos)):
        if start in tried:
            continue
        tried.add(start)
        found = _subject_at(text, start, limit)
        if found:
            if start == clause:
                found = _with_listed_before(text, clause, found)
            return found
    titles = _headings_from_outline(ctx, pos) if ctx.outline else _headings_from_lines(ctx, pos)
    for title in titles:
        body = _body_title(title)
        if body:
            return body
    return None
