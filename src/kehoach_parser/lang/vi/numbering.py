"""How Vietnamese documents number their parts."""

from __future__ import annotations


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out


#: Roman numerals used for level-1 parts, "I" … "XXX", and their values.
ROMAN_VALUES: dict[str, int] = {_roman(i): i for i in range(1, 31)}

#: Marks that may close an ordinal printed in a table's first cell ("1.", "a)", "1/"); a
#: table reads the ordinal and its label without them.
ORDINAL_MARKS = ".)/"


def strip_ordinal_mark(ordinal: str) -> str:
    """An ordinal without blanks around it nor the marks that close it (``ORDINAL_MARKS``):
    "a) " → "a", "1/" → "1", "II." → "II"."""
    return ordinal.strip().rstrip(ORDINAL_MARKS)


#: Letters used as labels, in Vietnamese alphabetical order ("đ" follows "d").
LETTER_LABELS: tuple[str, ...] = (
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r",
    "s", "t", "u", "v", "x", "y", "f", "j", "w", "z",
)


def next_label(mark: str) -> str | None:
    """The number or letter that follows ``mark`` in a list ("2" → "3", "d" → "đ", "đ" →
    "e"); None after the last letter or for any other mark."""
    if mark.isdigit():
        return str(int(mark) + 1)
    k = LETTER_LABELS.index(mark) if mark in LETTER_LABELS else -1
    return LETTER_LABELS[k + 1] if 0 <= k < len(LETTER_LABELS) - 1 else None


#: Ordinals written in words after "PHẦN THỨ" / "Phần thứ" ("PHẦN THỨ NHẤT").
PART_ORDINALS: tuple[str, ...] = (
    "NHẤT", "HAI", "BA", "BỐN", "TƯ", "NĂM", "SÁU", "BẢY", "TÁM",
    "nhất", "hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "tám",
)

#: The words of labelled divisions, as printed (capitals or sentence case): "PHẦN THỨ
#: NHẤT", "Chương II", "Mục 2", "Điều 3".  Case-sensitive.
PART_WORDS: tuple[str, ...] = ("PHẦN", "Phần")
PART_ORDINAL_WORDS: tuple[str, ...] = ("THỨ", "thứ")
CHAPTER_WORDS: tuple[str, ...] = ("CHƯƠNG", "Chương")
MUC_WORDS: tuple[str, ...] = ("MỤC", "Mục")
ARTICLE_WORDS: tuple[str, ...] = ("Điều", "ĐIỀU")
#: The steps of a procedure, numbered and titled after a colon or a stop: "Bước 1: Họp Ban
#: lãnh đạo …" (a heading one level below the numbered line it stands under).
STEP_WORDS: tuple[str, ...] = ("Bước", "BƯỚC")

#: Signs that open a list item without numbering it.  "-" and "+" are typed; word
#: processors and PDF text print round and square bullets and arrows; converters turn a
#: typed hyphen into an en or em dash or the minus sign.  Single characters.
DASH_BULLETS: tuple[str, ...] = ("-", "–", "—", "−")
BULLET_SIGNS: tuple[str, ...] = (
    *DASH_BULLETS, "+", "•", "·", "∙", "●", "○", "◦", "▪", "▫", "■", "□", "►", "▸", "➢", "➤",
    "✓", "❖", "♦", "◆",
    # bullets of Word's Symbol and Wingdings fonts as DOCX and PDF text print them (private
    # use: U+F000 + the font's code): Symbol "•", Wingdings "▪", "➢", "❖", "✓", "➔", "■",
    # "●", "❑", "◻", "⇨"
    "\uf0b7", "\uf0a7", "\uf0d8", "\uf076", "\uf0fc", "\uf0e0", "\uf06e", "\uf06c",
    "\uf071", "\uf0a8", "\uf0e8",
)

