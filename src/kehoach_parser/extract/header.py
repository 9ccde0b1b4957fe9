"""The header: document type, number and symbol, title, place and date, issuer.

The header block runs from the top to the end of the title (trích yếu).  Its lines may be
one column after another or two columns side by side (issuing body | quốc hiệu,
Số | place and date), separated by a tab or " | "; each line is split into cells first.

* type   — a cell that is exactly a document type in capitals ("KẾ HOẠCH"); else the type
           code of the symbol ("KH-UBND" → "Kế hoạch").
* number, symbol — the "Số:" cell: everything before the type code is the number
           ("50/2019" in "50/2019/NQ-HĐND"), blank when only dots or spaces stand there.
* place, issued_date — the "Place, ngày … tháng … năm …" cell; a blank day gives "2026-06".
* title  — the paragraph right after the type line, joined into one line.
* issuer — the upper-case body lines of the header ("ỦY BAN NHÂN DÂN / XÃ THƯỢNG NINH");
           with no header, the body named in "… xã Hương Bình ban hành …"; never guessed.

This stage also fixes where the body starts (``ctx.body``): after the title.
"""

from __future__ import annotations

import regex

from kehoach_parser.context import ParseContext
from kehoach_parser.document import Span
from kehoach_parser.extract.casing import (
    doc_type_case,
    expand_abbreviations,
    place_case,
    upper_body_case,
)
from kehoach_parser.extract.footer import Cell, split_cells
from kehoach_parser.lang.vi.abbreviations import BODY_ABBREVIATIONS, BODY_HEADS, SHORT_BODY_NAMES
from kehoach_parser.lang.vi.admin_units import ADMIN_UNITS
from kehoach_parser.lang.vi.doc_types import HEADER_DOC_TYPES, doc_type_from_code
from kehoach_parser.lang.vi.header_words import BODY_OPENERS, HEADER_MAX_LINES, NATIONAL_LINES
from kehoach_parser.text.capitals import all_capitals

_SO_RE = regex.compile(r"^(?:Số|SỐ|Sô|So)\s*[:.]?\s*(?P<rest>.*)$")
_DATE_LINE_RE = regex.compile(
    r"^(?:(?P<place>[^,\d]{1,60}?)\s*,\s*)?ngày\s*(?P<d>[\d]{1,2}|[\s.…_]*)\s*"
    r"(?:tháng\s*(?P<m>\d{1,2}|[\s.…_]*)\s*năm\s*(?P<y>\d{4})"
    r"|[/.-](?P<m2>\d{1,2})[/.-](?P<y2>\d{4}))",
    regex.IGNORECASE,
)
_UNITS = "|".join(regex.escape(u) for u in ADMIN_UNITS)
_BODY_WORDS = "|".join(
    regex.escape(w)
    for w in sorted(
        [*BODY_ABBREVIATIONS, *SHORT_BODY_NAMES, "Ủy ban nhân dân", "Hội đồng nhân dân",
         "Uỷ ban nhân dân"],
        key=len, reverse=True,
    )
)
#: "<body> <unit> <Proper Name> (đã) ban hành" — the body issuing this very document.
#: Body and unit words match in any case; the place name must be capitalised.
_ISSUES_RE = regex.compile(
    rf"(?<!của\s)(?P<issuer>(?i:{_BODY_WORDS})\s+(?i:{_UNITS})\s+"
    rf"(?:\p{{Lu}}[\p{{Ll}}\p{{M}}]*\s+){{0,4}}?\p{{Lu}}[\p{{Ll}}\p{{M}}]*)"
    rf"\s+(?i:(?:đã\s+)?ban hành)(?![\p{{L}}])"
)
_NATIONAL = frozenset(NATIONAL_LINES)


def _upper(text: str) -> bool:
    return all_capitals(text, min_letters=2)


def _is_national(text: str) -> bool:
    up = regex.sub(r"\s*[-–]\s*", " - ", text.upper()).strip(" -_.")
    return up in _NATIONAL or up.startswith(("CỘNG HÒA XÃ HỘI", "ĐỘC LẬP"))


