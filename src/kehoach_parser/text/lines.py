"""Lines of the normalised text and the labels that open them.

A :class:`Line` knows its offsets; :func:`read_label` recognises what numbering a line opens
with: Roman numerals ("II."), Arabic numbers at any depth ("1.", "2.1.", "2.1.3"), letters
("a)", "đ."), articles ("Điều 3."), enumerated indicators ("(12)") and bullets ("-", "+",
"•", "–", "−" …: :data:`~kehoach_parser.lang.vi.numbering.BULLET_SIGNS`).  A bullet may be
followed by an enumeration: "- (1) Tốc độ …".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from kehoach_parser.lang.vi.numbering import (
    ARTICLE_WORDS,
    BULLET_SIGNS,
    CHAPTER_WORDS,
    DASH_BULLETS,
    LETTER_LABELS,
    MUC_WORDS,
    PART_ORDINAL_WORDS,
    PART_ORDINALS,
    PART_WORDS,
    ROMAN_VALUES,
    STEP_WORDS,
)
from kehoach_parser.lang.vi.patterns import alternation, sign_class
from kehoach_parser.lazy_pattern import lazy_compile

#: Label styles that open a heading (a bullet or an enumeration "(1)" opens an item).
HEADING_STYLES = frozenset({"part", "chapter", "muc", "roman", "arabic", "letter", "upper",
                            "article", "step"})


@dataclass(frozen=True, slots=True)
class Line:
    index: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(text: str) -> list[Line]:
    """Split ``text`` on LF into :class:`Line` records with offsets."""
    lines: list[Line] = []
    pos = 0
    i = 0
    while True:
        nl = text.find("\n", pos)
        end = len(text) if nl == -1 else nl
        lines.append(Line(i, pos, end, text[pos:end]))
        i += 1
        if nl == -1:
            break
        pos = nl + 1
    return lines


@dataclass(frozen=True, slots=True)
class Label:
    """The numbering that opens a line.

    ``style`` is one of ``part`` ("PHẦN I", "Phần thứ hai"), ``chapter`` ("Chương II"),
    ``muc`` ("Mục 1"), ``step`` ("Bước 2:"), ``roman``, ``arabic`` (``depth`` = number of
    parts), ``letter``, ``upper``, ``article`` ("Điều 3"), ``paren`` (enumerated "(1)") or
    ``bullet``.
    ``text`` is the label without punctuation ("II", "2.1", "a", "(3)", "-"); labels made of
    a word and a number keep the word as printed ("PHẦN I", "Điều 5").
    ``rest`` is the offset (in the line) where the text after the label starts.
    """

    style: str
    text: str
    depth: int
    rest: int
    bullet: str | None = None

    @property
    def style_key(self) -> str:
        return f"arabic{self.depth}" if self.style == "arabic" else self.style


_ROMAN = alternation(ROMAN_VALUES)
_PART_NUMBERS = alternation(PART_ORDINALS) + r"|[IVXLC]+|\d{1,2}|[A-Z]"
_LETTERS = "".join(LETTER_LABELS)
#: Line breaks a website printed as characters ("\\r\\n", decision 17) before a label:
#: "\\r\\n\\r\\n1. Mục tiêu chung" opens with "1.".
_LABEL_RE = lazy_compile(
    rf"""
    (?:\\[rn][ \t]*)*
    (?P<bullet>{sign_class(BULLET_SIGNS)}\s*)?
    (?:
        (?P<part>{alternation(PART_WORDS)}\s+(?:{alternation(PART_ORDINAL_WORDS)}\s+)?
            (?:{_PART_NUMBERS}))\s*[.:]?(?=\s|$)
      | (?P<chapter>{alternation(CHAPTER_WORDS)}\s+(?:[IVXLC]+|\d{{1,2}}))\s*[.:]?(?=\s|$)
      | (?P<muc>{alternation(MUC_WORDS)}\s+(?:[IVXLC]+|\d{{1,2}}))\s*[.:]?(?=\s|$)
      | (?P<step>{alternation(STEP_WORDS)}\s+\d{{1,2}})\s*[.:](?=\s)
      | (?P<article>{alternation(ARTICLE_WORDS)}\s+(?P<art_no>\d{{1,3}})\s*[.:]?)(?=\s|$)
      | (?P<roman>{_ROMAN})\s*[.)/\-–](?=\s|$|\p{{Lu}})
      | (?P<arabic>\d{{1,2}}(?:\.\d{{1,2}}){{1,3}})(?:\.?(?=\s|$)|\.(?=\p{{Lu}}\p{{Ll}}))
      | (?P<arabic1>\d{{1,2}})\s?(?:[.)](?=\s|$|\p{{Lu}})|/(?=\s|$)|-(?=\s+\p{{L}}))
      | (?P<letter>[{_LETTERS}])\s?(?:[)./](?=\s|$)|\)(?=\p{{Lu}}))
      | (?P<upper>[ABCDEGH])\s?(?:[./](?=\s*\p{{Lu}})|[\-–](?=\s+\p{{Lu}}))
      | \((?P<paren>\d{{1,3}}|[{_LETTERS}])\)
    )?
    \s*
    """,
    regex.VERBOSE,
)


@lru_cache(maxsize=4096)
def read_label(line: str) -> Label | None:
    """Return the :class:`Label` that opens ``line``, or ``None``.  (Cached: reflow, the
    outline, the header and the indicator walker read the same lines; a label is frozen.)"""
    m = _LABEL_RE.match(line)
    if m is None or m.end() == 0:
        return None
    bullet = m.group("bullet")
    bullet_char = bullet.strip() if bullet else None
    rest = m.end()
    for word_style in ("part", "chapter", "muc", "step"):
        if m.group(word_style):
            return Label(word_style, " ".join(m.group(word_style).split()), 1, rest,
                         bullet_char)
    if m.group("article"):
        return Label("article", " ".join(m.group("article").rstrip(".:").split()), 1, rest,
                     bullet_char)
    if m.group("roman"):
        return Label("roman", m.group("roman"), 1, rest, bullet_char)
    if m.group("arabic"):
        label = m.group("arabic")
        return Label("arabic", label, label.count(".") + 1, rest, bullet_char)
    if m.group("arabic1"):
        return Label("arabic", m.group("arabic1"), 1, rest, bullet_char)
    if m.group("letter"):
        return Label("letter", m.group("letter"), 1, rest, bullet_char)
    if m.group("upper"):
        return Label("upper", m.group("upper"), 1, rest, bullet_char)
    if m.group("paren"):
        return Label("paren", f"({m.group('paren')})", 1, rest, bullet_char)
    if bullet_char:
        if bullet_char in DASH_BULLETS and len(line) > len(bullet) \
                and not bullet[-1].isspace():
            return None  # "-0,2 điểm" is a signed number, not a bullet
        return Label("bullet", bullet_char, 1, rest, bullet_char)
    return None
