"""A type line with a final colon or full stop ("KẾ HOẠCH:") is the type line; "QUYẾT
ĐỊNH:" over "Điều 1." is the enacting word of a decision, not a type line."""

from __future__ import annotations

import pytest

import kehoach_parser

TOP = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
       "Số: {symbol} | Quảng Trị, ngày 22 tháng 10 năm 2019 |\n")


@pytest.mark.parametrize("type_line", ["KẾ HOẠCH:", "KẾ HOẠCH.", "**KẾ HOẠCH:**"])
def test_a_punctuated_type_line_keeps_its_title(type_line: str) -> None:
    text = TOP.format(symbol="12/KH-UBND") + (
        f"{type_line}\nPHÒNG, CHỐNG THIÊN TAI NĂM 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
        "Chủ động ứng phó.\n")
    doc = kehoach_parser.parse(text)
    assert doc.doc_type == "Kế hoạch"
    assert doc.title == "PHÒNG, CHỐNG THIÊN TAI NĂM 2025"


@pytest.mark.parametrize("enacting", ["QUYẾT ĐỊNH:", "QUYẾT ĐỊNH", "QUYẾT ĐỊNH:\n"])
def test_the_enacting_word_over_an_article_is_no_type_line(enacting: str) -> None:
    text = TOP.format(symbol="41/2019/QĐ-UBND") + (
        "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ\nỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        f"{enacting}\nĐiều 1. Ban hành kèm theo Quyết định này Quy định chế độ báo cáo.\n")
    doc = kehoach_parser.parse(text)
    assert doc.doc_type == "Quyết định"
    assert doc.title == "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ"


NO_TYPE = TOP.format(symbol="14/KH-UBND") + "|\n{title}\n{after}\n1. Mục đích\nChủ động ứng phó.\n"


@pytest.mark.parametrize("title", ["Sản xuất vụ Hè Thu năm 2023",
                                   "Thực hiện công tác bán trú năm học 2022 - 2023"])
def test_a_sentence_case_title_under_a_header_with_no_type_line(title: str) -> None:
    doc = kehoach_parser.parse(NO_TYPE.format(title=title, after="I. MỤC ĐÍCH, YÊU CẦU"))
    assert doc.doc_type == "Kế hoạch"
    assert doc.title == title


@pytest.mark.parametrize("paragraph", [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
    "Thực hiện Công văn số 12/UBND-VP của Ủy ban nhân dân huyện, xã xây dựng kế hoạch như sau:",
    "Năm 2019, tình hình thu ngân sách nhà nước đã có chuyển biến tích cực.",
])
def test_a_lead_in_or_a_sentence_under_the_header_is_no_title(paragraph: str) -> None:
    doc = kehoach_parser.parse(NO_TYPE.format(title=paragraph, after="I. MỤC ĐÍCH, YÊU CẦU"))
    assert doc.title is None


@pytest.mark.parametrize("after", ["ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG",
                                   "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;"])
def test_a_capital_subject_under_a_header_with_no_type_line_stops_before_the_body(
        after: str) -> None:
    text = TOP.format(symbol="372/QĐ-UBND") + (
        "\nVỀ VIỆC BAN HÀNH KẾ HOẠCH NÂNG CAO CHẤT LƯỢNG HỌC SINH\n\n"
        f"{after}\n\nCăn cứ Nghị quyết số 41/2012/NQ-HĐND ngày 20/12/2012;\n\n"
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n")
    doc = kehoach_parser.parse(text)
    assert doc.title == "VỀ VIỆC BAN HÀNH KẾ HOẠCH NÂNG CAO CHẤT LƯỢNG HỌC SINH"


def test_a_type_word_under_the_articles_is_no_type_line() -> None:
    text = TOP.format(symbol="4279/QĐ-BTP") + (
        "BAN HÀNH KẾ HOẠCH TỔNG KẾT CÔNG TÁC HỘ TỊCH\nBỘ TRƯỞNG BỘ TƯ PHÁP\n"
        "Căn cứ Luật ban hành văn bản quy phạm pháp luật năm 2008;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổng kết.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\nKẾ HOẠCH\n"
        "TỔNG KẾT CÔNG TÁC HỘ TỊCH\nI. MỤC ĐÍCH, YÊU CẦU\n")
    doc = kehoach_parser.parse(text)
    assert doc.doc_type == "Quyết định"
    assert doc.title == "BAN HÀNH KẾ HOẠCH TỔNG KẾT CÔNG TÁC HỘ TỊCH"


def test_a_colon_type_word_under_a_preamble_sentence_is_no_type_line() -> None:
    text = TOP.format(symbol="1930/QĐ-UBND") + (
        "VỀ VIỆC GIAO CHỈ TIÊU KẾ HOẠCH NĂM 2025\nỦY BAN NHÂN DÂN TỈNH LAI CHÂU\n"
        "Theo đề nghị của Giám đốc Sở Tài chính.\nQUYẾT ĐỊNH:\n")
    doc = kehoach_parser.parse(text)
    assert doc.title == "VỀ VIỆC GIAO CHỈ TIÊU KẾ HOẠCH NĂM 2025"


def test_a_subject_with_a_final_stop_drops_it() -> None:
    text = TOP.format(symbol="05/QĐ-UBND") + (
        "Về việc ban hành Quy chế Thi đua, Khen thưởng.\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ\n"
        "Căn cứ Luật Thi đua, Khen thưởng;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\n")
    assert kehoach_parser.parse(text).title == "Về việc ban hành Quy chế Thi đua, Khen thưởng"


def test_a_title_opening_with_another_types_word_under_a_symbol_that_gives_the_type() -> None:
    text = TOP.format(symbol="12/KH-UBND") + (
        "CHƯƠNG TRÌNH TIÊM CHỦNG MỞ RỘNG TỈNH ĐẮK LẮK, NĂM 2025\nI. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Mục đích\nBảo đảm tiêm chủng đầy đủ.\n")
    doc = kehoach_parser.parse(text)
    assert doc.doc_type == "Kế hoạch"
    assert doc.title == "CHƯƠNG TRÌNH TIÊM CHỦNG MỞ RỘNG TỈNH ĐẮK LẮK, NĂM 2025"


def test_a_punctuated_type_line_under_a_date_line_ending_in_a_stop() -> None:
    text = ("PHÒNG GIÁO DỤC-ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 151/TB-PGDĐT | Đồng Xoài, ngày 20 tháng 3 năm 2012.\n\nTHÔNG BÁO.\n"
            "Về việc treo cờ Tổ quốc năm 2012\n\nKính gửi: Các trường học\n")
    doc = kehoach_parser.parse(text)
    assert doc.doc_type == "Thông báo"
    assert doc.title == "Về việc treo cờ Tổ quốc năm 2012"
