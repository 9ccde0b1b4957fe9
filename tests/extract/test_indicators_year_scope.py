"""How far a year reaches (brief H20Y, issue 12): the lead-in of a sentence or a list, a
heading (none), a table's column header, and the layouts that break a sentence or a list over
lines (decisions 1, 9, 29, 38, 41).  Sentences and tables written for these tests."""

from __future__ import annotations

from indicator_helpers import (
    docx,
    markdown,
    rule_decider,  # noqa: F401
)
from indicator_helpers import years_by_value as _years

# -- a lead-in, a heading, a later list ------------------------------------------------------


def test_a_lead_in_gives_its_year_to_the_list_under_it() -> None:
    text = ("Các chỉ tiêu chủ yếu đến năm 2029:\n"
            "- Tỷ lệ hộ có nước sạch đạt 96%;\n"
            "- Thu nhập bình quân đầu người đạt 82 triệu đồng.\n")
    assert _years(text) == {96.0: 2029, 82.0: 2029}


def test_a_heading_without_a_colon_gives_no_year() -> None:
    text = ("2.1. Đến năm 2029\n"
            "Tỷ lệ hộ có nước sạch đạt 96%.\n"
            "Thu nhập bình quân đầu người đạt 82 triệu đồng.\n")
    assert _years(text) == {96.0: None, 82.0: None}


def test_a_year_does_not_reach_a_list_after_a_paragraph() -> None:
    # the list under the lead-in ends at the paragraph; the list after it has a lead-in of
    # its own that names no year
    text = ("Các chỉ tiêu chủ yếu đến năm 2029:\n"
            "- Tỷ lệ hộ có nước sạch đạt 96%.\n"
            "\n"
            "Huyện giao các xã thực hiện các nhiệm vụ sau:\n"
            "- Trồng mới 140 ha rừng tập trung;\n"
            "- Xây dựng 12 nhà văn hóa thôn.\n")
    years = _years(text)
    assert years[96.0] == 2029
    assert years[140.0] is None and years[12.0] is None


# -- a year in a table's column header --------------------------------------------------------

_ONE_YEAR = [["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2029"],
             ["1", "Tỷ lệ hộ có nước sạch", "%", "96"],
             ["2", "Số xã đạt chuẩn nông thôn mới", "xã", "17"]]

_TWO_YEARS = [["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2028", "Năm 2029"],
              ["1", "Tỷ lệ hộ có nước sạch", "%", "93", "96"],
              ["2", "Số xã đạt chuẩn nông thôn mới", "xã", "14", "17"]]


def test_a_column_header_gives_its_year() -> None:
    for render in (docx, markdown):
        assert _years(render(_ONE_YEAR) + "\n") == {96.0: 2029, 17.0: 2029}


def test_two_year_columns_give_each_value_its_own_year() -> None:
    for render in (docx, markdown):
        assert _years(render(_TWO_YEARS) + "\n") == {93.0: 2028, 96.0: 2029,
                                                      14.0: 2028, 17.0: 2029}


# -- a lead-in's "(1) …; (2) …" whose line breaks before an item (H20Y) ---------------------

_LEAD = "Phấn đấu đạt được các chỉ tiêu chủ yếu đến năm 2029 là: "


def test_items_that_go_on_on_the_next_line_keep_the_lead_in_year() -> None:
    # a wrapped paragraph whose line broke right before "(2)": the items go on
    text = (_LEAD + "(1) Tỷ lệ hộ nghèo giảm còn dưới 1,4%.\n"
            "(2) Thu nhập bình quân đầu người đạt 82 triệu đồng. (3) Tỷ lệ lao động qua đào "
            "tạo đạt 76%.\n"
            "(4) Tỷ lệ che phủ rừng đạt 47%.\n")
    assert _years(text) == {1.4: 2029, 82.0: 2029, 76.0: 2029, 47.0: 2029}


def test_an_item_naming_its_own_year_keeps_it_on_the_next_line() -> None:
    text = (_LEAD + "(1) Tỷ lệ hộ nghèo giảm còn dưới 1,4%.\n"
            "(2) Thu nhập bình quân đầu người đến năm 2031 đạt 82 triệu đồng.\n")
    assert _years(text) == {1.4: 2029, 82.0: 2031}


def test_items_of_another_sequence_take_no_year() -> None:
    # "(1)" again opens another list, and a paragraph between ends the run
    restart = (_LEAD + "(1) Tỷ lệ hộ nghèo giảm còn dưới 1,4%.\n"
               "(1) Thu nhập bình quân đầu người đạt 82 triệu đồng.\n")
    assert _years(restart) == {1.4: 2029, 82.0: None}
    paragraph = (_LEAD + "(1) Tỷ lệ hộ nghèo giảm còn dưới 1,4%.\n"
                 "Năm 2025 là năm cuối của nhiệm kỳ.\n"
                 "(2) Thu nhập bình quân đầu người đạt 82 triệu đồng.\n")
    assert _years(paragraph)[82.0] is None


