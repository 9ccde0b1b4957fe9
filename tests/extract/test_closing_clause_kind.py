"""The closing articles of a resolution or a regulation ("Điều khoản thi hành", "Hiệu lực
thi hành") say when the text takes effect, not who carries it out: kind ``other``, while
"Tổ chức thực hiện" stays ``implementation``.  Layouts written for the test."""

from __future__ import annotations

import pytest

import kehoach_parser
from kehoach_parser.extract.outline import section_kind

_HEADER = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH BÌNH AN\nSố: 12/2025/NQ-HĐND\n"
           "Bình An, ngày 4 tháng 7 năm 2025\nNGHỊ QUYẾT\nQuy định mức chi hỗ trợ học phí\n\n")


@pytest.mark.parametrize("title", ["Điều khoản thi hành", "ĐIỀU KHOẢN THI HÀNH",
                                   "Hiệu lực thi hành"])
def test_a_closing_clause_is_other(title: str) -> None:
    assert section_kind(title) == "other"


def test_organising_the_work_stays_implementation() -> None:
    assert section_kind("Tổ chức thực hiện") == "implementation"
    assert section_kind("TRÁCH NHIỆM THỰC HIỆN") == "implementation"


def test_articles_of_a_resolution_take_their_kinds() -> None:
    body = ("Điều 1. Đối tượng áp dụng\nHọc sinh các trường công lập.\n"
            "Điều 2. Tổ chức thực hiện\nGiao Ủy ban nhân dân tỉnh triển khai.\n"
            "Điều 3. Điều khoản thi hành\nNghị quyết có hiệu lực từ ngày 15 tháng 7 năm 2025.\n")
    doc = kehoach_parser.parse(_HEADER + body)
    kinds = {s.title: s.kind for s in doc.sections}
    assert kinds == {"Đối tượng áp dụng": "subjects", "Tổ chức thực hiện": "implementation",
                     "Điều khoản thi hành": "other"}
