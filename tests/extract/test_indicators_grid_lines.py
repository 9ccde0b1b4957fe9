"""The line tests of the table finder (``extract/indicators/grid.py``): a heading after a
table and a PDF row that holds only its label and its name."""

from __future__ import annotations

import pytest

from kehoach_parser.extract.indicators.grid import (
    MAX_CELL_WORDS,
    ROW_ORDINAL_RE,
    YEAR_RE,
    _name_only_row,
    heading_line,
)


@pytest.mark.parametrize("line", [
    "II. NHIỆM VỤ VÀ GIẢI PHÁP",
    "XII. Kinh phí thực hiện",
    "3. Tổ chức thực hiện",
    "4) Chế độ báo cáo",
])
def test_a_part_label_and_its_title_is_a_heading(line: str) -> None:
    assert heading_line(line)


@pytest.mark.parametrize("line", [
    "2.1. Mục tiêu cụ thể",        # a sub-heading
    "- Nhiệm vụ trọng tâm",        # a bullet, no label
    "3. tổ chức thực hiện",        # no capital: a wrapped cell
    "IV.",                         # an ordinal alone (a table one cell a line)
    "5. Xã",                       # one word: a row's name, no title
    "Năm 2026 tăng 5%",            # no label
])
def test_other_lines_are_no_heading(line: str) -> None:
    assert not heading_line(line)


@pytest.mark.parametrize("line", [
    "- Hỗ trợ chuyển đổi số cho hợp tác xã",
    "— Hỗ trợ chuyển đổi số cho hợp tác xã",   # a converter's em dash
    "đ) Đào tạo nghề cho lao động nông thôn",
    "2.3 Kinh phí sự nghiệp môi trường",
    "IV. Các nhiệm vụ khác",
])
def test_a_label_and_a_name_only_is_a_name_only_row(line: str) -> None:
    assert _name_only_row(line)


def test_a_name_only_row_has_at_most_a_cells_words() -> None:
    words = ["chương trình"] * MAX_CELL_WORDS
    assert _name_only_row("- " + " ".join(words[:MAX_CELL_WORDS // 2]))
    assert not _name_only_row("- " + " ".join(words))  # twice the words: prose


@pytest.mark.parametrize("line", [
    "- Hỗ trợ 25 hợp tác xã",            # a figure
    "Hỗ trợ chuyển đổi số",              # no label
    "1 Trường học\t600",                 # a gap: cells of their own
])
def test_a_figure_a_gap_or_no_label_is_no_name_only_row(line: str) -> None:
    assert not _name_only_row(line)


@pytest.mark.parametrize(("cell", "ordinal"), [
    ("1", True), ("12.", True), ("2.1", True), ("2.1.", True), ("IV", True), ("IV.", True),
    ("a", True), ("đ)", True), ("C", True),
    ("2026", False), ("1.234", False), ("Tổng", False), ("K", False), ("1 2", False), ("-", False),
])
def test_a_row_ordinal_alone(cell: str, ordinal: bool) -> None:
    assert (ROW_ORDINAL_RE.match(cell) is not None) is ordinal


def test_a_year_on_its_own_is_found_and_one_inside_a_longer_number_is_not() -> None:
    assert YEAR_RE.findall("DT 2027 với UTH 2026 (%)") == ["2027", "2026"]
    assert YEAR_RE.findall("Mã 120265, 20261 hộ") == []
