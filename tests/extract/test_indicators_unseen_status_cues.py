"""Status words found on documents the rules had not seen (issue 12, brief H12R), decided
by the shipped status model.  Every sentence is written for the test."""

from __future__ import annotations

from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.text.normalize import normalize


def _values(text: str) -> tuple[list[float | None], list[float | None]]:
    targets, results = figures_from_text(normalize(text).text)
    return [i.value for i in targets], [i.value for i in results]


def test_building_on_results_achieved_looks_ahead_to_targets() -> None:
    text = ("Phát huy kết quả đạt được, nhiệm kỳ 2028 – 2033, Hội Cựu chiến binh xã đề ra "
            "một số chỉ tiêu cơ bản như: 100% chi hội hoạt động tốt. Trên 75% hội viên "
            "tham gia câu lạc bộ; hằng năm có hơn 85% số hộ hội viên đạt gia đình văn "
            "hóa.\n")
    targets, results = _values(text)
    assert targets == [100.0, 75.0, 85.0]
    assert results == []


def test_continuing_achievements_before_the_figures_looks_ahead() -> None:
    # another verb and another achievement noun than the sentence above: the cue is the
    # phrase's shape (verb of building on × achievement × "đạt được"), not one wording
    text = ("Tiếp nối những thành quả đã đạt được, năm học 2028 – 2029 nhà trường có 100% "
            "lớp học đạt chuẩn; trên 80% giáo viên đạt giáo viên giỏi cấp trường.\n")
    targets, results = _values(text)
    assert targets == [100.0, 80.0]
    assert results == []


def test_results_achieved_alone_still_report() -> None:
    text = ("Nhiệm kỳ qua, Hội Cựu chiến binh xã đã đạt được kết quả tốt: 100% chi hội "
            "hoạt động tốt. Có 78% hội viên tham gia câu lạc bộ.\n")
    targets, results = _values(text)
    assert targets == []
    assert sorted(v for v in results if v is not None) == [78.0, 100.0]
