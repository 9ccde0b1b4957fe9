"""Where the tables are, and their cells, whatever the layout the text kept of them.

Tables reach the parser as text in four layouts:

* **rows** — one row a line, cells joined by "|" (Markdown, DOCX "a | b | c") or by tabs;
* **bars** — one cell per line with a line "|" between cells (web tables copied as text):
  "|", "1", "|", "Tổng sản phẩm …", "|", "Tỷ đồng", "|", "172.033", "|", "|", "2" …;
  two bars in a row close a row (or hold an empty cell);
* **cells** — one cell per paragraph, blank lines between, empty cells lost: "Stt", "",
  "Chỉ tiêu chủ yếu", "", "TH năm 2018", "" …;

:func:`find_blocks` finds each table's lines and its cells; :mod:`.tables` reads them.
A "bars" or "cells" table needs a header that names its columns (STT, Chỉ tiêu, ĐVT, a
plan or a year) before its first rows, so that prose with short lines is never read as a
table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.lang.vi import table_words
from kehoach_parser.lang.vi.numbering import BULLET_SIGNS, LETTER_LABELS, ORDINAL_MARKS
from kehoach_parser.lang.vi.patterns import sign_class
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.lines import Line, read_label


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell's trimmed span in the document text (``start == end``: an empty cell)."""

    start: int
    end: int

    @property
    def empty(self) -> bool:
        return self.start >= self.end


@dataclass(slots=True)
class Block:
    """One table: the lines it covers (indices into the walker's line list) and its cells."""

    layout: str  # "rows", "bars" or "cells"
    first: int
    last: int  # exclusive
    rows: list[list[Cell]] = field(default_factory=list)  # "rows": one list per printed row
    cells: list[Cell] = field(default_factory=list)  # "bars" / "cells": in reading order
    header_breaks: list[int] = field(default_factory=list)  # "bars": indices of empty cells
    header_rows: int = 0  # "rows": the first rows head the table (known from the layout)


_BAR_RE = lazy_compile(r"\A[\s|]*\|[\s|]*\Z")
_MARKUP = " \t*_#`"
_HEADER_WORDS_RE = lazy_compile(
    lx.word_alternation(
        table_words.COLUMN_WORDS["ordinal"] + table_words.COLUMN_WORDS["name"]
        + table_words.COLUMN_WORDS["unit"] + table_words.COLUMN_WORDS["plan"]
        + table_words.COLUMN_WORDS["not_plan"]
        # (the bodies a quota table gives its figures to, "Địa phương", name its rows; not
        # the kinds of place, "xã, phường", which open prose lines as well)
        + table_words.AGENCY_BODY_HEADS
    ),
    lx.FLAGS,
)
_ORDINAL_HEAD_RE = lazy_compile(
    r"\A(?:" + lx.alternation(table_words.COLUMN_WORDS["ordinal"]) + r")\Z", lx.FLAGS
)
_NAME_HEAD_RE = lazy_compile(
    r"\A(?:" + lx.alternation(table_words.COLUMN_WORDS["name"]) + r")(?:\s+\p{L}+){0,3}\Z",
    lx.FLAGS,
)
_DIGIT_RE = lazy_compile(r"\d")
#: A number grouped in thousands with blanks ("12 500", "1 234 567,5"): one figure in a cell
#: of its own (text typed or converted the international way, PDF text).
BLANK_GROUPED = r"\d{1,3}(?: \d{3})+(?:,\d+)?"
_TITLE_OPENING_RE = lazy_compile(r"\p{Lu}\p{L}*\s+\p{L}")


def heading_line(t: str) -> bool:
    """A heading of the text after a table: its label and its title on one line ("II. NHIỆM
    VỤ", "3. Tổ chức thực hiện"), where a table copied one cell a line prints an ordinal
    alone."""
    label = read_label(t)
    return label is not None and label.style in ("roman", "arabic") and label.depth == 1 \
        and label.bullet is None and _TITLE_OPENING_RE.match(t, label.rest) is not None


_PLAN_HEAD_RE = lazy_compile(lx.word_alternation(table_words.COLUMN_WORDS["plan"]), lx.FLAGS)
#: The first figure of a two-column table comes within this many paragraphs of its header.
MAX_TWO_COLUMN_LEAD = 4
#: A line that is a page's number ("12", "- 12 -"): a page break of PDF text.
PAGE_NUMBER_RE = lazy_compile(r"\A\s*-?\s*\d{1,4}\s*-?\s*\Z")
_WORD_RE = lazy_compile(r"\p{L}+")
#: A row's ordinal alone, as the pattern's source ("1", "IV", "a", "A", "2.1", "2.1."):
#: in a table one cell a line, the header ends before it; in a row, it fits any column (a
#: category row's "I" in the column of the rows' "1", "2").
ROW_ORDINAL = (r"(?:\d{1,3}(?:\.\d{1,2})*|[IVXL]{1,5}|[a-zđ]|[A-H])["
               + regex.escape(ORDINAL_MARKS) + r"]?")