def _clean(text: str) -> str:
    return regex.sub(r"\s+", " ", text).strip()


def parse_number(rest: str) -> tuple[str | None, str | None]:
    """'184/KH-UBND' → ('184', 'KH-UBND'); '/KH-UBND' → (None, 'KH-UBND')."""
    compact = regex.sub(r"\s+", "", rest).rstrip(".,;")
    m = regex.search(r"\p{L}", compact)
    if m is None:
        return (None, None)
    num_part = compact[: m.start()].strip("/-–. …_")
    symbol = compact[m.start():].replace("–", "-")
    number = num_part if regex.search(r"\d", num_part) else None
    return (number, symbol or None)


def _type_from_symbol(symbol: str | None) -> str | None:
    if not symbol:
        return None
    code = regex.split(r"[-/]", symbol)[0]
    return doc_type_from_code(code)


def _iso(y: str | None, m: str | None, d: str | None) -> str | None:
    if not y:
        return None
    out = y
    if m and m.strip(" .…_").isdigit():
        mm = int(m.strip(" .…_"))
        if not 1 <= mm <= 12:
            return y
        out += f"-{mm:02d}"
        if d and d.strip(" .…_").isdigit():
            dd = int(d.strip(" .…_"))
            if 1 <= dd <= 31:
                out += f"-{dd:02d}"
    return out


def parse_header(ctx: ParseContext) -> None:
    md = ctx.metadata
    lines = ctx.lines
    limit = min(len(lines), HEADER_MAX_LINES)
    body_start = ctx.body[0]
    header_cells: list[Cell] = []
    type_line: int | None = None
    for ln in lines[:limit]:
        if ln.start >= ctx.body[1]:
            break
        cells = split_cells(ln)
        for cell in cells:
            name = doc_type_case(cell.text) if _upper(cell.text) else None
            if name and name in HEADER_DOC_TYPES and type_line is None:
                md.doc_type = name
                md.spans["doc_type"] = (cell.start, cell.end)
                type_line = ln.index
        if type_line is not None and ln.index == type_line:
            break
        header_cells.extend(cells)
        if regex.match(r"^(?:[IVX]+|\d+)\s*[.)]\s", ln.text) and type_line is None:
            break  # the body started: there is no type line
    # Số, place/date, issuer from the cells above the type line (or the first lines)
    if type_line is None:
        header_cells = [c for ln in lines[: min(limit, 12)] for c in split_cells(ln)]
    issuer_cells: list[Cell] = []
    for cell in _merge_blank_gaps(header_cells):
        text = cell.text
        m = _SO_RE.match(text)
        if m and md.symbol is None and ("/" in text or "-" in text):
            number, symbol = parse_number(m.group("rest"))
            md.number, md.symbol = number, symbol
            md.spans["symbol"] = (cell.end - len(m.group("rest")), cell.end)
            continue
        dm = _DATE_LINE_RE.match(text)
        if dm and md.issued_date is None:
            y = dm.group("y") or dm.group("y2")
            mo = dm.group("m") if dm.group("y") else dm.group("m2")
            md.issued_date = _iso(y, mo, dm.group("d"))
            md.spans["issued_date"] = (cell.start + dm.start("d") - len("ngày"), cell.start
                                       + dm.end())
            place = dm.group("place")
            if place and regex.search(r"\p{L}", place) and not regex.fullmatch(r"[.…_\s]+",
                                                                                place):
                md.place = place_case(_clean(place))
                md.spans["place"] = (cell.start + dm.start("place"),
                                     cell.start + dm.end("place"))
            continue
        if _upper(text) and not _is_national(text) and not doc_type_case(text):
            issuer_cells.append(cell)
    if md.doc_type is None:
        md.doc_type = _type_from_symbol(md.symbol)
    _issuer_from_header(ctx, issuer_cells)
    # title: the paragraph after the type line
    if type_line is not None:
        title_end = _title(ctx, type_line)
        body_start = max(body_start, title_end)
    if md.issuer is None:
        _issuer_from_body(ctx)
    ctx.body = (body_start, ctx.body[1])


