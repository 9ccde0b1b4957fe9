"""Tables in PDF text extracted without layout: cells one after another, blank lines for empty
cells, header cells wrapped in capitals, a running head and the header again on each page.

The tables are written for these tests (not copied from corpus documents)."""

from __future__ import annotations

import kehoach_parser as kp
from kehoach_parser.extract.indicators.gapped_cells import continues_capitals, continues_cell
from kehoach_parser.extract.indicators.header_units import header_unit
from tests.extract.indicator_helpers import rule_decider  # noqa: F401

PDF_TABLE = """PHỤ LỤC
CHỈ TIÊU PHÁT TRIỂN GIAI ĐOẠN 2026 - 2030
(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh)

TT
CHỈ TIÊU
MỤC TIÊU
2027 - 2030
ĐƠN VỊ CHỦ
TRÌ, THEO DÕI

I
VỀ XÃ HỘI

1
Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi
(%)
< 15
Sở Y tế

2
Số giường bệnh trên một vạn dân
(giường)
Phấn đấu ≥
32
Sở Y tế
BẢN TIN TỈNH/Số 12/Ngày 20-03-2026
7

TT
CHỈ TIÊU
MỤC TIÊU
2027 - 2030
ĐƠN VỊ CHỦ
TRÌ, THEO DÕI
3
Tỷ lệ xã đạt chuẩn quốc gia về y tế
(%)
100
Sở Y tế, Ủy ban nhân dân cấp huyện
BẢN TIN TỈNH/Số 12/Ngày 20-03-2026
8

TT
CHỈ TIÊU
MỤC TIÊU
2027 - 2030
ĐƠN VỊ CHỦ
TRÌ, THEO DÕI
4
Số trạm y tế có bác sĩ làm việc
(trạm)
Tối thiểu
45
Sở Y tế

Nơi nhận:
- Như trên;
BẢN TIN TỈNH/Số 12/Ngày 20-03-2026
9
"""


def _spaced(table: str) -> str:
    """``table`` with each "~" line made a line of one space (an empty cell as PDF text
    prints it; written so because the linter strips trailing spaces)."""
    return "\n".join(" " if ln == "~" else ln for ln in table.split("\n"))


Record = tuple[str | None, str | None, float | None, str | None, int | None]


def _records(text: str) -> list[Record]:
    doc = kp.parse(text)
    return [(i.label, i.comparator, i.value, i.unit, i.year) for i in doc.indicators]


def test_a_pdf_text_table_gives_one_record_a_row() -> None:
    recs = _records(PDF_TABLE)
    assert ("1", "<", 15.0, "%", 2030) in recs
    assert ("2", ">=", 32.0, "giường", 2030) in recs
    assert ("3", "=", 100.0, "%", 2030) in recs
    assert ("4", ">=", 45.0, "trạm", 2030) in recs
    # the running head, its page number and the repeated header give nothing
    assert len(recs) == 4


def test_a_comparator_printed_above_its_figure_is_read_with_it() -> None:
    doc = kp.parse(PDF_TABLE)
    beds = [i for i in doc.indicators if i.label == "2"]
    assert len(beds) == 1 and beds[0].name is not None
    assert beds[0].name.startswith("Số giường bệnh")


def test_capitals_wrapped_in_a_header_cell_go_on() -> None:
    assert continues_capitals("NGÀNH, LĨNH VỰC/", "ĐỊA PHƯƠNG")
    assert continues_capitals("MỤC TIÊU", "2026 - 2030")
    assert continues_capitals("THEO NGÀNH, LĨNH", "VỰC")
    # a new column's name is a cell of its own
    assert not continues_capitals("CHỈ TIÊU", "KẾ HOẠCH")
    assert not continues_capitals("TT", "CHỈ TIÊU")


