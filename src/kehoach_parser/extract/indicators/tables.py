"""Tables of targets and of results: rows with an ordinal, a name, a unit and values.

:mod:`.grid` finds a table and its cells in whatever layout the text kept (pipe or tab
rows, one cell per line between bars, one cell per paragraph).  This module reads it:

1. **Header.**  The header cells name the columns (:data:`kehoach_parser.lang.vi.
   table_words.COLUMN_WORDS`): the ordinal ("STT"), the indicator ("Chỉ tiêu"), the unit
   ("ĐVT"), notes ("Ghi chú", "Cơ quan chủ trì") and the value columns, each of a kind —
   *plan* ("Kế hoạch", "Mục tiêu", a year not before the plan's), *result* ("Thực hiện",
   "Ước TH", an earlier year), *plain* ("Tổng số", "Kết quả") or *skip* ("So sánh",
   "Tỷ lệ %").  A header printed over two rows is merged: the sub-headers ("Kế hoạch",
   "Ước thực hiện") replace the header above them ("Năm hiện hành 2025") and inherit its
   year.  A column's year is the record's ``year`` when the header says "năm YYYY".
2. **Rows.**  In a one-cell-per-line table rows are found by their shape: an ordinal cell
   followed by a name, or a name after the values of the row before.  Values are aligned
   to the value columns (right-aligned when empty cells were lost).
3. **Records.**  One record per value cell of a plan, result or plain column (a cell may
   hold several: "6,5-7%, phấn đấu 7-7,5%", "≤ 3 Đông Nam Á; ≤ 50 Thế giới"): ``name`` is
   the row's label cell, ``unit`` the unit cell, the name's "(%)" or the table's "ĐVT: …"
   line, ``label`` the STT cell, ``group`` the row it is a part of ("1.1", "a", "-", "+",
   "Trong đó" rows under "1"; item rows under a Roman row that has values).  Result
   columns give drafts marked ``table_result`` (the status decision files them as
   results); a table with no plan column at all is read the same way, so a statistics
   table gives results or nothing, never targets by default.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import regex

from kehoach_parser.extract import windows
from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.extract.indicators import table_kinds as kinds
from kehoach_parser.extract.indicators.clauses import Draft, ItemContext, extract_item, lead_in_year
from kehoach_parser.extract.indicators.gapped_cells import names_period
from kehoach_parser.extract.indicators.grid import (
    BLANK_GROUPED,
    YEAR_RE,
    Block,
    Cell,
    clean,
    is_figure_cell,
)
from kehoach_parser.extract.indicators.header_units import header_percent, header_unit, unmarked
from kehoach_parser.extract.indicators.names import (
    clause_year,
    name_string,
    strip_leading,
    strip_trailing,
    trim,
)
from kehoach_parser.extract.indicators.sections import category_of
from kehoach_parser.extract.indicators.status import ROW_CONTEXT
from kehoach_parser.extract.indicators.structure import bullet_rank
from kehoach_parser.extract.indicators.table_wraps import (
    continued_names,
    join_wrapped_header,
    second_header,
    unfold_one_line,
    with_lost_last_cells,
    without_outer_bars,
    without_repeated_header,
)
from kehoach_parser.extract.indicators.units import Unit, read_unit
from kehoach_parser.extract.indicators.values import (
    Quantity,
    dotted_thousands,
    groups_with_blanks,
)
from kehoach_parser.extract.numbers import NUMBER_PATTERN, parse_vi_number
from kehoach_parser.lang.vi import table_words
from kehoach_parser.lang.vi.numbering import ORDINAL_MARKS, ROMAN_VALUES, strip_ordinal_mark
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.loaders.encodings.syllables import is_syllable

Span = tuple[int, int]

_SEPARATOR_RE = lazy_compile(r"\A[\s:\-–=+|]*\Z")
_MARK = "[" + regex.escape(ORDINAL_MARKS) + "]?"
_ORDINAL_RE = lazy_compile(
    r"\A(?:\d{1,3}(?:\.\d{1,2}){0,3}[./]?|\(\d{1,3}\)|[a-zđ]" + _MARK + r"|[A-H]" + _MARK
    + r"|[IVXL]{1,5}[./]?|[-+•*–−])\Z"
)
_YEAR_RE = YEAR_RE  # (the name the readers below use; one pattern with gapped_cells)
#: A header year that is the records' year: written after "năm" ("Kế hoạch năm 2026").
_YEAR_PHRASE_RE = lazy_compile(r"(?i)(?<!\p{L})năm\b[^\d\n]{0,24}?((?:19|20)\d{2})(?!\d)")
_LETTERS_RE = lazy_compile(r"\p{L}{2}")
_VALUE_RE = lazy_compile(
    r"(?P<v>" + NUMBER_PATTERN + r")(?:\s*(?:%\s*)?(?:-|–|—|÷|đến)\s*(?P<v2>" + NUMBER_PATTERN
    + r"))?"
)
_TRAILING_DIRECTION_RE = lazy_compile(
    r"\s(" + lx.alternation(lx.DIRECTION_VERBS) + r")\s*\Z", lx.TAIL_FLAGS
)
_ENUM_LABEL_RE = lazy_compile(r"\(\d{1,3}\)")
_UNIT_HINT_RE = lazy_compile(r"\(\s*([^()\d+=]{1,24})\s*\)\s*\Z")  # not a sum "(I+II)"
_PLACEHOLDERS = frozenset({"-", "—", "–", "x", "X", "…", "...", "/", "0"})
#: Cells that hold no value; a "0" planned in a value column is one (a budget of 0).
_NO_VALUE = _PLACEHOLDERS - {"0"}
_SUBROW_RE = lazy_compile(r"\A\s*(?:[-+•–−*]|tr\.\s*đó|trong\s+đó)", regex.IGNORECASE)
_MARKER_RE = lazy_compile(r"[\s*_]*(?:[-+•–−]\s*)+")
_UNIT_LINE_RE = lazy_compile(
    "(?i)" + lx.alternation(table_words.UNIT_LABELS)
    + r"\s*[:：]\s*([\p{L}%‰][\p{L}\s/%‰²³.]{0,30}?)\s*[)\]]?\s*$"
)
_YEAR_LEAD_RE = lazy_compile(
    r"(?i)(?<!\p{L})" + lx.alternation(table_words.YEAR_LEAD_WORDS)
    + r"?\s*năm\s+((?:19|20)\d{2})(?!\d)"
)
_NUMBERING_RE = lazy_compile(r"\A\(?\d{1,2}\)?\Z|\A[A-Z]\Z")
#: The whole name cell of a total row ("Tổng cộng", "**Cộng:**").
_TOTAL_ROW_RE = lazy_compile(
    r"(?i)\A[\s*_]*" + lx.alternation(table_words.TOTAL_ROW_NAMES) + r"[\s*_:]*\Z")
_WORDS_RE = lazy_compile(r"\p{L}+")
_DIGIT_RE = lazy_compile(r"\d")
_PARENS_RE = lazy_compile(r"\([^()]*\)")
#: A total that names its own summands by their ordinals: "TỔNG THU NSNN (I+II+III)",
#: "(A+B)", "(1+2+...+5)".  The numbered rows under it are its terms, not its parts.
_SUM_FORMULA_RE = lazy_compile(
    r"\(\s*(?:[IVXLA-D]{1,5}|\d{1,2})(?:\s*[+]\s*(?:[IVXLA-D]{1,5}|\d{1,2}|\.{2,3}|…))+\s*\)")


def _words(*groups: tuple[str, ...]) -> regex.Pattern[str]:
    return lazy_compile(lx.word_alternation(w for g in groups for w in g), regex.IGNORECASE)


_ORD_HEAD = _words(table_words.COLUMN_WORDS["ordinal"])
_NAME_HEAD = _words(table_words.COLUMN_WORDS["name"])
_UNIT_HEAD = _words(table_words.COLUMN_WORDS["unit"])
_PLAN_HEAD = _words(table_words.COLUMN_WORDS["plan"])
_RESULT_HEAD = _words(table_words.COLUMN_WORDS["result"])
_SKIP_HEAD = _words(table_words.COLUMN_WORDS["skip"])
_NOTE_HEAD = _words(table_words.COLUMN_WORDS["note"])
_GROUP_HEAD = _words(table_words.COLUMN_WORDS["group"])
_AGENCY_HEAD_RE = lazy_compile(lx.alternation(table_words.AGENCY_HEADS), regex.IGNORECASE)
_POSITION_HEAD = _words(table_words.COLUMN_WORDS["position"])
_TIMING_HEAD = _words(table_words.TIMING_WORDS)
_ROADMAP_HEAD = lazy_compile(r"(?i)\A[\s*_]*" + lx.alternation(table_words.ROADMAP_HEADS)
                             + r"(?!\p{L})")
_EXPLAIN_HEAD = _words(table_words.COLUMN_WORDS["explain"])
_CODE_HEAD = _words(table_words.COLUMN_WORDS["code"])
_NOTE_CELL = _words(table_words.NOTE_CELLS)
_NAMING_HEAD = _words(table_words.NAMING_HEADS)


def is_table_line(text: str) -> bool:
    """A Markdown row ("| a | b |"), a DOCX row ("a | b | c") or a tab-separated row."""
    from kehoach_parser.extract.indicators.grid import is_row_line

    return is_row_line(text)


# --- columns ------------------------------------------------------------------------------
@dataclass(slots=True)
class _Col:
    role: str  # ordinal, name, unit, explain, code, note, value, group, position
    kind: str = "plain"  # values: plan, result, plain, skip
    year: int | None = None  # the records' year ("năm 2026")
    any_year: int | None = None  # any year the header names
    header: str = ""
    own: str = ""  # a sub-header's own words, without the header above it


def _classify(header: str, plan_year: int | None) -> _Col:
    h = clean(header)
    low = h.casefold()
    any_year_m = _YEAR_RE.search(h)
    any_year = int(any_year_m.group(1)) if any_year_m else None
    phrase = _YEAR_PHRASE_RE.search(h)
    year = int(phrase.group(1)) if phrase else None
    words = len(h.split())
    if not h:
        return _Col("value", "plain", header=h)
    if _ORD_HEAD.search(h) and words <= 3:
        return _Col("ordinal", header=h)
    if _POSITION_HEAD.search(h):
        return _Col("position", header=h)  # coordinates: positions, not figures
    if _opens_with_name(h) and any_year is None:
        # "Danh mục dự án/ Cơ quan, đơn vị thực hiện": the name column, whatever words of
        # other columns follow the name word
        return _Col("name", header=h)
    if _EXPLAIN_HEAD.search(h):
        return _Col("explain", header=h)
    if _CODE_HEAD.search(h) and words <= 2:
        return _Col("code", header=h)  # "Mã số": codes of the rows
    if _CODE_HEAD.match(h) and not _PLAN_HEAD.search(h) and not _RESULT_HEAD.search(h):
        # "Mã xét tuyển", "Mã ngành, nhóm ngành": a header that opens with "Mã" names the
        # codes of what the rows are, however many words say of what
        return _Col("code", header=h)
    if _NOTE_HEAD.search(h):
        return _Col("note", header=h)
    if _UNIT_HEAD.search(h) and words <= 4:
        return _Col("unit", header=h)
    if _SKIP_HEAD.search(h) or low in ("%", "tỷ lệ (%)", "tỉ lệ (%)") or _compares_years(h):
        return _Col("value", "skip", year, any_year, h)
    if _RESULT_HEAD.search(h):
        return _Col("value", "result", year, any_year, h)
    if _PLAN_HEAD.search(h):
        if year is None and len(_YEAR_RE.findall(h)) == 1:
            year = any_year  # "Kế hoạch 2027": a plan column that names its year (decision 9)
        elif year is None:
            year = _period_end_of(h)  # "Mục tiêu 2026 - 2030": the period's end (decision 1)
        return _Col("value", "plan", year, any_year, h)
    if _NAME_HEAD.search(h) and any_year is None:
        return _Col("name", header=h)
    if _GROUP_HEAD.search(h) or (any_year is not None and _YEAR_RANGE_RE.search(h)):
        period = _YEAR_RANGE_RE.fullmatch(h)
        if period is not None:
            # a bare period over the columns under it ("2021 - 2030"): its end year, as a
            # period in a lead-in gives (decision 1)
            year = int(period.group(1))
        return _Col("group", "plain", year, any_year, h)
    if any_year is not None:
        kind = "plan" if plan_year is None or any_year >= plan_year else "result"
        if year is None and _BARE_YEAR_RE.fullmatch(h):
            year = any_year  # a column headed by its year alone ("2030")
        return _Col("value", kind, year, any_year, h)
    return _Col("value", "plain", year, any_year, h)


def _opens_with_name(h: str) -> bool:
    """The header starts with a word of the name column and not with a longer word of a
    value column ("Chỉ tiêu giao" is a plan column)."""
    m = _NAME_HEAD.match(h)
    if m is None:
        return False
    for other in (_PLAN_HEAD, _RESULT_HEAD, _SKIP_HEAD):
        o = other.match(h)
        if o is not None and o.end() >= m.end():
            return False
    return True


_PERCENT_HEAD_RE = lazy_compile(r"\(\s*%\s*\)\s*\Z")


def _compares_years(h: str) -> bool:
    """"DT 2026 với UTH 2025 (%)": a percentage of one year's figure over another's."""
    return len(set(_YEAR_RE.findall(h))) >= 2 and _PERCENT_HEAD_RE.search(h) is not None


_BARE_YEAR_RE = lazy_compile(r"(?:19|20)\d{2}")
_YEAR_RANGE_RE = lazy_compile(r"(?:19|20)\d{2}\s*[-–—]\s*((?:19|20)\d{2})")


def _merge(parent: _Col, sub: _Col) -> _Col:
    """A sub-header under a group header: its own kind and year first, then the group's."""
    own_word = sub.role == "value" and (_PLAN_HEAD.search(sub.header) is not None
                                        or _RESULT_HEAD.search(sub.header) is not None
                                        or _SKIP_HEAD.search(sub.header) is not None)
    kind = sub.kind if own_word or parent.kind == "plain" else parent.kind
    if sub.role == "note" and _RESULT_HEAD.search(sub.header) is not None:
        kind = "result"  # "Đánh giá thực hiện" under "Năm hiện hành 2025": an estimate
    return _Col("value", kind, sub.year if sub.year is not None else parent.year,
                sub.any_year if sub.any_year is not None else parent.any_year,
                (parent.header + " " + sub.header).strip(), sub.own or sub.header)


