"""Rows of a one-row-a-line table that the conversion cut or joined.

Text conversions print a table's rows one a line, but not always one *row* a line:

* a **table on one line** — an HTML table whose row breaks were lost: every cell of every
  row between " | " on a single line ("| STT | Chỉ tiêu | ĐVT | … | 1 | Tỷ lệ hộ nghèo | % |
  2,1 | 2 | …");  it is read as the same table copied one cell a line, its rows found by
  their shape (:func:`unfold_one_line`);
* a **header cell wrapped over physical rows** — "| Kế hoạch |" over "|  | năm 2027 |":
  a header row whose every filled cell sits under a filled cell of the row above and goes
  on with it (it opens in lower case, with a bracket, "(MW)", or an abbreviation, "HĐND
  tỉnh", or it is a year alone or the end of a period cut at its dash, "- 2030", or the
  number a cell ending with "năm" waits for) is the
  rest of that row, not a row of sub-headers ("Kế hoạch | Ước thực hiện" under a merged
  "Năm 2026" open in capitals, under an empty cell) (:func:`join_wrapped_header`);
* **two tables in one run of rows** — a row that names the columns again ("| Bảng III. … |
  TT | Dự án | Công suất …"), its caption in the cells before "TT": the next table starts
  at its "TT" cell (:func:`second_header`);
* a **name wrapped onto a row of its own** — "| 3 | Số xã đạt | Xã | 5 |" over "|  |
  chuẩn nông thôn mới |  |  |": the only filled cell of a row, in lower case (or a number
  then lower case, "3 mức độ …"), under the name of a row with figures; and the only
  filled cell of a row under a note right of the figures ("DA đã có trong" over "QĐ số
  270/QĐ-TTg …"), whatever its case (:func:`continued_names`).

* **a row's last empty cells lost** — a tab-separated row ("80⏎", its trailing tab gone
  with the line's trailing white space) or a DOCX row whose converter dropped them ("| 2 |
  Trường học | 80"): a row shorter than the header whose cells, read from the left, agree
  with what the full rows hold in each column (a figure where they hold figures, words
  where they hold words; a row without a figure, a category row whose merged cell spans
  the columns, may hold words anywhere) ends with empty cells
  (:func:`with_lost_last_cells`); a sub-row whose empty ordinal cell went with the line's
  leading white space ("\tNMTĐ … (Tổ máy 2, 3)\t600") is placed one cell to the right when
  only there its cells agree; a row that
  disagrees (a PDF row that lost a cell in its middle, "2 | Trường học | 12" under "STT |
  Chỉ tiêu | ĐVT | Kế hoạch") is left as it is.

For the wraps, the row that holds only the rest is dropped and the rest is kept beside the
cell it continues (a cell → its further pieces), so that every cell stays a span of the
text.
"""

from __future__ import annotations

from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.extract.indicators.grid import (
    MIN_ONE_LINE_CELLS,
    ROW_ORDINAL_RE,
    Block,
    Cell,
    clean,
    header_like,
    value_like,
)
from kehoach_parser.lang.vi import table_words
from kehoach_parser.lazy_pattern import lazy_compile

_DIGIT_RE = lazy_compile(r"\d")
#: A cell that waits for a number on the line below ("Kế hoạch năm", "Giai đoạn").
_WAITS_FOR_NUMBER_RE = lazy_compile(
    r"(?<!\p{L})(?:" + lx.alternation(table_words.WAITS_FOR_NUMBER) + r")\Z", lx.FLAGS)
_NUMBER_START_RE = lazy_compile(r"\A\d")
#: A bracket that goes on with a header cell: its unit or a gloss ("(MW)", "(%)"), not a
#: column number ("(3)").
_BRACKET_START_RE = lazy_compile(r"\A\(\s*[\p{L}%‰]")
#: A year or a period alone (or with its bracket, "2025 (%)"): the end of a header cell
#: that names it ("Năm hiện hành" over "2025"), when it sits under a filled cell.
_YEAR_ALONE_RE = lazy_compile(r"\A(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?:\s*\(.*\))?\Z")
#: The end of a period cut at its dash ("- 2030") under a cell ending with a year.
_RANGE_REST_RE = lazy_compile(r"\A[-–]\s*(?:19|20)\d{2}\Z")
_ENDS_WITH_YEAR_RE = lazy_compile(r"(?:19|20)\d{2}\Z")
#: An abbreviation in capitals that goes on with a wrapped header ("Dự toán" over "HĐND
#: tỉnh quyết định"), not a Roman numeral.
_ABBREVIATION_RE = lazy_compile(r"\A(?![IVXLC]+\b)\p{Lu}{2,}[\p{Lu}\p{Ll}]*\b")

_ORDINAL_HEAD_RE = lazy_compile(
    r"\A(?:" + lx.alternation(table_words.COLUMN_WORDS["ordinal"]) + r")\Z", lx.FLAGS)
