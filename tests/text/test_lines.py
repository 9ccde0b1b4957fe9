from __future__ import annotations

import pytest

from kehoach_parser.text.lines import read_label, split_lines


@pytest.mark.parametrize(
    ("line", "style", "text", "depth"),
    [
        ("I. MỤC ĐÍCH, YÊU CẦU", "roman", "I", 1),
        ("XIV. KHEN THƯỞNG", "roman", "XIV", 1),
        ("II- NỘI DUNG", "roman", "II", 1),
        ("1. Mục đích", "arabic", "1", 1),
        ("12) Nội dung", "arabic", "12", 1),
        ("2.1. Các chỉ tiêu về kinh tế", "arabic", "2.1", 2),
        ("2.1 Các chỉ tiêu", "arabic", "2.1", 2),
        ("2.1.3. Chi tiết", "arabic", "2.1.3", 3),
        ("a) Đẩy mạnh", "letter", "a", 1),
        ("đ) Triển khai", "letter", "đ", 1),
        ("b. Cá nhân: Cán bộ", "letter", "b", 1),
        ("(12) Tỷ lệ lao động", "paren", "(12)", 1),
        ("- (1) Tốc độ tăng", "paren", "(1)", 1),
        ("- Sở Nội vụ;", "bullet", "-", 1),
        ("+ Công nghiệp - xây dựng", "bullet", "+", 1),
        ("• Trạm y tế xã;", "bullet", "•", 1),
        ("− Phòng Văn hóa;", "bullet", "−", 1),  # a hyphen a converter made a minus sign
        ("– Các trường học", "bullet", "–", 1),
        ("\uf0b7 Ban Chỉ đạo", "bullet", "\uf0b7", 1),  # Symbol-font bullet of DOCX text
        ("− (3) Tỷ lệ", "paren", "(3)", 1),
        ("b)Tại xã Phước Sơn", "letter", "b", 1),  # no space after ")" before a capital
        ("a) 95% trẻ em được tiêm chủng", "letter", "a", 1),  # (normalising gives "a)95%"
        ("đ) 12 xã đạt chuẩn", "letter", "đ", 1),            # its space back)
        ("Điều 2. Tổ chức thực hiện", "article", "Điều 2", 1),
    ],
)
def test_labels(line: str, style: str, text: str, depth: int) -> None:
    label = read_label(line)
    assert label is not None
    assert (label.style, label.text, label.depth) == (style, text, depth)
    assert not line[label.rest:].startswith(" ")


@pytest.mark.parametrize(
    "line",
    [
        "Năm 2026 là năm đầu",
        "2026 là năm bản lề",
        "-0,2 điểm phần trăm",
        "−0,5 điểm phần trăm",  # a minus sign before a number
        "b)các xã",  # glued to a small letter: not a label
        "b.95% hộ dân",  # "." glued to a figure: not a label
        "Thực hiện Kế hoạch số 184",
        "100% thôn văn hóa",
        "Ủy ban nhân dân",
        "",
    ],
)
def test_no_label(line: str) -> None:
    assert read_label(line) is None


def test_split_lines_offsets() -> None:
    text = "ab\n\ncd"
    lines = split_lines(text)
    assert [(ln.start, ln.end, ln.text) for ln in lines] == [(0, 2, "ab"), (3, 3, ""), (4, 6, "cd")]
    assert all(text[ln.start:ln.end] == ln.text for ln in lines)
