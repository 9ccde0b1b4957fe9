"""Tables whose rows lost their last empty cells (issue 12, ``table_wraps.with_lost_last_cells``):
a tab-separated row loses its trailing tabs with the line's trailing white space, a DOCX or
HTML converter drops a row's last empty cells.  Such a table must give the records of the
same table with every cell kept; a row that lost a cell in its middle (PDF text) is not
filled at its end; a row with a figure yields no record without one; a column saying when
a row is done gives the year in every layout.  The tables are written for the tests."""

from __future__ import annotations

import textwrap

from indicator_helpers import extract, rule_decider  # noqa: F401 (autouse fixture)

from kehoach_parser.extract.indicators.grid import Cell
from kehoach_parser.extract.indicators.table_wraps import with_lost_last_cells

LEAD = "KẾ HOẠCH\nPhát triển giáo dục năm 2027\n\nChỉ tiêu tuyển sinh năm 2027 như sau:\n\n"
TAIL = "\n\nNơi nhận:\n- Như trên;\n"

#: Ordinal, code, name, planned figure, a note column filled on one row only.
ROWS = [
    ["TT", "Mã ngành", "Tên ngành", "Chỉ tiêu dự kiến", "Phương thức xét tuyển"],
    ["I", "KHỐI KỸ THUẬT", "", "", ""],
    ["1", "7520201", "Kỹ thuật điện", "320", "Xét học bạ và điểm thi tốt nghiệp"],
    ["2", "7520216", "Kỹ thuật điều khiển", "180", ""],
    ["3", "7480201", "Công nghệ thông tin", "450", ""],
    ["II", "KHỐI KINH TẾ", "", "", ""],
    ["4", "7340101", "Quản trị kinh doanh", "210", ""],
    ["5", "7340301", "Kế toán", "160", ""],
]


def _records(text: str) -> list[tuple[str | None, float | None, str | None]]:
    return [(i.name, i.value, i.group) for i in extract(text)]


def _pipes(rows: list[list[str]]) -> str:
    return LEAD + "\n".join("| " + " | ".join(r) + " |" for r in rows) + TAIL


def _tabs(rows: list[list[str]]) -> str:
    # (the line's trailing tabs are trailing white space: the normaliser drops them)
    return LEAD + "\n".join("\t".join(r) for r in rows) + TAIL


def _docx_short(rows: list[list[str]]) -> str:
    """DOCX rows (" | ") whose converter dropped each row's last empty cells."""
    lines = []
    for r in rows:
        k = len(r)
        while k > 1 and not r[k - 1]:
            k -= 1
        lines.append(" | ".join(r[:k]))
    return LEAD + "\n".join(lines) + TAIL


def test_rows_that_lost_their_last_empty_cells_read_as_the_full_table() -> None:
    full = _records(_pipes(ROWS))
    assert ("Công nghệ thông tin", 450.0, "KHỐI KỸ THUẬT") in full
    assert len([r for r in full if r[1] is not None]) == 5
    assert _records(_tabs(ROWS)) == full
    assert _records(_docx_short(ROWS)) == full


def _rows_of(texts: list[list[str]]) -> tuple[str, list[list[Cell]]]:
    text, rows = "", []
    for r in texts:
        cells = []
        for t in r:
            cells.append(Cell(len(text), len(text) + len(t)))
            text += t + "\t"
        text = text[:-1] + "\n"
        rows.append(cells)
    return text, rows


def test_a_row_filled_up_only_when_its_cells_agree_with_the_full_rows() -> None:
    header = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2027"]
    full_1 = ["1", "Tỷ lệ hộ nghèo", "%", "3,5"]
    full_2 = ["2", "Số trường đạt chuẩn", "trường", "12"]
    # a PDF row that lost its unit: its figure would stand under the unit column
    text, rows = _rows_of([header, full_1, full_2, ["3", "Số xã nông thôn mới", "15"]])
    assert with_lost_last_cells(text, rows) is None
    # a row that lost its last cell (an empty figure): filled up to the header's width
    text, rows = _rows_of([header, full_1, full_2, ["3", "Số xã nông thôn mới", "xã"]])
    filled = with_lost_last_cells(text, rows)
    assert filled is not None and len(filled[3]) == 4 and filled[3][3].empty
    assert filled[:3] == rows[:3]
    # no full row in the body: nothing says where the cells belong
    text, rows = _rows_of([header, ["1", "Tỷ lệ hộ nghèo", "3,5"], ["2", "Số trường", "12"]])
    assert with_lost_last_cells(text, rows) is None
    # a header wider than its body (merged cells) whose full rows leave the last column
    # empty: the short rows lost nothing
    text, rows = _rows_of([[*header, "Ghi chú"], [*full_1, ""], full_2,
                           ["3", "Số xã", "xã", "15"]])
    assert with_lost_last_cells(text, rows) is None


