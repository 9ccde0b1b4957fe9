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

A web page's headline printed above the document's own header ("KẾ HOẠCH X" on the first
line, then the motto and a type line) is no type line: the header under it is read.

This stage also fixes where the body starts (``ctx.body``): after the title.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kehoach_parser.context import ParseContext
from kehoach_parser.document import Span
from kehoach_parser.extract import windows
from kehoach_parser.extract.casing import (
    doc_type_case,
    expand_abbreviations,
    header_place_case,
)
from kehoach_parser.extract.footer import Cell
from kehoach_parser.extract.header_cells import (
    TYPE_CODE_ALONE_RE,
    _header_cells,
    _merge_blank_gaps,
    place_date_beside,
)
from kehoach_parser.extract.header_dates import _date_above_signature, _date_of_adoption, _iso
from kehoach_parser.extract.header_first_line import first_line_type, is_headline
from kehoach_parser.extract.header_text import (
    _DATE_CELL_END_RE,
    _DATE_LINE_RE,
    _LETTER_OPENING_RE,
    _RULE_LINE_RE,
    _SO_RE,
    _SPACE_RUN_RE,
    LETTER_TYPE,
    _clean,
    _upper,
    place_date_match,
)
from kehoach_parser.extract.header_title import (
    _LETTER_RE,
    _SUBJECT_RE,
    _opens_letter,
    _subject_cell,
    _title,
    _title_without_type_line,
    _type_cell,
    _type_line_owner,
)
from kehoach_parser.extract.issuer import (
    is_motto_fragment,
    issuer_from_cells,
    sentence_case_issuer_cell,
)
from kehoach_parser.extract.issuer_codes import issuer_from_symbol
from kehoach_parser.extract.issuer_in_text import (
    enacting_line,
    is_bare_local_body,
    letter_sender,
    locality_from_text,
    named_body_under_title,
)
from kehoach_parser.extract.issuer_statement import (
    congress_issuer,
    ends_on_unit,
    notifying_issuer,
    opens_with_enacting_sentence,
    stated_issuer,
    with_locality,
)
from kehoach_parser.lang.vi.abbreviations import (
    BODY_ABBREVIATIONS,
    FULL_BODY_NAMES,
    SHORT_BODY_NAMES,
)
from kehoach_parser.lang.vi.admin_units import ADMIN_UNITS
from kehoach_parser.lang.vi.doc_types import HEADER_DOC_TYPES, doc_type_from_code
from kehoach_parser.lang.vi.header_words import (
    CONGRESS_DOC_TYPE,
    HEADER_MAX_LINES,
    NATIONAL_ISSUER_CODES,
    TITLE_NOUN_TYPES,
)
from kehoach_parser.lang.vi.numbering import ARTICLE_WORDS
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.loaders.encodings.syllables import is_syllable
from kehoach_parser.text.lines import Line

#: Patterns of the header's small steps, compiled once (a pattern string given to
#: ``regex.match`` is looked up in the library's cache on every call).
_DIGIT_RE = lazy_compile(r"\d")
_CODE_CUT_RE = lazy_compile(r"[-/]")
#: A Roman or Arabic label opening a line: the body has started ("I. MỤC ĐÍCH", "1. …").
#: ... or an article ("Điều 1."): a decision that lost its type line is past its preamble
#: (a "KẾ HOẠCH" under it heads the plan it issues).
_BODY_LABEL_RE = lazy_compile(r"^(?:[IVX]+|\d+)\s*[.)]\s|^" + alternation(ARTICLE_WORDS)
                              + r"\s+\d+\s*[.:]")
#: A template's blank to fill ("……", "___").
_BLANK_FILL_RE = lazy_compile(r"[.…_\s]+")

