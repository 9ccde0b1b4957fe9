"""Perturbations of brief H13N: underscore italics, wraps dropped without a space, a footer
in two columns.  Each changes how the text is printed, never what the parser reads."""

from __future__ import annotations

import pytest

import kehoach_parser
from kehoach_parser.evaluation.perturb import apply_perturbations
from kehoach_parser.text.normalize import normalize

TEXT = (
    "ỦY BAN NHÂN DÂN\nHUYỆN LONG ĐIỀN\nSố: 27/KH-UBND\nLong Điền, ngày 14 tháng 8 năm 2027\n\n"
    "KẾ HOẠCH\nNÂNG CAO CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2027 - 2028\n\n"
    "Căn cứ Quyết định số 88/QĐ-UBND ngày 02 tháng 7 năm 2027 của Ủy ban nhân dân tỉnh;\n\n"
    "I. MỤC TIÊU\n- Tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 99% trong năm 2028.\n"
    "II. TỔ CHỨC THỰC HIỆN\nPhòng Giáo dục chủ trì, báo cáo trước ngày 15 tháng 12 năm 2027.\n\n"
    "Nơi nhận:\n- Sở Giáo dục và Đào tạo;\n"
    "- Các trường mầm non, tiểu học và trung học cơ sở trên địa bàn huyện;\n- Lưu: VT.\n\n"
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNguyễn Văn Tâm\n"
)


@pytest.mark.parametrize("seed", ["a", "b", "c"])
@pytest.mark.parametrize("name", ["underscore_italics", "glued_wraps"])
def test_the_normaliser_reads_the_clean_text_back(name: str, seed: str) -> None:
    perturbed = apply_perturbations(TEXT, [name], seed=seed)
    assert perturbed != TEXT
    read, clean = normalize(perturbed).text, normalize(TEXT).text
    if name == "underscore_italics":
        assert read == clean
    else:  # every date word gets its space back
        assert read == clean


def test_underscore_italics_marks_the_place_date_recipients_and_bases() -> None:
    perturbed = apply_perturbations(TEXT, ["underscore_italics"], seed="x")
    assert "_Long Điền, ngày 14 tháng 8 năm 2027_" in perturbed
    assert "_Nơi nhận:_" in perturbed
    assert "_Căn cứ Quyết định" in perturbed
    assert "Số: 27/KH-UBND" in perturbed  # the number line keeps its text


def test_glued_wraps_glue_only_date_words() -> None:
    glued = [apply_perturbations(TEXT, ["glued_wraps"], seed=s) for s in "abcdef"]
    assert any("tháng8" in g or "năm2027" in g or "ngày14" in g for g in glued)
    for g in glued:
        assert "Tỷ lệ học sinh hoàn thành chương trình" in g  # prose keeps its spaces
        assert "chủ trì, báo cáo" in g
        assert "NÂNG CAO CHẤT LƯỢNG" in g  # capitals are not glued (the gold copies glue)


@pytest.mark.parametrize("seed", ["a", "b", "c", "d"])
def test_footer_two_columns_keeps_recipients_and_signer(seed: str) -> None:
    perturbed = apply_perturbations(TEXT, ["footer_two_columns"], seed=seed)
    assert "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN" in perturbed
    assert any(line and line[0].islower() for line in perturbed.split("\n"))  # the wrap
    clean, moved = kehoach_parser.parse(TEXT), kehoach_parser.parse(perturbed)
    assert moved.recipients == clean.recipients
    assert [(s.name, s.position) for s in moved.signers] == \
        [(s.name, s.position) for s in clean.signers]


def test_footer_two_columns_leaves_a_text_without_a_footer() -> None:
    text = "KẾ HOẠCH\nTrồng cây xanh năm 2027\n\nI. MỤC TIÊU\n- Trồng 500 cây.\n"
    assert apply_perturbations(text, ["footer_two_columns"], seed="a") == text
