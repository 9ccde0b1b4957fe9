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

import datetime

import regex

from kehoach_parser.context import ParseContext
from kehoach_parser.document import Span
from kehoach_parser.extract import windows
from kehoach_parser.extract.casing import (
    doc_type_case,
    expand_abbreviations,
    header_place_case,
)
from kehoach_parser.extract.footer import Cell, split_cells
from kehoach_parser.extract.issuer import clean_cell, is_motto_fragment, issuer_from_cells
from kehoach_parser.extract.issuer_in_text import (
    enacting_line,
    is_bare_local_body,
    locality_from_text,
)
from kehoach_parser.lang.vi.abbreviations import (
    BODY_ABBREVIATIONS,
    FULL_BODY_NAMES,
    SHORT_BODY_NAMES,
)
from kehoach_parser.lang.vi.admin_units import ADMIN_UNITS
from kehoach_parser.lang.vi.date_words import DAY_WORD, MONTH_WORD, YEAR_WORD
from kehoach_parser.lang.vi.doc_types import HEADER_DOC_TYPES, doc_type_from_code
from kehoach_parser.lang.vi.header_words import (
    ADOPTED_DOC_TYPES,
    ADOPTION_VERBS,
    BODY_OPENERS,
    ENACTING_HEADS,
    HEADER_MAX_LINES,
    LETTER_OPENERS,
    NATIONAL_LINES,
    NUMBER_LINE_WORDS,
    NUMBER_WORD_FORMS,
    TITLE_NOTES,
    TYPE_LINE_SUBJECT_WORDS,
)
from kehoach_parser.lang.vi.patterns import SPACES, alternation
from kehoach_parser.text.capitals import all_capitals
from kehoach_parser.text.lines import Line, read_label

_SO_RE = regex.compile("^" + alternation(NUMBER_LINE_WORDS) + r"\s*[:.]?\s*(?P<rest>.*)$")
_DATE_LINE_RE = regex.compile(
    r"^(?:(?P<place>[^,\d]{1,60}?)\s*,\s*)?ngày\s*(?P<d>\d\s?\d|\d|[\s.…_]*)\s*"
    r"(?:tháng\s*(?P<m>\d\s?\d|\d|[\s.…_]*)\s*năm\s*(?P<y>\d{4})"
    r"|[/.-](?P<m2>\d{1,2})[/.-](?P<y2>\d{4}))",
    regex.IGNORECASE,
)
_UNITS = alternation(ADMIN_UNITS)
_BODY_WORDS = alternation([*BODY_ABBREVIATIONS, *SHORT_BODY_NAMES, *FULL_BODY_NAMES])
#: "<body> <unit> <Proper Name> (đã) ban hành" — the body issuing this very document.
#: Body and unit words match in any case; the place name must be capitalised.
_ISSUES_RE = regex.compile(
    rf"(?<!của\s)(?P<issuer>(?i:{_BODY_WORDS})\s+(?i:{_UNITS})\s+"
    rf"(?:\p{{Lu}}[\p{{Ll}}\p{{M}}]*\s+){{0,4}}?\p{{Lu}}[\p{{Ll}}\p{{M}}]*)"
    rf"\s+(?i:(?:đã\s+)?ban hành)(?![\p{{L}}])"
    # "… ban hành Kế hoạch số 27/KH-UBND": a report of another, numbered document
    rf"(?!\s+(?:\p{{L}}+\s+){{1,3}}số\s*\d)"
)
#: What may follow the date of a date cell with no place: nothing but punctuation, markup
#: and separators; a sentence or a clock time after it makes the line a news dateline.
_DATE_CELL_END_RE = regex.compile(r"[\s|*.,;)]*")
#: A clock time after a date: the time stamp of a web page ("Ngày 01/03/2018 16:27:31").
_CLOCK_RE = regex.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")
#: A line of rules and cell separators only ("-------", "|").
_RULE_LINE_RE = regex.compile(r"[\s\-–—_=*|]+")
#: The piece of a place name a narrow column cut from its date: capitalised words ("Tam",
#: "Buôn Ma") — never a bullet, a motto or a line in capitals.
_PLACE_PIECE_RE = regex.compile(r"^\p{Lu}[\p{Ll}\p{M}]+(?:\s\p{Lu}[\p{Ll}\p{M}]+){0,2}$")
#: A motto glued to an issuer cell ("UBND XÃ AN PHÚCỘNG HÒA …", "XÃ X Độc lập - …").
_MOTTO_GLUE_RE = regex.compile(r"(?i)\S\s*(?:CỘNG\s*H(?:ÒA|OÀ)\s*XÃ|ĐỘC\s*LẬP\s*[-–])")


