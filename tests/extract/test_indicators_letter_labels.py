"""Decision 35: a lettered label is the letter without its trailing punctuation; a label in
parentheses keeps them (as the spec's "(1)")."""
from __future__ import annotations

import pytest

import kehoach_parser as kp

_HEAD = "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2027\n\nII. CHỈ TIÊU CHỦ YẾU\n"


@pytest.mark.parametrize(("marks", "want"), [
    (("a)", "b)", "c)"), ["a", "b", "c"]),
    (("a.", "b.", "c."), ["a", "b", "c"]),
    (("(a)", "(b)", "(c)"), ["(a)", "(b)", "(c)"]),
    (("1)", "2)", "3)"), ["1", "2", "3"]),
    # the label as the outline reads it (Label.text): a dash or a slash goes as a dot does
    (("1-", "2-", "3-"), ["1", "2", "3"]),
    (("1/", "2/", "3/"), ["1", "2", "3"]),
    (("1.", "2.", "3."), ["1", "2", "3"]),
])
def test_lettered_and_numbered_labels_drop_their_closing_mark(marks: tuple[str, str, str],
                                                             want: list[str]) -> None:
    body = (f"{marks[0]} Tốc độ tăng trưởng kinh tế đạt 8%.\n"
            f"{marks[1]} Thu nhập bình quân đầu người đạt 65 triệu đồng.\n"
            f"{marks[2]} Tỷ lệ hộ nghèo giảm còn 1,5%.\n")
    doc = kp.parse(_HEAD + body)
    assert [i.value for i in doc.indicators] == [8.0, 65.0, 1.5]
    assert [i.label for i in doc.indicators] == want


def test_the_letter_d_with_stroke_drops_its_mark_too() -> None:
    body = ("c) Tốc độ tăng trưởng kinh tế đạt 8%.\n"
            "d) Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%.\n"
            "đ) Tỷ lệ trường đạt chuẩn quốc gia đạt 90%.\n")
    doc = kp.parse(_HEAD + body)
    assert [i.label for i in doc.indicators] == ["c", "d", "đ"]


@pytest.mark.parametrize("gap", ["", " "])
def test_a_letter_label_glued_to_the_figure_of_its_item_is_a_label(gap: str) -> None:
    # "a)95% …" typed without a space: the item's value, its name after it, label "a"
    body = (f"2. Mục tiêu cụ thể\n\na){gap}95% trẻ em trong độ tuổi được tiêm chủng đầy đủ;\n\n"
            f"b){gap}12 xã đạt chuẩn nông thôn mới nâng cao.\n")
    doc = kp.parse(_HEAD + body)
    assert [(i.value, i.label) for i in doc.indicators] == [(95.0, "a"), (12.0, "b")]
    assert doc.indicators[0].name.startswith("trẻ em")
    assert not any(")" in (i.name or "") for i in doc.indicators)
