"""A money scale and "đ" written as one word, also on the digits ("1.184 tỷđ", "596tỷđ",
"60trđ/người/năm"), are "tỷ đồng" / "triệu đồng"."""

from __future__ import annotations

import pytest

from kehoach_parser.extract.indicators import indicators_from_text


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("- Tổng giá trị sản xuất đến năm 2030 đạt 1.184 tỷđ.", 1184.0, "tỷ đồng"),
    ("- Tổng vốn đầu tư toàn xã hội (5 năm): 1.085tỷđ.", 1085.0, "tỷ đồng"),
    ("- Thu nhập bình quân đầu người đến năm 2030: 60trđ/người/năm.", 60.0,
     "triệu đồng/người/năm"),
])
def test_glued_money_units(sentence: str, value: float, unit: str) -> None:
    assert [(i.value, i.unit) for i in indicators_from_text(sentence)] == [(value, unit)]