def test_a_unit_in_brackets_and_a_line_after_an_open_word_go_on() -> None:
    assert continues_cell("Tỷ lệ hộ nghèo", "(%)")
    assert continues_cell("Tổng vốn đầu tư so với", "GDP (%)")
    assert not continues_cell("Tỷ lệ hộ nghèo", "5,5")
    assert not continues_cell("1", "Tỷ lệ hộ nghèo")
    assert continues_cell("Phấn đấu ≥", "10,0")
    assert not continues_cell("Phấn đấu ≥", "Sở Y tế")


def test_a_rate_per_year_in_a_header_is_the_columns_unit_a_bare_percent_is_not() -> None:
    u = header_unit("TỐC ĐỘ TĂNG BÌNH QUÂN 2026 - 2030 (%/NĂM)")
    assert u is not None and u.unit == "%/năm"
    assert header_unit("Tỷ lệ (%)") is None


def test_short_prose_lines_with_blank_lines_are_no_table() -> None:
    text = ("TT\n\nCông văn này thay thế\n\nCông văn số 15 ngày 2/3/2025\n\n"
            "Các đơn vị thực hiện\n\nnghiêm túc.\n")
    assert kp.parse(text).indicators == []


def test_a_part_of_a_marked_row_takes_that_row_as_its_group() -> None:
    text = ("| TT | Ngành | Kế hoạch năm 2026 (%) |\n|---|---|---|\n"
            "| 1 | Khu vực dịch vụ | 9,5 |\n"
            "|  | - Vận tải, kho bãi | 11,2 |\n"
            "|  | Trong đó: Vận tải hàng không | 12,0 |\n"
            "|  | - Du lịch | 13,0 |\n")
    groups = {i.name: i.group for i in kp.parse(text).indicators}
    assert groups["Vận tải hàng không"] == "Vận tải, kho bãi"
    assert groups["Du lịch"] != "Vận tải, kho bãi"


def test_a_letter_alone_on_a_line_is_not_joined_to_the_line_above() -> None:
    from kehoach_parser.text.normalize import normalize

    out = normalize("Tổng thu\n94.830\nb\nKhu vực phía bắc\n").text
    assert "94.830\nb\n" in out
    # a wrapped line that starts in lower case still joins
    assert "Khu vực phía bắc" in normalize("Khu vực phía\nbắc\n").text


NOTE_LISTS = """TT
CHỈ TIÊU
MỤC TIÊU 2030
CƠ QUAN CHỦ TRÌ

14
Tỷ lệ hộ dùng nước sạch (%)
95
Sở Xây dựng
15
Tỷ lệ chất thải rắn được thu gom (%)
90
Sở Nông nghiệp và Môi trường
16
Số xã đạt chuẩn nông thôn mới (xã)
40
1. Sở Nông nghiệp và Môi trường chủ trì
2. Sở Tài chính phối hợp
17
Tỷ lệ đô thị hóa (%)
45
Sở Xây dựng
"""


def test_a_numbered_list_inside_a_note_cell_opens_no_row() -> None:
    recs = {(i.label, i.value) for i in kp.parse(NOTE_LISTS).indicators}
    assert ("17", 45.0) in recs and ("16", 40.0) in recs
    assert not any(label == "1" for label, _ in recs)


CAPITAL_NAMES = """STT
Nội dung
Kế hoạch năm 2027
Kế hoạch năm 2028
A
TỔNG THU NGÂN SÁCH TRÊN
ĐỊA BÀN HUYỆN
1.250.000
1.400.000
I
THU NỘI ĐỊA
900.000
1.000.000
1
Thu từ kinh tế
ngoài quốc doanh
120.000
135.000
"""


def test_a_row_name_in_capitals_wrapped_onto_the_next_line_is_one_name() -> None:
    names = {(i.name, i.value) for i in kp.parse(CAPITAL_NAMES).indicators}
    assert ("TỔNG THU NGÂN SÁCH TRÊN ĐỊA BÀN HUYỆN", 1250000.0) in names
    assert ("THU NỘI ĐỊA", 900000.0) in names
    assert not any(n == "ĐỊA BÀN HUYỆN" for n, _ in names)


