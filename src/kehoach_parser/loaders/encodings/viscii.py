"""VISCII (RFC 1456) <-> Unicode.

VISCII gives every one of the 134 accented Vietnamese letters a byte of its own: 128 in
0x80-0xFF and six capitals in C0 control positions (0x02, 0x05, 0x06, 0x14, 0x19, 0x1E).
Bytes that VISCII shares with Latin-1 (À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý and their lower case)
keep their Latin-1 meaning.  The table was written out from the RFC's layout; the tests
check that it covers each Vietnamese letter exactly once.
"""

from __future__ import annotations

_ROWS = (
    # C0 positions
    (0x02, "Ẳ"), (0x05, "Ẵ"), (0x06, "Ẫ"), (0x14, "Ỷ"), (0x19, "Ỹ"), (0x1E, "Ỵ"),
)
_HIGH = (
    "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐ"  # 0x80-0x8F
    "ỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ"  # 0x90-0x9F
    "Õắằặấầẩậẽẹếềểễệố"  # 0xA0-0xAF
    "ồổỗỠƠộờởịỰỨỪỬơớƯ"  # 0xB0-0xBF
    "ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳ"  # 0xC0-0xCF
    "ĐứÒÓÔạỷừửÙÚỹỵÝỡư"  # 0xD0-0xDF
    "àáâãảăữẫèéêẻìíĩỉ"  # 0xE0-0xEF
    "đựòóôõỏọụùúũủýợỮ"  # 0xF0-0xFF
)

#: byte value -> Unicode letter.
VISCII_BYTES: dict[int, str] = dict(_ROWS) | {0x80 + i: ch for i, ch in enumerate(_HIGH)}

#: What :func:`decode` applies to text read as Latin-1 (bytes as code points).
DECODE_TABLE: dict[int, str] = {b: u for b, u in VISCII_BYTES.items() if chr(b) != u}
ENCODE_TABLE: dict[int, str] = {ord(u): chr(b) for b, u in VISCII_BYTES.items()}


def decode_bytes(data: bytes) -> str:
    """VISCII bytes -> Unicode."""
    return data.decode("latin-1").translate(DECODE_TABLE)


def encode(text: str) -> bytes:
    """Unicode (NFC) -> VISCII bytes; characters outside VISCII raise UnicodeEncodeError."""
    return text.translate(ENCODE_TABLE).encode("latin-1")
