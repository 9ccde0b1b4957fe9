"""Issue 11, round H20R: recipients run into one line with bullets after "," or a note's ")",
and a recipient item wrapped beside the signature's line and run into it.  Layouts and
sentences written for these tests."""

from __future__ import annotations

import pytest

from kehoach_parser import parse

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ BÌNH MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\nBình Minh, ngày 9 tháng 5 năm 2031\n\n"
        "KẾ HOẠCH\nPhòng chống dịch bệnh trên cây trồng\n\nI. MỤC ĐÍCH\n"
        "Bảo vệ sản xuất vụ mùa.\n")
SIGNATURE = "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHà Văn Sơn\n"


@pytest.mark.parametrize("line, items, archive", [
    ("Nơi nhận: - Huyện ủy (b/c) - Các hợp tác xã, - Trạm y tế xã; - Lưu: VT.",
     ["Huyện ủy (b/c)", "Các hợp tác xã", "Trạm y tế xã"], ["VT"]),
    ("Nơi nhận: - Như trên - Lưu VT.", ["Như trên"], ["VT"]),
    ("Nơi nhận: - Phòng Nông nghiệp, -Các thôn, - Lưu: VT, NN.",
     ["Phòng Nông nghiệp", "Các thôn"], ["VT", "NN"]),
])
def test_items_run_into_the_labels_line(line: str, items: list[str], archive: list[str]
                                        ) -> None:
    doc = parse(HEAD + "\n" + line + SIGNATURE)
    assert list(doc.recipients) == items
    assert list(doc.archive) == archive
    assert [(s.name, s.position) for s in doc.signers] == [("Hà Văn Sơn", "Chủ tịch")]


def test_a_dash_inside_an_item_does_not_cut_it() -> None:
    # a dash between words with no item end before it is part of the body's name
    doc = parse(HEAD + "\nNơi nhận:\n- Sở Văn hóa - Thể thao;\n- Phòng Kinh tế - Hạ tầng;\n"
                "- Lưu: VT." + SIGNATURE)
    assert list(doc.recipients) == ["Sở Văn hóa - Thể thao", "Phòng Kinh tế - Hạ tầng"]


def test_an_item_wrapped_beside_the_signers_name() -> None:
    doc = parse(HEAD + "\nNơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Huyện ủy;\tCHỦ TỊCH\n"
                "- Các đoàn thể, hội,\tHà Văn Sơn\ntổ chức chính trị - xã hội xã;\n"
                "- Lưu: VT.\n")
    assert list(doc.recipients) == [
        "Huyện ủy", "Các đoàn thể, hội, tổ chức chính trị - xã hội xã"]
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [
        ("Hà Văn Sơn", "Chủ tịch", "TM.")]


def test_an_item_wrapped_beside_a_position_line() -> None:
    doc = parse(HEAD + "\nNơi nhận:\tKT. CHỦ TỊCH\n- Các đoàn thể, hội,\tPHÓ CHỦ TỊCH\n"
                "tổ chức xã hội xã;\n- Lưu: VT.\n\nLò Thị Mai\n")
    assert list(doc.recipients) == ["Các đoàn thể, hội, tổ chức xã hội xã"]
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [
        ("Lò Thị Mai", "Phó Chủ tịch", "KT.")]


def test_a_closed_item_beside_the_name_keeps_the_lines_apart() -> None:
    # the item is closed by ";": nothing of the line under it goes into the signature
    doc = parse(HEAD + "\nNơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Huyện ủy;\tCHỦ TỊCH\n"
                "- Các thôn;\tHà Văn Sơn\n- Lưu: VT.\n")
    assert list(doc.recipients) == ["Huyện ủy", "Các thôn"]
    assert [s.name for s in doc.signers] == ["Hà Văn Sơn"]


def test_a_markdown_page_mark_under_the_list_is_no_item() -> None:
    # the signature printed above the label (a table read right cell first), a markdown
    # copy's page mark after the list
    doc = parse(HEAD + "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHà Văn Sơn\n\nNơi nhận:\n"
                "- Huyện ủy;\n- Các thôn;\n- Lưu: VT.\n\n<!-- page: 3 -->\n")
    assert list(doc.recipients) == ["Huyện ủy", "Các thôn"]
    assert [s.name for s in doc.signers] == ["Hà Văn Sơn"]


