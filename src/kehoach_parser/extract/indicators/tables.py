"""Tables of targets: rows with an ordinal, the indicator, a unit and the planned value.

Tables reach the extractor as text rows: Markdown pipes ("| 1 | Tốc độ tăng trưởng | % |
8 |") or tab-separated cells (DOCX tables).  Columns are told by their header words
(:data:`kehoach_parser.lang.vi.table_words.COLUMN_WORDS`); without a header, the first
ordinal-looking column is the ordinal, the longest text column the name, a unit-looking
column the unit and the last numeric column the value.  Rows numbered "1.1", "a", "-", "+"
are parts of the row numbered "1" before them and take it as their ``group``.  A header
with several plan columns ("Năm 2026 | Năm 2027") gives one target per column, with
its year.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.extract.indicators.clauses import Draft
from kehoach_parser.extract.indicators.names import name_string, strip_leading, strip_trailing, trim
from kehoach_parser.extract.indicators.sections import category_of
from kehoach_parser.extract.indicators.units import Unit, read_unit
from kehoach_parser.extract.indicators.values import Quantity
from kehoach_parser.extract.numbers import NUMBER_PATTERN, parse_vi_number
from kehoach_parser.lang.vi import table_words
from kehoach_parser.lang.vi.numbering import ROMAN_VALUES
from kehoach_parser.text.lines import Line

Span = tuple[int, int]

_SEPARATOR_RE = regex.compile(r"\A[\s:\-–=+|]*\Z")
_ORDINAL_RE = regex.compile(
    r"\A(?:\d{1,3}(?:\.\d{1,2}){0,3}\.?|\(\d{1,3}\)|[a-zđ][.)]?|[A-H][.)]?|[IVXL]{1,5}\.?"
    r"|[-+•*])\Z"
)
_YEAR_RE = regex.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_VALUE_RE = regex.compile(
    r"(?P<v>" + NUMBER_PATTERN + r")(?:\s*(?:%\s*)?(?:-|–|—|÷|đến)\s*(?P<v2>" + NUMBER_PATTERN
    + r"))?"
)
_TRAILING_DIRECTION_RE = regex.compile(
    r"\s(" + lx.alternation(lx.DIRECTION_VERBS) + r")\s*\Z", lx.TAIL_FLAGS
)
_ENUM_LABEL_RE = regex.compile(r"\(\d{1,3}\)")
_UNIT_HINT_RE = regex.compile(r"\(\s*([^()\d]{1,20})\s*\)\s*\Z")


def _words(*groups: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(lx.word_alternation(w for g in groups for w in g), regex.IGNORECASE)


_ORD_HEAD = _words(table_words.COLUMN_WORDS["ordinal"])
_NAME_HEAD = _words(table_words.COLUMN_WORDS["name"])
_UNIT_HEAD = _words(table_words.COLUMN_WORDS["unit"])
_PLAN_HEAD = _words(table_words.COLUMN_WORDS["plan"])
_NOT_PLAN_HEAD = _words(table_words.COLUMN_WORDS["not_plan"])


def is_table_line(text: str) -> bool:
    """A Markdown row ("| a | b |"), a DOCX row ("a | b | c", cells joined by " | ") or a
    tab-separated row."""
    if text.count("|") >= 2 or " | " in text:
        return True
    return "\t" in text and sum(1 for c in text.split("\t") if c.strip()) >= 2


def _cells(line: Line, width: int | None = None) -> list[Span]:
    """Absolute spans of the (trimmed) cells of a table row.

    A row that starts and ends with "|" is a Markdown row (the outer pipes open no cells)
    unless that leaves fewer cells than ``width`` (a DOCX row with empty outer cells).
    """
    text = line.text
    sep = "|" if "|" in text else "\t"
    spans: list[Span] = []
    pos = 0
    parts = text.split(sep)
    if sep == "|" and text.startswith("|") and text.endswith("|") and (
            width is None or len(parts) - 2 >= width):
        # Markdown: the outer pipes close the row, they do not open empty cells
        pos += len(parts[0]) + 1
        parts = parts[1:-1]
    for p in parts:
        s, e = pos, pos + len(p)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        spans.append((line.start + s, line.start + e))
        pos += len(p) + 1
    return spans


@dataclass(slots=True)
class _Columns:
    ordinal: int | None = None
    name: int | None = None
    unit: int | None = None
    values: tuple[tuple[int, int | None], ...] = ()  # (column, year)


def _is_number_cell(cell: str) -> bool:
    return any(c.isdigit() for c in cell) and _YEAR_RE.fullmatch(cell.strip()) is None


def _header_columns(cells: list[str], plan_year: int | None) -> _Columns | None:
    cols = _Columns()
    values: list[tuple[int, int | None]] = []
    for i, c in enumerate(cells):
        if cols.ordinal is None and _ORD_HEAD.search(c) and len(c.split()) <= 3:
            cols.ordinal = i
            continue
        if _NOT_PLAN_HEAD.search(c):
            continue
        if cols.unit is None and _UNIT_HEAD.search(c) and len(c.split()) <= 4:
            cols.unit = i
            continue
        year_m = _YEAR_RE.search(c)
        year = int(year_m.group(1)) if year_m else None
        if cols.name is None and _NAME_HEAD.search(c) and year is None:
            cols.name = i
            continue
        if _PLAN_HEAD.search(c) or (year is not None and (plan_year is None or year >= plan_year)):
            values.append((i, year))
    if cols.name is None or not values:
        return None
    years = {y for _, y in values}
    if len(values) > 1 and None in years and len(years) > 1:
        values = [v for v in values if v[1] is not None]
    if len(values) == 1:
        # one plan column: its header year is the plan's, not one the row names
        values = [(values[0][0], None)]
    cols.values = tuple(values)
    return cols


def _guess_columns(rows: list[list[str]]) -> _Columns:
    cols = _Columns()
    width = max(len(r) for r in rows)
    for i in range(width):
        col = [r[i] for r in rows if i < len(r) and r[i]]
        if not col:
            continue
        if cols.ordinal is None and i <= 1 and all(_ORDINAL_RE.match(c) for c in col):
            cols.ordinal = i
    lengths = [
        sum(len(r[i]) for r in rows if i < len(r) and not _is_number_cell(r[i]))
        for i in range(width)
    ]
    candidates = [i for i in range(width) if i != cols.ordinal]
    if candidates:
        cols.name = max(candidates, key=lambda i: lengths[i])
    for i in range(width):
        if i in (cols.ordinal, cols.name):
            continue
        col = [r[i] for r in rows if i < len(r) and r[i]]
        if col and all(len(c) <= 16 and not _is_number_cell(c) for c in col):
            cols.unit = i
            break
    numeric = [i for i in range(width)
               if i not in (cols.ordinal, cols.name, cols.unit)
               and any(i < len(r) and _is_number_cell(r[i]) for r in rows)]
    if numeric:
        cols.values = ((numeric[-1], None),)
    return cols


def _ordinal_kind(ordinal: str) -> str:
    o = ordinal.strip().rstrip(".)").lstrip("(")
    if not o:
        return "none"
    if o in ROMAN_VALUES or (len(o) == 1 and o in "ABCDEGH"):
        return "top"
    if o.isdigit():
        return "item"
    return "part"


def _parse_value(text: str, span: Span) -> tuple[Quantity | None, bool]:
    """The planned value of a cell; the flag says the cell has text but no number."""
    s, e = span
    cell = text[s:e]
    m = _VALUE_RE.search(cell)
    if m is None:
        return None, bool(cell.strip()) and cell.strip() not in ("-", "—", "x", "X")
    v = parse_vi_number(m.group("v"))
    if v is None:
        return None, False
    v2 = parse_vi_number(m.group("v2")) if m.group("v2") else None
    vs, ve = s + m.start("v"), s + m.end("v")
    q = Quantity(value=v, value_span=(vs, ve))
    if v2 is not None and v2 > v:
        q.value_max = v2
        q.comparator = "range"
    before = cell[:m.start()].strip().casefold()
    if before:
        for phrase, comp in sorted(lx.BEFORE_VALUE.items(), key=lambda kv: -len(kv[0])):
            if before.endswith(phrase):
                if q.value_max is None:
                    q.comparator = comp
                break
    after_pos = s + m.end()
    q.unit = read_unit(text, after_pos, e)
    q.end = q.unit.end if q.unit else after_pos
    q.chain_start = s
    rest = text[q.end:e].strip().casefold()
    for phrase, comp in lx.AFTER_VALUE.items():
        if rest.startswith(phrase) and q.value_max is None:
            q.comparator = comp
    return q, False


def extract_table(text: str, rows: list[Line], plan_year: int | None) -> list[Draft]:
    """Targets of one table (a run of consecutive table rows)."""
    first = _cells(rows[0])
    width = max(len(first), max(len(_cells(r)) for r in rows[:3]))
    cell_rows = [_cells(r, width) for r in rows]
    strings = [[text[s:e] for s, e in cr] for cr in cell_rows]
    data_from = 0
    cols: _Columns | None = None
    for i, cells in enumerate(strings[:3]):
        if all(_SEPARATOR_RE.match(c) for c in cells):
            continue
        found = _header_columns(cells, plan_year)
        if found is not None:
            cols, data_from = found, i + 1
            break
    body = [(r, cr, st) for r, cr, st in zip(rows[data_from:], cell_rows[data_from:],
                                             strings[data_from:], strict=True)
            if not all(_SEPARATOR_RE.match(c) for c in st)]
    if not body:
        return []
    if cols is None:
        cols = _guess_columns([st for _, _, st in body])
    if cols.name is None or not cols.values:
        return []
    drafts: list[Draft] = []
    parent: tuple[str, str | None] | None = None  # name, label of the last numbered row
    category: str | None = None  # from the last group row ("I | Chỉ tiêu kinh tế")
    for line, spans, st in body:
        if cols.name >= len(spans):
            continue
        ordinal = st[cols.ordinal].strip() if cols.ordinal is not None and \
            cols.ordinal < len(st) else ""
        kind = _ordinal_kind(ordinal)
        n_s, n_e = spans[cols.name]
        sub = lx.SUBPART_RE.match(text, n_s, n_e)
        if sub is not None and sub.end() < n_e and parent is not None:
            kind, n_s = "part", sub.end()  # "Trong đó: …" rows are parts of the row above
        n_s, _ = strip_leading(text, n_s, n_e)
        hint = _UNIT_HINT_RE.search(text, n_s, n_e)
        n_e = strip_trailing(text, n_s, hint.start() if hint else n_e)
        if n_s >= n_e:
            continue
        direction: str | None = None
        verb = _TRAILING_DIRECTION_RE.search(text, n_s, n_e)
        if verb is not None and not lx.NAME_BEFORE_VERB_RE.search(text, n_s, verb.start()):
            # "Số hộ nghèo giảm": the verb gives the direction
            direction = lx.DIRECTION_VERBS[lx.fold(verb.group(1)).casefold()]
            n_e = trim(text, n_s, verb.start())[1]
        name = name_string(text, (n_s, n_e))
        # a bare row number ("1", "2.1") is no enumeration label; "(1)" is
        label = ordinal if _ENUM_LABEL_RE.fullmatch(ordinal) else None
        group: str | None = None
        if kind == "part" and parent is not None:
            group = parent[0]
            label = label or parent[1]
        for col, year in cols.values:
            if col >= len(spans):
                continue
            q, qualitative = _parse_value(text, spans[col])
            if q is None and not (qualitative and kind in ("item", "part")):
                continue
            if q is not None and q.unit is None:
                q.unit = _unit_from(text, spans, cols, hint)
            # the row from the indicator cell to the plan cell, as printed
            row_span = trim(text, spans[cols.name][0], spans[col][1])
            drafts.append(Draft(
                name=name, name_span=(n_s, n_e), span=row_span, q=q, group=group,
                direction=direction, year=year, label=label, category=category,
            ))
        if kind == "item":
            parent = (name, label)
        elif kind == "top":
            parent = None
            category = category_of(name)
    return drafts


def _unit_from(text: str, spans: list[Span], cols: _Columns,
               hint: regex.Match[str] | None) -> Unit | None:
    if cols.unit is not None and cols.unit < len(spans):
        s, e = spans[cols.unit]
        if s < e:
            u = read_unit(text, s - 1, e) if s > 0 and text[s - 1] == " " else None
            if u is None:
                u = read_unit(" " + text[s:e], 0, e - s + 1)
                if u is not None:
                    return Unit(u.unit, u.kind, s, e)
                return Unit(text[s:e].strip().lower(), "count", s, e)
            return u
    if hint is not None:
        raw = hint.group(1)
        u = read_unit(" " + raw, 0, len(raw) + 1)
        if u is not None:
            return Unit(u.unit, u.kind, hint.start(1), hint.end(1))
    return None
