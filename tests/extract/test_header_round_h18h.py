"""Issue 11, round H18H: the place-and-date line printed inside a title (a PDF's two columns
read row by row), and a page's number inside the recipients' list.  Layouts and sentences
written for these tests."""

from __future__ import annotations

from kehoach_parser import parse

TOP = ("ỦY BAN NHÂN DÂN\nXÃ BÌNH MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\nSố: 27/KH-UBND\n")
BODY = "\nI. MỤC ĐÍCH\nGiữ gìn vệ sinh môi trường.\n"


def test_a_date_line_between_the_titles_lines_is_the_headers_date() -> None:
    doc = parse(TOP + "KẾ HOẠCH\nRa quân làm sạch kênh mương\nBình Minh, ngày 4 tháng 5 năm 2030\n"
                "trên địa bàn xã năm 2030\n" + BODY)
    assert doc.title == "Ra quân làm sạch kênh mương trên địa bàn xã năm 2030"
    assert (doc.place, doc.issued_date) == ("Bình Minh", "2030-05-04")


def test_a_date_line_inside_a_capital_title() -> None:
    doc = parse(TOP + "KẾ HOẠCH\nRA QUÂN LÀM SẠCH KÊNH MƯƠNG\nBình Minh, ngày 4 tháng 5 năm 2030\n"
                "TRÊN ĐỊA BÀN XÃ NĂM 2030\n" + BODY)
    assert doc.title == "RA QUÂN LÀM SẠCH KÊNH MƯƠNG TRÊN ĐỊA BÀN XÃ NĂM 2030"
    assert doc.issued_date == "2030-05-04"


def test_a_date_line_under_the_title_does_not_replace_the_headers_date() -> None:
    doc = parse(TOP + "Bình Minh, ngày 4 tháng 5 năm 2030\n\nKẾ HOẠCH\n"
                "Ra quân làm sạch kênh mương\nAn Phú, ngày 9 tháng 9 năm 2031\n" + BODY)
    assert doc.title == "Ra quân làm sạch kênh mương"
    assert (doc.place, doc.issued_date) == ("Bình Minh", "2030-05-04")


def test_a_title_line_that_merely_names_a_date_stays_in_the_title() -> None:
    # a date inside the title's words ("… từ ngày …") is no place-and-date line
    doc = parse(TOP + "Bình Minh, ngày 4 tháng 5 năm 2030\n\nKẾ HOẠCH\n"
                "Tổ chức tháng hành động vì môi trường\ntừ ngày 1 tháng 6 năm 2030\n" + BODY)
    assert doc.title == "Tổ chức tháng hành động vì môi trường từ ngày 1 tháng 6 năm 2030"


FOOTER_HEAD = TOP + "Bình Minh, ngày 4 tháng 5 năm 2030\n\nKẾ HOẠCH\nRa quân làm sạch kênh\n" + BODY


def test_a_page_number_inside_the_recipients_is_no_recipient() -> None:
    doc = parse(FOOTER_HEAD + "\nNơi nhận:\n- Đảng ủy xã (b/c);\n- Các hội đoàn thể;\n\n2\n\n"
                "- Các thôn, ấp;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Lộc\n")
    assert list(doc.recipients) == [
        "Đảng ủy xã (b/c)", "Các hội đoàn thể", "Các thôn, ấp"]
    assert doc.archive == ["VT"]


def test_a_numbered_line_with_text_inside_the_recipients_is_kept() -> None:
    # an item that holds words beside a figure is a recipient, and a figure on an item's
    # line is no page break
    doc = parse(FOOTER_HEAD + "\nNơi nhận:\n- Đảng ủy xã (b/c);\n- Tổ 2;\n- Tổ 3/4;\n"
                "- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Lộc\n")
    assert list(doc.recipients) == ["Đảng ủy xã (b/c)", "Tổ 2", "Tổ 3/4"]


def test_a_page_number_right_above_an_item_in_a_folded_copy() -> None:
    # a double-spaced copy whose blank lines were folded keeps one of the two
    doc = parse(FOOTER_HEAD + "\nNơi nhận:\n- Đảng ủy xã (b/c);\n\n3/3\n- Các thôn, ấp;\n"
                "- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Lộc\n")
    assert list(doc.recipients) == ["Đảng ủy xã (b/c)", "Các thôn, ấp"]