ROW_ORDINAL_RE = lazy_compile(r"\A" + ROW_ORDINAL + r"\Z")
#: A year on its own ("2026", not in "12026"); its one group is the year.
YEAR_RE = lazy_compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")

#: A "bars" table needs at least this many bar lines; a "cells" table this many cells.
MIN_BARS = 6
MIN_CELLS = 10
#: A cell of a "bars" table spans at most this many lines; of a "cells" table, this many.
MAX_CELL_LINES = 6
MAX_PARAGRAPH_LINES = 3
#: A paragraph longer than this (in words) is prose: it ends a "cells" table.
MAX_CELL_WORDS = 45
#: A line of this many cells is a table on one line, however long its cells
#: (:mod:`.table_wraps`), not a paragraph with a gap.
MIN_ONE_LINE_CELLS = 18


#: How many cleaned cells are remembered (the corpus holds about 4,000).
CLEANED_CELLS = 8192


def is_bar_line(text: str) -> bool:
    """A line of bars only ("|", "| ||||"): a cell separator of a copied web table."""
    return _BAR_RE.match(text) is not None


def is_row_line(text: str) -> bool:
    """A Markdown row ("| a | b |"), a DOCX row ("a | b | c") or a tab-separated row."""
    if is_bar_line(text):
        return False
    if text.count("|") >= 2 or " | " in text:
        return True
    return "\t" in text and sum(1 for c in text.split("\t") if c.strip()) >= 2


@lru_cache(maxsize=CLEANED_CELLS)
def clean(text: str) -> str:
    """A cell's text without markup and with white space folded (remembered: a table's
    readers clean the same cells again and again, about eight times each)."""
    return lx.fold(text.replace("*", " ").replace("_", " ")).strip(_MARKUP)


def row_cells(line: Line, width: int | None = None) -> list[Cell]:
    """Absolute spans of the (trimmed) cells of a "rows" line.

    A row that starts and ends with "|" is a Markdown row (the outer pipes open no cells)
    unless that leaves fewer cells than ``width`` (a DOCX row with empty outer cells).
    """
    text = line.text
    sep = "|" if "|" in text else "\t"
    spans: list[Cell] = []
    pos = 0
    parts = text.split(sep)
    stripped = text.strip()
    if sep == "|" and stripped.startswith("|") and stripped.endswith("|") and (
            width is None or len(parts) - 2 >= width):
        pos += len(parts[0]) + 1
        parts = parts[1:-1]
    for p in parts:
        s, e = pos, pos + len(p)
        while s < e and (text[s] in _MARKUP):
            s += 1
        while e > s and (text[e - 1] in _MARKUP):
            e -= 1
        if sep == "\t" and (figures := _figures_one_space(text, s, e)) is not None:
            spans.extend(Cell(line.start + a, line.start + b) for a, b in figures)
        else:
            spans.append(Cell(line.start + s, line.start + e))
        pos += len(p) + 1
    return spans


#: A cell of PDF text that holds two figures or more one space apart ("26.120 27.000"):
#: the cells of narrow number columns whose gap the PDF text kept as one space.
_FIGURES_RUN_RE = lazy_compile(r"\A[-+]?\d[\d.,]*%?(?: [-+]?\d[\d.,]*%?)+\Z")
_FIGURE_RE = lazy_compile(r"[-+]?\d[\d.,]*%?")
_DIGITS_3_RE = lazy_compile(r"\A\d{3}\Z")


def _figures_one_space(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """The figures of a tab-separated row's cell ``text[s:e]`` that holds several one space
    apart, else None.  A number grouped by spaces ("10 643 129": every later group three
    digits) is one figure."""
    if _FIGURES_RUN_RE.match(text[s:e]) is None:
        return None
    found = [(m.start() + s, m.end() + s) for m in _FIGURE_RE.finditer(text[s:e])]
    if all(_DIGITS_3_RE.match(text[a:b]) for a, b in found[1:]):
        return None
    return found


#: A figure grouped by dots ("172.033", "2.614"): the table writes thousands with dots.
#: Three-digit groups one space apart, at least three of them ("390 390 430").
_SPACED_GROUPS_RE = lazy_compile(r"\A\d{3}(?: \d{3}){2,}\Z")
_DOTTED_FIGURE_RE = lazy_compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.])")


def split_spaced_runs(text: str, rows: list[list[Cell]]) -> list[list[Cell]]:
    """``rows`` (tab or space rows, not pipes) with each cell that holds a run of three-digit
    groups one space apart ("390 390 430 472 520") cut into its figures, when the table
    writes its thousands with dots elsewhere ("172.033"): there the run is a row of small
    figures whose gaps the PDF text kept as one space, not one number grouped by spaces."""
    runs = [(i, k) for i, row in enumerate(rows) for k, c in enumerate(row)
            if _SPACED_GROUPS_RE.match(text[c.start:c.end]) is not None
            and "|" not in text[text.rfind("\n", 0, c.start) + 1:c.start]]
    if not runs or not any(_DOTTED_FIGURE_RE.search(text, c.start, c.end)
                           for row in rows for c in row):
        return rows
    out = [list(row) for row in rows]
    for i, k in reversed(runs):
        c = rows[i][k]
        out[i][k:k + 1] = [Cell(c.start + m.start(), c.start + m.end())
                           for m in _FIGURE_RE.finditer(text[c.start:c.end])]
    return out


