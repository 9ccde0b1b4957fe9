"""``fold``: a text's letters and digits, lower case, without marks (issue 15: by
``str.translate`` over a table of characters, short texts remembered)."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_parser.text import folded
from kehoach_parser.text.folded import FoldedText, fold


def _by_character(text: str | None) -> str:
    return "".join(folded._fold_char(ch) for ch in text or "")


def test_fold() -> None:
    assert fold("Ủy ban Nhân dân") == "uybannhandan"
    assert fold("Đ/c: 12-KH") == "dc12kh"
    assert fold(None) == fold("") == fold(" ;- ") == ""


def test_every_character_of_the_bmp_folds_as_before() -> None:
    text = "".join(chr(i) for i in range(0x10000) if not 0xD800 <= i <= 0xDFFF)
    assert fold(text) == _by_character(text)  # a long text: not remembered, translated


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_fold_is_the_characters_folds(text: str) -> None:
    assert fold(text) == _by_character(text)
    assert fold(text) == fold(text)  # the remembered answer is the same


def test_the_table_stops_growing(monkeypatch) -> None:
    table = folded._FoldTable()
    monkeypatch.setattr(folded, "_TABLE_SIZE", 3)
    assert "ABCDEF".translate(table) == "abcdef"
    assert len(table) == 3
    assert chr(sys.maxunicode).translate(table) == ""


def test_folded_text_finds_across_marks() -> None:
    text = "Căn cứ Nghị quyết của HĐND tỉnh"
    span = FoldedText(text).find("nghi quyet")
    assert span is not None and text[span[0]:span[1]] == "Nghị quyết"
    ft = FoldedText(text)
    assert ft.find("hội đồng") is None
