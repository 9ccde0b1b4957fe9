"""Shapes met on documents parsed for the first time (issue 12, batches R, S, T): a group
headed by the end of a term, parallel sub-items of one measure, targets given by a
meeting that assigns them.  Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from kehoach_parser.document import Indicator
from kehoach_parser.extract.indicators import indicators_from_text
from kehoach_parser.text.normalize import normalize


@pytest.fixture(autouse=True)
def rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEHOACH_STATUS", "rules")


def extract(text: str) -> list[Indicator]:
    return indicators_from_text(normalize(text).text)


def _groups(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(i.name, i.group, i.value) for i in extract(text)]


# --- the end of a term before a group -------------------------------------------------------
def test_the_end_of_a_term_before_a_colon_group_is_not_part_of_the_group() -> None:
    text = ("- Đến cuối nhiệm kỳ, tỷ lệ trẻ em, học sinh trong độ tuổi được đến trường: "
            "Mầm non đạt 92%, tiểu học đạt 99%.\n")
    assert _groups(text) == [
        ("Mầm non", "tỷ lệ trẻ em, học sinh trong độ tuổi được đến trường", 92.0),
        ("tiểu học", "tỷ lệ trẻ em, học sinh trong độ tuổi được đến trường", 99.0),
    ]


def test_the_end_of_a_period_after_a_group_is_left_out_too() -> None:
    text = "- Cơ cấu lao động đến cuối giai đoạn: nông nghiệp 35%, công nghiệp 30%.\n"
    assert [g for _, g, _ in _groups(text)] == ["Cơ cấu lao động", "Cơ cấu lao động"]


def test_a_term_word_inside_a_name_without_end_stays() -> None:
    # "nhiệm kỳ" alone is no time phrase: the group keeps it
    text = "- Số đảng viên kết nạp trong nhiệm kỳ mới: nữ 40 đảng viên, trẻ 60 đảng viên.\n"
    assert {g for _, g, _ in _groups(text)} == {"Số đảng viên kết nạp trong nhiệm kỳ mới"}