_UNITS = alternation(ADMIN_UNITS)
_BODY_WORDS = alternation([*BODY_ABBREVIATIONS, *SHORT_BODY_NAMES, *FULL_BODY_NAMES])
#: "<body> <unit> <Proper Name> (đã) ban hành" — the body issuing this very document.
#: Body and unit words match in any case; the place name must be capitalised.
_ISSUES_RE = lazy_compile(
    rf"(?<!của\s)(?P<issuer>(?i:{_BODY_WORDS})\s+(?i:{_UNITS})\s+"
    rf"(?:\p{{Lu}}[\p{{Ll}}\p{{M}}]*\s+){{0,4}}?\p{{Lu}}[\p{{Ll}}\p{{M}}]*)"
    rf"\s+(?i:(?:đã\s+)?ban hành)(?![\p{{L}}])"
    # "… ban hành Kế hoạch số 27/KH-UBND": a report of another, numbered document
    rf"(?!\s+(?:\p{{L}}+\s+){{1,3}}số\s*\d)"
)
#: A clock time after a date: the time stamp of a web page ("Ngày 01/03/2018 16:27:31").
_CLOCK_RE = lazy_compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")
#: The piece of a place name a narrow column cut from its date: capitalised words ("Tam",
#: "Buôn Ma"), maybe after a unit word ("Thành phố Hồ Chí") — never a bullet, a motto or a
#: line in capitals.
_PLACE_PIECE_RE = lazy_compile(
    rf"^(?:(?i:{_UNITS})\s+)?\p{{Lu}}[\p{{Ll}}\p{{M}}]+(?:\s\p{{Lu}}[\p{{Ll}}\p{{M}}]+){{0,2}}$")
#: A number with a letter after it ("15b", "20a") before the "/" of the type code.
_LETTERED_NUMBER_RE = lazy_compile(
    r"^(?P<number>(?:\d+/)*\d+\p{Ll})/(?P<symbol>\p{Lu}\p{L}*(?:[-–.]\p{L}+)*)$")


#: A number line whose number is blank and whose year is printed ("/2026/NQ-HĐND",
#: "…/2026/QĐ-UBND"): the spec's blank number (null).
_BLANK_BEFORE_YEAR_RE = lazy_compile(r"^[.…_]*/(?:19|20)\d\d/")


def parse_number(rest: str) -> tuple[str | None, str | None]:
    """'184/KH-UBND' → ('184', 'KH-UBND'); '/KH-UBND' → (None, 'KH-UBND');
    '15b/KH-UBND' → ('15b', 'KH-UBND'); '/2026/NQ-HĐND' → (None, 'NQ-HĐND')."""
    # a template's blank left after the code ("KH-UBND…………", "KH-UBND___") is no part of it
    compact = _SPACE_RUN_RE.sub("", rest).rstrip(".,;…_")
    lettered = _LETTERED_NUMBER_RE.match(compact)
    if lettered is not None:
        return (lettered.group("number"), lettered.group("symbol").replace("–", "-"))
    m = _LETTER_RE.search(compact)
    if m is None:
        return (None, None)
    num_part = compact[: m.start()].strip("/-–. …_")
    symbol = compact[m.start():].replace("–", "-")
    number = num_part if _DIGIT_RE.search(num_part) else None
    if number is not None and _BLANK_BEFORE_YEAR_RE.match(compact):
        # "Số: /2026/NQ-HĐND": the template prints the year, the number is left blank
        number = None
    return (number, symbol or None)


#: A number and symbol ("184/KH-UBND", "50/2019/NQ-HĐND", "/TTr-UBND") is short and has no
#: run of small letters (a sentence opening "Số cán bộ, công chức …/tổng số …" has).
NUMBER_MAX_CHARS = 40
_SENTENCE_WORD_RE = lazy_compile(r"\p{Ll}{3,}")


#: The number and date lines printed under the type line stand within this many lines: the
#: number line and the place and date line, each with one blank line above it.
FIELDS_UNDER_TYPE_MAX_LINES = 4


def _fields_under_type_line(lines: list[Line], type_line: int) -> list[int]:
    """The lines right under the type line that hold only the number ("Số: 12/KH-UBND") or
    the place and date, printed there by some sites before the title; none when the line
    under the type line is anything else."""
    found: list[int] = []
    for ln in lines[type_line + 1:type_line + 1 + FIELDS_UNDER_TYPE_MAX_LINES]:
        if ln.blank:
            continue
        cells = _header_cells(ln)
        if not cells or not all(_is_field_cell(c.text) for c in cells):
            break
        found.append(ln.index)
    return found


def _is_field_cell(text: str) -> bool:
    m = _SO_RE.match(text)
    if m is not None:
        return ("/" in text or "-" in text) and _looks_like_number(m.group("rest"))
    return place_date_match(text) is not None


