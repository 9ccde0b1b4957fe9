"""The title (trích yếu): after the type line, over wrapped and double-spaced lines, a
letter's "V/v" subject, or the capital paragraph of a header that lost its type line.
"""

from __future__ import annotations

import regex

from kehoach_parser.context import ParseContext
from kehoach_parser.extract.casing import (
    doc_type_case,
)
from kehoach_parser.extract.footer import Cell
from kehoach_parser.extract.header_cells import place_date_beside
from kehoach_parser.extract.header_dates import set_place_and_date
from kehoach_parser.extract.header_text import (
    _DATE_LINE_RE,
    _LETTER_OPENING_RE,
    _RULE_LINE_RE,
    _SO_RE,
    LETTER_OPENING_WINDOW,
    TYPE_WORDS_UPPER,
    _clean,
    _upper,
    place_date_match,
)
from kehoach_parser.extract.issuer import is_motto_fragment
from kehoach_parser.lang.vi.admin_units import ADMIN_UNITS
from kehoach_parser.lang.vi.doc_types import HEADER_COMPOUND_DOC_TYPES, HEADER_DOC_TYPES
from kehoach_parser.lang.vi.header_words import (
    ATTACHMENT_NOTE_OPENERS,
    BODY_OPENERS,
    DOCUMENT_LEAD_INS,
    ENACTING_HEADS,
    NUMBER_WORD_FORMS,
    PREAMBLE_OPENERS,
    SESSION_ORDINAL,
    SESSION_WORDS,
    TITLE_CONTINUING_OPENERS,
    TITLE_NOTES,
    TITLE_PERIOD_ENDINGS,
    TITLE_REST_MAX_WORDS,
    TYPE_LINE_SUBJECT_WORDS,
    UNTYPED_TITLE_NON_OPENERS,
)
from kehoach_parser.lang.vi.line_joins import OPEN_ENDINGS
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lang.vi.table_words import COLUMN_WORDS
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.lines import Line, read_label
from kehoach_parser.text.reflow import ends_open