_NAME_HEAD_RE = lazy_compile(lx.word_alternation(table_words.COLUMN_WORDS["name"]), lx.FLAGS)

#: The rest of a wrapped name that opens with a number of what follows ("3 mức độ trưởng
#: thành" under "… đạt cấp độ").
_COUNTED_REST_RE = lazy_compile(r"\A\d{1,3}\s+\p{Ll}")
#: A figure cell ("1.500", "95%", "2028-2029").
_FIGURE_RE = lazy_compile(r"\A[-+]?\d[\d.,]*\s*%?(?:\s*[-–]\s*\d[\d.,]*\s*%?)?\Z")

#: A line of at least this many cells is a whole table printed on one line (a row of the
#: widest tables has about 16 cells; a flattened table of three rows of six has 18).
ONE_LINE_CELLS = MIN_ONE_LINE_CELLS
#: … and it names a column among its first cells.
ONE_LINE_HEADER_CELLS = 12
#: A header is at most this many physical rows.
MAX_HEADER_ROWS = 6


def _texts(text: str, row: list[Cell]) -> list[str]:
    return [clean(text[c.start:c.end]) if not c.empty else "" for c in row]


def unfold_one_line(text: str, block: Block) -> Block | None:
    """A "rows" block whose table is printed on one line, as a table one cell a line (its
    empty cells kept); else None."""
    if len(block.rows) > 2:
        return None
    long = [r for r in block.rows if len(r) >= ONE_LINE_CELLS]
    if len(long) != 1:
        return None
    row = long[0]
    texts = _texts(text, row)
    if not any(header_like(t) for t in texts[:ONE_LINE_HEADER_CELLS]):
        return None
    a, b = 0, len(row)
    while a < b and not texts[a]:
        a += 1
    while b > a and not texts[b - 1]:
        b -= 1
    cells = row[a:b]
    # (an empty cell is an empty value or the empty STT of a sub-row, rarely a row's
    # end: the rows are found by their shape, as in a table copied one cell a line)
    cells = [c if texts[a + k] else Cell(c.start, c.start) for k, c in enumerate(cells)]
    return Block("cells", block.first, block.last, cells=cells)


def _goes_on(above: str, below: str) -> bool:
    """``below`` is the rest of the header cell ``above`` (wrapped by the conversion)."""
    if not below or not above:
        return False
    if below[0].islower() or _BRACKET_START_RE.match(below) or _YEAR_ALONE_RE.match(below):
        return True
    if _RANGE_REST_RE.match(below) and _ENDS_WITH_YEAR_RE.search(above):
        return True  # "Giai đoạn 2026" over "- 2030"
    if _ABBREVIATION_RE.match(below):
        return not _ABBREVIATION_RE.match(above)  # (two abbreviations: two headers)
    return _NUMBER_START_RE.match(below) is not None and \
        _WAITS_FOR_NUMBER_RE.search(above) is not None


def join_wrapped_header(text: str, rows: list[list[Cell]]
                        ) -> tuple[list[list[Cell]], dict[Cell, list[Cell]]]:
    """``rows`` without the header rows that only go on with the cells above them, and for
    each header cell so continued, its rest (in order)."""
    out: list[list[Cell]] = []
    more: dict[Cell, list[Cell]] = {}
    shown: list[str] = []  # the texts of the last row kept, continuations included
    for k, row in enumerate(rows):
        below = _texts(text, row)
        if k >= MAX_HEADER_ROWS or (out and any(
                _FIGURE_RE.match(t) and not _goes_on(a, t)
                for a, t in zip(shown, below, strict=False))):
            return out + rows[k:], more  # (the body starts: figures)
        if out and len(row) == len(out[-1]):
            filled = [i for i, t in enumerate(below) if t]
            if filled and all(_goes_on(shown[i], below[i]) for i in filled):
                for i in filled:
                    more.setdefault(out[-1][i], []).append(row[i])
                    shown[i] = f"{shown[i]} {below[i]}"
                continue
        out.append(row)
        shown = below
    return out, more


def continued_names(text: str, rows: list[list[Cell]]) -> tuple[list[list[Cell]],
                                                                 dict[Cell, list[Cell]]]:
    """``rows`` without the rows that only hold the rest of the name (or of a note) above
    them, and for each cell so continued, its rest (in order)."""
    kept: list[list[Cell]] = []
    more: dict[Cell, list[Cell]] = {}
    for row in rows:
        if kept and len(row) == len(kept[-1]):
            below = _texts(text, row)
            filled = [i for i, t in enumerate(below) if t]
            if len(filled) == 1:
                i = filled[0]
                above = _texts(text, kept[-1])
                figures = any(_DIGIT_RE.search(t) for j, t in enumerate(above) if j > i)
                name = kept[-1][i]
                known = " ".join([above[i], *(clean(text[c.start:c.end])
                                              for c in more.get(name, []))])
                note = above[i] and any(_FIGURE_RE.match(t) for t in above[1:i])
                if note or (figures and above[i] and not _DIGIT_RE.search(above[i]) and (
                        below[i][0].islower() or _COUNTED_REST_RE.match(below[i])
                        or known.count("(") > known.count(")"))):
                    more.setdefault(name, []).append(row[i])
                    continue
        kept.append(row)
    return kept, more