def test_items_without_a_lead_in_year_take_none() -> None:
    text = ("Phấn đấu đạt được các chỉ tiêu chủ yếu là: (1) Tỷ lệ hộ nghèo giảm còn dưới "
            "1,4%.\n(2) Thu nhập bình quân đầu người đạt 82 triệu đồng.\n")
    assert _years(text) == {1.4: None, 82.0: None}


def test_a_bullet_naming_its_own_year_ends_the_run() -> None:
    # review R20a finding 4: a bullet with a lead-in year of its own between the items is
    # another block; the "(2)" after it is not headed by the first lead-in
    own = (_LEAD + "(1) Tỷ lệ hộ nghèo giảm còn dưới 1,4%.\n"
           "- Trong năm 2027 tỷ lệ trạm y tế có bác sĩ đạt 96%.\n"
           "(2) Thu nhập bình quân đầu người đạt 82 triệu đồng.\n")
    years = _years(own)
    assert years[1.4] == 2029
    assert years[82.0] is None
    # a bullet that names no year is still read as a note inside the run
    plain = own.replace("Trong năm 2027 tỷ lệ", "Tỷ lệ")
    assert _years(plain)[82.0] == 2029


def test_a_table_between_the_items_ends_the_run() -> None:
    table = markdown([["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch"],
                      ["1", "Số trạm y tế đạt chuẩn", "trạm", "14"]])
    text = (_LEAD + "(1) Tỷ lệ hộ nghèo giảm còn dưới 1,4%.\n" + table + "\n"
            "(2) Thu nhập bình quân đầu người đạt 82 triệu đồng.\n")
    assert _years(text)[82.0] is None


# -- a sentence broken over two lines (H20Y) --------------------------------------------------


def test_a_sentence_going_on_on_the_next_line_keeps_its_lead_in_year() -> None:
    text = ("Ủy ban giao ngành y tế các chỉ tiêu; cụ thể, phấn đấu trong năm 2029 toàn huyện "
            "đạt 31,5 giường bệnh/vạn dân;\n"
            "8,7 bác sĩ/vạn dân; 96% trạm y tế xã có bác sĩ.\n")
    assert _years(text) == {31.5: 2029, 8.7: 2029, 96.0: 2029}


def test_the_next_sentence_after_the_break_takes_no_year() -> None:
    text = ("Ủy ban giao ngành y tế các chỉ tiêu; cụ thể, phấn đấu trong năm 2029 toàn huyện "
            "đạt 31,5 giường bệnh/vạn dân;\n"
            "8,7 bác sĩ/vạn dân. Tỷ lệ trạm y tế có bác sĩ đạt 96%.\n")
    years = _years(text)
    assert years[8.7] == 2029
    assert years[96.0] is None


def test_a_closed_sentence_or_a_new_paragraph_passes_nothing() -> None:
    closed = ("Phấn đấu trong năm 2029 toàn huyện đạt 31,5 giường bệnh/vạn dân.\n"
              "8,7 bác sĩ/vạn dân là mức của vùng.\n")
    assert _years(closed)[8.7] is None
    blank = ("Phấn đấu trong năm 2029 toàn huyện đạt 31,5 giường bệnh/vạn dân;\n"
             "\n"
             "8,7 bác sĩ/vạn dân; 96% trạm y tế xã có bác sĩ.\n")
    years = _years(blank)
    assert years[8.7] is None and years[96.0] is None


def test_a_line_with_no_sign_at_its_end_passes_nothing_to_a_figure_first() -> None:
    # review R20a finding 2: a line that ends with no sign at all, then a line that opens
    # with a figure, is as often a new sentence: the figure-led line takes no lead-in year
    no_sign = ("Ủy ban giao ngành y tế các chỉ tiêu; cụ thể, phấn đấu trong năm 2029 toàn "
               "huyện đạt 31,5 giường bệnh/vạn dân\n"
               "96% trạm y tế xã có bác sĩ, tỷ lệ tiêm chủng đạt 98,5%.\n")
    years = _years(no_sign)
    assert years[31.5] == 2029
    assert years[96.0] is None and years[98.5] is None
    # a small letter first still goes on with the sentence
    lower = no_sign.replace("\n96% trạm", "\nvà 96% trạm")
    assert _years(lower)[96.0] == 2029


def test_a_target_naming_its_own_year_passes_it_not() -> None:
    # the year after the name is that target's own (not a lead-in of the sentence)
    text = ("Tỷ lệ hộ có nước sạch đến năm 2029 đạt 96%;\n"
            "số xã đạt chuẩn nông thôn mới đạt 17 xã.\n")
    years = _years(text)
    assert years[96.0] == 2029
    assert years[17.0] is None
