"""Thousands grouped by blanks ("30 000 ha", "3 500 - 3 600 USD", a cell "94 830"): one
number when a unit follows the last group (or, in a table cell, when the cell is the
figure), and only in a text that groups no number with dots — there "500 250 đoàn viên"
is two figures run together.  Dot-grouped figures rewritten with blanks cost the parser
most of its targets before (issue 12, brief H19N).  Sentences and tables written for the
tests."""

from __future__ import annotations

from indicator_helpers import extract, rule_decider  # noqa: F401  (fixture)

from kehoach_parser.extract.indicators.values import dotted_thousands, groups_with_blanks


def _records(text: str) -> list[tuple[str, str, float | None, float | None, str | None]]:
    return [(i.name, i.comparator, i.value, i.value_max, i.unit) for i in extract(text)]


def test_blank_grouped_thousands_before_a_unit_are_one_number() -> None:
    assert _records("Diện tích rừng trồng mới đạt 1 200 ha.") == [
        ("Diện tích rừng trồng mới", "=", 1200.0, None, "ha"),
    ]
    assert _records("Dân số trung bình khoảng 125 300 người.") == [
        ("Dân số trung bình", "~", 125300.0, None, "người"),
    ]


def test_a_range_of_blank_grouped_ends_keeps_both() -> None:
    assert _records("Thu nhập bình quân đầu người đạt 3 500 - 3 600 USD.") == [
        ("Thu nhập bình quân đầu người", "range", 3500.0, 3600.0, "USD"),
    ]


def test_without_a_unit_the_numbers_stay_apart() -> None:
    # no unit after the groups: nothing says they are one number
    assert all(r[2] != 12500.0 for r in _records("Tổng số hộ đạt 12 500 13 712 theo kế hoạch."))
    # small counts side by side are never grouped (the second is not three digits)
    assert _records("Xây dựng 3 trường, 12 phòng học.") == [
        ("trường", "=", 3.0, None, "trường"),
        ("phòng học", "=", 12.0, None, "phòng học"),
    ]


def test_phone_numbers_and_dates_give_no_targets() -> None:
    assert _records("Liên hệ điện thoại 0912 345 678 hoặc 0235 3 822 123.") == []
    # a first group of three digits reaches the blank-group reading: no unit follows the
    # run, so nothing is joined (review R19b, finding 10: "0912 …" never got there)
    assert _records("Liên hệ đường dây nóng 091 234 5678.") == []
    assert all(r[2] != 91234567.0 for r in _records(
        "Tổng đài hỗ trợ đạt 091 234 567 theo kế hoạch."))
    assert _records("Hoàn thành trước ngày 15/3/2026, báo cáo theo mẫu 125 300.") == []


def test_a_text_that_groups_with_dots_does_not_group_with_blanks() -> None:
    assert groups_with_blanks("Trồng mới 1 200 ha rừng.")
    assert not groups_with_blanks("Trồng mới 1.500 ha rừng; kết nạp 500 250 đoàn viên.")
    assert all(r[2] != 500250.0 for r in _records(
        "Tổng vốn đạt 1.500 tỷ đồng. Kết nạp 500 250 đoàn viên."))


def test_a_table_cell_reads_its_blank_grouped_figure() -> None:
    assert dotted_thousands("Khoảng 3 700") == "Khoảng 3.700"
    assert dotted_thousands("12 000 - 12 500") == "12.000 - 12.500"
    assert dotted_thousands("7,5") == "7,5"
    table = (
        "| TT | Chỉ tiêu | Đơn vị | Kế hoạch năm 2026 |\n"
        "|---|---|---|---|\n"
        "| 1 | Sản lượng lương thực | tấn | 94 830 |\n"
        "| 2 | Tổng vốn đầu tư | tỷ đồng | 12 000 - 12 500 |\n"
    )
    assert [(r[0], r[2], r[3]) for r in _records(table)] == [
        ("Sản lượng lương thực", 94830.0, None),
        ("Tổng vốn đầu tư", 12000.0, 12500.0),
    ]


def test_a_numbering_word_keeps_its_number_out_of_the_groups() -> None:
    # review R19b, finding 2: the first group is the number of a name ("tổ 9", "Điều 3")
    # and the figure is the second group alone
    assert [r[2:] for r in _records("Xây dựng tuyến đường tổ 9 450 m.")] == [
        (450.0, None, "m")]
    assert [r[2:] for r in _records("Nâng cấp Quốc lộ 1 200 m đường giao thông.")] == [
        (200.0, None, "m")]
    assert [r[2:] for r in _records("Khoản 2 Điều 3 500 triệu đồng.")] == [
        (500.0, None, "triệu đồng")]
    assert [r[2:] for r in _records("Phấn đấu đợt 2 300 lượt người tham gia hiến máu.")] == [
        (300.0, None, "lượt người")]
    assert all(r[2] != 5120.0 for r in _records(
        "Tổ dân phố 5 120 hộ tham gia nạo vét kênh mương."))
    # a word that numbers nothing leaves the groups joined
    assert [r[2:] for r in _records("Nâng cấp 1 200 m đường giao thông nông thôn.")] == [
        (1200.0, None, "m")]


def test_a_blank_grouped_figure_is_never_a_year() -> None:
    # review R19b, finding 3: "2 026" is printed as a count, a year never takes a blank
    assert _records("Phấn đấu giải quyết việc làm cho 2 026 lao động.") == [
        ("giải quyết việc làm", "=", 2026.0, None, "lao động"),
    ]
    assert [r[2:] for r in _records(
        "Năm 2026 giải quyết việc làm cho 2 026 lao động.")] == [(2026.0, None, "lao động")]
    assert [r[2] for r in _records("Đến năm 2030 thu hút 2 030 lao động.")] == [2030.0]
    # the year written without a blank stays a year: no count of workers
    assert all(r[2] != 2026.0 for r in _records(
        "Phấn đấu giải quyết việc làm cho lao động năm 2026."))


def test_a_plural_determiner_makes_the_numbering_word_a_kind() -> None:
    # "các loại" is every kind, not kind number 37: the groups are one figure
    assert [r[2:] for r in _records("Sản lượng thịt hơi các loại 37 300 tấn.")] == [
        (37300.0, None, "tấn")]
    assert [r[2:] for r in _records("Sản lượng cá các loại 12 500 tấn.")] == [
        (12500.0, None, "tấn")]
    # without it, "loại 3" is a numbered kind
    assert all(r[2] != 3500.0 for r in _records("Đất trồng lúa loại 3 500 ha."))


def test_blank_grouped_thousands_keep_their_decimal_part() -> None:
    # review R19c finding 5: the table reader took "2 450 300,5" as a figure and the value
    # reader refused it, so running text gave "… 1 234" in the name and 567.5 as the value
    from kehoach_parser import parse

    text = ("KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2025\n\nI. CHỈ TIÊU\n"
            "1. Phấn đấu tổng thu ngân sách 1 234 567,5 triệu đồng.\n")
    found = [(i.name, i.value, i.unit) for i in parse(text).indicators]
    assert found == [("tổng thu ngân sách", 1234567.5, "triệu đồng")]
