"""A sentence that names the year and announces the targets after it (project decision 29):
"… thông qua 16 chỉ tiêu nhiệm kỳ 2026-2030. Cụ thể, …", "các mục tiêu … năm 2027", "đặt
ra mục tiêu …", "chỉ tiêu năm 2027 về …", and a paragraph announcing them over a "Trong đó, …"
paragraph.  Names of programmes ("Chương trình mục tiêu quốc gia") announce nothing, and a
year beside them stays out; a year that heads the sentence wins over one it only names; a
year inside the name of a cited plan ("Đề án … năm 2027") names the plan (decision 36)."""

from __future__ import annotations

import pytest
from indicator_helpers import rule_decider  # noqa: F401
from indicator_helpers import years_by_value as _years

from kehoach_parser.extract.indicators.clauses import announced_year, lead_in_year


def _lead(text: str) -> int | None:
    return lead_in_year(text, 0, len(text))


@pytest.mark.parametrize(("lead", "year"), [
    ("Hội nghị biểu quyết thông qua 12 chỉ tiêu nhiệm kỳ 2026-2031", 2031),
    ("Phường thống nhất các mục tiêu, nhiệm vụ phát triển năm 2027", 2027),
    ("Ủy ban đề ra 23 chỉ tiêu năm 2027, cụ thể", 2027),
    # the sentence's own verb sets the year, though a kind of document opens it
    ("Kế hoạch đề ra 23 chỉ tiêu năm 2027, cụ thể", 2027),
    ("Theo đó, chỉ tiêu năm 2027 về tốc độ tăng trưởng ngành thủy sản", 2027),
])
def test_a_lead_in_announcing_targets_names_their_year(lead: str, year: int) -> None:
    assert _lead(lead) == year


@pytest.mark.parametrize("lead", [
    # a programme's name, not targets announced
    "Triển khai Chương trình mục tiêu quốc gia giai đoạn 2026 - 2030 và",
    # targets named without a count, a determiner or a verb that sets them
    "Kinh phí thực hiện nhiệm vụ năm 2027",
    # a baseline stays a baseline
    "Hoàn thành các chỉ tiêu, tăng so với năm 2025",
    # a year inside the name of a cited plan or programme names it (decision 36)
    "Đề án bảo vệ rừng năm 2027 đặt ra mục tiêu",
    "Phường thông qua các chỉ tiêu của Kế hoạch phát triển kinh tế - xã hội năm 2027 với 12 "
    "chỉ tiêu chủ yếu:",
    "Hội nghị thống nhất các mục tiêu của Chiến lược bảo vệ môi trường năm 2027,",
])
def test_a_year_beside_no_announced_targets_is_no_lead_in(lead: str) -> None:
    assert _lead(lead) is None


def test_a_heading_year_wins_over_a_year_only_named() -> None:
    lead = "Năm 2027 là năm đầu của nhiệm kỳ 2026-2031 và xã đề ra 20 chỉ tiêu"
    assert _lead(lead) == 2027


def test_the_announced_year_goes_to_the_rest_of_the_sentence() -> None:
    text = ("Đại hội đã biểu quyết thông qua 14 chỉ tiêu nhiệm kỳ 2026-2031. Cụ thể, tỷ lệ "
            "hộ nghèo giảm còn dưới 1,5%; tỷ lệ che phủ rừng đạt 45%.")
    assert _years(text) == {1.5: 2031, 45.0: 2031}


def test_a_paragraph_announcing_targets_gives_its_year_to_the_next_trong_do() -> None:
    text = ("Năm 2027, xã Tân Phú đề ra 18 chỉ tiêu phát triển kinh tế - xã hội.\n\n"
            "Trong đó, tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn dưới 9%; thu nhập "
            "bình quân đầu người đạt 72 triệu đồng.\n")
    assert _years(text) == {9.0: 2027, 72.0: 2027}


def test_a_paragraph_without_the_continuer_takes_no_year() -> None:
    text = ("Năm 2027, xã Tân Phú đề ra 18 chỉ tiêu phát triển kinh tế - xã hội.\n\n"
            "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn dưới 9%.\n")
    assert _years(text) == {9.0: None}


def test_a_lower_case_plan_word_is_no_name() -> None:
    # "các chỉ tiêu kế hoạch năm 2027": the plan of the year, the time of its targets
    assert _lead("Huyện giao các chỉ tiêu kế hoạch năm 2027 như sau:") == 2027


def test_a_plan_named_with_a_span_keeps_its_year() -> None:
    # the guard reads "năm 2027" only; a span after a name is often the time of the work
    assert _lead("Tiếp tục thực hiện Nghị quyết Trung ương 7 giai đoạn 2026-2030, trong đó") == 2030


def test_a_review_of_the_targets_announces_nothing() -> None:
    text = "Năm 2027, xã hoàn thành vượt mức 18/18 chỉ tiêu đề ra."
    assert announced_year(text, 0, len(text), 2027) is None
    text = "Năm 2027, xã đề ra 18 chỉ tiêu chủ yếu."
    assert announced_year(text, 0, len(text), 2027) == 2027


def test_counted_tasks_carry_their_year_as_counted_targets_do() -> None:
    # "5 nhiệm vụ" and "3 nhóm chỉ tiêu" count what the sentence sets, like "18 chỉ tiêu"
    text = ("Năm 2027, xã Tân Phú đề ra 5 nhiệm vụ trọng tâm. Tỷ lệ hộ nghèo giảm còn dưới "
            "1,5%; thu nhập bình quân đạt 70 triệu đồng.")
    assert _years(text) == {1.5: 2027, 70.0: 2027}
    text = "Năm 2027, xã đề ra 3 nhóm chỉ tiêu."
    assert announced_year(text, 0, len(text), 2027) == 2027
    # negative: tasks named without a count set nothing
    text = ("Năm 2027, xã Tân Phú thực hiện nhiệm vụ trọng tâm. Tỷ lệ hộ nghèo giảm còn dưới "
            "1,5%; thu nhập bình quân đạt 70 triệu đồng.")
    assert _years(text) == {1.5: None, 70.0: None}
