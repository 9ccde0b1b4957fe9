"""Numbered lines that are table rows or sentences introducing a text, not headings."""

from __future__ import annotations

import kehoach_parser


def _sections(text: str) -> list[tuple[str, str | None]]:
    doc = kehoach_parser.parse("BÁO CÁO\nTình hình kinh tế - xã hội năm 2026\n" + text)
    return [(s.label, s.title) for s in doc.sections]


def test_a_row_ending_in_its_figures_is_not_a_heading() -> None:
    got = _sections("I. CÁC CHỈ TIÊU CHỦ YẾU\nChỉ tiêu ĐVT 2024 2025 2026\n"
                    "1. Tỷ lệ hộ nghèo % 3,2 2,8 2,1\nTrong đó: khu vực nông thôn\n"
                    "2. Thu nhập bình quân Tr.đ 52 58 63\nTrong đó: khu vực đô thị\n"
                    "II. NHIỆM VỤ NĂM 2027\n1. Phát triển nông nghiệp\n"
                    "Mở rộng diện tích cây ăn quả.\n")
    assert got == [("I", "CÁC CHỈ TIÊU CHỦ YẾU"), ("II", "NHIỆM VỤ NĂM 2027"),
                   ("1", "Phát triển nông nghiệp")]


def test_a_row_whose_cells_stand_under_it_one_per_line_is_not_a_heading() -> None:
    figures = "".join(f"{1200 + 37 * k}\n" for k in range(6))
    got = _sections("Các chỉ tiêu chủ yếu\n1. Diện tích gieo trồng\nHa\n" + figures
                    + "2. Sản lượng cá nuôi\nTấn\n" + figures
                    + "3. Phát triển thủy sản\nNuôi trồng gắn với bảo vệ nguồn lợi.\n")
    assert got == [("3", "Phát triển thủy sản")]


def test_a_numbered_cell_between_bars_is_a_row_and_a_caption_over_a_header_is_a_heading(
) -> None:
    row = "|\n|\nI. Thu từ thuế phí\n|\n2\n|\n120\n|\n|\nII. Thu khác\n|\n3\n|\n45\n|\n"
    caption = "|\n|\n1. Các công trình thủy lợi\n|\nSTT\n|\nTên công trình\n|\n|\n1\n|\nHồ Đá\n|\n"
    got = _sections("Đơn vị: triệu đồng\n|\nChỉ tiêu\n|\nMã số\n|\nSố tiền\n" + row
                    + "\nDanh mục\n" + caption)
    assert got == [("1", "Các công trình thủy lợi")]


def test_a_clause_that_introduces_a_text_as_follows_is_an_item() -> None:
    got = _sections("1. Điều chỉnh điểm a tại mục 3 Phụ lục II như sau:\n"
                    "- Bổ sung dự án mỏ đá vôi Tân Lập.\n2. Mục tiêu cụ thể\n"
                    "- Tỷ lệ che phủ rừng đạt 45%.\n")
    assert got == [("2", "Mục tiêu cụ thể")]


def test_rows_with_cells_apart_by_tabs_are_not_headings_but_a_list_after_a_tab_is() -> None:
    got = _sections("Đơn vị: triệu đồng\nSTT\tChỉ tiêu\tMã số\tCơ quan thu\n"
                    "I. Thu từ thuế phí\t2\tCục Thuế\n1. Thuế tài nguyên\t3\tCục Thuế\n"
                    "1.1.\tThuế tài nguyên nước\n1.2.\tThuế tài nguyên rừng\t5\tCục Thuế\n"
                    "II. Thu khác\t6\tKho bạc\n"
                    "III.\tNHIỆM VỤ NĂM 2027\n1.\tPhát triển nông nghiệp\n"
                    "Mở rộng diện tích cây ăn quả.\n")
    assert got == [("III", "NHIỆM VỤ NĂM 2027"), ("1", "Phát triển nông nghiệp")]


def test_roman_category_rows_under_a_flat_header_row_are_not_sections() -> None:
    # decision 27: "I. CHỈ TIÊU KINH TẾ" printed after the table's column headers is a
    # category row; the Roman heading after the table, over a paragraph, stays a section
    got = _sections("I. MỤC TIÊU\n1. Các chỉ tiêu chủ yếu\n"
                    "STT Chỉ tiêu Đơn vị tính Kế hoạch năm 2027\n"
                    "I. CHỈ TIÊU KINH TẾ\n1 Tốc độ tăng trưởng % 8\n2 Thu ngân sách tỷ đồng 12\n"
                    "II. CHỈ TIÊU XÃ HỘI\n1 Tỷ lệ hộ nghèo % 2\n"
                    "II. TỔ CHỨC THỰC HIỆN\nCác phòng, ban triển khai thực hiện kế hoạch này.\n")
    assert got == [("I", "MỤC TIÊU"), ("1", "Các chỉ tiêu chủ yếu"),
                   ("II", "TỔ CHỨC THỰC HIỆN")]


