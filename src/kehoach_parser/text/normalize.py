"""Normalise decoded text for extraction, keeping every offset traceable.

The passes run in this order, each as edits over an :class:`AlignedText`:

0. ``mojibake``   — double-encoded UTF-8 ("Káº¿ hoáº¡ch") decoded again
                    (:mod:`kehoach_parser.text.mojibake`, with ftfy).
1. ``control``    — CRLF/CR to LF, no-break and odd spaces to " ", zero-width characters and
                    the BOM removed, full-width forms to ASCII ("２０２５％" → "2025%"), the
                    Symbol font's private-use signs to Unicode (U+F0B3 → "≥"); a
                    double-spaced text (a blank line after every line) loses one blank line
                    of every run (:mod:`kehoach_parser.text.double_spacing`).
2. ``nfc``        — Unicode NFC (only the runs that need it).
3. ``tone``       — old-style tone placement to the new style ("hoà" → "hòa"); optional.
3b. ``layout``    — a table of PDF text whose columns are aligned by spaces and whose wide
                    cells wrap over several lines rewritten as Markdown rows, one logical
                    row a line, each cell's pieces joined (a rearrangement: every character
                    keeps its original place; :mod:`kehoach_parser.text.layout_tables`).
4. ``markup``     — (first, before ``control``: HTML character references decoded,
                    "&agrave;", "&#273;", "&nbsp;", and empty HTML paragraphs) Markdown and
                    LaTeX removed: ``#`` heading marks, ``*``/``**``/``__``
                    emphasis and paired single ``_`` emphasis ("_Nơi nhận:_"),
                    backslash escapes and hard breaks (a ``\\`` ending a line or a
                    table cell — before a bar, a tab or a column gap — before closing
                    emphasis too, as pandoc writes them),
                    ``$\\geq 65$`` → ``≥ 65``, ``<br>``.
5. ``spaces``     — two spaces become one, three or more (a column gap) a tab; lines
                    stripped, whitespace-only lines emptied, blank lines folded into one.
5c. ``glued``    — a space given back where a dropped wrap glued two words: "tháng11",
                    "PHÁTTRIỂN" (:mod:`kehoach_parser.text.glued_words`).
6. ``rejoin``     — a line that starts in lower case (and is not a label such as "a)")
                    continues the line before it, unless that line is all capitals:
                    page breaks no longer split sentences.
7. ``typos``      — same-length spelling repairs from :mod:`kehoach_parser.lang.vi.orthography`.

:func:`normalize` returns the final :class:`AlignedText`; ``.text`` is what every span of a
parsed :class:`~kehoach_parser.document.Document` points into and ``.to_original`` maps a
span back to the input string.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from kehoach_parser.lang.vi.numbering import ARTICLE_WORDS, LETTER_LABELS, ROMAN_VALUES
from kehoach_parser.lang.vi.orthography import TONE_PLACEMENT, TYPOS
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.aligned import AlignedText, Edit
from kehoach_parser.text.capitals import all_capitals
from kehoach_parser.text.double_spacing import double_spacing_edits
from kehoach_parser.text.font_repair import font_edits
from kehoach_parser.text.glued_words import glued_word_edits
from kehoach_parser.text.layout_tables import layout_table_pieces
from kehoach_parser.text.letter_spacing import letter_spacing_edits
from kehoach_parser.text.lines import read_label
from kehoach_parser.text.mojibake import mojibake_edits
from kehoach_parser.text.page_numbers import page_number_edits
from kehoach_parser.text.reflow import emphasis_wrap_edits, reflow_edits, unit_cell

# --- 0b. HTML character references -------------------------------------------------------
#: A character reference of HTML: named ("&nbsp;", "&agrave;"), decimal ("&#273;") or
#: hexadecimal ("&#x111;"), with its semicolon (a bare "&" of "Nước sạch & VSMT" stays).
_ENTITY_RE = lazy_compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


#: A line that is an empty paragraph of HTML ("<p>&nbsp;</p>", "<div></div>"): a line of one
#: space, as a table's empty cell is printed in plain text (the spaces pass empties it).
_EMPTY_PARAGRAPH_RE = lazy_compile(
    r"(?m)^[ \t\u00a0]*(?:<(?P<tag>p|div)(?:\s[^>]{0,80})?>(?:[ \t\u00a0]|&nbsp;)*</(?P=tag)>"
    r"[ \t\u00a0]*)+$")


def empty_paragraph_edits(text: str) -> list[Edit]:
    """Edits that make each empty HTML paragraph of ``text`` a line of one space: an empty
    cell where a table is printed one cell a paragraph, a blank line anywhere else."""
    if "</" not in text:
        return []
    return [(m.start(), m.end(), " ") for m in _EMPTY_PARAGRAPH_RE.finditer(text)]


def entity_edits(text: str) -> list[Edit]:
    """Edits that decode the HTML character references of ``text`` (pages of portals and
    CMS copies: "Ph&aacute;t tri&#7875;n", "&nbsp;"); a name HTML does not know stays."""
    if "&" not in text:
        return []
    edits: list[Edit] = []
    for m in _ENTITY_RE.finditer(text):
        ref = m.group()
        char = html.unescape(ref)
        if char != ref and char and "\x00" not in char:
            edits.append((m.start(), m.end(), char))
    return edits


# --- 1. control characters and odd spaces -------------------------------------------------
_SPACE_LIKE = ("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
               "\u202f\u205f\u3000")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
#: Full-width forms of the ASCII signs (U+FF01–U+FF5E: "２０２５", "９５％", "：" of an East Asian
#: input method): each is the ASCII sign 0xFEE0 below it.
_FULL_WIDTH = "\uff01-\uff5e"
_FULL_WIDTH_OFFSET = 0xFEE0
#: Signs of the Symbol font that PDF text and some converters print as private-use code points
#: (U+F000 + the font's code): the comparators and operators a target may hold.
SYMBOL_FONT_SIGNS: dict[str, str] = {
    "\uf0b3": "≥", "\uf0a3": "≤", "\uf0b1": "±", "\uf0b4": "×", "\uf0b9": "≠",
    "\uf0bb": "≈", "\uf0b0": "°", "\uf0b8": "÷", "\uf03e": ">", "\uf03c": "<",
    "\uf03d": "=", "\uf02b": "+",
}
_CONTROL_RE = lazy_compile(
    rf"\r\n?|[{_SPACE_LIKE}]|[{_ZERO_WIDTH}]|\f|\v|[\u2028\u2029]|[\ud800-\udfff]"
    rf"|[{_FULL_WIDTH}]|[{''.join(SYMBOL_FONT_SIGNS)}]"
)


#: The characters :data:`_CONTROL_RE` matches, but for the lone surrogates (a range).
_CONTROL_CHARS = "\r\f\v\u2028\u2029" + _SPACE_LIKE + _ZERO_WIDTH


#: Every character :data:`_CONTROL_RE` can start a match with, as one class of the standard
#: library's engine, whose scan of a class is several times as fast as ``regex``'s.
_ANY_CONTROL_RE = re.compile(
    f"[{re.escape(_CONTROL_CHARS)}\ud800-\udfff{_FULL_WIDTH}{''.join(SYMBOL_FONT_SIGNS)}]")


def _has_control(text: str) -> bool:
    """Whether ``text`` holds a character the control pass edits (most texts hold none):
    one class search of the standard library's engine, a twentieth of the pass's scan."""
    return _ANY_CONTROL_RE.search(text) is not None


def _control_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    if not _has_control(text):
        return edits
    for m in _CONTROL_RE.finditer(text):
        ch = m.group()
        if ch[0] == "\r" or ch in "\f\v\u2028\u2029":
            rep = "\n"
        elif ch in _ZERO_WIDTH:
            rep = ""
        elif "\ud800" <= ch <= "\udfff":
            rep = "\ufffd"  # a lone surrogate cannot be written as UTF-8 (JSON output)
        elif "\uff01" <= ch <= "\uff5e":
            rep = chr(ord(ch) - _FULL_WIDTH_OFFSET)
        elif ch in SYMBOL_FONT_SIGNS:
            rep = SYMBOL_FONT_SIGNS[ch]
        else:
            rep = " "
        edits.append((m.start(), m.end(), rep))
    return edits


# --- 2. NFC --------------------------------------------------------------------------------
_COMBINING_RUN_RE = lazy_compile(r"\P{M}?\p{M}+")


def _nfc_edits(text: str) -> list[Edit]:
    if unicodedata.is_normalized("NFC", text):
        return []
    edits: list[Edit] = []
    for m in _COMBINING_RUN_RE.finditer(text):
        seg = m.group()
        nfc = unicodedata.normalize("NFC", seg)
        if nfc != seg:
            edits.append((m.start(), m.end(), nfc))
    # Precomposed characters that NFC decomposes/recomposes differently (rare singletons).
    if not edits:
        nfc_all = unicodedata.normalize("NFC", text)
        if nfc_all != text:  # pragma: no cover - defensive, whole-text fallback
            return [(0, len(text), nfc_all)]
    return edits


# --- 3. tone placement ---------------------------------------------------------------------
#: A vowel pair with its tone on the second vowel, ending a syllable.
_TONE_RE = lazy_compile("(?i)(" + alternation(TONE_PLACEMENT, boundary="end") + ")")


def _match_case(src: str, repl: str) -> str:
    return "".join(r.upper() if s.isupper() else r for s, r in zip(src, repl, strict=True))


def case_forms(chars: Iterable[str]) -> str:
    """``chars`` with their upper- and lower-case forms, each once, in a stable order."""
    return "".join(sorted({f for c in chars for f in (c, c.lower(), c.upper())}))


#: Where a match of :data:`_TONE_RE` can start: a letter that opens a pair before one that
#: ends a pair (every pair has two letters), in any case.  The standard library's engine
#: finds these about four times as fast as ``regex`` tries the pattern at every character;
#: the pattern is then tried only there (``tests`` check the classes hold every character
#: the pattern's case-insensitive letters match, over all of Unicode).
_TONE_START_RE = re.compile(
    f"[{re.escape(case_forms(p[0] for p in TONE_PLACEMENT))}]"
    f"(?=[{re.escape(case_forms(p[1] for p in TONE_PLACEMENT))}])")


def _tone_matches(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :data:`_TONE_RE` in ``text``, as ``finditer`` gives them."""
    end = 0
    for start in _TONE_START_RE.finditer(text):
        if start.start() < end:
            continue  # inside the match before (as finditer, which goes on from its end)
        m = _TONE_RE.match(text, start.start())
        if m is not None:
            end = m.end()
            yield m


