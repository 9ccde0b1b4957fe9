"""The issuing body, read from the upper-case cells of a header.

Headers are found in every state: two columns side by side, cells on separate lines with "|"
and "-------" between them, the national motto broken over lines ("CỘNG HÒA XÃ HỘI⏎CHỦ
NGHĨA VIỆT NAM") or glued to the issuer ("UBND XÃ AN PHÚCỘNG HÒA XÃ HỘI …"), a parent body
above the issuing one, a council's session under its name.  The rules:

* motto fragments, session words ("KHÓA XI, KỲ HỌP THỨ 9", "NHIỆM KỲ 2021-2026") and rules
  are never part of the issuer;
* the issuer opens at the last cell that starts a body name (a parent body stands above the
  issuing one, and the issuer is the lower body — the parent is not part of it), and goes on
  over the cells right under it (its locality);
* a body name broken inside a word group ("ỦY⏎BAN NHÂN DÂN") is joined back.
"""

from __future__ import annotations

from kehoach_parser.document import Span
from kehoach_parser.extract.casing import expand_abbreviations, upper_body_case
from kehoach_parser.extract.footer import Cell
from kehoach_parser.lang.vi.abbreviations import (
    BODY_HEADS,
    BODY_QUALIFIERS,
    BODY_TITLE_CASE,
    HEAD_OPENING_BLOCKERS_AFTER,
    HEADER_BODY_HEADS,
    INLINE_HEAD_BLOCKERS_AFTER,
    INLINE_HEAD_BLOCKERS_BEFORE,
    INLINE_LOWER_BODY_HEADS,
    LOCAL_BODY_HEADS,
    PLACE_NAMED_BODIES,
    SCHOOL_BODY_HEADS,
    SCHOOL_HEAD,
    SCHOOL_TYPE_ABBREVIATIONS,
    SCHOOL_TYPES,
    SUBORDINATE_BODY_HEADS,
)
from kehoach_parser.lang.vi.admin_units import ADMIN_UNITS, UNIT_ABBREVIATIONS
from kehoach_parser.lang.vi.header_words import (
    BANNER_COMPLETED_BODIES,
    NATIONAL_LINES,
    SESSION_WORDS,
    UNION_BANNERS,
)
from kehoach_parser.lang.vi.numbering import DASH_BULLETS
from kehoach_parser.lang.vi.patterns import alternation, sign_class
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.capitals import all_capitals
from kehoach_parser.text.folded import fold
from kehoach_parser.text.lines import read_label

#: Lines of a header an issuer may run over below the cell that opens it.
ISSUER_MAX_LINE_GAP = 2

_WORD_RE = lazy_compile(r"[\p{L}\p{N}]+")
_MOTTO_WORDS: tuple[tuple[str, ...], ...] = tuple(
    tuple(_WORD_RE.findall(line.upper().replace("HOÀ", "HÒA"))) for line in NATIONAL_LINES
)
#: The same words without their marks (a piece damaged by a font converter is compared
#: with these).
_FOLDED_MOTTO_WORDS: tuple[tuple[str, ...], ...] = tuple(
    tuple(fold(w) for w in motto) for motto in _MOTTO_WORDS)
#: Where a motto starts inside a cell: "CỘNG HÒA" or "ĐỘC LẬP" (after a glued issuer).
_MOTTO_START_RE = lazy_compile(r"(?i)(?:CỘNG\s*H(?:ÒA|OÀ)\s*XÃ|ĐỘC\s*LẬP\s*[-–])")
_SESSION_RE = lazy_compile(
    r"(?:^|[\s,.;-]+)" + alternation(SESSION_WORDS, boundary="end") + r".*$"
)
_TRAILING_JUNK_RE = lazy_compile(r"[\s\-–—_=*.|,]+$")
_HEADS = tuple(sorted(dict.fromkeys((*BODY_HEADS, *HEADER_BODY_HEADS)), key=len, reverse=True))
#: A parent body with its locality and the issuing body after it in one cell ("UBND TỈNH X
#: SỞ Y TẾ", "UBND HUYỆN X TRƯỜNG THCS Y", "ỦY BAN MTTQ VIỆT NAM XÃ X BAN THƯỜNG TRỰC", "UBND
#: TX. X PHÒNG …"): the head, up to six more words of its name, a unit word (or its
#: abbreviation), one to four words of the place's name, then the head of a subordinate
#: body.  Only the unit word tells where the parent's name can end, so a parent without one
#: ("BỘ Y TẾ CỤC …") is left whole.
_PARENT_THEN_BODY_RE = lazy_compile(
    r"^(?:" + alternation(_HEADS, boundary="end") + r")(?:\s+[\p{Lu}\p{N}&-]+){0,6}?\s+"
    + r"(?:" + alternation(tuple(u.upper() for u in ADMIN_UNITS), boundary="both") + r"|"
    + alternation(UNIT_ABBREVIATIONS) + r")"
    + r"(?:\s*[\p{Lu}\p{N}]+){1,4}?\s+(?="
    + alternation(SUBORDINATE_BODY_HEADS, boundary="end")
    + r"\s+\S)"
)


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD_RE.findall(text.upper().replace("HOÀ", "HÒA")))


