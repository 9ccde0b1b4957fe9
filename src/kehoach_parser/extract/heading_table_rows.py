"""Numbered lines that are rows of a table, not headings.

A statistics table flattened into text keeps its row numbers ("1. Dân số trung bình",
"I. Thu nội địa"), and a numbered row reads like a short title.  Its layout gives it away:

* the row's figures stand on its own line ("2. Tỷ lệ tăng tự nhiên % 7,55 8,52"): a title
  never ends in two or more bare figures;
* the row's cells stand on the lines under it, one per line, and most of them are figures
  ("1. Dân số trung bình⏎Người⏎629734⏎193247 …"): a heading is followed by text;
* the row's cells stand on its line, apart by tabs (column gaps), or its label stands in a
  column of its own among such rows;
* the row stands in a cell of a table printed one cell per line between bare "|" lines
  ("|⏎I. Thu nội địa⏎|⏎2⏎|"), unless the table's header row follows it ("|⏎3. Các dự án
  điện gió⏎|⏎TT⏎|⏎Dự án"): then it is the caption of the table under it, a heading.

A Roman-numbered line under a table's column headers ("STT Chỉ tiêu ĐVT Kế hoạch⏎I. CHỈ
TIÊU KINH TẾ⏎1 Tốc độ tăng trưởng % 8") is a category row of the table, not a section
(decision 27 of ``docs/annotation.md``): :func:`is_category_row` reads it from the rows
between it and the header above and the row under it.

The other way round, a heading may be printed as a row of two cells, its label and its
title ("| I | MỤC ĐÍCH, YÊU CẦU |", a document laid out in a table): :func:`row_heading_label`
reads it when the rows around it are not rows of the same table (a list in two columns
numbers its rows alike, a wider table has more cells).
"""

from __future__ import annotations

from kehoach_parser.extract.indicators.flat_header import flat_header_cells
from kehoach_parser.extract.indicators.grid import header_like, is_ordinal_head
from kehoach_parser.lang.vi.table_words import COLUMN_WORDS
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.lines import Label, Line, read_label

#: A figure as a table cell prints it: digits with thousands or decimal marks, a percent sign.
_FIGURE_RE = lazy_compile(r"^[-+]?\d[\d.,]*%?$")
#: A cell of two figures joined by a dash, a range ("8-9", "12.000 - 12.500", "55 – 60").
_RANGE_CELL_RE = lazy_compile(r"^[-+]?\d[\d.,]*%?\s*[-–]\s*\d[\d.,]*%?$")
#: Markup around a cell ("**2**", "*TT*").
_CELL_MARKS = " *_"
#: A title ending in this many bare figures is a row of figures.
TRAILING_FIGURES = 2
#: Under a row, at least this many lines, and this share of the lines down to the next
#: numbered line, are figures alone.
FIGURE_LINES_MIN = 2
FIGURE_LINES_SHARE = 2 / 3
#: How many lines under a numbered line are looked at.
LOOK_BELOW = 40
#: The cells right under a row printed one cell per line: of the first this many lines, at
#: least ``OWN_FIGURES_MIN`` are figures or ranges ("1. Tốc độ tăng⏎%⏎8-9⏎9,6").
OWN_CELLS = 3
OWN_FIGURES_MIN = 2
_HEADER_CELLS = frozenset(COLUMN_WORDS["ordinal"])


def _figures_only(text: str) -> bool:
    tokens = text.replace("|", " ").split()
    return bool(tokens) and all(_FIGURE_RE.match(t) for t in tokens)


def _figure_cell(text: str) -> bool:
    """``text`` (a line) is one cell holding a figure or a range of two figures."""
    cell = text.strip(_CELL_MARKS)
    return _FIGURE_RE.match(cell) is not None or _RANGE_CELL_RE.match(cell) is not None


def _bare_pipe(line: Line) -> bool:
    return line.text.strip(_CELL_MARKS) == "|"


