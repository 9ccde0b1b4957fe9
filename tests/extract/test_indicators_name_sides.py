"""Which side of the value names the target (issue 12, brief H16N): a collective subject
before the value ("toàn huyện", "các thôn …", "mỗi xã") and the verbs before a share of
counted things ("… 100% số hộ …") name nothing when the words after the value say more than
its unit; a scope alone gives way to a measure unit that is a noun.  Sentences written for
the test."""

from __future__ import annotations

from tests.extract.indicator_helpers import extract

#: A bare bullet with no status word is a target or a result only by its context: these
#: tests are about names, so each bullet is set in the targets section of a plan (brief
#: H18S; the status refit of 498 train documents reads such bullets without context as
#: results when nothing around them commits).
PLANNED = "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2027\n\nI. CHỈ TIÊU CHỦ YẾU\n"


def names(text: str) -> list[tuple[str | None, float | None]]:
    return [(i.name, i.value) for i in extract(PLANNED + text)]


def test_collective_subject_after_a_discourse_word_names_nothing() -> None:
    assert names("- Đặc biệt, toàn huyện thực hiện 45 công trình thanh niên cấp huyện.\n") \
        == [("công trình thanh niên cấp huyện", 45.0)]


def test_plural_subject_before_a_connector_and_a_share() -> None:
    assert names("- Riêng các thôn văn hóa đạt tối thiểu 90% hộ gia đình tham gia bảo "
                 "hiểm y tế.\n") == [("hộ gia đình tham gia bảo hiểm y tế", 90.0)]


def test_every_unit_subject_with_two_verbs_before_a_count() -> None:
    assert names("- Mỗi thôn, tổ dân phố vận động xã hội hóa 3 hộ gia đình tham gia mô "
                 "hình sản xuất sạch.\n") == [
        ("hộ gia đình tham gia mô hình sản xuất sạch", 3.0)]


def test_collective_subject_stays_when_only_the_unit_follows() -> None:
    # nothing after the count but its unit: the subject is what the figure is about
    assert names("- Các thôn đạt chuẩn văn hóa có ít nhất 12 thôn.\n") == [
        ("Các thôn đạt chuẩn văn hóa", 12.0)]


def test_collective_subject_with_a_measure_head_keeps_the_name_before() -> None:
    assert names("- Các xã có tỷ lệ hộ nghèo dưới 3%.\n") == [
        ("Các xã có tỷ lệ hộ nghèo", 3.0)]


def test_measured_subject_before_a_rise_is_kept() -> None:
    assert names("- Các khoản thu nội địa tăng 12% so với năm 2025.\n") == [
        ("Các khoản thu nội địa", 12.0)]


def test_scope_alone_gives_way_to_a_noun_unit() -> None:
    assert names("- Phấn đấu năm 2026 toàn huyện đạt 30 giường bệnh/vạn dân.\n") == [
        ("giường bệnh/vạn dân", 30.0)]


def test_verbs_before_a_share_of_counted_things_are_no_name() -> None:
    assert names("- Rà soát, cập nhật 100% số hộ dân cư trú trên địa bàn.\n") == [
        ("số hộ dân cư trú trên địa bàn", 100.0)]


def test_connector_before_the_share_keeps_the_name_before() -> None:
    assert names("- Tỷ lệ trạm y tế có bác sĩ đạt 100% số trạm.\n") == [
        ("Tỷ lệ trạm y tế có bác sĩ", 100.0)]


def test_measure_head_before_a_bare_share_keeps_the_name_before() -> None:
    assert names("- Tỷ lệ che phủ rừng 45% số diện tích.\n") == [("Tỷ lệ che phủ rừng", 45.0)]


def test_collective_subject_whose_verb_is_the_measure_keeps_the_name_before() -> None:
    # (review R16 F3) the disbursement, the enrolment, the revenue are what is measured
    found = names("2. Các dự án trọng điểm giải ngân 95% vốn kế hoạch.\n")
    assert found == [("Các dự án trọng điểm giải ngân", 95.0)]
    found = names("- Các huyện thu ngân sách 120 tỷ đồng trên địa bàn.\n")
    assert found == [("Các huyện thu ngân sách", 120.0)]


def test_a_period_after_the_opener_is_no_collective_subject() -> None:
    # "Cả năm" tells when: the words before the value still name the target
    found = names("3. Cả năm tuyển sinh 1.200 học viên hệ chính quy.\n")
    assert len(found) == 1 and found[0][1] == 1200.0
    assert found[0][0] is not None and "tuyển sinh" in found[0][0]
    # while "cả tỉnh" is who acts
    assert names("- Cả tỉnh vận động 300 hộ gia đình tham gia mô hình sản xuất sạch.\n") \
        == [("hộ gia đình tham gia mô hình sản xuất sạch", 300.0)]