#: A piece of the motto this many words long or longer is read whatever its marks.
FOLDED_MOTTO_MIN_WORDS = 3


def is_motto_fragment(text: str) -> bool:
    """A cell that is the national motto or a piece of it ("CHỦ NGHĨA VIỆT NAM")."""
    words = _words(text)
    if not words:
        return False
    n = len(words)
    for motto in _MOTTO_WORDS:
        for i in range(len(motto) - n + 1):
            if motto[i:i + n] == words:
                return True
    if n >= FOLDED_MOTTO_MIN_WORDS:  # marks a converter damaged ("CHỦ NGHIA VIỆT NAM")
        folded = tuple(fold(w) for w in words)
        return any(motto[i:i + n] == folded
                   for motto in _FOLDED_MOTTO_WORDS for i in range(len(motto) - n + 1))
    return False


def clean_cell(cell: Cell) -> Cell | None:
    """The cell without a glued motto, session words or trailing rules; None if nothing is
    left of it."""
    text = cell.text
    m = _MOTTO_START_RE.search(text)
    if m is not None and m.start() > 0:
        text = text[: m.start()]
    m = _SESSION_RE.search(text)
    if m is not None:
        text = text[: m.start()]
    text = _TRAILING_JUNK_RE.sub("", text).strip()
    if sum(c.isalpha() for c in text) < 2:
        return None
    return Cell(cell.start, cell.start + len(text), text, cell.line)


def _qualifier_length(text: str) -> int:
    """Characters of a qualifier ("THƯỜNG TRỰC ") that opens ``text`` (0 when none)."""
    up = text.upper()
    for q in BODY_QUALIFIERS:
        if up == q or up.startswith(q + " "):
            return min(len(text), len(q) + 1)
    return 0


def _head_length(text: str) -> int:
    """Characters of the body head that opens ``text``, after a qualifier ("THƯỜNG TRỰC
    HĐND …"); 0 when none does."""
    skip = _qualifier_length(text)
    if skip and skip < len(text):
        inner = _head_length(text[skip:])
        return skip + inner if inner else 0
    up = text.upper()
    for h in _HEADS:
        if up.startswith(h) and (len(up) == len(h) or not up[len(h)].isalpha()):
            after = up[len(h):].replace(",", " ").split()
            if after and after[0] in HEAD_OPENING_BLOCKERS_AFTER.get(h, ()):
                return 0  # "PHÒNG CHỐNG DỊCH", "BAN HÀNH": the head word of another phrase
            return len(h)
    return 0


_PHRASES = tuple(sorted(BODY_TITLE_CASE, key=len, reverse=True))


def _known_length(text: str) -> int:
    """Characters of the longest known body name that opens ``text`` (0 when none)."""
    up = " ".join(text.upper().split())
    for p in _PHRASES:
        if up == p or up.startswith(p + " "):
            return len(p)
    return 0


#: A school's name opens with "TRƯỜNG" and a school type, written out or abbreviated
#: ("TRƯỜNG TRUNG HỌC CƠ SỞ", "TRƯỜNG THCS").
_SCHOOL_OPENING = SCHOOL_HEAD + r"\s+" + alternation(
    (*SCHOOL_TYPE_ABBREVIATIONS, *SCHOOL_TYPES), boundary="both")


