"""Footer layouts written for these tests: recipient items wrapped beside the signature
column, and positions whose known title sits inside a longer one."""

from __future__ import annotations

import pytest

from kehoach_parser import parse
from kehoach_parser.extract.footer import _position_case

BODY = "KẾ HOẠCH\nTrồng cây xanh năm 2026\n\nI. MỤC ĐÍCH\nPhủ xanh đất trống.\n\n"


def test_an_item_wrapped_beside_the_signature_is_one_recipient() -> None:
    text = BODY + (
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n"
        "- Văn phòng\tCHỦ TỊCH\n"
        "HĐND - UBND xã (b/c);\n"
        "- Các hội, đoàn thể và các tổ chức\n"
        "Chính trị - xã hội xã;\n"
        "- Lưu: VT.\t\n"
        "\tHoàng Minh Đức\n")
    doc = parse(text)
    assert doc.recipients == ["Văn phòng HĐND - UBND xã (b/c)",
                              "Các hội, đoàn thể và các tổ chức Chính trị - xã hội xã"]
    assert doc.archive == ["VT"]
    (signer,) = doc.signers
    assert (signer.name, signer.position, signer.authority) == ("Hoàng Minh Đức", "Chủ tịch",
                                                                "TM.")


def test_a_continuation_that_opens_with_a_capital_beside_the_signature() -> None:
    # the second line opens with a capital: still the item's, as its line beside holds the
    # position, not a name
    text = BODY + (
        "Nơi nhận:\tT/M BAN THƯỜNG VỤ\n"
        "- Các đảng ủy, chi bộ trực thuộc\tBÍ THƯ\n"
        "Huyện ủy,\n"
        "- Lưu Văn phòng Huyện ủy.\n"
        "\tĐinh Thị Mai\n")
    doc = parse(text)
    assert doc.recipients == ["Các đảng ủy, chi bộ trực thuộc Huyện ủy"]
    assert doc.signers[0].name == "Đinh Thị Mai"
    assert doc.signers[0].position == "Bí thư"


def test_a_closed_item_does_not_take_the_line_beside_the_signature() -> None:
    # the item above ends in ";": a line of the right column alone is the signature's
    text = BODY + (
        "Nơi nhận:\tKT. GIÁM ĐỐC\n"
        "- Các phòng chuyên môn;\tPHÓ GIÁM ĐỐC\n"
        "- Lưu: VT.\n"
        "\tĐã ký\n"
        "\tVõ Thành Trung\n")
    doc = parse(text)
    assert doc.recipients == ["Các phòng chuyên môn"]
    (signer,) = doc.signers
    assert (signer.name, signer.position, signer.authority) == ("Võ Thành Trung",
                                                                "Phó Giám đốc", "KT.")


def test_the_signers_name_is_not_a_continuation_of_an_open_item() -> None:
    # the last item has no closing sign and the name stands alone in the first cell
    text = BODY + (
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n"
        "- Thường trực Đảng ủy xã\tCHỦ TỊCH\n"
        "Võ Thành Trung\n")
    doc = parse(text)
    assert doc.recipients == ["Thường trực Đảng ủy xã"]
    assert doc.signers[0].name == "Võ Thành Trung"


@pytest.mark.parametrize(
    ("printed", "written"),
    [
        ("TỔNG BÍ THƯ", "Tổng Bí thư"),
        ("BÍ THƯ THƯỜNG TRỰC", "Bí thư Thường trực"),
        ("PHÓ CHÁNH VĂN PHÒNG THƯỜNG TRỰC", "Phó Chánh Văn phòng Thường trực"),
        ("PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Phó Trưởng ban Thường trực"),
        ("Tổng bí thư", "Tổng Bí thư"),
        # unchanged: a known position, and a title that holds none
        ("PHÓ CHỦ TỊCH", "Phó Chủ tịch"),
        ("TỔNG CỤC TRƯỞNG", "Tổng cục trưởng"),
        ("PHÓ VIỆN TRƯỞNG", "Phó Viện trưởng"),
    ],
)
def test_a_known_position_keeps_its_capitals_inside_a_longer_title(
        printed: str, written: str) -> None:
    assert _position_case(printed) == written