def test_a_comment_with_text_after_it_is_not_dropped() -> None:
    doc = parse(HEAD + "\nNơi nhận:\n- Huyện ủy;\n- <!-- x --> Các thôn;\n- Lưu: VT."
                + SIGNATURE)
    assert len(doc.recipients) == 2


@pytest.mark.parametrize("name_line", [
    "(Đã ký) Hà Văn Sơn", "Hà Văn Sơn (đã ký)", "(Đã ký và đóng dấu) HÀ VĂN SƠN"])
@pytest.mark.parametrize("recipients", [True, False])
def test_a_seal_note_on_the_names_line(name_line: str, recipients: bool) -> None:
    footer = "\nNơi nhận:\n- Huyện ủy;\n- Lưu: VT.\n" if recipients else ""
    doc = parse(HEAD + footer + "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n" + name_line + "\n")
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [
        ("Hà Văn Sơn", "Phó Chủ tịch", "KT.")]


def test_a_bracket_that_is_no_seal_note_keeps_the_line() -> None:
    # "(Phó Chủ tịch)" is no seal note: the line is no name
    doc = parse(HEAD + "\nNơi nhận:\n- Huyện ủy;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\n"
                "PHÓ CHỦ TỊCH\n\nHà Văn Sơn (Phó Chủ tịch)\n")
    assert [s.name for s in doc.signers] != ["Hà Văn Sơn"]


def test_a_flattened_signature_whose_name_was_wrapped() -> None:
    doc = parse(HEAD + "\nNơi nhận:\n- Huyện ủy;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN KT. CHỦ "
                "TỊCH PHÓ CHỦ TỊCH Nguyễn Văn\nAn\n")
    assert [(s.name, s.position) for s in doc.signers] == [("Nguyễn Văn An", "Phó Chủ tịch")]


def test_a_name_on_its_own_line_takes_no_word_from_the_next() -> None:
    # not flattened: the line under the name is something else
    doc = parse(HEAD + "\nNơi nhận:\n- Huyện ủy;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
                "Nguyễn Văn An\nPhụ lục\n")
    assert [s.name for s in doc.signers] == ["Nguyễn Văn An"]


def test_a_page_number_between_two_items_with_no_blank_line() -> None:
    doc = parse(HEAD + "\nNơi nhận:\n- Huyện ủy;\n- Các thôn;\n3/4\n- Trạm y tế;\n- Lưu: VT."
                + SIGNATURE)
    assert list(doc.recipients) == ["Huyện ủy", "Các thôn", "Trạm y tế"]


def test_a_number_line_not_between_items_stays_what_it_was() -> None:
    doc = parse(HEAD + "\nNơi nhận:\n- Huyện ủy;\n3/4\nCác thôn;\n- Lưu: VT." + SIGNATURE)
    assert "Huyện ủy" in list(doc.recipients)


def test_an_item_split_off_a_run_on_line_goes_on_in_the_next_line() -> None:
    # "- B," is the last of the items run into one line; its words go on in the next line
    # (a paragraph break between the two lines, as a web page's markup leaves it)
    doc = parse(HEAD + "\nNơi nhận:\n- Huyện ủy; - Văn phòng: lãnh đạo, chuyên viên,\n\n"
                "UBND các xã; - Lưu: VT." + SIGNATURE)
    assert list(doc.recipients) == [
        "Huyện ủy", "Văn phòng: lãnh đạo, chuyên viên, UBND các xã"]


def test_a_closed_item_split_off_a_run_on_line_takes_no_next_line() -> None:
    doc = parse(HEAD + "\nNơi nhận:\n- Huyện ủy; - Các thôn;\n\nUBND các xã; - Lưu: VT."
                + SIGNATURE)
    assert list(doc.recipients) == ["Huyện ủy", "Các thôn", "UBND các xã"]
