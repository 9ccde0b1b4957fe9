"""Typed errors and warning codes.

Errors (``E###``) are raised when a document cannot be read at all; each subclass of
:class:`KehoachError` names the condition so callers can ``except`` it precisely, and its
message names the file.  Warnings (``W###``) are attached to a parsed
:class:`~kehoach_parser.document.Document` when the parser met something it could not
resolve but still produced a record.
"""

from __future__ import annotations

from pathlib import Path


class KehoachError(Exception):
    """Base class of every error the library raises on bad input."""

    code = "E000"

    def __init__(self, message: str, *, path: str | Path | None = None) -> None:
        self.path = str(path) if path is not None else None
        prefix = f"[{self.code}] "
        where = f"{self.path}: " if self.path else ""
        super().__init__(prefix + where + message)
        self.message = message


class UnsupportedFormat(KehoachError):
    """The file is not a format the library reads (or the extra it needs is missing)."""

    code = "E001"


class CorruptFile(KehoachError):
    """The file claims a format but cannot be decoded as it."""

    code = "E002"


class EncryptedPDF(KehoachError):
    """The PDF is encrypted and cannot be read without a password."""

    code = "E003"


class NoTextLayer(KehoachError):
    """The PDF has no usable text layer (a scan, or glyphs without a Unicode map).

    OCR is out of scope: run an OCR tool first and parse its text output.
    """

    code = "E004"


class EncodingError(KehoachError):
    """The bytes could not be decoded in any encoding the library knows."""

    code = "E005"


class EmptyDocument(KehoachError):
    """The file holds no text at all."""

    code = "E006"


class MissingDependency(KehoachError):
    """An optional dependency (an extra) or an external program is needed and absent."""

    code = "E007"


class ResourceLimit(KehoachError):
    """A document exceeded a size, time or memory limit (a file or zip past
    :class:`~kehoach_parser.loaders.FileLimits`, a text past ``max_chars``, or a batch
    worker's time or memory)."""

    code = "E008"


# --- E02x: the batch store and exports (``kehoach batch``, ``export``, ``indicators``) --------
class StoreError(KehoachError):
    """A batch store cannot be used: missing, or one of the conditions below."""

    code = "E020"


class StoreCorrupt(StoreError):
    """The store file is not an SQLite database, or its pages are damaged."""

    code = "E021"


class ForeignStore(StoreError):
    """An SQLite database that is not a kehoach store (it is never written to)."""

    code = "E022"


class StoreVersionError(StoreError):
    """The store has another schema version (a newer kehoach_parser wrote it, or an older)."""

    code = "E023"


class StoreReadOnly(StoreError):
    """The store (or its folder) cannot be written; it can still be read."""

    code = "E024"


class StoreLocked(StoreError):
    """Another batch holds the store's writer lock."""

    code = "E025"


class StoreFull(StoreError):
    """SQLite reported "database or disk is full" while writing the store."""

    code = "E026"


class OutputError(KehoachError):
    """An output path (``kehoach export --out``) cannot be written: empty, an existing file,
    or a folder without write permission."""

    code = "E027"


class ModelError(KehoachError):
    """A shipped model file is unreadable, malformed, or does not match its digest."""

    code = "E009"


#: Warning codes attached to documents.  Kept in one table so they stay stable.
WARNINGS: dict[str, str] = {
    "W100": "a parsing stage failed; its records are missing from this document",
    "W101": "impossible calendar date",
    "W102": "legacy encoding converted to Unicode",
    "W103": "mixed encodings: some runs converted from a legacy encoding",
    "W104": "spelling repaired",
    "W105": "document is very large; parsing takes longer and needs more memory",
    "W106": "no issuing body in the header; the issuer was taken from the body (\"… ban hành\")",
    "W107": "ambiguous number notation: a value read the Vietnamese way in a document that also "
            "writes figures the English way",
    "W108": "PDF page furniture removed",
    "W109": "DOCX numbering could not be resolved; labels may be missing",
    "W110": "one unit (an item, a clause or a table) could not be read; the rest was kept",
    "W111": "invalid UTF-8 bytes replaced; the rest of the file was read as UTF-8",
    "W112": "font-conversion damage repaired (look-alike letters, confused capitals, letters "
            "spaced out)",
    "W113": "a shipped model file was refused (damaged or modified); rules used alone",
    "W114": "double-encoded UTF-8 (mojibake) repaired",
    "W115": "the text does not read as Vietnamese; its records are marked low confidence",
    "W120": "a PDF page could not be read in full (damaged content stream); its text is "
            "missing or incomplete",
    "W130": "does not look like an administrative document (no header, section or "
            "administrative vocabulary, or another language)",
}
