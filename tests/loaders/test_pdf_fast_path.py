"""The fast PDF engine's shortcuts give what the long way gives (issue 15, PDF fast path).

* Loose character boxes read in bulk through PDFium's raw call are pypdfium2's own
  ``get_charbox(i, loose=True)``, with and without the raw call.
* A page's lines, cut a page at a time, are the lines of the word-by-word rule
  (``_line_segments`` over every PDFium line with pypdfium2's public box call).
* The damage check's shortcut (:func:`streams_sound`) says "sound" only for files in which
  pdfminer.six finds nothing, and not for damaged streams, unknown filters, encryption or a
  cut file — whatever the fonts are: a font without a Unicode map still gets the check.
"""

from __future__ import annotations

import random
import zlib

import pytest
from loader_paths import HERE, VARIANTS
from pdfgen import mixed_lines, raw_pdf, text_pdf, unicode_font_available
from test_pdf import BODY, HEADER

from kehoach_parser.loaders import pdfium_lines as fast_lines
from kehoach_parser.loaders.pdf import extract_pages
from kehoach_parser.loaders.pdf_damage import pdfminer_page_problems, pdfminer_stream_problems
from kehoach_parser.loaders.pdf_layout import Line
from kehoach_parser.loaders.pdf_sound import streams_sound

pdfium = pytest.importorskip("pypdfium2")
fonts_needed = pytest.mark.skipif(not unicode_font_available(), reason="needs DejaVu fonts")


def _mixed_pdf(seed: int) -> bytes:
    """Lines that end in a hyphen or a lone dash, second columns on the same baseline,
    three-cell rows, no-break spaces and zero-width characters (fpdf2, DejaVu)."""
    lines = mixed_lines(random.Random(seed))
    return text_pdf([lines, HEADER + BODY])


def _text_pages(data: bytes) -> list[object]:
    document = pdfium.PdfDocument(data)
    return [document[i].get_textpage() for i in range(len(document))]


def _word_by_word_lines(textpage: object, page_no: int) -> list[Line]:
    """The general rule on every PDFium line, each box from pypdfium2's public call."""
    count = textpage.count_chars()  # type: ignore[attr-defined]
    text = textpage.get_text_range(0, count)[:count]  # type: ignore[attr-defined]

    def get_box(index: int) -> tuple[float, float, float, float]:
        box: tuple[float, float, float, float] = textpage.get_charbox(  # type: ignore[attr-defined]
            index, loose=True)
        return box

    out: list[Line] = []
    start = 0
    for brk in fast_lines._PDFIUM_BREAK_RE.finditer(text):
        line = text[start:brk.start()]
        if brk.group() in fast_lines._HYPHEN_MARKS:
            line += "-"
        fast_lines._line_segments(line, start, get_box, page_no, out)
        start = brk.end()
    fast_lines._line_segments(text[start:], start, get_box, page_no, out)
    return out


@fonts_needed
def test_loose_boxes_read_in_bulk_are_pypdfium2s(monkeypatch: pytest.MonkeyPatch) -> None:
    textpage = _text_pages(_mixed_pdf(1))[0]
    indices = list(range(textpage.count_chars()))
    public = [textpage.get_charbox(i, loose=True) for i in indices]
    expected = [v for left, bottom, right, top in public for v in (left, top, right, bottom)]
    assert fast_lines._plain_call() is not None  # the raw call is the one in use here
    assert fast_lines.read_loose_boxes(textpage, indices) == expected
    monkeypatch.setattr(fast_lines, "_PLAIN_CALL", [None])  # another pypdfium2
    assert fast_lines.read_loose_boxes(textpage, indices) == expected


@fonts_needed
@pytest.mark.parametrize("seed", range(4))
def test_lines_of_a_page_are_the_word_by_word_rules(seed: int) -> None:
    for page_no, textpage in enumerate(_text_pages(_mixed_pdf(seed)), start=1):
        fast = fast_lines.pdfium_lines(textpage, page_no)
        assert fast == _word_by_word_lines(textpage, page_no)
        assert fast  # a page with text has lines


