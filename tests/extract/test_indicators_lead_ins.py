"""Years and groups that a lead-in gives the targets after it (issue 12, project decision 1).

A sentence that announces the targets of a year ("Năm 2025, huyện … đề ra 29 chỉ tiêu …")
gives its year to the sentences after it; a sentence that goes on with the one before
("Trong đó, …") takes its year; a "trong đó" part belongs to the target measured in its
unit; a group listed with commas ends at the ";"; "tăng cơ học" is a name, not a direction;
the name of a target follows "với mục tiêu", and a share introduced by "có", "như", "đảm
bảo" is named after its value.
Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from kehoach_parser.document import Indicator
from kehoach_parser.extract.indicators import indicators_from_text
from kehoach_parser.text.normalize import normalize


@pytest.fixture(autouse=True)
def rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEHOACH_STATUS", "rules")


def extract(text: str) -> list[Indicator]:
    return indicators_from_text(normalize(text).text)


def _years(text: str) -> list[tuple[str | None, int | None]]:
    return [(i.name, i.year) for i in extract(text)]


# --- years ---------------------------------------------------------------------------------
def test_a_sentence_announcing_counted_targets_gives_its_year_to_the_paragraph() -> None:
    text = ("Năm 2027, xã Phú Mỹ đề ra 18 chỉ tiêu về kinh tế, xã hội. Cụ thể, thu ngân sách "
            "tăng 6% so với năm 2026; tỷ lệ hộ nghèo giảm 1,5%. Xã phấn đấu trồng mới 40 ha "
            "rừng.\n")
    assert _years(text) == [("thu ngân sách", 2027), ("tỷ lệ hộ nghèo", 2027),
                            ("rừng", 2027)]


def test_a_sentence_that_reviews_counted_targets_gives_no_year() -> None:
    text = ("Năm 2027, xã Phú Mỹ hoàn thành vượt mức 18/18 chỉ tiêu đề ra. Xã phấn đấu trồng "
            "mới 40 ha rừng.\n")
    assert _years(text) == [("rừng", None)]


def test_a_sentence_without_counted_targets_gives_no_year_past_itself() -> None:
    text = "Năm 2027, xã tổ chức hội nghị. Xã phấn đấu trồng mới 40 ha rừng.\n"
    assert _years(text) == [("rừng", None)]


def test_a_year_before_a_verb_of_striving_is_the_sentence_s_year() -> None:
    text = "Mục tiêu năm 2027 phấn đấu tổng thu nhập toàn xã đạt 540 tỷ đồng.\n"
    assert _years(text) == [("tổng thu nhập toàn xã", 2027)]


def test_a_sentence_going_on_with_the_one_before_takes_its_year() -> None:
    text = ("Đến năm 2028, tổng thu nhập toàn xã đạt 540 tỷ đồng. Trong đó, giá trị dịch vụ "
            "đạt 210 tỷ đồng. Tỷ lệ hộ nghèo dưới 2%.\n")
    assert _years(text) == [("tổng thu nhập toàn xã", 2028), ("giá trị dịch vụ", 2028),
                            ("Tỷ lệ hộ nghèo", None)]


def test_a_year_after_den_without_nam_is_the_target_year() -> None:
    assert _years("- Thu nhập bình quân đầu người đến 2030 đạt trên 94 triệu đồng.\n") == [
        ("Thu nhập bình quân đầu người", 2030)]


def test_the_end_of_a_range_that_looks_like_a_year_is_no_year() -> None:
    found = extract("- Diện tích lúa từ 1800 đến 2030 ha.\n")
    assert [(i.value, i.value_max, i.year) for i in found] == [(1800.0, 2030.0, None)]


# --- groups --------------------------------------------------------------------------------
def test_a_part_belongs_to_the_target_measured_in_its_unit() -> None:
    text = ("Tổng thu nhập toàn xã đạt 540 tỷ đồng, tốc độ tăng trưởng đạt 9%. Trong đó giá "
            "trị dịch vụ đạt 210 tỷ đồng.\n")
    found = {i.name: i.group for i in extract(text)}
    assert found["giá trị dịch vụ"] == "Tổng thu nhập toàn xã"
    assert found["tốc độ tăng trưởng"] is None


def test_without_a_part_in_the_same_unit_the_last_target_is_the_whole() -> None:
    text = "Tổng đàn bò đạt 4.200 con. Trong đó, bò lai đạt 60%.\n"
    found = {i.name: i.group for i in extract(text)}
    assert found["bò lai"] == "Tổng đàn bò"


def test_a_verb_of_change_before_the_list_is_no_part_of_the_group() -> None:
    text = ("- Cơ cấu kinh tế (theo giá hiện hành) chuyển dịch như sau: Nông nghiệp chiếm 30%; "
            "dịch vụ chiếm 45%.\n")
    assert [(i.name, i.group) for i in extract(text)] == [
        ("Nông nghiệp", "Cơ cấu kinh tế (theo giá hiện hành)"),
        ("dịch vụ", "Cơ cấu kinh tế (theo giá hiện hành)"),
    ]


def test_parts_listed_with_commas_end_at_the_semicolon() -> None:
    text = ("- Cơ cấu kinh tế: nông nghiệp chiếm 30%, dịch vụ chiếm 45%; tổng vốn đầu tư toàn "
            "xã hội đạt 800 tỷ đồng.\n")
    assert [(i.name, i.group) for i in extract(text)] == [
        ("nông nghiệp", "Cơ cấu kinh tế"), ("dịch vụ", "Cơ cấu kinh tế"),
        ("tổng vốn đầu tư toàn xã hội", None),
    ]


def test_parts_listed_with_semicolons_keep_the_group() -> None:
    text = "- Cơ cấu kinh tế: nông nghiệp chiếm 30%; dịch vụ chiếm 45%; công nghiệp 25%.\n"
    assert {i.group for i in extract(text)} == {"Cơ cấu kinh tế"}


# --- direction ---------------------------------------------------------------------------
def test_kinds_of_population_growth_are_names_not_directions() -> None:
    found = extract("- Tỷ lệ tăng dân số 3%. Trong đó: Tăng cơ học 2,1%; tăng tự nhiên 0,9%.\n")
    assert [(i.name, i.direction) for i in found] == [
        ("Tỷ lệ tăng dân số", None), ("Tăng cơ học", None), ("tăng tự nhiên", None)]


# --- names ---------------------------------------------------------------------------------
def test_the_name_starts_after_with_the_target_of() -> None:
    found = extract("Thực hiện thành công Kế hoạch năm 2027 với mục tiêu tăng trưởng đạt 8% "
                    "trở lên.\n")
    assert [(i.name, i.value, i.year) for i in found] == [("tăng trưởng", 8.0, 2027)]


@pytest.mark.parametrize(("text", "name"), [
    ("Năm 2027 là năm bản lề, làm tiền đề cho mục tiêu tăng trưởng từ 9% trở lên.\n",
     "tăng trưởng"),
    ("Sắp xếp xong bộ máy cấp xã và mục tiêu thu ngân sách đạt 300 tỷ đồng.\n",
     "thu ngân sách"),
    ("Hội nghị đặt ra mục tiêu tỷ lệ hộ nghèo còn dưới 2%.\n", "tỷ lệ hộ nghèo"),
    ("Các xã tập trung nguồn lực phục vụ mục tiêu tỷ lệ che phủ rừng đạt 45%.\n",
     "tỷ lệ che phủ rừng"),
])
def test_a_goal_served_or_joined_opens_the_name(text: str, name: str) -> None:
    assert [i.name for i in extract(text)] == [name]


@pytest.mark.parametrize(("text", "name"), [
    # a goal at the start of the name stays in it
    ("- Mục tiêu tăng trưởng kinh tế đạt 8%.\n", "Mục tiêu tăng trưởng kinh tế"),
    # a national target programme is a name, not a goal that opens one
    ("- Số xã thuộc Chương trình mục tiêu quốc gia được hỗ trợ đạt 20 xã.\n",
     "Số xã thuộc Chương trình mục tiêu quốc gia được hỗ trợ"),
])
def test_a_goal_not_served_opens_no_name(text: str, name: str) -> None:
    assert [i.name for i in extract(text)] == [name]


def test_a_comparison_with_the_assigned_target_opens_no_name() -> None:
    found = extract("- Thu ngân sách đạt 120 tỷ đồng, tăng 5% so với chỉ tiêu được giao.\n")
    assert [i.name for i in found] == ["Thu ngân sách", "Thu ngân sách"]


@pytest.mark.parametrize(("text", "name"), [
    ("- Về công tác đào tạo giáo viên, đến năm 2028 có 60% giáo viên đạt chuẩn.",
     "giáo viên đạt chuẩn"),
    ("- Xây dựng lộ trình đến năm 2030, đảm bảo ít nhất 70% xã, phường có mô hình điểm.",
     "xã, phường có mô hình điểm"),
    ("- Một số mục tiêu khác như 70% bà mẹ có kiến thức dinh dưỡng.",
     "bà mẹ có kiến thức dinh dưỡng"),
])
def test_a_share_introduced_by_a_word_is_named_after_the_value(text: str, name: str) -> None:
    assert [i.name for i in extract(text + "\n")] == [name]


def test_a_rate_that_has_its_name_first_keeps_it() -> None:
    assert [i.name for i in extract("- Tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 90%.\n")] == [
        "Tỷ lệ hộ có nhà tiêu hợp vệ sinh"]


def test_a_time_without_a_year_is_no_name() -> None:
    found = extract("- Phấn đấu đến cuối năm có 1 xã đạt chuẩn nông thôn mới.\n")
    assert [(i.name, i.value) for i in found] == [("xã đạt chuẩn nông thôn mới", 1.0)]