def _trim(text: str, s: int, e: int) -> Cell:
    while s < e and text[s] in _MARKUP + "\n\r":
        s += 1
    while e > s and text[e - 1] in _MARKUP + "\n\r":
        e -= 1
    return Cell(s, e)


def header_like(t: str) -> bool:
    """A short cell that names a column ("STT", "Chỉ tiêu", "Kế hoạch năm 2026")."""
    return bool(t) and len(t.split()) <= 8 and _HEADER_WORDS_RE.search(t) is not None


def is_ordinal_head(t: str) -> bool:
    """The (cleaned) cell names the ordinal column: "STT", "TT", "Số TT"."""
    return _ORDINAL_HEAD_RE.match(t) is not None


#: A cell that is one figure or a placeholder, nothing else ("2.128.626", "−5", "—", "x").
_FIGURE_ALONE_RE = lazy_compile(r"\A(?:[-+−]?\d[\d.,]*\s*%?|[-–—x])\Z")


def is_figure_cell(t: str) -> bool:
    """The cleaned cell ``t`` is one figure or a placeholder (PDF-text and flat tables)."""
    return _FIGURE_ALONE_RE.match(clean(t)) is not None


def value_like(t: str) -> bool:
    """A figure with at most a few words around it ("2.128.626", "≥ 10,0", "Phấn đấu ≥ 10")."""
    return _value_like(t)


def _value_like(t: str) -> bool:
    return bool(_DIGIT_RE.search(t)) and len(_WORD_RE.findall(t)) <= 4


def find_blocks(text: str, lines: list[Line]) -> list[Block]:
    """Every table among ``lines`` (the non-blank body lines, in order)."""
    blocks: list[Block] = []
    n = len(lines)
    i = 0
    run_at: dict[int, int] = {}  # bar line → its place in ``run``
    run: list[int] = []
    seen: dict[Cell, bool] = {}  # header-like cells, judged once
    while i < n:
        t = lines[i].text
        if is_bar_line(t):
            if i not in run_at:
                run = _bar_run(lines, i)
                run_at = {b: k for k, b in enumerate(run)}
            b = _bars_block(text, lines, run, run_at[i], seen)
            if b is not None:
                blocks.append(b)
                i = b.last
                continue
        if is_row_line(t) or (is_bar_line(t) and i + 1 < n and is_row_line(lines[i + 1].text)):
            j = i
            rows: list[Line] = []
            while True:
                while j < n and (is_row_line(lines[j].text) or is_bar_line(lines[j].text)):
                    if is_row_line(lines[j].text):
                        rows.append(lines[j])
                    j += 1
                # a page's number between two runs of rows is a page break inside the table
                if rows and j + 1 < n and PAGE_NUMBER_RE.match(lines[j].text) \
                        and is_row_line(lines[j + 1].text):
                    j += 1
                    continue
                # a caption between two runs of rows ("Đến năm 2030") is a row of the table,
                # and so is a row whose column gaps were lost ("1 Trường Tiểu học … 600")
                if j + 1 < n and (len(lines[j].text.split()) <= 8
                                  or _COLLAPSED_ROW_RE.match(lines[j].text)
                                  or _name_only_row(lines[j].text)) \
                        and is_row_line(lines[j + 1].text):
                    rows.append(lines[j])
                    j += 1
                    continue
                break
            real = [r for r in rows if is_row_line(r.text)]
            if len(real) == 1 and len(one := row_cells(real[0])) < MIN_ONE_LINE_CELLS and any(
                    len(text[c.start:c.end].split()) > MAX_CELL_WORDS for c in one):
                real = []  # a paragraph with a wide gap in it, not a table
            if real:
                width = max(len(row_cells(r)) for r in rows[:3])
                blocks.append(Block("rows", i, j, rows=split_spaced_runs(text, [
                    row_cells(r, width) if is_row_line(r.text)
                    else _collapsed_cells(r) or [_trim(text, r.start, r.end)] for r in rows])))
                i = j
                continue
        # one cell a paragraph, else one cell a line: the first reader that takes the table
        b = next((blk for opens, read in _CELL_READERS
                  if opens(lines, i) and (blk := read(text, lines, i)) is not None), None)
        if b is not None:
            blocks.append(b)
            i = b.last
            continue
        i += 1
    return blocks


#: A row of PDF text that holds only its name, after its ordinal, its letter or a bullet
#: ("- Nhiệm vụ khoa học công nghệ cấp quốc gia", "2.3 Kinh phí nhiệm vụ …"): no gap to
#: show its cells, no figure (and at most a cell's words: :func:`_name_only_row`).
_NAME_ONLY_ROW_RE = lazy_compile(
    r"\A(?:\d{1,3}(?:\.\d{1,2})*[./]?|[IVXL]{1,5}[./]?|[" + "".join(LETTER_LABELS) + r"]["
    + regex.escape(ORDINAL_MARKS) + r"]?|"
    + sign_class(BULLET_SIGNS) + r")\s+\p{L}[^\d\t|]*\Z")
