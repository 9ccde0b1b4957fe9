"""The same plan as web pages, Word, pandoc and PDF text print it: the parse of each
rendering equals the parse of the clean text, and every record's span maps back to the
characters of the rendering it was read from."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable

import pytest

import kehoach_parser
from kehoach_parser.text.normalize import normalize

CLEAN = (
    "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 15/KH-UBND\nHòa Bình, ngày 10 tháng 3 năm 2027\n\n"
    "KẾ HOẠCH\nPhát triển sản xuất nông nghiệp năm 2027\n\n"
    "Căn cứ Nghị quyết số 08/NQ-HĐND ngày 20/12/2026 của Hội đồng nhân dân xã;\n"
    "I. MỤC TIÊU\n"
    "1. Mục tiêu chung\n"
    "Phát triển sản xuất gắn với nâng cao thu nhập của người dân trên địa bàn xã.\n"
    "2. Chỉ tiêu cụ thể\n"
    "- Tỷ lệ hộ nghèo giảm xuống dưới 2% vào cuối năm 2027.\n"
    "- Diện tích trồng lúa đạt 1.200 ha.\n"
    "- Tỷ lệ trẻ em được tiêm chủng đầy đủ ≥ 95%.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "Giao các ban, ngành đoàn thể xã triển khai thực hiện trước ngày 30/6/2027.\n\n"
    "Nơi nhận:\n- UBND huyện;\n- Đảng ủy xã;\n- Lưu: VT.\n"
)


def _lines(rewrite: Callable[[str], str]) -> Callable[[str], str]:
    return lambda text: "\n".join(rewrite(line) for line in text.split("\n"))


def html_entities(text: str) -> str:
    latin1 = {ch: f"&{html.entities.codepoint2name[ord(ch)]};" for ch in set(text)
              if 0xC0 <= ord(ch) <= 0xFF}
    out = text.translate(str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", **latin1}))
    return out.replace("- ", "-&nbsp;").replace("Số: ", "S&#7889;:&#160;")


def html_tags(text: str) -> str:
    def line(s: str) -> str:
        if not s:
            return "<p>&nbsp;</p>"
        if s.startswith(("I. ", "II. ")):
            return f"<h2>{s}</h2>"
        if s.isupper():
            return f"<p><strong>{s}</strong></p>"
        return f"<p>{s}</p>" if s.endswith(".") else s + "<br />"
    return "\n".join(line(s) for s in text.split("\n"))


def invisible(text: str) -> str:
    out = text.replace("nghèo", "ngh\u00adèo").replace("NHÂN", "NHÂ\u00adN")
    out = out.replace("Tỷ lệ", "Tỷ\u00a0lệ").replace("lúa", "l\u200búa")
    return "\ufeff" + out.replace("ban,", "ban\u2060,").replace(" xã", " \u200cxã")


def pandoc(text: str) -> str:
    out = re.sub(r"(?m)^(\d|[IV]+)\. ", r"\1\\. ", text)
    out = re.sub(r"(?m)^- ", r"\\- ", out)
    return re.sub(r"(?m)^(KẾ HOẠCH|[IV]+\\\. .*)$", r"**\1**", out)


def full_width(text: str) -> str:
    wide = str.maketrans({**{str(d): chr(0xFF10 + d) for d in range(10)}, "%": "％"})
    return text.translate(wide)


def symbol_font(text: str) -> str:
    out = re.sub(r"(?m)^- ", "\uf0a7\t", text)
    return out.replace("≥", "\uf0b3")


def page_number(text: str) -> str:
    return text.replace("thu nhập của", "thu nhập\n\n- 2 -\n\ncủa")


def label_gap(text: str) -> str:
    return re.sub(r"(?m)^(\d\.|[IV]+\.|-) ", lambda m: m.group(1) + "\t", text)


def label_glued(text: str) -> str:
    return re.sub(r"(?m)^(\d\.|[IV]+\.) ", r"\1", text)


def eth(text: str) -> str:
    return text.translate(str.maketrans("đĐ", "ðÐ"))


RENDERINGS: dict[str, Callable[[str], str]] = {
    "html_entities": html_entities, "html_tags": html_tags, "invisible": invisible,
    "pandoc": pandoc, "full_width": full_width, "symbol_font": symbol_font,
    "page_number": page_number, "label_gap": label_gap, "label_glued": label_glued,
    "eth": eth,
}


def readable(text: str) -> str:
    """What a reader sees in a stretch of a rendering: tags and escapes gone, references
    decoded, invisible characters dropped, full-width and Symbol-font signs as ASCII."""
    text = re.sub(r"<[^>]{1,40}>", " ", text).replace("\\", "").replace("**", "")
    text = html.unescape(text)
    text = re.sub("[\u200b\u200c\u2060\ufeff\u00ad]", "", text).replace("\uf0b3", "≥")
    text = unicodedata.normalize("NFKC", text).translate(str.maketrans("ðÐ", "đĐ"))
    return " ".join(text.split())


def records(doc: kehoach_parser.Document) -> dict[str, object]:
    return doc.gold_view()


@pytest.fixture(scope="module")
def clean() -> kehoach_parser.Document:
    return kehoach_parser.parse(CLEAN)


def test_the_clean_plan_reads_as_written(clean: kehoach_parser.Document) -> None:
    assert clean.issuer == "Ủy ban nhân dân xã Hòa Bình"
    assert [(s.label, s.title) for s in clean.sections][:2] == [("I", "MỤC TIÊU"),
                                                                ("1", "Mục tiêu chung")]
    assert [(i.comparator, i.value, i.unit) for i in clean.indicators] == [
        ("<", 2.0, "%"), ("=", 1200.0, "ha"), (">=", 95.0, "%")]
    assert clean.recipients == ["UBND huyện", "Đảng ủy xã"]


@pytest.mark.parametrize("name", sorted(RENDERINGS))
def test_a_rendering_parses_as_the_clean_text(name: str,
                                              clean: kehoach_parser.Document) -> None:
    rendered = RENDERINGS[name](CLEAN)
    assert rendered != CLEAN
    doc = kehoach_parser.parse(rendered)
    assert records(doc) == records(clean)


@pytest.mark.parametrize("name", sorted(RENDERINGS))
def test_spans_map_to_the_rendering_s_characters(name: str) -> None:
    rendered = RENDERINGS[name](CLEAN)
    doc = kehoach_parser.parse(rendered)
    spans = [i.span for i in doc.indicators] + [s.span for s in doc.sections]
    assert len(spans) == 7  # three targets, four headings
    for span in spans:
        text = doc.text[span[0]:span[1]]
        start, end = doc.to_original(span)
        seen, read = readable(rendered[start:end]), readable(text)
        if name == "label_glued":  # the space put after the label has no character of its own
            seen, read = seen.replace(" ", ""), read.replace(" ", "")
        assert seen == read, (text, rendered[start:end])


# --- each repair, and what it leaves alone ----------------------------------------------------

def test_html_references_decoded_and_a_bare_ampersand_kept() -> None:
    assert normalize("Ph&aacute;t tri&#7875;n &#x111;&#7845;t").text == "Phát triển đất"
    assert normalize("Nước sạch & VSMT &unknown; A&B").text == "Nước sạch & VSMT &unknown; A&B"
    assert normalize("dưới&nbsp;5&lt;x").text == "dưới 5<x"


def test_empty_paragraph_is_a_blank_line_and_a_break_before_a_line_end_is_that_end() -> None:
    assert normalize("<p>Một.</p>\n<p>&nbsp;</p>\n<p>Hai.</p>").text == "Một.\n\nHai."
    assert normalize("Một<br />\nHai<br>Ba").text == "Một\nHai\nBa"


def test_full_width_forms_and_symbol_font_signs() -> None:
    assert normalize("ｎăm ２０２７ đạt ９５％").text == "năm 2027 đạt 95%"
    assert normalize("tỷ lệ \uf0b3 90%, \uf0a3 5%").text == "tỷ lệ ≥ 90%, ≤ 5%"


def test_label_gap_is_one_space_but_a_row_keeps_its_gaps() -> None:
    assert normalize("1.\tMục tiêu").text == "1. Mục tiêu"
    assert normalize("a)     Nội dung  hai").text == "a) Nội dung hai"
    assert normalize("-\tUBND huyện;").text == "- UBND huyện;"
    assert normalize("1.\tTỷ lệ hộ nghèo\t5%").text == "1.\tTỷ lệ hộ nghèo\t5%"
    assert normalize("Số:      15/KH-UBND").text == "Số:\t15/KH-UBND"  # no label


def test_glued_label_given_its_space_only_where_it_is_a_label() -> None:
    assert normalize("1.Mục tiêu\nII.NHIỆM VỤ\nb)nội dung").text == \
        "1. Mục tiêu\nII. NHIỆM VỤ\nb) nội dung"
    for kept in ("1.5 triệu đồng", "TP.Hồ Chí Minh", "Đạt 1.Mục", "V.v triển khai"):
        assert normalize(kept).text == kept


def test_page_numbers_dropped_but_a_table_ordinal_kept() -> None:
    body = "\n".join(f"Dòng thứ {k} của văn bản." for k in range(20))
    text = f"{body}\nphấn đấu đạt\n\n- 2 -\n\nmức đề ra.\n{body}\n\nTrang 3\n\nHết."
    out = normalize(text).text
    assert "- 2 -" not in out and "Trang 3" not in out
    assert "phấn đấu đạt mức đề ra." in out
    bare = f"{body}\n\n2\n\n{body}\n\n3\n\n{body}"
    assert "\n2\n" not in normalize(bare).text  # a run of bare numbers a page apart
    cells = "STT\n\nChỉ tiêu\n\nKế hoạch\n\n1\n\nThu ngân sách\n\n12,5\n\n2\n\nLúa\n\n1.200"
    assert normalize(cells).text.split("\n\n") == cells.split("\n\n")
    assert normalize(f"{body}\n\n7\n\n{body}").text.count("\n7\n") == 1  # one bare number


def test_soft_hyphen_after_a_capital_is_no_mojibake() -> None:
    assert normalize("ỦY BAN NHÂ\u00adN DÂN XÃ AN").text == "ỦY BAN NHÂN DÂN XÃ AN"
    assert normalize("Káº¿ hoáº¡ch").text == "Kế hoạch"  # real damage still repaired
