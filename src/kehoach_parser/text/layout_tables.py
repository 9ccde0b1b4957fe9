"""Tables as PDF text gives them: space-aligned columns whose wide cells wrap (issue 12).

``pdftotext -layout``, pdfminer and copy-paste from a PDF viewer print a table without bars:
its columns are aligned by spaces, a wide cell wraps over several physical lines at its
column's width, and the row's short cells (the ordinal, the figures, a status "Vượt chỉ
tiêu") sit on whichever physical line the PDF put them, often the middle one::

     STT   Chỉ tiêu                 Kết quả   Tỷ lệ   Đánh giá
           Tổ chức ít nhất 03 lớp
       1   tập huấn kỹ năng số            4    133%   Vượt chỉ tiêu
           cho cán bộ thôn, tổ
           dân phố

Once the spaces pass has folded each line's spaces the columns are lost, so this reader runs
on the text before it and rewrites each such block as Markdown rows, one logical row a line
("| 1 | Tổ chức … tổ dân phố | 4 | 133% | Vượt chỉ tiêu |"), which the table readers of
:mod:`kehoach_parser.extract.indicators` read as any pipe table.  The rows are a
*rearrangement* of the text (:meth:`~kehoach_parser.text.aligned.AlignedText.rearrange`):
every character of a cell keeps its place in the original.

1. **Block.**  A block opens at a line of three cells or more (runs of characters two spaces
   or more apart) and grows up and down over the lines that keep its columns open: each
   column is an interval of positions that some line fills, the gaps between them positions
   no line fills.  A line that would close a gap (prose across the page, the next table),
   a line of one cell left of every column (or, after blank lines, reaching the first), more
   than three blank lines, a line with a tab or a bar ends it.  Header lines above it with
   two cells or more and a column word join it even when their centred words stand over a
   gap (each of their cells goes to the column centred nearest it), unless a cell holds a
   colon or opens with a caption word: a PDF's caption and its unit on one line ("Biểu 01:
   Kết quả …     Đơn vị tính: triệu đồng") stay a line of their own.
2. **Columns.**  The first column is the *label* column when, from its first ordinal on,
   every cell of it is one ("1", "1.2", "II", "a)", "-"; a second column of ordinals beside
   it is one too); a table without one is left as it is.  The letters and Roman numerals
   are those of :mod:`kehoach_parser.lang.vi.numbering`: the Vietnamese letters, capitals
   "A" to "H" as Vietnamese counts them ("Đ" is one, "F" is not) and Roman numerals "I" to
   "XXX" ("L", "XL", "XXXI" are not; before R17b finding 10 any run of I, V, X, L, C was).
   A column most of whose cells hold a figure is a *value* column; the widest other column
   is the *name* column.
3. **Rows.**  A row begins at a line with a label.  The lines between two such lines are
   shared out column by column: at a blank line when there is one; else a column's run of
   pieces that goes on from the label line above belongs to that row, one that leads to
   the label line below to that row, and a run that does both is cut at a piece that
   opens a cell (a capital, a figure, a bracket; not under a piece that ends on ",", "-"
   or an open word such as "của", "và"), the one nearest to where a cell centred on the
   label line above ends (pdftotext puts a row's short cells on its middle line).  The
   lines above the first row are the header down to its last line that names a column
   (:data:`kehoach_parser.lang.vi.table_words.COLUMN_WORDS`), then the lines without a name.
4. **Only tables that wrap.**  A block whose rows are all one line a line is left as it is:
   the spaces pass makes its gaps tabs, the reader of tab rows reads it.

The reader is linear in the text: each line is looked at once when blocks grow, and a block
that is refused is skipped as a whole (the next block may take back its last eight lines).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

import regex

from kehoach_parser.lang.vi import table_words
from kehoach_parser.lang.vi.line_joins import (
    CELL_BULLETS,
    CELL_GOES_ON_ENDINGS,
    CELL_OPENERS,
    OPEN_ENDINGS,
)
from kehoach_parser.lang.vi.numbering import LETTER_LABELS, ROMAN_VALUES
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.aligned import Piece
from kehoach_parser.text.capitals import all_capitals

#: A cell of a line: characters that are at most one space apart.
_FRAGMENT_RE = lazy_compile(r"\S+(?: \S+)*")
#: The smallest gap between two columns, in spaces.
MIN_GAP = 2
#: A block needs this many columns, and this many lines of two cells or more.
MIN_COLUMNS = 3
MIN_GAPPED_LINES = 2
#: Blank lines between two rows of a block (a PDF's row spacing), at most.
MAX_BLANK_LINES = 3
#: A block may take back at most this many lines of a block refused before it.
MAX_RETAKEN = 8
#: The first column is the label column when this share of its cells from its first
#: ordinal on are ordinals: all of them (a row whose first cell is text, a total or a row
#: that lost its first cell, makes the rows uncertain: the tab readers read such a table,
#: as before; 0.9 lost a dev table under ``table_pdf_layout``).
LABEL_SHARE = 1.0
#: An ordinal of a table's first column: "1", "1.2", "II.", "a)", "b", "Đ)", "-", "+" (the
#: letters and Roman numerals of ``numbering``: not "F", "L" nor "XXXI", see point 2 above).
_ORDINAL_RE = lazy_compile(
    r"\A(?:\d{1,3}(?:\.\d{1,3}){0,3}[./]?|\(\d{1,3}\)"
    rf"|{alternation(ROMAN_VALUES)}(?:\.\d{{1,2}}){{0,2}}[./]?"
    rf"|[{''.join(LETTER_LABELS)}{''.join(LETTER_LABELS[:8]).upper()}][.)]?"
    rf"|[{regex.escape(''.join(CELL_BULLETS))}])\Z")
_DIGIT_RE = lazy_compile(r"\d")
#: A cell of a line that numbers the columns: "A", "1", "(2)", "4=3/2", "(5)=(3)-(4)"; group 1
#: is the column's number.  (The forms of ``extract.indicators.tables._COLUMN_NUMBER_RE``,
#: which this module cannot import: ``tables`` imports ``text.normalize``, which imports
#: this module.)
_COLUMN_MARK_RE = lazy_compile(
    r"\A(?:\p{Lu}|\(?(\d{1,2})\)?(?:\s*=\s*[\d()+\-*/x×:.,\s]{1,12})?)\Z")
#: A bracket of one to three words without a figure: a unit at a name's end ("(%)").
_UNIT_BRACKET_RE = lazy_compile(r"\A\((?:[^\d()\s]+(?: [^\d()\s]+){0,2})\)\Z")
#: A value cell's piece that is a whole figure ("1.234", "95,5%", "≥ 80"): a row's own
#: figure, not the wrapped tail of a longer cell.
_FIGURE_PIECE_RE = lazy_compile(r"\A[≥≤<>~+\-–]?\s?\d[\d.,]*\s?%?\Z")
_WORDS_RE = lazy_compile(r"\S+")
#: A name cell's first piece: a capital, a figure, a bracket, a quote or a bullet.
_OPENS_NAME_RE = lazy_compile(r"\A(?:\p{Lu}|\d|[" + regex.escape("".join(CELL_OPENERS)) + "])")
#: Emphasis marks of Markdown around a cell or a piece ("**1**", "*Tỷ lệ*").
_MARKS = "*_ "
_OPEN_END_RE = lazy_compile(r"(?i)(?<!\p{L})" + alternation(OPEN_ENDINGS) + r"\Z")
_HEADER_WORD_RE = lazy_compile(
    r"(?i)(?<!\p{L})(?:" + "|".join(
        regex.escape(w) for kind in table_words.COLUMN_WORDS.values() for w in kind)
    + r")(?!\p{L})")

#: A caption's first word ("Biểu 01", "Bảng 2.", "Phụ lục").  (A unit line's label is no
#: sign alone, "ĐVT" and "Đơn vị" head columns too: its colon is.)
_CAPTION_OPENS_RE = lazy_compile(
    r"(?i)[(\[]?" + alternation(table_words.TABLE_CAPTION_OPENERS) + r"(?!\p{L})")


@dataclass(slots=True)
class _Line:
    start: int  # offset of the line in the text
    end: int  # offset of its end (before the newline)
    frags: list[tuple[int, int]]  # column positions (start, end) of its cells


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end]
        if "\t" in line or "|" in line:
            frags = [(-1, -1)]  # a line of another layout: never part of a block
        else:
            frags = [(m.start(), m.end()) for m in _FRAGMENT_RE.finditer(line)] \
                if "  " in line else ([(len(line) - len(line.lstrip(" ")),
                                         len(line.rstrip(" ")))] if line.strip() else [])
        out.append(_Line(pos, end, frags))
        if nl < 0:
            break
        pos = nl + 1
    return out


def _other_layout(line: _Line) -> bool:
    return bool(line.frags) and line.frags[0][0] < 0


def _merged(cols: list[tuple[int, int]], frags: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``cols`` (sorted intervals, ``MIN_GAP`` apart or more) with ``frags`` filled in."""
    spans = sorted(cols + frags)
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1] + MIN_GAP:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _takes(cols: list[tuple[int, int]], line: _Line, after_blank: bool = False
           ) -> list[tuple[int, int]] | None:
    """The columns with ``line`` in the block, or None when the line ends the block: a
    line that closes a gap, a line of one cell that starts left of every column or, after a
    blank line, reaches the first one (a caption, a note, a heading)."""
    if not line.frags or _other_layout(line):
        return None
    if len(line.frags) == 1 and (line.frags[0][0] < cols[0][0] or (
            after_blank and line.frags[0][0] < cols[0][1] + MIN_GAP)):
        return None
    new = _merged(cols, line.frags)
    # a line that closes a gap is no row of the table: a caption, a note, prose, or the next
    # table, whose columns stand elsewhere
    if len(new) < len(cols):
        return None
    return new


