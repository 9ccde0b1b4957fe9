"""The header perturbations of round H20H (issue 11): the issuer and the motto run into one
line, the two columns glued without a space, the title's topic over lines between blank
lines, the number and the date on one line, a parent body above a one-line issuer, the
header repeated after a page break.  On plans written for these tests."""

from __future__ import annotations

import pytest

from kehoach_parser import parse
from kehoach_parser.evaluation.perturb import PERTURBATIONS, apply_perturbations

PLAN = (
    "PHÒNG VĂN HÓA VÀ THÔNG TIN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 27/KH-VHTT\nLong Điền, ngày 14 tháng 5 năm 2031\n\n"
    "KẾ HOẠCH\nTổ chức giải bóng chuyền hơi mừng ngày thành lập huyện năm 2031\n\n"
    "I. MỤC ĐÍCH\nTăng cường rèn luyện thân thể cho người dân.\n\n"
    "II. NỘI DUNG\nGiải đấu diễn ra trong ba ngày tại nhà thi đấu của huyện.\n\n"
    "III. TỔ CHỨC THỰC HIỆN\nCác xã cử đội tham gia theo hướng dẫn.\n"
)
NEW = ("header_motto_run_in", "header_columns_glued", "title_blank_lines",
       "header_number_date_one_line", "issuer_parent_line", "header_repeated")
FIELDS = ("doc_type", "number", "symbol", "title", "place", "issued_date", "issuer")


def run(name: str, text: str = PLAN, seed: str = "x") -> str:
    return apply_perturbations(text, [name], seed=seed)


@pytest.mark.parametrize("name", NEW)
def test_registered_and_rewriting_the_plan(name: str) -> None:
    assert name in PERTURBATIONS
    assert run(name) != PLAN


@pytest.mark.parametrize("name", ("header_motto_run_in", "header_number_date_one_line",
                                  "title_blank_lines"))
def test_every_word_kept(name: str) -> None:
    assert sorted(run(name).split()) == sorted(PLAN.split())


def test_the_motto_runs_into_the_issuers_line() -> None:
    first = run("header_motto_run_in").split("\n")[0]
    assert first == ("PHÒNG VĂN HÓA VÀ THÔNG TIN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
                     "Độc lập - Tự do - Hạnh phúc")


def test_the_columns_glued_without_a_space() -> None:
    lines = run("header_columns_glued").split("\n")
    assert lines[0] == "PHÒNG VĂN HÓA VÀ THÔNG TINCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert "Số: 27/KH-VHTTLong Điền, ngày 14 tháng 5 năm 2031" in lines


@pytest.mark.parametrize("seed", ("a", "b", "c", "d"))
def test_the_topic_between_blank_lines(seed: str) -> None:
    lines = run("title_blank_lines", seed=seed).split("\n")
    k = lines.index("KẾ HOẠCH")
    block = lines[k + 1:lines.index("I. MỤC ĐÍCH")]
    texts = [ln for ln in block if ln]
    assert 2 <= len(texts) <= 3
    assert all(block[j] == "" for j in range(0, len(block), 2))  # a blank line before each
    assert " ".join(texts) == "Tổ chức giải bóng chuyền hơi mừng ngày thành lập huyện năm 2031"


def test_the_number_and_the_date_on_one_line() -> None:
    assert "Số: 27/KH-VHTT Long Điền, ngày 14 tháng 5 năm 2031" in \
        run("header_number_date_one_line").split("\n")


def test_the_parent_named_after_the_place() -> None:
    assert run("issuer_parent_line").startswith("UBND HUYỆN LONG ĐIỀN\nPHÒNG VĂN HÓA")


def test_no_parent_above_a_commune_committee_or_two_lines() -> None:
    text = PLAN.replace("PHÒNG VĂN HÓA VÀ THÔNG TIN", "ỦY BAN NHÂN DÂN\nXÃ LONG ĐIỀN")
    assert run("issuer_parent_line", text) == text


def test_the_header_repeated_once_after_the_title() -> None:
    out = run("header_repeated")
    assert out.count("Số: 27/KH-VHTT") == 2
    assert out.index("Tổ chức giải bóng") < out.rindex("PHÒNG VĂN HÓA VÀ THÔNG TIN")
    assert out.count("KẾ HOẠCH") == 1  # the type line and the title are not repeated


@pytest.mark.parametrize("name", NEW)
def test_the_header_fields_hold(name: str) -> None:
    clean = parse(PLAN).gold_view()
    out = parse(run(name)).gold_view()
    assert {f: out.get(f) for f in FIELDS} == {f: clean.get(f) for f in FIELDS}