def _title(ctx: ParseContext, after_line: int, first: Cell | None = None,
           max_lines: int | None = None) -> int:
    """Read the title after line ``after_line``; return the offset where the body starts.

    ``after_line`` is the line the title follows: the type line, or the number or date line
    some sites print under it, or, for a header that lost its type line, the line above
    the title's first (``-1`` when the title opens the text).  ``first`` is the part of the
    type line after the type word ("KẾ HOẠCH PHÒNG, CHỐNG DỊCH BỆNH NĂM 2024"), when the
    title starts there.  A title in capitals runs over every capital line under it
    (hard-wrapped titles); a title in lower case stops at a capital line (the next
    heading).  ``max_lines``, when given, caps the title's lines.  No title found: the body
    starts after ``after_line``.
    """
    lines = ctx.lines
    no_title = lines[after_line].end if after_line >= 0 else 0
    i = after_line + 1
    parts: list[tuple[int, int, str]] = []
    if first is not None:
        parts.append((first.start, first.end, first.text))
    else:
        while i < len(lines) and lines[i].blank:
            i += 1
    spaced = _double_spaced(lines)
    # "NGHỊ QUYẾT CỦA QUỐC HỘI KHOÁ XI KỲ HỌP THỨ 8 NHIỆM VỤ NĂM 2006": a type line that
    # prints the body, its session and the title is a whole line; a blank line ends it
    whole_line = first is not None and _SESSION_INSIDE_RE.search(
        ctx.text[lines[after_line].start:first.start]) is not None
    while i < len(lines) and (max_lines is None or len(parts) < max_lines):
        if lines[i].blank and whole_line:
            break
        if lines[i].blank:
            # a title goes on over one blank line where every line is followed by one, or
            # where the line after the blank reads as the rest of the title
            if not (parts and i + 1 < len(lines) and not lines[i + 1].blank):
                break
            after = lines[i + 1].text.strip()
            if _rest_across_blank(lines, i + 1, parts):
                # a paragraph break a word processor put inside the title: the line is
                # its rest whatever its case ("CỦA BỘ CHÍNH TRỊ⏎⏎về …")
                parts.append((lines[i + 1].start, lines[i + 1].end, after))
                i += 2
                continue
            if not (_may_continue_title(after)
                    and (spaced or _left_open(parts[-1][2])
                         or (_title_goes_on(parts, after)
                             and _ends_title_block(lines, i + 2, parts)))):
                break
            i += 1
        text = lines[i].text.strip()
        beside = place_date_beside(lines[i])
        if beside is not None:
            # the title's line beside the place and date: the title is the left cell
            text = ctx.text[lines[i].start:beside.start].rstrip(" \t|").lstrip(" |")
        low = text.casefold()
        dated = _dated_title_line(text) if parts and beside is None else None
        if dated is not None:
            # the place-and-date line printed between the title's lines or right under them
            # (a PDF's two columns read row by row): the header's date, never the title's;
            # the rest of the title may have been joined to it as a wrapped line's
            dm, rest = dated
            lead = lines[i].start + lines[i].text.find(text)
            if ctx.metadata.issued_date is None:
                set_place_and_date(ctx, dm, text[:dm.end()], lead)
            if rest:
                start = lead + len(text) - len(rest)
                parts.append((start, start + len(rest), rest))
            i += 1
            continue
        if parts and _ATTACHMENT_NOTE_RE.match(text):
            break  # "(Ban hành kèm theo Quyết định số …)": a reference, not the title's
        if parts and _reads_as_body(text) and not _left_open(parts[-1][2]):
            break  # the body's first paragraph right under the title (no blank line between)
        if parts and _starts_small(text.lstrip("*_")) and read_label(text) is None \
                and (not _upper(parts[0][2]) or not lines[i - 1].blank):
            # (under a title in capitals, on the next line: "CỦA BỘ CHÍNH TRỊ⏎về …")
            parts.append((lines[i].start, lines[i].end, text))  # "… toàn dân⏎trong giai …"
            i += 1
            continue
        if text.startswith("|") or _RULE_LINE_RE.fullmatch(text) \
                or (parts and _LETTER_OPENING_RE.match(text)) or _TABLE_HEAD_RE.match(text):
            break  # (a salutation, "Kính gửi: …", opens the letter under its subject)
        caps_title = bool(parts) and _upper(parts[0][2])
        if parts and not (caps_title and _upper(text)) \
                and low.startswith(BODY_OPENERS):
            break
        if parts and (_upper(text) != caps_title if _has_case(text)
                      else caps_title and not _figures_go_on(text)):
            break
        if parts and caps_title and _upper(text) and _is_enacting_line(text):
            break
        if not parts and low.startswith(BODY_OPENERS) and len(text) > 200:
            return no_title
        if read_label(text) is not None and not _SUBJECT_RE.match(text):
            break  # a numbered line ("I.", "1.", "Chương I", "Điều 1") starts the body
        if beside is not None:
            start = lines[i].start + lines[i].text.find(text)
            parts.append((start, start + len(text), text))
        else:
            parts.append((lines[i].start, lines[i].end, text))
        i += 1
    if not parts:
        return no_title
    end = parts[-1][1]
    for j, (a, _b, text) in enumerate(parts):
        note = _INNER_ATTACHMENT_NOTE_RE.search(text)
        rest = " ".join([text[note.start():], *(p[2] for p in parts[j + 1:])]) if note else ""
        if note is not None and (j or note.start()) and ")" not in rest.rstrip(" .*_")[:-1]:
            # the attachment note run into the title's lines (a title re-wrapped or joined),
            # closing the title: a reference after the title, where the body starts
            head = text[:note.start()].rstrip()
            end = a + len(text[:note.start()])
            parts = [*parts[:j], (a, a + len(head), head)] if head else parts[:j]
            break
    half = len(parts) // 2
    if len(parts) % 2 == 0 and [p[2] for p in parts[:half]] == [p[2] for p in parts[half:]]:
        parts = parts[:half]  # a web copy printed the title twice
    title = _clean(" ".join(p[2] for p in parts))
    ctx.metadata.title = title.rstrip(".;")
    ctx.metadata.spans["title"] = (parts[0][0], parts[-1][1])
    return end


_ATTACHMENT_NOTE = r"[*_]*\(\s*" + alternation(ATTACHMENT_NOTE_OPENERS, ignore_case=True,
                                                boundary="end")
_ATTACHMENT_NOTE_RE = lazy_compile("^" + _ATTACHMENT_NOTE)
#: The same note anywhere in a title's line ("… GIAI ĐOẠN 2026-2030 (Ban hành kèm theo …").
_INNER_ATTACHMENT_NOTE_RE = lazy_compile(_ATTACHMENT_NOTE)
#: A line at least this long that ends a sentence inside it is a paragraph, never a title's.
#: Both halves are needed: title lines this long are common (a web copy prints a title on
#: one line: 62 of the 349 title lines read in train and dev are 100 characters or more),
#: but none after a title's first line ends a sentence inside it; the length keeps the
#: test off short lines, where a stop inside may be a title's ("ĐẾN NĂM 2030; TẦM NHÌN
#: ĐẾN NĂM 2050"). It ends titles run into the body by a copy without blank lines.
TITLE_BODY_LINE_MIN_CHARS = 100
#: A sentence that ends inside a line and another that opens after it ("… năm 2014. Nhà
#: trường …"): a word in small letters or a number before the stop, so that an abbreviation
#: ("TP. Hồ Chí Minh") is none.
_INNER_SENTENCE_END_RE = lazy_compile(r"[\p{Ll}\d]{2}[.;]\s+\p{Lu}")


