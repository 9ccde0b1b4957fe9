"""Reflow: a name cut at its colon from the one value it introduces ("Đơn vị A:⏎25 trạm,
…") is joined whatever the width; a colon opening a list, a sentence or a table cell is not."""

from __future__ import annotations

import pytest

from kehoach_parser.text.reflow import should_join


@pytest.mark.parametrize(("line", "nxt"), [
    ("+ Xây mới nhà văn hóa: 12 nhà (trong đó: xã Bắc:", "05 nhà, xã Nam: 07 nhà);"),
    ("- Chi phí in ấn tài liệu:", "42.500.000 đồng/năm."),
    ("năm 2028: 71,5%; năm 2029:", "74%."),
    ("- Thu nhập bình quân:", "65 triệu đồng/người/năm."),
    ("- Số trạm y tế đạt chuẩn:", "25 trạm"),
])
def test_a_name_and_its_one_value_cut_at_the_colon_are_joined(line: str, nxt: str) -> None:
    assert should_join(line, nxt, None)


@pytest.mark.parametrize(("line", "nxt"), [
    # a lead-in over a numbered list
    ("Các chỉ tiêu chủ yếu năm 2028:", "1. Tốc độ tăng trưởng đạt 7%."),
    # a lead-in over a sentence that opens with a value and goes on
    ("Mục tiêu cụ thể như sau:",
     "85% trường học có thư viện đạt chuẩn, 60% trường có phòng học bộ môn"),
    # a year opening a step of a timeline
    ("Lộ trình:", "2028: hoàn thành 50% khối lượng."),
    # no colon: the width decides, and there is none
    ("- Chi phí in ấn tài liệu", "42.500.000 đồng/năm."),
    # a figure alone on its line: a cell of a table printed one cell a line
    ("- Tỷ lệ hộ dùng nước sạch:", "97,5%"),
    # a value opening a cell of a table row
    ("Chỉ tiêu:", "45 | 50 | 55"),
    # a lead-in over a list whose first item opens with its value (review R17a finding 3)
    ("Kết quả thực hiện năm 2026:", "12 xã đạt chuẩn nông thôn mới;"),
    ("Trong đó:", "15 xã, thị trấn hoàn thành tiêu chí;"),
    ("a) Về y tế:", "25 trạm y tế đạt chuẩn;"),
])
def test_a_colon_before_a_list_or_a_sentence_stays_a_break(line: str, nxt: str) -> None:
    assert not should_join(line, nxt, None)