@dataclass(slots=True)
class _Layout:
    """The columns of a table, in order (positions for "rows" tables)."""

    cols: list[_Col] = field(default_factory=list)

    def index(self, role: str) -> int | None:
        return next((i for i, c in enumerate(self.cols) if c.role == role), None)

    @property
    def values(self) -> list[_Col]:
        return [c for c in self.cols if c.role == "value"]


def _positional_layout(header_rows: list[list[str]], plan_year: int | None) -> _Layout:
    """Columns of a table written one row a line: a second header row refines the first
    column by column (a merged cell above is carried right: "Năm 2025 | | …" over "Kế
    hoạch | Ước TH | …")."""
    width = max(len(r) for r in header_rows)
    cols = _classify_row(header_rows[0] + [""] * (width - len(header_rows[0])), plan_year)
    rows = [r + [""] * (width - len(r)) for r in header_rows]
    for k in range(1, len(rows)):
        kept = rows[k][:max((i + 1 for i, h in enumerate(rows[k]) if clean(h)), default=0)]
        if _sits_right(kept, cols, rows[0]):
            rows[k] = [""] * (width - len(kept)) + kept
    for sub_row in rows[1:]:
        carried: _Col | None = None
        for i, h in enumerate(sub_row):
            if clean(rows[0][i]):
                carried = cols[i] if cols[i].role in ("value", "group") else None
            if not clean(h):
                continue
            parent = cols[i] if clean(rows[0][i]) else carried
            sub = _classify(h, plan_year)
            if parent is None or parent.role not in ("value", "group"):
                if cols[i].role in ("value", "group") or not clean(rows[0][i]) or (
                        _heads_roadmap(cols[i]) and _is_year_value(sub)):
                    # ("Lộ trình thực hiện" over "Năm 2026 | Năm 2027": a roadmap's years)
                    cols[i] = sub
                continue
            cols[i] = _merge(parent, sub)
    # a period over no column ("TỐC ĐỘ BÌNH QUÂN 2026 - 2030 (%/NĂM)" on the only header
    # row): its end year, as in a table one cell a line
    return _Layout([_Col("value", c.kind, c.year if len(rows) > 1 else _period_end(c),
                         c.any_year, c.header)
                    if c.role == "group" else c for c in cols])


#: Columns no second header row refines: a cell under them is no sub-header of theirs.
_ROW_HEAD_ROLES = frozenset({"ordinal", "name", "unit"})


def _sits_right(sub_row: list[str], cols: list[_Col], top: list[str]) -> bool:
    """A second header row (without its trailing empty cells) shorter than the first whose
    leading empty cells were lost (tab rows whose leading tabs were stripped: "KH | TH |
    KH" under "TT | Chỉ tiêu | ĐVT | Năm 2025 | | Năm 2026"): set from the left it would
    put a sub-header under the ordinal, the name or the unit, from the right only under
    value columns or the empty cells of a merged one (``top``: the first row's cells)."""
    lost = len(cols) - len(sub_row)
    if lost <= 0:
        return False
    filled = [i for i, h in enumerate(sub_row) if clean(h)]
    return any(cols[i].role in _ROW_HEAD_ROLES for i in filled) \
        and all(cols[i + lost].role in ("value", "group") or not clean(top[i + lost])
                for i in filled)


def _classify_row(headers: list[str], plan_year: int | None) -> list[_Col]:
    """The roles of a header row's cells: each classified, then a second name column and
    the name column after an ordinal read as such."""
    return _second_names(_name_after_ordinal([_classify(h, plan_year) for h in headers]))


def _second_names(cols: list[_Col]) -> list[_Col]:
    """A header naming targets after the indicator column ("Chỉ tiêu cụ thể") heads values;
    with no indicator column, a column headed by the bodies the figures are given to
    ("Đơn vị", "Cơ quan, đơn vị", "Địa phương": a table of quotas) names the rows."""
    if not any(c.role == "name" for c in cols):
        at = next((i for i, c in enumerate(cols) if c.role in ("unit", "note", "plain")
                   and _AGENCY_HEAD_RE.fullmatch(c.header.casefold().strip(" :"))), None)
        if at is not None:
            cols = [*cols[:at], _Col("name", header=cols[at].header), *cols[at + 1:]]
    seen = False
    out: list[_Col] = []
    for c in cols:
        if c.role == "name":
            if seen and _NAMING_HEAD.match(c.header):
                # "Tên ngành, nhóm ngành" after "Tên ngành, chương trình": another name of
                # the row (the group it belongs to), no figures
                c = _Col("note", header=c.header)
            elif seen:
                c = _Col("value", "plan", c.year, c.any_year, c.header)
            seen = True
        out.append(c)
    return out


def _layout(header_rows: list[list[str]], plan_year: int | None, n_values: int) -> _Layout:
    """Columns from the header rows of a table written one cell per line (the rows of a
    "bars" table are known, of a "cells" table not).  ``n_values``: value cells a row holds."""
    first = _classify_row(header_rows[0], plan_year)
    subs = [[_classify(h, plan_year) for h in row] for row in header_rows[1:]
            if any(clean(h) for h in row)]
    cols = first
    for sub in subs:
        split = _split_by_years(cols, sub, n_values)
        if split is not None:
            cols = split
            continue
        n_now = sum(1 for c in cols if c.role in ("value", "group"))
        groups = [i for i, c in enumerate(cols) if c.role == "group"]
        values = [i for i, c in enumerate(cols) if c.role in ("value", "group")]
        if not values:
            break
        roadmap = _roadmap_at(cols, sub, n_now, n_values)
        if roadmap is not None:
            cols = cols[:roadmap] + [_merge(cols[roadmap], s) for s in sub] \
                + cols[roadmap + 1:]
            continue
        if n_now - 1 + len(sub) == n_values or (groups and len(groups) == 1):
            at = groups[0] if groups else values[0]
            plans = [i for i in values if cols[i].kind == "plan"]
            if not groups and plans and all(x.kind == "plain" for x in sub) \
                    and cols[at].kind == "result":
                # "Tổng số | Trong đó: …" under the plan beside a done column ("Ước
                # thực hiện năm 2025 | Kế hoạch năm 2026"): the plan is the merged cell
                at = plans[-1]
            cols = cols[:at] + [_merge(cols[at], s) for s in sub] + cols[at + 1:]
        elif len(sub) == len(cols):
            cols = [_merge(c, s) if c.role in ("value", "group") else c
                    for c, s in zip(cols, sub, strict=True)]
    # a header over the columns that follow it ("Chia ra theo khối lớp", "KẾT QUẢ ĐẠT
    # ĐƯỢC" over "Năm 2011" … "Năm 2015"): dropped when the rows hold fewer values, its
    # kind and year passed on to the columns under it
    def n_vals(cs: list[_Col]) -> int:
        return sum(1 for x in cs if x.role in ("value", "group"))

    for want_group in (True, False):
        i = 0
        while n_vals(cols) > n_values > 0 and i < len(cols):
            c = cols[i]
            under = [j for j in range(i + 1, len(cols)) if cols[j].role == "value"]
            is_head = c.role == "group" if want_group else (
                c.role == "value" and len(under) >= 2 and (
                    (c.any_year is None and all(cols[j].any_year is not None
                                                for j in under[:2]))
                    or _spans_years(c, [cols[j] for j in under[:2]])))
            if is_head:
                span = under[:max(0, len(under) - (n_vals(cols) - 1 - n_values))] \
                    if not want_group else under
                for j in span:
                    cols[j] = _merge(c, cols[j]) if c.kind != "plain" else cols[j]
                cols = cols[:i] + cols[i + 1:]
                continue
            i += 1
    out = [_Col("value", c.kind, _period_end(c) if not subs else c.year, c.any_year, c.header)
           if c.role == "group" else c for c in cols]
    return _Layout(out)


def _spans_years(head: _Col, under: list[_Col]) -> bool:
    """``head`` names a period ("Kế hoạch giai đoạn 2026 - 2028") and the columns after it
    each name one year within it ("Năm 2026", "Năm 2027"): a header over them, its row
    boundary lost, when the rows hold fewer values than the columns."""
    period = _period_of(head.header)
    return period is not None and all(
        len(_YEAR_RE.findall(c.header)) == 1 and c.any_year is not None
        and period[0] <= c.any_year <= period[1] for c in under)


def _name_after_ordinal(cols: list[_Col]) -> list[_Col]:
    """"TT | NGÀNH, LĨNH VỰC/ ĐỊA PHƯƠNG | …": with no column named as the indicators', the
    one right after the ordinal's is, when its header names nothing else (no year, no kind)."""
    if len(cols) > 2 and cols[0].role == "ordinal" and not any(c.role == "name" for c in cols) \
            and cols[1].role == "value" and cols[1].kind == "plain" and cols[1].any_year is None:
        return [cols[0], _Col("name", header=cols[1].header), *cols[2:]]
    return cols


def _period_end(col: _Col) -> int | None:
    """The year of a column headed by a period with no column under it ("TỐC ĐỘ BÌNH QUÂN
    2026 - 2030 (%/NĂM)"): the period's end, as a bare period gives (decision 1)."""
    return col.year if col.year is not None else _period_end_of(col.header)


def _period_of(header: str) -> tuple[int, int] | None:
    """The first and last year of the one period a header names ("2026 - 2030": a range,
    and no other year), else None."""
    period = _YEAR_RANGE_RE.search(header)
    if period is None:
        return None
    years = _YEAR_RE.findall(header)
    return (int(years[0]), int(period.group(1))) if len(years) == 2 else None


def _period_end_of(header: str) -> int | None:
    """The end year of the one period a header names ("2026 - 2030"), else None."""
    period = _period_of(header)
    return period[1] if period is not None else None


def _split_by_years(cols: list[_Col], sub: list[_Col], n_values: int) -> list[_Col] | None:
    """A sub-header row that spans several headers above it: "Năm hiện hành 2025" over
    "Dự toán | Ước thực hiện", then "Dự kiến 03 năm kế hoạch" over "Năm 2026 | Năm 2027 |
    Năm 2028".  The sub-headers fall into runs with and without a year of their own; when
    there are as many runs as spanning headers (and as many sub-headers as values in a
    row), each header takes its run."""
    tops = [i for i, c in enumerate(cols) if c.role in ("value", "group")]
    if len(tops) < 2 or len(sub) != n_values or len(sub) <= len(tops):
        return None
    runs: list[list[_Col]] = []
    for c in sub:
        if runs and (runs[-1][-1].any_year is None) == (c.any_year is None):
            runs[-1].append(c)
        else:
            runs.append([c])
    if len(runs) != len(tops):
        runs = _runs_by_kind(sub)
    if len(runs) != len(tops):
        return None
    out: list[_Col] = []
    for i, c in enumerate(cols):
        if i in tops:
            out.extend(_merge(c, s) for s in runs[tops.index(i)])
        else:
            out.append(c)
    return out


def _roadmap_at(cols: list[_Col], sub: list[_Col], n_now: int, n_values: int) -> int | None:
    """The note column a row of years stands under: "Lộ trình thực hiện" over "Năm 2026 |
    Năm 2027 | Năm 2028" beside "Mục tiêu đến năm 2030" (a roadmap: the figures to reach
    each year), when the rows hold the values of the other columns and of each year."""
    if not sub or not all(_is_year_value(s) for s in sub) or n_now + len(sub) != n_values:
        return None
    return next((i for i, c in enumerate(cols) if _heads_roadmap(c)), None)


def _heads_roadmap(col: _Col) -> bool:
    """A note column headed as a roadmap ("Lộ trình thực hiện"): the years under it are
    value columns."""
    return col.role == "note" and _ROADMAP_HEAD.match(col.header) is not None