def _caption_line(text: str, line: _Line) -> bool:
    """Whether a line above a block is its caption rather than a header line, though it holds
    a column word: a cell holds a colon ("Biểu 01: Kết quả …", "Đơn vị tính: triệu đồng") or
    opens with a caption or unit word (a caption and its unit on one line of a PDF).  (A
    cell wider than its column is no sign: a header's "Kế hoạch năm 2027" stands over a
    column of figures.)"""
    for s, e in line.frags:
        cell = text[line.start + s:line.start + e]
        if ":" in cell or _CAPTION_OPENS_RE.match(cell):
            return True
    return False


def _numbers_line(text: str, line: _Line) -> bool:
    """A line that numbers the columns ("A   B   1   2   3   4=3/2"): three integers or more
    in turn (1, 2, 3 …), the other cells short marks.  A PDF centres them where the rows'
    figures stand right-aligned, so they fall in the gaps between columns: the line takes
    its place in a block without making columns (H20T)."""
    if len(line.frags) < MIN_COLUMNS or _other_layout(line):
        return False
    marks = [_COLUMN_MARK_RE.match(text[line.start + s:line.start + e].strip(_MARKS))
             for s, e in line.frags]
    if not all(marks):
        return False
    # "1", "(1)" and "4=3/2" count: "(1) (2) (3)" numbers the columns too (R20b finding 3)
    ints = [int(m.group(1)) for m in marks if m is not None and m.group(1)]
    return len(ints) >= MIN_COLUMNS and ints == list(range(ints[0], ints[0] + len(ints)))


