"""Heading styles written as real sources give them, which the labeled corpus may lack.

Each test builds its own layout; none is copied from a corpus document.
"""

from __future__ import annotations

import pytest

import kehoach_parser

_HEADER = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ LÂM\nSố: 45/KH-UBND\nPhú Lâm, ngày 12 tháng 3 năm 2025\n"
           "KẾ HOẠCH\nPhòng, chống thiên tai năm 2025\n\n")


def _sections(body: str) -> list[tuple[str, str | None, int]]:
    doc = kehoach_parser.parse(_HEADER + body)
    return [(s.label, s.title, s.level) for s in doc.sections]


@pytest.mark.parametrize("row", ["| {label} | {title} |", "|{label}.|{title}||",
                                 "| **{label}.** | **{title}** |  |"])
def test_a_heading_printed_as_a_row_of_label_and_title(row: str) -> None:
    body = "\n".join([
        row.format(label="I", title="MỤC ĐÍCH, YÊU CẦU"),
        row.format(label="1", title="Mục đích"),
        "Bảo đảm an toàn cho người dân.",
        row.format(label="II", title="NỘI DUNG"),
        "Tuyên truyền trên loa truyền thanh.",
    ])
    assert _sections(body) == [("I", "MỤC ĐÍCH, YÊU CẦU", 1), ("1", "Mục đích", 2),
                               ("II", "NỘI DUNG", 1)]


def test_rows_of_a_list_in_two_columns_are_not_headings() -> None:
    body = ("I. NỘI DUNG\n"
            "| 1 | Tuyên truyền trên loa |\n| 2 | Diễn tập phương án |\n| 3 | Kiểm tra đê |\n"
            "Các thôn thực hiện.\n")
    assert _sections(body) == [("I", "NỘI DUNG", 1)]


def test_rows_of_a_wider_table_are_not_headings() -> None:
    body = ("I. NỘI DUNG\n| STT | Nội dung | Thời gian |\n"
            "| 1 | Tuyên truyền | Quý I |\n| II | Diễn tập |  |\nCác thôn thực hiện.\n")
    assert _sections(body) == [("I", "NỘI DUNG", 1)]


_B = "Bảo đảm an toàn cho người dân trong mùa mưa bão.\n"


def test_letters_closed_by_a_slash_under_a_roman_numeral() -> None:
    body = "\n".join(["I. MỤC ĐÍCH, YÊU CẦU", "a/ Mục đích", _B, "b/ Yêu cầu", _B,
                      "II. NỘI DUNG", "a/ Tuyên truyền", _B])
    assert _sections(body) == [("I", "MỤC ĐÍCH, YÊU CẦU", 1), ("a", "Mục đích", 2),
                               ("b", "Yêu cầu", 2), ("II", "NỘI DUNG", 1),
                               ("a", "Tuyên truyền", 2)]


@pytest.mark.parametrize("dash", ["-", "–"])
def test_capital_letters_closed_by_a_dash(dash: str) -> None:
    body = "\n".join([f"A{dash} MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", _B,
                      f"B {dash} NỘI DUNG", "1. Tuyên truyền", _B])
    assert _sections(body) == [("A", "MỤC ĐÍCH, YÊU CẦU", 1), ("1", "Mục đích", 2),
                               ("B", "NỘI DUNG", 1), ("1", "Tuyên truyền", 2)]


@pytest.mark.parametrize(
    ("roman", "arabic"),
    [("I)", "1)"), ("I-", "1-"), ("I -", "1 -"), ("I/", "1/"), ("I.", "1/"), ("**I.**", "**1.**")],
)
def test_roman_and_arabic_labels_closed_otherwise(roman: str, arabic: str) -> None:
    body = "\n".join([f"{roman} MỤC ĐÍCH, YÊU CẦU", f"{arabic} Mục đích", _B,
                      f"{roman.replace('I', 'II', 1)} NỘI DUNG", f"{arabic} Tuyên truyền", _B])
    assert _sections(body) == [("I", "MỤC ĐÍCH, YÊU CẦU", 1), ("1", "Mục đích", 2),
                               ("II", "NỘI DUNG", 1), ("1", "Tuyên truyền", 2)]


def test_a_capital_letter_with_a_dash_in_a_sentence_is_no_label() -> None:
    from kehoach_parser.text.lines import read_label
    assert read_label("A-lô, xin chào") is None
    assert read_label("B-52 bay qua") is None


@pytest.mark.parametrize(
    "addressee",
    [
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội trực thuộc",
        "Liên minh Hợp tác xã tỉnh, Đoàn TNCS Hồ Chí Minh tỉnh, Hội Nông dân tỉnh, "
        "Hiệp hội Doanh nghiệp tỉnh",
        "các doanh nghiệp trên địa bàn xã",
    ],
)
def test_a_request_naming_a_list_of_bodies_heads_their_tasks(addressee: str) -> None:
    body = ("III. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân xã\n- Chỉ đạo chung.\n"
            f"2. Đề nghị {addressee}\n- Tuyên truyền vận động hội viên.\n"
            "- Phối hợp kiểm tra.\n")
    assert ("2", f"Đề nghị {addressee}", 2) in _sections(body)


def test_a_request_that_goes_on_into_its_task_is_an_item() -> None:
    body = ("III. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân xã\n- Chỉ đạo chung.\n"
            "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì, phối hợp với các tổ chức "
            "chính trị - xã hội thực hiện công tác tuyên truyền và giám sát\n"
            "- Tuyên truyền vận động hội viên.\n")
    assert [s[0] for s in _sections(body)] == ["III", "1"]
