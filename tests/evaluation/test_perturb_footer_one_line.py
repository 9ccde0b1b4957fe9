"""The ``footer_one_line`` perturbation (a footer table saved as one line, cells joined by
tabs) and the parser under it, on a plan written for this test."""

from __future__ import annotations

import pytest

from kehoach_parser import parse
from kehoach_parser.evaluation.perturb import PERTURBATIONS, apply_perturbations

PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ PHÚ LỄ\nSố: 19/KH-UBND\nPhú Lễ, ngày 3 tháng 4 năm 2027\n\n"
    "KẾ HOẠCH\nVệ sinh môi trường năm 2027\n\n"
    "I. MỤC TIÊU\nPhấn đấu 95% hộ dân thu gom rác đúng quy định.\n\n"
    "Nơi nhận:\n- UBND huyện;\n- Các ấp;\n- Lưu: VT, VP.\n\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNgô Thị Lan\n"
)


@pytest.mark.parametrize("seed", ["a", "b", "c", "d"])
def test_the_footer_becomes_one_line_with_the_same_words(seed: str) -> None:
    assert "footer_one_line" in PERTURBATIONS
    out = apply_perturbations(PLAN, ["footer_one_line"], seed=seed)
    line = next(ln for ln in out.split("\n") if ln.startswith("Nơi nhận:"))
    assert line.startswith("Nơi nhận:\t- UBND huyện;\t- Các ấp;\t- Lưu: VT, VP.")
    assert line.endswith("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Ngô Thị Lan")
    assert sorted("".join(out.split()).replace("|", "")) == sorted("".join(PLAN.split()))


@pytest.mark.parametrize("seed", ["a", "b", "c", "d"])
def test_the_parser_reads_the_same_footer_under_it(seed: str) -> None:
    clean = parse(PLAN)
    out = parse(apply_perturbations(PLAN, ["footer_one_line"], seed=seed))
    assert clean.recipients == ["UBND huyện", "Các ấp"]
    assert (out.recipients, out.archive) == (clean.recipients, clean.archive)
    assert [(s.name, s.position) for s in out.signers] == [
        (s.name, s.position) for s in clean.signers]


def test_a_text_without_a_recipients_block_is_left_as_it_is() -> None:
    text = PLAN.split("Nơi nhận:")[0]
    assert apply_perturbations(text, ["footer_one_line"], seed="a") == text