#: A row of PDF text whose column gaps were lost: an ordinal, a name, figures at the end.
_COLLAPSED_ROW_RE = lazy_compile(
    r"\A(?P<o>\d{1,3}(?:\.\d{1,2})*\.?|[IVXL]{1,5}\.?)\s+(?P<n>\p{Lu}.*?\p{L}.*?)"
    r"(?:\s+(?P<u>%|‰))?(?P<v>(?:\s+[-+]?\d[\d.,]*%?)+)\s*\Z")
_FIGURE_SPAN_RE = lazy_compile(r"[-+]?\d[\d.,]*%?")


def _name_only_row(text: str) -> bool:
    """A row of PDF text that holds only its label and its name (``_NAME_ONLY_ROW_RE``),
    the name at most a cell's words (``MAX_CELL_WORDS``; a longer one is prose)."""
    return _NAME_ONLY_ROW_RE.match(text) is not None \
        and len(text.split()) - 1 <= MAX_CELL_WORDS


def _collapsed_cells(line: Line) -> list[Cell] | None:
    """The cells of a row whose gaps were lost: its ordinal, its name, a "%" unit, each
    figure."""
    m = _COLLAPSED_ROW_RE.match(line.text)
    if m is None:
        return None
    s = line.start
    cells = [Cell(s + m.start("o"), s + m.end("o")), Cell(s + m.start("n"), s + m.end("n"))]
    if m.group("u"):
        cells.append(Cell(s + m.start("u"), s + m.end("u")))  # a percent unit cell
    for f in _FIGURE_SPAN_RE.finditer(line.text, m.start("v"), m.end("v")):
        cells.append(Cell(s + f.start(), s + f.end()))
    return cells


def _bar_run(lines: list[Line], i: int) -> list[int]:
    """The bar lines of the "bars" table that would start at the bar line ``i``.

    The run from a later bar of this run is this run's tail (the scan ahead does not depend
    on where it started), so :func:`find_blocks` computes it once per run.
    """
    n = len(lines)
    bars = [i]
    j = i + 1
    while j < n:
        t = lines[j].text
        if is_bar_line(t):
            bars.append(j)
        elif is_row_line(t) or j - bars[-1] > MAX_CELL_LINES:
            break
        j += 1
    return bars


def _bars_block(text: str, lines: list[Line], run: list[int], k: int,
                seen: dict[Cell, bool]) -> Block | None:
    """A "bars" table starting at the bar line ``run[k]`` (``run``: see :func:`_bar_run`)."""
    if len(run) - k < MIN_BARS:
        return None
    i = run[k]
    cells: list[Cell] = []
    breaks: list[int] = []
    first = i
    # a first cell printed before the first bar ("STT", then "|", "Tên chỉ tiêu" …)
    if i > 0 and not is_bar_line(lines[i - 1].text) and not is_row_line(lines[i - 1].text) \
            and len(lines[i - 1].text.split()) <= 3 and lines[i - 1].index == lines[i].index - 1:
        first = i - 1
        cells.append(_trim(text, lines[i - 1].start, lines[i - 1].end))
    bar_of: list[int] = [i] * len(cells)  # the bar line before each cell
    for x in range(k, len(run) - 1):
        a, b = run[x], run[x + 1]
        if b == a + 1:
            breaks.append(len(cells))
            cells.append(Cell(lines[b].start, lines[b].start))
            bar_of.append(a)
        else:
            cell = _trim(text, lines[a + 1].start, lines[b - 1].end)
            if _is_lead_in(text[cell.start:cell.end]):
                # a sentence that introduces the next table ("2. Điều chỉnh … như sau:")
                # between its bars: this table (if one started) ends before it
                return _closed_bars_block(text, cells, breaks, first, a + 1, seen)
            if len(cells) >= _HEADER_CELLS and _ORDINAL_HEAD_RE.match(
                    clean(text[cell.start:cell.end])):
                # a second header ("TT" after rows, under a caption cell "3. Các dự án
                # …"): the next table starts there
                m = len(cells)
                if m >= 2 and not cells[m - 1].empty and cells[m - 2].empty:
                    m -= 1  # (its caption)
                return _closed_bars_block(text, cells[:m], [x for x in breaks if x < m],
                                          first, bar_of[m] + 1 if m < len(cells) else a + 1,
                                          seen)
            cells.append(cell)
            bar_of.append(a)
        if len(cells) == _HEADER_CELLS and not _has_header(text, cells, seen):
            return None  # decided on the first cells: the rest is not read
    if not _has_header(text, cells, seen):
        return None
    last = run[-1] + 1
    if last < len(lines) and lines[last].index == lines[run[-1]].index + 1 \
            and _LAST_VALUE_RE.match(lines[last].text):
        # the table's last cell with no bar after it (the text ends there): a value only
        cells.append(_trim(text, lines[last].start, lines[last].end))
        last += 1
    return Block("bars", first, last, cells=cells, header_breaks=breaks)


