"""DOCX loader: Word numbering rebuilt, tables, cues, legacy fonts, bad files."""

from __future__ import annotations

import io
import sys
import zipfile

import pytest
from docxgen import P, Spec, Table, make_docx
from loader_paths import CORPUS, HERE, VARIANTS

from kehoach_parser import parse_file
from kehoach_parser.errors import CorruptFile, EmptyDocument, MissingDependency
from kehoach_parser.loaders import load_bytes
from kehoach_parser.loaders.docx import load_docx_bytes
from kehoach_parser.loaders.encodings import tcvn3, vni
from kehoach_parser.text.normalize import normalize

OUTLINE = [("upperRoman", "%1."), ("decimal", "%2."), ("decimal", "%2.%3."),
           ("lowerLetter", "%4)")]


def lines(data: bytes) -> list[str]:
    return [ln for ln in load_docx_bytes(data).text.split("\n") if ln]


def test_multilevel_numbering_as_a_reader_sees_it() -> None:
    spec = Spec({1: OUTLINE}, {1: (1, {})})
    blocks = [
        P("MỤC ĐÍCH, YÊU CẦU", (1, 0)),
        P("Mục đích", (1, 1)),
        P("Chỉ tiêu", (1, 1)),
        P("Về kinh tế", (1, 2)),
        P("Về xã hội", (1, 2)),
        P("Tập thể", (1, 3)),
        P("Cá nhân", (1, 3)),
        P("NỘI DUNG", (1, 0)),
        P("Nhiệm vụ", (1, 1)),  # restarts at 1 under II
        P("Giải pháp", (1, 2)),  # "1.1."
    ]
    assert lines(make_docx(blocks, spec)) == [
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Chỉ tiêu", "2.1. Về kinh tế",
        "2.2. Về xã hội", "a) Tập thể", "b) Cá nhân", "II. NỘI DUNG", "1. Nhiệm vụ",
        "1.1. Giải pháp",
    ]


def test_formats_and_start_overrides() -> None:
    spec = Spec(
        {1: [("lowerRoman", "%1.")], 2: [("upperLetter", "%1.")], 3: [("decimal", "(%1)")],
         4: [("bullet", "\uf0b7")], 5: [("decimalZero", "%1.")]},
        {1: (1, {}), 2: (2, {}), 3: (3, {0: 12}), 4: (4, {}), 5: (5, {})},
    )
    blocks = [P("một", (1, 0)), P("hai", (1, 0)), P("ba", (1, 0)), P("bốn", (1, 0)),
              P("A", (2, 0)), P("B", (2, 0)), P("mười hai", (3, 0)), P("mười ba", (3, 0)),
              P("gạch đầu dòng", (4, 0)), P("số không", (5, 0))]
    assert lines(make_docx(blocks, spec)) == [
        "i. một", "ii. hai", "iii. ba", "iv. bốn", "A. A", "B. B", "(12) mười hai",
        "(13) mười ba", "- gạch đầu dòng", "01. số không",
    ]


def test_instances_without_overrides_share_counters() -> None:
    # Word: two w:num of one abstract definition continue each other's numbering.
    spec = Spec({1: [("decimal", "%1.")]}, {1: (1, {}), 2: (1, {}), 3: (1, {0: 1})})
    blocks = [P("a", (1, 0)), P("b", (2, 0)), P("c", (1, 0)), P("d", (3, 0))]
    assert lines(make_docx(blocks, spec)) == ["1. a", "2. b", "3. c", "1. d"]


def test_missing_numbering_definition_warns() -> None:
    spec = Spec({1: [("decimal", "%1.")]}, {1: (1, {})})
    loaded = load_docx_bytes(make_docx([P("có số", (1, 0)), P("không rõ", (9, 0))], spec))
    assert loaded.text.strip().split("\n\n") == ["1. có số", "không rõ"]
    assert [w.code for w in loaded.warnings] == ["W109"]


def test_heading_style_and_bold_cues_disappear_after_normalising() -> None:
    blocks = [P("KẾ HOẠCH", bold=True), P("Phát động thi đua"),
              P("MỤC TIÊU", style="Heading 2")]
    text = load_docx_bytes(make_docx(blocks)).text
    assert text == "**KẾ HOẠCH**\n\nPhát động thi đua\n\n## **MỤC TIÊU**\n" or \
        text == "**KẾ HOẠCH**\n\nPhát động thi đua\n\n## MỤC TIÊU\n"
    assert normalize(text).text.split("\n") == ["KẾ HOẠCH", "", "Phát động thi đua", "", "MỤC TIÊU"]


def test_header_table_in_reading_order_and_data_table_as_rows() -> None:
    header = Table([
        [["ỦY BAN NHÂN DÂN", "XÃ HƯƠNG BÌNH"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]],
        [["Số: 12/KH-UBND"], ["Hương Bình, ngày 05 tháng 01 năm 2026"]],
    ])
    targets = Table([
        [["TT"], ["Chỉ tiêu"], ["Kế hoạch 2026"]],
        [["1"], ["Thu ngân sách"], ["13 tỷ đồng"]],
        [["2"], ["Tỷ lệ hộ nghèo"], ["dưới 2%"]],
    ])
    text = load_docx_bytes(make_docx([header, P("KẾ HOẠCH"), targets])).text
    assert [ln for ln in text.split("\n") if ln] == [
        "ỦY BAN NHÂN DÂN", "XÃ HƯƠNG BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-UBND", "Hương Bình, ngày 05 tháng 01 năm 2026",
        "KẾ HOẠCH", "TT | Chỉ tiêu | Kế hoạch 2026", "1 | Thu ngân sách | 13 tỷ đồng",
        "2 | Tỷ lệ hộ nghèo | dưới 2%",
    ]


