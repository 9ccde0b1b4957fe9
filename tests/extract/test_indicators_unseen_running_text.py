"""Running-text classes found on documents the rules had not seen (issue 12, brief H12R).
Every sentence is written for the test; each class has a positive and a negative case.
"""

from __future__ import annotations

from indicator_helpers import extract, rule_decider  # noqa: F401 (autouse fixture)


def _names(text: str) -> list[tuple[float | None, str | None]]:
    return [(i.value, i.name) for i in extract(text)]


# --- a comma and a measure's head open a new name ------------------------------------------
def test_a_rate_after_a_comma_starts_the_name_of_the_value() -> None:
    text = "- Giữ vững chuẩn quốc gia về giáo dục, tỷ lệ huy động trẻ ra lớp đạt 98%.\n"
    assert _names(text) == [(98.0, "tỷ lệ huy động trẻ ra lớp")]


def test_mục_tiêu_between_the_comma_and_the_rate_is_left_out() -> None:
    text = ("- Mở rộng mạng lưới cáp quang tới các thôn, mục tiêu tỷ lệ hộ có cáp quang "
            "đạt 90%.\n")
    assert _names(text) == [(90.0, "tỷ lệ hộ có cáp quang")]


def test_a_list_inside_a_rates_name_is_kept() -> None:
    # the comma stands inside the name: no measure's head after it
    text = "- Tỷ lệ hộ nghèo, hộ cận nghèo giảm còn 3%.\n"
    assert _names(text) == [(3.0, "Tỷ lệ hộ nghèo, hộ cận nghèo")]


# --- "các …, các …": a list of parts inside a value-first name -------------------------------
def test_a_name_that_opens_with_cac_goes_on_over_a_comma_and_cac() -> None:
    text = ("- Phấn đấu đến năm 2027 có 100% các trường, các lớp trên địa bàn "
            "tổ chức ngoại khóa về an toàn giao thông.\n")
    assert _names(text) == [
        (100.0, "các trường, các lớp trên địa bàn tổ chức ngoại khóa về an toàn giao thông")]


def test_cac_after_a_comma_still_opens_a_new_subject_after_another_name() -> None:
    text = "- Trên 90% hộ dân dùng nước sạch, các thôn giữ vững danh hiệu văn hóa.\n"
    assert _names(text) == [(90.0, "hộ dân dùng nước sạch")]


# --- an ellipsis before a capital ends a sentence -------------------------------------------
def test_an_ellipsis_before_a_capital_ends_the_name() -> None:
    text = ("Mục tiêu: 95% hộ dân dùng nước sạch… Đến năm 2027: 100% trường học "
            "đạt chuẩn quốc gia.\n")
    assert _names(text) == [(95.0, "hộ dân dùng nước sạch"),
                            (100.0, "trường học đạt chuẩn quốc gia")]


def test_an_ellipsis_before_lower_case_words_goes_on_with_the_name() -> None:
    text = "Mục tiêu: 95% hộ dân dùng nước sạch… hợp vệ sinh.\n"
    assert _names(text) == [(95.0, "hộ dân dùng nước sạch… hợp vệ sinh")]


# --- a lead-in that announces its targets: the name starts after it --------------------------
def test_the_name_starts_after_cu_the_that_announces_the_targets() -> None:
    text = ("Nhiệm kỳ tới, Đảng bộ xã tập trung thực hiện các chỉ tiêu chính, cụ thể, "
            "tổng thu ngân sách xã tăng 12%/năm.\n")
    assert _names(text) == [(12.0, "tổng thu ngân sách xã")]


def test_the_name_starts_after_voi_mot_so_chi_tieu_chu_yeu() -> None:
    text = ("Hội nghị thống nhất kế hoạch năm với một số chỉ tiêu chủ yếu giá trị sản xuất "
            "nông nghiệp tăng 4%.\n")
    assert _names(text) == [(4.0, "giá trị sản xuất nông nghiệp")]


def test_cu_the_inside_a_name_without_its_comma_stays_in_the_name() -> None:
    text = "- Số mô hình cụ thể hóa nghị quyết đạt 12 mô hình.\n"
    assert _names(text) == [(12.0, "Số mô hình cụ thể hóa nghị quyết")]


# --- an action done at a share of places: "… tại 100% nhà trường" ----------------------------
def test_an_action_done_at_a_share_of_places_is_named_by_the_action() -> None:
    # the seeds' reading ("hình thành các tổ … tại 50% thôn"): the name is what is done
    text = "(3) Xây dựng mô hình điểm về phân loại rác tại 40% khu dân cư;\n"
    assert _names(text) == [(40.0, "Xây dựng mô hình điểm về phân loại rác")]


def test_tai_inside_a_rate_name_before_its_connector_stays_in_the_name() -> None:
    text = "- Tỷ lệ hộ dân tại khu vực nông thôn dùng nước sạch đạt 90%.\n"
    assert _names(text) == [(90.0, "Tỷ lệ hộ dân tại khu vực nông thôn dùng nước sạch")]


# --- money written on the digits: "16.000.000đ" ---------------------------------------------
def test_dong_glued_to_the_digits_is_the_money_unit() -> None:
    text = "- Thu ngân sách xã năm 2027 phấn đấu đạt 850.000.000đ.\n"
    assert [(i.value, i.unit) for i in extract(text)] == [(850000000.0, "đồng")]