#: What may follow the date of a place-and-date line inside a title: its end, or the title's
#: next words, in small letters, which the reflow joined to it as a wrapped line's rest.
_AFTER_TITLE_DATE_RE = lazy_compile(r"[\s|*.,;)]*(?P<rest>\p{Ll}.*)?")


#: The unit words a place may hold in small letters ("thành phố Hà Nội", "xã Tân Lập").
_UNIT_WORDS = frozenset(w for unit in ADMIN_UNITS for w in unit.split())
#: The most words a place's name holds, its unit words not counted ("TP. Hồ Chí Minh",
#: "thị xã Phú Mỹ"): a longer run of capitalised words before a date inside a title is
#: the title's own ("Công Tác Đoàn Và Phong Trào Thanh Niên, ngày …"), not a place.
PLACE_NAME_MAX_WORDS = 4


def _names_a_place(place: str) -> bool:
    """``place`` reads as a place's name: at most ``PLACE_NAME_MAX_WORDS`` words besides the
    unit words ("phố", "xã"), each opening with a capital (or a digit); a clause of a
    sentence ("Trường nghỉ từ Hoa Sen") does not."""
    words = [w for w in place.replace(".", ". ").split() if w.casefold() not in _UNIT_WORDS]
    return 0 < len(words) <= PLACE_NAME_MAX_WORDS \
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _dated_title_line(text: str) -> tuple[regex.Match[str], str] | None:
    """``text`` opens with a whole place-and-date ("Tân Lập, ngày 03 tháng 4 năm 2026"),
    followed by nothing or by words in small letters: the date match and those words."""
    dm = _DATE_LINE_RE.match(text)
    if dm is None or not dm.group("place") or not (dm.group("y") or dm.group("y2")) \
            or not _names_a_place(dm.group("place")) \
            or _upper(text[dm.end("place"):dm.end()]):
        # (a place-and-date line prints "ngày … tháng … năm" in small letters: in capitals
        # it is the date of an event the title names, "…, NGÀY 26 THÁNG 12 NĂM 2026")
        return None
    after = _AFTER_TITLE_DATE_RE.fullmatch(text, dm.end())
    if after is None or place_date_match(text[:dm.end()]) is None:
        return None
    return dm, (after.group("rest") or "").strip()


def _reads_as_body(text: str) -> bool:
    """A line of body text: long, with a sentence ending inside it."""
    return len(text) >= TITLE_BODY_LINE_MIN_CHARS \
        and _INNER_SENTENCE_END_RE.search(text) is not None


_LETTER_RE = lazy_compile(r"\p{L}")
#: A table's column headers flattened onto one line, its ordinal column first ("STT Nội
#: dung …", "TT Chỉ tiêu ĐVT …"): the table under a title, never a piece of it.
_TABLE_HEAD_RE = lazy_compile(
    alternation(COLUMN_WORDS["ordinal"], ignore_case=True) + r"[ \t]+"
    + alternation(COLUMN_WORDS["name"], boundary="end", ignore_case=True))


def _left_open(text: str) -> bool:
    """A title line that cannot end the title: it ends with a word that needs another after
    it ("của", "năm", "giai đoạn") or with a hyphen ("Kinh tế-")."""
    return ends_open(text) or text.rstrip().endswith(("-", "–"))


def _has_case(text: str) -> bool:
    """Whether ``text`` has letters enough to be in capitals or not (two or more)."""
    return len(_LETTER_RE.findall(text)) >= 2


def _figures_go_on(text: str) -> bool:
    """A line without letters inside a title in capitals ("2021-2030," of "THỜI KỲ⏎
    2021-2030,⏎TẦM NHÌN …", "2026 - 2031") goes on with it, unless it is a date (the
    dateline of a page under its headline)."""
    return not _DATELINE_RE.fullmatch(text)


_DATELINE_RE = lazy_compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}")


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


_SMALL_START_RE = lazy_compile(r"^\p{Ll}")


def _starts_small(text: str) -> bool:
    """A line opening with a small letter goes on with the line above (no heading, item or
    sentence opens so)."""
    return bool(_SMALL_START_RE.match(text))


