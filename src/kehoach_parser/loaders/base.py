"""What every loader returns."""

from __future__ import annotations

from dataclasses import dataclass, field

from kehoach_parser.document import ParseWarning


@dataclass(slots=True)
class LoadedText:
    """Decoded text ready for the pipeline, and how it was obtained."""

    text: str
    source_format: str  # "text", "markdown", "pdf", "docx", "doc"
    encoding: str | None = None
    warnings: list[ParseWarning] = field(default_factory=list)
