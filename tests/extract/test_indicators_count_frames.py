""""từ N … trở lên" closes a frame around what is counted: the bound is the value's
comparator, never part of the name; what describes the counted thing after the bound stays
in the name up to the next clause (brief H18N)."""

from __future__ import annotations

import pytest

from kehoach_parser.extract.indicators import indicators_from_text

#: Each item is set in the targets section of a plan: a bare item with no status word is
#: ambiguous as written (since the H19S refit "1. Có từ 4 cơ sở … trở lên." parsed alone
#: is "none" by 0.42 to 0.39, "- 100% cán bộ …" a result); these tests are about names.
PLANNED = "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2027\n\nI. CHỈ TIÊU CHỦ YẾU\n"


def _records(text: str) -> list[tuple[str | None, str, float | None, str | None]]:
    return [(i.name, i.comparator, i.value, i.unit)
            for i in indicators_from_text(PLANNED + text)]


def test_bound_right_after_the_counted_noun_leaves_the_name() -> None:
    assert _records("1. Phấn đấu mỗi năm thành lập mới từ 3 hợp tác xã trở lên.") == [
        ("hợp tác xã", ">=", 3.0, "hợp tác xã")]


def test_words_after_the_bound_still_describe_the_counted_thing() -> None:
    found = _records("1. Đến năm 2027 có từ 4 tổ dân phố trở lên đạt “tổ dân phố an toàn”.")
    assert found == [("tổ dân phố đạt “tổ dân phố an toàn”", ">=", 4.0, "tổ dân phố")]


def test_a_new_clause_after_the_bound_ends_the_name() -> None:
    found = _records("1. Hằng năm có từ 85% chi bộ hoàn thành tốt nhiệm vụ trở lên, "
                     "không có chi bộ yếu kém.")
    assert [(n, c, v) for n, c, v, _ in found] == [
        ("chi bộ hoàn thành tốt nhiệm vụ", ">=", 85.0)]


def test_the_bound_of_an_age_inside_the_name_stays() -> None:
    found = _records("- Phấn đấu ít nhất 90% người từ 60 tuổi trở lên được khám sức khỏe.")
    assert [(n, c) for n, c, _, _ in found] == [
        ("người từ 60 tuổi trở lên được khám sức khỏe", ">=")]


def test_a_frame_opened_inside_the_name_keeps_its_bound() -> None:
    # "ít nhất" bounds the share; "từ … trở lên" bounds the degree the teachers hold
    found = _records("- Phấn đấu ít nhất 90% giáo viên đạt trình độ từ cao đẳng trở lên.")
    assert [(n, c) for n, c, _, _ in found] == [
        ("giáo viên đạt trình độ từ cao đẳng trở lên", ">=")]


def test_an_equal_value_keeps_a_bound_that_is_not_its_own() -> None:
    found = _records("- 100% cán bộ có trình độ từ đại học trở lên.")
    assert [(n, c) for n, c, _, _ in found] == [("cán bộ có trình độ từ đại học trở lên", "=")]


def test_a_rate_after_the_bound_is_not_left_in_the_name() -> None:
    found = _records("- Mỗi chi bộ kết nạp từ 2 đảng viên trở lên/năm.")
    assert [n for n, _, _, _ in found] == ["đảng viên"]


def test_a_denominator_after_the_bound_stays_in_the_name() -> None:
    # review R18a finding 4: only the rate's "/năm" goes with the bound, a "/xã" is the name's
    found = _records("1. Mỗi huyện xây dựng từ 3 điểm sinh hoạt cộng đồng trở lên/xã.")
    assert [(n, c, v) for n, c, v, _ in found] == [
        ("điểm sinh hoạt cộng đồng/xã", ">=", 3.0)]


def test_a_denominator_written_without_the_bound_is_named_the_same_way() -> None:
    found = _records("1. Mỗi huyện xây dựng ít nhất 3 điểm sinh hoạt cộng đồng/xã.")
    assert [(n, c, v) for n, c, v, _ in found] == [
        ("điểm sinh hoạt cộng đồng/xã", ">=", 3.0)]


def test_a_spaced_rate_after_the_bound_is_dropped_too() -> None:
    found = _records("- Mỗi tổ chức cơ sở kết nạp từ 3 hội viên trở lên / năm.")
    assert [n for n, _, _, _ in found] == ["hội viên"]


def test_the_bound_of_a_level_inside_the_name_stays() -> None:
    # review R18a finding 3: "trình độ X trở lên" is the level of what is counted, even
    # when the share opens with "từ"
    found = _records("1. Phấn đấu có từ 75% nhân viên y tế đạt trình độ trung cấp trở lên.")
    assert [(n, c, v, u) for n, c, v, u in found] == [
        ("nhân viên y tế đạt trình độ trung cấp trở lên", ">=", 75.0, "%")]


def test_the_bound_of_a_rating_inside_the_name_stays() -> None:
    found = _records("1. Hằng năm có từ 90% hội viên được xếp loại khá trở lên.")
    assert [(n, c, v) for n, c, v, _ in found] == [
        ("hội viên được xếp loại khá trở lên", ">=", 90.0)]


def test_a_level_word_after_the_bound_does_not_keep_it() -> None:
    found = _records("1. Có từ 5 hợp tác xã trở lên đạt mức khá.")
    assert [(n, c, v) for n, c, v, _ in found] == [("hợp tác xã đạt mức khá", ">=", 5.0)]


@pytest.mark.parametrize(("sentence", "name", "value"), [
    # R18b finding 6: "các loại", "nhiều mức" say "all kinds", "several levels": no level
    # of what is counted, so the bound is the frame's and leaves the name
    ("1. Có từ 50 hộ nuôi các loại gia súc trở lên.", "hộ nuôi các loại gia súc", 50.0),
    ("1. Mỗi xã có từ 2 mô hình sản xuất các loại rau an toàn trở lên.",
     "mô hình sản xuất các loại rau an toàn", 2.0),
    ("1. Phấn đấu mỗi xã có từ 3 hợp tác xã kinh doanh nhiều loại nông sản trở lên.",
     "hợp tác xã kinh doanh nhiều loại nông sản", 3.0),
])
def test_a_plural_before_a_level_head_does_not_keep_the_bound(sentence: str, name: str,
                                                              value: float) -> None:
    found = _records(sentence)
    assert [(n, c, v) for n, c, v, _ in found] == [(name, ">=", value)]


@pytest.mark.parametrize(("sentence", "name", "value"), [
    # a single level head still keeps its bound in the name
    ("1. Hằng năm có từ 80% đảng viên được đánh giá loại hoàn thành tốt nhiệm vụ trở lên.",
     "đảng viên được đánh giá loại hoàn thành tốt nhiệm vụ trở lên", 80.0),
    ("1. Có từ 60% hộ gia đình đạt mức sống trung bình khá trở lên.",
     "hộ gia đình đạt mức sống trung bình khá trở lên", 60.0),
    ("1. Có từ 4 cơ sở lưu trú xếp hạng 3 sao trở lên.",
     "cơ sở lưu trú xếp hạng 3 sao trở lên", 4.0),
])
def test_a_single_level_head_still_keeps_the_bound(sentence: str, name: str,
                                                   value: float) -> None:
    found = _records(sentence)
    assert [(n, c, v) for n, c, v, _ in found] == [(name, ">=", value)]
