"""Finding PDF pages whose text cannot be read in full, so the loss is reported (W120).

Neither PDF library says when a page loses text: pdfminer.six decodes a damaged deflate
stream to nothing (or to what precedes the damage) without an error, and PDFium draws what
it can.  So, per page:

* :func:`stream_problems` inflates the page's content streams (and the form XObjects it
  draws) once more, the way pdfminer does, and names each one that does not decode: damaged
  deflate data (anything but a bad checksum, which loses nothing) or a filter no reader
  knows.  It needs only pdfminer.six (the ``pdf`` extra), whichever engine extracts the text.
* :class:`PdfminerLog` collects what pdfminer *logs* while it interprets one page
  (operators it had to skip, strings it could not draw).
* A page whose interpretation raises is kept as an empty page with the error as its problem;
  the other pages are read as usual.
"""

from __future__ import annotations

import logging
import threading
import zlib
from collections.abc import Iterator
from types import TracebackType
from typing import Any

#: Loggers of pdfminer whose warnings mean a page's content was not all understood.
_CONTENT_LOGGERS = ("pdfminer.pdfinterp", "pdfminer.pdfdevice", "pdfminer.psparser")
_MAX_PROBLEMS = 3  # per page, in the warning


def _name(obj: object) -> str:
    return str(getattr(obj, "name", obj))


def inflate_problem(data: bytes) -> str | None:
    """Why deflate ``data`` loses content, or None.  A stream that is only truncated, or
    whose checksum is wrong, decodes to everything it holds (pdfminer keeps that)."""
    try:
        zlib.decompressobj().decompress(data)
        return None
    except zlib.error as exc:
        try:  # the error was in the 4-byte checksum only: nothing is lost
            zlib.decompressobj().decompress(data[:-4])
            return None
        except zlib.error:
            return f"damaged deflate data ({exc})"


def _stream_problem(stream: Any) -> str | None:
    from pdfminer import pdftypes

    if stream.rawdata is None:  # decoded already (a stream shared by several pages)
        return None
    try:
        filters = stream.get_filters()
        data = stream.rawdata
        if stream.decipher:
            data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    except Exception as exc:  # noqa: BLE001 - a damaged stream dictionary
        return f"unreadable stream ({type(exc).__name__}: {exc})"
    if not filters:
        return None
    first = filters[0][0]
    if first in pdftypes.LITERALS_FLATE_DECODE:
        return inflate_problem(data)
    known = (pdftypes.LITERALS_LZW_DECODE + pdftypes.LITERALS_ASCII85_DECODE
             + pdftypes.LITERALS_ASCIIHEX_DECODE + pdftypes.LITERALS_RUNLENGTH_DECODE
             + pdftypes.LITERALS_CCITTFAX_DECODE + pdftypes.LITERALS_DCT_DECODE
             + pdftypes.LITERALS_JBIG2_DECODE + pdftypes.LITERALS_JPX_DECODE)
    if first not in known:
        return f"unsupported filter /{_name(first)}"
    return None


def _page_streams(pdf_page: Any) -> Iterator[tuple[str, Any]]:
    """(label, stream) of the page's content streams and the form XObjects it names."""
    from pdfminer.pdftypes import PDFStream, resolve1

    for obj in pdf_page.contents or []:
        stream = resolve1(obj)
        if isinstance(stream, PDFStream):
            yield f"content stream {stream.objid}", stream
    resources = resolve1(pdf_page.resources) if pdf_page.resources else None
    xobjects = resolve1(resources.get("XObject")) if isinstance(resources, dict) else None
    if isinstance(xobjects, dict):
        for key, obj in xobjects.items():
            stream = resolve1(obj)
            if isinstance(stream, PDFStream) and _name(stream.get("Subtype")) == "Form":
                yield f"form XObject /{key} ({stream.objid})", stream


def stream_problems(pdf_page: Any) -> list[str]:
    """What in the page's streams cannot be decoded (call before interpreting the page)."""
    problems: list[str] = []
    try:
        for label, stream in _page_streams(pdf_page):
            why = _stream_problem(stream)
            if why:
                problems.append(f"{label}: {why}")
    except Exception as exc:  # noqa: BLE001 - a damaged resource dictionary
        problems.append(f"unreadable page resources ({type(exc).__name__}: {exc})")
    return problems


def pdfminer_stream_problems(data: bytes) -> dict[int, list[str]] | None:
    """Page number -> problems, for a PDF read by another engine; None when pdfminer.six is
    not installed or cannot parse the file (the engine that read it was more tolerant).
    A file whose streams all decode (:func:`.pdf_sound.streams_sound`) has none, and is not
    parsed."""
    from kehoach_parser.loaders.pdf_sound import streams_sound

    if streams_sound(data):
        return {}
    return pdfminer_page_problems(data)


def pdfminer_page_problems(data: bytes) -> dict[int, list[str]] | None:
    """:func:`pdfminer_stream_problems` without the shortcut for a sound file: pdfminer.six
    parses the file and looks at every page's streams."""
    try:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser
    except ImportError:
        return None
    import io

    found: dict[int, list[str]] = {}
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
        for number, pdf_page in enumerate(PDFPage.create_pages(document), start=1):
            problems = stream_problems(pdf_page)
            if problems:
                found[number] = problems
    except Exception:  # noqa: BLE001 - only a second opinion
        return found or None
    return found


class PdfminerLog(logging.Handler):
    """Collects the warnings pdfminer logs in this thread while the block runs."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []
        self._thread = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self._thread and len(self.messages) < 100:
            try:
                self.messages.append(record.getMessage()[:200])
            except Exception:  # noqa: BLE001 - a message that cannot be formatted
                self.messages.append(str(record.msg)[:200])

    def __enter__(self) -> PdfminerLog:
        for name in _CONTENT_LOGGERS:
            logging.getLogger(name).addHandler(self)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        for name in _CONTENT_LOGGERS:
            logging.getLogger(name).removeHandler(self)


def describe(number: int, problems: list[str]) -> str:
    """The W120 message of one page."""
    shown = "; ".join(problems[:_MAX_PROBLEMS])
    more = f" (and {len(problems) - _MAX_PROBLEMS} more)" if len(problems) > _MAX_PROBLEMS else ""
    return f"page {number} could not be read in full: {shown}{more}; its text is missing or " \
           "incomplete"


__all__ = ["PdfminerLog", "describe", "inflate_problem", "pdfminer_page_problems",
           "pdfminer_stream_problems", "stream_problems"]
