"""Issue 11, round H19H: signature blocks printed without a name, flattened onto one line
with the position repeated under the name, and printed beside the body's last items.
Layouts and sentences written for these tests."""

from __future__ import annotations

import pytest

from kehoach_parser import parse

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ AN HÒA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 7/KH-UBND\nAn Hòa, ngày 3 tháng 4 năm 2031\n\n"
        "KẾ HOẠCH\nTổ chức tết trồng cây\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
        "Nâng cao nhận thức của nhân dân.\n2. Yêu cầu\n- Tổ chức trang trọng.\n")


def _signers(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(s.name, s.position, s.authority) for s in parse(text).signers]


@pytest.mark.parametrize("block, signer", [
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n", (None, "Chủ tịch", "TM.")),
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n",
     (None, "Phó Chủ tịch", "KT.")),
    ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH\n", (None, "Chủ tịch", "TM.")),
    ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH\n", (None, "Phó Chủ tịch", "KT.")),
])
def test_a_signature_block_without_a_name(block: str, signer: tuple[str | None, ...]) -> None:
    assert _signers(HEAD + "\nNơi nhận:\n- UBND huyện (b/c);\n- Lưu: VT.\n\n" + block) == [
        signer]


def test_a_block_without_a_name_at_the_texts_end_with_no_recipients() -> None:
    assert _signers(HEAD + "\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n") == [
        (None, "Phó Chủ tịch", "KT.")]


def test_a_footer_flattened_onto_the_recipients_line_without_a_name() -> None:
    doc = parse(HEAD + "\nNơi nhận: - UBND huyện (b/c); - Các thôn; - Lưu: VT. "
                "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH\n")
    assert list(doc.recipients) == ["UBND huyện (b/c)", "Các thôn"]
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [
        (None, "Chủ tịch", "TM.")]


def test_a_position_line_alone_is_no_signer() -> None:
    # no authority line: a position in capitals at the end may be anything (a table's head)
    assert _signers(HEAD + "\nCHỦ TỊCH\n") == []


def test_a_tm_line_alone_is_no_signer() -> None:
    assert _signers(HEAD + "\nNơi nhận:\n- UBND huyện (b/c);\n- Lưu: VT.\n\n"
                    "TM. ỦY BAN NHÂN DÂN\n") == []


def test_a_named_signer_is_read_as_before() -> None:
    assert _signers(HEAD + "\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\n"
                    "CHỦ TỊCH\n\nTrần Văn Lộc\n") == [("Trần Văn Lộc", "Chủ tịch", "TM.")]


@pytest.mark.parametrize("gap", ["\t", "          ", " | "])
def test_a_signature_flattened_onto_one_line_with_the_position_under_the_name(gap: str) -> None:
    line = gap.join(["TM. ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN", "Lê Minh Quang",
                     "PHÓ GIÁM ĐỐC SỞ XÂY DỰNG"])
    text = HEAD + "\nNơi nhận:\n- Các đơn vị được kiểm tra;\n- Lưu: VT.\n\n" + line + "\n"
    assert _signers(text) == [("Lê Minh Quang", "Trưởng đoàn", "TM.")]


def test_two_signatures_on_one_row_stay_two() -> None:
    text = (HEAD + "\nNơi nhận:\n- Lưu: VT.\n\n"
            "TM. BAN THƯỜNG TRỰC\tTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\tCHỦ TỊCH\n\n"
            "Lê Thị Hoa\tTrần Văn Lộc\n")
    assert _signers(text) == [("Lê Thị Hoa", "Chủ tịch", "TM."),
                              ("Trần Văn Lộc", "Chủ tịch", "TM.")]


@pytest.mark.parametrize("gap", ["\t", "            "])
@pytest.mark.parametrize("auth, position, signer", [
    ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", ("Trần Văn Lộc", "Chủ tịch", "TM.")),
    ("T/M ỦY BAN NHÂN DÂN", "CHỦ TỊCH", ("Trần Văn Lộc", "Chủ tịch", "TM.")),
    ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", ("Trần Văn Lộc", "Phó Chủ tịch", "KT.")),
])
def test_a_signature_printed_beside_the_last_items(gap: str, auth: str, position: str,
                                                   signer: tuple[str, str, str]) -> None:
    text = (HEAD + f"- Đảm bảo an toàn, tiết kiệm.{gap}{auth}\n"
            f"- Huy động nhân dân tham gia.{gap}{position}\n\n{gap}Trần Văn Lộc\n")
    doc = parse(text)
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [signer]
    # the items beside the block stay in the body (the last section's)
    start, end = doc.sections[-1].body_span
    assert "Huy động nhân dân tham gia" in doc.text[start:end]


def test_two_signatures_flattened_onto_one_row_stay_two() -> None:
    text = (HEAD + "\nNơi nhận:\n- Lưu: VT.\n\n"
            "TM. BAN THƯỜNG TRỰC\tTM. ỦY BAN NHÂN DÂN\tCHỦ TỊCH\tCHỦ TỊCH\tLê Thị Hoa\t"
            "Trần Văn Lộc\n")
    # no signer without a name where two names are printed
    assert all(s.name for s in parse(text).signers)


TWO_BLOCKS = ("\nNơi nhận:\t\tTM. ỦY BAN NHÂN DÂN\t\tTM. ĐẢNG ỦY\n- UBND huyện;\t\tCHỦ TỊCH\t\t"
              "BÍ THƯ\n- Lưu: VT.\n")


def _signers_for(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(s.name, s.position, s.on_behalf_of) for s in parse(text).signers]


def test_a_row_of_names_whose_first_empty_cell_was_lost_goes_under_its_blocks() -> None:
    # review R19b finding 7: the leading tabs of the name row are stripped, so its names
    # stand one column left of their blocks
    signers = _signers_for(HEAD + TWO_BLOCKS + "\t\tTrần Thị Mai\t\tPhạm Văn Hùng\n")
    assert signers == [("Trần Thị Mai", "Chủ tịch", "Ủy ban nhân dân"),
                       ("Phạm Văn Hùng", "Bí thư", "Đảng ủy")]


def test_a_name_left_unread_leaves_the_nameless_block_out() -> None:
    # one name under two blocks does not tell whose it is: no signer is reported without it
    signers = _signers_for(HEAD + TWO_BLOCKS + "\t\tTrần Thị Mai\n")
    assert all(name is not None for name, _p, _b in signers)
    assert (None, "Bí thư", "Đảng ủy") not in signers


def test_two_blocks_without_names_stay_two_nameless_signers() -> None:
    assert _signers_for(HEAD + TWO_BLOCKS) == [(None, "Chủ tịch", "Ủy ban nhân dân"),
                                               (None, "Bí thư", "Đảng ủy")]


def test_a_position_under_the_name_is_no_name_left_unread() -> None:
    # "CHỦ TỊCH" reads as a name's shape too; as a position it is not a name left over
    assert _signers_for(HEAD + "\nNơi nhận:\t\tTM. ỦY BAN NHÂN DÂN\n- UBND huyện;\t\tCHỦ TỊCH\n"
                        "- Lưu: VT.\n") == [(None, "Chủ tịch", "Ủy ban nhân dân")]
