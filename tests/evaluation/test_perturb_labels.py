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


def test_a_lists_items_run_on_in_one_paragraph() -> None:
    text = ("II. CHỈ TIÊU\n1. Thu đạt 9 tỷ đồng.\n2. Chi đạt 8 tỷ đồng.\n2.1. Chi thường xuyên\n"
            "a) Trường 3 trường;\nb) Trạm 2 trạm.\n- Nhà 4 căn\n| 1 | Thu | 9 |\n")
    out = apply_perturbations(text, ["label_list_one_paragraph"], seed="x")
    assert out.split() == text.split()
    lines = out.split("\n")
    assert "1. Thu đạt 9 tỷ đồng. 2. Chi đạt 8 tỷ đồng." in lines
    assert "a) Trường 3 trường; b) Trạm 2 trạm." in lines
    # a deeper number, a bullet, a heading and a table row each keep their own line
    for kept in ("II. CHỈ TIÊU", "2.1. Chi thường xuyên", "- Nhà 4 căn", "| 1 | Thu | 9 |"):
        assert kept in lines