def test_a_statistics_table_with_lost_cells_gives_no_target() -> None:
    rows = [["TT", "Chỉ tiêu", "Thực hiện năm 2024", "Ghi chú"],
            ["1", "Số học sinh tốt nghiệp", "1.254", "Tăng so với năm trước"],
            ["2", "Số học sinh giỏi", "150", ""],
            ["3", "Số học sinh lưu ban", "19", ""]]
    lead = "BÁO CÁO\nKết quả năm học 2024\n\nKết quả đạt được năm 2024:\n\n"
    text = lead + "\n".join("\t".join(r) for r in rows) + TAIL
    assert extract(text) == []


def test_a_row_with_a_figure_yields_no_record_without_one() -> None:
    records = _records(_pipes(ROWS))
    # the admission note beside 320 is no target of its own
    assert ("Kỹ thuật điện", None, "KHỐI KỸ THUẬT") not in records
    assert ("Kỹ thuật điện", 320.0, "KHỐI KỸ THUẬT") in records
    # a row with words only still gives its qualitative target
    rows = [["TT", "Chỉ tiêu", "Kế hoạch năm 2027"],
            ["1", "Tỷ lệ trường đạt chuẩn quốc gia", "85%"],
            ["2", "Phổ cập giáo dục trung học", "Duy trì vững chắc"]]
    qualitative = _records(_pipes(rows))
    assert ("Phổ cập giáo dục trung học", None, None) in qualitative
    assert ("Tỷ lệ trường đạt chuẩn quốc gia", 85.0, None) in qualitative


def test_a_column_of_when_gives_the_year_in_every_layout() -> None:
    rows = [["TT", "Dự án", "Công suất (MW)", "Địa điểm", "Dự kiến thời gian vận hành"],
            ["1", "Nhà máy điện gió Bắc Sơn", "200", "Lạng Sơn", "2028-2029"],
            ["2", "Nhà máy điện mặt trời Nam Hà", "150", "Ninh Thuận", "2030"]]
    lead = "DANH MỤC\nCác dự án nguồn điện\n\n"
    for text in (lead + "\n".join("| " + " | ".join(r) + " |" for r in rows) + TAIL,
                 lead + "\n".join("\t".join(r) for r in rows) + TAIL):
        found = {(i.name, i.value): i.year for i in extract(text)}
        assert found.get(("Nhà máy điện gió Bắc Sơn", 200.0)) == 2029
        assert found.get(("Nhà máy điện mặt trời Nam Hà", 150.0)) == 2030


def test_a_counted_noun_in_the_unit_column_of_a_table_one_cell_a_paragraph() -> None:
    # "lượt lao động" / "hộ" alone in a paragraph before a figure or a dash (an empty
    # cell) is the row's unit cell, not the rest of its name
    cells = ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện 2025", "Dự kiến 2030",
             "1", "Giải quyết việc làm hằng năm", "lượt lao động", "4.200", "3.200",
             "2", "Di dời dân", "hộ", "-", "1.400",
             "3", "Tỷ lệ hộ dùng nước sạch", "%", "95", "98"]
    text = "BIỂU CHỈ TIÊU\nDự kiến các chỉ tiêu đến năm 2030\n\n" + "\n\n".join(cells) + TAIL
    found = {(i.name, i.value, i.unit) for i in extract(text)}
    assert ("Giải quyết việc làm hằng năm", 3200.0, "lượt lao động") in found
    assert ("Di dời dân", 1400.0, "hộ") in found
    assert ("Tỷ lệ hộ dùng nước sạch", 98.0, "%") in found


