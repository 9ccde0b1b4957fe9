"""A first line "KẾ HOẠCH X" with no header: a news headline or the type line of a document
that lost its header table (decision 26).  Each text is built here, none copied from the
corpus."""

from __future__ import annotations

import pytest

import kehoach_parser

_PARTS = "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nBảo đảm thực hiện đúng tiến độ.\n"


@pytest.mark.parametrize(
    "after",
    [
        "15/03/2024\n",  # a dateline
        "Ngày 12 tháng 3 năm 2024, Ủy ban nhân dân xã Tân Phú đã ban hành Kế hoạch về "
        "phòng chống dịch bệnh.\n",  # a sentence opening with a date
        "Năm 2023 dù gặp nhiều khó khăn, xã đã hoàn thành các chỉ tiêu đề ra.\n",  # narrative
    ],
)
def test_a_headline_in_capitals_over_news_gives_no_type_or_title(after: str) -> None:
    text = "KẾ HOẠCH PHÒNG CHỐNG DỊCH BỆNH NĂM 2024\n" + after + "\n" + _PARTS
    doc = kehoach_parser.parse(text)
    assert doc.doc_type is None
    assert doc.title is None


def test_a_second_headline_in_capitals_under_a_page_title_is_a_headline_too() -> None:
    text = ("Kế hoạch trọng tâm của huyện năm 2024\n\n"
            "KẾ HOẠCH PHÁT TRIỂN NÔNG NGHIỆP NĂM 2024\n\n"
            "Năm 2023, sản xuất nông nghiệp của huyện được mùa toàn diện.\n")
    doc = kehoach_parser.parse(text)
    assert (doc.doc_type, doc.title) == (None, None)


@pytest.mark.parametrize(
    "after",
    [
        "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;\n",
        "Thực hiện Công văn số 15/UBND-VP ngày 02/01/2024 của UBND huyện.\n",
        "(Trích)\n",
        "I. MỤC ĐÍCH\n",
    ],
)
def test_a_type_line_in_capitals_over_a_documents_body_stays(after: str) -> None:
    text = "KẾ HOẠCH PHÒNG CHỐNG DỊCH BỆNH NĂM 2024\n" + after + _PARTS
    doc = kehoach_parser.parse(text)
    assert doc.doc_type == "Kế hoạch"
    assert doc.title == "PHÒNG CHỐNG DỊCH BỆNH NĂM 2024"


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Kế hoạch Tiêm chủng mở rộng huyện Tân Phú năm 2024",
         "Tiêm chủng mở rộng huyện Tân Phú năm 2024"),
        ("KẾ HOẠCH HOẠT ĐỘNG CHUYÊN MÔN Năm học 2023 - 2024",
         "HOẠT ĐỘNG CHUYÊN MÔN Năm học 2023 - 2024"),
    ],
)
def test_a_type_line_over_a_lead_in_announcing_the_parts(first: str, title: str) -> None:
    text = (first + "\n"
            "Căn cứ Luật Giáo dục năm 2019;\n"
            "Trên cơ sở tình hình thực tế, đơn vị xây dựng kế hoạch với các nội dung sau:\n"
            + _PARTS)
    doc = kehoach_parser.parse(text)
    assert doc.doc_type == "Kế hoạch"
    assert doc.title == title


def test_a_page_title_over_a_news_report_opening_with_a_lead_in_is_no_type_line() -> None:
    text = ("Kế hoạch tiêm chủng mở rộng huyện Tân Phú năm 2024\n"
            "Thực hiện chỉ đạo của Sở Y tế, ngày 05/3/2024 Trung tâm Y tế huyện đã có công "
            "văn gửi các xã về việc tiêm chủng.\n"
            "Nội dung công văn có thể tải về tại đây.\n")
    doc = kehoach_parser.parse(text)
    assert (doc.doc_type, doc.title) == (None, None)


def test_a_sentence_case_first_line_over_numbered_parts_without_lead_in_is_no_type_line(
) -> None:
    text = ("Báo cáo tổng kết công tác phòng chống thiên tai năm 2023\n"
            "PHẦN THỨ NHẤT\nTỔNG KẾT CÔNG TÁC NĂM 2023\n" + _PARTS)
    doc = kehoach_parser.parse(text)
    assert (doc.doc_type, doc.title) == (None, None)


