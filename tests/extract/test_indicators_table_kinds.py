"""Tables of every kind: which hold targets, which column holds them, how their cells read.

Every table here is written for the test, as a web table copied cell by cell ("|" lines
between cells, two in a row closing a row or holding an empty cell), the layout the
annexes of real plans and decisions reach the parser in.  Negative cases first: a blank
report form, a table of revenue shares, a table of coordinates and a statistics table give
no targets.
"""

from __future__ import annotations

import pytest

from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.extract.indicators.header_units import header_unit
from kehoach_parser.text.normalize import normalize


@pytest.fixture(autouse=True)
def rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEHOACH_STATUS", "rules")


def bars(*rows: list[str]) -> str:
    """Rows of cells as a web table copied cell by cell ("" an empty cell)."""
    out = ["|"]
    for row in rows:
        for c in row:
            out += [c, "|"]
        out.append("|")
    return "\n".join(out[:-1])


def figures(text: str) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    targets, results = figures_from_text(normalize(text).text)
    def key(r: object) -> tuple[object, ...]:
        return (r.name, r.comparator, r.value, r.value_max, r.unit, r.year)  # type: ignore[attr-defined]
    return [key(r) for r in targets], [key(r) for r in results]


# --- tables that hold no targets --------------------------------------------------------
def test_a_blank_report_form_gives_nothing() -> None:
    """Column numbers under the header, a code column, every value cell empty."""
    form = bars(
        ["Chỉ tiêu", "Mã số", "Năm 2026", "Năm 2027"],
        ["6 tháng đầu năm", "9 tháng", "Cả năm", "6 tháng đầu năm", "9 tháng", "Cả năm"],
        ["A", "B", "1", "2", "3", "4", "5", "6"],
        ["TỔNG THU NGÂN SÁCH", "1", "", "", "", "", "", ""],
        ["I. Thu nội địa", "2", "", "", "", "", "", ""],
        ["Thuế giá trị gia tăng", "3", "", "", "", "", "", ""],
        ["Trong đó: - Thu từ doanh nghiệp", "4", "", "", "", "", "", ""],
        ["Thuế thu nhập cá nhân", "5", "", "", "", "", "", ""],
        ["2. Hoàn thuế giá trị gia tăng", "6", "", "", "", "", "", ""],
        ["II. Thu viện trợ", "7", "", "", "", "", "", ""],
    )
    text = "BIỂU MẪU BÁO CÁO THU NGÂN SÁCH\n\nĐơn vị tính: Triệu đồng\n\n" + form + "\n"
    assert figures(text) == ([], [])


def test_a_half_filled_form_reads_no_code_as_a_value() -> None:
    """A form with one figure filled in: the codes of the rows are never values."""
    form = bars(
        ["Chỉ tiêu", "Mã số", "Kế hoạch năm 2026"],
        ["A", "B", "1"],
        ["Thu ngân sách xã", "01", "1.250"],
        ["Chi ngân sách xã", "02", ""],
        ["Chi đầu tư phát triển", "03", ""],
    )
    targets, results = figures("ĐVT: triệu đồng\n\n" + form + "\n")
    assert [(t[0], t[2]) for t in targets + results] == [("Thu ngân sách xã", 1250.0)]


def test_a_table_of_revenue_shares_gives_nothing() -> None:
    table = bars(
        ["STT", "Nội dung", "NS tỉnh (%)", "NS xã (%)", "Ghi chú"],
        ["1", "Thuế sử dụng đất phi nông nghiệp", "", "100", ""],
        ["2", "Lệ phí trước bạ nhà đất", "30", "70", ""],
        ["3", "Thuế tài nguyên", "100", "", ""],
        ["4", "Lệ phí môn bài", "", "100", ""],
    )
    text = ("TỶ LỆ PHẦN TRĂM (%) PHÂN CHIA CÁC KHOẢN THU GIỮA CÁC CẤP NGÂN SÁCH\n\n"
            + table + "\n")
    assert figures(text) == ([], [])