def _looks_like_number(rest: str) -> bool:
    compact = _SPACE_RUN_RE.sub("", rest)
    return len(compact) <= NUMBER_MAX_CHARS and not _SENTENCE_WORD_RE.search(compact)


def _type_from_symbol(symbol: str | None) -> str | None:
    if not symbol:
        return None
    code = _CODE_CUT_RE.split(symbol)[0]
    return doc_type_from_code(code)


#: The codes of issuing bodies in a symbol ("UBND", "HĐND", "MTTQ"): the abbreviations
#: written in capitals as one word.
_BODY_CODES = frozenset(a for a in BODY_ABBREVIATIONS if a.isupper() and a.isalpha())
#: A symbol's last run of capitals, after "-", "/" or "." (any code, not only an issuer's:
#: compare ``issuer_codes._LAST_CODE_RE``, which reads a national issuer's code).
_SYMBOL_LAST_CODE_RE = lazy_compile(r"[-/.]\s*(\p{Lu}+)$")


def _completes_body_code(symbol: str, text: str) -> bool:
    """``text`` (a line of capitals) is the rest of the symbol's last code cut inside a
    word, so that the two make a body's code ("KH-UB" + "ND" → "UBND")."""
    m = _SYMBOL_LAST_CODE_RE.search(symbol)
    if m is None or not text.isalpha() or not text.isupper():
        return False
    return m.group(1) not in _BODY_CODES and m.group(1) + text in _BODY_CODES


#: Lines with text under the number line where the rest of a symbol cut after a "-" may
#: stand (the place and date line may come between).
SYMBOL_TAIL_MAX_LINES = 2


def _within_symbol_tail(lines: list[Line], fields_line: int, line: int) -> bool:
    """Whether ``line`` is one of the ``SYMBOL_TAIL_MAX_LINES`` lines with text under the
    number line (``fields_line``), where the rest of a cut symbol may stand."""
    return 0 < sum(not ln.blank for ln in lines[fields_line + 1: line + 1]) \
        <= SYMBOL_TAIL_MAX_LINES


def _symbol_tail(symbol: str, text: str) -> str | None:
    """The rest of a symbol cut by the wrap of its narrow column that the cell ``text``
    holds: a last code after a "-" ("Số: 25/BC-BCĐ-" ⏎ "XMC", its spaces dropped), or the
    rest of a body's code cut inside the word ("Số: 25/KH-UB" ⏎ "ND"); None for any other
    cell."""
    if symbol.endswith(("-", "–")) and TYPE_CODE_ALONE_RE.match(text):
        return _SPACE_RUN_RE.sub("", text)
    if _completes_body_code(symbol, text) or _completes_code(symbol, text):
        return text
    return None


#: Letters of the piece of a code a narrow column cut off ("CSKM" of "KH-THCSKM").
CODE_PIECE_MAX_LETTERS = 8


def _completes_code(symbol: str, text: str) -> bool:
    """``text``, a line of capitals that no Vietnamese syllable spells ("CSKM", "VPCP"),
    is the rest of the symbol's last code cut inside it ("Số: 37/KH-TH" ⏎ "CSKM"): a code
    is an acronym, a cut word of the header ("XÃ", "TRƯỜNG") a syllable.  A code before
    the cut that is a body's code whole ("KH-UBND") takes only the code of a national body
    ("TB-VP" ⏎ "CP": "VPCP", the Government's Office)."""
    m = _SYMBOL_LAST_CODE_RE.search(symbol)
    return m is not None and text.isalpha() and text.isupper() \
        and 2 <= len(text) <= CODE_PIECE_MAX_LETTERS and not is_syllable(text) \
        and (m.group(1) not in _BODY_CODES or text in NATIONAL_ISSUER_CODES)


@dataclass
class _TypeLineScan:
    """The header's lines read down to the type line."""

    #: the header's cells above the type line (and the number and date lines under it)
    cells: list[Cell] = field(default_factory=list)
    line: int | None = None  #: the type line
    title_on_line: Cell | None = None  #: the title's start on the type line, after the type
    word_cell: Cell | None = None  #: the type line's cell
    owner: Cell | None = None  #: "CỦA <body>" in the type line
    title_after: int | None = None  #: the number or date line under the type line, if any


