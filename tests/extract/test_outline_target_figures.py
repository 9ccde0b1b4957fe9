"""Numbered lines that read as items: a target with its figure, a body opening its task.

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


@pytest.mark.parametrize(
    "line",
    [
        "2. Sở Tài nguyên và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã rà soát "
        "diện tích đất",
        "2. Ban Thường trực Ủy ban MTTQ xã tổ chức hội nghị lấy ý kiến cử tri nơi cư trú",
        "2. Bộ trưởng Bộ Y tế khẩn trương hướng dẫn các cơ sở y tế khôi phục hoạt động",
    ],
)
def test_a_named_body_opening_its_task_sentence_is_an_item(line: str) -> None:
    body = f"1. Sản xuất nông nghiệp\nDuy trì diện tích lúa.\n{line}\nCác xã báo cáo kết quả.\n"
    assert _titles(body) == ["CHỈ TIÊU CHỦ YẾU", "Sản xuất nông nghiệp"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("2. Bộ trưởng Bộ Tài chính chủ trì:", "Bộ trưởng Bộ Tài chính chủ trì"),
        ("2. Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("2. Cơ quan chủ trì, phối hợp thực hiện các nhiệm vụ của Đề án",
         "Cơ quan chủ trì, phối hợp thực hiện các nhiệm vụ của Đề án"),
    ],
)
def test_a_body_named_over_its_tasks_stays_a_heading(line: str, title: str) -> None:
    body = f"1. Sản xuất nông nghiệp\nDuy trì diện tích lúa.\n{line}\n- Rà soát diện tích.\n"
    assert _titles(body) == ["CHỈ TIÊU CHỦ YẾU", "Sản xuất nông nghiệp", title]