def _title_goes_on(parts: list[tuple[int, int, str]], text: str) -> bool:
    """After a blank line inside the title block: ``text`` is the rest of the title when
    it cannot open anything else — after a part ending in ";" or ",", a line in the same
    case; in a title in small letters, a line opening with a small letter; in a title in
    capitals, capitals that are no heading, enacting line, session line or lead-in, after
    a part with no final stop."""
    if read_label(text) is not None or text.startswith(("(", "|")) \
            or _SO_RE.match(text) or _DATE_LINE_RE.match(text) or is_motto_fragment(text):
        return False
    if parts[-1][2].endswith((";", ",")) and _upper(text) == _upper(parts[0][2]):
        return True  # "… 6 tháng đầu năm;" ⏎⏎ "Phương hướng …": a title does not end so
    if not _upper(parts[0][2]):
        return _starts_small(text)
    return (_upper(text) and not parts[-1][2].endswith((".", ";", ":"))
            and not _is_enacting_line(text) and doc_type_case(text) is None
            and not _SESSION_RE.match(text))


def _rest_across_blank(lines: list[Line], k: int, parts: list[tuple[int, int, str]]) -> bool:
    """Whether line ``k``, after a blank line under the title lines ``parts``, is the rest
    of the title though the case and punctuation rules would stop there (a paragraph break
    copied from a word processor, cut anywhere in the title): the title's last line left
    the phrase open ("… Kinh tế-⏎⏎Xã hội 6 tháng đầu năm;"), or the line goes on a phrase
    (it opens with a joining word: "về …" in small letters, "VÀ KẾT QUẢ …", "Giai đoạn …"),
    or it is a short phrase in sentence case under a title in sentence case ("… và nghỉ⏎⏎
    Lễ giỗ Quốc tổ năm 2026") — the last only where the body clearly starts after it."""
    text = lines[k].text.strip()
    last = parts[-1][2]
    if _PERIOD_END_RE.search(last) and _YEARS_RE.fullmatch(text.strip("*_ ")):
        return True  # "… năm học⏎⏎2025 - 2026": the period's year alone
    if _TYPE_WORD_END_RE.search(last) and _CITED_NUMBER_RE.match(text.lstrip("*_")) \
            and not text.endswith((".", ":")) and len(text) <= TITLE_LINE_MAX_CHARS:
        return True  # "THỰC HIỆN CHỈ THỊ⏎⏎SỐ 27/CT-TTg NGÀY …": the cited document's number
    if not _has_case(text) or len(text) > TITLE_LINE_MAX_CHARS or text.endswith(":") \
            or read_label(text) is not None or text.startswith(("(", "|")) \
            or _SO_RE.match(text) or _DATE_LINE_RE.match(text) or is_motto_fragment(text) \
            or _LETTER_OPENING_RE.match(text) or last.endswith((".", ":")):
        return False
    plain = text.lstrip("*_").casefold()
    if _left_open(last):
        return (not text.endswith(".") and len(text.split()) <= TITLE_REST_MAX_WORDS
                and not plain.startswith(BODY_OPENERS))
    if text.endswith((".", ";")):
        return False
    if _CONTINUING_RE.match(plain) or (_starts_small(text.lstrip("*_"))
                                       and _JOINING_WORD_RE.match(plain)):
        return True
    return (not _upper(parts[0][2]) and not _upper(text) and not last.endswith(";")
            and len(text.split()) <= TITLE_REST_MAX_WORDS
            and not plain.startswith(BODY_OPENERS)
            and _body_starts_after(lines, k + 1))


_CONTINUING_RE = lazy_compile("^" + alternation(TITLE_CONTINUING_OPENERS, boundary="end"))
#: A title line ending with a period's word, and a line that is a year or a span of years.
_PERIOD_END_RE = lazy_compile(alternation(TITLE_PERIOD_ENDINGS, ignore_case=True,
                                          boundary="start") + r"[ \t*_]*$")
_YEARS_RE = lazy_compile(r"(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?[ \t]*,?")
#: A title line ending with a type word ("… THỰC HIỆN NGHỊ QUYẾT"), and a line opening with
#: the number of the document it cites ("SỐ 27/CT-TTg …", "số 09-NQ/TW …"), not a "Số:" cell.
_TYPE_WORD_END_RE = lazy_compile(alternation(HEADER_DOC_TYPES, ignore_case=True,
                                             boundary="start") + r"[ \t*_]*$")
_CITED_NUMBER_RE = lazy_compile(r"(?i:" + alternation(NUMBER_WORD_FORMS) + r")[ \t]+\d+[\p{L}]?"
                                r"[ \t]*[/-][ \t]*\p{L}")