def test_lines_of_the_variants_are_the_word_by_word_rules() -> None:
    for path in [*sorted((VARIANTS / "pdf").glob("*.pdf"))[:2], HERE / "fixtures/header.pdf"]:
        for page_no, textpage in enumerate(_text_pages(path.read_bytes()), start=1):
            assert fast_lines.pdfium_lines(textpage, page_no) == \
                _word_by_word_lines(textpage, page_no), (path.name, page_no)


# --- the damage check's shortcut ---------------------------------------------------------------
def _no_unicode_map_pdf(damage_page: int | None = None) -> bytes:
    """Two pages in a CID font with no /ToUnicode, each drawn by its own Flate content
    stream; the stream of page ``damage_page`` overwritten in its middle."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
    ]
    streams = []
    for page in (1, 2):
        content = b"".join(b"BT /F1 12 Tf 72 %d Td <00%02x00%02x0003> Tj ET\n" % (
            800 - 14 * i, (i * 7 + page) % 250, (i * 13) % 250) for i in range(50))
        data = bytearray(zlib.compress(content))
        if page == damage_page:
            data[len(data) // 2: len(data) // 2 + 8] = b"\xff" * 8
            with pytest.raises(zlib.error):
                zlib.decompressobj().decompress(bytes(data))
        streams.append(bytes(data))
    for page, data in enumerate(streams):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 7 0 R >> >> >>" % (4 + 2 * page))
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data
                       + b"\nendstream")
    objects += [
        (b"<< /Type /Font /Subtype /Type0 /BaseFont /NoMap /Encoding /Identity-H "
         b"/DescendantFonts [8 0 R] >>"),
        (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoMap "
         b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
         b"/FontDescriptor 9 0 R /DW 500 >>"),
        (b"<< /Type /FontDescriptor /FontName /NoMap /Flags 4 /FontBBox [0 0 1000 1000] "
         b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>"),
    ]
    return raw_pdf(objects)


def test_a_font_without_unicode_map_still_gets_the_damage_check() -> None:
    damaged = _no_unicode_map_pdf(damage_page=2)
    assert b"/ToUnicode" not in damaged
    assert not streams_sound(damaged)
    problems = pdfminer_stream_problems(damaged)
    assert problems is not None and list(problems) == [2]
    assert "damaged deflate data" in problems[2][0]
    pages = extract_pages(damaged, engine="fast")
    assert not pages[0].problems
    assert any("damaged deflate data" in p for p in pages[1].problems)


def test_a_sound_file_without_unicode_map_is_sound_for_pdfminer_too() -> None:
    sound = _no_unicode_map_pdf()
    assert streams_sound(sound)
    assert pdfminer_page_problems(sound) == {}


def _sound_files() -> list[bytes]:
    files = [p.read_bytes() for p in sorted((VARIANTS / "pdf").glob("*.pdf"))]
    files.append((HERE / "fixtures/header.pdf").read_bytes())
    if unicode_font_available():
        files += [_mixed_pdf(0), text_pdf([HEADER + BODY, BODY], page_numbers=True)]
    return files


def test_files_called_sound_have_no_problem_for_pdfminer() -> None:
    for data in _sound_files():
        assert streams_sound(data)
        assert pdfminer_page_problems(data) == {}


@fonts_needed
def test_encrypted_or_damaged_files_are_not_called_sound() -> None:
    from test_file_robustness import damaged_pdf

    assert not streams_sound(damaged_pdf("flate"))
    assert not streams_sound(damaged_pdf("filter"))
    encrypted = text_pdf([BODY], encrypt="secret")
    assert b"/Encrypt" in encrypted and not streams_sound(encrypted)
    whole = (VARIANTS / "pdf" / "001_8353b6c099b5b052.pdf").read_bytes()
    assert not streams_sound(whole[:3000])
    assert not streams_sound(whole.replace(b"startxref", b"startxrex"))


def test_a_font_program_drawn_as_page_content_is_still_inflated() -> None:
    """Font programs are not inflated, unless a page's /Contents names the stream."""
    data = bytearray(zlib.compress(b"".join(b"BT 72 %d Td (x%d) Tj ET\n" % (800 - 9 * i, i)
                                            for i in range(60))))
    data[len(data) // 2: len(data) // 2 + 8] = b"\xff" * 8
    stream = (b"<< /Length %d /Length1 99 /Filter /FlateDecode >>\nstream\n" % len(data)
              + bytes(data) + b"\nendstream")
    named = raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        stream,
    ])
    assert not streams_sound(named)
    assert pdfminer_page_problems(named)
    not_named = raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        stream,
    ])
    assert streams_sound(not_named)
    assert pdfminer_page_problems(not_named) == {}


