"""Names around brackets: a bracket between a counted noun and the rest of its name ("Tổ
chức 05 cuộc (01 cuộc/năm) diễn đàn, tọa đàm") — the words after it name the target; a
figure restated after a bracket (", tương đương 3,2% GDP") keeps the figure's name."""

from __future__ import annotations

import pytest

from kehoach_parser.extract.indicators import indicators_from_text
from kehoach_parser.text.normalize import normalize


@pytest.fixture(autouse=True)
def rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEHOACH_STATUS", "rules")


def _named(text: str, value: float) -> list[str | None]:
    return [i.name for i in indicators_from_text(normalize(text).text) if i.value == value]


def test_the_name_goes_on_after_the_bracket() -> None:
    text = "Tổ chức 04 cuộc (01 cuộc/năm) hội thảo chuyên đề về chuyển đổi số."
    assert _named(text, 4.0) == ["hội thảo chuyên đề về chuyển đổi số"]


def test_a_bracket_then_a_tail_keeps_the_noun() -> None:
    text = "Tăng thêm 12 hợp tác xã (0,5 lần) so với năm 2024."
    assert _named(text, 12.0) == ["hợp tác xã"]


def test_a_restated_share_takes_the_name_of_the_figure_it_restates() -> None:
    text = ("Bội chi ngân sách của tỉnh là 1.250 tỷ đồng (một nghìn hai trăm năm mươi tỷ "
            "đồng), tương đương 2,1% GRDP.")
    assert _named(text, 2.1) == ["Bội chi ngân sách của tỉnh"]
