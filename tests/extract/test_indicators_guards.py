"""Numbers that are not targets: each guard with sentences that must yield no indicator."""

from __future__ import annotations

import pytest

from kehoach_parser.extract.indicators import figures_from_text, indicators_from_text
from kehoach_parser.text.normalize import normalize


@pytest.fixture(autouse=True)
def rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests check how figures are read; the status decision (target or result) is
    tested on its own (test_indicators_status.py): the rule baseline decides here."""
    monkeypatch.setenv("KEHOACH_STATUS", "rules")


def extract_count(text: str) -> int:
    return len(indicators_from_text(normalize(text).text))


GUARDED = {
    "date": [
        "Thời gian thực hiện từ ngày 01/01/2026 đến ngày 31/12/2026.",
        "Báo cáo kết quả về UBND xã trước ngày 15/6/2026.",
        "Tổng kết trong tháng 12/2026 và trước 25-12-2026.",
        "Từ ngày 01 tháng 01 năm 2026 đến 31 tháng 12 năm 2026.",
    ],
    "year": [
        "Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026.",
        "Chỉ tiêu phấn đấu hằng năm 2026, 2027, 2028, 2029, 2030.",
        "Nghị quyết Đại hội nhiệm kỳ 2025 - 2030 và giai đoạn 2026-2030.",
        "Sơ kết giao ước thi đua năm học 2025-2026.",
    ],
    "document number": [
        "Căn cứ Quyết định số 57/QĐ-UBND ngày 16/1/2026 của UBND xã.",
        "Thực hiện Chỉ thị số 41-CT/TW của Bộ Chính trị; Luật số 06/2022/QH15.",
        "Triển khai Đề án 06 và Nghị quyết 57-NQ/TW; Kế hoạch 184 của tỉnh.",
    ],
    "ordinal and counter": [
        "Đại hội Đảng bộ xã lần thứ 2 thành công tốt đẹp.",
        "Ký kết giao ước thi đua trong khối thi đua số 8.",
        "Chỉ đạo khối thi đua số 3, 4, 5 sơ kết.",
        "Triển khai đợt 2 thi đua cao điểm.",
        "Thôn Lão Phong 1, thôn 9 là thôn văn hóa.",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
    ],
    "anniversary": [
        "Chào mừng kỷ niệm 96 năm ngày thành lập Đảng Cộng sản Việt Nam.",
        "Lập thành tích chào mừng 81 năm Quốc khánh.",
        "Hướng tới 50 năm ngày giải phóng miền Nam.",
    ],
    "number inside a name": [
        "Chăm sóc sức khỏe trẻ em dưới 5 tuổi.",
        "Phát triển các sản phẩm OCOP 3 sao.",
        "Phủ sóng mạng 4G/5G đến các thôn.",
        "Giữ vững trường đạt chuẩn quốc gia mức độ 2.",
        "Vận hành mô hình chính quyền địa phương 02 cấp.",
        "Thúc đẩy tăng trưởng hai con số.",
        "Mục tiêu tăng trưởng kinh tế “2 con số”.",
    ],
    "count of the document's own parts": [
        "Kế hoạch gồm 13 chỉ tiêu phát triển kinh tế - xã hội chủ yếu.",
        "Thực hiện 02 nhiệm vụ trọng tâm, 03 đột phá chiến lược.",
        "Chuyển đổi số trên cả 3 trụ cột.",
        "Tập trung vào 5 nhóm giải pháp.",
        "Nghị quyết nêu 4 quan điểm chỉ đạo và 7 trọng tâm điều hành.",
        "Nhà trường thực hiện “2 công khai, 5 kiểm tra” trong năm học.",
        "Xã quán triệt tinh thần “5 rõ”: rõ việc, rõ tiến độ.",
    ],
    "place phrase": [
        "Các doanh nghiệp trên địa bàn xã tích cực tham gia.",
        "Giá trị sản phẩm trên 1 ha đất trồng trọt tăng nhanh.",
        "Công khai thủ tục trên Cổng dịch vụ công quốc gia.",
    ],
    "achieved result": [
        "Năm 2025, tỷ lệ hộ nghèo đã đạt 2,5%.",
        "Kết quả đạt được: thu ngân sách đã đạt 15 tỷ đồng.",
        "Năm 2025 tỷ lệ che phủ rừng là 41%.",
    ],
    "description, not commitment": [
        "Xã có 12 thôn, 3.500 hộ với 14.200 nhân khẩu.",
        "Đến nay toàn xã có 8/12 thôn đạt chuẩn văn hóa.",
        "Diện tích tự nhiên của xã là 2.350 ha.",
        "Lực lượng dân quân nòng cốt, 1 trung đội cơ động.",
        "Thành phần gồm 50 đại biểu.",
        "Phát huy vai trò của 5 tổ chức chính trị - xã hội.",
        "Tiếp tục thực hiện Chương trình 1.000 ngày đầu đời.",
    ],
    "means, rewards and rubrics": [
        "Bố trí kinh phí 200 triệu đồng để thực hiện.",
        "Dự án có tổng mức đầu tư 45 tỷ đồng.",
        "Điểm thi đua tối đa 100 điểm, trong đó tiêu chí 1: 40 điểm.",
        "Tặng Giấy khen cho 05 tập thể, 10 cá nhân có thành tích xuất sắc.",
    ],
    "duration and period": [
        "Báo cáo kết quả 6 tháng đầu năm 2026.",
        "Kế hoạch phát triển 05 năm 2025 - 2030.",
        "Sơ kết 1 năm thực hiện nghị quyết.",
        "Ban Chỉ đạo họp định kỳ mỗi quý 01 lần.",
        "Hội nghị tổ chức lúc 14 giờ 00 ngày 20/01/2026.",
    ],
}


@pytest.mark.parametrize(
    "sentence",
    [pytest.param(s, id=f"{kind}:{i}") for kind, ss in GUARDED.items() for i, s in
     enumerate(ss)],
)
def test_guarded_sentence_yields_no_indicator(sentence: str) -> None:
    # the title gives the plan's year: earlier years are results, not targets
    assert extract_count(f"Kế hoạch thi đua năm 2026\n- {sentence}") == 0


@pytest.mark.parametrize(
    "sentence",
    [
        "Phấn đấu năm 2026 tỷ lệ hộ nghèo dưới 2%.",
        "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng dưới 9,5%.",
        "Phát triển thêm 02 sản phẩm OCOP 3 sao.",
        "Giá trị sản phẩm trên 1 ha đất trồng trọt đạt 150 triệu đồng.",
        "Hoàn thành sớm hơn 01 tháng so với kế hoạch.",
        "Tỷ lệ hộ nghèo giảm 1% so với năm 2025.",
        "Phấn đấu năm 2026 kiểm tra 35 cơ sở sản xuất kinh doanh.",
        "Thực hiện 7 nhiệm vụ trọng tâm; tỷ lệ xã công khai ngân sách đạt 100%.",
    ],
)
def test_the_target_next_to_a_guarded_number_is_kept(sentence: str) -> None:
    assert extract_count(f"- {sentence}") == 1


@pytest.mark.parametrize("sentence, value, unit", [
    ("Thông số quan trắc: pH, COD; tần suất quan trắc: 02 đợt/tháng.", 2.0, "đợt/tháng"),
    ("Định kỳ kiểm tra nguồn nước với tần suất kiểm tra 4 lần/năm.", 4.0, "lần/năm"),
])
def test_a_counted_word_per_period_is_a_frequency(sentence: str, value: float,
                                                  unit: str) -> None:
    """"đợt" and "lần" after a number name a round ("đợt 2", "3 đợt thi đua"), but
    "02 đợt/tháng" is a frequency: its value is a target."""
    found = indicators_from_text(normalize(sentence).text)
    assert [(i.value, i.unit) for i in found] == [(value, unit)]


def test_a_counted_word_without_a_period_stays_guarded() -> None:
    assert extract_count("Phát động 3 đợt thi đua trong năm.") == 0


@pytest.mark.parametrize("sentence", [
    "Người được giới thiệu ứng cử phải đạt tín nhiệm trên 50% tổng số cử tri có mặt.",
    "Người được chọn phải đạt trên 50% số phiếu tín nhiệm của cử tri tham dự hội nghị.",
])
def test_a_share_of_votes_to_win_is_a_condition(sentence: str) -> None:
    """The share a candidate must win is a condition of election, not a target."""
    assert extract_count(sentence) == 0


def test_a_share_without_a_vote_is_still_a_target() -> None:
    assert extract_count("Phấn đấu trên 50% tổng số hộ dân có mặt tham gia hội nghị.") == 1


@pytest.mark.parametrize("sentence", [
    "- Đối với thôn có dưới 100 cử tri: tổ chức hội nghị toàn thể cử tri.",
    "- Trường hợp xã có từ 3.000 hộ trở lên: thành lập thêm một tổ giúp việc.",
])
def test_the_case_a_rule_applies_to_is_a_condition(sentence: str) -> None:
    """"Đối với X có dưới N …:" names a case, and the colon opens what it requires."""
    assert extract_count(sentence) == 0


def test_a_target_after_the_case_is_kept() -> None:
    text = "Đối với các xã có trên 50% hộ nghèo: phấn đấu giảm 5% hộ nghèo mỗi năm."
    assert [i.value for i in indicators_from_text(normalize(text).text)] == [5.0]


# --- decision 32: ranks are ordinals (the ordinal guard; a regression guard, moved here from
# test_indicators_status_shapes.py by review R14a) ----------------------------------------

@pytest.mark.parametrize("sentence", [
    "Chỉ số cải cách hành chính của xã xếp thứ 9/141 xã, phường.",
    "Thu ngân sách của xã đứng thứ 4 toàn huyện.",
    "Năm 2026, huyện xếp hạng 7/15 huyện, thị xã về chuyển đổi số.",
])
def test_a_rank_is_neither_a_target_nor_a_result_nor_a_fraction(sentence: str) -> None:
    targets, results = figures_from_text(normalize(sentence).text)
    assert targets == [] and results == []