def _is_year_value(sub: _Col) -> bool:
    """A sub-header that reads as a value column of a year ("Năm 2026")."""
    return sub.role == "value" and sub.any_year is not None


def _runs_by_kind(sub: list[_Col]) -> list[list[_Col]]:
    """Sub-headers of no year of their own cut where a kind comes again: "KH | TH | KH"
    under "Năm 2025 | Năm 2026" (a header copied one cell a line, the spans lost) is "KH |
    TH" under the first year, "KH" under the second; no runs when a sub-header has a year
    or names neither a plan nor a result."""
    if any(c.any_year is not None or c.kind not in ("plan", "result") for c in sub):
        return []
    runs: list[list[_Col]] = []
    for c in sub:
        if runs and all(x.kind != c.kind for x in runs[-1]):
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


# --- rows ---------------------------------------------------------------------------------
@dataclass(slots=True)
class _Row:
    ordinal: str = ""
    name: Cell | None = None
    unit: Cell | None = None
    slots: list[Cell] = field(default_factory=list)  # value cells, empties kept
    cols: list[_Col] = field(default_factory=list)  # the column of each slot
    notes: list[tuple[int, Cell]] = field(default_factory=list)  # (place among slots, cell)
    when: Cell | None = None  # the cell under a column saying when the row is done
    name_more: list[Cell] = field(default_factory=list)  # the name's rest on lines below
    start: int = 0
    end: int = 0


def _text(text: str, c: Cell | None) -> str:
    return clean(text[c.start:c.end]) if c is not None and not c.empty else ""


def _joined_text(text: str, c: Cell, more: dict[Cell, list[Cell]] | None) -> str:
    """A cell's text with its rest wrapped onto the rows below (see :mod:`.table_wraps`)."""
    t = _text(text, c)
    if more and c in more:
        return " ".join([t, *(_text(text, m) for m in more[c])])
    return t


def _is_value_cell(t: str) -> bool:
    if not t:
        return False
    if t in _PLACEHOLDERS:
        return True
    bare = _PARENS_RE.sub(" ", t)
    if not any(map(str.isdigit, bare)):
        return False
    return len(_WORDS_RE.findall(bare)) <= 5


#: A cell with this many words before its first figure names something ("Nhà máy điện
#: Hải Lăng giai đoạn 1"); a value has at most a comparator or a verb before it.
MIN_NAME_WORDS = 3
_LEAD_WORDS_RE = lazy_compile(r"\A(?:[^\d\s]*\p{L}[^\d\s]*\s+)+(?=\S*\d)")


def _names_before_figure(t: str) -> bool:
    m = _LEAD_WORDS_RE.match(_MARKER_RE.sub("", t, count=1) if _MARKER_RE.match(t) else t)
    return m is not None and len(m.group().split()) >= MIN_NAME_WORDS


def _is_ordinal(t: str) -> bool:
    return bool(t) and _ORDINAL_RE.match(t) is not None


def _is_unit_cell(t: str) -> bool:
    return bool(t) and not any(ch.isdigit() for ch in t) and len(t.split()) <= 4 \
        and len(t) <= 24 and "(" not in t


#: A cell of the unit column may be longer than a unit written elsewhere ("Trung tâm dữ
#: liệu quốc gia", "Số doanh nghiệp/1000 dân", "Chỉ số phát triển con người (HDI)").
MAX_UNIT_COLUMN_WORDS = 6
MAX_UNIT_COLUMN_CHARS = 40
_PER_COUNT_RE = lazy_compile(r"/\s*\d[\d.,]*")


def _is_unit_column_cell(t: str) -> bool:
    """A cell under the unit column is the unit as printed: a few words, figures only in
    a "per so many" ("/1000 dân")."""
    bare = _PER_COUNT_RE.sub("/", t)
    return bool(t) and not any(ch.isdigit() for ch in bare) \
        and len(t.split()) <= MAX_UNIT_COLUMN_WORDS and len(t) <= MAX_UNIT_COLUMN_CHARS


def _is_note_cell(t: str) -> bool:
    return bool(t) and (_NOTE_CELL.search(t) is not None and len(t.split()) <= 4)


def _numbering_run(texts: list[str], i: int) -> int:
    """Length of a run of column numbers ("1", "2", "3" … or "(1)", "(2)" …) at ``i``."""
    n = 0
    first = _column_number(texts[i]) if i < len(texts) else None
    while first is not None and i + n < len(texts):
        if _column_number(texts[i + n]) != first + n:
            break
        n += 1
    return n if n >= 3 else 0


#: A column's number as printed under a header: "3", "(3)", or "4=3/2", "(5)=(3)-(4)".
_COLUMN_NUMBER_RE = lazy_compile(r"\A\(?(\d{1,2})\)?(?:\s*=\s*[\d()+\-*/x:.,\s]+)?\Z")


def _column_number(t: str) -> int | None:
    m = _COLUMN_NUMBER_RE.match(t)
    return int(m.group(1)) if m else None


#: (also "1 GRDP bình quân …": a name opening with an abbreviation, which the normaliser
#: joins to the ordinal's line as it joins a line in lower case)
_GLUED_ORDINAL_RE = lazy_compile(r"([IVXL]{1,5}|\d{1,3}(?:\.\d{1,2})*)(?:\.?\s+(?=\p{Ll})"
                                 r"|\.?\s+(?=\p{Lu}{2,6}\s+\p{Ll})|\.\s+(?=\p{Lu}\p{Ll}))")


def _split_glued(text: str, cells: list[Cell]) -> list[Cell]:
    """"I số học sinh …": a row's ordinal and its name run together (a line that starts in
    lower case is joined to the one above by the normaliser) are two cells."""
    out: list[Cell] = []
    for c in cells:
        m = _GLUED_ORDINAL_RE.match(text, c.start, c.end) if not c.empty else None
        if m is None:
            out.append(c)
            continue
        dotted = text[m.end(1)] == "."  # "7. Tỷ lệ …", not "7 Tỷ lệ …"
        if out and _counted_after_name(text, out[-1], m, c):
            m = None  # "- Trường học" then "2 trường": a figure and what it counts
        elif m.end() < c.end and text[m.end()].isupper() and not dotted and out \
                and _names_row(clean(text[out[-1].start:out[-1].end])):
            m = None  # "Thành lập mới hợp tác xã" then "10 HTX mới": what the figure counts
        if m is not None and m.end() < c.end \
                and not _reads_as_unit(text[m.end():c.end], whole=dotted):
            # (not "02 lần/tháng", "08 tháng": a value and its unit; "7. Tỷ lệ …" is a
            # numbered name: a dot and a capital open a name unless a unit is all it holds)
            out.append(Cell(c.start, m.end(1) + (1 if dotted else 0)))
            out.append(Cell(m.end(), c.end))
            continue
        out.append(c)
    return out


#: A figure's counted noun ("2 trường", "10 công trình") has at most this many words.
MAX_COUNTED_WORDS = 3


def _counted_after_name(text: str, before: Cell, m: regex.Match[str], c: Cell) -> bool:
    """A cell "10 công trình" right after a name cell (words, no figure): a number with no
    dot and a few lower-case words it counts is the row's value, not an ordinal and a name."""
    rest = clean(text[m.end():c.end])
    return m.group(1).isdigit() and text[m.end(1)] != "." \
        and 0 < len(rest.split()) <= MAX_COUNTED_WORDS and rest == rest.lower() \
        and not any(ch.isdigit() for ch in rest) \
        and _names_row(clean(text[before.start:before.end]))


def _names_row(prev: str) -> bool:
    """The cell before reads as a row's name (words, no figure), so a number after it is the
    row's figure."""
    return len(prev.split()) >= 2 and not any(ch.isdigit() for ch in prev) \
        and not _is_ordinal(prev)


def _reads_as_unit(rest: str, whole: bool = False) -> bool:
    """The words after a number open with a unit ("lần/tháng", "tháng (từ tháng 3 …)");
    with ``whole``, the unit is all they hold ("Tỷ đồng", not "Tỷ lệ hộ nghèo")."""
    raw = clean(rest)
    u = read_unit(" " + raw, 0, len(raw) + 1)
    return u is not None and u.kind != "count" and (not whole or u.end - 1 >= len(raw))


#: How far the row numbers of a table may skip ahead ("13" then "16": rows left out).
MAX_SKIP = 3


def _opens_row(t: str, nxt: str, last_item: int | None, after_empty: bool,
               bars: bool) -> bool:
    """The cell ``t`` is the ordinal of a new row: an ordinal-looking cell followed by a
    name; a number only when it continues the numbering (1, the same, or the next) and, in
    a "bars" table, right after a row boundary; a bullet ("-", "+") before a name."""
    if not t or not nxt or (_is_value_cell(nxt) and not _names_before_figure(nxt)) \
            or _is_ordinal(nxt):
        return False
    if t in ("-", "+", "•", "–", "−", "*"):
        return len(nxt.split()) >= 1 and not _is_note_cell(nxt)
    if not _is_ordinal(t) or t in _PLACEHOLDERS:
        return False
    bare = t.rstrip(".")
    if bare.isdigit():
        n = int(bare)
        if bars and not after_empty:
            # right after a value: "…, 472, 520" then a name is a value, unless it is the
            # next number of the rows
            return last_item is not None and n == last_item + 1
        if (after_empty or not bars) and last_item is not None \
                and last_item < n <= last_item + MAX_SKIP:
            return True  # numbering that skips ("13" then "16"), after a row boundary or
            # where the layout keeps none (one cell a line or a paragraph)
        return last_item is None or n in (1, last_item, last_item + 1)
    return True


#: Rows numbered without a dot, at least this many, make a restart at "1." a list inside a cell.
MIN_BARE_ORDINALS = 3


def _restarts_in_other_form(t: str, last_item: int | None, bare_ordinals: int) -> bool:
    """``t`` ("1.") starts the numbering again, printed with a dot, where the rows so far
    were numbered without one ("16", "17"): the numbered list of a note cell, no row."""
    return t.endswith(".") and t[:-1] == "1" and last_item is not None and last_item > 1 \
        and bare_ordinals >= MIN_BARE_ORDINALS


#: (after a comparator sign: "≥ 10,0", "< 20"; thousands grouped with blanks: "10 367 700")
_FIGURE_RE = lazy_compile(r"\A(?:[≥≤><]=?\s*)?(?:[-+−]?\d{1,3}(?:[.,]\d+)+%?|[-+−]?\d+[.,]\d+%?"
                          r"|\d+%|[-+−]?" + BLANK_GROUPED + r"%?)\Z")


def _ends_numbering(texts: list[str], i: int) -> bool:
    """Cell ``i`` is the last of a run of column numbers."""
    return any(_numbering_run(texts, k) >= i - k + 1 for k in range(max(0, i - 30), i + 1))


def _kinds_complete(layout: _Layout, cells: list[str], n_values: int) -> bool:
    """A one-row header that names no year and gives each of the ``n_values`` value columns
    its kind ("Chỉ tiêu | Thực hiện": plan beside achieved) is no two-row header run
    together."""
    return len(layout.values) == n_values and all(c.kind in ("plan", "result")
                                                  for c in layout.values) \
        and not any(_YEAR_RE.search(h) for h in cells)


def _flat_header_layout(cells: list[str], plan_year: int | None, n_values: int
                        ) -> _Layout | None:
    """Columns of a header over two rows printed as one run of cells (its row boundary
    lost): the second row is the shortest run of last cells, each naming a kind or a year
    ("Dự toán", "Ước thực hiện", "Năm 2026"), that merged under the first row's headers
    gives ``n_values`` value columns — each with a year when the header names years.  Column
    letters ("A", "B") are no headers.  None when no split does."""
    heads = [c for c in cells if not _NUMBERING_RE.match(c)]
    years = any(_YEAR_RE.search(h) for h in heads)
    for k in range(2, min(n_values, len(heads) - 2) + 1):
        first, second = heads[:-k], heads[-k:]
        if not any(_classify(h, plan_year).role == "name" for h in first):
            return None
        col = _classify(second[0], plan_year)
        result_note = col.role == "note" and _RESULT_HEAD.search(second[0]) is not None
        if not (result_note or (col.role == "value" and (
                col.kind != "plain" or col.any_year is not None))):
            return None  # the run of sub-headers cannot reach further back
        layout = _layout([first, second], plan_year, n_values)
        if len(layout.values) == n_values and (
                not years or all(c.any_year is not None for c in layout.values)):
            return layout
    return None


#: A row of column numbers closes a header within this many cells.
MAX_HEADER_CELLS = 80


#: A name wrapped over lines of PDF text: each line at most this long (a column's width).
MAX_WRAPPED_LINE = 40
_ANY_LETTER_RE = lazy_compile(r"\p{L}")


