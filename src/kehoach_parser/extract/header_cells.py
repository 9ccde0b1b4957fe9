"""Header lines cut into cells: columns run together, motto phrases glued to a body, a
letter's subject inside the date cell, blanks left wide in a template.
"""

from __future__ import annotations

import regex

from kehoach_parser.extract.footer import Cell, split_cells
from kehoach_parser.extract.header_text import (
    _MOTTO_GLUE_RE,
    _SO_RE,
    TYPE_WORDS_UPPER,
    place_date_match,
)
from kehoach_parser.extract.issuer import NAMED_BODY, clean_cell
from kehoach_parser.lang.vi.date_words import DAY_WORD, MONTH_WORD, YEAR_WORD
from kehoach_parser.lang.vi.header_words import (
    LETTER_OPENERS,
    NATIONAL_LINES,
    NUMBER_LINE_WORDS,
    NUMBER_WORD_FORMS,
)
from kehoach_parser.lang.vi.patterns import SPACES, alternation
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.capitals import all_capitals
from kehoach_parser.text.folded import fold
from kehoach_parser.text.lines import Line

_OPEN_END_RE = lazy_compile(r"(?i)(?:^" + alternation(NUMBER_WORD_FORMS) + r"\s*[:.]?|"
                             + alternation((DAY_WORD, MONTH_WORD), boundary="start") + ")$")


#: A "Số:" cell holding the number only: its symbol was cut off by a blank ("Số: 111 ⏎
#: /CV - UBND" in one line of a draft's columns).
_NUMBER_ONLY_RE = lazy_compile(
    r"(?i)^" + alternation(NUMBER_WORD_FORMS) + r"\s*[:.]?\s*[\d.…_\s]+$")


#: A date cut by blanks after its month: "Trù Sơn, ngày 10 tháng" ⏎ "10" ⏎ "năm 2022" — a
#: cell with "ngày" and no year yet goes on with a cell opening with "tháng" or "năm".
_OPEN_DATE_RE = lazy_compile(r"(?i)" + alternation((DAY_WORD,), boundary="both")
                              + r"(?!.*\d{4})[^|]*$")
_DATE_PART_START_RE = lazy_compile(r"(?i)^(?:" + alternation((MONTH_WORD, YEAR_WORD),
                                                              boundary="end") + r"|\d{1,2}$)")


#: A "Số:" cell alone on its line, and the start of a number or symbol: a cell copied on a
#: line of its own ("Số:" ⏎ "/HD-MTTQ-BTT") goes on with the next line's number.
_NUMBER_WORD_ALONE_RE = lazy_compile(r"(?i)^" + alternation(NUMBER_WORD_FORMS) + r"\s*[:.]?$")
_NUMBER_START_RE = lazy_compile(r"^[/\d]")


#: A number line cut after its number's slash ("Số: 45/" ⏎ "KH-UBND"), or after the slash
#: of the number's year ("Số: 45/2026/" ⏎ "NQ-HĐND"), and the type code alone on the next
#: line.
_NUMBER_OPEN_SLASH_RE = lazy_compile(
    r"(?i)^" + alternation(NUMBER_WORD_FORMS) + r"\s*[:.]?\s*[\d.…_\s]*\d\p{Ll}?[\d.…_\s]*"
    r"(?:/\s*\d{4}\s*)?/$")
#: The rest of such a number line: the year of the number, maybe, then the type code
#: ("2007/NQ-HĐND", "KH-UBND").
_TYPE_CODES = r"\p{Lu}[\p{Lu}\p{N}&.]*(?:\s*[-–]\s*\p{Lu}[\p{L}\p{N}&.]*)*$"
_NUMBER_TAIL_RE = lazy_compile(r"^(?:\d{2,4}\s*/\s*)*" + _TYPE_CODES)
#: A line that holds only a symbol's codes ("KH-UBND", "NQ-HĐND").
TYPE_CODE_ALONE_RE = lazy_compile(r"^" + _TYPE_CODES)


