"""Header layouts and conventions met on unseen documents (issue 11, round H11G).

Each test builds its own header; none is copied from a corpus document.
"""

from __future__ import annotations

import pytest

import kehoach_parser

_BODY = "\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nBảo đảm thực hiện đúng tiến độ.\n"


@pytest.mark.parametrize(
    ("number_line", "number", "symbol"),
    [
        ("Nghị quyết số: 12/2024/QH15", "12/2024", "QH15"),
        ("Nghị quyết số: 7/2023/UBTVQH15", "7/2023", "UBTVQH15"),
        ("Quyết định số: 215/QĐ-UBND", "215", "QĐ-UBND"),
    ],
)
def test_the_type_word_before_the_number_word(number_line: str, number: str,
                                              symbol: str) -> None:
    text = (f"QUỐC HỘI                                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            f"{number_line:<40}Độc lập - Tự do - Hạnh phúc\n\n"
            "NGHỊ QUYẾT\nVề kế hoạch đầu tư công năm 2025\n" + _BODY)
    doc = kehoach_parser.parse(text)
    assert (doc.number, doc.symbol) == (number, symbol)


def test_a_sentence_citing_a_numbered_type_is_no_number_line() -> None:
    text = ("UBND XÃ AN PHÚ\nKẾ HOẠCH\nTiêm chủng năm 2025\n"
            "Quyết định số 12/QĐ-UBND ngày 3/1/2025 của UBND huyện giao chỉ tiêu.\n" + _BODY)
    doc = kehoach_parser.parse(text)
    assert doc.number is None and doc.symbol is None


@pytest.mark.parametrize("gap", ["|", "", "-------", "|\n|"])
def test_an_issuers_locality_after_the_motto_with_separators_between(gap: str) -> None:
    """A header copied one cell a line, with lone bars, blank lines or rules between the
    cells: the issuer's locality is the next line of words after the motto's line."""
    cells = ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ TÂN LẬP",
             "Độc lập - Tự do - Hạnh phúc", "Số: /KH-UBND", "Tân Lập, ngày 4 tháng 5 năm 2024"]
    text = f"\n{gap}\n".join(cells) + "\n\nKẾ HOẠCH\nSản xuất vụ Hè Thu năm 2024\n" + _BODY
    doc = kehoach_parser.parse(text)
    assert doc.issuer == "Ủy ban nhân dân xã Tân Lập"
    assert doc.title == "Sản xuất vụ Hè Thu năm 2024"


@pytest.mark.parametrize("type_line", ["QUYẾT ĐỊNH 215/QĐ-UBND", "QUYẾT ĐỊNH SỐ 215/QĐ-UBND",
                                       "QUYẾT ĐỊNH số: 215/QĐ-TTg"])
def test_a_type_line_that_repeats_the_number(type_line: str) -> None:
    text = ("UBND TỈNH AN GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 215/QĐ-UBND\nLong Xuyên, ngày 3 tháng 4 năm 2024\n"
            f"{type_line}\nPHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DU LỊCH GIAI ĐOẠN 2024 – 2030\n" + _BODY)
    doc = kehoach_parser.parse(text)
    assert doc.doc_type == "Quyết định"
    assert doc.title == "PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DU LỊCH GIAI ĐOẠN 2024 – 2030"


def test_a_title_citing_a_decision_is_not_a_type_line() -> None:
    text = ("UBND XÃ AN PHÚ\nSố: 12/KH-UBND\nKẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN\n"
            "QUYẾT ĐỊNH SỐ 538/QĐ-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ\n" + _BODY)
    doc = kehoach_parser.parse(text)
    assert doc.doc_type == "Kế hoạch"
    assert doc.title == "TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 538/QĐ-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ"


def _letter(subject_lines: list[str]) -> str:
    lines = ["UBND HUYỆN AN PHÚ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Số: 278/PGDĐT-THCS",
             "An Phú, ngày 9 tháng 9 năm 2024", *subject_lines,
             "Kính gửi: Hiệu trưởng các trường Trung học cơ sở",
             "Căn cứ Công văn số 16/SGDĐT ngày 27/8/2024 của Sở Giáo dục và Đào tạo.",
             "Phòng Giáo dục và Đào tạo hướng dẫn như sau."]
    return "\n\n".join(lines) + "\n"  # one blank line after every line


