"""The year a lead-in gives the "(1) …; (2) …" items printed after it on its own line (project
decision 1): the same as a lead-in line gives the items printed under it, a line each."""

from __future__ import annotations

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