def _wraps_name(text: str, block: Block, row: _Row, c: Cell, t: str, stage: str) -> bool:
    """In a table one cell a line, the line ``c`` right under the row's name (no blank line
    between, nothing else read yet) is more of the name when the row takes no explaining
    or unit column there (``stage`` is "values"): a line of words, no figure, no sub-row
    mark, the line above short like the lines of a narrow column (the line itself may be
    longer: the reflow joined the lines of the name that go on in lower case)."""
    if block.layout != "cells" or stage not in ("values", "unit", "explain") \
            or row.name is None or row.slots or row.unit is not None or _SUBROW_RE.match(t):
        return False
    between = text[row.name.end:c.start]
    if between.count("\n") != 1 or between.strip():
        return False
    name = text[row.name.start:row.name.end]
    if names_period(clean(name), t):
        return True  # "Giai đoạn" over "2025-2027": one name, no figure
    if stage == "unit":
        # a unit column waits: a line of words that is no unit and no figure, under a name
        # that ends no sentence, is the name's next line ("… lĩnh vực phục vụ" over "Chính
        # phủ số được hoàn thành …")
        return not _is_unit_cell(t) and not _is_value_cell(t) and not _is_note_cell(t) \
            and not clean(name).endswith((".", ":", ";")) and _ANY_LETTER_RE.search(t) is not None
    if stage != "values":
        return False
    if name.count("(") > name.count(")") and ")" in t and "(" not in t.split(")")[0]:
        return True  # "… Nhà hiệu bộ" over "06 phòng)": the bracket the name opened closes
    if _is_value_cell(t):
        return False
    above = name.split("\n")[-1].strip()
    if "\n" in name.strip() and len(t) <= MAX_WRAPPED_LINE and not above.endswith(
            (":", ".", ";")) and _ANY_LETTER_RE.search(t) is not None:
        return True  # a name wrapped over lines already, its next short line ("Thạnh")
    return len(above) <= MAX_WRAPPED_LINE and not above.endswith((":", ".", ";")) \
        and _ANY_LETTER_RE.search(t) is not None


def _column_numbers_end(texts: list[str]) -> int:
    """Where a row of column numbers ("1 | 2 | 3 …", "(1) | (2) …", after column letters "A
    | B") ends, when it comes before any figure of the table: the body starts after it."""
    for i in range(min(len(texts), MAX_HEADER_CELLS)):
        if _FIGURE_RE.match(texts[i]):
            return 0
        run = _numbering_run(texts, i)
        if run and _column_number(texts[i]) == 1:
            return i + run
    return 0


def _first_figure(texts: list[str], end: int) -> int | None:
    """The first cell before ``end`` that is a figure ("10.367.700", "99,6", "12%", "190"
    before "184") — not a column number, an ordinal or a year."""
    i = 0
    while i < end:
        run = _numbering_run(texts, i)
        if run:
            i += run
            continue
        if _FIGURE_RE.match(texts[i]) or (
                _INTEGER_RE.match(texts[i]) and i + 1 < len(texts)
                and (_INTEGER_RE.match(texts[i + 1]) or _FIGURE_RE.match(texts[i + 1]))):
            return i  # (two whole numbers in a row that are no years are figures too)
        i += 1
    return None


_INTEGER_RE = lazy_compile(r"\A(?!(?:19|20)\d{2}\Z)\d+\Z")
_BRACKETED_WORDS_RE = lazy_compile(r"\A\([^()\d]+\)\Z")
_BULLETED_NAME_RE = lazy_compile(r"\A[-+•–]\s+\p{L}")
_ROMAN_ROW_RE = lazy_compile(r"\A[IVXL]{1,5}\.\s+\p{Lu}")


def _rows_from_cells(text: str, block: Block, plan_year: int | None,
                     more: dict[Cell, list[Cell]] | None = None
                     ) -> tuple[_Layout, list[_Row], str | None]:
    """Header, rows and the leading caption of a table written one cell per line
    (``more``: the rest of a name wrapped onto rows of its own, by its first cell)."""
    cells = _split_glued(text, block.cells)
    texts = [_joined_text(text, c, more) for c in cells]
    # the first row: an ordinal followed by a name, or a name followed by values; not
    # before a row of column numbers ("A | B | 1 | 2 …"), which closes the header
    start = None
    body_from = i = _column_numbers_end(texts)
    while i < len(cells):
        run = _numbering_run(texts, i)
        if run:
            i += run
            continue
        k_next = next((j for j in range(i + 1, len(cells)) if texts[j]), None)
        if k_next is not None and texts[i] not in ("-", "+", "•", "–", "*") and _opens_row(
                texts[i], texts[k_next], None, i == 0 or cells[i - 1].empty, False):
            start = i
            break
        i += 1
    if start is None and body_from:
        # rows without STT under a row of column numbers: the body starts right after it
        start = next((k for k in range(body_from, len(cells)) if texts[k]), None)
    # (rows without STT, each a name then its figures, open no row by their shape: the
    # first figure starts the body there too)
    first_number = _first_figure(texts, len(texts) if start is None else start)
    if first_number is not None and first_number >= 1:
        # a figure in what would be the header: the row of that figure starts the body (a
        # total row with no STT above the numbered rows, or a table whose cells were lost)
        start = first_number - 1
        if start >= 1 and _is_ordinal(texts[start - 1]) and not _ends_numbering(texts, start - 1):
            start -= 1
    bullet = next((k for k in range(1, start if start is not None else len(texts))
                   if _BULLETED_NAME_RE.match(texts[k])), None)
    if bullet is not None and block.layout == "cells":
        # "- Tốc độ tăng …" names a row, never a column: the body starts there (or at the
        # Roman category row right above it, "I. VỀ KINH TẾ :")
        start = bullet - 1 if _ROMAN_ROW_RE.match(texts[bullet - 1]) and bullet > 1 \
            else bullet
    if start is None:
        return _Layout(), [], None
    # header rows: split at the empty cells of a "bars" table
    header_rows: list[list[str]] = [[]]
    k = 0
    while k < start:
        run = _numbering_run(texts, k)
        if run:
            k += run
            continue
        if cells[k].empty and block.layout == "bars":
            if header_rows[-1]:
                header_rows.append([])
        elif texts[k]:
            header_rows[-1].append(" ".join(unmarked(text[c.start:c.end]) for c in [
                cells[k], *(more.get(cells[k], ()) if more else ())]))
        k += 1
    # (a row of column letters and numbers, "A | B | 1 | 2 …", names no column)
    header_rows = [r for r in header_rows if r and not all(_NUMBERING_RE.match(c) for c in r)]
    if not header_rows:
        return _Layout(), [], None
    # rows
    first_layout = _second_names([_classify(h, plan_year) for h in header_rows[0]])
    n_explain = sum(1 for c in first_layout if c.role == "explain")
    n_code = sum(1 for c in first_layout if c.role == "code")
    has_unit = any(c.role == "unit" for c in first_layout)
    has_notes = any(c.role == "note" for c in first_layout)
    n_vcols = sum(1 for r in header_rows for c in _second_names([_classify(h, plan_year)
                                                                  for h in r])
                  if c.role == "value")
    rows: list[_Row] = []
    row: _Row | None = None
    last_item: int | None = None
    stage = "name"  # name → explain → unit → values → notes
    bare_ordinals = 0  # rows numbered without a dot ("17") so far
    explains = 0
    codes = 0
    after_name = "explain" if n_explain else ("unit" if has_unit else "values")
    for j in range(start, len(cells)):
        c, t = cells[j], texts[j]
        if stage == "code" and (c.empty or not _SUBROW_RE.match(t)):
            codes += 1  # the row's code ("Mã số"), blank or not, is no value
            if codes >= n_code:
                stage = after_name
            continue
        if c.empty:
            if row is not None and stage in ("unit", "values"):
                if stage == "unit" and has_unit:
                    stage = "values"
                    continue
                row.slots.append(c)
                stage = "values"
            continue
        nxt = next((texts[m] for m in range(j + 1, min(len(cells), j + 4)) if texts[m]), "")
        new_row = False
        opens = _opens_row(t, nxt, last_item, cells[j - 1].empty if j > 0 else True,
                           block.layout == "bars" and bool(block.header_breaks)
                           and j > 0 and _is_value_cell(texts[j - 1]))
        if opens and _restarts_in_other_form(t, last_item, bare_ordinals):
            opens = False  # "1. Bộ Tài chính …" in a note beside rows numbered "17", "18"
        if not opens and row is not None and _wraps_name(text, block, row, c, t, stage):
            # the name wrapped at its column's width ("Trường THPT số 3" over "An Nhơn, thị
            # xã An"): one name
            row.name = Cell(row.name.start if row.name else c.start, c.end)
            row.end = max(row.end, c.end)
            continue
        if opens:
            new_row = True
        elif row is None:
            new_row = True
        elif (not _is_value_cell(t) or (_names_before_figure(t) and (
                cells[j - 1].empty or (row.unit is not None and not row.slots
                                       and stage == "values")))) \
                and _SUBROW_RE.match(t) and stage != "name":
            # (after a row boundary, "- ĐGNK Nam Trung bộ 1.1" names a sub-row; so does "+
            # Trẻ em dưới 6 tuổi" right after the unit of a row that holds no figure)
            new_row = True
        elif stage in ("values", "notes") and row.slots and _TOTAL_ROW_RE.match(t):
            # "… | 18" then "Tổng cộng", "73": the total row, printed with no STT, opens
            # after the figures of the row above (no note of it)
            new_row = True
        elif t.startswith("(") and row.slots and not row.slots[-1].empty \
                and block.layout == "cells" and stage == "values":
            # "0,7%" then "(còn 4,33%)": one cell printed over two paragraphs
            row.slots[-1] = Cell(row.slots[-1].start, c.end)
            row.end = max(row.end, c.end)
            continue
        elif _BRACKETED_WORDS_RE.match(t) and block.layout == "cells" and row.name is not None \
                and stage != "name" and not row.slots and row.unit is None:
            # "Tốc độ tăng lượt khách du lịch" then "(bình quân)": the name's bracket
            # printed as a paragraph of its own
            row.name = Cell(row.name.start, c.end)
            row.end = max(row.end, c.end)
            continue
        elif not _is_value_cell(t) and stage == "values" and not row.slots and has_unit \
                and row.unit is not None and not _SUBROW_RE.match(t):
            row.slots.append(c)  # a value in words after the unit ("Đạt mức tiên tiến …")
            row.end = max(row.end, c.end)
            continue
        elif not _is_value_cell(t) and stage in ("values", "notes"):
            short = len(t.split()) <= 3
            if stage == "values" and len(row.slots) < n_vcols and short \
                    and not _SUBROW_RE.match(t):
                row.slots.append(c)  # a value in words ("Xuất siêu")
                row.end = max(row.end, c.end)
                continue
            kept_cells = block.layout == "bars" and bool(block.header_breaks)
            if has_notes and row.slots and (_is_note_cell(t) or short or (
                    kept_cells and stage == "values" and not cells[j - 1].empty)):
                # (between bars, text right after a value is the row's note)
                row.notes.append((len(row.slots), c))
                stage = "notes"
                row.end = max(row.end, c.end)
                continue
            new_row = True
        if new_row:
            row = _Row(start=c.start, end=c.end)
            rows.append(row)
            stage = "name"
            explains = 0
            codes = 0
            if opens:
                row.ordinal = t
                if t.isdigit():
                    bare_ordinals += 1
                if t.rstrip(".").isdigit():
                    last_item = int(t.rstrip("."))
                elif t.rstrip(".") in ROMAN_VALUES:
                    last_item = None
                continue
        assert row is not None
        row.end = max(row.end, c.end)
        if stage == "name":
            row.name = c
            row.name_more = list(more.get(c, ())) if more else []
            stage = "code" if n_code else after_name
            continue
        if stage == "explain" and not _is_value_cell(t):
            explains += 1
            if explains >= n_explain:
                stage = "unit" if has_unit else "values"
            continue
        if stage in ("explain", "unit") and not _is_value_cell(t) and _is_unit_cell(t):
            row.unit = c
            stage = "values"
            continue
        if _is_value_cell(t):
            row.slots.append(c)
            stage = "values"
            continue
        # text where a value was expected: a qualitative value ("Đạt mức tiên tiến …")
        row.slots.append(c)
        stage = "values"
    width = _kept_width(rows) if block.layout == "bars" and block.header_breaks else 0
    widest = _widest_kept(rows) if width else 0
    for r in rows:
        while r.slots and r.slots[-1].empty:
            r.slots.pop()
    if has_notes:
        _words_past_figures_are_notes(text, rows)
    counts = Counter(len(r.slots) for r in rows if r.slots)
    n_values = max(counts, key=lambda k: (counts[k], k)) if counts else 0
    if width:
        positional = _positional_cells(header_rows, plan_year, width)
        if positional is None and widest > width:
            # most rows lost their last empty cells (a converter that drops a row's
            # trailing empty cells): the widest row fills every column of the header
            positional = _positional_cells(header_rows, plan_year, widest)
        if positional is not None:
            # the rows kept their empty cells: each cell sits under its own column ("1 |
            # Cửa sông Cung | | 3 | |"), not right-aligned; note cells are no values
            tail = _cell_columns(positional)
            for r in rows:
                seq = _with_notes(r)
                if len(seq) > len(tail):
                    _align([r], positional)
                    continue
                # (only a row's last cells can be lost: the rest keep their places)
                paired = list(zip(seq, tail, strict=False))
                kept = [(c, col) for c, col in paired if col.role == "value"]
                r.when = next((c for c, col in paired if col.role == "note"
                               and _TIMING_HEAD.search(col.header)), None)
                r.slots = [c for c, _ in kept]
                r.cols = [col for _, col in kept]
            return positional, rows, None
    layout = _layout(header_rows, plan_year, n_values)
    if len(header_rows) == 1 and n_values and (
            len(layout.values) != n_values
            or any(c.any_year is None for c in layout.values)) \
            and not _kinds_complete(layout, header_rows[0], n_values):
        layout = _flat_header_layout(header_rows[0], plan_year, n_values) or layout
    _align(rows, layout)
    return layout, rows, None


