"""``wrapped_sentence_start`` looks for the sentence end backwards (issue 15); it must give
what reading every sign forwards and keeping the last one that ends a sentence gives."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_parser.extract.references.citations import wrapped_sentence_start
from kehoach_parser.text.lines import read_label

_SIGN_FORWARD = regex.compile(r"[.;!?](?=[ \t\n])|\n")


def _forward(text: str, pos: int, floor: int, lookback: int, semicolon: bool) -> int:
    lo = max(floor, pos - lookback)
    start = lo
    for m in _SIGN_FORWARD.finditer(text, lo, pos):
        if m.group() == ";" and not semicolon:
            continue
        if m.group() == "\n":
            before = text[lo:m.start()].rstrip(" \t")
            if before and not before.endswith("\n") and before[-1] not in ".;:!?" \
                    and read_label(text[m.end():pos]) is None:
                continue
        start = m.end()
    return start


_PIECES = st.sampled_from(["Căn cứ", " ", "\t", "\n", "\n\n", ".", ";", ":", "!", "?", "số",
                           "1.", "a)", "- ", "ngày 5/3", "Quyết định", "12/QĐ-UBND", "\n2. ",
                           "x"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.integers(0, 30), st.integers(5, 200), st.booleans())
def test_backward_scan_agrees_with_the_forward_reading(pieces: list[str], floor: int,
                                                       lookback: int, semicolon: bool) -> None:
    text = "".join(pieces)
    for pos in range(len(text) + 1):
        fl = min(floor, pos)
        assert wrapped_sentence_start(text, pos, fl, lookback, semicolon=semicolon) \
            == _forward(text, pos, fl, lookback, semicolon), (text, pos)


def test_a_wrapped_line_keeps_its_sentence() -> None:
    text = "Căn cứ Nghị định số\n27/2022/NĐ-CP. Theo Quyết định số\n15/QĐ-UBND"
    pos = text.index("15/QĐ")
    assert text[wrapped_sentence_start(text, pos):pos] == " Theo Quyết định số\n"
    assert wrapped_sentence_start(text, text.index("27/2022")) == 0

