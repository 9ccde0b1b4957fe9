"""Titles of copies that lost their type line (the type comes from the symbol), read as a
title under a type line is.  Layouts written for these tests."""

from __future__ import annotations

import kehoach_parser
from kehoach_parser.context import ParseContext
from kehoach_parser.extract.header_title import TITLE_MAX_LINES, _title
from kehoach_parser.text.lines import split_lines
from kehoach_parser.text.normalize import normalize

_TOP = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "XÃ ĐÔNG LĨNH\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 31/KH-UBND\tĐông Lĩnh, ngày 14 tháng 02 năm 2026\n\n")
_BODY = "\nCăn cứ Luật Phòng thủ dân sự năm 2023;\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"


def _parse(title_lines: str) -> kehoach_parser.Document:
    return kehoach_parser.parse(_TOP + title_lines + "\n" + _BODY)


def test_a_title_in_capitals_over_a_blank_line_without_a_type_line() -> None:
    doc = _parse("PHÒNG THỦ DÂN SỰ TRÊN ĐỊA BÀN XÃ\n\nGIAI ĐOẠN 2026 - 2030")
    assert doc.doc_type == "Kế hoạch"
    assert doc.title == "PHÒNG THỦ DÂN SỰ TRÊN ĐỊA BÀN XÃ GIAI ĐOẠN 2026 - 2030"


def test_a_title_in_capitals_wrapped_without_a_type_line_stops_at_the_body() -> None:
    doc = _parse("PHÒNG THỦ DÂN SỰ TRÊN ĐỊA BÀN\nXÃ ĐÔNG LĨNH NĂM 2026")
    assert doc.title == "PHÒNG THỦ DÂN SỰ TRÊN ĐỊA BÀN XÃ ĐÔNG LĨNH NĂM 2026"
    assert doc.sections and doc.sections[0].label == "I"


def test_a_title_opening_above_a_line_that_starts_with_a_type_word() -> None:
    # "CHƯƠNG TRÌNH …" opens the title's second line; the symbol gives the type, and the
    # title starts on the line above
    doc = _parse("THỰC HIỆN CÁC NỘI DUNG THUỘC\nCHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG "
                 "THÔN MỚI\nNĂM 2026")
    assert doc.doc_type == "Kế hoạch"
    assert doc.title == ("THỰC HIỆN CÁC NỘI DUNG THUỘC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY "
                         "DỰNG NÔNG THÔN MỚI NĂM 2026")


def test_a_title_that_opens_with_a_type_word_is_still_whole() -> None:
    doc = _parse("CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI\nNĂM 2026")
    assert doc.doc_type == "Kế hoạch"
    assert doc.title == "CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI NĂM 2026"


def test_a_body_paragraph_in_small_letters_is_no_untyped_title() -> None:
    doc = kehoach_parser.parse(_TOP + "Thực hiện Kế hoạch số 12/KH-UBND của huyện, Ủy ban "
                               "nhân dân xã xây dựng kế hoạch như sau:\n" + _BODY)
    assert doc.title is None


_TYPED = ("ỦY BAN NHÂN DÂN\nXÃ ĐÔNG LĨNH\nSố: 31/KH-UBND\nĐông Lĩnh, ngày 14 tháng 02 năm 2026\n"
          "KẾ HOẠCH\n")


def test_the_first_paragraph_right_under_a_title_in_small_letters_is_the_body() -> None:
    # no blank line between the title and the body's first paragraph (a web copy)
    text = _TYPED + ("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026\n"
                     "Xã Đông Lĩnh có 12 thôn với 3.200 hộ dân sinh sống ổn định từ nhiều năm. "
                     "Nhân dân trong xã đoàn kết, tích cực tham gia các phong trào thi đua.\n"
                     "I. MỤC ĐÍCH, YÊU CẦU\n")
    assert kehoach_parser.parse(text).title == ("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc "
                                                "năm 2026")


def test_a_title_line_with_an_abbreviated_place_is_not_the_body() -> None:
    # "TP. Hồ Chí Minh": the stop closes an abbreviation, not a sentence
    text = _TYPED + ("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026 tại các khu phố\n"
                     "trên địa bàn các phường thuộc TP. Hồ Chí Minh và các xã lân cận của tỉnh\n\n"
                     "I. MỤC ĐÍCH, YÊU CẦU\n")
    assert kehoach_parser.parse(text).title == (
        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026 tại các khu phố trên địa bàn "
        "các phường thuộc TP. Hồ Chí Minh và các xã lân cận của tỉnh")


def test_a_title_left_open_goes_on_whatever_its_next_line_holds() -> None:
    text = _TYPED + ("Triển khai thực hiện Nghị quyết số 15/NQ-HĐND ngày 10/12/2025 của\n"
                     "Hội đồng nhân dân xã về phát triển kinh tế - xã hội năm 2026. Kế hoạch "
                     "thay thế Kế hoạch số 09/KH-UBND\n\nI. MỤC ĐÍCH, YÊU CẦU\n")
    title = kehoach_parser.parse(text).title
    assert title is not None and title.startswith("Triển khai thực hiện Nghị quyết")
    assert "Hội đồng nhân dân xã" in title