#: A body's whole name: a local body (head, unit word, place) or a school (head, school type,
#: name); the name is one to five words in capitals.  ``NAMED_BODY`` is the pattern (to be
#: followed by what must come after it).
_NAME_WORDS = r"(?:\s+[\p{Lu}\p{N}][\p{Lu}\p{M}\p{N}.-]*){1,5}?"
NAMED_BODY = (
    r"(?:" + alternation(LOCAL_BODY_HEADS, boundary="end") + r"\s+"
    + alternation(tuple(u.upper() for u in ADMIN_UNITS), boundary="both") + _NAME_WORDS
    + r"|" + _SCHOOL_OPENING + _NAME_WORDS + r")"
)
_NAMED_BODY_LINE_RE = lazy_compile(r"^" + NAMED_BODY + r"$")


def is_named_body_line(text: str) -> bool:
    """``text`` is a body's whole name in capitals and nothing else ("TRƯỜNG MẦM NON ĐÔNG
    SƠN", "ỦY BAN NHÂN DÂN XÃ PHÚ LÂM")."""
    return _NAMED_BODY_LINE_RE.match(" ".join(text.split())) is not None


#: A school after its parent on one line, whatever the parent ("PHÒNG GD&ĐT X TRƯỜNG TH Y"):
#: "TRƯỜNG" and a school type open the lowest body there is.
_PARENT_THEN_SCHOOL_RE = lazy_compile(
    r"^(?:" + alternation(_HEADS, boundary="end") + r")\s+\S.{0,80}?\s+(?=" + _SCHOOL_OPENING + r")"
)


#: A header line in sentence case that may belong to an issuer: at most this many words.
SENTENCE_CASE_ISSUER_MAX_WORDS = 10
_UNIT_START_RE = lazy_compile(r"(?i)^" + alternation(ADMIN_UNITS, boundary="end") + r"\s+\S")
_FINAL_STOP_RE = lazy_compile(r"[.;:,]\s*$")


def sentence_case_issuer_cell(cell: Cell, after_issuer: bool) -> Cell | None:
    """A header cell typed in sentence case that names a body ("Ủy ban nhân dân", "Phòng
    Giáo dục và Đào tạo") or, right under one, its locality ("xã Tân Lập"): the cell in
    capitals (so that it is read and cased as a printed header's), else None."""
    text = cell.text.strip()
    if len(text.split()) > SENTENCE_CASE_ISSUER_MAX_WORDS or _FINAL_STOP_RE.search(text):
        return None
    names_body = text[:1].isupper() and _head_length(text) > 0
    locality = after_issuer and _UNIT_START_RE.match(text) is not None
    up = text.upper()
    if not (names_body or locality) or len(up) != len(text):
        return None
    return Cell(cell.start, cell.start + len(text), up, cell.line)


#: A run of a school's body heads ("BCH CĐCS", "BAN CHẤP HÀNH CÔNG ĐOÀN"), the whole of a
#: parent printed before the school's name.
_SCHOOL_BODY_RE = lazy_compile(
    alternation(SCHOOL_BODY_HEADS) + r"(?:\s" + alternation(SCHOOL_BODY_HEADS) + r")*")


def lower_body(cell: Cell) -> Cell:
    """The issuing body of a cell that names its parent body first on the same line ("UBND
    TỈNH HÀ TĨNH SỞ Y TẾ" → "SỞ Y TẾ"); the cell itself otherwise."""
    m = _PARENT_THEN_BODY_RE.match(cell.text) or _PARENT_THEN_SCHOOL_RE.match(cell.text)
    if m is None:
        return cell
    if _SCHOOL_BODY_RE.fullmatch(" ".join(cell.text[:m.end()].upper().split())):
        return cell  # the school's union or committee ("BCH CĐCS TRƯỜNG THCS X"): no parent
    return Cell(cell.start + m.end(), cell.end, cell.text[m.end():], cell.line)


#: Words of a parent body that may stand before the issuing body's head on one line when
#: the parent has no head of its own ("ĐẠI HỌC QUỐC GIA HÀ NỘI TRƯỜNG ĐẠI HỌC X", "XÃ X BAN
#: THƯỜNG TRỰC"), and words of the issuing body's name after its head: at most so many.
INNER_HEAD_MAX_OFFSET_WORDS = 12
INNER_BODY_MAX_WORDS = 8
_SUBORDINATE_HEADS = tuple(sorted({*SUBORDINATE_BODY_HEADS, *INLINE_LOWER_BODY_HEADS},
                                  key=len, reverse=True))


