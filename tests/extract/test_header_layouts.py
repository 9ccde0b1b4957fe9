"""The header on the layouts people find: flattened, wrapped, glued, parent bodies."""

from __future__ import annotations

import pytest

import kehoach_parser

FLATTENED = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 88/KH-UBND
|
Hà Giang, ngày
14 tháng 4 năm 2025
|
KẾ HOẠCH
TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN TRÊN ĐỊA BÀN
TỈNH NĂM 2025
Căn cứ Luật Phòng, chống thiên tai năm 2013;
I. MỤC ĐÍCH, YÊU CẦU
"""


def test_a_flattened_header_with_cells_on_separate_lines() -> None:
    doc = kehoach_parser.parse(FLATTENED)
    assert doc.issuer == "Ủy ban nhân dân tỉnh Hà Giang"
    assert (doc.number, doc.symbol, doc.doc_type) == ("88", "KH-UBND", "Kế hoạch")
    assert (doc.place, doc.issued_date) == ("Hà Giang", "2025-04-14")
    assert doc.title == ("TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN "
                         "TRÊN ĐỊA BÀN TỈNH NĂM 2025")


def test_a_parent_body_above_the_issuer_is_not_part_of_it() -> None:
    doc = kehoach_parser.parse(
        "UBND HUYỆN ĐẠI TỪ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/KH-PGDĐT\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Đại Từ, ngày 05 tháng 9 năm 2025\nKẾ HOẠCH\nNhiệm vụ năm học 2025 - 2026\n")
    assert doc.issuer == "Phòng Giáo dục và Đào tạo"


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        ("TRƯỜNG THCS KHƯƠNG MAI", "Trường Trung học cơ sở Khương Mai"),
        ("TRƯỜNG MN HOA SEN", "Trường Mầm non Hoa Sen"),
        ("BỘ NỘI VỤ", "Bộ Nội vụ"),
        ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hóa, Thể thao và Du lịch"),
        ("BAN CHỈ ĐẠO PCGD, XMC", "Ban Chỉ đạo PCGD, XMC"),
        ("THỦ TƯỚNG\nCHÍNH PHỦ", "Thủ tướng Chính phủ"),
        ("ỦY\nBAN NHÂN DÂN\nXÃ TÂN AN", "Ủy ban nhân dân xã Tân An"),
        ("HỘI ĐỒNG NHÂN DÂN\nTỈNH NAM ĐỊNH\nKHÓA XIX, KỲ HỌP THỨ 12",
         "Hội đồng nhân dân tỉnh Nam Định"),
    ],
)
def test_issuers_are_expanded_cased_and_stripped_of_session_words(header: str,
                                                                 issuer: str) -> None:
    doc = kehoach_parser.parse(f"{header}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                               "Số: 5/KH-UBND\nKẾ HOẠCH\nVề việc thực hiện nhiệm vụ năm 2025\n")
    assert doc.issuer == issuer


def test_columns_run_together_on_one_line() -> None:
    doc = kehoach_parser.parse(
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "XÃ TÂN PHÚ Độc lập - Tự do - Hạnh phúc\n"
        "Số: 07 /KH-UBND Tân Phú, ngày 03 tháng 01 năm 2025\nKẾ HOẠCH\n"
        "Cải cách hành chính năm 2025\n")
    assert doc.issuer == "Ủy ban nhân dân xã Tân Phú"
    assert (doc.number, doc.symbol) == ("07", "KH-UBND")
    assert (doc.place, doc.issued_date) == ("Tân Phú", "2025-01-03")


def test_the_type_word_with_its_title_on_one_line() -> None:
    doc = kehoach_parser.parse(
        "ỦY BAN NHÂN DÂN\nXÃ HÒA AN\nKẾ HOẠCH PHÒNG, CHỐNG DỊCH BỆNH NĂM 2024\n"
        "Căn cứ tình hình thực tế của địa phương;\n")
    assert doc.doc_type == "Kế hoạch"
    assert doc.title == "PHÒNG, CHỐNG DỊCH BỆNH NĂM 2024"
    assert doc.issuer == "Ủy ban nhân dân xã Hòa An"


def test_a_place_cut_from_its_date_by_a_narrow_column() -> None:
    doc = kehoach_parser.parse(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n|\nSố: 14/2007/QĐ-UBND\n|\nTam\n"
        "Kỳ, ngày 19 tháng 6 năm 2007\n|\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH CHỨC NĂNG\n")
    assert (doc.place, doc.issued_date) == ("Tam Kỳ", "2007-06-19")
    assert doc.number == "14/2007"


@pytest.mark.parametrize(
    "text",
    [
        "|\n-------\n|\n---------------\n|\n" * 50,  # only pipes and rules
        "This is an English memo about the budget.\nIt has no Vietnamese header at all.\n",
        "Kính gửi: các phòng ban\nĐề nghị các đơn vị báo cáo trước ngày 30/6/2026.\n",
    ],
)
def test_documents_without_a_usable_header_parse_without_error(text: str) -> None:
    doc = kehoach_parser.parse(text)
    assert not [w for w in doc.warnings if w.code == "W100"]
    assert doc.issuer is None or doc.issuer.strip()


# issue 11: the same header cells in every layout of the header perturbations
TEMPLATE_HEADER = """TRƯỜNG TIỂU HỌC
PHÚ LÂM
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số:
/KH-THPL
Phú Lâm, ngày
12 tháng 9 năm 2026
KẾ HOẠCH
GIÁO DỤC KỸ NĂNG SỐNG
CHO HỌC SINH
NĂM HỌC 2026 - 2027
Căn cứ Điều lệ trường tiểu học;
I. MỤC TIÊU
"""


@pytest.mark.parametrize("text", [FLATTENED, TEMPLATE_HEADER])
@pytest.mark.parametrize("layout", ["header_pipes", "header_spaces", "header_cells_split",
                                    "header_rules", "title_joined"])
def test_header_fields_hold_under_every_header_layout(text: str, layout: str) -> None:
    from kehoach_parser.evaluation.perturb import apply_perturbations

    def fields(doc: kehoach_parser.Document) -> tuple[object, ...]:
        return (doc.issuer, doc.number, doc.symbol, doc.doc_type, doc.place,
                doc.issued_date, doc.title)

    clean = kehoach_parser.parse(text)
    assert clean.symbol is not None and clean.title is not None
    assert fields(kehoach_parser.parse(apply_perturbations(text, [layout], seed="t"))) \
        == fields(clean)
