"""A whole header on one line, with a template's blank number line left before the filled
one.  Layouts written for the test."""

from __future__ import annotations

import kehoach_parser


def test_the_filled_number_after_a_blank_one_on_one_line() -> None:
    text = ("UBND HUYỆN LẠC SƠN TRƯỜNG TIỂU HỌC AN BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
            "Độc lập - Tự do - Hạnh phúc Số: ……. KH-TH Số: 21/KH-THAB An Bình, ngày 4 tháng 9 "
            "năm 2026\nKẾ HOẠCH\nTổ chức năm học 2026-2027\n\nI. MỤC TIÊU\n")
    doc = kehoach_parser.parse(text)
    assert (doc.number, doc.symbol, doc.place, doc.issued_date) == (
        "21", "KH-THAB", "An Bình", "2026-09-04")
    assert doc.title == "Tổ chức năm học 2026-2027"