def _tone_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _tone_matches(text):
        pair = m.group(1)
        if m.start(1) > 0 and text[m.start(1) - 1] in "qQ":
            continue  # "quý", "quỳ": after q the u belongs to the consonant
        new = TONE_PLACEMENT.get(pair.lower())
        if new is None:
            continue
        fixed = _match_case(pair, new)
        if fixed != pair:
            edits.append((m.start(1), m.end(1), fixed))
    return edits


# --- 4. markup -----------------------------------------------------------------------------
#: LaTeX commands seen in OCR/Markdown output of plans, and what they stand for.
LATEX_SYMBOLS: dict[str, str] = {
    "geq": "≥", "ge": "≥", "geqslant": "≥", "leq": "≤", "le": "≤", "leqslant": "≤",
    "approx": "≈", "sim": "~", "simeq": "≈", "neq": "≠", "pm": "±", "times": "×",
    "cdot": "·", "div": "÷", "%": "%", "permil": "‰", "textperthousand": "‰",
    ",": "", ";": "", "!": "", " ": " ", "quad": " ", "left": "", "right": "",
    "text": "", "mathrm": "", "textbf": "", "mathbf": "", "textit": "", "rm": "",
    "circ": "°", "degree": "°",
}
_MARKUP_RE = lazy_compile(
    r"""
    (?P<latex>\$\$?(?P<latex_body>[^$\n]{1,200}?)\$\$?)
  | (?P<heading>(?m:^[ \t]*\#{1,6}(?:[ \t]+|(?=\*))))
  | (?P<quote>(?m:^[ \t]*>(?!=|[ \t]?\d)[ \t]?))
  | (?P<bullet>(?m:^[ \t]*\*(?=[ \t])))
  | (?P<footmark>\(\*+\))
  | (?P<emph>\*{1,3}|(?<![\p{L}\p{N}])_{2,3}|_{2,3}(?![\p{L}\p{N}]))
  | (?P<hardbreak>\\(?=\**(?:[ \t]+\||[ \t]{2,}|\t|(?m:[ \t]*$))))
  | (?P<escape>\\(?P<escaped>[\\`*_{}\[\]()\#+\-.!|~<>$%]))
  | (?P<br><br\s*/?>(?P<br_eol>[ \t]*(?=\n))?)
  | (?P<tag></?(?:b|i|u|em|strong|span|sup|sub|p|div|h[1-6]|font|center)(?:\s[^>]{0,80})?>)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_LATEX_TOKEN_RE = lazy_compile(r"\\([A-Za-z]+|.)|[{}^_]")
#: A sign every markup match holds: it starts there, or after blanks at the start of its
#: line ("  # Tiêu đề", "> trích"), or at the "(" of a footmark "(*)".
_MARKUP_ANCHOR_RE = lazy_compile(r"[$#>*_\\<]")
_MARKUP_LEAD_BACK_RE = lazy_compile(r"[ \t(]*", regex.REVERSE)


def markup_matches(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :data:`_MARKUP_RE` in ``text``, as ``finditer`` gives them, tried only
    at each markup sign and at the blanks and "(" just before it."""
    pos = 0
    while True:
        anchor = _MARKUP_ANCHOR_RE.search(text, pos)
        if anchor is None:
            return
        at = anchor.start()
        lead = _MARKUP_LEAD_BACK_RE.match(text, pos, at)
        found = None
        for p in range(lead.start() if lead is not None else at, at + 1):
            if p == at or text[p] == "(" or p == 0 or text[p - 1] == "\n":
                found = _MARKUP_RE.match(text, p)
                if found is not None:
                    break
        if found is None:
            pos = at + 1
            continue
        yield found
        pos = found.end()


def _latex_edits(start: int, body_start: int, body: str, end: int) -> list[Edit]:
    edits: list[Edit] = [(start, body_start, "")]
    for t in _LATEX_TOKEN_RE.finditer(body):
        s, e = body_start + t.start(), body_start + t.end()
        if t.group(1) is not None:
            rep = LATEX_SYMBOLS.get(t.group(1), "")
        else:
            rep = ""
        edits.append((s, e, rep))
    edits.append((body_start + len(body), end, ""))
    return edits


def _markup_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in markup_matches(text):
        kind = m.lastgroup
        if kind == "latex_body":  # lastgroup reports the innermost closed group
            kind = "latex"
        if m.group("latex") is not None:
            edits.extend(_latex_edits(m.start(), m.start("latex_body"), m.group("latex_body"),
                                      m.end()))
        elif kind in ("heading", "quote", "emph", "tag", "hardbreak"):
            edits.append((m.start(), m.end(), ""))
        elif kind == "bullet":
            edits.append((m.end() - 1, m.end(), "-"))
        elif m.group("escape") is not None:
            edits.append((m.start(), m.end(), m.group("escaped")))
        elif m.group("br") is not None:  # "<br />" before a line end: that line end
            edits.append((m.start(), m.end(), "" if m.group("br_eol") is not None else "\n"))
        # footmark "(*)" is kept as written
    return edits


#: Emphasis with single underscores ("_Hà Nội, ngày 05 tháng 3 năm 2026_", "_Nơi nhận:_"),
#: paired within one line: an opening "_" after no letter, digit, "_" or backslash and
#: before a sign that is no blank, a closing one after such a sign and before no letter,
#: digit or "_".  A lone "_" (a blank to fill in: "ô _ trống"), "snake_case" and an escaped
#: "\\_" stay; runs of two or three are the markup pass's ("__Căn cứ__"; it also shortens a
#: form's "____" blanks and rules, as it did before).
_UNDERSCORE_EMPHASIS_RE = lazy_compile(
    r"(?<![\p{L}\p{N}_\\])_(?=[^\s_])(?P<body>[^_\n]*?[^\s_\\])_(?![\p{L}\p{N}_])")


def underscore_emphasis_edits(text: str) -> list[Edit]:
    """Edits that remove the two marks of each single-underscore emphasis of ``text`` (the
    "*" marks the markup pass removes wherever they stand; a single "_" is removed only in a
    pair, for a lone one is a blank to fill in or part of a name)."""
    if "_" not in text:
        return []
    edits: list[Edit] = []
    for m in _UNDERSCORE_EMPHASIS_RE.finditer(text):
        edits.append((m.start(), m.start() + 1, ""))
        edits.append((m.end() - 1, m.end(), ""))
    return edits


# --- 5. spaces -----------------------------------------------------------------------------
_INNER_SPACES_RE = lazy_compile(r" {2,}")


def _space_edits(text: str) -> list[Edit]:
    """Strip every line, collapse inner runs of spaces, keep at most one blank line."""
    edits: list[Edit] = []
    pos = 0
    n = len(text)
    blank_run_start: int | None = None  # start of a run of blank lines after the first
    seen_content = False
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl
        line = text[pos:end]
        if line.strip(" \t") == "":
            if line:
                edits.append((pos, end, ""))
            if not seen_content:
                # leading blank lines: drop the line and its newline
                if nl != -1:
                    edits.append((end, end + 1, ""))
            elif blank_run_start is None:
                blank_run_start = end  # keep the first blank line, drop the rest
            elif nl != -1:
                edits.append((end, end + 1, ""))
        else:
            seen_content = True
            blank_run_start = None
            # edges by str.strip, not a "[ \t]+$" search: that one is quadratic on a long
            # run of spaces inside the line
            lead = len(line) - len(line.lstrip(" \t"))
            trail = len(line) - len(line.rstrip(" \t"))
            if lead:
                edits.append((pos, pos + lead, ""))
            if trail:
                edits.append((pos + len(line) - trail, pos + len(line), ""))
            runs = [m for m in _INNER_SPACES_RE.finditer(line)
                    if m.start() != 0 and m.end() != len(line)  # (edges: the strip)
                    ] if "  " in line else []  # most lines hold no two spaces in a row
            # three or more spaces separate columns (two-column headers, tables); in a line
            # that has such a gap (or a tab) and another run, so do two (a row of PDF text
            # whose columns are printed close)
            wide = any(len(m.group()) >= 3 for m in runs) or "\t" in line
            for m in runs:
                column = len(m.group()) >= 3 or (wide and len(runs) >= 2)
                edits.append((pos + m.start(), pos + m.end(), "\t" if column else " "))
        if nl == -1:
            break
        pos = nl + 1
    # trailing newlines at the very end
    stripped = text.rstrip(" \t\n")
    if len(stripped) < n:
        tail_start = len(stripped)
        edits = [e for e in edits if e[1] <= tail_start]
        edits.append((tail_start, n, ""))
    return _merge_overlaps(edits)


#: A line's first word (a label such as "1.", "a)", "-", "II.") and a tab or two spaces or
#: more after it.
_LABEL_GAP_RE = lazy_compile(r"\S{1,8}(?:\t|  )[ \t]*")
_COLUMN_RUN_RE = lazy_compile(r"\t| {3,}")


def _label_gap(line: str, lead: int) -> tuple[int, int] | None:
    """(start, end) in ``line`` of the gap after the label that opens it, when the gap is a
    tab or a run of spaces and the rest of the line holds no column gap; else None.  A "*"
    is no label here: before a tab it is a cell (a party document's emblem beside its date)."""
    m = _LABEL_GAP_RE.match(line, lead)
    if m is None or line[lead] == "*":
        return None
    body = line[lead:].rstrip(" \t")
    label = read_label(body)
    if label is None or label.rest >= len(body):
        return None
    start = lead + len(body[:label.rest].rstrip(" \t"))
    end = lead + label.rest
    if start < m.start() or end != m.end() or _COLUMN_RUN_RE.search(body, label.rest):
        return None
    return start, end


def label_gap_edits(text: str) -> list[Edit]:
    """Edits that make the gap after each line's label one space: "1.⇥Mục tiêu", "-     Tăng"
    (Word's numbering saved as text), where the rest of the line holds no column gap (else
    the line is a table's row and keeps its gaps).  Run before the markup pass, which makes
    a Markdown "*" a "-"."""
    if "\t" not in text and "  " not in text:
        return []
    edits: list[Edit] = []
    pos = 0
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip(" \t"))
        gap = _label_gap(line, lead) if lead < len(line) else None
        if gap is not None:
            edits.append((pos + gap[0], pos + gap[1], " "))
        pos += len(line) + 1
    return edits


