"""Tables that are not target tables (issue 12): a table of tasks ("Nhiệm vụ | Cơ quan chủ
trì | Cơ quan phối hợp | Thời hạn hoàn thành") gives no indicator from its deadlines, its
agencies or the counts in its tasks' wording; a statistics table of past figures gives no
target.  A table of targets with the same agency columns still gives its targets.

Every table here is written for the test, in DOCX rows and in Markdown pipes.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.text.normalize import normalize

Rows = list[list[str]]


def docx(rows: Rows) -> str:
    return "\n".join(" | ".join(r) for r in rows)


def markdown(rows: Rows) -> str:
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    return "\n\n".join([lines[0], *lines[1:]])


LAYOUTS: dict[str, Callable[[Rows], str]] = {"docx": docx, "markdown": markdown}
END = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"


def read(lead: str, rows: Rows, layout: str) -> tuple[list[float | None], list[float | None]]:
    targets, results = figures_from_text(normalize(lead + "\n\n" + LAYOUTS[layout](rows)
                                                   + END).text)
    return [t.value for t in targets], [r.value for r in results]


TASK_LEAD = "Phụ lục\nPHÂN CÔNG THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM NĂM 2026"
TASKS = [
    ["TT", "Nhiệm vụ", "Thời hạn hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"],
    ["1", "Rà soát 12 thủ tục hành chính về đất đai", "Quý II/2026", "Sở Nông nghiệp và Môi "
     "trường", "Các xã, phường"],
    ["2", "Cắt giảm 30% thời gian giải quyết thủ tục đầu tư", "Tháng 12/2026", "Sở Tài chính",
     "Các sở, ngành"],
    ["3", "Xây dựng đề án phát triển kinh tế đêm", "2026", "Sở Công Thương", "Các xã"],
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_task_table_gives_no_indicator(layout: str) -> None:
    targets, results = read(TASK_LEAD, TASKS, layout)
    assert targets == []
    assert results == []


CONTENT_TASKS = [
    ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian thực hiện"],
    ["1", "Tổ chức 05 lớp tập huấn cho cán bộ cấp xã", "Sở Nội vụ", "Năm 2026"],
    ["2", "Kiểm tra 20 cơ sở kinh doanh xăng dầu", "Sở Công Thương", "Quý III/2026"],
    ["3", "Tổng kết 10 năm thực hiện Chỉ thị", "Văn phòng UBND tỉnh", "Tháng 11/2026"],
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_table_of_work_items_gives_no_indicator_from_its_counts(layout: str) -> None:
    targets, _ = read(TASK_LEAD, CONTENT_TASKS, layout)
    assert targets == []


TARGETS_WITH_AGENCIES = [
    ["TT", "Chỉ tiêu", "Mục tiêu năm 2026", "Cơ quan chủ trì", "Cơ quan phối hợp"],
    ["1", "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình (%)", "80", "Sở Khoa học và Công "
     "nghệ", "Các sở, ngành"],
    ["2", "Số doanh nghiệp thành lập mới (doanh nghiệp)", "1.200", "Sở Tài chính", "Các xã"],
    ["3", "Tỷ lệ hộ nghèo (%)", "1,5", "Sở Y tế", "Các xã, phường"],
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_target_table_with_agency_columns_still_gives_its_targets(layout: str) -> None:
    targets, _ = read(TASK_LEAD.replace("NHIỆM VỤ TRỌNG TÂM", "CHỈ TIÊU CHỦ YẾU"),
                      TARGETS_WITH_AGENCIES, layout)
    assert targets == [80.0, 1200.0, 1.5]


STATISTICS = [
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2021", "Năm 2022", "Năm 2023"],
    ["1", "Dân số trung bình", "Người", "81.250", "82.004", "82.730"],
    ["2", "Số trường học", "Trường", "64", "65", "65"],
    ["3", "Tỷ lệ hộ nghèo", "%", "4,8", "3,9", "3,1"],
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_statistics_table_of_past_years_gives_no_target(layout: str) -> None:
    lead = "Phụ lục\nSỐ LIỆU THỐNG KÊ KINH TẾ - XÃ HỘI CỦA XÃ GIAI ĐOẠN 2021 - 2023"
    targets, _ = read(lead, STATISTICS, layout)
    assert targets == []
