"""Issuer layouts of issue 11 (round H14H), on headers written for these tests:
cooperatives and grassroots unions as issuers, a dash inside a province's name (in the
header, wrapped at the dash, and on the enacting line)."""

from __future__ import annotations

import pytest
from layout_helpers import BODY, MOTTO, TYPE, header

from kehoach_parser import parse
from kehoach_parser.extract.footer import Cell
from kehoach_parser.extract.issuer import lower_body

# -- issuers outside the usual bodies ------------------------------------------------------

@pytest.mark.parametrize(("issuer_lines", "issuer"), [
    ("HỢP TÁC XÃ DỊCH VỤ\nNÔNG NGHIỆP HÒA BÌNH", "Hợp tác xã dịch vụ nông nghiệp Hòa Bình"),
    ("UBND XÃ HÒA BÌNH\nHTX CHĂN NUÔI HÒA BÌNH", "Hợp tác xã chăn nuôi Hòa Bình"),
    ("LĐLĐ HUYỆN LẠC SƠN\nCĐCS TRƯỜNG TH HÒA BÌNH",
     "Công đoàn cơ sở Trường Tiểu học Hòa Bình"),
    ("CÔNG ĐOÀN GIÁO DỤC HUYỆN LẠC SƠN\nBCH CĐCS TRƯỜNG THCS HÒA BÌNH",
     "Ban Chấp hành Công đoàn cơ sở Trường Trung học cơ sở Hòa Bình"),
    # a school under its district office is still read as the school
    ("PHÒNG GD&ĐT HUYỆN LẠC SƠN\nTRƯỜNG TH HÒA BÌNH", "Trường Tiểu học Hòa Bình"),
])
def test_issuers_outside_the_state_offices(issuer_lines: str, issuer: str) -> None:
    doc = parse(header(issuer_lines) + BODY)
    assert doc.issuer is not None
    assert doc.issuer.casefold() == issuer.casefold()


def test_a_cooperatives_unit_word_opens_no_locality_of_a_parent() -> None:
    """"XÃ" inside "HỢP TÁC XÃ", written out in full under the commune's committee, is no
    commune: the cooperative is the issuer, not a locality of the committee above it."""
    doc = parse(header("UBND XÃ HÒA BÌNH\nHỢP TÁC XÃ CHĂN NUÔI HÒA BÌNH") + BODY)
    assert doc.issuer is not None
    assert doc.issuer.casefold() == "hợp tác xã chăn nuôi hòa bình"


# -- a dash inside a province's name: in the header, the enacting line ---------------------

@pytest.mark.parametrize("dash", ["–", "-"])
@pytest.mark.parametrize("issuer_lines", [
    "ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA {dash} VŨNG TÀU",
    # wrapped at the dash: the dash opens the line, and is no bullet
    "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA\n{dash} VŨNG TÀU",
])
def test_a_dash_inside_a_province_name_in_the_header(issuer_lines: str, dash: str) -> None:
    head = (f"{issuer_lines.format(dash=dash)}\n{MOTTO}Số: 12/KH-UBND\n"
            f"Bà Rịa {dash} Vũng Tàu, ngày 04 tháng 9 năm 2027\n{TYPE}")
    doc = parse(head + BODY)
    assert doc.issuer is not None
    assert doc.issuer.replace("–", "-") == "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"
    assert doc.place is not None and doc.place.replace("–", "-") == "Bà Rịa - Vũng Tàu"


_DECISION_TOP = ("ỦY BAN NHÂN DÂN\n" + MOTTO + "Số: 12/QĐ-UBND\n"
                 "Vũng Tàu, ngày 04 tháng 9 năm 2027\n"
                 "\nQUYẾT ĐỊNH\nVề việc ban hành kế hoạch phòng, chống thiên tai\n\n")
_ENACTED = ("\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này kế hoạch.\n")


@pytest.mark.parametrize("enacting", [
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA – VŨNG TÀU",
    "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA – VŨNG TÀU",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA – VŨNG TÀU",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU",
])
def test_the_enacting_line_gives_a_bare_issuer_its_province_with_a_dash(enacting: str) -> None:
    doc = parse(_DECISION_TOP + enacting + _ENACTED)
    assert doc.issuer is not None
    assert doc.issuer.replace("–", "-") == "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"


def test_an_enacting_line_with_no_locality_under_it_stays_bare() -> None:
    doc = parse(_DECISION_TOP + "CHỦ TỊCH ỦY BAN NHÂN DÂN\nCăn cứ Luật Tổ chức chính quyền "
                "địa phương;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kế hoạch.\n")
    assert doc.issuer == "Ủy ban nhân dân"


def test_a_bullet_in_sentence_case_under_the_issuer_is_not_its_name() -> None:
    head = (f"ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n- Tổ chức ngày hội\n{MOTTO}Số: 12/KH-UBND\n"
            f"Hòa Bình, ngày 04 tháng 9 năm 2027\n{TYPE}")
    doc = parse(head + BODY)
    assert doc.issuer == "Ủy ban nhân dân xã Hòa Bình"


@pytest.mark.parametrize(("issuer_lines", "issuer"), [
    # any dash that reads as a bullet may be the one the name was wrapped at
    ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA\n— VŨNG TÀU", "Ủy ban nhân dân tỉnh Bà Rịa — Vũng Tàu"),
    # the line above names no place (no unit word and a name): the dash opens an item
    ("BỘ Y TẾ\n– BAN CHỈ ĐẠO", "Bộ Y tế"),
])
def test_a_dash_line_continues_the_issuer_only_under_a_place(issuer_lines: str,
                                                             issuer: str) -> None:
    head = (f"{issuer_lines}\n{MOTTO}Số: 12/KH-BYT\nHà Nội, ngày 04 tháng 9 năm 2027\n{TYPE}")
    assert parse(head + BODY).issuer == issuer


@pytest.mark.parametrize(("line", "body"), [
    ("BAN CHẤP HÀNH CÔNG ĐOÀN TRƯỜNG TH HÒA BÌNH", "BAN CHẤP HÀNH CÔNG ĐOÀN TRƯỜNG TH HÒA BÌNH"),
    ("CHI ĐOÀN TRƯỜNG THCS HÒA BÌNH", "CHI ĐOÀN TRƯỜNG THCS HÒA BÌNH"),
    # a parent with a place: the school is the body
    ("UBND XÃ HÒA BÌNH TRƯỜNG TH HÒA BÌNH", "TRƯỜNG TH HÒA BÌNH"),
    # the body words in another order are no school's body (no bag of words)
    ("ĐOÀN CƠ SỞ TRƯỜNG TH HÒA BÌNH", "TRƯỜNG TH HÒA BÌNH"),
])
def test_a_school_body_is_a_run_of_its_heads_before_the_school(line: str, body: str) -> None:
    assert lower_body(Cell(0, len(line), line, 0)).text == body
