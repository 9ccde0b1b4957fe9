"""The footer: recipients ("Nơi nhận:"), archive ("Lưu: VT, VHXH") and the signature block.

Plain-text renderings put the two footer columns either one after the other (recipients,
then the signature) or side by side on the same lines, separated by a tab or " | ".  Each
line is split into columns first; a column made of signature lines (authority prefixes,
upper-case positions, a name) belongs to the signature, the rest to the recipients.

This stage also fixes where the body ends (``ctx.body``): at the "Nơi nhận" line or at
the signature block, whichever comes first.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from kehoach_parser.context import ParseContext
from kehoach_parser.document import Recipient, Signer, Span
from kehoach_parser.extract.casing import (
    doc_type_case,
    person_name_case,
    position_case,
    upper_body_case,
)
from kehoach_parser.lang.vi.admin_units import ADMIN_UNITS, UNIT_ABBREVIATIONS
from kehoach_parser.lang.vi.header_words import NATIONAL_LINES
from kehoach_parser.lang.vi.numbering import BULLET_SIGNS
from kehoach_parser.lang.vi.patterns import alternation, sign_class
from kehoach_parser.lang.vi.recipients import (
    ARCHIVE_OPENERS,
    NOTE_PARTICLES,
    RECIPIENT_NOTES,
    RECIPIENTS_OPENERS,
)
from kehoach_parser.lang.vi.reference_words import BODY_HEADS as REFERENCE_BODY_HEADS
from kehoach_parser.lang.vi.signatures import (
    AUTHORITY_PREFIXES,
    DEPUTY_WORD,
    NAME_TITLES,
    ON_BEHALF,
    POSITION_PREFIXES,
    POSITION_QUALIFIERS,
    POSITION_WORDS,
    POSITIONS,
    SIGNATURE_NOISE,
    SURNAME_BODY_HEADS,
    SURNAME_HEAD_BODIES,
)
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.capitals import all_capitals
from kehoach_parser.text.lines import Line
from kehoach_parser.text.page_numbers import is_page_line


@dataclass(frozen=True, slots=True)
class Cell:
    """A column of one line: its text and offsets in the document text."""

    start: int
    end: int
    text: str
    line: int  # line index


#: Between cells: tabs, or bars with spaces around them; a run of bars ("| |", an empty
#: cell) is one separator.
_CELL_SPLIT_RE = lazy_compile(r"\t+|\s+\|(?:\s*\|)*\s+|^\|(?:\s*\|)*\s*|(?:\s*\|)*\s*\|$")
#: The separators that count a cell's column (``_signature_columns``), unlike
#: ``_CELL_SPLIT_RE`` which only cuts cells: each bar counts, since a table row prints every
#: cell, an empty one too ("| | PHÓ CHỦ TỊCH |": column 1); a run of tabs counts once, since
#: a copy pads a column with as many tabs as its width needs ("A⇥⇥B": column 1).
_COLUMN_SEPARATOR_RE = lazy_compile(r"\t+|\|")


def split_cells(line: Line) -> list[Cell]:
    cells: list[Cell] = []
    pos = 0
    if "\t" not in line.text and "|" not in line.text:  # no separator: one cell (most lines)
        return [c for c in [_cell(line, 0, len(line.text))] if c.text] if line.text else []
    for m in _CELL_SPLIT_RE.finditer(line.text):
        if m.start() > pos:
            cells.append(_cell(line, pos, m.start()))
        pos = m.end()
    if pos < len(line.text):
        cells.append(_cell(line, pos, len(line.text)))
    return [c for c in cells if c.text]


def _cell(line: Line, a: int, b: int) -> Cell:
    raw = line.text[a:b]
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    s = line.start + a + lead
    return Cell(s, s + len(text), text, line.index)


_RECIPIENTS_RE = lazy_compile(
    r"(?i)^" + alternation(RECIPIENTS_OPENERS) + r"\s*:?\s*"
)
#: A sign that opens a recipient item ("-", "+", "•", "–" …; "*" of Markdown lists).
_BULLET = sign_class((*BULLET_SIGNS, "*"))
_ARCHIVE_RE = lazy_compile(
    r"(?i)^" + _BULLET + r"?\s*" + alternation(ARCHIVE_OPENERS) + r"\b\s*:?\s*(?P<codes>.*)$"
)
#: The authority prefixes written with a dot after them ("TM.", "KT.") and those written
#: with a slash ("T/M", "K/T"), whose dot is optional.
_DOTTED_AUTHS = alternation(a for a in AUTHORITY_PREFIXES if "/" not in a)
_SLASHED_AUTHS = alternation(a for a in AUTHORITY_PREFIXES if "/" in a)
_AUTH_RE = lazy_compile(
    r"^(?:(?P<auth>" + _DOTTED_AUTHS + r")\s*[.:]|(?P<slash>" + _SLASHED_AUTHS
    + r")[.:]?)\s*(?P<rest>.*)$"
)


def _authority(m: regex.Match[str]) -> str:
    """The authority (``AUTHORITY_PREFIXES``' value: "KT.", "TM." …) an ``_AUTH_RE`` match
    opens with."""
    return AUTHORITY_PREFIXES[m.group("auth") or m.group("slash")]


_BULLET_RE = lazy_compile(r"^" + _BULLET + r"\s*")
_NOTE_RE = lazy_compile(
    r"\s*\((?P<inner>(?:" + alternation(NOTE_PARTICLES) + r"\s+)?(?P<note>[^()]{1,30}))\)\s*$",
    regex.IGNORECASE,
)
_TRAILING_PUNCT_RE = lazy_compile(r"[\s;,.]+$")
_NAME_RE = lazy_compile(r"^(?:\p{Lu}[\p{Ll}\p{M}]*\.?\s+){1,5}\p{Lu}[\p{Ll}\p{M}]*$")
_UPPER_NAME_RE = lazy_compile(r"^(?:\p{Lu}+\s+){1,5}\p{Lu}+$")


def _is_position(text: str) -> bool:
    return all_capitals(text) and len(text.split()) <= 8 and any(
        w in text for w in POSITION_WORDS
    )


def _is_signature_line(text: str) -> bool:
    return bool(_AUTH_RE.match(text)) or _is_position(text) or _is_flat_position_name(text)


def _is_noise(text: str) -> bool:
    low = text.casefold().strip("() ")
    return any(n in low for n in SIGNATURE_NOISE)


def parse_recipient(cell_text: str, span: Span) -> Recipient | None:
    text = _BULLET_RE.sub("", cell_text)
    text = _TRAILING_PUNCT_RE.sub("", text)
    if not text:
        return None
    lead = len(cell_text) - len(cell_text.lstrip())
    start = span[0] + lead + (len(cell_text.lstrip()) - len(_BULLET_RE.sub("", cell_text.lstrip())))
    name, note, purpose = text, None, None
    m = _NOTE_RE.search(text)
    if m:
        raw_note = m.group("note").strip().casefold()
        purpose = RECIPIENT_NOTES.get(raw_note)
        if purpose is not None or "/" in raw_note:
            note = text[m.start():].strip()
            name = text[: m.start()].rstrip()
    return Recipient(text=text, name=name, note=note,
                     purpose=(purpose or ("other" if note else None)),  # type: ignore[arg-type]
                     span=(start, start + len(text)))


#: Between two archive codes, outside brackets ("KGVX (TP, D)" is one code): "," or ";", or
#: "." right between two codes of capitals written without a space ("VT.KT9"; not "P.KT").
_CODE_SEP_RE = lazy_compile(r"(?:[,;]|(?<=\p{Lu}{2})\.(?=\p{Lu}{2}))(?![^()]*\))")


def parse_archive(codes: str) -> list[str]:
    """The codes of the "Lưu:" item as printed, copy counts included ("KSTT (2b)")."""
    out = []
    for part in _CODE_SEP_RE.split(codes):
        p = _TRAILING_PUNCT_RE.sub("", part.strip())
        if p:
            out.append(p)
    return out


#: The openers anywhere in a text (issue 15): a cell that opens with one holds one, and a
#: cell's text is part of its line's, so a line without one is not split into cells and a
#: stretch of lines without one is not read line by line.
_RECIPIENTS_ANYWHERE_RE = lazy_compile(r"(?i)" + alternation(RECIPIENTS_OPENERS))


def _find_recipients_line(lines: list[Line], start_at: int, text: str | None = None
                          ) -> int | None:
    """The last of ``lines[start_at:]`` with a cell that opens the recipients ("Nơi
    nhận:"); ``text``, the text the lines were split from, lets a stretch without the
    opener be skipped in one search."""
    if text is not None and start_at < len(lines) and _RECIPIENTS_ANYWHERE_RE.search(
            text, lines[start_at].start, lines[-1].end) is None:
        return None
    found = None
    for ln in lines[start_at:]:
        if _RECIPIENTS_ANYWHERE_RE.search(ln.text) is None:
            continue
        for cell in split_cells(ln):
            if _RECIPIENTS_RE.match(cell.text):
                found = ln.index
    return found


#: A signature cell flattened onto one line: capitals (authority, positions), maybe the
#: seal note printed between the position and the name, and then a name in title case ("KT.
#: CHỦ TỊCH PHÓ CHỦ TỊCH Lâm Hải Giang", "THỦ TƯỚNG Nguyễn Xuân Phúc", "HIỆU TRƯỞNG (Đã ký)
#: Lê Thị Hoa").
_FLAT_SIGNATURE_RE = lazy_compile(
    r"^(?P<caps>[\p{Lu}\p{M}][\p{Lu}\p{M}\s./:]*?)\s*(?:(?P<note>\([^()]{1,40}\))\s*)?\s+"
    r"(?P<name>(?:\p{Lu}[\p{Ll}\p{M}]*\s+){1,5}\p{Lu}[\p{Ll}\p{M}]*)$"
)
#: The first words of a body's name ("Sở Nội Vụ", "Trung Tâm Y Tế", whatever the case):
#: after a position in capitals they make the body it heads, not the signer's name.  A head
#: that is also a surname ("Đoàn") counts only before a body's word ("Đoàn Thanh Niên").
_BODY_NAME_RE = lazy_compile(
    r"(?i)^(?:"
    + alternation([h for h in REFERENCE_BODY_HEADS if h.lower() not in SURNAME_BODY_HEADS],
                  boundary="end")
    + r"|" + alternation(SURNAME_BODY_HEADS) + r"\s+"
    + alternation(SURNAME_HEAD_BODIES, boundary="end") + r")"
)
#: A unit word ending the capitals ("… ỦY BAN NHÂN DÂN TỈNH Bắc Ninh", "UBND TP. Huế"): the
#: title-case words after it name the place, not a signer.
_UNIT_END_RE = lazy_compile(
    r"(?i)(?<![\p{L}])" + alternation((*ADMIN_UNITS, *UNIT_ABBREVIATIONS)) + r"\s*$"
)


def _flat_signature(text: str) -> regex.Match[str] | None:
    """The match of a signature flattened onto one line whose bracketed note, if any, is a
    seal note ("(Đã ký)", "(Ký tên và đóng dấu)")."""
    m = _FLAT_SIGNATURE_RE.match(text)
    if m is None or (m.group("note") is not None and not _is_noise(m.group("note"))):
        return None
    return m


def _flat_signed(text: str) -> regex.Match[str] | None:
    """The match of a flattened signature whose title-case words are the signer's name: not
    the body a position heads ("GIÁM ĐỐC Sở Nội Vụ") nor the place a unit word opens ("CHỦ
    TỊCH ỦY BAN NHÂN DÂN TỈNH Bắc Ninh", an enacting line)."""
    m = _flat_signature(text)
    return m if m is not None and _signs(m) else None


def _signs(m: regex.Match[str]) -> bool:
    """The title-case words of a flattened signature's match are a person's name, not a
    body's, and its capitals do not end on a unit word (the guard of :func:`_flat_signed`)."""
    name = m.group("name")
    return _is_person_name(name) and not _BODY_NAME_RE.match(name) \
        and not _UNIT_END_RE.search(m.group("caps"))


def _is_flat_position_name(text: str) -> bool:
    """A signature flattened onto one line with no authority before it: a position in
    capitals and the signer's name ("CHỦ TỊCH Trần Văn Bình", "GIÁM ĐỐC (Đã ký) Lê Thị
    Hoa"), not a position over the body it heads ("GIÁM ĐỐC Sở Nội Vụ").  The cheap
    position test runs before the name tests (this is asked of every cell)."""
    m = _flat_signature(text)
    return m is not None and _is_position(m.group("caps").strip()) and _signs(m)
#: A position inside a flattened line of capitals, with the word before it that keeps its
#: capitals ("PHÓ HIỆU TRƯỞNG" after "KT. HIỆU TRƯỞNG": the deputy's own line).
_POSITION_RE = lazy_compile(
    r"(?<![\p{L}])(?:" + alternation(POSITION_PREFIXES) + r"\s+)?" + alternation(POSITIONS)
    + r"(?![\p{L}])"
)


#: An authority prefix inside a flattened line of capitals ("TM. ỦY BAN NHÂN DÂN KT. CHỦ
#: TỊCH …"): where the next printed line began.  A dotted prefix needs its dot here (and no
#: colon), unlike ``_AUTH_RE`` at a line's start: inside capitals a bare "KT", "TM" or "Q" is
#: as likely a word or a code of the body's name ("PHÒNG KT").  ``_FLAT_AUTHORITY_RE`` asks
#: the dot too, and after a recipient item's end.
_INNER_AUTH_RE = lazy_compile(
    r"(?<![\p{L}])(?:" + _DOTTED_AUTHS + r")\s*\.|(?<![\p{L}])(?:" + _SLASHED_AUTHS + r")[.:]?"
)


def _unflatten(cell: Cell) -> list[Cell]:
    """A flattened signature cell as the cells of its printed lines: each authority line,
    each position, the name ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Thị Hoa",
    and with no name "KT. CHỦ TỊCH PHÓ CHỦ TỊCH").  Any other cell as it is."""
    m = _flat_signature(cell.text)
    if m is not None:
        caps, name = m.group("caps"), m.span("name")
    elif _AUTH_RE.match(cell.text) and all_capitals(cell.text):
        caps, name = cell.text, None
    else:
        return [cell]
    found = list(_POSITION_RE.finditer(caps))
    if not found:
        return [cell]
    # the line cut where each authority prefix opens a printed line of its own
    starts = [a.start() for a in _INNER_AUTH_RE.finditer(caps)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    if name is None and len(starts) < 2 and not any(
            p.group().startswith(DEPUTY_WORD + " ") for p in found[1:]) \
            and not _body_then_position(caps, found):
        # one capacity over several positions ("KT. GIÁM ĐỐC, TRƯỞNG BAN"): one line
        return [cell]
    cuts = _segment_cuts(caps, found, starts)
    if name is None and len(cuts) < 2:
        return [cell]
    if name is not None:
        cuts.append(name)
    out: list[Cell] = []
    for a, b in cuts:
        piece = cell.text[a:b]
        text = piece.strip()
        if text:
            lead = a + len(piece) - len(piece.lstrip())
            out.append(Cell(cell.start + lead, cell.start + lead + len(text), text, cell.line))
    return out


def _body_then_position(caps: str, found: list[regex.Match[str]]) -> bool:
    """``caps`` is a "TM." line and the position under it run together, with no name ("TM.
    ỦY BAN NHÂN DÂN CHỦ TỊCH"): the line opens with the on-behalf prefix and its one
    position ends it, after the body's words."""
    auth = _AUTH_RE.match(caps)
    return auth is not None and _authority(auth) == ON_BEHALF and len(found) == 1 \
        and found[0].start() > auth.start("rest") and not caps[found[0].end():].strip(" .")


def _segment_cuts(caps: str, found: list[regex.Match[str]],
                  starts: list[int]) -> list[tuple[int, int]]:
    """The printed lines of a flattened line of capitals, as spans of ``caps``: each segment
    from an authority prefix (``starts``) to the next cut at the positions (``found``) it
    holds."""
    bounds = [*starts[1:], len(caps)]
    cuts: list[tuple[int, int]] = []
    for n, (a, b) in enumerate(zip(starts, bounds, strict=True)):
        inside = [p for p in found if a <= p.start() and p.end() <= b]
        auth = _AUTH_RE.match(caps[a:b])
        if auth is None:
            cuts.extend(p.span() for p in inside)
            continue
        if not inside or (_authority(auth) == ON_BEHALF and n < len(starts) - 1):
            cuts.append((a, b))  # "TM. ỦY BAN NHÂN DÂN" before the deputy's "KT. …"
        elif _authority(auth) == ON_BEHALF:
            # "TM. ỦY BAN NHÂN DÂN" names the body, before the position
            cuts.append((a, inside[0].start()))
            cuts.extend(p.span() for p in inside)
        else:
            # "KT. CHỦ TỊCH" holds the position it signs for
            cuts.append((a, inside[0].end()))
            cuts.extend(p.span() for p in inside[1:])
    return cuts


def parse_signers(cells: list[Cell]) -> list[Signer]:
    """Signers from the cells of one signature column, top to bottom."""
    signers: list[Signer] = []
    auths: list[tuple[str, str, Cell]] = []
    position: Cell | None = None
    read = [(_without_seal_note(c), len(pieces) > 1)
            for flat in cells for pieces in (_unflatten(flat),) for c in pieces]
    for at, (cell, flattened) in enumerate(read):
        text = cell.text
        if _is_noise(text):
            continue
        m = _AUTH_RE.match(text)
        if m and all_capitals(m.group("rest") or "X"):
            auths.append((_authority(m), m.group("rest").strip(), cell))
            continue
        if _is_position(text):
            # two position lines and no authority ("TRƯỞNG BAN / PHÓ THỦ TƯỚNG"): the first
            # is the capacity the signer signs in
            if position is None or auths:
                position = cell
            continue
        if auths and not auths[-1][1] and all_capitals(text) and not position:
            # "TM." alone on its line: the body it signs for is the next line
            auth, _, auth_cell = auths[-1]
            auths[-1] = (auth, text, Cell(auth_cell.start, cell.end, text, cell.line))
            continue
        if (auths or position) and _is_person_name(text):
            if flattened and at + 1 < len(read):
                cell = _with_name_tail(cell, read[at + 1][0])
            signers.append(_signer(auths, position, cell))
            auths, position = [], None
    if not signers and auths and (position is not None
                                  or (auths[-1][0] != ON_BEHALF and auths[-1][1])):
        # a signature block printed without the signer's name ("TM. ỦY BAN NHÂN DÂN /
        # CHỦ TỊCH", a copy whose name line was lost or left blank): the signer's capacity
        # and position, name null
        signers.append(_signer(auths, position, None))
    return signers


#: Words of a signer's name that a fixed-width wrap may carry to the next line.
NAME_TAIL_WORDS = 2


def _with_name_tail(name: Cell, after: Cell) -> Cell:
    """The name that ends a signature flattened onto one line, with the words a fixed-width
    wrap carried to the next line ("… PHÓ CHỦ TỊCH Nguyễn Văn" ⏎ "An"; H20R): at most
    :data:`NAME_TAIL_WORDS` words alone on the next line, the whole still a person's name.
    ``name`` as it is otherwise."""
    if after.line != name.line + 1 or not 0 < len(after.text.split()) <= NAME_TAIL_WORDS:
        return name
    joined = f"{name.text} {after.text}"
    if not _is_person_name(joined):
        return name
    return Cell(name.start, after.end, joined, after.line)


def _column_signers(columns: list[list[Cell]]) -> list[Signer]:
    """The signers of the signature's columns.  A block printed without a name gives a
    nameless signer only when no name line of the signature is left unread: a name that
    no block took (a name row shifted off its column) may be that block's, and the signer
    is then left out rather than reported without it."""
    signers = [s for column in columns for s in parse_signers(column)]
    if all(s.name is not None for s in signers):
        return signers
    taken = {s.field_spans["name"][1] for s in signers if "name" in s.field_spans}
    if any(c.end not in taken and _is_name_line(_without_seal_note(c).text)
           for column in columns for flat in column for c in _unflatten(flat)):
        return [s for s in signers if s.name is not None]
    return signers


#: A seal note in brackets printed on the name's line, before or after the name ("(Đã ký)
#: Lê Văn A", "Lê Văn A (đã ký)"): the note and the rest of the line.
_NOTE_BEFORE_RE = lazy_compile(r"^(?P<note>\([^()]{1,40}\))\s*(?P<rest>\S.*)$")
_NOTE_AFTER_RE = lazy_compile(r"^(?P<rest>.*\S)\s*(?P<note>\([^()]{1,40}\))$")


def _without_seal_note(cell: Cell) -> Cell:
    """``cell`` without a seal note printed on its line beside a signer's name ("(Đã ký)
    Lê Văn A"; H20R): the name's cell; any other cell as it is."""
    for pattern in (_NOTE_BEFORE_RE, _NOTE_AFTER_RE):
        m = pattern.match(cell.text)
        if m is not None and _is_noise(m.group("note")) and _is_person_name(m.group("rest")):
            a, b = m.span("rest")
            return Cell(cell.start + a, cell.start + b, m.group("rest"), cell.line)
    return cell


def _is_name_line(text: str) -> bool:
    """A signature line that :func:`parse_signers` would read as a signer's name: no noise,
    no authority line, no position."""
    return not _is_noise(text) and _AUTH_RE.match(text) is None \
        and not _is_position(text) and _is_person_name(text)


def _signer(auths: list[tuple[str, str, Cell]], position: Cell | None,
            name: Cell | None) -> Signer:
    """The signer of a block: its authority lines, its position line and its name line
    (None when the block prints no name)."""
    authority = auths[-1][0] if auths else None
    on_behalf = None
    spans: dict[str, Span] = {}
    if name is not None:
        skip = _name_title_length(name.text)
        if skip:  # "Đại tá Nguyễn Văn A": the name without the rank
            name = Cell(name.start + skip, name.end, name.text[skip:], name.line)
        spans["name"] = (name.start, name.end)
    for auth, rest, _cell in auths:
        if auth == ON_BEHALF and rest:
            on_behalf = upper_body_case(rest)
    pos_text: str | None = None
    if position is not None:
        pos_text = position.text
        spans["position"] = (position.start, position.end)
    elif auths and auths[-1][0] != ON_BEHALF:
        pos_text = auths[-1][1] or None  # "KT. CHỦ TỊCH" with no line below
        spans["position"] = (auths[-1][2].start, auths[-1][2].end)
    if auths:
        spans["authority"] = (auths[-1][2].start, auths[-1][2].end)
    first = auths[0][2] if auths else (position or name)
    last = name or position or auths[-1][2]
    assert first is not None
    return Signer(
        name=person_name_case(name.text) if name is not None else None,
        position=_position_case(pos_text) if pos_text else None,
        authority=authority,  # type: ignore[arg-type]
        on_behalf_of=on_behalf,
        span=(first.start, last.end),
        field_spans=spans,
    )


def _position_case(text: str) -> str:
    """A position line in written case, a known position keeping its capitals inside a
    longer title: "TỔNG BÍ THƯ" → "Tổng Bí thư", "PHÓ CHÁNH VĂN PHÒNG THƯỜNG TRỰC" → "Phó
    Chánh Văn phòng Thường trực"; any other line as ``position_case`` writes it."""
    return _known_position_case(" ".join(text.split()).upper()) or position_case(text)


def _known_position_case(key: str) -> str | None:
    """The written form of ``key`` (capitals) when it is a known position, with its
    prefixes and qualifiers ("PHÓ …", "… THƯỜNG TRỰC"); ``None`` for any other line."""
    if key in POSITIONS:
        return POSITIONS[key]
    for qualifier, written in POSITION_QUALIFIERS.items():
        head = key.removesuffix(" " + qualifier)
        if head != key and (known := _known_position_case(head)) is not None:
            return f"{known} {written}"
    for prefix, written in POSITION_PREFIXES.items():
        rest = key.removeprefix(prefix + " ")
        if rest != key and (known := _known_position_case(rest)) is not None:
            return f"{written} {known}"
    return None


def parse_footer(ctx: ParseContext) -> None:
    lines = ctx.lines
    n = len(lines)
    if n == 0:
        return
    # Look for the footer in the last part of the document only.
    tail_from = max(0, n - FOOTER_TAIL_LINES)
    rec_idx = _find_recipients_line(lines, tail_from, ctx.text)
    scan_to = n
    early = False
    if rec_idx is None and tail_from > 0:
        # a decision with its plan attached: the decision's footer stands before the plan;
        # it gives the recipients and signers, and the attached text stays in the body
        rec_idx = _find_recipients_line(lines[:tail_from], 0, ctx.text)
        if rec_idx is not None:
            early = True
            scan_to = min(n, rec_idx + EARLY_FOOTER_LINES)

    if rec_idx is not None and not early:
        plan = _attached_text_after(lines, rec_idx)
        if plan is not None:
            # "Nơi nhận" of a decision whose plan follows it: the plan is the body
            early, scan_to = True, plan

    left: list[Cell] = []   # recipients column
    right: list[Cell] = []  # signature column(s)
    body_end = len(ctx.text)
    scan_from = rec_idx if rec_idx is not None else tail_from
    if rec_idx is not None and not early:
        body_end = lines[rec_idx].start
    in_recipients = rec_idx is not None
    for ln in lines[scan_from:scan_to]:
        if early and rec_idx is not None and ln.index > rec_idx \
                and _ends_early_footer(ln.text):
            break
        cells = split_cells(ln)
        if not cells:
            continue
        if in_recipients and ln.index != rec_idx and _page_number_alone(lines, ln.index):
            continue  # a page break inside the list ("- A;" ⏎⏎ "2" ⏎⏎ "- B;"): no item
        if _MARKUP_COMMENT_RE.fullmatch(ln.text.strip()):
            continue  # a markdown copy's page mark ("<!-- page: 12 -->"): no item (H20R)
        on_opener = False  # in the items that follow "Nơi nhận:" in cells of its own line
        for k, cell in enumerate(cells):
            text = cell.text
            if ln.index == rec_idx and _RECIPIENTS_RE.match(text):
                rest = _RECIPIENTS_RE.sub("", text)
                if rest:
                    left.extend(_items_on_opener_line(
                        Cell(cell.end - len(rest), cell.end, rest, cell.line)))
                on_opener = True
                continue
            archive_line = on_opener and _ARCHIVE_RE.match(text) is not None
            if on_opener and not _is_signature_line(text) and (
                    archive_line or _BULLET_RE.match(text) or text.endswith(";")):
                # a footer table saved as one line: "Nơi nhận:⇥- A;⇥- B;⇥- Lưu: VT. | KT. …";
                # the items after the opener (bulleted or closed by ";") and the archive line,
                # which closes them, are the recipients' column; the signature follows
                left.append(cell)
                on_opener = not archive_line
                continue
            on_opener = False
            side_by_side = len(cells) > 1 and k > 0
            wrapped = _wrapped_beside(left, cell) if side_by_side and in_recipients else None
            if wrapped is not None:
                right.append(wrapped[0])
                left.append(wrapped[1])
                continue
            if side_by_side or _is_signature_line(text) or _is_noise(text):
                right.append(cell)
                if k == 0:
                    in_recipients = False
            elif in_recipients and _RULE_RE.fullmatch(text):
                in_recipients = False  # a table rule ends the recipients' column
            elif in_recipients and (_BULLET_RE.match(text) or not right
                                    or (k == 0 and _continues_item(left, text))):
                left.append(cell)
            elif rec_idx is not None and len(cells) == 1 \
                    and _interleaved_item(left, rec_idx, text, ln.index):
                # the two columns read row by row, one cell a line (PDF text): an item
                # between the signature's lines goes on with the recipients
                left.append(cell)
                in_recipients = True
            else:
                right.append(cell)
    if left and not right:
        left, right = _split_flattened_signature(left)
    plan_after_signature: int | None = None
    beside_end = 0  # the end of the body's last item printed beside the signature
    if rec_idx is None:
        # No "Nơi nhận": the signature is the last block of signature-looking lines.
        sig_cells = _trailing_signature(lines[tail_from:])
        if sig_cells:
            plan_after_signature = _attached_text_after(lines, sig_cells[0].line)
        if plan_after_signature is not None:
            # a decision signed above the plan it issues: the plan is the body
            sig_cells = [c for c in sig_cells if c.line < plan_after_signature]
        elif sig_cells:
            beside_end = _body_end_beside(sig_cells, lines)
            body_end = min(body_end, beside_end)
        right = sig_cells
    signers = _column_signers(_signature_columns(right, lines))
    if rec_idx is None and plan_after_signature is None and signers and signers[0].span:
        body_end = min(body_end, max(signers[0].span[0], beside_end))
    if rec_idx is not None and not early and not signers:
        signers = _signers_above_recipients(lines, rec_idx)
        if signers and signers[0].span:
            body_end = min(body_end, signers[0].span[0])
    if rec_idx is None and not signers and tail_from > 0:
        signers = _signers_above_plan(lines[:tail_from], lines)

    recipients: list[Recipient] = []
    archive: list[str] = []
    for cell in _recipient_items(left):
        m = _ARCHIVE_RE.match(cell.text)
        if m:
            archive = parse_archive(m.group("codes"))
            continue
        r = parse_recipient(cell.text, (cell.start, cell.end))
        if r is not None:
            recipients.append(r)
    ctx.recipients = recipients
    ctx.archive = archive
    ctx.signers = signers
    ctx.body = (ctx.body[0], min(ctx.body[1], body_end))


def _signature_columns(cells: list[Cell], lines: list[Line]) -> list[list[Cell]]:
    """The signature cells split into the columns they stand in, left first, when two
    signatures stand side by side (a line holds two cells that each open a signature: "TM.
    BAN THƯỜNG TRỰC … | TM. ỦY BAN NHÂN DÂN", a joint plan of two bodies); else one column.
    A cell's column is the number of separators (a tab run, a "|") before it on its line, so
    an empty cell ("| | PHÓ CHỦ TỊCH |") keeps the cell under it in its column."""
    opening: dict[int, list[Cell]] = {}
    for c in cells:
        if _is_signature_line(c.text):
            opening.setdefault(c.line, []).append(c)
    if not any(_signatures_opened(row) >= 2 for row in opening.values()):
        return [cells]
    row = next(iter(opening)) if len(opening) == 1 else None
    if row is not None and sum(
            _is_person_name(c.text) and not _is_signature_line(c.text)
            and (c.line == row or not all_capitals(c.text)) for c in cells) <= 1:
        # one signature block flattened onto one line, its printed lines cut into cells
        # ("TM. ĐOÀN KIỂM TRA ⇥ TRƯỞNG ĐOÀN ⇥ Lê Văn A ⇥ PHÓ GIÁM ĐỐC SỞ …": the position
        # printed under the name too; "TM. ỦY BAN NHÂN DÂN ⇥ KT. CHỦ TỊCH ⇥ PHÓ CHỦ TỊCH ⇥
        # Lê Văn A"): one column, read in order.  Two signatures side by side name two (a
        # line of capitals under the row is a heading, "PHỤ LỤC", not a name).
        return [cells]
    columns: dict[int, list[Cell]] = {}
    for c in cells:
        ln = lines[c.line]
        before = ln.text[:c.start - ln.start]
        col = len(_COLUMN_SEPARATOR_RE.findall(before))
        if ln.text.startswith("|"):
            col -= 1
        if col == 0 and len(opening.get(c.line, ())) < 2 and _is_position(c.text) \
                and columns.get(0) and _is_position(columns[0][-1].text):
            # a position alone on its line whose empty cell before it was lost (normalisation
            # strips every line's leading tabs and spaces, whatever the source): it goes
            # under the other column's "KT. CHỦ TỊCH" still waiting for it.  Only a position
            # is moved so: a right-hand name alone on its line stays in column 0.
            col = next((k for k in sorted(columns) if k > 0
                        and (m := _AUTH_RE.match(columns[k][-1].text)) is not None
                        and _authority(m) != ON_BEHALF),
                       0)
        columns.setdefault(col, []).append(c)
    _shift_name_rows(columns)
    return [columns[k] for k in sorted(columns)]


def _shift_name_rows(columns: dict[int, list[Cell]]) -> None:
    """Rows of names whose empty first cell was lost (normalisation strips a line's leading
    tabs): "TM. UBND ⇥ TM. ĐẢNG ỦY / CHỦ TỊCH ⇥ BÍ THƯ / ⇥ A ⇥ B" puts "A" in column 0, under
    no signature.  When column 0 holds names only, a row of as many names as there are
    signature columns is moved right by one, each name under its block (a row of fewer
    names does not tell which blocks they sign).  In place."""
    first = columns.get(0)
    if not first or len(columns) < 3 or not all(_is_name_line(c.text) for c in first):
        return
    last = max(columns)
    rows: dict[int, list[tuple[int, Cell]]] = {}
    for k, cells in columns.items():
        for c in cells:
            rows.setdefault(c.line, []).append((k, c))
    for line in sorted({c.line for c in first}):
        row = rows[line]
        shift = last - max(k for k, _c in row)
        if shift <= 0 or len(row) != last or not all(_is_name_line(c.text) for _k, c in row):
            continue
        for k, c in row:
            columns[k].remove(c)
            columns.setdefault(k + shift, []).append(c)
    for k in [k for k, cells in columns.items() if not cells]:
        del columns[k]
    for cells in columns.values():
        cells.sort(key=lambda c: (c.line, c.start))


def _signatures_opened(row: list[Cell]) -> int:
    """How many signatures the signature cells of one line open: each authority cell, and
    each position but the one a "KT. CHỦ TỊCH" (any authority but "TM.") before it on the
    line waits for ("KT. CHỦ TỊCH ⇥ PHÓ CHỦ TỊCH" is one signer's block, as `_unflatten`
    reads it flattened)."""
    opened = 0
    waiting = False
    for c in row:
        m = _AUTH_RE.match(c.text)
        if m is not None:
            opened += 1
            waiting = _authority(m) != ON_BEHALF
        else:
            opened += not waiting
            waiting = False
    return opened


def _split_flattened_signature(left: list[Cell]) -> tuple[list[Cell], list[Cell]]:
    """The recipients' cells and the signature's, for a footer flattened onto the
    recipients' lines ("… - Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn A"): the
    signature from its authority prefix on, in the first cell that holds one; no signature
    when no cell does."""
    for at, cell in enumerate(left):
        found = list(_FLAT_AUTHORITY_RE.finditer(cell.text))
        if not found:
            continue
        cut = found[-1].start()  # "Lưu: VT, KT. KT. CHỦ TỊCH …": the last, after the codes
        head = cell.text[:cut].rstrip()
        kept = [Cell(cell.start, cell.start + len(head), head, cell.line)] if head else []
        return [*left[:at], *kept], [Cell(cell.start + cut, cell.end, cell.text[cut:], cell.line)]
    return left, []


#: In a footer read row by row, one cell a line, the next recipient item stands at most this
#: many lines under the last one: the signature's line of the same row between them, and a
#: blank line after each (a double-spaced copy).
INTERLEAVED_ROW_LINES = 4


def _interleaved_item(left: list[Cell], rec_idx: int, text: str, line: int) -> bool:
    """``text``, a line after a signature line, is the next row's recipient item ("Nơi
    nhận:" ⏎ "GIÁM ĐỐC" ⏎ "- Như trên;" ⏎ "(đã ký)" ⏎ "- Lưu: VT."): bulleted or the
    archive line, close under the last item, and the list not yet closed by its archive
    line (``rec_idx``: the line of "Nơi nhận:")."""
    last = left[-1].line if left else rec_idx
    if (left and _ARCHIVE_RE.match(left[-1].text)) or line - last > INTERLEAVED_ROW_LINES:
        return False
    return bool(_BULLET_RE.match(text) or _ARCHIVE_RE.match(text)) \
        and not _is_signature_line(text)


#: A line that is an HTML comment of a markdown copy ("<!-- page: 12 -->").
_MARKUP_COMMENT_RE = lazy_compile(r"<!--.*?-->")


#: A signature cell with words in lower case after its own (capitals, a name in title case):
#: the head and the tail that opens with the first word in lower case.
_LOWER_TAIL_RE = lazy_compile(
    r"^(?P<head>(?:[^\s\p{Ll}]\S*\s+)*?[^\s\p{Ll}]\S*)\s+(?P<tail>\p{Ll}.*[;,.:])$")


def _wrapped_beside(left: list[Cell], cell: Cell) -> tuple[Cell, Cell] | None:
    """The signature's part and the recipient item's part of ``cell``, a signature cell
    beside an open item ("- Các ban đảng, cấp ủy,⇥Tô Lâm tổ chức đảng trực thuộc Trung
    ương;"): the item wrapped onto the next line, which opens in lower case, and that line
    was run into the line above (the normaliser rejoins such lines), after the signature's
    line printed beside the item.  The tail closes with the item's ";" "," "." or ":";
    None for any other cell."""
    if not left or left[-1].line != cell.line or not _open_item(left[-1]):
        return None
    m = _LOWER_TAIL_RE.match(cell.text)
    if m is None:
        return None
    head = m.group("head")
    if not (_is_signature_line(head) or _is_person_name(head) or all_capitals(head)):
        return None
    a, b = m.span("tail")
    return (Cell(cell.start, cell.start + len(head), head, cell.line),
            Cell(cell.start + a, cell.start + b, m.group("tail"), cell.line))


def _page_number_alone(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a page's number with a blank line on one side at least (the text's
    edges count; a double-spaced copy keeps one of the two): a page break of PDF text, which
    the normaliser leaves where no run of page numbers tells it (a two-page document prints
    one).  A recipient item is a body's name, never a number."""
    return is_page_line(lines[i].text) and (
        i == 0 or lines[i - 1].blank or i + 1 == len(lines) or lines[i + 1].blank
        or _between_items(lines, i))


def _between_items(lines: list[Line], i: int) -> bool:
    """Line ``i`` stands between two bulleted lines, the items of a list (H20R: a
    double-spaced copy whose blank lines round a page's number were folded away)."""
    return 0 < i < len(lines) - 1 and bool(_BULLET_RE.match(lines[i - 1].text)) \
        and bool(_BULLET_RE.match(lines[i + 1].text))


def _signers_above_recipients(lines: list[Line], rec_idx: int) -> list[Signer]:
    """The signature printed above "Nơi nhận:" (the footer's columns copied right one
    first): the signature block, with a name, that ends right above the recipients."""
    above = _trailing_signature(lines[max(0, rec_idx - SIGNATURE_ABOVE_LINES):rec_idx],
                                named=True)
    return parse_signers(above)


#: An authority prefix after the end of a recipient item on the same line, with capitals
#: after it ("…; - Lưu: VT. KT. CHỦ TỊCH …"): a signature flattened onto the recipients.
_FLAT_AUTHORITY_RE = lazy_compile(
    r"(?<=[.;,]\s+)(?:" + _DOTTED_AUTHS + r")\.(?=\s*\p{Lu}{2,})|(?<=[.;,]\s+)"
    + _SLASHED_AUTHS + r"[.:]?(?=\s*\p{Lu}{2,})"
)
_RULE_RE = lazy_compile(
    r"\|[\s\-–—_=|*]*|[\s\-–—_=*]*\|[\s\-–—_=|*]*|[\-–—_=*+]{3,}(?:\s+[\-–—_=*+]{3,})*")
#: Items of a recipient list flattened onto one line: "A; - B; - C", and (H20R, a list whose
#: line breaks were lost) a bullet between blanks after an item closed by "," "." or a
#: note's ")" ("A (b/c) - B, -C"), or before the archive line ("Như trên - Lưu VT").
_INLINE_ITEM_RE = lazy_compile(
    r"(?i);\s*" + sign_class(BULLET_SIGNS) + r"\s+|(?<=[,.)])\s+" + sign_class(BULLET_SIGNS)
    + r"\s*(?=\p{L})|\s+" + sign_class(BULLET_SIGNS) + r"\s+(?=" + alternation(ARCHIVE_OPENERS)
    + r"\b)"
)
_ITEM_END_RE = lazy_compile(r"[;.:]\s*$")


#: Between two items written on the opener's line without bullets: ";" outside brackets.
_OPENER_LINE_SEP_RE = lazy_compile(r";\s+(?![^()]*\))")


def _items_on_opener_line(cell: Cell) -> list[Cell]:
    """The items written after "Nơi nhận:" on its own line, without bullets and separated
    by ";" ("Nơi nhận: UBND huyện (b/c); các ban ngành xã; lưu VT."), one cell each; a
    bulleted rest or a single item as it is."""
    if _BULLET_RE.match(cell.text) or _OPENER_LINE_SEP_RE.search(cell.text) is None:
        return [cell]
    return _split_cell(cell, _OPENER_LINE_SEP_RE, keep_blank=False)


def _split_cell(cell: Cell, sep: regex.Pattern[str], *, keep_blank: bool) -> list[Cell]:
    """``cell`` cut at each match of ``sep``: each piece keeps the separator's first
    character (the ";" that closes an item) and the next starts after the match; blank
    pieces are dropped unless ``keep_blank``. A cell without a separator as it is."""
    out: list[Cell] = []
    pos = 0
    for m in sep.finditer(cell.text):
        piece = cell.text[pos:m.start() + 1]
        if keep_blank or piece.strip():
            out.append(Cell(cell.start + pos, cell.start + m.start() + 1, piece, cell.line))
        pos = m.end()
    if not pos:
        return [cell]
    rest = cell.text[pos:]
    if keep_blank or rest.strip():
        out.append(Cell(cell.start + pos, cell.end, rest, cell.line))
    return out


def _open_item(cell: Cell) -> bool:
    """``cell`` is a bulleted recipient item not closed by ";", "." or ":" and not the
    archive line: the next line may go on with it."""
    return bool(_BULLET_RE.match(cell.text)) and not _ITEM_END_RE.search(cell.text) \
        and not _ARCHIVE_RE.match(cell.text)


def _continues_item(left: list[Cell], text: str) -> bool:
    """``text``, the first cell of a line beside the signature column, goes on with the last
    recipient item (an item wrapped over two lines, "- Các ban đảng, đảng ủy trực thuộc" over
    "Trung ương,"): that item is bulleted and not closed, and the line is not the signer's
    name or a line of capitals (the signature's)."""
    return bool(left) and _open_item(left[-1]) and not _is_person_name(text) \
        and not all_capitals(text)


def _recipient_items(cells: list[Cell]) -> list[Cell]:
    """One cell per printed recipient item: items flattened onto one line are split at
    "; -", and a line that is not bulleted continues the bulleted item above it when that
    item is not closed by ";" or "." (an item wrapped over two lines).  A piece split off
    after a bullet counts as bulleted (H20R: "- A; - B, ⏎ C;" where "B," wraps onto "C;")."""
    split: list[tuple[Cell, bool]] = []
    for cell in cells:
        pieces = _split_cell(cell, _INLINE_ITEM_RE, keep_blank=True)
        split.extend((piece, k > 0 or bool(_BULLET_RE.match(piece.text)))
                     for k, piece in enumerate(pieces))
    if sum(1 for _c, bulleted in split if bulleted) * 2 < len(split):
        return [c for c, _b in split]  # a list without bullets: one item per line
    out: list[tuple[Cell, bool]] = []
    for cell, bulleted in split:
        if out and not bulleted and not _ARCHIVE_RE.match(cell.text) \
                and not _is_signature_line(cell.text) and out[-1][1] \
                and not _ITEM_END_RE.search(out[-1][0].text) \
                and not _ARCHIVE_RE.match(out[-1][0].text):
            prev = out.pop()[0]
            cell, bulleted = Cell(prev.start, cell.end, f"{prev.text} {cell.text}",
                                  cell.line), True
        out.append((cell, bulleted))
    return [c for c, _b in out]


#: A signature printed above the recipients ends at most this many lines above them: a
#: signature block (authority, position, "(đã ký)" or the seal's note, the blank lines left
#: for the signature, the name) runs over at most 7 lines in train and dev; the other 3
#: leave room for blank lines between it and "Nơi nhận:".
SIGNATURE_ABOVE_LINES = 10
#: The footer is looked for in this many last lines.
FOOTER_TAIL_LINES = 80
#: A footer found before the last lines (a decision with an attached text) runs at most
#: this many lines.
EARLY_FOOTER_LINES = 40
_ATTACHMENT_RE = lazy_compile(r"(?i)^\(?\s*(?:ban hành\s+)?kèm theo\b")


def _ends_early_footer(text: str) -> bool:
    """The attached text starts: its type line ("KẾ HOẠCH") or "(Kèm theo …)"."""
    t = text.strip(" |*")
    return bool(_ATTACHMENT_RE.match(t)) or (t.isupper() and doc_type_case(t) is not None)


def _attached_text_after(lines: list[Line], rec_idx: int) -> int | None:
    """Index of the line that starts a text attached after the footer at ``rec_idx`` (its
    type line "KẾ HOẠCH", "(Kèm theo …)") within the footer's reach, or None."""
    for ln in lines[rec_idx + 1:rec_idx + EARLY_FOOTER_LINES]:
        if _ends_early_footer(ln.text):
            return ln.index
    return None


#: Words of the national motto: "CỘNG HÒA XÃ HỘI" under a header's issuer is not a name.
_MOTTO_WORDS = frozenset(w for line in NATIONAL_LINES for w in line.split())
#: After a signature block, the lines that may close the document without a name ("(Đã
#: ký)", a date, a seal note) are at most this many words; a longer line is body text.
SIGNATURE_TAIL_MAX_WORDS = 8
#: The signer's name stands within this many lines after the block's last position line.
NAME_WITHIN_CELLS = 3


def _signers_above_plan(head: list[Line], lines: list[Line]) -> list[Signer]:
    """The signers of a decision signed above the long plan it issues, with no "Nơi nhận"
    (the signature stands before the last lines, where the footer is looked for): the last
    signature block of ``head`` completed by a name and followed by the attached text's
    type line.  The plan stays in the body."""
    cells = _trailing_signature(head, named=True)
    if not cells:
        return []
    plan = _attached_text_after(lines, cells[0].line)
    if plan is None:
        return []
    return parse_signers([c for c in cells if c.line < plan])


def _trailing_signature(lines: list[Line], *, named: bool = False) -> list[Cell]:
    """Cells of the last signature block: a run of authority/position lines that either
    ends the text (only short lines after it) or is completed by a name.  A run followed
    by body text and no name is not a signature but an enacting line ("THỦ TƯỚNG CHÍNH
    PHỦ" above "Căn cứ …", a second text's "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"): the search
    goes on above it."""
    cells: list[Cell] = [cell for ln in lines for cell in split_cells(ln)]
    beside = _beside_signature(cells)
    end = len(cells)
    while end > 0:
        # walk back to the first authority/position line of the last block before ``end``
        start = last = None
        for i in range(end - 1, -1, -1):
            t = cells[i].text
            if _is_signature_line(t):
                start = i
                last = i if last is None else last
            elif start is not None and i not in beside and not _is_noise(t):
                break
        if start is None or last is None:
            return []
        if _closes_signature(cells[last + 1:], named=named) \
                or _flat_signed(cells[last].text) is not None:
            # (a block flattened onto one line holds its name: "CHỦ TỊCH Trần Văn Bình")
            return [c for i, c in enumerate(cells[start:], start) if i not in beside]
        end = start
    return []


def _body_end_beside(sig_cells: list[Cell], lines: list[Line]) -> int:
    """Where the body ends above a signature block found with no "Nơi nhận": at the block's
    first cell, or past the last body item printed beside the block (on a line of the block
    whose first cell is not the signature's)."""
    end = sig_cells[0].start
    starts = {c.start for c in sig_cells}
    for ln in lines[sig_cells[0].line:sig_cells[-1].line + 1]:
        cells = split_cells(ln)
        if len(cells) > 1 and cells[0].start not in starts \
                and any(c.start in starts for c in cells[1:]):
            end = max(end, cells[0].end)
    return end


def _beside_signature(cells: list[Cell]) -> set[int]:
    """Indexes of the cells that open a line whose last cell is a signature line: the
    body's last items printed beside the signature block ("- Huy động nhân dân tham gia.
    ⇥ TM. ỦY BAN NHÂN DÂN"), a column of their own."""
    out: set[int] = set()
    for i, cell in enumerate(cells):
        if i > 0 and cells[i - 1].line == cell.line:
            continue  # not the first cell of its line
        j = i
        while j + 1 < len(cells) and cells[j + 1].line == cell.line:
            j += 1
        if j > i and _is_signature_line(cells[j].text) and not _is_signature_line(cell.text):
            out.add(i)
    return out


def _closes_signature(after: list[Cell], *, named: bool = False) -> bool:
    """``after`` (the cells after a block's last authority/position line) closes a
    signature: a name comes first (past seal notes), or (unless ``named``) nothing but short
    lines follows."""
    shown = [c for c in after if not _is_noise(c.text)]
    if any(_is_person_name(c.text) for c in shown[:NAME_WITHIN_CELLS]):
        return True
    return not named and all(len(c.text.split()) <= SIGNATURE_TAIL_MAX_WORDS for c in shown)


def _is_person_name(text: str) -> bool:
    """A signer's name, in title case or capitals ("Nguyễn Văn An", "LÊ ĐỨC TUẤN"), after a
    rank or a degree ("Đại tá …", "TS. …"), not a piece of the national motto ("CỘNG HÒA XÃ
    HỘI")."""
    text = text[_name_title_length(text):]
    return bool(_NAME_RE.match(text) or _UPPER_NAME_RE.match(text)) \
        and not set(text.upper().split()) <= _MOTTO_WORDS


_NAME_TITLE_RE = lazy_compile(r"(?i)^" + alternation(NAME_TITLES) + r"(?:\s+|(?<=\.))")


def _name_title_length(text: str) -> int:
    """Characters of the rank or degree that opens a name line, with the space after it."""
    m = _NAME_TITLE_RE.match(text)
    return m.end() if m is not None else 0