def second_header(text: str, rows: list[list[Cell]]) -> tuple[int, int] | None:
    """Where a second table starts in a run of rows: the row that names its ordinal and
    name columns again (after a first row), and the place of its ordinal head ("TT") in
    that row; else None."""
    for k, row in enumerate(rows):
        if k == 0:
            continue
        texts = _texts(text, row)
        at = next((i for i, t in enumerate(texts) if _ORDINAL_HEAD_RE.match(t)), None)
        if at is not None and any(_NAME_HEAD_RE.search(t) and len(t.split()) <= 6
                                  for t in texts[at + 1:at + 3]):
            return k, at
    return None


def without_repeated_header(text: str, rows: list[list[Cell]]) -> list[list[Cell]] | None:
    """``rows`` without the copies of their header row printed again at the top of each page
    (with the running head of the page, a one-cell line, right above a copy): one table
    over pages, whose category rows ("| I | VỀ KINH TẾ |") go on heading the rows of the
    next page; None when the header is not printed again."""
    if len(rows) < 3:
        return None
    head = [t.casefold() for t in _texts(text, rows[0])]
    if sum(1 for t in head if t) < 2:
        return None
    kept: list[list[Cell]] = [rows[0]]
    dropped = False
    for row in rows[1:]:
        if [t.casefold() for t in _texts(text, row)] == head:
            if kept and len(kept) > 1 and len(kept[-1]) == 1:
                kept.pop()  # the running head over the header's copy
            dropped = True
            continue
        kept.append(row)
    return kept if dropped else None


def without_outer_bars(text: str, rows: list[list[Cell]]) -> list[list[Cell]]:
    """``rows`` (a header row first) without the first and last cell of a row that is two
    cells wider than the header and leaves both empty: the outer bars of a Markdown row
    read as empty DOCX cells (the rows of a wider table above it set the width)."""
    if not rows:
        return rows
    head = rows[0][:-1] if len(rows[0]) >= 3 and not _texts(text, rows[0][-1:])[0] \
        else rows[0]  # (its own outer bar)
    width = len(head)
    return [head, *(r[1:-1] if len(r) == width + 2 and not _texts(text, [r[0], r[-1]])[0]
                       and not _texts(text, [r[0], r[-1]])[1] else r for r in rows[1:])]




def _cell_kinds(texts: list[str]) -> list[str]:
    """Each cell's kind: "" (empty, or the row's ordinal in its first cell), "figure" (a
    figure with at most a few words) or "words"."""
    return ["" if not t or (i == 0 and ROW_ORDINAL_RE.match(t))
            else "figure" if value_like(t) else "words" for i, t in enumerate(texts)]


def with_lost_last_cells(text: str, rows: list[list[Cell]]) -> list[list[Cell]] | None:
    """``rows`` (the header row first) with the rows that lost their last empty cells
    filled up to the header's width with empty cells, when each such row agrees with the
    full body rows column by column (see the module's note); None when no row changes."""
    if len(rows) < 3 or not rows[0]:
        return None
    width = len(rows[0])
    if any(len(r) > width for r in rows):
        return None  # (a header narrower than its body: merged cells, not lost ones)
    full = [_texts(text, r) for r in rows[1:] if len(r) == width]
    if not any(r[-1] for r in full):
        return None  # (no body row fills the last column: a wider header, no lost cells)
    seen: list[set[str]] = [set(column) - {""}
                            for column in zip(*map(_cell_kinds, full), strict=True)]
    out: list[list[Cell]] = [rows[0]]
    changed = False
    for row in rows[1:]:
        lost = _lost_before(_texts(text, row), seen, width) if 2 <= len(row) < width else None
        if lost is not None:
            start, end = row[0].start, row[-1].end
            row = [*(Cell(start, start) for _ in range(lost)), *row,
                   *(Cell(end, end) for _ in range(width - len(row) - lost))]
            changed = True
        out.append(row)
    return out if changed else None


def _lost_before(texts: list[str], seen: list[set[str]], width: int) -> int | None:
    """How many empty cells a short row lost before its first one (0 first: only its last
    ones; a sub-row without an ordinal whose leading tab went with the line's leading white
    space: 1), its cells then agreeing with the full rows column by column; None when no
    place fits."""
    for lost in range(width - len(texts) + 1):
        kinds = _cell_kinds([""] * lost + texts)[lost:]
        # (words without a figure in the row: a category row's merged cell, "I | VỀ KINH TẾ")
        loose = "figure" not in kinds
        if all(not kind or not seen[lost + i] or kind in seen[lost + i]
               or (loose and kind == "words") for i, kind in enumerate(kinds)):
            return lost
    return None