def test_legacy_font_runs_converted() -> None:
    blocks = [
        P(tcvn3.encode("kế hoạch"), font=".VnTimeH"),
        P(tcvn3.encode("Phát động phong trào thi đua"), font=".VnTime"),
        P(vni.encode("Ủy ban nhân dân xã"), font="VNI-Times"),
        P("Căn cứ Luật Thi đua, khen thưởng"),
    ]
    loaded = load_docx_bytes(make_docx(blocks))
    assert [ln for ln in loaded.text.split("\n") if ln] == [
        "KẾ HOẠCH", "Phát động phong trào thi đua", "Ủy ban nhân dân xã",
        "Căn cứ Luật Thi đua, khen thưởng"]
    assert loaded.encoding == "tcvn3+vni"
    assert [w.code for w in loaded.warnings] == ["W102"]


def test_bad_docx_files() -> None:
    with pytest.raises(CorruptFile, match=r"x\.docx"):
        load_bytes(b"PK\x03\x04 this is not a zip at all", name="x.docx", path="x.docx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(CorruptFile, match=r"no word/document\.xml"):
        load_bytes(buf.getvalue(), name="y.docx", path="y.docx")
    good = make_docx([P("xin chào")])
    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data[: len(data) // 2]  # truncated XML
            dst.writestr(info, data)
    with pytest.raises(CorruptFile) as err:
        load_bytes(broken.getvalue(), name="z.docx", path="/data/z.docx")
    assert "/data/z.docx" in str(err.value)
    assert err.value.__cause__ is None and err.value.__suppress_context__
    with pytest.raises(EmptyDocument):
        load_bytes(make_docx([P("   ")]), name="empty.docx")


def test_missing_python_docx_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(MissingDependency, match=r"kehoach-parser\[docx\]"):
        load_docx_bytes(b"PK\x03\x04")


@pytest.mark.parametrize("name", sorted(p.stem for p in CORPUS.glob("*.txt")))
def test_variant_gives_the_same_records_as_clean_text(name: str) -> None:
    path = VARIANTS / "docx" / f"{name}.docx"
    with zipfile.ZipFile(path) as z:
        document_xml = z.read("word/document.xml").decode("utf-8")
    assert document_xml.count("<w:numPr>") >= 10  # labels are real Word numbering
    doc = parse_file(path)
    assert doc.source_format == "docx"
    assert doc.gold_view() == parse_file(CORPUS / f"{name}.txt").gold_view()


def test_libreoffice_fixture_docx() -> None:
    from test_pdf import HEADER_FIXTURE_LINES

    text = load_bytes((HERE / "fixtures" / "header.docx").read_bytes(), name="header.docx").text
    assert [ln for ln in normalize(text).text.split("\n") if ln] == HEADER_FIXTURE_LINES


def test_numbering_inherited_from_a_heading_style_and_legal_numbers() -> None:
    import docx as python_docx
    from docx.oxml import parse_xml
    from docxgen import W_NS, numbering_xml

    document = python_docx.Document()
    spec = Spec({1: [("upperRoman", "%1."), ("decimal", "%1.%2.")],
                 2: [("upperRoman", "%1."), ("decimal", "%1.%2.")]},
                {1: (1, {}), 2: (2, {})})
    document.part.numbering_part._element = parse_xml(numbering_xml(spec))
    # Heading 1 carries the list in its style; Heading 2 is level 1 of the same list.
    for style_name, ilvl in (("Heading 1", 0), ("Heading 2", 1)):
        ppr = document.styles[style_name].element.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{ilvl}"/>'
                             '<w:numId w:val="1"/></w:numPr>'))
    document.add_paragraph("MỤC ĐÍCH", style="Heading 1")
    document.add_paragraph("Mục đích", style="Heading 2")
    document.add_paragraph("NỘI DUNG", style="Heading 1")
    document.add_paragraph("Nội dung", style="Heading 2")
    # a legal-style list (isLgl): every level printed as decimal, "1.1." not "I.1."
    numbering = document.part.numbering_part.element
    lvl = numbering.findall(f"{{{W_NS}}}abstractNum")[1].findall(f"{{{W_NS}}}lvl")[1]
    lvl.append(parse_xml(f'<w:isLgl xmlns:w="{W_NS}"/>'))
    for text, ilvl in (("Chương", 0), ("Điều", 1)):
        p = document.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="2"/></w:numPr>'))
    buf = io.BytesIO()
    document.save(buf)
    out = [normalize(ln).text for ln in lines(buf.getvalue())]  # heading marks dropped
    assert out == ["I. MỤC ĐÍCH", "I.1. Mục đích", "II. NỘI DUNG", "II.1. Nội dung",
                   "I. Chương", "1.1. Điều"]
    assert lines(buf.getvalue())[0] == "# **I. MỤC ĐÍCH**"  # style heading, bold by style
