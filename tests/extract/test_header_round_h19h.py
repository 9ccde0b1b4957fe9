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


UNION_REST = ("***\nSố: 5-KH/ĐTN\t\tPhú Lộc, ngày 3 tháng 4 năm 2031\n\nKẾ HOẠCH\n"
              "Tổ chức tháng thanh niên năm 2031\n\nI. MỤC ĐÍCH\nPhát huy vai trò xung kích.\n")


@pytest.mark.parametrize("gap", ["\t\t", "                "])
def test_the_youth_unions_banner_beside_the_issuer_is_not_the_issuer(gap: str) -> None:
    doc = parse(f"BCH ĐOÀN XÃ PHÚ LỘC{gap}ĐOÀN TNCS HỒ CHÍ MINH\n" + UNION_REST)
    assert doc.issuer is not None
    assert doc.issuer.casefold() == "ban chấp hành đoàn xã phú lộc"


def test_the_banner_beside_the_central_committee_names_whose() -> None:
    doc = parse("BAN CHẤP HÀNH TRUNG ƯƠNG\t\tĐOÀN TNCS HỒ CHÍ MINH\n" + UNION_REST)
    assert doc.issuer == "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"


def test_the_partys_banner_beside_the_central_committee_is_left_out() -> None:
    doc = parse("BAN CHẤP HÀNH TRUNG ƯƠNG\t\tĐẢNG CỘNG SẢN VIỆT NAM\n" + UNION_REST)
    assert doc.issuer == "Ban Chấp hành Trung ương"


def test_a_youth_union_committee_named_by_its_place_is_the_issuer_beside_the_banner() -> None:
    # review R19b finding 6: "TỈNH ĐOÀN X" is a head (abbreviations.PLACE_NAMED_BODIES in
    # HEADER_BODY_HEADS), so the banner names no issuer beside it
    doc = parse("TỈNH ĐOÀN AN GIANG\t\tĐOÀN TNCS HỒ CHÍ MINH\n" + UNION_REST)
    assert doc.issuer == "Tỉnh đoàn An Giang"


@pytest.mark.parametrize("head, issuer", [
    ("HUYỆN ĐOÀN TÂN MỸ", "Huyện đoàn Tân Mỹ"),
    ("ĐOÀN TNCS HỒ CHÍ MINH\nTHÀNH ĐOÀN ĐÔNG HÀ", "Thành đoàn Đông Hà"),
    ("TỈNH ỦY BÌNH AN BAN TUYÊN GIÁO", "Ban Tuyên giáo"),
    ("HUYỆN ĐOÀN TÂN MỸ BAN THƯỜNG VỤ", "Ban Thường vụ"),
])
def test_a_committee_named_by_its_place_and_its_lower_body(head: str, issuer: str) -> None:
    assert parse(f"{head}\n" + MOTTO + HAMLET_REST).issuer == issuer


def test_a_local_body_under_a_place_named_one_still_stops_at_its_unit_word() -> None:
    # one head word after the commune's unit word is part of the place ("XÃ TRƯỜNG SƠN")
    doc = parse("HUYỆN ỦY TÂN AN ĐẢNG ỦY XÃ TRƯỜNG SƠN\n" + MOTTO + HAMLET_REST)
    assert doc.issuer is not None and doc.issuer.casefold().endswith("xã trường sơn")


@pytest.mark.parametrize("head, issuer", [
    ("MTTQ XÃ HÒA LẠC", "Mặt trận Tổ quốc xã Hòa Lạc"),
    ("MẶT TRẬN TỔ QUỐC XÃ HÒA LẠC", "Mặt trận Tổ quốc xã Hòa Lạc"),
])
def test_the_front_keeps_its_capitals(head: str, issuer: str) -> None:
    assert parse(f"{head}\n" + MOTTO + HAMLET_REST).issuer == issuer


def test_the_front_in_a_signature_keeps_its_capitals() -> None:
    doc = parse("MTTQ XÃ HÒA LẠC\n" + MOTTO + HAMLET_REST
                + "\nNơi nhận:\t\tTM. MTTQ\n- Lưu VT.\t\tCHỦ TỊCH\n\t\tTrần Thị Mai\n")
    assert [(s.name, s.on_behalf_of) for s in doc.signers] == [
        ("Trần Thị Mai", "Mặt trận Tổ quốc")]


def test_the_banner_alone_is_the_issuer() -> None:
    doc = parse("ĐOÀN TNCS HỒ CHÍ MINH\n" + UNION_REST)
    assert doc.issuer == "Đoàn TNCS Hồ Chí Minh"


def test_a_wrapped_city_name_is_no_banner() -> None:
    # "HỒ CHÍ MINH" under "ỦY BAN NHÂN DÂN THÀNH PHỐ" is the city's name, not a banner's piece
    doc = parse("ỦY BAN NHÂN DÂN THÀNH PHỐ\nHỒ CHÍ MINH\n" + MOTTO + BCD_REST)
    assert doc.issuer is not None
    assert doc.issuer.casefold() == "ủy ban nhân dân thành phố hồ chí minh"


HAMLET_REST = ("Số: 4/KH-BND\nTân Hòa, ngày 3 tháng 4 năm 2031\n\nKẾ HOẠCH\n"
               "Ra quân vệ sinh môi trường năm 2031\n\nI. MỤC ĐÍCH\nGiữ gìn đường làng.\n")


@pytest.mark.parametrize("head, issuer", [
    ("BAN NHÂN DÂN ẤP TÂN HÒA", "Ban nhân dân ấp Tân Hòa"),
    ("BAN NHÂN DÂN KHU PHỐ 2", "Ban nhân dân khu phố 2"),
    ("UBND XÃ TÂN HÒA\nBAN NHÂN DÂN ẤP 3", "Ban nhân dân ấp 3"),
])
def test_a_hamlets_peoples_board_is_the_issuer(head: str, issuer: str) -> None:
    # review R19b finding 1: "BAN NHÂN DÂN" opens a body when it opens a cell
    assert parse(f"{head}\n" + MOTTO + HAMLET_REST).issuer == issuer


def test_a_cell_opening_with_ban_hanh_names_no_body() -> None:
    # "BAN HÀNH …" (to issue) is a verb phrase, not a board's name
    doc = parse("BAN HÀNH KÈM THEO QUYẾT ĐỊNH\n" + MOTTO + HAMLET_REST)
    assert doc.issuer is None or not doc.issuer.startswith("Ban")
