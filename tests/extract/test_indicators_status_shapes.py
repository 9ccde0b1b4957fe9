"""Target or result by the clause's structure (issue 12, brief H14S; decision 31).

Every sentence here is written for the test (a made-up commune, made-up figures).  The cues
the structure sets are asserted on the candidates themselves (``collect_candidates``), so
the tests hold whatever the learned status model weighs; the records are asserted where
the structure decides alone.
"""

from __future__ import annotations

import pytest
from indicator_helpers import cues_of, extract

from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.text.normalize import normalize

# --- an achieved-so-far verb phrase with a share ------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Đến nay, phường đã xử lý được 65% điểm tập kết rác tự phát.",
    "Công trình kè bờ sông đã hoàn thành 65% khối lượng.",
    "- Đã giải ngân 65% vốn sự nghiệp được giao.",
    "Đến hết tháng 9, xã vừa cấp đổi 65% sổ đỏ cho các hộ.",
    "Trong năm, xã thu gom được 65% lượng bao bì thuốc bảo vệ thực vật.",
    "Ước cả năm huyện giải ngân được trên 65% kế hoạch vốn.",
])
def test_a_verb_phrase_of_what_was_achieved_makes_a_share_a_result(sentence: str) -> None:
    assert "achieved_share" in cues_of(sentence, 65.0)
    targets, results = figures_from_text(normalize(sentence).text)
    assert 65.0 not in [t.value for t in targets]
    assert 65.0 in [r.value for r in results]


@pytest.mark.parametrize("sentence", [
    "- Phấn đấu xử lý được 65% điểm tập kết rác tự phát.",
    "- Đến năm 2030 thu gom được 65% lượng bao bì thuốc bảo vệ thực vật.",
    "Xã quyết tâm đến cuối năm đã hoàn thành 65% khối lượng kè bờ sông.",
    # a deadline before the past marker, as before the particle
    "Đến năm 2030, phường đã hoàn thành 65% tuyến kè.",
])
def test_a_commitment_before_the_verb_phrase_keeps_the_share_a_target(sentence: str) -> None:
    assert "committed_share" in cues_of(sentence, 65.0)
    targets, results = figures_from_text(normalize(sentence).text)
    assert [t.value for t in targets] == [65.0]
    assert results == []


@pytest.mark.parametrize(("sentence", "value"), [
    # neither reviews nor commits: the learned model decides
    ("- Xử lý được 65% điểm tập kết rác tự phát.", 65.0),
    # "đã được cấp …" names the measure; the connector "đạt" binds the value
    ("- Tỷ lệ hộ đã được cấp giấy chứng nhận quyền sử dụng đất đạt 65%.", 65.0),
    # the connector after the marker: neither the marker nor the particle decides
    ("- Tỷ lệ hộ đã được cấp đạt được 65%.", 65.0),
    # a count after the particle alone, not a share (a count after the past marker is
    # decided: tests/extract/test_indicators_status_plan_share.py)
    ("Trong năm, xã xây dựng được 7 nhà văn hóa thôn.", 7.0),
    # the past marker in an earlier clause
    ("Năm qua xã đã cố gắng, năm tới thu gom 65% rác thải.", 65.0),
])
def test_other_shapes_are_not_decided_by_the_verb_phrase(sentence: str, value: float) -> None:
    assert not {"achieved_share", "committed_share"} & cues_of(sentence, value)


# --- an achieved/planned pair ---------------------------------------------------------------

def test_a_reviewed_pair_is_one_result_measured_against_the_plan() -> None:
    targets, results = figures_from_text(normalize(
        "Kết quả năm 2026: thu ngân sách 61,4/58 tỷ đồng; xây mới 214/190 nhà đại đoàn kết.").text)
    assert targets == []
    assert [(r.value, r.total, r.unit) for r in results] == [
        (61.4, 58.0, "tỷ đồng"), (214.0, 190.0, "nhà")]


def test_an_achieved_connector_makes_the_pair_reviewed() -> None:
    assert "pair_plan_reviewed" in cues_of("Thu ngân sách xã đạt 61,4/58 tỷ đồng.", 58.0)


def test_a_pair_in_a_line_that_commits_is_left_to_the_model() -> None:
    assert "pair_plan_reviewed" not in cues_of(
        "- Phấn đấu nâng diện tích lúa chất lượng cao 61,4/58 ha.", 58.0)


def test_a_pair_in_a_line_that_says_nothing_is_left_to_the_model() -> None:
    assert "pair_plan_reviewed" not in cues_of("- Diện tích lúa chất lượng cao 61,4/58 ha.",
                                                58.0)


# --- decision 31: counts of a plan's targets that were met ------------------------------

