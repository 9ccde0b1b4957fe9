"""A figure listed after a target in the same sentence is the next item of that list of
targets (issue 12, brief H19F): "Năm 2027, công ty đặt mục tiêu …; tổng doanh thu 62,4 tỷ
đồng, lợi nhuận 3,1 tỷ đồng".  A sentence stop, or words that review, compare, give a share
or describe the place (in the figure's own clause or before it) end the list.  The walker
applies the test only to a figure the status model called a result while the rule baseline
keeps it a target; these tests read the test itself on the extractor's drafts.  Every
sentence is written for the test.  Also the names: a body that acts after an adverbial lead
closed by a comma is cut from the name (``names.after_agent_subject``)."""

from __future__ import annotations

from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.extract.indicators.clauses import Draft
from kehoach_parser.extract.indicators.names import after_agent_subject
from kehoach_parser.extract.indicators.status import collect_candidates, continues_target_list
from kehoach_parser.text.normalize import normalize


def _drafts(sentence: str) -> tuple[str, dict[float, Draft]]:
    text = normalize(sentence).text
    with collect_candidates() as cands:
        figures_from_text(text)
    by_value = {d.q.value: d for _f, d, _r, _t in cands
                if d.q is not None and d.q.value is not None}
    return text, by_value


def _continues(sentence: str, first: float, then: float) -> bool:
    text, by_value = _drafts(sentence)
    return continues_target_list(text, by_value[first], by_value[then])


_LEAD = "Năm 2027, công ty đặt mục tiêu vận chuyển trên 5.000 lượt hành khách; "


def test_items_after_a_target_joined_by_semicolon_and_comma_continue_the_list() -> None:
    s = _LEAD + "tổng doanh thu 62,4 tỷ đồng, lợi nhuận 3,1 tỷ đồng.\n"
    assert _continues(s, 5000.0, 62.4)
    assert _continues(s, 62.4, 3.1)


def test_a_sentence_stop_ends_the_list() -> None:
    s = "Năm 2027, công ty đặt mục tiêu vận chuyển trên 5.000 lượt hành khách. Tổng doanh " \
        "thu 62,4 tỷ đồng.\n"
    assert not _continues(s, 5000.0, 62.4)


def test_a_comparison_with_the_same_period_ends_the_list() -> None:
    s = _LEAD + "lợi nhuận tăng 3,1% so với cùng kỳ.\n"
    assert not _continues(s, 5000.0, 3.1)


def test_a_past_marker_in_the_item_ends_the_list() -> None:
    assert not _continues(_LEAD + "tổng doanh thu đã đạt 62,4 tỷ đồng.\n", 5000.0, 62.4)


def test_a_share_ends_the_list() -> None:
    assert not _continues(_LEAD + "doanh thu chiếm 30% toàn ngành.\n", 5000.0, 30.0)


def test_facts_about_the_place_end_the_list() -> None:
    s = "Năm 2027, huyện phấn đấu thu ngân sách 120 tỷ đồng; dân số 45.000 người.\n"
    assert not _continues(s, 120.0, 45000.0)


def test_a_list_opener_is_no_fact() -> None:
    s = "Năm 2027, huyện phấn đấu trồng mới 300 ha rừng (gồm 120 ha rừng phòng hộ, 180 ha " \
        "rừng sản xuất).\n"
    assert _continues(s, 120.0, 180.0)  # "gồm" stands in the sentence before the item


def test_a_figure_with_no_separator_before_it_is_no_list_item() -> None:
    s = "Năm 2027, huyện phấn đấu trồng mới 300 ha rừng (gồm 120 ha rừng phòng hộ).\n"
    assert not _continues(s, 300.0, 120.0)


def test_a_plan_quoted_before_the_list_ends_it() -> None:
    s = "Tổng đàn bò đạt 1.200 con/KH 1.150 con, đàn lợn 6.100 con, đàn gà 40.000 con.\n"
    assert not _continues(s, 6100.0, 40000.0)


def test_a_reviewing_sentence_before_in_the_paragraph_ends_the_list() -> None:
    s = "Nhiệm kỳ vừa qua, xã hoàn thành các chỉ tiêu. Giá trị sản xuất đạt 700 tỷ đồng; " \
        "thu ngân sách 12 tỷ đồng; giảm 80 hộ nghèo.\n"
    assert not _continues(s, 12.0, 80.0)


def test_a_committing_sentence_before_keeps_the_list() -> None:
    s = "Nhiệm kỳ qua xã đạt nhiều kết quả. Nhiệm kỳ tới, xã sẽ phấn đấu. Giá trị sản xuất " \
        "900 tỷ đồng; thu ngân sách 15 tỷ đồng.\n"
    assert _continues(s, 900.0, 15.0)


def test_an_earlier_figure_never_continues_a_later_one() -> None:
    s = _LEAD + "tổng doanh thu 62,4 tỷ đồng.\n"
    assert not _continues(s, 62.4, 5000.0)


# --- names: a body acting after an adverbial lead ---------------------------------------

def _after(s: str) -> str:
    return s[after_agent_subject(s, 0, len(s)):]


def test_a_body_after_an_adverbial_lead_is_cut_from_the_name() -> None:
    assert _after("trên cơ sở rà soát tiềm năng, lợi thế, Ủy ban nhân dân huyện xây dựng "
                  "kịch bản tăng trưởng") == "kịch bản tăng trưởng"


def test_a_body_that_sets_a_target_after_a_lead_is_cut() -> None:
    assert _after("Trong công tác thu, Cục Thuế xác định tổng thu nội địa") \
        == "tổng thu nội địa"


def test_a_comma_inside_a_listed_name_cuts_nothing_without_a_body() -> None:
    s = "tỷ lệ xã, phường đạt chuẩn"
    assert _after(s) == s


def test_a_place_word_that_names_no_body_after_a_comma_cuts_nothing() -> None:
    s = "Về an sinh, xã hội hóa nguồn lực chăm lo"
    assert _after(s) == s


def test_commas_that_list_what_a_measure_counts_close_no_lead() -> None:
    # review R19c finding 1: "thị trấn xây dựng …" after the list's last comma reads like a
    # body that acts, but the commas list the places the rate is of
    for s in ("tỷ lệ xã, phường, thị trấn xây dựng kế hoạch phòng chống thiên tai",
              "Tỷ lệ cơ quan, đơn vị, xã xác định danh mục thủ tục"):
        assert _after(s) == s