#: A preposition or a conjunction opening a line in small letters ("về …", "trong …"): the
#: line goes on a phrase ("thời gian qua …" in small letters may be a broken paragraph).
_JOINING_WORD_RE = lazy_compile("^" + alternation(OPEN_ENDINGS, boundary="end"))


def _body_starts_after(lines: list[Line], k: int) -> bool:
    """Whether the title may end before line ``k``: a blank line or the end is there, and
    the next line with text opens the body or closes the header — a numbered line, a
    salutation ("Kính gửi:"), a lead-in ("Căn cứ …"), an enacting line ("THỦ TƯỚNG CHÍNH
    PHỦ điện:"), a line in capitals or a note in brackets."""
    if k < len(lines) and not lines[k].blank:
        return False
    nxt = next((ln.text.strip() for ln in lines[k:] if not ln.blank), None)
    if nxt is None:
        return True
    plain = nxt.strip("*_ ")
    low = plain.casefold()
    return (read_label(plain) is not None or bool(_LETTER_OPENING_RE.match(plain))
            or low.startswith(BODY_OPENERS) or _is_enacting_line(plain)
            or _upper(plain) or plain.startswith("(") or _RULE_LINE_RE.fullmatch(plain)
            is not None)


def _ends_title_block(lines: list[Line], k: int, parts: list[tuple[int, int, str]]) -> bool:
    """Whether line ``k``, under a line read across a blank as the rest of a title in
    capitals, may follow a title: a blank line, the end, a numbered heading, an enacting
    line or a lead-in ("Căn cứ …").  A line of text there makes the line above a heading
    over its own text ("THÔNG TIN CHUNG" ⏎ "Nhà trường có …"), not a piece of the title."""
    if not _upper(parts[0][2]) or k >= len(lines) or lines[k].blank:
        return True
    text = lines[k].text.strip()
    low = text.casefold()
    return (read_label(text) is not None or _upper(text)
            or low.startswith(BODY_OPENERS)
            or _is_enacting_line(text.strip("*_ ")))  # "**THỦ TƯỚNG CHÍNH PHỦ điện:**"


#: A council's session line ("KHÓA XI, KỲ HỌP THỨ 9") under the enacting line.
_SESSION_RE = lazy_compile(r"^(?:KHÓA|KHOÁ|KỲ HỌP)\b")


def _may_continue_title(text: str) -> bool:
    """A line after a blank that may still be the title: not a sentence or a lead-in (no
    final ".", ":" or ";"), not long, not a letter's salutation."""
    return (len(text) <= TITLE_LINE_MAX_CHARS and not text.endswith((".", ":", ";"))
            and not _LETTER_OPENING_RE.match(text))


#: The subject line of a letter under its number: "V/v …", "V/V: …", "Về việc …".
_SUBJECT_RE = lazy_compile(r"^(?:V/[vV]\b|Về việc\b|VỀ VIỆC\b)")



def _subject_cell(ctx: ParseContext, cell: Cell) -> Cell:
    """The "V/v …" cell with the lines that continue it (a subject wrapped over lines)."""
    lines = ctx.lines
    end = cell.end
    parts = [cell.text]  # the cell, not what stands beside it ("V/v …⟶Place, ngày …")
    spaced = _double_spaced(lines)
    k = cell.line + 1
    last = cell.line
    while k < len(lines):
        if spaced and lines[k].blank and k + 1 < len(lines) and not lines[k + 1].blank:
            k += 1  # one blank line after every line: not the subject's end
        text = lines[k].text.strip()
        if (not text or text.startswith("|") or _RULE_LINE_RE.fullmatch(text)
                or _SO_RE.match(text) or _DATE_LINE_RE.match(text)
                or _LETTER_OPENING_RE.match(text) or "\t" in lines[k].text
                or is_motto_fragment(text) or read_label(text) is not None
                or (text[:1].isupper() and not _upper(" ".join(parts))
                    and not _before_salutation(lines, k))
                or _ends_capital_subject(parts, text)):
            break
        parts.append(text)
        end = lines[k].end
        last = k
        k += 1
    return Cell(cell.start, end, _clean(" ".join(parts)), lines[last].index)


def _ends_capital_subject(parts: list[str], text: str) -> bool:
    """``text`` cannot go on with a subject in capitals: the enacting line ("ỦY BAN NHÂN
    DÂN TỈNH X", "THỦ TƯỚNG CHÍNH PHỦ điện:") or a line in sentence case that opens with a
    capital ("Căn cứ Luật …", "Năm 2019, tình hình …")."""
    if not _upper(" ".join(parts)):
        return False
    return _is_enacting_line(text) or (text[:1].isupper() and _has_case(text)
                                       and not _upper(text))


