"""The third round of header perturbations: what each rewrite does, and that the header
fields hold under the layouts the parser reads."""

from __future__ import annotations

import pytest

import kehoach_parser
from kehoach_parser.evaluation.perturb import apply_perturbations

HEADER = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 45/KH-UBND\nTân Lập, ngày 4 tháng 5 năm 2024\n"
    "KẾ HOẠCH\nSản xuất vụ Hè Thu năm 2024\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
    "Bảo đảm tiến độ gieo trồng.\n"
)
FIELDS = ("doc_type", "number", "symbol", "title", "place", "issued_date", "issuer")
SEEDS = ("a", "b", "c", "d")


def _fields(text: str) -> tuple[object, ...]:
    doc = kehoach_parser.parse(text)
    return tuple(getattr(doc, f) for f in FIELDS)


@pytest.mark.parametrize("name", ["header_running_head", "header_number_split",
                                  "header_date_before_title", "header_bar_lines",
                                  "header_sentence_case"])
@pytest.mark.parametrize("seed", SEEDS)
def test_the_header_fields_hold(name: str, seed: str) -> None:
    out = apply_perturbations(HEADER, [name], seed=seed)
    assert out != HEADER
    assert _fields(out) == _fields(HEADER)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_running_head_is_a_gazettes_line_and_a_page_number(seed: str) -> None:
    out = apply_perturbations(HEADER, ["header_running_head"], seed=seed).split("\n")
    k = next(i for i, ln in enumerate(out) if ln.startswith("CÔNG BÁO/Số "))
    assert out[k + 1].isdigit()
    assert out[k + 2] in ("ỦY BAN NHÂN DÂN", "Số: 45/KH-UBND")


@pytest.mark.parametrize("seed", SEEDS)
def test_the_number_line_is_cut_in_two(seed: str) -> None:
    out = apply_perturbations(HEADER, ["header_number_split"], seed=seed).split("\n")
    k = next(i for i, ln in enumerate(out) if ln.startswith("Số:"))
    assert out[k] in ("Số:", "Số: 45/")
    assert (out[k] + " " + out[k + 1]).replace("/ ", "/").replace(": ", ":") in (
        "Số:45/KH-UBND",)


def test_the_date_line_stands_over_the_type_line_after_a_blank() -> None:
    out = apply_perturbations(HEADER, ["header_date_before_title"], seed="a").split("\n")
    k = out.index("KẾ HOẠCH")
    assert out[k - 1].startswith("Tân Lập, ngày") and out[k - 2] == ""


def test_cells_one_a_line_between_lone_bars() -> None:
    out = apply_perturbations(HEADER, ["header_bar_lines"], seed="a").split("\n")
    k = out.index("KẾ HOẠCH")
    assert out[1:k:2] == ["|"] * len(out[1:k:2])
    assert out[:k:2] == ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ TÂN LẬP",
                         "Độc lập - Tự do - Hạnh phúc", "Số: 45/KH-UBND",
                         "Tân Lập, ngày 4 tháng 5 năm 2024"]


def test_sentence_case_keeps_acronyms_and_the_title() -> None:
    text = HEADER.replace("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP", "UBND HUYỆN AN PHÚ\nTRƯỜNG THCS AN LẠC")
    out = apply_perturbations(text, ["header_sentence_case"], seed="a").split("\n")
    assert out[:3] == ["UBND huyện an phú", "Trường THCS an lạc",
                       "Cộng hòa xã hội chủ nghĩa việt nam"]
    assert "Kế hoạch" in out and "Sản xuất vụ Hè Thu năm 2024" in out
