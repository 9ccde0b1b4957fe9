"""The item-label perturbations (H19L): an item's number on a line of its own, and lists
numbered with the other closing mark.  Layout only: the words and the numbers stay; bullets,
Roman headings and table rows are left alone."""
from __future__ import annotations

import pytest

from kehoach_parser.evaluation.perturb import PERTURBATIONS, apply_perturbations

TEXT = (
    "II. CHỈ TIÊU\n"
    "1. Tổng thu ngân sách đạt 950 tỷ đồng.\n"
    "a) Tỷ lệ trường đạt chuẩn 90%\n"
    "(2) Xây dựng 7 mô hình\n"
    "2.1. Thu nội địa đạt 800 tỷ đồng\n"
    "- Trường học 2 trường\n"
    "| 1 | Thu ngân sách | 950 |\n"
    "3.\n"
)


@pytest.mark.parametrize("name", ["label_own_line", "label_close_swapped"])
def test_registered_and_keeps_the_words(name: str) -> None:
    assert name in PERTURBATIONS
    out = apply_perturbations(TEXT, [name], seed="x")
    assert out != TEXT
    strip = str.maketrans("", "", ".)")
    assert out.translate(strip).split() == TEXT.translate(strip).split()


def test_an_items_number_goes_on_a_line_of_its_own() -> None:
    lines = apply_perturbations(TEXT, ["label_own_line"], seed="x").split("\n")
    assert lines[1:9] == ["1.", "Tổng thu ngân sách đạt 950 tỷ đồng.",
                          "a)", "Tỷ lệ trường đạt chuẩn 90%",
                          "(2)", "Xây dựng 7 mô hình",
                          "2.1.", "Thu nội địa đạt 800 tỷ đồng"]
    # a Roman heading, a bullet, a table row and a number already alone stay as they are
    for kept in ("II. CHỈ TIÊU", "- Trường học 2 trường", "| 1 | Thu ngân sách | 950 |", "3."):
        assert kept in lines


def test_a_list_closes_its_numbers_the_other_way() -> None:
    lines = apply_perturbations(TEXT, ["label_close_swapped"], seed="x").split("\n")
    assert "1) Tổng thu ngân sách đạt 950 tỷ đồng." in lines
    assert "a. Tỷ lệ trường đạt chuẩn 90%" in lines
    # "(2)" and "2.1." have no other way; headings, bullets and rows are left alone
    for kept in ("(2) Xây dựng 7 mô hình", "2.1. Thu nội địa đạt 800 tỷ đồng", "II. CHỈ TIÊU",
                 "- Trường học 2 trường", "| 1 | Thu ngân sách | 950 |"):
        assert kept in lines
