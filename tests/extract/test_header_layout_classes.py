"""Header fields on the layouts real documents come in, one class of cause per test.

Every layout here is written for the test (invented bodies, places and numbers).
"""

from __future__ import annotations

import pytest

import kehoach_parser
from kehoach_parser.extract.header import parse_number

#: A letter exported from a web page: every cell on its own line, "|" and rules between
#: them, so that the number and the date stand further down than a dozen lines.
FLATTENED_LETTER = """|
|
BỘ XÂY DỰNG
**CỤC ĐƯỜNG THỦY**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 4711/CĐT-KH
*V/v rà soát kế hoạch
nạo vét luồng năm 2026*
|
*Hà Nội, ngày 09 tháng 10 năm 2025*
|
**Kính gửi:** Các cảng vụ đường thủy nội địa
Để chuẩn bị kế hoạch năm 2026, Cục đề nghị các đơn vị rà soát.
"""


def test_a_flattened_letter_keeps_its_number_date_and_subject() -> None:
    doc = kehoach_parser.parse(FLATTENED_LETTER)
    assert (doc.number, doc.symbol) == ("4711", "CĐT-KH")
    assert (doc.place, doc.issued_date) == ("Hà Nội", "2025-10-09")
    assert doc.title == "V/v rà soát kế hoạch nạo vét luồng năm 2026"
    assert doc.doc_type == "Công văn"


def test_a_letter_whose_office_code_looks_like_a_type_code_is_a_letter() -> None:
    # "CT" opens the symbol as the office's code, not as Chỉ thị: the V/v subject and
    # the salutation make it a letter
    doc = kehoach_parser.parse(
        "CỤC THỐNG KÊ\nSố: 812/CT-TH\nV/v số liệu quý III\nHà Nội, ngày 2 tháng 10 năm 2025\n"
        "Kính gửi: Các chi cục\nĐề nghị các chi cục gửi số liệu.\n")
    assert doc.doc_type == "Công văn"
    assert (doc.number, doc.symbol) == ("812", "CT-TH")


def test_a_type_code_symbol_without_a_subject_still_gives_its_type() -> None:
    doc = kehoach_parser.parse(
        "ỦY BAN NHÂN DÂN\nHUYỆN MINH AN\nSố: 03/CT-UBND\nMinh An, ngày 2 tháng 1 năm 2026\n"
        "Tăng cường công tác phòng cháy\nTrong thời gian qua, …\n")
    assert doc.doc_type == "Chỉ thị"


def test_a_subject_in_capitals_under_the_type_line_is_the_title() -> None:
    # "V/V" is not the Roman numeral V opening the body
    doc = kehoach_parser.parse(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC AN\nSố: 77/KH-UBND\nKẾ HOẠCH\n"
        "V/V HỖ TRỢ NHÂN DÂN\nVÙNG BỊ ẢNH HƯỞNG CỦA BÃO\nCăn cứ tình hình thực tế;\n")
    assert doc.title == "V/V HỖ TRỢ NHÂN DÂN VÙNG BỊ ẢNH HƯỞNG CỦA BÃO"


@pytest.mark.parametrize(
    ("date_line", "place"),
    [
        ("Thành phố Vinh, ngày 04 tháng 5 năm 2025", "Thành phố Vinh"),
        ("THÀNH PHỐ VINH, ngày 04 tháng 5 năm 2025", "Thành phố Vinh"),
        ("Thị xã Cửa Lò, ngày 04 tháng 5 năm 2025", "Thị xã Cửa Lò"),
        ("TP. Vinh, ngày 04 tháng 5 năm 2025", "TP. Vinh"),
        ("Thành Phố Hồ Chí Minh, ngày 04 tháng 5 năm 2025", "Thành phố Hồ Chí Minh"),
        ("Bắc an, ngày 04 tháng 5 năm 2025", "Bắc An"),
    ],
)
def test_a_place_keeps_its_unit_word_in_small_letters(date_line: str, place: str) -> None:
    doc = kehoach_parser.parse(f"ỦY BAN NHÂN DÂN\nXÃ NAM AN\nSố: 9/KH-UBND\n{date_line}\n"
                               "KẾ HOẠCH\nTổ chức ngày hội\n")
    assert doc.place == place
    assert doc.issued_date == "2025-05-04"


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
        ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG", "Ủy ban nhân dân thành phố Đà Nẵng"),
        ("UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ Y TẾ", "Sở Y tế"),
    ],
)
def test_the_city_named_with_its_unit_word_is_capitalised(header: str, issuer: str) -> None:
    doc = kehoach_parser.parse(f"{header}\nSố: 9/KH-UBND\nKẾ HOẠCH\nTổ chức ngày hội\n")
    assert doc.issuer == issuer


