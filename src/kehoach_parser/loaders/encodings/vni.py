"""VNI-Windows (the "VNI-Times" fonts) <-> Unicode.

VNI writes most accented letters as two bytes: the base letter, then a mark byte.  A few
letters have one byte of their own (đ, ơ, ư and the toned i, ỵ).  As with :mod:`.tcvn3`, the
tables work on the characters the bytes become when read as Windows-1252/Latin-1.

Mark bytes (lower case / upper case) were worked out from the code page as follows: a tone
alone, a circumflex with each tone, a breve with each tone.
"""

from __future__ import annotations

import re
import unicodedata

from kehoach_parser.lang.vi.patterns import alternation

# Unicode combining marks used to name shapes and tones.
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"

#: (shape, tone) -> (lower-case mark, upper-case mark).  shape "" = none.
MARKS: dict[tuple[str, str], tuple[str, str]] = {
    ("", _ACUTE): ("ù", "Ù"),
    ("", _GRAVE): ("ø", "Ø"),
    ("", _HOOK): ("û", "Û"),
    ("", _TILDE): ("õ", "Õ"),
    ("", _DOT): ("ï", "Ï"),
    (_CIRC, ""): ("â", "Â"),
    (_CIRC, _ACUTE): ("á", "Á"),
    (_CIRC, _GRAVE): ("à", "À"),
    (_CIRC, _HOOK): ("å", "Å"),
    (_CIRC, _TILDE): ("ã", "Ã"),
    (_CIRC, _DOT): ("ä", "Ä"),
    (_BREVE, ""): ("ê", "Ê"),
    (_BREVE, _ACUTE): ("é", "É"),
    (_BREVE, _GRAVE): ("è", "È"),
    (_BREVE, _HOOK): ("ú", "Ú"),
    (_BREVE, _TILDE): ("ü", "Ü"),
    (_BREVE, _DOT): ("ë", "Ë"),
}

#: Letters with a one-byte code: Unicode letter -> Latin-1 character.
SINGLE: dict[str, str] = {
    "đ": "ñ", "Đ": "Ñ", "ơ": "ô", "Ơ": "Ô", "ư": "ö", "Ư": "Ö",
    "í": "í", "Í": "Í", "ì": "ì", "Ì": "Ì", "ỉ": "æ", "Ỉ": "Æ",
    "ĩ": "ó", "Ĩ": "Ó", "ị": "ò", "Ị": "Ò", "ỵ": "î", "Ỵ": "Î",
}

_MARK_TO_SHAPE_TONE: dict[str, tuple[str, str]] = {}
for _key, (_lo, _up) in MARKS.items():
    _MARK_TO_SHAPE_TONE[_lo] = _key
    _MARK_TO_SHAPE_TONE[_up] = _key

#: Which base letters take which shape.
_SHAPE_BASES: dict[str, str] = {"": "aeiouyAEIOUY", _CIRC: "aeoAEO", _BREVE: "aA"}
_HORN_BASES = {"ô": "o", "Ô": "O", "ö": "u", "Ö": "U"}  # ơ/ư codes, which take tones
_SINGLE_DECODE: dict[str, str] = {v: k for k, v in SINGLE.items() if k not in "íÍìÌ"}


def _compose(base: str, shape: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + shape + tone)


def _build_decode_table() -> dict[str, str]:
    """Every one- and two-character VNI sequence -> its Unicode letter."""
    table: dict[str, str] = dict(_SINGLE_DECODE)
    for horn, base in _HORN_BASES.items():
        table[horn] = _compose(base, _HORN, "")
        for mark, (shape, tone) in _MARK_TO_SHAPE_TONE.items():
            if shape == "":
                table[horn + mark] = _compose(base, _HORN, tone)
    for mark, (shape, tone) in _MARK_TO_SHAPE_TONE.items():
        for base in _SHAPE_BASES[shape]:
            table[base + mark] = _compose(base, shape, tone)
    return table


#: VNI sequence -> Unicode letter.
DECODE_TABLE: dict[str, str] = _build_decode_table()
_DECODE_RE = re.compile(alternation(DECODE_TABLE))


def decode(text: str) -> str:
    """VNI read as Latin-1/cp1252 -> Unicode (longest sequence first)."""
    return _DECODE_RE.sub(lambda m: DECODE_TABLE[m.group()], text)


def _encode_letter(ch: str) -> str:
    if ch in SINGLE:
        return SINGLE[ch]
    parts = unicodedata.normalize("NFD", ch)
    base, marks = parts[0], parts[1:]
    if not marks or not base.isascii():
        return ch
    shape = next((m for m in marks if m in (_CIRC, _BREVE, _HORN)), "")
    tone = next((m for m in marks if m in (_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT)), "")
    upper = base.isupper()
    if shape == _HORN:
        horn = SINGLE[unicodedata.normalize("NFC", base + _HORN)]
        if not tone:
            return horn
        lo, up = MARKS[("", tone)]
        return horn + (up if upper else lo)
    pair = MARKS.get((shape, tone))
    if pair is None:
        return ch
    return base + (pair[1] if upper else pair[0])


def encode(text: str) -> str:
    """Unicode (NFC) -> VNI as Latin-1 characters.  Other characters stay as given."""
    return "".join(_encode_letter(c) if not c.isascii() else c for c in text)
