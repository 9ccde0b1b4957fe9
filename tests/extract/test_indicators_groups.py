"""Groups, labels and years of targets as real documents lay them out (issue 12, part).

Which words before a colon name a group ("Chỉ tiêu sản xuất trồng trọt:") and which do not
("Các chỉ tiêu chủ yếu:", "Về dân số:"); tables whose name column header also carries words
of other columns; row numbers that skip.  Every sentence and table is written for the test.
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


# --- words before a colon: a group or not -------------------------------------------------
def test_a_targets_word_with_a_topic_names_the_group() -> None:
    text = "- Chỉ tiêu chăn nuôi gia súc: Tổng đàn bò 4.200 con; tổng đàn lợn 9.800 con.\n"
    assert _groups(text) == [
        ("Tổng đàn bò", "Chỉ tiêu chăn nuôi gia súc", 4200.0),
        ("tổng đàn lợn", "Chỉ tiêu chăn nuôi gia súc", 9800.0),
    ]


def test_a_quota_given_by_a_body_names_the_group() -> None:
    text = "- Chỉ tiêu tỉnh giao: Tỷ lệ trẻ ra lớp đạt 96%.\n"
    assert _groups(text) == [("Tỷ lệ trẻ ra lớp", "Chỉ tiêu tỉnh giao", 96.0)]


@pytest.mark.parametrize("lead", [
    "Các chỉ tiêu chủ yếu", "Một số chỉ tiêu cụ thể như", "Chỉ tiêu", "Mục tiêu cụ thể",
    "Những mục tiêu chính",
])
def test_a_targets_word_with_only_fillers_names_no_group(lead: str) -> None:
    text = f"- {lead}: Tỷ lệ hộ nghèo dưới 1,5%; thu nhập bình quân đạt 72 triệu đồng.\n"
    assert [(g, v) for _n, g, v in _groups(text)] == [(None, 1.5), (None, 72.0)]


def test_a_topic_lead_in_names_no_group() -> None:
    text = ("1. Về y tế: Tỷ lệ trẻ em suy dinh dưỡng dưới 9%; 98% dân số nông thôn dùng "
            "nước hợp vệ sinh.\n")
    assert _groups(text) == [
        ("Tỷ lệ trẻ em suy dinh dưỡng", None, 9.0),
        ("dân số nông thôn dùng nước hợp vệ sinh", None, 98.0),
    ]


def test_a_topic_before_a_value_first_clause_is_neither_group_nor_name() -> None:
    found = extract("- Về văn hóa: 92% gia đình đạt chuẩn văn hóa.\n")
    assert [(i.name, i.group, i.value) for i in found] == [
        ("gia đình đạt chuẩn văn hóa", None, 92.0)]


def test_a_sector_before_a_value_first_clause_is_its_group() -> None:
    found = extract("- Văn hóa: 92% gia đình đạt chuẩn văn hóa.\n")
    assert [(i.name, i.group) for i in found] == [("gia đình đạt chuẩn văn hóa", "Văn hóa")]


# --- tables ---------------------------------------------------------------------------------
def test_a_name_header_that_names_the_bodies_too_is_the_name_column() -> None:
    text = ("ĐVT: triệu đồng\n"
            "| STT | Danh mục công trình/ Cơ quan, đơn vị thực hiện | Kế hoạch vốn năm 2027 "
            "| Ghi chú |\n"
            "|---|---|---|---|\n"
            "| | TỔNG CỘNG | 9.000 | |\n"
            "| I | HUYỆN ĐÔNG SƠN | 5.000 | |\n"
            "| 1 | Trường tiểu học Đông Hòa: nhà lớp học 2 tầng | 3.000 | |\n"
            "| 2 | Trạm y tế xã Đông Yên | 2.000 | |\n"
            "| II | HUYỆN NÔNG CỐNG | 4.000 | |\n"
            "| 1 | Trường mầm non Trung Chính | 4.000 | |\n")
    found = extract(text)
    assert [(i.label, i.name, i.group, i.value, i.year) for i in found] == [
        (None, "TỔNG CỘNG", None, 9000.0, 2027),
        ("I", "HUYỆN ĐÔNG SƠN", "TỔNG CỘNG", 5000.0, 2027),
        ("1", "Trường tiểu học Đông Hòa: nhà lớp học 2 tầng", "HUYỆN ĐÔNG SƠN", 3000.0, 2027),
        ("2", "Trạm y tế xã Đông Yên", "HUYỆN ĐÔNG SƠN", 2000.0, 2027),
        ("II", "HUYỆN NÔNG CỐNG", "TỔNG CỘNG", 4000.0, 2027),
        ("1", "Trường mầm non Trung Chính", "HUYỆN NÔNG CỐNG", 4000.0, 2027),
    ]


def test_a_plan_header_that_starts_with_a_name_word_stays_a_plan_column() -> None:
    text = ("| STT | Nội dung | Chỉ tiêu giao | Ghi chú |\n"
            "| 1 | Số thanh niên nhập ngũ | 45 | |\n")
    found = extract(text)
    assert [(i.label, i.name, i.value) for i in found] == [("1", "Số thanh niên nhập ngũ", 45.0)]


SKIPPING = """\
|
STT
|
Chỉ tiêu
|
Kế hoạch năm 2027
|
|
1
|
Thu thuế công thương nghiệp
|
1.200
|
|
2
|
Thu phí, lệ phí
|
300
|
|
5
|
Thu tiền sử dụng đất
|
4.500
|
|
6
|
Thu khác
|
150
|
"""


def test_row_numbers_that_skip_still_open_rows() -> None:
    found = extract(SKIPPING)
    assert [(i.label, i.name, i.group, i.value) for i in found] == [
        ("1", "Thu thuế công thương nghiệp", None, 1200.0),
        ("2", "Thu phí, lệ phí", None, 300.0),
        ("5", "Thu tiền sử dụng đất", None, 4500.0),
        ("6", "Thu khác", None, 150.0),
    ]


def test_a_number_far_ahead_of_the_rows_is_no_row() -> None:
    text = SKIPPING.replace("\n5\n", "\n25\n")
    found = extract(text)
    assert [i.label for i in found][:2] == ["1", "2"]
    assert "25" not in [i.label for i in found]