def _words_past_figures_are_notes(text: str, rows: list[_Row]) -> None:
    """In a table with a note column, a row's last cells in words
    ("Tăng mạnh", "Đạt") past as many cells as the rows of figures alone hold are the note
    column's, not values in words: moved to the row's notes, when the cell before them is a
    figure alone.  (A value in words in place of a figure, "Xuất siêu", leaves the row no
    longer than the others and stays; so does the rest of a value cell in words wrapped
    onto a line of its own, "≤ 3 Đông Nam Á; ≤ 50" over "Thế giới".)"""
    figures = Counter(len(r.slots) for r in rows if r.slots and all(
        _is_value_cell(_text(text, c)) and _DIGIT_RE.search(_text(text, c)) for c in r.slots))
    if not figures:
        return
    usual = max(figures, key=lambda k: (figures[k], k))
    for r in rows:
        while len(r.slots) > max(usual, 1) and not r.slots[-1].empty \
                and not _DIGIT_RE.search(_text(text, r.slots[-1])) \
                and is_figure_cell(_text(text, r.slots[-2])):
            r.notes.insert(0, (len(r.slots) - 1, r.slots.pop()))


def _cell_columns(layout: _Layout) -> list[_Col]:
    """The columns right of the name that take a row's cells after its name (the unit, the
    explanation and the code are read apart)."""
    name_i = layout.index("name")
    if name_i is None:  # (no name word: the rows' names are under the first other column)
        name_i = next((i for i, c in enumerate(layout.cols) if c.role != "ordinal"), 0)
    return [c for c in layout.cols[name_i + 1:] if c.role not in ("unit", "explain", "code")]


def _positional_cells(header_rows: list[list[str]], plan_year: int | None, width: int
                      ) -> _Layout | None:
    """The columns of a table whose rows kept ``width`` cells after the name, empty ones
    included: value and note columns alike, so that the header must name exactly ``width``
    of them (else None)."""
    for n_values in range(width, 0, -1):
        readers = (_stacked_layout, _layout) if len(header_rows) >= 3 else (
            _layout, _stacked_layout)
        for read in readers:
            layout = read(header_rows, plan_year, n_values)
            if layout is not None and read is _layout and len(header_rows) == 1:
                flat = _years_of_flat_header(header_rows[0], plan_year, layout)
                if _fits(flat, width, n_values):
                    return flat
            if _fits(layout, width, n_values):
                return layout
    return None


def _fits(layout: _Layout | None, width: int, n_values: int) -> bool:
    """``layout`` takes a row's ``width`` cells after the name and has ``n_values`` value
    columns."""
    return layout is not None and len(_cell_columns(layout)) == width \
        and len(layout.values) == n_values


def _years_of_flat_header(cells: list[str], plan_year: int | None, layout: _Layout
                          ) -> _Layout | None:
    """A one-row header that names years while some of ``layout``'s value columns have
    none ("Năm hiện hành 2025 | Kế hoạch 03 năm | Dự toán giao | Ước thực hiện | Năm 2026
    | …": once "Năm hiện hành 2025" over "Dự toán giao | Ước thực hiện", run into one
    row): the same count of value columns read as a header over two rows printed as one
    (:func:`_flat_header_layout`), when each of them then has a year; else None (the
    one-row reading stands)."""
    if not any(_YEAR_RE.search(h) for h in cells if not _NUMBERING_RE.match(h)) \
            or all(c.any_year is not None for c in layout.values):
        return None
    flat = _flat_header_layout(cells, plan_year, len(layout.values))
    if flat is None or any(c.any_year is None for c in flat.values):
        return None
    return flat


def _stacked_layout(header_rows: list[list[str]], plan_year: int | None, n_values: int
                    ) -> _Layout | None:
    """Columns of a header over three or more rows printed without its merged cells' spans
    ("Trữ lượng huy động | Công suất khai thác" over "2021 - 2030 | 2031 - 2050" over "Quặng
    | Tấn WO3 | Quặng | Tấn WO3/năm …"): a row under the last one goes under its rightmost
    value column; the last row under the rightmost columns, each taking as many sub-headers,
    so that the header names ``n_values`` value columns (else None).  A header cell with no
    sub-header under it spans every row ("Diện tích (ha)", "Ghi chú")."""
    cols = _second_names([_classify(h, plan_year) for h in header_rows[0]])
    subs = [[_classify(h, plan_year) for h in row if clean(h)] for row in header_rows[1:]]
    subs = [sub for sub in subs if sub]
    if not subs:
        return None
    for depth, sub in enumerate(subs):
        tops = [i for i, c in enumerate(cols) if c.role in ("value", "group")]
        k = len(tops) + len(sub) - n_values if depth == len(subs) - 1 else 1
        if not 1 <= k <= len(tops) or len(sub) % k:
            return None
        per = len(sub) // k
        parents = tops[-k:]
        merged: list[_Col] = []
        for i, c in enumerate(cols):
            if i in parents:
                j = parents.index(i)
                merged.extend(_merge(c, x) for x in sub[j * per:(j + 1) * per])
            else:
                merged.append(c)
        cols = merged
    return _Layout([_Col("value", c.kind, c.year, c.any_year, c.header, c.own)
                    if c.role == "group" else c for c in cols])


def _with_notes(row: _Row) -> list[Cell]:
    """A row's cells after its name in printed order: value cells and notes."""
    seq = list(row.slots)
    for at, c in reversed(row.notes):
        seq.insert(at, c)
    return seq


def _slots_kept(row: _Row, last: bool = False) -> int:
    """Cells of a row of a "bars" table after its name, empty ones and notes counted,
    without the row boundary (the empty cell after its last cell; the table's ``last`` row
    has none)."""
    boundary = not last and row.slots and row.slots[-1].empty \
        and not (row.notes and row.notes[-1][0] == len(row.slots))
    return len(row.slots) + len(row.notes) - (1 if boundary else 0)


def _fills_a_cell(row: _Row) -> bool:
    """The row holds a cell after its name, and is no Roman category row ("| I | CÁC CHỈ
    TIÊU KHÁC | | |", every cell after its name empty: decision 27), which tells nothing of
    how many cells the rows kept."""
    if _is_roman_ordinal(row.ordinal) and not row.notes \
            and all(c.empty for c in row.slots):
        return False
    return bool(row.slots or row.notes)


#: A majority of a table's rows, in fifths: three fifths of them share a shape before the
#: table is read by it (a bare half would let two stray rows of four decide).
MAJORITY_FIFTHS = 3


def _kept_width(rows: list[_Row]) -> int:
    """How many cells the rows of a "bars" table hold after their names when their empty
    cells were kept: the count most rows share (three fifths of the rows), else 0."""
    kept = [_slots_kept(r, r is rows[-1]) for r in rows if _fills_a_cell(r)]
    if len(kept) < 2:
        return 0
    width, n = Counter(kept).most_common(1)[0]
    return width if width >= 2 and n * 5 >= len(kept) * MAJORITY_FIFTHS else 0


def _widest_kept(rows: list[_Row]) -> int:
    """The most cells that two rows or more of a "bars" table hold after their names (see
    :func:`_slots_kept`; one row alone may hold a stray cell)."""
    kept = Counter(_slots_kept(r, r is rows[-1]) for r in rows if _fills_a_cell(r))
    return max((w for w, n in kept.items() if n >= 2), default=0)


def _align(rows: list[_Row], layout: _Layout) -> None:
    """The column of each value cell of ``rows``: in the header's order when a row also fills
    note columns, else right-aligned (empty cells lost at the start of a row)."""
    vcols = layout.values
    name_i = layout.index("name")
    tail = [c for c in layout.cols[name_i + 1:] if c.role not in ("unit", "explain", "code")] \
        if name_i is not None else []
    noted = any(c.role == "note" for c in tail)
    for r in rows:
        if noted and len(vcols) < len(r.slots) <= len(tail):
            # more cells than value columns: the row also fills the note columns ("Địa
            # điểm", "Chủ trì"), cell by cell in the header's order
            kept = [(c, col) for c, col in zip(r.slots, tail, strict=False) if col.role == "value"]
            r.slots = [c for c, _ in kept]
            r.cols = [col for _, col in kept]
        elif len(r.slots) <= len(vcols):
            r.cols = vcols[len(vcols) - len(r.slots):]
        else:
            # more cells than columns: of the table's one kind when all its columns share
            # it (a table of results: "KẾT QUẢ ĐẠT ĐƯỢC" over every year)
            kinds = {c.kind for c in vcols}
            kind = kinds.pop() if len(kinds) == 1 and "result" in kinds else "plain"
            extra = len(r.slots) - len(vcols)
            r.cols = [_Col("value", kind)] * extra + vcols


def _rows_from_lines(text: str, block: Block, plan_year: int | None,
                     more: dict[Cell, list[Cell]] | None = None
                     ) -> tuple[_Layout, list[_Row]]:
    """Header and rows of a table written one row a line (``more``: see
    :func:`_rows_from_cells`)."""
    strings = [[_joined_text(text, c, more) for c in row] for row in block.rows]
    layout: _Layout | None = None
    data_from = 0
    header_rows: list[list[str]] = []
    if block.header_rows:
        header_rows, data_from = strings[:block.header_rows], block.header_rows
    for i, heads in enumerate(strings[:4] if not block.header_rows else []):
        if all(_SEPARATOR_RE.match(c) for c in heads):
            continue
        roles = _classify_row(heads, plan_year)
        named = any(r.role == "name" for r in roles)
        has_values = any(_is_value_cell(c) and not _NUMBERING_RE.match(c) for c in heads
                         if not _YEAR_RE.search(c))
        if header_rows and has_values:
            break
        second = heads[1] if len(heads) > 1 else ""
        second_is_name = bool(second) and not _NUMBERING_RE.match(second)
        if header_rows and _is_roman_ordinal(heads[0]) and second_is_name:
            break  # "| I | CHỈ TIÊU VỀ KINH TẾ | | |" under the header: a category row
        # a first row of data: an ordinal, then a name or nothing
        continues = bool(header_rows) and sum(1 for c in heads if c) >= 2 \
            and not (heads[0] and _ORDINAL_RE.match(heads[0]) and (second_is_name or not second))
        if (named or continues) and not has_values:
            header_rows.append(heads)
            data_from = i + 1
            continue
        if not header_rows:
            break
    body = [(r, st) for r, st in zip(block.rows[data_from:], strings[data_from:], strict=True)
            if not all(_SEPARATOR_RE.match(c) for c in st)]
    # numbering rows ("(1) | (2) | (3)") right under the header
    while body and all(_NUMBERING_RE.match(c) or not c for c in body[0][1]) \
            and sum(1 for c in body[0][1] if c) >= 3:
        body = body[1:]
    if header_rows:
        layout = _positional_layout(header_rows, plan_year)
        if layout.index("name") is None and block.header_rows and layout.cols \
                and layout.cols[0].role != "value":
            # a header known from the layout whose first cell names no column ("Thành
            # phần/Cơ cấu", a diagonal corner cell): the first column names the rows
            c = layout.cols[0]
            layout.cols[0] = _Col("name", c.kind, c.year, c.any_year, c.header)
        if layout.index("name") is None:
            layout = None
    if layout is None:
        layout = _guess_layout([st for _, st in body])
    name_i = layout.index("name")
    rows: list[_Row] = []
    if name_i is None:
        return layout, rows
    ord_i = layout.index("ordinal")
    unit_i = layout.index("unit")
    value_is = [i for i, c in enumerate(layout.cols) if c.role == "value" and i > name_i]
    # the column saying when a row is done ("Dự kiến thời gian vận hành"), as in a table
    # read one cell a line
    when_i = next((i for i, c in enumerate(layout.cols) if c.role == "note"
                   and _TIMING_HEAD.search(c.header)), None)
    for cells, st in body:
        if rows and _continues_name(rows[-1], st, name_i, text):
            rows[-1].name_more.append(cells[name_i])  # "| giai đoạn 2026-2030) | | |"
            continue
        if len(cells) == 1 or (sum(1 for c in st if c) == 1 and st[0]):
            # a caption across the table ("Đến năm 2030", "ĐVT: triệu đồng")
            rows.append(_Row(name=cells[0], start=cells[0].start, end=cells[0].end))
            continue
        if name_i >= len(cells):
            continue
        row = _Row(start=cells[0].start, end=cells[-1].end)
        if ord_i is not None and ord_i < len(st):
            row.ordinal = st[ord_i]
        row.name = cells[name_i] if not cells[name_i].empty else None
        if row.name is not None and more:
            row.name_more = list(more.get(row.name, ()))
        if row.name is None and st[0] and not _is_ordinal(st[0]) and not _is_value_cell(st[0]):
            row.name = cells[0]  # a merged caption row ("Đến năm 2030")
        if row.name is None and row.ordinal:
            words = [i for i, t in enumerate(st) if t and i != ord_i]
            if len(words) == 1 and not _is_value_cell(st[words[0]]):
                # "| I | NGÀNH, CHƯƠNG TRÌNH … | | |" with the name column further right:
                # the merged cell right of the ordinal names the category row
                row.name = cells[words[0]]
        if unit_i is not None and unit_i < len(cells) and not cells[unit_i].empty:
            row.unit = cells[unit_i]
        for i in value_is:
            if i < len(cells):
                row.slots.append(cells[i])
                row.cols.append(layout.cols[i])
        if when_i is not None and when_i < len(cells) and not cells[when_i].empty:
            row.when = cells[when_i]
        rows.append(row)
    return layout, rows


