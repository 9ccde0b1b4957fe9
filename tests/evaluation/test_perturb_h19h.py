"""The perturbation of round H19H: a signature block's lines as the cells of one row.  Texts
written for these tests."""

from __future__ import annotations

import random

from kehoach_parser import parse
from kehoach_parser.evaluation.perturb import footer_signature_cells

TEXT = ("KẾ HOẠCH\nTổ chức tết trồng cây\n\nI. MỤC ĐÍCH\nNâng cao nhận thức.\n\n"
        "Nơi nhận:\n- UBND huyện (b/c);\n- Các thôn;\n- Lưu: VT.\n\n"
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nTrần Văn Lộc\n")


def test_the_block_becomes_one_row_of_cells() -> None:
    out = footer_signature_cells(TEXT, random.Random(3))
    rows = [ln for ln in out.split("\n") if "TM." in ln]
    assert len(rows) == 1
    assert rows[0].startswith("TM. ỦY BAN NHÂN DÂN") and rows[0].endswith("Trần Văn Lộc")
    assert "KT. CHỦ TỊCH" in rows[0] and "PHÓ CHỦ TỊCH" in rows[0]
    assert "- Các thôn;" in out  # the recipients as printed


def test_a_text_without_a_footer_is_left_as_it_is() -> None:
    text = "KẾ HOẠCH\nTổ chức tết trồng cây\n\nI. MỤC ĐÍCH\nNâng cao nhận thức.\n"
    assert footer_signature_cells(text, random.Random(1)) == text


def test_the_parser_reads_the_row_for_every_gap() -> None:
    for seed in range(6):
        doc = parse(footer_signature_cells(TEXT, random.Random(seed)))
        assert [(s.name, s.position, s.authority) for s in doc.signers] == [
            ("Trần Văn Lộc", "Phó Chủ tịch", "KT.")]
        assert list(doc.recipients) == ["UBND huyện (b/c)", "Các thôn"]
