"""The year a lead-in gives the "(1) …; (2) …" items printed after it on its own line (project
decision 1): the same as a lead-in line gives the items printed under it, a line each."""

from __future__ import annotations

import pytest
from indicator_helpers import rule_decider  # noqa: F401
from indicator_helpers import years_by_value as _years

_ITEMS = ("(1) Tỷ lệ hộ nghèo giảm còn dưới 1,5%. (2) Thu nhập bình quân đầu người đạt 70 "
          "triệu đồng; tỷ lệ lao động qua đào tạo đạt 75%.")


def test_an_inline_list_takes_the_year_of_its_lead_in() -> None:
    text = "Phấn đấu đạt được các chỉ tiêu chủ yếu đến năm 2030 là: " + _ITEMS + "\n"
    assert _years(text) == {1.5: 2030, 70.0: 2030, 75.0: 2030}


def test_the_same_list_a_line_each_reads_the_same() -> None:
    inline = "Phấn đấu đạt được các chỉ tiêu chủ yếu đến năm 2030 là: " + _ITEMS + "\n"
    lines = ("Phấn đấu đạt được các chỉ tiêu chủ yếu đến năm 2030 là:\n"
             + _ITEMS.replace(" (2)", "\n(2)") + "\n")
    assert _years(inline) == _years(lines)


def test_a_bold_lead_in_gives_its_year() -> None:
    text = "_**Các chỉ tiêu chủ yếu giai đoạn 2026 - 2030:**_ " + _ITEMS + "\n"
    assert _years(text) == {1.5: 2030, 70.0: 2030, 75.0: 2030}


def test_an_item_naming_its_own_year_keeps_it() -> None:
    text = ("Các chỉ tiêu chủ yếu đến năm 2027: (1) Tỷ lệ hộ nghèo đến năm 2030 giảm còn "
            "dưới 1,5%; (2) Thu nhập bình quân đầu người đạt 70 triệu đồng.\n")
    assert _years(text) == {1.5: 2030, 70.0: 2027}


def test_a_lead_in_without_a_colon_gives_none() -> None:
    # the year stays in its own sentence: "(1)" items after a full stop are not its list
    text = "Năm 2030 là năm cuối của kế hoạch. " + _ITEMS + "\n"
    assert _years(text) == {1.5: None, 70.0: None, 75.0: None}


def test_a_year_before_the_count_of_targets_gives_none() -> None:
    # as a lead-in line does (decision 29: only a year the count's own words name)
    text = ("Phấn đấu đến hết năm 2028 hoàn thành 12 chỉ tiêu chủ yếu sau: (1) Tỷ lệ hộ nghèo "
            "giảm còn dưới 1,5%; (2) Thu nhập bình quân đầu người đạt 70 triệu đồng.\n")
    assert _years(text) == {1.5: None, 70.0: None}


# Review R19a finding 4 (M19b): a labelled lead-in gives the same year in both layouts.  A
# numbered or lettered line ending in ":" that names a year heads its list (decision 1), a
# part's label ("I.", "A.", "Điều 1.") heads a part and gives none.
_PLAN = "KẾ HOẠCH\nPhát triển kinh tế - xã hội giai đoạn 2026 - 2030\nI. CHỈ TIÊU\n"
_TWO = ("Tỷ lệ hộ nghèo giảm còn dưới 1,5%;", "Thu nhập bình quân đầu người đạt 70 triệu đồng.")


def _both_layouts(lead: str, bullet: str = "-") -> tuple[dict[float, int | None],
                                                         dict[float, int | None]]:
    inline = f"{_PLAN}{lead} (1) {_TWO[0]} (2) {_TWO[1]}\n"
    lines = f"{_PLAN}{lead}\n{bullet} {_TWO[0]}\n{bullet} {_TWO[1]}\n"
    return _years(inline), _years(lines)


@pytest.mark.parametrize(("lead", "year"), [
    ("Các chỉ tiêu năm 2027:", 2027),
    ("1. Các chỉ tiêu chủ yếu đến năm 2030:", 2030),
    ("a) Các chỉ tiêu năm 2027:", 2027),
    ("2.1. Đến năm 2030:", 2030),
    ("- Các chỉ tiêu năm 2028:", 2028),
])
def test_a_labelled_lead_in_gives_its_year_in_both_layouts(lead: str, year: int) -> None:
    inline, lines = _both_layouts(lead, "+" if lead.startswith("-") else "-")
    assert inline == lines == {1.5: year, 70.0: year}


@pytest.mark.parametrize("lead", [
    "II. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030:",
    "A. CÁC CHỈ TIÊU NĂM 2027:",
    "Điều 2. Các chỉ tiêu chủ yếu năm 2027:",
])
def test_a_part_heading_gives_none_in_both_layouts(lead: str) -> None:
    inline, lines = _both_layouts(lead)
    assert inline == lines == {1.5: None, 70.0: None}


def test_a_numbered_heading_without_a_colon_gives_none() -> None:
    # decision 1: "2.1. Đến năm 2030" is a section heading, not a lead-in
    text = f"{_PLAN}2.1. Đến năm 2030\n- {_TWO[0]}\n- {_TWO[1]}\n"
    assert _years(text) == {1.5: None, 70.0: None}


def test_the_next_number_ends_the_list_of_a_numbered_lead_in() -> None:
    text = (f"{_PLAN}1. Các chỉ tiêu chủ yếu đến năm 2030:\n- {_TWO[0]}\n"
            "2. Tỷ lệ che phủ rừng đạt 45%.\n")
    assert _years(text) == {1.5: 2030, 45.0: None}


def test_a_numbered_item_without_a_year_keeps_the_list_it_is_in() -> None:
    # "1. … 1,5%, trong đó:" is an item of the list under the lead-in, not a new lead-in
    text = (f"{_PLAN}Các chỉ tiêu chủ yếu đến năm 2030:\n"
            "1. Tỷ lệ hộ nghèo giảm còn 1,5%, trong đó:\n- Hộ nghèo dân tộc thiểu số giảm 3%.\n"
            "2. Thu nhập bình quân đầu người đạt 70 triệu đồng.\n")
    assert _years(text) == {1.5: 2030, 3.0: 2030, 70.0: 2030}