def _continues_name(above: _Row, st: list[str], name_i: int, text: str) -> bool:
    """A row whose only cell is in the name column, under a row with figures, goes on with
    that row's name when it opens in lower case or closes a bracket the name left open
    ("3 | Tỷ lệ hộ nghèo (theo chuẩn | % | 2,1" over " | giai đoạn 2026-2030) | | |")."""
    if above.name is None or not above.slots or name_i >= len(st) or not st[name_i] \
            or sum(1 for c in st if c) != 1:
        return False
    rest = st[name_i]
    name = _text(text, above.name) + " ".join(_text(text, c) for c in above.name_more)
    return rest[0].islower() or name.count("(") > name.count(")")


def _guess_layout(rows: list[list[str]]) -> _Layout:
    """Columns of a table without a header: the ordinal-looking first column, the longest
    text column (the name), a short text column (the unit) and the numeric columns right of
    the name (the values; a code column left of the name is no value)."""
    width = max((len(r) for r in rows), default=0)
    cols = [_Col("none") for _ in range(width)]
    ordinal = None
    for i in range(min(2, width)):
        col = [r[i] for r in rows if i < len(r) and r[i]]
        if col and all(_ORDINAL_RE.match(c) for c in col):
            ordinal = i
            cols[i] = _Col("ordinal")
            break
    lengths = [sum(len(r[i]) for r in rows if i < len(r) and not _is_value_cell(r[i]))
               for i in range(width)]
    candidates = [i for i in range(width) if i != ordinal]
    if not candidates:
        return _Layout(cols)
    name = max(candidates, key=lambda i: lengths[i])
    cols[name] = _Col("name")
    for i in range(name + 1, width):
        col = [r[i] for r in rows if i < len(r) and r[i]]
        if col and all(_is_unit_cell(c) for c in col):
            cols[i] = _Col("unit")
            break
    numeric = [i for i in range(name + 1, width)
               if cols[i].role == "none"
               and any(i < len(r) and _is_value_cell(r[i]) and r[i] not in _PLACEHOLDERS
                       for r in rows)]
    if numeric:
        cols[numeric[-1]] = _Col("value", "plain")
    return _Layout(cols)


#: Rows that must show a breakdown column's figures within the plan's before it is read as
#: parts of the plan.
MIN_BREAKDOWN_ROWS = 3


def _mark_breakdowns(text: str, rows: list[_Row], layout: _Layout) -> None:
    """Plain columns without a year after the only plan column of a table ("Phân bổ số
    lượng" | "Nữ" | "Tái cử" | "Dưới 40 tuổi"), whose every figure is at most the plan's in
    the same row, break the planned figure down: they are plan columns of its year.
    Otherwise some may be facts of the place (``_mark_fact_columns``)."""
    plans = [c for c in layout.values if c.kind == "plan"]
    if len(plans) != 1:
        return
    plan = plans[0]
    after = layout.values[layout.values.index(plan) + 1:]
    parts = [c for c in after if c.kind == "plain" and c.any_year is None]
    if not parts or len(parts) != len(after):
        return
    seen = 0
    #: rows where each column's figure is larger than the plan's / at most the plan's
    over: dict[int, int] = {id(c): 0 for c in parts}
    within: dict[int, int] = {id(c): 0 for c in parts}
    wanted = {id(plan), *map(id, parts)}  # (only these columns' cells are read)
    for row in rows:
        figures = {id(col): q.value for cell, col in zip(row.slots, row.cols, strict=True)
                   if id(col) in wanted and not cell.empty
                   and (q := _simple_value(text, cell)) is not None}
        total = figures.get(id(plan))
        shown = [(id(c), figures[id(c)]) for c in parts if id(c) in figures]
        if total is None or not shown:
            continue
        for key, v in shown:
            if v is None:
                return
            if v > total:
                over[key] += 1
            else:
                within[key] += 1
        seen += 1
    if not any(over.values()) and seen >= MIN_BREAKDOWN_ROWS:
        for c in parts:
            c.kind, c.year = "plan", plan.year
        return
    _mark_fact_columns(parts, over, within)


def _mark_fact_columns(parts: list[_Col], over: dict[int, int],
                       within: dict[int, int]) -> None:
    """A plain column after the plan's whose every figure (in at least
    ``MIN_BREAKDOWN_ROWS`` rows) is larger than the plan's in the same row ("Phân bổ số
    lượng" | "Số hộ") is the whole the plan is drawn from, a fact of the place: a column of
    results.  (``over``/``within``: by column id, the rows where its figure is larger than
    the plan's / at most the plan's.)"""
    for c in parts:
        if over[id(c)] >= MIN_BREAKDOWN_ROWS and within[id(c)] == 0:
            c.kind = "result"


# --- values -------------------------------------------------------------------------------
def _simple_value(text: str, cell: Cell) -> Quantity | None:
    """The value of a cell that holds one number (with comparator words or a unit)."""
    s, e = cell.start, cell.end
    raw = text[s:e]
    if groups_with_blanks(text):
        raw = dotted_thousands(raw)  # "94 830": thousands grouped by blanks
    m = _VALUE_RE.search(raw)
    if m is None:
        return None
    before = clean(_PARENS_RE.sub(" ", raw[:m.start()]).replace("|", " ")).casefold()
    for verb in table_words.VALUE_CELL_VERBS:
        if before.startswith(verb + " ") and before[len(verb) + 1:] in lx.BEFORE_VALUE:
            before = before[len(verb) + 1:]  # "Phấn đấu ≥ 10,0": the target's verb, then its bound
            break
    v = parse_vi_number(m.group("v"))
    if v is None:
        return None
    if before and before not in lx.BEFORE_VALUE and not all(ch in "*_ " for ch in before):
        return None
    v2 = parse_vi_number(m.group("v2")) if m.group("v2") else None
    vs, ve = s + m.start("v"), s + m.end("v")
    q = Quantity(value=v, value_span=(vs, ve))
    q.comparator = lx.BEFORE_VALUE.get(before, "=") if before else "="
    if v2 is not None and v2 > v:
        q.value_max = v2
        q.comparator = "range"
    after_pos = s + m.end()
    q.unit = read_unit(text, after_pos, e)
    q.end = q.unit.end if q.unit else after_pos
    q.chain_start = s + len(raw) - len(raw.lstrip(" *_"))
    tail = clean(text[q.end:e]).casefold()
    if tail in lx.AFTER_VALUE and q.value_max is None:
        q.comparator = lx.AFTER_VALUE[tail]
    elif tail:
        return None  # more words: read the cell as a clause
    return q


def _cell_drafts(text: str, cell: Cell, name: tuple[str, Span] | None,
                 plan_year: int | None) -> list[Draft]:
    """Every value of a cell, as drafts named after the row (a clause of its own names
    itself: "70%, có bằng cấp 29-29,5%")."""
    q = _simple_value(text, cell)
    if q is not None:
        return [Draft(name=None, name_span=None, span=(cell.start, cell.end), q=q)]
    ictx = ItemContext(in_targets=True, plan_year=plan_year,
                       name_hint=name[1] if name is not None else None)
    bracket = text.find("(", cell.start, cell.end)
    head = Cell(cell.start, len(text[:bracket].rstrip())) if bracket > cell.start else None
    q = _simple_value(text, head) if head is not None else None
    if q is not None and head is not None:
        # "575 (tăng 15%)", "6.065,2 (giảm 28,3% so với …)": the cell's figure, then what
        # the bracket adds (a change, a share), each a record of the row
        inner_end = text.rfind(")", bracket, cell.end)
        inner = extract_item(text, bracket + 1, inner_end if inner_end > bracket else cell.end,
                             ictx)
        return [Draft(name=None, name_span=None, span=(head.start, head.end), q=q),
                *(d for d in inner if d.q is not None)]
    drafts = extract_item(text, cell.start, cell.end, ictx)
    for d in drafts:
        if d.q is not None and d.q.unit is not None and d.name is not None \
                and d.name.casefold() == d.q.unit.unit.casefold():
            d.name, d.name_span = None, None
    return drafts


def _name_cell_drafts(text: str, cell: Cell, plan_year: int | None) -> list[Draft]:
    """The targets a row's name cell states as a sentence, when the table has no value
    column."""
    if not any(ch.isdigit() for ch in text[cell.start:cell.end]):
        return []
    ictx = ItemContext(in_targets=True, plan_year=plan_year)
    # (a count in brackets after a row's label, "Đô thị (21 phường …)", counts its members)
    brackets = [(m.start(), m.end()) for m in _PARENS_RE.finditer(text, cell.start, cell.end)]
    return [d for d in extract_item(text, cell.start, cell.end, ictx) if d.q is not None
            and not any(a < d.q.value_span[0] < b for a, b in brackets)]


#: A name cell read as a sentence in a row whose value cells are empty names what it
#: counts in at least this many words ("Kết nạp 500 đảng viên mới"), not a bare "Năm 2026".
MIN_SENTENCE_NAME_WORDS = 3


def _figure_after_name(d: Draft) -> bool:
    """The draft's figure stands after its name (a one-column table's value rejoined to
    the row's name)."""
    return d.q is not None and d.name_span is not None and d.name_span[1] <= d.q.value_span[0]


def _states_a_count(d: Draft) -> bool:
    """The draft's name cell states a target as a sentence: a figure of at least 0 and a
    name of :data:`MIN_SENTENCE_NAME_WORDS` words or more with no digit in it."""
    return d.q is not None and d.q.value is not None and d.q.value >= 0 \
        and d.name is not None and len(d.name.split()) >= MIN_SENTENCE_NAME_WORDS \
        and not any(ch.isdigit() for ch in d.name)


#: The cue a value column's kind gives the drafts read in it.
_KIND_CUES = {"plan": "table_plan", "result": "table_result", "plain": "table_plain"}


def _any_draft(d: Draft) -> bool:
    """Every draft of a name cell is kept (the names column of a names-only table)."""
    return True


def _name_cell_rows(text: str, cell: Cell | None, plan_year: int | None, label: str | None,
                    group: str | None, year: int | None, cues: set[str],
                    keep: Callable[[Draft], bool]) -> list[Draft]:
    """The targets a row's name cell states when its value cells are empty, those ``keep``
    accepts: labelled, grouped, dated ``year`` when the cell names none, with ``cues``."""
    if cell is None:
        return []
    out = []
    for d in _name_cell_drafts(text, cell, plan_year):
        if not keep(d):
            continue
        d.label, d.group = label, group
        if d.year is None:
            d.year = year
        d.cues |= cues
        out.append(d)
    return out


def _has_column_numbers(text: str, block: Block) -> bool:
    """The table prints a row of column numbers under its header ("A | B | 1 | 2 …")."""
    if block.layout == "rows":
        return any(sum(1 for c in row if _text(text, c)) >= 3
                   and all(_NUMBERING_RE.match(_text(text, c)) or not _text(text, c)
                           for c in row) for row in block.rows[:6])
    return _column_numbers_end([_text(text, c) for c in block.cells]) > 0


def _last_year(text: str, cell: Cell | None) -> int | None:
    """The last year a cell names ("2028-2029" → 2029, "Trước 2030" → 2030)."""
    years = _YEAR_RE.findall(_text(text, cell))
    return int(years[-1]) if years else None


def _name_year(text: str, name: Span) -> int | None:
    """The year a row's name gives its figures, as a clause names its own ("Giá trị kim
    ngạch xuất khẩu (đến năm 2027)"); a baseline ("so với năm 2020"), a price base ("giá so
    sánh năm 2010"), a bare "đến 2020" (often a plan's name: "Quy hoạch … đến 2020") and a
    name that is only the year ("Năm 2027", a row of a breakdown by year) give none, and so
    does a period ("… giai đoạn 2021-2025"), with or without a baseline's "năm" beside it."""
    year = clause_year(text, name, None, periods=False) if name[1] > name[0] else None
    if year is None:
        return None
    raw = text[name[0]:name[1]]
    phrase = _YEAR_PHRASE_RE.search(raw)
    if phrase is None or not _LETTERS_RE.search(raw[:phrase.start()]):
        return None
    return year