def _upper(text: str) -> bool:
    return all_capitals(text, min_letters=2)



def _clean(text: str) -> str:
    return regex.sub(r"\s+", " ", text).strip()


#: A number with a letter after it ("15b", "20a") before the "/" of the type code.
_LETTERED_NUMBER_RE = regex.compile(
    r"^(?P<number>(?:\d+/)*\d+\p{Ll})/(?P<symbol>\p{Lu}\p{L}*(?:[-–.]\p{L}+)*)$")


def parse_number(rest: str) -> tuple[str | None, str | None]:
    """'184/KH-UBND' → ('184', 'KH-UBND'); '/KH-UBND' → (None, 'KH-UBND');
    '15b/KH-UBND' → ('15b', 'KH-UBND')."""
    compact = regex.sub(r"\s+", "", rest).rstrip(".,;")
    lettered = _LETTERED_NUMBER_RE.match(compact)
    if lettered is not None:
        return (lettered.group("number"), lettered.group("symbol").replace("–", "-"))
    m = regex.search(r"\p{L}", compact)
    if m is None:
        return (None, None)
    num_part = compact[: m.start()].strip("/-–. …_")
    symbol = compact[m.start():].replace("–", "-")
    number = num_part if regex.search(r"\d", num_part) else None
    return (number, symbol or None)


#: A number and symbol ("184/KH-UBND", "50/2019/NQ-HĐND", "/TTr-UBND") is short and has no
#: run of small letters (a sentence opening "Số cán bộ, công chức …/tổng số …" has).
NUMBER_MAX_CHARS = 40
_SENTENCE_WORD_RE = regex.compile(r"\p{Ll}{3,}")


def _looks_like_number(rest: str) -> bool:
    compact = regex.sub(r"\s+", "", rest)
    return len(compact) <= NUMBER_MAX_CHARS and not _SENTENCE_WORD_RE.search(compact)


def _type_from_symbol(symbol: str | None) -> str | None:
    if not symbol:
        return None
    code = regex.split(r"[-/]", symbol)[0]
    return doc_type_from_code(code)


def _iso(y: str | None, m: str | None, d: str | None) -> str | None:
    """ISO form of a header date, as far as it is given ("2026", "2026-06", "2026-06-19").

    Returns None for a date that does not exist ("31 tháng 4"): the header never records an
    impossible ``issued_date`` (the caller warns, W101).
    """
    if not y:
        return None
    out = y
    # a digit pair split by OCR ("tháng 0 6") is one number
    m = regex.sub(r"(?<=\d)\s(?=\d)", "", m) if m else m
    d = regex.sub(r"(?<=\d)\s(?=\d)", "", d) if d else d
    if m and m.strip(" .…_").isdigit():
        mm = int(m.strip(" .…_"))
        if not 1 <= mm <= 12:
            return None
        out += f"-{mm:02d}"
        if d and d.strip(" .…_").isdigit():
            dd = int(d.strip(" .…_"))
            try:
                datetime.date(int(y), mm, dd)
            except ValueError:
                return None
            out += f"-{dd:02d}"
    return out