#: Lines under the type line where the place and date may stand beside the title's lines:
#: a title in the header's left column runs over three or four lines; a date cell further
#: down is read, if at all, by the date scan.  ``_title`` cuts a place-and-date cell off any
#: title line, on purpose: on a fifth line the date is still read later, and the title keeps
#: its line without the date's words (cutting only at the line read here dropped that line).
TITLE_BESIDE_MAX_LINES = 4


def _headline_over_header(ctx: ParseContext, index: int, limit: int) -> bool:
    """The type line at ``index``, the first line with text and more than the type word
    ("KẾ HOẠCH TUYỂN SINH NĂM HỌC …"), is a web page's headline over the document's own
    header: a line under it holds a piece of the motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
    NAM", "ĐẢNG CỘNG SẢN VIỆT NAM") and a type line follows that line."""
    lines = ctx.lines
    motto = False
    for k in range(index + 1, limit):
        ln = lines[k]
        if ln.start >= ctx.body[1] or _BODY_LABEL_RE.match(ln.text):
            return False
        if ln.blank:
            continue
        cells = _header_cells(ln)
        if not motto:
            motto = any(is_motto_fragment(c.text) for c in cells)
            continue
        under = next((lines[m].text for m in range(k + 1, len(lines)) if not lines[m].blank),
                     None)
        if any(_type_cell(c, under)[0] is not None for c in cells):
            return True
    return False


def _scan_to_type_line(ctx: ParseContext, limit: int) -> _TypeLineScan:
    """Read the first ``limit`` lines down to the type line: the header's cells above it,
    the type (set in the metadata with its span), the title's start on the type line, and
    the number and date lines some sites print under it."""
    md = ctx.metadata
    lines = ctx.lines
    found = _TypeLineScan()
    motto_above = False  # a piece of the motto among the cells
    for ln in lines[:limit]:
        if ln.start >= ctx.body[1]:
            break
        cells = _header_cells(ln)
        # the lines with text under and over this one, which tell an enacting "QUYẾT ĐỊNH:"
        # from a type line (read once a line, without copying the document's lines)
        under = next((lines[k].text for k in range(ln.index + 1, len(lines))
                      if not lines[k].blank), None)
        over = next((lines[k].text for k in range(ln.index - 1, -1, -1)
                     if not lines[k].blank), None)
        headline = False
        for j, cell in enumerate(cells):
            name, rest = _type_cell(cell, under, over if j == 0 else None)
            if name is None and len(cells) == 1 and motto_above:
                name = _typed_type_line(cell.text)
            if name and found.line is None and j == 0 and over is None \
                    and len(cell.text.split()) > len(name.split()) \
                    and _headline_over_header(ctx, ln.index, limit):
                headline = True  # a web page's headline over the document's own header
                break
            if name and found.line is None:
                found.cells.extend(cells[:j])  # a body's name before it on its line
                motto_above = motto_above or any(is_motto_fragment(c.text) for c in cells[:j])
                md.doc_type = name
                md.spans["doc_type"] = (cell.start, cell.start + len(cell.text) - len(
                    rest.text if rest else ""))
                found.line = ln.index
                found.title_on_line = rest
                found.word_cell = cell
                found.owner = _type_line_owner(cell)
        if found.line is not None and ln.index == found.line:
            # the place and date printed beside the type line, in the motto's column
            # ("KẾ HOẠCH ⇥ An Phú, ngày 10 tháng 3 năm 2026"): a header cell
            # (its pieces joined where a filled-in day left wide gaps, which became
            # separators: "Bắc Hà, ngày ⇥ 29 ⇥ tháng 6 năm 2012")
            at = next((j for j, c in enumerate(cells) if c is found.word_cell), len(cells))
            beside_type = _merge_blank_gaps(cells[at + 1:])
            if found.title_on_line is None and len(beside_type) == 1 \
                    and _is_field_cell(beside_type[0].text):
                found.cells.append(beside_type[0])
            # ... or beside the title's lines under it, in a header copied row by row
            for ln2 in lines[found.line + 1:min(limit, found.line + 1 + TITLE_BESIDE_MAX_LINES)]:
                beside = place_date_beside(ln2)
                if beside is not None:
                    found.cells.append(beside)
                    break
            if found.title_on_line is None:
                fields_after_type = _fields_under_type_line(lines, found.line)
                for k in fields_after_type:
                    found.cells.extend(_header_cells(lines[k]))
                found.title_after = fields_after_type[-1] if fields_after_type else None
            break
        if headline:
            continue
        found.cells.extend(cells)
        motto_above = motto_above or any(is_motto_fragment(c.text) for c in cells)
        if _BODY_LABEL_RE.match(ln.text) and found.line is None:
            break  # the body started: there is no type line
    return found