def test_a_footer_read_row_by_row_one_cell_a_line() -> None:
    doc = parse(FOOTER_HEAD + "\nNơi nhận:\nTM. ỦY BAN NHÂN DÂN\n- Đảng ủy xã (b/c);\nCHỦ TỊCH\n"
                "- Các hội đoàn thể;\n(đã ký)\n- Các thôn, ấp;\nTrần Văn Lộc\n- Lưu: VT.\n")
    assert list(doc.recipients) == ["Đảng ủy xã (b/c)", "Các hội đoàn thể", "Các thôn, ấp"]
    assert doc.archive == ["VT"]
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [
        ("Trần Văn Lộc", "Chủ tịch", "TM.")]


def test_a_bulleted_list_far_under_the_signature_is_not_a_recipient() -> None:
    # the recipients closed by their archive line: a list after the signature is the body's
    doc = parse(FOOTER_HEAD + "\nNơi nhận:\n- Đảng ủy xã (b/c);\n- Lưu: VT.\n\n"
                "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Lộc\n- Các thôn, ấp;\n")
    assert list(doc.recipients) == ["Đảng ủy xã (b/c)"]


def test_a_sentence_with_a_comma_before_its_date_is_no_date_line() -> None:
    # "Lớp học từ Hòa Bình, ngày …" opens with a clause, not a place's name
    doc = parse(TOP + "KẾ HOẠCH\nMở lớp bồi dưỡng\nLớp học từ Hòa Bình, ngày 2 tháng 9 năm 2030 "
                "đến hết ngày 9 tháng 9 năm 2030.\n" + BODY)
    assert doc.issued_date is None and doc.place is None


# review R18a, finding 2: a title line that ends with an event's date is no place-and-date
# line when its date words are in capitals or its "place" is longer than a place's name

def test_a_capital_title_line_ending_with_an_event_date_stays_in_the_title() -> None:
    doc = parse(TOP + "Bình Minh, ngày 4 tháng 12 năm 2030\n\nKẾ HOẠCH\nTỔ CHỨC HỘI NGHỊ\n"
                "TỔNG KẾT CÔNG TÁC ĐOÀN, NGÀY 26 THÁNG 12 NĂM 2030\n" + BODY)
    assert doc.title == ("TỔ CHỨC HỘI NGHỊ TỔNG KẾT CÔNG TÁC ĐOÀN, "
                         "NGÀY 26 THÁNG 12 NĂM 2030")
    assert (doc.place, doc.issued_date) == ("Bình Minh", "2030-12-04")


def test_a_long_title_case_line_ending_with_a_date_stays_in_the_title() -> None:
    doc = parse(TOP + "Bình Minh, ngày 4 tháng 12 năm 2030\n\nKẾ HOẠCH\nTổ chức hội nghị tổng kết\n"
                "Công Tác Đoàn Và Phong Trào Thanh Niên, ngày 26 tháng 12 năm 2030\n" + BODY)
    assert doc.title == ("Tổ chức hội nghị tổng kết Công Tác Đoàn Và Phong Trào Thanh Niên, "
                         "ngày 26 tháng 12 năm 2030")
    assert doc.issued_date == "2030-12-04"


def test_a_place_with_unit_words_and_four_name_words_is_still_a_place() -> None:
    # the unit words ("thành phố") do not count toward a place's length
    doc = parse(TOP + "KẾ HOẠCH\nRa quân làm sạch kênh mương\n"
                "Thành phố Hồ Chí Minh Mới, ngày 4 tháng 5 năm 2030\n" + BODY)
    assert doc.title == "Ra quân làm sạch kênh mương"
    assert doc.issued_date == "2030-05-04"


def test_a_page_number_with_its_count_inside_the_recipients_is_no_recipient() -> None:
    # the footer knows every form of page number the normaliser knows ("2 of 3"): R18a, 8
    doc = parse(FOOTER_HEAD + "\nNơi nhận:\n- Đảng ủy xã (b/c);\n- Các hội đoàn thể;\n\n"
                "2 of 3\n\n- Các thôn, ấp;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n"
                "Trần Văn Lộc\n")
    assert list(doc.recipients) == [
        "Đảng ủy xã (b/c)", "Các hội đoàn thể", "Các thôn, ấp"]