def test_a_table_of_coordinates_gives_nothing() -> None:
    table = bars(
        ["TT", "Tên mỏ, vị trí", "Tọa độ VN2000", "Diện tích (ha)"],
        ["Tên điểm", "X(m)", "Y(m)"],
        ["1", "Mỏ đá Khe Gạo", "1", "2394627", "567730", "12,5"],
        ["2", "2394701", "567497"],
        ["3", "2394602", "567307"],
    )
    assert figures("Danh mục tọa độ các điểm góc:\n\n" + table + "\n") == ([], [])


def test_a_statistics_table_gives_no_targets() -> None:
    table = bars(
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2019", "Năm 2020", "Năm 2021"],
        ["1", "Dân số trung bình", "Người", "12.400", "12.650", "12.830"],
        ["2", "Tỷ lệ hộ nghèo", "%", "6,2", "5,1", "4,3"],
        ["3", "Số trường đạt chuẩn", "Trường", "4", "5", "5"],
    )
    text = ("Kế hoạch phát triển kinh tế - xã hội năm 2025\n\n"
            "SỐ LIỆU THỐNG KÊ MỘT SỐ CHỈ TIÊU GIAI ĐOẠN 2019 - 2021\n\n" + table + "\n")
    targets, _ = figures(text)
    assert targets == []


# --- which column holds targets, and what its header says --------------------------------
def test_a_lead_in_between_bars_starts_a_new_table() -> None:
    """Two tables between one run of bars: the second is read with its own header."""
    first = bars(
        ["TT", "Tên dự án", "Công suất (MW)"],
        ["1", "Nhà máy điện mặt trời Hòa Bình", "50"],
        ["2", "Nhà máy điện gió Ea Nam", "400"],
    )
    second = bars(
        ["TT", "Tên dự án", "Chiều dài (km)"],
        ["1", "Đường dây Ea Nam - Krông Búk", "32"],
        ["2", "Đường dây Buôn Hồ - Krông Năng", "18"],
    )
    lead = ("2. Điều chỉnh, bổ sung danh mục các dự án lưới điện truyền tải tại mục 3 "
            "Phụ lục II như sau:")
    targets, _ = figures(first + "\n" + lead + "\n" + second + "\n")
    assert [(t[0], t[2], t[4]) for t in targets] == [
        ("Nhà máy điện mặt trời Hòa Bình", 50.0, "MW"),
        ("Nhà máy điện gió Ea Nam", 400.0, "MW"),
        ("Đường dây Ea Nam - Krông Búk", 32.0, "km"),
        ("Đường dây Buôn Hồ - Krông Năng", 18.0, "km"),
    ]


def test_a_header_over_three_rows_with_periods_and_units() -> None:
    """"Công suất" over two periods over a unit each; "÷" ranges; the area is a fact."""
    table = bars(
        ["TT", "Tên mỏ, dự án khai thác", "Diện tích (ha)", "Công suất khai thác",
         "Ghi chú"],
        ["2021 - 2030", "2031 - 2050"],
        ["Quặng (103tấn/năm)", "Tấn WO3/năm", "Quặng (103tấn/năm)", "Tấn WO3/năm"],
        ["a", "Mỏ Đồng Cao", "42,9", "850÷1000", "750÷900", "1200÷1500", "1000÷1200",
         "Điều chỉnh tăng công suất"],
        ["b", "Mỏ Khe Mạ", "18,3", "300", "250", "", "", ""],
    )
    targets, results = figures("1. Điều chỉnh danh mục các dự án khai thác như sau:\n\n"
                               + table + "\n")
    assert ("Mỏ Đồng Cao", "range", 850.0, 1000.0, "nghìn tấn/năm", 2030) in targets
    assert ("Mỏ Đồng Cao", "range", 750.0, 900.0, "tấn WO3/năm", 2030) in targets
    assert ("Mỏ Đồng Cao", "range", 1200.0, 1500.0, "nghìn tấn/năm", 2050) in targets
    assert ("Mỏ Khe Mạ", "=", 250.0, None, "tấn WO3/năm", 2030) in targets
    assert len(targets) == 6  # the empty cells of "Mỏ Khe Mạ" give nothing
    assert {(r[0], r[2], r[4]) for r in results} == {("Mỏ Đồng Cao", 42.9, "ha"),
                                                      ("Mỏ Khe Mạ", 18.3, "ha")}


