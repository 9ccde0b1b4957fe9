"""Lines into items: labels, inline enumerations, parents and their sub-items.

* A line labelled "(n)" (or "- (n)") is an enumerated item; further "(n+1)", "(n+2)" …
  markers inside the same paragraph split it into inline items.
* A bullet line ("+" under "-", or any bullet under an enumerated item that ends with ":"
  or "trong đó") is a sub-item: it takes the parent's label and, as ``group``, the parent's
  target name (or the parent's own text when it names a group without a value).
* Headings and plain paragraphs close every open parent.
"""

from __future__ import annotations

from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.lang.vi.numbering import LETTER_LABELS, next_label
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.lines import Label, Line

_INLINE_ENUM_RE = lazy_compile(r"(?:(?<=^)|(?<=[;.:,]\s{0,3})|(?<=\s))\((\d{1,3})\)\s*")
_BULLET_RANK = {"-": 1, "–": 1, "—": 1, "−": 1, "+": 2, "•": 3, "·": 3, "∙": 3, "▪": 3, "◦": 4}


def line_rank(label: Label | None) -> int:
    if label is None:
        return 0
    if label.style == "bullet":
        return bullet_rank(label.text)
    return 0


def bullet_rank(bullet: str) -> int:
    """How deep a bullet character nests: "-" 1, "+" 2, "•" 3 (an unknown one: 1)."""
    return _BULLET_RANK.get(bullet, 1)


def opens_children(text: str) -> bool:
    """A line that ends with ":" or "trong đó" announces sub-items."""
    return lx.CHILDREN_OPENER_END_RE.search(text.rstrip(" .;")) is not None


def split_inline(line: Line, label: Label | None) -> list[tuple[int, int, str | None]]:
    """Split a line at inline "(n)" markers that continue one sequence.

    Without a "(n)" label at the start of the line, a sequence opens with "(1)" anywhere or
    with any "(n)" right after a colon ("2. Về xã hội: (4) …; (5) …": the list goes on from
    the line above)."""
    text = line.text
    first = label.text if label is not None and label.style == "paren" else None
    rest = label.rest if label is not None else 0
    pieces: list[tuple[int, int, str | None]] = []
    expected: int | None = int(first.strip("()")) + 1 if first and first.strip("()").isdigit() \
        else None
    cur_start, cur_label = rest, first
    for m in _INLINE_ENUM_RE.finditer(text, rest):
        n = int(m.group(1))
        if expected is None:
            if m.start() == rest and cur_label is None:
                cur_label, cur_start, expected = f"({n})", m.end(), n + 1
                continue
            if n != 1 and not text[rest:m.start()].rstrip().endswith(":"):
                continue
        elif n != expected:
            continue
        pieces.append((cur_start, m.start(), cur_label))
        cur_start, cur_label, expected = m.end(), f"({n})", n + 1
    pieces.append((cur_start, len(text), cur_label))
    if len(pieces) == 1 and first is None:
        pieces = _numbered_inline(text, rest, label) or pieces
    return [(line.start + s, line.start + e, lab) for s, e, lab in pieces if e > s]


_INLINE_NUMBER_RE = lazy_compile(r"(?:(?<=^)|(?<=\s))(\d{1,2})\.\s+(?=\p{Lu})")
#: "a) …; b) …": a lettered item inside a paragraph (closed by ")": "a." is too often a word)
_INLINE_LETTER_RE = lazy_compile(r"(?:(?<=^)|(?<=\s))(" + "|".join(LETTER_LABELS)
                                 + r")\)\s+(?=\S)")
_SENTENCE_END_RE = lazy_compile(r"[.;:]\s*\Z")
#: A paragraph numbers its items inline when it runs "1. … 2. … 3. …" at least this far.
MIN_INLINE_NUMBERS = 3


def _numbered_inline(text: str, rest: int, label: Label | None = None
                     ) -> list[tuple[int, int, str | None]]:
    """"… năm 2018 1. Tăng trưởng … 8%. 2. GRDP … 3. Cơ cấu …": a numbered list run into
    one paragraph (a page that lost its line breaks) is cut at its numbers, 1, 2, 3 … in
    order, each after the first following a sentence end; the items are labelled with
    their number (project decision 8).  "a) …; b) …; c) …" is cut at its letters the same
    way (decision 35: labelled "a", "b").  A line labelled "1." or "a)" itself goes on from
    its own label ("1. Thu … 8%. 2. Chi … 3. Vay …"): its text up to the next mark keeps the
    line's label; a line labelled "1." runs its lettered items from "a" ("1. Các chỉ tiêu:
    a) …; b) …; c) …"), its own label not counted among them.  Fewer than
    :data:`MIN_INLINE_NUMBERS` items, the line's own included when of the same kind: no list,
    nothing cut."""
    own: str | None = None
    if label is not None and label.bullet is None and (
            (label.style == "arabic" and label.depth == 1) or label.style == "letter"):
        own = label.text
    for pattern in (_INLINE_NUMBER_RE, _INLINE_LETTER_RE):
        # a line labelled "1." may run its lettered items inline ("1. Các chỉ tiêu: a) …;
        # b) …; c) …"): they open a list of their own, from "a", and "1" is not one of them
        same = own is not None and own.isdigit() == (pattern is _INLINE_NUMBER_RE)
        marks: list[tuple[str, int, int]] = []
        want = next_label(own) if same and own is not None else (
            "1" if pattern is _INLINE_NUMBER_RE else LETTER_LABELS[0])
        for m in pattern.finditer(text, rest):
            if m.group(1) != want:
                continue
            if (marks or own is not None) and not _SENTENCE_END_RE.search(
                    text, marks[-1][2] if marks else rest, m.start()):
                continue  # "… 2. …" inside a sentence is no item number
            marks.append((m.group(1), m.start(), m.end()))
            want = next_label(m.group(1))
        if len(marks) + same < MIN_INLINE_NUMBERS:
            continue
        pieces: list[tuple[int, int, str | None]] = [(rest, marks[0][1], None)]
        for k, (n, _s, e) in enumerate(marks):
            end = marks[k + 1][1] if k + 1 < len(marks) else len(text)
            pieces.append((e, end, n))
        return pieces
    return []