def _merge_overlaps(edits: list[Edit]) -> list[Edit]:
    """Drop edits that fall inside an earlier one (all are deletions or shrinks)."""
    edits.sort(key=lambda e: (e[0], -e[1]))
    out: list[Edit] = []
    last_end = -1
    for e in edits:
        if e[0] < last_end:
            continue
        out.append(e)
        last_end = max(last_end, e[1])
    return out


# --- 5b. a label glued to its text ----------------------------------------------------------
#: A line that opens with a label whose stop touches a letter: "1.Mục tiêu", "II.NHIỆM VỤ",
#: "a)cơ sở", "a)95%", "2.1.Chỉ tiêu", "Điều 3.Tổ chức" (typed without the space); after a dot, a
#: capital ("1.5" and "TP.Hồ" are no labels: the line must read as one with the space).
_GLUED_LABEL_RE = lazy_compile(
    rf"(?m)^(?:{alternation(ROMAN_VALUES)}|\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}"
    rf"|[{''.join(LETTER_LABELS)}]"
    rf"|{alternation(ARTICLE_WORDS)}[ \t]+\d{{1,3}})(?:\.(?=\p{{Lu}}\p{{L}})|\)(?=[\p{{L}}\d]))")
_GLUED_STYLES = frozenset({"roman", "arabic", "letter", "article"})
#: Where every match of :data:`_GLUED_LABEL_RE` ends: a stop, and the letter it touches (or
#: the figure after a ")").
_GLUE_RE = lazy_compile(r"[.)]\p{L}|\)\d")