def parse_header(ctx: ParseContext) -> None:
    md = ctx.metadata
    lines = ctx.lines
    limit = min(len(lines), HEADER_MAX_LINES)
    body_start = ctx.body[0]
    header_cells: list[Cell] = []
    type_line: int | None = None
    title_on_type_line: Cell | None = None
    owner: Cell | None = None  # "CỦA <body>" in the type line
    for ln in lines[:limit]:
        if ln.start >= ctx.body[1]:
            break
        cells = _header_cells(ln)
        for cell in cells:
            name, rest = _type_cell(cell)
            if name and type_line is None:
                md.doc_type = name
                md.spans["doc_type"] = (cell.start, cell.start + len(cell.text) - len(
                    rest.text if rest else ""))
                type_line = ln.index
                title_on_type_line = rest
                owner = _type_line_owner(cell)
        if type_line is not None and ln.index == type_line:
            break
        header_cells.extend(cells)
        if regex.match(r"^(?:[IVX]+|\d+)\s*[.)]\s", ln.text) and type_line is None:
            break  # the body started: there is no type line
    # Số, place/date, issuer from the cells above the type line (or the first lines)
    if type_line is None:
        header_cells = [c for ln in _lines_without_type_line(lines[:limit])
                        for c in _header_cells(ln)]
    issuer_cells: list[Cell] = []
    merged = _merge_blank_gaps(header_cells)
    skip: set[int] = set()
    subject: Cell | None = None
    header_end = 0
    fields_line: int | None = None  # the first line with the number or the date
    for k, cell in enumerate(merged):
        if k in skip:
            continue
        text = cell.text
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
            if place and regex.search(r"\p{L}", place) and not regex.fullmatch(r"[.…_\s]+",
                                                                                place):
                md.place = header_place_case(_clean(place))
                md.spans["place"] = (cell.start + dm.start("place"),
                                     cell.start + dm.end("place"))
            continue
        if _upper(text) and not is_motto_fragment(text) and not doc_type_case(text) \
                and (fields_line is None or cell.line <= fields_line):
            # a capital line under the number or date lines is the title of a copy that
            # lost its type line, not the issuer's locality
            issuer_cells.append(cell)
    if md.doc_type is None:
        md.doc_type = _type_from_symbol(md.symbol)
    _issuer_from_header(ctx, issuer_cells)
    if md.issuer is None and owner is not None:
        _issuer_from_header(ctx, [owner])
    has_header = (type_line is not None or subject is not None or md.symbol is not None
                  or md.issued_date is not None
                  or any(is_motto_fragment(c.text) for c in merged))
    if not has_header:
        _drop_headline_issuer(ctx)
    # title: the paragraph after the type line
    if type_line is not None:
        title_end = _title(ctx, type_line, title_on_type_line)
        body_start = max(body_start, title_end)
    elif subject is not None and (md.symbol is not None or md.issued_date is not None
                                  or md.issuer is not None):
        # a letter (Công văn): its title is the "V/v …" cell under the number
        md.title = _clean(subject.text)
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
    if md.issued_date is None:
        _date_of_adoption(ctx)
    if md.issued_date is None and md.place is None and (type_line is not None or has_header) \
            and md.issuer is not None:
        _date_above_signature(ctx)
    ctx.body = (body_start, ctx.body[1])


#: "Nghị quyết này (đã) được <body, session> thông qua ngày …": the clause that dates a
#: resolution or a law printed without a date line.
_ADOPTION_RE = regex.compile(
    r"(?i)(?<![\p{L}])" + alternation(ADOPTED_DOC_TYPES) + r"\s+này\s+(?:đã\s+)?được\s"
    r"[^.;]{0,250}?\s" + alternation(ADOPTION_VERBS, space=SPACES) + r"\s+(?=ngày)"
)
#: Characters of the date after the adoption verb.
ADOPTION_DATE_CHARS = 40


def _date_of_adoption(ctx: ParseContext) -> None:
    m = _ADOPTION_RE.search(ctx.text)
    if m is None:
        return
    dm = _DATE_LINE_RE.match(ctx.text[m.end(): m.end() + ADOPTION_DATE_CHARS])
    if dm is None or dm.group("place"):
        return
    y = dm.group("y") or dm.group("y2")
    issued = _iso(y, dm.group("m") if dm.group("y") else dm.group("m2"), dm.group("d"))
    if issued is not None:
        ctx.metadata.issued_date = issued
        ctx.metadata.spans["issued_date"] = (m.end(), m.end() + dm.end())