def test_columns_that_name_what_is_counted_give_the_group() -> None:
    """A cross table: places down, objects across, one unit for all."""
    table = bars(
        ["STT", "Địa điểm quan trắc", "Đối tượng quan trắc"],
        ["Nước cấp nuôi tôm (vị trí)", "Ao nuôi tôm (vị trí)", "Vùng nuôi ngao (vị trí)"],
        ["1", "Cửa sông Lèn", "2", "", ""],
        ["2", "Xã Hải Châu", "", "3", "1"],
        ["3", "Xã Đa Lộc", "", "", "4"],
    )
    targets, _ = figures("PHỤ LỤC I\n\n" + table + "\n")
    got = {(t[0], t[2], t[4]) for t in targets}
    assert got == {("Cửa sông Lèn", 2.0, "vị trí"), ("Xã Hải Châu", 3.0, "vị trí"),
                   ("Xã Hải Châu", 1.0, "vị trí"), ("Xã Đa Lộc", 4.0, "vị trí")}
    records, _ = figures_from_text(normalize("PHỤ LỤC I\n\n" + table + "\n").text)
    assert {(r.name, r.group) for r in records if r.value == 1.0} == {
        ("Xã Hải Châu", "Vùng nuôi ngao")}


@pytest.mark.parametrize(("header", "own", "unit"), [
    ("Diện tích (ha)", "", "ha"),
    ("Trữ lượng Quặng (103tấn)", "Quặng (103tấn)", "nghìn tấn"),
    ("Công suất (10**6 tấn/năm)", "", "triệu tấn/năm"),
    ("Trữ lượng (tấn WO**3)", "", "tấn WO3"),
    ("Trữ lượng huy động Tấn WO3/năm", "Tấn WO3/năm", "tấn WO3/năm"),
    ("Nguồn nước (vị trí)", "", "vị trí"),
    ("Tỷ lệ (%)", "", None),
    ("Kế hoạch năm 2026", "Kế hoạch năm 2026", None),
    ("Tổng số (I+II)", "", None),
])
def test_units_printed_in_a_header(header: str, own: str, unit: str | None) -> None:
    u = header_unit(header, own)
    assert (u.unit if u is not None else None) == unit


def test_an_estimate_for_a_year_not_yet_begun_is_a_target() -> None:
    """"Ước TH năm 2027" from a report dated in 2026: a forecast, the plan for 2027; the
    same column under a caption dated after the year holds results."""
    def table(date: str) -> str:
        return (f"CÁC CHỈ TIÊU CHỦ YẾU NĂM 2027\n\n(Theo báo cáo số 12/BC-UBND ngày {date})\n\n"
                + bars(["Stt", "Chỉ tiêu chủ yếu", "Ước TH năm 2027"],
                       ["1", "Tỷ lệ che phủ rừng (%)", "57,5"],
                       ["2", "Thu ngân sách trên địa bàn (tỷ đồng)", "6.065,2"],
                       ["3", "Tỷ lệ hộ nghèo (%)", "1,5"]) + "\n")
    targets, results = figures(table("04/12/2026"))
    assert [(t[0], t[2], t[5]) for t in targets] == [
        ("Tỷ lệ che phủ rừng", 57.5, 2027), ("Thu ngân sách trên địa bàn", 6065.2, 2027),
        ("Tỷ lệ hộ nghèo", 1.5, 2027)]
    assert results == []
    targets, results = figures(table("15/01/2028"))
    assert targets == [] and len(results) == 3


