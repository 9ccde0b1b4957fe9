"""Page numbers left inside a text: the line of a page's number dropped, the text around it
joined again.

PDF text copied from a viewer, and pages saved from a PDF by a converter that keeps no page
geometry, print each page's number on a line of its own inside the running text, often in
the middle of a sentence or of a table ("… phấn đấu đạt" ⏎⏎ "- 3 -" ⏎⏎ "95% số hộ …").  The
PDF loader drops them by their place on the page (:mod:`kehoach_parser.loaders.pdf_layout`);
here only the text is left, so a line is read as a page number when

* it is a number alone between blank lines (or the text's edges) in one of the printed forms:
  "3", "- 3 -", "Trang 3", "3/8", "3 of 8";
* and it is one of a run of page numbers: a form that says so ("- 3 -", "Trang 3") stands
  alone; a bare number ("3", "3/8") needs its neighbour in the run (3 after 2, or 4 after
  3) with :data:`MIN_PAGE_LINES` lines of text between them, and a page count ("/8") the
  same on every page.

The ordinals of a table printed one cell a paragraph are numbers alone between blank lines
too, but a table's rows are a few lines apart, not a page, and its cells are figures alone;
a page number between two rows of cells (tabs or bars) is left to the table reader
(:mod:`kehoach_parser.extract.indicators.grid`).  Each page number's line and the
blank lines around it become one line break, so that a sentence cut by the page joins again
(the rejoin pass of :mod:`kehoach_parser.text.normalize`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kehoach_parser.lang.vi.layout_words import PAGE_COUNT_WORDS, PAGE_WORDS
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.aligned import Edit

#: A page's number as printed on a line of its own: "3", "- 3 -", "– 3 –", "Trang 3",
#: "3/8", "Trang 3/8", "3 of 8".
_PAGE_LINE_RE = lazy_compile(
    r"(?i)(?P<dash>[-–—][ \t]*)?(?P<word>" + alternation(PAGE_WORDS) + r"[ \t]+)?"
    r"(?P<n>\d{1,4})(?:[ \t]*/[ \t]*(?P<total>\d{1,4})|[ \t]+"
    + alternation(PAGE_COUNT_WORDS) + r"[ \t]+(?P<total2>\d{1,4}))?(?P<dash2>[ \t]*[-–—])?")



def is_page_line(text: str) -> bool:
    """``text`` is a page's number and nothing else ("2", "2/3", "- 2 -", "Trang 2", "2 of
    3"): a dash on one side only makes it a signed number or a list item ("-2", "- 2")."""
    m = _PAGE_LINE_RE.fullmatch(text.strip())
    return m is not None and bool(m.group("dash")) == bool(m.group("dash2"))


#: What a line that :data:`_PAGE_LINE_RE` matches whole ends with, but for a digit.
_PAGE_LINE_ENDS = "-–—"
#: Above this, ``regex`` knows digits of a newer Unicode than ``str.isdigit`` may: a line
#: that ends there is tried whatever it is.
_BMP_END = "\uffff"

#: A line that is a figure alone ("6,61", "8,37%", "128"): a table's cell.
_FIGURE_LINE_RE = lazy_compile(r"[<>≤≥~+-]?[ \t]*\d[\d.,]*[ \t]*%?")
#: A bare number among this many lines of text around it, of which this many are figures
#: alone, is a table's cell (an ordinal of a table printed one cell a paragraph).  Why these
#: values: a row printed one cell a paragraph holds an ordinal, a name, a unit and one to
#: three figures, so the 4 lines on either side of a row's ordinal reach at least 2 figures
#: of its own row or the row before; a page number stands among sentences, which are no
#: figures alone.  They were set with the ``page_numbers`` perturbation on train and dev
#: (no other values were measured).
TABLE_CONTEXT_LINES = 4
TABLE_CONTEXT_FIGURES = 2

#: Bare page numbers of one run stand at least this many lines of text apart (a page of
#: plain text holds 25 lines or more; a table's rows, one cell a paragraph, a few).
MIN_PAGE_LINES = 15


@dataclass(frozen=True)
class _Candidate:
    line: int  # index among the text's lines
    number: int
    total: int | None
    marked: bool  # a dash or a page word says it is a page number
    seen: int  # lines of text before it


def _among_figures(lines: list[str], i: int) -> bool:
    """Whether the lines of text around line ``i`` hold figures alone (a table's cells)."""
    near: list[str] = []
    for step in (-1, 1):
        j, seen = i + step, 0
        while 0 <= j < len(lines) and seen < TABLE_CONTEXT_LINES:
            if lines[j].strip():
                near.append(lines[j].strip())
                seen += 1
            j += step
    return sum(1 for t in near if _FIGURE_LINE_RE.fullmatch(t)) >= TABLE_CONTEXT_FIGURES


def _between_rows(lines: list[str], i: int) -> bool:
    """Whether the lines of text just before and after line ``i`` are rows of a table (cells
    between tabs or bars), where the table reader reads a page break of its own."""
    def near(step: int) -> str:
        j = i + step
        while 0 <= j < len(lines) and not lines[j].strip():
            j += step
        return lines[j] if 0 <= j < len(lines) else ""
    return all("\t" in t or "|" in t for t in (near(-1), near(1)))