# --- bulk calls of the fast path (sixth round, third part) -------------------------------------
def test_plain_function_is_made_only_for_a_known_raw_function() -> None:
    import ctypes

    assert fast_lines.plain_function("FPDFPageObj_GetType", ctypes.c_int, 1) is not None
    assert fast_lines.plain_function("FPDFPageObj_GetType", ctypes.c_int, 2) is None  # argc
    assert fast_lines.plain_function("FPDF_NoSuchFunction", ctypes.c_int, 1) is None


def test_kept_rectangles_are_reused_grown_and_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fast_lines, "_KEPT", __import__("threading").local())
    rects, slots = fast_lines._rectangles(10)
    assert len(slots) >= 10 and len(rects) == len(slots)
    again, _ = fast_lines._rectangles(5)
    assert again is rects  # kept between pages
    grown, grown_slots = fast_lines._rectangles(3000)
    assert grown is not rects and len(grown_slots) >= 3000
    monkeypatch.setattr(fast_lines, "_KEPT_RECTANGLES", 64)
    alone, refs = fast_lines._rectangles(100)  # past the bound: an array of its own
    assert alone is not grown and len(alone) == 100 and len(list(refs)) == 100


@fonts_needed
def test_loose_boxes_of_pages_one_after_another_are_each_pages_own(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A long page, then a short one in the kept array: no box of the long page is read as
    the short page's; and past the bound on kept rectangles, the same boxes."""
    pages = _text_pages(_mixed_pdf(2)) + _text_pages(_mixed_pdf(5))
    expected = []
    for textpage in pages:
        indices = list(range(textpage.count_chars()))[::-1]  # any order
        public = [textpage.get_charbox(i, loose=True) for i in indices]
        expected.append([v for x0, y0, x1, y1 in public for v in (x0, y1, x1, y0)])
    assert [fast_lines.read_loose_boxes(tp, list(range(tp.count_chars()))[::-1])
            for tp in pages] == expected
    monkeypatch.setattr(fast_lines, "_KEPT_RECTANGLES", 16)
    assert [fast_lines.read_loose_boxes(tp, list(range(tp.count_chars()))[::-1])
            for tp in pages] == expected


def _sized_pdf() -> bytes:
    """Lines mixing font sizes (a large word among small ones, so the lowest top less the
    highest bottom is no bound), with gaps wide and narrow, and ruled rows."""
    from fpdf import FPDF
    from pdfgen import _font_path

    pdf = FPDF(format="A4", unit="mm")
    pdf.add_font("dv", "", str(_font_path()))
    pdf.add_page()
    y = 20.0
    for k in range(30):
        x = 20.0
        for n, word in enumerate(("chỉ", "tiêu", "95%", "năm", "2026")):
            pdf.set_font("dv", "", 30 if (n + k) % 4 == 0 else 8 + k % 5)
            pdf.text(x, y + (2.0 if n == 2 and k % 3 == 0 else 0.0), word)
            x += pdf.get_string_width(word) + (25.0 if n == k % 5 else 1.5)
        y += 9.0
    pdf.line(20, 285, 190, 285)
    pdf.line(20, 290, 190, 290)
    for x in (20, 100, 190):
        pdf.line(x, 285, x, 290)
    return bytes(pdf.output())


@fonts_needed
def test_the_fast_path_gives_the_reference_paths_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """The loader's text through the bulk raw calls, and through pypdfium2's public calls
    one at a time (the reference: each box by ``get_charbox``, each object by its own
    call), on generated pages; every page's lines are the word-by-word rule's."""
    from kehoach_parser.loaders import pdfium_cells
    from kehoach_parser.loaders.pdf import load_pdf_bytes

    files = [_sized_pdf(), _mixed_pdf(3), text_pdf([HEADER + BODY, BODY], page_numbers=True)]
    fast = [load_pdf_bytes(data, engine="fast") for data in files]
    for data in files:
        for page_no, textpage in enumerate(_text_pages(data), start=1):
            assert fast_lines.pdfium_lines(textpage, page_no) == \
                _word_by_word_lines(textpage, page_no)
    monkeypatch.setattr(fast_lines, "_PLAIN_CALL", [None])
    monkeypatch.setattr(pdfium_cells, "_PLAIN_OBJECT_CALLS", [None])
    reference = [load_pdf_bytes(data, engine="fast") for data in files]
    assert [(r.text, r.warnings) for r in fast] == [(r.text, r.warnings) for r in reference]
    assert all(r.text.strip() for r in fast)


@fonts_needed
def test_the_median_height_decides_a_line_only_the_bound_cannot() -> None:
    """A line of one small word, a wide gap and a large word: the lowest top less the
    highest bottom is below the gap, so the median height decides, as the word-by-word
    rule does; narrow gaps never need it."""
    calls: list[int] = []
    original = fast_lines._line_height

    def counted(*args: object) -> float:
        calls.append(1)
        return original(*args)  # type: ignore[arg-type]

    textpages = _text_pages(_sized_pdf())
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(fast_lines, "_line_height", counted)
        lines = fast_lines.pdfium_lines(textpages[0], 1)
    assert lines == _word_by_word_lines(textpages[0], 1)
    assert calls  # some lines needed the median
    assert len(calls) < len(lines)  # most did not


def _pages_of(words: list[str], pages: int = 1) -> list[object]:
    from kehoach_parser.loaders.pdf_layout import Page

    out = [Page(n + 1, 595.0, 842.0) for n in range(pages)]
    out[0].lines = [Line(1, 72.0, 800.0 - k, 500.0, 810.0 - k, w + " ")
                    for k, w in enumerate(words)]
    return out  # type: ignore[return-value]


def test_the_text_layer_check_gives_the_verdicts_of_a_full_count() -> None:
    """The shortcut (more than 200 pieces: enough text) gives the verdicts a full count of
    characters gives, on each side of 200 and with cids or private-use glyphs.  (It checks
    the verdicts only, not that the count is skipped.)"""
    from kehoach_parser.errors import NoTextLayer
    from kehoach_parser.loaders.pdf import _check_text_layer

    _check_text_layer(_pages_of(["a"] * 201), None)  # type: ignore[arg-type]
    with pytest.raises(NoTextLayer, match="199 characters"):
        _check_text_layer(_pages_of(["a"] * 199, pages=20), None)  # type: ignore[arg-type]
    _check_text_layer(_pages_of(["a"] * 199, pages=19), None)  # type: ignore[arg-type]
    with pytest.raises(NoTextLayer, match="no Unicode map;"):  # private-use glyphs
        _check_text_layer(_pages_of(["a"] * 300 + ["\ue001\ue002"] * 200),  # type: ignore[arg-type]
                          None)
    _check_text_layer(_pages_of(["a"] * 300 + ["\ue001"] * 100), None)  # type: ignore[arg-type]
    with pytest.raises(NoTextLayer, match="cid:N"):
        _check_text_layer(_pages_of(["(cid:7)"] * 300 + ["ab"] * 250), None)  # type: ignore[arg-type]
    _check_text_layer(_pages_of(["(cid:7)"] * 10 + ["ab"] * 250), None)  # type: ignore[arg-type]


def test_a_raw_module_without_the_page_object_type_takes_the_one_at_a_time_path(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2.raw as pdfium_c

    from kehoach_parser.loaders import pdfium_cells

    monkeypatch.delattr(pdfium_c, "FPDF_PAGEOBJECT")
    monkeypatch.setattr(pdfium_cells, "_PLAIN_OBJECT_CALLS", [])
    assert pdfium_cells._plain_object_calls() is None
