"""Issue 11, round H17H: a web page's headline above the document's own header; the issuer
a Party, union or youth body states in a text that lost its header (a congress's resolution,
a union's plan); names' abbreviations spelt out.  Layouts and sentences written for these
tests."""

from __future__ import annotations

from kehoach_parser import parse
from kehoach_parser.extract.casing import expand_written_name
from kehoach_parser.extract.issuer_statement import congress_issuer, stated_issuer

HEADER = ("ỦY BAN NHÂN DÂN\nXÃ HÒA LẠC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "Độc lập - Tự do - Hạnh phúc\nSố: 19/KH-UBND\nHòa Lạc, ngày 3 tháng 2 năm 2029\n\n"
          "KẾ HOẠCH\nTrồng cây xanh trên địa bàn xã năm 2029\n\n"
          "I. MỤC ĐÍCH\nPhủ xanh các tuyến đường.\n")


def test_a_web_headline_above_the_header_is_not_its_type_line() -> None:
    doc = parse("KẾ HOẠCH TRỒNG CÂY XANH TRÊN ĐỊA BÀN XÃ NĂM 2029\n\n" + HEADER)
    assert doc.issuer == "Ủy ban nhân dân xã Hòa Lạc"
    assert (doc.number, doc.symbol) == ("19", "KH-UBND")
    assert (doc.place, doc.issued_date) == ("Hòa Lạc", "2029-02-03")
    assert doc.doc_type == "Kế hoạch"
    assert doc.title == "Trồng cây xanh trên địa bàn xã năm 2029"


def test_a_party_header_under_a_headline_gives_the_lower_body() -> None:
    text = ("NGHỊ QUYẾT HỘI NGHỊ CHI BỘ THÁNG 3 NĂM 2029\n\n"
            "ĐẢNG ỦY XÃ HÒA LẠC          ĐẢNG CỘNG SẢN VIỆT NAM\n"
            "CHI BỘ THÔN ĐÔNG          Hòa Lạc, ngày 5 tháng 3 năm 2029\n"
            "Số: 04-NQ/CB\n\nNGHỊ QUYẾT\nHỘI NGHỊ CHI BỘ THÁNG 3 NĂM 2029\n\n"
            "I. NHIỆM VỤ\nLãnh đạo thu hoạch vụ xuân.\n")
    doc = parse(text)
    assert (doc.issuer or "").casefold() == "chi bộ thôn đông"  # the spec scores it caseless
    assert doc.title == "HỘI NGHỊ CHI BỘ THÁNG 3 NĂM 2029"
    assert doc.issued_date == "2029-03-05"


def test_a_headline_over_a_news_text_is_still_one() -> None:
    # no motto and no type line under it: the first line stays what it was read as
    text = "KẾ HOẠCH TRỒNG CÂY XANH NĂM 2029\n\nNgày 3/2, xã Hòa Lạc tổ chức ra quân trồng cây.\n"
    doc = parse(text)
    assert doc.issuer is None and doc.number is None


def test_a_congress_named_in_its_resolution_is_the_issuer_without_its_term() -> None:
    text = ("Đại hội đại biểu Đảng bộ huyện Sơn Hà lần thứ IV (nhiệm kỳ 2030 - 2035) họp từ "
            "ngày 2 đến ngày 4/10/2030. Đại hội thống nhất quyết nghị:\n"
            "1. Nhất trí với báo cáo chính trị.\n")
    found = congress_issuer(text, 0, len(text))
    assert found is not None and found[0] == "Đại hội đại biểu Đảng bộ huyện Sơn Hà"
    numbered = ("Đại hội Đảng bộ Quận 4 nhiệm kỳ 2030 - 2035 họp ba ngày.\n\nQUYẾT NGHỊ\n\n"
                "Điều 1. Thông qua báo cáo chính trị.\n")
    found = congress_issuer(numbered, 0, len(numbered))
    assert found is not None and found[0] == "Đại hội Đảng bộ Quận 4"


def test_a_congress_that_does_not_resolve_is_news() -> None:
    text = ("Đại hội đại biểu Đảng bộ huyện Sơn Hà lần thứ IV đã diễn ra trong hai ngày. "
            "Đại hội đã bầu Ban Chấp hành khóa mới.\n")
    assert congress_issuer(text, 0, len(text)) is None


def test_a_union_states_its_plan_with_abbreviations_spelt_out() -> None:
    text = ("Căn cứ tình hình thực tế, BCH Công đoàn trường THCS Đông Hòa xây dựng phương "
            "hướng hoạt động năm học 2030 - 2031 như sau:\n")
    found = stated_issuer(text, 0, len(text))
    assert found is not None
    assert found[0] == "Ban Chấp hành Công đoàn trường Trung học cơ sở Đông Hòa"
    # a statement that reports a numbered document is not this one's
    other = "Trước đó, BCH Công đoàn trường THCS Đông Hòa đã ban hành Kế hoạch số 12/KH-CĐ.\n"
    assert stated_issuer(other, 0, len(other)) is None


def test_written_names_expand_school_types_only_after_truong() -> None:
    assert expand_written_name("Chi đoàn trường THPT Lê Lợi") == \
        "Chi đoàn trường Trung học phổ thông Lê Lợi"
    assert expand_written_name("Liên đội TH Lê Lợi") == "Liên đội TH Lê Lợi"
    assert expand_written_name("UBND xã Đông Hòa") == "Ủy ban nhân dân xã Đông Hòa"


def test_a_symbol_cut_inside_its_last_code_is_joined_again() -> None:
    def symbol(number_lines: str) -> str | None:
        text = ("SỞ Y TẾ\nTRUNG TÂM Y TẾ HÒA LẠC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                "Độc lập - Tự do - Hạnh phúc\n" + number_lines
                + "Hòa Lạc, ngày 3 tháng 2 năm 2029\n\nKẾ HOẠCH\nTiêm chủng năm 2029\n\n"
                "I. MỤC ĐÍCH\nTiêm đủ liều.\n")
        return parse(text).symbol
    assert symbol("Số: 12/KH-TT\nYTHL\n") == "KH-TTYTHL"
    assert symbol("Số: 12/TB-VP\nCP\n") == "TB-VPCP"
    # a line that spells a word is no piece of a code
    assert symbol("Số: 12/KH-TTYT\nXÃ\n") == "KH-TTYT"
