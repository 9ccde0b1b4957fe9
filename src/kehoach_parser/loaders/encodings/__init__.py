"""Legacy Vietnamese encodings: TCVN3 (ABC), VNI-Windows, VISCII, Windows-1258.

* :func:`decode_legacy_bytes` — bytes that are not UTF-8 -> :class:`LoadedText`.
* :func:`repair_legacy_text` — Unicode text with pasted legacy runs -> repaired text and
  the warnings to attach.
* :mod:`.tcvn3`, :mod:`.vni`, :mod:`.viscii` — the conversion tables (our own, written
  from the code pages).
"""

from __future__ import annotations

from kehoach_parser.document import ParseWarning
from kehoach_parser.errors import EncodingError
from kehoach_parser.loaders.base import LoadedText
from kehoach_parser.loaders.encodings import tcvn3, viscii, vni
from kehoach_parser.loaders.encodings.detect import (
    Detection,
    RunRepair,
    bytes_to_latin,
    decode_tcvn3,
    detect_and_decode,
    repair_runs,
    restore_tcvn3_case,
)

__all__ = [
    "Detection",
    "RunRepair",
    "bytes_to_latin",
    "decode_legacy_bytes",
    "decode_tcvn3",
    "detect_and_decode",
    "repair_legacy_text",
    "repair_runs",
    "restore_tcvn3_case",
    "tcvn3",
    "viscii",
    "vni",
]

_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI-Windows", "viscii": "VISCII",
          "cp1258": "Windows-1258", "cp1252": "Windows-1252"}


def decode_legacy_bytes(data: bytes, *, path: str | None = None) -> LoadedText:
    """Decode bytes that are not UTF-8 by picking the most Vietnamese-looking reading."""
    if b"\x00" in data[:4000]:
        raise EncodingError("binary data, not text", path=path)
    det = detect_and_decode(data)
    warnings: list[ParseWarning] = []
    if det.encoding != "cp1252":
        warnings.append(ParseWarning(
            code="W102",
            message=f"legacy encoding {_NAMES[det.encoding]} converted to Unicode",
        ))
    return LoadedText(det.text, "text", det.encoding, warnings)


def repair_legacy_text(text: str) -> tuple[str, list[ParseWarning]]:
    """Repair legacy runs inside Unicode text; returns the text and a W103 warning if any."""
    fixed = repair_runs(text)
    if not fixed.runs:
        return text, []
    what = ", ".join(f"{n} {_NAMES[k]}" for k, n in sorted(fixed.runs.items()))
    return fixed.text, [ParseWarning(
        code="W103", message=f"mixed encodings: runs converted to Unicode ({what})",
    )]
