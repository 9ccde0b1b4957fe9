"""The header perturbations added for unseen layouts: the columns read in order, the date
above the number, an empty middle column, the issuer on one line, the title's year on a
line of its own."""

from __future__ import annotations

import unicodedata

import pytest

from kehoach_parser.evaluation.perturb import PERTURBATIONS, _unflattened, apply_perturbations

HEADER = (
    "UBND HUYỆN TÂN PHÚ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n-------\n|\nCỘNG HÒA XÃ HỘI\n"
    "CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 31/KH-PGDĐT\n|\n"
    "Tân Phú, ngày\n9 tháng 4 năm 2027\n|\nKẾ HOẠCH\nPHÁT TRIỂN TRƯỜNG HỌC\nXANH - SẠCH - ĐẸP "
    "NĂM HỌC 2027 - 2028\nCăn cứ hướng dẫn của Sở;\nI. MỤC TIÊU\n"
)
NEW = ("header_columns_in_order", "header_date_first", "header_pipes_empty", "issuer_one_line",
       "title_year_line", "header_one_row")


def _words(text: str) -> list[str]:
    return sorted(w for w in unicodedata.normalize("NFC", text).split() if w.strip("-|"))


@pytest.mark.parametrize("name", NEW)
def test_registered_moving_cells_and_keeping_every_word(name: str) -> None:
    assert name in PERTURBATIONS
    out = apply_perturbations(HEADER, [name], seed="doc")
    assert out != HEADER
    assert _words(out) == _words(HEADER)
    assert out.endswith("Căn cứ hướng dẫn của Sở;\nI. MỤC TIÊU\n")


def test_the_new_orders_of_the_cells() -> None:
    cols = apply_perturbations(HEADER, ["header_columns_in_order"], seed="x").split("\n")
    assert cols[:4] == ["UBND HUYỆN TÂN PHÚ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Số: 31/KH-PGDĐT",
                        "CỘNG HÒA XÃ HỘI"]
    first = apply_perturbations(HEADER, ["header_date_first"], seed="x").split("\n")
    assert first[5:8] == ["Tân Phú, ngày", "9 tháng 4 năm 2027", "Số: 31/KH-PGDĐT"]
    one = apply_perturbations(HEADER, ["issuer_one_line"], seed="x").split("\n")
    assert one[0] == "UBND HUYỆN TÂN PHÚ PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"
    empty = apply_perturbations(HEADER, ["header_pipes_empty"], seed="x").split("\n")
    assert empty[:4] == ["| UBND HUYỆN TÂN PHÚ | | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
                         "| PHÒNG GIÁO DỤC VÀ ĐÀO TẠO | | Độc lập - Tự do - Hạnh phúc |",
                         "| | | |", "| Số: 31/KH-PGDĐT | | Tân Phú, ngày 9 tháng 4 năm 2027 |"]
    row = apply_perturbations(HEADER, ["header_one_row"], seed="x").split("\n")
    assert row[0] == ("| UBND HUYỆN TÂN PHÚ PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Số: 31/KH-PGDĐT | CỘNG HÒA "
                      "XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Tân Phú, ngày 9 "
                      "tháng 4 năm 2027 |")
    year = apply_perturbations(HEADER, ["title_year_line"], seed="x")
    assert "PHÁT TRIỂN TRƯỜNG HỌC\nXANH - SẠCH - ĐẸP\nNĂM HỌC 2027 - 2028\nCăn cứ" in year


def test_a_title_without_a_closing_year_is_left_as_it_is() -> None:
    text = HEADER.replace(" NĂM HỌC 2027 - 2028", "")
    assert apply_perturbations(text, ["title_year_line"], seed="x") == text


@pytest.mark.parametrize("name", NEW)
def test_the_parser_reads_the_same_header_under_each(name: str) -> None:
    import kehoach_parser
    clean = kehoach_parser.parse(HEADER)
    moved = kehoach_parser.parse(apply_perturbations(HEADER, [name], seed="x"))
    fields = ("doc_type", "number", "symbol", "place", "issued_date", "issuer", "title")
    assert [getattr(moved, f) for f in fields] == [getattr(clean, f) for f in fields]
    assert clean.issuer == "Phòng Giáo dục và Đào tạo"


def test_a_side_by_side_header_line_of_bars_only_is_dropped_not_the_whole_header() -> None:
    rows = ["ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI", "| |", "XÃ TÂN HÒA | Độc lập - Tự do"]
    assert _unflattened(rows) == ["ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA", "CỘNG HÒA XÃ HỘI",
                                  "Độc lập - Tự do"]
    # a row of three cells still reads no two columns
    assert _unflattened(["A | B | C", "D | E"]) == []
