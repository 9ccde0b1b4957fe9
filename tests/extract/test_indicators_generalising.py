"""Classes of language that the rules met first on documents they had not seen (issue 12,
round 4): the base year of a price series, sections of achievements.  Every sentence is
written for the test (a made-up district, made-up figures).
"""

from __future__ import annotations

import pytest
from indicator_helpers import extract, rule_decider  # noqa: F401 (autouse fixture)

import kehoach_parser
from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.text.normalize import normalize


@pytest.fixture
def shipped_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped status model decides (the module's other tests pin the rule baseline)."""
    monkeypatch.delenv("KEHOACH_STATUS", raising=False)


# --- the base year of a price series ----------------------------------------------------------
def test_the_year_of_a_price_base_stays_in_the_name_and_is_no_year() -> None:
    text = "1. Tốc độ tăng giá trị sản xuất (giá so sánh năm 2010) đạt 9,5%.\n"
    [rec] = extract(text)
    assert rec.name == "Tốc độ tăng giá trị sản xuất (giá so sánh năm 2010)"
    assert rec.year is None
    assert rec.value == 9.5


def test_a_price_base_year_goes_with_its_group_to_the_sub_items() -> None:
    text = ("1. Tổng giá trị sản xuất (theo giá cố định năm 1994) tăng 8%, trong đó: "
            "nông nghiệp tăng 3%; dịch vụ tăng 12%.\n")
    groups = {r.group for r in extract(text) if r.group is not None}
    assert groups == {"Tổng giá trị sản xuất (theo giá cố định năm 1994)"}


def test_a_target_year_beside_a_price_base_is_still_the_year() -> None:
    text = ("- Đến năm 2030, giá trị sản xuất nông nghiệp (giá so sánh năm 2010) "
            "đạt 4.500 tỷ đồng.\n")
    [rec] = extract(text)
    assert rec.year == 2030
    assert rec.name is not None and "giá so sánh năm 2010" in rec.name


def test_only_a_price_base_hides_the_year_after_it() -> None:
    # "so sánh" without "giá" is a comparison: its year stays a year for the year patterns
    assert lx.YEAR_PHRASE_RE.search("giá so sánh năm 2010") is None
    assert lx.YEAR_PHRASE_RE.search("tăng so với cả năm 2010") is not None
    assert lx.YEAR_PHRASE_RE.search("đạt 12% năm 2026") is not None


@pytest.mark.usefixtures("shipped_model")
def test_an_old_price_base_does_not_make_a_plan_figure_a_result() -> None:
    # the shipped status model: the base year of the prices is no earlier year of the figure
    text = ("KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2027\n\n"
            "1. Tỷ lệ hộ nghèo giảm còn 1,5%.\n"
            "2. Giá trị sản xuất công nghiệp (theo giá so sánh 2010) đạt 8.200 tỷ đồng.\n")
    doc = kehoach_parser.parse(normalize(text).text)
    assert [r.value for r in doc.indicators] == [1.5, 8200.0]


# --- sections of achievements -----------------------------------------------------------------
def test_figures_under_a_heading_of_achievements_are_results() -> None:
    text = ("I. Thành tựu kinh tế - xã hội năm 2026\n"
            "1. Giá trị sản xuất nông nghiệp ước tăng 3,4%.\n"
            "II. Các chỉ tiêu năm 2027\n"
            "1. Giá trị sản xuất nông nghiệp tăng 4%.\n")
    doc = kehoach_parser.parse(normalize(text).text)
    assert [r.value for r in doc.indicators] == [4.0]
    assert [r.value for r in doc.results] == [3.4]


# --- a commitment that governs the sentences after it -----------------------------------------
def _figures(text: str) -> tuple[list[float | None], list[float | None]]:
    doc = kehoach_parser.parse(normalize(text).text)
    return [r.value for r in doc.indicators], [r.value for r in doc.results]


_LEAD = ("Hội nghị đã công bố quyết định của UBND huyện về giao chỉ tiêu phát triển kinh tế - "
         "xã hội và dự toán thu, chi ngân sách năm 2027. Theo đó, huyện phấn đấu đưa giá trị "
         "sản xuất nông nghiệp đạt 2.150 tỷ đồng, tăng 5,1% so với cùng kỳ. ")


@pytest.mark.usefixtures("shipped_model")
def test_figures_after_a_commitment_lead_in_are_targets_with_their_rise_on_last_year() -> None:
    text = (_LEAD + "Giá trị sản xuất công nghiệp đạt 4.380 tỷ đồng, tăng 7,2% so với cùng "
            "kỳ. Thu ngân sách gần 520 tỷ đồng, tăng 12,5% so với dự toán năm 2026.\n")
    targets, results = _figures(text)
    assert targets == [2150.0, 5.1, 4380.0, 7.2, 520.0, 12.5]
    assert results == []


@pytest.mark.usefixtures("shipped_model")
@pytest.mark.xfail(strict=True, reason=(
    "a known limit of the status refit of H18S (docs/models.md): in this news passage the "
    "refit reads even the sentence that commits ('huyện phấn đấu đưa … đạt 2.150 tỷ đồng, "
    "tăng 5,1% so với cùng kỳ') as results; the own-clause commitment rule of brief M18a "
    "mends it but was not shipped (one check document lost, one read document gained)"))
def test_a_review_sentence_between_ends_the_commitment() -> None:
    text = (_LEAD + "Năm qua, giá trị sản xuất công nghiệp đã đạt 4.010 tỷ đồng, tăng 6,8% so "
            "với cùng kỳ. Doanh thu dịch vụ đạt 7.420 tỷ đồng, tăng 8,3% so với cùng kỳ.\n")
    targets, results = _figures(text)
    assert targets == [2150.0, 5.1]
    assert 7420.0 in results and 8.3 in results


@pytest.mark.usefixtures("shipped_model")
def test_figures_of_a_paragraph_without_commitment_stay_results() -> None:
    text = ("Sáng 20/12, UBND huyện Hòa Bình Tây tổ chức hội nghị tổng kết năm 2026. Giá trị "
            "sản xuất công nghiệp đạt 4.010 tỷ đồng, tăng 6,8% so với cùng kỳ. Doanh thu "
            "dịch vụ đạt 7.420 tỷ đồng, tăng 8,3% so với cùng kỳ.\n")
    targets, results = _figures(text)
    assert targets == []
    assert sorted(v for v in results if v is not None) == [6.8, 8.3, 4010.0, 7420.0]


# --- labels printed with a slash --------------------------------------------------------------
def test_a_number_printed_with_a_slash_labels_its_targets_without_the_slash() -> None:
    text = ("Các chỉ tiêu chủ yếu:\n"
            "2/ Tỷ lệ hộ nghèo giảm còn 2,5%.\n"
            "3/ Thu ngân sách trên địa bàn đạt 96 tỷ đồng.\n"
            "4/ Tỷ lệ che phủ rừng đạt 61%.\n")
    assert [(r.label, r.value) for r in extract(text)] == [("2", 2.5), ("3", 96.0), ("4", 61.0)]


# --- verbs of choosing and keeping before a count ---------------------------------------------
def test_a_count_after_a_verb_of_choosing_is_named_by_what_it_counts() -> None:
    text = ("- Lựa chọn ít nhất 02 hợp tác xã làm đầu mối thu gom nông sản.\n"
            "- Giới thiệu 40 đoàn viên ưu tú cho Đảng xem xét kết nạp.\n")
    assert [(r.name, r.comparator, r.value) for r in extract(text)] == [
        ("hợp tác xã làm đầu mối thu gom nông sản", ">=", 2.0),
        ("đoàn viên ưu tú cho Đảng xem xét kết nạp", "=", 40.0),
    ]


def test_a_count_kept_as_it_is_now_ends_its_name_before_the_comparison() -> None:
    [rec] = extract("- Trước mắt, giữ nguyên 12 tổ công tác như hiện nay.\n")
    assert (rec.name, rec.value, rec.unit) == ("tổ công tác", 12.0, "tổ")


# --- a clock time with seconds ----------------------------------------------------------------
def test_a_time_of_day_with_seconds_in_a_dateline_is_no_value() -> None:
    text = ("THỨ HAI, 04/05/2026 16:54:22\n"
            "Năm 2026, xã phấn đấu tỷ lệ hộ nghèo giảm còn 2,1%.\n")
    assert [r.value for r in extract(text)] == [2.1]


# --- the change of a figure shares its status -------------------------------------------------
@pytest.mark.usefixtures("shipped_model")
def test_the_rise_of_a_reported_figure_is_reported_with_it() -> None:
    text = ("Minh chứng là trong năm 2026, diện tích lúa ruộng trên địa bàn xã đạt 61,5/60 ha, "
            "tăng 3,2%; cây ngô 84/80 ha, tăng 5,4%; cây sắn 92/70 ha, tăng 41,3%.\n")
    targets, results = _figures(text)
    assert not {3.2, 5.4, 41.3} & set(targets)
    assert {61.5, 84.0, 92.0} <= set(results)


@pytest.mark.usefixtures("shipped_model")
def test_the_rise_of_a_planned_figure_stays_a_target() -> None:
    text = "Năm 2027, xã phấn đấu đưa giá trị sản xuất nông nghiệp đạt 640 tỷ đồng, tăng 5,5%.\n"
    targets, _ = _figures(text)
    assert targets == [640.0, 5.5]


# --- a colon that opens a quotation -----------------------------------------------------------
def test_a_motto_quoted_after_a_colon_is_no_group_of_the_targets() -> None:
    text = ("Với phương châm: “Đoàn kết - Đổi mới - Phát triển\", nhiệm kỳ 2026-2031, Đảng bộ xã "
            "đề ra 10 chỉ tiêu cụ thể: tỷ lệ hộ nghèo giảm bình quân mỗi năm 1,5%; tỷ lệ dân số "
            "tham gia bảo hiểm y tế đạt 98%.\n")
    assert [(r.name, r.group, r.value) for r in extract(text)] == [
        ("tỷ lệ hộ nghèo", None, 1.5), ("tỷ lệ dân số tham gia bảo hiểm y tế", None, 98.0)]


def test_a_colon_group_without_a_quotation_still_names_the_group() -> None:
    text = "- Cơ cấu kinh tế: nông nghiệp chiếm 30%, dịch vụ chiếm 45%.\n"
    assert {r.group for r in extract(text)} == {"Cơ cấu kinh tế"}


# --- a count whose name holds a figure of its own ---------------------------------------------
def test_a_count_named_by_a_clause_with_a_figure_runs_on_over_it() -> None:
    text = ("- Phấn đấu có 40 hợp tác xã nông nghiệp có doanh thu từ xuất khẩu đạt 5 tỷ "
            "đồng/năm.\n")
    recs = [(r.name, r.value, r.unit) for r in extract(text)]
    assert recs[0] == ("hợp tác xã nông nghiệp có doanh thu từ xuất khẩu đạt 5 tỷ đồng/năm",
                       40.0, "hợp tác xã")
    assert [v for _, v, _ in recs] == [40.0, 5.0]


def test_a_count_with_a_measure_of_its_own_stays_apart() -> None:
    text = "- Thu hút 20-25 dự án với tổng vốn đăng ký khoảng 3.000-4.000 tỷ đồng.\n"
    names = [r.name for r in extract(text)]
    assert names[0] == "dự án"


def test_a_bare_frequency_stays_in_a_share_named_by_a_list_of_nouns() -> None:
    text = "- Phấn đấu có 98% nhóm, lớp mẫu giáo được học 2 buổi/ngày.\n"
    assert [(r.name, r.value) for r in extract(text)] == [
        ("nhóm, lớp mẫu giáo được học 2 buổi/ngày", 98.0)]


def test_a_target_frequency_after_a_comma_keeps_its_own_record() -> None:
    text = "- 100% thôn, bản tổ chức sinh hoạt, ít nhất 01 lần/tháng.\n"
    assert [r.value for r in extract(text)] == [100.0, 1.0]


# --- "trung bình" after a direction verb ------------------------------------------------------
def test_an_average_after_a_direction_verb_keeps_the_direction() -> None:
    text = ("- Duy trì tỷ lệ trẻ em suy dinh dưỡng thể nhẹ cân giảm trung bình 0,4%/năm; "
            "tỷ lệ hộ nghèo giảm trung bình mỗi năm 1,2%.\n")
    assert [(r.name, r.direction, r.value) for r in extract(text)] == [
        ("tỷ lệ trẻ em suy dinh dưỡng thể nhẹ cân", "decrease", 0.4),
        ("tỷ lệ hộ nghèo", "decrease", 1.2)]


def test_an_average_named_as_the_measure_is_no_direction() -> None:
    [rec] = extract("- Điểm trung bình các môn thi đạt 6,5 điểm.\n")
    assert rec.direction is None
