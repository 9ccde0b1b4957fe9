"""The shared builder of word alternations (``lang/vi/patterns.py``)."""

from __future__ import annotations

import sys

import regex
from hypothesis import given
from hypothesis import strategies as st

from kehoach_parser.lang.vi.patterns import (
    BLANKS,
    LETTER_DIGIT,
    SPACES,
    Boundary,
    alternation,
    escape,
    ordered,
)


def _find(pattern: str, text: str, flags: int = 0) -> list[str]:
    return [m.group() for m in regex.finditer(pattern, text, flags)]


def test_longer_words_are_tried_first() -> None:
    assert _find(alternation(["kỳ", "kỳ họp"]), "kỳ họp thứ 9") == ["kỳ họp"]
    assert _find(alternation(["xã", "xã hội"]), "xã hội") == ["xã hội"]


def test_ordered_drops_repeats_and_keeps_ties_in_data_order() -> None:
    assert ordered(["ba", "hai", "mười", "ba", "tư"]) == ["mười", "hai", "ba", "tư"]


@given(st.lists(st.text(min_size=1, max_size=6), max_size=12))
def test_ordered_is_longest_first_without_repeats(words: list[str]) -> None:
    out = ordered(words)
    assert set(out) == set(words) and len(out) == len(set(words))
    assert [len(w) for w in out] == sorted((len(w) for w in out), reverse=True)


def test_words_are_escaped() -> None:
    assert _find(alternation(["(%)", "+/-", "v.v."]), "tăng (%) và +/- và vxv.") == ["(%)", "+/-"]


def test_the_boundary_refuses_a_neighbouring_letter_with_diacritics() -> None:
    pat = alternation(["ban"], boundary="both")
    assert _find(pat, "Ban bàn bạn ban") == ["ban"]
    assert _find(pat, "ban1") == ["ban"]  # a digit is no letter under the default edge
    assert _find(alternation(["ban"], boundary="both", edge=LETTER_DIGIT), "ban1 ban") == ["ban"]


def test_one_sided_boundaries() -> None:
    assert _find(alternation(["hội"], boundary="start"), "xãhội hội đồng hộiđồng") == ["hội", "hội"]
    assert _find(alternation(["hội"], boundary="end"), "xãhội hộiđồng") == ["hội"]


def test_a_sign_needs_no_boundary() -> None:
    pat = alternation(["đến", "-"], boundary="both")
    assert _find(pat, "2025-2030 đếnnơi đến") == ["-", "đến"]


def test_spaces_inside_phrases() -> None:
    assert _find(alternation(["kỳ họp"]), "kỳ  họp kỳ họp") == ["kỳ họp"]
    assert _find(alternation(["kỳ họp"], space=BLANKS), "kỳ \t họp kỳ\nhọp") == ["kỳ \t họp"]
    assert _find(alternation(["kỳ họp"], space=SPACES), "kỳ\nhọp") == ["kỳ\nhọp"]


def test_ignore_case_stays_inside_the_group() -> None:
    pat = alternation(["nơi nhận"], ignore_case=True) + "X"
    assert _find(pat, "NƠI NHẬNX NƠI NHẬNx") == ["NƠI NHẬNX"]


def test_the_result_is_one_group_safe_in_verbose_patterns_and_under_quantifiers() -> None:
    boundaries: tuple[Boundary, ...] = ("none", "start", "end", "both")
    for boundary in boundaries:
        alt = alternation(["kỳ họp", ","], boundary=boundary)
        pat = regex.compile(rf"^ {alt} ? \d $", regex.VERBOSE)
        assert pat.match("kỳ họp9") and pat.match("9") and pat.match(",9")
        assert not pat.match("kỳhọp9")


def test_escape_is_regex_escape_for_every_character() -> None:
    # issue 15: the fast path must give what regex.escape gives, character by character
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert escape(char) == regex.escape(char), hex(code)
    for word in ("kỳ họp", "UBND-TP", "a.b", "x*y", "(b/c)", "tab\there", "nbsp\u00a0x", ""):
        assert escape(word) == regex.escape(word)
