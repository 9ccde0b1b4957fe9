"""PDF loader: reading order, page furniture, paragraphs, both engines, bad files."""

from __future__ import annotations

import functools
import sys

import pytest
from loader_paths import CORPUS, HERE, VARIANTS
from pdfgen import cid_pdf, scanned_pdf, text_pdf

from kehoach_parser import parse_bytes, parse_file
from kehoach_parser.errors import (
    CorruptFile,
    EmptyDocument,
    EncryptedPDF,
    MissingDependency,
    NoTextLayer,
)
from kehoach_parser.loaders import load_bytes
from kehoach_parser.loaders.pdf import default_engine, load_pdf_bytes
from kehoach_parser.text.normalize import normalize

ENGINES = ["layout", "fast"]

LEFT = 20.0
HEADER = [
    ("ỦY BAN NHÂN DÂN", "c:50", 20, True), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "c:140", 20, True),
    ("XÃ HƯƠNG BÌNH", "c:50", 26, True), ("Độc lập - Tự do - Hạnh phúc", "c:140", 26, True),
    ("Số: 12/KH-UBND", "c:50", 36, False), ("Hương Bình, ngày 05 tháng 01 năm 2026", "c:140", 36, False),
    ("KẾ HOẠCH", "c:105", 50, True),
    ("Phát động phong trào thi đua năm 2026", "c:105", 57, False),
]
BODY = [
    ("Thực hiện Chỉ thị số 01/CT-UBND ngày 14/01/2025 của Ủy ban nhân dân tỉnh về", LEFT, 72, False),
    ("phát động phong trào thi đua yêu nước năm 2026, ban hành kế hoạch như sau:", LEFT, 78, False),
    ("I. MỤC ĐÍCH, YÊU CẦU", LEFT, 90, True),
    ("1. Phát động sâu rộng các phong trào thi đua, tạo động lực hoàn thành các chỉ", LEFT, 102, False),
    ("tiêu kinh tế - xã hội; nâng cao đời sống vật chất, tinh thần của Nhân dân và", LEFT, 108, False),
    ("góp phần giữ vững ổn định chính trị, bảo đảm quốc phòng, an ninh trên địa bàn.", LEFT, 114, False),
]


def _text(data: bytes, engine: str) -> list[str]:
    return [ln for ln in normalize(load_pdf_bytes(data, engine=engine).text).text.split("\n") if ln]


@pytest.mark.parametrize("engine", ENGINES)
def test_two_column_header_read_in_order(engine: str) -> None:
    out = _text(text_pdf([HEADER + BODY]), engine)
    assert out[:8] == [
        "ỦY BAN NHÂN DÂN", "XÃ HƯƠNG BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-UBND",
        "Hương Bình, ngày 05 tháng 01 năm 2026", "KẾ HOẠCH",
        "Phát động phong trào thi đua năm 2026",
    ]
    assert out[8].startswith("Thực hiện Chỉ thị") and out[8].endswith("như sau:")
    assert out[9] == "I. MỤC ĐÍCH, YÊU CẦU"
    assert out[10].startswith("1. Phát động") and out[10].endswith("trên địa bàn.")
    assert len(out) == 11


def test_bold_is_a_heading_cue_in_layout_engine() -> None:
    text = load_pdf_bytes(text_pdf([HEADER + BODY]), engine="layout").text
    assert "**I. MỤC ĐÍCH, YÊU CẦU**" in text.split("\n")
    assert "**KẾ HOẠCH**" in text.split("\n")


@pytest.mark.parametrize("engine", ENGINES)
def test_page_numbers_removed_and_paragraph_rejoined_across_pages(engine: str) -> None:
    page1 = [("Các cơ quan, đơn vị tổ chức phát động phong trào thi đua thực hiện nhiệm", LEFT, 270, False),
             ("vụ chính trị, gắn với việc xây dựng và nhân rộng điển hình tiên tiến trong", LEFT, 276, False)]
    page2 = [("Nhân dân; kịp thời biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu.", LEFT, 25, False),
             ("II. TỔ CHỨC THỰC HIỆN", LEFT, 37, False)]
    page3 = [("Giao Phòng Văn hóa - Xã hội theo dõi, đôn đốc, báo cáo kết quả thực hiện.", LEFT, 25, False)]
    data = text_pdf([page1, page2, page3], page_numbers=True)
    loaded = load_pdf_bytes(data, engine=engine)
    out = [ln for ln in normalize(loaded.text).text.split("\n") if ln]
    assert out == [
        ("Các cơ quan, đơn vị tổ chức phát động phong trào thi đua thực hiện nhiệm vụ chính trị, "
        "gắn với việc xây dựng và nhân rộng điển hình tiên tiến trong Nhân dân; kịp thời biểu "
        "dương, khen thưởng các tập thể, cá nhân tiêu biểu."),
        "II. TỔ CHỨC THỰC HIỆN",
        "Giao Phòng Văn hóa - Xã hội theo dõi, đôn đốc, báo cáo kết quả thực hiện.",
    ]
    assert [w.code for w in loaded.warnings] == ["W108"]


