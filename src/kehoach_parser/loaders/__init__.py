"""Loaders turn files into decoded text; one module per format.

:func:`load_path` picks the loader from the file's content (magic bytes) and extension.
PDF and DOCX need the ``pdf`` / ``docx`` extras; a missing extra raises
:class:`~kehoach_parser.errors.MissingDependency` naming what to install.  ``.doc`` needs
LibreOffice.  PDF text comes from one of two engines (``pdf_engine="layout"``, the default,
or ``"fast"``; see :mod:`kehoach_parser.loaders.pdf` and ``docs/loaders.md``).

Every entry point takes ``limits`` (:class:`~kehoach_parser.loaders.limits.FileLimits`): a
file over the size limit, or a DOCX that would unpack past the zip limits batch mode uses
(member count, total size, compression ratio), raises
:class:`~kehoach_parser.errors.ResourceLimit` before it is read or inflated.
"""

from __future__ import annotations

import os
from pathlib import Path

from kehoach_parser.errors import CorruptFile, EmptyDocument, UnsupportedFormat
from kehoach_parser.loaders.base import LoadedText
from kehoach_parser.loaders.layout_params import LayoutParams
from kehoach_parser.loaders.limits import DEFAULT_LIMITS, FileLimits, check_size
from kehoach_parser.loaders.text import decode_text_bytes
from kehoach_parser.log import get_logger

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ""})
_log = get_logger("loaders")


#: Magic bytes of files that are not documents the library reads, and what they are.
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image (OCR is out of scope)"),
    (b"\xff\xd8\xff", "a JPEG image (OCR is out of scope)"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image (OCR is out of scope)"),
    (b"MM\x00*", "a TIFF image (OCR is out of scope)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"{\\rtf", "an RTF document (save it as .docx)"),
)


def binary_kind(data: bytes) -> str | None:
    """What a non-document binary file is, from its first bytes, or None."""
    return next((what for magic, what in BINARY_MAGIC if data.startswith(magic)), None)


def sniff_format(data: bytes, suffix: str) -> str:
    """Name the format of ``data``: 'pdf', 'docx', 'doc', 'zip', 'binary' or 'text'."""
    head = data[:8]
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if suffix in (".docx", ".docm", "") or b"word/" in data[:4096] else "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    if binary_kind(data) is not None:
        return "binary"
    if suffix == ".pdf":
        return "pdf"
    if suffix in (".docx", ".doc"):
        return suffix[1:]
    return "text"


def load_bytes(
    data: bytes, *, name: str = "", path: str | None = None, pdf_engine: str | None = None,
    limits: FileLimits | None = None, layout: LayoutParams | None = None,
) -> LoadedText:
    """Decode ``data`` (the contents of a file called ``name``) into text.

    ``pdf_engine`` picks the PDF text engine ("layout" or "fast"); None means the default
    (``$KEHOACH_PDF_ENGINE`` or "layout").  ``limits``: see the module docstring (None: the
    defaults, the same as batch mode's).  ``layout``: PDF layout thresholds (None: the
    tuned defaults)."""
    where = path or name or None
    limits = limits or DEFAULT_LIMITS
    if not data:
        raise EmptyDocument("the file is empty", path=where)
    check_size(len(data), limits, where)
    suffix = Path(name).suffix.lower() if name else ""
    fmt = sniff_format(data, suffix)
    _log.debug("%s: %d bytes read as %s", where or "<bytes>", len(data), fmt)
    if fmt == "binary":
        raise UnsupportedFormat(f"not a document: {binary_kind(data)}", path=where)
    if fmt == "text":
        if suffix not in TEXT_SUFFIXES and suffix not in (".pdf", ".docx", ".doc"):
            raise UnsupportedFormat(f"unsupported file type '{suffix}'", path=where)
        loaded = decode_text_bytes(data, path=where)
        if loaded.encoding not in (None, "utf-8", "ascii"):
            _log.info("%s: decoded from %s", where or "<bytes>", loaded.encoding)
        if suffix in (".md", ".markdown"):
            loaded.source_format = "markdown"
        return loaded
    if fmt == "pdf":
        from kehoach_parser.loaders.pdf import load_pdf_bytes

        return load_pdf_bytes(data, path=where, engine=pdf_engine, layout=layout)
    if fmt == "docx":
        from kehoach_parser.loaders.docx import load_docx_bytes

        return load_docx_bytes(data, path=where, limits=limits)
    if fmt == "doc":
        from kehoach_parser.loaders.doc import load_doc_bytes

        return load_doc_bytes(data, path=where, limits=limits)
    if fmt == "zip":
        if suffix not in ("", ".zip"):  # .odt, .xlsx, .pptx, .epub ... are zips too
            raise UnsupportedFormat(f"unsupported file type '{suffix}' (save it as .docx)",
                                    path=where)
        raise UnsupportedFormat("a zip archive is not a document; use 'kehoach batch'",
                                path=where)
    raise CorruptFile("unrecognised content", path=where)  # pragma: no cover


def load_path(path: str | Path, *, pdf_engine: str | None = None,
              limits: FileLimits | None = None,
              layout: LayoutParams | None = None) -> LoadedText:
    """Read and decode the file at ``path`` (``pdf_engine``, ``limits`` and ``layout`` as in
    :func:`load_bytes`; a file over the size limit is refused before it is read)."""
    p = Path(path)
    limits = limits or DEFAULT_LIMITS
    try:
        with p.open("rb") as fh:
            check_size(os.fstat(fh.fileno()).st_size, limits, str(p))
            data = fh.read(limits.max_file_size + 1)  # bounded even if the file grows
    except IsADirectoryError:
        raise UnsupportedFormat("is a directory", path=p) from None
    except FileNotFoundError:
        raise
    return load_bytes(data, name=p.name, path=str(p), pdf_engine=pdf_engine, limits=limits,
                      layout=layout)


__all__ = ["BINARY_MAGIC", "DEFAULT_LIMITS", "TEXT_SUFFIXES", "FileLimits", "LayoutParams",
           "LoadedText", "binary_kind", "load_bytes", "load_path", "sniff_format"]
