"""The state shared by the pipeline's stages while one document is parsed.

Each stage (see :mod:`kehoach_parser.pipeline`) reads what earlier stages left here and adds
its own results.  Stages never see each other's internals, only this object.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import Field

from kehoach_parser.document import (
    DateMention,
    DocumentMetadata,
    Indicator,
    ParseWarning,
    Recipient,
    Reference,
    SectionNode,
    Signer,
    Span,
    Term,
)
from kehoach_parser.text.aligned import AlignedText
from kehoach_parser.text.lines import Label, Line


@dataclass(slots=True)
class OutlineEntry:
    """One labelled line of the body, heading or item, with its place in the tree."""

    line: Line
    label: Label
    level: int
    is_heading: bool
    title: str | None  # headings only
    section_path: tuple[str, ...]  # labels of the enclosing headings, outermost first
    category: str | None  # policy area inherited from the enclosing headings


class Metadata(DocumentMetadata):
    """The document's metadata fields (declared once, on :class:`DocumentMetadata`) while
    the stages fill them, with the span each was read from."""

    spans: dict[str, Span] = Field(default_factory=dict)


@dataclass(slots=True)
class ParseContext:
    """What the stages share.  :func:`~kehoach_parser.pipeline.assemble` copies every
    attribute named like a :class:`~kehoach_parser.document.Document` field (or mapped to
    one in ``pipeline.CONTEXT_NAMES``) onto the document, and the metadata fields from
    :attr:`metadata`."""

    aligned: AlignedText
    lines: list[Line]
    source: str | None = None
    # --- filled by the stages ---
    #: [start, end) of the body: after the header block, before "Nơi nhận"/signature.
    body: Span = (0, 0)
    outline: list[OutlineEntry] = field(default_factory=list)
    sections: list[SectionNode] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)
    signers: list[Signer] = field(default_factory=list)
    recipients: list[Recipient] = field(default_factory=list)
    archive: list[str] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    results: list[Indicator] = field(default_factory=list)  # report figures and facts
    warnings: list[ParseWarning] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.aligned.text

    def warn(self, code: str, message: str, span: Span | None = None) -> None:
        self.warnings.append(ParseWarning(code=code, message=message, span=span))