def test_the_general_secretarys_position_from_a_party_signature() -> None:
    text = BODY + ("Nơi nhận:\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương Đảng.\n\n"
                   "T/M BAN CHẤP HÀNH TRUNG ƯƠNG\nTỔNG BÍ THƯ\n\nLương Văn Hòa\n")
    (signer,) = parse(text).signers
    assert (signer.name, signer.position, signer.authority) == ("Lương Văn Hòa",
                                                                "Tổng Bí thư", "TM.")


def test_a_signature_printed_above_the_recipients() -> None:
    text = BODY + ("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n(đã ký)\nPhan Thị Ngọc Lan\n\n"
                   "Nơi nhận:\n- Các sở, ngành;\n- Lưu: VT, KH (2b).\n")
    doc = parse(text)
    (signer,) = doc.signers
    assert (signer.name, signer.position, signer.authority) == ("Phan Thị Ngọc Lan",
                                                                "Thứ trưởng", "KT.")
    assert doc.recipients == ["Các sở, ngành"]
    assert doc.archive == ["VT", "KH (2b)"]
    # the signature is not part of the last section's text
    assert doc.section_tree[-1].body_span[1] <= text.index("KT. BỘ TRƯỞNG")


def test_an_enacting_line_above_the_recipients_makes_no_signer() -> None:
    # capitals naming a position above "Nơi nhận", with body text and no name after them
    text = BODY + ("GIÁM ĐỐC SỞ Y TẾ\nđề nghị các đơn vị triển khai thực hiện nghiêm túc.\n\n"
                   "Nơi nhận:\n- Các đơn vị;\n- Lưu: VT.\n")
    assert parse(text).signers == []


@pytest.mark.parametrize(
    ("name_line", "name"),
    [
        ("Đại tá Hoàng Văn Thụ", "Hoàng Văn Thụ"),
        ("THƯỢNG TÁ HOÀNG VĂN THỤ", "Hoàng Văn Thụ"),
        ("TS. Hoàng Văn Thụ", "Hoàng Văn Thụ"),
        ("PGS.TS. Hoàng Văn Thụ", "Hoàng Văn Thụ"),
    ],
)
def test_a_rank_or_degree_before_the_signers_name_is_left_out(name_line: str,
                                                               name: str) -> None:
    text = BODY + ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n"
                   f"{name_line}\n")
    (signer,) = parse(text).signers
    assert (signer.name, signer.position, signer.authority) == (name, "Phó Giám đốc", "KT.")


def test_a_rank_alone_gives_a_nameless_signer() -> None:
    # the block is a signer's all the same, with no name (as a block printed without one)
    text = BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nĐại tá\n"
    assert [(s.name, s.position, s.authority) for s in parse(text).signers] == [
        (None, "Phó Giám đốc", "KT.")]


def test_a_footer_flattened_onto_the_recipients_line() -> None:
    text = BODY + ("Nơi nhận: - Sở Tài chính; - Lưu: VT, KT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH "
                   "Hà Minh Khôi\n")
    doc = parse(text)
    assert doc.recipients == ["Sở Tài chính"]
    assert doc.archive == ["VT", "KT"]  # "KT" the archive code; "KT. CHỦ TỊCH" the authority
    (signer,) = doc.signers
    assert (signer.name, signer.position, signer.authority) == ("Hà Minh Khôi",
                                                                "Phó Chủ tịch", "KT.")


def test_items_on_the_openers_line_separated_by_semicolons() -> None:
    text = BODY + ("Nơi nhận: Sở Tài chính (b/c); các phòng, ban (thực hiện); lưu VT.\n\n"
                   "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHà Minh Khôi\n")
    doc = parse(text)
    assert doc.recipients == ["Sở Tài chính (b/c)", "các phòng, ban (thực hiện)"]
    assert doc.archive == ["VT"]


def test_a_semicolon_inside_one_bulleted_item_does_not_split_it() -> None:
    text = BODY + ("Nơi nhận:\n- VP: CVP, PCVP; các phòng: TH, KT;\n- Lưu: VT.\n\n"
                   "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHà Minh Khôi\n")
    assert parse(text).recipients == ["VP: CVP, PCVP; các phòng: TH, KT"]