def test_a_sentence_opening_with_so_is_not_the_number_line() -> None:
    doc = kehoach_parser.parse(
        "Chuyển đổi số ở xã Nam An\n\n"
        "Số cán bộ, công chức được tập huấn kỹ năng số/tổng số cán bộ của xã đạt 90%.\n")
    assert (doc.number, doc.symbol) == (None, None)


def test_a_number_cut_from_its_symbol_by_a_wide_blank() -> None:
    doc = kehoach_parser.parse(
        "ỦY BAN NHÂN DÂN\nXÃ ĐÔNG LÂM\nSố:\t 25\t/TB - UBND\n"
        "Đông Lâm, ngày 3 tháng 3 năm 2026\nTHÔNG BÁO\nLịch tiếp công dân\n")
    assert (doc.number, doc.symbol) == ("25", "TB-UBND")
    assert doc.issuer == "Ủy ban nhân dân xã Đông Lâm"


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        ("15b/KH-UBND", ("15b", "KH-UBND")),
        ("20a /KH-THĐL", ("20a", "KH-THĐL")),
        ("7/2026/NQ-HĐND", ("7/2026", "NQ-HĐND")),
        ("41-CT/TW", ("41", "CT/TW")),
        ("/TTr-UBND", (None, "TTr-UBND")),
    ],
)
def test_a_number_keeps_the_letter_printed_after_it(rest: str,
                                                    expected: tuple[str | None, str]) -> None:
    assert parse_number(rest) == expected


def test_an_explanation_is_a_document_type() -> None:
    doc = kehoach_parser.parse(
        "TRƯỜNG MẪU GIÁO HOA MAI\nSố: 02/GTr-MGHM\nGIẢI TRÌNH VỀ SỐ TRẺ\nCăn cứ kế hoạch;\n")
    assert doc.doc_type == "Giải trình"
    assert doc.title == "VỀ SỐ TRẺ"


DOUBLE_SPACED = """TRƯỜNG TIỂU HỌC HÒA BÌNH

Số: 31/KH-THHB

KẾ HOẠCH

XÂY DỰNG TRƯỜNG HỌC HẠNH PHÚC

GIAI ĐOẠN 2025-2030

Căn cứ kế hoạch năm học;

I. MỤC ĐÍCH

1. Mục đích chung

Nâng cao chất lượng giáo dục toàn diện.
"""


def test_a_double_spaced_title_goes_on_over_one_blank_line() -> None:
    doc = kehoach_parser.parse(DOUBLE_SPACED)
    assert doc.title == "XÂY DỰNG TRƯỜNG HỌC HẠNH PHÚC GIAI ĐOẠN 2025-2030"
    assert [s.label for s in doc.sections][:1] == ["I"]


def test_a_double_spaced_title_stops_at_a_sentence() -> None:
    doc = kehoach_parser.parse(DOUBLE_SPACED.replace(
        "XÂY DỰNG TRƯỜNG HỌC HẠNH PHÚC\n\nGIAI ĐOẠN 2025-2030",
        "Xây dựng trường học hạnh phúc\n\nNhà trường xây dựng kế hoạch như sau."))
    assert doc.title == "Xây dựng trường học hạnh phúc"


def test_one_blank_line_ends_the_title_of_a_single_spaced_text() -> None:
    doc = kehoach_parser.parse(
        "TRƯỜNG TIỂU HỌC HÒA BÌNH\nSố: 31/KH-THHB\nKẾ HOẠCH\nXÂY DỰNG TRƯỜNG HỌC HẠNH PHÚC\n"
        "\nTHÔNG TIN CHUNG\nNhà trường có 20 lớp.\nI. MỤC ĐÍCH\n")
    assert doc.title == "XÂY DỰNG TRƯỜNG HỌC HẠNH PHÚC"


