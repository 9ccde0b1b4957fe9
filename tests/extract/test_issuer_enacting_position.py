"""A chairman's decision whose header names a bare "ỦY BAN NHÂN DÂN": the enacting line
"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X" gives the body's locality (the position is no part of the
issuer).  Layout written for the test."""

from __future__ import annotations

import kehoach_parser


def test_the_locality_from_an_enacting_line_opened_by_a_position() -> None:
    text = ("ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 71/QĐ-UBND\n"
            "Phú Yên, ngày 2 tháng 4 năm 2026\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch trồng rừng\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\nCăn cứ Luật Lâm nghiệp;\nQUYẾT ĐỊNH:\n")
    doc = kehoach_parser.parse(text)
    assert doc.issuer == "Ủy ban nhân dân tỉnh Phú Yên"
    start, end = doc.field_spans["issuer"]
    assert doc.text[start:end] == "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN"