def test_a_counted_noun_that_goes_on_a_sentence_is_still_joined() -> None:
    from kehoach_parser.text.normalize import normalize

    # a page break inside a sentence: the lower-case line goes on, no figure after it
    text = "Phấn đấu giải quyết việc làm cho 3.200\n\nlượt lao động\n\nvà đào tạo nghề.\n"
    assert "3.200 lượt lao động và đào tạo nghề." in normalize(text).text


def test_a_unit_cell_under_a_long_name_is_not_a_wrapped_line() -> None:
    # a table copied one cell a line, no blank lines: a name long enough to look cut by a
    # hard wrap, then its unit cell ("điểm", "Vạn tấn") and the figures
    rows = [["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2027", "Đánh giá"],
            ["1.", "Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo tiếp cận đa chiều", "điểm",
             "1-1,5", "Đạt"],
            ["2.", "Sản lượng lương thực có hạt bình quân trên địa bàn toàn tỉnh", "Vạn tấn",
             "22", "Đạt"],
            ["3.", "Tỷ lệ lao động qua đào tạo nghề trên tổng số lao động", "%", "65", "Đạt"]]
    # (the text around it hard-wrapped at 70 characters: a line that long goes on)
    prose = textwrap.fill(" ".join(
        ["Năm 2027 là năm có ý nghĩa quan trọng trong việc thực hiện thắng lợi các mục "
         "tiêu của kế hoạch phát triển kinh tế - xã hội giai đoạn 2026 - 2030 của tỉnh."] * 6),
        70)
    text = "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2027\n\n" + prose + "\n\n" \
        + "\n".join(c for r in rows for c in r) + TAIL
    found = {(i.name, i.value, i.unit) for i in extract(text)}
    assert ("Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo tiếp cận đa chiều", 1.0, "điểm") in found
    assert ("Sản lượng lương thực có hạt bình quân trên địa bàn toàn tỉnh", 22.0,
            "vạn tấn") in found


def test_unit_cells() -> None:
    from kehoach_parser.text.reflow import unit_cell

    for cell in ("điểm", "tạ/ha", "Vạn tấn", "Triệu USD", "Lao động", "lượt lao động"):
        assert unit_cell(cell), cell
    for words in ("Tỷ lệ", "Hoàn thành", "đa chiều", "vạn dân cư nông thôn"):
        assert not unit_cell(words), words


def test_a_sub_row_that_lost_its_empty_ordinal_cell_keeps_its_columns() -> None:
    # a tab-separated sub-row without an ordinal loses its leading tab with the line's
    # leading white space: its name must stay under "Dự án", its figure under "Công suất"
    rows = [["TT", "Dự án", "Công suất (MW)", "Địa điểm", "Dự kiến thời gian vận hành",
             "Ghi chú"],
            ["1", "Nhà máy thủy điện Sông Bé mở rộng", "200", "Bình Phước", "2027",
             "Đã có trong quy hoạch"],
            ["2", "Nhà máy thủy điện tích năng Đa Nhim (Tổ máy 1)", "300", "Lâm Đồng", "2030",
             ""],
            ["", "Nhà máy thủy điện tích năng Đa Nhim (Tổ máy 2, 3)", "600", "Lâm Đồng",
             "2031-2035", ""],
            ["3", "Nhà máy thủy điện Hàm Thuận mở rộng", "120", "Lâm Đồng", "2029",
             "Đã có trong quy hoạch"]]
    lead = "DANH MỤC\nCác dự án nguồn điện đến năm 2035\n\n"
    full = _records(lead + "\n".join("| " + " | ".join(r) + " |" for r in rows) + TAIL)
    assert ("Nhà máy thủy điện tích năng Đa Nhim (Tổ máy 2, 3)", 600.0,
            "Nhà máy thủy điện tích năng Đa Nhim (Tổ máy 1)") in full
    assert _records(lead + "\n".join("\t".join(r) for r in rows) + TAIL) == full
    # the unit test: one cell lost before the row, one after it
    header = ["TT", "Dự án", "Công suất (MW)", "Năm"]
    text, cells = _rows_of([header, ["1", "Nhà máy A", "200", "2027"],
                            ["2", "Nhà máy B", "300", "2030"], ["Nhà máy C", "600"]])
    filled = with_lost_last_cells(text, cells)
    assert filled is not None and len(filled[3]) == 4
    assert filled[3][0].empty and text[filled[3][1].start:filled[3][1].end] == "Nhà máy C"