def ends_in_figures(title: str) -> bool:
    """``title`` ends in :data:`TRAILING_FIGURES` or more bare figures (a row's values)."""
    count = 0
    for token in reversed(title.split()):
        if not _FIGURE_RE.match(token):
            break
        count += 1
    return count >= TRAILING_FIGURES


#: A list item's mark and the tab after it, as a word processor or a converter prints them.
_LIST_MARK_RE = lazy_compile(r"^\s*[-*+•]\t")


def _cells_after_text(text: str) -> bool:
    """``text`` (a line) has a column gap after its first words: a tab that does not just
    follow its label or a list's mark ("1.\tMục đích", "-\tNội dung" are a word
    processor's list, not rows)."""
    text = _LIST_MARK_RE.sub("", text)  # "-\tTổ Công tác …": a list's mark and its tab
    label = read_label(text)
    rest = text[label.rest:] if label is not None else text
    return "\t" in rest.strip()


def is_table_row(lines: list[Line], i: int, numbered: set[int]) -> bool:
    """``lines[i]`` (a numbered line; ``lines`` without blank lines, ``numbered`` the
    indices of the numbered ones) is a row of a table by the layout around it: its own
    cells ("I. Thu nội địa⏎2" printed "I. Thu nội địa\t2"), a label in its own column
    among rows of cells, figures under it, or bars around it."""
    if _cells_after_text(lines[i].text):
        return True
    if "\t" in lines[i].text and 0 < i < len(lines) - 1 \
            and _cells_after_text(lines[i - 1].text) and _cells_after_text(lines[i + 1].text):
        return True  # "1.1\tThuế tài nguyên" between rows: its other cells were empty
    below: list[Line] = []
    for k in range(i + 1, min(len(lines), i + 1 + LOOK_BELOW)):
        if k in numbered:
            break
        below.append(lines[k])
    if i > 0 and below and _bare_pipe(lines[i - 1]) and _bare_pipe(below[0]):
        cells = [ln.text.strip(_CELL_MARKS) for ln in below[1:] if not _bare_pipe(ln)]
        return not (cells and cells[0].casefold() in _HEADER_CELLS)
    if sum(1 for ln in below[:OWN_CELLS] if _figure_cell(ln.text)) >= OWN_FIGURES_MIN:
        return True  # its own cells under it: "%⏎8-9⏎9,6", "USD⏎550-600⏎580"
    figures = sum(1 for ln in below if _figures_only(ln.text))
    return figures >= FIGURE_LINES_MIN and figures >= FIGURE_LINES_SHARE * len(below)


#: A row of two cells, a label alone and a title, the cells after them empty: "| I | MỤC
#: ĐÍCH |", "|1.|Mục đích||".
_LABEL_ROW_RE = lazy_compile(
    r"^\|\s*(?P<label>[IVXLC]+|\d{1,2}(?:\.\d{1,2}){0,3}|\p{Ll})\s*[.)]?\s*\|"
    r"\s*(?P<title>[^|]*[^|\s])\s*(?:\|\s*)+$"
)


def _row_label(text: str) -> Label | None:
    m = _LABEL_ROW_RE.match(text.strip())
    if m is None:
        return None
    label = m.group("label")
    read = read_label(label + (")" if label.islower() else ".") + " x")
    if read is None or read.style not in ("roman", "arabic", "letter"):
        return None
    lead = len(text) - len(text.lstrip())
    return Label(read.style, read.text, read.depth, lead + m.start("title"))


def row_heading_label(lines: list[Line], i: int) -> Label | None:
    """The label of ``lines[i]`` (``lines`` without blank lines) when it is a heading printed
    as a table row of a label and a title, with ``rest`` at the title's cell; None when it
    is not such a row, or when a neighbouring line is a row of another shape (a wider
    table) or a row numbered in the same style (a list in two columns), or when the
    rows above it go up to a header row that names the ordinal column ("| TT | Nội dung |")."""
    label = _row_label(lines[i].text)
    if label is None:
        return None
    for k in range(i - 1, -1, -1):
        if not lines[k].text.lstrip().startswith("|"):
            break
        if _column_header(lines[k]):
            return None  # a row of a table whose header names its ordinal column ("| TT |")
    for k in (i - 1, i + 1):
        if not 0 <= k < len(lines) or not lines[k].text.lstrip().startswith("|"):
            continue
        other = _row_label(lines[k].text)
        if other is None or other.style_key == label.style_key:
            return None
    return label