#: Text lines from the end where a form that prints no date in its header puts its place
#: and date, above the signature.
SIGNATURE_DATE_LINES = 15


def _date_above_signature(ctx: ParseContext) -> None:
    """A document without a date line in its header, dated above its signature ("Thủy An,
    ngày 10 tháng 10 năm 2012" over "HIỆU TRƯỞNG"): the last such line of its end."""
    md = ctx.metadata
    tail = [ln for ln in ctx.lines if not ln.blank][-SIGNATURE_DATE_LINES:]
    for ln in reversed(tail):
        text = ln.text.strip()
        dm = _DATE_LINE_RE.match(text)
        if dm is None or not dm.group("place") or not _DATE_CELL_END_RE.fullmatch(
                text[dm.end():]):
            continue
        y = dm.group("y") or dm.group("y2")
        issued = _iso(y, dm.group("m") if dm.group("y") else dm.group("m2"), dm.group("d"))
        if issued is None:
            return
        lead = ln.start + ln.text.find(text)
        day_word = text.rfind(DAY_WORD, 0, dm.start("d"))
        md.issued_date = issued
        md.spans["issued_date"] = (lead + max(day_word, 0), lead + dm.end())
        md.place = header_place_case(_clean(dm.group("place")))
        md.spans["place"] = (lead + dm.start("place"), lead + dm.end("place"))
        return


def _issuer_outside_header(ctx: ParseContext, title_end: int) -> None:
    """The enacting line under the title names the issuer the header lacks; the enacting
    line or the opening statement give the locality of a bare "ỦY BAN NHÂN DÂN"."""
    md = ctx.metadata
    found: tuple[str, Span] | None = None
    if md.issuer is None and md.title is not None:
        found = enacting_line(ctx.lines, title_end)
    elif md.issuer is not None and is_bare_local_body(md.issuer):
        window = (title_end, min(ctx.body[1], title_end + windows.ISSUER_IN_BODY_LOOKAHEAD))
        found = locality_from_text(md.issuer, ctx.lines, title_end, ctx.text, window)
    if found is not None:
        md.issuer, md.spans["issuer"] = found


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
_OPEN_END_RE = regex.compile(r"(?i)(?:^" + alternation(NUMBER_WORD_FORMS) + r"\s*[:.]?|"
                             + alternation((DAY_WORD, MONTH_WORD), boundary="start") + ")$")


#: A "Số:" cell holding the number only: its symbol was cut off by a blank ("Số: 111 ⏎
#: /CV - UBND" in one line of a draft's columns).
_NUMBER_ONLY_RE = regex.compile(
    r"(?i)^" + alternation(NUMBER_WORD_FORMS) + r"\s*[:.]?\s*[\d.…_\s]+$")


#: A date cut by blanks after its month: "Trù Sơn, ngày 10 tháng" ⏎ "10" ⏎ "năm 2022" — a
#: cell with "ngày" and no year yet goes on with a cell opening with "tháng" or "năm".
_OPEN_DATE_RE = regex.compile(r"(?i)" + alternation((DAY_WORD,), boundary="both")
                              + r"(?!.*\d{4})[^|]*$")
_DATE_PART_START_RE = regex.compile(r"(?i)^(?:" + alternation((MONTH_WORD, YEAR_WORD),
                                                              boundary="end") + r"|\d{1,2}$)")


def _merge_blank_gaps(cells: list[Cell]) -> list[Cell]:
    out: list[Cell] = []
    for cell in cells:
        if out and out[-1].line == cell.line and (
                _OPEN_END_RE.search(out[-1].text)
                or (cell.text.startswith("/") and _NUMBER_ONLY_RE.match(out[-1].text))
                or (_DATE_PART_START_RE.match(cell.text) and _OPEN_DATE_RE.search(out[-1].text))):
            prev = out.pop()
            cell = Cell(prev.start, cell.end, f"{prev.text} {cell.text}", cell.line)
        out.append(cell)
    return out