@pytest.mark.parametrize(
    "dateline",
    [
        "Ngày 12/4/2025, Ủy ban nhân dân xã Hòa Bình tổ chức hội nghị giao chỉ tiêu.",
        "Ngày 12 tháng 4 năm 2025, Hội đồng nhân dân xã Hòa Bình họp kỳ họp thứ 5.",
        "Ngày 12/04/2025 08:15:40",
    ],
)
def test_a_news_dateline_is_not_the_issued_date(dateline: str) -> None:
    doc = kehoach_parser.parse(
        f"Xã Hòa Bình giao chỉ tiêu năm 2025\n\n{dateline}\n\n"
        "Năm 2025, xã phấn đấu thu nhập bình quân đạt 60 triệu đồng/người/năm.\n")
    assert doc.issued_date is None
    assert all(ind.value != 40 and ind.value != 15 for ind in doc.indicators)


def test_a_date_line_alone_is_still_the_issued_date() -> None:
    doc = kehoach_parser.parse(
        "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH\nSố: 12/KH-UBND\nngày 12 tháng 4 năm 2025\n"
        "KẾ HOẠCH\nGiao chỉ tiêu năm 2025\n")
    assert doc.issued_date == "2025-04-12"


BARE_BODY = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n" \
            "Số: 61/KH-UBND | Tân Hòa, ngày 02 tháng 3 năm 2026 |\n"


@pytest.mark.parametrize(
    ("after_header", "issuer"),
    [
        # the enacting line under a decision's title
        ("QUYẾT ĐỊNH\nVỀ VIỆC GIAO CHỈ TIÊU NĂM 2026\nỦY BAN NHÂN DÂN TỈNH TÂN HÒA\n"
         "Căn cứ Luật Tổ chức chính quyền địa phương;\n", "Ủy ban nhân dân tỉnh Tân Hòa"),
        # the opening statement, with and without the place's name
        ("KẾ HOẠCH\nPHÁT TRIỂN DU LỊCH NĂM 2026\nĐể phát triển du lịch, Ủy ban nhân dân "
         "tỉnh Tân Hòa xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH\n", "Ủy ban nhân dân tỉnh Tân Hòa"),
        ("KẾ HOẠCH\nPHÁT TRIỂN DU LỊCH NĂM 2026\nĐể phát triển du lịch, UBND tỉnh ban hành "
         "Kế hoạch thực hiện như sau:\nI. MỤC ĐÍCH\n", "Ủy ban nhân dân tỉnh"),
        # a statement about another, numbered plan, or another body's, gives nothing
        ("KẾ HOẠCH\nPHÁT TRIỂN DU LỊCH NĂM 2026\nNgày 5/1/2026, UBND tỉnh Bắc Hòa ban hành "
         "Kế hoạch số 3/KH-UBND về du lịch.\nI. MỤC ĐÍCH\n", "Ủy ban nhân dân"),
        ("KẾ HOẠCH\nPHÁT TRIỂN DU LỊCH NĂM 2026\nThực hiện chỉ đạo của Ủy ban nhân dân "
         "huyện Đông Hòa ban hành kế hoạch;\nI. MỤC ĐÍCH\n", "Ủy ban nhân dân"),
        # the note of the decision a plan is attached to, past an enacting line that has the
        # unit word alone
        ("ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\n"
         "KẾ HOẠCH\nPHÁT TRIỂN DU LỊCH NĂM 2026\n(Ban hành kèm theo Quyết định số "
         "5/QĐ-UBND ngày 4/1/2026 của UBND tỉnh Tân Hòa)\nI. MỤC ĐÍCH\n",
         "Ủy ban nhân dân tỉnh Tân Hòa"),
    ],
)
def test_a_bare_local_body_takes_its_locality_from_the_text(after_header: str,
                                                            issuer: str) -> None:
    doc = kehoach_parser.parse(BARE_BODY + after_header)
    assert doc.issuer == issuer


