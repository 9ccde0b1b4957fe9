"""Decode plain-text (and Markdown-ish OCR) files: UTF-8 with or without BOM, UTF-16."""

from __future__ import annotations

import codecs

from kehoach_parser.document import ParseWarning
from kehoach_parser.errors import EmptyDocument, EncodingError
from kehoach_parser.loaders.base import LoadedText

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of ASCII-heavy text is NUL."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def decode_text_bytes(data: bytes, *, path: str | None = None) -> LoadedText:
    """Decode bytes of a text file.  Raises :class:`EncodingError` if nothing fits."""
    if not data.strip():
        raise EmptyDocument("the file holds no text", path=path)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                loaded = LoadedText(data.decode(enc), "text", enc.replace("-sig", "") + "-bom")
                return repair_unicode(loaded, path)
            except UnicodeDecodeError as exc:
                raise EncodingError(f"bad {enc} data: {exc.reason}", path=path) from None
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            return repair_unicode(LoadedText(data.decode(utf16), "text", utf16), path)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4000]:
        raise EncodingError("binary data, not text", path=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        mostly = _mostly_utf8(data)
        if mostly is None:
            return decode_legacy(data, path=path)
        loaded = LoadedText(mostly, "text", "utf-8")
        bad = [i for i, ch in enumerate(mostly) if ch == "\ufffd"]
        shown = ", ".join(str(i) for i in bad[:10]) + (" …" if len(bad) > 10 else "")
        loaded.warnings.append(ParseWarning(
            code="W111",
            message=f"{len(bad)} invalid UTF-8 byte sequence(s) replaced by U+FFFD "
                    f"at offset(s) {shown} of the decoded file text"))
        return repair_unicode(loaded, path)
    return repair_unicode(LoadedText(text, "text", "utf-8"), path)


#: A text with a few bad bytes is still UTF-8 when its valid multi-byte characters outnumber
#: the bad sequences by this factor (legacy 8-bit text almost never forms valid sequences).
MOSTLY_UTF8_RATIO = 4


def _mostly_utf8(data: bytes) -> str | None:
    """``data`` decoded as UTF-8 with replacement characters, if it is UTF-8 with a few bad
    bytes (a damaged download, a truncated copy); ``None`` when it looks like a legacy code
    page, which must be converted instead."""
    text = data.decode("utf-8", errors="replace")
    before = data.count("\ufffd".encode())
    bad = text.count("\ufffd") - before
    valid = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if bad > 0 and valid >= MOSTLY_UTF8_RATIO * bad:
        return text
    return None


_CONTROLS = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v")


def _check_not_binary(loaded: LoadedText, path: str | None) -> LoadedText:
    sample = loaded.text[:20000]
    if sample and sum(c in _CONTROLS for c in sample) > 0.01 * len(sample):
        raise EncodingError("binary data, not text (control characters)", path=path)
    return loaded


def repair_unicode(loaded: LoadedText, path: str | None = None) -> LoadedText:
    """Convert runs pasted from a legacy font (TCVN3/VNI mojibake) inside Unicode text."""
    from kehoach_parser.loaders.encodings import repair_legacy_text

    _check_not_binary(loaded, path)

    fixed, warnings = repair_legacy_text(loaded.text)
    if warnings:
        loaded.text = fixed
        loaded.warnings.extend(warnings)
        loaded.encoding = f"{loaded.encoding}+legacy"
    return loaded


def decode_legacy(data: bytes, *, path: str | None = None) -> LoadedText:
    """Bytes that are not UTF-8: legacy Vietnamese encodings (see loaders.encodings)."""
    from kehoach_parser.loaders.encodings import decode_legacy_bytes

    return decode_legacy_bytes(data, path=path)
