"""The header perturbations of round H17H (issue 11): the two columns interleaved one cell a
line, a web page's headline above the header, a title in a narrow column, a "|" table whose
date sits in a row of its own, a Party body's banner.  On a plan written for these tests."""

from __future__ import annotations

import pytest

from kehoach_parser.evaluation.perturb import PERTURBATIONS, apply_perturbations

PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ PHÚ AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 31/KH-UBND\nPhú An, ngày 9 tháng 6 năm 2029\n\n"
    "KẾ HOẠCH\nNâng cao chất lượng nước sinh hoạt cho các hộ dân vùng ven sông năm 2029\n\n"
    "I. MỤC ĐÍCH\nBảo đảm nước sạch.\n"
)
NEW = ("header_interleaved", "header_web_headline", "title_narrow", "header_pipes_date_row",
       "header_party_banner")


def run(name: str, text: str = PLAN) -> str:
    return apply_perturbations(text, [name], seed="x")


@pytest.mark.parametrize("name", NEW)
def test_registered_and_rewriting_the_plan(name: str) -> None:
    assert name in PERTURBATIONS
    out = run(name)
    assert out != PLAN
    assert out.endswith("I. MỤC ĐÍCH\nBảo đảm nước sạch.\n")  # the body untouched


@pytest.mark.parametrize("name", ("header_interleaved", "title_narrow", "header_pipes_date_row"))
def test_layouts_keep_every_word(name: str) -> None:
    assert sorted(w for w in run(name).split() if w != "|") == sorted(PLAN.split())


def test_the_rewrites() -> None:
    assert run("header_interleaved").startswith(
        "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ PHÚ AN\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 31/KH-UBND\n")
    assert run("header_web_headline").startswith(
        "KẾ HOẠCH Nâng cao chất lượng nước sinh hoạt cho các hộ dân vùng ven sông năm 2029\n\n"
        "ỦY BAN NHÂN DÂN\n")
    narrow = run("title_narrow").split("\n")
    k = narrow.index("KẾ HOẠCH")
    assert all(0 < len(line) <= 26 for line in narrow[k + 1:k + 4])
    assert "| Số: 31/KH-UBND | |\n| | Phú An, ngày 9 tháng 6 năm 2029 |\n" in run(
        "header_pipes_date_row")
    party = run("header_party_banner")
    assert "XÃ PHÚ AN\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 31/KH-UBND\n" in party
    assert "Độc lập" not in party


def test_a_text_without_a_header_is_left_as_it_is() -> None:
    text = "Ngày 9/6, xã Phú An ra quân làm sạch kênh mương.\n"
    for name in NEW:
        assert run(name, text) == text


LETTER = (
    "ỦY BAN NHÂN DÂN\nXÃ PHÚ AN\nSố: 88/UBND-VP\nV/v rà soát hộ dân chưa có nước sạch trên địa "
    "bàn xã\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Phú An, ngày 9 tháng 6 năm 2029\n\nKính gửi: Các thôn.\n"
)


def test_a_letters_subject_wraps_keeping_v_v_with_its_first_words() -> None:
    out = run("subject_wrapped", LETTER)
    assert out != LETTER and sorted(out.split()) == sorted(LETTER.split())
    lines = out.split("\n")
    k = next(i for i, ln in enumerate(lines) if ln.startswith("V/v"))
    assert len(lines[k].split()) >= 2 and not lines[k + 1].startswith("CỘNG")
    assert run("subject_wrapped", PLAN) == PLAN  # no subject: nothing to wrap
