"""Layout perturbations: the same document in the layouts people find it in.

A perturbation rewrites a labeled document's text so that its *layout* changes and its
*content* does not: line breaks at a fixed width, Windows line ends, decomposed tone marks,
tables with tabs instead of bars ...  The gold stays valid, because the spec compares values,
names and titles with white space folded (``docs/annotation.md``).  Scoring a corpus under a
perturbation (``kehoach eval DIR --perturb hard_wrap``) therefore measures how much of the
parser's accuracy depends on one layout of the text, on documents whose gold we already have:
a rule written for one document's line breaks loses its score here.

Every perturbation is deterministic: it takes the text and a seed (the document's name), so
that two runs give the same texts.  Add one with :func:`register`; the registry is
:data:`PERTURBATIONS`.

>>> apply_perturbations("a b c d e f\\r\\n", ["crlf"], seed="x") == "a b c d e f\\r\\n"
True
>>> "\\t" in apply_perturbations("| 1 | Tỷ lệ | 95% |\\n", ["bars_to_tabs"], seed="x")
True
"""

from __future__ import annotations

import hashlib
import html.entities
import random
import re
import textwrap
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

import regex

from kehoach_parser.errors import KehoachError
from kehoach_parser.extract.indicators.values import DOT_GROUPED_RE
from kehoach_parser.lang.vi.abbreviations import (
    BODY_ABBREVIATIONS,
    BODY_HEADS,
    SCHOOL_TYPE_ABBREVIATIONS,
)
from kehoach_parser.lang.vi.date_words import DAY_WORD, MONTH_WORD, YEAR_WORD
from kehoach_parser.lang.vi.doc_types import HEADER_DOC_TYPES, doc_type_from_code
from kehoach_parser.lang.vi.header_words import ENACTING_HEADS, MOTTO_HEADS, MOTTO_TAIL
from kehoach_parser.lang.vi.indicator_words import LEAD_YEAR_PREFIXES
from kehoach_parser.lang.vi.numbering import ROMAN_VALUES
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lang.vi.table_words import COLUMN_WORDS
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.capitals import all_capitals
from kehoach_parser.text.lines import Label, read_label

#: A perturbation: (text, random generator seeded by the document) -> new text.
Rewrite = Callable[[str, random.Random], str]


@dataclass(frozen=True)
class Perturbation:
    """A named layout change and what it imitates."""

    name: str
    imitates: str
    rewrite: Rewrite


#: The registered perturbations by name, in registration order.
PERTURBATIONS: dict[str, Perturbation] = {}


def register(name: str, imitates: str) -> Callable[[Rewrite], Rewrite]:
    """Register ``rewrite`` under ``name`` (a decorator)."""

    def add(rewrite: Rewrite) -> Rewrite:
        if name in PERTURBATIONS:
            raise KehoachError(f"perturbation {name!r} is registered twice")
        PERTURBATIONS[name] = Perturbation(name, imitates, rewrite)
        return rewrite

    return add


def perturbation_names(spec: str | Iterable[str]) -> list[str]:
    """The names of a comma-separated list (or an iterable), each checked against the registry."""
    names = [n.strip() for n in (spec.split(",") if isinstance(spec, str) else spec)]
    names = [n for n in names if n]
    unknown = [n for n in names if n not in PERTURBATIONS]
    if unknown:
        raise KehoachError(
            f"unknown perturbation(s) {', '.join(unknown)}: use {', '.join(PERTURBATIONS)}")
    return names


def apply_perturbations(text: str, names: Sequence[str], *, seed: str) -> str:
    """``text`` rewritten by each named perturbation in turn (generators seeded by ``seed``)."""
    for name in perturbation_names(names):
        digest = hashlib.sha256(f"{name}\0{seed}".encode()).digest()
        rng = random.Random(int.from_bytes(digest[:8], "big"))
        text = PERTURBATIONS[name].rewrite(text, rng)
    return text


# --- the perturbations ---------------------------------------------------------------------

#: A line that is a table row (bars or tabs between cells): never re-wrapped.
_TABLE_ROW = lazy_compile(r"\||\t")

#: Width range of fixed-width text from legal websites and PDF text lines.
WRAP_WIDTHS = (62, 86)


@register("hard_wrap", "fixed-width text of legal websites and PDF text: long lines broken "
          "at a width between 62 and 86 characters, at a space")
def hard_wrap(text: str, rng: random.Random) -> str:
    width = rng.randint(*WRAP_WIDTHS)
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width or _TABLE_ROW.search(line):
            out.append(line)
            continue
        indent = len(line) - len(line.lstrip(" "))
        rest = line
        while len(rest) > width:
            cut = rest.rfind(" ", indent + 1, width + 1)
            if cut <= indent:
                cut = rest.find(" ", width)
                if cut < 0:
                    break
            out.append(rest[:cut].rstrip(" "))
            rest = rest[cut:].lstrip(" ")
            indent = 0
        out.append(rest)
    return "\n".join(out)


@register("crlf", "files saved on Windows: every line ends with CR LF")
def crlf(text: str, rng: random.Random) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


@register("nfd", "text copied from some PDF viewers and macOS: tone marks decomposed (NFD)")
def nfd(text: str, rng: random.Random) -> str:
    return unicodedata.normalize("NFD", text)


#: A line that opens a new block: a label, a bullet or a table bar (the line before it ended
#: its paragraph, whatever its last sign).
_BLOCK_START = lazy_compile(
    r"^[ \t]*(?:(?:[IVXLC]+[.)]|\d{1,2}(?:\.\d{1,2})*[.)/]|[a-zđ][.)]|\(\d+\)|[-+•*–])(?=[ \t])"
    r"|(?i:phần|chương|điều|mục|nơi nhận)\b)")


@register("blank_lines", "web pages copied paragraph by paragraph: a blank line after each "
          "paragraph (a line that ends a sentence or comes before a label or a bullet; "
          "table rows stay together)")
