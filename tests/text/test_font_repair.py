"""Font-conversion damage is repaired from the syllable inventory, offsets unchanged."""

from __future__ import annotations

import kehoach_parser
from kehoach_parser.text.font_repair import font_edits, syllables


def test_lookalike_letters_are_replaced_in_words() -> None:
    text = "ngƣời dân Ðà Nẵng"
    edits = font_edits(text)
    assert all(e - s == 1 and len(r) == 1 for s, e, r in edits)
    out = list(text)
    for s, _e, r in edits:
        out[s] = r
    assert "".join(out) == "người dân Đà Nẵng"


def test_confused_capitals_are_repaired_only_where_the_syllable_is_not_vietnamese() -> None:
    doc = kehoach_parser.parse("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHỊA BÌNH, Thì giờ, HỎA TỐC\n")
    assert doc.text.startswith("CỘNG HÒA XÃ HỘI")
    assert "HÒA BÌNH, Thì giờ, HỎA TỐC" in doc.text  # "thì", "hỏa" are syllables: untouched
    assert "W112" in [w.code for w in doc.warnings]


def test_the_inventory_is_vietnamese_syllables() -> None:
    inv = syllables()
    assert {"hòa", "người", "nghiêng", "đường"} <= inv
    assert "hõa" not in inv and "ngƣời" not in inv
    assert all(s == s.lower() for s in list(inv)[:500])


def test_clean_text_has_no_edits_and_no_warning() -> None:
    assert font_edits("Ủy ban nhân dân xã Hòa Bình") == []
    doc = kehoach_parser.parse("KẾ HOẠCH\nỦy ban nhân dân xã Hòa Bình\n")
    assert "W112" not in [w.code for w in doc.warnings]
