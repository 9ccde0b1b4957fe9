"""Quota tables of unseen documents (issue 12): code columns and a second name column beside
the name of the row hold no figures; only the quota column gives targets."""

from __future__ import annotations

import pytest
from test_indicators_table_layouts import records

from kehoach_parser.extract.indicators import tables


@pytest.fixture(autouse=True)
def rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEHOACH_STATUS", "rules")


LEAD = "Kế hoạch tuyển sinh năm học tới như sau:\n\n"
TABLE = "\n".join([
    "| TT | Mã tuyển sinh | Tên lớp, chương trình | Mã nhóm, khối lớp | Tên nhóm, khối lớp "
    "| Chỉ tiêu dự kiến |",
    "| --- | --- | --- | --- | --- | --- |",
    "| 1 | 8110021 | Lớp nghề hàn | 8110020 | Cơ khí | 45 |",
    "| 2 | 8110031 | Lớp nghề điện dân dụng | 8110030 | Điện | 60 |",
])


def test_a_header_opening_with_ma_is_a_code_column_whatever_its_length() -> None:
    for header in ("Mã tuyển sinh", "Mã nhóm, khối lớp", "Mã số"):
        assert tables._classify(header, None).role == "code"
    # a plan word keeps the column a value column
    assert tables._classify("Mã số kế hoạch", None).role != "code"


def test_a_second_column_headed_ten_holds_names_not_figures() -> None:
    layout = tables._positional_layout(
        [["TT", "Tên lớp", "Tên khối lớp", "Chỉ tiêu dự kiến"]], None)
    assert [c.role for c in layout.cols] == ["ordinal", "name", "note", "value"]
    assert layout.cols[3].kind == "plan"


def test_a_quota_table_gives_one_target_a_row_from_the_quota_column() -> None:
    targets, results = records(LEAD + TABLE + "\n")
    assert results == []
    assert [(t[0], t[1], t[3]) for t in targets] == [
        ("1", "Lớp nghề hàn", 45.0), ("2", "Lớp nghề điện dân dụng", 60.0)]