def glued_label_edits(text: str) -> list[Edit]:
    """A space after a line's label that touches its text ("1.Mục tiêu" → "1. Mục tiêu"),
    where the line with that space reads as the label and its text: the walkers of sections
    and targets read a label and its text by the space between them."""
    edits: list[Edit] = []
    pos = 0
    while (glue := _GLUE_RE.search(text, pos)) is not None:
        # the pattern matches only at a line's start, so only a line that holds a stop
        # touching a letter is tried (issue 15: ``finditer`` tried every character)
        start = text.rfind("\n", 0, glue.start()) + 1
        end = text.find("\n", start)
        pos = len(text) if end < 0 else end + 1
        m = _GLUED_LABEL_RE.match(text, start)
        if m is None:
            continue
        line = text[start:len(text) if end < 0 else end]
        k = m.end() - m.start()
        label = read_label(f"{line[:k]} {line[k:]}")
        if label is not None and label.style in _GLUED_STYLES and label.rest == k + 1:
            edits.append((m.end(), m.end(), " "))
    return edits


# --- 6. rejoin lines broken by page breaks --------------------------------------------------
#: A line break (possibly with blank lines) followed by a lower-case letter ...
_BREAK_BEFORE_LOWER_RE = lazy_compile(r"(?<=[^\n])\n+(?=\p{Ll})")
#: ... unless that line opens with a label such as "a)", "đ.", "i)", "b/" (also glued to a
#: capital: "b)Tại …"; one glued to a figure, "a)100% …", has its space back from
#: :func:`glued_label_edits`), or is a letter
#: alone (the ordinal cell of a table printed one cell a line: "94.830" over "b" over the
#: name of row b; no Vietnamese word is one unaccented letter).
_LOWER_LABEL_RE = lazy_compile(
    r"(?:[a-zđ]|[ivx]{1,4})(?:[)./](?:\s|$)|\)(?=\p{Lu}))|[a-zđ][ \t]*(?:\n|\Z)")
