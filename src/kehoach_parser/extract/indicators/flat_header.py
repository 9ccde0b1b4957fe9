"""A table header that PDF text printed as one line of words (issue 12).

PDF text extracted with its layout keeps a table's body rows apart (runs of spaces between
cells, which the normaliser turns into tabs) but often prints the header, whose cells are
centred over two or three physical lines, as one line of single-spaced words:

    TT Chỉ tiêu ĐVT ƯTH Năm 2025 GIAI ĐOẠN 2026 - 2030 Năm 2026 Năm 2027
    I<TAB>CÂY CÔNG NGHIỆP
    -<TAB>Diện tích<TAB>Ha<TAB>26.120<TAB>27.000<TAB>27.500 …

Such a line right above a run of rows, opening with the ordinal column's name ("TT",
"STT"), is the table's header.  Its cells are cut where a header cell starts: at a
capitalised word ("Chỉ tiêu", "Địa điểm", "Năm 2026"), and at a word in capitals or an
abbreviation only when a column word ("ĐVT", "KẾ HOẠCH") or a year word before a number
("NĂM 2026") starts there ("Dự toán TTg giao", "Dự toán HĐND tỉnh quyết định" are one
cell each).  A year cell ("Năm 2025") after a cell that is a kind of figures
alone ("ƯTH", "Kế hoạch") is that cell's year ("ƯTH Năm 2025").
:mod:`.tables` then reads the header as any other (a header with more cells than the rows,
a group over sub-headers, is read as a sequence of cells).
"""

from __future__ import annotations

from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.extract.indicators.grid import (
    Block,
    Cell,
    clean,
    header_like,
    is_figure_cell,
    is_ordinal_head,
)
from kehoach_parser.lang.vi import table_words
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.lines import Line

_WORDS = table_words.COLUMN_WORDS
#: A column word at the start of a word (any role, groups included).
_COLUMN_WORD_RE = lazy_compile(
    r"\A(?:" + lx.alternation([w for ws in _WORDS.values() for w in ws]) + r")"
    + lx.WB_AFTER_IF_WORD, lx.FLAGS)
#: The ordinal column's name at the start of a line ("TT", "STT", "S TT").
_ORDINAL_RE = lazy_compile(
    r"\A(?:" + lx.alternation(_WORDS["ordinal"]) + r")" + lx.WB_AFTER_IF_WORD, lx.FLAGS)
#: A word that waits for a number ("Năm", "Giai đoạn") followed by one: a year cell.
_YEAR_CELL_RE = lazy_compile(
    r"\A(?:" + lx.alternation(table_words.WAITS_FOR_NUMBER) + r")\s+\d", lx.FLAGS)
#: A cell that is a kind of figures (plan, result, comparison) alone: a year cell joins it.
_KIND_CELL_RE = lazy_compile(
    r"\A(?:" + lx.alternation(_WORDS["plan"] + _WORDS["result"] + _WORDS["skip"]) + r")"
    + lx.WB_AFTER_IF_WORD, lx.FLAGS)
_WORD_RE = lazy_compile(r"\S+")
_GOES_ON = frozenset(table_words.HEADER_CELL_GOES_ON)
_YEAR_RE = lazy_compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")

#: A flat header has this many words at most and cuts into at least this many cells.
MAX_WORDS = 48
MIN_CELLS = 3


def _opens_cell(text: str, words: list[tuple[int, int]], k: int) -> bool:
    """Whether word ``k`` of the line starts a header cell."""
    w = text[words[k][0]:words[k][1]]
    prev = text[words[k - 1][0]:words[k - 1][1]]
    if not w[0].isalpha() or not w[0].isupper() or prev.endswith(("/", "-", "(", ",")) \
            or prev.lower() in _GOES_ON:
        return False
    if sum(1 for ch in w if ch.isupper()) < 2:
        return True  # a capitalised word ("Chỉ tiêu", "Địa điểm", "Năm 2026")
    # capitals or an abbreviation ("HĐND", "TTg") open a cell only at a column word or a
    # year ("ĐVT", "KẾ HOẠCH", "NĂM 2026"): else they go on with it ("Dự toán TTg giao")
    if prev[0].isdigit():
        return True  # after a year or a number the cell is complete ("Dự toán 2026 DT …")
    rest = text[words[k][0]:]
    return _COLUMN_WORD_RE.match(rest) is not None or _YEAR_CELL_RE.match(rest) is not None