def _grow(text: str, lines: list[_Line], i: int, floor: int
          ) -> tuple[int, int, list[tuple[int, int]]]:
    """The block ``[a, b)`` around the line ``i`` (not above ``floor``) and its columns."""
    cols = list(lines[i].frags)
    b = i + 1
    n = len(lines)
    while b < n:
        nxt = b
        while nxt < n and nxt - b < MAX_BLANK_LINES and not lines[nxt].frags:
            nxt += 1  # blank lines between two rows
        if nxt >= n:
            break
        if _numbers_line(text, lines[nxt]):
            b = nxt + 1
            continue
        got = _takes(cols, lines[nxt], nxt > b)
        if got is None:
            break
        cols = got
        b = nxt + 1
    a = i
    while a - 1 >= floor:
        if _numbers_line(text, lines[a - 1]):
            a -= 1
            continue
        got = _takes(cols, lines[a - 1])
        if got is None:
            break
        cols = got
        a -= 1
    # header lines whose centred words stand over a gap: their cells go to the nearest column
    while a - 1 >= floor and len(lines[a - 1].frags) >= 2 and not _other_layout(lines[a - 1]) \
            and _HEADER_WORD_RE.search(text[lines[a - 1].start:lines[a - 1].end]) \
            and not _caption_line(text, lines[a - 1]):
        a -= 1
    return a, b, cols


