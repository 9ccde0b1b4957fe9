"""Issuers outside the offices of the state and the Party (a hospital, a health station, a
union, a court, a company), under their parent or alone.  Headers written for these tests."""

from __future__ import annotations

import pytest

import kehoach_parser

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
_BODY = "\nKẾ HOẠCH\nPhòng, chống rét đậm năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nBảo vệ.\n"


def _header(first: str, second: str) -> str:
    return (f"{first}\t{_MOTTO}\n{second}\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 17/KH-XX\tLạc Thủy, ngày 09 tháng 01 năm 2026\n" + _BODY)


@pytest.mark.parametrize(
    ("first", "second", "issuer"),
    [
        ("SỞ Y TẾ TỈNH HÒA BÌNH", "BỆNH VIỆN ĐA KHOA HUYỆN LẠC THỦY",
         "bệnh viện đa khoa huyện lạc thủy"),
        ("TRUNG TÂM Y TẾ HUYỆN LẠC THỦY", "TRẠM Y TẾ XÃ AN LẠC", "trạm y tế xã an lạc"),
        ("UBND TỈNH HÒA BÌNH", "THANH TRA TỈNH", "thanh tra tỉnh"),
        ("BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH HÒA BÌNH",
         "bảo hiểm xã hội tỉnh hòa bình"),
        ("LIÊN ĐOÀN LAO ĐỘNG TỈNH HÒA BÌNH", "CÔNG ĐOÀN NGÀNH Y TẾ", "công đoàn ngành y tế"),
        ("TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC", "CÔNG TY ĐIỆN LỰC HÒA BÌNH",
         "công ty điện lực hòa bình"),
        ("TÒA ÁN NHÂN DÂN", "HUYỆN LẠC THỦY", "tòa án nhân dân huyện lạc thủy"),
    ],
)
def test_the_lower_body_is_the_issuer_whatever_its_kind(first: str, second: str,
                                                        issuer: str) -> None:
    # which body, not its case: the written case of a company's or a hospital's own name
    # ("Công ty Điện lực Hòa Bình") is not read yet, so lower case is compared here
    assert kehoach_parser.parse(_header(first, second)).issuer.lower() == issuer


@pytest.mark.parametrize(
    ("first", "issuer"),
    [
        ("BỆNH VIỆN ĐA KHOA TỈNH HÒA BÌNH", "bệnh viện đa khoa tỉnh hòa bình"),
        ("CÔNG TY CỔ PHẦN CẤP NƯỚC LẠC THỦY", "công ty cổ phần cấp nước lạc thủy"),
    ],
)
def test_such_a_body_alone_in_the_header_is_the_issuer(first: str, issuer: str) -> None:
    assert kehoach_parser.parse(_header(first, "*****")).issuer.lower() == issuer


@pytest.mark.parametrize(
    ("first", "second", "issuer"),
    [
        # the union, Party cell or Pioneers of a school issue as themselves; the school's
        # type is written out as in a school's own name, and the school keeps its capitals
        # ("Trường Trung học cơ sở", not "trường trung học cơ sở" as after a body's head)
        ("LĐLĐ HUYỆN LẠC THỦY", "CÔNG ĐOÀN TRƯỜNG THCS AN LẠC",
         "Công đoàn Trường Trung học cơ sở An Lạc"),
        ("ĐẢNG BỘ XÃ AN LẠC", "CHI BỘ TRƯỜNG TH AN LẠC", "Chi bộ Trường Tiểu học An Lạc"),
        # a school under its parent stays the school
        ("PHÒNG GD&ĐT LẠC THỦY", "TRƯỜNG MẦM NON AN LẠC", "Trường Mầm non An Lạc"),
        # and a place named "Trường …" is no school: the unit word stays in lower case
        ("UBND HUYỆN LẠC THỦY", "UBND XÃ TRƯỜNG XUÂN", "Ủy ban nhân dân xã Trường Xuân"),
    ],
)
def test_a_body_of_a_school_keeps_the_school_in_its_name(first: str, second: str,
                                                         issuer: str) -> None:
    # the exact written form: the school's capitals are half of the rule
    assert kehoach_parser.parse(_header(first, second)).issuer == issuer


def test_a_hospital_named_in_running_text_makes_no_issuer() -> None:
    # the new heads are read in a header's cells only, not in a passage without a header
    text = ("Bệnh viện Đa khoa huyện tổ chức khám bệnh miễn phí cho 300 người cao tuổi.\n"
            "Công ty Điện lực cắt điện để bảo dưỡng lưới điện trong hai ngày.\n")
    assert kehoach_parser.parse(text).issuer is None