#: A row of a table printed as text: a bare ordinal before its name ("1 Tốc độ tăng trưởng",
#: "2\tThu ngân sách"), or a line that ends in a figure ("… % 8", "… tỷ đồng 12,5").
_BARE_ORDINAL_RE = lazy_compile(r"^\s*\d{1,3}(?:\.\d{1,2})*[ \t]+\p{L}")
#: Separators of the cells of a header row printed with bars or tabs.
_CELL_SPLIT_RE = lazy_compile(r"[|\t]")


def _row_like(text: str) -> bool:
    tokens = text.replace("|", " ").split()
    if not tokens:
        return False
    return (_FIGURE_RE.match(tokens[-1].strip(_CELL_MARKS)) is not None
            or _BARE_ORDINAL_RE.match(text) is not None)


def _column_header(line: Line) -> bool:
    """``line`` is a table's header row: its first cell names the ordinal column ("STT",
    "TT") and other cells follow (bars, tabs, or words of a flat header)."""
    cells = [c.strip(_CELL_MARKS) for c in _CELL_SPLIT_RE.split(line.text) if c.strip(_CELL_MARKS)]
    if len(cells) >= 2 and is_ordinal_head(cells[0]):
        return True
    return flat_header_cells(line) is not None


def _category_line(text: str) -> bool:
    """A Roman-numbered line with no final stop: a category row or a heading."""
    label = read_label(text)
    return label is not None and label.style == "roman" and not text.rstrip().endswith(
        (".", ";"))


def is_category_row(lines: list[Line], i: int) -> bool:
    """``lines[i]`` (a Roman-numbered line; ``lines`` without blank lines) is a category row
    of a table (decision 27): above it, over rows of the table and other category rows only,
    stands the table's header row, and the line under it is a row."""
    if i + 1 >= len(lines) or _category_line(lines[i + 1].text) \
            or not _row_like(lines[i + 1].text):
        return False
    for k in range(i - 1, max(-1, i - 1 - LOOK_BELOW), -1):
        text = lines[k].text
        if _column_header(lines[k]):
            return True
        if not (_category_line(text) or _row_like(text)):
            return False
    return False


#: A table's header printed one cell per line ("NỘI DUNG⏎CHỈ TIÊU⏎PHẤN ĐẤU⏎GHI CHÚ"): at
#: least this many lines in a row, each a short cell naming a column.
HEADER_CELLS_MIN = 2
HEADER_CELL_MAX_WORDS = 4
#: The lines of such a table are cells: none is longer than this (a paragraph ends it).
CELL_MAX_WORDS = 25
#: How far above a numbered line its table's header is looked for.
LOOK_ABOVE_CELLS = 160


def _header_cell(text: str) -> bool:
    cell = text.strip(_CELL_MARKS + ":")
    return cell[:1].isalpha() and not any(c.isdigit() for c in cell) \
        and read_label(cell) is None and len(cell.split()) <= HEADER_CELL_MAX_WORDS \
        and header_like(cell)


def under_cell_header(lines: list[Line], i: int) -> bool:
    """``lines[i]`` (a numbered line; ``lines`` without blank lines) stands in a table
    printed one cell per line: above it, over short cells only, stands the table's header
    printed one cell per line.  Its numbered lines are category rows ("1. Tăng trưởng kinh
    tế:", " I. VỀ KINH TẾ :"; decision 27), not headings."""
    run = 0
    for k in range(i - 1, max(-1, i - 1 - LOOK_ABOVE_CELLS), -1):
        text = lines[k].text
        if _header_cell(text):
            run += 1
            if run >= HEADER_CELLS_MIN:
                return True
            continue
        if run:
            return False
        if len(text.split()) > CELL_MAX_WORDS:
            return False
    return False