# One cell a line with the header in sentence case and no empty cell until well into the
# body: the first blank line (a line of spaces) falls between two figures of a row (an empty
# cell of row 4, its plan for 2026).
LATE_GAP_TABLE = _spaced("""KẾ HOẠCH
Phát triển giáo dục

Phụ lục
CHỈ TIÊU GIÁO DỤC

STT
Chỉ tiêu
Đơn vị tính
Thực hiện năm 2025
Kế hoạch năm 2026
Mục tiêu đến năm 2030
1
Số trường đạt chuẩn quốc gia
trường
58
60
64
2
Số phòng học được kiên cố hóa
phòng
310
330
355
3
Số giáo viên được bồi dưỡng
người
1.200
1.300
1.450
4
Tỷ lệ huy động trẻ ra lớp
%
96,5
~
98
5
Số thư viện trường học đạt chuẩn
thư viện
27
29
33
6
Số máy tính phục vụ dạy học
máy
2.400
2.500
2.750

Nơi nhận:
- Như trên;
""")


def test_a_blank_cell_deep_in_a_one_cell_a_line_table_does_not_end_it() -> None:
    recs = _records(LATE_GAP_TABLE)
    # the rows after row 4's empty cell are read with the table's header (years 2026, 2030)
    assert ("4", "=", 98.0, "%", 2030) in recs
    assert ("5", "=", 29.0, None, 2026) in recs and ("5", "=", 33.0, None, 2030) in recs
    assert ("6", "=", 2500.0, None, 2026) in recs and ("6", "=", 2750.0, None, 2030) in recs
    # nothing is read from the lines after the table
    assert {r[0] for r in recs} == {"1", "2", "3", "4", "5", "6"}


def test_a_blank_line_before_prose_is_no_empty_cell() -> None:
    from kehoach_parser.extract.indicators.gapped_cells import _first_gap_among_figures
    from kehoach_parser.text.lines import Line

    texts = ["STT", "Chỉ tiêu", "2027", "1", "Số trường", "58", None, "Nơi nhận:", "12"]
    lines: list[Line] = []
    pos = 0
    for index, t in enumerate(texts):
        if t is not None:
            lines.append(Line(index=index, start=pos, end=pos + len(t), text=t))
            pos += len(t) + 1
    assert not _first_gap_among_figures(lines, 1)
    lines[6] = Line(index=lines[6].index, start=lines[6].start, end=lines[6].end, text="64")
    assert _first_gap_among_figures(lines, 1)


# Two tables one after the other, the second headed "TT" where the first was headed "STT".
TWO_TABLES = _spaced("""KẾ HOẠCH
Phát triển nông nghiệp

PHỤ LỤC I
CHỈ TIÊU TRỒNG TRỌT

STT
Chỉ tiêu
Thực hiện năm 2026
Kế hoạch năm 2027
Kế hoạch năm 2028
1
Diện tích lúa (ha)
5.200
~
5.000
2
Sản lượng lương thực (tấn)
31.000
30.500
~
3
Diện tích cây ăn quả (ha)
1.150
1.250
1.300
PHỤ LỤC II
CHỈ TIÊU CHĂN NUÔI
TT
Chỉ tiêu
Kế hoạch năm 2029
Kế hoạch năm 2030
1
Tổng đàn lợn (con)
42.000
~
2
Tổng đàn gia cầm (con)
~
650.000
3
Sản lượng thịt hơi (tấn)
9.800
10.500
""")


def test_another_tables_ordinal_column_opens_a_new_table() -> None:
    recs = _records(TWO_TABLES)
    # the second table's rows are read with its own header (years 2029, 2030)
    assert ("3", "=", 9800.0, "tấn", 2029) in recs, recs
    assert ("3", "=", 10500.0, "tấn", 2030) in recs, recs
    assert ("2", "=", 650000.0, "con", 2030) in recs, recs


