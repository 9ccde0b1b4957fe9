"""The spaCy component: entry point, blank Vietnamese without pyvi, spans mapped through the
normaliser's alignment onto tokens, records on the spans, displaCy."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from importlib.metadata import entry_points

import pytest

spacy = pytest.importorskip("spacy", reason="the spacy extra is not installed")

from spacy.language import Language  # noqa: E402

from kehoach_parser import parse  # noqa: E402
from kehoach_parser.record_spans import SPAN_GROUPS, RecordSpan, record_spans  # noqa: E402
from kehoach_parser.spacy_component import (  # noqa: E402
    KehoachComponent,
    UnalignedSpan,
    blank_vietnamese,
    place_span,
)
from kehoach_parser.text.aligned import AlignedText  # noqa: E402
from kehoach_parser.text.normalize import normalize  # noqa: E402

# Written for this test: NFD letters, bold markup and a target wrapped over two lines, so the
# normalised text (where the records' spans point) differs from the text spaCy holds.
PLAN = unicodedata.normalize("NFD", """ỦY BAN NHÂN DÂN
XÃ AN BÌNH
Số: 12/KH-UBND
An Bình, ngày 05 tháng 3 năm 2025

**KẾ HOẠCH**
Thực hiện các chỉ tiêu phát triển kinh tế - xã hội năm 2025

Căn cứ Nghị quyết số 08/NQ-HĐND ngày 20/12/2024 của Hội đồng nhân dân xã An Bình;

