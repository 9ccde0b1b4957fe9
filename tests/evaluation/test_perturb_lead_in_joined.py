"""The lead-in perturbation (M19b): a lead-in line ending in ":" joined with the items under
it, renumbered "(n)".  Layout only: the items' words stay; tables, single items and items
of two kinds are left as printed."""

from __future__ import annotations

import re

from kehoach_parser.evaluation.perturb import PERTURBATIONS, apply_perturbations

TEXT = (
    "I. MỤC TIÊU\n"
    "1. Các chỉ tiêu đến năm 2028:\n"
    "- Tỷ lệ trẻ em suy dinh dưỡng dưới 6%;\n"
    "\n"
    "- Số bác sĩ đạt 12 người trên vạn dân.\n"
    "\n"
    "Phấn đấu năm 2027:\n"
    "(1) Thu ngân sách đạt 40 tỷ đồng;\n"
    "(2) Trồng mới 30 ha rừng.\n"
    "2. Về xã hội:\n"
    "- Giải quyết việc làm cho 900 lao động.\n"
    "| Chỉ tiêu: | 2027 |\n"
    "| - a | 5 |\n"
)


def _joined(text: str) -> list[str]:
    return apply_perturbations(text, ["lead_in_joined"], seed="x").split("\n")


def _words(text: str) -> list[str]:
    """The words, labels aside ("-" bullets and "(n)" numbers)."""
    return [w for w in text.split() if w != "-" and re.fullmatch(r"\(\d+\)", w) is None]


def test_registered_and_keeps_the_words_but_the_labels() -> None:
    assert "lead_in_joined" in PERTURBATIONS
    out = apply_perturbations(TEXT, ["lead_in_joined"], seed="x")
    assert out != TEXT
    assert _words(out) == _words(TEXT)


def test_bullets_are_joined_to_their_lead_in_and_renumbered() -> None:
    lines = _joined(TEXT)
    assert ("1. Các chỉ tiêu đến năm 2028: (1) Tỷ lệ trẻ em suy dinh dưỡng dưới 6%; "
            "(2) Số bác sĩ đạt 12 người trên vạn dân.") in lines
    # the blank line after the list stays, the one between its items goes
    assert lines[lines.index("Phấn đấu năm 2027: (1) Thu ngân sách đạt 40 tỷ đồng; "
                             "(2) Trồng mới 30 ha rừng.") - 1] == ""


def test_a_single_item_and_a_table_are_left_alone() -> None:
    lines = _joined(TEXT)
    assert "2. Về xã hội:" in lines and "- Giải quyết việc làm cho 900 lao động." in lines
    assert "| Chỉ tiêu: | 2027 |" in lines and "| - a | 5 |" in lines


def test_items_of_two_kinds_are_not_one_list() -> None:
    text = "Các chỉ tiêu năm 2027:\n- Thu ngân sách đạt 40 tỷ đồng;\n+ Trồng 30 ha rừng.\n"
    assert apply_perturbations(text, ["lead_in_joined"], seed="x") == text


def test_numbered_items_under_a_numbered_lead_in_are_its_siblings() -> None:
    text = "1. Các chỉ tiêu năm 2027:\n2. Thu ngân sách đạt 40 tỷ đồng;\n3. Trồng 30 ha rừng.\n"
    assert apply_perturbations(text, ["lead_in_joined"], seed="x") == text
