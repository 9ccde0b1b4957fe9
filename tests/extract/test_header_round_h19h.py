"""Issue 11, round H19H: issuers printed over two lines whose upper line is the Fatherland
Front's committee by its abbreviation, and a steering committee whose name goes on with
"PHÒNG CHỐNG …" on the next line.  Layouts and sentences written for these tests."""

from __future__ import annotations

import pytest

from kehoach_parser import parse

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
REST = ("Số: 12/KH-MTTQ\nHưng Long, ngày 3 tháng 4 năm 2031\n\nKẾ HOẠCH\n"
        "Tổ chức ngày hội đại đoàn kết năm 2031\n\nI. MỤC ĐÍCH\nPhát huy sức mạnh đoàn kết.\n")


@pytest.mark.parametrize("front", ["UBMTTQ VIỆT NAM", "UBMTTQVN", "UB MTTQ VIỆT NAM"])
def test_the_fronts_committee_abbreviated_over_its_commune(front: str) -> None:
    doc = parse(f"{front}\nXÃ HƯNG LONG\n" + MOTTO + REST)
    assert doc.issuer is not None
    assert doc.issuer.casefold() == "ủy ban mặt trận tổ quốc việt nam xã hưng long"


def test_the_fronts_committee_abbreviated_in_a_table_row() -> None:
    doc = parse("UBMTTQ VIỆT NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                "XÃ HƯNG LONG | Độc lập - Tự do - Hạnh phúc\n"
                "Số: 12/KH-MTTQ | Hưng Long, ngày 3 tháng 4 năm 2031\n\nKẾ HOẠCH\n"
                "Tổ chức ngày hội đại đoàn kết\n\nI. MỤC ĐÍCH\nPhát huy sức mạnh đoàn kết.\n")
    assert doc.issuer == "Ủy ban Mặt trận Tổ quốc Việt Nam xã Hưng Long"


def test_the_fronts_standing_board_under_the_abbreviation_is_the_issuer() -> None:
    # the lower body under its parent: the parent is not part of the issuer
    doc = parse("UBMTTQ VIỆT NAM\nXÃ HƯNG LONG\nBAN THƯỜNG TRỰC\n" + MOTTO + REST)
    assert doc.issuer == "Ban Thường trực"


BCD_REST = ("Số: 7/KH-BCĐ\nAn Hòa, ngày 3 tháng 4 năm 2031\n\nKẾ HOẠCH\n"
            "Phòng, chống dịch sốt xuất huyết năm 2031\n\nI. MỤC ĐÍCH\nChủ động phòng bệnh.\n")


@pytest.mark.parametrize("second", ["PHÒNG CHỐNG DỊCH XÃ AN HÒA", "PHÒNG, CHỐNG DỊCH XÃ AN HÒA"])
def test_a_steering_committee_named_over_two_lines(second: str) -> None:
    doc = parse(f"BAN CHỈ ĐẠO\n{second}\n" + MOTTO + BCD_REST)
    assert doc.issuer is not None
    assert doc.issuer.casefold().replace(",", "") == "ban chỉ đạo phòng chống dịch xã an hòa"


def test_a_steering_committee_under_its_commune() -> None:
    doc = parse("UBND XÃ AN HÒA\nBAN CHỈ ĐẠO\nPHÒNG CHỐNG DỊCH\n" + MOTTO + BCD_REST)
    assert doc.issuer is not None
    assert doc.issuer.casefold() == "ban chỉ đạo phòng chống dịch"


def test_a_department_under_its_district_stays_the_issuer() -> None:
    # "PHÒNG" before a field of work still opens the lower body
    doc = parse("UBND HUYỆN TÂN AN\nPHÒNG Y TẾ\n" + MOTTO + BCD_REST)
    assert doc.issuer == "Phòng Y tế"


CTR_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ AN HÒA\n" + MOTTO + "Số: 5/CTr-UBND\n"
            "An Hòa, ngày 3 tháng 9 năm 2031\n\n")
CTR_BODY = "\n\nI. MỤC ĐÍCH\nCụ thể hóa nghị quyết.\n"


@pytest.mark.parametrize("lines, title", [
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết của Hội đồng nhân dân xã",
     "thực hiện Nghị quyết của Hội đồng nhân dân xã"),
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG\nTHỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ",
     "THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ"),
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ",
     "THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ"),
])
def test_an_action_programmes_type_line_is_not_part_of_its_title(lines: str, title: str) -> None:
    doc = parse(CTR_HEAD + lines + CTR_BODY)
    assert (doc.doc_type, doc.title) == ("Chương trình hành động", title)


def test_a_programme_whose_title_opens_with_hanh_dong_keeps_it() -> None:
    # the type word alone on its line: the next line is the title, whatever its first words
    doc = parse(CTR_HEAD + "CHƯƠNG TRÌNH\nHÀNH ĐỘNG VÌ TRẺ EM NĂM 2031" + CTR_BODY)
    assert (doc.doc_type, doc.title) == ("Chương trình", "HÀNH ĐỘNG VÌ TRẺ EM NĂM 2031")
