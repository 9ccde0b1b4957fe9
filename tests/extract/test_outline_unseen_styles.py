"""Heading styles written as real sources give them, which the labeled corpus may lack.

Each test builds its own layout; none is copied from a corpus document.
"""

from __future__ import annotations

import pytest

import kehoach_parser

_HEADER = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ LÂM\nSố: 45/KH-UBND\nPhú Lâm, ngày 12 tháng 3 năm 2025\n"
           "KẾ HOẠCH\nPhòng, chống thiên tai năm 2025\n\n")


def _sections(body: str) -> list[tuple[str, str | None, int]]:
    doc = kehoach_parser.parse(_HEADER + body)
    return [(s.label, s.title, s.level) for s in doc.sections]


@pytest.mark.parametrize("row", ["| {label} | {title} |", "|{label}.|{title}||",
                                 "| **{label}.** | **{title}** |  |"])
def test_a_heading_printed_as_a_row_of_label_and_title(row: str) -> None:
    body = "\n".join([
        row.format(label="I", title="MỤC ĐÍCH, YÊU CẦU"),
        row.format(label="1", title="Mục đích"),
        "Bảo đảm an toàn cho người dân.",
        row.format(label="II", title="NỘI DUNG"),
        "Tuyên truyền trên loa truyền thanh.",
    ])
    assert _sections(body) == [("I", "MỤC ĐÍCH, YÊU CẦU", 1), ("1", "Mục đích", 2),
                               ("II", "NỘI DUNG", 1)]


def test_rows_of_a_list_in_two_columns_are_not_headings() -> None:
    body = ("I. NỘI DUNG\n"
            "| 1 | Tuyên truyền trên loa |\n| 2 | Diễn tập phương án |\n| 3 | Kiểm tra đê |\n"
            "Các thôn thực hiện.\n")
    assert _sections(body) == [("I", "NỘI DUNG", 1)]


def test_rows_of_a_wider_table_are_not_headings() -> None:
    body = ("I. NỘI DUNG\n| STT | Nội dung | Thời gian |\n"
            "| 1 | Tuyên truyền | Quý I |\n| II | Diễn tập |  |\nCác thôn thực hiện.\n")
    assert _sections(body) == [("I", "NỘI DUNG", 1)]
