"""Footer layouts of issue 11 (round H14H), on footers written for these tests: two
signatures side by side, a deputy's authority and position in two cells, a signature
flattened onto one line."""

from __future__ import annotations

import pytest
from layout_helpers import signed

from kehoach_parser import parse

# -- two signatures side by side (a joint plan of two bodies) ------------------------------

@pytest.mark.parametrize("footer", [
    # rows of a table: the right column's deputy signs for its chairman
    "| TM. BAN THƯỜNG TRỰC UBMTTQ XÃ | TM. ỦY BAN NHÂN DÂN |\n"
    "| CHỦ TỊCH | KT. CHỦ TỊCH |\n| | PHÓ CHỦ TỊCH |\n| Đỗ Minh Khang | Vũ Thị Lan |\n",
    # a DOCX table saved as text: tabs between the columns
    "TM. BAN THƯỜNG TRỰC UBMTTQ XÃ\tTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\tKT. CHỦ TỊCH\n"
    "\tPHÓ CHỦ TỊCH\n\nĐỗ Minh Khang\tVũ Thị Lan\n",
])
def test_two_signatures_side_by_side_are_read_column_by_column(footer: str) -> None:
    doc = parse(signed(footer))
    got = [(s.name, s.position, s.authority) for s in doc.signers]
    assert got == [("Đỗ Minh Khang", "Chủ tịch", "TM."),
                   ("Vũ Thị Lan", "Phó Chủ tịch", "KT.")]


def test_one_signature_beside_the_recipients_is_still_one_column() -> None:
    footer = ("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như trên;\tKT. CHỦ TỊCH\n"
              "- Lưu: VT.\tPHÓ CHỦ TỊCH\n\n\tVũ Thị Lan\n")
    doc = parse(signed(footer))
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [
        ("Vũ Thị Lan", "Phó Chủ tịch", "KT.")]
    assert doc.archive == ["VT"]


@pytest.mark.parametrize(("block", "signer"), [
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\tPHÓ CHỦ TỊCH\n\nVũ Thị Lan\n",
     ("Vũ Thị Lan", "Phó Chủ tịch", "KT.")),
    ("KT. CHỦ TỊCH\tPHÓ CHỦ TỊCH\nVũ Thị Lan\n", ("Vũ Thị Lan", "Phó Chủ tịch", "KT.")),
    ("| TL. GIÁM ĐỐC | TRƯỞNG PHÒNG |\n| Vũ Thị Lan |\n",
     ("Vũ Thị Lan", "Trưởng phòng", "TL.")),
])
def test_a_deputys_authority_and_position_in_two_cells_are_one_signature(
        block: str, signer: tuple[str, str, str]) -> None:
    # the position the "KT."/"TL." waits for opens no second signature: no columns
    doc = parse(signed("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block))
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [signer]


def test_two_authorities_on_one_line_still_open_two_columns() -> None:
    footer = ("TM. BAN THƯỜNG TRỰC\tKT. GIÁM ĐỐC\nTRƯỞNG BAN\tPHÓ GIÁM ĐỐC\n\n"
              "Đỗ Minh Khang\tVũ Thị Lan\n")
    doc = parse(signed(footer))
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [
        ("Đỗ Minh Khang", "Trưởng ban", "TM."), ("Vũ Thị Lan", "Phó Giám đốc", "KT.")]


def test_a_deputy_split_over_two_cells_keeps_the_deputys_position() -> None:
    footer = ("| Nơi nhận:<br>- Như trên;<br>- Lưu: VT. | TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH |\n"
              "| | PHÓ CHỦ TỊCH<br><br>Vũ Thị Lan |\n")
    doc = parse(signed(footer))
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [
        ("Vũ Thị Lan", "Phó Chủ tịch", "KT.")]


# -- a signature flattened onto one line ---------------------------------------------------

@pytest.mark.parametrize("block", [
    "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Vũ Thị Lan\n",
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH\n\nVũ Thị Lan\n",
    "TM. ỦY BAN NHÂN DÂN\nKT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nVũ Thị Lan\n",
])
def test_a_deputys_block_flattened_keeps_the_deputys_authority(block: str) -> None:
    doc = parse(signed("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block))
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [
        ("Vũ Thị Lan", "Phó Chủ tịch", "KT.")]


def test_one_capacity_over_two_positions_flattened_with_no_name_is_one_signer() -> None:
    # "KT." over two positions joined by a comma, the name on a line of its own: the cell is
    # not cut before the second position, which is no deputy's
    doc = parse(signed("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                        "KT. GIÁM ĐỐC, TRƯỞNG BAN\n\nVũ Thị Lan\n"))
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [
        ("Vũ Thị Lan", "Giám đốc, trưởng ban", "KT.")]


def test_a_chairmans_block_flattened_stays_on_behalf_of_the_body() -> None:
    doc = parse(signed("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                        "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Đỗ Minh Khang\n"))
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [
        ("Đỗ Minh Khang", "Chủ tịch", "TM.")]
