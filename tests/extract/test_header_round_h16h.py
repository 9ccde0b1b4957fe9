"""The place and date printed beside the type line with wide gaps left around a filled-in
day (a layout written for these tests)."""

from __future__ import annotations

import pytest

from kehoach_parser import parse

HEADER = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "Độc lập - Tự do - Hạnh phúc\nSố: 41/BC-UBND\n")
BODY = "\nKết quả trồng rừng quý I năm 2029\n\nI. KẾT QUẢ\nTrồng mới 12 ha rừng.\n"


@pytest.mark.parametrize("date", [
    "Phú Lộc, ngày 14 tháng 4 năm 2029",
    "Phú Lộc, ngày  14  tháng 4 năm 2029",
    "Phú Lộc, ngày   14   tháng  4  năm 2029",
])
def test_a_date_beside_the_type_line_with_gaps_around_its_day(date: str) -> None:
    doc = parse(HEADER + "BÁO CÁO\t" + date + "\n" + BODY)
    assert (doc.place, doc.issued_date) == ("Phú Lộc", "2029-04-14")
    assert doc.doc_type == "Báo cáo"
    assert doc.title == "Kết quả trồng rừng quý I năm 2029"


def test_two_cells_beside_the_type_line_that_make_no_date_are_not_read_as_one() -> None:
    # the pieces after the type word join only into a place-and-date cell
    doc = parse(HEADER + "BÁO CÁO\tPhú Lộc\tQuý I\n" + BODY)
    assert doc.place is None and doc.issued_date is None