def test_letters_glued_to_digits_that_are_no_unit_still_make_no_value() -> None:
    text = "- Phủ sóng 5G tại 100% khu công nghiệp.\n"
    assert [(i.value, i.unit) for i in extract(text)] == [(100.0, "%")]


# --- "X: …, chiếm N% <whole>": the share of the subject before the colon ---------------------
def test_a_share_with_no_figure_before_it_is_that_of_the_subject_before_the_colon() -> None:
    text = ("- Vốn ngân sách tỉnh: để đầu tư các công trình do tỉnh quản lý, "
            "chiếm khoảng 30% tổng vốn đầu tư.\n")
    assert _names(text) == [(30.0, "Vốn ngân sách tỉnh")]


def test_a_share_after_a_figure_is_still_that_of_the_figure() -> None:
    text = "- Cơ cấu cây trồng: diện tích lúa 500 ha, chiếm 60% diện tích gieo trồng.\n"
    assert [n for _, n in _names(text)] == ["diện tích lúa", "diện tích lúa"]


# --- a signature's time stamp is no value -----------------------------------------------------
def test_an_iso_date_and_a_time_zone_make_no_value() -> None:
    text = "- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.\nNgày ký: 2027-03-15 09:12:40 +07:00\n"
    assert [(i.value, i.unit) for i in extract(text)] == [(98.0, "%")]


def test_a_year_range_with_a_dash_is_still_read_around_a_value() -> None:
    text = "- Giai đoạn 2026-2030, tốc độ tăng trưởng bình quân đạt 7%/năm.\n"
    assert [(i.value, i.unit) for i in extract(text)] == [(7.0, "%/năm")]


# --- "thiết kế" before a count; "kèm theo", "và từng bước" end a value-first name ------------
def test_a_count_designed_is_named_after_the_value_up_to_kem_theo() -> None:
    text = ("- Sở Xây dựng thiết kế tối thiểu 04 mẫu trường học điển hình, kèm theo "
            "dự toán kinh phí.\n")
    assert [(i.value, i.comparator, i.name) for i in extract(text)] == [
        (4.0, ">=", "mẫu trường học điển hình")]


def test_va_tung_buoc_ends_a_shares_name() -> None:
    text = ("- Phấn đấu có ít nhất 60% thôn đạt chuẩn văn hóa và từng bước nâng cao "
            "đời sống tinh thần của nhân dân.\n")
    assert _names(text) == [(60.0, "thôn đạt chuẩn văn hóa")]


def test_va_before_other_words_stays_in_a_shares_name() -> None:
    text = "- Phấn đấu có 60% thôn đạt chuẩn văn hóa và an toàn giao thông.\n"
    assert _names(text) == [(60.0, "thôn đạt chuẩn văn hóa và an toàn giao thông")]


# --- a multiple: "gấp 2 lần", "bằng khoảng 1,5 lần" ------------------------------------------
def test_a_multiple_after_gap_is_a_target_with_the_name_before_it() -> None:
    text = "- Phấn đấu thu nhập bình quân đầu người năm 2030 gấp 2 lần năm 2025.\n"
    assert [(i.value, i.unit, i.name) for i in extract(text)] == [
        (2.0, "lần", "thu nhập bình quân đầu người")]


def test_a_multiple_after_bang_khoang_is_about_that_many_times() -> None:
    text = "- Quy mô kinh tế số năm 2030 bằng khoảng 1,5 lần năm 2025.\n"
    assert [(i.value, i.comparator, i.unit) for i in extract(text)] == [(1.5, "~", "lần")]


def test_times_after_a_bare_bang_or_in_a_frequency_are_no_target() -> None:
    assert extract("- Tổ chức tuyên truyền bằng 2 lần phát thanh mỗi tuần.\n") == []
    assert extract("- Mỗi quý tổ chức kiểm tra 01 lần.\n") == []


# --- "Tốc độ tăng trưởng …, đạt 5,5%": the name before the comma keeps its verb ----------------
def test_a_rates_name_before_a_comma_keeps_the_verb_that_is_part_of_it() -> None:
    text = "- Tốc độ tăng trưởng giá trị sản xuất công nghiệp, đạt 9,5%.\n"
    assert _names(text) == [(9.5, "Tốc độ tăng trưởng giá trị sản xuất công nghiệp")]


def test_a_direction_verb_before_a_comma_still_ends_the_name() -> None:
    text = "- Thu ngân sách tăng mạnh, đạt 120 tỷ đồng.\n"
    assert _names(text) == [(120.0, "Thu ngân sách")]


# --- the closing mark "./." of an official text is no name ------------------------------------
def test_the_closing_mark_after_the_last_value_leaves_the_shared_name() -> None:
    text = "Tỷ lệ bao phủ bảo hiểm y tế: năm 2026: 91,0%; năm 2027: 92,6%./.\n"
    names = [n for _, n in _names(text)]
    assert len(names) == 2 and names[0] == names[1] and names[0] and "/" not in names[0]


def test_a_slash_inside_a_name_stays() -> None:
    text = "- Số bác sĩ/vạn dân đạt 12 bác sĩ.\n"
    assert _names(text) == [(12.0, "Số bác sĩ/vạn dân")]
