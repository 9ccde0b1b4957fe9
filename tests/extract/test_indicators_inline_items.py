"""A numbered or lettered list run into one paragraph (a page that lost its line breaks):
cut at its marks in order, each after a sentence end; a line labelled "1." or "a)" goes on
from its own label (H19L)."""
from __future__ import annotations

import kehoach_parser as kp
from kehoach_parser.extract.indicators.structure import split_inline
from kehoach_parser.text.lines import read_label, split_lines

_HEAD = "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2027\n\nII. CHỈ TIÊU CHỦ YẾU\n"


def _labels(body: str) -> list[tuple[str | None, float | None]]:
    return [(i.label, i.value) for i in kp.parse(_HEAD + body).indicators]


def _marks(text: str) -> list[str | None]:
    line = split_lines(text)[0]
    return [m for _s, _e, m in split_inline(line, read_label(line.text))]


def test_a_numbered_line_goes_on_from_its_own_number() -> None:
    body = ("1. Tổng thu ngân sách đạt 950 tỷ đồng. 2. Tổng vốn đầu tư tăng 12%. "
            "3. Tỷ lệ hộ nghèo giảm còn 1,5%.\n")
    assert _labels(body) == [("1", 950.0), ("2", 12.0), ("3", 1.5)]


def test_lettered_items_in_a_paragraph_are_cut_at_their_letters() -> None:
    body = ("Mục tiêu: a) 100% trường đạt chuẩn quốc gia; b) 95% dân số có bảo hiểm y tế; "
            "c) 80% thôn có nhà văn hóa.\n")
    assert _labels(body) == [("a", 100.0), ("b", 95.0), ("c", 80.0)]
    assert _marks("a) Tỷ lệ A đạt 9%; b) Tỷ lệ B đạt 8%; c) Tỷ lệ C đạt 7%.") == \
        [None, "b", "c"]


def test_too_short_a_run_is_no_list() -> None:
    assert _marks("a) Tỷ lệ A đạt 9%; b) Tỷ lệ B đạt 8%.") == [None]
    assert _marks("Mục tiêu: a) Tỷ lệ A đạt 9%; b) Tỷ lệ B đạt 8%.") == [None]


def test_marks_out_of_order_or_inside_a_sentence_cut_nothing() -> None:
    # "c)" skips "b)"; "b)" after a word, not after a sentence end, is inside the sentence
    assert _marks("a) Tỷ lệ A đạt 9%; c) Tỷ lệ C đạt 7%; d) Tỷ lệ D đạt 6%.") == [None]
    assert _marks("a) Tỷ lệ A đạt 9% b) Tỷ lệ B đạt 8% c) Tỷ lệ C đạt 7%.") == [None]
    assert _marks("1. Thu đạt 9 tỷ đồng 2. Chi đạt 8 tỷ đồng 3. Vay 7 tỷ đồng.") == [None]


def _named(body: str) -> list[tuple[str, str | None]]:
    return [(i.name, i.label) for i in kp.parse(_HEAD + body).indicators]


def test_a_numbered_line_runs_its_lettered_items_from_a() -> None:
    # review R19b finding 5: the line's "1." is of the other kind and not counted
    body = ("1. Các chỉ tiêu kinh tế: a) Tổng vốn đầu tư đạt 820 tỷ đồng; b) Tỷ lệ thất "
            "nghiệp dưới 3%; c) Tỷ lệ đô thị hóa đạt 40%.\n")
    assert _named(body) == [("Tổng vốn đầu tư", "a"), ("Tỷ lệ thất nghiệp", "b"),
                            ("Tỷ lệ đô thị hóa", "c")]
    assert _marks(body.strip()) == [None, "a", "b", "c"]


def test_a_numbered_line_with_two_letters_cuts_nothing() -> None:
    # "a)" and "b)" alone are fewer than three: the line's own "1." does not make up the count
    text = "1. Các chỉ tiêu: a) Tổng vốn đầu tư đạt 820 tỷ đồng; b) Tỷ lệ thất nghiệp dưới 3%."
    assert len(_marks(text)) == 1


def test_letters_of_a_numbered_line_inside_a_sentence_cut_nothing() -> None:
    text = ("1. Chọn phương án a) hoặc phương án b) đã trình; c) Tỷ lệ thất nghiệp dưới "
            "3%.")
    assert len(_marks(text)) == 1
