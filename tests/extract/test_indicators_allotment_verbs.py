"""A verb that allots a share of a whole ("bố trí ít nhất 3% tổng chi ngân sách …", "dành
tối thiểu 10% ngân sách …") makes the clause value first: the whole names the target."""

from __future__ import annotations

import pytest

from kehoach_parser.extract.indicators import indicators_from_text


@pytest.mark.parametrize(("sentence", "name"), [
    ("- Đến năm 2030, bố trí ít nhất 3% tổng chi ngân sách hằng năm cho khoa học, công nghệ.",
     "tổng chi ngân sách hằng năm cho khoa học, công nghệ"),
    ("- Hằng năm dành tối thiểu 10% ngân sách sự nghiệp giáo dục cho đào tạo giáo viên.",
     "ngân sách sự nghiệp giáo dục cho đào tạo giáo viên"),
])
def test_allotted_share_is_named_by_the_whole(sentence: str, name: str) -> None:
    assert [(i.name, i.comparator) for i in indicators_from_text(sentence)] == [(name, ">=")]


def test_named_measure_before_a_connector_keeps_its_name() -> None:
    found = indicators_from_text("- Đến năm 2030, kinh phí bố trí cho R&D đạt 2% GDP.")
    assert [i.name for i in found] == ["kinh phí bố trí cho R&D"]
