"""A table of quotas: the plan column ("Phân bổ số lượng") and, after it, columns without a
year that break the planned figure down ("Nữ", "Tái cử", "Ngoài Đảng"; each figure at
most the plan's in its row) are all targets.  A plain column whose figures exceed the plan's
(a fact of the place: "Số hộ") is no breakdown and gives no target.

The tables are written for the test.  The rules decide (``indicator_helpers.rule_decider``)
but where a test names the shipped model too.
"""

from __future__ import annotations

import pytest
from indicator_helpers import docx, rule_decider  # noqa: F401  (fixture: the rules decide)

from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.text.normalize import normalize

Figures = list[tuple[str | None, float | None]]

END = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
LEAD = "PHỤ BIỂU\nTHÀNH PHẦN, CƠ CẤU, SỐ LƯỢNG NGƯỜI ỨNG CỬ CỦA CÁC CƠ QUAN, ĐƠN VỊ"


def read(rows: list[list[str]]) -> tuple[Figures, Figures]:
    """The targets and the results of the table ``rows`` (DOCX rows), as (name, value)."""
    found, results = figures_from_text(normalize(LEAD + "\n\n" + docx(rows) + END).text)
    return [(t.name, t.value) for t in found], [(r.name, r.value) for r in results]


QUOTAS = [
    ["STT", "Cơ quan, đơn vị", "Phân bổ số lượng giới thiệu", "Nữ", "Tái cử", "Ngoài Đảng"],
    ["1", "Khối Đảng", "14", "5", "5", "2"],
    ["2", "Khối chính quyền", "12", "4", "6", "3"],
    ["3", "Khối đoàn thể", "7", "4", "3", "1"],
    ["4", "Thôn Đông", "2", "1", "-", "1"],
]


@pytest.mark.parametrize("decider", ["rules", "model"])
def test_breakdown_columns_of_a_quota_are_targets(decider: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    if decider == "model":
        monkeypatch.delenv("KEHOACH_STATUS")
    got, _ = read(QUOTAS)
    assert [v for n, v in got if n == "Khối Đảng"] == [14.0, 5.0, 5.0, 2.0]
    assert [v for n, v in got if n == "Thôn Đông"] == [2.0, 1.0, 1.0]
    assert len(got) == 15


@pytest.mark.parametrize("decider", ["rules", "model"])
def test_a_column_larger_than_the_plan_is_no_breakdown(decider: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    if decider == "model":
        monkeypatch.delenv("KEHOACH_STATUS")
    rows = [["STT", "Cơ quan, đơn vị", "Phân bổ số lượng giới thiệu", "Số hộ"],
            ["1", "Thôn Đông", "2", "312"],
            ["2", "Thôn Tây", "1", "280"],
            ["3", "Thôn Nam", "1", "295"],
            ["4", "Thôn Bắc", "2", "301"]]
    got, _ = read(rows)
    assert all(v in (1.0, 2.0) for _, v in got)
    assert len(got) == 4


#: A quota beside the size of what it is drawn from (written for the test).
BASES = [["STT", "Địa bàn", "Chỉ tiêu phân bổ", "Số hộ dân", "Số đảng viên"],
         ["1", "Tổ dân phố 1", "3", "415", "62"],
         ["2", "Tổ dân phố 2", "2", "388", "47"],
         ["3", "Tổ dân phố 3", "4", "502", "71"],
         ["4", "Tổ dân phố 4", "1", "296", "33"]]


@pytest.mark.parametrize("decider", ["rules", "model"])
def test_columns_larger_than_the_plan_in_every_row_are_facts(
        decider: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Structural, not learned: the rule baseline and the model agree."""
    if decider == "model":
        monkeypatch.delenv("KEHOACH_STATUS")
    targets, results = read(BASES)
    assert sorted(v for _, v in targets if v is not None) == [1.0, 2.0, 3.0, 4.0]
    assert (("Tổ dân phố 3", 502.0) in results) and (("Tổ dân phố 3", 71.0) in results)
    assert len(results) == 8


def test_a_column_sometimes_within_the_plan_is_not_a_fact_column() -> None:
    """A column at most the plan's in some rows and larger in others is neither a breakdown
    nor the plan's base: it is left to the status decision (the rules keep it a target)."""
    rows = [["STT", "Địa bàn", "Chỉ tiêu phân bổ", "Dự phòng"],
            ["1", "Tổ dân phố 1", "3", "5"],
            ["2", "Tổ dân phố 2", "6", "2"],
            ["3", "Tổ dân phố 3", "4", "7"],
            ["4", "Tổ dân phố 4", "2", "3"]]
    targets, results = read(rows)
    assert [v for n, v in targets if n == "Tổ dân phố 2"] == [6.0, 2.0]
    assert not results


def test_too_few_rows_larger_than_the_plan_make_no_fact_column() -> None:
    rows = [["STT", "Địa bàn", "Chỉ tiêu phân bổ", "Số hộ dân"],
            ["1", "Tổ dân phố 1", "3", "415"],
            ["2", "Tổ dân phố 2", "2", "388"],
            ["3", "Tổ dân phố 3", "4", ""]]
    targets, results = read(rows)
    assert ("Tổ dân phố 1", 415.0) in targets
    assert not results