def test_a_cell_with_a_change_in_brackets_gives_two_records() -> None:
    table = bars(["STT", "Chỉ tiêu", "Kế hoạch năm 2027"],
                 ["1", "Kim ngạch nhập khẩu (triệu USD)", "575 (tăng 15%)"],
                 ["2", "Thu ngân sách (tỷ đồng)", "6.065,2 (giảm 8,3% so với năm 2026)"],
                 ["3", "Tỷ lệ hộ nghèo (%)", "1,5"])
    records, _ = figures_from_text(normalize("Biểu 01\n\n" + table + "\n").text)
    got = [(r.name, r.value, r.unit, r.direction) for r in records]
    assert got == [("Kim ngạch nhập khẩu", 575.0, "triệu USD", None),
                   ("Kim ngạch nhập khẩu", 15.0, "%", "increase"),
                   ("Thu ngân sách", 6065.2, "tỷ đồng", None),
                   ("Thu ngân sách", 8.3, "%", "decrease"),
                   ("Tỷ lệ hộ nghèo", 1.5, "%", None)]


def test_a_second_header_starts_a_new_table_and_timing_gives_the_year() -> None:
    """Two project tables in one run of bars, the second under a caption cell; rows named
    with a number ("Nhà máy Sông Lô giai đoạn 2"); the operation time gives the year."""
    first = bars(
        ["TT", "Dự án", "Công suất (MW)", "Địa điểm", "Dự kiến thời gian vận hành", "Ghi chú"],
        ["1", "Nhà máy thủy điện Sông Lô giai đoạn 2", "120", "Tuyên Quang", "2028-2029", ""],
        ["2", "Nhà máy thủy điện Bản Vẽ mở rộng", "200", "Nghệ An", "Trước 2030", ""],
    )
    second = bars(
        ["3. Các dự án điện gió ngoài khơi"],
        ["TT", "Dự án", "Công suất (MW)", "Dự kiến thời gian vận hành", "Ghi chú"],
        ["1", "Khu vực điện gió ngoài khơi Bắc Bộ", "2.000", "2030-2035", ""],
        ["-", "Điện gió ngoài khơi Bắc Bộ 1.1", "500", "2030-2031", ""],
        ["-", "Điện gió ngoài khơi Bắc Bộ 1.2", "1.500", "2031-2035", ""],
    )
    records, _ = figures_from_text(normalize(first + "\n" + second + "\n").text)
    got = [(r.name, r.value, r.unit, r.year, r.group) for r in records]
    assert got == [
        ("Nhà máy thủy điện Sông Lô giai đoạn 2", 120.0, "MW", 2029, None),
        ("Nhà máy thủy điện Bản Vẽ mở rộng", 200.0, "MW", 2030, None),
        ("Khu vực điện gió ngoài khơi Bắc Bộ", 2000.0, "MW", 2035, None),
        ("Điện gió ngoài khơi Bắc Bộ 1.1", 500.0, "MW", 2031,
         "Khu vực điện gió ngoài khơi Bắc Bộ"),
        ("Điện gió ngoài khơi Bắc Bộ 1.2", 1500.0, "MW", 2035,
         "Khu vực điện gió ngoài khơi Bắc Bộ"),
    ]


def test_a_count_in_brackets_after_a_row_label_is_no_target() -> None:
    """A list of places with no value column: "Đô thị (21 phường …)" counts members."""
    table = bars(["STT", "Địa bàn", "Ghi chú"],
                 ["I", "Đô thị (21 phường thuộc thành phố)", ""],
                 ["1", "Phường Phú Xuân", ""],
                 ["2", "Phường Thuận An", ""],
                 ["II", "Nông thôn (10 xã đồng bằng)", ""],
                 ["1", "Xã Phú Vang", ""])
    assert figures("PHỤ LỤC\n\nPHÂN LOẠI ĐỊA BÀN\n\n" + table + "\n") == ([], [])


