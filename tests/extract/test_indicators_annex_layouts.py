"""Annex tables as district and provincial resolutions print them, written for the test.

Each fixture is a layout class real annexes share (not a copy of one document): a total row
that names its summands, a quota table printed one cell per paragraph with wider gaps
between rows, a "Đơn vị tính" column, two plan years side by side, row names broken over two
lines, thousands dots with the unit in a header line, "Trong đó:" sub-rows.
"""

from __future__ import annotations

import pytest

from kehoach_parser.document import Indicator
from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.text.normalize import normalize


@pytest.fixture(autouse=True)
def rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEHOACH_STATUS", "rules")


Key = tuple[object, ...]


def records(text: str) -> tuple[list[Key], list[Key]]:
    targets, results = figures_from_text(normalize(text).text)

    def key(i: Indicator) -> Key:
        return (i.label, i.name, i.group, i.value, i.unit, i.year)
    return [key(t) for t in targets], [key(r) for r in results]


def budget(total: str) -> str:
    return (
        "Phụ lục I\nDỰ TOÁN THU NGÂN SÁCH NHÀ NƯỚC NĂM 2027\n"
        "(Kèm theo Nghị quyết của Hội đồng nhân dân huyện)\n"
        "Đơn vị tính: Triệu đồng\n"
        "STT | Nội dung | Dự toán năm 2027\n"
        f" | {total} | 95.500\n"
        "I | Thu nội địa | 80.000\n"
        "1 | Thu từ khu vực ngoài quốc doanh | 30.000\n"
        "2 | Thu tiền sử dụng đất | 50.000\n"
        "II | Thu kết dư ngân sách | 15.500\n"
    )


def test_a_total_that_names_its_summands_is_no_group_of_the_roman_rows() -> None:
    targets, _ = records(budget("TỔNG THU NSNN TRÊN ĐỊA BÀN (I+II)"))
    rows = {t[1]: t for t in targets}
    assert rows["Thu nội địa"][2] is None
    assert rows["Thu kết dư ngân sách"][2] is None
    assert rows["Thu nội địa"][3:5] == (80000.0, "triệu đồng")
    # the numbered rows under a Roman row are still its parts
    assert rows["Thu tiền sử dụng đất"][2] == "Thu nội địa"


@pytest.mark.parametrize("formula", ["(I+II)", "(A + B)", "(I+II+...+V)", "(1+2+3)"])
def test_sum_formulas_in_any_numbering(formula: str) -> None:
    targets, _ = records(budget("Tổng thu ngân sách " + formula))
    assert {t[2] for t in targets if t[0] in ("I", "II")} == {None}


def test_a_plain_total_row_still_groups_the_roman_rows_under_it() -> None:
    targets, _ = records(budget("TỔNG SỐ"))
    rows = {t[1]: t for t in targets}
    assert rows["Thu nội địa"][2] == "TỔNG SỐ"


@pytest.mark.parametrize("sentence, name", [
    ("(1) Xây dựng 06 mô hình nuôi ốc nhằm chuyển đổi cơ cấu sản xuất, tăng thu nhập.",
     "mô hình nuôi ốc"),
    ("(2) Tổ chức 04 cuộc (01 cuộc/năm) tọa đàm, hội thảo giúp cho hộ dân liên kết sản xuất.",
     "tọa đàm, hội thảo"),
    ("(3) Xây dựng 08 mô hình chăn nuôi gà là các mô hình liên kết theo chuỗi giá trị.",
     "mô hình chăn nuôi gà"),
    ("(4) Mở 12 lớp dạy nghề để người lao động có việc làm ổn định.", "lớp dạy nghề"),
])
def test_a_counted_name_ends_before_a_clause_of_purpose(sentence: str, name: str) -> None:
    targets, _ = records(sentence)
    assert name in [t[1] for t in targets]


def test_a_percentage_keeps_its_purpose_words() -> None:
    # "dùng để" names what the share is for: the name is not cut there
    targets, _ = records("- Tiết kiệm 10% dùng để cải cách tiền lương.")
    assert targets and "cải cách tiền lương" in str(targets[0][1])


#: A quota table (one plan column, two columns of its parts) as rows of cells; the
#: "Trong đó" cell spans the two part columns.
QUOTA_HEAD = [["Tên đơn vị", "Chỉ tiêu giao"], ["Trong đó"],
              ["Nghĩa vụ quân sự", "Nghĩa vụ công an"]]
QUOTA_BODY = [["Tổng số", "120", "100", "20"], ["Xã An Bình", "45", "38", "7"],
              ["Xã Tân Lập", "40", "34", "6"], ["Thị trấn Phú Mỹ", "35", "28", "7"]]
