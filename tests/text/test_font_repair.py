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


def test_confusable_words_are_what_the_word_pattern_finds() -> None:
    # font_edits finds the words from each confusable glyph outwards; the pattern it
    # replaced tried "\p{L}*[glyphs]\p{L}*" at every letter: the same spans, in order
    import random

    import regex

    from kehoach_parser.lang.vi.font_damage import GLYPH_CONFUSIONS
    from kehoach_parser.text.font_repair import confusable_words

    pattern = regex.compile(r"\p{L}*[" + "".join(GLYPH_CONFUSIONS) + r"]\p{L}*")
    rnd = random.Random(15)
    pieces = [*GLYPH_CONFUSIONS, "a", "thì", "Đ", " ", "\n", "-", "1", "\u0301", "ß", "ǅ"]
    texts = ["", "ì", "thì là gì", "ÕÕ õ-Ị ịa1ì"]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40)))
              for _ in range(3_000)]
    for text in texts:
        assert list(confusable_words(text)) == [m.span() for m in pattern.finditer(text)]