def test_roman_category_rows_under_a_header_row_with_tabs_are_not_sections() -> None:
    got = _sections("I. MỤC TIÊU\n1. Các chỉ tiêu chủ yếu\n"
                    "TT\tChỉ tiêu\tĐVT\tKế hoạch\nI.\tNông nghiệp\n1\tSản lượng lúa\tTấn\t9.500\n"
                    "II.\tCông nghiệp\n1\tGiá trị sản xuất\ttỷ đồng\t310\n"
                    "II. NHIỆM VỤ VÀ GIẢI PHÁP\nTập trung chỉ đạo sản xuất vụ Đông Xuân.\n")
    assert got == [("I", "MỤC TIÊU"), ("1", "Các chỉ tiêu chủ yếu"),
                   ("II", "NHIỆM VỤ VÀ GIẢI PHÁP")]


def test_a_roman_line_over_rows_without_a_header_row_above_stays_a_section() -> None:
    # no column headers above: "II. KẾT QUẢ" over a row-like line is still a heading
    got = _sections("I. MỤC TIÊU\nPhát triển kinh tế bền vững trên địa bàn xã.\n"
                    "II. KẾT QUẢ NĂM 2026\n1 Tổng sản lượng lương thực đạt 9.500\n")
    assert ("II", "KẾT QUẢ NĂM 2026") in got


def test_members_named_in_a_numbered_list_are_not_headings() -> None:
    # a person's name opens the line: a member of the list, even over a line of tasks; a
    # position ("Đồng chí Trưởng Ban …") heads the tasks of whoever holds it
    got = _sections("I. THÀNH PHẦN BAN CHỈ ĐẠO\n"
                    "1. Đồng chí Nguyễn Văn An - Chủ tịch UBND xã, Trưởng ban\n"
                    "- Phụ trách chung, chỉ đạo toàn diện.\n"
                    "2. Bà Trần Thị Bình, Phó Chủ tịch UBND xã, Phó Trưởng ban\n"
                    "- Phụ trách lĩnh vực văn hóa - xã hội.\n"
                    "3. Lê Văn Cường - Trưởng Công an xã\nPhụ trách an ninh trật tự.\n"
                    "II. NHIỆM VỤ CỦA THÀNH VIÊN\n"
                    "1. Đồng chí Trưởng Ban Tuyên giáo - Phó Trưởng ban\n"
                    "- Chỉ đạo công tác tuyên truyền.\n"
                    "2. Hà Nội\n- Các quận, huyện triển khai.\n")
    assert got == [("I", "THÀNH PHẦN BAN CHỈ ĐẠO"), ("II", "NHIỆM VỤ CỦA THÀNH VIÊN"),
                   ("1", "Đồng chí Trưởng Ban Tuyên giáo - Phó Trưởng ban"), ("2", "Hà Nội")]


def test_headings_in_title_case_that_open_with_a_family_name_stay_headings() -> None:
    # "Tăng", "Cao", "Từ", "Văn" are family names and everyday words: without a title a
    # person's name needs a middle name ("Lê Văn Cường"), which these headings lack
    got = _sections("I. NHIỆM VỤ\n1. Tăng Cường Công Tác\n"
                    "- Tổ chức các hội nghị phổ biến.\n"
                    "2. Cao Điểm Ra Quân Làm Sạch Môi Trường\n- Ra quân vào ngày chủ nhật.\n"
                    "3. Văn Hóa Xã Hội\n- Giữ vững tỷ lệ gia đình văn hóa.\n"
                    "4. Lê Văn Cường - Trưởng Công an xã\nPhụ trách an ninh trật tự.\n")
    assert [lab for lab, _t in got] == ["I", "1", "2", "3"]


def test_a_target_with_its_value_after_the_colon_is_not_a_heading() -> None:
    got = _sections("I. MỤC TIÊU\n2. Các chỉ tiêu chủ yếu\n"
                    "- Tỷ lệ lao động qua đào tạo: 88,7%.\n"
                    "3. Tỷ lệ hộ nghèo: dưới 2%\n4. Số trường đạt chuẩn: 05 trường\n"
                    "5. Thời gian: từ tháng 3 đến hết tháng 12 năm 2027 trên toàn xã.\n"
                    "6. Tập thể: Các cơ quan, đơn vị có thành tích xuất sắc.\n")
    assert [lab for lab, _t in got] == ["I", "2", "5", "6"]


def test_a_row_with_its_unit_and_ranges_under_it_one_per_line_is_not_a_heading() -> None:
    # a table one cell per line: the row's unit, then a planned range and a result; the
    # topic after the table, over a paragraph, stays a heading
    got = _sections("Chỉ tiêu\nĐơn vị tính\nKế hoạch\nThực hiện\n"
                    "1. Tốc độ tăng giá trị sản xuất lúa\n%\n4 - 5\n4,6\n"
                    "2. Diện tích rừng trồng mới\nHa\n1.200–1.500\n1.320\nTheo báo cáo của Sở\n"
                    "3. Phát triển thủy sản\nNuôi trồng gắn với bảo vệ nguồn lợi thủy sản "
                    "ven biển của tỉnh.\n")
    assert got == [("3", "Phát triển thủy sản")]


