"""A table header that PDF text printed as one line of words (issue 12).

PDF text extracted with its layout keeps a table's body rows apart (runs of spaces between
cells, which the normaliser turns into tabs) but often prints the header, whose cells are
centred over two or three physical lines, as one line of single-spaced words:

    TT Chỉ tiêu ĐVT ƯTH Năm 2025 GIAI ĐOẠN 2026 - 2030 Năm 2026 Năm 2027
    I<TAB>CÂY CÔNG NGHIỆP
    -<TAB>Diện tích<TAB>Ha<TAB>26.120<TAB>27.000<TAB>27.500 …

Such a line right above a run of rows, opening with the ordinal column's name ("TT",
"STT"), is the table's header.  Its cells are cut where a header cell starts: a word in
capitals after lower-case words, a capitalised word ("Chỉ tiêu", "Địa điểm", "Năm 2026"),
and, inside a run of words in capitals, a column word ("ĐVT", "KẾ HOẠCH") or a year word
before a number ("NĂM 2026").  A year cell ("Năm 2025") after a cell that names a kind of
figures and holds no number yet ("ƯTH", "Kế hoạch") is that cell's year ("ƯTH Năm 2025").
:mod:`.tables` then reads the header as any other (a header with more cells than the rows,
a group over sub-headers, is read as a sequence of cells).
"""

from __future__ import annotations

from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.extract.indicators.grid import Block, Cell, clean, header_like, is_ordinal_head
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
#: A cell that names a kind of figures (plan, result, comparison): a year cell joins it.
_KIND_CELL_RE = lazy_compile(
    r"\A(?:" + lx.alternation(_WORDS["plan"] + _WORDS["result"] + _WORDS["skip"]) + r")"
    + lx.WB_AFTER_IF_WORD, lx.FLAGS)
_WORD_RE = lazy_compile(r"\S+")
_GOES_ON = frozenset(table_words.HEADER_CELL_GOES_ON)
_DIGIT_RE = lazy_compile(r"\d")

#: A flat header has this many words at most and cuts into at least this many cells.
MAX_WORDS = 48
MIN_CELLS = 3


def _capitals(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _opens_cell(text: str, words: list[tuple[int, int]], k: int) -> bool:
    """Whether word ``k`` of the line starts a header cell."""
    w = text[words[k][0]:words[k][1]]
    prev = text[words[k - 1][0]:words[k - 1][1]]
    if not w[0].isalpha() or not w[0].isupper() or prev.endswith(("/", "-", "(", ",")) \
            or prev.lower() in _GOES_ON:
        return False
    if not _capitals(w) or not _capitals(prev):
        return True  # a capitalised word, or capitals after words in lower case
    rest = text[words[k][0]:]
    return _COLUMN_WORD_RE.match(rest) is not None or _YEAR_CELL_RE.match(rest) is not None


def flat_header_cells(line: Line) -> list[Cell] | None:
    """The cells of ``line`` when it is a table header printed as one line of words (see
    the module's text), else None."""
    text = line.text
    if "\t" in text or "|" in text:
        return None
    words = [(m.start(), m.end()) for m in _WORD_RE.finditer(text)]
    if not 2 < len(words) <= MAX_WORDS:
        return None
    ordinal = _ORDINAL_RE.match(text)
    if ordinal is None:
        return None
    head = sum(1 for s, _ in words if s < ordinal.end())  # the ordinal's words ("S TT")
    if head >= len(words):
        return None
    starts = [0, head] + [k for k in range(head + 1, len(words)) if _opens_cell(text, words, k)]
    cells = [(words[a][0], words[b - 1][1])
             for a, b in zip(starts, [*starts[1:], len(words)], strict=True)]
    if not is_ordinal_head(clean(text[cells[0][0]:cells[0][1]])):
        return None
    merged: list[tuple[int, int]] = []
    for s, e in cells:
        if merged and _YEAR_CELL_RE.match(text[s:e]):
            ps, pe = merged[-1]
            before = text[ps:pe]
            if _KIND_CELL_RE.match(before) and not _DIGIT_RE.search(before):
                merged[-1] = (ps, e)
                continue
        merged.append((s, e))
    if len(merged) < MIN_CELLS:
        return None
    return [Cell(line.start + s, line.start + e) for s, e in merged]


def _headed(text: str, row: list[Cell]) -> bool:
    """The row names columns itself (an ordinal head, or two header cells)."""
    cells = [clean(text[c.start:c.end]) for c in row]
    return any(is_ordinal_head(c) for c in cells) or sum(1 for c in cells if header_like(c)) >= 2


def with_flat_headers(text: str, lines: list[Line], blocks: list[Block]) -> list[Block]:
    """``blocks`` with each run of rows that has no header of its own extended up to the
    flat header line right above it (its cells the first row)."""
    out: list[Block] = []
    for b in blocks:
        above = b.first - 1
        if b.layout == "rows" and above >= 0 and (not out or out[-1].last <= above) \
                and b.rows and not _headed(text, b.rows[0]) \
                and (cells := flat_header_cells(lines[above])) is not None:
            b = Block("rows", above, b.last, rows=[cells, *b.rows])
        out.append(b)
    return out