def parse_header(ctx: ParseContext) -> None:
    md = ctx.metadata
    lines = ctx.lines
    limit = min(len(lines), HEADER_MAX_LINES)
    body_start = ctx.body[0]
    scan = _scan_to_type_line(ctx, limit)
    header_cells = scan.cells
    type_line, title_on_type_line = scan.line, scan.title_on_line
    type_word_cell, owner = scan.word_cell, scan.owner
    title_from = scan.title_after  # the number or date line under the type line, if any
    # Số, place/date, issuer from the cells above the type line (or the first lines)
    if type_line is None:
        header_cells = [c for ln in _lines_without_type_line(lines[:limit])
                        for c in _header_cells(ln)]
    issuer_cells: list[Cell] = []
    late_cells: list[Cell] = []  # capital cells under the number or date lines
    merged = _merge_blank_gaps(header_cells)
    skip: set[int] = set()
    subject: Cell | None = None
    header_end = 0
    fields_line: int | None = None  # the first line with the number or the date
    motto_seen = any(is_motto_fragment(c.text) for c in merged)
    for k, cell in enumerate(merged):
        if k in skip:
            continue
        text = cell.text
        if md.symbol is not None and fields_line is not None \
                and (tail := _symbol_tail(md.symbol, text)) is not None \
                and _within_symbol_tail(lines, fields_line, cell.line):
            # the symbol's last code wrapped in its narrow column ("Số: 25/BC-BCĐ-" ⏎ "XMC")
            md.symbol += tail
            md.spans["symbol"] = (md.spans["symbol"][0], cell.end)
            continue
        if _SUBJECT_RE.match(text):
            if subject is None:
                subject = _subject_cell(ctx, cell)
            continue
        m = _SO_RE.match(text)
        if m and (md.symbol is None or md.number is None) and ("/" in text or "-" in text) \
                and _looks_like_number(m.group("rest")):
            header_end = max(header_end, cell.end)
            fields_line = cell.line if fields_line is None else fields_line
            number, symbol = parse_number(m.group("rest"))
            if md.symbol is None or number is not None:
                # a filled number line wins over a template's blank one ("Số: ….. KH-X")
                md.number, md.symbol = number, symbol
                md.spans["symbol"] = (cell.end - len(m.group("rest")), cell.end)
            continue
        dm = _DATE_LINE_RE.match(text)
        if dm is None and md.issued_date is None and k + 1 < len(merged):
            # a place cut from its date by a narrow column: "Tam" ⏎ "Kỳ, ngày 19 tháng 6 …"
            nxt = merged[k + 1]
            both = f"{text} {nxt.text}"
            dm2 = _DATE_LINE_RE.match(both)
            if dm2 and dm2.group("place") and _PLACE_PIECE_RE.match(text) \
                    and not is_motto_fragment(text):
                cell = Cell(cell.start, nxt.end, both, nxt.line)
                text, dm = both, dm2
                skip.add(k + 1)
        if dm and not dm.group("place") and not _DATE_CELL_END_RE.fullmatch(text[dm.end():]):
            if _CLOCK_RE.match(text[dm.end():]):
                body_start = max(body_start, cell.end)  # a web page's time stamp
            dm = None  # a news dateline ("Ngày 21/6/2024, Đảng bộ xã … tổ chức …")
        if dm and md.issued_date is None:
            header_end = max(header_end, cell.end)
            fields_line = cell.line if fields_line is None else fields_line
            y = dm.group("y") or dm.group("y2")
            mo = dm.group("m") if dm.group("y") else dm.group("m2")
            issued = _iso(y, mo, dm.group("d"))
            day_word = text.rfind("ngày", 0, dm.start("d"))
            date_span = (cell.start + (day_word if day_word >= 0 else dm.start("d")),
                         cell.start + dm.end())
            if issued is None and y:
                ctx.warn("W101", f"the header's date {ctx.text[date_span[0]:date_span[1]]!r} "
                         "does not exist; issued_date left empty", date_span)
            else:
                md.issued_date = issued
                md.spans["issued_date"] = date_span
            place = dm.group("place")
            if place and _LETTER_RE.search(place) and not _BLANK_FILL_RE.fullmatch(place):
                md.place = header_place_case(_clean(place))
                md.spans["place"] = (cell.start + dm.start("place"),
                                     cell.start + dm.end("place"))
            continue
        if motto_seen and not _upper(text) and (fields_line is None or cell.line <= fields_line) \
                and not is_motto_fragment(text):
            # a header typed in sentence case ("Ủy ban nhân dân" ⏎ "xã Tân Lập")
            typed = sentence_case_issuer_cell(cell, bool(issuer_cells))
            if typed is not None:
                issuer_cells.append(typed)
                continue
        if _upper(text) and not is_motto_fragment(text) and not doc_type_case(text):
            if fields_line is None or cell.line <= fields_line:
                issuer_cells.append(cell)
            elif type_line is not None:
                # a capital line under the number or date lines is the title of a copy that
                # lost its type line, not the issuer's locality; above a type line it is
                # the issuer of a header copied right column first
                late_cells.append(cell)
    if md.doc_type is None:
        md.doc_type = _type_from_symbol(md.symbol)
    no_fields = md.symbol is None and md.issued_date is None and subject is None \
        and not motto_seen
    bare_top = no_fields and not issuer_cells  # nothing of a header above the type line
    if type_line is None and no_fields:
        # decision 26: "Kế hoạch X" over a lead-in that announces the parts (the cells
        # read as a header's under it are the body's headings)
        first = first_line_type(lines)
        if first is not None:
            md.doc_type, type_cell, title_on_type_line = first
            md.spans["doc_type"] = (type_cell.start, type_cell.end)
            type_line = type_cell.line
    _issuer_from_header(ctx, issuer_cells,
                        in_header=md.symbol is not None or md.issued_date is not None)
    if md.issuer is None and late_cells:
        _issuer_from_header(ctx, late_cells)
    if md.issuer is None and owner is not None:
        _issuer_from_header(ctx, [owner])
    has_header = (type_line is not None or subject is not None or md.symbol is not None
                  or md.issued_date is not None or motto_seen)
    if not has_header:
        _drop_headline_issuer(ctx)
    by_symbol = _type_from_symbol(md.symbol)
    if title_on_type_line is not None and type_word_cell is not None \
            and by_symbol is not None and by_symbol != md.doc_type \
            and md.doc_type is not None and md.doc_type.lower() in TITLE_NOUN_TYPES:
        # "CHƯƠNG TRÌNH TIÊM CHỦNG MỞ RỘNG …" under "Số: 12/KH-UBND": a copy that lost its
        # type line, its title opening with another type's word; the symbol gives the type
        md.doc_type = by_symbol
        md.spans.pop("doc_type", None)
        title_on_type_line = type_word_cell
        if _title_opens_above(type_line, fields_line, late_cells):
            # the title opens on a capital line above that word ("TRIỂN KHAI CÁC DỰ ÁN
            # THUỘC" ⏎ "CHƯƠNG TRÌNH MỤC TIÊU …"): it is the paragraph after the header
            type_line = None
    # title: the paragraph after the type line (or after the number and date under it)
    if type_line is not None:
        title_end = _title(ctx, type_line if title_from is None else title_from,
                           title_on_type_line)
        body_start = max(body_start, title_end)
        if title_on_type_line is not None and bare_top and md.doc_type is not None \
                and is_headline(md.doc_type, title_on_type_line.text, lines, title_end):
            _drop_headline_type(ctx)  # decision 26: a news headline "KẾ HOẠCH X"
    elif subject is not None and (md.symbol is not None or md.issued_date is not None
                                  or md.issuer is not None):
        # a letter (Công văn): its title is the "V/v …" cell under the number
        md.title = _clean(subject.text).rstrip(".")  # decision 23: no final "."
        md.spans["title"] = (subject.start, subject.end)
        body_start = max(body_start, subject.end)
        if md.symbol is not None and (md.doc_type is None or _opens_letter(ctx)):
            # a "V/v" subject over "Kính gửi:" is a letter's, whatever the symbol's first
            # code ("5332/CT-CS": CT is the office, Cục Thuế, not a Chỉ thị)
            md.doc_type = LETTER_TYPE
    elif md.symbol is not None or md.issued_date is not None:
        # the type line lost (a web copy): the capital paragraph after the header is the title
        title_end = _title_without_type_line(ctx, header_end)
        body_start = max(body_start, title_end)
    if md.doc_type is None and md.symbol is not None and _opens_letter(ctx):
        md.doc_type = LETTER_TYPE
    _issuer_outside_header(ctx, body_start)
    if md.issuer is None:
        _issuer_from_body(ctx)
    if md.issuer is None and _opens_letter(ctx):
        _issuer_named_in_body(ctx, letter_sender, "letter's text")
    if md.issuer is None and (md.doc_type is not None
                              or opens_with_enacting_sentence(ctx.text)):
        _issuer_named_in_body(ctx, stated_issuer, "body")  # a document states who makes it
    if md.issuer is None and md.doc_type in (None, CONGRESS_DOC_TYPE):
        _issuer_named_in_body(ctx, congress_issuer, "congress's resolution")
    if md.issuer is None and md.doc_type == "Thông báo":
        _notice_sender(ctx)  # "Văn phòng Chính phủ thông báo để … biết./."
    if md.issuer is not None and ends_on_unit(md.issuer) and "issuer" in md.spans:
        named = with_locality(md.issuer, ctx.text, md.spans["issuer"])
        if named is not None:
            md.issuer = named  # "Ủy ban nhân dân thành phố" + "… thành phố Cần Thơ"
    if md.issuer is None and md.symbol is not None and "symbol" in md.spans:
        by_code = issuer_from_symbol(md.symbol, md.spans["symbol"])
        if by_code is not None:
            md.issuer, md.spans["issuer"] = by_code
    if md.issued_date is None:
        _date_of_adoption(ctx)
    if md.issued_date is None and md.place is None and (type_line is not None or has_header) \
            and md.issuer is not None:
        _date_above_signature(ctx)
    ctx.body = (body_start, ctx.body[1])