#: ... or the line before holds two columns side by side (a tab or a wide gap between
#: words) and ends with a whole date: "V/v triển khai …⟶Phú Lâm, ngày 12 tháng 3 năm 2025"
#: over "thiên tai năm 2025" goes on in the left column ("… ngày 10" over "tháng 01 năm
#: 2010", a date cut by a hard wrap, still joins).
_COLUMN_GAP_RE = lazy_compile(r"\S(?:\t+| {4,})\S")
_CLOSED_DATE_END_RE = lazy_compile(r"(?i)(?:năm\s*\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})[\s*_.]*$")
#: ... or the line before is all capitals (a type line or a heading).
_ALL_UPPER_RE = lazy_compile(r"[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*")


#: ... or the line is a short value with no final sign ("dưới 4%", "giảm 0,8-1%").
_VALUE_CELL_RE = lazy_compile(
    r"(?:\p{Ll}+ ){1,2}(?!(?:19|20)\d{2}\b)[-+]?\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*%?[ \t]*$")


#: ... or the line is a unit alone (:func:`~kehoach_parser.text.reflow.unit_cell`: "điểm",
#: "tạ/ha", a counted noun "lượt lao động") and the next line holds a figure or a dash (an
#: empty cell).
_FIGURE_NEXT_RE = lazy_compile(
    r"\n+[ \t]*(?:(?:[<>≥≤~±]|\p{L}{1,5}[ \t]+)?[ \t]*\d|[-–—][ \t]*(?:\n|\Z))")