#: A lead-in sentence has at least this many words and ends with ":".
MIN_LEAD_IN_WORDS = 12


def _is_lead_in(cell: str) -> bool:
    """A sentence that introduces what follows ("… Danh mục các dự án …, như sau:"), not a
    cell: long, and ending with a colon."""
    t = clean(cell)
    return t.endswith(":") and len(t.split()) >= MIN_LEAD_IN_WORDS


def _closed_bars_block(text: str, cells: list[Cell], breaks: list[int], first: int,
                       last: int, seen: dict[Cell, bool]) -> Block | None:
    """The "bars" table read so far, closed at line ``last`` (exclusive)."""
    while cells and cells[-1].empty:
        cells.pop()
        if breaks and breaks[-1] >= len(cells):
            breaks.pop()
    if len(cells) < MIN_BARS or not _has_header(text, cells, seen):
        return None
    return Block("bars", first, last, cells=cells, header_breaks=breaks)


#: A value cell printed after a "bars" table's last bar: "**6.000.000**", "99,6", "12%",
#: "6 000 000" (thousands grouped with blanks).
_LAST_VALUE_RE = lazy_compile(r"\A[\s*_]*(?:" + BLANK_GROUPED + r"|[\d.,]+)\s*%?[\s*_]*\Z")


#: A "bars" table names a column among its first cells.
_HEADER_CELLS = 12


def _has_header(text: str, cells: list[Cell], seen: dict[Cell, bool]) -> bool:
    """A column name among the first cells (``seen``: cells already judged, since the
    starts tried along one run of bars share eleven of their twelve first cells)."""
    for c in cells[:_HEADER_CELLS]:
        found = seen.get(c)
        if found is None:
            found = seen[c] = header_like(clean(text[c.start:c.end]))
        if found:
            return True
    return False


def _paragraphs(lines: list[Line], i: int) -> list[tuple[int, int]]:
    """Paragraphs (runs of adjacent lines) from line ``i`` on: (first, last exclusive)."""
    out: list[tuple[int, int]] = []
    n = len(lines)
    j = i
    while j < n:
        k = j + 1
        while k < n and lines[k].index == lines[k - 1].index + 1:
            k += 1
        out.append((j, k))
        j = k
        if len(out) > 2000:
            break
    return out


def _opens_cells(lines: list[Line], i: int) -> bool:
    """Line ``i`` opens a "cells" table: it is a paragraph of its own naming the ordinal or
    the indicator column, and more header cells follow, each a short paragraph."""
    raw = lines[i].text
    if len(raw) > 48 or raw.count(" ") > 6:
        return False  # a header cell is a few words
    if i > 0 and lines[i].index == lines[i - 1].index + 1:
        return False
    if i + 1 < len(lines) and lines[i + 1].index == lines[i].index + 1:
        return False
    first = clean(raw)
    if not (_ORDINAL_HEAD_RE.match(first) or _NAME_HEAD_RE.match(first)):
        return False
    heads = 0
    j = i + 1
    for _ in range(8):
        if j >= len(lines):
            break
        if j + 1 < len(lines) and lines[j + 1].index == lines[j].index + 1:
            break  # a paragraph of several lines: not a header cell
        t = clean(lines[j].text)
        if header_like(t):
            heads += 1
        j += 1
    return heads >= (1 if _ORDINAL_HEAD_RE.match(first) else 2) or _two_columns(lines, i)


def _two_columns(lines: list[Line], i: int) -> bool:
    """"CHỈ TIÊU" over "MỨC PHẤN ĐẤU", each a paragraph: a table of two columns, the
    indicator and its target, opens with the name head, one plan head right after it and a
    figure a few paragraphs on."""
    if i + 1 >= len(lines) or _adjacent(lines, i + 1):
        return False
    t = clean(lines[i + 1].text)
    if not header_like(t) or _PLAN_HEAD_RE.search(t) is None:
        return False
    return any(_value_like(clean(lines[j].text))
               for j in range(i + 2, min(len(lines), i + 2 + MAX_TWO_COLUMN_LEAD)))


def _adjacent(lines: list[Line], i: int) -> bool:
    """Line ``i`` follows the line before it with no blank line between."""
    return i > 0 and lines[i].index == lines[i - 1].index + 1


def _opens_cell_lines(lines: list[Line], i: int) -> bool:
    """Line ``i`` opens a table written one cell a line (no bars, no blank lines): it names
    the ordinal or the indicator column, and the short lines right under it name more
    columns (one for an ordinal, two for a name)."""
    raw = lines[i].text
    if len(raw) > 48 or raw.count(" ") > 6 or i + 1 >= len(lines) or not _adjacent(lines, i + 1):
        return False
    first = clean(raw)
    ordinal = _ORDINAL_HEAD_RE.match(first) is not None
    if not (ordinal or _NAME_HEAD_RE.match(first)):
        return False
    heads = 0
    for j in range(i + 1, min(len(lines), i + 9)):
        if not _adjacent(lines, j):
            break
        t = clean(lines[j].text)
        if len(t.split()) > MAX_CELL_WORDS or is_bar_line(t) or is_row_line(lines[j].text):
            break
        if not ordinal and _ORDINAL_HEAD_RE.match(t):
            return False  # "DANH MỤC" over a title: the table opens at its "TT" cell
        if header_like(t):
            heads += 1
    return heads >= (1 if ordinal else 2)


