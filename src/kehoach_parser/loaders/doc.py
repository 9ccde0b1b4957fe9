"""Old binary Word files (.doc, Word 97-2003), read through LibreOffice.

LibreOffice converts the file twice: to DOCX, which :mod:`.docx` reads (paragraphs, tables,
fonts, cues), and to plain text, which carries the list labels as LibreOffice prints them.
The printed labels win over the DOCX numbering, because LibreOffice's DOCX export can split
one Word 97 list into several and so renumber it.

LibreOffice (``soffice``) must be on the PATH, or named by ``$KEHOACH_SOFFICE``; without it
:class:`~kehoach_parser.errors.MissingDependency` says what to install.  An OLE file that is
not a Word document (Excel, PowerPoint), or an encrypted Office file, is refused with
:class:`~kehoach_parser.errors.UnsupportedFormat` before anything runs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from kehoach_parser.errors import CorruptFile, MissingDependency, UnsupportedFormat
from kehoach_parser.loaders.base import LoadedText
from kehoach_parser.loaders.limits import FileLimits

CONVERT_TIMEOUT_S = 120
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_ENCRYPTED_STREAMS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
_OTHER_OFFICE = {
    "Workbook".encode("utf-16-le"): "an Excel workbook",
    "PowerPoint Document".encode("utf-16-le"): "a PowerPoint presentation",
}


def find_soffice() -> str | None:
    """The LibreOffice program to run, or None."""
    env = os.environ.get("KEHOACH_SOFFICE")
    if env:
        return env if Path(env).exists() or shutil.which(env) else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def _check_ole(data: bytes, path: str | None) -> None:
    head = data[:262_144]
    if any(s in head for s in _ENCRYPTED_STREAMS):
        raise UnsupportedFormat(
            "the Office document is encrypted (password-protected); save an unprotected copy",
            path=path,
        )
    if _WORD_STREAM not in head:
        for marker, what in _OTHER_OFFICE.items():
            if marker in head:
                raise UnsupportedFormat(f"this is {what}, not a Word document", path=path)
        if len(data) < 1536:
            raise CorruptFile("truncated OLE (Word 97-2003) file", path=path)


TEXT_FILTER = "txt:Text (encoded):UTF8"


def convert_doc(data: bytes, *, path: str | None = None, target: str = TEXT_FILTER) -> bytes:
    """Run LibreOffice headless to convert .doc bytes (to UTF-8 text by default)."""
    soffice = find_soffice()
    if soffice is None:
        raise MissingDependency(
            "reading .doc (Word 97-2003) needs LibreOffice: install it "
            "(Debian/Ubuntu: apt-get install libreoffice-writer) or save the file as .docx",
            path=path,
        )
    with tempfile.TemporaryDirectory(prefix="kehoach-doc-") as tmp:
        src = Path(tmp) / "input.doc"
        src.write_bytes(data)
        cmd = [
            soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
            "--norestore", "--convert-to", target, "--outdir", tmp, str(src),
        ]
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=CONVERT_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired:
            raise CorruptFile(
                f"LibreOffice did not convert the file within {CONVERT_TIMEOUT_S} s", path=path
            ) from None
        except OSError as exc:
            raise MissingDependency(f"cannot run LibreOffice ({soffice}): {exc}",
                                    path=path) from None
        suffix = target.split(":", 1)[0]
        out = Path(tmp) / f"input.{suffix}"
        if proc.returncode != 0 or not out.exists() or out.stat().st_size == 0:
            detail = (proc.stderr or proc.stdout or b"").decode("utf-8", "replace").strip()
            raise CorruptFile(
                "LibreOffice could not convert the .doc file"
                + (f": {detail[:200]}" if detail else ""), path=path,
            )
        return out.read_bytes()


def load_doc_bytes(data: bytes, *, path: str | None = None,
                   limits: FileLimits | None = None) -> LoadedText:
    """Read a Word 97-2003 file through LibreOffice and the DOCX loader."""
    _check_ole(data, path)
    from kehoach_parser.loaders.docx import label_hints_from_text, load_docx_bytes

    as_docx = convert_doc(data, path=path, target="docx")
    printed = convert_doc(data, path=path).decode("utf-8-sig", errors="replace")
    loaded = load_docx_bytes(as_docx, path=path, label_hints=label_hints_from_text(printed),
                             limits=limits)
    loaded.source_format = "doc"
    return loaded