def _before_salutation(lines: list[Line], k: int) -> bool:
    """Line ``k`` is the last line of a letter's subject: the salutation ("Kính gửi:") is
    the next line with text, and the line reads as a phrase (no final stop, not long, not a
    mark in capitals such as "KHẨN")."""
    text = lines[k].text.strip()
    if _upper(text) or len(text) > TITLE_LINE_MAX_CHARS or text.endswith((".", ";", ":")):
        return False
    nxt = next((ln for ln in lines[k + 1: k + 4] if not ln.blank), None)
    return nxt is not None and bool(_LETTER_OPENING_RE.match(nxt.text.strip()))


def _opens_letter(ctx: ParseContext) -> bool:
    return bool(_LETTER_OPENING_RE.search(ctx.text, 0, min(len(ctx.text), LETTER_OPENING_WINDOW)))


def _title_without_type_line(ctx: ParseContext, header_end: int) -> int:
    """A web copy that lost its type line: the first capital paragraph after the number and
    date cells is the title.  Returns where the body starts."""
    lines = ctx.lines
    i = next((ln.index for ln in lines if ln.start >= header_end), len(lines))
    while i < len(lines):
        text = lines[i].text.strip()
        if text and not text.startswith("|") and not _RULE_LINE_RE.fullmatch(text):
            break
        i += 1
    if i == len(lines):
        return header_end
    text = lines[i].text.strip()
    if not _upper(text) or _is_enacting_line(text) or is_motto_fragment(text) \
            or read_label(text) is not None or _SO_RE.match(text):
        return _sentence_case_title(ctx, header_end)
    # the title as it is read under a type line (over a blank line inside it, a wrapped
    # line, a line in small letters under capitals), as if the type line stood above it;
    # with no type line to anchor it, a title runs over at most TITLE_MAX_LINES lines
    return _title(ctx, i - 1, max_lines=TITLE_MAX_LINES)


#: A title read without a type line above it runs over at most this many lines (blank lines
#: not counted): the longest title of the train and dev documents, read under its type line,
#: runs over 7; a capital paragraph longer than this is no title.
TITLE_MAX_LINES = 8


#: A title in sentence case under a header with no type line is at most this long.
UNTYPED_TITLE_MAX_CHARS = 400


def _sentence_case_title(ctx: ParseContext, header_end: int) -> int:
    """A web copy that lost its type line, its title in sentence case ("Sản xuất vụ Hè Thu
    năm 2024" under the place and date): the paragraph after the header, read as a title
    is under a type line, when it reads as one — it opens with a capital, not with a
    label, a lead-in of the body ("Căn cứ …") or a header cell, and is short and ends with
    no stop, colon, semicolon or comma.  Returns where the body starts."""
    lines = ctx.lines
    first = next((ln for ln in lines if ln.start >= header_end and not ln.blank
                  and not _RULE_LINE_RE.fullmatch(ln.text.strip())), None)
    if first is None or first.index == 0:
        return header_end
    text = first.text.strip().lstrip("*_#").strip()
    low = text.casefold()
    if not text[:1].isupper() or _upper(text) or read_label(text) is not None \
            or _SO_RE.match(text) or _DATE_LINE_RE.match(text) or is_motto_fragment(text) \
            or _is_enacting_line(text) or _LETTER_OPENING_RE.match(text) \
            or low.startswith(UNTYPED_TITLE_NON_OPENERS):
        return header_end
    md = ctx.metadata
    end = _title(ctx, first.index - 1)
    span = md.spans.get("title")
    printed = ctx.text[span[0]:span[1]].rstrip(" *_") if span else ""
    if md.title is None or len(md.title) > UNTYPED_TITLE_MAX_CHARS \
            or printed.endswith((".", ":", ";", ",")):
        md.title = None
        md.spans.pop("title", None)
        return header_end
    return end


#: The enacting line of a decision or a resolution under its title: "ỦY BAN NHÂN DÂN TỈNH X",
#: "THỦ TƯỚNG CHÍNH PHỦ", "HỘI ĐỒNG NHÂN DÂN …" — a body name alone on its line.
_ENACTING_RE = lazy_compile(
    "^" + alternation(ENACTING_HEADS) + r"(?:\s|$)"
)


def _is_enacting_line(text: str) -> bool:
    return bool(_ENACTING_RE.match(text.strip()))


