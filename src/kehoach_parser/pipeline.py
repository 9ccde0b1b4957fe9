"""The parsing pipeline: every stage is registered here, in the order it runs.

A stage is a function ``(ParseContext) -> None``.  A stage that raises does not lose the
document: its records stay empty and the document carries warning ``W100`` naming it.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from kehoach_parser.context import ParseContext
from kehoach_parser.document import Document, DocumentMetadata, Provenance
from kehoach_parser.extract.dates import extract_dates
from kehoach_parser.extract.footer import parse_footer
from kehoach_parser.extract.header import parse_header
from kehoach_parser.extract.indicators import extract_indicators
from kehoach_parser.extract.indicators.units import segmenter_scope
from kehoach_parser.extract.language import check_language, mark_low_confidence
from kehoach_parser.extract.outline import build_outline
from kehoach_parser.extract.plausibility import check_plausibility
from kehoach_parser.extract.references import extract_references
from kehoach_parser.loaders.limits import check_text_size
from kehoach_parser.log import get_logger
from kehoach_parser.options import DEFAULT_OPTIONS, ParseOptions
from kehoach_parser.text.lines import split_lines
from kehoach_parser.text.normalize import NormalizeOptions, normalize
from kehoach_parser.version import __version__

StageFn = Callable[[ParseContext], None]

_log = get_logger("pipeline")


@dataclass(frozen=True)
class Stage:
    name: str
    run: StageFn


#: The stages, in order.  Later stages may read what earlier ones produced.
STAGES: tuple[Stage, ...] = (
    Stage("language", check_language),      # W115 when the text does not read as Vietnamese
    Stage("footer", parse_footer),          # finds where the body ends
    Stage("header", parse_header),          # finds where the body starts; metadata
    Stage("outline", build_outline),        # section tree and labelled items
    Stage("references", extract_references),
    Stage("dates", extract_dates),          # needs references (role "reference")
    Stage("indicators", extract_indicators),  # needs outline and dates
    Stage("plausibility", check_plausibility),  # W130: not an administrative document
    Stage("confidence", mark_low_confidence),  # records of a W115/W130 document: low confidence
)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the stages run.

    A parse allocates many small objects that live to its end (lines, matches, records); each
    full collection walks all of them, so on a large document the collector's work grows
    faster than the text (about a quarter of the time at 1 MB).  Reference counting still
    frees everything that is not in a cycle; the collector is switched back on (if it was
    on) when the stages end, whatever happens.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def run_pipeline(
    text: str,
    *,
    source: str | None = None,
    stages: tuple[Stage, ...] = STAGES,
    normalize_options: NormalizeOptions | None = None,
    options: ParseOptions | None = None,
) -> Document:
    """Normalise ``text``, run the stages, assemble the document and record how it was
    made (``Document.provenance``).  ``normalize_options``, when given, replaces
    ``options.normalize``."""
    opts = options or DEFAULT_OPTIONS
    if normalize_options is not None:
        opts = opts.model_copy(update={"normalize": normalize_options})
    notes: list[tuple[str, str]] = []
    large = check_text_size(len(text), opts.max_chars)  # ResourceLimit (E008) above it
    if large is not None:
        notes.append(("W105", large))
    aligned = normalize(text, opts.normalize, notes)
    ctx = ParseContext(aligned=aligned, lines=split_lines(aligned.text), source=source)
    for code, message in notes:
        ctx.warn(code, message)
    ctx.body = (0, len(aligned.text))
    with segmenter_scope(opts.segmenter) as segmenter, _collector_paused():
        for stage in stages:
            try:
                stage.run(ctx)
            except Exception as exc:  # noqa: BLE001 - one stage must not lose the document
                ctx.warn("W100", f"stage '{stage.name}' failed: {type(exc).__name__}: {exc}")
                _log.warning("%s: stage '%s' failed (W100): %s: %s", source or "<text>",
                             stage.name, type(exc).__name__, exc,
                             exc_info=_log.isEnabledFor(10))
    doc = assemble(ctx)
    doc.provenance = Provenance(library_version=__version__, options=opts.non_default(),
                                segmenter_used=segmenter.used)
    doc._alignment = aligned  # Document.to_original; private, never serialised
    if _log.isEnabledFor(logging.DEBUG):  # ``doc.sections`` builds the flat view
        _log.debug("%s: %d characters, %d sections, %d indicators, %d results, %d dates, "
                   "%d references, %d warnings", source or "<text>", len(doc.text),
                   len(doc.sections), len(doc.indicators), len(doc.results), len(doc.dates),
                   len(doc.references), len(doc.warnings))
    return doc


#: Document fields whose ParseContext attribute has another name.
CONTEXT_NAMES: dict[str, str] = {"section_tree": "sections", "recipient_entries": "recipients"}


def assemble(ctx: ParseContext, model: type[Document] = Document) -> Document:
    """The document the stages built: the metadata fields from ``ctx.metadata`` (and their
    spans as ``field_spans``), every other field of ``model`` from the context attribute of
    the same name (or the one :data:`CONTEXT_NAMES` gives).  Fields the context does not
    hold (``source_format``, ``encoding``, ``provenance``) are set by the front door."""
    md = ctx.metadata
    values: dict[str, Any] = {name: getattr(md, name) for name in DocumentMetadata.model_fields}
    for name in model.model_fields:
        attr = CONTEXT_NAMES.get(name, name)
        if name not in values and hasattr(ctx, attr):
            values[name] = getattr(ctx, attr)
    values["field_spans"] = dict(md.spans)
    values["parser_version"] = __version__
    return model(**values)