def _column_objects(layout: _Layout) -> dict[int, str]:
    """Value columns that name what is counted, all in one unit ("Nguồn nước cấp nuôi tôm
    (vị trí)", "Môi trường nuôi ngao (vị trí)"): the group of their records, by column."""
    cols = layout.values
    if len(cols) < 2 or any(c.kind != "plain" or c.any_year is not None for c in cols):
        return {}
    units = {u.unit if u is not None else None for c in cols
             for u in [header_unit(c.own or c.header)]}
    if len(units) != 1 or None in units:
        return {}
    out: dict[int, str] = {}
    for c in cols:
        h = c.own or c.header
        m = _UNIT_HINT_RE.search(h)
        name = clean(h[:m.start()]) if m is not None else ""
        if name:
            out[id(c)] = name
    return out


def _share_of_a_base(raw: str, u: Unit) -> bool:
    """A unit cell "% GDP", "% tổng chi NSNN": a share whose base is not its unit (decision 28)."""
    return u.unit == "%" and raw.startswith("%") and raw[1:2].isspace()


def _resolve_unit(text: str, row: _Row, hint: regex.Match[str] | None,
                  table_unit: Unit | None) -> Unit | None:
    if row.unit is not None:
        s, e = row.unit.start, row.unit.end
        raw = clean(text[s:e])
        if raw and (_is_unit_cell(raw) or _is_unit_column_cell(raw)):
            u = read_unit(" " + raw, 0, len(raw) + 1)
            if u is not None and (u.end - 1 >= len(raw) - 1 or _share_of_a_base(raw, u)):
                if u.kind == "count":
                    return replace(u, unit=raw.lower(), start=s, end=e, base=None,
                                   head_start=-1)
                return replace(u, start=s, end=e, head_start=-1)
            return Unit(raw.lower(), "count", s, e)
        return None
    if hint is not None:
        raw = hint.group(1).strip()
        u = read_unit(" " + raw, 0, len(raw) + 1)
        if u is not None:
            return replace(u, start=hint.start(1), end=hint.end(1), head_start=-1)
        if len(raw.split()) <= 3:
            return Unit(raw.lower(), "count", hint.start(1), hint.end(1))
    return table_unit


_DOTTED_ORDINAL_RE = lazy_compile(r"\d+(?:\.\d+)+")
_LETTER_RUN_RE = lazy_compile(r"\p{L}+")
_LETTER_RE = lazy_compile(r"[a-zđ]" + _MARK)
_CHAPTER_LETTERS = "ABCDEGH"


def _widens(own: Unit, column: Unit) -> bool:
    """The unit column's cell opens with the value's own unit and says more ("%" under
    "% tổng chi NSNN", "% GDP")."""
    return column.unit != own.unit and column.unit.startswith(own.unit + " ")


def _ordinal_kind(ordinal: str, chapters: bool = False) -> str:
    """The level of a row by its ordinal; with ``chapters`` (the table numbers its rows with
    Roman numerals too), a capital letter ("A", "C") is a chapter above the Roman rows."""
    o = strip_ordinal_mark(ordinal).lstrip("(")
    if not o:
        return "none"
    if len(o) == 1 and o in _CHAPTER_LETTERS:
        return "chapter" if chapters else "top"
    if o in ROMAN_VALUES:
        return "top"
    if o.isdigit():
        return "item"
    if _DOTTED_ORDINAL_RE.fullmatch(o):
        return "subitem"
    return "part"


def _is_roman_ordinal(ordinal: str) -> bool:
    o = strip_ordinal_mark(ordinal)
    return o in ROMAN_VALUES and o not in _CHAPTER_LETTERS


def _label_of(ordinal: str) -> str | None:
    o = ordinal.strip()
    if _ENUM_LABEL_RE.fullmatch(o):
        return o
    o = strip_ordinal_mark(o)
    if not o or o in "-+•*–":
        return None
    return o


@dataclass(slots=True)
class _Parent:
    name: str
    label: str | None
    has_values: bool
    depth: int = 0  # the bullet's depth of a marked row ("-" 1, "+" 2)
    hint_unit: Unit | None = None  # the unit its name gives in brackets ("… (%)")


def _qualifies_name(raw: str, names_give_units: bool = False) -> bool:
    """A bracket after a row's name that reads as no unit: a capitalised word or an
    abbreviation no unit opens ("(Fintech)", "(AIoT)", "(HDI)"; "(MW)", "(USD)" are units),
    or a count word followed by more words ("(định hướng ứng dụng)", "(chuẩn quốc tế
    ACCA)") — "(người)", "(tỷ đồng)", "(%)" stay units.  In a table whose names give the
    units (``names_give_units``, :func:`_names_give_units`), Vietnamese words in sentence
    case are a unit too ("(Thứ bậc)")."""
    raw = raw.strip()
    if names_give_units and _sentence_cased(raw):
        return False
    u = read_unit(" " + raw, 0, len(raw) + 1)
    if u is None:
        return raw[:1].isupper()
    return u.kind == "count" and u.end - 1 < len(raw)


#: In a table with no unit column, a majority (:data:`MAJORITY_FIFTHS`) of the rows with
#: figures end their names with a bracket: the brackets are the rows' units ("Xếp hạng …
#: (Thứ bậc)").  At least three such rows: two brackets in two rows may be chance.
MIN_NAME_UNIT_ROWS = 3


def _names_give_units(text: str, rows: list[_Row], layout: _Layout) -> bool:
    """The table prints each row's unit in brackets after its name, as a table without a
    unit column does ("Tỷ lệ hộ nghèo (%)", "Xếp hạng … (Thứ bậc)")."""
    if layout.index("unit") is not None or any(r.unit is not None for r in rows):
        return False
    valued = [r for r in rows if r.name is not None and any(not c.empty for c in r.slots)]
    marked = sum(1 for r in valued if _UNIT_HINT_RE.search(_text(text, r.name)))
    return len(valued) >= MIN_NAME_UNIT_ROWS and marked * 5 >= len(valued) * MAJORITY_FIFTHS


def _sentence_cased(raw: str) -> bool:
    """A bracket written as Vietnamese words in sentence case ("Thứ bậc", "Sàn dữ liệu",
    "Con"), not an abbreviation ("HDI", "AIoT") nor foreign words ("Robotics", "Smart
    city"): every word shaped like a Vietnamese syllable."""
    raw = raw.strip()
    return raw[:1].isupper() and not any(ch.isupper() for ch in raw[1:]) \
        and all(is_syllable(w) for w in _LETTER_RUN_RE.findall(raw))


def _inherited_unit(kind: str, parent: _Parent | None) -> Unit | None:
    """The unit of a part row that prints none: the one its parent's name gives in brackets
    ("Trong đó: Nhóm nông, lâm, thủy sản" under "Tăng trưởng … xuất khẩu (%)")."""
    return parent.hint_unit if kind == "part" and parent is not None else None


def _unit_line(text: str, before: str) -> Unit | None:
    for line in reversed(before.splitlines()[-3:]):
        m = _UNIT_LINE_RE.search(clean(line))
        if m is not None:
            raw = m.group(1).strip(" .")
            u = read_unit(" " + raw, 0, len(raw) + 1)
            if u is not None:
                return replace(u, start=0, end=0, head_start=-1)
            return Unit(raw.lower(), "count", 0, 0)
    return None


def _lead_year(before: str) -> int | None:
    """A year named by the line right above the table when it introduces it ("… năm
    2025 được Quốc hội giao Chính phủ:"); a heading does not give one."""
    lines = [ln for ln in before.splitlines() if ln.strip()]
    if not lines:
        return None
    last = clean(lines[-1])
    if not last.endswith(":"):
        return None
    return lead_in_year(last, 0, len(last))


_CAPTION_RESULT_RE = _words(table_words.CAPTION_WORDS["result"])
_CAPTION_PLAN_RE = _words(table_words.CAPTION_WORDS["plan"])
_PLAN_CAPTION_RE = _words(table_words.PLAN_CAPTION_WORDS)


def _says_what_is(before: str) -> bool:
    """The line right above the table says its figures are what is ("SỐ LIỆU THỐNG KÊ …",
    "TÌNH HÌNH …") and names no plan ("Kết quả năm 2025 và kế hoạch năm 2026" does)."""
    lines = [clean(ln) for ln in before.splitlines() if any(ch.isalpha() for ch in ln)]
    return bool(lines) and _CAPTION_RESULT_RE.search(lines[-1]) is not None \
        and _PLAN_CAPTION_RE.search(lines[-1]) is None


def _caption_cues(before: str) -> set[str]:
    """What the caption above a table says its figures are ("… ĐẠT ĐƯỢC TRONG NĂM 2019",
    "DỰ BÁO MỘT SỐ CHỈ TIÊU …"): cues for the status decision."""
    lines = [clean(ln) for ln in before.splitlines() if ln.strip()][-3:]
    cap = " ".join(lines)
    cues: set[str] = set()
    if _CAPTION_RESULT_RE.search(cap):
        cues.add("caption_result")
    if _CAPTION_PLAN_RE.search(cap):
        cues.add("caption_plan")
    return cues


def _ragged(text: str, block: Block) -> bool:
    """Rows of a one-row-a-line table that do not line up: the header row, or more than a
    fifth of the rows, has another number of cells than most rows.  Merged header cells and
    cells lost by the conversion (PDF text, a web table re-joined into rows) leave no column
    positions to read; empty cells kept at their place ("| | TỔNG SỐ | 50.000 | |") do."""
    widths = [len(r) for r in block.rows
              if len(r) >= 2 and not all(_SEPARATOR_RE.match(_text(text, c)) for c in r)]
    if len(widths) < 2:
        return False
    mode = Counter(widths).most_common(1)[0][0]
    off = sum(1 for w in widths if w != mode)
    return widths[0] != mode or off * 5 > len(widths)


def _strip_empty(text: str, row: list[Cell]) -> list[Cell]:
    a, b = 0, len(row)
    while a < b and not _text(text, row[a]):
        a += 1
    while b > a and not _text(text, row[b - 1]):
        b -= 1
    return row[a:b]


def _names_positions(text: str, row: list[Cell]) -> bool:
    """A row of the headers of coordinates ("Tên điểm | X(m) | Y(m)"), no figure in it."""
    cells = [_text(text, c) for c in row]
    heads = [c for c in cells if c and _POSITION_HEAD.search(c)]
    return len(heads) >= 2 and not any(_FIGURE_RE.match(c) for c in cells)


def as_cell_sequence(text: str, block: Block) -> Block:
    """A one-row-a-line table as the cells of a web table copied cell by cell: each row's
    cells in order, an empty cell between rows (a row boundary, as two bars in a row)."""
    cells: list[Cell] = []
    breaks: list[int] = []
    for row in block.rows:
        kept = _strip_empty(text, row)
        if not kept or all(_SEPARATOR_RE.match(_text(text, c)) for c in kept):
            continue
        if cells:
            breaks.append(len(cells))
            cells.append(Cell(kept[0].start, kept[0].start))
        cells.extend(kept)
    return Block("bars", block.first, block.last, cells=cells, header_breaks=breaks)