def _cut(text: str, words: list[tuple[int, int]], head: int) -> list[tuple[int, int]]:
    """The line's cells: the first ``head`` words one cell, then a cell at each word that
    opens one; a year cell joined to the kind cell before it."""
    starts = ([0] if head else []) + [head] + [
        k for k in range(head + 1, len(words)) if _opens_cell(text, words, k)]
    cells = [(words[a][0], words[b - 1][1])
             for a, b in zip(starts, [*starts[1:], len(words)], strict=True)]
    merged: list[tuple[int, int]] = []
    for s, e in cells:
        if merged and _YEAR_CELL_RE.match(text[s:e]):
            ps, pe = merged[-1]
            before = text[ps:pe]
            if _KIND_CELL_RE.fullmatch(before):
                merged[-1] = (ps, e)
                continue
        merged.append((s, e))
    return merged


def _words(line: Line) -> list[tuple[int, int]] | None:
    if "\t" in line.text or "|" in line.text:
        return None
    words = [(m.start(), m.end()) for m in _WORD_RE.finditer(line.text)]
    return words if 1 < len(words) <= MAX_WORDS else None


def flat_header_cells(line: Line) -> list[Cell] | None:
    """The cells of ``line`` when it is a table header printed as one line of words (see
    the module's text), else None."""
    text = line.text
    words = _words(line)
    ordinal = _ORDINAL_RE.match(text)
    if words is None or ordinal is None:
        return None
    head = sum(1 for s, _ in words if s < ordinal.end())  # the ordinal's words ("S TT")
    if not 0 < head < len(words) - 1:
        return None
    cells = _cut(text, words, head)
    if not is_ordinal_head(clean(text[cells[0][0]:cells[0][1]])) or len(cells) < MIN_CELLS \
            or not any(header_like(clean(text[s:e])) or _YEAR_RE.search(text[s:e])
                       for s, e in cells[1:]):
        return None  # ("TT Phong Điền Quảng Điền": a place, no column named)
    return [Cell(line.start + s, line.start + e) for s, e in cells]


def flat_sub_header_cells(line: Line) -> list[Cell] | None:
    """The cells of ``line`` when it is the second row of a flat header ("Kế hoạch Ước
    thực hiện"): two cells or more, each naming a column or a year; else None."""
    text = line.text
    words = _words(line)
    if words is None:
        return None
    cells = _cut(text, words, 0)
    if len(cells) < 2 or not all(header_like(clean(text[s:e])) or _YEAR_RE.search(text[s:e])
                                 for s, e in cells):
        return None
    return [Cell(line.start + s, line.start + e) for s, e in cells]


def _names_ordinal(text: str, row: list[Cell]) -> bool:
    """The row names the ordinal column itself: it is the table's own header."""
    return any(is_ordinal_head(clean(text[c.start:c.end])) for c in row)


def _sub_header(text: str, row: list[Cell]) -> bool:
    """A row of header cells only, none a figure ("Kế hoạch | Ước thực hiện")."""
    cells = [clean(text[c.start:c.end]) for c in row]
    return sum(1 for c in cells if header_like(c)) >= 2 and not any(
        is_figure_cell(c) for c in cells)


def with_flat_headers(text: str, lines: list[Line], blocks: list[Block]) -> list[Block]:
    """``blocks`` with each run of rows that does not name its ordinal column extended up
    to the flat header right above it: one line of words, or two (the second holding the
    sub-headers), its cells the first rows."""
    out: list[Block] = []
    for b in blocks:
        above = b.first - 1
        free = not out or out[-1].last <= above - 1  # (the line above the one above, too)
        if b.layout != "rows" or above < 0 or not b.rows or (out and out[-1].last > above) \
                or _names_ordinal(text, b.rows[0]):
            out.append(b)
            continue
        if (cells := flat_header_cells(lines[above])) is not None:
            b = Block("rows", above, b.last, rows=[cells, *b.rows])
        elif free and above >= 1 and not _sub_header(text, b.rows[0]) \
                and (sub := flat_sub_header_cells(lines[above])) is not None \
                and (top := flat_header_cells(lines[above - 1])) is not None:
            b = Block("rows", above - 1, b.last, rows=[top, sub, *b.rows])
        out.append(b)
    return out
