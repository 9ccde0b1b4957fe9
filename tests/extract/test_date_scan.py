"""Dates are found from their anchors (issue 15): the same matches as trying the date
pattern at every position."""

from __future__ import annotations

from collections.abc import Iterable

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_parser.extract.dates import scan

_PIECES = ["ngày", "Ngày", "NGÀY", "tháng", "Tháng", "năm", "Năm", "quý", "Quý", "qúy", "I",
           "IV", "sáu", "Sáu", "nửa", "đầu", "cuối", "6", "06", "12", "3", "31", "2026", "2025",
           "19", "…", "...", ".", "_", "·", "/", "-", "–", ",", " ", " ", "\t", "\n", "từ",
           "đến", "học", "x", "(", "số", "100", "10.900", "20261", "٣", "５", "T", "t"]


def _spans(matches: Iterable[regex.Match[str]]
           ) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


@settings(max_examples=600)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.integers(0, 6))
def test_date_matches_are_those_of_a_full_scan(pieces: list[str], cut: int) -> None:
    text = "".join(pieces)
    start, stop = min(cut, len(text)), max(len(text) - cut, min(cut, len(text)))
    assert _spans(scan.date_matches(text, start, stop)) == _spans(
        scan._DATE_RE.finditer(text, start, stop))


def test_date_matches_on_written_dates() -> None:
    text = ("Hà Nội, ngày 27 tháng 02 năm 2026; ngày …/…/2026, Quý IV/2026, sáu tháng đầu "
            "năm 2026, từ 01/01 đến 31/12/2026, ngày\n18/01/2022, 123 tháng 4 năm 2026.")
    found = _spans(scan.date_matches(text, 0, len(text)))
    assert found == _spans(scan._DATE_RE.finditer(text, 0, len(text)))
    assert len(found) >= 7


def test_only_the_last_two_digits_of_a_run_are_tried() -> None:
    # a date that starts at a digit reads one or two of them, then a non-digit
    text = "tăng 123456 tháng, 7890 người, 2026/10, 10.900 triệu; 45 tháng 6 năm 2026"
    tried: list[int] = []
    original = scan._DATE_RE

    class Counting:
        def match(self, string: str, pos: int, endpos: int) -> regex.Match[str] | None:
            tried.append(pos)
            return original.match(string, pos, endpos)

    try:
        scan._DATE_RE = Counting()  # type: ignore[assignment]
        found = [m.group() for m in scan.date_matches(text, 0, len(text))]
    finally:
        scan._DATE_RE = original
    assert found == [m.group() for m in original.finditer(text)] == ["45 tháng 6 năm 2026"]
    runs = [m.span() for m in regex.finditer(r"\d+", text)]
    for pos in tried:  # a digit tried is one of the last two of its run
        run = next(((s, e) for s, e in runs if s <= pos < e), None)
        assert run is None or pos >= run[1] - 2
    assert text.index("123456") + 4 in tried  # "56 tháng": two digits, then "tháng"
    assert text.index("7890") + 2 not in tried  # "90 người": no separator or "tháng"


def test_day_word_glued_to_its_neighbours() -> None:
    from kehoach_parser import parse

    # no Vietnamese syllable ends or goes on in "ngày": a letter before it or a digit after
    # it is a missing space, and the date keeps its day word (so its cue reads)
    doc = parse("Căn cứ Luật Tổ chức Chính phủngày 25 tháng 12 năm 2001;\n"
                "Căn cứ Chỉ thị số 45-CT/TW ngày22 tháng 7 năm 2010 của Bộ Chính trị;\n")
    # (the normaliser gives "ngày22" its space back: text/glued_words.py)
    assert [(d.text, d.role) for d in doc.dates] == [
        ("ngày 25 tháng 12 năm 2001", "reference"), ("ngày 22 tháng 7 năm 2010", "reference")]
    assert [(r.date, r.issuer) for r in doc.references] == [("2010-07-22", "Bộ Chính trị")]
