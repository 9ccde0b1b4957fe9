"""Passes that look for a cheap sign before trying their pattern (issue 15, round 13): each
finds what the plain ``finditer`` (or search) of its pattern finds."""

from __future__ import annotations

import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_parser.lang.vi.orthography import TONE_PLACEMENT
from kehoach_parser.text import glued_words, page_numbers, reflow
from kehoach_parser.text import normalize as nz


def _texts(pieces: list[str], max_size: int, min_size: int = 0) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), min_size=min_size, max_size=max_size).map("".join)


#: Every code point, as one string: a class's members over all of Unicode in one scan.
_ALL = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)


def _matched_by(pattern: str) -> set[str]:
    return set(regex.findall(pattern, _ALL))


# --- tone placement -------------------------------------------------------------------------

def test_tone_start_classes_hold_every_case_insensitive_form() -> None:
    assert all(len(pair) == 2 for pair in TONE_PLACEMENT)
    firsts = {p[0] for p in TONE_PLACEMENT}
    seconds = {p[1] for p in TONE_PLACEMENT}
    for letters in (firsts, seconds):
        found = _matched_by("(?i)[" + regex.escape("".join(letters)) + "]")
        assert found <= set(nz.case_forms(letters)), found - set(nz.case_forms(letters))


def test_case_forms() -> None:
    assert nz.case_forms("oà") == "".join(sorted("oOàÀ"))
    assert nz.case_forms("") == ""


_TONE_TEXT = _texts([*"oOuUqQhtn \n.", "à", "Á", "ý", "Ỳ", "ẹ", "ạ", "oà", "uý", "Oà"], 40)


@settings(max_examples=400, deadline=None)
@given(_TONE_TEXT)
def test_tone_matches_are_finditers(text: str) -> None:
    assert [m.span() for m in nz._tone_matches(text)] == [
        m.span() for m in nz._TONE_RE.finditer(text)]


def test_tone_edits_still_move_the_mark() -> None:
    assert nz._tone_edits("hoà bình, Thuý") == [(1, 3, "òa"), (12, 14, "úy")]
    assert nz._tone_edits("quý, toàn") == []  # after q; inside a syllable


# --- a label glued to its text ---------------------------------------------------------------

def _glued_by_finditer(text: str) -> list[tuple[int, int, str]]:
    edits = []
    for m in nz._GLUED_LABEL_RE.finditer(text):
        end = text.find("\n", m.start())
        line = text[m.start():len(text) if end < 0 else end]
        k = m.end() - m.start()
        label = nz.read_label(f"{line[:k]} {line[k:]}")
        if label is not None and label.style in nz._GLUED_STYLES and label.rest == k + 1:
            edits.append((m.end(), m.end(), " "))
    return edits


_LABEL_TEXT = _texts([*"12.)aIVXMụcTPb \n\t", "Điều 3", "II.", "1.2.", "a)", "TP.Hồ", ".C", ")c"],
                     40)


@settings(max_examples=400, deadline=None)
@given(_LABEL_TEXT)
def test_glued_labels_are_those_of_finditer(text: str) -> None:
    assert nz.glued_label_edits(text) == _glued_by_finditer(text)


def test_glued_labels() -> None:
    text = "1.Mục tiêu\nTP.Hồ Chí Minh\nII.NHIỆM VỤ\nb)cơ sở\n2.5 tỷ"
    at = [2, text.index("NHIỆM"), text.index("cơ sở")]  # not "TP.Hồ", not "2.5"
    assert nz.glued_label_edits(text) == [(i, i, " ") for i in at]


# --- a date word glued to its number ---------------------------------------------------------

_FORWARD_DATE_GLUE = regex.compile(r"(?i)(?<![\p{L}\p{N}])(?:tháng|ngày|năm)(?=\d)")

_DATE_TEXT = _texts(["ngày", "Tháng", "NĂM", "năm", "x", "1", "25", " ", "\n", "đ", "thán", "g"],
                    20)


@settings(max_examples=400, deadline=None)
@given(_DATE_TEXT)
def test_date_glue_found_from_the_digit(text: str) -> None:
    assert [m.start() for m in glued_words._DATE_GLUE_RE.finditer(text)] == [
        m.end() for m in _FORWARD_DATE_GLUE.finditer(text)]


def test_date_glue_edits() -> None:
    text = "ngày05 tháng11 năm2025"
    at = [text.index("05"), text.index("11"), text.index("2025")]
    assert glued_words.glued_word_edits(text) == [(i, i, " ") for i in at]
    assert glued_words.glued_word_edits("thángx1, 3năm2025, ngàyngày1") == []


# --- page numbers -----------------------------------------------------------------------------

def test_a_page_line_ends_on_a_digit_or_a_dash() -> None:
    # the line filter: every character ``\d`` matches is a digit to ``str.isdigit`` or is
    # tried anyway (``regex`` may know a newer Unicode's digits, beyond the BMP)
    digits = _matched_by(r"\d")
    assert "٣" in digits and "3" in digits
    assert all(ch.isdigit() or ch > page_numbers._BMP_END for ch in digits)


_PAGE_TEXT = _texts(["Trang", " ", "3", "12", "/", "-", "–", "of", "x", "\t"], 12, min_size=1)


@settings(max_examples=400, deadline=None)
@given(_PAGE_TEXT)
def test_page_line_filter_keeps_every_page_line(line: str) -> None:
    text = line.strip()
    if text and page_numbers._PAGE_LINE_RE.fullmatch(text):
        assert text[-1].isdigit() or text[-1] in page_numbers._PAGE_LINE_ENDS


def test_page_numbers_still_dropped() -> None:
    page = "\n".join(f"Dòng {i} của trang." for i in range(20))
    text = f"{page}\n\n- 2 -\n\n{page}"
    assert page_numbers.page_number_edits(text) != []
    assert page_numbers.page_number_edits(f"{page}\n\nSố 2 của\n\n{page}") == []


# --- line endings searched backwards -----------------------------------------------------------

_END_PIECES = ["trong", "TRONG", "của", "Của", "và", "ngày", "NĂM", "(", " ", "\t", "x", "ab",
               ".", ";", "…", "?", ",", "\n", "tháng", "Ủy", "ban", "nhân", "2025", "1",
               "/", "-", "số", "chỉ tiêu"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_END_PIECES), min_size=1, max_size=20), st.integers(0, 30))
def test_backward_endings_find_what_forward_ones_find(pieces: list[str], pos: int) -> None:
    line = "".join(pieces)
    pos = min(pos, len(line))
    for pattern in (reflow._OPEN_END_RE, reflow._CAPS_OPEN_END_RE, reflow._NUMBER_END_RE,
                    reflow._SMALL_NUMBER_END_RE, reflow._ENDS_NUMBER_RE):
        assert pattern.flags & regex.REVERSE
        forward = regex.compile(pattern.pattern, pattern.flags & ~regex.REVERSE)
        assert bool(pattern.search(line, pos)) == bool(forward.search(line, pos)), pattern
    year = reflow._YEAR_END_RE.search(line)
    forward_year = regex.compile(reflow._YEAR_END_RE.pattern).search(line)
    assert (year and year.span(1)) == (forward_year and forward_year.span(1))