def test_sub_rows_under_a_named_object_with_its_scope() -> None:
    """"Nguồn nước: 7 cửa sông - 15 vị trí" over parameter rows: the rows take the object's
    name as their group; "02 lần/tháng" is a value and its unit, not an ordinal and a name."""
    table = bars(
        ["TT", "Đối tượng quan trắc", "Thông số quan trắc", "Tần suất quan trắc",
         "Số lượng mẫu/lần", "Tổng số (mẫu)"],
        ["1", "Nguồn nước cấp nuôi tôm: 7 cửa sông - 15 vị trí",
         "- Độ mặn, pH, DO", "02 lần/tháng", "15", "240"],
        ["", "- Kim loại nặng", "02 lần/năm", "15", "30"],
        ["2", "Môi trường nuôi ngao: 4 bãi nuôi - 4 vị trí",
         "- Độ mặn, pH, DO", "02 lần/tháng", "4", "64"],
    )
    records, _ = figures_from_text(normalize("PHỤ LỤC II\n\n" + table + "\n").text)
    freq = [(r.value, r.unit, r.group) for r in records if r.unit and "lần/" in r.unit]
    assert freq == [(2.0, "lần/tháng", "Nguồn nước cấp nuôi tôm"),
                    (2.0, "lần/năm", "Nguồn nước cấp nuôi tôm"),
                    (2.0, "lần/tháng", "Môi trường nuôi ngao")]


def test_coordinates_printed_as_rows_under_a_project_table() -> None:
    """DOCX rows: a project table, then the header of a coordinates table and its points."""
    text = "\n".join([
        "TT | Tên dự án | Công suất (MW) | Ghi chú",
        "1 | Nhà máy điện gió Hòa Thắng | 100 | ",
        "2 | Nhà máy điện gió Ea Nam | 400 | ",
        "Tên điểm | X(m) | Y(m)",
        "1 | 2394627 | 567730",
        "2 | 2394701 | 567497",
        "3 | 2394602 | 567307",
    ])
    targets, results = figures("Danh mục dự án\n\n" + text + "\n")
    assert [(t[0], t[2]) for t in targets] == [("Nhà máy điện gió Hòa Thắng", 100.0),
                                               ("Nhà máy điện gió Ea Nam", 400.0)]
    assert results == []


def test_a_result_column_beside_the_target_column() -> None:
    """Only the plan column gives targets (with its year); the results go to results."""
    table = bars(
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Mục tiêu đến 2030"],
        ["I", "Kinh tế", "", "", ""],
        ["1", "Sản lượng lương thực", "Tấn", "8.200", "2.850 - 3.800"],
        ["", "Trong đó: - Lúa", "Tấn", "6.900", "7.000"],
        ["2", "Tỷ lệ hộ nghèo", "%", "2,8", "dưới 1,5"],
    )
    targets, results = figures("Biểu 02\n\n" + table + "\n")
    assert targets == [("Sản lượng lương thực", "range", 2850.0, 3800.0, "tấn", 2030),
                       ("Lúa", "=", 7000.0, None, "tấn", 2030),
                       ("Tỷ lệ hộ nghèo", "<", 1.5, None, "%", 2030)]
    assert [(r[0], r[2]) for r in results] == [("Sản lượng lương thực", 8200.0),
                                               ("Lúa", 6900.0), ("Tỷ lệ hộ nghèo", 2.8)]


