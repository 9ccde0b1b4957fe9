"""A parent body and the issuing body under it run into one header line.

Every layout here is written for the test (invented bodies, places and numbers).
"""

from __future__ import annotations

import pytest

import kehoach_parser

_REST = ("\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
         "Số: 27/KH-{code}\nHòa An, ngày 5 tháng 3 năm 2026\nKẾ HOẠCH\n"
         "Tuyển sinh năm học 2026 - 2027\nI. MỤC ĐÍCH\n")


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        ("ĐẠI HỌC VÙNG HÒA AN TRƯỜNG ĐẠI HỌC KỸ THUẬT", "trường đại học kỹ thuật"),
        ("XÃ HÒA AN BAN THƯỜNG TRỰC", "ban thường trực"),
        ("TẬP ĐOÀN ĐIỆN LỰC HÒA AN TRUNG TÂM ĐIỀU ĐỘ", "trung tâm điều độ"),
    ],
)
def test_the_body_after_a_parent_without_a_head_is_the_issuer(line: str, issuer: str) -> None:
    doc = kehoach_parser.parse(line + _REST.format(code="X"))
    assert doc.issuer is not None and doc.issuer.casefold() == issuer


def test_the_same_two_bodies_on_two_lines_give_the_same_issuer() -> None:
    doc = kehoach_parser.parse("XÃ HÒA AN\nBAN THƯỜNG TRỰC" + _REST.format(code="BTT"))
    assert doc.issuer is not None and doc.issuer.casefold() == "ban thường trực"


def test_a_capital_headline_without_a_header_names_no_issuer() -> None:
    # no number and no date line: a line in capitals is a headline, whatever it holds
    doc = kehoach_parser.parse(
        "MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2026\n\n"
        "1. Tốc độ tăng trưởng kinh tế đạt 7%.\n2. Thu ngân sách đạt 120 tỷ đồng.\n")
    assert doc.issuer is None


def test_a_line_in_capitals_whose_inner_head_opens_a_long_phrase_names_no_issuer() -> None:
    doc = kehoach_parser.parse(
        "CÁC CHỈ TIÊU PHÁT TRIỂN TRƯỜNG HỌC VÀ CƠ SỞ VẬT CHẤT CHO CÁC XÃ MIỀN NÚI VÀ HẢI ĐẢO "
        "TRONG GIAI ĐOẠN TỚI" + _REST.format(code="X"))
    assert doc.issuer is None


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CỤC CHĂN NUÔI", "cục chăn nuôi"),
        ("BAN CHẤP HÀNH TRUNG ƯƠNG BAN KINH TẾ", "ban kinh tế"),
        ("BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG", "văn phòng"),
        ("SỞ Y TẾ HÒA AN TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "trung tâm kiểm soát bệnh tật"),
        ("HUYỆN ĐOÀN HÒA AN ĐOÀN TNCS HỒ CHÍ MINH XÃ AN PHÚ CHI ĐOÀN THÔN ĐÔNG",
         "chi đoàn thôn đông"),
    ],
)
def test_the_lower_body_after_a_parent_with_a_head_is_the_issuer(line: str, issuer: str) -> None:
    doc = kehoach_parser.parse(line + _REST.format(code="X"))
    assert doc.issuer is not None and doc.issuer.casefold() == issuer


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "bộ nông nghiệp và môi trường"),
        ("ỦY BAN NHÂN DÂN XÃ HÒA AN", "ủy ban nhân dân xã hòa an"),
        ("BỘ QUỐC PHÒNG", "bộ quốc phòng"),
        ("BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI", "ban chỉ đạo phòng, chống thiên tai"),
        ("TRƯỜNG TRUNG HỌC CƠ SỞ HÒA AN", "trường trung học cơ sở hòa an"),
    ],
)
def test_a_head_word_inside_a_body_s_own_name_opens_no_lower_body(line: str, issuer: str
                                                                  ) -> None:
    doc = kehoach_parser.parse(line + _REST.format(code="X"))
    assert doc.issuer is not None and doc.issuer.casefold() == issuer