#: For each line of a block, for each column, the spans in the text of its pieces.
_Grid = list[list[list[tuple[int, int]]]]
#: A logical row: for each column, the lines (indices into the grid) of its cell.
_Row = list[list[int]]


def _cells(lines: list[_Line], cols: list[tuple[int, int]]) -> _Grid:
    """For each line, for each column, the spans of its cells in the text (a column that a
    header cell over two columns merged holds two)."""
    starts = [s for s, _ in cols]
    grid: _Grid = []
    for line in lines:
        row: list[list[tuple[int, int]]] = [[] for _ in cols]
        for s, e in line.frags:
            k = max(0, bisect_right(starts, s) - 1)
            if e > cols[k][1]:  # a header cell over a gap: the column centred nearest it
                mid = s + e
                k = min(range(max(0, k - 1), min(len(cols), k + 3)),
                        key=lambda j: abs(cols[j][0] + cols[j][1] - mid))
            row[k].append((line.start + s, line.start + e))
        grid.append(row)
    return grid


def _share(texts: list[str], pred: Callable[[str], bool]) -> float:
    """The share of the non-empty ``texts`` that ``pred`` holds for (0 when none)."""
    got = [t for t in texts if t]
    if not got:
        return 0.0
    return sum(1 for t in got if pred(t)) / len(got)