_TOP_NO_FIELDS = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                  "XÃ ĐÔNG LĨNH\tĐộc lập - Tự do - Hạnh phúc\n\n")


def test_the_number_and_date_printed_under_the_type_line() -> None:
    text = _TOP_NO_FIELDS + ("KẾ HOẠCH\nSố: 31/KH-UBND\nĐông Lĩnh, ngày 14 tháng 02 năm 2026\n"
                             "Diễn tập phòng thủ dân sự năm 2026\n" + _BODY)
    doc = kehoach_parser.parse(text)
    assert (doc.number, doc.symbol) == ("31", "KH-UBND")
    assert (doc.place, doc.issued_date) == ("Đông Lĩnh", "2026-02-14")
    assert doc.title == "Diễn tập phòng thủ dân sự năm 2026"


def test_a_title_that_opens_with_a_number_word_is_no_number_line() -> None:
    # "Số hóa …" opens a title, not a number line: the title is read whole
    text = _TOP + "KẾ HOẠCH\nSố hóa hồ sơ, tài liệu lưu trữ năm 2026\n" + _BODY
    doc = kehoach_parser.parse(text)
    assert doc.title == "Số hóa hồ sơ, tài liệu lưu trữ năm 2026"
    assert (doc.number, doc.symbol) == ("31", "KH-UBND")


def test_the_attachment_note_under_a_title_is_not_part_of_it() -> None:
    text = _TOP + ("KẾ HOẠCH\nDiễn tập phòng thủ dân sự năm 2026\n"
                   "(Ban hành kèm theo Quyết định số 20/QĐ-UBND ngày 12/02/2026 của UBND xã)\n"
                   + _BODY)
    assert kehoach_parser.parse(text).title == "Diễn tập phòng thủ dân sự năm 2026"


def test_a_bracket_inside_a_title_stays() -> None:
    text = _TOP + ("KẾ HOẠCH\nDiễn tập phòng thủ dân sự năm 2026\n(Đợt 2, cụm xã phía Bắc)\n"
                   + _BODY)
    title = kehoach_parser.parse(text).title
    assert title is not None and title.endswith("(Đợt 2, cụm xã phía Bắc)")


def test_a_title_without_a_type_line_runs_over_at_most_its_line_cap() -> None:
    # ten capital lines under the header and no type line: the title keeps the first
    # TITLE_MAX_LINES of them, not the whole capital block
    block = [f"NỘI DUNG DÒNG {word} CỦA KHỐI CHỮ IN HOA"
             for word in ("MỘT", "HAI", "BA", "BỐN", "NĂM", "SÁU", "BẢY", "TÁM", "CHÍN", "MƯỜI")]
    doc = _parse("\n".join(block))
    assert doc.title == " ".join(block[:TITLE_MAX_LINES])


def test_a_title_without_a_type_line_within_its_cap_is_whole() -> None:
    block = [f"NỘI DUNG DÒNG {word} CỦA TIÊU ĐỀ" for word in ("MỘT", "HAI", "BA")]
    assert _parse("\n".join(block)).title == " ".join(block)


def _ctx(text: str) -> ParseContext:
    aligned = normalize(text)
    return ParseContext(aligned=aligned, lines=split_lines(aligned.text))


def test_no_title_after_the_line_before_the_first_is_the_text_start() -> None:
    # the title would follow line -1 (the text's first line opens it); with no title there
    # the body starts at the text's start, not at the end of its last line
    ctx = _ctx("| STT | Nội dung |\nCăn cứ Luật Phòng thủ dân sự năm 2023;\n")
    assert _title(ctx, -1) == 0
    assert ctx.metadata.title is None


def test_no_title_after_a_type_line_starts_the_body_after_that_line() -> None:
    ctx = _ctx("KẾ HOẠCH\n| STT | Nội dung |\n")
    assert _title(ctx, 0) == ctx.lines[0].end
    assert ctx.metadata.title is None


def test_a_short_title_line_with_a_stop_inside_stays_in_the_title() -> None:
    # a stop inside a line shorter than TITLE_BODY_LINE_MIN_CHARS is the title's own
    text = _TYPED + ("Phát triển du lịch cộng đồng trên địa bàn xã Đông Lĩnh\n"
                     "Giai đoạn 2026 - 2030; Tầm nhìn đến năm 2045\n\nI. MỤC ĐÍCH, YÊU CẦU\n")
    assert kehoach_parser.parse(text).title == (
        "Phát triển du lịch cộng đồng trên địa bàn xã Đông Lĩnh Giai đoạn 2026 - 2030; "
        "Tầm nhìn đến năm 2045")