def _inner_body(cell: Cell) -> Cell | None:
    """The first header cell, in capitals, that opens with no body's head: the issuing body
    from the head of a subordinate body further in, after a parent named without a head
    (a parent and its body run into one line: "ĐẠI HỌC QUỐC GIA HÀ NỘI TRƯỜNG ĐẠI HỌC VIỆT
    NHẬT", "XÃ LƯƠNG SƠN BAN THƯỜNG TRỰC"); None when there is none."""
    text = cell.text
    if not all_capitals(text, min_letters=2):
        return None
    for n, word in enumerate(_WORD_START_RE.finditer(text)):
        if n == 0:
            continue
        if n > INNER_HEAD_MAX_OFFSET_WORDS:
            break
        rest = text[word.start():]
        up = rest.upper()
        head = next((h for h in _SUBORDINATE_HEADS if up.startswith(h)
                     and (len(up) == len(h) or not up[len(h)].isalpha())), None)
        if head is not None:
            if len(rest.split()) > INNER_BODY_MAX_WORDS:
                return None
            return Cell(cell.start + word.start(), cell.end, rest, cell.line)
    return None


_WORD_START_RE = lazy_compile(r"(?<![\p{L}\p{N}&])[\p{L}\p{N}]")
_UNIT_WORD_RE = lazy_compile(
    r"(?i)(?<![\p{L}])" + alternation(ADMIN_UNITS, boundary="end") + r"\s+\S")


def _headed_parent_then_body(cell: Cell) -> Cell:
    """A header cell in capitals that names a parent body with a head of its own and, on the
    same line, the issuing body under it with no place word between ("BỘ TÀI CHÍNH CỤC
    THUẾ"; with a place word, "SỞ Y TẾ TỈNH X TRUNG TÂM Y" is read by :func:`lower_body`):
    the cell from the lower body's head; the cell itself otherwise.  A head word inside a longer
    word group ("ỦY BAN", "MÔI TRƯỜNG", "QUỐC PHÒNG", "CƠ SỞ", "PHÒNG, CHỐNG") opens no
    body."""
    text = cell.text
    if not _head_length(text) or not all_capitals(text, min_letters=2):
        return cell
    words = list(_WORD_START_RE.finditer(text))
    # a parent named by its place ("HUYỆN ĐOÀN X … XÃ Y CHI ĐOÀN THÔN Z") opens with a unit
    # word of its own, and runs on through a lower body's place to a head of two words
    place_head = next((h for h in PLACE_NAMED_BODIES if text.upper().startswith(h + " ")),
                      None)
    # "UBND XÃ TRƯỜNG SƠN": a head word in a place name
    unit = _UNIT_WORD_RE.search(text, len(place_head) if place_head else 0)
    for n, word in enumerate(words):
        if n < 2:
            continue
        if n > INNER_HEAD_MAX_OFFSET_WORDS:
            break
        rest = text[word.start():]
        up = rest.upper()
        head = next((h for h in INLINE_LOWER_BODY_HEADS
                     if up == h or up.startswith(h + " ")), None)
        if unit is not None and unit.start() < word.start():
            if place_head is None:
                break
            if head is None or len(head.split()) < 2:
                continue
        if head is None:
            continue
        before = text[words[n - 1].start():word.start()].strip(" ,").upper()
        after = up[len(head):].split()
        if before in INLINE_HEAD_BLOCKERS_BEFORE.get(head, ()) \
                or (not after and len(head.split()) < 2) \
                or (after and after[0].strip(",") in INLINE_HEAD_BLOCKERS_AFTER.get(head, ())) \
                or len(after) > INNER_BODY_MAX_WORDS:
            continue
        return Cell(cell.start + word.start(), cell.end, rest, cell.line)
    return cell


def _is_union_banner(text: str) -> bool:
    return " ".join(text.upper().split()) in UNION_BANNERS


def issuer_from_cells(cells: list[Cell], *, in_header: bool = False) -> tuple[str, Span] | None:
    """The issuer named by the upper-case header cells (in reading order), if any.

    ``in_header``: the cells stand above a header's number or date line, so a first cell
    that names a parent and its body run together is read too (:func:`_inner_body`).  The
    Youth Union's banner ("ĐOÀN TNCS HỒ CHÍ MINH", a cell of its own) is the issuer only
    when no other cell names a body; beside "BAN CHẤP HÀNH TRUNG ƯƠNG" it names whose."""
    banners = [c for c in cells if _is_union_banner(c.text)]
    if not banners:
        return _issuer_from_cells(cells, in_header=in_header)
    found = _issuer_from_cells([c for c in cells if not _is_union_banner(c.text)],
                               in_header=in_header)
    if found is None:
        return _issuer_from_cells(cells, in_header=in_header)
    issuer, span = found
    body = " ".join(expand_abbreviations(issuer).upper().split())
    if any(body == " ".join(expand_abbreviations(b).upper().split())
           for b in BANNER_COMPLETED_BODIES):
        banner = banners[0]
        return f"{issuer} {upper_body_case(banner.text)}", (span[0], max(span[1], banner.end))
    return found


