"""A year or a period the target's own words name (issue 12, H18Y): a period in the clause
("… bình quân 7%/năm thời kỳ 2026-2035", "giai đoạn 2026-2030 còn 6%/năm", "bình quân 5 năm
(2026-2030) đạt 8%") gives its end year, as a period in a lead-in does (decision 1), unless
a standard or a baseline qualifies it; a table row whose name says "(đến năm 2027)" takes
that year.  Sentences and tables written for the test."""

from __future__ import annotations

import pytest
from indicator_helpers import docx, extract, rule_decider  # noqa: F401
from indicator_helpers import years_by_value as _years

from kehoach_parser.extract.indicators.names import clause_period_end, clause_year
from kehoach_parser.extract.indicators.values import find_quantities


def _clause_year(text: str) -> int | None:
    return clause_year(text, (0, len(text)), None, periods=True)


@pytest.mark.parametrize(("clause", "year"), [
    ("tốc độ tăng năng suất lao động bình quân đạt 7%/năm thời kỳ 2026-2035", 2035),
    ("tỉnh hạ chỉ tiêu tăng trưởng giai đoạn 2026 - 2030 còn 6%/năm", 2030),
    ("tốc độ tăng GRDP bình quân 5 năm (2026–2030) đạt 8,5%", 2030),
    # a year phrase of the clause wins over its period
    ("thu ngân sách giai đoạn 2026-2030 đến năm 2028 đạt 900 tỷ đồng", 2028),
])
def test_a_period_the_clause_names_gives_its_end_year(clause: str, year: int) -> None:
    assert _clause_year(clause) == year


@pytest.mark.parametrize("clause", [
    # the period of a standard, of a baseline
    "tỷ lệ hộ nghèo (theo chuẩn nghèo giai đoạn 2026 - 2030) giảm 1%",
    "vốn đầu tư tăng 20% so với giai đoạn 2021-2025",
    # a span without a period word or brackets: a range of figures, not of years
    "diện tích trồng mới 2010-2030 ha",
    # no period at all
    "tỷ lệ che phủ rừng đạt 45%",
])
def test_a_qualified_or_missing_period_gives_no_year(clause: str) -> None:
    assert _clause_year(clause) is None


def test_a_period_after_the_value_reaches_the_record() -> None:
    text = ("Nghị quyết đề ra mục tiêu tốc độ tăng trưởng bình quân đạt trên 7%/năm thời kỳ "
            "2026-2035.")
    assert _years(text) == {7.0: 2035}


def test_a_row_naming_its_year_gives_it_to_its_cells() -> None:
    text = docx([
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Ghi chú"],
        ["1", "Giá trị xuất khẩu (đến năm 2028)", "Triệu USD", "120", ""],
        ["2", "Tỷ lệ lao động qua đào tạo", "%", "75", ""],
    ])
    assert {i.value: i.year for i in extract(text)} == {120.0: 2028, 75.0: None}


def test_a_row_that_is_only_a_year_or_a_plan_name_gives_none() -> None:
    text = docx([
        ["STT", "Nội dung", "Tổng", "Ngân sách tỉnh", "Ghi chú"],
        ["1", "Năm 2028", "400", "300", ""],
        ["2", "Lập quy hoạch chung đến 2035", "100", "80", ""],
    ])
    # (R18a finding 10: the records themselves, so that losing the rows fails the test)
    assert sorted((i.value, i.year) for i in extract(text)) == [
        (80.0, None), (100.0, None), (300.0, None), (400.0, None)]


PLAN_2027 = "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2027\n\nI. CHỈ TIÊU CHỦ YẾU\n"


@pytest.mark.parametrize(("sentence", "value"), [
    # R18a finding 1: a period in the comparison after the value's comma is the base the
    # figure is compared with, not the figure's time
    ("- Tốc độ tăng trưởng kinh tế đạt 8,5%, cao hơn mức bình quân giai đoạn 2021-2025.", 8.5),
    ("- Tỷ lệ hộ nghèo giảm 1,5%, bằng mức giảm bình quân của giai đoạn 2021-2025.", 1.5),
    ("- Thu ngân sách trên địa bàn đạt 640 tỷ đồng, vượt mục tiêu thời kỳ 2021-2025.", 640.0),
    ("- Sản lượng lương thực đạt 52 nghìn tấn; cao hơn bình quân thời kỳ 2021-2025.", 52.0),
])
def test_a_period_in_a_comparison_after_the_value_gives_no_year(sentence: str,
                                                                value: float) -> None:
    assert _years(PLAN_2027 + sentence + "\n") == {value: None}


