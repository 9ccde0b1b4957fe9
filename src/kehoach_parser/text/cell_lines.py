"""Tables copied one cell a line: which lines are cells of a grid, not lines of prose.

A table copied from a PDF viewer or a web page often arrives one cell a line, with no bars,
no tabs and no blank lines: the header's cells, then each row's ordinal, name, unit and
figures, each on its own line::

    STT
    Chỉ tiêu
    TH năm 2025
    KH năm 2026
    Ghi chú
    1
    Tỷ lệ hộ nghèo (%)
    2,1
    1,8
    DA đã có trong kế hoạch

The reflow pass must not read two of these cells as one wrapped line ("TH năm 2025" with
"KH năm 2026": "KH" opens inside a sentence elsewhere; a caption that reaches the wrap width
with "STT"; "1,8" with the note after it).  :func:`grid_lines` finds such grids by their
header: a line that is wholly the ordinal column's name ("STT", "TT") or the indicator
column's ("Chỉ tiêu", "Dự án"), with, among the short lines right under it, more lines that
are wholly column names (a plan, a result, the unit, a note, a year: "KH năm 2026", "ĐVT",
"Năm 2025") — one more after an ordinal head, two after a name head — and, in the run of
adjacent short lines it opens, at least :data:`MIN_FIGURES` figure cells.  Prose made of
short lines (a list of bullets, a signature block) names no columns and is left alone.
"""

from __future__ import annotations

from kehoach_parser.lang.vi import table_words
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lazy_pattern import lazy_compile

#: The header's other column names stand within this many lines under its first cell.
HEADER_REACH = 8
#: A cell is at most this many words; a longer line ends the grid (prose).
MAX_CELL_WORDS = 30
#: (A line that reaches a hard-wrapped page's width ends it too, unless a short cell stands
#: within this many lines under it: see :func:`grid_lines`.)
CELL_REACH = 4
#: A short cell (a unit, an agency) is at most this many words.
SHORT_CELL_WORDS = 4
#: A grid holds at least this many figure cells (else it is a list, not a table).
MIN_FIGURES = 3

_MARKUP = " \t*_#`"
_ROLES_FIRST = ("ordinal", "name")
_ROLES_MORE = ("ordinal", "name", "unit", "plan", "not_plan", "group", "code", "explain")


def _phrases(roles: tuple[str, ...]) -> list[str]:
    # in the data's order (``alternation`` orders them, longest first, stably): a set here
    # would give each process another source string, and the pattern store would miss it
    return [w for r in roles for w in table_words.COLUMN_WORDS[r]]


_YEARS = r"(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)"
#: A line that is wholly the ordinal's or the indicator's column name.
_FIRST_HEAD_RE = lazy_compile(
    r"(?i)\A" + alternation(_phrases(_ROLES_FIRST), space=r"\s+") + r"\Z")
#: A line that is wholly a column name: a column word, perhaps a year word and a year
#: ("KH năm 2026", "Ước TH năm 2025", "Giai đoạn 2026-2030"), or a year alone ("Năm 2025").
_HEAD_RE = lazy_compile(
    r"(?i)\A(?:" + alternation(_phrases(_ROLES_MORE), space=r"\s+")
    + r"(?:\s+(?:năm\s+|đến\s+năm\s+)?" + _YEARS + r")?(?:\s*\([^()]{1,20}\))?"
    + r"|năm\s+" + _YEARS + r")\Z")
#: A figure cell: a number (a percentage, a range "7,5-8,0"), maybe after a comparator.
_FIGURE_RE = lazy_compile(
    r"\A(?:[<>≥≤~]\s*)?[-+−]?\d[\d.,]*\s*%?(?:\s*[-–]\s*\d[\d.,]*\s*%?)?\Z")

#: A cell that marks a figure left out ("-", "x", "…"), printed on its own line.
_EMPTY_MARK_RE = lazy_compile(r"\A(?:[-–—x…]|\.\.\.)\Z")
#: A year or a period alone ("2030", "2026 - 2030").
_YEAR_CELL_RE = lazy_compile(r"\A" + _YEARS + r"\Z")


