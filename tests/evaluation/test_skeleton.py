"""A text's skeleton (evaluation/skeleton.py): what it keeps and where each kept letter was."""

from __future__ import annotations

from kehoach_parser.evaluation.skeleton import skeleton


def test_diacritics_case_space_and_markup_go_and_offsets_stay() -> None:
    text = "**Phấn đấu** 100%"
    skel, index = skeleton(text)
    assert skel == "phandau100%"
    assert [text[i] for i in index] == list("Phấnđấu100%")


def test_d_with_stroke_folds_to_d_and_a_repaired_tone_mark_gives_the_same_skeleton() -> None:
    assert skeleton("Đạt")[0] == skeleton("đat")[0] == "dat"
    assert skeleton("Phân đầu")[0] == skeleton("Phấn đấu")[0]