def _rows(text: str, grid: _Grid, cols: list[tuple[int, int]]) -> list[_Row] | None:
    """The block's logical rows (for each column, the lines of ``grid`` that hold its cell;
    the header first, when it has one), or None when the block is no table that wraps."""
    n_cols = len(cols)

    def cell(i: int, k: int) -> str:  # (without the emphasis of Markdown: "**1**")
        return " ".join(text[a:b] for a, b in grid[i][k]).strip(_MARKS)

    # the label column: from its first ordinal on, every cell of the first column is one;
    # a table without one is left to the readers of tab rows
    # (and a second column of ordinals beside it: "1", "2" under "I", "-" under "1")
    anchors = [i for i in range(len(grid)) if _ORDINAL_RE.match(cell(i, 0))]
    if len(anchors) < 2 or _share([cell(i, 0) for i in range(anchors[0], len(grid))],
                                  lambda t: _ORDINAL_RE.match(t) is not None) < LABEL_SHARE:
        return None
    labels = 1
    second = [cell(i, 1) for i in range(anchors[0], len(grid)) if cell(i, 1)]
    if n_cols > MIN_COLUMNS and len(second) >= 2 and _share(
            second, lambda t: _ORDINAL_RE.match(t) is not None) >= LABEL_SHARE:
        labels = 2
        anchors = [i for i in range(len(grid))
                   if _ORDINAL_RE.match(cell(i, 0)) or _ORDINAL_RE.match(cell(i, 1))]
    col_texts = [[cell(i, k) for i in range(len(grid))] for k in range(n_cols)]
    values = {k for k in range(labels, n_cols) if _share(
        col_texts[k], lambda t: _DIGIT_RE.search(t) is not None
        and len(_WORDS_RE.findall(t)) <= 4) >= 0.5}
    texts = [k for k in range(labels, n_cols) if k not in values]
    if not texts:
        return None
    name = max(texts, key=lambda k: cols[k][1] - cols[k][0])
    labelled = {i for i in range(len(grid)) if any(cell(i, k) for k in range(labels))}
    # a line of figures without a label makes a row only if its name piece is empty or opens
    # a name: not a figure beside a wrapped name's middle, nor a year under "Tháng 6 năm"
    # (R20b finding 1)
    anchors = _with_figure_anchors(anchors, [
        i for i in range(len(grid)) if any(_FIGURE_PIECE_RE.match(cell(i, k)) for k in values)
        and (i in labelled or not grid[i][name] or _opens(text, grid[i][name]))], labelled)
    first = anchors[0]
    # the header: down to its last line that names a column, then lines without a name
    head_end = 0
    for i in range(first):
        if any(_HEADER_WORD_RE.search(cell(i, k)) for k in range(n_cols)):
            head_end = i + 1
    while head_end < first and not grid[head_end][name]:
        head_end += 1
    rows: list[_Row] = []
    if head_end:
        rows.append([list(range(head_end)) for _ in range(n_cols)])
    rows.extend([[a] for _ in range(n_cols)] for a in anchors)
    at = len(rows) - len(anchors)  # the first anchor's row
    for k in range(n_cols):  # lines above the first row's anchor, and below the last one
        rows[at][k][:0] = range(head_end, first)
        rows[-1][k].extend(range(anchors[-1] + 1, len(grid)))
    align = _alignment(text, grid, anchors, name)
    for r, (prev, nxt) in enumerate(pairwise(anchors)):
        _share_out(text, grid, list(range(prev + 1, nxt)), prev, nxt, rows[at + r],
                   rows[at + r + 1], align)
    if not any(len({i for c in row for i in c if grid[i][k]}) > 1
               for row in rows for k in range(n_cols)):
        return None  # no cell wraps: the reader of tab rows reads it as it is
    return rows


def _with_figure_anchors(anchors: list[int], figures: list[int], labelled: set[int]
                         ) -> list[int]:
    """``anchors`` (the lines with a label) with the rows that have none: where each row
    with a label has its figures on its label's line (a PDF prints a row's one-line cells
    on one line), a line of figures with an empty label cell below a row that has its own
    figures is a row of its own ("- Thuế giá trị gia tăng", a sub-item, a total), and so is
    one under a labelled heading without figures ("3 | Cơ cấu kinh tế").
    ``figures``: the lines with a figure in a value column; ``labelled``: the lines with
    something in a label column (a label, or a cell that is none).  Where labelled rows
    with figures below and none on their label's line (cells aligned apart, or headings)
    are as many as those with figures on it, the anchors stay the labels.  (H20T; before,
    such a row's name and figures were taken into the labelled row above.)"""
    fig = set(figures)
    extra: list[int] = []
    same = sum(1 for a in anchors if a in fig)
    apart = 0
    for j, a in enumerate(anchors):  # both sorted: a slice per anchor (R20b finding 2)
        hi = bisect_left(figures, anchors[j + 1]) if j + 1 < len(anchors) else len(figures)
        below = figures[bisect_right(figures, a):hi]
        if not below:
            continue
        if a not in fig:
            apart += 1  # a heading row ("3 | Cơ cấu kinh tế") or figures set apart
        extra.extend(i for i in below if i not in labelled)
    if not extra or apart >= same:
        return anchors  # (labelled rows whose figures stand on another line)
    return sorted({*anchors, *extra})


def _opens(text: str, spans: list[tuple[int, int]]) -> bool:
    return bool(spans) and _OPENS_NAME_RE.match(
        text[spans[0][0]:spans[0][1]].lstrip(_MARKS)) is not None


