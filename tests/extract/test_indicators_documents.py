"""Whole plans written for these tests: which numbers of a document are its targets."""

from __future__ import annotations

import pytest

from kehoach_parser import parse
from kehoach_parser.document import Indicator
from kehoach_parser.extract.indicators import indicators_from_text
from kehoach_parser.text.normalize import normalize


@pytest.fixture(autouse=True)
def rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests check how figures are read; the status decision (target or result) is
    tested on its own (test_indicators_status.py): the rule baseline decides here."""
    monkeypatch.setenv("KEHOACH_STATUS", "rules")

DISTRICT_PLAN = """ỦY BAN NHÂN DÂN
HUYỆN ĐÔNG SƠN
Số: 25/KH-UBND
Đông Sơn, ngày 15 tháng 01 năm 2026

KẾ HOẠCH
Phát triển kinh tế - xã hội năm 2026

Căn cứ Nghị quyết số 12/NQ-HĐND ngày 20/12/2025 của HĐND huyện về nhiệm vụ năm 2026;

I. KẾT QUẢ THỰC HIỆN NĂM 2025
Tốc độ tăng trưởng kinh tế đạt 9,8%; thu ngân sách đạt 320 tỷ đồng, bằng 112% dự toán.

II. MỤC TIÊU, CHỈ TIÊU NĂM 2026
1. Mục tiêu tổng quát
Huy động mọi nguồn lực; phấn đấu hoàn thành toàn diện 25 chỉ tiêu chủ yếu.
2. Các chỉ tiêu chủ yếu
a) Về kinh tế
- Tốc độ tăng giá trị sản xuất bình quân đạt 10,5% trở lên, trong đó:
+ Nông, lâm, thủy sản tăng 3,2%;
+ Dịch vụ tăng 11%.
- Tổng vốn đầu tư phát triển toàn xã hội khoảng 4.500 tỷ đồng.
- Có thêm 03 xã đạt chuẩn nông thôn mới nâng cao.
b) Về môi trường
- Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý: đô thị 100%, nông thôn 90%.
c) Về quốc phòng - an ninh
- Kéo giảm từ 5% trở lên số vụ phạm pháp hình sự so với năm 2025.

III. NHIỆM VỤ, GIẢI PHÁP
1. Tập trung chỉ đạo sản xuất vụ Đông Xuân; phấn đấu năng suất lúa đạt 65 tạ/ha.
2. Tổ chức tốt Đại hội Thể dục thể thao huyện lần thứ X; kỷ niệm 80 năm ngày thành lập huyện.
3. Triển khai 05 nhóm giải pháp trọng tâm, 03 khâu đột phá; Ban Chỉ đạo gồm 15 thành viên, họp mỗi quý 01 lần.

IV. KINH PHÍ THỰC HIỆN
Tổng kinh phí dự kiến: 1.250 triệu đồng, trong đó ngân sách tỉnh 800 triệu đồng.

V. TỔ CHỨC THỰC HIỆN
Các phòng, ban báo cáo kết quả trước ngày 15/12/2026.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""  # noqa: E501 - the plan's lines as written


def _rows(found: list[Indicator]) -> list[tuple[object, ...]]:
    return [(i.name, i.group, i.comparator, i.value, i.unit, i.direction) for i in found]


def test_targets_of_a_district_plan() -> None:
    doc = parse(DISTRICT_PLAN)
    assert _rows(doc.indicators) == [
        ("Tốc độ tăng giá trị sản xuất bình quân", None, ">=", 10.5, "%", None),
        ("Nông, lâm, thủy sản", "Tốc độ tăng giá trị sản xuất bình quân", "=", 3.2, "%",
         "increase"),
        ("Dịch vụ", "Tốc độ tăng giá trị sản xuất bình quân", "=", 11.0, "%", "increase"),
        ("Tổng vốn đầu tư phát triển toàn xã hội", None, "~", 4500.0, "tỷ đồng", None),
        ("xã đạt chuẩn nông thôn mới nâng cao", None, "=", 3.0, "xã", "increase"),
        ("đô thị", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "=", 100.0, "%", None),
        ("nông thôn", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "=", 90.0, "%",
         None),
        ("số vụ phạm pháp hình sự", None, ">=", 5.0, "%", "decrease"),
        ("năng suất lúa", None, "=", 65.0, "tạ/ha", None),
    ]
    assert doc.indicators[-2].baseline_year == 2025
    for ind in doc.indicators:
        assert doc.text[ind.span[0]:ind.span[1]] == ind.text
        assert {"value", "unit", "name"} <= set(ind.field_spans)
        ns, ne = ind.field_spans["name"]
        assert ind.name == " ".join(doc.text[ns:ne].split())