def _title_opens_above(type_line: int | None, fields_line: int | None,
                       late_cells: list[Cell]) -> bool:
    """A capital cell stands between the number or date line and the line read as the type
    line (a title whose second line opens with a type word): the title opens above it."""
    return type_line is not None and fields_line is not None \
        and any(fields_line < c.line < type_line for c in late_cells)


#: "Nghị quyết này (đã) được <body, session> thông qua ngày …": the clause that dates a
#: resolution or a law printed without a date line.
def _issuer_outside_header(ctx: ParseContext, title_end: int) -> None:
    """The enacting line under the title names the issuer the header lacks; the enacting
    line or the opening statement give the locality of a bare "ỦY BAN NHÂN DÂN"."""
    md = ctx.metadata
    found: tuple[str, Span] | None = None
    if md.issuer is None and md.title is not None:
        found = enacting_line(ctx.lines, title_end)
        if found is None and "title" in md.spans:
            found = named_body_under_title(ctx.lines, md.spans["title"])
    elif md.issuer is not None and is_bare_local_body(md.issuer):
        window = (title_end, min(ctx.body[1], title_end + windows.ISSUER_IN_BODY_LOOKAHEAD))
        found = locality_from_text(md.issuer, ctx.lines, title_end, ctx.text, window)
    if found is not None:
        md.issuer, md.spans["issuer"] = found


