"""Letters spaced out by a PDF converter are closed up when they read as Vietnamese."""

from __future__ import annotations

import pytest

import kehoach_parser
from kehoach_parser.text.aligned import AlignedText
from kehoach_parser.text.letter_spacing import letter_spacing_edits


def _closed(text: str) -> str:
    return AlignedText(text).apply(letter_spacing_edits(text)).text


@pytest.mark.parametrize(("spaced", "word"), [
    ("K Ế   H O Ạ C H", "KẾ HOẠCH"), ("K Ế H O Ạ C H", "KẾ HOẠCH"),
    ("N G H Ị  Q U Y Ế T", "NGHỊ QUYẾT"), ("Đ Ề   Á N", "ĐỀ ÁN"),
    ("T H Ô N G  B Á O", "THÔNG BÁO")])
def test_a_spaced_type_word_is_closed_up(spaced: str, word: str) -> None:
    assert _closed(spaced) == word


@pytest.mark.parametrize("text", ["Cột A B C D E", "I I I V", "Khối A B", "Tổ B C Đ"])
def test_letters_that_do_not_read_as_vietnamese_stay(text: str) -> None:
    assert _closed(text) == text


def test_the_parse_reads_the_spaced_type_line_and_maps_back() -> None:
    text = ("ỦY BAN NHÂN DÂN\nXÃ AN HÒA\nSố: 12/KH-UBND\nAn Hòa, ngày 2 tháng 3 năm 2027\n\n"
            "K Ế   H O Ạ C H\nTổ chức Tết trồng cây năm 2027\n\nI. MỤC ĐÍCH\n")
    doc = kehoach_parser.parse(text)
    assert (doc.doc_type, doc.title) == ("Kế hoạch", "Tổ chức Tết trồng cây năm 2027")
    k = doc.text.index("KẾ HOẠCH")
    start, end = doc.to_original((k, k + len("KẾ HOẠCH")))
    assert text[start:end] == "K Ế   H O Ạ C H"
    assert any(w.code == "W112" for w in doc.warnings)
