"""The type line with a final colon or full stop, and the type line left out (issue 11,
H11N): what each rewrite does, and that the header fields hold under them."""

from __future__ import annotations

import pytest
from test_perturb_header_h11g import SEEDS, _fields

from kehoach_parser.evaluation.perturb import apply_perturbations

HEADER = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 45/KH-UBND\nTân Lập, ngày 4 tháng 5 năm 2024\n"
    "**KẾ HOẠCH**\nSản xuất vụ Hè Thu năm 2024\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
    "Bảo đảm tiến độ gieo trồng.\n"
)

@pytest.mark.parametrize("seed", SEEDS)
def test_the_type_line_ends_in_a_colon_or_a_full_stop(seed: str) -> None:
    out = apply_perturbations(HEADER, ["type_line_punctuated"], seed=seed).split("\n")
    assert out[6] in ("KẾ HOẠCH:", "KẾ HOẠCH.")
    assert out[:6] == HEADER.split("\n")[:6] and out[7:] == HEADER.split("\n")[7:]


def test_the_type_line_is_left_out_when_the_symbol_gives_the_type() -> None:
    out = apply_perturbations(HEADER, ["type_line_dropped"], seed="a")
    assert "KẾ HOẠCH" not in out
    assert out.split("\n")[6] == "Sản xuất vụ Hè Thu năm 2024"


@pytest.mark.parametrize("symbol", ["45/UBND-VP", "45/QĐ-UBND"])
def test_the_type_line_stays_when_the_symbol_gives_another_type_or_none(symbol: str) -> None:
    text = HEADER.replace("45/KH-UBND", symbol)
    assert apply_perturbations(text, ["type_line_dropped"], seed="a") == text


@pytest.mark.parametrize("name", ["type_line_punctuated", "type_line_dropped"])
@pytest.mark.parametrize("seed", SEEDS)
def test_the_header_fields_hold(name: str, seed: str) -> None:
    out = apply_perturbations(HEADER, [name], seed=seed)
    assert out != HEADER
    assert _fields(out) == _fields(HEADER)