def _typed_type_line(text: str) -> str | None:
    """The type word typed in sentence case alone on its line ("Kế hoạch", "**Quyết định**")
    under a header's motto; None for any other line."""
    word = text.strip(" *_#:")
    return word if word in HEADER_DOC_TYPES else None


#: Lines of text (rules, "|" and blank lines not counted) a header without a type line may
#: span: the issuer, the motto, the number, the place and date and a letter's subject, each
#: of them possibly wrapped.
HEADER_TEXT_LINES = 12


def _lines_without_type_line(lines: list[Line]) -> list[Line]:
    """The header's lines when no type line closes it: the first ``HEADER_TEXT_LINES``
    lines with text, up to a letter's salutation ("Kính gửi:")."""
    out: list[Line] = []
    counted = 0
    for ln in lines:
        text = ln.text.strip()
        if not text or _RULE_LINE_RE.fullmatch(text):
            out.append(ln)
            continue
        if counted >= HEADER_TEXT_LINES or _LETTER_OPENING_RE.match(text):
            break
        counted += 1
        out.append(ln)
    return out


#: A cell ending so was cut by a blank left wide in a draft ("Số:      /KH-UBND",
#: "ngày      tháng 3 năm 2027"), not by a column gap: it goes on in the next cell.
def _issuer_from_header(ctx: ParseContext, cells: list[Cell], *, in_header: bool = False
                        ) -> None:
    """Issuer lines: upper-case cells of the header's left column, top to bottom
    (``in_header``: above a number or date line that the header prints)."""
    found = issuer_from_cells([c for c in _on_text_lines(ctx.lines, cells)
                               if not _SO_RE.match(c.text)], in_header=in_header)
    if found is not None:
        ctx.metadata.issuer, ctx.metadata.spans["issuer"] = found