def test_a_header_above_keeps_a_type_line_over_news_like_text() -> None:
    text = ("ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "XÃ TÂN PHÚ                        Độc lập - Tự do - Hạnh phúc\n"
            "Số: 12/KH-UBND                 Tân Phú, ngày 05 tháng 3 năm 2024\n\n"
            "KẾ HOẠCH PHÒNG CHỐNG DỊCH BỆNH NĂM 2024\n"
            "Năm 2023 dù gặp nhiều khó khăn, xã đã hoàn thành các chỉ tiêu đề ra.\n")
    doc = kehoach_parser.parse(text)
    assert doc.doc_type == "Kế hoạch"
    assert doc.title == "PHÒNG CHỐNG DỊCH BỆNH NĂM 2024"


@pytest.mark.parametrize(
    ("number_line", "issuer"),
    [
        ("Số: 12/2001/QH10", "Quốc hội"),
        ("Số: 45/NQ-CP", "Chính phủ"),
        ("Số: 7/CĐ-TTg", "Thủ tướng Chính phủ"),
    ],
)
def test_a_header_without_its_body_takes_a_national_issuer_from_the_symbol(
        number_line: str, issuer: str) -> None:
    text = ("Độc lập - Tự do - Hạnh phúc\n" + number_line + "\n"
            "Hà Nội, ngày 20 tháng 12 năm 2001\n"
            "Căn cứ vào Hiến pháp năm 1992;\n" + _PARTS)
    doc = kehoach_parser.parse(text)
    assert doc.issuer == issuer
    start, end = doc.field_spans["issuer"]
    assert text[start:end] in number_line


def test_a_local_symbol_gives_no_issuer_by_its_code() -> None:
    text = ("Độc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\n"
            "Tân Phú, ngày 20 tháng 12 năm 2024\n" + _PARTS)
    assert kehoach_parser.parse(text).issuer is None


def test_a_type_line_with_its_title_in_its_own_case_over_narrative_stays() -> None:
    text = ("KẾ HOẠCH Chiến lược phát triển nhà trường giai đoạn 2024 - 2029\n\n"
            "Trường Tiểu học An Bình được thành lập năm 2008 trên địa bàn phường 1.\n"
            + _PARTS)
    doc = kehoach_parser.parse(text)
    assert doc.doc_type == "Kế hoạch"
    assert doc.title == "Chiến lược phát triển nhà trường giai đoạn 2024 - 2029"


def test_a_notice_whose_text_opens_with_the_meetings_date_keeps_its_type_line() -> None:
    text = ("THÔNG BÁO KẾT LUẬN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TẠI BUỔI LÀM VIỆC\n"
            "Ngày 18 tháng 11 năm 2025, Chủ tịch Ủy ban nhân dân tỉnh đã chủ trì buổi làm "
            "việc với các sở, ngành.\n" + _PARTS)
    assert kehoach_parser.parse(text).doc_type == "Thông báo"


def test_a_type_line_over_an_enacting_line_stays() -> None:
    text = ("CÔNG ĐIỆN VỀ TẬP TRUNG PHÒNG CHỐNG BÃO SỐ 3\n"
            "THỦ TƯỚNG CHÍNH PHỦ điện:\n"
            "- Chủ tịch Ủy ban nhân dân các tỉnh ven biển.\n"
            "Từ đầu tuần, bão số 3 đã gây mưa lớn ở nhiều nơi.\n")
    doc = kehoach_parser.parse(text)
    assert doc.doc_type == "Công điện"
    assert doc.title == "VỀ TẬP TRUNG PHÒNG CHỐNG BÃO SỐ 3"


@pytest.mark.parametrize(
    ("opening", "doc_type"),
    [
        ("Đại hội đại biểu Đảng bộ huyện lần thứ V đã thảo luận và thống nhất quyết nghị:\n",
         "Nghị quyết"),
        ("Kết quả biểu quyết các chỉ tiêu của Đảng bộ huyện nhiệm kỳ 2025 - 2030 như sau :\n",
         "Báo cáo"),
    ],
)
def test_a_sentence_case_type_line_over_one_paragraph_announcing_the_parts(
        opening: str, doc_type: str) -> None:
    # the one paragraph under the first line ends in a colon right above the first part;
    # a news report opening with a date under the same line stays a headline
    topic = "Đại hội đại biểu Đảng bộ huyện Tân Lập lần thứ V"
    part = "1. Tốc độ tăng trưởng kinh tế\nBình quân hằng năm đạt khá.\n"
    doc = kehoach_parser.parse(doc_type + " " + topic + "\n\n" + opening + part)
    assert (doc.doc_type, doc.title) == (doc_type, topic)
    news = kehoach_parser.parse(doc_type + " " + topic + "\n\nNgày 12/3/2025, "
                                + opening[0].lower() + opening[1:] + part)
    assert (news.doc_type, news.title) == (None, None)
