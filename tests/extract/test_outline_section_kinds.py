"""The kind of a level-1 part: a review of what was done, the scope of a legal text.

Each test builds its own layout; none is copied from a corpus document.
"""

from __future__ import annotations

import pytest

import kehoach_parser
from kehoach_parser.extract.outline import section_kind


@pytest.mark.parametrize(
    "title",
    [
        "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM NĂM 2026",
        "ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ, GIẢI PHÁP NĂM 2026",
        "Tình hình thực hiện mục tiêu, chỉ tiêu 6 tháng đầu năm",
    ],
)
def test_a_review_of_what_was_done_has_kind_other(title: str) -> None:
    assert section_kind(title) == "other"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Phạm vi điều chỉnh", "other"),
        ("PHẠM VI KHU DU LỊCH SINH THÁI", "other"),
        ("PHẠM VI, ĐỐI TƯỢNG ÁP DỤNG", "subjects"),
        ("THỜI GIAN VÀ PHẠM VI THỰC HIỆN", "timeline"),
        ("NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "tasks"),
    ],
)
def test_scope_alone_names_no_subjects(title: str, kind: str) -> None:
    assert section_kind(title) == kind


def test_the_kind_reaches_the_parsed_sections() -> None:
    doc = kehoach_parser.parse(
        "ỦY BAN NHÂN DÂN\nXÃ HÒA AN\nSố: 12/BC-UBND\nHòa An, ngày 2 tháng 7 năm 2026\n"
        "BÁO CÁO\nSơ kết 6 tháng đầu năm 2026\n\nI. KẾT QUẢ THỰC HIỆN NHIỆM VỤ\n"
        "Xã hoàn thành kế hoạch.\nII. NHIỆM VỤ 6 THÁNG CUỐI NĂM\nTiếp tục triển khai.\n")
    assert [(s.label, s.kind) for s in doc.sections] == [("I", "other"), ("II", "tasks")]