def test_a_bracket_that_qualifies_the_row_is_no_unit_when_the_table_gives_one() -> None:
    """"Nguồn khác (nguồn XDCB tập trung)" under "Đơn vị: Triệu đồng": the unit is the
    table's; "(10**6 tấn/năm)" before the period sub-headers is the columns' unit."""
    table = bars(["STT", "Nội dung", "Dự toán 2026"],
                 ["1", "Nguồn ngân sách tỉnh", "37.550"],
                 ["2", "Nguồn khác (nguồn XDCB tập trung)", "14.850"])
    targets, _ = figures("Đơn vị: Triệu đồng\n\n" + table + "\n")
    assert [(t[0], t[4]) for t in targets] == [("Nguồn ngân sách tỉnh", "triệu đồng"),
                                               ("Nguồn khác (nguồn XDCB tập trung)",
                                                "triệu đồng")]
    plants = bars(["TT", "Tên nhà máy", "Công suất (10**6 tấn/năm)", "Ghi chú"],
                  ["2021 - 2030", "2031 - 2050"],
                  ["1", "Nhà máy alumin Lâm Đồng (mở rộng)", "1÷2.5", "2÷3", ""],
                  ["2", "Nhà máy alumin Đắk Nông", "1", "2", ""])
    targets, _ = figures("Danh mục các dự án chế biến:\n\n" + plants + "\n")
    assert ("Nhà máy alumin Lâm Đồng (mở rộng)", "range", 1.0, 2.5, "triệu tấn/năm", 2030) \
        in targets
    assert ("Nhà máy alumin Đắk Nông", "=", 2.0, None, "triệu tấn/năm", 2050) in targets


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_lead_in_ends_a_table_written_one_cell_a_line(sep: str) -> None:
    """One cell a line (or a paragraph): the lead-in of the next table is no cell, and
    the coordinates under it give nothing."""
    first = ["TT", "Tên dự án", "Công suất (MW)", "1", "Nhà máy điện gió Hòa Thắng", "100",
             "2", "Nhà máy điện gió Ea Nam", "400", "3", "Nhà máy điện gió Đông Hải", "50"]
    lead = ["2. Điều chỉnh danh mục tọa độ khép góc các dự án điện gió trên địa bàn tỉnh "
            "thời kỳ 2021 - 2030 như sau:"]
    second = ["TT", "Tên dự án", "Tọa độ VN2000", "Diện tích (ha)", "Tên điểm", "X(m)",
              "Y(m)", "1", "Nhà máy điện gió Hòa Thắng", "1", "2394627", "567730", "42,9",
              "2", "2394701", "567497", "3", "2394602", "567307"]
    text = "Danh mục dự án\n\n" + sep.join(first + lead + second) + "\n"
    targets, results = figures(text)
    assert [(t[0], t[2], t[4]) for t in targets] == [
        ("Nhà máy điện gió Hòa Thắng", 100.0, "MW"), ("Nhà máy điện gió Ea Nam", 400.0, "MW"),
        ("Nhà máy điện gió Đông Hải", 50.0, "MW")]
    assert results == []


def test_a_column_headed_by_its_year_alone_gives_the_year() -> None:
    plants = bars(["TT", "Tên nhà máy", "Công suất (MW)", "Ghi chú"],
                  ["2030", "2035"],
                  ["1", "Nhà máy điện sinh khối Tuyên Quang", "30", "50", ""],
                  ["2", "Nhà máy điện rác Thái Nguyên", "20", "40", ""])
    targets, _ = figures("Danh mục các dự án:\n\n" + plants + "\n")
    assert ("Nhà máy điện sinh khối Tuyên Quang", "=", 30.0, None, "MW", 2030) in targets
    assert ("Nhà máy điện rác Thái Nguyên", "=", 40.0, None, "MW", 2035) in targets


def test_a_half_filled_report_form_gives_no_targets() -> None:
    """Figures written into a form under reporting periods are what was done."""
    form = bars(
        ["Chỉ tiêu", "Mã số", "Năm 2026"],
        ["6 tháng đầu năm", "9 tháng", "Cả năm"],
        ["A", "B", "1", "2", "3"],
        ["Thu ngân sách trên địa bàn", "01", "1.250", "1.870", ""],
        ["Thu nội địa", "02", "1.100", "", ""],
        ["Thu từ đất", "03", "", "", ""],
    )
    targets, results = figures("Đơn vị tính: Triệu đồng\n\n" + form + "\n")
    assert targets == []
    assert sorted(r[2] for r in results) == [1100.0, 1250.0, 1870.0]