QUOTA_CAPTION = "PHÂN BỔ CHỈ TIÊU GIAO QUÂN NĂM 2027\n\n"
QUOTA_TAIL = "\n\nCác xã, thị trấn tổ chức thực hiện theo đúng quy định.\n"


def quota_paragraph_rows() -> str:
    """A DOCX table saved as text: a row's cells on adjacent lines, a blank line between
    rows (so "Tổng số" and its first figure are joined by the normaliser's reflow)."""
    return QUOTA_CAPTION + "\n\n".join(
        "\n".join(p) for p in QUOTA_HEAD + QUOTA_BODY) + QUOTA_TAIL


def quota_docx_rows() -> str:
    head = "Tên đơn vị | Chỉ tiêu giao | Nghĩa vụ quân sự | Nghĩa vụ công an"
    return QUOTA_CAPTION + head + "\n" + "\n".join(" | ".join(r) for r in QUOTA_BODY) \
        + QUOTA_TAIL


def test_a_table_one_row_a_paragraph_reads_like_its_docx_rows() -> None:
    assert "Tổng số 120" in normalize(quota_paragraph_rows()).text  # (the reflow's join)
    paragraphs = records(quota_paragraph_rows())
    assert paragraphs == records(quota_docx_rows())
    targets, _ = paragraphs
    assert [(t[1], t[3]) for t in targets[:3]] == [
        ("Tổng số", 120.0), ("Tổng số", 100.0), ("Tổng số", 20.0)]
    assert ("Thị trấn Phú Mỹ", 35.0) in [(t[1], t[3]) for t in targets]


def test_short_paragraphs_of_prose_are_no_table() -> None:
    text = ("Thành phần tham dự\n\nĐại diện các ban\nMặt trận Tổ quốc\n\n"
            "Thời gian họp\n2 buổi\nbuổi sáng\n\nĐịa điểm họp\nHội trường\nNhà văn hóa\n\n"
            "Nội dung họp\nThảo luận\nBiểu quyết\n")
    targets, results = records(text)
    assert targets == [] and results == []


def test_nang_cao_after_a_standard_grades_it_and_sets_no_direction() -> None:
    table = ("STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2027\n"
             "1 | Số xã đạt chuẩn nông thôn mới nâng cao | Xã | 7\n"
             "2 | Số trường đạt chuẩn quốc gia | Trường | 12\n")
    targets, _ = figures_from_text(normalize(table).text)
    assert targets[0].name == "Số xã đạt chuẩn nông thôn mới nâng cao"
    assert targets[0].direction is None
    prose, _ = figures_from_text(normalize("- Số xã đạt chuẩn nông thôn mới nâng cao: 3 xã.").text)
    assert (prose[0].name, prose[0].direction) == ("Số xã đạt chuẩn nông thôn mới nâng cao", None)
    # a rise is still a rise
    rise, _ = figures_from_text(normalize("- Thu nhập bình quân nâng cao lên 75 triệu đồng.").text)
    assert rise[0].direction == "increase"


#: A district resolution's annex of targets: a "Đơn vị tính" column, a result column beside
#: two plan years, thousands dots, a "Trong đó:" row over "-" rows without STT.
ANNEX_LEAD = ("Phụ lục\nCÁC CHỈ TIÊU CHỦ YẾU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2027\n"
              "(Kèm theo Nghị quyết số 25/NQ-HĐND ngày 15/12/2026 của HĐND huyện)\n\n")
ANNEX_HEAD = ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2026", "Kế hoạch năm 2027",
              "Kế hoạch năm 2028"]
ANNEX_BODY = [
    ["1", "Tổng giá trị sản xuất (giá so sánh 2010)", "Tỷ đồng", "12.450", "13.500", "14.600"],
    ["", "Trong đó:", "", "", "", ""],
    ["", "- Nông, lâm nghiệp, thủy sản", "Tỷ đồng", "3.120", "3.250", "3.400"],
    ["", "- Công nghiệp, xây dựng", "Tỷ đồng", "5.830", "6.400", "7.000"],
    ["2", "Thu nhập bình quân đầu người", "Triệu đồng", "68,5", "75", "82"],
    ["3", "Tỷ lệ hộ nghèo (theo chuẩn giai đoạn 2026-2030)", "%", "2,1", "1,6", "1,2"],
    ["4", "Số xã đạt chuẩn nông thôn mới nâng cao", "Xã", "5", "7", "9"],
]
ANNEX_TAIL = "\n\nGiao Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết.\n"
ANNEX_ROWS = [ANNEX_HEAD, *ANNEX_BODY]
ANNEX_LAYOUTS = {
    "tabs": "\n".join("\t".join(r) for r in ANNEX_ROWS),
    "markdown": "\n".join("| " + " | ".join(r) + " |" for r in [ANNEX_HEAD, ["---"] * 6,
                                                              *ANNEX_BODY]),
    "cell_lines": "\n".join(c for r in ANNEX_ROWS for c in r if c),
    "paragraph_rows": "\n\n".join("\n".join(c for c in r if c) for r in ANNEX_ROWS),
    "bars": "|\n" + "\n|\n|\n".join("\n|\n".join(c for c in r if c) for r in ANNEX_ROWS)
    + "\n|",
}