def test_a_letters_subject_wrapped_in_a_double_spaced_copy() -> None:
    doc = kehoach_parser.parse(_letter(["V/v Hướng dẫn thực hiện nhiệm vụ",
                                        "Giáo dục trung học năm học 2024-2025"]))
    assert doc.title == "V/v Hướng dẫn thực hiện nhiệm vụ Giáo dục trung học năm học 2024-2025"
    assert doc.doc_type == "Công văn"


def test_an_urgency_mark_under_the_subject_is_not_part_of_it() -> None:
    doc = kehoach_parser.parse(_letter(["V/v Hướng dẫn thực hiện nhiệm vụ năm học", "KHẨN"]))
    assert doc.title == "V/v Hướng dẫn thực hiện nhiệm vụ năm học"


@pytest.mark.parametrize(
    ("lines", "issuer"),
    [
        # three levels: the lowest body is the issuer, a school's union cell cased as a school
        (["HUYỆN ĐOÀN TÂN PHÚ", "ĐOÀN TNCS HỒ CHÍ MINH XÃ AN LẠC", "CHI ĐOÀN THPT AN LẠC"],
         "Chi đoàn Trung học phổ thông An Lạc"),
        (["PHÒNG GD&ĐT TÂN PHÚ", "LIÊN ĐỘI TH AN LẠC"], "Liên đội Tiểu học An Lạc"),
        # a steering committee by its abbreviation under its commune
        (["UBND XÃ AN LẠC", "BCĐ PCGD"], "Ban Chỉ đạo PCGD"),
    ],
)
def test_the_lowest_body_of_a_header_in_cells(lines: list[str], issuer: str) -> None:
    motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    text = "\n".join([*lines, *motto, "Số: 12/KH-ĐTN", "An Lạc, ngày 2 tháng 3 năm 2024",
                      "KẾ HOẠCH", "Kết nạp đoàn viên mới"]) + "\n" + _BODY
    assert kehoach_parser.parse(text).issuer == issuer


def _plan_header(number_lines: list[str], date_line: str = "Tân Lập, ngày 4 tháng 5 năm 2024"
                 ) -> str:
    return "\n".join(["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                      "Độc lập - Tự do - Hạnh phúc", *number_lines, date_line, "KẾ HOẠCH",
                      "Sản xuất vụ Hè Thu năm 2024"]) + "\n" + _BODY


@pytest.mark.parametrize(("number_lines", "number"), [
    (["Số: 45/", "KH-UBND"], "45"), (["Số:", "45/KH-UBND"], "45"),
    (["Số: 45 /", "KH - UBND"], "45"), (["Số: 45b/", "KH-UBND"], "45b"),
    (["Số: 45/", "2024/KH-UBND"], "45/2024")])
def test_a_number_line_cut_from_its_symbol(number_lines: list[str], number: str) -> None:
    doc = kehoach_parser.parse(_plan_header(number_lines))
    assert (doc.number, doc.symbol) == (number, "KH-UBND")
    assert doc.issuer == "Ủy ban nhân dân xã Tân Lập"


def test_a_symbol_wrapped_after_a_dash_in_its_column() -> None:
    """The symbol's last code under the place and date (a two-column header copied one
    cell a paragraph)."""
    text = _plan_header(["Số: 25/BC-BCĐ-"]).replace(
        "năm 2024\n", "năm 2024\nPCGD\n", 1)
    head, sep, body = text.partition("KẾ HOẠCH")
    doc = kehoach_parser.parse(head.replace("\n", "\n\n") + sep + body)
    assert (doc.number, doc.symbol) == ("25", "BC-BCĐ-PCGD")


def test_a_whole_symbol_takes_no_capital_line_under_it() -> None:
    doc = kehoach_parser.parse(_plan_header(["Số: 25/BC-UBND"]))
    assert doc.symbol == "BC-UBND"


@pytest.mark.parametrize("enacting", ["TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
                                      "HIỆU TRƯỞNG TRƯỜNG TIỂU HỌC AN PHÚ"])
