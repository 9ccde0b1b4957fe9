"""The front door: parse text or a file into a :class:`~kehoach_parser.document.Document`."""

from __future__ import annotations

from pathlib import Path

from kehoach_parser.document import Document
from kehoach_parser.loaders import FileLimits, load_bytes, load_path
from kehoach_parser.loaders.limits import MAX_TEXT_CHARS
from kehoach_parser.pipeline import run_pipeline


def parse(text: str, *, source: str | None = None,
          max_chars: int | None = MAX_TEXT_CHARS) -> Document:
    """Parse a decoded document text.

    A text longer than ``max_chars`` characters (``None``: no limit) raises
    ``ResourceLimit`` (E008) before any work; one over two million characters is parsed with
    warning W105.

    >>> doc = parse("KẾ HOẠCH\\nVề việc ...\\n\\nI. MỤC ĐÍCH, YÊU CẦU\\n")
    >>> doc.sections[0].kind
    'purpose'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str, not {type(text).__name__}; use parse_file/parse_bytes")
    return run_pipeline(text, source=source, max_chars=max_chars)


def parse_file(path: str | Path, *, pdf_engine: str | None = None,
               limits: FileLimits | None = None,
               max_chars: int | None = MAX_TEXT_CHARS) -> Document:
    """Load ``path`` (text, Markdown, PDF, DOCX, DOC; any encoding) and parse it.

    ``pdf_engine``: "layout" (pdfminer layout analysis, the default) or "fast"
    (pypdfium2 text, ~12× faster, no bold/size cues); see ``docs/loaders.md``.
    ``limits``: file size and zip limits (:class:`~kehoach_parser.loaders.FileLimits`, by
    default the same as batch mode's); a file past them raises ``ResourceLimit`` unread.
    ``max_chars``: as in :func:`parse`, for the decoded text.
    """
    loaded = load_path(path, pdf_engine=pdf_engine, limits=limits)
    return _finish(run_pipeline(loaded.text, source=str(path), max_chars=max_chars), loaded)


def parse_bytes(
    data: bytes, *, name: str = "", source: str | None = None, pdf_engine: str | None = None,
    limits: FileLimits | None = None, max_chars: int | None = MAX_TEXT_CHARS,
) -> Document:
    """Parse the raw contents of a file called ``name`` (content and name pick the format;
    ``limits`` and ``max_chars`` as in :func:`parse_file`)."""
    loaded = load_bytes(data, name=name, path=source, pdf_engine=pdf_engine, limits=limits)
    return _finish(run_pipeline(loaded.text, source=source or name or None,
                                max_chars=max_chars), loaded)


def _finish(doc: Document, loaded: object) -> Document:
    from kehoach_parser.loaders.base import LoadedText

    assert isinstance(loaded, LoadedText)
    doc.source_format = loaded.source_format
    doc.encoding = loaded.encoding
    doc.warnings = [*loaded.warnings, *doc.warnings]
    return doc
