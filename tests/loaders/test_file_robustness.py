"""Hostile and damaged files through the front door (issue 13, files).

* A DOCX is a zip: ``parse_bytes``/``parse_file`` apply the batch's zip limits to it (member
  count, total unpacked size, compression ratio) and refuse a zip bomb with
  :class:`ResourceLimit` before decompressing it.
* A PDF page whose content stream cannot be decoded carries warning W120 naming the page,
  instead of silently losing its text; the other pages are kept.
"""

from __future__ import annotations

import io
import re
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from docxgen import P, make_docx
from loader_paths import VARIANTS
from pdfgen import text_pdf, unicode_font_available

from kehoach_parser import parse_bytes, parse_file
from kehoach_parser.errors import CorruptFile, ResourceLimit
from kehoach_parser.loaders.pdf import load_pdf_bytes

MIB = 1024**2
PLAN = [
    P("ỦY BAN NHÂN DÂN XÃ TÂN LẬP"),
    P("KẾ HOẠCH"),
    P("Phát triển kinh tế - xã hội năm 2026"),
    P("I. CHỈ TIÊU"),
    P("1. Tỷ lệ hộ nghèo giảm còn dưới 2%."),
]


def _replace_member(data: bytes, name: str, content: bytes) -> bytes:
    """The same zip with member ``name``'s content replaced (deflated)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            body = content if info.filename == name else src.read(info)
            zf.writestr(info.filename, body, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def docx_bomb(padding: int = 64 * MIB) -> bytes:
    """A valid DOCX whose word/document.xml holds ``padding`` spaces: ~1000:1 compression."""
    plain = make_docx(PLAN)
    xml = zipfile.ZipFile(io.BytesIO(plain)).read("word/document.xml")
    at = xml.index(b"<w:body>") + len(b"<w:body>")
    return _replace_member(plain, "word/document.xml", xml[:at] + b" " * padding + xml[at:])


# --- DOCX: zip limits -----------------------------------------------------------------------
def test_docx_zip_bomb_is_refused_without_decompressing_it() -> None:
    bomb = docx_bomb()
    assert len(bomb) < MIB  # 64 MiB of XML in well under 1 MiB
    tracemalloc.start()
    try:
        with pytest.raises(ResourceLimit) as info:
            parse_bytes(bomb, name="bomb.docx")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    message = str(info.value)
    assert "bomb.docx" in message and "word/document.xml" in message
    assert "zip bomb" in message and info.value.code == "E008"
    assert peak < 16 * MIB  # the 64 MiB member was never inflated


def test_docx_zip_bomb_through_parse_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "kh_bomb.docx"
    path.write_bytes(docx_bomb())
    with pytest.raises(ResourceLimit, match=r"kh_bomb\.docx"):
        parse_file(path)


def test_docx_member_count_and_unpacked_size_limits() -> None:
    from kehoach_parser.loaders import FileLimits

    plain = make_docx(PLAN)
    infos = zipfile.ZipFile(io.BytesIO(plain)).infolist()
    members, unpacked = len(infos), sum(i.file_size for i in infos)
    # The defaults read it; the same limits, tightened, refuse it.
    assert parse_bytes(plain, name="kh.docx").doc_type == "Kế hoạch"
    with pytest.raises(ResourceLimit, match=f"{members} zip members"):
        parse_bytes(plain, name="kh.docx", limits=FileLimits(max_members=members - 1))
    tight = FileLimits(max_file_size=max(i.file_size for i in infos) + 1)  # each member fits
    assert len(plain) < tight.max_file_size < unpacked
    with pytest.raises(ResourceLimit, match="expands to"):
        parse_bytes(plain, name="kh.docx", limits=tight)


def test_parse_file_refuses_a_file_over_the_size_limit_before_reading(tmp_path: Path) -> None:
    from kehoach_parser.loaders import FileLimits

    path = tmp_path / "big.txt"
    path.write_bytes(b"KE HOACH\n" * 500)
    with pytest.raises(ResourceLimit, match="exceeds the limit of 1000 bytes"):
        parse_file(path, limits=FileLimits(max_file_size=1000))
    with pytest.raises(ResourceLimit):
        parse_bytes(path.read_bytes(), name="big.txt", limits=FileLimits(max_file_size=1000))
    assert parse_file(path).text  # the default limit is far above


def test_member_larger_than_declared_is_a_corrupt_file() -> None:
    """Declared sizes bound what is inflated: a member that lies about its size is damaged."""
    plain = make_docx(PLAN)
    raw = bytearray(plain)
    pos = zipfile.ZipFile(io.BytesIO(plain)).start_dir  # the central directory
    while True:  # find word/document.xml's central directory entry
        assert raw[pos: pos + 4] == b"PK\x01\x02"
        n, e, c = (int.from_bytes(raw[pos + k: pos + k + 2], "little") for k in (28, 30, 32))
        if raw[pos + 46: pos + 46 + n] == b"word/document.xml":
            break
        pos += 46 + n + e + c
    cd = pos
    raw[cd + 24: cd + 28] = (100).to_bytes(4, "little")
    with pytest.raises(CorruptFile):
        parse_bytes(bytes(raw), name="liar.docx")


# --- PDF: damaged content streams -----------------------------------------------------------
pdf_needed = pytest.mark.skipif(not unicode_font_available(), reason="needs DejaVu fonts")
ENGINES = ["layout", "fast"]


def _page(n: int) -> list[tuple[str, float | str, float, bool]]:
    return [(f"Trang {n} dòng {i}: nội dung kế hoạch phát triển kinh tế xã hội năm 2026.",
             20.0, 20.0 + 8 * i, False) for i in range(25)]


def _content_objects(pdf: bytes) -> list[int]:
    """The content stream object of each page, in page order (fpdf2 writes pages in order)."""
    return [int(m.group(1)) for m in re.finditer(rb"/Contents (\d+) 0 R", pdf)]


def _stream(pdf: bytes, obj: int) -> tuple[int, int]:
    m = re.search(rb"\n%d 0 obj\s*<<(.*?)>>\s*stream\n" % obj, pdf, re.S)
    assert m is not None
    length = re.search(rb"/Length (\d+)", m.group(1))
    assert length is not None
    return m.end(), int(length.group(1))


def damaged_pdf(how: str) -> bytes:
    """Three pages; page 2's content stream is damaged in place (the xref stays valid)."""
    pdf = bytearray(text_pdf([_page(1), _page(2), _page(3)]))
    obj = _content_objects(bytes(pdf))[1]
    start, length = _stream(bytes(pdf), obj)
    if how == "flate":  # bytes overwritten in the middle of the deflate data
        at = start + length // 2
        pdf[at: at + 8] = b"\xff" * 8
    else:  # a filter no reader knows
        head = pdf.rfind(b"/Filter /FlateDecode", 0, start)
        pdf[head: head + 20] = b"/Filter /FooDecode  "
    return bytes(pdf)