def test_a_council_without_a_locality_takes_it_from_its_enacting_line() -> None:
    doc = kehoach_parser.parse(
        "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 9/NQ-HĐND | Tân Hòa, ngày 10 tháng 12 năm 2025 |\nNGHỊ QUYẾT\n"
        "VỀ NHIỆM VỤ NĂM 2026\nHỘI ĐỒNG NHÂN DÂN TỈNH TÂN HÒA\nKHÓA XV, KỲ HỌP THỨ 8\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert doc.issuer == "Hội đồng nhân dân tỉnh Tân Hòa"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("NGHỊ QUYẾT\nVỀ QUY HOẠCH VÙNG ĐỒI\n________\nHỘI ĐỒNG NHÂN DÂN TỈNH TÂN HÒA\n"
         "KHÓA XV - KỲ HỌP THỨ 3\nCăn cứ Luật Tổ chức chính quyền địa phương;\n",
         "Hội đồng nhân dân tỉnh Tân Hòa"),
        ("CÔNG ĐIỆN\nVỀ ỨNG PHÓ BÃO SỐ 9\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n"
         "- Chủ tịch Ủy ban nhân dân các tỉnh ven biển;\n", "Thủ tướng Chính phủ"),
        # a position is not a body: its line does not give the issuer
        ("QUYẾT ĐỊNH\nVỀ VIỆC KHEN THƯỞNG\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN HÒA\n"
         "Căn cứ Luật Thi đua, khen thưởng;\n", None),
    ],
)
def test_a_text_without_a_header_issuer_reads_its_enacting_line(text: str,
                                                               issuer: str | None) -> None:
    assert kehoach_parser.parse(text).issuer == issuer


def test_a_report_of_a_numbered_plan_does_not_name_the_issuer() -> None:
    doc = kehoach_parser.parse(
        "Xã An Hòa triển khai kế hoạch năm 2026\n\nĐầu năm, Ủy ban nhân dân xã An Hòa ban "
        "hành Kế hoạch số 14/KH-UBND về phát triển kinh tế.\n")
    assert doc.issuer is None


@pytest.mark.parametrize(
    "headline",
    [
        "HỘI NGHỊ TỔNG KẾT CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA XÃ AN HÒA",
        "ĐẢNG BỘ XÃ AN HÒA TỔ CHỨC HỘI NGHỊ SƠ KẾT 6 THÁNG ĐẦU NĂM 2025",
        "UBND PHƯỜNG AN HÒA: TỔ CHỨC HỘI NGHỊ GIAO CHỈ TIÊU NĂM 2026 CHO CÁC KHU PHỐ",
    ],
)
def test_a_news_headline_is_not_an_issuer(headline: str) -> None:
    doc = kehoach_parser.parse(
        f"{headline}\n\nSáng ngày 5/1/2026, tại hội trường, các đại biểu đã dự hội nghị.\n")
    assert doc.issuer is None


def test_a_short_issuer_line_alone_is_still_an_issuer() -> None:
    doc = kehoach_parser.parse("ỦY BAN NHÂN DÂN XÃ AN HÒA\n\nThông tin về lịch tiếp dân.\n")
    assert doc.issuer == "Ủy ban nhân dân xã An Hòa"