def extract(text: str) -> list[Indicator]:
    return indicators_from_text(normalize(text).text)


def test_a_start_and_an_end_value_make_one_target() -> None:
    found = extract("- Giảm tỷ lệ hộ nghèo từ 3,12% xuống còn 2,5%.")
    assert _rows(found) == [("tỷ lệ hộ nghèo", None, "=", 2.5, "%", "decrease")]
    up = extract("- Nâng tỷ lệ hộ dùng nước sạch từ 70% lên 85%.")
    assert [(i.value, i.direction) for i in up] == [(85.0, "increase")]


def test_a_second_value_of_the_same_target_keeps_its_name() -> None:
    found = extract("- Thu ngân sách nhà nước trên địa bàn: 120 tỷ đồng, tăng 10% so với dự "
                    "toán.")
    assert [(i.name, i.value, i.direction) for i in found] == [
        ("Thu ngân sách nhà nước trên địa bàn", 120.0, None),
        ("Thu ngân sách nhà nước trên địa bàn", 10.0, "increase"),
    ]


def test_sentences_that_report_an_earlier_year_are_not_targets() -> None:
    text = ("Kế hoạch năm 2026\n- Năm 2025, tốc độ tăng trưởng đạt 9,8%; thu ngân sách đạt "
            "320 tỷ đồng. Năm 2026, phấn đấu tốc độ tăng trưởng đạt 10%.")
    assert [(i.value, i.year) for i in extract(text)] == [(10.0, 2026)]


def test_durations_and_frequencies_need_a_comparator() -> None:
    assert extract("- Họp định kỳ mỗi quý 01 lần; sơ kết sau 6 tháng.") == []
    kept = extract("- Hoàn thành sớm hơn 02 tháng so với kế hoạch; giải quyết hồ sơ không quá "
                   "3 ngày; sản lượng tăng 2 lần.")
    assert [(i.value, i.unit, i.comparator) for i in kept] == [
        (2.0, "tháng", "="), (3.0, "ngày", "<="), (2.0, "lần", "="),
    ]


def test_an_age_is_a_unit_when_a_connector_states_it() -> None:
    found = extract("- Tuổi thọ trung bình đạt 74,5 tuổi; tỷ lệ trẻ dưới 5 tuổi thấp còi dưới 15%.")
    assert [(i.name, i.value, i.unit) for i in found] == [
        ("Tuổi thọ trung bình", 74.5, "tuổi"),
        ("tỷ lệ trẻ dưới 5 tuổi thấp còi", 15.0, "%"),
    ]


def test_counts_after_a_comma_need_a_committing_verb() -> None:
    assert extract("- Lực lượng dân quân nòng cốt, 1 trung đội cơ động.") == []
    assert len(extract("- Đàn gia súc: trâu 500 con, bò 1.200 con.")) == 2


def test_budgets_are_means_not_targets() -> None:
    found = extract("- Hỗ trợ nhà ở cho 12 hộ nghèo với kinh phí 50 triệu đồng/hộ.")
    assert [(i.value, i.unit) for i in found] == [(12.0, "hộ nghèo")]


def test_docx_table_with_an_empty_ordinal_cell() -> None:
    text = ("TT | Nội dung chỉ tiêu | Đơn vị | Chỉ tiêu giao năm 2026 | Đơn vị chủ trì\n"
            "1 | Tỷ lệ hộ nghèo giảm | % | 1,2 | Phòng VHXH\n"
            "| Trong đó: hộ nghèo dân tộc thiểu số | % | 4 |\n"
            "2 | Thu ngân sách | tỷ đồng | 35 | Phòng TCKH")
    found = extract(text)
    # the STT cell is the label (project decision 9); a sub-row takes its parent's
    assert [(i.label, i.name, i.group, i.value, i.unit, i.direction) for i in found] == [
        ("1", "Tỷ lệ hộ nghèo", None, 1.2, "%", "decrease"),
        ("1", "hộ nghèo dân tộc thiểu số", "Tỷ lệ hộ nghèo", 4.0, "%", None),
        ("2", "Thu ngân sách", None, 35.0, "tỷ đồng", None),
    ]
