"""The year of a sentence's lead-in (project decision 1): it goes to every record of the
sentence, also when the first value reads the lead-in's year phrase as its own chain
("Đến năm 2027: 95% …; 70% …"); a year after a target's name stays that target's own, a
baseline is never a year, and a heading gives none."""

from __future__ import annotations

import pytest
from indicator_helpers import rule_decider  # noqa: F401
from indicator_helpers import years_by_value as _years


@pytest.mark.parametrize(
    "lead", ["Đến năm 2027:", "Đến năm 2027,", "Phấn đấu đến năm 2027:", "Đến hết năm 2027:"]
)
def test_lead_year_read_into_the_first_chain_goes_to_the_whole_sentence(lead: str) -> None:
    text = (
        f"Mọi người dân được chăm lo tốt hơn. {lead} 95% số thôn có nhà văn hóa đạt chuẩn; "
        "70% số hộ gia đình được công nhận gia đình văn hóa; thu nhập bình quân đầu người "
        "đạt 85 triệu đồng."
    )
    assert _years(text) == {95.0: 2027, 70.0: 2027, 85.0: 2027}


def test_lead_year_stops_at_the_sentence_end() -> None:
    text = (
        "Đến năm 2027: 95% số thôn có nhà văn hóa đạt chuẩn; 70% số hộ gia đình được công "
        "nhận gia đình văn hóa. Tỷ lệ lao động qua đào tạo đạt 65%."
    )
    years = _years(text)
    assert years[95.0] == years[70.0] == 2027
    assert years[65.0] is None


def test_year_after_a_name_is_that_target_own() -> None:
    text = (
        "Tỷ lệ hộ nghèo đến năm 2027 giảm còn dưới 2%; tỷ lệ người dân tham gia bảo hiểm "
        "y tế đạt 96%."
    )
    years = _years(text)
    assert years[2.0] == 2027
    assert years[96.0] is None


def test_baseline_in_the_lead_is_never_the_year() -> None:
    text = (
        "So với năm 2020, tổng sản phẩm tăng 1,5 lần; thu ngân sách trên địa bàn tăng "
        "12%; tỷ lệ đô thị hóa đạt 45%."
    )
    years = _years(text)
    assert set(years.values()) == {None}


def test_heading_year_is_not_carried_to_the_clauses_under_it() -> None:
    text = (
        "II. NHIỆM VỤ NĂM 2027\n\n1. Tổng thu ngân sách nhà nước trên địa bàn đạt 1.250 tỷ "
        "đồng.\n\n2. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng dưới 8%.\n"
    )
    years = _years(text)
    assert years == {1250.0: None, 8.0: None}
