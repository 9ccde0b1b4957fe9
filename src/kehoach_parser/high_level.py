"""The front door: parse text or a file into a :class:`~kehoach_parser.document.Document`.

Every entry point takes ``options`` (:class:`~kehoach_parser.options.ParseOptions`); the
result records them, the library version and whether word segmentation ran in
``Document.provenance``.
"""

from __future__ import annotations

from pathlib import Path

from kehoach_parser.document import Document
from kehoach_parser.loaders import FileLimits, load_bytes, load_path
from kehoach_parser.loaders.base import LoadedText
from kehoach_parser.options import DEFAULT_OPTIONS, ParseOptions
from kehoach_parser.pipeline import run_pipeline


def parse(text: str, *, source: str | None = None,
          options: ParseOptions | None = None) -> Document:
    """Parse a decoded document text.

    ``options``: :class:`~kehoach_parser.options.ParseOptions` (None: the defaults).  A text
    longer than ``options.max_chars`` characters (20 million by default; ``None``: no limit)
    raises ``ResourceLimit`` (E008) before any work; one over two million characters is
    parsed with warning W105.

    >>> doc = parse("KẾ HOẠCH\\nVề việc ...\\n\\nI. MỤC ĐÍCH, YÊU CẦU\\n")
    >>> doc.sections[0].kind
    'purpose'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str, not {type(text).__name__}; use parse_file/parse_bytes")
    return run_pipeline(text, source=source, options=options)


def parse_file(path: str | Path, *, pdf_engine: str | None = None,
               limits: FileLimits | None = None,
               options: ParseOptions | None = None) -> Document:
    """Load ``path`` (text, Markdown, PDF, DOCX, DOC; any encoding) and parse it.

    ``pdf_engine``: "layout" (pdfminer layout analysis, the default) or "fast"
    (pypdfium2 text, ~12× faster, no bold/size cues); see ``docs/loaders.md``.  Given, it
    replaces ``options.pdf_engine``.
    ``limits``: file size and zip limits (:class:`~kehoach_parser.loaders.FileLimits`, by
    default the same as batch mode's); a file past them raises ``ResourceLimit`` unread.
    ``options``: :class:`~kehoach_parser.options.ParseOptions` (None: the defaults).
    """
    opts = _with_engine(options, pdf_engine)
    loaded = load_path(path, pdf_engine=opts.pdf_engine, limits=limits, layout=opts.layout)
    return finish_loaded(run_pipeline(loaded.text, source=str(path), options=opts), loaded)


def parse_bytes(
    data: bytes, *, name: str = "", source: str | None = None, pdf_engine: str | None = None,
    limits: FileLimits | None = None, options: ParseOptions | None = None,
) -> Document:
    """Parse the raw contents of a file called ``name`` (content and name pick the format;
    ``pdf_engine``, ``limits`` and ``options`` as in :func:`parse_file`)."""
    opts = _with_engine(options, pdf_engine)
    loaded = load_bytes(data, name=name, path=source, pdf_engine=opts.pdf_engine,
                        limits=limits, layout=opts.layout)
    return finish_loaded(run_pipeline(loaded.text, source=source or name or None, options=opts),
                   loaded)


def _with_engine(options: ParseOptions | None, pdf_engine: str | None) -> ParseOptions:
    opts = options or DEFAULT_OPTIONS
    if pdf_engine is not None:  # unchecked here: the loader names the engines it knows
        opts = opts.model_copy(update={"pdf_engine": pdf_engine})
    return opts


def finish_loaded(doc: Document, loaded: LoadedText) -> Document:
    """``doc`` with the loader's format, encoding and warnings (the loader's warnings first)."""
    doc.source_format = loaded.source_format
    doc.encoding = loaded.encoding
    doc.warnings = [*loaded.warnings, *doc.warnings]
    return doc
