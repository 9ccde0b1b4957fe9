"""How a document is parsed: :class:`ParseOptions`, taken by ``parse``, ``parse_file`` and
``parse_bytes`` and recorded on the result (``Document.provenance``).

>>> from kehoach_parser.options import ParseOptions
>>> ParseOptions(segmenter=False).non_default()
{'segmenter': False}
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from kehoach_parser.loaders.layout_params import LayoutParams
from kehoach_parser.loaders.limits import MAX_TEXT_CHARS
from kehoach_parser.text.normalize import NormalizeOptions

#: The default of :attr:`ParseOptions.max_chars` (``loaders/limits.py``).
DEFAULT_MAX_CHARS = MAX_TEXT_CHARS


class ParseOptions(BaseModel):
    """Everything that changes how a document is parsed.  The defaults are what the
    library is tuned and scored with."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    normalize: NormalizeOptions = Field(
        default_factory=NormalizeOptions,
        description="Which normalisation passes run (all on by default).")
    max_chars: int | None = Field(
        default=DEFAULT_MAX_CHARS, ge=1,
        description="Longest decoded text, in characters, a parse takes (None: no limit); a "
                    "longer one raises ResourceLimit (E008) before any work.  Above two "
                    "million characters the document carries W105.")
    segmenter: bool = Field(
        default=True,
        description="Use underthesea's word segmentation (the 'nlp' extra) to find the head "
                    "noun of count units, when installed; off: the lexicon and the first "
                    "syllable only.")
    pdf_engine: Literal["layout", "fast"] | None = Field(
        default=None,
        description="PDF text engine: 'layout' (pdfminer.six, fonts) or 'fast' (pypdfium2); "
                    "None: $KEHOACH_PDF_ENGINE or 'layout'.")
    layout: LayoutParams = Field(
        default_factory=LayoutParams,
        description="Thresholds of PDF layout analysis (see loaders/layout_params.py).")

    def non_default(self) -> dict[str, Any]:
        """The options that differ from the defaults, as JSON-ready data."""
        data: dict[str, Any] = self.model_dump(mode="json", exclude_defaults=True)
        return data


#: The default options.
DEFAULT_OPTIONS = ParseOptions()