#: (H20T) Past one blank line, a grid written one cell a line goes on when a figure cell
#: stands within this many adjacent short lines after it.
EMPTY_CELLS_REACH = 6
#: … and when none of them is longer than this many words (a name cell, not prose).
EMPTY_CELLS_WORDS = 16


def _empty_cells_between(lines: list[Line], j: int) -> bool:
    """One blank line before line ``j`` stands for empty cells of the grid (a PDF's empty
    cells, lines of spaces, folded by the spaces pass): the grid goes on when the lines
    from ``j`` are short cells, adjacent, with a figure among the first
    :data:`EMPTY_CELLS_REACH` (a row's name, its unit, its figures).  (H20T; a heading, a
    long line or a gap of more than one blank line ends it, as before.)"""
    if j == 0 or lines[j].index != lines[j - 1].index + 2:
        return False
    for k in range(j, min(len(lines), j + EMPTY_CELLS_REACH)):
        t = clean(lines[k].text)
        if (k > j and not _adjacent(lines, k)) or len(t.split()) > EMPTY_CELLS_WORDS \
                or heading_line(t) or is_bar_line(lines[k].text) or is_row_line(lines[k].text):
            return False
        if _value_like(t):
            return True
    return False


def _cell_lines_block(text: str, lines: list[Line], i: int) -> Block | None:
    """A table written one cell a line from line ``i``: adjacent short lines, to the last
    value and the short notes right after it (as a "cells" table: empty cells are lost)."""
    cells: list[Cell] = []
    last_value = -1
    in_header = True  # (up to the first ordinal or figure)
    j = i
    while j < len(lines) and (j == i or _adjacent(lines, j)
                              or (last_value >= 0 and _empty_cells_between(lines, j))):
        t = lines[j].text
        ct = clean(t)
        if len(t.split()) > MAX_CELL_WORDS or is_bar_line(t) or (
                is_row_line(t) and j + 1 < len(lines) and is_row_line(lines[j + 1].text)) \
                or (j > i and _is_lead_in(t)):
            break  # (a cell with a tab in it is a cell; a run of rows is a table of its own;
            # a lead-in "… như sau:" introduces the next table)
        if last_value >= 0 and _ORDINAL_HEAD_RE.match(ct):
            break  # past the body's first figure, "TT" opens the next table's header
        above = clean(text[cells[-1].start:cells[-1].end]) \
            if cells and (in_header or last_value >= 0) else ""  # (the cell it may continue)
        if last_value >= 0 and cells and _continues_row_name(above, ct):
            cells[-1] = Cell(cells[-1].start, _trim(text, lines[j].start, lines[j].end).end)
            j += 1
            continue  # a row name in capitals wrapped onto the next line
        joins = in_header and bool(cells) and _continues_header_cell(above, ct)  # (once a line)
        if in_header and cells and not joins and (
                _FIGURE_CELL_RE.match(t) or ROW_ORDINAL_RE.match(ct)):
            in_header = False  # the body (or the row of column numbers) starts
        if joins:
            cells[-1] = Cell(cells[-1].start, _trim(text, lines[j].start, lines[j].end).end)
            j += 1
            continue  # a header cell wrapped at its column's width ("Công suất các" over "NMĐ")
        cells.append(_trim(text, lines[j].start, lines[j].end))
        if _value_like(ct):
            last_value = len(cells) - 1
        j += 1
    end = last_value
    while end + 1 < len(cells) and len(lines[i + end + 1].text.split()) <= 3 \
            and not heading_line(clean(lines[i + end + 1].text)):
        end += 1
    if end + 1 < MIN_CELLS:
        return None
    return Block("cells", i, i + end + 1, cells=cells[:end + 1])


def _cells_block(text: str, lines: list[Line], i: int) -> Block | None:
    paragraphs = _paragraphs(lines, i)
    cells: list[Cell] = []
    kept: list[tuple[int, int]] = []
    last_value = -1
    for a, b in paragraphs:
        para = text[lines[a].start:lines[b - 1].end]
        words = len(para.split())
        if b - a > MAX_PARAGRAPH_LINES or words > MAX_CELL_WORDS:
            break
        if is_bar_line(lines[a].text) or (cells and _is_lead_in(para)):
            break
        cells.append(_trim(text, lines[a].start, lines[b - 1].end))
        kept.append((a, b))
        if _value_like(clean(para)):
            last_value = len(cells) - 1
    # the table ends with its last value and the short notes right after it ("Đạt")
    end = last_value
    while end + 1 < len(cells):
        c = cells[end + 1]
        if len(text[c.start:c.end].split()) > 3 or heading_line(
                clean(text[c.start:c.end])):
            break  # (a heading, "II. NHIỆM VỤ", is the text after the table)
        end += 1
    if end + 1 < MIN_CELLS:
        return None
    return Block("cells", i, kept[end][1], cells=cells[:end + 1])