@pytest.mark.parametrize(("sentence", "value", "total"), [
    ("Hết năm 2026, phường đạt và vượt 12/13 chỉ tiêu kế hoạch.", 12.0, 13.0),
    ("Có 29/33 chỉ tiêu hoàn thành, 4 chỉ tiêu chưa đạt.", 29.0, 33.0),
    ("Trong nhiệm kỳ có 23 chỉ tiêu đạt và vượt kế hoạch.", 23.0, None),
    ("Huyện hoàn thành 11/12 chỉ tiêu chủ yếu.", 11.0, 12.0),
    # the own count in an earlier clause does not reach it
    ("Trong 24 chỉ tiêu Nghị quyết đề ra, đạt và vượt 20/24 chỉ tiêu.", 20.0, 24.0),
    # ... nor in the same clause: "đề ra" names the targets the met ones are counted among
    ("Trong 24 chỉ tiêu đề ra có 20 chỉ tiêu đạt và vượt kế hoạch.", 20.0, None),
    ("Trong 24 chỉ tiêu đề ra có 20 chỉ tiêu đạt", 20.0, None),
    # "set and completed": a count of met targets
    ("Cuối kỳ, thị trấn đặt ra và hoàn thành 9 chỉ tiêu.", 9.0, None),
])
def test_a_count_of_met_targets_is_a_result(sentence: str, value: float,
                                            total: float | None) -> None:
    targets, results = figures_from_text(normalize(sentence).text)
    assert targets == []
    assert [(r.value, r.total, r.unit, r.status) for r in results] == [
        (value, total, "chỉ tiêu", "result")]


@pytest.mark.parametrize("sentence", [
    "Đại hội đề ra 26 chỉ tiêu chủ yếu.",                    # the text's own targets
    "Nghị quyết gồm 14 chỉ tiêu kinh tế - xã hội.",
    "Năm 2027 phấn đấu đạt và vượt 22/22 chỉ tiêu.",        # a commitment
    "Còn 4 chỉ tiêu chưa đạt kế hoạch.",                     # not met
    "Xã không đạt 3 chỉ tiêu về môi trường.",
    "Còn 4 chỉ tiêu chưa thể hoàn thành trong năm.",         # negated among the words between
])
def test_counts_that_are_not_of_met_targets_give_nothing(sentence: str) -> None:
    assert figures_from_text(normalize(sentence).text) == ([], [])


def test_the_year_of_a_met_count_is_its_sentence_s() -> None:
    _, results = figures_from_text(normalize(
        "Năm 2026, phường đạt và vượt 15/16 chỉ tiêu.").text)
    assert [(r.value, r.year) for r in results] == [(15.0, 2026)]



def test_met_counts_join_the_results_in_the_order_of_their_values() -> None:
    # the later result's span starts at the sentence, before the count: the values decide
    _, results = figures_from_text(normalize(
        "Kết quả năm 2026: xã hoàn thành 5/6 chỉ tiêu chủ yếu, đã xử lý 3 vụ vi phạm đất đai."
    ).text)
    assert [(r.value, r.unit) for r in results] == [(5.0, "chỉ tiêu"), (3.0, "vụ")]


def test_a_met_count_inside_a_record_of_another_value_is_kept() -> None:
    # only a record over the same value takes the count's place
    targets, results = figures_from_text(normalize(
        "Năm 2026 xã hoàn thành 5/6 chỉ tiêu, kiểm tra phát hiện 3 vụ vi phạm.").text)
    assert (5.0, 6.0) in [(r.value, r.total) for r in results]
    assert 3.0 in [x.value for x in (*targets, *results)]  # (its status is the model's)


# --- a count of the places it lists (brief H19S) ------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("Huyện tổ chức khảo sát tại 03 xã: Hòa Lạc, Tân Mỹ, Đông Sơn.", 3.0),
    ("Hội nghị tổ chức tại 4 xã vùng cao: Nậm Khắt, Pá Lau, Tà Sín, Hồ Bốn.", 4.0),
    ("- Sửa chữa đường ống cấp nước cho 2 thôn Đồng Me và thôn Bãi Sậy;", 2.0),
])
def test_a_count_of_the_places_it_names_is_no_figure(sentence: str, value: float) -> None:
    assert "named_members" in cues_of(sentence, value)
    targets, results = figures_from_text(normalize(sentence).text)
    assert value not in [t.value for t in targets] + [r.value for r in results]


@pytest.mark.parametrize("sentence, value", [
    # as many names as the count, but the count is what is reached or committed to
    ("Năm 2027 có thêm 2 xã đạt chuẩn nông thôn mới: Hòa Lạc và Tân Mỹ.", 2.0),
    ("Phấn đấu năm 2027 xây dựng 2 thôn văn hóa: Đồng Me, Bãi Sậy.", 2.0),
    # fewer names than the count
    ("Khảo sát 5 xã: Hòa Lạc, Tân Mỹ.", 5.0),
    # no colon and the list goes on into what they do
    ("Huyện hỗ trợ 2 xã Hòa Lạc và Tân Mỹ hoàn thành tiêu chí môi trường.", 2.0),
])
def test_a_count_that_is_reached_or_not_of_its_names_is_not_read_so(sentence: str,
                                                                     value: float) -> None:
    assert "named_members" not in cues_of(sentence, value)


