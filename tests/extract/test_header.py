"""Header parsing on header layouts written for these tests."""

from __future__ import annotations

import pytest

from kehoach_parser import parse

BODY = "\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao chất lượng.\n"


def test_two_column_header_with_tabs() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "XÃ TÂN LẬP\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 45/KH-UBND\tTân Lập, ngày 05 tháng 3 năm 2027\n\n"
        "KẾ HOẠCH\nTổ chức các hoạt động kỷ niệm\nnăm 2027" + BODY
    )
    doc = parse(text)
    assert doc.doc_type == "Kế hoạch"
    assert (doc.number, doc.symbol) == ("45", "KH-UBND")
    assert doc.place == "Tân Lập"
    assert doc.issued_date == "2027-03-05"
    assert doc.issuer == "Ủy ban nhân dân xã Tân Lập"
    assert doc.title == "Tổ chức các hoạt động kỷ niệm năm 2027"
    for field in ("doc_type", "symbol", "place", "issuer", "title"):
        s, e = doc.field_spans[field]
        assert doc.text[s:e].strip()


def test_columns_separated_by_spaces_in_plain_text() -> None:
    text = (
        "UBND HUYỆN ĐÔNG SƠN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "UBND XÃ ĐÔNG HÒA           Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 12/QĐ-UBND          Đông Hòa, ngày 9 tháng 1 năm 2027\n\n"
        "QUYẾT ĐỊNH\nVề việc giao chỉ tiêu kế hoạch năm 2027" + BODY
    )
    doc = parse(text)
    assert doc.doc_type == "Quyết định"
    assert doc.issuer == "Ủy ban nhân dân xã Đông Hòa"
    assert doc.issued_date == "2027-01-09"
    assert doc.title == "Về việc giao chỉ tiêu kế hoạch năm 2027"


@pytest.mark.parametrize(
    ("so_line", "number", "symbol"),
    [
        ("Số: /KH-UBND", None, "KH-UBND"),
        ("Số:    /KH-UBND", None, "KH-UBND"),
        ("Số: …/KH-UBND", None, "KH-UBND"),
        ("Số: 184/KH-UBND", "184", "KH-UBND"),
        ("Số: 50/2019/NQ-HĐND", "50/2019", "NQ-HĐND"),
        ("Số 15-NQ/ĐU", "15", "NQ/ĐU"),
        ("Số: 2345 /BC - UBND", "2345", "BC-UBND"),
    ],
)
def test_number_and_symbol(so_line: str, number: str | None, symbol: str) -> None:
    doc = parse(f"{so_line}\n\nKẾ HOẠCH\nVề việc thi đua" + BODY)
    assert (doc.number, doc.symbol) == (number, symbol)


def test_type_from_symbol_when_type_line_missing() -> None:
    doc = parse("Số: 07/BC-UBND\n\nTình hình thực hiện nhiệm vụ\n" + BODY)
    assert doc.doc_type == "Báo cáo"


@pytest.mark.parametrize(
    ("line", "place", "date"),
    [
        ("Hòa Bình, ngày tháng 6 năm 2026", "Hòa Bình", "2026-06"),
        ("Hòa Bình, ngày … tháng … năm 2026", "Hòa Bình", "2026"),
        ("Hòa Bình, ngày 27 tháng 02 năm 2026", "Hòa Bình", "2026-02-27"),
        ("Hòa Bình, ngày 8/6/2026", "Hòa Bình", "2026-06-08"),
        ("....., ngày 01 tháng 12 năm 2026", None, "2026-12-01"),
    ],
)
def test_place_and_date_line(line: str, place: str | None, date: str) -> None:
    doc = parse(f"Số: /KH-UBND\n{line}\n\nKẾ HOẠCH\nThi đua năm 2026" + BODY)
    assert (doc.place, doc.issued_date) == (place, date)


def test_no_header_issuer_from_body_sentence() -> None:
    text = (
        "KẾ HOẠCH\nPhát động thi đua năm 2027\n\n"
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 5/1/2027 của UBND huyện Yên Định về việc ban "
        "hành quy chế; UBND xã Yên Trường ban hành kế hoạch như sau:" + BODY
    )
    doc = parse(text)
    assert doc.issuer == "Ủy ban nhân dân xã Yên Trường"
    assert doc.symbol is None and doc.place is None and doc.issued_date is None


def test_short_committee_name_in_body_is_expanded() -> None:
    doc = parse("KẾ HOẠCH\nThi đua\n\nỦy ban phường Bắc Sơn ban hành Kế hoạch sau:" + BODY)
    assert doc.issuer == "Ủy ban nhân dân phường Bắc Sơn"


def test_issuer_is_never_guessed() -> None:
    doc = parse("KẾ HOẠCH\nThi đua năm 2027\n\nCác cơ quan thực hiện tốt kế hoạch." + BODY)
    assert doc.issuer is None


