"""A lead-in that names targets governs the figures listed after it (issue 12, brief H16S):
a list word ("như", "gồm") opens the list as a colon does, and a past marker before a verb
of deciding ("đã thống nhất") reports the decision, not the figures.  Every sentence is
written for the test; each case has a negative twin.
"""

from __future__ import annotations

import pytest

import kehoach_parser
from kehoach_parser.extract.indicators.status import _DECIDED_RE, _TARGET_LEAD_RE
from kehoach_parser.text.normalize import normalize

_SESSION = "Chiều 18/12, HĐND xã họp bàn nhiệm vụ năm 2028. "
_FIGURES = ("Giá trị sản xuất nông nghiệp đạt 912 tỷ đồng, tăng 5,4% so với cùng kỳ. "
            "Doanh thu du lịch đạt 318 tỷ đồng, tăng 9,6% so với cùng kỳ.\n")
_VALUES = [912.0, 5.4, 318.0, 9.6]


@pytest.fixture(autouse=True)
def shipped_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped status model decides (the lead-in corrects its results)."""
    monkeypatch.delenv("KEHOACH_STATUS", raising=False)


def _figures(text: str) -> tuple[list[float | None], list[float | None]]:
    doc = kehoach_parser.parse(normalize(text).text)
    return [r.value for r in doc.indicators], [r.value for r in doc.results]


@pytest.mark.parametrize(("lead", "end"), [
    ("các chỉ tiêu chủ yếu như ", "chỉ tiêu chủ yếu như"),
    ("một số mục tiêu, gồm ", "mục tiêu, gồm"),
    ("các chỉ tiêu sau: ", "chỉ tiêu sau:"),
])
def test_a_list_word_or_a_colon_ends_a_lead_in(lead: str, end: str) -> None:
    m = _TARGET_LEAD_RE.search("Xã tập trung thực hiện " + lead + "thu ngân sách 12 tỷ")
    assert m is not None and m.group() == end


def test_a_word_that_only_begins_with_a_list_word_ends_no_lead_in() -> None:
    assert _TARGET_LEAD_RE.search("các chỉ tiêu nhưng chưa rõ nguồn 12 tỷ") is None


def test_a_verb_of_deciding_follows_the_past_marker() -> None:
    assert _DECIDED_RE.match(" thống nhất các chỉ tiêu") is not None
    assert _DECIDED_RE.match(" hoàn thành các chỉ tiêu") is None


def test_figures_after_a_lead_in_opened_by_nhu_are_targets() -> None:
    text = _SESSION + "Xã tập trung thực hiện các chỉ tiêu chủ yếu như " + _FIGURES
    assert _figures(text) == (_VALUES, [])


def test_a_lead_in_opened_by_nhu_that_reviews_governs_nothing() -> None:
    text = _SESSION + "Năm qua, xã đã hoàn thành các chỉ tiêu chủ yếu như " + _FIGURES
    assert _figures(text) == ([], _VALUES)


def test_a_decision_on_targets_in_the_past_still_sets_targets() -> None:
    text = _SESSION + "Kỳ họp đã thống nhất nhiệm vụ năm 2028 với các chỉ tiêu: " + _FIGURES
    assert _figures(text) == (_VALUES, [])


def test_a_past_review_of_targets_is_no_decision() -> None:
    text = _SESSION + "Kỳ họp đã đánh giá kết quả thực hiện các chỉ tiêu: " + _FIGURES
    assert _figures(text) == ([], _VALUES)


@pytest.mark.parametrize("text", [
    "Các chỉ tiêu kinh tế cũng như xã hội năm 2025 đều đạt khá, tốc độ tăng trưởng đạt 7,5%",
    "Các nhiệm vụ được triển khai như kế hoạch, tỷ lệ giải ngân đạt 85%",
    "Các chỉ tiêu đạt như cùng kỳ, thu ngân sách 12 tỷ",
    "Các mục tiêu như năm trước, thu ngân sách 12 tỷ",
])
def test_nhu_that_compares_ends_no_lead_in(text: str) -> None:
    # (review R16 F4) "cũng như", "như kế hoạch", "như cùng kỳ", "như năm …" compare
    assert _TARGET_LEAD_RE.search(text) is None


def test_nhu_before_a_colon_or_a_measure_still_ends_a_lead_in() -> None:
    m = _TARGET_LEAD_RE.search("các chỉ tiêu chủ yếu như: tốc độ tăng trưởng đạt 15%")
    assert m is not None and m.group() == "chỉ tiêu chủ yếu như:"
    m = _TARGET_LEAD_RE.search("các chỉ tiêu cũng như mục tiêu như tốc độ tăng trưởng 5%")
    assert m is not None and m.group() == "chỉ tiêu cũng như mục tiêu như"


def test_figures_after_a_comparison_by_nhu_are_not_governed_by_it() -> None:
    # (brief M18a) a figure compared with the same period, its sentence not committing
    text = _SESSION + "Các chỉ tiêu kinh tế cũng như xã hội đều đạt khá, " + _FIGURES
    assert _figures(text) == ([], _VALUES)
    text = _SESSION + "Xã tập trung thực hiện các chỉ tiêu chủ yếu như kế hoạch, " + _FIGURES
    assert _figures(text) == ([], _VALUES)


def test_a_committing_lead_in_line_governs_its_bullets() -> None:
    # (brief M18a) mirrors the reviewing lead-in line
    text = "Phấn đấu năm 2028:\n- Cả huyện vận động 120 hộ gia đình tham gia nuôi ong lấy mật.\n"
    assert _figures(text) == ([120.0], [])
    text = ("Quyết tâm đến năm 2028:\n\n- Cả huyện vận động 120 hộ gia đình tham gia nuôi "
            "ong lấy mật.\n- Trồng mới 45 ha chè.\n")
    assert _figures(text) == ([120.0, 45.0], [])


def test_a_committing_lead_in_does_not_govern_an_item_that_reports() -> None:
    text = ("Phấn đấu năm 2028:\n- Năm qua cả huyện đã vận động 120 hộ gia đình tham gia "
            "nuôi ong lấy mật.\n")
    assert _figures(text) == ([], [120.0])


def test_a_committing_lead_in_reaches_no_further_than_its_list() -> None:
    from kehoach_parser.extract.indicators.clauses import Draft
    from kehoach_parser.extract.indicators.status import listed_under_commit_lead

    def at(text: str, figure: str) -> Draft:
        i = text.index(figure)
        return Draft(name=None, name_span=None, span=(i, i + len(figure)), q=None)

    text = ("Phấn đấu năm 2028:\n- Trồng mới 45 ha chè.\nTrong năm, kết quả như sau:\n"
            "- Trồng mới 30 ha chè.\n")
    assert listed_under_commit_lead(text, at(text, "45"))
    assert not listed_under_commit_lead(text, at(text, "30"))
    text = "Phấn đấu năm 2028 trồng mới nhiều diện tích chè.\n- Trồng mới 45 ha chè.\n"
    assert not listed_under_commit_lead(text, at(text, "45"))


def test_a_figure_compared_with_the_same_period_stays_a_target_where_committed() -> None:
    text = _SESSION + ("Xã phấn đấu đưa giá trị sản xuất nông nghiệp đạt 912 tỷ đồng, tăng "
                       "5,4% so với cùng kỳ.\n")
    assert _figures(text) == ([912.0, 5.4], [])
    text = ("Chiều 18/12, HĐND xã họp bàn nhiệm vụ năm 2028. Dự kiến giá trị sản xuất nông "
            "nghiệp tăng 5,4% so với cùng kỳ.\n")
    assert _figures(text) == ([5.4], [])


def test_a_lead_in_naming_targets_governs_its_bullets() -> None:
    text = "Mục tiêu năm 2028:\n- Cả huyện vận động 120 hộ gia đình tham gia nuôi ong lấy mật.\n"
    assert _figures(text) == ([120.0], [])


def test_a_figure_compared_with_last_year_in_a_targets_section_stays_a_target() -> None:
    text = ("KẾ HOẠCH\nPhát triển kinh tế năm 2028\nII. CHỈ TIÊU CHỦ YẾU\n1. Giá trị sản xuất "
            "nông nghiệp đạt 912 tỷ đồng, tăng 5,4% so với cùng kỳ.\n")
    assert _figures(text) == ([912.0, 5.4], [])


def test_a_figure_compared_with_last_year_in_a_news_report_is_a_result() -> None:
    text = ("Sáng 20/12, xã tổng kết năm. Doanh thu du lịch đạt 318 tỷ đồng, tăng 9,6% so "
            "với năm trước.\n")
    assert _figures(text) == ([], [318.0, 9.6])


def test_each_lead_in_test_is_read_once_per_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    # (review R18b, finding 7) the features and the rules share one verdict per figure
    from kehoach_parser.extract.indicators import status as status_module

    calls: list[tuple[str, int]] = []
    for name in ("_listed_under_target_lead", "listed_under_review_lead",
                 "listed_under_commit_lead"):
        original = getattr(status_module, name)

        def spy(text: str, d: object, *args: object, _f: object = original,
                _n: str = name) -> bool:
            q = d.q  # type: ignore[attr-defined]
            calls.append((_n, q.value_span[0] if q is not None else d.span[0]))  # type: ignore[attr-defined]
            return _f(text, d, *args)  # type: ignore[operator,no-any-return]

        monkeypatch.setattr(status_module, name, spy)
    text = ("Năm qua, xã đã đạt được những kết quả sau:\n- Trồng mới 30 ha chè.\n"
            "- Giá trị sản xuất nông nghiệp đạt 912 tỷ đồng, tăng 5,4% so với cùng kỳ.\n"
            "Phấn đấu năm 2028:\n- Trồng mới 45 ha chè.\n- Thu ngân sách tăng 6% so với "
            "cùng kỳ.\n")
    _figures(text)
    assert calls  # the tests ran
    assert len(calls) == len(set(calls))


_REVIEWED = ("Xã Hòa An tổng kết công tác năm 2026\n"
             "Năm 2026, giá trị sản xuất thủy sản của xã đạt 86 tỷ đồng, tăng 3,1% so với "
             "cùng kỳ. Thu ngân sách đạt 41 tỷ đồng, vượt 9% dự toán. Toàn xã có thêm 4 thôn "
             "đạt chuẩn văn hóa.\n")
_COMING = ("- Có thêm 2 thôn đạt chuẩn văn hóa.\n"
           "- Tỷ lệ hộ cận nghèo giảm còn 2,4%.\n")


@pytest.mark.parametrize("lead", [
    "Phương hướng năm 2027:", "Phương hướng, nhiệm vụ năm 2027:", "Nhiệm vụ năm 2027:",
    "Kế hoạch năm 2027:", "3. Phương hướng nhiệm vụ năm 2027:", "Phấn đấu năm 2027:",
])
def test_a_report_s_lead_in_for_a_coming_year_governs_its_bullets(lead: str) -> None:
    # (review R18b, finding 1) a report that ends with the next year's direction
    assert _figures(_REVIEWED + lead + "\n" + _COMING) == ([2.0, 2.4], [86.0, 3.1, 41.0, 9.0,
                                                                        4.0])


@pytest.mark.parametrize("lead", [
    # the report's own year, a past one, a lead-in that reviews, a noun not opening the line
    "Nhiệm vụ năm 2026 đã đạt được:", "Kế hoạch năm 2025:",
    "Kết quả thực hiện kế hoạch năm 2027:",
])
def test_a_lead_in_naming_no_coming_year_does_not_commit(lead: str) -> None:
    from kehoach_parser.extract.indicators.clauses import Draft
    from kehoach_parser.extract.indicators.status import listed_under_commit_lead

    text = _REVIEWED + lead + "\n" + _COMING
    i = text.index("2,4")
    d = Draft(name=None, name_span=None, span=(i, i + 3), q=None)
    assert listed_under_commit_lead(text, d, plan_year=2026) is False
    text = _REVIEWED + "Phương hướng năm 2027:\n" + _COMING
    i = text.index("2,4")
    d = Draft(name=None, name_span=None, span=(i, i + 3), q=None)
    assert listed_under_commit_lead(text, d, plan_year=2026)
    assert not listed_under_commit_lead(text, d, plan_year=None)