#: A cell that holds one figure or a placeholder ("45", "2,8", "12%", "12 500", "-", "x").
_FIGURE_CELL_RE = lazy_compile(
    r"\A[\s*_]*(?:[-+−]?(?:" + BLANK_GROUPED + r"|\d[\d.,]*)\s*%?|[-–—x…/]|\.\.\.)[\s*_]*\Z")
#: An ordinal cell on a line of its own ("1", "IV", "a", "1.2").
_ORDINAL_CELL_RE = lazy_compile(
    r"\A[\s*_]*(?:\d{1,3}(?:\.\d{1,2})*|[IVXL]{1,5}|[a-zđ])[" + regex.escape(ORDINAL_MARKS)
    + r"]?[\s*_]*\Z")
#: A row name whose last figure the normaliser joined to it ("Tổng số 45": a number after
#: "số" is read as the number it announces).
_NAME_THEN_FIGURE_RE = lazy_compile(r"(.*\p{L}.*?)\s+([-+]?\d[\d.,]*%?)\Z")
#: A table one row a paragraph needs this many rows of figures; a header this many
#: paragraphs at most, each cell this many words at most.
MIN_PARAGRAPH_ROWS = 3
MAX_HEADER_PARAGRAPHS = 4
MAX_HEADER_CELL_WORDS = 8
#: A row (or a header paragraph) of a table one row a paragraph has this many cells at most.
MAX_ROW_CELLS = 24


def _paragraph_end(lines: list[Line], i: int, limit: int | None = None) -> int:
    """The end (exclusive) of the paragraph of line ``i``; with ``limit``, a paragraph of
    more lines than that ends early (it is no header and no row)."""
    k = i + 1
    while k < len(lines) and _adjacent(lines, k) and (limit is None or k - i <= limit):
        k += 1
    return k


def _row_shape(lines: list[Line], a: int, b: int) -> int | None:
    """The number of cells of the row printed one cell a line in ``lines[a:b]`` (an
    ordinal, a name, perhaps a unit, then figures), or ``None`` when it is no such row."""
    if not 3 <= b - a <= MAX_ROW_CELLS or not _FIGURE_CELL_RE.match(clean(lines[b - 1].text)):
        return None  # (a name and two figures at least; the last cell a figure)
    texts = [clean(lines[k].text) for k in range(a, b)]
    k = 1 if len(texts) > 2 and _ORDINAL_CELL_RE.match(texts[0]) else 0
    name = texts[k]
    if not _WORD_RE.search(name) or _FIGURE_CELL_RE.match(name) \
            or len(name.split()) > MAX_CELL_WORDS or is_row_line(lines[a + k].text):
        return None
    rest = texts[k + 1:]
    if rest and not _FIGURE_CELL_RE.match(rest[0]) and len(rest[0].split()) <= 3:
        rest = rest[1:]  # a unit cell ("%", "Người")
    if len(rest) < 2 or not all(_FIGURE_CELL_RE.match(t) for t in rest):
        return None
    return len(texts)


def _caption_row(lines: list[Line], i: int, e: int) -> bool:
    """A one-cell paragraph between rows ("Trong đó:", "Đến năm 2030") with a row right
    after it: a row of the table."""
    return e == i + 1 and e < len(lines) and len(lines[i].text.split()) <= MAX_HEADER_CELL_WORDS \
        and _row_shape(lines, e, _paragraph_end(lines, e, MAX_ROW_CELLS)) is not None


def _header_cells_from(lines: list[Line], i: int, e: int) -> bool:
    """``lines[i:e]`` are cells of a header: short, no figure alone, brackets closed."""
    if e - i > MAX_ROW_CELLS:
        return False
    for k in range(i, e):
        t = clean(lines[k].text)
        if not t or len(t.split()) > MAX_HEADER_CELL_WORDS or _FIGURE_CELL_RE.match(t) \
                or t.count("(") != t.count(")") or is_row_line(lines[k].text) \
                or t.endswith((".", ";", ":")):
            return False
    return True


def _opens_paragraph_rows(lines: list[Line], i: int) -> bool:
    """Line ``i`` opens a table printed one row a paragraph, one cell a line (a DOCX table
    saved as text: the cells of a row on adjacent lines, a blank line between rows): header
    cells from here to a run of rows whose cells after the name are all figures."""
    if len(lines[i].text.split()) > MAX_HEADER_CELL_WORDS:
        return False  # (the table opens with a header cell: prose is rejected here)
    e = _paragraph_end(lines, i, MAX_ROW_CELLS)
    if e == i + 1 and _is_caption(clean(lines[i].text)):
        return False  # the table's title above it ("PHÂN BỔ CHỈ TIÊU … NĂM 2027")
    heads = 0
    while heads <= MAX_HEADER_PARAGRAPHS:
        if _row_shape(lines, i, e) is not None:
            return heads > 0 and _paragraph_rows(lines, i) >= MIN_PARAGRAPH_ROWS
        if not _header_cells_from(lines, i, e):
            return False
        heads += 1
        i, e = e, _paragraph_end(lines, e, MAX_ROW_CELLS) if e < len(lines) else e
        if i >= len(lines):
            return False
    return False