def annex(body: str) -> str:
    return ANNEX_LEAD + body + ANNEX_TAIL


def test_the_annex_as_docx_rows() -> None:
    targets, results = records(annex("\n".join(" | ".join(r) for r in ANNEX_ROWS)))
    assert ("1", "Nông, lâm nghiệp, thủy sản", "Tổng giá trị sản xuất (giá so sánh 2010)",
            3250.0, "tỷ đồng", 2027) in targets
    assert ("2", "Thu nhập bình quân đầu người", None, 82.0, "triệu đồng", 2028) in targets
    assert ("1", "Tổng giá trị sản xuất (giá so sánh 2010)", None, 12450.0, "tỷ đồng",
            2026) in results
    assert len(targets) == 12 and len(results) == 6


@pytest.mark.parametrize("layout", sorted(ANNEX_LAYOUTS))
def test_the_annex_reads_the_same_in_every_layout(layout: str) -> None:
    docx = records(annex("\n".join(" | ".join(r) for r in ANNEX_ROWS)))
    assert records(annex(ANNEX_LAYOUTS[layout])) == docx


@pytest.mark.parametrize("outer", ["", "|"])
def test_a_row_name_broken_over_two_lines_is_one_name(outer: str) -> None:
    # (tabs: the normaliser strips the empty cells' tabs and rejoins the lower-case rest
    # to the line above, like a sentence cut by a page break)
    rows = [ANNEX_HEAD, ANNEX_BODY[0],
            ["3", "Tỷ lệ hộ nghèo (theo chuẩn", "%", "2,1", "1,6", "1,2"],
            ["", "giai đoạn 2026-2030)", "", "", "", ""],
            ["4", "Số lao động được đào tạo nghề", "Người", "1.150", "1.200", "1.250"],
            ["", "cho lao động nông thôn", "", "", "", ""],
            ["", "Các chỉ tiêu xã hội", "", "", "", ""],
            ["5", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "%", "9,5", "9", "8,5"]]
    targets, _ = records(annex("\n".join(outer + " | ".join(r) + outer for r in rows)))
    names = {t[1] for t in targets}
    assert "Tỷ lệ hộ nghèo (theo chuẩn giai đoạn 2026-2030)" in names
    assert "Số lao động được đào tạo nghề cho lao động nông thôn" in names
    # a capitalised row with no figures is a heading of its own, not the rest of a name
    assert "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng" in names
    assert not any("Các chỉ tiêu xã hội" in str(n) for n in names if n != "Các chỉ tiêu xã hội")


@pytest.mark.parametrize("unit, written", [("tỷ đồng", "Tỷ đồng"), ("triệu đồng", "triệu đồng"),
                                           ("nghìn tấn", "nghìn tấn")])
def test_a_money_or_scaled_unit_in_a_value_header_is_the_records_unit(unit: str,
                                                                      written: str) -> None:
    table = (f"STT | Chỉ tiêu | Kế hoạch năm 2027 ({written})\n"
             "1 | Vốn đầu tư phát triển | 1.500\n2 | Vốn sự nghiệp | 320\n")
    targets, _ = records(table)
    assert [(t[1], t[3], t[4]) for t in targets] == [
        ("Vốn đầu tư phát triển", 1500.0, unit), ("Vốn sự nghiệp", 320.0, unit)]


QUOTA_ROWS = [["STT", "Đơn vị", "Chỉ tiêu giao", "Ghi chú"], ["1", "Xã An Bình", "45", ""],
              ["2", "Xã Tân Lập", "40", ""], ["3", "Thị trấn Phú Mỹ", "35", ""]]


@pytest.mark.parametrize("layout", ["docx", "bars"])
def test_a_column_of_bodies_names_the_rows_of_a_quota_table(layout: str) -> None:
    if layout == "docx":
        body = "\n".join(" | ".join(r) for r in QUOTA_ROWS)
    else:
        body = "|\n" + "\n|\n|\n".join("\n|\n".join(c for c in r if c) for r in QUOTA_ROWS) \
            + "\n|"
    targets, _ = records("PHÂN BỔ CHỈ TIÊU TUYỂN QUÂN\n" + body + "\n\nThực hiện nghiêm.\n")
    assert [(t[0], t[1], t[3]) for t in targets] == [
        ("1", "Xã An Bình", 45.0), ("2", "Xã Tân Lập", 40.0), ("3", "Thị trấn Phú Mỹ", 35.0)]