def _goes_on(text: str, spans: list[tuple[int, int]]) -> bool:
    """The piece ends where a cell cannot: with a comma, a hyphen, a bracket or an open word
    ("của", "và", "các": :data:`kehoach_parser.lang.vi.line_joins.OPEN_ENDINGS`)."""
    if not spans:
        return False
    a, b = spans[-1]
    piece = text[a:b].rstrip(_MARKS)
    return piece.endswith(CELL_GOES_ON_ENDINGS) or _OPEN_END_RE.search(piece) is not None


def _tail(text: str, above: list[tuple[int, int]], spans: list[tuple[int, int]]) -> bool:
    """The piece ``spans`` goes on the piece above it though it opens with a capital or a
    bracket: capitals under capitals (a name in capitals wraps in capitals: "BỘI CHI NGÂN
    SÁCH ĐỊA" over "PHƯƠNG"), or a bracket of a few words without a figure, a unit's ("(%)",
    "(tỷ đồng)") at a name's end (H20T)."""
    if not above or not spans:
        return False
    piece = text[spans[0][0]:spans[-1][1]].strip(_MARKS)
    if _UNIT_BRACKET_RE.match(piece):
        return True
    over = text[above[0][0]:above[-1][1]]
    return all_capitals(over, min_letters=2) and all_capitals(piece, min_letters=2)


#: Rows whose names wrap on the side the alignment puts them, at least (see _alignment).
MIN_ALIGNED_WRAPS = 2


def _alignment(text: str, grid: _Grid, anchors: list[int], name: int) -> str | None:
    """"top" when the table's rows stand on their first line (a Word cell's default): the
    name opens a cell on every anchor line and, on at least ``MIN_ALIGNED_WRAPS`` rows, the
    line under the anchor goes on it; "bottom" when they stand on their last line (the
    mirror); else None (centred, or not known: the lines between two anchors are cut where
    a cell opens).  H20T: a name wrapped under a top-aligned row whose last piece could not
    end a cell ("Quy mô kinh tế" over "số") went to the row below."""
    marks = set(anchors)

    def opens(i: int) -> bool:
        return _opens(text, grid[i][name])
    on = [opens(a) for a in anchors if grid[a][name]]
    under = [a + 1 for a in anchors
             if a + 1 < len(grid) and a + 1 not in marks and grid[a + 1][name]]
    if len(on) < 2 or not under:
        return None
    if all(on) and sum(1 for i in under if not opens(i)) >= MIN_ALIGNED_WRAPS:
        return "top"
    if all(opens(i) for i in under) and sum(1 for o in on if not o) >= MIN_ALIGNED_WRAPS:
        return "bottom"
    return None


def _share_out(text: str, grid: _Grid, between: list[int], prev: int, nxt: int,
               above: _Row, below: _Row, align: str | None = None) -> None:
    """Give the lines between two anchors to the row above or the row below, column by
    column: at a blank line when there is one; else a column's run of pieces that goes on
    from the anchor above belongs to its row, one that leads to the anchor below to that
    row, and a run that does both is cut at the piece that opens a cell (a capital, a
    figure …; or after the run, when the anchor below opens one) nearest to where a cell
    centred on the anchor above ends (as many lines under it as over it: a top-aligned
    cell has none), else there."""
    m = len(between)
    blanks = [j + 1 for j, i in enumerate(between)
              if not any(grid[i]) and (j + 1 == m or any(grid[between[j + 1]]))]
    if blanks:
        split = next((j for j in blanks if j < m and any(
            _opens(text, c) for c in grid[between[j]])), blanks[-1])
        for k in range(len(above)):
            above[k].extend(between[:split])
            below[k][:0] = between[split:]
        return
    if align is not None:  # every row on its first (last) line: the lines go up (down)
        split = m if align == "top" else 0
        for k in range(len(above)):
            above[k].extend(between[:split])
            below[k][:0] = between[split:]
        return
    for k in range(len(above)):
        up: list[int] = []
        down: list[int] = []
        j = 0
        while j < m:
            if not grid[between[j]][k]:
                j += 1
                continue
            s = j
            while j < m and grid[between[j]][k]:
                j += 1
            run = between[s:j]
            from_prev = s == 0 and bool(grid[prev][k])
            to_next = j == m and bool(grid[nxt][k])
            if from_prev and to_next:
                over = sum(1 for i in above[k] if i < prev and grid[i][k])
                lines = [prev, *run, nxt]  # (the piece over run[x] is on lines[x])
                cuts = [x for x in range(len(run) + 1)
                        if _opens(text, grid[lines[x + 1]][k])
                        and not _goes_on(text, grid[lines[x]][k])
                        and (x == len(run) or not _tail(text, grid[lines[x]][k],
                                                        grid[lines[x + 1]][k]))]
                cut = min(cuts, key=lambda x: abs(x - over - 0.25)) if cuts \
                    else min(over, len(run))
                up.extend(run[:cut])
                down.extend(run[cut:])
            elif from_prev or (not to_next and s + 1 <= m - j + 1):
                up.extend(run)
            else:
                down.extend(run)
        above[k].extend(up)
        below[k][:0] = down