def _title(ctx: ParseContext, type_line: int, first: Cell | None = None) -> int:
    """Read the title after the type line; return the offset where the body starts.

    ``first`` is the part of the type line after the type word ("KẾ HOẠCH PHÒNG, CHỐNG
    DỊCH BỆNH NĂM 2024"), when the title starts there.  A title in capitals runs over every
    capital line under it (hard-wrapped titles); a title in lower case stops at a capital
    line (the next heading).
    """
    lines = ctx.lines
    i = type_line + 1
    parts: list[tuple[int, int, str]] = []
    if first is not None:
        parts.append((first.start, first.end, first.text))
    else:
        while i < len(lines) and lines[i].blank:
            i += 1
    spaced = _double_spaced(lines)
    while i < len(lines):
        if lines[i].blank:
            # a title goes on over one blank line only where every line is followed by one
            if not (spaced and parts and i + 1 < len(lines) and not lines[i + 1].blank
                    and _may_continue_title(lines[i + 1].text.strip())):
                break
            i += 1
        text = lines[i].text.strip()
        low = text.casefold()
        if text.startswith("|") or _RULE_LINE_RE.fullmatch(text):
            break
        caps_title = bool(parts) and _upper(parts[0][2])
        if parts and not (caps_title and _upper(text)) \
                and any(low.startswith(o) for o in BODY_OPENERS):
            break
        if parts and _upper(text) != caps_title:
            break
        if parts and caps_title and _upper(text) and _is_enacting_line(text):
            break
        if not parts and any(low.startswith(o) for o in BODY_OPENERS) and len(text) > 200:
            return lines[type_line].end
        if read_label(text) is not None and not _SUBJECT_RE.match(text):
            break  # a numbered line ("I.", "1.", "Chương I", "Điều 1") starts the body
        parts.append((lines[i].start, lines[i].end, text))
        i += 1
    if not parts:
        return lines[type_line].end
    end = parts[-1][1]
    half = len(parts) // 2
    if len(parts) % 2 == 0 and [p[2] for p in parts[:half]] == [p[2] for p in parts[half:]]:
        parts = parts[:half]  # a web copy printed the title twice
    title = _clean(" ".join(p[2] for p in parts))
    ctx.metadata.title = title.rstrip(".;")
    ctx.metadata.spans["title"] = (parts[0][0], parts[-1][1])
    return end


#: How many lines from the top show whether a text is double-spaced.
SPACING_SAMPLE_LINES = 60
#: The share of text lines followed by exactly one blank line in a double-spaced text.
DOUBLE_SPACED_SHARE = 0.6
#: A title line read across a blank line is at most this long.
TITLE_LINE_MAX_CHARS = 200


def _double_spaced(lines: list[Line]) -> bool:
    """Whether the text puts one blank line after every line (a web copy or a converted
    file whose paragraphs are its lines): then one blank line does not end a title."""
    sample = lines[:SPACING_SAMPLE_LINES]
    texts = [k for k, ln in enumerate(sample[:-1]) if not ln.blank]
    if len(texts) < 4:
        return False
    single = sum(1 for k in texts if sample[k + 1].blank
                 and k + 2 < len(sample) and not sample[k + 2].blank)
    return single >= DOUBLE_SPACED_SHARE * len(texts)


def _may_continue_title(text: str) -> bool:
    """A line after a blank that may still be the title: not a sentence or a lead-in (no
    final ".", ":" or ";"), not long, not a letter's salutation."""
    return (len(text) <= TITLE_LINE_MAX_CHARS and not text.endswith((".", ":", ";"))
            and not _LETTER_OPENING_RE.match(text))


#: The subject line of a letter under its number: "V/v …", "V/V: …", "Về việc …".
_SUBJECT_RE = regex.compile(r"^(?:V/[vV]\b|Về việc\b|VỀ VIỆC\b)")
#: The document type of a letter, which prints no type word ("Kính gửi:" opens it).
LETTER_TYPE = "Công văn"
_LETTER_OPENING_RE = regex.compile(
    r"(?im)^\s*" + alternation(LETTER_OPENERS, space=SPACES) + r"\s*:"
)
#: How far into the text a letter's "Kính gửi:" is looked for.
LETTER_OPENING_WINDOW = 3000


