"""The perturbations of issue 11's header and footer layouts (review R14c findings 1 and 2):
two signatures side by side, a signature flattened onto one line, a number line cut after
its year's slash or inside a code, the place and date beside the type line.  On a plan
written for these tests."""

from __future__ import annotations

import pytest

from kehoach_parser import parse
from kehoach_parser.evaluation.perturb import PERTURBATIONS, apply_perturbations

PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 07/2027/KH-UBND\nTân Hòa, ngày 12 tháng 5 năm 2027\n\n"
    "KẾ HOẠCH\nPhòng, chống dịch bệnh trên đàn gia súc năm 2027\n\n"
    "I. MỤC ĐÍCH\nChủ động phòng, chống dịch bệnh.\n\nII. TỔ CHỨC THỰC HIỆN\n"
    "Các thôn triển khai thực hiện.\n\n"
    "Nơi nhận:\n- UBND huyện;\n- Các thôn;\n- Lưu: VT.\n\n"
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Bình\n"
)
NEW = ("footer_signatures_tabs", "footer_signatures_pipes", "footer_signature_one_line",
       "header_number_year_cut", "header_code_cut", "header_date_beside_type")


@pytest.mark.parametrize("name", NEW)
def test_registered_and_rewriting_the_plan_keeping_its_words(name: str) -> None:
    assert name in PERTURBATIONS
    out = apply_perturbations(PLAN, [name], seed="x")
    assert out != PLAN
    if not name.startswith("footer_signatures"):  # the second signature adds words
        assert sorted("".join(out.split())) == sorted("".join(PLAN.split()))


def test_the_rewrites() -> None:
    def run(name: str) -> str:
        return apply_perturbations(PLAN, [name], seed="x")
    assert "TM. ỦY BAN NHÂN DÂN\tTM. BAN THƯỜNG TRỰC UBMTTQ\n" in run("footer_signatures_tabs")
    assert "| Trần Văn Bình | Đỗ Minh Khang |" in run("footer_signatures_pipes")
    assert "\nTM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Bình\n" in run(
        "footer_signature_one_line")
    assert "\nSố: 07/2027/\nKH-UBND\n" in run("header_number_year_cut")
    assert "\nSố: 07/2027/KH-UB\nND\n" in run("header_code_cut")
    assert "\nKẾ HOẠCH\tTân Hòa, ngày 12 tháng 5 năm 2027\n" in run("header_date_beside_type")


def test_a_text_with_no_footer_or_no_year_is_left_as_it_is() -> None:
    text = PLAN.replace("07/2027/", "07/").split("Nơi nhận:")[0]
    for name in ("footer_signatures_tabs", "footer_signature_one_line",
                 "header_number_year_cut"):
        assert apply_perturbations(text, [name], seed="x") == text


@pytest.mark.parametrize("name", NEW)
def test_the_parser_reads_the_same_fields_under_each(name: str) -> None:
    clean, out = parse(PLAN), parse(apply_perturbations(PLAN, [name], seed="x"))
    fields = ("number", "symbol", "place", "issued_date", "title", "issuer")
    assert [getattr(out, f) for f in fields] == [getattr(clean, f) for f in fields]
    first = [(s.name, s.position, s.authority) for s in out.signers[:1]]
    assert first == [(s.name, s.position, s.authority) for s in clean.signers[:1]]


def test_a_recipient_item_wrapped_in_capitals_is_no_signature_to_move() -> None:
    text = PLAN.replace("- Các thôn;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n",
                        "- Các thôn;\n- VPCP: các Vụ CN,\nKTTH, NN;\nLƯU VT\n")
    for name in ("footer_signatures_tabs", "footer_signature_one_line"):
        assert apply_perturbations(text, [name], seed="x") == text
