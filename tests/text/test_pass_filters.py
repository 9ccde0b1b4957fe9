"""The cheap checks that let a normalisation pass skip a text (issue 15): a pass that is
skipped must be one that would have found nothing."""

from __future__ import annotations

import sys

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_parser.lang.vi.orthography import TYPOS
from kehoach_parser.text import normalize as nz


def _unfiltered(pass_fn, filter_name: str, text: str, monkeypatch: pytest.MonkeyPatch):
    with monkeypatch.context() as m:
        m.setattr(nz, filter_name, lambda _text: True)
        return pass_fn(text)


_CONTROL_SAMPLES = ["a\r\nb", "a\rb", "a\u00a0b", "x\u200by", "\ufeffKẾ HOẠCH", "a\fb", "a\vb",
                    "a\u2028b", "a\ud800b", "a\u3000b", "so\u00adft"]


@pytest.mark.parametrize("text", _CONTROL_SAMPLES)
def test_control_filter_lets_every_control_character_through(text: str) -> None:
    assert nz._has_control(text)
    assert nz._control_edits(text)


def test_control_filter_names_every_character_of_the_pattern() -> None:
    # every code point the pass's pattern matches on its own is one the filter looks for
    for i in range(sys.maxunicode + 1):
        ch = chr(i)
        if nz._CONTROL_RE.fullmatch(ch):
            assert nz._has_control(f"a{ch}b"), hex(i)


def test_control_filter_skips_a_clean_text() -> None:
    assert not nz._has_control("Kế hoạch số 12/KH-UBND\n\tngày 5 tháng 3 năm 2026")
    assert nz._control_edits("Kế hoạch\n1. Mục đích") == []


_TEXT = st.text(alphabet=st.sampled_from(
    [*"aâăđêôơưAĐ \t\nphnđấuầổimẽPHÂNĐẤU", "\r", "\u00a0", "\u200b", "\u0130"]),
    max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_filtered_passes_give_the_unfiltered_edits(text: str) -> None:
    mp = pytest.MonkeyPatch()
    try:
        assert nz._control_edits(text) == _unfiltered(nz._control_edits, "_has_control", text, mp)
        assert nz._typo_edits(text) == _unfiltered(nz._typo_edits, "_may_hold_typo", text, mp)
    finally:
        mp.undo()


def test_typo_filter_is_exact_over_unicode() -> None:
    # the filter looks for each misspelling in the case-folded text: every character the
    # case-insensitive pattern matches for one of its letters must fold to that letter, or
    # be one of the exceptions the filter looks for first
    assert all(t == t.casefold() for t in TYPOS)
    for letter in sorted({c for t in TYPOS for c in t}):
        one = regex.compile("(?i)" + regex.escape(letter))
        for i in range(sys.maxunicode + 1):
            ch = chr(i)
            if one.fullmatch(ch) and ch.casefold() != letter:
                assert ch in nz.FOLD_EXCEPTIONS, (letter, hex(i))


@pytest.mark.parametrize("text", ["Phân đấu đạt 95%", "PHÂN ĐẤU", "chuyên đổi số", "MANH MẼ",
                                  "manh mẽ"])
def test_typo_filter_lets_a_misspelling_through(text: str) -> None:
    assert nz._may_hold_typo(text)


def test_typo_filter_skips_a_clean_text() -> None:
    assert not nz._may_hold_typo("Phấn đấu đạt 95% hộ dân sử dụng nước sạch")
