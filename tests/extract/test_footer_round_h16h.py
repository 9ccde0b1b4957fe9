"""Signatures flattened onto one line with no authority before the position, or with the
seal note between the position and the name (texts written for these tests)."""

from __future__ import annotations

import pytest

from kehoach_parser import parse
from kehoach_parser.extract import footer
from kehoach_parser.text.lines import split_lines

BODY = "KẾ HOẠCH\nTrồng cây xanh năm 2028\n\nI. MỤC ĐÍCH\nPhủ xanh các tuyến đường.\n\n"
RECIPIENTS = "Nơi nhận:\n- Các thôn;\n- Lưu: VT.\n"


def _signers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(s.name, s.position, s.authority) for s in parse(text).signers]


@pytest.mark.parametrize("line", [
    "CHỦ TỊCH Hoàng Minh Khôi",
    "CHỦ TỊCH (Đã ký) Hoàng Minh Khôi",
    "**CHỦ TỊCH** **Hoàng Minh Khôi**",
])
def test_a_position_and_name_on_one_line_after_the_recipients(line: str) -> None:
    assert _signers(BODY + RECIPIENTS + "\n" + line + "\n") == [
        ("Hoàng Minh Khôi", "Chủ tịch", None)]


@pytest.mark.parametrize(("line", "name"), [
    ("CHỦ TỊCH Đoàn Văn Hùng", "Đoàn Văn Hùng"),  # a surname that also heads bodies
    ("CHỦ TỊCH Đoàn Thanh Hà", "Đoàn Thanh Hà"),  # "Thanh" alone is no "Thanh niên"
])
def test_a_signer_whose_surname_is_also_a_bodys_head(line: str, name: str) -> None:
    assert footer._is_flat_position_name(line)
    assert _signers(BODY + RECIPIENTS + "\n" + line + "\n") == [(name, "Chủ tịch", None)]


def test_a_position_and_name_on_one_line_above_the_recipients() -> None:
    text = BODY + "GIÁM ĐỐC Đinh Thu Trang\n\n" + RECIPIENTS
    assert _signers(text) == [("Đinh Thu Trang", "Giám đốc", None)]


def test_a_seal_note_inside_a_deputys_flattened_block() -> None:
    line = "KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG (Ký tên và đóng dấu) Vũ Thanh Hà"
    assert _signers(BODY + RECIPIENTS + line + "\n") == [
        ("Vũ Thanh Hà", "Phó Hiệu trưởng", "KT.")]


def test_a_deputys_position_not_in_the_list_keeps_its_deputy_word() -> None:
    # "PHÓ HIỆU TRƯỞNG" is no entry of POSITIONS: the deputy word still opens its line
    cells = footer._unflatten(footer.Cell(0, 0, "KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG Vũ Thanh Hà", 0))
    assert [c.text for c in cells] == ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Vũ Thanh Hà"]


@pytest.mark.parametrize("line", [
    "GIÁM ĐỐC Sở Nội Vụ",  # a position over the body it heads, not a name
    "GIÁM ĐỐC Trung Tâm Y Tế",  # the same in title case (a web copy)
    "CHỦ TỊCH Ủy Ban Nhân Dân Xã",
    "BÍ THƯ Đoàn Thanh Niên Xã",  # "Đoàn" the body, not the surname
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH Bắc Ninh",  # a place's name after its unit word
    "CHỦ TỊCH UBND TP. Hải Phòng",
    "CHỦ TỊCH (Dự thảo) Hoàng Minh Khôi",  # a note that is no seal note
    "TRÁCH NHIỆM Của Các Thôn",  # capitals with no position in them
])
def test_lines_that_are_not_a_flattened_signature(line: str) -> None:
    assert not footer._is_flat_position_name(line)
    assert _signers(BODY + RECIPIENTS + "\n" + line + "\n") == []


def test_a_flattened_position_and_name_in_the_body_is_not_a_signature_line() -> None:
    # a sentence in the body that names a chairman is in small letters: no signature line
    assert not footer._is_signature_line("Chủ tịch Hoàng Minh Khôi chủ trì hội nghị")


@pytest.mark.parametrize("enacting", [
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH Bắc Ninh",
    "GIÁM ĐỐC Trung Tâm Y Tế",
])
def test_an_enacting_line_in_title_case_closes_no_signature(enacting: str) -> None:
    text = ("QUYẾT ĐỊNH\nVề việc ban hành kế hoạch trồng cây\n\n" + enacting + "\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 01 tháng 3 năm 2027;\n"
            "Xét đề nghị của phòng chuyên môn về việc trồng cây xanh trên các tuyến đường,\n")
    assert footer._trailing_signature(split_lines(text)) == []
    # the search goes on above it, to the block that a name closes
    above = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Quang Vinh\n\n"
    cells = footer._trailing_signature(split_lines(BODY + above + text))
    assert [c.text for c in cells][:3] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Quang Vinh"]