#: The gap before a line's last column: a tab or a wide run of spaces.
_LAST_COLUMN_RE = lazy_compile(r"(?:\t+| {4,})(?=[^\t]*$)")


def _capital_right_cell(line: str) -> bool:
    """``line``'s last column is in capitals ("CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"): the cell of
    a signature beside the recipients, which a line in lower case never goes on."""
    body = line.strip()
    gap = _LAST_COLUMN_RE.search(body)
    return gap is not None and all_capitals(body[gap.end():], min_letters=2)


def _rejoin_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _BREAK_BEFORE_LOWER_RE.finditer(text):
        if _LOWER_LABEL_RE.match(text, m.end()):
            continue
        prev = text[text.rfind("\n", 0, m.start()) + 1: m.start()]
        if _ALL_UPPER_RE.fullmatch(prev):
            continue  # a type or heading line in capitals: "NGHỊ QUYẾT" / "về …"
        if prev.strip() == "|":
            continue  # a bar between the cells of a table copied cell by cell: "|" / "tấn"
        if _COLUMN_GAP_RE.search(prev.strip()) and (
                _CLOSED_DATE_END_RE.search(prev) or _capital_right_cell(prev)):
            continue  # two columns, the right one a whole date or a signature's capitals:
            # the line goes on the left one (a recipient cut under "- Như trên;⟶CHỦ TỊCH")
        end = text.find("\n", m.end())
        line = text[m.end(): len(text) if end < 0 else end]
        if _VALUE_CELL_RE.match(line):
            continue  # "dưới 4%", "khoảng 4" on a line of its own: a value cell of a table
        if end >= 0 and unit_cell(line) and _FIGURE_NEXT_RE.match(text, end):
            continue  # "điểm" / "1-1,5": the unit cell of a table copied cell by cell
        edits.append((m.start(), m.end(), " "))
    return edits