def _issuer_from_cells(cells: list[Cell], *, in_header: bool) -> tuple[str, Span] | None:
    usable = [lower_body(c) for c in (clean_cell(c) for c in cells) if c is not None
              and not is_motto_fragment(c.text)]
    start: int | None = None
    for k, cell in enumerate(usable):
        prev = usable[k - 1] if k > 0 else None
        if prev is not None:
            joined = f"{prev.text} {cell.text}"
            if _head_length(prev.text) == 0 and _head_length(joined) > len(prev.text):
                start = k - 1  # a head broken over two lines: "ỦY" ⏎ "BAN NHÂN DÂN"
                continue
            if start == k - 1 and _known_length(joined) > len(" ".join(prev.text.split())) + 1:
                continue  # "THỦ TƯỚNG" ⏎ "CHÍNH PHỦ": one name, not a lower body
        if _head_length(cell.text):
            start = k
    if in_header:
        usable = [_headed_parent_then_body(c) for c in usable]
    if start is None and in_header and usable:
        inner = _inner_body(usable[0])
        if inner is not None:
            start, usable = 0, [_headed_parent_then_body(inner), *usable[1:]]
    if start is None:
        return None
    if start > 0 and _qualifier_length(usable[start - 1].text) == len(usable[start - 1].text):
        start -= 1  # "THƯỜNG TRỰC" ⏎ "HĐND - UBND TỈNH X": the office of the body below
    picked = [usable[start]]
    for cell in usable[start + 1:]:
        if cell.line - picked[-1].line > ISSUER_MAX_LINE_GAP \
                or (read_label(cell.text) and not _dash_wrapped_name(cell.text, picked[-1])):
            break
        picked.append(cell)
    issuer = _body_case(" ".join(c.text for c in picked))
    return issuer, (picked[0].start, picked[-1].end)


#: Words of a place's name after the dash it was wrapped at: the second of a province's two
#: names ("VŨNG TÀU", "HUẾ") is one to four syllables; a longer line of capitals under a
#: dash is an item of its own.
DASH_WRAP_MAX_WORDS = 4
#: A place's name wrapped at its dash ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA" ⏎ "– VŨNG TÀU"): the
#: dash (any of ``DASH_BULLETS``, which ``read_label`` reads as a bullet), then a few words
#: in capitals — the rest of the name, not a bullet's item.
_DASH_WRAPPED_NAME_RE = lazy_compile(
    r"^" + sign_class(DASH_BULLETS) + r"\s*(?:[\p{Lu}\p{M}]+\s*){1,"
    + str(DASH_WRAP_MAX_WORDS) + r"}$")


def _dash_wrapped_name(text: str, above: Cell) -> bool:
    """``text`` is the rest of the place's name that the cell ``above`` (a unit word and a
    name: "… TỈNH BÀ RỊA") was cut from at its dash."""
    return _DASH_WRAPPED_NAME_RE.match(text.strip()) is not None \
        and _UNIT_WORD_RE.search(above.text) is not None


#: A body of a school named before the school ("CÔNG ĐOÀN TRƯỜNG THCS X", "CHI BỘ TRƯỜNG TH
#: Y"): the body's words, then the school's name from "TRƯỜNG" and its type.
_BODY_OF_SCHOOL_RE = lazy_compile(
    r"^(?P<body>.+?)\s+(?P<school>" + _SCHOOL_OPENING + r".*)$"
)


def _body_case(text: str) -> str:
    """Written case of an issuer in capitals; a body of a school keeps the school's name
    as a school's ("CÔNG ĐOÀN TRƯỜNG THCS X" → "Công đoàn Trường Trung học cơ sở X")."""
    m = _BODY_OF_SCHOOL_RE.match(" ".join(text.split()))
    if m is not None and _head_length(m.group("body")):
        return f"{upper_body_case(m.group('body'))} {upper_body_case(m.group('school'))}"
    return upper_body_case(text)
