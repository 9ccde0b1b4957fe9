"""Tables printed one cell a line with blank lines among the cells (PDF text without layout).

A PDF converted to text without its layout prints a table's cells one after another, each
cell on its own lines, and an empty cell as a blank line (or a line of spaces)::

    TT
    CHỈ TIÊU
    MỤC TIÊU 2026 - 2030
    CƠ QUAN CHỦ
    TRÌ, THEO DÕI
    <blank>
    1
    Tốc độ tăng trưởng GDP bình quân/năm (%)
    Phấn đấu ≥ 10,0
    Bộ Tài chính …

The reflow pass has already joined the lines of a cell that go on in lower case or after an
open word ("… bình⏎quân/năm" → one line).  What is left for this reader:

* **blank lines are empty cells**, not the table's end: the table runs on over gaps of a few
  blank lines, up to a line too long to be a cell; a table whose first empty cell comes
  only well into its body (after a header and rows printed without a gap) is read here
  too when that first gap falls between two figures or before a run of figures; in the
  body each blank line is handed on as an empty cell, so that a row's figures keep their
  columns (not after page furniture or the header printed again);
* **capitals wrapped inside a header cell** ("CƠ QUAN CHỦ" over "TRÌ, THEO DÕI"): a line of
  capitals goes on with the one above when that one ends with an open word or mark ("/",
  ",", "VÀ"), when it is a single word ("VỰC") or years ("2026 - 2030"), when the one
  above is the start of a column name
  (:data:`kehoach_parser.lang.vi.table_words.COLUMN_WORDS`) and the line itself opens
  none, or, past the ordinal's and the name column's cells, when it opens no column name
  ("TỐC ĐỘ BÌNH" over "QUÂN 2026 - 2030 (%/NĂM)");
* **a header cell in lower and upper case wrapped at its column's width**, up to the first
  ordinal or figure: after an open word ("Công suất các" over "NMĐ", "So sánh KH 2026 với"
  over "TH 2025 (%)"), the year a word of periods waits for ("Kế hoạch năm" over "2026"),
  a comparison's second year ("DT 2026 với UTH" over "2025 (%)")
  (:func:`continues_header_cell`; the one-cell-a-line reader of :mod:`.grid` too);
* **a unit in brackets on a line of its own** ("(%)"), a line after an open word ("… so
  với" over "GDP (%)") and a figure under its comparator ("Phấn đấu ≥" over "10,0") go on
  with the cell above (in the body, not a unit alone in capitals: "Dân số" over "Triệu
  người" are two cells);
* **page furniture inside the table**: a running head repeated on every page ("CÔNG BÁO/Số
  259/Ngày 30-04-2026") with the page number after it, and the table's header printed again
  at the top of the next page, are no cells; an ordinal column's name of another header
  ("TT" after a table headed "STT") opens the next table.

The cells are handed to the reader of "cells" tables (:mod:`.tables`), as one cell a line.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.extract.indicators.grid import (
    MAX_CELL_WORDS,
    MIN_CELLS,
    PAGE_NUMBER_RE,
    ROW_ORDINAL,
    YEAR_RE,
    Block,
    Cell,
    clean,
    heading_line,
    is_bar_line,
    is_figure_cell,
    is_ordinal_head,
    is_row_line,
    value_like,
)
from kehoach_parser.extract.indicators.units import read_unit
from kehoach_parser.lang.vi import comparators, line_joins, table_words
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.capitals import all_capitals
from kehoach_parser.text.lines import Line

#: The table runs on over at most this many blank lines in a row (empty cells).
MAX_GAP = 3
#: A header opened by "TT" holds at most this many lines before the first row.
MAX_HEADER_LINES = 14
#: A comparator printed above its figure has at most this many words ("Phấn đấu đạt trên").
MAX_WAITING_WORDS = 4
#: A table's body is searched this many lines on for its first empty cell.
MAX_BODY_LINES = 400
#: A running head repeats at least this many times in the document.
MIN_REPEATS = 2

_DIGIT_RE = lazy_compile(r"\d")
#: A cell of one figure or a placeholder ("2.128.626", "99,89", "-").
_LETTERS_RE = lazy_compile(r"\p{L}+")
#: The number of a list item at a line's start ("1. Các bộ, cơ quan …"): a note repeated
#: row after row, not the figure of a running head.
_LIST_NUMBER_RE = lazy_compile(r"\A\s*\d{1,2}[.)]\s+(?=\p{L})")
_OPEN_MARKS = ("/", ",", "-", "–", "(", "&")
#: A row's ordinal alone ("1", "IV", "a", "A", "2.1", "-").
_ORDINAL_RE = lazy_compile(r"\A" + ROW_ORDINAL + r"\Z|\A[-+•–]\Z")
#: A unit in brackets on a line of its own: "(%)", "(USD)", "(tỷ đồng)".
_UNIT_IN_BRACKETS_RE = lazy_compile(r"\A\([^()\d]{1,20}\)\Z")
#: A header cell of years only ("2026 - 2030", "năm 2025").
_YEARS_RE = lazy_compile(r"(?i)\A(?:năm\s+)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\Z")


@lru_cache(maxsize=1)
def _column_phrases() -> tuple[str, ...]:
    words: set[str] = set()
    for role, phrases in table_words.COLUMN_WORDS.items():
        if role != "not_plan":
            words.update(phrases)
    return tuple(sorted(words))


def _opens_column(t: str) -> bool:
    low = " ".join(t.lower().split())
    return any(low == p or low.startswith(p + " ") for p in _column_phrases())


def _starts_column(t: str) -> bool:
    """``t`` is the first words of a longer column name ("cơ quan chủ" of "cơ quan chủ trì")."""
    low = " ".join(t.lower().split())
    return any(p.startswith(low + " ") for p in _column_phrases())


def continues_cell(above: str, line: str) -> bool:
    """The line ``line``, right under the cell ``above``, is the rest of that cell: a unit in
    brackets under a name ("(%)"), any line after an open word ("… so với" over "GDP (%)"),
    or capitals under capitals (:func:`continues_capitals`)."""
    if above and value_like(line) and _waits_for_figure(above):
        return True  # "Phấn đấu ≥" over "10,0": one value cell
    if not above or _ORDINAL_RE.match(above) or _ORDINAL_RE.match(line) or value_like(above):
        return False
    if _UNIT_IN_BRACKETS_RE.match(line):
        return True
    last = above.split()[-1].lower() if above.split() else ""
    if last in line_joins.NUMBER_OPEN_ENDINGS and not _DIGIT_RE.match(line):
        # "số", "năm" leave a cell open before a number only: "… cạnh tranh số" over
        # "Thứ bậc" are two cells (the name, its unit)
        return continues_capitals(above, line)
    if last in line_joins.OPEN_ENDINGS and not value_like(line):
        return True
    return continues_capitals(above, line)


_YEAR_START_RE = lazy_compile(r"\A(?:19|20)\d{2}(?!\d)")
_COMPARISON_JOIN_RE = lazy_compile(lx.word_alternation(table_words.COMPARISON_JOINS), lx.FLAGS)


def continues_header_cell(above: str, line: str) -> bool:
    """In the header of a table copied one cell a line, ``line`` is the rest of the header
    cell ``above`` wrapped at its column's width: what :func:`continues_cell` joins (after
    an open word, "Công suất các" over "NMĐ"; a unit in brackets; capitals under capitals),
    and the second year of a comparison cut before it ("DT 2026 với UTH" over "2025 (%)":
    a header that compares, with at most one year so far)."""
    if not above or not line:
        return False
    if _YEAR_START_RE.match(line) and _COMPARISON_JOIN_RE.search(above) \
            and len(YEAR_RE.findall(above)) <= 1 and not above.rstrip()[-1].isdigit():
        return True
    last = above.split()[-1].lower() if above.split() else ""
    if last in line_joins.NUMBER_OPEN_ENDINGS:
        # "Kế hoạch năm" over "2026": the year it waits for (not a figure of the body)
        return _YEAR_START_RE.match(line) is not None or continues_cell(above, line)
    if last in line_joins.OPEN_ENDINGS and not is_figure_cell(line) \
            and not _ORDINAL_RE.match(line):
        return True  # "So sánh KH 2026 với" over "TH 2025 (%)": the term it waits for
    return continues_cell(above, line)


def _waits_for_figure(t: str) -> bool:
    """A few words that end with a comparator and hold no figure ("Phấn đấu ≥", "Trên")."""
    if _DIGIT_RE.search(t) or len(t.split()) > MAX_WAITING_WORDS:
        return False
    low = " ".join(t.lower().split())
    return any(low == c or low.endswith(" " + c) for c in comparators.BEFORE_VALUE)


#: Column names that never take a year: the unit's and the ordinal's.
_YEARLESS_HEADS = frozenset(table_words.COLUMN_WORDS["unit"] + table_words.COLUMN_WORDS["ordinal"])


def continues_capitals(above: str, line: str) -> bool:
    """The line of capitals ``line`` is the rest of the cell ``above`` (capitals too); a line
    of years goes on with a header cell in capitals ("MỤC TIÊU" over "2026 - 2030")."""
    if all_capitals(above) and _YEARS_RE.match(line):
        # (not under the unit's or the ordinal's column, which name no year: "ĐVT" over
        # "Năm 2026" are two cells)
        return " ".join(above.lower().split()) not in _YEARLESS_HEADS
    if not (all_capitals(above) and all_capitals(line)):
        return False
    a = above.rstrip()
    if a.endswith(_OPEN_MARKS):
        return True
    last = a.split()[-1].lower() if a.split() else ""
    if last in line_joins.CAPITAL_OPEN_ENDINGS:
        return True
    if len(line.split()) == 1 and not _opens_column(line) and not _DIGIT_RE.search(line):
        return True  # one word alone ("VỰC" under "THEO NGÀNH, LĨNH")
    return _starts_column(a) and not _opens_column(line)


def names_period(above: str, line: str) -> bool:
    """In a table's body, a year or a period alone ("2025-2027") under a cell that ends with
    a word of periods ("Giai đoạn", "Năm"): the rest of that cell ("I | Giai đoạn 2025-2027"
    is a category row, not a row with a figure)."""
    low = " ".join(above.lower().split())
    return _YEARS_RE.match(line) is not None and not _DIGIT_RE.search(above) and any(
        low == w or low.endswith(" " + w) for w in line_joins.PERIOD_ENDINGS)


def _unnamed_pair(above: str, line: str) -> bool:
    """A line of capitals in a header that opens no column name, under capitals ("TỐC ĐỘ
    BÌNH" over "QUÂN 2026 - 2030 (%/NĂM)", "CƠ QUAN CHỦ" over "TRÌ, THEO DÕI"): the rest of
    the column's name (past the ordinal's and the name column's, whose words may be
    anything)."""
    return all_capitals(above) and all_capitals(line) and not _opens_column(line) \
        and not _ORDINAL_RE.match(line)  # ("I" under the header: the first category row)


def continues_row_name(above: str, line: str) -> bool:
    """In a table's body, a row name in capitals wrapped onto the next line ("TỔNG THU NSNN
    TRÊN" over "ĐỊA BÀN (I+II+III)"): capitals under capitals, neither a figure nor an
    ordinal, the line no unit ("USD") and no column name."""
    if not (all_capitals(above) and all_capitals(line)) or _ORDINAL_RE.match(above) \
            or _ORDINAL_RE.match(line) or value_like(above) or value_like(line):
        return False
    if len(line.split()) < 2 and "(" not in line:
        return continues_capitals(above, line)
    return not _opens_column(line)


def _unit_cell(t: str) -> bool:
    """A line that is a unit and nothing else, opening with a capital ("Triệu người",
    "Tỷ đồng"): the cell of a unit column, even under a name ending with an open word
    ("Dân số")."""
    if not t[:1].isupper():
        return False
    u = read_unit(" " + t, 0, len(t) + 1)
    return u is not None and u.end == len(t) + 1


#: The running heads of the line list read last: (that list, its heads).  A document with
#: a table on every page opens a table per page; its lines are counted once.
_HEADS_OF: list[tuple[list[Line], set[str]]] = []


def _running_heads(lines: list[Line]) -> set[str]:
    """Lines printed again and again beside a page number (a running head of the pages):
    several words and a figure ("CÔNG BÁO/Số 259/Ngày 30-04-2026" over "46")."""
    last = _HEADS_OF[0] if _HEADS_OF else None  # (read once: another thread may replace it)
    if last is not None and last[0] is lines:
        return last[1]
    heads = _count_running_heads(lines)
    _HEADS_OF[:] = [(lines, heads)]
    return heads


def _count_running_heads(lines: list[Line]) -> set[str]:
    counts = Counter(ln.text.strip() for ln in lines if len(ln.text.split()) >= 2
                     and _DIGIT_RE.search(_LIST_NUMBER_RE.sub("", ln.text)))
    beside_number = {
        lines[k].text.strip() for k in range(len(lines))
        if counts.get(lines[k].text.strip(), 0) >= MIN_REPEATS and any(
            0 <= m < len(lines) and PAGE_NUMBER_RE.match(lines[m].text)
            for m in (k - 1, k + 1))}
    return {t for t in beside_number if len(_LETTERS_RE.findall(t)) >= 2}


def opens_gapped_cells(lines: list[Line], i: int) -> bool:
    """Line ``i`` is an ordinal column's name ("TT", "STT") alone, more short lines follow, and
    a blank line falls among the first cells (else the one-cell-a-line reader takes it)."""
    raw = lines[i].text
    if len(raw) > 12 or not is_ordinal_head(clean(raw)):
        return False
    gaps = 0
    for j in range(i + 1, min(len(lines), i + 1 + MAX_HEADER_LINES + 8)):
        if lines[j].index - lines[j - 1].index - 1 > MAX_GAP:
            return False
        if lines[j].index != lines[j - 1].index + 1:
            gaps += 1
        t = lines[j].text
        if len(t.split()) > MAX_CELL_WORDS or is_bar_line(t) or is_row_line(t):
            return False
    return gaps > 0 or _first_gap_among_figures(lines, i + MAX_HEADER_LINES + 8)


def _first_gap_among_figures(lines: list[Line], j0: int) -> bool:
    """Past the header's lines, the first blank lines of a table written one cell a line
    are empty cells of a row of figures, not the table's end: they fall between two figures
    ("13,75", blank, "11,79"), or a run of figures follows them ("… quản lý", blanks,
    "82.500", "105.000")."""
    for j in range(max(j0, 1), min(len(lines), j0 + MAX_BODY_LINES)):
        t = lines[j].text
        if len(t.split()) > MAX_CELL_WORDS or is_bar_line(t) or is_row_line(t) \
                or is_ordinal_head(clean(t)):
            return False  # (a "TT" again: the next table's header, before any empty cell)
        gap = lines[j].index - lines[j - 1].index - 1
        if gap:
            return gap <= MAX_GAP and is_figure_cell(t) and (
                is_figure_cell(lines[j - 1].text) or (
                    j + 1 < len(lines) and lines[j + 1].index == lines[j].index + 1
                    and is_figure_cell(lines[j + 1].text)))
    return False


def gapped_cells_block(text: str, lines: list[Line], i: int) -> Block | None:
    """The table opened at line ``i`` (see :func:`opens_gapped_cells`), as a "cells" block."""
    heads = _running_heads(lines)
    cells: list[Cell] = []
    texts: list[str] = []
    header: list[str] = []  # the header's cells (capitals before the first row's ordinal)
    in_header = True
    before_body = True  # (up to the first ordinal or figure: the header, in any case)
    repeat = 0  # how many cells of the header were seen again after a page break
    seen_part = ""  # the lines seen so far of a header cell printed again (wrapped)
    last_value = -1
    after_cell = False  # the line before was a cell (not page furniture, not the header again)
    j = i
    while j < len(lines):
        ln = lines[j]
        if j > i and ln.index - lines[j - 1].index - 1 > MAX_GAP:
            break
        t = ln.text.strip()
        if len(t.split()) > MAX_CELL_WORDS or is_bar_line(t) or is_row_line(t):
            break
        gap = ln.index - lines[j - 1].index - 1 if j > i else 0
        was_cell, after_cell = after_cell, False
        if t in heads:
            # a running head, and the page number printed beside it
            j += 1
            if j < len(lines) and PAGE_NUMBER_RE.match(lines[j].text):
                j += 1
            repeat = 0
            continue
        if PAGE_NUMBER_RE.match(t) and j + 1 < len(lines) and lines[j + 1].text.strip() in heads:
            j += 1
            continue
        ct = clean(t)
        adjacent = j > i and ln.index == lines[j - 1].index + 1
        if not in_header and repeat < len(header) and (repeat or not cells or texts[-1] != ct):
            rest = header[repeat][len(seen_part):].lstrip() if seen_part else header[repeat]
            if ct == rest:
                repeat += 1  # the header printed again at the top of the next page
                seen_part = ""
                j += 1
                continue
            if rest.startswith(ct + " "):
                seen_part = (seen_part + " " + ct).strip()  # (a wrapped part of it)
                j += 1
                continue
        if not in_header and not seen_part and is_ordinal_head(ct):
            break  # another table's header ("TT" again, not this table's printed again)
        if not in_header and gap and last_value >= 0 and heading_line(ct):
            break  # after a blank line, "II. NHIỆM VỤ": the text goes on under a heading
        seen_part = ""
        repeat = 0
        s = ln.start + (len(ln.text) - len(ln.text.lstrip()))
        e = ln.start + len(ln.text.rstrip())
        opens_body = before_body and bool(cells) and (
            _ORDINAL_RE.match(ct) is not None or is_figure_cell(ct))
        # (asked once a line, and only where one of the two tests below needs it)
        joins = bool(cells) and adjacent and before_body and (opens_body or not in_header) \
            and continues_header_cell(texts[-1], ct)
        if opens_body and not joins:
            before_body = False
        if joins and not in_header:
            # a header cell in lower and upper case wrapped at its column's width ("DT 2026
            # với UTH" over "2025 (%)", "Công suất các" over "NMĐ")
            cells[-1] = Cell(cells[-1].start, e)
            texts[-1] = clean(text[cells[-1].start:e])
            after_cell = True
            j += 1
            continue
        if cells and adjacent and not (not in_header and _unit_cell(ct)) and (
                continues_cell(texts[-1], ct) or (not in_header and names_period(texts[-1], ct))
                or (
                in_header and len(header) >= 3 and _unnamed_pair(texts[-1], ct)) or (
                not in_header and continues_row_name(texts[-1], ct))):
            cells[-1] = Cell(cells[-1].start, e)
            texts[-1] = clean(text[cells[-1].start:e])
            if in_header:
                header[-1] = texts[-1]
            elif value_like(texts[-1]):
                last_value = len(cells) - 1
            after_cell = True
            j += 1
            continue
        if in_header and cells and (_ORDINAL_RE.match(ct) or not (
                all_capitals(ct) or _YEARS_RE.match(ct))):
            in_header = False
        if not in_header and was_cell and gap:
            # the blank lines before this cell are empty cells of the body
            at = lines[j - 1].end + 1
            cells.extend(Cell(at + g, at + g) for g in range(gap))
            texts.extend("" for _ in range(gap))
        after_cell = True
        cells.append(Cell(s, e))
        texts.append(ct)
        if in_header:
            header.append(ct)
        elif value_like(ct):
            last_value = len(cells) - 1
        j += 1
    end = last_value
    while end + 1 < len(cells) and len(texts[end + 1].split()) <= 3:
        end += 1
    if last_value < 0 or end + 1 < MIN_CELLS:
        return None
    while end > 0 and cells[end].empty:
        end -= 1
    kept = cells[:end + 1]
    last_line = next(k for k in range(i, len(lines)) if lines[k].end >= kept[-1].end)
    return Block("cells", i, last_line + 1, cells=kept)