def _candidates(lines: list[str]) -> list[_Candidate]:
    out: list[_Candidate] = []
    seen = 0
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        last = text[-1]
        if not (last.isdigit() or last in _PAGE_LINE_ENDS or last > _BMP_END):
            seen += 1  # (most lines) the pattern ends on a digit or a dash
            continue
        m = _PAGE_LINE_RE.fullmatch(text)
        open_above = i == 0 or not lines[i - 1].strip()
        open_below = i + 1 == len(lines) or not lines[i + 1].strip()
        alone = open_above and open_below
        if m is not None:
            dash = bool(m.group("dash")) and bool(m.group("dash2"))
            if m.group("dash") and not dash:
                m = None  # "-3" or "3 -": a signed number, a range's end
        if m is not None and _between_rows(lines, i):
            m = None  # a page break between a table's rows: the table reader skips it
        marked = m is not None and (bool(m.group("dash")) or bool(m.group("word")))
        if m is not None and not marked and m.group("total") and (open_above or open_below):
            alone = True  # "2/13" at a page's head or foot: flush one side, margin the other
        if m is not None and not marked and (not alone or _among_figures(lines, i)):
            m = None  # a bare number inside the text, or a table's cell
        if m is not None:
            total = m.group("total") or m.group("total2")
            number = int(m.group("n"))
            if number >= 1 and (total is None or number <= int(total)):
                out.append(_Candidate(i, number, int(total) if total else None,
                                      dash or bool(m.group("word")), seen))
        seen += 1
    return out


def _pages(found: list[_Candidate]) -> list[_Candidate]:
    """The candidates that are page numbers: marked ones, and bare ones with a neighbour of
    the run far enough away (and the same page count)."""
    keep: list[_Candidate] = []
    for k, c in enumerate(found):
        before = found[k - 1] if k > 0 else None
        after = found[k + 1] if k + 1 < len(found) else None
        if c.marked or any(
                o is not None and o.total == c.total
                and o.number - c.number == step and (o.seen - c.seen) * step >= MIN_PAGE_LINES
                for o, step in ((before, -1), (after, 1))):
            keep.append(c)
    return keep


def page_number_edits(text: str, *, double_spaced: bool = False) -> list[Edit]:
    """Edits that drop the page numbers of ``text`` (lines stripped, blank lines folded):
    each page number's line and the blank lines around it become one line break (and the
    blank lines one side has more than the other, which are the text's own, unless the other
    side is flush: a number printed at a page's head, right under the page before, or at its
    foot, right over the next page's first line, whose blank lines are the page's margin).
    ``double_spaced``: the text was double-spaced, and undoing it made numbers flush that
    were not (a flush side says nothing then)."""
    if not any(ch.isdigit() for ch in text):
        return []
    lines = text.split("\n")
    pages = _pages(_candidates(lines))
    if not pages:
        return []
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    spans: list[tuple[int, int, int]] = []  # (first line, line after, blank lines before)
    for c in pages:
        a = c.line
        while a > 0 and not lines[a - 1].strip():
            a -= 1
        b = c.line + 1
        while b < len(lines) and not lines[b].strip():
            b += 1
        if spans and a <= spans[-1][1]:
            # only blank lines since the page number before ("- 2 -" then "- 3 -": a page
            # with no text, or the number printed at a page's foot and the next one's head)
            spans[-1] = (spans[-1][0], b, spans[-1][2])
        else:
            spans.append((a, b, c.line - a))
    usual = _usual_gap(lines, {c.line for c in pages})
    edits: list[Edit] = []
    for a, b, before in spans:
        # the numbers' own blank lines stand on both sides; more on one side are the text's
        # own (a table one cell a paragraph whose rows stand two blank lines apart), unless
        # the other side is flush (the page's margin: a number at a page's head or foot)
        after = b - 1 - next(k for k in range(b - 1, a - 1, -1) if lines[k].strip())
        kept = abs(after - before)
        if min(before, after) == 0 and not double_spaced:
            # a flush side: the other side's blank lines are the page's margin, past the
            # text's own gap between paragraphs (kept: one paragraph a line with a blank line
            # between keeps its break, a text with no blank lines joins the cut sentence)
            kept = min(kept, usual)
        if a == 0 or b >= len(lines):
            # at the text's start or end: the line and the blank lines after (before) it go
            edits.append((starts[a], min(starts[b], len(text)), "") if a == 0
                         else (starts[a] - 1, len(text), ""))
        else:  # from the end of the line before to the start of the line after
            edits.append((starts[a] - 1, starts[b], "\n" * (1 + kept)))
    return edits


def _usual_gap(lines: list[str], pages: set[int]) -> int:
    """The text's usual gap between two lines of words: the most common number of blank
    lines between them (0 for a text with no blank lines, 1 for one paragraph a line with a
    blank line between), leaving out the gaps next to a page number (``pages``: their
    lines).  On a tie, the smaller gap."""
    gaps: Counter[int] = Counter()
    last: int | None = None
    for k, line in enumerate(lines):
        if not line.strip():
            continue
        if last is not None and k not in pages and last not in pages:
            gaps[k - last - 1] += 1
        last = k
    if not gaps:
        return 0
    top = max(gaps.values())
    return min(g for g, n in gaps.items() if n == top)
