"""``names.name_after`` hands the value's own bound inside the name it reads to
``name_after_string`` (review R18a finding 9: it was searched twice); the bound it hands
over is the one ``values.bound_in_name`` finds in the name's final span."""

from __future__ import annotations

import pytest

from kehoach_parser.extract.indicators.names import name_after, name_after_string
from kehoach_parser.extract.indicators.values import bound_in_name, find_quantities

_SENTENCES = [
    "Mỗi xã thành lập mới từ 3 tổ hợp tác trở lên.",
    "Có từ 4 khu dân cư trở lên đạt “khu dân cư kiểu mẫu”.",
    "Có từ 85% tổ chức đoàn hoàn thành tốt nhiệm vụ trở lên, không có tổ chức yếu kém.",
    "Có từ 70% nhân viên đạt trình độ trung cấp trở lên.",
    "Có ít nhất 90% người từ 60 tuổi trở lên được khám sức khỏe.",
    "Mỗi chi hội kết nạp từ 3 hội viên trở lên/năm.",
    "Có 100% cán bộ có trình độ từ đại học trở lên.",
    "Có từ 5 hợp tác xã, nhất là hợp tác xã nông nghiệp, trở lên.",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_the_bound_handed_over_is_the_one_found_in_the_final_name(text: str) -> None:
    qs = find_quantities(text, 0, len(text))
    assert qs
    for q in qs:
        after = name_after(text, q, len(text))
        assert after.span is not None
        assert after.bound == bound_in_name(text, q, *after.span)


def test_a_bound_inside_the_name_is_handed_over_and_taken_out() -> None:
    text = "Có từ 4 khu dân cư trở lên đạt “khu dân cư kiểu mẫu”."
    q = find_quantities(text, 0, len(text))[0]
    after = name_after(text, q, len(text))
    assert after.span is not None and after.bound is not None
    assert text[after.bound[0]:after.bound[1]] == "trở lên"
    assert name_after_string(text, after.span, q, after.bound) == \
        "khu dân cư đạt “khu dân cư kiểu mẫu”"


def test_a_bound_cut_off_the_name_is_not_handed_over() -> None:
    text = "Có từ 5 hợp tác xã, nhất là hợp tác xã nông nghiệp, trở lên."
    q = find_quantities(text, 0, len(text))[0]
    after = name_after(text, q, len(text))
    assert after.span is not None and after.span[1] <= text.index("trở lên")
    assert after.bound is None