def blank_lines(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if not line.strip() or not nxt.strip() or _TABLE_ROW.search(line + nxt):
            continue  # tables keep their rows together
        if line.rstrip()[-1] in ".:;!?" or _BLOCK_START.match(nxt):
            out.append("")
    return "\n".join(out)


@register("double_spaced", "text copied line by line from some web pages, and PDF text whose "
          "lines were not joined into paragraphs: a blank line after every line")
def double_spaced(text: str, rng: random.Random) -> str:
    return "\n".join(line + "\n" if line.strip() else line for line in text.split("\n"))


@register("no_blank_lines", "text whose blank lines were lost: every empty line removed")
def no_blank_lines(text: str, rng: random.Random) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


@register("indent", "text from word processors: each line indented by 0 to 6 spaces or a tab")
def indent(text: str, rng: random.Random) -> str:
    pads = ("", " ", "  ", "    ", "      ", "\t")
    return "\n".join((rng.choice(pads) + line) if line.strip() else line
                     for line in text.split("\n"))


@register("trailing_spaces", "text from PDF and fixed-width pages: spaces left at line ends")
def trailing_spaces(text: str, rng: random.Random) -> str:
    return "\n".join(line + " " * rng.randint(0, 3) if line.strip() else line
                     for line in text.split("\n"))


#: A Markdown pipe-table row: cells between bars.
_PIPE_ROW = lazy_compile(r"^[ \t]*\|(.*)\|[ \t]*$")
#: A Markdown table's rule row ("|---|:--:|").
_PIPE_RULE = lazy_compile(r"^[ \t]*\|?[ \t:|-]*-{3,}[ \t:|-]*\|?[ \t]*$")


def _cells(line: str) -> list[str] | None:
    m = _PIPE_ROW.match(line)
    return [c.strip() for c in m.group(1).split("|")] if m else None


def _rejoin_rows(text: str, join: Callable[[list[str]], str]) -> str:
    """``text`` with each Markdown table row's cells joined by ``join`` and rule rows gone."""
    out: list[str] = []
    for line in text.split("\n"):
        if _PIPE_RULE.match(line) and "-" in line:
            continue
        cells = _cells(line)
        out.append(join(cells) if cells is not None else line)
    return "\n".join(out)


@register("bars_to_tabs", "tables converted from DOCX: cells separated by tabs, no rule rows")
def bars_to_tabs(text: str, rng: random.Random) -> str:
    return _rejoin_rows(text, "\t".join)


@register("bars_to_spaces", "tables in PDF text: cells separated by runs of spaces")
def bars_to_spaces(text: str, rng: random.Random) -> str:
    return _rejoin_rows(
        text, lambda cells: "".join(c + " " * rng.randint(3, 8) for c in cells).rstrip())


#: Dashes and bullets a line may open with, which some converters turn into another sign.
_DASH_BULLET = lazy_compile(r"^([ \t]*)-(?=[ \t])", flags=regex.MULTILINE)


@register("bullets", "word-processor bullets: a list's '- ' become '• ' or '– '")
def bullets(text: str, rng: random.Random) -> str:
    sign = rng.choice(("•", "–", "−"))
    return _DASH_BULLET.sub(lambda m: m.group(1) + sign, text)


# --- header layouts (issue 11): the same header cells in the layouts people print ----------
# The header is the lines before the document type standing alone ("KẾ HOẠCH"); each
# rewrite below moves its cells, rules and line breaks and keeps its words.  A text whose
# header is not found (no type line in the first lines, or its cells not in the usual order)
# is left as it is.

#: The type line that ends a header: a document type in capitals, alone, maybe emphasised.
_TYPE_LINE = lazy_compile(r"^[ \t*_#|]*" + alternation(t.upper() for t in HEADER_DOC_TYPES)
                          + r"[ \t*_|]*$")
#: A header ends within this many lines, or the text has none.
HEADER_MAX_LINES = 40
#: A rule under a header cell ("-------", "____") or a flattened table's lone bar.
_HEADER_RULE = lazy_compile(r"^[ \t|]*[-_=–—]{3,}[ \t|]*$")
_LONE_BAR = lazy_compile(r"^[ \t]*\|[ \t]*$")
#: Cells already side by side: a bar between cells, a tab, a run of spaces.
_SIDE_BY_SIDE = lazy_compile(r"\S[ \t]*\|[ \t]*\S|\t|\S {3,}\S")
_CELL_GAP = lazy_compile(r"[ \t]*\|[ \t]*|\t+| {3,}")
_MOTTO_HEAD = lazy_compile(r"(?i)" + alternation(h.split()[0] + " " + h.split()[1]
                                                  for h in MOTTO_HEADS))
_MOTTO_TAIL_LINE = lazy_compile(r"(?i)hạnh\s+phúc")
#: The quốc hiệu as printed above "Độc lập - Tự do - Hạnh phúc".
_NATIONS = frozenset(f"{head} {MOTTO_TAIL}" for head in MOTTO_HEADS)
_NUMBER_LINE = lazy_compile(r"^[ \t*_]*(?:Số|SỐ)\b")
_DATE_WORD = lazy_compile(r"(?i)\bngày\b")
_DIGIT = lazy_compile(r"\d")
_YEAR = lazy_compile(r"(?i)\bnăm\s+\d{4}")


def _header_end(lines: list[str]) -> int | None:
    """Index of the type line that closes the header, or None."""
    for i, line in enumerate(lines[:HEADER_MAX_LINES]):
        if _TYPE_LINE.match(line):
            return i
    return None


def _cell_lines(lines: list[str]) -> list[str]:
    """The header's lines that hold words (no blank line, rule or lone bar), stripped."""
    return [ln.strip().strip("|").strip() for ln in lines
            if ln.strip() and not _HEADER_RULE.match(ln) and not _LONE_BAR.match(ln)]


def _unflattened(cells: list[str]) -> list[str]:
    """The header's lines in printed column order when its columns stand side by side
    ("ISSUER | MOTTO" rows, or runs of spaces between): the left cells of the rows above
    the number, then their right cells, then the number and the place and date.  Lines
    not side by side are kept where they are; a line of spaces only is dropped; a row of
    more than two cells gives []."""
    if not any(_SIDE_BY_SIDE.search(c) for c in cells):
        return cells
    rows = [[p for p in _CELL_GAP.split(c) if p.strip()] for c in cells]
    rows = [r for r in rows if r]  # a cell of spaces only holds no column
    if any(len(r) > 2 for r in rows):
        return []
    k = next((i for i, r in enumerate(rows) if _NUMBER_LINE.match(r[0])), len(rows))
    top = [r[0] for r in rows[:k]] + [r[1] for r in rows[:k] if len(r) == 2]
    return top + [p for r in rows[k:] for p in r]


@dataclass(frozen=True)
class _Columns:
    """The header's cells in their two columns: issuer | motto, tail; number | place."""

    issuer: list[str]
    motto: list[str]
    tail: str
    number: list[str]
    place: list[str]
    rest: list[str]


def _columns(cells: list[str]) -> _Columns | None:
    """The header's lines read as the usual printed order (issuer, the motto alone on its
    lines, "Độc lập …", "Số: …", place and date), or None for any other order.  Emphasis
    marks are dropped: a cell moved beside another cannot keep a run opened in its column."""
    cells = [c for c in (c.replace("*", "").strip() for c in cells) if c]
    if any(_SIDE_BY_SIDE.search(c) for c in cells):
        return None
    m0 = next((i for i, c in enumerate(cells) if _MOTTO_HEAD.search(c)), None)
    if not m0:
        return None
    t0 = next((i for i in range(m0, len(cells)) if _MOTTO_TAIL_LINE.search(cells[i])), None)
    if t0 is None or t0 + 2 >= len(cells) or not _NUMBER_LINE.match(cells[t0 + 1]) \
            or " ".join(" ".join(cells[m0:t0]).split()).upper() not in _NATIONS:
        return None
    n1 = t0 + 2 if _DIGIT.search(cells[t0 + 1]) else t0 + 3  # "Số:⏎15/KH-UBND"
    p1 = next((i + 1 for i in range(n1, len(cells)) if _YEAR.search(cells[i])), None)
    place = cells[n1:p1]
    if p1 is None or not any(_DATE_WORD.search(c) for c in place) \
            or any(c.startswith("V/v") for c in place):
        return None
    return _Columns(cells[:m0], cells[m0:t0], cells[t0], cells[t0 + 1:n1], place, cells[p1:])


def _read_columns(header: list[str]) -> _Columns | None:
    """The header's cells in their columns, from the usual printed order or any other
    (:func:`_columns_any`), side-by-side rows read column by column first."""
    cells = _unflattened(_cell_lines(header))
    return _columns(cells) or _columns_any(cells)


def _columns_any(cells: list[str]) -> _Columns | None:
    """The header's cells read in any order of its blocks: the issuer's lines first, then
    the motto with its tail, the number line ("Số:" maybe alone, its number under it) and
    the place-and-date cells wherever each stands; every line before the last block must
    be one of these, or None."""
    cells = [c for c in (c.replace("*", "").strip() for c in cells) if c]
    if any(_SIDE_BY_SIDE.search(c) for c in cells):
        return None
    m0 = next((i for i, c in enumerate(cells) if _MOTTO_HEAD.search(c)), None)
    t0 = None if m0 is None else next(
        (i for i in range(m0, len(cells)) if _MOTTO_TAIL_LINE.search(cells[i])), None)
    if m0 is None or t0 is None \
            or " ".join(" ".join(cells[m0:t0]).split()).upper() not in _NATIONS:
        return None
    motto = set(range(m0, t0 + 1))
    n0 = next((i for i, c in enumerate(cells) if i not in motto and _NUMBER_LINE.match(c)),
              None)
    if n0 is None:
        return None
    n1 = n0 + 1 if ("/" in cells[n0] or _DIGIT.search(cells[n0])) else n0 + 2
    number = set(range(n0, n1))
    d0 = next((i for i, c in enumerate(cells)
               if i not in motto | number and _DATE_WORD.search(c)), None)
    d1 = None if d0 is None else next(
        (i + 1 for i in range(d0, len(cells)) if _YEAR.search(cells[i])), None)
    if d0 is None or d1 is None or any(c.startswith("V/v") for c in cells[d0:d1]) \
            or number & set(range(d0, d1)) or motto & set(range(d0, d1)):
        return None
    first = min(m0, n0, d0)
    used = motto | number | set(range(d0, d1))
    last = max(used) + 1
    if first == 0 or any(i not in used for i in range(first, last)):
        return None
    return _Columns(cells[:first], cells[m0:t0], cells[t0], cells[n0:n1], cells[d0:d1],
                    cells[last:])


def _header_columns(lines: list[str]) -> tuple[int, _Columns] | None:
    """Where the header of ``lines`` ends (the type line's index) and its columns, or None
    when there is no header or its columns cannot be read."""
    end = _header_end(lines)
    if end is None or end == 0:
        return None
    cols = _read_columns(lines[:end])
    return None if cols is None else (end, cols)


def _with_header(text: str, rewrite: Callable[[list[str]], list[str] | None]) -> str:
    """``text`` with its header lines replaced by ``rewrite(header lines)`` (unchanged when
    there is no header or ``rewrite`` gives None)."""
    lines = text.split("\n")
    end = _header_end(lines)
    if end is None or end == 0:
        return text
    new = rewrite(lines[:end])
    if new is not None and _double_spaced_header(lines[:end]):
        new = [part for ln in new for part in (ln, "")]  # the copy's spacing kept
    return text if new is None else "\n".join(new + lines[end:])


def _double_spaced_header(header: list[str]) -> bool:
    """Whether every line with text of the header is followed by a blank line (a copy that
    puts a blank line after each line): a rewrite keeps that spacing."""
    texts = [k for k, ln in enumerate(header) if ln.strip()]
    return len(texts) >= 3 and all(k + 1 < len(header) and not header[k + 1].strip()
                                   for k in texts)


def _side_by_side(text: str, gap: Callable[[], str]) -> str:
    """The header as a two-column table printed row by row: each issuer line beside a line
    of the motto ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH X | Độc lập
    …"), then the number beside the place and date."""
    def rows(header: list[str]) -> list[str] | None:
        cols = _read_columns(header)
        if cols is None:
            return None
        out = [(a + gap() + b).strip(" ") for a, b in _row_pairs(cols)]
        out.append(" ".join(cols.number) + gap() + " ".join(cols.place))
        return out + cols.rest
    return _with_header(text, rows)


def _row_pairs(cols: _Columns) -> list[tuple[str, str]]:
    """The header's rows as (issuer line, motto line) pairs, the shorter side padded with
    empty cells: the motto joined into one line, then the tail under it."""
    right = [" ".join(cols.motto), cols.tail]
    left = cols.issuer + [""] * (len(right) - len(cols.issuer))
    right += [""] * (len(left) - len(right))
    return list(zip(left, right, strict=True))


@register("header_pipes", "headers flattened from a two-column table: each row's cells on "
          "one line between ' | ' (issuer | motto, number | place and date)")
def header_pipes(text: str, rng: random.Random) -> str:
    return _side_by_side(text, lambda: " | ")


@register("header_spaces", "headers of PDF text: the two columns run together on each line, "
          "separated by a run of spaces")
def header_spaces(text: str, rng: random.Random) -> str:
    return _side_by_side(text, lambda: " " * rng.randint(4, 24))


@register("header_cells_split", "headers copied cell by cell: every cell of a row on a line "
          "of its own, no bars")
def header_cells_split(text: str, rng: random.Random) -> str:
    def split(header: list[str]) -> list[str]:
        out: list[str] = []
        for line in header:
            if _SIDE_BY_SIDE.search(line) or _LONE_BAR.match(line):
                out.extend(c for c in _CELL_GAP.split(line.strip()) if c.strip())
            else:
                out.append(line)
        return out
    return _with_header(text, split)


@register("header_rules", "header rules toggled: the '-------' under the issuer and the "
          "motto removed where printed, added where not")
def header_rules(text: str, rng: random.Random) -> str:
    def toggle(header: list[str]) -> list[str] | None:
        if any(_HEADER_RULE.match(ln) for ln in header):
            return [ln for ln in header if not _HEADER_RULE.match(ln)]
        m0 = next((i for i, ln in enumerate(header) if _MOTTO_HEAD.search(ln)), None)
        if not m0 or _SIDE_BY_SIDE.search(header[m0]):
            return None
        t0 = next((i for i in range(m0, len(header)) if _MOTTO_TAIL_LINE.search(header[i])),
                  None)
        if t0 is None:
            return None
        return [*header[:m0], "-" * 7, *header[m0:t0 + 1], "-" * 15, *header[t0 + 1:]]
    return _with_header(text, toggle)


def _reordered(text: str, order: Callable[[_Columns], list[str]]) -> str:
    """The header's cells one a line, in ``order`` (rules and bars dropped)."""
    def rows(header: list[str]) -> list[str] | None:
        cols = _read_columns(header)
        return None if cols is None else order(cols)
    return _with_header(text, rows)


@register("header_columns_swapped", "headers copied column by column from a table whose "
          "right column came first: the motto, the place and date, then the issuer and "
          "the number")
def header_columns_swapped(text: str, rng: random.Random) -> str:
    return _reordered(text, lambda c: [*c.motto, c.tail, *c.place, *c.issuer, *c.number,
                                       *c.rest])


@register("header_motto_first", "the national motto printed above the issuer (a page that "
          "centres the motto on top), then the number and the place and date")
def header_motto_first(text: str, rng: random.Random) -> str:
    return _reordered(text, lambda c: [*c.motto, c.tail, *c.issuer, *c.number, *c.place,
                                       *c.rest])


@register("header_columns_in_order", "headers of PDF text read column by column: the "
          "left column (issuer, number) first, then the right one (motto, place and date)")
def header_columns_in_order(text: str, rng: random.Random) -> str:
    return _reordered(text, lambda c: [*c.issuer, *c.number, *c.motto, c.tail, *c.place,
                                       *c.rest])


@register("header_date_first", "the place and date printed above the number (a header laid "
          "out by hand, the date line under the motto)")
def header_date_first(text: str, rng: random.Random) -> str:
    return _reordered(text, lambda c: [*c.issuer, *c.motto, c.tail, *c.place, *c.number,
                                       *c.rest])


@register("header_pipes_empty", "headers flattened from a table with an empty middle column: "
          "'| issuer | | motto |' rows, an empty row between")
def header_pipes_empty(text: str, rng: random.Random) -> str:
    def rows(header: list[str]) -> list[str] | None:
        cols = _read_columns(header)
        if cols is None:
            return None
        out = [f"| {a} | | {b} |".replace("|  |", "| |") for a, b in _row_pairs(cols)]
        out.append("| | | |")
        out.append(f"| {' '.join(cols.number)} | | {' '.join(cols.place)} |")
        return out + cols.rest
    return _with_header(text, rows)


@register("issuer_one_line", "the issuer's lines joined into one line ('UBND HUYỆN X PHÒNG "
          "GIÁO DỤC VÀ ĐÀO TẠO', 'ỦY BAN NHÂN DÂN XÃ Y'), as a narrow cell copied flat")
def issuer_one_line(text: str, rng: random.Random) -> str:
    return _reordered(text, lambda c: [" ".join(c.issuer), *c.motto, c.tail, *c.number,
                                       *c.place, *c.rest])


@register("header_one_row", "headers whose two columns were each flattened into one cell: "
          "'| issuer Số: … | motto Place, ngày … |' on one line")
def header_one_row(text: str, rng: random.Random) -> str:
    return _reordered(text, lambda c: [
        f"| {' '.join([*c.issuer, *c.number])} | {' '.join([*c.motto, c.tail, *c.place])} |",
        *c.rest])


#: The year phrase that closes a title ("năm 2025", "NĂM HỌC 2024 - 2025", "giai đoạn
#: 2021-2025").
_TITLE_YEAR_TAIL = lazy_compile(
    r"(?i)[ \t]+((?:năm(?:[ \t]+học)?|giai[ \t]+đoạn)[ \t]+\d{4}(?:[ \t]*[-–][ \t]*\d{4})?"
    r"[ \t*_]*)$")


@register("title_year_line", "the year phrase that closes a title printed on a line of its "
          "own ('Phòng, chống thiên tai' ⏎ 'năm 2025')")
def title_year_line(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    end = _header_end(lines)
    if end is None:
        return text
    k = end + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k >= len(lines) or _TYPE_LINE.match(lines[k]) or read_label(lines[k].strip(" *")):
        return text
    # a title in capitals runs over the capital lines under it; one in small letters is one
    while all_capitals(lines[k], min_letters=2) and k + 1 < len(lines) \
            and all_capitals(lines[k + 1], min_letters=2) and not _ENACTING.match(lines[k + 1]) \
            and read_label(lines[k + 1].strip(" *")) is None:
        k += 1
    m = _TITLE_YEAR_TAIL.search(lines[k])
    if m is None or not lines[k][:m.start()].strip(" *_"):
        return text
    return "\n".join([*lines[:k], lines[k][:m.start()], m.group(1), *lines[k + 1:]])


_ENACTING = lazy_compile(r"^[ \t*_]*" + alternation(ENACTING_HEADS))


@register("title_joined", "a title printed over several capital lines joined into one line")
def title_joined(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    end = _header_end(lines)
    if end is None:
        return text
    k = end + 1
    while k < len(lines) and all_capitals(lines[k], min_letters=2) \
            and not _ENACTING.match(lines[k]) and not lines[k].rstrip(" *").endswith(":") \
            and not _SIDE_BY_SIDE.search(lines[k]) and read_label(lines[k].strip(" *")) is None:
        k += 1
    if k - (end + 1) < 2:
        return text
    title = " ".join(ln.strip() for ln in lines[end + 1:k])
    return "\n".join([*lines[:end + 1], title, *lines[k:]])


# --- header layouts, second round (issue 11): both column orders, the whole header on one
# line, titles wrapped, split by a blank line or printed on the type line, the type word's
# letters spaced out, and PDF font damage.  Each rewrite keeps every word of the gold.

#: A line under the type line that ends the title: a label, the enacting words, a table row.
_TITLE_STOP = lazy_compile(r"^[ \t*_]*(?:" + alternation(ENACTING_HEADS) + r"|Kính\s+gửi)")
#: A title runs over at most this many lines of at most this many characters (a longer
#: line is a paragraph of the body run into the title).
TITLE_MAX_LINES = 4
TITLE_LINE_MAX_CHARS = 200
#: A word a line is never cut before: a dash (a line opening with it reads as a bullet).
_DASH_WORD = lazy_compile(r"^[-–—]+$")


def _plain(line: str) -> str:
    """``line`` without emphasis marks and heading signs, stripped (a title's markup is no
    part of its gold)."""
    return line.replace("*", "").strip().lstrip("#").strip()


def _title_block(lines: list[str], end: int) -> tuple[int, int] | None:
    """Lines ``[first, last)`` of the title under the type line ``end``: the lines up to a
    blank line, a label, the enacting words or a table row (at most four), or None."""
    first = end + 1
    while first < len(lines) and not lines[first].strip():
        first += 1
    last = first
    while last < len(lines) and last - first < TITLE_MAX_LINES:
        line = lines[last]
        if not line.strip() or len(line) > TITLE_LINE_MAX_CHARS or _TYPE_LINE.match(line) \
                or _HEADER_RULE.match(line) \
                or _TITLE_STOP.match(line) \
                or read_label(_plain(line)) is not None or _TABLE_ROW.search(line) \
                or _SIDE_BY_SIDE.search(line.strip()):
            break
        last += 1
    if last == first or (last < len(lines) and lines[last].strip()
                         and not _TITLE_STOP.match(lines[last])
                         and read_label(_plain(lines[last])) is None):
        return None  # no title, or one whose end is not clear
    return first, last


def _with_title(text: str, rewrite: Callable[[str, list[str]], list[str] | None]) -> str:
    """``text`` with its type line and title lines replaced by ``rewrite(type line, title
    words)`` (unchanged when there is no header, no clear title, or ``rewrite`` gives None)."""
    lines = text.split("\n")
    end = _header_end(lines)
    block = _title_block(lines, end) if end is not None else None
    if end is None or block is None:
        return text
    words = " ".join(_plain(ln) for ln in lines[block[0]:block[1]]).split()
    new = rewrite(lines[end], words)
    if new is None:
        return text
    return "\n".join([*lines[:end], *new, *lines[block[1]:]])


def _cut(words: list[str], pieces: int, rng: random.Random) -> list[str]:
    """``words`` as ``pieces`` lines, cut at random places (no line empty, none opening
    with a dash)."""
    places = [k for k in range(1, len(words)) if not _DASH_WORD.match(words[k])]
    cuts = sorted(rng.sample(places, min(pieces - 1, len(places))))
    return [" ".join(words[a:b]) for a, b in pairwise([0, *cuts, len(words)])]


@register("title_wrapped", "a title printed over two to four lines, cut anywhere (narrow "
          "columns, PDF text lines)")
def title_wrapped(text: str, rng: random.Random) -> str:
    def wrap(type_line: str, words: list[str]) -> list[str] | None:
        if len(words) < 4:
            return None
        return [type_line, *_cut(words, rng.randint(2, min(4, len(words) - 1)), rng)]
    return _with_title(text, wrap)


@register("title_blank_line", "a title over two lines with a blank line between them (a "
          "paragraph break copied from a word processor)")
def title_blank_line(text: str, rng: random.Random) -> str:
    def split(type_line: str, words: list[str]) -> list[str] | None:
        if len(words) < 4:
            return None
        first, second = _cut(words, 2, rng)
        return [type_line, first, "", second]
    return _with_title(text, split)


@register("title_on_type_line", "the title printed on the type line after the type word "
          "('KẾ HOẠCH PHÒNG, CHỐNG DỊCH BỆNH NĂM 2024')")
def title_on_type_line(text: str, rng: random.Random) -> str:
    def join(type_line: str, words: list[str]) -> list[str] | None:
        return [" ".join([_plain(type_line).strip("|_ \t"), *words])]
    return _with_title(text, join)


@register("type_spaced", "the type word's letters spaced out by a PDF converter "
          "('K Ế   H O Ạ C H')")
def type_spaced(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    end = _header_end(lines)
    if end is None:
        return text
    word = _plain(lines[end]).strip("|_ \t")
    lines[end] = "   ".join(" ".join(w) for w in word.split())
    return "\n".join(lines)


@register("header_pipes_swapped", "headers flattened from a two-column table read right "
          "to left: each row's motto cell before the issuer cell, the place and date "
          "before the number")
def header_pipes_swapped(text: str, rng: random.Random) -> str:
    return _side_by_side_swapped(text, lambda: " | ")


@register("header_spaces_swapped", "headers of PDF text whose right column came first on "
          "each line: the motto, a run of spaces, the issuer")
def header_spaces_swapped(text: str, rng: random.Random) -> str:
    return _side_by_side_swapped(text, lambda: " " * rng.randint(4, 24))


def _side_by_side_swapped(text: str, gap: Callable[[], str]) -> str:
    def rows(header: list[str]) -> list[str] | None:
        cols = _read_columns(header)
        if cols is None:
            return None
        out = [(b + gap() + a).strip(" ") for a, b in _row_pairs(cols)]
        out.append(" ".join(cols.place) + gap() + " ".join(cols.number))
        return out + cols.rest
    return _with_header(text, rows)


@register("header_one_line", "the whole header on one line, cells in printed order "
          "separated by single spaces (a header copied as one paragraph)")
def header_one_line(text: str, rng: random.Random) -> str:
    return _reordered(text, lambda c: [
        " ".join([*c.issuer, *c.motto, c.tail, *c.number, *c.place]), *c.rest])


#: PDF fonts that map "ư" and "Đ" to look-alike letters.
_FONT_DAMAGE = str.maketrans({"ư": "ƣ", "Ư": "Ƣ", "Đ": "Ð"})


@register("pdf_font_damage", "PDF text whose font maps 'ư' to 'ƣ' (U+01A3) and 'Đ' to 'Ð' "
          "(U+00D0), in the whole text")
def pdf_font_damage(text: str, rng: random.Random) -> str:
    return unicodedata.normalize("NFC", text).translate(_FONT_DAMAGE)


# --- header layouts, third round (issue 11, H11G): a page's running head above or inside the
# header, "Số:" cut from its number, the date line set before the type line, cells one a line
# between lone bars, a header in sentence case.  Each rewrite keeps every field of the gold.

#: The running head of an official gazette's page ("CÔNG BÁO/Số 1053 + 1054/Ngày 10-8-2025").
_GAZETTE_HEAD = "CÔNG BÁO/Số {n} + {n1}/Ngày {d}-{m}-{y}"


@register("header_running_head", "a page's running head (a gazette's issue and date, then "
          "the page number) printed above the header or between its issuer and its number "
          "(PDF text of a gazette)")
def header_running_head(text: str, rng: random.Random) -> str:
    n = rng.randint(10, 1200)
    head = [_GAZETTE_HEAD.format(n=n, n1=n + 1, d=rng.randint(1, 28), m=rng.randint(1, 12),
                                 y=rng.randint(2010, 2026)), str(rng.randint(2, 99))]
    above = rng.random() < 0.5

    def rows(header: list[str]) -> list[str] | None:
        cols = _read_columns(header)
        if cols is None:
            return None
        if above:
            return [*head, *cols.issuer, *cols.motto, cols.tail, *cols.number, *cols.place,
                    *cols.rest]
        return [*cols.issuer, *cols.motto, cols.tail, *head, *cols.number, *cols.place,
                *cols.rest]
    return _with_header(text, rows)


#: Where a number line may be cut: after "Số:" or after the number's "/".
_NUMBER_CUT = lazy_compile(r"^((?:Số|SỐ)\s*:?)\s*(\S.*)$")


@register("header_number_split", "'Số:' on a line of its own and the number and symbol on "
          "the next, or the number ('Số: 45/') over its symbol ('KH-UBND')")
def header_number_split(text: str, rng: random.Random) -> str:
    def rows(header: list[str]) -> list[str] | None:
        cols = _read_columns(header)
        if cols is None or len(cols.number) != 1:
            return None
        m = _NUMBER_CUT.match(cols.number[0])
        if m is None:
            return None
        word, rest = m.group(1), m.group(2)
        slash = rest.find("/")
        if rng.random() < 0.5 and 0 < slash < len(rest) - 1 and _DIGIT.search(rest[:slash]):
            number = [f"{word} {rest[:slash + 1]}", rest[slash + 1:].strip()]
        else:
            number = [word, rest]
        return [*cols.issuer, *cols.motto, cols.tail, *number, *cols.place, *cols.rest]
    return _with_header(text, rows)


@register("header_date_before_title", "the place and date line moved under the header, after "
          "a blank line, right above the type line (a page laid out by hand)")
def header_date_before_title(text: str, rng: random.Random) -> str:
    return _reordered(text, lambda c: [*c.issuer, *c.motto, c.tail, *c.number, "", *c.place,
                                       *c.rest])


@register("header_bar_lines", "headers copied from a table one cell a line with a lone '|' "
          "line between cells (issuer, motto, locality, motto tail, number, place and date)")
def header_bar_lines(text: str, rng: random.Random) -> str:
    def rows(header: list[str]) -> list[str] | None:
        cols = _read_columns(header)
        if cols is None:
            return None
        cells = [c for a, b in _row_pairs(cols) for c in (a, b) if c]
        cells += [" ".join(cols.number), " ".join(cols.place)]
        return [part for c in cells for part in (c, "|")] + cols.rest
    return _with_header(text, rows)


def _sentence_case(line: str, *, capital: bool = True) -> str:
    """``line`` in small letters but its acronyms ("UBND", "THCS", "GD&ĐT") and, when
    ``capital``, its first letter."""
    words = []
    for k, w in enumerate(line.split()):
        if _is_acronym(w):
            words.append(w)
        else:
            low = w.lower()
            words.append(low[:1].upper() + low[1:] if k == 0 and capital else low)
    return " ".join(words)


def _sentence_case_block(lines: list[str], *, bodies: bool = True) -> list[str]:
    """A block of header lines (an issuer, the motto) in sentence case: a capital opens the
    block and, with ``bodies``, each line that opens a body ("Phòng …" under "UBND huyện
    …"); a line that goes on with the phrase above ("dân" of "Ủy ban nhân" ⏎ "dân") keeps a
    small letter."""
    out = []
    for k, line in enumerate(lines):
        up = line.strip().upper()
        opens = k == 0 or (bodies and any(up == h or up.startswith(h + " ")
                                          for h in _OPENING_HEADS))
        out.append(_sentence_case(line, capital=opens))
    return out


#: Body heads that open a line of an issuer in sentence case.
_OPENING_HEADS = tuple(h for h in BODY_HEADS if len(h) > 2)


#: A word printed as an acronym: a known abbreviation of a body or a school type ("UBND",
#: "THCS"), or capitals, "&", "-", "." and digits with no vowel ("HĐND", "GD&ĐT", "BCĐ").
_ACRONYMS = frozenset([*BODY_ABBREVIATIONS, *SCHOOL_TYPE_ABBREVIATIONS])
_NO_VOWEL = lazy_compile(r"[B-DF-HJ-NP-TV-ZĐ&\-.\d]{2,}")


def _is_acronym(word: str) -> bool:
    return word in _ACRONYMS or _NO_VOWEL.fullmatch(word) is not None


@register("header_sentence_case", "a header typed in sentence case: the issuer's lines, the "
          "motto and the type word in small letters after a capital ('Ủy ban nhân dân', "
          "'Xã tân lập', 'Kế hoạch'); the title as printed")
def header_sentence_case(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    found = _header_columns(lines)
    if found is None:
        return text
    end, cols = found
    head = [*_sentence_case_block(cols.issuer), *_sentence_case_block(cols.motto, bodies=False),
            cols.tail, *cols.number, *cols.place, *cols.rest]
    if _double_spaced_header(lines[:end]):
        head = [part for ln in head for part in (ln, "")]
    type_line = _plain(lines[end]).strip("|_ \t")
    return "\n".join([*head, _sentence_case(type_line), *lines[end + 1:]])


# --- header layouts, fourth round (issue 11, H11N): the type line with a final colon or
# full stop, and the type line left out by a web copy (the document type then comes from the
# symbol, so the rewrite keeps to documents whose symbol gives the printed type).

#: The punctuation a type line may end with ("KẾ HOẠCH:", "QUYẾT ĐỊNH.").
_TYPE_LINE_ENDS = (":", ".")


@register("type_line_punctuated", "the type line ending in a colon or a full stop ('KẾ "
          "HOẠCH:', 'QUYẾT ĐỊNH.'), as some offices type it")
def type_line_punctuated(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    end = _header_end(lines)
    if end is None:
        return text
    lines[end] = _plain(lines[end]).strip("|_ \t") + rng.choice(_TYPE_LINE_ENDS)
    return "\n".join(lines)


#: The type code of a number line's symbol ("KH" of "Số: 45/KH-UBND").
_SYMBOL_CODE = lazy_compile(r"/\s*(\p{L}+)\s*[-–]")


@register("type_line_dropped", "the type line left out (a web page that prints the type as "
          "its heading and copies the text from the number down); only where the symbol's "
          "code gives the same type ('45/KH-UBND' under 'KẾ HOẠCH')")
def type_line_dropped(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    end = _header_end(lines)
    if end is None:
        return text
    code = next((m.group(1) for ln in lines[:end] if _NUMBER_LINE.match(ln)
                 for m in [_SYMBOL_CODE.search(ln)] if m), None)
    printed = _plain(lines[end]).strip("|_ \t")
    if code is None or (doc_type_from_code(code) or "").upper() != printed:
        return text
    return "\n".join([*lines[:end], *lines[end + 1:]])


# --- table layouts -------------------------------------------------------------------------
# A table reaches the parser in whichever layout its conversion to text gave: one row a line
# (Markdown pipes, DOCX " | ", tabs, PDF space runs), one cell a line with or without "|"
# lines between cells (web tables copied as text), one cell a paragraph.  The rewrites below
# find the tables of a text in any of these layouts (by layout alone, no vocabulary) and print
# them in another one, cell by cell, so that every word and number stays.

#: A line of bars only: a cell separator of a web table copied as text.
_BARS_ONLY = lazy_compile(r"^[ \t]*\|[ \t|]*$")
#: A value cell (a number, a percentage, a placeholder): a cell after a double bar that is
#: one of these, followed by another, continues its row (the double bar held an empty cell).
_VALUE_CELL = lazy_compile(r"^[\s*_]*(?:[-–+]?\d[\d.,]*\s*%?|[-–x…])[\s*_]*$")
#: A "bars" table spans at least this many bar lines, a cell at most this many lines.
_MIN_BAR_LINES = 6
_MAX_CELL_LINES = 6
#: A "cells" table (one cell a paragraph): at least this many short one-line paragraphs
#: in a row, a fifth of them values.
_MIN_PARAGRAPH_CELLS = 12
#: A table has at least this many rows and two cells that are figures: the tables of a
#: document's header and footer (issuer beside motto) are its layout, not tables of figures.
_MIN_ROWS = 3
_MAX_CELL_WORDS = 30


@dataclass
class _Table:
    """A table found in a text: its lines ``[first, last)`` and its cells.

    ``rows`` is None when the layout kept no row boundaries (one cell a paragraph); then
    ``cells`` holds the cells in reading order.  An empty cell is "".
    """

    layout: str  # "rows", "bars" or "paragraphs"
    first: int
    last: int
    rows: list[list[str]] | None
    cells: list[str]
    raw: list[str] = field(default_factory=list)  # the lines as printed


def _is_row_text(line: str) -> bool:
    if _BARS_ONLY.match(line):
        return False
    if line.count("|") >= 2 or " | " in line:
        return True
    return "\t" in line and sum(1 for c in line.split("\t") if c.strip()) >= 2


def _split_row(line: str) -> list[str]:
    s = line.strip(" \r")
    if "|" in s:
        if s.startswith("|") and s.endswith("|") and len(s) > 1:
            s = s[1:-1]
        return [c.strip() for c in s.split("|")]
    return [c.strip() for c in s.split("\t")]


def _caption_ahead(lines: list[str], j: int) -> int | None:
    """After a run of rows at ``j``: a short caption between blank lines ("Đến năm 2030")
    followed by more rows — the line of the caption, else None."""
    k = j
    while k < len(lines) and not lines[k].strip():
        k += 1
    m = k + 1
    while m < len(lines) and not lines[m].strip():
        m += 1
    if k < len(lines) and m < len(lines) and len(lines[k].split()) <= 8 \
            and not _is_row_text(lines[k]) and _is_row_text(lines[m]) \
            and not _is_lead_in(lines[k]) and not _opens_header(_split_row(lines[m])[0]):
        return k  # (a lead-in "… như sau:", or rows opened by "TT": the next table)
    return None


def _opens_header(cell: str) -> bool:
    """``cell`` is the ordinal column's head ("TT", "STT"): a table's header starts."""
    return _column_of([cell], "ordinal") == 0


def _is_lead_in(text: str) -> bool:
    """Prose that introduces what follows ("… như sau:"), not a cell of a table."""
    return _plain_cell(text).rstrip(" *_").endswith(":")


def _is_row_label(cell: str) -> bool:
    """``cell`` is a row's label ("I", "2", "b"): a category row's first cell, not a
    header's."""
    plain = _plain_cell(cell)
    return _is_ordinal_cell(cell) or (len(plain) == 1 and plain.isalpha())


def _rows_table(lines: list[str], i: int) -> _Table | None:
    j = i
    rows: list[list[str]] = []
    while True:
        while j < len(lines) and (_is_row_text(lines[j]) or (_PIPE_RULE.match(lines[j])
                                                            and "-" in lines[j])):
            if _is_row_text(lines[j]) and not (_PIPE_RULE.match(lines[j])
                                               and "-" in lines[j]):
                rows.append(_split_row(lines[j]))
            j += 1
        caption = _caption_ahead(lines, j) if rows else None
        if caption is None:
            break
        rows.append([lines[caption].strip()])  # a caption across the table
        j = caption + 1
        while not lines[j].strip():
            j += 1
    if len(rows) < _MIN_ROWS:
        return None
    return _Table("rows", i, j, rows, [c for r in rows for c in r])


def _bars_table(lines: list[str], i: int) -> _Table | None:
    """Cells between bar lines from the bar line ``i``; a double bar ends a row, unless two
    values follow it (then it held an empty cell of the row).  Past the table's figures, a
    cell "TT" right after a bar opens the next table's header: the table ends before the
    bar that opens it."""
    bars = [i]
    j = i + 1
    since = 0  # lines of text since the last bar (blank lines are no part of a cell)
    values = 0  # cells that are figures so far
    while j < len(lines):
        if _BARS_ONLY.match(lines[j]):
            if since and _VALUE_CELL.match(" ".join(lines[bars[-1] + 1:j])):
                values += 1
            bars.append(j)
            since = 0
        elif lines[j].strip():
            if not since and values >= 2 and _opens_header(lines[j]):
                bars.pop()  # past the figures, "TT" opens the next table at the bar before
                break  # it (what stands between, "… như sau:", is no cell of either)
            since += 1
            if _is_row_text(lines[j]) or since > _MAX_CELL_LINES:
                break
        j += 1
    if len(bars) < _MIN_BAR_LINES:
        return None
    items: list[str | None] = []  # None: a bar
    for a, b in pairwise(bars):
        items.extend([None] * lines[a].count("|"))
        if any(ln.strip() for ln in lines[a + 1:b]):
            items.append(" ".join(ln.strip() for ln in lines[a + 1:b] if ln.strip()))
    items.extend([None] * lines[bars[-1]].count("|"))
    last = bars[-1] + 1
    if last < len(lines) and _VALUE_CELL.match(lines[last]):
        items.append(lines[last].strip())  # the last cell, with no bar after it
        last += 1
    rows: list[list[str]] = [[]]
    extra: dict[int, int] = {}  # row index -> empty cells at the break before it
    k = 0
    while k < len(items):
        if items[k] is not None:
            rows[-1].append(items[k] or "")
            k += 1
            continue
        run = 0
        while k < len(items) and items[k] is None:
            run += 1
            k += 1
        if run == 1:
            continue  # a bar between two cells of a row
        nxt = [c for c in items[k:k + 4] if c is not None][:2]
        # (no figure yet: the header's last row ends there, its column numbers or the
        # first row of figures follow, H20T)
        in_body = any(_VALUE_CELL.match(c) for r in rows for c in r)
        if len(nxt) == 2 and all(_VALUE_CELL.match(c) for c in nxt) and rows[-1] \
                and (in_body or run > 2):
            rows[-1].extend([""] * (run - 1))  # empty cells inside the row
        elif rows[-1]:
            extra[len(rows)] = run - 2  # a row break ("|" "|") and empty cells beside it
            rows.append([])
    rows = _place_break_empties(rows, extra)
    if len(rows) < _MIN_ROWS:
        return None
    return _Table("bars", i, last, rows, [c for r in rows for c in r])


def _place_break_empties(rows: list[list[str]], extra: dict[int, int]) -> list[list[str]]:
    """The empty cells a run of more than two bars holds at a row break ("|" "|" "|": the
    row's end, an empty cell, the next row's start), shared out: the row before takes as
    many as bring it to the table's usual width (its last cells empty), the next row the
    rest as its first cells (an empty ordinal cell).  H20T: they were dropped, so
    such rows came out one column short and their figures one column left."""
    pending = {at: e for at, e in extra.items() if e > 0 and at < len(rows) and rows[at]}
    if not pending:
        return [r for r in rows if r]
    # the usual width: of the rows with no empties beside them, and of either reading of
    # each break (a form's rows of empty cells are short until they are placed)
    beside = {*pending, *(at - 1 for at in pending)}
    lengths = Counter(len(r) for at, r in enumerate(rows) if r and at not in beside)
    for at, e in pending.items():
        lengths.update([len(rows[at - 1]) + e, len(rows[at]) + e])
    width = max(lengths, key=lambda n: (lengths[n], n))
    for at, empties in pending.items():
        before = rows[at - 1]
        trailing = min(empties, max(0, width - len(before)))
        before.extend([""] * trailing)
        rows[at][:0] = [""] * (empties - trailing)
    return [r for r in rows if r]


def _paragraphs_table(lines: list[str], i: int) -> _Table | None:
    """Short one-line paragraphs from line ``i`` on, blank lines between (empty cells lost)."""
    if i > 0 and lines[i - 1].strip():
        return None
    cells: list[str] = []
    j = i
    end = i
    while j < len(lines):
        line = lines[j]
        one_line = line.strip() and (j + 1 >= len(lines) or not lines[j + 1].strip())
        if not one_line or len(line.split()) > _MAX_CELL_WORDS or _is_row_text(line) \
                or _BARS_ONLY.match(line):
            break
        cells.append(line.strip())
        end = j + 1
        j += 1
        while j < len(lines) and not lines[j].strip():
            j += 1
    values = sum(1 for c in cells if _VALUE_CELL.match(c))
    if len(cells) < _MIN_PARAGRAPH_CELLS or values * 5 < len(cells):
        return None
    return _Table("paragraphs", i, end, None, cells)


def find_tables(text: str) -> list[_Table]:
    """The tables of ``text`` (split at "\\n"), in any of the layouts above, in order."""
    lines = text.split("\n")
    found: list[_Table] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        table = None
        if _BARS_ONLY.match(line):
            table = _bars_table(lines, i)
        elif _is_row_text(line):
            table = _rows_table(lines, i)
        elif line.strip():
            table = _paragraphs_table(lines, i)
        if table is not None and sum(1 for c in table.cells if _VALUE_CELL.match(c)) < 2:
            table = None  # a layout table (issuer beside motto, recipients beside signer)
        if table is not None:
            table.raw = lines[table.first:table.last]
            found.append(table)
            i = table.last
        else:
            i += 1
    return found


#: Prints a table's rows (or, when the layout kept none, its cells) as lines.
_Printer = Callable[[_Table, random.Random], list[str] | None]


def _reprint(text: str, rng: random.Random, printer: _Printer) -> str:
    lines = text.split("\n")
    out: list[str] = []
    pos = 0
    for table in find_tables(text):
        new = printer(table, rng)
        if new is None:
            continue
        out.extend(lines[pos:table.first])
        out.extend(new)
        pos = table.last
    out.extend(lines[pos:])
    return "\n".join(out)


def _flat(cell: str) -> str:
    return " ".join(cell.split())


def _pipe_row(cells: Iterable[str]) -> str:
    """One Markdown table row: the cells between pipes."""
    return "| " + " | ".join(cells) + " |"


def _row_printer(join: Callable[[list[str], random.Random], str]) -> _Printer:
    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        if table.rows is None:
            return None
        return [join([_flat(c) for c in row], rng) for row in table.rows]
    return printer


@register("table_pipes", "tables as Markdown: one row a line between pipes, a rule row "
          "under the first row")
def table_pipes(text: str, rng: random.Random) -> str:
    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        if table.rows is None:
            return None
        rows = [_pipe_row(_flat(c) for c in row) for row in table.rows]
        width = len(table.rows[0])
        return [*rows[:1], "|" + "---|" * width, *rows[1:]]
    return _reprint(text, rng, printer)


@register("table_docx_rows", "tables converted from DOCX: one row a line, cells joined by "
          "' | ', no outer bars, empty cells kept")
def table_docx_rows(text: str, rng: random.Random) -> str:
    return _reprint(text, rng, _row_printer(lambda cells, r: " | ".join(cells)))


@register("table_tabs", "tables pasted from a spreadsheet: one row a line, tab-separated")
def table_tabs(text: str, rng: random.Random) -> str:
    return _reprint(text, rng, _row_printer(lambda cells, r: "\t".join(cells)))


@register("table_spaces", "tables in PDF text: one row a line, cells separated by runs of "
          "2 to 8 spaces, empty cells lost")
def table_spaces(text: str, rng: random.Random) -> str:
    def join(cells: list[str], r: random.Random) -> str:
        return "".join(c + " " * r.randint(2, 8) for c in cells if c).rstrip()
    return _reprint(text, rng, _row_printer(join))


@register("table_cell_lines", "tables copied cell by cell: one cell a line, no bars, no "
          "blank lines, empty cells lost")
def table_cell_lines(text: str, rng: random.Random) -> str:
    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        return [_flat(c) for c in table.cells if c.strip()]
    return _reprint(text, rng, printer)


@register("table_bar_lines", "web tables copied as text: one cell a line with a line '|' "
          "between cells (a double bar between rows)")
def table_bar_lines(text: str, rng: random.Random) -> str:
    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        if table.layout == "bars" or table.rows is None:
            return None  # (without rows there is no double bar to print)
        out: list[str] = []
        for row in table.rows:
            out.append("|")
            for c in row:
                if c:
                    out.append(_flat(c))
                out.append("|")
        return out
    return _reprint(text, rng, printer)


@register("table_cell_paragraphs", "tables saved as paragraphs: one cell a paragraph, "
          "blank lines between, empty cells lost")
def table_cell_paragraphs(text: str, rng: random.Random) -> str:
    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        if table.layout == "paragraphs":
            return None
        out: list[str] = [""]
        for c in table.cells:
            if c.strip():
                out.extend([_flat(c), ""])
        return out
    return _reprint(text, rng, printer)


@register("table_drop_empty", "one-row-a-line tables whose converter lost empty cells: "
          "the remaining cells close up")
def table_drop_empty(text: str, rng: random.Random) -> str:
    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        if table.layout != "rows":
            return None
        return [" | ".join(_flat(c) for c in row if c.strip()) for row in table.rows or []]
    return _reprint(text, rng, printer)


@register("table_rules", "Markdown tables with or without rule rows: rule rows removed, "
          "and a rule row added under the first row of a pipe table that had none")
def table_rules(text: str, rng: random.Random) -> str:
    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        if table.layout != "rows":
            return None
        kept = [ln for ln in table.raw if not (_PIPE_RULE.match(ln) and "-" in ln)]
        if len(kept) == len(table.raw) and kept[0].strip().startswith("|") and table.rows:
            kept = [*kept[:1], "|" + "---|" * len(table.rows[0]), *kept[1:]]
        return kept
    return _reprint(text, rng, printer)


@register("table_header_one_row", "tables whose header over two rows was printed as one row "
          "(DOCX rows, ' | '): the sub-headers follow the headers above them on one line")
def table_header_one_row(text: str, rng: random.Random) -> str:
    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        rows = table.rows
        if rows is None or len(rows) < 3 or any(_VALUE_CELL.match(c) for c in rows[1]) \
                or not 1 < len([c for c in rows[1] if c]) < len(rows[0]) \
                or _is_row_label(rows[1][0]):
            return None  # no second header row under the first (a category row "I | …")
        head = [_flat(c) for c in rows[0] + rows[1] if c]
        return [" | ".join(head)] + [" | ".join(_flat(c) for c in r) for r in rows[2:]]
    return _reprint(text, rng, printer)


@register("table_one_line", "tables whose row breaks were lost (an HTML table flattened to "
          "one line): every cell on one line between ' | ', empty cells kept")
def table_one_line(text: str, rng: random.Random) -> str:
    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        if table.rows is None:
            return None
        return [_pipe_row(_flat(c) for row in table.rows for c in row)]
    return _reprint(text, rng, printer)


#: A name cell of more words than this is wrapped over two physical rows.
WRAP_CELL_WORDS = 6


def _wrapped(cells: list[str]) -> list[list[str]]:
    """A body row whose longest text cell is cut at its middle word: the row, then a row
    that holds only the cell's rest in the same column (PDF and Markdown conversions that
    print a cell's second line as a row of its own)."""
    texts = [(len(c.split()), k) for k, c in enumerate(cells)
             if not _VALUE_CELL.match(c) and c.strip()]
    if not texts or not any(_VALUE_CELL.match(c) for c in cells):
        return [cells]
    n, k = max(texts)
    if n <= WRAP_CELL_WORDS:
        return [cells]
    words = cells[k].split()
    first = [*cells[:k], " ".join(words[:n // 2]), *cells[k + 1:]]
    rest = [""] * len(cells)
    rest[k] = " ".join(words[n // 2:])
    return [first, rest]


def _header_count(rows: list[list[str]]) -> int:
    """How many first rows hold no figure (the header, at most two rows)."""
    n = 0
    while n < min(2, len(rows) - 1) and not any(_VALUE_CELL.match(c) for c in rows[n]) \
            and not (n and rows[n] and _is_row_label(rows[n][0])):
        n += 1  # (a row opened by a label, "I | Chỉ tiêu kinh tế", is a category row)
    return n


@register("table_wrapped_rows", "Markdown tables whose long cells wrap: the rest of a long "
          "name on a row of its own under it, the other cells empty")
def table_wrapped_rows(text: str, rng: random.Random) -> str:
    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        if table.rows is None:
            return None
        rows = [[_flat(c) for c in row] for row in table.rows]
        head = _header_count(rows)
        out = rows[:head]
        for row in rows[head:]:
            out.extend(_wrapped(row))
        return [_pipe_row(r) for r in out]
    return _reprint(text, rng, printer)


#: A header cell's words go over at most this many physical rows, each about this wide.
HEADER_LINES = 3
HEADER_WIDTHS = (10, 14)


_CELL_MARKS = lazy_compile(r"\A([*_]+)(.*?)\1\Z", flags=regex.DOTALL)
_MARK_RUN = lazy_compile(r"[*_]+")


def _wrap_cell(cell: str, width: int) -> list[str]:
    """A header cell's lines at ``width`` characters (at most :data:`HEADER_LINES`); a
    cell in bold or italics has each of its lines so marked, as converters print them."""
    marks = _CELL_MARKS.match(cell)
    mark, inner = (marks.group(1), " ".join(_MARK_RUN.sub(" ", marks.group(2)).split())) \
        if marks else ("", cell)  # ("**Dự toán** **2026**": one run of bold)
    lines = textwrap.wrap(inner, width, break_long_words=False) or [""]
    lines = [*lines[:HEADER_LINES - 1], " ".join(lines[HEADER_LINES - 1:])][:len(lines)]
    return [f"{mark}{ln}{mark}" if ln else ln for ln in lines]


@register("table_header_lines", "Markdown tables whose header cells wrap: each header row "
          "printed over two or three physical rows, a long cell's words shared among them")
def table_header_lines(text: str, rng: random.Random) -> str:
    width = rng.choice(HEADER_WIDTHS)

    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        if table.rows is None:
            return None
        rows = [[_flat(c) for c in row] for row in table.rows]
        head = _header_count(rows)
        if not head:
            return None
        out: list[list[str]] = []
        for row in rows[:head]:
            cells = [_wrap_cell(c, width) for c in row]
            for k in range(max(len(c) for c in cells)):
                out.append([c[k] if k < len(c) else "" for c in cells])
        out.extend(rows[head:])
        return [_pipe_row(r) for r in out]
    return _reprint(text, rng, printer)


def _wrapped_words(cell: str, width: int) -> list[str]:
    """``cell``'s words broken into lines of at most ``width`` characters (a longer word
    stays whole on its own line)."""
    out: list[str] = []
    line = ""
    for word in cell.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        out.append(line)
    return out


@register("table_pdf_cells", "tables in PDF text extracted without layout: the cells of each "
          "row one after another, each cell wrapped over lines at its column's width, an "
          "empty cell a line of spaces")
def table_pdf_cells(text: str, rng: random.Random) -> str:
    return _reprint(text, rng, _pdf_cells_printer(empty_line=True))


def _pdf_cells_printer(*, empty_line: bool
                       ) -> Callable[[_Table, random.Random], list[str] | None]:
    """Each row's cells one after another, each wrapped at its column's width (drawn for
    the table); an empty cell a line of spaces (``empty_line``) or nothing."""
    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        if table.rows is None:
            return None
        widths = [rng.randint(14, 30) for _ in range(max(len(r) for r in table.rows))]
        out: list[str] = []
        for row in table.rows:
            for k, c in enumerate(row):
                plain = _EMPHASIS.sub("", c)  # (PDF text keeps no Markdown emphasis)
                if plain.strip():
                    out.extend(_wrapped_words(plain, widths[k]))
                elif empty_line:
                    out.append(" ")
        return out
    return printer


#: Markdown emphasis around a cell's words ("**1.883.192**", "*Tỷ lệ …*").
_EMPHASIS = re.compile(r"(?<!\w)[*_]{1,3}|[*_]{1,3}(?!\w)")


# --- table layouts the readers had not seen (issue 12) ---------------------------------------


def _body_rows(table: _Table) -> tuple[list[list[str]], list[list[str]]] | None:
    """A one-row-a-line table's header rows (at most two, no figure in them) and body rows,
    cells flattened; None without rows or without a header."""
    if table.rows is None:
        return None
    rows = [[_flat(c) for c in row] for row in table.rows]
    head = _header_count(rows)
    if not head:
        return None
    return rows[:head], rows[head:]


def _even_one_header(table: _Table) -> tuple[list[str], list[list[str]]] | None:
    """A table's one header row and body rows when every body row is as wide as the
    header; else None."""
    parts = _body_rows(table)
    if parts is None or len(parts[0]) != 1:
        return None
    (header,), body = parts
    if any(len(r) != len(header) for r in body):
        return None
    return header, body


def _figure_columns(body: list[list[str]]) -> list[int]:
    """The columns right of the first text column whose filled body cells are mostly
    figures (the value columns; an ordinal column before the names is none)."""
    width = max(len(r) for r in body)
    out: list[int] = []
    text_seen = False
    for k in range(width):
        filled = [r[k] for r in body if k < len(r) and r[k].strip()]
        figures = len(filled) >= 2 and \
            sum(1 for c in filled if _VALUE_CELL.match(c)) * 2 > len(filled)
        if figures and text_seen:
            out.append(k)
        text_seen = text_seen or (bool(filled) and not figures)
    return out


@register("table_pdf_cells_no_empty", "tables in PDF text extracted without layout whose "
          "empty cells left no line: the cells of each row one after another, wrapped at "
          "their column's width, so that a row with empty cells is shorter than the header "
          "and its figures no longer stand under their columns")
def table_pdf_cells_no_empty(text: str, rng: random.Random) -> str:
    return _reprint(text, rng, _pdf_cells_printer(empty_line=False))


@register("table_short_rows", "DOCX or HTML tables whose converter dropped a row's last "
          "empty cells: one row a line between ' | ', trailing empty cells gone (empty cells "
          "inside the row kept)")
def table_short_rows(text: str, rng: random.Random) -> str:
    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        if table.rows is None or table.layout == "paragraphs":
            return None
        out = []
        for row in table.rows:
            cells = [_flat(c) for c in row]
            while len(cells) > 1 and not cells[-1]:
                cells.pop()
            out.append(" | ".join(cells))
        return out
    return _reprint(text, rng, printer)


@register("table_header_flat", "tables in PDF text whose header over one or two rows came "
          "out as one line of words (single spaces, no gaps between its cells) above body "
          "rows whose cells are separated by runs of spaces")
def table_header_flat(text: str, rng: random.Random) -> str:
    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        parts = _body_rows(table)
        if parts is None:
            return None
        head, body = parts
        line = " ".join(c for row in head for c in row if c)
        rows = ["".join(c + " " * rng.randint(3, 8) for c in row if c).rstrip()
                for row in body]
        return [line, *rows]
    return _reprint(text, rng, printer)


def _spaced_row(cells: list[str], rng: random.Random) -> str:
    """A row in PDF text: runs of 3 to 8 spaces between its cells, one space between two
    cells that are both figures (the gap a narrow number column leaves)."""
    filled = [c for c in cells if c]
    out = filled[:1]
    for a, b in pairwise(filled):
        gap = " " if _VALUE_CELL.match(a) and _VALUE_CELL.match(b) \
            else " " * rng.randint(3, 8)
        out.append(gap + b)
    return "".join(out)


@register("table_figures_one_space", "tables in PDF text: cells separated by runs of spaces "
          "except between two figures, which a narrow column left one space apart; empty "
          "cells lost")
def table_figures_one_space(text: str, rng: random.Random) -> str:
    return _reprint(text, rng, _row_printer(_spaced_row))


#: A table is cut by a page break after this many body rows at least (and before as many
#: from its end).
_PAGE_ROWS = 3


@register("page_break_in_table", "tables that run over pages in PDF text: the header printed "
          "only on the first page, the next page starting with body rows after a blank line, "
          "the page's number and a blank line")
def page_break_in_table(text: str, rng: random.Random) -> str:
    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        if table.layout != "rows" or table.rows is None:
            return None
        raw = table.raw
        head = _header_count([[_flat(c) for c in r] for r in table.rows])
        body = [i for i, ln in enumerate(raw)
                if _is_row_text(ln) and not (_PIPE_RULE.match(ln) and "-" in ln)][head:]
        if len(body) < 2 * _PAGE_ROWS:
            return None
        cut = body[rng.randint(_PAGE_ROWS, len(body) - _PAGE_ROWS)]
        return [*raw[:cut], "", str(rng.randint(2, 40)), "", *raw[cut:]]
    return _reprint(text, rng, printer)


def _unit_column(head: list[list[str]], body: list[list[str]]) -> tuple[int, str] | None:
    """The unit column of a table whose rows all share one unit: its index and the unit."""
    words = COLUMN_WORDS["unit"]
    for k, cell in enumerate(head[0]):
        if cell.strip("*_ ").lower() in words:
            units = {r[k] for r in body if k < len(r) and r[k]}
            if len(units) == 1 and all(len(r) == len(head[0]) for r in [*head, *body]):
                return k, units.pop()
    return None


@register("unit_in_table_header", "tables printed without a unit column when every row has "
          "the same unit: the unit in brackets after each value column's header ('(%)') or "
          "on a line 'ĐVT: …' above the table (adds those words)")
def unit_in_table_header(text: str, rng: random.Random) -> str:
    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        parts = _body_rows(table)
        if parts is None or len(parts[0]) != 1:
            return None
        head, body = parts
        found = _unit_column(head, body)
        if found is None:
            return None
        k, unit = found
        values = set(_figure_columns(body))
        above = rng.random() < 0.5
        header = [c if above or j not in values else f"{c} ({unit})"
                  for j, c in enumerate(head[0])]
        rows = [[c for j, c in enumerate(r) if j != k] for r in [header, *body]]
        lines = [_pipe_row(r) for r in rows]
        return [f"ĐVT: {unit}", *lines] if above else lines
    return _reprint(text, rng, printer)


@register("table_value_columns_reversed", "tables whose value columns stand in another "
          "order (a plan column before the result column, the later year first): the "
          "value columns of a one-row header reversed in every row")
def table_value_columns_reversed(text: str, rng: random.Random) -> str:
    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        even = _even_one_header(table)
        if even is None:
            return None
        header, body = even
        cols = _figure_columns(body)
        if len(cols) < 2 or cols != list(range(cols[0], cols[-1] + 1)):
            return None
        order = list(range(len(header)))
        order[cols[0]:cols[-1] + 1] = cols[::-1]
        return [_pipe_row(r[j] for j in order) for r in [header, *body]]
    return _reprint(text, rng, printer)


def _plan_column(header: list[str], values: list[int]) -> int | None:
    """The one value column whose header names a plan, when no value column names a
    result; else None."""
    def names(cell: str, kind: str) -> bool:
        low = " ".join(_EMPHASIS.sub("", cell).lower().split())
        return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low) for w in COLUMN_WORDS[kind])
    plans = [k for k in values if names(header[k], "plan")]
    if len(plans) != 1 or any(names(header[k], "not_plan") for k in values):
        return None
    return plans[0]


def _vi_number(cell: str) -> float | None:
    """A figure cell's number read the Vietnamese way ("1.234,5"), or None."""
    m = re.fullmatch(r"\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:,\d+)?", _EMPHASIS.sub("", cell).strip())
    return float(m.group(0).replace(".", "").replace(",", ".")) if m else None


def _vi_print(x: float) -> str:
    return f"{x:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")


@register("estimate_columns_in_table", "report tables 'Chỉ tiêu | Kế hoạch | Ước thực hiện | "
          "So sánh (%)': after a table's one plan column, an estimate of what was done (a "
          "result, a little under the plan) and the ratio of the two; only the plan column "
          "gives targets (adds those columns' words and figures)")
def estimate_columns_in_table(text: str, rng: random.Random) -> str:
    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        even = _even_one_header(table)
        if even is None:
            return None
        header, body = even
        k = _plan_column(header, _figure_columns(body))
        if k is None:
            return None
        out = [[*header[:k + 1], "Ước thực hiện", "So sánh (%)", *header[k + 1:]]]
        for row in body:
            plan = _vi_number(row[k])
            done = round(plan * rng.uniform(0.85, 0.99), 1) if plan else None
            extra = [_vi_print(done), _vi_print(100 * done / plan)] if plan and done \
                else ["", ""]
            out.append([*row[:k + 1], *extra, *row[k + 1:]])
        return [_pipe_row(r) for r in out]
    return _reprint(text, rng, printer)


# --- table shapes people print (issue 12, brief H14W) -----------------------------------------
# Each rewrite below prints a target table of a document in another real shape: a header
# over two rows with merged cells flattened, result and note columns around the target
# column, the unit in the name or in another column, ordinals in another style, category
# rows.  The figures of the target columns and the words of the names stay, so the gold's
# indicators stay true; ``label`` and ``group`` may change (attributes, not matches).  Their
# names start with "shape_", not "table_": some add words (a column's header, a category).

_SHAPE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ARABIC_ORDINAL = re.compile(r"\d{1,3}")


def _column_of(header: list[str], role: str) -> int | None:
    """The first header cell that is one of ``COLUMN_WORDS[role]`` (emphasis dropped)."""
    words = COLUMN_WORDS[role]
    for k, cell in enumerate(header):
        if " ".join(_EMPHASIS.sub("", cell).lower().split()) in words:
            return k
    return None


def _name_column(header: list[str], body: list[list[str]]) -> int | None:
    """The column of the rows' names: the header says so, else the first column of text."""
    k = _column_of(header, "name")
    if k is not None:
        return k
    for j in range(len(header)):
        filled = [r[j] for r in body if r[j].strip()]
        if filled and sum(1 for c in filled if _VALUE_CELL.match(c)) * 2 < len(filled) \
                and not all(_is_ordinal_cell(c) for c in filled):
            return j
    return None


def _plain_cell(cell: str) -> str:
    return " ".join(_EMPHASIS.sub("", cell).split()).rstrip("./)")


def _is_ordinal_cell(cell: str) -> bool:
    c = _plain_cell(cell)
    return bool(_ARABIC_ORDINAL.fullmatch(c)) or c in ROMAN_VALUES


def _column_numbers(figures: list[str]) -> bool:
    """Figures that number a table's columns ("1 | 2 | 3 …", "3 | 4 | 5 …"): a header row."""
    if len(figures) < 3 or not all(f.isdigit() for f in figures):
        return False
    first = int(figures[0])
    return figures == [str(first + i) for i in range(len(figures))]


def _shape_parts(table: _Table, *, even: bool
                 ) -> tuple[list[list[str]], list[list[str]], int] | None:
    """A one-row-a-line table's header rows, body rows (cells flattened) and the width of
    most body rows; the body starts at the first row that holds a name beside an ordinal or
    a figure.  None without rows, header or body, or (``even``) when a row of figures is
    not as wide as the others (its columns cannot be told)."""
    if table.rows is None:
        return None
    rows = [[_flat(c) for c in row] for row in table.rows]

    def opens_body(row: list[str]) -> bool:
        texts = [c for c in row if c and not _VALUE_CELL.match(c) and not _is_ordinal_cell(c)]
        figures = [_plain_cell(c) for c in row if _VALUE_CELL.match(c)]
        return bool(texts) and not _column_numbers(figures) \
            and (_is_ordinal_cell(row[0]) or bool(figures))
    start = next((i for i, r in enumerate(rows) if opens_body(r)), None)
    if not start or start > 3 or len(rows) - start < 2:
        return None
    body = rows[start:]
    width = Counter(len(r) for r in body).most_common(1)[0][0]
    if even and any(len(r) != width and any(_VALUE_CELL.match(c) for c in r) for r in body):
        return None  # columns not kept by every row of figures: no column can be moved
    return rows[:start], body, width


_Shape = Callable[[list[list[str]], list[list[str]], int, random.Random],
                  list[list[str]] | None]


def _shape_printer(shape: _Shape, *, even: bool = True) -> _Printer:
    """A printer of a one-row-a-line table as pipe rows in the shape ``shape`` returns from
    the header rows, the body rows and the body's width (None: left as it is)."""
    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        parts = _shape_parts(table, even=even)
        if parts is None:
            return None
        rows = shape(*parts, rng)
        return None if rows is None else [_pipe_row(r) for r in rows]
    return printer


def _figure_columns_of(body: list[list[str]], width: int) -> list[int]:
    return _figure_columns([r for r in body if len(r) == width])


def _merged_header(head: list[list[str]], body: list[list[str]], width: int,
                   rng: random.Random) -> list[list[str]] | None:
    if len(head) != 1 or len(head[0]) != width:
        return None
    header = head[0]
    values = _figure_columns_of(body, width)
    top, sub = list(header), [""] * len(header)
    for k in values:
        words = header[k].split()
        at = next((i for i, w in enumerate(words) if _SHAPE_YEAR.search(w)), None)
        if at and _plain_cell(words[at - 1]).lower() == YEAR_WORD:
            at -= 1  # "Kế hoạch" over "năm 2026"
        if not at:
            continue
        words = _plain_cell(header[k]).split()  # (a cell cut in two keeps no emphasis)
        top[k], sub[k] = " ".join(words[:at]), " ".join(words[at:])
    if not any(sub):
        return None
    for a, b in pairwise(values):  # a merged cell over the columns of one kind, flattened
        if b == a + 1 and top[b] and top[b] == top[a] and sub[a] and sub[b]:
            top[b] = ""
    return [top, sub, *body]


@register("shape_header_merged", "target tables whose value columns are headed by a merged "
          "cell over a row of years ('Kế hoạch' over 'năm 2026 | năm 2027'), the merged "
          "cell flattened into its first column and the other cells of the first row empty")
def shape_header_merged(text: str, rng: random.Random) -> str:
    return _reprint(text, rng, _shape_printer(_merged_header))


def _names_any(cell: str, kind: str) -> bool:
    low = _plain_cell(cell).lower()
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low) for w in COLUMN_WORDS[kind])


def _target_column(header: list[str], values: list[int]) -> int | None:
    """The column of a table's targets: its one plan column, else its one value column when
    the header does not call it a result, a comparison or a note."""
    k = _plan_column(header, values)
    if k is not None:
        return k
    if len(values) != 1 or _names_any(header[values[0]], "not_plan"):
        return None
    return values[0]


def _extra_columns(head: list[list[str]], body: list[list[str]], width: int,
                   rng: random.Random) -> list[list[str]] | None:
    if len(head) != 1 or len(head[0]) != width:
        return None
    header = head[0]
    k = _target_column(header, _figure_columns_of(body, width))
    if k is None:
        return None
    year = _SHAPE_YEAR.search(header[k])
    y = int(year.group(0)) if year else None
    before = [f"TH {y - 2}", f"Ước TH {y - 1}"] if y else ["Thực hiện kỳ trước", "Ước thực hiện"]
    out = [[*header[:k], *before, *header[k:], "Ghi chú"]]
    for row in body:
        if len(row) != width:
            out.append(row)
            continue
        plan = _vi_number(row[k])
        extra = [_vi_print(plan * rng.uniform(0.80, 0.90)),
                 _vi_print(plan * rng.uniform(0.90, 0.99))] if plan else ["", ""]
        out.append([*row[:k], *extra, *row[k:], ""])
    return out


@register("shape_extra_columns", "plan and report tables 'Chỉ tiêu | ĐVT | TH 2024 | Ước TH "
          "2025 | KH 2026 | Ghi chú': two result columns (what was done, what is estimated) "
          "before the target column and an empty note column after the values (adds those "
          "columns' words and figures; only the target column gives targets)")
def shape_extra_columns(text: str, rng: random.Random) -> str:
    return _reprint(text, rng, _shape_printer(_extra_columns))


def _unit_in_name(head: list[list[str]], body: list[list[str]], width: int,
                  rng: random.Random) -> list[list[str]] | None:
    u = _column_of(head[0], "unit")
    if u is None or len(head[0]) != width:
        return None
    n = _name_column(head[0], [r for r in body if len(r) == width])
    if n is None or n >= u:
        return None
    out = [[c for j, c in enumerate(r) if j != u] if len(r) == width else r for r in head]
    for row in body:
        if len(row) != width:
            out.append(row)
            continue
        cells = list(row)
        if cells[u] and cells[n]:
            cells[n] = f"{cells[n]} ({cells[u]})"
        out.append([c for j, c in enumerate(cells) if j != u])
    return out


@register("shape_unit_in_name", "target tables printed without a unit column, each row's "
          "unit in brackets after its name ('Tỷ lệ hộ nghèo (%)', 'Thu ngân sách (tỷ đồng)')")
def shape_unit_in_name(text: str, rng: random.Random) -> str:
    return _reprint(text, rng, _shape_printer(_unit_in_name))


def _unit_column_last(head: list[list[str]], body: list[list[str]], width: int,
                      rng: random.Random) -> list[list[str]] | None:
    u = _column_of(head[0], "unit")
    values = _figure_columns_of(body, width)
    if u is None or not values or u > values[0] or len(head) != 1 or len(head[0]) != width:
        return None
    order = [j for j in range(width) if j != u]
    order.insert(values[-1], u)
    return [[row[j] for j in order] if len(row) == width else row for row in [*head, *body]]


@register("shape_unit_column_last", "target tables whose unit column stands after the value "
          "columns ('Chỉ tiêu | KH 2026 | ĐVT'), as some forms print it")
def shape_unit_column_last(text: str, rng: random.Random) -> str:
    return _reprint(text, rng, _shape_printer(_unit_column_last))


def _ordinals_marked(head: list[list[str]], body: list[list[str]], width: int,
                     rng: random.Random) -> list[list[str]] | None:
    mark = rng.choice((".", "/"))
    out = [*head]
    changed = False
    for row in body:
        cells = list(row)
        if cells and cells[0] and _is_ordinal_cell(cells[0]) \
                and _plain_cell(cells[0]) == cells[0]:
            cells[0] += mark
            changed = True
        out.append(cells)
    return out if changed else None


@register("shape_ordinals_marked", "target tables whose ordinal cells carry a mark, as Word "
          "numbering prints them ('1.', 'I.', '2/'; the gold's labels are the number)")
def shape_ordinals_marked(text: str, rng: random.Random) -> str:
    return _reprint(text, rng, _shape_printer(_ordinals_marked, even=False))


#: Category rows a target table prints between its header and its rows (decision 27).
CATEGORY_ROWS = ("CÁC CHỈ TIÊU CHỦ YẾU", "CÁC CHỈ TIÊU KHÁC")


def _category_rows(head: list[list[str]], body: list[list[str]], width: int,
                   rng: random.Random) -> list[list[str]] | None:
    if any(_plain_cell(r[0]).split(".")[0].split(" ")[0] in ROMAN_VALUES for r in body if r[0]):
        return None  # rows grouped already
    tops = [i for i, r in enumerate(body)
            if len(r) == width and _ARABIC_ORDINAL.fullmatch(_plain_cell(r[0]))]
    if len(tops) < 2 or width < 3:
        return None
    cut = tops[len(tops) // 2]

    def category(roman: str, words: str) -> list[str]:
        return [roman, words, *[""] * (width - 2)]

    return [*head, category("I", CATEGORY_ROWS[0]), *body[:cut],
            category("II", CATEGORY_ROWS[1]), *body[cut:]]


@register("shape_category_rows", "target tables whose rows are grouped under Roman category "
          "rows ('I | CÁC CHỈ TIÊU CHỦ YẾU | | |'; adds those rows; the rows under them take "
          "their group, decision 27, and they are no sections)")
def shape_category_rows(text: str, rng: random.Random) -> str:
    return _reprint(text, rng, _shape_printer(_category_rows, even=False))


# --- characters and leftovers of the web, Word and PDF renderings (brief H13P) ---------------
# Each rewrite below changes how characters are printed and never which words are there:
# an entity, an escape, an invisible character or another code point for the same sign.
# The normaliser reads each back to what the clean text has, so the gold stays valid.

#: Latin-1 letters as HTML names ("à" → "&agrave;"): a CMS that stores entities (the
#: Vietnamese letters outside Latin-1 stay as they are, as such pages print them).
_LATIN1_ENTITIES: dict[str, str] = {
    chr(cp): f"&{name};" for cp, name in html.entities.codepoint2name.items()
    if 0xC0 <= cp <= 0xFF and chr(cp).isalpha()}
_HTML_SIGNS = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}


@register("html_entities", "pages of government portals and CMS copies: Latin-1 letters as "
          "named entities ('&agrave;', '&Ocirc;'), '&', '<', '>', '\"' as '&amp;', '&lt;', "
          "'&gt;', '&quot;', and the space after a label or a colon as '&nbsp;'")
def html_entities(text: str, rng: random.Random) -> str:
    table = str.maketrans({**_HTML_SIGNS, **_LATIN1_ENTITIES})
    out = []
    for line in text.split("\n"):
        line = unicodedata.normalize("NFC", line).translate(table)
        label = read_label(line)
        if label is not None and 0 < label.rest <= len(line) and line[label.rest - 1] == " ":
            line = line[:label.rest - 1] + "&nbsp;" + line[label.rest:]
        out.append(line.replace(": ", ":&nbsp;", 1) if rng.random() < 0.5 else line)
    return "\n".join(out)


def _table_lines(text: str) -> set[int]:
    """The indexes of the lines of ``text`` that belong to a table (in any layout)."""
    return {i for table in find_tables(text) for i in range(table.first, table.last)}


_MD_HEADING = lazy_compile(r"^[ \t]*(#{1,6})[ \t]+")


@register("html_tags", "web pages copied with their markup: each paragraph between '<p>' and "
          "'</p>', an empty cell (a line of spaces) '<p>&nbsp;</p>', a heading '<h2>', a line "
          "in capitals in '<strong>', a line break inside a block written '<br />' before it "
          "(tables untouched: the table_* perturbations print them)")
def html_tags(text: str, rng: random.Random) -> str:
    out: list[str] = []
    lines = text.split("\n")
    in_table = _table_lines(text)
    for i, line in enumerate(lines):
        if _TABLE_ROW.search(line) or i in in_table:
            out.append(line + "\n")
            continue
        if not line.strip():  # a line of spaces is an empty cell: an empty paragraph
            out.append("<p>&nbsp;</p>\n" if line else "\n")
            continue
        body = line
        heading = _MD_HEADING.match(line)
        if heading:  # a Markdown heading was an HTML heading
            level = len(heading.group(1))
            out.append(f"<h{level}>{line[heading.end():]}</h{level}>\n")
            continue
        if all_capitals(line) and len(line.split()) >= 2:
            body = f"<strong>{line}</strong>"
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if nxt.strip() and not _TABLE_ROW.search(nxt) and rng.random() < 0.5:
            out.append(body + "<br />\n")  # a line break inside the paragraph
        else:
            out.append(f"<p>{body}</p>\n")
    return "".join(out).rstrip("\n")


_INVISIBLE = ("\u200b", "\u200c", "\u2060", "\ufeff", "\u00ad")
_WORD = lazy_compile(r"\p{L}{4,}")


@register("invisible_chars", "text from Word, PDF and web editors: a no-break space for some "
          "spaces, zero-width spaces, joiners and soft hyphens inside and between words, a "
          "byte-order mark at the start")
def invisible_chars(text: str, rng: random.Random) -> str:
    def word(m: regex.Match[str]) -> str:
        w = m.group()
        if rng.random() >= 0.15:
            return w
        k = rng.randint(1, len(w) - 1)
        return w[:k] + rng.choice(_INVISIBLE) + w[k:]

    text = _WORD.sub(word, text)
    text = "".join(" " if ch == " " and rng.random() < 0.15 else ch for ch in text)
    return "\ufeff" + text


#: A line's label as pandoc escapes it: "1\\.", "II\\.", "\\-", "\\+", "\\*".
_ESCAPABLE_LABEL = lazy_compile(r"^([ \t]*)(?:(\d{1,2}|[IVXLC]+)\.|([-+*]))(?=[ \t])")


@register("markdown_escapes", "DOCX and HTML converted to Markdown (pandoc): a label's dot "
          "escaped ('1\\.', 'II\\.'), a line's '-', '+' escaped ('\\-'), brackets "
          "escaped, lines in capitals in '**bold**'")
def markdown_escapes(text: str, rng: random.Random) -> str:
    out = []
    for line in text.split("\n"):
        if _TABLE_ROW.search(line) or not line.strip():
            out.append(line)
            continue
        line = line.replace("[", "\\[").replace("]", "\\]")
        line = _ESCAPABLE_LABEL.sub(
            lambda m: m.group(1) + (f"{m.group(2)}\\." if m.group(2) else "\\" + m.group(3)),
            line)
        if all_capitals(line) and len(line.split()) >= 2 and "*" not in line \
                and not line.lstrip().startswith(("#", "\\", "_")):
            lead = len(line) - len(line.lstrip())
            line = f"{line[:lead]}**{line[lead:].rstrip()}**"
        out.append(line)
    return "\n".join(out)


#: A straight double quote opening (after a space, a bracket or the line's start) or closing.
_OPEN_QUOTE = lazy_compile(r'(?:(?<=^|[\s(\[])")', flags=regex.MULTILINE)
_SPACED_HYPHEN = lazy_compile(r"(?<=\S) - (?=\S)")
_DOT_LEADER = lazy_compile(r"\.{4,}")


@register("smart_typography", "word processors' typography: straight quotes as curly ones, "
          "a spaced hyphen as an en dash ('kinh tế – xã hội', '2021 – 2025'), dot leaders "
          "('……') as ellipsis characters")
def smart_typography(text: str, rng: random.Random) -> str:
    text = _OPEN_QUOTE.sub("“", text).replace('"', "”")
    text = regex.sub(r"(?<=\w)'(?=\w)", "’", text)
    text = _SPACED_HYPHEN.sub(" – ", text)
    return _DOT_LEADER.sub(lambda m: "…" * max(2, len(m.group()) // 3), text)


_FULLWIDTH = str.maketrans({**{str(d): chr(0xFF10 + d) for d in range(10)}, "%": "％"})


@register("fullwidth_digits", "text typed with an East Asian input method or copied from "
          "some PDF: the digits and '%' of about half the lines in full width ('２０２５', "
          "'９５％')")
def fullwidth_digits(text: str, rng: random.Random) -> str:
    return "\n".join(line.translate(_FULLWIDTH) if rng.random() < 0.5 else line
                     for line in text.split("\n"))


#: Bullets of Word's Symbol and Wingdings fonts as PDF text and some converters print them
#: (private-use code points): "", "", "", "", "", "".
SYMBOL_FONT_BULLETS = ("\uf0b7", "\uf0a7", "\uf0d8", "\uf076", "\uf0fc", "\uf0e0")
_DASH_OR_PLUS = lazy_compile(r"^([ \t]*)([-+])[ \t]+(?=\S)", flags=regex.MULTILINE)


@register("symbol_bullets", "DOCX and PDF text whose list bullets come from the Symbol and "
          "Wingdings fonts: '- ' and '+ ' become private-use signs ('', '', '' …), "
          "one per level, followed by a space or a tab")
def symbol_bullets(text: str, rng: random.Random) -> str:
    dash, plus = rng.sample(SYMBOL_FONT_BULLETS, 2)
    gap = rng.choice((" ", "\t"))
    return _DASH_OR_PLUS.sub(
        lambda m: m.group(1) + (dash if m.group(2) == "-" else plus) + gap, text)


@register("eth_for_d", "PDF text and legacy-font pages that print 'đ' and 'Đ' with the "
          "Icelandic eth ('ð', 'Ð')")
def eth_for_d(text: str, rng: random.Random) -> str:
    return unicodedata.normalize("NFC", text).translate(str.maketrans("đĐ", "ðÐ"))


#: How a page's number is printed on a line of its own.
_PAGE_FORMS = ("{n}", "- {n} -", "Trang {n}", "{n}/{total}")
#: A page holds this many lines (paragraphs of the text) or so.
PAGE_LINES = (25, 45)


@register("page_numbers", "PDF text: the page's number on a line of its own between blank "
          "lines ('2', '- 2 -', 'Trang 2', '2/7'), every 25 to 45 lines, half of the page "
          "breaks inside a sentence (a long line cut at a space)")
def page_numbers(text: str, rng: random.Random) -> str:
    form = rng.choice(_PAGE_FORMS)
    # one blank line on each side of the number (a double-spaced text keeps its rhythm)
    return _paginate(text, rng, form,
                     lambda number, nxt: ["", number] + ([""] if nxt.strip() else []),
                     flush_next=False)


def _paginate(text: str, rng: random.Random, form: str,
              mark: Callable[[str, str], list[str]], *, flush_next: bool) -> str:
    """``text`` cut into pages of :data:`PAGE_LINES` lines or so (not in the header, not
    inside a table's rows, at a line with words): the page's number printed in ``form``,
    the lines ``mark(number, next line)`` gives after the page's last line, or inside it
    (a long line cut at a space half of the time).  ``flush_next``: a page ends only above
    a line with words (the number may stand flush on it)."""
    lines = text.split("\n")
    total = max(2, len(lines) // 35 + 1)
    out: list[str] = []
    page, left = 1, rng.randint(*PAGE_LINES)
    for i, line in enumerate(lines):
        left -= 1
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if left > 0 or not line.strip() or (flush_next and not nxt.strip()) \
                or i + 2 >= len(lines) or _TABLE_ROW.search(line + nxt) \
                or i < HEADER_MAX_LINES:
            out.append(line)
            continue
        page += 1
        marks = mark(form.format(n=page, total=max(total, page)), nxt)
        cut = line.find(" ", len(line) // 2)
        if len(line) > 60 and cut > 0 and rng.random() < 0.5:
            out.extend([line[:cut], *marks, line[cut + 1:]])
        else:
            out.extend([line, *marks])
        left = rng.randint(*PAGE_LINES)
    return "\n".join(out)


@register("label_gap", "Word numbering saved as text: the label of a heading or an item "
          "followed by a tab or a run of spaces instead of one space ('1.\\tMục tiêu', "
          "'a)    Nội dung', '-\\tTăng')")
def label_gap(text: str, rng: random.Random) -> str:
    gap = rng.choice(("\t", "   ", "     ", "\u00a0\u00a0\u00a0"))
    out = []
    for line in text.split("\n"):
        label = read_label(line)
        if label is not None and not _TABLE_ROW.search(line) \
                and 0 < label.rest < len(line) and line[label.rest - 1] == " ":
            head = line[:label.rest].rstrip(" ")
            line = head + gap + line[label.rest:]
        out.append(line)
    return "\n".join(out)


@register("label_glued", "plans typed without a space after the label: '1.Mục tiêu', "
          "'a)Nội dung', 'II.NHIỆM VỤ' (bullets keep their space: '-0,2' is a number)")
def label_glued(text: str, rng: random.Random) -> str:
    out = []
    for line in text.split("\n"):
        label = read_label(line)
        if label is not None and label.style != "bullet" and label.bullet is None \
                and not _TABLE_ROW.search(line) and 0 < label.rest < len(line) \
                and line[label.rest - 1] == " " and line[:label.rest].rstrip()[-1:] in ".)":
            line = line[:label.rest].rstrip(" ") + line[label.rest:]
        out.append(line)
    return "\n".join(out)


#: Signs that the Symbol font prints and PDF text turns into private-use code points.
_SYMBOL_FONT = str.maketrans({"≥": "\uf0b3", "≤": "\uf0a3", "±": "\uf0b1", "×": "\uf0b4"})


@register("symbol_font_signs", "PDF text whose '≥', '≤', '±', '×' came from the Symbol font: "
          "private-use code points (U+F0B3, U+F0A3 …) in their place")
def symbol_font_signs(text: str, rng: random.Random) -> str:
    return text.translate(_SYMBOL_FONT)


#: A place and its date as the header prints them: "Hà Nội, ngày 05 tháng 3 năm 2026".
_PLACE_DATE = lazy_compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}_])\p{{Lu}}[^\t|*_,\n]{{0,40}},[ \t]*{DAY_WORD}[ \t]+\S{{1,4}}"
    rf"[ \t]+{MONTH_WORD}[ \t]+\S{{1,4}}[ \t]+{YEAR_WORD}[ \t]+\d{{4}}(?![\p{{L}}\p{{N}}_])")
_RECIPIENTS_LABEL = lazy_compile(r"(?<![\p{L}*_])Nơi nhận:")
_BASIS_LINE = lazy_compile(r"^([ \t]*)(Căn cứ [^*_\n]*?)([ \t]*)$", flags=regex.MULTILINE)


@register("underscore_italics", "Markdown whose emphasis is written with underscores (some "
          "converters and editors): the place and date ('_Hà Nội, ngày 05 tháng 3 năm 2026_'), "
          "'_Nơi nhận:_' and the 'Căn cứ …' lines in '_' italics")
def underscore_italics(text: str, rng: random.Random) -> str:
    text = _PLACE_DATE.sub(lambda m: f"_{m.group()}_", text)
    text = _RECIPIENTS_LABEL.sub("_Nơi nhận:_", text)
    return _BASIS_LINE.sub(lambda m: f"{m.group(1)}_{m.group(2)}_{m.group(3)}", text)


#: A date word and its number.
_DATE_AND_NUMBER = lazy_compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}])({alternation((DAY_WORD, MONTH_WORD, YEAR_WORD))}) (?=\d)")


@register("glued_wraps", "legal-site pages whose hard wraps were dropped without a space: a "
          "date word glued to its number ('tháng11', 'năm2025', 'ngày05'), about half of "
          "them.  Two words of capitals glued by a dropped wrap ('PHÁTTRIỂN') are not made: "
          "the gold copies a title as printed, glue included, so the gold would not stay valid")
def glued_wraps(text: str, rng: random.Random) -> str:
    return "\n".join(
        _DATE_AND_NUMBER.sub(lambda m: m.group(1) if rng.random() < 0.5 else m.group(), line)
        for line in text.split("\n"))


_PLAIN_MARKS = lazy_compile(r"[*_]+")
#: A signature block beside the recipients holds at most this many lines.
SIGNATURE_LINES = 6

#: The recipients' label alone on its line, any case, with or without its colon and markup.
_RECIPIENTS_LABEL_LINE = lazy_compile(r"(?i)^[ \t*_]*nơi\s+nhận\s*:?[ \t*_]*$")
#: A recipient item's line: a bullet ("-", "–", "+", "•") and words, markup allowed.
_RECIPIENT_ITEM = lazy_compile(r"^[ \t*_]*[-–+•]\s*\S")


def _recipient_lines(lines: list[str]) -> tuple[int, list[int]] | None:
    """The line of the last "Nơi nhận" label standing alone and the lines of its items (blank
    lines between them allowed; a tab or a bar, a table's row, ends them), or None when it
    has fewer than two items."""
    label = next((i for i in range(len(lines) - 1, -1, -1)
                  if _RECIPIENTS_LABEL_LINE.match(lines[i])), None)
    if label is None:
        return None
    items: list[int] = []
    k = label + 1
    while k < len(lines) and not _TABLE_ROW.search(lines[k]):
        if _RECIPIENT_ITEM.match(lines[k]):
            items.append(k)
        elif lines[k].strip():
            break
        k += 1
    return (label, items) if len(items) >= 2 else None


#: A line of markup alone, an HTML comment or tag of a markdown copy ("<!-- page: 3 -->").
_MARKUP_LINE = lazy_compile(r"[ \t]*<[!/]?[\p{L}-]")
#: Blank lines that end a signature block (its name stands after at most two fewer).
SIGNATURE_GAP = 4


def _signature_after(lines: list[str], k: int) -> list[int] | None:
    """The lines of the signature block printed from line ``k`` on (blank lines skipped): at
    most :data:`SIGNATURE_LINES` short lines, the first in capitals, none a bulleted item or a
    table row, the block ended by :data:`SIGNATURE_GAP` blank lines or the text's end (the
    name may stand after fewer, the room left to sign); None if there is none."""
    out: list[int] = []
    blanks = 0
    while k < len(lines) and len(out) <= SIGNATURE_LINES and blanks < SIGNATURE_GAP:
        line = lines[k]
        if not line.strip():
            blanks += 1
        elif _MARKUP_LINE.match(line):
            break  # a markdown copy's comment or tag ("<!-- page: 3 -->"): not the signature's
        elif len(line) > 60 or _TABLE_ROW.search(line) or _RECIPIENT_ITEM.match(line):
            return None
        else:
            out.append(k)
            blanks = 0
        k += 1
    if len(out) < 2 or len(out) > SIGNATURE_LINES \
            or not all_capitals(_PLAIN_MARKS.sub("", lines[out[0]]), min_letters=2):
        return None
    return out


def _footer_blocks(lines: list[str]) -> tuple[int, int, int, int] | None:
    """(label, end of the recipients, start, end of the signature) of a footer printed one
    block after the other: "Nơi nhận:", its items (:func:`_recipient_lines`; blank lines may
    stand between them), then the signature (:func:`_signature_after`); or the signature
    printed above the label (:func:`_signature_above`)."""
    found = _recipient_lines(lines)
    if found is None:
        return None
    label, items = found
    end = items[-1] + 1
    signature = _signature_after(lines, end)
    if signature is None:
        return _signature_above(lines, label, end)
    return label, end, signature[0], signature[-1] + 1


def _column_rows(left: list[str], right: list[str]) -> list[tuple[str, str]]:
    """The rows of two columns printed side by side, the shorter padded with empty cells."""
    rows = max(len(left), len(right))
    return list(zip(left + [""] * (rows - len(left)), right + [""] * (rows - len(right)),
                    strict=True))


def _short(line: str) -> bool:
    return bool(line.strip()) and len(line) <= 60 and not _TABLE_ROW.search(line)


def _signature_above(lines: list[str], label: int, end: int) -> tuple[int, int, int, int] | None:
    """The blocks of a footer whose signature stands above "Nơi nhận:" (a DOCX table read
    right cell first): capital lines, maybe blank lines, the signer's name."""
    i = label - 1
    while i >= 0 and not lines[i].strip():
        i -= 1
    if i < 0 or not _short(lines[i]) or all_capitals(lines[i], min_letters=2):
        return None  # the name (not in capitals) closes the block
    stop = i + 1
    i -= 1
    while i >= 0 and not lines[i].strip():
        i -= 1
    top = i
    while top >= 0 and stop - top <= SIGNATURE_LINES + 2 and _short(lines[top]) \
            and all_capitals(_PLAIN_MARKS.sub("", lines[top]), min_letters=2):
        top -= 1
    if top == i:
        return None
    return label, end, top + 1, stop


@register("footer_two_columns", "a footer laid out in two columns (a DOCX table saved as "
          "text): 'Nơi nhận:' and its items on the left, the signature block on the right "
          "after a tab ('- Như trên;\\tKT. CHỦ TỊCH'), the longest item wrapped onto a "
          "next line that opens in lower case")
def footer_two_columns(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    blocks = _footer_blocks(lines)
    if blocks is None:
        return text
    label, end, start, stop = blocks
    left = [ln.strip() for ln in lines[label:end] if ln.strip()]
    right = [_PLAIN_MARKS.sub("", ln).strip() for ln in lines[start:stop] if ln.strip()]
    longest = max(range(1, len(left)), key=lambda k: len(left[k]))
    words = left[longest].split(" ")
    cuts = [k for k in range(len(words) // 3, len(words))
            if k > 1 and words[k][:1].islower()]
    if len(words) >= 5 and cuts:
        k = rng.choice(cuts)
        left[longest:longest + 1] = [" ".join(words[:k]), " ".join(words[k:])]
    rows = [f"{a}\t{b}" if b else a for a, b in _column_rows(left, right)]
    if start < label:  # the signature stood above: the two blocks become one
        return "\n".join(lines[:start] + rows + lines[end:])
    return "\n".join(lines[:label] + rows + lines[stop:])


# --- the layouts of issue 11's list (review R14c findings 1 and 2) ---------------------------

#: A second signature written for the perturbations (no corpus document's): the right column
#: of a joint plan of two bodies.
_SECOND_SIGNATURE = ("TM. BAN THƯỜNG TRỰC UBMTTQ", "CHỦ TỊCH", "", "Đỗ Minh Khang")


def _footer_under_recipients(text: str) -> tuple[list[str], tuple[int, int, int, int]] | None:
    """The text's lines and the (label, end, start, stop) of :func:`_footer_blocks` for a
    signature block printed under the recipients, or None."""
    lines = text.split("\n")
    blocks = _footer_blocks(lines)
    if blocks is None or blocks[2] < blocks[0]:
        return None
    block = [ln.strip() for ln in lines[blocks[2]:blocks[3]]]
    if any(ln.endswith((";", ",")) or _RECIPIENT_ITEM.match(ln) for ln in block):
        return None  # a recipient item wrapped in capitals, not a signature
    return lines, blocks


def _signature_lines(text: str) -> tuple[list[str], int, int] | None:
    """The text's lines and the (start, stop) of its signature block printed under the
    recipients (:func:`_footer_blocks`), or None."""
    found = _footer_under_recipients(text)
    return None if found is None else (found[0], found[1][2], found[1][3])


def _signature_one_line(lines: list[str]) -> str:
    """A signature block's lines (blank ones left out) joined by spaces, marks removed."""
    return " ".join(" ".join(_PLAIN_MARKS.sub("", ln).strip() for ln in lines).split())


def _beside_second_signature(text: str, row: Callable[[str, str], str]) -> str:
    found = _signature_lines(text)
    if found is None:
        return text
    lines, start, stop = found
    left = [_PLAIN_MARKS.sub("", ln).strip() for ln in lines[start:stop]]
    right = list(_SECOND_SIGNATURE)
    left[-1:-1] = [""] * max(0, len(right) - len(left))  # the names on one row
    right[-1:-1] = [""] * max(0, len(left) - len(right))
    rows = [row(a, b) for a, b in zip(left, right, strict=True)]
    return "\n".join(lines[:start] + rows + lines[stop:])


@register("footer_signatures_tabs", "two signatures side by side (a joint plan of two "
          "bodies, a DOCX table saved as text): the document's signature in the left column, "
          "a second body's after a tab; the first signer is the left one")
def footer_signatures_tabs(text: str, rng: random.Random) -> str:
    return _beside_second_signature(text, lambda a, b: f"{a}\t{b}")


@register("footer_signatures_pipes", "two signatures side by side in a table's rows: '| "
          "TM. … | TM. BAN THƯỜNG TRỰC … |', an empty cell '| |' where a column has no line")
def footer_signatures_pipes(text: str, rng: random.Random) -> str:
    return _beside_second_signature(text, lambda a, b: f"| {a} | {b} |".replace("|  |", "| |"))


@register("footer_signature_one_line", "a signature block flattened onto one line: the "
          "authority, the position and the name joined by spaces ('TM. ỦY BAN NHÂN DÂN KT. CHỦ "
          "TỊCH PHÓ CHỦ TỊCH Lê Thị Hoa')")
def footer_signature_one_line(text: str, rng: random.Random) -> str:
    found = _signature_lines(text)
    if found is None:
        return text
    lines, start, stop = found
    return "\n".join([*lines[:start], _signature_one_line(lines[start:stop]), *lines[stop:]])


@register("footer_one_line", "a footer table saved as one line (DOCX converters that join a "
          "row's paragraphs with tabs): 'Nơi nhận:', each recipient item and the archive line "
          "after a tab, then ' | ' or a tab and the signature block's lines joined by spaces")
def footer_one_line(text: str, rng: random.Random) -> str:
    found = _footer_under_recipients(text)
    if found is None:
        return text
    lines, (label, end, start, stop) = found
    items = [ln.strip() for ln in lines[label + 1:end] if ln.strip()]
    signature = _signature_one_line(lines[start:stop])
    column_gap = rng.choice((" | ", "\t", " |\t| "))
    row = "\t".join([_PLAIN_MARKS.sub("", lines[label]).strip(), *items]) + column_gap + signature
    return "\n".join([*lines[:label], row, *lines[stop:]])


#: A number with its year before the code ("07/2027/NQ-HĐND"): where the line is cut.
_YEAR_SLASH = lazy_compile(r"^(.*?/\d{4}/)(\S.*)$")
#: A symbol's last code long enough to be cut inside the word ("KH-UBND": "UB" ⏎ "ND").
_CUT_CODE = lazy_compile(r"^(.*[-/]\p{Lu}{2})(\p{Lu}{2,})$")


def _two_groups(pattern: regex.Pattern[str]) -> Callable[[str], tuple[str, str] | None]:
    """A cut of a number line at ``pattern``: its two groups, the line's two pieces."""
    def cut(line: str) -> tuple[str, str] | None:
        m = pattern.match(line)
        return None if m is None else (m.group(1), m.group(2))
    return cut


def _number_cut(text: str, cut: Callable[[str], tuple[str, str] | None]) -> str:
    def rows(header: list[str]) -> list[str] | None:
        cols = _read_columns(header)
        if cols is None or len(cols.number) != 1:
            return None
        pieces = cut(cols.number[0].rstrip())
        if pieces is None:
            return None
        return [*cols.issuer, *cols.motto, cols.tail, *pieces, *cols.place, *cols.rest]
    return _with_header(text, rows)


@register("header_number_year_cut", "a number line cut after the slash of its year in a "
          "narrow column: 'Số: 07/2027/' over 'NQ-HĐND'")
def header_number_year_cut(text: str, rng: random.Random) -> str:
    return _number_cut(text, _two_groups(_YEAR_SLASH))


@register("header_code_cut", "a symbol's last code cut inside the word by a narrow column: "
          "'Số: 12/KH-UB' over 'ND'")
def header_code_cut(text: str, rng: random.Random) -> str:
    return _number_cut(text, _two_groups(_CUT_CODE))


@register("header_date_beside_type", "the place and date printed beside the type line after "
          "a tab ('KẾ HOẠCH ⇥ An Phú, ngày …'), not under the number")
def header_date_beside_type(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    found = _header_columns(lines)
    if found is None:
        return text
    end, cols = found
    head = [*cols.issuer, *cols.motto, cols.tail, *cols.number, *cols.rest]
    beside = f"{lines[end].rstrip()}\t{' '.join(cols.place)}"
    return "\n".join([*head, beside, *lines[end + 1:]])


# --- tables as PDF text gives them (issue 12) ----------------------------------------------
#: A cell of a figure (or a placeholder) that a PDF prints right-aligned in its column.
_FIGURE_CELL = lazy_compile(r"\A[-+≥≤<>~]?\s*\d[\d.,]*\s*%?\Z|\A[-–—x]\Z")
#: A column narrower than this is never wrapped; wider columns wrap at a width drawn in
#: ``PDF_CELL_WIDTHS``.
_NARROW_COLUMN = 12
#: The first column's one-line cells this short (an ordinal "1", "II", "a", "-") are centred
#: in it, as a PDF's STT column prints them (H20T: right-aligned when they were figures and
#: left-aligned when not, "1" and "A" stood in two columns no PDF prints).
_NARROW_ORDINAL = 5
PDF_CELL_WIDTHS = (16, 32)
#: Where a row's shorter cells stand against its tallest one (R17b finding 7: not only the
#: middle, which the reader of ``text/layout_tables.py`` was tuned on).
PDF_CELL_ALIGNS = ("top", "middle", "bottom")


def _cell_top(align: str, height: int, size: int) -> int:
    """The first line of a row ``height`` lines tall on which a cell of ``size`` lines
    stands, aligned ``align`` (one of ``PDF_CELL_ALIGNS``)."""
    if align == "top":
        return 0
    return (height - size) // 2 if align == "middle" else height - size


def _pdf_rows(rows: list[list[str]], rng: random.Random) -> list[str]:
    """``rows`` printed as ``pdftotext -layout`` prints a table: space-aligned columns, each
    wide cell wrapped at its column's width, a row's shorter cells on its top, middle or
    bottom lines (one of the three drawn for the table: a PDF's cells are aligned so), the
    figures right-aligned."""
    n = max(len(r) for r in rows)
    # (drawn first: ``PDF_CELL_ALIGNS = ("middle",)`` draws too, and so keeps the stream of
    # every later draw: the middle-only baseline of R17c finding 7)
    align = rng.choice(PDF_CELL_ALIGNS)
    rows = _header_spans(rows, n)
    rows = [r + [""] * (n - len(r)) for r in rows]
    cap = rng.randint(*PDF_CELL_WIDTHS)
    wrapped: list[list[list[str]]] = []
    for r in rows:
        out: list[list[str]] = []
        for k, cell in enumerate(r):
            longest = max(len(rr[k]) for rr in rows)
            width = longest if longest <= _NARROW_COLUMN else max(_NARROW_COLUMN,
                                                                  min(longest, cap))
            out.append(textwrap.wrap(cell, width, break_long_words=False,
                                     break_on_hyphens=False) if cell else [])
        wrapped.append(out)
    widths = [max([len(p) for r in wrapped for p in r[k]] + [1]) for k in range(n)]
    gap = " " * rng.randint(3, 6)
    lead = " " * rng.randint(0, 3)
    lines: list[str] = []
    for at, cells in enumerate(wrapped):
        height = max(len(c) for c in cells) or 1
        tops = [_cell_top(align, height, len(c)) for c in cells]
        numbers = _column_numbers_row(rows[at])
        for y in range(height):
            parts = []
            for k, c in enumerate(cells):
                top = tops[k]
                piece = c[y - top] if top <= y < top + len(c) else ""
                right = len(c) == 1 and _FIGURE_CELL.match(piece) is not None
                if numbers or (k == 0 and len(c) == 1 and len(piece) <= _NARROW_ORDINAL):
                    parts.append(piece.center(widths[k]))  # H20T: an ordinal, centred
                    continue
                parts.append(piece.rjust(widths[k]) if right else piece.ljust(widths[k]))
            lines.append((lead + gap.join(parts)).rstrip())
    return lines


# H20T
def _column_numbers_row(row: list[str]) -> bool:
    """``row`` numbers the columns ("A | B | 1 | 2 | 3 | 4=3/2"): three or more of its cells
    are the integers 1, 2, 3 … in turn, the others short marks.  A PDF centres them; right-
    aligned like figures, a "2" at the end of a wide name column stood where no other line
    had a character, a column of its own."""
    ints = [int(c) for c in row if c.isdigit()]
    return len(ints) >= 3 and ints == list(range(ints[0], ints[0] + len(ints))) \
        and all(len(c) <= 7 and " " not in c for c in row)


#: At most this many cells of a two-row header are taken as merged down (the ordinal, the
#: name, the unit); with more, which top cell heads the second row's is not known.
_MAX_MERGED_DOWN = 3


#: A header cell that is a bare year ("2025" under "Giai đoạn"): no figure of the body.
_YEAR_HEAD_CELL = lazy_compile(r"\A(?:19|20)\d{2}\Z")


def _header_spans(rows: list[list[str]], n: int) -> list[list[str]]:
    """A header over two rows with merged cells, each cell under the columns it heads: the
    second row's cells (fewer than ``n``: its first cells are the first row's, merged down)
    stand over the last columns, and the first row's cells past those merged down each over
    as many columns as it spans (set at its first one), as a PDF prints them.  Read from
    bar lines or pipes, the second row began at the first column, and every header cell
    stood over another column than its own (H20T)."""
    def figure(c: str) -> bool:  # (a second header row of bare years is no body: R20b 8)
        t = _EMPHASIS.sub("", c).strip()
        return _FIGURE_CELL.match(t) is not None and _YEAR_HEAD_CELL.match(t) is None

    body = next((r for r, row in enumerate(rows) if r and any(figure(c) for c in row[1:])),
                len(rows))
    if body < 2 or not 1 < len(rows[1]) < n or len(rows[0]) >= n:
        return rows
    below = len(rows[1])
    down = n - below  # the first row's cells merged down over both rows
    top = rows[0]
    over = len(top) - down  # its cells over the second row's
    if over <= 0 or below % over or down > _MAX_MERGED_DOWN:
        return rows  # (which of many cells spans the second row's is not known: as before)
    span = below // over
    first = top[:down] + [c for cell in top[down:] for c in [cell] + [""] * (span - 1)]
    return [first, [""] * down + rows[1], *rows[2:]]


@register("table_pdf_layout", "tables of PDF text (pdftotext -layout, pdfminer): space-aligned "
          "columns, each wide cell wrapped over several lines at its column's width, a row's "
          "ordinal, figures and short words on its top, middle or bottom line (one drawn for "
          "each table), no bars, no rule rows")
def table_pdf_layout(text: str, rng: random.Random) -> str:
    def printer(table: _Table, rng: random.Random) -> list[str] | None:
        if table.rows is None:
            return None
        printed: list[str] = []
        run: list[list[str]] = []
        # (PDF text keeps no Markdown emphasis: H20T, an emphasis mark cut from its pair by
        # a wrap was a sign no PDF gives)
        for row in [[_flat(_EMPHASIS.sub("", c)) for c in row] for row in table.rows] + [[]]:
            if len(row) >= 2:
                run.append(row)
                continue
            if run:  # a caption across the table (or its end) parts two blocks of columns
                printed.extend(_pdf_rows(run, rng))
                run = []
            printed.extend(row)
        return printed
    return _reprint(text, rng, printer)


# --- header layouts, fourth round (issue 11, H17H): the two columns interleaved one cell a
# line, the web page's headline above the header, a title wrapped in a narrow column with the
# type word alone on its line, a date row of its own in a "|" table.  Each rewrite keeps every
# field of the gold (the headline repeats the type word and the title).

#: The width of the narrow column a title is wrapped in (a PDF's title block, a phone page).
NARROW_TITLE_WIDTH = 26


@register("header_interleaved", "headers of PDF text read row by row, one cell a line: the "
          "first issuer line, the motto, the second issuer line, the motto's tail, then the "
          "number and the place and date")
def header_interleaved(text: str, rng: random.Random) -> str:
    def rows(header: list[str]) -> list[str] | None:
        cols = _read_columns(header)
        if cols is None:
            return None
        cells = [c for a, b in _row_pairs(cols) for c in (a, b) if c]
        return [*cells, " ".join(cols.number), " ".join(cols.place), *cols.rest]
    return _with_header(text, rows)


@register("header_web_headline", "a web page's headline (the type word and the title on one "
          "line) printed above the document's own header")
def header_web_headline(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    end = _header_end(lines)
    if end is None or end == 0 or _read_columns(lines[:end]) is None:
        return text
    block = _title_block(lines, end)
    if block is None:
        return text
    words = " ".join(_plain(ln) for ln in lines[block[0]:block[1]]).split()
    headline = " ".join([_plain(lines[end]).strip("|_ \t"), *words])
    return "\n".join([headline, "", *lines])


@register("title_narrow", "a title wrapped in a narrow column (about 26 characters a line), "
          "the type word alone on its line above it")
def title_narrow(text: str, rng: random.Random) -> str:
    def wrap(type_line: str, words: list[str]) -> list[str] | None:
        wrapped = textwrap.wrap(" ".join(words), NARROW_TITLE_WIDTH, break_long_words=False,
                                break_on_hyphens=False)
        if len(wrapped) < 2 or any(_DASH_WORD.match(w.split()[0]) for w in wrapped):
            return None
        return [type_line, *wrapped]
    return _with_title(text, wrap)


@register("header_pipes_date_row", "headers flattened from a table whose place and date sit "
          "in a row of their own: '| issuer | motto |' rows, '| Số: … | |', '| | place, "
          "ngày … |'")
def header_pipes_date_row(text: str, rng: random.Random) -> str:
    def rows(header: list[str]) -> list[str] | None:
        cols = _read_columns(header)
        if cols is None:
            return None
        out = [f"| {a} | {b} |".replace("|  |", "| |") for a, b in _row_pairs(cols)]
        out.append(f"| {' '.join(cols.number)} | |")
        out.append(f"| | {' '.join(cols.place)} |")
        return out + cols.rest
    return _with_header(text, rows)


#: The banner a Party body's header prints in the motto's place.
PARTY_BANNER = "ĐẢNG CỘNG SẢN VIỆT NAM"


@register("header_party_banner", "the header of a Party body's document: the Party's banner "
          "'ĐẢNG CỘNG SẢN VIỆT NAM' in the motto's place (no 'Độc lập …' line), a '*' under "
          "the issuer, the number without its colon")
def header_party_banner(text: str, rng: random.Random) -> str:
    def rows(header: list[str]) -> list[str] | None:
        cols = _read_columns(header)
        if cols is None or len(cols.number) != 1:
            return None
        number = _NUMBER_CUT.sub(lambda m: m.group(1).rstrip(" :") + " " + m.group(2),
                                 cols.number[0])
        return [*cols.issuer, "*", PARTY_BANNER, number, *cols.place, *cols.rest]
    return _with_header(text, rows)


#: A letter's subject line under its number ("V/v triển khai …").
_SUBJECT_LINE = lazy_compile(r"^[ \t*_]*V/v\b")


@register("subject_wrapped", "a letter's subject ('V/v …') wrapped over two or three lines "
          "of its narrow column under the number")
def subject_wrapped(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    k = next((i for i, ln in enumerate(lines[:HEADER_MAX_LINES]) if _SUBJECT_LINE.match(ln)
              and not _SIDE_BY_SIDE.search(ln.strip())), None)
    if k is None:
        return text
    words = _plain(lines[k]).split()
    if len(words) < 6:
        return text
    pieces = _cut(words[1:], rng.randint(2, 3), rng)  # "V/v" stays with the first words
    pieces[0] = f"{words[0]} {pieces[0]}"
    return "\n".join([*lines[:k], *pieces, *lines[k + 1:]])


#: A sentence opened by a year lead-in ("Năm 2026, …", "Đến năm 2030, …", "Phấn đấu đến năm
#: 2030, …"): at a line's start (after its bullet or number) or after a sentence's end.
_YEAR_LEAD = lazy_compile(
    r"(?i)(?:^[ \t]*(?:[-+•*]|\d+(?:\.\d+)*[.)]|[a-zđ]\))?[ \t]*|(?<=[.;:][ \t]))"
    r"(?:(?:" + alternation(LEAD_YEAR_PREFIXES) + r")[ \t]+)?năm[ \t]+(?:19|20)\d{2},"
    r"(?=[ \t]+\S+[ \t]+\S+[ \t]+\S)", regex.MULTILINE)


def _cut_at(line: str, cuts: Iterable[int]) -> list[str]:
    """``line`` broken at each cut point (a year lead-in's end or start, in order): the spaces
    around a break dropped, no piece left empty or blank but the last."""
    out: list[str] = []
    start = 0
    for cut in cuts:
        if cut > start and line[start:cut].strip():
            out.append(line[start:cut].rstrip(" \t"))
            start = cut
            while start < len(line) and line[start] in " \t":
                start += 1
    out.append(line[start:])
    return out


@register("year_lead_break", "a sentence's year lead-in ('Năm 2026,', 'Đến năm 2030,') left "
          "at the end of a line, the sentence going on under it, as fixed-width text and PDF "
          "lines break it")
def year_lead_break(text: str, rng: random.Random) -> str:
    return _cut_year_leads(text, after=True)


@register("year_lead_new_line", "a sentence opened by a year lead-in inside a paragraph "
          "starting a new line ('… đạt 95%.' ⏎ 'Năm 2027, …'), as fixed-width text and PDF "
          "lines break it")
def year_lead_new_line(text: str, rng: random.Random) -> str:
    return _cut_year_leads(text, after=False)


def _cut_year_leads(text: str, *, after: bool) -> str:
    """Each line but a table row cut after (``after``) or before every year lead-in."""
    out: list[str] = []
    for line in text.split("\n"):
        if _TABLE_ROW.search(line):
            out.append(line)
            continue
        leads = _YEAR_LEAD.finditer(line)
        out.extend(_cut_at(line, (m.end() if after else m.start() for m in leads)))
    return "\n".join(out)

# --- header and footer layouts, round 18 (H18H): a PDF's two columns read row by row put the
# place and date inside the title, and a page break cuts the recipients' list.

@register("title_date_between", "a PDF's two columns read row by row: the place and date line "
          "printed between the title's first and second lines, under the type line (the "
          "title's second line may open in small letters)")
def title_date_between(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    end = _header_end(lines)
    if end is None or end == 0:
        return text
    cols = _read_columns(lines[:end])
    block = _title_block(lines, end)
    if cols is None or len(cols.place) != 1 or block is None:
        return text
    words = " ".join(_plain(ln) for ln in lines[block[0]:block[1]]).split()
    if len(words) < 4:
        return text
    first, second = _cut(words, 2, rng)
    header = [*cols.issuer, *cols.motto, cols.tail, *cols.number, *cols.rest]
    return "\n".join([*header, lines[end], first, cols.place[0], second, *lines[block[1]:]])


#: A bare page number's forms (a two-page document prints one, so no run of them tells it).
_BARE_PAGE_FORMS = ("{n}", "{n}/{total}")


@register("footer_page_break", "a page break inside the recipients' list of PDF text: the "
          "next page's bare number ('2', '2/2') on a line of its own between blank lines "
          "after one of the items")
def footer_page_break(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    found = _recipient_lines(lines)
    if found is None:
        return text
    items = found[1]
    k = items[rng.randint(1, len(items) - 1)]  # after at least one item, before the last
    n = rng.randint(2, 9)
    page = rng.choice(_BARE_PAGE_FORMS).format(n=n, total=n)
    return "\n".join([*lines[:k], "", page, "", *lines[k:]])


@register("footer_cells_interleaved", "a two-column footer read row by row, one cell a line "
          "(PDF text, a table copied cell by cell): 'Nơi nhận:', the signature's first "
          "line, the first item, the signature's next line …, the name beside an item")
def footer_cells_interleaved(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    blocks = _footer_blocks(lines)
    if blocks is None or blocks[2] < blocks[0]:
        return text  # (the signature printed above the label)
    label, end, start, stop = blocks
    left = [ln.strip() for ln in lines[label:end] if ln.strip()]
    right = [_PLAIN_MARKS.sub("", ln).strip() for ln in lines[start:stop] if ln.strip()]
    rows = [cell for a, b in _column_rows(left, right) for cell in (a, b) if cell]
    return "\n".join(lines[:label] + rows + lines[stop:])


#: The abbreviations the header's body names are shortened to, in the order they are applied
#: ("MẶT TRẬN TỔ QUỐC" → "MTTQ" first, so that "ỦY BAN MẶT TRẬN TỔ QUỐC" → "ỦY BAN MTTQ" →
#: "UBMTTQ"); their expansions come from ``lang.vi.abbreviations.BODY_ABBREVIATIONS``.
_SHORTENED_ABBREVIATIONS = ("MTTQ", "UBMTTQ", "UBND", "HĐND", "BCĐ", "BCH", "BTV")
#: The two ways "Ủy" is written in capitals (the tone mark over U or over Y).
_UY_SPELLINGS = ("ỦY", "UỶ")


def _shortened_bodies() -> tuple[tuple[str, str], ...]:
    """(body name in capitals, abbreviation) pairs in the order they are applied: each
    expansion upper-cased, the abbreviations before it applied to it, in both spellings of
    "Ủy"."""
    out: list[tuple[str, str]] = []
    for short in _SHORTENED_ABBREVIATIONS:
        full = BODY_ABBREVIATIONS[short].upper()
        for done, abbreviation in out:
            full = full.replace(done, abbreviation)
        out.append((full, short))
        if _UY_SPELLINGS[0] in full:
            out.append((full.replace(*_UY_SPELLINGS), short))
    return tuple(out)


#: Body names in capitals and the abbreviations headers print for them, in the order they are
#: shortened; each abbreviation is one the parser expands.
_SHORTENED_BODIES = _shortened_bodies()


@register("issuer_abbreviated", "the issuer's body names abbreviated in the header, as many "
          "offices print them ('UBND XÃ X', 'HĐND HUYỆN Y', 'UBMTTQ VIỆT NAM', 'BCĐ …', "
          "'BCH …'); the motto and the text under the header as printed")
def issuer_abbreviated(text: str, rng: random.Random) -> str:
    def rows(header: list[str]) -> list[str] | None:
        out = []
        for line in header:
            for full, short in _SHORTENED_BODIES:
                line = line.replace(full, short)
            out.append(line)
        return None if out == header else out
    return _with_header(text, rows)


# --- item labels (H19L) --------------------------------------------------------------------

#: Label styles of a list item (not of a part, a chapter, an article or a Roman heading).
_ITEM_LABEL_STYLES = frozenset({"arabic", "letter", "paren"})


def _item_label(line: str) -> Label | None:
    """The label of a line opened by an item's number ("1.", "2.1.", "a)", "(3)") with text
    after it (``rest``: where the item's text starts; the label as printed is the line up
    to it); None for a bullet, a heading's Roman numeral or part word, a table row or a
    label alone."""
    label = read_label(line)
    if label is None or label.style not in _ITEM_LABEL_STYLES or label.bullet is not None \
            or _TABLE_ROW.search(line) or not 0 < label.rest < len(line.rstrip()):
        return None
    return label


def _top_item_label(line: str) -> Label | None:
    """``_item_label`` of an item at the top of its list: a sub-item's "2.1." gives None."""
    label = _item_label(line)
    return None if label is None or (label.style == "arabic" and label.depth > 1) else label


def _printed(line: str, label: Label) -> str:
    """The label as the line prints it ("1.", "a)", "(3)")."""
    return line[:label.rest].rstrip()


@register("label_own_line", "Word numbering and PDF hanging indents saved as text: an item's "
          "number on a line of its own above the item ('1.' then 'Tổng số thu …'; '(2)' then "
          "'Xây dựng …'; 'a)' then 'Chất lượng …')")
def label_own_line(text: str, rng: random.Random) -> str:
    out = []
    for line in text.split("\n"):
        label = _item_label(line)
        if label is None:
            out.append(line)
            continue
        out.extend([_printed(line, label), line[label.rest:]])
    return "\n".join(out)


#: How a list's items close their number, and the other way of writing it: "1." and "1)",
#: "a)" and "a.".
_OTHER_CLOSE = {".": ")", ")": "."}


@register("label_close_swapped", "lists numbered the other way: '1)' for '1.', 'a.' for "
          "'a)' (each typist's habit; the number itself is unchanged)")
def label_close_swapped(text: str, rng: random.Random) -> str:
    out = []
    for line in text.split("\n"):
        label = _top_item_label(line)
        if label is None or label.style == "paren":
            out.append(line)
            continue
        printed = _printed(line, label)
        if printed[-1:] in _OTHER_CLOSE:
            printed = printed[:-1] + _OTHER_CLOSE[printed[-1]]
            line = printed + line[len(printed):]
        out.append(line)
    return "\n".join(out)


@register("label_list_one_paragraph", "web pages that lost a list's line breaks: the items of "
          "a numbered list ('1. …', '2. …' or '(1) …', '(2) …') run on in one paragraph, "
          "each after the one before it and a space")
def label_list_one_paragraph(text: str, rng: random.Random) -> str:
    out: list[str] = []
    style: str | None = None  # the style of the list the last line belongs to
    for line in text.split("\n"):
        label = _top_item_label(line)
        key = None if label is None else label.style
        if key is not None and key == style and out:
            out[-1] = out[-1].rstrip() + " " + line.strip()
            continue
        style = key
        out.append(line)
    return "\n".join(out)


# --- round H19H: the signature block's lines as the cells of one row ------------------------


@register("footer_signature_cells", "a signature block whose printed lines became the cells of "
          "one row (a PDF text line, a DOCX row saved with tabs): 'TM. ĐOÀN KIỂM TRA⇥TRƯỞNG "
          "ĐOÀN⇥Lê Thị Hoa', cut by a tab, a run of spaces or ' | '")
def footer_signature_cells(text: str, rng: random.Random) -> str:
    found = _signature_lines(text)
    if found is None:
        return text
    lines, start, stop = found
    cells = [_PLAIN_MARKS.sub("", ln).strip() for ln in lines[start:stop] if ln.strip()]
    gap = rng.choice(("\t", "      ", " | "))
    return "\n".join([*lines[:start], gap.join(cells), *lines[stop:]])


# --- a lead-in joined with its items (M19b, review R19a finding 4): a list of targets printed
# a line each in one copy and run into its lead-in's line in another.

#: A lead-in line: it ends with ":" (bold and italic marks aside).
_LEAD_END = lazy_compile(r":[ \t*_]*$")
#: Label styles of a lead-in that the joined items may follow (the items' own "(n)" aside).
_JOINED_LEAD_STYLES = frozenset({"roman", "arabic", "letter", "upper", "bullet"})
#: Label styles of the items that are joined (each renumbered "(1)", "(2)" … unless it is
#: one already).
_JOINED_ITEM_STYLES = frozenset({"paren", "arabic", "bullet"})
#: Fewest items under a lead-in that make a list to join.
MIN_JOINED_ITEMS = 2


def _item_marker(line: str) -> tuple[str, str] | None:
    """The kind of item a line is ((style, bullet character or depth)), or None."""
    label = read_label(line)
    if label is None or label.style not in _JOINED_ITEM_STYLES:
        return None
    return label.style, label.text if label.style == "bullet" else str(label.depth)


def _items_under(lines: list[str], i: int) -> tuple[int, list[int]] | None:
    """The item lines right under the lead-in at ``i`` (blank lines between them skipped),
    all of one kind and not the lead-in's own kind, and where the run ends."""
    lead = read_label(lines[i])
    if lead is not None and lead.style not in _JOINED_LEAD_STYLES:
        return None
    own = _item_marker(lines[i]) if lead is not None else None
    items: list[int] = []
    kind: tuple[str, str] | None = None
    k = i + 1
    while k < len(lines):
        if not lines[k].strip():
            k += 1
            continue
        marker = _item_marker(lines[k])
        if marker is None or marker == own or _TABLE_ROW.search(lines[k]) \
                or (kind is not None and marker != kind):
            break
        kind = marker
        items.append(k)
        k += 1
    if len(items) < MIN_JOINED_ITEMS:
        return None
    return items[-1] + 1, items


@register("lead_in_joined", "a list of targets run into its lead-in's line (web pages and "
          "DOCX text that lost the items' line breaks): 'Phấn đấu năm 2027:' over '- …' "
          "bullets or '1. …' items becomes 'Phấn đấu năm 2027: (1) …; (2) …' (items "
          "renumbered '(n)', so label accuracy under it means nothing)")
def lead_in_joined(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        found = None if _TABLE_ROW.search(line) or not _LEAD_END.search(line) \
            else _items_under(lines, i)
        if found is None:
            out.append(line)
            i += 1
            continue
        end, items = found
        parts = [line.rstrip()]
        for n, k in enumerate(items, 1):
            label = read_label(lines[k])
            rest = lines[k][label.rest:].strip() if label is not None else lines[k].strip()
            body = lines[k].strip() if label is not None and label.style == "paren" \
                else f"({n}) {rest}"
            parts.append(body)
        out.append(" ".join(parts))
        i = end
    return "\n".join(out)


# --- round H19N: thousands grouped with blanks ----------------------------------------------

#: A number grouped in thousands with dots ("12.500", "1.234.567"): the parser's own
#: pattern, so that a text it reads as grouping with dots is rewritten whole.
_DOTTED_THOUSANDS = DOT_GROUPED_RE


@register("thousands_spaces", "numbers grouped in thousands with blanks instead of dots (text "
          "typed or converted the international way, PDF text): '30.000 ha' becomes "
          "'30 000 ha', '1.234.567' becomes '1 234 567'")
def thousands_spaces(text: str, rng: random.Random) -> str:
    return _DOTTED_THOUSANDS.sub(lambda m: m.group().replace(".", " "), text)


# --- round H20W: a page's number at its head or its foot ------------------------------------

#: Blank lines between a page's number and the page's text (its margin): one to this many.
PAGE_MARGIN_LINES = 2


@register("page_heads_feet", "PDF text: the page's number printed at the next page's head, "
          "flush under the page before with one or two blank lines under it, or at the "
          "page's foot, blank lines above it and the next page's first line flush under it "
          "('2', '- 2 -', 'Trang 2', '2/7'), every 25 to 45 lines, half of the page breaks "
          "inside a sentence")
def page_heads_feet(text: str, rng: random.Random) -> str:
    form = rng.choice(_PAGE_FORMS)
    head = rng.random() < 0.5  # one document prints its numbers in one place

    def mark(number: str, nxt: str) -> list[str]:
        margin = [""] * rng.randint(1, PAGE_MARGIN_LINES)
        return [number, *margin] if head else [*margin, number]

    return _paginate(text, rng, form, mark, flush_next=True)


# --- H20R: footer layouts of issue 11's unseen documents -------------------------------------
# Each rewrites a clean footer found by :func:`_footer_blocks` ("Nơi nhận:" alone on its line,
# its bulleted items, the signature block under them); the gold stays valid (recipients are
# the items' texts, the signer's fields do not depend on the layout).

#: The seal notes a signed copy prints where the signature stood (no corpus document's).
_SEAL_NOTES = ("(Đã ký)", "(đã ký)", "(Đã ký và đóng dấu)", "(Ký tên, đóng dấu)")
#: The forms of a page's number printed at the foot or head of a page of PDF text.
_PAGE_NUMBER_FORMS = ("{n}", "- {n} -", "Trang {n}", "{n}/{total}")
#: A signer's name in title case: two to six words, each opened by a capital.
_TITLE_NAME = lazy_compile(r"^(?:\p{Lu}[\p{Ll}\p{M}]*\s+){1,5}\p{Lu}[\p{Ll}\p{M}]*$")


def _whole_items(lines: list[str]) -> tuple[int, list[int]] | None:
    """:func:`_recipient_lines` when its items are the whole list: None when the line after
    the last item goes on with it (an item wrapped onto a line with no bullet, which
    ``_recipient_lines`` leaves out: it ends in ";" or ",", it is not in capitals or an item
    follows it) rather than closing the list (a blank line, a table's row, the signature's
    line of capitals)."""
    found = _recipient_lines(lines)
    if found is None:
        return None
    k = found[1][-1] + 1
    if k < len(lines) and lines[k].strip() and not _TABLE_ROW.search(lines[k]) and (
            lines[k].rstrip().endswith((";", ",")) or not all_capitals(
                _PLAIN_MARKS.sub("", lines[k]), min_letters=2)
            or (k + 1 < len(lines) and _RECIPIENT_ITEM.match(lines[k + 1]))):
        return None
    return found


def _item_text(line: str) -> str:
    """A recipient item's line without its bullet ("- UBND xã;" → "UBND xã;"); the marks
    inside it stay (an archive code "B_04b" is printed so)."""
    return _RECIPIENT_ITEM_BULLET.sub("", line).strip()


#: The bullet that opens a recipient item's line, with the blanks and emphasis marks before
#: it and the blanks after it.
_RECIPIENT_ITEM_BULLET = lazy_compile(r"^[ \t*_]*[-–+•]\s*")


@register("footer_items_run_on", "a recipients' list whose line breaks were lost (web pages, "
          "DOCX cells saved as one paragraph): 'Nơi nhận: - Như trên; - UBND huyện (b/c); - "
          "Lưu: VT.' on one line, the items after the label and a space each")
def footer_items_run_on(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    found = _whole_items(lines)
    if found is None:
        return text
    label, items = found
    row = " ".join([_PLAIN_MARKS.sub("", lines[label]).strip(),
                    *(lines[k].strip() for k in items)])
    return "\n".join([*lines[:label], row, *lines[items[-1] + 1:]])


@register("footer_items_unbulleted", "a recipients' list printed without bullets (Word's list "
          "dashes lost in PDF text): 'Nơi nhận:' over 'Như trên;', 'UBND huyện (b/c);', "
          "'Lưu: VT.', one item a line")
def footer_items_unbulleted(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    found = _whole_items(lines)
    if found is None:
        return text
    for k in found[1]:
        lines[k] = _item_text(lines[k])
    return "\n".join(lines)


@register("footer_first_item_on_label", "the first recipient item printed on the label's line "
          "('Nơi nhận: - Như trên;'), the other items under it")
def footer_first_item_on_label(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    found = _whole_items(lines)
    if found is None:
        return text
    label, items = found
    lines[label] = _PLAIN_MARKS.sub("", lines[label]).strip() + " " + lines[items[0]].strip()
    del lines[items[0]]
    return "\n".join(lines)


def _signer_name_line(text: str) -> tuple[list[str], int, str] | None:
    """The text's lines, the index of the signature block's last line and that line without
    marks, when it is a person's name (None when there is no signature or no name)."""
    found = _signature_lines(text)
    if found is None:
        return None
    lines, start, stop = found
    name = max(k for k in range(start, stop) if lines[k].strip())
    plain = _PLAIN_MARKS.sub("", lines[name]).strip()
    if not _TITLE_NAME.match(plain):
        return None
    return lines, name, plain


@register("footer_seal_note", "a signed copy's seal note where the signature stood: '(Đã ký)', "
          "'(Đã ký và đóng dấu)' on a line of its own between the position and the name")
def footer_seal_note(text: str, rng: random.Random) -> str:
    found = _signer_name_line(text)
    if found is None:
        return text
    lines, name, _ = found
    return "\n".join([*lines[:name], rng.choice(_SEAL_NOTES), *lines[name:]])


@register("footer_seal_note_beside_name", "a signed copy's seal note printed on the name's "
          "line (web copies that lost the line break): '(Đã ký) Nguyễn Văn An' or 'Nguyễn "
          "Văn An (đã ký)'")
def footer_seal_note_beside_name(text: str, rng: random.Random) -> str:
    found = _signer_name_line(text)
    if found is None:
        return text
    lines, name, plain = found
    note = rng.choice(_SEAL_NOTES)
    lines[name] = f"{note} {plain}" if rng.random() < 0.5 else f"{plain} {note}"
    return "\n".join(lines)


@register("footer_name_capitals", "the signer's name printed in capitals ('NGUYỄN VĂN AN'), "
          "as many scanned and web copies print it")
def footer_name_capitals(text: str, rng: random.Random) -> str:
    found = _signer_name_line(text)
    if found is None:
        return text
    lines, name, plain = found
    lines[name] = plain.upper()
    return "\n".join(lines)


@register("footer_signature_above", "a two-column footer copied right cell first (DOCX and "
          "web tables read column by column): the signature block, then 'Nơi nhận:' and its "
          "items")
def footer_signature_above(text: str, rng: random.Random) -> str:
    found = _footer_under_recipients(text)
    if found is None:
        return text
    lines, (label, end, start, stop) = found
    signature = [_PLAIN_MARKS.sub("", ln).strip() for ln in lines[start:stop]]
    if not _TITLE_NAME.match(next(ln for ln in reversed(signature) if ln)):
        return text  # the block ends before the name (left further down): not moved whole
    return "\n".join([*lines[:label], *signature, "", *lines[label:end], *lines[stop:]])


@register("footer_page_number_before", "the footer printed on a page of its own in PDF text: "
          "the page's number ('3', '- 3 -', 'Trang 3', '3/3') on a line between blank lines "
          "right above 'Nơi nhận:'")
def footer_page_number_before(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    found = _recipient_lines(lines)
    if found is None:
        return text
    n = rng.randint(2, 9)
    page = rng.choice(_PAGE_NUMBER_FORMS).format(n=n, total=n)
    label = found[0]
    return "\n".join([*lines[:label], "", page, "", *lines[label:]])


# H20H --- header layouts, round 20 (issue 11): the issuer and the motto run into one line,
# the two columns glued without a space, a title's topic over two or three lines with blank
# lines between, the number and the place and date on one line, a parent body above a
# one-line issuer, and the page-1 header repeated after a page break.  Each rewrite keeps
# every field of the gold (the parent body is no part of the issuer, decision of the header
# conventions in docs/annotation.md).

#: An issuer line naming a body under a parent ("SỞ …", "PHÒNG …", "TRƯỜNG …"), and the
#: parent's level printed above it.
_CHILD_BODIES = (("SỞ ", "TỈNH"), ("BAN ", "TỈNH"), ("PHÒNG ", "HUYỆN"), ("TRƯỜNG ", "HUYỆN"),
                 ("TRUNG TÂM ", "HUYỆN"))
#: A bare page number printed where a page breaks.
_PAGE_BREAK_NUMBER = "{n}"


@register("header_motto_run_in", "the issuer's lines and the national motto run into one "
          "line with single spaces ('ỦY BAN NHÂN DÂN XÃ A CỘNG HÒA … Độc lập - Tự do - Hạnh "
          "phúc'), the number and the place and date under it as printed")
def header_motto_run_in(text: str, rng: random.Random) -> str:
    return _reordered(text, lambda c: [" ".join([*c.issuer, *c.motto, c.tail]), *c.number,
                                       *c.place, *c.rest])


@register("header_columns_glued", "headers of PDF text whose two columns were read row by row "
          "without a space between them: 'ỦY BAN NHÂN DÂNCỘNG HÒA …', 'XÃ AĐộc lập - Tự do - "
          "Hạnh phúc', 'Số: 12/KH-UBNDA, ngày …'")
def header_columns_glued(text: str, rng: random.Random) -> str:
    return _side_by_side(text, lambda: "")


@register("title_blank_lines", "the type word on its line and the title's topic over two or "
          "three lines with a blank line between each (paragraphs copied from a word "
          "processor)")
def title_blank_lines(text: str, rng: random.Random) -> str:
    def split(type_line: str, words: list[str]) -> list[str] | None:
        if len(words) < 4:
            return None
        pieces = _cut(words, rng.randint(2, min(3, len(words) - 1)), rng)
        return [type_line, "", *(x for p in pieces for x in (p, ""))][:-1]
    return _with_title(text, split)


@register("header_number_date_one_line", "the number and the place and date on one line with "
          "a single space between ('Số: 12/KH-UBND A, ngày 3 tháng 4 năm 2026'), the issuer "
          "and the motto above as printed")
def header_number_date_one_line(text: str, rng: random.Random) -> str:
    return _reordered(text, lambda c: [*c.issuer, *c.motto, c.tail,
                                       " ".join([*c.number, *c.place]), *c.rest])


def _parent_line(cols: _Columns) -> str | None:
    """A parent body for a one-line issuer under one ("UBND HUYỆN A" above "PHÒNG …"), named
    after the place of the date line, or None."""
    if len(cols.issuer) != 1:
        return None
    place = _PLACE_NAME.match(" ".join(cols.place))
    for head, level in _CHILD_BODIES:
        if cols.issuer[0].startswith(head) and place is not None:
            return f"UBND {level} {place.group(1).upper()}"
    return None


_PLACE_NAME = lazy_compile(r"^[ \t*_]*(\p{Lu}[\p{L} ]*?)\s*,\s*ngày\b")


@register("issuer_parent_line", "a one-line issuer ('SỞ …', 'PHÒNG …', 'TRƯỜNG …') printed "
          "under its parent body ('UBND TỈNH A', 'UBND HUYỆN A', named after the place)")
def issuer_parent_line(text: str, rng: random.Random) -> str:
    def rows(header: list[str]) -> list[str] | None:
        cols = _read_columns(header)
        parent = None if cols is None else _parent_line(cols)
        if cols is None or parent is None:
            return None
        return [parent, *cols.issuer, *cols.motto, cols.tail, *cols.number, *cols.place,
                *cols.rest]
    return _with_header(text, rows)


@register("header_repeated", "the page-1 header (issuer, motto, number, place and date) "
          "printed again after a page break in the body, under the page's number (PDF text "
          "of a letterhead template, scans of each page)")
def header_repeated(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    end = _header_end(lines)
    if end is None or end == 0 or _read_columns(lines[:end]) is None:
        return text
    block = _title_block(lines, end)
    start = block[1] if block is not None else end + 1
    # page 1 ends at a paragraph break a third of the text down, at least two paragraphs of
    # the body under the title (never inside the title's block or a table)
    third, offset, paragraphs, k = len(text) // 3, 0, 0, None
    for j, line in enumerate(lines[:-1]):
        offset += len(line) + 1
        if j <= start or line.strip() or not lines[j + 1].strip():
            continue
        paragraphs += 1
        if paragraphs >= 2 and offset >= third and not _TABLE_ROW.search(lines[j + 1]) \
                and not _TABLE_ROW.search(lines[j - 1]):
            k = j
            break
    if k is None:
        return text
    page = _PAGE_BREAK_NUMBER.format(n=rng.randint(2, 5))
    return "\n".join([*lines[:k], "", page, "", *lines[:end], "", *lines[k:]])
