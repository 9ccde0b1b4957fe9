"""Year ranges are found from their years (issue 15): the same matches as trying the
pattern at every position."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_parser.extract.dates import terms

_PIECES = ["2021", "2025", "1999", "2030", "205", " ", "\t", "\n", "-", " - ", "–", "—",
           "đến", "Đến", "tới", "từ", "Từ", "năm", "NĂM", "giai đoạn", "nhiệm  kỳ",
           "kế hoạch 5 năm", "05 năm", "(", ")", ",", ".", "/", "x", "ba", "5", "0"]


def _plain(text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in terms._TERM_RE.finditer(text)]


def _scanned(text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in terms.term_matches(text)]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_term_matches_are_those_of_a_full_scan(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _scanned(text) == _plain(text)


def test_term_matches_on_written_ranges() -> None:
    text = ("Kế hoạch 5 năm (2021 - 2025), giai đoạn 2026-2030; từ năm 2021 đến năm 2025 "
            "và 2020-2021-2022, số 12/2021-2025 và nhiệm kỳ\t2025–2030.")
    found = _scanned(text)
    assert found == _plain(text)
    assert [g["a"] for _, g in found] == ["2021", "2026", "2021", "2020", "2025"]
