"""The character renderings of web pages, Word, pandoc and PDF text as perturbations: each
changes how the text is printed, never what the normaliser reads back."""

from __future__ import annotations

import pytest

from kehoach_parser.evaluation.perturb import SYMBOL_FONT_BULLETS, apply_perturbations
from kehoach_parser.text.normalize import normalize

TEXT = (
    "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\n\nKẾ HOẠCH\nChăm sóc sức khỏe nhân dân năm 2028\n\n"
    "I. MỤC TIÊU\n1. Chỉ tiêu chủ yếu\n"
    "- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn dưới 8% vào cuối năm 2028.\n"
    "+ Số trạm y tế đạt chuẩn quốc gia: 3 trạm, \"theo bộ tiêu chí mới\".\n"
    "a) Tỷ lệ người dân tham gia bảo hiểm y tế ≥ 95%.\n"
    "| 1 | Giường bệnh | giường | 12 |\n"
    + "".join(f"Dòng {k}: nội dung triển khai của các thôn trong xã.\n" for k in range(60))
    + "II. TỔ CHỨC THỰC HIỆN\nGiao Trạm y tế xã chủ trì.\n"
)

RENDERINGS = ("html_entities", "html_tags", "invisible_chars", "markdown_escapes",
              "smart_typography", "fullwidth_digits", "symbol_bullets", "symbol_font_signs",
              "eth_for_d", "page_numbers", "label_gap", "label_glued")


def words(text: str) -> list[str]:
    """The words the normaliser reads, without bullets, quotes and label stops."""
    folded = normalize(text).text.translate(str.maketrans("“”", '""'))
    signs = {"-", "+", "|", *SYMBOL_FONT_BULLETS}
    return [w.strip('"') for w in folded.replace("1.", "1. ").replace("I.", "I. ").split()
            if w not in signs]


@pytest.mark.parametrize("name", RENDERINGS)
def test_rendering_changes_the_text_and_not_what_is_read(name: str) -> None:
    out = apply_perturbations(TEXT, [name], seed="doc-r")
    assert out != TEXT
    assert words(out) == words(TEXT)


def test_html_entities_name_latin1_letters_and_signs() -> None:
    out = apply_perturbations(TEXT, ["html_entities"], seed="x")
    assert "&Agrave;" not in out and "X&Atilde; AN PH&Uacute;" in out
    assert "&ge;" not in out and "| 1 |" in out  # a sign outside Latin-1 stays
    assert "1.&nbsp;Chỉ ti&ecirc;u" in out


def test_html_tags_leave_table_rows_alone() -> None:
    out = apply_perturbations(TEXT, ["html_tags"], seed="x").split("\n")
    assert "| 1 | Giường bệnh | giường | 12 |" in out
    assert any(line.startswith("<p>") and line.endswith("</p>") for line in out)


def test_markdown_escapes_escape_labels_and_bullets() -> None:
    out = apply_perturbations(TEXT, ["markdown_escapes"], seed="x").split("\n")
    assert "1\\. Chỉ tiêu chủ yếu" in out and "**KẾ HOẠCH**" in out
    assert "Giao Trạm y tế xã chủ trì." in out  # a sentence is not bold
    assert any(line.startswith("\\- Tỷ lệ") for line in out)
    assert "**ỦY BAN NHÂN DÂN**" in out


def test_symbol_bullets_one_sign_per_level() -> None:
    out = apply_perturbations(TEXT, ["symbol_bullets"], seed="x").split("\n")
    dash = next(line for line in out if "Tỷ lệ trẻ em" in line)[0]
    plus = next(line for line in out if "Số trạm" in line)[0]
    assert dash in SYMBOL_FONT_BULLETS and plus in SYMBOL_FONT_BULLETS and dash != plus


def test_page_numbers_stand_between_blank_lines_after_the_header() -> None:
    out = apply_perturbations(TEXT, ["page_numbers"], seed="x").split("\n")
    marks = [k for k, line in enumerate(out) if line.strip() and line.strip(" -").replace(
        "Trang ", "").split("/")[0].isdigit()]
    assert marks and all(out[k - 1] == "" for k in marks)
    assert all(k > 10 for k in marks)


def test_label_gap_and_glued_labels() -> None:
    gap = apply_perturbations(TEXT, ["label_gap"], seed="x").split("\n")
    assert not any(line.startswith("1. C") for line in gap)
    glued = apply_perturbations(TEXT, ["label_glued"], seed="x").split("\n")
    assert "1.Chỉ tiêu chủ yếu" in glued and "I.MỤC TIÊU" in glued
    assert any(line.startswith("- Tỷ lệ") for line in glued)  # a bullet keeps its space
