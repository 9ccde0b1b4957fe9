"""ParseOptions reach the parse and are recorded on the Document; LayoutParams reach the
PDF layout analysis."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from kehoach_parser import parse, parse_bytes, parse_file
from kehoach_parser.document import Document
from kehoach_parser.extract.indicators import units
from kehoach_parser.loaders.layout_params import DEFAULT_LAYOUT, LayoutParams
from kehoach_parser.loaders.pdf_layout import Line, Page, paragraphs
from kehoach_parser.options import DEFAULT_MAX_CHARS, ParseOptions
from kehoach_parser.text.normalize import NormalizeOptions
from kehoach_parser.version import __version__

ROOT = Path(__file__).resolve().parent.parent
PLAN = ("KẾ HOẠCH\nPhát triển năm 2026\n\nI. MỤC TIÊU\n"
        "1. Phân đấu có 12 thư viện thân thiện.\n")


def test_defaults_are_recorded_as_no_options() -> None:
    doc = parse(PLAN)
    assert doc.provenance is not None
    assert doc.provenance.library_version == __version__ == doc.parser_version
    assert doc.provenance.options == {}
    assert ParseOptions().max_chars == DEFAULT_MAX_CHARS == 20_000_000


def test_segmenter_switch_is_obeyed_and_recorded() -> None:
    off = parse(PLAN, options=ParseOptions(segmenter=False))
    assert off.provenance is not None
    assert off.provenance.segmenter_used is False
    assert off.provenance.options == {"segmenter": False}
    on = parse(PLAN)
    assert on.provenance is not None
    installed = units._segmenter() is not None  # the 'nlp' extra
    assert on.provenance.segmenter_used is installed  # an unknown counted noun: consulted
    assert off.indicators[0].unit == "thư"  # the first syllable
    assert on.indicators[0].unit == ("thư viện" if installed else "thư")


def test_normalisation_passes_come_from_the_options() -> None:
    assert "Phấn đấu" in parse(PLAN).text
    raw = parse(PLAN, options=ParseOptions(normalize=NormalizeOptions(typos=False)))
    assert "Phân đấu" in raw.text
    assert raw.provenance is not None
    assert raw.provenance.options == {"normalize": {"typos": False}}


def test_provenance_survives_json() -> None:
    doc = parse(PLAN, options=ParseOptions(layout=LayoutParams(column_gap=3.0)))
    again = Document.model_validate(doc.model_dump(mode="json"))
    assert again.provenance == doc.provenance
    assert again.provenance is not None
    assert again.provenance.options == {"layout": {"column_gap": 3.0}}
    options = ParseOptions.model_validate(again.provenance.options)
    assert options.layout.column_gap == 3.0 and options.layout.cell_gap == 1.0


def test_options_are_checked() -> None:
    with pytest.raises(ValidationError):
        ParseOptions(max_chars=0)
    with pytest.raises(ValidationError):
        ParseOptions.model_validate({"pdf_engine": "ocr"})
    with pytest.raises(ValidationError):
        LayoutParams.model_validate({"no_such_threshold": 1})


def test_pdf_engine_from_options_and_the_keyword_wins() -> None:
    pdf = ROOT / "tests" / "loaders" / "fixtures" / "header.pdf"
    fast = parse_bytes(pdf.read_bytes(), name="h.pdf", options=ParseOptions(pdf_engine="fast"))
    assert fast.encoding is not None and fast.encoding.startswith("pdf-fast")
    assert fast.provenance is not None and fast.provenance.options == {"pdf_engine": "fast"}
    layout = parse_file(pdf, pdf_engine="layout", options=ParseOptions(pdf_engine="fast"))
    assert layout.encoding is not None and layout.encoding.startswith("pdf-layout")


def _two_lines(gap: float) -> list[Page]:
    """Two full-width lines of body text ``gap`` points apart (baseline to baseline)."""
    page = Page(1, 600.0, 800.0)
    page.lines = [
        Line(1, 50.0, 700.0, 550.0, 712.0, "Dòng thứ nhất của đoạn văn không kết thúc", 12.0),
        Line(1, 50.0, 700.0 - gap, 550.0, 712.0 - gap, "dòng thứ hai của cùng đoạn.", 12.0),
    ]
    return [page]


def test_layout_params_reach_the_paragraph_joiner() -> None:
    # One pair of lines: their distance is the line spacing, so they are one paragraph
    # unless a gap of one spacing already counts as a paragraph break.
    assert paragraphs(_two_lines(14.0)).count("\n\n") == 0  # one paragraph
    strict = LayoutParams(paragraph_gap=0.9)
    assert paragraphs(_two_lines(14.0), strict).count("\n\n") == 1  # two paragraphs
    assert paragraphs(_two_lines(14.0), DEFAULT_LAYOUT) == paragraphs(_two_lines(14.0))


def test_parse_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    from kehoach_parser import parse

    assert gc.isenabled()
    parse("KẾ HOẠCH\nI. MỤC TIÊU\n- Tỷ lệ hộ nghèo giảm còn 2,5%.\n")
    assert gc.isenabled()
    gc.disable()
    try:
        parse("KẾ HOẠCH\nI. MỤC TIÊU\n- Tỷ lệ hộ nghèo giảm còn 2,5%.\n")
        assert not gc.isenabled()
    finally:
        gc.enable()