I. MỤC ĐÍCH, YÊU CẦU
Hoàn thành các chỉ tiêu năm 2025.
II. CHỈ TIÊU
1. Tỷ lệ hộ nghèo giảm xuống còn dưới 2%.
2. Thu nhập bình quân đầu người đạt 60 triệu
đồng/người/năm.
3. Tỷ lệ trẻ em trong độ tuổi được tiêm chủng đầy đủ đạt **98%**.
III. TỔ CHỨC THỰC HIỆN
Các thôn báo cáo kết quả về Ủy ban nhân dân xã trước ngày 15/12/2025.
""")


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = blank_vietnamese()
    pipeline.add_pipe("kehoach")
    return pipeline


def test_the_factory_is_advertised_as_a_spacy_entry_point() -> None:
    found = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert found.get("kehoach") == "kehoach_parser.spacy_component:make_kehoach"


def test_add_pipe_works_in_a_fresh_interpreter_without_importing_the_module() -> None:
    code = (
        "import sys, spacy\n"
        "assert 'kehoach_parser' not in sys.modules\n"
        "nlp = spacy.blank('vi', config={'nlp': {'tokenizer': {'use_pyvi': False}}})\n"
        "nlp.add_pipe('kehoach')\n"
        "doc = nlp('II. CHỈ TIÊU\\n1. Tỷ lệ hộ nghèo giảm xuống dưới 2%.\\n')\n"
        "print(nlp.pipe_names, len(doc.spans['indicators']))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["['kehoach']", "1"]


def test_the_blank_pipeline_needs_no_pyvi(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyvi", None)  # `import pyvi` now fails
    with pytest.raises(ImportError):
        spacy.blank("vi")  # spaCy's default asks for pyvi
    nlp = blank_vietnamese()
    assert nlp.lang == "vi"
    assert [t.text for t in nlp("Tỷ lệ hộ nghèo")] == ["Tỷ", "lệ", "hộ", "nghèo"]


def test_every_record_gets_a_span_on_whole_tokens(nlp: Language) -> None:
    doc = nlp(PLAN)
    document = doc._.kehoach
    assert document.model_dump() == parse(PLAN).model_dump()
    assert document.text != PLAN  # the alignment is really exercised
    assert doc._.kehoach_unaligned == []
    expected = record_spans(document)
    assert {g: len(doc.spans[g]) for g in SPAN_GROUPS} == {
        g: sum(rs.group == g for rs in expected) for g in SPAN_GROUPS
    }
    assert len(doc.spans["indicators"]) == 3 and len(doc.spans["sections"]) == 3
    aligned = normalize(PLAN)
    by_id = {rs.record_id: rs for rs in expected}
    for group in SPAN_GROUPS:
        for span in doc.spans[group]:
            rs = by_id[span.id_]
            assert span.label_ == rs.label
            assert span._.kehoach == rs.record
            start, end = aligned.to_original(rs.span)
            # the span covers what the record was read from, and starts and ends on tokens
            assert PLAN[start:end].strip() in span.text
            assert span.start_char == span[0].idx and span.end_char == span[-1].idx + len(
                span[-1])


def test_labels_are_the_kinds(nlp: Language) -> None:
    doc = nlp(PLAN)
    assert [s.label_ for s in doc.spans["sections"]] == ["purpose", "targets", "implementation"]
    assert {s.label_ for s in doc.spans["indicators"]} == {"target"}
    assert sorted(s.label_ for s in doc.spans["dates"]) == ["deadline", "issued", "reference"]
    assert [s.label_ for s in doc.spans["references"]] == ["Nghị quyết"]
    wrapped = [s for s in doc.spans["indicators"] if s._.kehoach.value == 60.0]
    assert len(wrapped) == 1 and "\n" in wrapped[0].text  # a record over a hard line break
    bold = [s for s in doc.spans["indicators"] if s._.kehoach.value == 98.0]
    assert bold[0].text.endswith("**98%**.")  # expanded to the token, markup included


def test_a_span_with_only_whitespace_left_is_reported_not_placed(nlp: Language) -> None:
    text = "Tỷ lệ   hộ nghèo"
    doc = nlp.make_doc(text)
    aligned = AlignedText(text)  # identity alignment: the record spans point into `text`
    gap = text.index("  ")
    rs = RecordSpan("indicators", "target", "indicators:0", parse(""), (gap, gap + 1))
    placed = place_span(doc, aligned, rs)
    assert isinstance(placed, UnalignedSpan) and placed.record_id == "indicators:0"
    inside = RecordSpan("indicators", "target", "indicators:1", parse(""), (1, 4))
    span = place_span(doc, aligned, inside)
    assert not isinstance(span, UnalignedSpan)
    assert span.text == "Tỷ lệ"  # "ỷ l" expanded to both tokens


def test_unaligned_spans_are_counted_on_the_doc(monkeypatch: pytest.MonkeyPatch,
                                                nlp: Language) -> None:
    import kehoach_parser.spacy_component as component
    from kehoach_parser.document import Document

    real = component.parse  # a Document read back from JSON has no offset map
    monkeypatch.setattr(component, "parse",
                        lambda text: Document.model_validate(real(text).model_dump()))
    doc = nlp(PLAN)
    total = len(record_spans(doc._.kehoach))
    assert total > 0
    assert len(doc._.kehoach_unaligned) == total
    assert all(len(doc.spans[g]) == 0 for g in SPAN_GROUPS)


def test_displacy_renders_the_indicator_spans(nlp: Language) -> None:
    from spacy import displacy

    doc = nlp(PLAN)
    html = displacy.render(doc, style="span", options={"spans_key": "indicators"}, page=False)
    assert isinstance(html, str)
    # one label box per span, at its first token
    assert len(re.findall(r">\s*target\s*<", html)) == len(doc.spans["indicators"]) == 3
    assert unicodedata.normalize("NFD", "nghèo") in html
    dates = displacy.render(doc, style="span", options={"spans_key": "dates"}, page=False)
    assert ">target<" not in re.sub(r"\s+", "", dates) and "deadline" in dates


def test_component_is_reusable_as_a_plain_callable() -> None:
    component = KehoachComponent()
    doc = component(blank_vietnamese().make_doc(PLAN))
    assert doc._.kehoach.indicators and doc.spans["indicators"]