@pytest.mark.parametrize(("sentence", "value", "year"), [
    # the value's own clause still gives its period, before or after the value
    ("- Tốc độ tăng năng suất lao động bình quân đạt 7%/năm thời kỳ 2026-2035, cao hơn "
     "mức bình quân cả nước.", 7.0, 2035),
    ("- Giai đoạn 2026 - 2030, tỉnh phấn đấu tốc độ tăng trưởng đạt 6%/năm, bằng mức "
     "bình quân giai đoạn 2021-2025.", 6.0, 2030),
])
def test_the_values_own_clause_still_gives_its_period(sentence: str, value: float,
                                                      year: int) -> None:
    assert _years(PLAN_2027 + sentence + "\n") == {value: year}


def test_clause_year_reads_a_period_only_when_asked() -> None:
    # R18a finding 5: the callers that did not measure periods keep the year phrase only
    clause = "tốc độ tăng năng suất lao động bình quân đạt 7%/năm thời kỳ 2026-2035"
    assert clause_year(clause, (0, len(clause)), None) is None
    assert clause_year(clause, (0, len(clause)), None, periods=True) == 2035


def test_a_row_name_with_a_period_gives_no_year_with_or_without_a_baseline() -> None:
    # R18a finding 5: a baseline's "năm" beside the period made one row take the period's end
    text = docx([
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Ghi chú"],
        ["1", "Tốc độ tăng doanh thu bình quân thời kỳ 2026-2030 so với năm 2025", "%", "9",
         ""],
        ["2", "Số lao động có việc làm mới thời kỳ 2026-2030", "người", "1500", ""],
    ])
    assert {i.value: i.year for i in extract(text)} == {9.0: None, 1500.0: None}


def test_a_qualitative_item_naming_a_programmes_period_gives_no_year() -> None:
    # R18a finding 5: the period names the programme, not the item's time
    text = ("I. MỤC TIÊU\n2. Chỉ tiêu cụ thể\n(1) Tăng trưởng kinh tế đạt 8%.\n"
            "(2) Hoàn thành đề án chuyển đổi số của huyện giai đoạn 2026-2030.\n")
    assert [(i.label, i.value, i.year) for i in extract(text)] == [
        ("(1)", 8.0, None), ("(2)", None, None)]


@pytest.mark.parametrize(("sentence", "value", "year"), [
    # R18b finding 4: a period phrase right after the value's comma is the value's own time
    ("1. Tốc độ tăng trưởng kinh tế bình quân đạt 8%/năm, giai đoạn 2026-2030.", 8.0, 2030),
    ("1. Tốc độ tăng trưởng kinh tế bình quân đạt 6,5%/năm, thời kỳ 2026-2030.", 6.5, 2030),
    ("- Năng suất lao động xã hội tăng bình quân 7%/năm, trong giai đoạn 2026 - 2035.",
     7.0, 2035),
])
def test_a_period_right_after_the_values_comma_gives_its_end_year(sentence: str,
                                                                  value: float,
                                                                  year: int) -> None:
    assert _years(PLAN_2027 + sentence + "\n") == {value: year}



def test_a_decimal_comma_after_the_value_does_not_end_its_words() -> None:
    # R18b finding 4: the comma of "1,5 lần" is a decimal comma, not a break of the clause
    clause = "giá trị sản xuất tăng 9%/năm, bằng 1,5 lần thời kỳ 2026-2030"
    q = find_quantities(clause, 0, len(clause))[0]
    assert q.value == 9.0
    assert clause_period_end(clause, (0, len(clause)), q) is None  # the comma before "bằng"
    clause = "giá trị sản xuất tăng 9%/năm gấp 1,5 lần thời kỳ 2026-2030"
    q = find_quantities(clause, 0, len(clause))[0]
    assert clause_period_end(clause, (0, len(clause)), q) == 2030


@pytest.mark.parametrize(("sentence", "value"), [
    # a comparison or a qualified period after the comma stays the base, not the time
    ("- Tốc độ tăng trưởng đạt 7%, cao hơn bình quân thời kỳ 2026-2030.", 7.0),
    ("- Tỷ lệ đô thị hóa đạt 45%, so với giai đoạn 2021-2025 tăng 5 điểm.", 45.0),
])
def test_a_comparison_after_the_values_comma_still_gives_no_year(sentence: str,
                                                                 value: float) -> None:
    assert _years(PLAN_2027 + sentence + "\n")[value] is None
