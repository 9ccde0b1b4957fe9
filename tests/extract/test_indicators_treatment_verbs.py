"""Verbs that treat waste or polluters ("Xử lý được 40% cơ sở …", "Thu gom và xử lý 100%
chất thải y tế") make the clause value first; a named measure before a connector keeps
its verb ("Xử lý cơ sở gây ô nhiễm … đạt 50%")."""

from __future__ import annotations

import pytest

from kehoach_parser.extract.indicators import indicators_from_text

PLANNED = "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2027\n\nI. CHỈ TIÊU CHỦ YẾU\n"


@pytest.mark.parametrize(("sentence", "names"), [
    ("- Xử lý được 60% cơ sở gây ô nhiễm môi trường nghiêm trọng.",
     ["cơ sở gây ô nhiễm môi trường nghiêm trọng"]),
    ("- Thu gom và xử lý 100% chất thải y tế, 95% chất thải nguy hại.",
     ["chất thải y tế", "chất thải nguy hại"]),
    ("- Xử lý cơ sở gây ô nhiễm môi trường nghiêm trọng đạt 50%.",
     ["Xử lý cơ sở gây ô nhiễm môi trường nghiêm trọng"]),
])
def test_treatment_verbs(sentence: str, names: list[str]) -> None:
    # a bare bullet is a target only by its context: set in a plan's targets section (H18S)
    assert [i.name for i in indicators_from_text(PLANNED + sentence)] == names
