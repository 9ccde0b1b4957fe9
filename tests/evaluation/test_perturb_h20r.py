"""The footer perturbations of round H20R.  Texts written for these tests."""

from __future__ import annotations

import random

import pytest

from kehoach_parser import parse
from kehoach_parser.evaluation.perturb import (
    PERTURBATIONS,
    footer_first_item_on_label,
    footer_items_run_on,
    footer_items_unbulleted,
    footer_name_capitals,
    footer_page_number_before,
    footer_seal_note,
    footer_seal_note_beside_name,
    footer_signature_above,
)

TEXT = ("KẾ HOẠCH\nSửa chữa kênh mương nội đồng\n\nI. MỤC ĐÍCH\nBảo đảm nước tưới.\n\n"
        "Nơi nhận:\n- Phòng Nông nghiệp (b/c);\n- Các hợp tác xã;\n- Lưu: VT.\n\n"
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nĐinh Văn Toàn\n")
NO_FOOTER = "KẾ HOẠCH\nSửa chữa kênh mương\n\nI. MỤC ĐÍCH\nBảo đảm nước tưới.\n"
H20R = ("footer_items_run_on", "footer_items_unbulleted", "footer_first_item_on_label",
        "footer_seal_note", "footer_seal_note_beside_name", "footer_name_capitals",
        "footer_signature_above", "footer_page_number_before")


def test_each_is_registered() -> None:
    assert set(H20R) <= set(PERTURBATIONS)


@pytest.mark.parametrize("name", H20R)
def test_a_text_without_a_footer_is_left_as_it_is(name: str) -> None:
    assert PERTURBATIONS[name].rewrite(NO_FOOTER, random.Random(1)) == NO_FOOTER


@pytest.mark.parametrize("name", H20R)
def test_the_parser_reads_the_same_footer(name: str) -> None:
    for seed in range(4):
        doc = parse(PERTURBATIONS[name].rewrite(TEXT, random.Random(seed)))
        assert list(doc.recipients) == ["Phòng Nông nghiệp (b/c)", "Các hợp tác xã"], name
        assert list(doc.archive) == ["VT"]
        assert [(s.name, s.position, s.authority) for s in doc.signers] == [
            ("Đinh Văn Toàn", "Phó Chủ tịch", "KT.")], name


def test_run_on_puts_the_items_on_the_labels_line() -> None:
    out = footer_items_run_on(TEXT, random.Random(0))
    assert "Nơi nhận: - Phòng Nông nghiệp (b/c); - Các hợp tác xã; - Lưu: VT.\n" in out


def test_run_on_leaves_a_list_with_a_wrapped_item() -> None:
    # the line after the last bulleted item goes on with it: the list is not whole
    text = TEXT.replace("- Các hợp tác xã;\n- Lưu: VT.", "- Lưu: VT, NN,\nKT, TH;\n- X;")
    assert footer_items_run_on(text, random.Random(0)) == text


def test_unbulleted_drops_only_the_bullets() -> None:
    out = footer_items_unbulleted(TEXT.replace("VT.", "VT, P_2."), random.Random(0))
    assert "\nPhòng Nông nghiệp (b/c);\nCác hợp tác xã;\nLưu: VT, P_2.\n" in out


def test_first_item_on_label() -> None:
    out = footer_first_item_on_label(TEXT, random.Random(0))
    assert "Nơi nhận: - Phòng Nông nghiệp (b/c);\n- Các hợp tác xã;\n" in out


def test_seal_note_stands_right_above_the_name() -> None:
    out = footer_seal_note(TEXT, random.Random(0)).split("\n")
    k = out.index("Đinh Văn Toàn")
    assert out[k - 1].startswith("(") and "ký" in out[k - 1].casefold()


def test_name_capitals() -> None:
    assert footer_name_capitals(TEXT, random.Random(0)).endswith("ĐINH VĂN TOÀN\n")
    # a block that does not end in a name is left alone
    text = TEXT.replace("Đinh Văn Toàn", "(Đã ký)")
    assert footer_name_capitals(text, random.Random(0)) == text


def test_signature_above_moves_the_block_over_the_label() -> None:
    out = footer_signature_above(TEXT, random.Random(0))
    assert out.index("TM. ỦY BAN NHÂN DÂN") < out.index("Nơi nhận:") < out.index("- Lưu: VT.")
    assert out.rstrip().endswith("- Lưu: VT.")


def test_page_number_right_above_the_label() -> None:
    out = footer_page_number_before(TEXT, random.Random(0)).split("\n")
    k = out.index("Nơi nhận:")
    assert out[k - 1] == "" and out[k - 2].strip() and out[k - 3] == ""
    assert any(ch.isdigit() for ch in out[k - 2])


def test_seal_note_beside_name_on_the_names_line() -> None:
    lines = {footer_seal_note_beside_name(TEXT, random.Random(seed)).rstrip().split("\n")[-1]
             for seed in range(8)}
    assert all("Đinh Văn Toàn" in ln and "(" in ln for ln in lines)
    assert any(ln.startswith("(") for ln in lines) and any(ln.endswith(")") for ln in lines)