def _subject_cell(ctx: ParseContext, cell: Cell) -> Cell:
    """The "V/v …" cell with the lines that continue it (a subject wrapped over lines)."""
    lines = ctx.lines
    end = cell.end
    k = cell.line + 1
    while k < len(lines):
        text = lines[k].text.strip()
        if (not text or text.startswith("|") or _RULE_LINE_RE.fullmatch(text)
                or _SO_RE.match(text) or _DATE_LINE_RE.match(text)
                or _LETTER_OPENING_RE.match(text) or "\t" in lines[k].text
                or is_motto_fragment(text) or read_label(text) is not None
                or (text[:1].isupper() and not _upper(ctx.text[cell.start:end]))):
            break
        end = lines[k].end
        k += 1
    text = ctx.text[cell.start:end]
    return Cell(cell.start, end, _clean(text), lines[k - 1].index if k > cell.line + 1
                else cell.line)


def _opens_letter(ctx: ParseContext) -> bool:
    return bool(_LETTER_OPENING_RE.search(ctx.text, 0, min(len(ctx.text), LETTER_OPENING_WINDOW)))


def _title_without_type_line(ctx: ParseContext, header_end: int) -> int:
    """A web copy that lost its type line: the first capital paragraph after the number and
    date cells is the title.  Returns where the body starts."""
    lines = ctx.lines
    i = next((ln.index for ln in lines if ln.start >= header_end), len(lines))
    parts: list[tuple[int, int, str]] = []
    while i < len(lines) and len(parts) < TITLE_MAX_LINES:
        text = lines[i].text.strip()
        if not text or text.startswith("|") or _RULE_LINE_RE.fullmatch(text):
            if parts:
                break
            i += 1
            continue
        if not _upper(text) or _is_enacting_line(text) or is_motto_fragment(text) \
                or read_label(text) is not None or _SO_RE.match(text):
            break
        parts.append((lines[i].start, lines[i].end, text))
        i += 1
    if not parts:
        return header_end
    ctx.metadata.title = _clean(" ".join(p[2] for p in parts)).rstrip(".;")
    ctx.metadata.spans["title"] = (parts[0][0], parts[-1][1])
    return parts[-1][1]


#: A title runs over at most this many lines.
TITLE_MAX_LINES = 8


#: The enacting line of a decision or a resolution under its title: "ỦY BAN NHÂN DÂN TỈNH X",
#: "THỦ TƯỚNG CHÍNH PHỦ", "HỘI ĐỒNG NHÂN DÂN …" — a body name alone on its line.
_ENACTING_RE = regex.compile(
    "^" + alternation(ENACTING_HEADS) + r"(?:\s|$)"
)


def _is_enacting_line(text: str) -> bool:
    return bool(_ENACTING_RE.match(text.strip()))


_TYPE_PREFIX_RE = regex.compile(
    r"^(?P<type>" + alternation(t.upper() for t in HEADER_DOC_TYPES)
    + r")(?:\s*[:.]?\s+(?P<rest>\S.*))?$"
)


_TITLE_NOTE_RE = regex.compile(r"(?i)\s*\(" + alternation(TITLE_NOTES) + r"\)\s*$")
#: A type word in capitals with a subject in small letters: "BÁO CÁO Về việc kiểm điểm …".
_TYPE_SUBJECT_RE = regex.compile(
    r"^(?P<type>" + alternation(t.upper() for t in HEADER_DOC_TYPES)
    + r")\s*[:.]?\s+(?P<rest>(?:V/[vV]|Về việc)\b.*)$"
)
#: "CỦA <body> VỀ …" after a type word: the body issuing it, then the subject.
_OWNER_SUBJECT_RE = regex.compile(r"^CỦA\s.*?\s(?=" + alternation(TYPE_LINE_SUBJECT_WORDS,
                                                                   boundary="end") + ")")