def _merge_blank_gaps(cells: list[Cell]) -> list[Cell]:
    out: list[Cell] = []
    for cell in cells:
        if out and out[-1].line < cell.line and (
                (_NUMBER_WORD_ALONE_RE.match(out[-1].text) and _NUMBER_START_RE.match(cell.text))
                or (_NUMBER_OPEN_SLASH_RE.match(out[-1].text)
                    and _NUMBER_TAIL_RE.match(cell.text))):
            prev = out.pop()
            cell = Cell(prev.start, cell.end, f"{prev.text} {cell.text}", cell.line)
        elif out and out[-1].line == cell.line and (
                _OPEN_END_RE.search(out[-1].text)
                or (cell.text.startswith("/") and _NUMBER_ONLY_RE.match(out[-1].text))
                or (_DATE_PART_START_RE.match(cell.text) and _OPEN_DATE_RE.search(out[-1].text))):
            prev = out.pop()
            cell = Cell(prev.start, cell.end, f"{prev.text} {cell.text}", cell.line)
        out.append(cell)
    return out


#: Every Vietnamese vowel letter (any case and mark: Latin, Latin-1, Latin Extended and the
#: Vietnamese block), sorted, by its base letter.
_VOWEL_LETTERS = {
    base: sorted({c for c in map(chr, [*range(0x41, 0x7B), *range(0xC0, 0x1B1),
                                       *range(0x1EA0, 0x1EFA)])
                  if c.isalpha() and fold(c) == base})
    for base in "aeiouy"
}

#: (A place name may hold an apostrophe: "Đưng K’Nớ", "Ea H'leo".)  The middle branch: a
#: place glued to the symbol's last code without a space, as PDF text of two columns read
#: row by row gives it ("Số: 12/KH-UBNDTân Phú, ngày …"), cut where the code meets the
#: place's first word — a capital and small letters with a vowel among them ("An Giang"),
#: which no code's small letters have ("QĐ-TTgHà Nội" is cut before "Hà", "QĐ-TTg Hà
#: Nội" keeps "TTg").
_VOWELS = "".join(sorted(c for letters in _VOWEL_LETTERS.values() for c in letters))
_GLUED_DATE_RE = lazy_compile(r"(?<=[^\s-])\s+(?=\p{Lu}[\p{L}. ’'-]{0,40},\s*ngày[\s\d.…_])"
                               r"|(?<=/[\p{L}\p{N}&. -]*[\p{L}\p{N}])(?=(?=[" + _VOWELS
                               + r"]|\p{Lu}\p{Ll}*[" + _VOWELS
                               + r"])\p{Lu}\p{Ll}+(?:[ \t][\p{L}. ’'-]{0,40})?,"
                               r"\s*ngày[\s\d.…_])"
                               r"|(?<=\S)\s*(?=ngày\s*\d)")


def _any_marks(word: str) -> str:
    """A pattern for ``word`` whatever marks a font converter left on its vowels ("XÃ"
    printed "Xà", "HÒA" printed "HỊA"): each vowel stands for its base letter with any mark."""
    return "".join(_VOWEL_CLASSES.get(fold(ch), regex.escape(ch)) for ch in word)


#: Every Vietnamese vowel letter by its base letter, any case and mark, as a pattern class.
_VOWEL_CLASSES = {base: "[" + "".join(letters) + "]" for base, letters in _VOWEL_LETTERS.items()}


def _motto_pattern(line: str) -> str:
    """A motto line as a pattern over damaged text: its words with any marks on their
    vowels, dashes and spaces between them optional, and one inner word that a converter
    dropped left out ("Độc lập - Tự - Hạnh phúc")."""
    words = [_any_marks(w) for w in line.split() if w != "-"]
    variants = [words] + [words[:k] + words[k + 1:] for k in range(1, len(words) - 1)]
    return "|".join(r"[\s\-–]*".join(v) for v in variants)


