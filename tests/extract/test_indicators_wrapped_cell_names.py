"""PDF text of a table one cell a line, each cell wrapped at its column's width: a row's
name goes on over several lines — the reflow may have joined some of them into one long
line — until its figure; a name that opened a bracket goes on to the line that closes it.

The tables are written for the test.
"""

from __future__ import annotations

from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.extract.indicators.gapped_cells import names_period
from kehoach_parser.text.normalize import normalize

END = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
HEAD = ["TT", "Danh mục công trình", "Kế hoạch vốn năm 2026", "Ghi chú"]


def targets(body: list[str]) -> list[tuple[str | None, str | None, float | None]]:
    text = "Phụ lục\nDANH MỤC CÔNG TRÌNH ĐẦU TƯ NĂM 2026\nĐơn vị tính: triệu đồng\n\n" \
        + "\n".join(HEAD + body) + END
    found, _ = figures_from_text(normalize(text).text)
    return [(t.label, t.name, t.value) for t in found]


def test_a_name_over_three_lines_keeps_its_last_short_line() -> None:
    body = ["1", "Trường Tiểu học", "Nhơn Phúc: nhà 02 tầng 06 phòng - điểm chính Mỹ",
            "Thạnh", "600", "2", "Trường Mầm non Bình Hòa", "800", "3", "Trạm y tế xã",
            "Phước Lộc", "1.500"]
    got = targets(body)
    assert ("1", "Trường Tiểu học Nhơn Phúc: nhà 02 tầng 06 phòng - điểm chính Mỹ Thạnh",
            600.0) in got
    assert [v for _, _, v in got] == [600.0, 800.0, 1500.0]


def test_a_name_goes_on_to_the_line_that_closes_its_bracket() -> None:
    body = ["1", "Trường Mầm non", "Tam Quan (hạng mục: nhà lớp học 02 tầng; nhà hiệu bộ",
            "và nhà bếp)", "3.000", "2", "Trường Tiểu học số 2", "1.200"]
    got = targets(body)
    assert [v for _, _, v in got] == [3000.0, 1200.0]
    assert got[0][1] is not None and got[0][1].endswith("nhà bếp)")


UNIT_HEAD = ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2027"]


def unit_table(body: list[str]) -> list[tuple[str | None, str | None, float | None]]:
    text = "Phụ lục\nCÁC CHỈ TIÊU Y TẾ KẾ HOẠCH 2026 - 2027\n\n" + "\n".join(
        UNIT_HEAD + body) + END
    found, _ = figures_from_text(normalize(text).text)
    return [(t.name, t.group, t.value) for t in found]


def test_a_marked_sub_row_right_after_the_unit_of_a_row_without_figures() -> None:
    # "- Số đối tượng được hỗ trợ" prints its unit and no figure; "+ Trẻ em dưới 6 tuổi"
    # right after it opens the first of its sub-rows (not a value in words)
    body = ["1", "Bảo hiểm y tế", "- Số đối tượng được hỗ trợ", "Lượt", "+ Trẻ em dưới 6 tuổi",
            "Người", "171.242", "172.000", "+ Người cao tuổi", "Người", "45.310", "46.000",
            "2", "Số giường bệnh", "Giường", "7.060", "7.200"]
    got = unit_table(body)
    assert [(n, v) for n, _, v in got][:4] == [
        ("Trẻ em dưới 6 tuổi", 171242.0), ("Trẻ em dưới 6 tuổi", 172000.0),
        ("Người cao tuổi", 45310.0), ("Người cao tuổi", 46000.0)]
    assert all(g == "Số đối tượng được hỗ trợ" for _, g, _ in got[:4])


PERIOD_HEAD = ["TT", "Chỉ tiêu", "Đơn vị", "Kết quả", "Cơ quan chủ trì"]


def period_table(body: list[str]) -> list[tuple[str | None, str | None, float | None]]:
    text = "Phụ lục\nDANH MỤC CÁC CHỈ TIÊU CỤ THỂ\n\n" + "\n".join(PERIOD_HEAD + body) + END
    found, _ = figures_from_text(normalize(text).text)
    return [(t.name, t.group, t.value) for t in found]


def test_a_category_row_named_by_its_period_over_two_lines_gives_no_figure() -> None:
    body = ["I", "Giai đoạn", "2025-2027", "1", "Tỉ lệ dịch vụ công trực tuyến toàn trình",
            "%", "100%", "Bộ Công an", "2", "Tỉ lệ hồ sơ được số hóa", "%", "90%",
            "Văn phòng Chính phủ", "II", "Giai đoạn", "2028-2030", "3",
            "Tỉ lệ người dân hài lòng", "%", "95%", "Bộ Nội vụ"]
    got = period_table(body)
    assert [v for _, _, v in got] == [100.0, 90.0, 95.0]
    assert [g for _, g, _ in got] == ["Giai đoạn 2025-2027", "Giai đoạn 2025-2027",
                                      "Giai đoạn 2028-2030"]


def test_a_name_wrapped_before_its_unit_cell() -> None:
    body = ["1", "Tỉ lệ nền tảng số dùng chung của ngành, lĩnh vực phục vụ",
            "Chính phủ số được đưa vào sử dụng thống nhất", "%", "100%", "Bộ Công an",
            "2", "Số ứng dụng trí tuệ nhân tạo", "Ứng dụng", "5", "Bộ Khoa học và Công nghệ"]
    got = period_table(body)
    assert [(n, v) for n, _, v in got] == [
        ("Tỉ lệ nền tảng số dùng chung của ngành, lĩnh vực phục vụ Chính phủ số được đưa "
         "vào sử dụng thống nhất", 100.0), ("Số ứng dụng trí tuệ nhân tạo", 5.0)]


def test_a_year_under_a_cell_with_figures_or_a_word_under_a_period_is_no_wrap() -> None:
    assert names_period("Giai đoạn", "2025-2027")
    assert names_period("Kế hoạch năm", "2026")
    assert not names_period("Tăng 5% so với năm", "2026")  # a cell with a figure
    assert not names_period("Giai đoạn", "Bộ Tài chính")