def test_the_enacting_line_of_a_head_of_office_ends_the_title(enacting: str) -> None:
    text = ("UBND HUYỆN AN PHÚ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 112/QĐ-PGDĐT\n"
            "An Phú, ngày 14 tháng 9 năm 2023\nQUYẾT ĐỊNH\n"
            f"VỀ VIỆC GIAO CHỈ TIÊU NĂM HỌC 2023 - 2024\n{enacting}\nCăn cứ Luật Giáo dục;\n")
    assert kehoach_parser.parse(text).title == "VỀ VIỆC GIAO CHỈ TIÊU NĂM HỌC 2023 - 2024"


@pytest.mark.parametrize(
    ("issuer_lines", "issuer"),
    [
        (["Ủy ban nhân dân", "xã Tân Lập"], "Ủy ban nhân dân xã Tân Lập"),
        (["UBND huyện An Phú", "Phòng Giáo dục và Đào tạo"], "Phòng Giáo dục và Đào tạo"),
        (["Ủy ban nhân dân", "Xã tân lập"], "Ủy ban nhân dân xã Tân Lập"),
    ],
)
def test_a_header_typed_in_sentence_case(issuer_lines: list[str], issuer: str) -> None:
    text = "\n".join([*issuer_lines, "Cộng hòa xã hội chủ nghĩa Việt Nam",
                      "Độc lập - Tự do - Hạnh phúc", "Số: 45/KH-UBND",
                      "Tân Lập, ngày 4 tháng 5 năm 2024", "Kế hoạch",
                      "Sản xuất vụ Hè Thu năm 2024"]) + "\n" + _BODY
    doc = kehoach_parser.parse(text)
    assert doc.issuer is not None and doc.issuer.casefold() == issuer.casefold()
    assert (doc.doc_type, doc.title) == ("Kế hoạch", "Sản xuất vụ Hè Thu năm 2024")


def test_a_type_word_alone_without_a_header_above_is_no_type_line() -> None:
    """A table's column head or a news page's label "Kế hoạch" makes no document type."""
    text = ("Quốc hội giao chỉ tiêu năm 2025\n15 chỉ tiêu được giao:\nKế hoạch\n"
            "STT | Chỉ tiêu | Kế hoạch\n1 | GDP | 6,5%\n")
    doc = kehoach_parser.parse(text)
    assert doc.doc_type is None and doc.title is None


def test_a_sentence_under_the_motto_is_no_issuer() -> None:
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Phòng chống dịch bệnh trên địa bàn toàn xã trong mùa mưa năm nay.\n"
            "KẾ HOẠCH\nPhòng, chống dịch bệnh năm 2024\n" + _BODY)
    assert kehoach_parser.parse(text).issuer is None


@pytest.mark.parametrize(("title_lines", "title"), [
    (["Giảm nghèo bền vững năm", "", "2024"], "Giảm nghèo bền vững năm 2024"),
    (["Phát triển kinh tế -", "", "xã hội năm 2024"], "Phát triển kinh tế - xã hội năm 2024"),
    (["PHÒNG, CHỐNG DỊCH BỆNH CỦA", "", "XÃ AN PHÚ NĂM 2024"],
     "PHÒNG, CHỐNG DỊCH BỆNH CỦA XÃ AN PHÚ NĂM 2024"),
])
def test_a_title_left_open_goes_on_over_a_blank_line(title_lines: list[str], title: str) -> None:
    text = ("UBND XÃ AN PHÚ\nSố: 12/KH-UBND\nAn Phú, ngày 3 tháng 4 năm 2024\nKẾ HOẠCH\n"
            + "\n".join(title_lines) + "\n\n" + _BODY)
    assert kehoach_parser.parse(text).title == title


def test_a_closed_title_stops_at_the_blank_line() -> None:
    text = ("UBND XÃ AN PHÚ\nSố: 12/KH-UBND\nAn Phú, ngày 3 tháng 4 năm 2024\nKẾ HOẠCH\n"
            "Giảm nghèo bền vững năm 2024\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
            + _BODY)
    assert kehoach_parser.parse(text).title == "Giảm nghèo bền vững năm 2024"