_OWNER_RE = regex.compile(
    r"^(?:" + alternation(t.upper() for t in HEADER_DOC_TYPES) + r")\s+CỦA\s+(?P<owner>.+?)"
    r"(?:\s+" + alternation(TYPE_LINE_SUBJECT_WORDS, boundary="end") + r"\s.*)?$"
)


def _type_line_owner(cell: Cell) -> Cell | None:
    """The body of "QUYẾT ĐỊNH CỦA UBND TỈNH X (VỀ …)", as a cell."""
    m = _OWNER_RE.match(cell.text)
    if m is None or not _upper(m.group("owner")):
        return None
    return Cell(cell.start + m.start("owner"), cell.start + m.end("owner"), m.group("owner"),
                cell.line)


def _type_cell(cell: Cell) -> tuple[str | None, Cell | None]:
    """('Kế hoạch', None) for "KẾ HOẠCH"; ('Kế hoạch', <cell "PHÒNG, CHỐNG …">) for a type
    line that goes on with its title; (None, None) for any other cell.

    "BÁO CÁO Về việc …" (a subject in small letters) and "NGHỊ QUYẾT CỦA QUỐC HỘI VỀ …" (the
    title after the body's name) are type lines too; a bracketed note after the title
    ("(Trích)") is left out.
    """
    note = _TITLE_NOTE_RE.search(cell.text)
    if note is not None:
        cell = Cell(cell.start, cell.start + note.start(), cell.text[: note.start()], cell.line)
    if not _upper(cell.text):
        sm = _TYPE_SUBJECT_RE.match(cell.text)
        if sm is None:
            return None, None
        return doc_type_case(sm.group("type")), Cell(
            cell.start + sm.start("rest"), cell.end, sm.group("rest").strip(), cell.line)
    name = doc_type_case(cell.text)
    if name and name in HEADER_DOC_TYPES:
        return name, None
    m = _TYPE_PREFIX_RE.match(" ".join(cell.text.split()))
    if m is None or m.group("rest") is None:
        return None, None
    rest = m.group("rest")
    if rest.startswith("CỦA "):
        owner = _OWNER_SUBJECT_RE.match(rest)
        if owner is None:
            return doc_type_case(m.group("type")), None  # the title is on the next lines
        rest = rest[owner.end():]
    if len(regex.findall(r"\p{L}+", rest)) < 1 or rest.startswith(("SỐ", "CỦA")):
        return None, None
    name = doc_type_case(m.group("type"))
    offset = cell.text.find(rest[:3]) if rest[:3] in cell.text else len(cell.text) - len(rest)
    sub = Cell(cell.start + offset, cell.end, cell.text[offset:].strip(), cell.line)
    return name, sub


#: Where a date glued to the number starts: "Số: 07/KH-UBND Tân Phú, ngày …", "Số:
#: 118/KH-UBND ngày …", "118/KH-UBNDngày …".
_GLUED_DATE_RE = regex.compile(r"(?<=\S)\s+(?=\p{Lu}[\p{L}. -]{0,40},\s*ngày[\s\d.…_])"
                               r"|(?<=\S)\s*(?=ngày\s*\d)")


#: The national motto and the party banner as whole phrases, wherever they stand in a line
#: whose columns ran together ("UBND TỈNH X CỘNG HÒA … VIỆT NAM SỞ Y Độc lập - …").
_MOTTO_PHRASE_RE = regex.compile(
    "(?i)(?:" + "|".join(r"[\s\-–]*".join(regex.escape(w) for w in line.split() if w != "-")
                         for line in NATIONAL_LINES) + ")"
)
#: A letter's subject inside a cell after the date ("… năm 2010 V/v báo cáo …").
_INNER_SUBJECT_RE = regex.compile(r"\s(?=V/[vV]\b)")
#: Where such a subject ends in a line that goes on with the letter: its first full stop,
#: or the salutation.
_SUBJECT_END_RE = regex.compile(r"\.\s|(?=" + alternation(LETTER_OPENERS, space=SPACES,
                                                          ignore_case=True) + r"\s*:)")