def test_a_capital_title_under_the_number_line_is_not_the_issuers_locality() -> None:
    # a web copy without its type line: the title follows the "Số" and date row
    doc = kehoach_parser.parse(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 88/KH-UBND | Bắc Hòa, ngày 9 tháng 9 năm 2025 |\n"
        "TRIỂN KHAI ĐỀ ÁN PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG\n"
        "Năm 2025, số khách du lịch tăng mạnh.\n")
    assert doc.issuer == "Ủy ban nhân dân"
    assert doc.title == "TRIỂN KHAI ĐỀ ÁN PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG"


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        ("THƯỜNG TRỰC\nHĐND - UBND TỈNH AN GIANG", "Thường trực Hội đồng nhân dân - "
                                                   "Ủy ban nhân dân tỉnh An Giang"),
        ("THƯỜNG TRỰC HĐND XÃ MỸ AN", "Thường trực Hội đồng nhân dân xã Mỹ An"),
        ("UBND XÃ MỸ AN\nHỘI ĐỒNG TĐ–KT", "Hội đồng Thi đua - Khen thưởng"),
        ("UBND XÃ MỸ AN\nHĐ TĐ-KT", "Hội đồng Thi đua - Khen thưởng"),
    ],
)
def test_offices_and_abbreviated_councils(header: str, issuer: str) -> None:
    doc = kehoach_parser.parse(f"{header}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                               "Số: 5/KH-UBND\nKẾ HOẠCH\nVề việc thực hiện nhiệm vụ năm 2025\n")
    assert doc.issuer == issuer


def test_a_date_cut_by_blanks_after_its_month_is_read_whole() -> None:
    doc = kehoach_parser.parse(
        "TRƯỜNG TIỂU HỌC AN LẠC\nSố: 14/KH-THAL\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "An Lạc, ngày 08 tháng\t9\tnăm 2025\nKẾ HOẠCH\nĐảm bảo chất lượng năm học\n")
    assert (doc.place, doc.issued_date) == ("An Lạc", "2025-09-08")


def test_a_form_dated_above_its_signature() -> None:
    doc = kehoach_parser.parse(
        "PHÒNG GD&ĐT BẮC SƠN\nTRƯỜNG MN HOA SEN\nTHÔNG BÁO\nCam kết chất lượng năm học 2025\n"
        "Tỷ lệ trẻ phát triển bình thường: 97%.\n"
        "Hoa Sen, ngày 15 tháng 9 năm 2025\nHIỆU TRƯỞNG\n")
    assert (doc.place, doc.issued_date) == ("Hoa Sen", "2025-09-15")


def test_a_date_in_the_last_sentence_is_not_the_documents_date() -> None:
    doc = kehoach_parser.parse(
        "TRƯỜNG MN HOA SEN\nTHÔNG BÁO\nLịch nghỉ lễ\n"
        "Trường nghỉ từ Hoa Sen, ngày 2 tháng 9 năm 2025 đến hết ngày 3 tháng 9 năm 2025.\n")
    assert doc.issued_date is None


def test_a_type_line_naming_its_body_before_the_subject() -> None:
    doc = kehoach_parser.parse(
        "NGHỊ QUYẾT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH BẮC HÒA VỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2026 "
        "(Trích)\n\n(Nghị quyết này đã được Hội đồng nhân dân tỉnh Bắc Hòa khóa XV,\n\n"
        "kỳ họp thứ 7 thông qua ngày 08/12/2025)\n\nCÁC CHỈ TIÊU CHỦ YẾU\n")
    assert doc.doc_type == "Nghị quyết"
    assert doc.title == "VỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2026"
    assert doc.issuer == "Hội đồng nhân dân tỉnh Bắc Hòa"
    assert doc.issued_date == "2025-12-08"


def test_a_type_line_naming_its_body_with_the_title_under_it() -> None:
    doc = kehoach_parser.parse(
        "ỦY BAN NHÂN DÂN TỈNH BẮC HÒA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "QUYẾT ĐỊNH CỦA UBND TỈNH BẮC HÒA\n\nVề việc giao chỉ tiêu kế hoạch năm 1996\n\n"
        "Căn cứ Luật Tổ chức HĐND và UBND;\n")
    assert doc.doc_type == "Quyết định"
    assert doc.title == "Về việc giao chỉ tiêu kế hoạch năm 1996"
    assert doc.issuer == "Ủy ban nhân dân tỉnh Bắc Hòa"


def test_a_resolution_dated_by_its_closing_adoption_clause() -> None:
    doc = kehoach_parser.parse(
        "NGHỊ QUYẾT\n\nVề điều chỉnh chỉ tiêu năm 2026\n\nQUỐC HỘI\n\nCăn cứ Hiến pháp;\n\n"
        "QUYẾT NGHỊ:\n\nĐiều 1. Điều chỉnh chỉ tiêu tăng trưởng.\n\n"
        "Nghị quyết này được Quốc hội khóa XV, Kỳ họp thứ 10, thông qua ngày 19 tháng 02 "
        "năm 2026.\n")
    assert doc.issuer == "Quốc hội"
    assert doc.issued_date == "2026-02-19"


def test_a_type_word_with_a_subject_in_small_letters() -> None:
    doc = kehoach_parser.parse(
        "BÁO CÁO Về việc kiểm điểm công tác điều hành năm 2025\n"
        "Thực hiện chương trình kỳ họp, UBND xã báo cáo như sau:\nI. Kết quả đạt được\n")
    assert doc.doc_type == "Báo cáo"
    assert doc.title == "Về việc kiểm điểm công tác điều hành năm 2025"


def test_a_headline_with_a_type_word_inside_is_not_a_type_line() -> None:
    doc = kehoach_parser.parse(
        "HỘI NGHỊ TRIỂN KHAI KẾ HOẠCH NĂM 2026 CỦA XÃ AN HÒA\n"
        "Sáng 5/1, xã An Hòa tổ chức hội nghị.\n")
    assert doc.doc_type is None


def test_two_columns_run_together_with_the_motto_between_the_bodies() -> None:
    doc = kehoach_parser.parse(
        "UBND HUYỆN TÂN LẠC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMTRƯỜNG MN HOA ĐÀO Độc lập – "
        "Tự do –Hạnh phúc\nSố: 12 /BC-MNHĐ Hoa Đào, ngày 10 tháng 05 năm 2025\nBÁO CÁO\n"
        "Sơ kết học kỳ I\nI. Kết quả đạt được\n")
    assert doc.issuer == "Trường Mầm non Hoa Đào"
    assert (doc.number, doc.symbol) == ("12", "BC-MNHĐ")
    assert (doc.place, doc.issued_date) == ("Hoa Đào", "2025-05-10")


def test_a_whole_letter_on_one_line() -> None:
    doc = kehoach_parser.parse(
        "UBND TỈNH BẮC HÒA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ Y TẾ Độc lập - Tự do - "
        "Hạnh phúc Số : 301 /SYT-VP Phan Thiết-Mũi Né, ngày 05 tháng11 năm 2024 V/v báo cáo "
        "tình hình dịch bệnh. Kính gửi: Ủy ban nhân dân tỉnh. Thực hiện chỉ đạo, Sở báo cáo.\n")
    assert doc.issuer == "Sở Y tế"
    assert (doc.number, doc.symbol, doc.doc_type) == ("301", "SYT-VP", "Công văn")
    assert (doc.place, doc.issued_date) == ("Phan Thiết-Mũi Né", "2024-11-05")
    assert doc.title == "V/v báo cáo tình hình dịch bệnh"


def test_a_title_printed_twice_is_one_title() -> None:
    doc = kehoach_parser.parse(
        "TRƯỜNG MN HOA ĐÀO\nSố: 3/BC-MNHĐ\nBÁO CÁO\nSơ kết chuyên đề\n“Trẻ làm trung tâm”\n"
        "Sơ kết chuyên đề\n“Trẻ làm trung tâm”\nCăn cứ kế hoạch năm học;\n")
    assert doc.title == "Sơ kết chuyên đề “Trẻ làm trung tâm”"


def test_a_filled_number_line_wins_over_a_template_leftover() -> None:
    doc = kehoach_parser.parse(
        "TRƯỜNG THCS AN LẠC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập – Tự do – Hạnh phúcSố: …….. KH-THAL\nSố: 37 /KH-THCSAL\n"
        "An Lạc, ngày 29 tháng 8 năm 2025\nKẾ HOẠCH\nCông khai năm học 2025-2026\n")
    assert (doc.number, doc.symbol) == ("37", "KH-THCSAL")


def test_line_breaks_printed_as_characters_are_white_space_in_the_header() -> None:
    doc = kehoach_parser.parse(
        "\\r\\n ỦY BAN NHÂN DÂN | \\r\\n \\r\\n CỘNG\\r\\n HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \\r\\n\n"
        "\\r\\n Số: 54/KH-UBND \\r\\n | \\r\\n \\r\\n Bắc Hòa, ngày 27 tháng 3 năm 2024 \\r\\n |\n"
        "Thực hiện Quyết định của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:\n")
    assert (doc.number, doc.symbol, doc.doc_type) == ("54", "KH-UBND", "Kế hoạch")
    assert (doc.place, doc.issued_date) == ("Bắc Hòa", "2024-03-27")
    assert doc.issuer == "Ủy ban nhân dân tỉnh"


def test_a_month_split_by_ocr_is_read_as_one_number() -> None:
    doc = kehoach_parser.parse(
        "THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 7 /QĐ-TTg | Hà Nội, ngày 26 tháng 0 6 năm 2025 |\nQUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT\n")
    assert doc.issued_date == "2025-06-26"


def test_a_subject_in_a_news_text_is_not_a_title() -> None:
    doc = kehoach_parser.parse(
        "Tin giáo dục\n\nTheo đề án, các trường được đầu tư thêm phòng học.\n\n"
        "Về việc đào tạo giáo viên, đến năm 2027 có 90% giáo viên đạt chuẩn.\n")
    assert doc.title is None


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        ("BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI", "Bộ Lao động - Thương binh và Xã hội"),
        ("UBND TỈNH NAM ĐỊNH\nSỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
         "Sở Lao động - Thương binh và Xã hội"),
        ("ỦY BAN NHÂN DÂN\nXÃ HỘI AN", "Ủy ban nhân dân xã Hội An"),
    ],
)
def test_society_in_a_body_name_is_not_a_commune(header: str, issuer: str) -> None:
    # "xã hội" (society) closes a body's field; "XÃ HỘI AN" is still the commune Hội An
    doc = kehoach_parser.parse(f"{header}\nSố: 12/BC-LĐTBXH\nBÁO CÁO\nKết quả giảm nghèo\n")
    assert doc.issuer == issuer


