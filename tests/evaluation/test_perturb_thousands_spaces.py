"""The blank-thousands perturbation (H19N's measure): dots between thousands become blanks;
dates, decimals, codes and numbers inside words stay as printed."""

from __future__ import annotations

from kehoach_parser import parse
from kehoach_parser.evaluation.perturb import PERTURBATIONS, apply_perturbations


def _run(text: str) -> str:
    return apply_perturbations(text, ["thousands_spaces"], seed="x")


def test_registered_and_rewrites_dotted_thousands() -> None:
    assert "thousands_spaces" in PERTURBATIONS
    out = _run("Trồng 12.500 ha rừng và 1.234.567 cây.")
    assert out == "Trồng 12 500 ha rừng và 1 234 567 cây."


def test_dates_decimals_and_codes_stay() -> None:
    text = "Ngày 15.03.2026, số 12/KH-UBND, tăng 5,25%, mã 1.2.3, giá 3.25 triệu, bản v2.500."
    assert _run(text) == text


def test_the_parser_reads_the_same_value_under_it() -> None:
    text = ("KẾ HOẠCH\nPhát triển nông nghiệp năm 2027\n\nI. CHỈ TIÊU\n"
            "1. Trồng mới 30.000 ha rừng sản xuất.\n")
    clean = [i.value for i in parse(text).indicators]
    spaced = [i.value for i in parse(_run(text)).indicators]
    assert clean == spaced == [30000.0]


def test_the_perturbation_and_the_parser_share_one_pattern() -> None:
    # review R19b, finding 9: a text the parser reads as grouping with dots is rewritten
    # whole, so the parser then reads it as grouping with blanks
    from kehoach_parser.evaluation import perturb
    from kehoach_parser.extract.indicators.values import DOT_GROUPED_RE, groups_with_blanks

    assert perturb._DOTTED_THOUSANDS is DOT_GROUPED_RE
    text = "Trồng mới 1.500 ha rừng; kết nạp 12.500, 3.000. Quyết định số 1.234/QĐ-UBND."
    assert not groups_with_blanks(text)
    assert groups_with_blanks(DOT_GROUPED_RE.sub(lambda m: m.group().replace(".", " "), text))
