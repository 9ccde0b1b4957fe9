"""One clause or table that cannot be read loses only itself (issue: robustness)."""

from __future__ import annotations

from typing import Any

import pytest

import kehoach_parser
from kehoach_parser.extract.indicators import walker
from kehoach_parser.extract.numbers import parse_vi_number


@pytest.fixture(autouse=True)
def rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests check how figures are read; the status decision (target or result) is
    tested on its own (test_indicators_status.py): the rule baseline decides here."""
    monkeypatch.setenv("KEHOACH_STATUS", "rules")

PLAN = ("KẾ HOẠCH\nI. MỤC TIÊU\n- Tỷ lệ hộ nghèo giảm còn 2,5%.\n"
        "- Tỷ lệ trẻ em suy dinh dưỡng BOOM dưới 10%.\n- Tỷ lệ che phủ rừng đạt 45%.\n")


@pytest.mark.parametrize("text", ["1,1.1.1", "1,2.1.3", "1.2,3.4,5"])
def test_malformed_separators_are_not_a_number(text: str) -> None:
    assert parse_vi_number(text) is None


def test_malformed_number_in_one_item_keeps_the_other_items() -> None:
    doc = kehoach_parser.parse("KẾ HOẠCH\nI. MỤC TIÊU\n- Phấn đấu tỷ lệ hộ nghèo giảm còn "
                               "1,1.1.1%.\n- Tỷ lệ che phủ rừng đạt 45%.\n")
    assert [(i.value, i.unit) for i in doc.indicators] == [(45.0, "%")]
    assert not [w for w in doc.warnings if w.code == "W100"]


def test_a_failing_clause_gives_w110_with_its_span_and_the_rest_survives(
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = walker.extract_item

    def flaky(text: str, s: int, e: int, ictx: Any) -> Any:
        if "BOOM" in text[s:e]:
            raise RuntimeError("simulated defect")
        return real(text, s, e, ictx)

    monkeypatch.setattr(walker, "extract_item", flaky)
    doc = kehoach_parser.parse(PLAN)
    assert [i.value for i in doc.indicators] == [2.5, 45.0]
    w110 = [w for w in doc.warnings if w.code == "W110"]
    assert len(w110) == 1 and w110[0].span is not None
    s, e = w110[0].span
    assert "BOOM" in doc.text[s:e]
    assert not [w for w in doc.warnings if w.code == "W100"]


def test_a_failing_table_gives_w110_and_the_prose_targets_survive(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_a: Any, **_k: Any) -> Any:
        raise ValueError("simulated table defect")

    monkeypatch.setattr(walker, "extract_table", broken)
    text = ("KẾ HOẠCH\nI. CHỈ TIÊU\n- Tỷ lệ che phủ rừng đạt 45%.\n"
            "| STT | Chỉ tiêu | Đơn vị | Kế hoạch |\n| 1 | Tỷ lệ hộ nghèo | % | 2,5 |\n")
    doc = kehoach_parser.parse(text)
    assert [i.value for i in doc.indicators] == [45.0]
    assert [w.code for w in doc.warnings].count("W110") == 1


def test_deeply_nested_brackets_do_not_recurse_with_the_input(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of unclosed "(" with digits: the reading stops a few brackets deep, so a
    recursion limit far below the input's depth is never reached and the item's own target
    is kept."""
    import sys

    nested = "".join(f"({k} " for k in range(3000))
    text = ("KẾ HOẠCH\nI. MỤC TIÊU\n- Tỷ lệ hộ nghèo giảm còn 2,5% " + nested + "\n"
            "- Tỷ lệ che phủ rừng đạt 45%.\n")
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(400)
    try:
        doc = kehoach_parser.parse(text)
    finally:
        sys.setrecursionlimit(old)
    assert not [w for w in doc.warnings if w.code in ("W100", "W110")]
    values = [(i.value, i.unit) for i in doc.indicators]
    assert (2.5, "%") in values and (45.0, "%") in values


def test_shallow_brackets_are_still_read() -> None:
    doc = kehoach_parser.parse("KẾ HOẠCH\nI. MỤC TIÊU\n- Tỷ lệ hộ nghèo giảm 1,5% "
                               "(còn 2,42%).\n")
    assert sorted(i.value for i in doc.indicators if i.value is not None) == [1.5, 2.42]