#: The type words a type line may print: one word ("KẾ HOẠCH") or a compound.
_TYPE_WORDS = (*HEADER_DOC_TYPES, *HEADER_COMPOUND_DOC_TYPES)
_TYPE_PREFIX_RE = lazy_compile(
    r"^(?P<type>" + alternation(t.upper() for t in _TYPE_WORDS)
    + r")(?:\s*[:.]?\s+(?P<rest>\S.*))?$"
)


_TITLE_NOTE_RE = lazy_compile(r"(?i)\s*\(" + alternation(TITLE_NOTES) + r"\)\s*$")
#: A type word in capitals with a subject in small letters: "BÁO CÁO Về việc kiểm điểm …".
_TYPE_SUBJECT_RE = lazy_compile(
    r"^(?P<type>" + alternation(t.upper() for t in _TYPE_WORDS)
    + r")\s*[:.]?\s+(?P<rest>(?:V/[vV]|Về việc)\b.*)$"
)
#: A type word in capitals with its title in sentence case on the same line: "KẾ HOẠCH
#: Phòng, chống thiên tai năm 2025" (a header run into one line).
_TYPE_TITLE_RE = lazy_compile(
    r"^(?P<type>" + TYPE_WORDS_UPPER
    + r")\s+(?P<rest>\p{Lu}\p{Ll}+\S*(?:\s+\S+){1,40})$"
)
#: The same with the text of the document after the title, on one line (a whole document
#: run into one line): a title in sentence case that ends with its year or school year
#: ("BÁO CÁO Sơ kết học kỳ I năm học 2013 - 2014 Thực hiện công văn …"), the body's first
#: sentence opening with a capital after it.
_TITLE_TO_YEAR = (r"^(?P<type>" + TYPE_WORDS_UPPER
                  + r")\s+(?P<rest>\p{Lu}\p{Ll}+(?:\s+[^\s.;:]+){0,40}?\s+(?:19|20)\d{2}"
                  r"(?:\s*[-–]\s*(?:19|20)\d{2})?)")
_TYPE_TITLE_YEAR_RE = lazy_compile(_TITLE_TO_YEAR + r"(?=\s+\p{Lu}\p{Ll})")
#: The same with the body's lead-in after the year ("… năm 2027 Thực hiện …", "… Căn cứ …"),
#: read before a short line is taken whole as its title.
_TYPE_TITLE_LEAD_IN_RE = lazy_compile(
    _TITLE_TO_YEAR + r"(?=\s+\p{Lu})(?=\s+" + alternation(DOCUMENT_LEAD_INS, boundary="end",
                                                          ignore_case=True) + ")")
#: A type word with the document's own number and nothing else: "QUYẾT ĐỊNH 1677/QĐ-TTg",
#: "NGHỊ QUYẾT SỐ 12/2024/NQ-HĐND" (a web copy that repeats the number on the type line).
_TYPE_NUMBER_RE = lazy_compile(
    r"^(?P<type>" + TYPE_WORDS_UPPER
    + r")\s+(?:(?i:số)\s*:?\s*)?\d+(?:/\d+)*\p{Ll}?/\p{Lu}[\p{L}\p{N}.\-–/]*$"
)
#: A type word alone with a final colon or full stop: "KẾ HOẠCH:", "QUYẾT ĐỊNH." (the title
#: is on the next lines).
_TYPE_PUNCTUATED_RE = lazy_compile(r"^(?P<type>" + TYPE_WORDS_UPPER + r")\s*[:.]$")
#: Label styles of the line under an enacting "QUYẾT ĐỊNH:" ("Điều 1.", "1.").
_ENACTED_LABEL_STYLES = ("article", "arabic")


#: How the line over an enacting "QUYẾT ĐỊNH:" ends: the last sentence of the preamble
#: ("Theo đề nghị của Giám đốc Sở Tài chính.", "Căn cứ …;").
_PREAMBLE_ENDS = (".", ";", ",")


def _enacts(next_text: str | None, prev_text: str | None = None) -> bool:
    """A type word between these lines enacts a decision: the line under it opens what it
    enacts ("Điều 1. …"), or the line over it is a preamble's sentence ("Theo đề nghị của
    …." — not the header's date line, "Đồng Xoài, ngày 20 tháng 3 năm 2012.")."""
    label = read_label(next_text.strip()) if next_text else None
    if label is not None and label.style in _ENACTED_LABEL_STYLES:
        return True
    prev = prev_text.strip().lstrip("*_") if prev_text else ""
    return prev.endswith(_PREAMBLE_ENDS) and prev.casefold().startswith(PREAMBLE_OPENERS)


