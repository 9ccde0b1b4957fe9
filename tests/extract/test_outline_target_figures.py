"""A numbered line that states a target with its share or sum of money is an item.

Each test builds its own layout; none is copied from a corpus document.
"""

from __future__ import annotations

import pytest

import kehoach_parser

_HEADER = ("ỦY BAN NHÂN DÂN\nXÃ HÒA AN\nSố: 12/KH-UBND\nHòa An, ngày 2 tháng 3 năm 2026\n"
           "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2026\n\nI. CHỈ TIÊU CHỦ YẾU\n")


def _titles(body: str) -> list[str | None]:
    return [s.title for s in kehoach_parser.parse(_HEADER + body).sections]


@pytest.mark.parametrize(
    "line",
    [
        "2/ Thu ngân sách trên địa bàn = 45 tỷ đồng",
        "2. Tỷ lệ trẻ em đến trường đạt từ 95 - 97% (năm học 2026-2027)",
        "2. Xây dựng mới 300 căn nhà, trong đó có 40% dành cho hộ nghèo :",
    ],
)
def test_a_target_with_its_figure_is_not_a_heading(line: str) -> None:
    body = f"1. Sản xuất nông nghiệp\nDuy trì diện tích lúa.\n{line}\n- Ý kiến: đồng ý.\n"
    assert _titles(body) == ["CHỈ TIÊU CHỦ YẾU", "Sản xuất nông nghiệp"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("2. Về đề nghị hỗ trợ khoảng 30 tỷ đồng khắc phục hậu quả bão:",
         "Về đề nghị hỗ trợ khoảng 30 tỷ đồng khắc phục hậu quả bão"),
        ("2. Đối tượng được giảm 50% học phí", "Đối tượng được giảm 50% học phí"),
    ],
)
def test_a_topic_that_names_a_figure_stays_a_heading(line: str, title: str) -> None:
    body = f"1. Sản xuất nông nghiệp\nDuy trì diện tích lúa.\n{line}\nCác hộ gia đình có con.\n"
    assert _titles(body) == ["CHỈ TIÊU CHỦ YẾU", "Sản xuất nông nghiệp", title]
