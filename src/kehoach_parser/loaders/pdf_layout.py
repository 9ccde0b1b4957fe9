"""From positioned text lines of PDF pages to the plain text the pipeline reads.

Engine-independent: :mod:`.pdf` extracts :class:`Line` objects with pdfminer.six (with fonts)
or pypdfium2 (fast, no fonts) and hands them here.  The steps:

1. :func:`remove_furniture` — page numbers ("1", "- 2 -", "Trang 3", "3/8") at the top or
   bottom of a page, and running headers/footers repeated on most pages.
2. :func:`reading_order` — the two-column blocks of a plan (issuing body | quốc hiệu,
   "Số" | place and date, "Nơi nhận" | signature) read left column first, then right;
   rows of three or more cells read as a table row "a | b | c".
3. :func:`paragraphs` — lines joined into paragraphs (vertical gaps, short last lines,
   first-line indents, list labels); words hyphenated at a line end rejoined; paragraphs
   split by a page break rejoined; an all-bold paragraph marked ``**…**`` and one in a
   larger font marked ``#`` as heading cues (the normaliser removes the marks).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter

from kehoach_parser.lang.vi.date_words import DAY_WORD, MONTH_WORD
from kehoach_parser.lang.vi.header_words import MOTTO_HEADS, MOTTO_TAIL, NUMBER_LINE_WORDS
from kehoach_parser.lang.vi.layout_words import PAGE_COUNT_WORDS, PAGE_WORDS
from kehoach_parser.lang.vi.line_joins import FORMULA_OPENERS
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lang.vi.signatures import AUTHORITY_PREFIXES
from kehoach_parser.loaders.layout_params import DEFAULT_LAYOUT, LayoutParams
from kehoach_parser.loaders.pdf_tables import Grid, grid_rows
from kehoach_parser.text.capitals import all_capitals


@dataclass(slots=True)
class Line:
    page: int
    x0: float
    y0: float  # bottom (PDF coordinates, y grows upwards)
    x1: float
    y1: float  # top
    text: str
    size: float = 0.0
    bold: bool = False
    # set by reading_order: which column of a two-column block the line is in (0 = none),
    # and that column's extent
    block: int = 0
    col_left: float = 0.0
    col_right: float = 0.0

    @property
    def height(self) -> float:
        # copied inline in ``_starts_paragraph`` (a speed-up of commit a58dd78): keep both
        return max(self.y1 - self.y0, 1.0)

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(slots=True)
class Page:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    #: What went wrong reading the page (a content stream that did not decode, an error
    #: raised or logged by the PDF library); reported as warning W120 naming the page.
    problems: list[str] = field(default_factory=list)
    #: The page's ruled tables (:mod:`.pdf_tables`); their lines are read cell by cell.
    grids: list[Grid] = field(default_factory=list)


# --- 1. page furniture ------------------------------------------------------------------------
_PAGE_NUMBER_RE = re.compile(
    r"^(?:[-–—]\s*)?(?:" + alternation(PAGE_WORDS) + r"\s+)?\d{1,4}(?:\s*/\s*\d{1,4}|\s+"
    + alternation(PAGE_COUNT_WORDS) + r"\s+\d{1,4})?(?:\s*[-–—])?$",
    re.IGNORECASE,
)
_DIGITS_RE = re.compile(r"\d+")


_TOP, _LEFT, _RIGHT = attrgetter("y1"), attrgetter("x0"), attrgetter("x1")


def _edge_lines(page: Page, count: int) -> list[Line]:
    return _edges(sorted(page.lines, key=_TOP, reverse=True), count)  # stable: as key -y1


def _edges(ordered: list[Line], count: int) -> list[Line]:
    return ordered[:count] + ordered[-count:] if len(ordered) > count * 2 else ordered


def _furniture_key(ln: Line, lp: LayoutParams) -> tuple[str, int]:
    """Text and height on the page; digits count as one in short lines ("Trang 3")."""
    text = ln.text.strip().lower()
    if len(text) <= lp.furniture_short_text:
        text = _DIGITS_RE.sub("#", text)
    return text, round(ln.y0 / lp.furniture_band)


def _isolated(ln: Line, page: Page, lp: LayoutParams,
              ordered: list[Line] | None = None) -> bool:
    """Set apart from the body: the nearest line above or below is farther than
    ``furniture_isolation`` line heights (a running header or footer, not the last line of
    a paragraph).  ``ordered``: the page's lines by top, highest first, when the caller has
    them: the lines next to ``ln`` in it are looked at first (usually one of them is near)."""
    others: Iterable[Line] = page.lines
    if ordered:  # from the page's edge that ``ln`` is nearer to
        others = reversed(ordered) if ln.y1 < ordered[len(ordered) // 2].y1 else ordered
    return not _near(ln, others, lp.furniture_isolation * ln.height)


def _near(ln: Line, others: Iterable[Line], limit: float) -> bool:
    """Is a line of ``others`` (not ``ln``, not sharing its band) within ``limit`` of it,
    above or below?  The nearest line is farther than ``limit`` exactly when none is."""
    y0, y1 = ln.y0, ln.y1
    for o in others:
        if o is not ln and not (o.y0 < y1 and y0 < o.y1) and (
                abs(y0 - o.y1) <= limit or abs(o.y0 - y1) <= limit):
            return True
    return False


def remove_furniture(pages: list[Page], lp: LayoutParams = DEFAULT_LAYOUT) -> int:
    """Drop page numbers and repeated headers/footers in place; return how many lines."""
    removed = 0
    # running headers/footers: the same text at the same height near an edge on most pages
    keys: Counter[tuple[str, int]] = Counter()
    # each page's edge lines, and whether each is isolated (the pages do not change
    # before the second pass reads them)
    orders = [sorted(page.lines, key=_TOP, reverse=True) for page in pages]  # stable
    edges = [_edges(ordered, lp.edge_lines) for ordered in orders]
    isolated = [{id(ln) for ln in edge if _isolated(ln, page, lp, ordered)}
                for page, edge, ordered in zip(pages, edges, orders, strict=True)]
    for edge, apart in zip(edges, isolated, strict=True):
        keys.update({_furniture_key(ln, lp) for ln in edge if id(ln) in apart})
    least = max(lp.furniture_min_pages, lp.furniture_page_share * len(pages))
    repeated = {k for k, n in keys.items()
                if len(pages) >= lp.furniture_min_pages and n >= least}
    for page, edge, apart in zip(pages, edges, isolated, strict=True):
        drop: set[int] = set()
        top = max((ln.y1 for ln in page.lines), default=0.0)
        bottom = min((ln.y0 for ln in page.lines), default=0.0)
        for ln in edge:
            text = ln.text.strip()
            at_edge = ln.y1 >= top - lp.page_edge_slack or ln.y0 <= bottom + lp.page_edge_slack
            if (at_edge and _PAGE_NUMBER_RE.match(text)) or (
                    _furniture_key(ln, lp) in repeated and id(ln) in apart):
                drop.add(id(ln))
        if drop:
            removed += len(drop)
            page.lines = [ln for ln in page.lines if id(ln) not in drop]
    return removed


# --- 2. reading order -------------------------------------------------------------------------
def _median(values: list[float]) -> float:
    """``statistics.median`` of a non-empty list: the same arithmetic without its generic
    checks (it runs for every row of every page)."""
    data = sorted(values)
    half = len(data) // 2
    if len(data) % 2:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def _rows(lines: list[Line], lp: LayoutParams) -> list[list[Line]]:
    """Group lines that share a vertical band, top to bottom; each row sorted by x."""
    rows: list[list[Line]] = []
    lo = hi = 0.0  # the last row's lowest bottom and highest top
    # by top, highest first, then by left edge (two stable sorts: the order of the key
    # (-y1, x0), without a Python call per line)
    for ln in sorted(sorted(lines, key=_LEFT), key=_TOP, reverse=True):
        mid = (ln.y0 + ln.y1) / 2
        if rows and lo <= mid <= hi:
            rows[-1].append(ln)
            lo, hi = min(lo, ln.y0), max(hi, ln.y1)
            continue
        rows.append([ln])
        lo, hi = ln.y0, ln.y1
    for k, row in enumerate(rows):
        if len(row) > 1:  # a row of one line is sorted, and holds no label to merge
            row.sort(key=_LEFT)
            rows[k] = _merge_labels(row, lp)
    return rows


_LABEL_ONLY_RE = re.compile(
    r"^(?:[-+•–]|\(?\d{1,2}\)|\d{1,2}(?:\.\d{1,2})*\.?|[IVXL]{1,6}\.|[a-zđ][.)])$"
)


def _merge_labels(row: list[Line], lp: LayoutParams) -> list[Line]:
    """A list label set apart by a tab ("1.<tab>Text", "-<tab>Text") joins its line."""
    out: list[Line] = []
    for ln in row:
        if out and _LABEL_ONLY_RE.match(out[-1].text.strip()) \
                and ln.x0 - out[-1].x1 < lp.label_join_gap * max(ln.height, 1.0):
            label = out.pop()
            ln = Line(ln.page, label.x0, min(label.y0, ln.y0), ln.x1, max(label.y1, ln.y1),
                      f"{label.text.strip()} {ln.text.strip()}", ln.size or label.size,
                      ln.bold and label.bold)
        out.append(ln)
    return out


def _gaps(row: list[Line], min_gap: float) -> list[int]:
    """Indexes i where a wide gap separates row[i-1] and row[i]."""
    return [i for i in range(1, len(row)) if row[i].x0 - row[i - 1].x1 >= min_gap]


@dataclass(slots=True)
class _Column:
    lines: list[Line]
    left: float
    center: float
    bounds: tuple[float, float] = (0.0, 0.0)

    def accepts(self, ln: Line, tol: float, center_factor: float) -> bool:
        return (abs(ln.x0 - self.left) <= tol
                or abs(ln.center - self.center) <= tol * center_factor)


def _region(rows: list[list[Line]], i: int, taken: list[bool], page_left: float,
            page_right: float, lp: LayoutParams,
            walls: tuple[tuple[float, float], ...] = ()) -> tuple[int, int, list[_Column]] | None:
    """The two-column block around split row ``i``: (first row, last row, columns).

    A line joins the block while it stays clear of the other column (left of the right
    column's leftmost line, or right of the left column's rightmost line) and is aligned
    with its own column (same left edge, or same centre).  The block does not grow over a
    ruled table (``walls``: the tables' bottoms and tops)."""
    row = rows[i]
    size = _median([ln.height for ln in row])
    split = _gaps(row, lp.column_gap * size)[0]
    left = _Column(list(row[:split]), row[0].x0, statistics.mean(ln.center for ln in row[:split]))
    right = _Column(list(row[split:]), row[split].x0,
                    statistics.mean(ln.center for ln in row[split:]))
    tol = lp.column_clearance * size
    page_center = (page_left + page_right) / 2

    def fits(other: list[Line]) -> list[tuple[_Column, Line]] | None:
        placed: list[tuple[_Column, Line]] = []
        right_x0 = min(ln.x0 for ln in right.lines)
        left_x1 = max(ln.x1 for ln in left.lines)
        for ln in other:
            if ln.x1 <= right_x0 - tol:
                col = left
            elif ln.x0 >= left_x1 + tol:
                col = right
            else:
                return None
            if not col.accepts(ln, lp.column_align, lp.column_center_factor):
                return None
            if abs(ln.center - page_center) < lp.page_center_tolerance \
                    and abs(ln.center - col.center) >= lp.page_center_tolerance:
                return None  # centred on the page (the doc type, a title), not in a column
            placed.append((col, ln))
        return placed

    first = last = i
    for step in (1, -1):
        j = i + step
        edge_y = min(ln.y0 for ln in row) if step == 1 else max(ln.y1 for ln in row)
        while 0 <= j < len(rows) and not taken[j]:
            other = rows[j]
            dist = edge_y - max(ln.y1 for ln in other) if step == 1 else \
                min(ln.y0 for ln in other) - edge_y
            if dist > lp.region_max_gap * size:
                break
            far_y = max(ln.y1 for ln in other) if step == 1 else min(ln.y0 for ln in other)
            low, high = min(edge_y, far_y), max(edge_y, far_y)
            if any(bottom < high and low < top for bottom, top in walls):
                break
            placed = fits(other)
            if placed is None:
                break
            for col, ln in placed:
                col.lines.append(ln)
            edge_y = min(ln.y0 for ln in other) if step == 1 else max(ln.y1 for ln in other)
            if step == 1:
                last = j
            else:
                first = j
            j += step
    boundary_left = max(ln.x1 for ln in left.lines)
    boundary_right = min(ln.x0 for ln in right.lines)
    left.bounds = (page_left, boundary_right)
    right.bounds = (boundary_left, page_right)
    if first == last == i and _spread_line(row, split, size, page_left, page_right, lp):
        return None
    return first, last, [left, right]


def _spread_line(row: list[Line], split: int, size: float, page_left: float,
                 page_right: float, lp: LayoutParams) -> bool:
    """One justified line whose wide word gap split it in two: margin to margin, a gap of
    a few characters only (the columns of a header stand much further apart)."""
    gap = row[split].x0 - row[split - 1].x1
    margin = lp.spread_margin * size
    return (row[0].x0 <= page_left + margin and row[-1].x1 >= page_right - margin
            and gap < lp.spread_max_gap * size)


_SO_RE = re.compile("^" + alternation(NUMBER_LINE_WORDS) + r"\s*[:.]")
_PLACE_DATE_RE = re.compile(rf",\s*{DAY_WORD}\b|\b{DAY_WORD}\s.*\b{MONTH_WORD}\b")


def _header_order(left: list[Line], right: list[Line]) -> list[Line]:
    """Left column, then right column; but a plan's header table reads row by row: issuing
    body, quốc hiệu, then "Số: …", then the place and date."""
    so = next((k for k, ln in enumerate(left) if _SO_RE.match(ln.text.strip())), None)
    date = next((k for k, ln in enumerate(right) if _PLACE_DATE_RE.search(ln.text)), None)
    if so and date:
        return left[:so] + right[:date] + left[so:] + right[date:]
    return left + right


def reading_order(page: Page, lp: LayoutParams = DEFAULT_LAYOUT) -> list[list[Line] | str]:
    """The page's lines in reading order.  Items are single-line lists (to be joined into
    paragraphs) or ready-made table-row strings."""
    lines, ruled = _ruled_tables(page)
    rows = _rows(lines, lp)
    page_left = min(map(_LEFT, page.lines), default=0.0)
    page_right = max(map(_RIGHT, page.lines), default=0.0)
    taken = [False] * len(rows)
    tables: dict[int, tuple[int, list[str]]] = {}
    least_cells = lp.table_min_cells  # a cell holds one line or more: a shorter row starts none
    for i in range(len(rows)):
        if len(rows[i]) >= least_cells and not taken[i] and _table_start(rows, i, lp):
            last, bands = _table(rows, i, lp)
            for k in range(i, last + 1):
                taken[k] = True
            tables[i] = (last, bands)
    regions: dict[int, tuple[int, list[_Column]]] = {}
    for i, row in enumerate(rows):
        if taken[i] or len(row) < 2:  # one line: no gap, no region
            continue
        size = _median([ln.height for ln in row])
        if len(_gaps(row, lp.column_gap * size)) == 1:
            found = _region(rows, i, taken, page_left, page_right, lp,
                            tuple((g.ys[-1], g.top) for g in page.grids))
            if found is None:
                continue
            first, last, cols = found
            for k in range(first, last + 1):
                taken[k] = True
            regions[first] = (last, cols)
    out: list[list[Line] | str] = []
    i = 0
    while i < len(rows):
        while ruled and ruled[0][0] > max(ln.y1 for ln in rows[i]):
            out.extend(ruled.pop(0)[1])
        if i in tables:
            last, bands = tables[i]
            out.extend(bands)
            i = last + 1
            continue
        if i in regions:
            last, cols = regions[i]
            for col_no, col in enumerate(cols, start=1):
                col.lines.sort(key=_TOP, reverse=True)
                for ln in col.lines:
                    ln.block = col_no
                    ln.col_left, ln.col_right = col.bounds
            out.extend([ln] for ln in _header_order(cols[0].lines, cols[1].lines))
            i = last + 1
            continue
        for ln in rows[i]:
            out.append([ln])
        i += 1
    for _, table in ruled:
        out.extend(table)
    return out


def _ruled_tables(page: Page) -> tuple[list[Line], list[tuple[float, list[str]]]]:
    """The page's lines outside its ruled tables, and each table's top and rows."""
    if not page.grids:
        return page.lines, []
    held: list[list[Line]] = [[] for _ in page.grids]
    rest: list[Line] = []
    for ln in page.lines:
        k = next((k for k, g in enumerate(page.grids) if g.holds(ln)), None)
        if k is None:
            rest.append(ln)
        else:
            held[k].append(ln)
    tables = [(g.top, grid_rows(g, mine)) for g, mine in zip(page.grids, held, strict=True)]
    return rest, [t for t in tables if t[1]]


def _cells(row: list[Line], lp: LayoutParams) -> list[list[Line]]:
    """A row's lines grouped into cells: a gap of a line height or more separates cells."""
    size = _median([ln.height for ln in row])
    cells: list[list[Line]] = [[row[0]]]
    for ln in row[1:]:
        if ln.x0 - cells[-1][-1].x1 >= lp.cell_gap * size:
            cells.append([ln])
        else:
            cells[-1].append(ln)
    return cells


def _table_start(rows: list[list[Line]], i: int, lp: LayoutParams) -> bool:
    """Three or more cells in a row, and a neighbouring row lined up with them."""
    if len(rows[i]) < lp.table_min_cells:  # a cell holds one line or more
        return False
    cells = _cells(rows[i], lp)
    if len(cells) < lp.table_min_cells:
        return False
    starts = [c[0].x0 for c in cells]
    for k in (i - 1, i + 1):
        if 0 <= k < len(rows):
            other = _cells(rows[k], lp)
            if sum(1 for c in other if any(abs(c[0].x0 - x) <= lp.table_align for x in starts)) \
                    >= lp.table_min_aligned:
                return True
    return False


def _table(rows: list[list[Line]], i: int, lp: LayoutParams) -> tuple[int, list[str]]:
    """Rows from ``i`` that fit the table's columns, as "a | b | c" strings: a visual row
    holding a line in the first column or in two columns starts a table row, other rows
    continue the cells above (text wrapped inside a cell)."""
    head = _cells(rows[i], lp)
    size = _median([ln.height for ln in rows[i]])
    bounds = [min(ln.x0 for ln in c) for c in head]
    left = bounds[0] - lp.table_align
    right = max(ln.x1 for c in head for ln in c) + lp.table_right_slack * size
    # a column ends where the next one's text starts
    splits = [b - lp.table_align for b in bounds[1:]]

    def column(ln: Line) -> int | None:
        col = sum(1 for x in splits if ln.x0 >= x)
        upper = splits[col] if col < len(splits) else right
        return col if ln.x1 <= upper else None

    bands: list[list[list[str]]] = []
    last = i
    prev_bottom = max(ln.y1 for ln in rows[i])
    for k in range(i, len(rows)):
        row = rows[k]
        if any(ln.x0 < left or ln.x1 > right for ln in row):
            break
        if prev_bottom - max(ln.y1 for ln in row) > lp.table_row_gap * size:
            break
        cols = [column(ln) for ln in row]
        if any(c is None for c in cols):
            break
        used = {c for c in cols if c is not None}
        if not bands or 0 in used or len(used) >= 2:
            bands.append([[] for _ in head])
        for ln, c in zip(row, cols, strict=True):
            assert c is not None
            bands[-1][c].append(ln.text.strip())
        prev_bottom = min(ln.y0 for ln in row)
        last = k
    out = [" | ".join(" ".join(cell) for cell in band) for band in bands]
    return last, out


# --- 3. paragraphs ----------------------------------------------------------------------------
_LABEL_RE = re.compile(
    r"^(?:[-+•]\s|\(?\d{1,2}\)\s|\d{1,2}(?:\.\d{1,2})*\.\s|[IVXL]{1,6}\.\s|[a-zđ][.)]\s)"
)
#: Lines that open a paragraph in an administrative document, whatever the geometry says:
#: a formula ("Căn cứ", "Nơi nhận") or a signing authority ("KT. CHỦ TỊCH").
_OPENER_RE = re.compile(
    "^(?:" + alternation(FORMULA_OPENERS) + "|"
    + alternation(a for a in AUTHORITY_PREFIXES if "/" not in a) + r"\.\s?[A-ZĐ])"
)
_END_RE = re.compile(r"[.;:!?]$|[.;:!?][”\")]$")


def _join(a: str, b: str) -> str:
    a = a.rstrip()
    b = b.lstrip()
    if a[-1:] == "-" and len(a) > 1 and (a[-2].isalnum() or a[-2] == "_"):  # \w-$
        if b[:1].islower():
            return a[:-1] + b  # a word hyphenated across lines
        return a + b  # a compound broken after its hyphen: "CN-" + "TTCN"
    return f"{a} {b}"


@dataclass(slots=True)
class _Para:
    lines: list[Line]
    text: str


def _body_size(pages: list[Page]) -> float:
    sizes = Counter(round(ln.size, 1) for p in pages for ln in p.lines if ln.size)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def paragraphs(pages: list[Page], lp: LayoutParams = DEFAULT_LAYOUT) -> str:
    """Join every page's ordered lines into paragraphs and return the text.  The body's
    measures (font size, margins, line pitch, justification) are taken outside ruled
    tables."""
    body = _outside_tables(pages)
    body_size = _body_size(body)
    left_margin = min((ln.x0 for p in body for ln in p.lines), default=0.0)
    right_margin = _right_margin(body, lp)
    width = max(right_margin - left_margin, 1.0)
    paras: list[_Para | str] = []
    prev: Line | None = None
    ordered = _carry_columns([reading_order(page, lp) for page in pages], lp)
    full = (lp.full_line_justified if _justified(body, right_margin, width, lp)
            else lp.full_line_ragged)
    frame = _Frame(left_margin, right_margin, width, _line_spacing(body, lp), full * width, lp)
    prev_text = ""
    for items in ordered:
        first_on_page = True
        for item in items:
            if isinstance(item, str):
                paras.append(item)
                prev = None
                continue
            ln = item[0]
            text = ln.text.strip()
            if not text:
                continue
            current = paras[-1] if paras and isinstance(paras[-1], _Para) else None
            if current is not None and prev is not None and not _starts_paragraph(
                prev, ln, frame, first_on_page, prev_text, text
            ):
                current.lines.append(ln)
                current.text = _join(current.text, text)
            else:
                paras.append(_Para([ln], text))
            prev, prev_text = ln, text
            first_on_page = False
    # the fast engine gives no line a font size or boldness: no paragraph is marked
    marks = any(ln.bold or ln.size for p in paras if not isinstance(p, str) for ln in p.lines)
    out: list[str] = []
    for p in paras:
        if isinstance(p, str):
            out.append(p)
            continue
        text = p.text
        if not marks:
            out.append(text)
            continue
        if all(ln.bold for ln in p.lines):
            text = f"**{text}**"
        sizes = [ln.size for ln in p.lines if ln.size]
        if body_size and sizes and _median(sizes) >= body_size * lp.heading_size_ratio:
            text = "# " + text
        out.append(text)
    return "\n\n".join(out) + "\n"


def _outside_tables(pages: list[Page]) -> list[Page]:
    """The pages with only their lines outside ruled tables (the pages themselves when
    none has a ruled table)."""
    if not any(p.grids for p in pages):
        return pages
    return [Page(p.number, p.width, p.height,
                 [ln for ln in p.lines if not any(g.holds(ln) for g in p.grids)])
            for p in pages]


def _line_spacing(pages: list[Page], lp: LayoutParams) -> float:
    """The usual distance between baselines of consecutive lines of one paragraph: the
    smallest distance that is common (paragraph gaps are larger, and may be commoner on a
    page of short items)."""
    deltas: Counter[int] = Counter()
    for page in pages:
        ys = sorted({round(ln.y0, 1) for ln in page.lines if ln.block == 0}, reverse=True)
        deltas.update(round(a - b) for a, b in itertools.pairwise(ys)
                      if a - b > lp.spacing_min_delta)
    if not deltas:
        return 0.0
    total = sum(deltas.values())
    common = [d for d, n in deltas.items()
              if n >= max(lp.spacing_common_min, lp.spacing_common_share * total)]
    return float(min(common)) if common else float(deltas.most_common(1)[0][0])


@dataclass(slots=True)
class _Frame:
    """The text block of the document: margins, line pitch, what counts as a full line."""

    left: float
    right: float
    width: float
    spacing: float
    full_tolerance: float  # a line ending this close to the right margin is full
    lp: LayoutParams
    #: :meth:`centered` of the lines asked about (by ``id``: a line is asked about as the
    #: line after another, then as the line before the next)
    seen: dict[int, bool] = field(default_factory=dict)

    def centered(self, ln: Line) -> bool:
        known = self.seen.get(id(ln))
        if known is None:
            size = ln.y1 - ln.y0
            size = 1.0 if size < 1.0 else size  # ln.height, as max(size, 1.0)
            x0, x1, left, right = ln.x0, ln.x1, self.left, self.right
            known = self.seen[id(ln)] = (
                abs((x0 - left) - (right - x1)) < self.lp.centered_tolerance * self.width
                and x0 > left + size
                and x1 < right - (self.full_tolerance if self.full_tolerance > size else size))
        return known


def _justified(pages: list[Page], right: float, width: float, lp: LayoutParams) -> bool:
    """Do the long lines of the body end flush with the right margin?"""
    long_lines = [ln for p in pages for ln in p.lines
                  if ln.block == 0 and ln.x1 - ln.x0 >= lp.justified_long_line * width]
    if len(long_lines) < lp.justified_min_lines:
        return False
    flush = sum(1 for ln in long_lines if ln.x1 >= right - lp.justified_flush * width)
    return flush >= lp.justified_share * len(long_lines)


def _starts_paragraph(prev: Line, ln: Line, frame: _Frame, first_on_page: bool,
                      prev_text: str, text: str) -> bool:
    """Does ``ln`` open a paragraph after ``prev``?  ``prev_text`` and ``text`` are
    their texts stripped (the caller has them)."""
    if prev.block != ln.block:
        return True
    if prev_text in MOTTO_HEADS and text.startswith(MOTTO_TAIL):
        return False  # the quốc hiệu wrapped in a narrow cell
    left, right, spacing, lp = frame.left, frame.right, frame.spacing, frame.lp
    size = ln.y1 - ln.y0
    size = 1.0 if size < 1.0 else size  # Line.height, inline (see the property)
    full_prev = prev.x1 >= right - frame.full_tolerance
    if first_on_page:
        # a paragraph split by a page break: previous line ran to the right margin
        return not (full_prev and not _END_RE.search(prev_text)
                    and ln.x0 <= left + lp.left_aligned * size
                    and not _LABEL_RE.match(text))
    gap = prev.y0 - ln.y0
    if gap < 0 or (spacing and gap > spacing * lp.paragraph_gap) \
            or (not spacing and gap > lp.paragraph_gap_unknown_spacing * size):
        return True
    if _OPENER_RE.match(text):
        return True
    if ln.bold != prev.bold:
        return True
    if all_capitals(prev.text, min_letters=2) and not all_capitals(ln.text, min_letters=2):
        return True  # "KẾ HOẠCH" above its title, a heading above its body
    if ln.block:  # a column of a two-column block: one line per paragraph unless wrapped
        if _LABEL_RE.match(text):
            return True
        head = text[:1]
        open_end = not _END_RE.search(prev_text)
        if open_end and (head.isdigit() or head.islower()
                         or abs(ln.x0 - prev.x0) < lp.same_left_edge):
            return False  # a continuation, or left-aligned lines of one wrapped item
        if abs(ln.center - prev.center) < lp.same_center:
            return True  # centred lines of a header or signature: one line each
        return not _wrapped(prev, ln, lp)
    centered_prev = frame.centered(prev)
    if centered_prev != frame.centered(ln):
        return True  # a centred title and the body below it
    if not full_prev and not centered_prev:
        return True  # the short last line of a paragraph
    if _LABEL_RE.match(text) and (not full_prev or _END_RE.search(prev_text)):
        return True
    return (ln.x0 > left + lp.first_line_indent * size
            and prev.x0 <= left + lp.left_aligned * size and not centered_prev)


def _wrapped(prev: Line, ln: Line, lp: LayoutParams) -> bool:
    """Did ``ln`` go on a new line only because its first word did not fit after ``prev``?"""
    text = prev.text.strip()
    char_width = (prev.x1 - prev.x0) / max(len(text), 1)
    first_word = ln.text.strip().split(" ", 1)[0]
    slack = (prev.x0 - prev.col_left) + (prev.col_right - prev.x1)
    return (len(first_word) + 1) * char_width > slack - lp.wrap_slack_chars * char_width


def _carry_columns(pages: list[list[list[Line] | str]],
                   lp: LayoutParams) -> list[list[list[Line] | str]]:
    """A two-column block (the "Nơi nhận | signature" table) split by a page break: lines
    at the top of the next page aligned with the block's left column belong before the
    block's right column."""
    for n in range(len(pages) - 1):
        items, nxt = pages[n], pages[n + 1]
        lines = [it[0] for it in items if not isinstance(it, str)]
        if not lines or lines[-1].block != 2:
            continue
        left_col = [ln for ln in lines if ln.block == 1]
        if not left_col:
            continue
        x0 = min(ln.x0 for ln in left_col)
        boundary = left_col[0].col_right
        moved: list[list[Line] | str] = []
        k = 0
        while k < len(nxt):
            item = nxt[k]
            if isinstance(item, str):
                break
            ln = item[0]
            if ln.block or abs(ln.x0 - x0) > lp.carry_align or ln.x1 > boundary:
                break
            ln.block, ln.col_left, ln.col_right = 1, left_col[0].col_left, boundary
            moved.append(item)
            k += 1
        if not moved:
            continue
        first_right = next(i for i, it in enumerate(items)
                           if not isinstance(it, str) and it[0].block == 2)
        pages[n] = items[:first_right] + moved + items[first_right:]
        pages[n + 1] = nxt[k:]
    return pages


def _right_margin(pages: list[Page], lp: LayoutParams) -> float:
    """Where body lines end: the commonest right edge of long lines (justified text), or the
    right-most edge when there is no such edge (a line in a wide header must not move it)."""
    lines = [ln for p in pages for ln in p.lines]
    if not lines:
        return 0.0
    far = max(ln.x1 for ln in lines)
    near = min(ln.x0 for ln in lines)
    long_edges = Counter(round(ln.x1) for ln in lines
                         if ln.x1 - ln.x0 >= lp.margin_long_line * (far - near))
    if long_edges:
        edge = long_edges.most_common(1)[0][0]
        tol = lp.margin_edge_tolerance
        close = sum(n for e, n in long_edges.items() if abs(e - edge) <= tol)
        if close >= lp.margin_min_lines:
            return float(max(e for e in long_edges if abs(e - edge) <= tol))
    return far