def _clean(line: str) -> str:
    return " ".join(line.strip(_MARKUP).split())


def is_head_cell(line: str) -> bool:
    """``line`` (stripped) is wholly a column's name ("ĐVT", "KH năm 2026", "Năm 2025")."""
    return _HEAD_RE.match(_clean(line)) is not None


def is_figure_cell(line: str) -> bool:
    """``line`` (stripped) is one figure and nothing else ("2,1", "95%", "7,5-8,0")."""
    return _FIGURE_RE.match(_clean(line)) is not None


def is_empty_mark(line: str) -> bool:
    """``line`` (stripped) is a mark of a figure left out ("-", "x", "…")."""
    return _EMPTY_MARK_RE.match(_clean(line)) is not None


def is_year_cell(line: str) -> bool:
    """``line`` (stripped) is a year or a period and nothing else ("2030", "2026-2030")."""
    return _YEAR_CELL_RE.match(_clean(line)) is not None


def _short_cell(line: str) -> bool:
    # a unit, an agency, a short note ("%", "Thứ bậc", "Sở Tài chính"): a few words, no
    # sentence's end
    return 0 < len(line.split()) <= SHORT_CELL_WORDS and not line.endswith((".", ";", ":"))


def _fits_cell(line: str) -> bool:
    """A line a grid's cell can be: not blank, at most :data:`MAX_CELL_WORDS` words."""
    return bool(line) and len(line.split()) <= MAX_CELL_WORDS


def _opens_grid(lines: list[str], i: int) -> bool:
    first = _clean(lines[i])
    if not first or _FIRST_HEAD_RE.match(first) is None:
        return False
    ordinal = first.casefold() in table_words.COLUMN_WORDS["ordinal"]
    heads = 0
    for j in range(i + 1, min(len(lines), i + 1 + HEADER_REACH)):
        if not _fits_cell(lines[j]):
            break
        if is_head_cell(lines[j]):
            heads += 1
    return heads >= (1 if ordinal else 2)


def grid_lines(lines: list[str], full_line: float | None = None) -> set[int]:
    """Indices of the lines of ``lines`` (stripped) that are cells of a table written one
    cell a line: from each grid's first header cell to the last line of its run of
    adjacent short lines.  A run with bars or tabs in it is a table of another layout (one
    cell a line between "|" lines, rows): its cells are delimited, and a cell wrapped over
    two lines there goes on as in prose.

    In a hard-wrapped text, ``full_line`` is the length of a line the wrap cut (the reflow's
    ``FULL_LINE_RATIO`` × the page's width): such a line, with no short cell (a figure, a
    mark, a unit, an agency) in the :data:`CELL_REACH` lines under it, is prose written right
    under the table with no blank line between, and ends the run; a long name cell, wrapped
    maybe, has its row's short cells under it and stays.  (Limits: without a width only a
    line of more than :data:`MAX_CELL_WORDS` words ends the run, so a paragraph written on
    one line stays in it; so does a wrapped paragraph of a few lines whose last line is a
    few words without a closing sign.)"""
    def is_cell(j: int) -> bool:
        line = lines[j]
        if not _fits_cell(line):
            return False
        if full_line is None or len(line) < full_line:
            return True
        # a long name cell (wrapped over two lines, maybe) has its row's short cells right
        # under it: a figure, a mark, a unit ("%", "Thứ bậc"); prose has none
        # (the split test first: it decides most lines, figures and marks among them)
        return any(_short_cell(c) or is_figure_cell(c) or is_empty_mark(c)
                   for c in lines[j + 1:j + 1 + CELL_REACH])

    out: set[int] = set()
    n = len(lines)
    i = 0
    while i < n:
        if i in out or not _opens_grid(lines, i):
            i += 1
            continue
        j = i
        figures = 0
        bars = False
        while j < n and is_cell(j):
            figures += is_figure_cell(lines[j])
            bars = bars or "|" in lines[j] or "\t" in lines[j]
            j += 1
        if figures >= MIN_FIGURES and not bars:
            out.update(range(i, j))
            i = j
        else:
            i += 1
    return out