@pytest.mark.parametrize(
    "header",
    [
        # copied right column first: the motto, the place and date, then the issuer and Số
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Tân Hòa, ngày 3 tháng 2 năm 2027\nỦY BAN NHÂN DÂN\nXÃ BÌNH MINH\nSố: 14/KH-UBND\n",
        # the motto centred above the issuer
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nỦY BAN NHÂN DÂN\n"
        "XÃ BÌNH MINH\nSố: 14/KH-UBND\nTân Hòa, ngày 3 tháng 2 năm 2027\n",
    ],
)
def test_the_issuer_under_the_motto_or_the_date_line(header: str) -> None:
    doc = kehoach_parser.parse(header + "KẾ HOẠCH\nPhát triển du lịch năm 2027\n")
    assert doc.issuer == "Ủy ban nhân dân xã Bình Minh"
    assert (doc.number, doc.place, doc.issued_date) == ("14", "Tân Hòa", "2027-02-03")


def test_a_capital_title_under_the_date_of_a_copy_without_type_line_is_not_the_issuer() -> None:
    doc = kehoach_parser.parse(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Tân Hòa, ngày 3 tháng 2 năm 2027\nỦY BAN NHÂN DÂN XÃ BÌNH MINH THAM GIA HỘI THI\n"
        "Sáng ngày 2/2, xã tổ chức hội thi.\n")
    assert doc.issuer is None


