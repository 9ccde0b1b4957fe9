"""A title never runs into the column headers of a table printed under it.

The layouts are written for the test (invented body, place and figures).
"""

from __future__ import annotations

import pytest

import kehoach_parser
from kehoach_parser.extract.header_title import _TABLE_HEAD_RE

HEAD = ("UBND HUYỆN AN PHÚ\nTRƯỜNG TIỂU HỌC AN PHÚ\n\nAn Phú, ngày 3 tháng 9 năm 2026\n\n"
        "THÔNG BÁO\n\nCam kết chất lượng giáo dục của trường tiểu học\n\nNăm học 2026-2027\n\n")


@pytest.mark.parametrize("head_row", ["STT Nội dung Lớp 1 Lớp 2", "TT Chỉ tiêu ĐVT Kế hoạch",
                                      "Số TT Tên chỉ tiêu Mục tiêu"])
def test_a_flattened_header_row_under_the_title_starts_the_body(head_row: str) -> None:
    doc = kehoach_parser.parse(HEAD + head_row + "\n\nI\n\nChất lượng học tập:\n"
                               "+ Tỷ lệ học sinh hoàn thành chương trình: 99% trở lên\n")
    assert doc.title == "Cam kết chất lượng giáo dục của trường tiểu học Năm học 2026-2027"


def test_an_abbreviation_opening_a_title_line_is_no_table_header() -> None:
    assert _TABLE_HEAD_RE.match("TT Y tế huyện An Phú") is None  # TT = Trung tâm
    assert _TABLE_HEAD_RE.match("STT Nội dungx") is None
