"""Heading styles met on unseen documents (issue 11, round H11G).

Each test builds its own layout; none is copied from a corpus document.
"""

from __future__ import annotations

import pytest

import kehoach_parser

_HEADER = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ LÂM\nSố: 45/KH-UBND\nPhú Lâm, ngày 12 tháng 3 năm 2025\n"
           "KẾ HOẠCH\nSản xuất vụ Đông năm 2025\n\n")


def _sections(body: str) -> list[tuple[str, str | None, int]]:
    doc = kehoach_parser.parse(_HEADER + body)
    return [(s.label, s.title, s.level) for s in doc.sections]


@pytest.mark.parametrize("topic", ["Đặc điểm tình hình.", "Điều kiện tự nhiên.",
                                   "Tình hình dân số."])
def test_a_short_topic_with_a_stop_over_its_paragraph_is_a_heading(topic: str) -> None:
    body = ("I. ĐÁNH GIÁ KẾT QUẢ\n"
            f"1. {topic}\n"
            "Xã có 1.200 ha đất nông nghiệp, trong đó 800 ha đất lúa hai vụ.\n"
            "2. Kết quả sản xuất\nNăng suất lúa bình quân đạt 60 tạ/ha.\n")
    assert _sections(body)[1] == ("1", topic.rstrip("."), 2)


@pytest.mark.parametrize("sentence", [
    "Tăng cường công tác tuyên truyền.",              # an action
    "Diện tích gieo trồng đạt 1.200 ha.",            # a figure
    "Các thôn, tổ dân phố chủ động thực hiện.",      # a comma: a sentence
    "Xã chủ động bố trí kinh phí thực hiện kế hoạch sản xuất vụ Đông.",  # long
])
def test_a_numbered_sentence_with_a_stop_over_text_is_an_item(sentence: str) -> None:
    body = ("I. NHIỆM VỤ\n"
            f"1. {sentence}\n"
            "Thời gian thực hiện trong quý IV.\n"
            "2. Kết quả sản xuất\nNăng suất lúa bình quân đạt 60 tạ/ha.\n")
    labels = [s[0] for s in _sections(body)]
    assert labels == ["I", "2"]


def test_a_numbered_heading_glued_to_its_title() -> None:
    """"1.1.Vị trí địa lý": no space after the label's last dot (a converted file)."""
    body = ("I. ĐẶC ĐIỂM TÌNH HÌNH\n1. Điều kiện tự nhiên\n1.1.Vị trí địa lý\n"
            "Xã nằm ở phía bắc huyện.\n1.2.Khí hậu\nKhí hậu nhiệt đới gió mùa.\n")
    assert _sections(body)[2:] == [("1.1", "Vị trí địa lý", 3), ("1.2", "Khí hậu", 3)]


@pytest.mark.parametrize("line", ["Ngày 1.2.2023 xã tổ chức hội nghị.",
                                  "1.5.000 người tham gia hội nghị."])
def test_a_date_or_a_figure_is_no_glued_label(line: str) -> None:
    body = f"I. KẾT QUẢ\n{line}\nII. NHIỆM VỤ\nTiếp tục triển khai.\n"
    assert [s[0] for s in _sections(body)] == ["I", "II"]


def test_a_short_stopped_line_over_table_cells_is_an_item() -> None:
    """A table printed one cell a line: "2. Bộ Tài chính đầu mối." over short cell lines is
    a row's cell, not a topic over a paragraph."""
    body = ("I. PHÂN CÔNG\n1. Nội dung phối hợp\nCác đơn vị có liên quan thực hiện theo "
            "chức năng, nhiệm vụ được giao.\n2. Bộ Tài chính đầu mối.\nCác đơn vị có liên\n"
            "quan\n62\nII. TỔ CHỨC THỰC HIỆN\nCác đơn vị triển khai thực hiện.\n")
    assert [s[0] for s in _sections(body)] == ["I", "1", "II"]