@pytest.mark.parametrize("engine", ENGINES)
def test_hyphenated_words_rejoined(engine: str) -> None:
    lines = [("Đề nghị các cơ quan báo cáo kết quả thực hiện Kế hoạch về Văn phòng UBND-", LEFT, 30, False),
             ("HĐND xã trước ngày 15/12/2026 để tổng hợp và báo cáo các cơ quan cấp trên", LEFT, 36, False),
             ("theo quy định; tham gia hội thảo về quản lý văn bản, hồ sơ điện tử (e-gov-", LEFT, 42, False),
             ("ernment) theo hướng dẫn của Sở Nội vụ.", LEFT, 48, False)]
    out = _text(text_pdf([lines]), engine)
    assert out == [
        ("Đề nghị các cơ quan báo cáo kết quả thực hiện Kế hoạch về Văn phòng UBND-HĐND xã trước "
        "ngày 15/12/2026 để tổng hợp và báo cáo các cơ quan cấp trên theo quy định; tham gia hội "
        "thảo về quản lý văn bản, hồ sơ điện tử (e-government) theo hướng dẫn của Sở Nội vụ.")
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_cid_fonts_are_no_text_layer(engine: str) -> None:
    with pytest.raises(NoTextLayer, match="OCR is out of scope") as err:
        load_bytes(cid_pdf(), name="cid.pdf", path="/in/cid.pdf")
    assert "/in/cid.pdf" in str(err.value)
    with pytest.raises(NoTextLayer):
        load_pdf_bytes(cid_pdf(), engine=engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_scanned_pdf_is_no_text_layer(engine: str) -> None:
    with pytest.raises(NoTextLayer, match="scanned image"):
        load_pdf_bytes(scanned_pdf(), engine=engine, path="scan.pdf")


@pytest.mark.parametrize("engine", ENGINES)
def test_encrypted_pdf(engine: str) -> None:
    data = text_pdf([BODY], encrypt="secret")
    with pytest.raises(EncryptedPDF, match=r"enc\.pdf"):
        load_pdf_bytes(data, engine=engine, path="enc.pdf")


def test_owner_password_only_pdf_is_readable() -> None:
    data = text_pdf([BODY], encrypt="")  # permissions only, empty user password
    for engine in ENGINES:
        assert "Thực hiện Chỉ thị" in load_pdf_bytes(data, engine=engine).text


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("data", [b"%PDF-1.4\ngarbage", b"%PDF-1.7\n" + b"\x00\xff" * 500])
def test_corrupt_pdf(engine: str, data: bytes) -> None:
    with pytest.raises(CorruptFile) as err:
        load_pdf_bytes(data, engine=engine, path="bad.pdf")
    assert "bad.pdf" in str(err.value) and err.value.__cause__ is None


def test_truncated_real_pdf() -> None:
    data = (VARIANTS / "pdf" / "001_8353b6c099b5b052.pdf").read_bytes()[:3000]
    for engine in ENGINES:
        with pytest.raises((CorruptFile, NoTextLayer, EmptyDocument)):
            load_pdf_bytes(data, engine=engine, path="cut.pdf")


def test_engine_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KEHOACH_PDF_ENGINE", raising=False)
    assert default_engine() == "layout"
    monkeypatch.setenv("KEHOACH_PDF_ENGINE", "fast")
    assert default_engine() == "fast"
    data = text_pdf([BODY])
    assert load_bytes(data, name="a.pdf").encoding == "pdf-fast"
    assert load_bytes(data, name="a.pdf", pdf_engine="layout").encoding == "pdf-layout"
    with pytest.raises(ValueError, match="unknown PDF engine"):
        load_pdf_bytes(data, engine="ocr")


def test_missing_pdfminer_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pdfminer.pdfparser", None)
    with pytest.raises(MissingDependency, match=r"kehoach-parser\[pdf\]"):
        load_pdf_bytes(text_pdf([BODY]), engine="layout")
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    with pytest.raises(MissingDependency, match=r"kehoach-parser\[pdf\]"):
        load_pdf_bytes(text_pdf([BODY]), engine="fast")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", sorted(p.stem for p in CORPUS.glob("*.txt")))
def test_variant_gives_the_same_records_as_clean_text(
    name: str, engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KEHOACH_PDF_ENGINE", engine)
    doc = parse_file(VARIANTS / "pdf" / f"{name}.pdf")
    assert doc.source_format == "pdf" and doc.encoding == f"pdf-{engine}"
    assert "W108" in [w.code for w in doc.warnings]
    assert doc.gold_view() == parse_file(CORPUS / f"{name}.txt").gold_view()


@functools.cache
def _rendered(name: str) -> bytes:
    from pdfgen import render_plan

    return render_plan((CORPUS / f"{name}.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", ["002_082d302336bb75a5", "004_da368c341be63dc3"])
def test_plan_from_another_producer(name: str, engine: str,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Not tuned to LibreOffice: fpdf2's own layout, no space between paragraphs."""
    monkeypatch.setenv("KEHOACH_PDF_ENGINE", engine)
    doc = parse_bytes(_rendered(name), name=f"{name}.pdf")
    assert doc.encoding == f"pdf-{engine}"
    assert doc.gold_view() == parse_file(CORPUS / f"{name}.txt").gold_view()


#: The engines that read a ruled table from its rules (the others from text alignment).
RULE_READING_ENGINES = ("layout", "fast")
HEADER_FIXTURE_LINES = [
    "ỦY BAN NHÂN DÂN", "XÃ HƯƠNG BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-UBND", "Hương Bình, ngày 05 tháng 01 năm 2026",
    "KẾ HOẠCH", "Phát động phong trào thi đua năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Phát động phong trào thi đua sâu rộng trong cán bộ, công chức và Nhân dân.",
    "II. CHỈ TIÊU THI ĐUA", "TT | Chỉ tiêu | Kế hoạch năm 2026",
    "1 | Thu ngân sách trên địa bàn | trên 13 tỷ đồng", "2 | Tỷ lệ hộ nghèo | dưới 2%",
    "Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT, VHXH.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
    "Nguyễn Văn An",
]


@pytest.mark.parametrize("engine", ENGINES)
def test_libreoffice_plan_with_full_header_and_table(engine: str) -> None:
    """tests/loaders/fixtures/header.pdf: Word tables exported by LibreOffice — a quốc hiệu
    wrapped in its cell, a table of targets with a wrapped cell, the signature table."""
    data = (HERE / "fixtures" / "header.pdf").read_bytes()
    expected = list(HEADER_FIXTURE_LINES)
    if engine in RULE_READING_ENGINES:  # the table is ruled: read cell by cell, pipe rows
        expected[11:14] = [f"| {row} |" for row in expected[11:14]]
    assert _text(data, engine) == expected


@pytest.mark.parametrize("engine", ENGINES)
def test_running_header_and_footer_removed_body_kept(engine: str) -> None:
    from pdfgen import furniture_pdf

    loaded = load_pdf_bytes(furniture_pdf(), engine=engine)
    lines = [ln for ln in loaded.text.split("\n") if ln]
    assert len(lines) == 60
    assert all(ln.endswith("theo kế hoạch đề ra.") for ln in lines)
    assert [ln.split(".", 1)[0] for ln in lines] == [str(i) for i in range(1, 61)]
    assert loaded.warnings[0].code == "W108"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_sparse_justified_line_is_not_two_columns(engine: str) -> None:
    # Word gaps of 3 line heights in a justified line: still one line of one paragraph.
    lines = [("Các cơ quan, đơn vị tổ chức thực hiện tốt phong trào thi đua yêu nước,", LEFT, 30, False),
             ("đồng thời", LEFT, 36, False), ("khen thưởng", 86, 36, False),
             ("kịp thời các tập thể, cá nhân.", 130, 36, False),
             ("Giao Phòng Văn hóa - Xã hội theo dõi, đôn đốc và báo cáo kết quả thực hiện.", LEFT, 48, False)]
    assert _text(text_pdf([lines]), engine) == [
        ("Các cơ quan, đơn vị tổ chức thực hiện tốt phong trào thi đua yêu nước, đồng thời khen "
         "thưởng kịp thời các tập thể, cá nhân."),
        "Giao Phòng Văn hóa - Xã hội theo dõi, đôn đốc và báo cáo kết quả thực hiện.",
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_legacy_run_in_a_pdf_is_still_repaired_and_a_unicode_pdf_untouched(engine: str) -> None:
    pytest.importorskip("fpdf")
    from kehoach_parser.loaders.encodings import tcvn3

    unicode_line = "Ủy ban nhân dân xã tổ chức hội nghị sơ kết"
    legacy_line = tcvn3.encode("Phát động phong trào thi đua năm 2026")
    plain = load_pdf_bytes(text_pdf([[(unicode_line, LEFT, 30, False)] * 1]), engine=engine)
    assert "legacy" not in plain.encoding and not [w for w in plain.warnings if w.code == "W103"]
    mixed = load_pdf_bytes(text_pdf([[(unicode_line, LEFT, 30, False),
                                      (legacy_line, LEFT, 60, False)]]), engine=engine)
    assert mixed.encoding.endswith("+legacy-runs")
    assert "Phát động phong trào thi đua năm 2026" in mixed.text
    assert [w.code for w in mixed.warnings if w.code == "W103"] == ["W103"]