#: A title above a table: a line in capitals of at least this many words.
MIN_CAPTION_WORDS = 3


def _is_caption(t: str) -> bool:
    return len(t.split()) >= MIN_CAPTION_WORDS and t.upper() == t and _WORD_RE.search(t) is not None


def _paragraph_rows(lines: list[Line], i: int) -> int:
    """How many rows of one width (give or take the figure a name swallowed) follow line
    ``i``, one row a paragraph."""
    widths: list[int] = []
    while i < len(lines):
        e = _paragraph_end(lines, i, MAX_ROW_CELLS)
        w = _row_shape(lines, i, e)
        if w is None and widths and _caption_row(lines, i, e):
            i = e
            continue
        if w is None:
            break
        widths.append(w)
        i = e
    if not widths:
        return 0
    mode = max(set(widths), key=widths.count)
    return sum(1 for w in widths if mode - 1 <= w <= mode)


def _paragraph_rows_block(text: str, lines: list[Line], i: int) -> Block | None:
    """The table one row a paragraph from line ``i``: its header paragraphs, then its rows
    (a name that swallowed the row's first figure gives it back)."""
    rows: list[list[Cell]] = []
    widths: list[int] = []
    first = i
    body = 0  # header paragraphs before the first row
    while i < len(lines):
        e = _paragraph_end(lines, i, MAX_ROW_CELLS)
        w = _row_shape(lines, i, e)
        if w is None and widths and not _caption_row(lines, i, e):
            break
        cells = [_trim(text, lines[k].start, lines[k].end) for k in range(i, e)]
        if w is not None:
            widths.append(w)
        elif not widths:
            body += 1
        rows.append(cells)
        i = e
    if len(widths) < MIN_PARAGRAPH_ROWS:
        return None
    mode = max(set(widths), key=widths.count)
    rows[:body] = [_one_header_row(rows[:body], mode)]
    numbered = sum(1 for r in rows[1:] if len(r) == mode
                   and _ORDINAL_CELL_RE.match(clean(text[r[0].start:r[0].end])))
    for r in rows[1:]:
        if len(r) != mode - 1:
            continue
        name = r[0] if not _ORDINAL_CELL_RE.match(clean(text[r[0].start:r[0].end])) else r[1]
        m = _NAME_THEN_FIGURE_RE.match(text, name.start, name.end)
        if m is not None:
            at = r.index(name)
            r[at:at + 1] = [Cell(name.start, name.start + len(m.group(1))),
                            Cell(m.start(2), m.end(2))]
        elif name is r[0] and numbered * 2 >= len(widths):
            r.insert(0, Cell(name.start, name.start))  # a row without STT ("- Lúa")
    return Block("rows", first, i, rows=rows, header_rows=1)


def _one_header_row(paragraphs: list[list[Cell]], width: int) -> list[Cell]:
    """The header paragraphs of a table one row a paragraph as one row of ``width`` cells:
    the last cells head the value columns (a paragraph of one cell right above a paragraph
    of several spans them: "Cơ cấu kết hợp" over "Nữ", "Tái cử" …, and is left out); the
    cells before them, read together, head the name column."""
    cells: list[Cell] = []
    for k, para in enumerate(paragraphs):
        spans_next = len(para) == 1 and k + 1 < len(paragraphs) \
            and len(paragraphs[k + 1]) > 1 and k + 1 == len(paragraphs) - 1
        if not spans_next:
            cells.extend(para)
    values = cells[len(cells) - (width - 1):] if len(cells) >= width else cells[1:]
    names = cells[:len(cells) - len(values)]
    return [Cell(names[0].start, names[-1].end), *values] if names else values


def _continues_row_name(above: str, line: str) -> bool:
    from kehoach_parser.extract.indicators.gapped_cells import continues_row_name

    return continues_row_name(above, line)


def _continues_header_cell(above: str, line: str) -> bool:
    from kehoach_parser.extract.indicators.gapped_cells import continues_header_cell

    return continues_header_cell(above, line)


def _opens_gapped_cells(lines: list[Line], i: int) -> bool:
    from kehoach_parser.extract.indicators.gapped_cells import opens_gapped_cells

    return opens_gapped_cells(lines, i)


def _gapped_cells_block(text: str, lines: list[Line], i: int) -> Block | None:
    from kehoach_parser.extract.indicators.gapped_cells import gapped_cells_block

    return gapped_cells_block(text, lines, i)


#: The readers of tables printed cell by cell, in the order they are tried: (opens a table
#: at line ``i``, reads it).
_CELL_READERS: tuple[tuple[Callable[[list[Line], int], bool],
                           Callable[[str, list[Line], int], Block | None]], ...] = (
    (_opens_cells, _cells_block),
    (_opens_gapped_cells, _gapped_cells_block),
    (_opens_cell_lines, _cell_lines_block),
    (_opens_paragraph_rows, _paragraph_rows_block),
)