@pdf_needed
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("how", ["flate", "filter"])
def test_damaged_content_stream_warns_with_the_page(engine: str, how: str) -> None:
    loaded = load_pdf_bytes(damaged_pdf(how), engine=engine)
    w120 = [w for w in loaded.warnings if w.code == "W120"]
    assert len(w120) == 1, loaded.warnings
    assert "page 2" in w120[0].message and "page 1" not in w120[0].message
    # The other pages are all there.
    for n in (1, 3):
        assert all(f"Trang {n} dòng {i}:" in loaded.text for i in range(25))


@pdf_needed
def test_damaged_pdf_through_parse_bytes_keeps_the_warning() -> None:
    doc = parse_bytes(damaged_pdf("flate"), name="kh.pdf")
    assert any(w.code == "W120" and "page 2" in w.message for w in doc.warnings)


@pdf_needed
@pytest.mark.parametrize("engine", ENGINES)
def test_sound_pdfs_carry_no_page_warning(engine: str) -> None:
    intact = text_pdf([_page(1), _page(2)])
    assert not [w for w in load_pdf_bytes(intact, engine=engine).warnings if w.code == "W120"]
    for path in sorted((VARIANTS / "pdf").glob("*.pdf"))[:2]:
        doc = parse_file(path, pdf_engine=engine)
        assert not [w for w in doc.warnings if w.code == "W120"], path


def test_text_over_max_chars_is_refused_before_parsing() -> None:
    import kehoach_parser
    from kehoach_parser.errors import ResourceLimit

    text = "KẾ HOẠCH\nI. MỤC TIÊU\n- Tỷ lệ hộ nghèo giảm 2%.\n" * 50
    from kehoach_parser.options import ParseOptions

    with pytest.raises(ResourceLimit) as err:
        kehoach_parser.parse(text, options=ParseOptions(max_chars=1000))
    assert err.value.code == "E008" and "1,000" in str(err.value)
    assert kehoach_parser.parse(text, options=ParseOptions(max_chars=None)).indicators
    doc = kehoach_parser.parse_bytes(text.encode("utf-8"), name="a.txt",
                                     options=ParseOptions(max_chars=len(text)))
    assert doc.indicators


def test_very_large_text_carries_w105(monkeypatch: pytest.MonkeyPatch) -> None:
    import kehoach_parser
    from kehoach_parser.loaders import limits

    text = "KẾ HOẠCH\nI. MỤC TIÊU\n- Tỷ lệ hộ nghèo giảm 2%.\n" * 20
    monkeypatch.setattr(limits, "LARGE_TEXT_CHARS", len(text) - 1)
    assert [w.code for w in kehoach_parser.parse(text).warnings].count("W105") == 1
    monkeypatch.setattr(limits, "LARGE_TEXT_CHARS", len(text))
    assert "W105" not in [w.code for w in kehoach_parser.parse(text).warnings]