def test_a_place_with_its_unit_word_cut_from_its_date() -> None:
    doc = kehoach_parser.parse(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 28/QĐ-UBND\nThành phố Hồ Chí\n"
        "Minh, ngày 21 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBan hành Kế hoạch phòng, chống thiên tai\n")
    assert (doc.place, doc.issued_date) == ("Thành phố Hồ Chí Minh", "2025-11-21")


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a letter that lost its header names its sender in its own sentences
        ("Kính gửi: Ủy ban nhân dân các tỉnh, thành phố\nThực hiện Nghị định số 94/2022/NĐ-CP "
         "của Chính phủ, Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh gửi báo cáo.\n"
         "Bộ Tài chính trân trọng cảm ơn sự phối hợp của Quý Ủy ban./.\n", "Bộ Tài chính"),
        ("Kính gửi: Các trường trung học phổ thông\nSở Giáo dục và Đào tạo đã đề nghị các "
         "trường rà soát danh sách học sinh.\n", "Sở Giáo dục và Đào tạo"),
        # a unit word with no place after it names no issuer
        ("Kính gửi: Các thôn\nUBND xã đề nghị các thôn báo cáo kết quả.\n", None),
        # not a letter: a plan's sentence about another body's request is not its issuer
        ("KẾ HOẠCH\nPhát triển du lịch năm 2027\nI. MỤC ĐÍCH\nSở Văn hóa đề nghị các xã "
         "tham gia.\n", None),
    ],
)
def test_the_sender_of_a_letter_without_header(text: str, issuer: str | None) -> None:
    doc = kehoach_parser.parse(text)
    assert doc.issuer == issuer
    if issuer is not None:
        assert "W106" in [w.code for w in doc.warnings]
        span = doc.field_spans["issuer"]
        assert doc.text[span[0]:span[1]] == issuer
