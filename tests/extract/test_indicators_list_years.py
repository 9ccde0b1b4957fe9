"""The year a lead-in gives the list it opens (project decisions 1, 29, 38): a line that counts
the targets gives the year its count names ("12 chỉ tiêu … nhiệm kỳ 2026 - 2031 như sau:"),
numbered items "1." "2." with figures under it keep that year until a line without a figure
or a paragraph; a sentence that names the year and opens a list with ":" gives it to the
sentences of its paragraph after it."""

from __future__ import annotations

from indicator_helpers import rule_decider  # noqa: F401
from indicator_helpers import years_by_value as _years


def test_a_counted_lead_in_gives_the_year_its_count_names() -> None:
    text = ("Đại hội biểu quyết 12 chỉ tiêu chủ yếu của Đảng bộ xã nhiệm kỳ 2026 - 2031 như "
            "sau:\n"
            "1. Tỷ lệ hộ nghèo giảm còn dưới 1,5%\n"
            "2. Thu nhập bình quân đầu người đạt 70 triệu đồng\n")
    assert _years(text) == {1.5: 2031, 70.0: 2031}


def test_a_year_before_the_count_gives_the_list_none() -> None:
    # the year is that of the striving, not named by the count (the held-out fixtures' reading)
    text = ("Phấn đấu đến hết năm 2028 hoàn thành 12 chỉ tiêu chủ yếu sau:\n"
            "- Tỷ lệ hộ nghèo giảm còn dưới 1,5%;\n"
            "- Thu nhập bình quân đầu người đạt 70 triệu đồng.\n")
    assert _years(text) == {1.5: None, 70.0: None}


def test_a_numbered_line_without_a_figure_ends_the_list() -> None:
    text = ("Đại hội biểu quyết 12 chỉ tiêu chủ yếu của Đảng bộ xã nhiệm kỳ 2026 - 2031 như "
            "sau:\n"
            "1. Tỷ lệ hộ nghèo giảm còn dưới 1,5%\n"
            "2. Nhiệm vụ và giải pháp\n"
            "3. Thu nhập bình quân đầu người đạt 70 triệu đồng\n")
    assert _years(text) == {1.5: 2031, 70.0: None}


def test_a_paragraph_ends_the_list() -> None:
    text = ("Các chỉ tiêu chủ yếu đến năm 2030:\n"
            "1. Tỷ lệ hộ nghèo giảm còn dưới 1,5%\n"
            "Thu nhập bình quân đầu người đạt 70 triệu đồng.\n")
    assert _years(text) == {1.5: 2030, 70.0: None}


def test_a_sentence_opening_a_list_gives_its_year_to_the_next_sentences() -> None:
    text = ("Nhiệm kỳ 2026 - 2031, Hội Nông dân xã đề ra một số chỉ tiêu như: 100% chi hội "
            "hoạt động tốt. Trên 75% hộ hội viên đạt danh hiệu sản xuất giỏi; có thêm 3 hợp "
            "tác xã nông nghiệp.\n")
    assert _years(text) == {100.0: 2031, 75.0: 2031, 3.0: 2031}


def test_a_sentence_naming_the_year_without_a_colon_keeps_it() -> None:
    # no list opened: the year stays in its sentence (decision 38)
    text = ("Nhiệm kỳ 2026 - 2031, Hội Nông dân xã đề ra một số chỉ tiêu về 100% chi hội "
            "hoạt động tốt. Trên 75% hộ hội viên đạt danh hiệu sản xuất giỏi.\n")
    assert _years(text)[75.0] is None
    # a list opened by a sentence announcing no targets carries nothing either
    text = ("Năm 2027, xã tập trung vào các lĩnh vực sau: 100% chi hội hoạt động tốt. Trên "
            "75% hộ hội viên đạt danh hiệu sản xuất giỏi.\n")
    assert _years(text)[75.0] is None
