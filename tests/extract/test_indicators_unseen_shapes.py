"""Shapes met on documents parsed for the first time (issue 12, batches R, S, T): a group
headed by the end of a term, parallel sub-items of one measure, targets given by a
meeting that assigns them.  Every sentence is written for the test.
"""

from __future__ import annotations

import pytest
from indicator_helpers import extract, name_group_value, rule_decider  # noqa: F401 (autouse fixture)

from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.text.normalize import normalize

_groups = name_group_value


# --- the end of a term before a group -------------------------------------------------------
def test_the_end_of_a_term_before_a_colon_group_is_not_part_of_the_group() -> None:
    text = ("- Đến cuối nhiệm kỳ, tỷ lệ trẻ em, học sinh trong độ tuổi được đến trường: "
            "Mầm non đạt 92%, tiểu học đạt 99%.\n")
    assert _groups(text) == [
        ("Mầm non", "tỷ lệ trẻ em, học sinh trong độ tuổi được đến trường", 92.0),
        ("tiểu học", "tỷ lệ trẻ em, học sinh trong độ tuổi được đến trường", 99.0),
    ]


def test_the_end_of_a_period_after_a_group_is_left_out_too() -> None:
    text = "- Cơ cấu lao động đến cuối giai đoạn: nông nghiệp 35%, công nghiệp 30%.\n"
    assert [g for _, g, _ in _groups(text)] == ["Cơ cấu lao động", "Cơ cấu lao động"]


def test_a_term_word_inside_a_name_without_end_stays() -> None:
    # "nhiệm kỳ" alone is no time phrase: the group keeps it
    text = "- Số đảng viên kết nạp trong nhiệm kỳ mới: nữ 40 đảng viên, trẻ 60 đảng viên.\n"
    assert {g for _, g, _ in _groups(text)} == {"Số đảng viên kết nạp trong nhiệm kỳ mới"}


# --- parallel sub-items of one measure, no colon ----------------------------------------------
def test_a_short_sibling_name_splits_the_first_name_into_group_and_sub_item() -> None:
    text = "Tỷ lệ học sinh bỏ học cấp tiểu học dưới 0,5%, cấp THCS dưới 1%.\n"
    assert _groups(text) == [
        ("cấp tiểu học", "Tỷ lệ học sinh bỏ học", 0.5),
        ("cấp THCS", "Tỷ lệ học sinh bỏ học", 1.0),
    ]


def test_the_group_goes_to_every_clause_of_the_list_and_drops_the_term_end() -> None:
    text = ("- Cơ cấu vốn đầu tư đến cuối nhiệm kỳ khu vực nhà nước 30%, khu vực tư nhân "
            "60%, vốn nước ngoài 10%.\n")
    assert _groups(text) == [
        ("khu vực nhà nước", "Cơ cấu vốn đầu tư", 30.0),
        ("khu vực tư nhân", "Cơ cấu vốn đầu tư", 60.0),
        ("vốn nước ngoài", "Cơ cấu vốn đầu tư", 10.0),
    ]


def test_names_without_a_shared_head_stay_whole() -> None:
    text = "Tỷ lệ hộ nghèo giảm còn 3%, thu nhập bình quân đạt 60 triệu đồng/người.\n"
    assert _groups(text) == [
        ("Tỷ lệ hộ nghèo", None, 3.0),
        ("thu nhập bình quân", None, 60.0),
    ]


def test_a_sibling_in_another_sentence_does_not_split() -> None:
    text = "Tỷ lệ trường đạt chuẩn cấp tiểu học đạt 80%. Cấp THCS tổ chức 3 hội thi.\n"
    assert _groups(text)[0] == ("Tỷ lệ trường đạt chuẩn cấp tiểu học", None, 80.0)


