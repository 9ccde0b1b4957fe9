"""The year lead-in perturbations (H18Y): a sentence's "Năm 2027," left at a line's end, and
a sentence opened by one starting a new line inside a paragraph.  Layout only: the words
stay, table rows and lead-ins that open no sentence are left alone."""

from __future__ import annotations

import pytest

from kehoach_parser.evaluation.perturb import PERTURBATIONS, apply_perturbations

TEXT = (
    "1. Mục tiêu\n"
    "- Năm 2027, xã phấn đấu thu ngân sách đạt 5 tỷ đồng. Đến năm 2030, tỷ lệ hộ nghèo "
    "dưới 2%.\n"
    "Tỷ lệ che phủ rừng đạt 45% trong năm 2027, tăng 1%.\n"
    "| Năm 2027, kế hoạch | 12 |\n"
)


@pytest.mark.parametrize("name", ["year_lead_break", "year_lead_new_line"])
def test_registered_and_keeps_the_words(name: str) -> None:
    assert name in PERTURBATIONS
    out = apply_perturbations(TEXT, [name], seed="x")
    assert out != TEXT
    assert out.split() == TEXT.split()


def test_the_lead_in_is_left_at_the_end_of_its_line() -> None:
    lines = apply_perturbations(TEXT, ["year_lead_break"], seed="x").split("\n")
    assert "- Năm 2027," in lines
    assert "xã phấn đấu thu ngân sách đạt 5 tỷ đồng. Đến năm 2030," in lines
    # a year inside a clause opens no sentence; a table row is never broken
    assert "Tỷ lệ che phủ rừng đạt 45% trong năm 2027, tăng 1%." in lines
    assert "| Năm 2027, kế hoạch | 12 |" in lines


def test_a_lead_in_inside_a_paragraph_starts_a_line() -> None:
    lines = apply_perturbations(TEXT, ["year_lead_new_line"], seed="x").split("\n")
    assert "- Năm 2027, xã phấn đấu thu ngân sách đạt 5 tỷ đồng." in lines
    assert "Đến năm 2030, tỷ lệ hộ nghèo dưới 2%." in lines
    assert "Tỷ lệ che phủ rừng đạt 45% trong năm 2027, tăng 1%." in lines