#: A cell ending so was cut by a blank left wide in a draft ("Số:      /KH-UBND",
#: "ngày      tháng 3 năm 2027"), not by a column gap: it goes on in the next cell.
_OPEN_END_RE = regex.compile(r"(?i)(?:^(?:Số|So)\s*[:.]?|(?<![\p{L}])(?:ngày|tháng))$")


def _merge_blank_gaps(cells: list[Cell]) -> list[Cell]:
    out: list[Cell] = []
    for cell in cells:
        if out and out[-1].line == cell.line and _OPEN_END_RE.search(out[-1].text):
            prev = out.pop()
            cell = Cell(prev.start, cell.end, f"{prev.text} {cell.text}", cell.line)
        out.append(cell)
    return out


def _title(ctx: ParseContext, type_line: int) -> int:
    """Read the title after the type line; return the offset where the body starts."""
    lines = ctx.lines
    i = type_line + 1
    while i < len(lines) and lines[i].blank:
        i += 1
    parts: list[tuple[int, int, str]] = []
    while i < len(lines) and not lines[i].blank:
        text = lines[i].text.strip()
        low = text.casefold()
        if parts and (_upper(text) or any(low.startswith(o) for o in BODY_OPENERS)):
            break
        if not parts and any(low.startswith(o) for o in BODY_OPENERS) and len(text) > 200:
            return lines[type_line].end
        if regex.match(r"^(?:[IVX]+|\d+)\s*[.)]\s", text):
            break
        parts.append((lines[i].start, lines[i].end, text))
        i += 1
    if not parts:
        return lines[type_line].end
    title = _clean(" ".join(p[2] for p in parts))
    ctx.metadata.title = title.rstrip(".;")
    ctx.metadata.spans["title"] = (parts[0][0], parts[-1][1])
    return parts[-1][1]


def _issuer_from_header(ctx: ParseContext, cells: list[Cell]) -> None:
    """Issuer lines: upper-case cells of the header's left column, top to bottom."""
    cells = [c for c in cells if not _SO_RE.match(c.text)]
    if not cells:
        return
    heads = tuple(BODY_HEADS)
    # the issuer starts at the last cell that opens a body name
    start = None
    for k, cell in enumerate(cells):
        up = cell.text.upper()
        if up.startswith(heads):
            start = k
    if start is None:
        return
    chosen = cells[start:]
    # stop at the first cell that is not a continuation (a locality or the body's tail)
    picked = [chosen[0]]
    for cell in chosen[1:]:
        if cell.line - picked[-1].line > 2:
            break
        picked.append(cell)
    parent = cells[:start]
    text = " ".join(c.text for c in picked)
    issuer = upper_body_case(text)
    if not regex.search(rf"(?i)\b(?:{_UNITS})\s", issuer) and parent:
        # "SỞ NỘI VỤ" under "UBND TỈNH THANH HÓA": the locality comes from the parent
        parent_full = upper_body_case(" ".join(c.text for c in parent))
        m = regex.search(rf"(?i)\b(?:{_UNITS})\s.+$", parent_full)
        if m:
            issuer = f"{issuer} {m.group()}"
    ctx.metadata.issuer = issuer
    ctx.metadata.spans["issuer"] = (picked[0].start, picked[-1].end)


def _issuer_from_body(ctx: ParseContext) -> None:
    """'UBND xã Hương Bình ban hành …' in the opening paragraphs."""
    start, end = ctx.body
    window = ctx.text[start: min(end, start + 6000)]
    m = _ISSUES_RE.search(window)
    if not m:
        return
    span: Span = (start + m.start("issuer"), start + m.end("issuer"))
    issuer = expand_abbreviations(_clean(m.group("issuer")))
    ctx.metadata.issuer = issuer[0].upper() + issuer[1:]
    ctx.metadata.spans["issuer"] = span
