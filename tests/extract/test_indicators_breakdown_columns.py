"""A table of quotas: the plan column ("Phân bổ số lượng") and, after it, columns without a
year that break the planned figure down ("Nữ", "Tái cử", "Ngoài Đảng"; each figure at
most the plan's in its row) are all targets.  A plain column whose figures exceed the plan's
(a fact of the place: "Số hộ") is no breakdown and gives no target.

The tables are written for the test.
"""

from __future__ import annotations

import pytest

from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.text.normalize import normalize

END = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
LEAD = "PHỤ BIỂU\nTHÀNH PHẦN, CƠ CẤU, SỐ LƯỢNG NGƯỜI ỨNG CỬ CỦA CÁC CƠ QUAN, ĐƠN VỊ"


def read(rows: list[list[str]]) -> list[tuple[str | None, float | None]]:
    text = LEAD + "\n\n" + "\n".join(" | ".join(r) for r in rows) + END
    found, _ = figures_from_text(normalize(text).text)
    return [(t.name, t.value) for t in found]


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
    if decider == "rules":
        monkeypatch.setenv("KEHOACH_STATUS", "rules")
    got = read(QUOTAS)
    assert [v for n, v in got if n == "Khối Đảng"] == [14.0, 5.0, 5.0, 2.0]
    assert [v for n, v in got if n == "Thôn Đông"] == [2.0, 1.0, 1.0]
    assert len(got) == 15


def test_a_column_larger_than_the_plan_is_no_breakdown() -> None:
    rows = [["STT", "Cơ quan, đơn vị", "Phân bổ số lượng giới thiệu", "Số hộ"],
            ["1", "Thôn Đông", "2", "312"],
            ["2", "Thôn Tây", "1", "280"],
            ["3", "Thôn Nam", "1", "295"],
            ["4", "Thôn Bắc", "2", "301"]]
    got = read(rows)
    assert all(v in (1.0, 2.0) for _, v in got)
    assert len(got) == 4