#: "CỦA <body> VỀ …" after a type word: the body issuing it, then the subject.
_OWNER_SUBJECT_RE = lazy_compile(r"^CỦA\s.*?\s(?=" + alternation(TYPE_LINE_SUBJECT_WORDS,
                                                                   boundary="end") + ")")


#: Session words between a type word and the title on the type line.
_SESSION_INSIDE_RE = lazy_compile(r"\s" + alternation(SESSION_WORDS, boundary="end") + r"\s")
#: The body and its session words before a title on the type line, no subject word between
#: ("CỦA QUỐC HỘI KHOÁ XI KỲ HỌP THỨ 8 NHIỆM VỤ NĂM 2006": the title is "NHIỆM VỤ …").
_OWNER_SESSION_RE = lazy_compile(
    r"^CỦA\s.*?(?:\s+" + alternation(SESSION_WORDS, boundary="end") + r"\s+(?:"
    + SESSION_ORDINAL + r"\s+)?[^\s,]+,?)+\s+(?=\S)"
)


_OWNER_RE = lazy_compile(
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


def _type_cell(cell: Cell, next_text: str | None = None, prev_text: str | None = None
               ) -> tuple[str | None, Cell | None]:
    """('Kế hoạch', None) for "KẾ HOẠCH"; ('Kế hoạch', <cell "PHÒNG, CHỐNG …">) for a type
    line that goes on with its title; (None, None) for any other cell.

    "BÁO CÁO Về việc …" (a subject in small letters) and "NGHỊ QUYẾT CỦA QUỐC HỘI VỀ …" (the
    title after the body's name) are type lines too; a bracketed note after the title
    ("(Trích)") is left out.  A type word with a final colon or full stop ("KẾ HOẠCH:") is
    one unless ``prev_text``, the line with text above, ends a sentence; a type word alone
    or so is none when ``next_text``, the next line with text, opens an article or a
    numbered item: "QUYẾT ĐỊNH:" over "Điều 1." or under "Theo đề nghị của …." is the
    enacting word of a decision whose type line was lost.
    """
    note = _TITLE_NOTE_RE.search(cell.text)
    if note is not None:
        cell = Cell(cell.start, cell.start + note.start(), cell.text[: note.start()], cell.line)
    own = _TYPE_NUMBER_RE.match(cell.text)
    if own is None and not _enacts(next_text, prev_text):
        # "KẾ HOẠCH:" over its title; "QUYẾT ĐỊNH:" over "Điều 1." enacts a decision
        own = _TYPE_PUNCTUATED_RE.match(cell.text)
    if own is not None:
        return doc_type_case(own.group("type")), None  # the title is on the next lines
    if not _upper(cell.text):
        sm = _TYPE_SUBJECT_RE.match(cell.text) or _TYPE_TITLE_LEAD_IN_RE.match(cell.text) \
            or _TYPE_TITLE_RE.match(cell.text) or _TYPE_TITLE_YEAR_RE.match(cell.text)
        if sm is None:
            return None, None
        return doc_type_case(sm.group("type")), Cell(
            cell.start + sm.start("rest"), cell.start + sm.end("rest"),
            sm.group("rest").strip(), cell.line)
    name = doc_type_case(cell.text)
    if name and name in _TYPE_WORDS:
        # "QUYẾT ĐỊNH" over "Điều 1." enacts a decision whose type line was lost
        return (None, None) if _enacts(next_text) else (name, None)
    m = _TYPE_PREFIX_RE.match(" ".join(cell.text.split()))
    if m is None or m.group("rest") is None:
        return None, None
    rest = m.group("rest")
    if rest.startswith("CỦA "):
        owner = _OWNER_SUBJECT_RE.match(rest) or _OWNER_SESSION_RE.match(rest)
        if owner is None:
            return doc_type_case(m.group("type")), None  # the title is on the next lines
        rest = rest[owner.end():]
    if _LETTER_RE.search(rest) is None or rest.startswith(("SỐ", "CỦA")):
        return None, None
    name = doc_type_case(m.group("type"))
    # after the type word: "KẾ HOẠCH HOẠT ĐỘNG …" holds the title's first letters twice
    after_type = len(m.group("type"))
    offset = cell.text.find(rest[:3], after_type)
    if offset < 0:
        offset = len(cell.text) - len(rest)
    sub = Cell(cell.start + offset, cell.end, cell.text[offset:].strip(), cell.line)
    return name, sub


#: Where a date glued to the number starts: "Số: 07/KH-UBND Tân Phú, ngày …", "Số:
#: 118/KH-UBND ngày …", "118/KH-UBNDngày …".