def extract_table(text: str, block: Block, plan_year: int | None) -> list[Draft]:
    """Targets and results of one table."""
    if block.layout == "rows":
        cut = next((k for k, row in enumerate(block.rows) if k and _names_positions(text, row)),
                   None)
        if cut is not None:  # a header of coordinates under the rows: positions from there
            block = Block("rows", block.first, block.last, rows=block.rows[:cut])
    more: dict[Cell, list[Cell]] = {}
    if block.layout == "rows" and (one_line := unfold_one_line(text, block)) is not None:
        # (a whole table printed on one line: each row is its records' paragraph)
        found = extract_table(text, one_line, plan_year)
        for d in found:
            d.cues.add(ROW_CONTEXT)
        return found
    if block.layout == "rows" and (
            once := without_repeated_header(text, block.rows)) is not None:
        # (the header printed again on each page: one table, read as one)
        block = Block("rows", block.first, block.last, rows=once, header_rows=block.header_rows)
    if block.layout == "rows" and (again := second_header(text, block.rows)) is not None:
        k, at = again  # two tables in one run of rows: each read on its own
        upper = Block("rows", block.first, block.last, rows=block.rows[:k])
        lower = Block("rows", block.first, block.last, rows=without_outer_bars(
            text, [block.rows[k][at:], *block.rows[k + 1:]]))
        return extract_table(text, upper, plan_year) + extract_table(text, lower, plan_year)
    if block.layout == "rows" and not block.header_rows:
        # header cells and names wrapped over physical rows
        joined, more = join_wrapped_header(text, block.rows)
        joined, names = continued_names(text, joined)
        more.update(names)
        block = Block("rows", block.first, block.last, rows=joined)
    if block.layout == "rows" and (padded := with_lost_last_cells(text, block.rows)) is not None:
        # (rows whose last empty cells the conversion dropped: their cells stay in place)
        block = Block("rows", block.first, block.last, rows=padded,
                      header_rows=block.header_rows)
    if block.layout == "rows" and _ragged(text, block):
        block = as_cell_sequence(text, block)
    if block.layout == "rows":
        layout, rows = _rows_from_lines(text, block, plan_year, more)
        first = block.rows[0][0].start if block.rows and block.rows[0] else 0
    else:
        layout, rows, _ = _rows_from_cells(text, block, plan_year, more)
        first = block.cells[0].start if block.cells else 0
    if not rows or layout.index("position") is not None:
        return []  # (a table of coordinates lists positions)
    before = text[max(0, first - windows.TABLE_CAPTION_LOOKBACK):first]
    if kinds.lists_tasks([c.header for c in layout.cols if c.role == "name"],
                         [c.header for c in layout.cols if c.role != "name"],
                         len(layout.values)):
        return []  # (a table of tasks: deadlines and agencies, no figures to reach)
    table_unit = _unit_line(text, before)
    cap = kinds.caption(before)
    if kinds.holds_rates(cap, layout.values):
        return []
    objects = _column_objects(layout)
    kinds.mark_facts(layout.values, plan_year)
    _mark_breakdowns(text, rows, layout)
    #: each value column's header units, read once for all its cells
    column_units: dict[int, tuple[Unit | None, Unit | None]] = {}
    header_units = any(header_unit(c.header, c.own) is not None for c in layout.values)
    table_year = _lead_year(before)
    caption_cues = _caption_cues(before)
    if _says_what_is(before):
        kinds.mark_series(layout.values)
    kinds.mark_forecasts(cap, layout.values)
    if _has_column_numbers(text, block):
        kinds.mark_report_periods(layout.values)
    any_plan = any(c.kind == "plan" for r in rows for c in r.cols)
    # a table of targets written as sentences ("TT | Chỉ tiêu | Chủ trì", no value column):
    # the name cell holds the target ("Kinh tế số chiếm 45% GRDP tỉnh.")
    in_names = not any(r.slots for r in rows) and len(rows) >= 2
    drafts: list[Draft] = []
    top: _Parent | None = None
    item: _Parent | None = None
    total: _Parent | None = None
    part: _Parent | None = None  # the last "-" row under the item: "+" rows are its parts
    node: _Parent | None = None  # the row read last
    chapter: _Parent | None = None  # a capital-letter row above the Roman rows
    chapters = any(_is_roman_ordinal(r.ordinal) for r in rows)
    names_units = table_unit is None and not header_units and _names_give_units(
        text, rows, layout)
    category: str | None = None
    for row in rows:
        name_t = _text(text, row.name)
        filled = [(c, col) for c, col in zip(row.slots, row.cols, strict=True)
                  if not c.empty and _text(text, c) not in _NO_VALUE]
        if row.name is None:
            continue
        if unit_m := _UNIT_LINE_RE.search(name_t):
            if not filled:
                raw = unit_m.group(1).strip(" .")
                u = read_unit(" " + raw, 0, len(raw) + 1)
                table_unit = replace(u, start=0, end=0, head_start=-1) if u else Unit(
                    raw.lower(), "count", 0, 0)
                continue
        if not filled and not row.ordinal:
            ym = _YEAR_LEAD_RE.search(name_t)
            if ym is not None and len(name_t.split()) <= 6:
                table_year = int(ym.group(1))  # a caption row: "Đến năm 2030"
                continue
        if not filled and _is_roman_ordinal(row.ordinal):
            ym = _YEAR_LEAD_RE.search(name_t)
            if ym is not None and len(name_t.split()) <= 6:
                # "| I | Đến năm 2030 |": a category row that names a year gives the rows
                # under it their group (decision 27) and their year, as a lead-in's year
                # heads its list (decision 1)
                table_year = int(ym.group(1))
                top = _Parent(unmarked(name_t), _label_of(row.ordinal), False)
                item = part = None
                continue
        kind = _ordinal_kind(row.ordinal, chapters)
        depth = 0  # the bullet's depth ("-" 1, "+" 2) of a marked row
        n_s, n_e = row.name.start, row.name.end
        sub = lx.SUBPART_RE.match(text, n_s, n_e)
        marker = _MARKER_RE.match(text, n_s, n_e)
        if sub is not None and sub.end() < n_e:
            n_s = sub.end()
            kind = "part" if kind in ("none", "part") else kind
            if part is not None and node is part and part.depth:
                depth = part.depth + 1  # "- Công nghiệp" then "Trong đó: … chế biến": its part
        elif marker is not None:
            n_s = marker.end()
            if kind == "none":
                kind = "part"
            depth = bullet_rank(marker.group().strip(" \t*_")[:1])
        elif kind == "none" and (item is not None or top is not None):
            kind = "part"
        as_printed = (n_s, n_e)  # (a category row's words are its group as printed)
        n_s, _ = strip_leading(text, n_s, n_e)
        hint = _UNIT_HINT_RE.search(text, n_s, n_e)
        if hint is not None and (header_units or table_unit is not None):
            raw_hint = hint.group(1).strip()
            hu = read_unit(" " + raw_hint, 0, len(raw_hint) + 1)
            if hu is None or (hu.kind == "count" and (
                    header_units or hu.end - 1 < len(raw_hint))):
                # "(mở rộng)", "(nguồn XDCB tập trung)" qualify the name: the header or
                # the table's unit line gives the unit ("(người)" stays the row's unit)
                hint = None
        if hint is not None and _qualifies_name(hint.group(1), names_units):
            hint = None  # "(HDI)", "(Fintech)", "(định hướng ứng dụng)": a part of the name
        if hint is not None and row.unit is not None and _text(text, row.unit) \
                and read_unit(" " + hint.group(1).strip(), 0, len(hint.group(1).strip()) + 1
                              ) is None:
            hint = None  # "(GRDP)" beside a unit cell: a part of the name, not its unit
        n_e = strip_trailing(text, n_s, hint.start() if hint else n_e)
        if n_s >= n_e:
            continue
        direction: str | None = None
        verb = _TRAILING_DIRECTION_RE.search(text, n_s, n_e)
        if verb is not None and not lx.NAME_BEFORE_VERB_RE.search(text, n_s, verb.start()) \
                and not (lx.fold(verb.group(1)).casefold() in lx.GRADE_WORDS
                         and lx.GRADED_STANDARD_RE.search(text, n_s, verb.start())):
            direction = lx.DIRECTION_VERBS[lx.fold(verb.group(1)).casefold()]
            n_e = trim(text, n_s, verb.start())[1]
        name = name_string(text, (n_s, n_e))
        if row.name_more:
            # (the first piece's last words are no tail: the name goes on below)
            head = name_string(text, (n_s, n_e if hint is not None else row.name.end))
            name = lx.fold(" ".join([head, *(_text(text, c) for c in row.name_more)]))
        label = _label_of(row.ordinal) if kind in ("chapter", "top", "item", "subitem") \
            else None
        group: str | None = None
        if kind == "top" and chapter is not None:
            group = chapter.name  # "I Tổng dư nợ đầu năm" under "C KẾ HOẠCH VAY, TRẢ NỢ GỐC"
        elif kind == "top":
            group = total.name if total is not None and total.has_values else None
        elif kind == "item":
            # a Roman row inside a table is a category row: its items' group, with figures
            # of its own or none ("| I | VỀ KINH TẾ | | |"; annotation decision 27)
            group = top.name if top is not None and (
                top.has_values or _is_roman_ordinal(top.label or "")) else None
        elif kind == "part" and part is not None and depth > part.depth:
            # "+ Học sinh bán trú" under "- Số học sinh": a part of the part
            group, label = part.name, part.label
        elif kind == "part" and _LETTER_RE.fullmatch(row.ordinal.strip()) \
                and not any(p is not None and p.has_values for p in (item, top)):
            # "a", "b" under rows that hold no figures ("3.2 Các dự án cấp mới"): items
            # of their own, labelled as printed
            label = _label_of(row.ordinal)
        elif kind == "subitem" or kind == "part":
            parent = item or top
            if parent is not None:
                group = parent.name
                if kind == "part":
                    label = parent.label
        unit = _resolve_unit(text, row, hint, table_unit)
        hint_unit = unit if hint is not None and row.unit is None else None
        if unit is None:
            unit = _inherited_unit(kind, item or top)
        row_end = max((c.end for c, _ in filled), default=n_e)
        # a row with a figure yields only its figures (spec: a null-value record is made only
        # for an item with no number at all)
        figured = any(_is_value_cell(_text(text, c)) for c, col in filled if col.kind != "skip")
        for cell, col in filled:
            if col.kind == "skip":
                continue
            found = _cell_drafts(text, cell, (name, (n_s, n_e)), plan_year)
            if not found and not figured and col.kind in ("plan", "plain") \
                    and kind not in ("top", "chapter") and _text(text, cell) \
                    and not _is_value_cell(_text(text, cell)) \
                    and not _is_note_cell(_text(text, cell)):
                found = [Draft(name=None, name_span=None, span=(cell.start, cell.end), q=None)]
            for d in found:
                own_name = d.name is not None and d.name_span is not None \
                    and not (n_s <= d.name_span[0] < n_e) and d.q is not None \
                    and d.name_span[1] <= d.q.value_span[0]
                # "≤ 3 Đông Nam Á; ≤ 50 Thế giới": words after the value qualify it, the
                # row still names it; "70%, có bằng cấp 29%": a name before it is a part
                if not own_name:
                    d.name, d.name_span = name, (n_s, n_e)
                    d.group = group if group is not None else objects.get(id(col))
                else:
                    d.group = name
                d.direction = d.direction or direction
                d.label = label
                d.category = category
                if d.year is None:
                    d.year = col.year if col.year is not None else (
                        _name_year(text, (n_s, n_e)) or _last_year(text, row.when)
                        or table_year)
                cell_unit = unit
                if row.unit is None and hint is None:
                    heads = column_units.get(id(col))
                    if heads is None:
                        heads = column_units[id(col)] = (header_unit(col.header, col.own),
                                                         header_percent(col.header, col.own))
                    cell_unit = heads[0] or unit  # "Công suất (MW)"
                    if cell_unit is None:  # no unit column: "Kế hoạch 2027 (%)"
                        cell_unit = heads[1]
                if d.q is not None and cell_unit is not None and (
                        d.q.unit is None or (d.q.unit.kind == "count" and row.unit is not None)
                        or (row.unit is not None and _widens(d.q.unit, cell_unit))):
                    d.q.unit = cell_unit  # the unit column beats a word after the value
                    # ("≥ 3%" under "% tổng chi NSNN": the column says of what)
                d.span = trim(text, n_s if not own_name else d.span[0],
                              max(row_end, d.span[1]) if not own_name else d.span[1])
                d.cues.add("table")
                d.cues |= caption_cues
                if col.kind in _KIND_CUES:
                    d.cues.add(_KIND_CUES[col.kind])
                if col.kind == "plain" and not any_plan:
                    d.cues.add("table_no_plan")
                if col.any_year is not None and plan_year is not None:
                    d.cues.add("table_year_lt" if col.any_year < plan_year else
                               "table_year_ge")
                drafts.append(d)
        if in_names and row.name is not None:
            drafts += _name_cell_rows(text, row.name, plan_year, label, group, None,
                                      {"table"} | caption_cues, _any_draft)
        elif not filled and len(layout.values) == 1 and kind not in ("top", "chapter"):
            # the value of a one-column table rejoined to the row's name by the text's
            # reflow ("Tốc độ tăng trưởng (GRDP) tăng 7,4 - 8,4%"): read in the name cell,
            # as the column's figure
            col = layout.values[0]
            kind_cue = {_KIND_CUES[col.kind]} if col.kind in _KIND_CUES else set()
            drafts += _name_cell_rows(
                text, row.name, plan_year, label, group,
                col.year if col.year is not None else table_year,
                {"table"} | caption_cues | kind_cue, _figure_after_name)
        elif not filled and layout.values and kind not in ("top", "chapter"):
            # a row of a table with value columns whose value cells are empty, its name
            # cell a sentence that states the target ("Kết nạp 500 đảng viên mới, …")
            drafts += _name_cell_rows(text, row.name, plan_year, label, group, table_year,
                                      {"table"} | caption_cues, _states_a_count)
        colon = text.find(":", n_s, n_e)
        if colon > n_s and any(ch.isdigit() for ch in text[colon:n_e]):
            # "Nguồn nước cấp nuôi tôm: 7 cửa sông - 15 vị trí": the rows under it are
            # parts of what it names, not of its figures
            node = _Parent(name_string(text, trim(text, n_s, colon)), label, bool(filled),
                           depth, hint_unit)
        elif kind == "top" and not filled and _is_roman_ordinal(row.ordinal):
            # "| II | THEO TỈNH, THÀNH PHỐ | |": a category row, its words kept whole
            node = _Parent(name_string(text, trim(text, *as_printed)), label, False, depth,
                           hint_unit)
        else:
            node = _Parent(name, label, bool(filled), depth, hint_unit)
        if kind == "part" and depth and (part is None or depth <= part.depth):
            part = node
        elif kind != "part":
            part = None
        if kind == "chapter":
            chapter, top, item = node, None, None
        elif kind == "top":
            top, item = node, None
            category = category_of(name) or category
        elif kind == "item":
            item = node
        elif kind == "none" and top is None and item is None and filled \
                and _SUM_FORMULA_RE.search(name) is None:
            total = node
    return drafts
