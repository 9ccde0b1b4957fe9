"""A cheap proof that a PDF's streams all decode, so that the fast engine may skip
pdfminer.six's page-by-page damage check (:func:`.pdf_damage.pdfminer_stream_problems`).

The damage check parses the whole file with pdfminer to find the content streams that do not
decode; on a sound file it finds nothing and costs about as much as PDFium's own text
extraction of a short file.  :func:`streams_sound` reads the file's bytes instead and says
True only when the answer cannot be anything but "nothing":

* no encryption (``/Encrypt``), one classic cross-reference table per revision (no
  cross-reference streams, which also rules out object streams), each in-use entry pointing
  at its ``N G obj``, and a ``startxref`` at the end;
* every ``stream … endstream`` of the file has no filter, or a filter every reader knows
  (one name, not a reference), and each Flate stream a page can draw inflates to its end
  without an error.  Font programs, a font's glyph and Unicode maps, images and the
  metadata are not inflated (pdfminer's check does not read them either), unless a page's
  ``/Contents`` names the stream or it says it is a form.

A page's content streams and form XObjects are among those streams, and pdfminer reads a
stream's data from where this reads it (a prefix of it when ``/Length`` is shorter; a stream
that inflated to its end ignores bytes after it), so none of them can be reported damaged.
Anything unusual answers False, and the damage check runs as before.  What this cannot see
is an object whose own syntax is broken at a place the cross-reference table points to
correctly: pdfminer would report "unreadable page resources" for it (W120), the fast engine
with this shortcut does not.
"""

from __future__ import annotations

import re
import zlib

#: The filters pdfminer.six knows (full and abbreviated names); another one is a problem.
_KNOWN_FILTERS = frozenset({
    b"FlateDecode", b"Fl", b"LZWDecode", b"LZW", b"ASCII85Decode", b"A85",
    b"ASCIIHexDecode", b"AHx", b"RunLengthDecode", b"RL", b"CCITTFaxDecode", b"CCF",
    b"DCTDecode", b"DCT", b"JBIG2Decode", b"JPXDecode",
})
_FLATE = frozenset({b"FlateDecode", b"Fl"})
_STARTXREF_RE = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_XREF_HEAD_RE = re.compile(rb"xref\s+")
_SUBSECTION_RE = re.compile(rb"(\d+) (\d+)\s+")
_ENTRY_RE = re.compile(rb"(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)")
_TRAILER_RE = re.compile(rb"trailer\s*<<")
_PREV_RE = re.compile(rb"/Prev\s+(\d+)")
#: The start of a stream's data: the end of its dictionary, the keyword, one end of line.
_STREAM_RE = re.compile(rb">>\s*stream(?:\r\n|\n|\r)")
_OBJ_RE = re.compile(rb"(\d+)\s+\d+\s+obj\b")
#: A page's content: one stream, or an array of them.
_CONTENTS_RE = re.compile(rb"/Contents\s*(?:(\d+)\s+\d+\s+R|\[([^\]]*)\])")
_REF_RE = re.compile(rb"(\d+)\s+\d+\s+R")
#: A stream a font names: its program, its glyph map, its Unicode map; or the metadata.
_FONT_PART_RE = re.compile(
    rb"/(?:FontFile[23]?|CIDToGIDMap|ToUnicode|Metadata)\s*(\d+)\s+\d+\s+R")
#: A font program (its lengths, or a compact font's subtype) or an image.
_NOT_DRAWN_RE = re.compile(
    rb"/Length[123]\b|/Subtype\s*/(?:Image|Type1C|CIDFontType0C|OpenType)\b")
_FILTER_RE = re.compile(rb"/Filter\s*(\[\s*)?/([A-Za-z0-9]+)")
_MAX_REVISIONS = 64


def streams_sound(data: bytes) -> bool:
    """True when no page of ``data`` can hold a content stream that fails to decode (see
    the module's docstring); False when that cannot be shown cheaply."""
    if b"/Encrypt" in data or b"/XRefStm" in data or b"/ObjStm" in data:
        return False
    return _xref_sound(data) and _every_stream_decodes(data)