#: A plan for 2027 whose tasks section a sentence is set in (review R19a, finding 1).
_PLAN_2027 = ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN HÒA\nKẾ HOẠCH\n"
              "Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2027\n"
              "I. MỤC TIÊU\nPhát triển kinh tế nhanh và bền vững.\n"
              "II. NHIỆM VỤ VÀ GIẢI PHÁP\n{}\n")


@pytest.mark.parametrize("sentence, value, year", [
    # a verb of achievement right before the count, no relational word before it
    ("Năm 2027 đạt 4 xã: Hòa Lạc, Tân Mỹ, Đông Sơn, Bình An đạt chuẩn nông thôn mới.", 4.0,
     2027),
    ("Đạt 5 xã: Hòa Lạc, Tân Mỹ, Đông Sơn, Bình An, Phú Lộc đạt chuẩn nông thôn mới.", 5.0,
     None),
    ("Hoàn thành 3 xã: Hòa Lạc, Tân Mỹ, Đông Sơn.", 3.0, None),
    ("Có thêm 3 xã: Hòa Lạc, Tân Mỹ và Đông Sơn đạt chuẩn nông thôn mới.", 3.0, None),
    # the list goes on after the colon into what the places reach
    ("Xây dựng mới 3 xã: Hòa Lạc, Tân Mỹ, Đông Sơn đạt chuẩn nông thôn mới nâng cao.", 3.0,
     None),
    # not places
    ("Xây dựng 4 tuyến phố văn minh: Lê Lợi, Trần Phú, Quang Trung và Nguyễn Huệ.", 4.0,
     None),
    ("Năm 2027 mở 2 lớp: Lớp A và Lớp B.", 2.0, 2027),
    ("Thành lập 3 câu lạc bộ: Dân Vũ, Dưỡng Sinh và Cờ Tướng.", 3.0, None),
    # a relational word, but the plan's year heads the sentence
    ("Năm 2027 hoàn thành xây dựng nông thôn mới cho 2 xã Hòa Lạc và Tân Mỹ.", 2.0, 2027),
    ("- Trong năm 2027, hỗ trợ cho 2 xã Hòa Lạc và Tân Mỹ.", 2.0, 2027),
    # a relational word, but a verb of achievement right before the count
    ("Hỗ trợ cho huyện hoàn thành 3 xã: Hòa Lạc, Tân Mỹ và Đông Sơn.", 3.0, None),
])
def test_a_count_a_plan_commits_to_stays_a_target_in_its_tasks(sentence: str, value: float,
                                                                year: int | None) -> None:
    text = _PLAN_2027.format(sentence)
    assert "named_members" not in cues_of(text, value)
    assert [(i.status, i.year) for i in extract(text) if i.value == value] == [("target", year)]


@pytest.mark.parametrize("sentence, value", [
    ("Mở rộng mô hình tại 5 xã trọng điểm: Hòa Lạc, Tân Mỹ, Đông Sơn, Bình An và Phú Lộc.", 5.0),
    ("Phối hợp với Hội Nông dân 03 xã: Hòa Lạc, Tân Mỹ, Đông Sơn.", 3.0),
    ("- Nâng cấp giếng nước thuộc 3 xóm Bãi Sậy, Đồng Me và xóm Gò;", 3.0),
    # the plan's year further on names the programme, not the sentence's time
    ("Tổ chức tọa đàm về chương trình năm 2027 tại 3 xã: Hòa Lạc, Tân Mỹ và Đông Sơn.", 3.0),
])
def test_a_count_of_the_places_it_names_is_no_figure_in_a_plans_tasks(sentence: str,
                                                                       value: float) -> None:
    text = _PLAN_2027.format(sentence)
    assert "named_members" in cues_of(text, value)
    assert value not in [i.value for i in extract(text)]


def test_a_list_of_listed_places_is_read_up_to_its_bound() -> None:
    """At most 30 names are read (review R19a, finding 7): thirty fire, a thirty-first
    after them leaves the list unended."""
    def names(n: int) -> str:
        heads = ("Tân", "Phú", "Bình")
        tails = ("An", "Hòa", "Lộc", "Mỹ", "Sơn", "Thạnh", "Lợi", "Hưng", "Định", "Long", "Xuân")
        return ", ".join([f"{h} {t}" for h in heads for t in tails][:n])
    assert "named_members" in cues_of(f"Huyện tổ chức khảo sát tại 30 xã: {names(30)}.", 30.0)
    assert "named_members" not in cues_of(f"Huyện tổ chức khảo sát tại 30 xã: {names(31)}.", 30.0)
    assert "named_members" not in cues_of(f"Huyện tổ chức khảo sát tại 30 xã: {names(29)}.", 30.0)