# --- a share over 100% reached is a result ------------------------------------------------------
@pytest.mark.parametrize("decider", ["rules", "model"])
def test_a_percentage_over_100_reached_is_a_result(
        decider: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if decider == "model":
        monkeypatch.delenv("KEHOACH_STATUS")
    text = ("Năm 2026, tổng thu ngân sách trên địa bàn đạt 132,5%, thu ngân sách xã đạt "
            "210,4% dự toán.\n")
    targets, results = figures_from_text(normalize(text).text)
    assert targets == []
    assert [r.value for r in results] == [132.5, 210.4]


def test_a_percentage_over_100_to_exceed_or_grow_by_stays_a_target() -> None:
    text = ("Phấn đấu thu ngân sách vượt 105% dự toán; giá trị sản xuất tăng 120% so với "
            "năm 2025; tỷ lệ trẻ đến lớp đạt 100%.\n")
    assert [i.value for i in extract(text)] == [105.0, 120.0, 100.0]


def test_a_percentage_over_100_committed_to_stays_a_target() -> None:
    text = ("- Phấn đấu thu ngân sách đạt 104% kế hoạch; đến năm 2027 thu ngân sách đạt 110% "
            "dự toán.\n")
    assert [i.value for i in extract(text)] == [104.0, 110.0]


# --- a bare frequency inside a share's name -----------------------------------------------------
def test_a_bare_frequency_inside_a_shares_name_is_no_record() -> None:
    text = "- Phấn đấu 95% học sinh trung học được học 2 buổi/ngày.\n"
    found = extract(text)
    assert [(i.value, i.unit) for i in found] == [(95.0, "%")]
    assert found[0].name == "học sinh trung học được học 2 buổi/ngày"


def test_a_per_unit_count_with_a_comparator_inside_a_share_stays_a_record() -> None:
    # project decision 20: "ít nhất 04 …" commits to a count of its own
    text = "- Phấn đấu 90% thôn được kiểm tra ít nhất 02 lần/tháng.\n"
    assert [(i.value, i.comparator) for i in extract(text)] == [(90.0, "="), (2.0, ">=")]


# --- value-first shares after verbs of encouragement and "của" ------------------------------
def test_a_share_after_a_verb_of_encouragement_is_named_by_what_follows() -> None:
    text = "- Khuyến khích 70% hộ kinh doanh sử dụng hóa đơn điện tử.\n"
    assert [(i.name, i.value) for i in extract(text)] == [
        ("hộ kinh doanh sử dụng hóa đơn điện tử", 70.0)]


def test_a_share_owned_by_a_verb_phrase_is_value_first() -> None:
    text = "- Số hóa hồ sơ của 80% hộ chăn nuôi.\n"
    assert [(i.name, i.value) for i in extract(text)] == [("hộ chăn nuôi", 80.0)]


def test_a_measure_name_before_cua_keeps_its_name() -> None:
    # a name, not a verb phrase, before "của": name first
    text = "- Tỷ lệ thu gom rác thải của 90% hộ dân.\n"
    assert [i.name for i in extract(text)] == ["Tỷ lệ thu gom rác thải"]


def test_a_count_after_cho_still_names_by_the_verb_phrase() -> None:
    text = "- Giải quyết việc làm cho 1.200 lao động.\n"
    assert [i.name for i in extract(text)] == ["Giải quyết việc làm"]


# --- "trong đó" inside a new sentence -------------------------------------------------------
def test_trong_do_in_the_middle_of_a_new_sentence_is_no_part_of_an_earlier_target() -> None:
    text = ("Tỷ lệ hồ sơ xử lý trực tuyến đạt 90%. Bên cạnh đó, xã đặt mục tiêu phát triển "
            "kinh tế số, trong đó chú trọng: Khuyến khích 60% hộ dân dùng ví điện tử.\n")
    found = extract(text)
    assert [(i.name, i.group) for i in found] == [
        ("Tỷ lệ hồ sơ xử lý trực tuyến", None),
        ("hộ dân dùng ví điện tử", None),
    ]


def test_trong_do_opening_a_sentence_is_a_part_of_the_target_before() -> None:
    text = "- Tổng giá trị sản xuất đạt 900 tỷ đồng. Trong đó nông nghiệp đạt 300 tỷ đồng.\n"
    assert [i.group for i in extract(text)] == [None, "Tổng giá trị sản xuất"]


# --- a named share followed by what it counts, then a value-first sibling ----------------------
def test_a_named_share_and_a_value_first_sibling_share_the_name_as_group() -> None:
    text = ("- Tỷ lệ tiêm chủng đạt 98% trẻ em dưới 1 tuổi và 95% trẻ em dưới 2 tuổi được "
            "tiêm nhắc.\n")
    assert _groups(text) == [
        ("trẻ em dưới 1 tuổi", "Tỷ lệ tiêm chủng", 98.0),
        ("trẻ em dưới 2 tuổi được tiêm nhắc", "Tỷ lệ tiêm chủng", 95.0),
    ]


def test_a_named_share_before_an_unrelated_value_first_share_keeps_its_name() -> None:
    text = "- Tỷ lệ che phủ rừng đạt 42% diện tích, 60% hộ dùng nước sạch.\n"
    assert _groups(text) == [
        ("Tỷ lệ che phủ rừng", None, 42.0),
        ("hộ dùng nước sạch", None, 60.0),
    ]


# --- a goal named after "đạt được mục tiêu" ---------------------------------------------------
def test_reaching_a_goal_names_the_target_after_the_goal_word() -> None:
    text = ("Để tháo gỡ khó khăn trong sản xuất, đạt được mục tiêu tăng trưởng kinh tế 8% "
            "trong năm 2026, huyện cần thực hiện đồng bộ các giải pháp.\n")
    found = extract(text)
    assert [(i.name, i.value, i.year) for i in found] == [("tăng trưởng kinh tế", 8.0, 2026)]


def test_a_national_target_programme_is_not_a_goal_opener() -> None:
    text = "- Giải ngân vốn Chương trình mục tiêu quốc gia đạt 95%.\n"
    assert [i.name for i in extract(text)] == ["Giải ngân vốn Chương trình mục tiêu quốc gia"]


# --- a review that goes on ----------------------------------------------------------------------
def test_looking_back_on_a_year_and_its_trong_do_sentence_report_results() -> None:
    text = ("Nhìn lại năm 2026, tình hình kinh tế - xã hội của xã đạt nhiều kết quả. Trong đó "
            "vận động xây dựng 5 căn nhà đại đoàn kết.\n")
    targets, results = figures_from_text(normalize(text).text)
    assert targets == []
    assert [r.value for r in results] == [5.0]


def test_a_trong_do_sentence_after_a_target_sentence_stays_a_target() -> None:
    text = ("Phấn đấu tổng giá trị sản xuất đạt 900 tỷ đồng. Trong đó nông nghiệp đạt 300 "
            "tỷ đồng.\n")
    targets, results = figures_from_text(normalize(text).text)
    assert [t.value for t in targets] == [900.0, 300.0] and results == []


# --- the plan's year of a title that reports first ---------------------------------------------
def _parse_statuses(text: str) -> tuple[list[float | None], list[float | None]]:
    from kehoach_parser import parse

    doc = parse(text)
    return [i.value for i in doc.indicators], [r.value for r in doc.results]


def test_a_report_and_plan_title_gives_the_plan_part_year() -> None:
    text = ("Báo cáo tình hình kinh tế - xã hội năm 2026 và kế hoạch phát triển kinh tế - xã "
            "hội năm 2027\n\n"
            "Năm 2026, giá trị sản xuất nông nghiệp đạt 420 tỷ đồng.\n\n"
            "Năm 2027, phấn đấu giá trị sản xuất nông nghiệp đạt 450 tỷ đồng.\n")
    targets, results = _parse_statuses(text)
    assert targets == [450.0]
    assert results == [420.0]


def test_a_plan_title_with_one_year_keeps_it() -> None:
    text = ("Kế hoạch phát triển kinh tế - xã hội năm 2027\n\n"
            "Năm 2027, phấn đấu giá trị sản xuất nông nghiệp đạt 450 tỷ đồng.\n")
    targets, results = _parse_statuses(text)
    assert targets == [450.0] and results == []