# --- 7. typos ------------------------------------------------------------------------------
_TYPO_RE = lazy_compile("(?i)(" + alternation(TYPOS, boundary="both") + ")")


#: Characters that the case-insensitive pattern matches for a letter of a misspelling but
#: that case-fold to more than that letter ("İ" matches "i" and folds to "i" and a dot).
FOLD_EXCEPTIONS = "\u0130"


def _may_hold_typo(text: str) -> bool:
    """Whether a misspelling can be in ``text``: one of them is in its case-folded form (or
    a character of :data:`FOLD_EXCEPTIONS` is).  Exact as a filter: every other character
    the pattern matches for a letter of a misspelling case-folds to that letter (checked
    over all of Unicode in the tests)."""
    if any(ch in text for ch in FOLD_EXCEPTIONS):
        return True
    folded = text.casefold()
    return any(typo in folded for typo in TYPOS)


def _typo_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    if not _may_hold_typo(text):
        return edits
    for m in _TYPO_RE.finditer(text):
        found = m.group()
        fixed = TYPOS[found.lower()]
        fixed = _match_case(found, fixed)
        if fixed != found:
            edits.append((m.start(), m.end(), fixed))
    return edits


@dataclass(frozen=True)
class NormalizeOptions:
    """Which optional passes run.  All on by default but ``glued_capitals``.  The two label
    passes (a tab or space run after a label made one space, a label glued to its text given
    its space) always run: every walker reads a label and its text by that space."""

    tone_placement: bool = True
    markup: bool = True
    rejoin_lines: bool = True
    reflow: bool = True
    typos: bool = True
    font_repair: bool = True
    mojibake: bool = True
    #: Split two syllables in capitals that a dropped wrap glued ("PHÁTTRIỂN" → "PHÁT
    #: TRIỂN", proved by the syllable inventory).  Off by default: the gold copies a title as
    #: printed, glue included (6 train titles and headings do), so the split reads the words
    #: the page meant but scores them as errors.
    glued_capitals: bool = False


