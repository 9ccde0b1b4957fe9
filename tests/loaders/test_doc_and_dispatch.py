"""Old .doc files through LibreOffice (a stand-in program here), and bad inputs of every
kind: each gives a typed error naming the file, never a dependency's traceback."""

from __future__ import annotations

import io
import os
import stat
import sys
import zipfile
from pathlib import Path

import pytest

from kehoach_parser import parse_bytes, parse_file
from kehoach_parser.errors import (
    CorruptFile,
    EmptyDocument,
    EncodingError,
    KehoachError,
    MissingDependency,
    UnsupportedFormat,
)
from kehoach_parser.loaders import load_bytes, load_path
from kehoach_parser.loaders.doc import load_doc_bytes
from kehoach_parser.loaders.encodings import tcvn3

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def ole_blob(*streams: str) -> bytes:
    """Bytes that look like an OLE container holding the named streams."""
    body = b"".join(s.encode("utf-16-le") + b"\x00" * 64 for s in streams)
    return OLE + b"\x00" * 504 + body + b"\x00" * 2048


def fake_soffice(tmp_path: Path, text: str, docx: bytes = b"", *, fail: bool = False) -> str:
    """A stand-in for LibreOffice: writes the canned DOCX or text into --outdir."""
    script = tmp_path / "soffice"
    (tmp_path / "canned.txt").write_text(text, encoding="utf-8")
    (tmp_path / "canned.docx").write_bytes(docx)
    script.write_text(
        f"#!{sys.executable}\n"
        "import sys, shutil, pathlib\n"
        f"if {fail!r}:\n"
        "    sys.stderr.write('Error: source file could not be loaded')\n"
        "    sys.exit(1)\n"
        "args = sys.argv[1:]\n"
        "assert '--headless' in args\n"
        "outdir = pathlib.Path(args[args.index('--outdir') + 1])\n"
        "target = args[args.index('--convert-to') + 1].split(':')[0]\n"
        f"shutil.copy(pathlib.Path({str(tmp_path)!r}) / f'canned.{{target}}', "
        "outdir / f'input.{target}')\n",
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


def test_doc_read_through_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from docxgen import P, Spec, make_docx

    spec = Spec({1: [("decimal", "%1.")]}, {1: (1, {})})
    docx = make_docx([
        P("KẾ HOẠCH", bold=True),
        P(tcvn3.encode("Phát động phong trào thi đua năm 2026"), font=".VnTime"),
        P("NỘI DUNG THI ĐUA", (1, 0)),
    ], spec)
    # LibreOffice's own rendering numbers the list differently from its DOCX export: it wins.
    printed = "KẾ HOẠCH\nPhát động phong trào thi đua năm 2026\n    II.\tNỘI DUNG THI ĐUA\n"
    monkeypatch.setenv("KEHOACH_SOFFICE", fake_soffice(tmp_path, printed, docx))
    path = tmp_path / "kh.doc"
    path.write_bytes(ole_blob("WordDocument"))
    loaded = load_path(path)
    assert loaded.source_format == "doc"
    assert loaded.text == ("**KẾ HOẠCH**\n\nPhát động phong trào thi đua năm 2026\n\n"
                           "II. NỘI DUNG THI ĐUA\n")
    assert [w.code for w in loaded.warnings] == ["W102"]
    assert parse_file(path).source_format == "doc"


def test_real_doc_file_passes_the_ole_checks(monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    # fixtures/header.doc was saved by LibreOffice; without LibreOffice it cannot be read,
    # and the error says what to install.
    monkeypatch.setenv("KEHOACH_SOFFICE", str(tmp_path / "absent"))
    data = (Path(__file__).parent / "fixtures" / "header.doc").read_bytes()
    with pytest.raises(MissingDependency, match="LibreOffice"):
        load_bytes(data, name="header.doc")


def test_doc_conversion_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEHOACH_SOFFICE", fake_soffice(tmp_path, "", fail=True))
    with pytest.raises(CorruptFile, match=r"could not convert.*could not be loaded") as err:
        load_doc_bytes(ole_blob("WordDocument"), path="old.doc")
    assert "old.doc" in str(err.value)


def test_doc_without_libreoffice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KEHOACH_SOFFICE", str(tmp_path / "no-such-program"))
    with pytest.raises(MissingDependency, match="libreoffice-writer") as err:
        load_bytes(ole_blob("WordDocument"), name="a.doc", path="/x/a.doc")
    assert "/x/a.doc" in str(err.value)


def test_other_ole_files_refused_before_conversion(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    monkeypatch.setenv("KEHOACH_SOFFICE", str(tmp_path / "must-not-run"))
    with pytest.raises(UnsupportedFormat, match="encrypted"):
        load_bytes(ole_blob("EncryptionInfo", "EncryptedPackage"), name="secret.docx")
    with pytest.raises(UnsupportedFormat, match="Excel"):
        load_bytes(ole_blob("Workbook"), name="book.xls")
    with pytest.raises(CorruptFile, match="truncated"):
        load_bytes(OLE + b"\x00" * 100, name="cut.doc")


@pytest.mark.parametrize(
    ("data", "name", "error", "fragment"),
    [
        (b"", "empty.txt", EmptyDocument, "empty"),
        (b"   \n\n  ", "blank.txt", EmptyDocument, "no text"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "scan.png", UnsupportedFormat, "PNG image"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 64, "scan.txt", UnsupportedFormat, "JPEG image"),
        (b"\x1f\x8b\x08\x00" + b"\x00" * 64, "a.gz", UnsupportedFormat, "gzip"),
        (b"{\\rtf1\\ansi hello}", "a.rtf", UnsupportedFormat, "RTF"),
        (b"hello", "sheet.xlsx", UnsupportedFormat, ".xlsx"),
        (b"\x00\x01\x02\x03" * 300, "blob.txt", EncodingError, "binary"),
    ],
)
def test_bad_inputs_give_typed_errors(data: bytes, name: str, error: type[KehoachError],
                                      fragment: str) -> None:
    with pytest.raises(error, match=fragment) as err:
        parse_bytes(data, name=name, source=f"/inbox/{name}")
    assert f"/inbox/{name}" in str(err.value)
    assert err.value.code.startswith("E")


def test_zip_archive_is_not_a_document() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "xin chào")
    with pytest.raises(UnsupportedFormat, match="zip archive"):
        load_bytes(buf.getvalue(), name="many.zip")
    with pytest.raises(UnsupportedFormat, match=r"'\.odt'"):
        load_bytes(buf.getvalue(), name="plan.odt")


def test_directory_is_unsupported(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormat, match="directory"):
        load_path(tmp_path)


def test_pdf_without_pdf_suffix_is_sniffed(tmp_path: Path) -> None:
    from pdfgen import text_pdf

    path = tmp_path / "download"
    path.write_bytes(
        b"\r\n" + text_pdf([[("Kế hoạch phát động phong trào thi đua", 20, 20, False)]]))
    assert load_path(path, pdf_engine="fast").source_format == "pdf"
    assert os.path.exists(path)


def _mutations(data: bytes, count: int, seed: int) -> list[bytes]:
    import random

    rng = random.Random(seed)
    out = []
    for _ in range(count):
        b = bytearray(data)
        kind = rng.choice(["flip", "truncate", "splice"])
        if kind == "flip":
            for _ in range(rng.randint(1, 20)):
                b[rng.randrange(len(b))] = rng.randrange(256)
        elif kind == "truncate":
            b = b[: rng.randrange(10, len(b))]
        else:
            i, j = rng.randrange(len(b)), rng.randrange(len(b))
            b[i:i + 50] = b[j:j + 50]
        out.append(bytes(b))
    return out


@pytest.mark.parametrize(("fixture", "engine"), [("header.pdf", "layout"), ("header.pdf", "fast"),
                                                 ("header.docx", None)])
def test_damaged_files_never_leak_a_dependency_error(fixture: str, engine: str | None) -> None:
    data = (Path(__file__).parent / "fixtures" / fixture).read_bytes()
    for damaged in _mutations(data, 25, seed=len(fixture)):
        try:
            load_bytes(damaged, name=fixture, path=f"/in/{fixture}", pdf_engine=engine)
        except KehoachError as exc:
            assert f"/in/{fixture}" in str(exc)