def _row_pieces(grid: _Grid, row: _Row, at: int) -> list[Piece]:
    """A logical row as a Markdown row: each cell's pieces, line by line, one space apart.
    Each bar is aligned with the end of the piece before it (the row's start for the first),
    so that a span ending on one ends where that piece does in the original."""
    pieces: list[Piece] = [(at, at, "| ")]
    last = at  # the end of the last piece written
    for k, lines in enumerate(row):
        if k:
            pieces.append((last, last, " | "))
        first = True
        for i in lines:
            for a, b in grid[i][k]:
                if not first:
                    pieces.append((a, a, " "))
                pieces.append((a, b, None))
                first = False
                last = b
    pieces.append((last, last, " |"))
    return pieces


def _may_open_block(text: str) -> bool:
    """Whether some line has two gaps of :data:`MIN_GAP` spaces or more between its
    characters: only a line of three cells opens a block (a cheap scan before
    :func:`_lines`, which reads every line of a text with three spaces)."""
    gap = " " * MIN_GAP
    for line in text.split("\n"):
        s = line.strip(" ")
        i = s.find(gap)
        if i < 0:
            continue
        j = i + MIN_GAP
        while j < len(s) and s[j] == " ":
            j += 1
        if s.find(gap, j) >= 0:
            return True
    return False


def layout_table_pieces(text: str) -> list[Piece] | None:
    """The pieces of ``text`` with each space-aligned table that wraps its cells rewritten
    as Markdown rows (:meth:`AlignedText.rearrange`), or None when it holds none."""
    if "   " not in text or not _may_open_block(text):
        return None
    lines = _lines(text)
    pieces: list[Piece] = []
    done = 0  # text offset up to which the pieces are written
    floor = 0  # the first line a block may take
    i = 0
    n = len(lines)
    while i < n:
        if len(lines[i].frags) < MIN_COLUMNS or _other_layout(lines[i]) \
                or _numbers_line(text, lines[i]):
            i += 1
            continue
        a, b, cols = _grow(text, lines, i, floor)
        block = lines[a:b]
        rows = None
        if sum(1 for ln in block if len(ln.frags) >= 2) >= MIN_GAPPED_LINES:
            grid = _cells(block, cols)
            rows = _rows(text, grid, cols)
        if rows is not None:
            start = block[0].start
            pieces.append((done, start, None))
            for r, row in enumerate(rows):
                at = block[min(i for c in row for i in c)].start
                if r:
                    pieces.append((at, at, "\n"))
                pieces.extend(_row_pieces(grid, row, at))
            done = block[-1].end
            floor = b
        else:  # the next block may take back the last lines of a refused one (its header)
            floor = max(a, b - MAX_RETAKEN)
        i = b
    if not pieces:
        return None
    pieces.append((done, len(text), None))
    return pieces