def test_a_value_rejoined_to_the_name_of_its_row() -> None:
    """One cell a paragraph: a value cell in lower case ("tăng 7,4 - 8,4%") rejoined to
    the name above it (as the reflow leaves a page-broken sentence) is still the column's
    figure."""
    cells = ["Stt", "Chỉ tiêu chủ yếu", "Kế hoạch năm 2027", "I", "Kinh tế",
             "1", "Tốc độ tăng trưởng tổng sản phẩm (GRDP) tăng 7,4 - 8,4%",
             "2", "Kim ngạch xuất khẩu (triệu USD)", "920",
             "3", "Tỷ lệ che phủ rừng (%)", "57,5"]
    targets, _ = figures("CÁC CHỈ TIÊU CHỦ YẾU\n\n" + "\n\n".join(cells) + "\n")
    growth = [t for t in targets if str(t[0]).startswith("Tốc độ tăng trưởng")]
    assert [t[1:] for t in growth] == [("range", 7.4, 8.4, "%", 2027)]
    assert ("Kim ngạch xuất khẩu", "=", 920.0, None, "triệu USD", 2027) in targets


def test_a_numbered_label_glued_to_its_name_opens_a_row() -> None:
    """"2. Hoàn thuế nhập khẩu" in one cell after a sub-row: a row of its own."""
    table = bars(
        ["Chỉ tiêu", "Kế hoạch năm 2027"],
        ["1. Thu nội địa", "1.250"],
        ["- Thuế khác", "44"],
        ["2. Hoàn thuế nhập khẩu", "45"],
        ["3. Thu viện trợ", "12"],
    )
    targets, _ = figures("Đơn vị tính: Triệu đồng\n\n" + table + "\n")
    assert ("Hoàn thuế nhập khẩu", "=", 45.0, None, "triệu đồng", 2027) in targets


def test_a_counted_noun_in_brackets_stays_the_rows_unit_under_a_unit_line() -> None:
    table = bars(["STT", "Nội dung", "Kế hoạch năm 2027"],
                 ["1", "Chi đào tạo nghề", "1.200"],
                 ["2", "Số lao động được đào tạo (người)", "350"],
                 ["3", "Nguồn khác (nguồn vốn xã hội hóa)", "80"])
    targets, _ = figures("Đơn vị tính: Triệu đồng\n\n" + table + "\n")
    assert [(t[2], t[4]) for t in targets] == [(1200.0, "triệu đồng"), (350.0, "người"),
                                               (80.0, "triệu đồng")]


def test_years_under_a_caption_of_results_and_plan_keep_the_plan_year() -> None:
    table = bars(
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025", "Năm 2026"],
        ["1", "Tỷ lệ hộ nghèo", "%", "3,1", "2,6", "2,0"],
        ["2", "Tỷ lệ che phủ rừng", "%", "55", "56", "57"],
        ["3", "Số xã đạt chuẩn nông thôn mới", "Xã", "4", "5", "6"],
    )
    text = ("KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026\n\n"
            "KẾT QUẢ THỰC HIỆN NĂM 2024, 2025 VÀ KẾ HOẠCH NĂM 2026\n\n" + table + "\n")
    targets, _ = figures(text)
    assert {(t[0], t[2]) for t in targets} >= {("Tỷ lệ hộ nghèo", 2.0),
                                               ("Tỷ lệ che phủ rừng", 57.0)}


@pytest.mark.parametrize(("header", "period"), [
    ("Kế hoạch giai đoạn 2027 - 2029", (2027, 2029)),
    ("TỐC ĐỘ BÌNH QUÂN 2031–2035 (%/NĂM)", (2031, 2035)),
    ("Năm 2027", None),  # one year, no period
    ("Ước 2026 so với KH 2021 - 2025", None),  # a period and another year: not one period
    ("Giai đoạn 2021 - 2025 và 2026 - 2030", None),  # two periods
])
def test_the_one_period_a_header_names(header: str, period: tuple[int, int] | None) -> None:
    from kehoach_parser.extract.indicators.tables import _period_end_of, _period_of

    assert _period_of(header) == period
    assert _period_end_of(header) == (period[1] if period else None)