def test_numbered_rows_under_a_header_printed_one_cell_per_line_are_category_rows() -> None:
    # decision 27 for a table printed one cell per line: "1. Kinh tế:" and "A. Xây dựng
    # mới:" stand among the table's cells under its header cells; the heading after the
    # table, past a paragraph, is a section
    got = _sections("NỘI DUNG\nMỨC PHẤN ĐẤU\nGHI CHÚ\n1. Kinh tế:\n- Sản lượng lúa\n52 nghìn tấn\n"
                    "2. Xã hội:\nA. Xây dựng mới:\n- Trạm y tế xã\n3 trạm\n"
                    "Các chỉ tiêu trên được cụ thể hóa trong kế hoạch hằng năm của các xã, "
                    "thị trấn và các phòng, ban chuyên môn của huyện theo chức năng, "
                    "nhiệm vụ được giao.\n"
                    "3. Tổ chức thực hiện\nCác phòng, ban triển khai kế hoạch.\n")
    assert got == [("3", "Tổ chức thực hiện")]


def test_label_and_title_rows_of_a_table_with_an_ordinal_header_are_rows() -> None:
    # "| 1 | Chi thường xuyên | |" under "| TT | Nội dung | Dự toán |" is a row of that
    # table; the same shape in a table without such a header is a heading
    table = ("| TT | Nội dung | Dự toán |\n| :--- | :--- | ---: |\n| **I** | **Tổng chi** | 90 |\n"
             "| 1 | Chi thường xuyên | |\n| 1.1 | Chi lương | |\n| 2 | Chi đầu tư | |\n")
    layout = "| I | MỤC ĐÍCH, YÊU CẦU | |\nNâng cao hiệu quả quản lý ngân sách của đơn vị.\n"
    between = "Các khoản chi trên được giao cho đơn vị thực hiện trong năm.\n"
    assert _sections(table + between + layout) == [("I", "MỤC ĐÍCH, YÊU CẦU")]


def test_numbered_target_lines_are_items_but_a_topic_naming_a_percentage_is_a_heading() -> None:
    # "TOPIC: value" with a direction word, a range, a unit in capitals or a bracketed
    # count, and a line ending in its percentage, state targets (decision 8); a topic
    # with a percentage inside it names what follows
    got = _sections("I. Chỉ tiêu kinh tế\n1. Tổng vốn đầu tư toàn xã hội: tăng 12%\n"
                    "2. Kim ngạch xuất khẩu: 320 triệu USD\n3. Giá trị sản xuất: tăng 07% -09%\n"
                    "4. Số người tham gia bảo hiểm: 41,5% (52.100 người)\n"
                    "II. Chỉ tiêu xã hội\n"
                    "5. Tỷ lệ lao động qua đào tạo bình quân từ 70% - 75%/năm :\n"
                    "- Có 212 đại biểu đồng ý.\n"
                    "III. Chế độ thu phí\n1. Đối tượng giảm 50% mức phí\n"
                    "Hộ nghèo, hộ cận nghèo theo quy định của Thủ tướng Chính phủ.\n")
    assert got == [("I", "Chỉ tiêu kinh tế"), ("II", "Chỉ tiêu xã hội"),
                   ("III", "Chế độ thu phí"), ("1", "Đối tượng giảm 50% mức phí")]


def test_a_colon_inside_brackets_does_not_end_a_heading_title() -> None:
    got = _sections("1. Chỉ tiêu tuyển sinh\na) CƠ SỞ PHÍA BẮC (Mã trường: HBT)\n"
                    "Tổng chỉ tiêu dự kiến của cơ sở được công bố trên trang thông tin.\n"
                    "b) Cơ sở phía Nam: Chỉ tiêu được phân bổ theo từng ngành đào tạo.\n")
    assert got == [("1", "Chỉ tiêu tuyển sinh"), ("a", "CƠ SỞ PHÍA BẮC (Mã trường: HBT)"),
                   ("b", "Cơ sở phía Nam")]


def test_lettered_headings_among_items_with_a_list_mark_and_a_tab_are_headings() -> None:
    # a converter prints every list item "-\t…": the tab after the mark is no column gap
    got = _sections("1. Công tác chỉ đạo\n-\ta) Tại tỉnh:\n-\tBan Chỉ đạo tỉnh đã họp hai lần.\n"
                    "-\tb) Tại các huyện, thị xã\n-\tCác huyện đã thành lập Ban Chỉ đạo.\n")
    assert got == [("1", "Công tác chỉ đạo"), ("a", "Tại tỉnh"), ("b", "Tại các huyện, thị xã")]
