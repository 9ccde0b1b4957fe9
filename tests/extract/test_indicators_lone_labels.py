"""An item's number alone on its line, the item on the line under it (Word numbering and PDF
hanging indents saved as text): the number labels that line and no other (H19L)."""
from __future__ import annotations

import pytest

import kehoach_parser as kp
from kehoach_parser.extract.indicators.walker import lone_item_label
from kehoach_parser.text.lines import read_label

_HEAD = "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2027\n\nII. CHỈ TIÊU CHỦ YẾU\n"


def _labels(body: str) -> list[tuple[str | None, float | None]]:
    return [(i.label, i.value) for i in kp.parse(_HEAD + body).indicators]


def test_a_number_alone_labels_the_item_under_it() -> None:
    body = ("1.\nTổng thu ngân sách trên địa bàn đạt 950 tỷ đồng\n"
            "2.\nTổng vốn đầu tư toàn xã hội: tăng 12%\n"
            "3.\nTỷ lệ hộ nghèo giảm còn 1,5%\n")
    assert _labels(body) == [("1", 950.0), ("2", 12.0), ("3", 1.5)]


def test_an_enumeration_mark_alone_keeps_its_brackets() -> None:
    body = "(1)\nXây dựng 12 mô hình trồng trọt\n(2)\nXây dựng 7 mô hình chăn nuôi\n"
    assert _labels(body) == [("(1)", 12.0), ("(2)", 7.0)]


def test_the_number_labels_one_line_only() -> None:
    # the paragraph after the item is no part of it: its figure takes no label
    body = ("1.\nTổng thu ngân sách trên địa bàn đạt 950 tỷ đồng\n"
            "2.\nTổng vốn đầu tư toàn xã hội: tăng 12%\n"
            "Thu nhập bình quân đầu người đạt 70 triệu đồng\n")
    assert _labels(body) == [("1", 950.0), ("2", 12.0), (None, 70.0)]


def test_a_labelled_line_under_a_lone_number_keeps_its_own_label() -> None:
    body = ("(1)\n(2) Xây dựng 7 mô hình chăn nuôi\n(3) Xây dựng 4 mô hình thủy sản\n")
    assert _labels(body) == [("(2)", 7.0), ("(3)", 4.0)]


@pytest.mark.parametrize(("line", "lone"), [
    ("1.", True), ("2.1.", True), ("a)", True), ("(3)", True), ("1. ", True),
    ("1. Tổng thu", False), ("II.", False), ("-", False), ("- 1.", False),
])
def test_which_lines_are_a_lone_item_number(line: str, lone: bool) -> None:
    label = read_label(line)
    assert (label is not None and lone_item_label(line, label)) is lone