def test_department_under_a_province_is_the_issuer_without_its_parent() -> None:
    # the shared spec (clarified): the issuer is the lower body; the parent is not part of it
    text = ("UBND TỈNH THANH HÓA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "SỞ NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc\n\nHƯỚNG DẪN\nCông tác thi đua" + BODY)
    doc = parse(text)
    assert doc.doc_type == "Hướng dẫn"
    assert doc.issuer == "Sở Nội vụ"


def test_body_starts_after_the_title() -> None:
    doc = parse("Số: /KH-UBND\n\nKẾ HOẠCH\nThi đua năm 2027" + BODY)
    assert [s.label for s in doc.sections] == ["I", "1"]


QUYET_DINH = """ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN NÔNG CỐNG              Độc lập - Tự do - Hạnh phúc
Số: 125/QĐ-UBND        Nông Cống, ngày 10 tháng 01 năm 2027

QUYẾT ĐỊNH
Về việc giao chỉ tiêu kế hoạch phát triển
kinh tế - xã hội năm 2027

CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN NÔNG CỐNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:
Điều 1. Giao chỉ tiêu kế hoạch năm 2027 cho các xã.
Điều 2. Quyết định có hiệu lực từ ngày ký.

Nơi nhận:       CHỦ TỊCH
- Như Điều 2;
- Lưu: VT, TCKH.

                Nguyễn Văn Hải
"""


def test_quyet_dinh_layout() -> None:
    doc = parse(QUYET_DINH)
    assert doc.doc_type == "Quyết định"
    assert (doc.number, doc.symbol) == ("125", "QĐ-UBND")
    assert doc.issuer == "Ủy ban nhân dân huyện Nông Cống"
    assert doc.title == "Về việc giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2027"
    assert doc.issued_date == "2027-01-10"
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [
        ("Nguyễn Văn Hải", "Chủ tịch", None)]
    assert doc.archive == ["VT", "TCKH"]
    assert doc.recipients == ["Như Điều 2"]


PARTY = """ĐẢNG BỘ HUYỆN TRIỆU SƠN\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ THỌ BÌNH
*\tThọ Bình, ngày 07 tháng 01 năm 2027
Số 04-NQ/ĐU

NGHỊ QUYẾT
về phát triển nông nghiệp năm 2027

I. MỤC TIÊU
Phát triển nông nghiệp.

Nơi nhận:
- Ban Thường vụ Huyện ủy (b/c),
- Lưu Văn phòng Đảng ủy.

T/M ĐẢNG ỦY
BÍ THƯ

Lê Thị Hoa
"""


def test_party_document_layout() -> None:
    doc = parse(PARTY)
    assert doc.doc_type == "Nghị quyết"
    assert (doc.number, doc.symbol) == ("04", "NQ/ĐU")
    assert doc.issuer == "Đảng ủy xã Thọ Bình"
    assert doc.place == "Thọ Bình" and doc.issued_date == "2027-01-07"
    assert doc.title == "về phát triển nông nghiệp năm 2027"
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [
        ("Lê Thị Hoa", "Bí thư", "TM.")]
    assert doc.archive == ["Văn phòng Đảng ủy"]


def test_markdown_table_header_from_ocr() -> None:
    text = (
        "| ỦY BAN NHÂN DÂN<br>**XÃ AN PHÚ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>"
        "**Độc lập - Tự do - Hạnh phúc** |\n|---|---|\n"
        "| Số: 31/KH-UBND | *An Phú, ngày 12 tháng 3 năm 2027* |\n\n"
        "**KẾ HOẠCH**\n**Thi đua yêu nước năm 2027**\n\n**I. MỤC ĐÍCH**\nNội dung.\n"
    )
    doc = parse(text)
    assert (doc.doc_type, doc.number, doc.symbol) == ("Kế hoạch", "31", "KH-UBND")
    assert (doc.place, doc.issued_date) == ("An Phú", "2027-03-12")
    assert doc.issuer == "Ủy ban nhân dân xã An Phú"
    assert doc.title == "Thi đua yêu nước năm 2027"
    assert [s.title for s in doc.sections] == ["MỤC ĐÍCH"]


def test_blanks_left_wide_in_a_draft_do_not_split_the_line() -> None:
    text = ("ỦY BAN NHÂN DÂN\nXÃ KIM SƠN\nSố:        /KH-UBND\n"
            "Kim Sơn, ngày        tháng 3 năm 2027\n\nKẾ HOẠCH\nThi đua năm 2027" + BODY)
    doc = parse(text)
    assert (doc.symbol, doc.place, doc.issued_date) == ("KH-UBND", "Kim Sơn", "2027-03")


def test_impossible_header_date_leaves_issued_date_empty_with_a_warning() -> None:
    from kehoach_parser import parse

    doc = parse("UBND XÃ AN BÌNH\nSố: 12/KH-UBND\nAn Bình, ngày 31 tháng 4 năm 2026\n"
                "KẾ HOẠCH\nVề việc phòng chống thiên tai\nI. MỤC ĐÍCH\n")
    assert doc.issued_date is None
    assert doc.place == "An Bình"
    header_warnings = [w for w in doc.warnings if w.code == "W101" and "issued_date" in w.message]
    assert len(header_warnings) == 1
    span = header_warnings[0].span
    assert span is not None and doc.text[span[0]:span[1]] == "ngày 31 tháng 4 năm 2026"


def test_possible_header_date_is_kept_with_its_span() -> None:
    from kehoach_parser import parse

    doc = parse("UBND XÃ AN BÌNH\nSố: 12/KH-UBND\nAn Bình, ngày 29 tháng 2 năm 2028\n"
                "KẾ HOẠCH\nVề việc phòng chống thiên tai\nI. MỤC ĐÍCH\n")
    assert doc.issued_date == "2028-02-29"
    s, e = doc.field_spans["issued_date"]
    assert doc.text[s:e] == "ngày 29 tháng 2 năm 2028"
    assert not [w for w in doc.warnings if w.code == "W101"]