def _xref_sound(data: bytes) -> bool:
    found = _STARTXREF_RE.search(data, max(len(data) - 1024, 0))
    if found is None:
        return False
    pos: int | None = int(found.group(1))
    seen: set[int] = set()
    while pos is not None:
        if pos in seen or len(seen) >= _MAX_REVISIONS:
            return False
        seen.add(pos)
        head = _XREF_HEAD_RE.match(data, pos)
        if head is None:
            return False
        at = head.end()
        while (sub := _SUBSECTION_RE.match(data, at)) is not None:
            first, count = int(sub.group(1)), int(sub.group(2))
            at = sub.end()
            for number in range(first, first + count):
                entry = _ENTRY_RE.match(data, at)
                if entry is None:
                    return False
                at = entry.end()
                if entry.group(3) == b"n" and not _object_at(
                        data, int(entry.group(1)), number, int(entry.group(2))):
                    return False
        trailer = _TRAILER_RE.match(data, at)
        if trailer is None:
            return False
        end = data.find(b"startxref", trailer.end())
        if end < 0:
            return False
        prev = _PREV_RE.search(data, trailer.end(), end)
        pos = int(prev.group(1)) if prev else None
    return True


def _object_at(data: bytes, offset: int, number: int, generation: int) -> bool:
    return data.startswith(b"%d %d obj" % (number, generation), offset)


def _every_stream_decodes(data: bytes) -> bool:
    """Every stream decodes as far as a page could draw it: font programs, a font's glyph
    and Unicode maps, images and metadata are not a page's content, so their data is not
    inflated, unless a page's ``/Contents`` names them, they say they are a form, or the
    ``/Contents`` cannot all be read here."""
    streams: list[tuple[int, bytes, bytes]] = []
    at = 0
    while (start := _STREAM_RE.search(data, at)) is not None:
        end = data.find(b"endstream", start.end())
        head = _last_object_head(data, start.start())
        if end < 0 or head is None:
            return False
        number, dict_start = head
        streams.append((number, data[dict_start:start.start()], data[start.end():end]))
        at = end + len(b"endstream")
    if len(streams) != data.count(b"endstream"):
        return False
    contents = _contents_objects(data)
    if contents is not None and not contents <= {number for number, _, _ in streams}:
        contents = None  # a /Contents naming an array object: its streams are not known
    font_parts = {int(n) for n in _FONT_PART_RE.findall(data)}
    for number, dictionary, raw in streams:
        drawn = contents is None or number in contents or b"/Form" in dictionary or not (
            number in font_parts or _NOT_DRAWN_RE.search(dictionary))
        if not _stream_decodes(dictionary, raw if drawn else None):
            return False
    return True


def _contents_objects(data: bytes) -> set[int] | None:
    """The objects the pages' ``/Contents`` name; None when one is written another way
    (an annotation's ``/Contents`` is a string, for instance)."""
    numbers: set[int] = set()
    found_all = 0
    for found in _CONTENTS_RE.finditer(data):
        found_all += 1
        if found.group(1) is not None:
            numbers.add(int(found.group(1)))
            continue
        inside = found.group(2)
        if _REF_RE.sub(b"", inside).strip():
            return None
        numbers.update(int(n) for n in _REF_RE.findall(inside))
    return numbers if found_all == data.count(b"/Contents") else None


def _last_object_head(data: bytes, before: int) -> tuple[int, int] | None:
    """(object number, where its dictionary begins) of the stream whose data starts at
    ``before``: the last ``N G obj`` before it."""
    at = data.rfind(b"obj", 0, before)
    while at >= 0:
        found = _OBJ_RE.search(data, max(at - 24, 0), at + 3)
        if found is not None and found.end() == at + 3:
            return int(found.group(1)), found.end()
        at = data.rfind(b"obj", 0, at)
    return None


def _stream_decodes(dictionary: bytes, raw: bytes | None) -> bool:
    """The stream has no filter or a known one, and, unless ``raw`` is None (a stream no
    page draws), its Flate data inflates to the end."""
    filters = dictionary.count(b"/Filter")
    if filters == 0:
        return True
    named = _FILTER_RE.search(dictionary)
    if filters > 1 or named is None or named.group(2) not in _KNOWN_FILTERS:
        return False
    if named.group(2) not in _FLATE or raw is None:
        return True
    inflater = zlib.decompressobj()
    try:
        inflater.decompress(raw)
    except zlib.error:
        return False
    return inflater.eof


__all__ = ["streams_sound"]