def _on_text_lines(lines: list[Line], cells: list[Cell]) -> list[Cell]:
    """``cells`` with each one's line counted among the lines that hold words only: blank
    lines, rules and lone "|" between a header's cells (a table copied one cell a line) do
    not put an issuer's locality further from its head."""
    if not cells:
        return cells
    last = max(c.line for c in cells)
    ordinal: dict[int, int] = {}
    count = 0
    for ln in lines[: last + 1]:
        if sum(ch.isalpha() for ch in ln.text) >= 2:
            count += 1
        ordinal[ln.index] = count
    return [Cell(c.start, c.end, c.text, ordinal.get(c.line, c.line)) for c in cells]


#: A capital line naming a body and going on for more words than this, with nothing of a
#: header around it (no motto, number, date or type line), is a news headline ("ĐẢNG BỘ XÃ
#: X TỔ CHỨC HỘI NGHỊ SƠ KẾT …"), not an issuer.
HEADLINE_MIN_WORDS = 11


def _drop_headline_issuer(ctx: ParseContext) -> None:
    md = ctx.metadata
    span = md.spans.get("issuer")
    if md.issuer is None or span is None:
        return
    printed = ctx.text[span[0]:span[1]]
    if "\n" not in printed and len(printed.split()) >= HEADLINE_MIN_WORDS:
        md.issuer = None
        del md.spans["issuer"]


def _drop_headline_type(ctx: ParseContext) -> None:
    """A headline names no type and no title (decisions 11, 26)."""
    md = ctx.metadata
    md.doc_type = None
    md.title = None
    md.spans.pop("doc_type", None)
    md.spans.pop("title", None)


def _notice_sender(ctx: ParseContext) -> None:
    """A notice that lost its header: the sender named in its closing formula (W106)."""
    found = notifying_issuer(ctx.text, ctx.body[0], ctx.body[1])
    if found is None:
        return
    ctx.metadata.issuer, ctx.metadata.spans["issuer"] = found
    ctx.warn("W106", f"no issuing body in the header; issuer '{found[0]}' taken from the "
                     "notice's closing formula", found[1])


def _issuer_named_in_body(ctx: ParseContext,
                          find: Callable[[str, int, int], tuple[str, Span] | None],
                          where: str) -> None:
    """A document that lost its header: the issuer named in its opening text (W106) —
    the sender of a letter (``letter_sender``) or the body a document says makes it
    ("…, Trường Tiểu học X xây dựng kế hoạch …": ``stated_issuer``, decision 19)."""
    start, end = ctx.body
    found = find(ctx.text, start, min(end, start + windows.ISSUER_IN_BODY_LOOKAHEAD))
    if found is None:
        return
    ctx.metadata.issuer, ctx.metadata.spans["issuer"] = found
    ctx.warn("W106", f"no issuing body in the header; issuer '{found[0]}' taken from the "
                     f"{where}", found[1])


def _issuer_from_body(ctx: ParseContext) -> None:
    """'UBND xã Hương Bình ban hành …' in the opening paragraphs."""
    start, end = ctx.body
    window = ctx.text[start: min(end, start + windows.ISSUER_IN_BODY_LOOKAHEAD)]
    m = _ISSUES_RE.search(window)
    if not m:
        return
    span: Span = (start + m.start("issuer"), start + m.end("issuer"))
    issuer = expand_abbreviations(_clean(m.group("issuer")))
    ctx.metadata.issuer = issuer[0].upper() + issuer[1:]
    ctx.metadata.spans["issuer"] = span
    ctx.warn("W106", f"no issuing body in the header; issuer '{ctx.metadata.issuer}' taken "
                     "from the body", span)

