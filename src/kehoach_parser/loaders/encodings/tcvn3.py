"""TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts .VnTime/.VnArial) <-> Unicode.

TCVN3 is a single-byte code: ASCII below 0x80, Vietnamese letters in 0xA1-0xFE.  Only the
lower-case toned letters have codes; the upper-case fonts (.VnTimeH, .VnArialH) draw the
same codes as capitals, so a heading typed in .VnTimeH reads as lower case once the font is
gone.  :mod:`.detect` restores those headings.

The table below is keyed by the *character* a byte becomes when read as Windows-1252 /
Latin-1 (the two agree on 0xA0-0xFF), because legacy text reaches us either as bytes (a
``.txt`` file) or as such characters (a DOCX run in a .Vn font, text pasted into a Unicode
file).  It was written out by hand, row by row, from the layout of the code page: capitals
Ă Â Ê Ô Ơ Ư Đ at 0xA1-0xA7, the same letters in lower case at 0xA8-0xAE, then for each
vowel the five tones in the order grave, hook, tilde, acute, dot below, skipping the
positions the fonts leave to punctuation.
"""

from __future__ import annotations

#: byte value -> Unicode letter.
TCVN3_BYTES: dict[int, str] = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    # a: grave, hook, tilde, acute, dot
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    # ă
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    # â
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    # e
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    # ê
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    # i
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    # o
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    # ô
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    # ơ
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    # u
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    # ư
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    # y
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}

#: Latin-1 character -> Unicode letter (what :func:`decode` applies).
DECODE_TABLE: dict[int, str] = {b: u for b, u in TCVN3_BYTES.items()}

#: Unicode letter -> Latin-1 character.  Capitals without a code of their own are written
#: with the lower-case code, as a typist using the upper-case font would have them.
ENCODE_TABLE: dict[int, str] = {}
for _b, _u in TCVN3_BYTES.items():
    ENCODE_TABLE[ord(_u)] = chr(_b)
for _b, _u in TCVN3_BYTES.items():
    _cap = _u.upper()
    if ord(_cap) not in ENCODE_TABLE:
        ENCODE_TABLE[ord(_cap)] = chr(_b)

#: Lower-case codes whose capital has no code: the letters .VnTimeH draws as capitals.
CAPLESS_LOWER: frozenset[str] = frozenset(
    u for u in TCVN3_BYTES.values() if u.islower() and u.upper() not in TCVN3_BYTES.values()
)

def decode(text: str) -> str:
    """TCVN3 read as Latin-1/cp1252 -> Unicode (case as coded; see :mod:`.detect`)."""
    return text.translate(DECODE_TABLE)


def encode(text: str) -> str:
    """Unicode (NFC) -> TCVN3 as Latin-1 characters.  Letters without a code stay as given."""
    return text.translate(ENCODE_TABLE)