def normalize(text: str, options: NormalizeOptions | None = None,
              notes: list[tuple[str, str]] | None = None) -> AlignedText:
    """Normalise ``text`` (already decoded) and return it with its alignment.

    Repairs that change words are reported in ``notes`` as ``(warning code, message)``:
    W114 double-encoded UTF-8, W112 font-conversion damage, W104 spelling.
    """
    opts = options or NormalizeOptions()
    aligned = AlignedText(text)
    if opts.mojibake:  # first: the damage includes no-break spaces and C1 controls
        repairs = mojibake_edits(aligned.text)
        if repairs and notes is not None:
            notes.append(("W114", f"double-encoded UTF-8 repaired in {len(repairs)} "
                                  "place(s) (\"Káº¿ hoáº¡ch\" → \"Kế hoạch\")"))
        aligned = aligned.apply(repairs)
    if opts.markup:  # before the control pass: "&nbsp;" is a no-break space
        aligned = aligned.apply(empty_paragraph_edits(aligned.text))
        aligned = aligned.apply(entity_edits(aligned.text))
    aligned = aligned.apply(_control_edits(aligned.text))
    spacing: list[Edit] = []
    if opts.reflow:  # a blank line after every line: read as the single-spaced text
        spacing = double_spacing_edits(aligned.text)
        aligned = aligned.apply(spacing)
    aligned = aligned.apply(_nfc_edits(aligned.text))
    if opts.font_repair:
        fixes = font_edits(aligned.text)
        if fixes and notes is not None:
            notes.append(("W112", f"{len(fixes)} character(s) damaged by font conversion "
                                  "repaired (ƣ → ư, Ð → Đ, confused capitals)"))
        aligned = aligned.apply(fixes)
        spaced = letter_spacing_edits(aligned.text)  # "K Ế   H O Ạ C H" → "KẾ HOẠCH"
        if spaced and notes is not None:
            notes.append(("W112", "letters spaced out by a PDF converter closed up "
                                  f"({len(spaced)} gap(s))"))
        aligned = aligned.apply(spaced)
    if opts.tone_placement:
        aligned = aligned.apply(_tone_edits(aligned.text))
    if opts.reflow:  # before any pass that moves a column: tables of PDF text that wrap
        pieces = layout_table_pieces(aligned.text)
        if pieces is not None:
            aligned = aligned.rearrange(pieces)
    aligned = aligned.apply(label_gap_edits(aligned.text))
    if opts.markup:
        if opts.reflow:
            aligned = aligned.apply(emphasis_wrap_edits(aligned.text))
        aligned = aligned.apply(underscore_emphasis_edits(aligned.text))
        aligned = aligned.apply(_markup_edits(aligned.text))
    aligned = aligned.apply(_space_edits(aligned.text))
    aligned = aligned.apply(glued_label_edits(aligned.text))
    if opts.reflow:  # a wrap that became nothing: "PHÁTTRIỂN", "tháng11"
        aligned = aligned.apply(glued_word_edits(aligned.text, capitals=opts.glued_capitals))
    if opts.reflow:  # a page's number inside the text: the text around it joins again
        aligned = aligned.apply(page_number_edits(aligned.text, double_spaced=bool(spacing)))
    if opts.reflow:  # before the rejoin: the wrap width is read off the physical lines
        aligned = aligned.apply(reflow_edits(aligned.text))
    if opts.rejoin_lines:
        aligned = aligned.apply(_rejoin_edits(aligned.text))
    if opts.typos:
        typos = _typo_edits(aligned.text)
        if typos and notes is not None:
            notes.append(("W104", f"{len(typos)} misspelling(s) repaired"))
        aligned = aligned.apply(typos)
    return aligned
