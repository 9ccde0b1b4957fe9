"""The viewer's page without a browser: nesting, escaping, every record kind, links, no
external resources, colours."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from viewer_helpers import ROOT, read_marks

from kehoach_parser import parse, parse_file
from kehoach_parser.document import Document, Indicator, ParseWarning
from kehoach_parser.viewer import render_html, write_html
from kehoach_parser.viewer.layering import render_marked_text
from kehoach_parser.viewer.marks import Mark, collect_marks
from kehoach_parser.viewer.palette import (
    FOCUS,
    KINDS,
    LINK,
    MUTED,
    PAGE,
    TEXT,
    contrast_ratio,
    relative_luminance,
)
from kehoach_parser.viewer.style import stylesheet

REAL_PLAN = ROOT / "corpus" / "real" / "G001.txt"
# (train split: results, refs, signer; F003 lost its results to the status refit of H18S)


def _expected_spans(doc: Document) -> dict[str, tuple[str, tuple[int, int]]]:
    """Every record span of ``doc`` by the id the viewer documents, read from the model."""
    out: dict[str, tuple[str, tuple[int, int]]] = {}
    for i, sec in enumerate(doc.sections):
        out[f"section-{i}"] = ("section", sec.span)
    for name, span in doc.field_spans.items():
        out[f"header-{name}"] = ("header", span)
    for i, s in enumerate(doc.signers):
        if s.span:
            out[f"signer-{i}"] = ("signer", s.span)
    for i, r in enumerate(doc.references):
        out[f"reference-{i}"] = ("reference", r.span)
    for i, ind in enumerate(doc.indicators):
        out[f"indicator-{i}"] = ("indicator", ind.span)
    for i, res in enumerate(doc.results):
        out[f"result-{i}"] = ("result", res.span)
    for i, d in enumerate(doc.dates):
        out[f"date-{i}"] = ("date", d.span)
    for i, w in enumerate(doc.warnings):
        if w.span:
            out[f"warning-{i}"] = ("warning", w.span)
    return out


@pytest.fixture(scope="module")
def real_doc() -> Document:
    doc = parse_file(REAL_PLAN)
    # a warning with a span, as the date reader leaves for an impossible date
    place = doc.place or "Hà Nội"
    s = doc.text.index(place)
    doc.warnings.append(ParseWarning(code="W101", message="test warning",
                                     span=(s, s + len(place))))
    return doc


def test_every_record_kind_is_drawn_with_its_text(real_doc: Document) -> None:
    page = render_html(real_doc)
    marks = read_marks(page)
    expected = _expected_spans(real_doc)
    assert {kind for kind, _ in expected.values()} == {k.kind for k in KINDS}
    for mark_id, (kind, (s, e)) in expected.items():
        assert marks.kinds.get(mark_id) == kind, mark_id
        assert marks.texts[mark_id] == real_doc.text[s:e], mark_id
        assert mark_id in marks.first, f"{mark_id} has no anchor"
    assert "".join(marks.text_parts) == real_doc.text


def test_focusable_marks_are_described_by_a_tooltip_with_their_fields(
        real_doc: Document) -> None:
    page = render_html(real_doc)
    marks = read_marks(page)
    ind = real_doc.indicators[0]
    first = marks.first["indicator-0"]
    assert first["tabindex"] == "0" and first["aria-describedby"] == "tip-indicator-0"
    tip = re.search(r'<div role="tooltip" id="tip-indicator-0">(.*?)</div>', page)
    assert tip and ind.name and ind.name in tip.group(1)
    # headings are link targets, not tab stops
    assert marks.first["section-0"]["tabindex"] == "-1"


def test_tables_outline_and_warnings_link_to_marks_in_the_text(real_doc: Document) -> None:
    page = render_html(real_doc)
    marks = read_marks(page)
    targets = re.findall(r'href="#([^"]+)"', page)
    assert set(targets) - {"doc-text"} <= set(marks.first)
    for kind, records in (("indicator", real_doc.indicators), ("result", real_doc.results),
                          ("date", real_doc.dates), ("reference", real_doc.references)):
        for i in range(len(records)):
            assert f'<tr data-row="{kind}-{i}"><td><a href="#{kind}-{i}">' in page
    outline = re.findall(r'<a href="#(section-\d+)" data-section', page)
    assert outline == [f"section-{i}" for i in range(len(real_doc.sections))]
    w = len(real_doc.warnings) - 1
    assert re.search(rf'<li data-row="warning-{w}">.*?href="#warning-{w}"', page)


def test_text_and_fields_are_escaped(tmp_path: Path) -> None:
    text = ('KẾ HOẠCH <script>alert("x")</script>\n'
            'Tỷ lệ <b>hộ</b> & "nghèo" giảm còn 2%</div><img src=x>\n')
    s = text.index("Tỷ lệ")
    e = text.index("2%") + 2
    doc = Document(
        text=text, title="<i>title</i>", doc_type="KẾ HOẠCH", field_spans={"doc_type": (0, 8)},
        indicators=[Indicator(name='<b>hộ</b> & "nghèo"', text=text[s:e], span=(s, e),
                              unit="<%>")],
    )
    page = render_html(doc)
    for raw in ("<script>alert", "<b>", "<i>", "<img", "</div><img", "<%>"):
        assert raw not in page, raw
    assert page.count("<script>") == 1        # the viewer's own, inline
    assert "&lt;script&gt;alert" in page and "&lt;b&gt;hộ&lt;/b&gt; &amp;" in page
    marks = read_marks(page)
    assert "".join(marks.text_parts) == text
    assert marks.texts["indicator-0"] == text[s:e]
    out = write_html(doc, tmp_path / "p.html")
    assert out.read_text(encoding="utf-8") == page


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12),
                          st.sampled_from([k.kind for k in KINDS])), max_size=12))
def test_any_overlap_nests_and_keeps_each_span_text(spans: list[tuple[int, int, str]]) -> None:
    text = "Chỉ tiêu <năm> 2026 & tỷ lệ \"hộ nghèo\" giảm còn 2%\nđạt 95%"
    marks = [Mark(f"m-{i}", kind, s, min(s + n, len(text)), (("k", "v"),))
             for i, (s, n, kind) in enumerate(spans) if s < len(text)]
    html = f'<div class="text">{render_marked_text(text, marks)}</div>'
    reader = read_marks(html)          # asserts that every tag closes the one it opened
    assert "".join(reader.text_parts) == text
    for m in marks:
        assert reader.texts[m.mark_id] == text[m.start:m.end]
        assert reader.kinds[m.mark_id] == m.kind
        assert m.mark_id in reader.first


def test_crossing_spans_are_cut_into_pieces() -> None:
    text = "abcdefghij"
    html = render_marked_text(text, [Mark("a", "indicator", 0, 6), Mark("b", "date", 3, 9)])
    reader = read_marks(f'<div class="text">{html}</div>')
    assert reader.pieces == {"a": 1, "b": 2}
    assert reader.texts == {"a": "abcdef", "b": "defghi"}


def test_marks_outside_the_text_are_dropped() -> None:
    doc = parse("KẾ HOẠCH\n1. Tỷ lệ hộ nghèo giảm còn dưới 2%.\n")
    doc.warnings.append(ParseWarning(code="W101", message="x", span=(5, 10_000)))
    assert not any(m.kind == "warning" for m in collect_marks(doc))
    assert 'href="#warning-' not in render_html(doc)


def test_no_external_resources(corpus_docs: dict[str, Document], real_doc: Document) -> None:
    for doc in [*corpus_docs.values(), real_doc]:
        page = render_html(doc)
        assert not re.search(r"https?:|ftp:|//[a-z]", page, re.I)
        assert "src=" not in page and "url(" not in page and "@import" not in page
        assert not re.search(r'href="(?!#)', page)
        assert "default-src 'none'" in page
        assert '<meta name="viewport" content="width=device-width' in page


def test_page_has_landmarks_and_languages(real_doc: Document) -> None:
    page = render_html(real_doc)
    for landmark in ("<header>", "<nav ", "<main ", "<footer>"):
        assert landmark in page
    assert '<html lang="en">' in page and '<div class="text" lang="vi">' in page


def test_colours_meet_wcag_aa() -> None:
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    for colour in (TEXT, MUTED, LINK):
        assert contrast_ratio(colour, PAGE) >= 4.5
    css = stylesheet()
    for k in KINDS:
        assert contrast_ratio(TEXT, k.background) >= 4.5, k.kind      # text on highlight
        assert contrast_ratio(LINK, k.background) >= 4.5, k.kind      # legend/table links
        assert contrast_ratio(k.underline, PAGE) >= 3.0, k.kind       # non-text contrast
        assert contrast_ratio(k.underline, k.background) >= 3.0, k.kind
        assert contrast_ratio(FOCUS, k.background) >= 3.0, k.kind    # focus ring
        assert f".k-{k.kind} {{ background: {k.background};" in css
    backgrounds = [k.background for k in KINDS]
    assert len(set(backgrounds)) == len(backgrounds)


def test_docs_list_the_colours_in_use() -> None:
    table = (ROOT / "docs" / "viewer.md").read_text(encoding="utf-8")
    for k in KINDS:
        row = next(line for line in table.splitlines()
                   if line.startswith(f"| {k.label.lower()} |"))
        assert f"`{k.background}`" in row, k.kind
        if k.line != "none":
            assert f"`{k.underline}` {k.line}" in row, k.kind
            assert f"{contrast_ratio(k.underline, PAGE):.1f} : 1" in row, k.kind
        assert f"{contrast_ratio(TEXT, k.background):.1f} : 1" in row, k.kind