def test_a_blank_line_in_a_row_of_figures_keeps_its_column_empty() -> None:
    recs = _records(TWO_TABLES)
    # row 1: 5.200 (2026, done), an empty cell for 2027, 5.000 for 2028
    assert ("1", "=", 5000.0, "ha", 2028) in recs, recs
    assert not any(r[0] == "1" and r[4] == 2027 for r in recs), recs


# Names wrapped at a narrow column's width, their lines opening with capitals (place names).
WRAPPED_NAMES = """KẾ HOẠCH
Đầu tư trường học

PHỤ LỤC
DANH MỤC CÔNG TRÌNH NĂM 2027

STT
Danh mục công trình
Kế hoạch vốn năm 2027 (triệu đồng)
1
Trường THCS số 2
Hòa Bình, xã Tân
Lập; HM: Nhà lớp học
3.000
2
Trường Tiểu học
Phú Mỹ; HM: Nhà hiệu bộ
1.500
3
Trường Mầm non Hoa Sen
2.200
4
Trường THPT Lê Lợi
850
"""


def test_a_name_wrapped_at_its_columns_width_is_one_name() -> None:
    doc = kp.parse(WRAPPED_NAMES)
    names = {i.label: i.name for i in doc.indicators}
    assert names.get("1") is not None and names["1"].startswith("Trường THCS số 2 Hòa Bình")
    assert names["1"].endswith("Nhà lớp học")
    assert names.get("2") == "Trường Tiểu học Phú Mỹ; HM: Nhà hiệu bộ"
    assert names.get("3") == "Trường Mầm non Hoa Sen"
    assert {i.value for i in doc.indicators} == {3000.0, 1500.0, 2200.0, 850.0}


UNIT_COLUMN_TABLE = _spaced("""KẾ HOẠCH
Phát triển kinh tế - xã hội năm 2027

TT
Chỉ tiêu
Đơn vị tính
Kế hoạch năm 2027
~
1
Dân số
Triệu người
2,16
2
Tổng vốn đầu tư
Tỷ đồng
12.500
3
Số lao động có việc làm mới
Người
18.000
""")


def test_a_unit_alone_under_a_name_ending_with_an_open_word_is_its_own_cell() -> None:
    doc = kp.parse(UNIT_COLUMN_TABLE)
    pop = [i for i in doc.indicators if i.label == "1"]
    assert len(pop) == 1 and pop[0].name == "Dân số", pop
    assert pop[0].unit == "triệu người" and pop[0].value == 2.16


# Two tables one cell a line, no blank line anywhere, the second's lead-in wrapped short.
TWO_CELL_LINE_TABLES = """KẾ HOẠCH
Phát triển thủy sản

1. Chỉ tiêu nuôi trồng:
TT
Chỉ tiêu
Kế hoạch năm 2027
1
Diện tích nuôi tôm (ha)
1.200
2
Sản lượng nuôi trồng (tấn)
8.500
3
Diện tích nuôi cá lồng (ha)
95
Các chỉ tiêu khai thác
đến năm 2030 như sau:
TT
Chỉ tiêu
Mục tiêu năm 2030
1
Sản lượng khai thác (tấn)
12.000
2
Số tàu cá xa bờ (chiếc)
310
3
Số cảng cá được nâng cấp (cảng)
4
"""


def test_a_second_tt_after_the_body_opens_the_next_table() -> None:
    recs = _records(TWO_CELL_LINE_TABLES)
    assert ("1", "=", 1200.0, "ha", 2027) in recs, recs
    assert ("1", "=", 12000.0, "tấn", 2030) in recs, recs
    assert ("2", "=", 310.0, "chiếc", 2030) in recs, recs


def test_an_ordinal_with_any_closing_mark_is_no_cell_to_continue() -> None:
    # "(%)" under an ordinal is the next cell, whatever mark closes the ordinal
    for ordinal in ("2", "2.", "2)", "2/", "b/"):
        assert not continues_cell(ordinal, "(%)")
    # negative: under a name, "(%)" is the rest of that cell
    assert continues_cell("Tỷ lệ hộ nghèo", "(%)")