#: The national motto and the party banner as whole phrases, wherever they stand in a line
#: whose columns ran together ("UBND TỈNH X CỘNG HÒA … VIỆT NAM SỞ Y Độc lập - …"), also
#: with the marks a font converter damaged and a word it dropped.
_MOTTO_PHRASE_RE = lazy_compile(
    "(?i)(?:" + "|".join(_motto_pattern(line) for line in NATIONAL_LINES) + ")"
)
#: A letter's subject inside a cell after the date ("… năm 2010 V/v báo cáo …").
_INNER_SUBJECT_RE = lazy_compile(r"\s(?=V/[vV]\b)")
#: Where such a subject ends in a line that goes on with the letter: its first full stop,
#: or the salutation.
_SUBJECT_END_RE = lazy_compile(r"\.\s|(?=" + alternation(LETTER_OPENERS, space=SPACES,
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
_ESCAPE_RESIDUE_RE = lazy_compile(r"\\[rnt]")


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


#: A whole header run into one line with the text after it (a page's text copied without
#: line breaks): a body's name, the type word, the title in capitals, then the first
#: sentence ("TRƯỜNG THCS X KẾ HOẠCH HOẠT ĐỘNG … NĂM HỌC 2024 – 2025 Năm học …").
_RUN_TOGETHER_RE = lazy_compile(
    r"^(?P<body>" + NAMED_BODY + r")\s+(?P<typed>"
    + TYPE_WORDS_UPPER
    + r"(?:\s+[^\s\p{Ll}]+)+?)(?=\s+\S*\p{Ll}|\s*$)"
)


#: The type line run into the end of the date cell: "Phú Lâm, ngày 12 tháng 3 năm 2025 KẾ
#: HOẠCH Phòng, chống …" (a whole header on one line): the type word in capitals after the
#: year.
_TYPE_AFTER_DATE_RE = lazy_compile(
    r"(?i:" + YEAR_WORD + r")\s+\d{4}\s+(?=" + TYPE_WORDS_UPPER + r"\s)"
)


def _type_after_date(cell: Cell) -> list[Cell]:
    """A date cell that goes on with the type line, cut before the type word."""
    m = _TYPE_AFTER_DATE_RE.search(cell.text)
    if m is None or not _DATE_WORD_RE.search(cell.text, 0, m.start()):
        return [cell]
    head = cell.text[: m.end()].rstrip()
    return [Cell(cell.start, cell.start + len(head), head, cell.line),
            Cell(cell.start + m.end(), cell.end, cell.text[m.end():], cell.line)]


_DATE_WORD_RE = lazy_compile(r"(?i)" + alternation((DAY_WORD,), boundary="both"))


#: The number line run into the end of the date cell, the type line after it: "Nội Hoàng,
#: ngày 02 tháng 01 năm 2014 Số: 27 / BCMN BÁO CÁO Sơ kết …" (a whole header on one line,
#: its date column before its number): cut before "Số:", and after the number's codes
#: before the type word in capitals.
_NUMBER_AFTER_DATE_RE = lazy_compile(
    r"(?i:" + YEAR_WORD + r")\s+\d{4}\s+(?=(?:" + alternation(NUMBER_LINE_WORDS) + r")\s*:)")
_TYPE_AFTER_NUMBER_RE = lazy_compile(
    r"^(?:" + alternation(NUMBER_LINE_WORDS) + r")\s*:\s*[\p{N}\p{Ll}.…_]*"
    r"(?:\s*/\s*[\p{Lu}\p{N}&.]+(?:\s*[-–]\s*[\p{Lu}\p{N}&.]+)*)+\s+(?="
    + TYPE_WORDS_UPPER + r"\s)"
)


def _number_after_date(cell: Cell) -> list[Cell]:
    """A date cell that goes on with the number line (and the type line after it), cut
    into the date, the number and the rest."""
    m = _NUMBER_AFTER_DATE_RE.search(cell.text)
    if m is None or not _DATE_WORD_RE.search(cell.text, 0, m.start()):
        return [cell]
    head = cell.text[: m.end()].rstrip()
    rest = Cell(cell.start + m.end(), cell.end, cell.text[m.end():], cell.line)
    t = _TYPE_AFTER_NUMBER_RE.match(rest.text)
    if t is None:
        return [Cell(cell.start, cell.start + len(head), head, cell.line), rest]
    number = rest.text[: t.end()].rstrip()
    return [Cell(cell.start, cell.start + len(head), head, cell.line),
            Cell(rest.start, rest.start + len(number), number, cell.line),
            Cell(rest.start + t.end(), cell.end, rest.text[t.end():], cell.line)]


#: The number line run into the issuer's cell: "ỦY BAN NHÂN DÂN XÃ X Số: 45/KH-UBND" (a
#: column flattened into one cell).
_NUMBER_AFTER_ISSUER_RE = lazy_compile(r"\s+(?=(?:" + alternation(NUMBER_LINE_WORDS)
                                       + r")\s*:\s*[\p{N}\p{Ll}.…_ ]{0,12}/)")


def _number_after_issuer(cell: Cell) -> list[Cell]:
    """A cell of the issuer in capitals that goes on with "Số: …", cut before "Số"."""
    m = _NUMBER_AFTER_ISSUER_RE.search(cell.text)
    if m is None or not all_capitals(cell.text[: m.start()], min_letters=2):
        return [cell]
    return [Cell(cell.start, cell.start + m.start(), cell.text[: m.start()], cell.line),
            Cell(cell.start + m.end(), cell.end, cell.text[m.end():], cell.line)]


def _run_together(cell: Cell) -> list[Cell]:
    """A cell that holds a body's name, a type line and its capital title before the text
    of the document, cut into the body's cell and the type line's; the cell itself when it
    is not such."""
    m = _RUN_TOGETHER_RE.match(cell.text)
    if m is None or (m.end() == len(cell.text) and all_capitals(cell.text)):
        return [cell]
    return [Cell(cell.start, cell.start + m.end("body"), m.group("body"), cell.line),
            Cell(cell.start + m.start("typed"), cell.start + m.end("typed"), m.group("typed"),
                 cell.line)]


#: A stray slash before a body's name in capitals ("/ỦY BAN MTTQ VIỆT NAM …", a web copy's
#: leftover); a symbol's codes after a blank number ("/KH-UBND") keep theirs.
_STRAY_SLASH_RE = lazy_compile(r"^/[ \t]*(?=\p{Lu}+[ \t]+\p{Lu})")


def _without_stray_slash(cell: Cell) -> Cell:
    m = _STRAY_SLASH_RE.match(cell.text)
    if m is None:
        return cell
    return Cell(cell.start + m.end(), cell.end, cell.text[m.end():], cell.line)


#: A type line in capitals run on into a whole text on one line ("KẾ HOẠCH “NĂM GIÁO DỤC …”
#: XÃ X (Ban hành kèm theo …) Căn cứ …"): the type word and its capital words, then a
#: bracketed note or text in small letters.
_TYPE_RUN_ON_RE = lazy_compile(
    r"^" + TYPE_WORDS_UPPER
    + r"(?:\s+[^\s\p{Ll}]+){2,}?(?=\s+\(?\S*\p{Ll})"
)
#: What follows the capitals is a text, not a title's last words: longer than this.
RUN_ON_MIN_CHARS = 200


def _type_line_run_on(cell: Cell) -> list[Cell]:
    """The cell of a type line that runs on into the text (a whole document on one line)
    cut after its capital words; the text after them is a cell of its own."""
    m = _TYPE_RUN_ON_RE.match(cell.text)
    if m is None or len(cell.text) - m.end() <= RUN_ON_MIN_CHARS:
        return [cell]
    tail = cell.text[m.end():]
    lead = len(tail) - len(tail.lstrip())
    return [Cell(cell.start, cell.start + m.end(), cell.text[: m.end()], cell.line),
            Cell(cell.start + m.end() + lead, cell.end, tail.strip(), cell.line)]


def _header_cells(ln: Line) -> list[Cell]:
    """A header line's cells, with a glued motto cut off and a "Số: … Place, ngày …" cell
    split in two."""
    out: list[Cell] = []
    cells = [_without_stray_slash(c) for c in
             (_without_escape_residue(c) for c in split_cells(ln)) if c is not None]
    cells = [q for c in cells for p in _run_together(c) for q in _type_after_date(p)]
    cells = [p for c in cells for p in _number_after_issuer(c)]
    cells = [p for c in cells for p in _number_after_date(c)]
    for cell in (q for c in cells for p in _motto_pieces(c) for q in _type_line_run_on(p)):
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
    return [p for c in out for p in _repeated_number(c)]


#: A second number line in a "Số:" cell: a template's blank one left before the filled one
#: ("Số: …….. KH-X Số: 37/KH-Y", a header run into one line).
_NUMBER_AGAIN_RE = lazy_compile(r"\s+(?=(?:" + alternation(NUMBER_LINE_WORDS) + r")\s*:)")


def _repeated_number(cell: Cell) -> list[Cell]:
    """A "Số:" cell that holds another "Số:", cut before it."""
    if not _SO_RE.match(cell.text):
        return [cell]
    m = _NUMBER_AGAIN_RE.search(cell.text, 1)
    if m is None:
        return [cell]
    return [Cell(cell.start, cell.start + m.start(), cell.text[: m.start()], cell.line),
            *_repeated_number(Cell(cell.start + m.end(), cell.end, cell.text[m.end():],
                                   cell.line))]




def place_date_beside(ln: Line) -> Cell | None:
    """The place-and-date cell printed beside a line of the left column after its first
    cell ("Triển khai công tác … ⇥ An Phú, ngày 10 tháng 3 năm 2026", a title over several
    lines beside the header's second column); None when the line has none."""
    cells = split_cells(ln)
    for cell in cells[1:]:
        if place_date_match(cell.text) is not None:
            return cell
    return None
