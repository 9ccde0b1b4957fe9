"""A bound written before the verb of having ("Tối thiểu có 10 doanh nghiệp …", "ít nhất có
20 xã …") binds the count after it; "có" alone does not."""

from __future__ import annotations

import pytest

from kehoach_parser.extract.indicators import indicators_from_text


@pytest.mark.parametrize(("sentence", "comparator"), [
    ("- Đến năm 2030, tối thiểu có 10 doanh nghiệp công nghệ số đạt chuẩn.", ">="),
    ("- Phấn đấu ít nhất có 20 xã đạt chuẩn nông thôn mới.", ">="),
    ("- Phấn đấu có 20 xã đạt chuẩn nông thôn mới.", "="),
])
def test_bound_before_co(sentence: str, comparator: str) -> None:
    found = indicators_from_text(sentence)
    assert [(i.comparator, i.value) for i in found] == [(comparator, found[0].value)]
    assert found[0].value in (10.0, 20.0)
