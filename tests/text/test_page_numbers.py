"""``is_page_line``: the one test of a page's number printed on a line of its own, shared by
the normaliser and the footer reader (review R18a, finding 8).  Lines written for these
tests."""

from __future__ import annotations

import pytest

from kehoach_parser.text.page_numbers import is_page_line


@pytest.mark.parametrize("text", [
    "2", " 12 ", "2/3", "2 / 3", "- 2 -", "– 12 –", "Trang 2", "trang 2/5", "Page 3",
    "2 of 3", "Page 2 of 3"])
def test_a_page_number_alone_is_a_page_line(text: str) -> None:
    assert is_page_line(text)


@pytest.mark.parametrize("text", [
    "", "Tổ 2", "- Tổ 2;", "2;", "2.", "-2", "- 2", "2 of", "of 3", "2,5", "Trang hai",
    "12345"])
def test_a_line_with_more_than_a_page_number_is_none(text: str) -> None:
    # a word beside the figure, a sign or a dash on one side only, a decimal, five digits
    assert not is_page_line(text)


def test_page_numbers_with_only_blank_lines_between_are_dropped_as_one_break() -> None:
    # a page with no text ("- 2 -" at a foot, "- 3 -" at the next head): one edit, no
    # overlapping ones (they made the normaliser raise)
    from kehoach_parser.text.normalize import normalize
    from kehoach_parser.text.page_numbers import page_number_edits

    text = ("Phát triển nông nghiệp theo hướng hàng hóa.\n\n- 2 -\n\n- 3 -\n\n"
            "Nâng cao thu nhập cho người dân.\n")
    edits = page_number_edits(text)
    assert len(edits) == 1
    assert normalize(text).text.split("\n")[:2] == [
        "Phát triển nông nghiệp theo hướng hàng hóa.", "Nâng cao thu nhập cho người dân."]
    # at the text's start and end too
    edge = "- 1 -\n\n- 2 -\n\nNâng cao thu nhập cho người dân.\n\n- 3 -\n\n- 4 -"
    assert normalize(edge).text == "Nâng cao thu nhập cho người dân."
    # a page number apart from the next by text is its own edit
    apart = "Dòng đầu.\n\n- 2 -\n\nDòng giữa.\n\n- 3 -\n\nDòng cuối.\n"
    assert len(page_number_edits(apart)) == 2


def test_blank_lines_one_side_has_more_of_are_the_texts_own() -> None:
    # a table one cell a paragraph, double-spaced (cells one blank line apart, rows three): a
    # page number printed with one blank line on each side at a row's end leaves the row
    # break as it was
    from kehoach_parser.text.normalize import normalize

    rows = [["Đơn vị", "Số lượng", "Nữ", "Trẻ"], ["Tổng số", "45", "16", "9"],
            ["Khối cơ quan", "14", "5", "3"], ["Khối thôn", "31", "11", "6"]]
    cells = "\n\n\n\n".join("\n\n".join(r) for r in rows) + "\n"
    paged = cells.replace("9\n\n\n\n", "9\n\n- 2 -\n\n\n\n")
    assert paged != cells
    assert normalize(paged).text == normalize(cells).text
    # as many blank lines on both sides: the page number's own, all go (a sentence cut by it)
    cut = "Phát triển nông nghiệp theo\n\n- 2 -\n\nhướng hàng hóa.\n"
    assert normalize(cut).text == "Phát triển nông nghiệp theo hướng hàng hóa."



def test_a_page_head_flush_against_the_text_leaves_no_paragraph_break() -> None:
    from kehoach_parser.text.normalize import normalize

    # review R19c finding 2: the blank lines under a page's head printed flush under the
    # page before are the page's margin when the text has no break of as many blank lines
    paged = "Tổng thu ngân sách nhà nước trên địa bàn xã\n- 2 -\n\n\n50 tỷ đồng.\n"
    assert normalize(paged).text == "Tổng thu ngân sách nhà nước trên địa bàn xã\n50 tỷ đồng."
    # a page's foot: blank lines above the number, the next page's first line flush under it
    foot = "Tổng thu ngân sách nhà nước trên địa bàn xã\n\n\n- 2 -\n50 tỷ đồng.\n"
    assert normalize(foot).text == "Tổng thu ngân sách nhà nước trên địa bàn xã\n50 tỷ đồng."


def test_a_page_head_flush_under_a_heading_or_an_item_joins_no_lines() -> None:
    # negative cases: the page's margin goes, but a heading stays apart from its body, one
    # list item from the next, and a table row from the next
    from kehoach_parser.text.normalize import normalize

    heading = "I. MỤC TIÊU, CHỈ TIÊU\n- 2 -\n\n\n1. Mục tiêu chung\nPhát triển kinh tế.\n"
    assert normalize(heading).text.split("\n")[:2] == ["I. MỤC TIÊU, CHỈ TIÊU",
                                                       "1. Mục tiêu chung"]
    items = ("- Tỷ lệ hộ nghèo giảm còn dưới 2%;\nTrang 3\n\n"
             "- Diện tích lúa chất lượng cao đạt 450 ha.\n")
    assert normalize(items).text.split("\n") == ["- Tỷ lệ hộ nghèo giảm còn dưới 2%;",
                                                "- Diện tích lúa chất lượng cao đạt 450 ha."]
    rows = "1\tThu ngân sách\ttỷ đồng\t120\n\n- 2 -\n2\tDiện tích lúa\tha\t450\n"
    assert len([ln for ln in normalize(rows).text.split("\n") if "\t" in ln]) == 2


def test_a_page_count_at_a_page_head_or_foot_is_a_page_number() -> None:
    # "2/3" flush against the text one side, blank lines the other: dropped when the run
    # holds its neighbour a page apart; a fraction alone in the text is kept
    from kehoach_parser.text.page_numbers import page_number_edits

    body = "\n".join(f"Dòng thứ {k} của kế hoạch phát triển kinh tế xã hội." for k in range(20))
    paged = f"{body}\n2/3\n\n{body}\n\n3/3\n{body}\n"
    assert len(page_number_edits(paged)) == 2
    lone = f"{body}\n2/3\n\n{body}\n"
    assert page_number_edits(lone) == []


def test_a_flush_page_number_keeps_the_texts_own_blank_line_between_paragraphs() -> None:
    # review R20a finding 3: a text that puts a blank line between its paragraphs keeps that
    # break when a page's foot sits flush over the next page's first line (or a page's head
    # flush under the page before); only the blank lines past the text's usual gap go
    from kehoach_parser.text.normalize import normalize

    paras = [f"Mục {k}: xã hoàn thiện hồ sơ đề nghị công nhận đạt chuẩn nông thôn mới."
             for k in range(1, 11)]
    plain = "\n\n".join(paras) + "\n"
    foot = "\n\n".join(paras[:4]) + "\n\n- 2 -\n" + "\n\n".join(paras[4:]) + "\n"
    head = "\n\n".join(paras[:4]) + "\n- 2 -\n\n\n" + "\n\n".join(paras[4:]) + "\n"
    assert normalize(foot).text == normalize(plain).text
    assert normalize(head).text == normalize(plain).text
    assert "\n\nMục 5:" in normalize(foot).text
