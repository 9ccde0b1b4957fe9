"""Titles in layouts the corpus rules were not written on: wrapped anywhere, a line of
figures inside a title in capitals, a blank line inside, the title on the type line.
Layouts written for the tests."""

from __future__ import annotations

import kehoach_parser

_TOP = ("ỦY BAN NHÂN DÂN\nTỈNH HÒA AN\nSố: 8/QĐ-UBND\nHòa An, ngày 6 tháng 1 năm 2027\n\n")


def _title(text: str) -> str | None:
    return kehoach_parser.parse(text).title


def test_a_line_of_figures_inside_a_title_in_capitals() -> None:
    text = _TOP + ("QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH PHÁT TRIỂN DU LỊCH GIAI ĐOẠN\n"
                   "2026-2030,\nTẦM NHÌN ĐẾN NĂM 2045\n\nCăn cứ Luật Du lịch;\n")
    assert _title(text) == ("VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÁT TRIỂN DU LỊCH GIAI ĐOẠN "
                            "2026-2030, TẦM NHÌN ĐẾN NĂM 2045")


def test_a_year_range_closing_a_title_in_capitals() -> None:
    text = _TOP + "KẾ HOẠCH\nPHÁT TRIỂN DU LỊCH GIAI ĐOẠN\n2026 - 2030\n\nI. MỤC ĐÍCH\n"
    assert _title(text) == "PHÁT TRIỂN DU LỊCH GIAI ĐOẠN 2026 - 2030"


def test_the_dateline_under_a_headline_is_no_part_of_it() -> None:
    text = "KẾ HOẠCH PHÁT TRIỂN DU LỊCH NĂM 2027\n12/01/2027\n\nI. MỤC TIÊU\n"
    assert _title(text) in (None, "PHÁT TRIỂN DU LỊCH NĂM 2027")