def test_a_paragraph_under_a_group_bullet_is_its_body_and_keeps_the_group_open() -> None:
    text = ("a) Sản phẩm nông sản\n"
            "- Các loại rau củ:\n"
            "Tổng sản lượng rau củ xuất khẩu đến năm 2030 đạt 12.000 tấn, tăng bình quân "
            "4%/năm. Một số sản phẩm chủ yếu:\n"
            "+ Sản lượng khoai tây xuất khẩu đạt 5.000 tấn;\n"
            "+ Sản lượng cà rốt xuất khẩu đạt 3.500 tấn.\n")
    targets, _ = records(text)
    by_value = {t[3]: t for t in targets}
    assert by_value[12000.0][2] is None  # the body's own figures name no group
    assert by_value[5000.0][2] == "Các loại rau củ"
    assert by_value[3500.0][2] == "Các loại rau củ"


@pytest.mark.parametrize("written, unit", [("43.346.068 m2", "m2"), ("1.200 m²", "m²"),
                                           ("25 triệu m3", "triệu m3"), ("12 km2", "km2")])
def test_an_area_or_volume_unit_stays_as_written(written: str, unit: str) -> None:
    targets, _ = records(f"- Diện tích đất dành cho thiết chế văn hóa đạt {written}.")
    assert targets[0][4] == unit


def test_a_scale_word_before_a_measure_unit_scales_the_measure_not_money() -> None:
    targets, _ = figures_from_text(normalize(
        "- Sản lượng hàng hóa thông qua cảng đạt 2,5 triệu tấn.").text)
    assert (targets[0].value, targets[0].unit, targets[0].base_value) == (2.5, "triệu tấn",
                                                                          2_500_000.0)


@pytest.mark.parametrize("clause, low, high, unit", [
    ("Vốn ngoài ngân sách khoảng 12.173 tỷ đồng - 18.260 tỷ đồng", 12173.0, 18260.0,
     "tỷ đồng"),
    ("Năng suất lúa đạt 60 tạ/ha – 65 tạ/ha", 60.0, 65.0, "tạ/ha"),
])
def test_a_range_with_its_unit_after_both_ends_is_one_record(clause: str, low: float,
                                                              high: float, unit: str) -> None:
    targets, _ = figures_from_text(normalize(f"- {clause}.").text)
    assert [(t.comparator, t.value, t.value_max, t.unit) for t in targets] == [
        ("range", low, high, unit)]


def test_a_value_then_a_dash_and_a_change_stays_two_records() -> None:
    targets, _ = figures_from_text(normalize("- Thu ngân sách 500 tỷ đồng - tăng 10%.").text)
    assert [(t.value, t.unit) for t in targets] == [(500.0, "tỷ đồng"), (10.0, "%")]


@pytest.mark.parametrize("sentence, name, value", [
    ("- Giá trị tiểu thủ công nghiệp và xây dựng đạt 273 tỉ đồng.",
     "Giá trị tiểu thủ công nghiệp và xây dựng", 273.0),
    ("- Công nghiệp, xây dựng tăng 12%.", "Công nghiệp, xây dựng", 12.0),
    # the verb with what it builds still opens a clause of its own
    ("- Phát triển công nghiệp và xây dựng 05 cụm công nghiệp.", "cụm công nghiệp", 5.0),
    ("- Thu hút 3 dự án công nghiệp, xây dựng 2 chợ.", "chợ", 2.0),
])
def test_a_sector_name_is_not_cut_at_its_second_word(sentence: str, name: str,
                                                     value: float) -> None:
    targets, _ = records(sentence)
    assert (name, value) in [(t[1], t[3]) for t in targets]


def test_a_bare_figure_in_brackets_is_the_value_of_the_clause_before_it() -> None:
    text = ("3. Tập trung chỉ đạo hoàn thành các chỉ tiêu năm 2027, trong đó phấn đấu tăng "
            "trưởng kinh tế vượt mục tiêu Chính phủ giao (10%); tăng thu ngân sách.\n"
            "4. Phấn đấu hoàn thành mục tiêu tăng trưởng kinh tế Tỉnh giao (8,5%).\n")
    targets, _ = figures_from_text(normalize(text).text)
    got = [(t.comparator, t.value, t.unit, t.name) for t in targets]
    assert got[0][:3] == (">", 10.0, "%") and "tăng trưởng kinh tế" in str(got[0][3])
    assert got[1][:3] == ("=", 8.5, "%") and "tăng trưởng kinh tế" in str(got[1][3])


def test_a_bracket_after_a_named_value_still_restates_it() -> None:
    targets, _ = records("- Tỷ lệ hộ nghèo giảm 1% (còn 2,5%).")
    assert [(t[1], t[3]) for t in targets] == [("Tỷ lệ hộ nghèo", 1.0),
                                              ("Tỷ lệ hộ nghèo", 2.5)]