def _motto_pieces(cell: Cell) -> list[Cell]:
    """The cell cut around each whole motto phrase in it (the phrases kept as cells)."""
    pieces: list[Cell] = []
    pos = 0
    for m in _MOTTO_PHRASE_RE.finditer(cell.text):
        for a, b in ((pos, m.start()), (m.start(), m.end())):
            raw = cell.text[a:b]
            text = raw.strip(" \t-–")
            if sum(c.isalpha() for c in text) >= 2:
                s = cell.start + a + raw.find(text)
                pieces.append(Cell(s, s + len(text), text, cell.line))
        pos = m.end()
    if not pieces:
        return [cell]
    raw = cell.text[pos:]
    text = raw.strip(" \t-–")
    if sum(c.isalpha() for c in text) >= 2:
        s = cell.start + pos + raw.find(text)
        pieces.append(Cell(s, s + len(text), text, cell.line))
    return pieces


def _subject_piece(cell: Cell) -> list[Cell]:
    """A cell that goes on with a letter's subject, split before it; the subject ends at its
    full stop or at the salutation."""
    m = _INNER_SUBJECT_RE.search(cell.text)
    if m is None:
        return [cell]
    head = cell.text[: m.start()].rstrip()
    subject = cell.text[m.end():]
    end = _SUBJECT_END_RE.search(subject)
    if end is not None:
        subject = subject[: end.start()]
    subject = subject.rstrip()
    return [Cell(cell.start, cell.start + len(head), head, cell.line),
            Cell(cell.start + m.end(), cell.start + m.end() + len(subject), subject, cell.line)]


#: Line breaks a website printed as characters ("\\r\\n", decision 17 of the annotation):
#: white space in a header cell.
_ESCAPE_RESIDUE_RE = regex.compile(r"\\[rnt]")


def _without_escape_residue(cell: Cell) -> Cell | None:
    """The cell with escape residue blanked (same length, so offsets hold) and trimmed."""
    if "\\" not in cell.text:
        return cell
    blanked = _ESCAPE_RESIDUE_RE.sub(lambda m: " " * len(m.group()), cell.text)
    text = blanked.strip()
    if not text:
        return None
    lead = len(blanked) - len(blanked.lstrip())
    return Cell(cell.start + lead, cell.start + lead + len(text), text, cell.line)


def _header_cells(ln: Line) -> list[Cell]:
    """A header line's cells, with a glued motto cut off and a "Số: … Place, ngày …" cell
    split in two."""
    out: list[Cell] = []
    cells = [c for c in (_without_escape_residue(c) for c in split_cells(ln)) if c is not None]
    for cell in (p for c in cells for p in _motto_pieces(c)):
        cleaned = clean_cell(cell) if _MOTTO_GLUE_RE.search(cell.text) else cell
        if cleaned is None:
            continue
        if cleaned.start != cell.start or cleaned.end != cell.end:
            rest_start = cell.text.find(cleaned.text) + len(cleaned.text)
            out.append(cleaned)
            tail = cell.text[rest_start:].strip()
            if tail:
                s = cell.start + cell.text.find(tail, rest_start)
                out.append(Cell(s, s + len(tail), tail, cell.line))
            continue
        m = _GLUED_DATE_RE.search(cell.text) if _SO_RE.match(cell.text) else None
        if m is not None:
            out.append(Cell(cell.start, cell.start + m.start(), cell.text[: m.start()], cell.line))
            out.extend(_subject_piece(
                Cell(cell.start + m.end(), cell.end, cell.text[m.end():], cell.line)))
            continue
        out.append(cell)
    return out


def _issuer_from_header(ctx: ParseContext, cells: list[Cell]) -> None:
    """Issuer lines: upper-case cells of the header's left column, top to bottom."""
    found = issuer_from_cells([c for c in cells if not _SO_RE.match(c.text)])
    if found is not None:
        ctx.metadata.issuer, ctx.metadata.spans["issuer"] = found


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
