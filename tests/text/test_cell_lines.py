"""Tables written one cell a line (no bars, no tabs, no blank lines): the reflow pass keeps
their cells apart, and the table reader reads their rows; short prose lines stay prose."""

from __future__ import annotations

import pytest

from kehoach_parser.text.cell_lines import grid_lines, is_figure_cell, is_head_cell
from kehoach_parser.text.normalize import normalize
from tests.extract.indicator_helpers import extract, rule_decider  # noqa: F401 (fixture)


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n")]


TWO_COLUMNS = """BIỂU CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI CỦA HUYỆN NĂM 2027
STT
Chỉ tiêu
ĐVT
TH năm 2026
KH năm 2027
Ghi chú
1
Tỷ lệ hộ nghèo
%
3,4
2,9
2
Số xã đạt chuẩn nông thôn mới
17
21
DA đã được phê duyệt
3
Tỷ lệ trường học đạt chuẩn quốc gia
%
71
78"""

THREE_COLUMNS = """STT
Chỉ tiêu
Năm 2025
KH năm 2026
KH năm 2027
KH năm 2028
1
Diện tích trồng rừng mới (ha)
420
450
480
500
2
Tỷ lệ che phủ rừng (%)
44,1
44,6
45,0
45,3
3
Số lượt khách du lịch (nghìn lượt)
310
340
370
400"""

STATISTICS = """STT
Chỉ tiêu
ĐVT
Năm 2022
Năm 2023
Năm 2024
1
Dân số trung bình
Người
51.200
51.870
52.430
2
Số hộ sử dụng nước sạch
Hộ
9.100
9.480
9.902
3
Số lao động được đào tạo nghề
Người
640
705
733"""

BULLETS = """Các nhiệm vụ trọng tâm của xã trong tháng:
- Tổ chức tổng vệ sinh môi trường
- Kiểm tra công tác phòng cháy
- Rà soát hộ nghèo, hộ cận nghèo
- Tập huấn cho 45 cán bộ
- Vận động 120 hộ tham gia
- Hoàn thành 3 tuyến đường"""


def test_head_and_figure_cells() -> None:
    assert is_head_cell("KH năm 2027") and is_head_cell("Ước TH năm 2026")
    assert is_head_cell("ĐVT") and is_head_cell("Năm 2025") and is_head_cell("**Ghi chú**")
    assert not is_head_cell("Tỷ lệ hộ nghèo") and not is_head_cell("KH năm 2027 và các")
    assert is_figure_cell("2,9") and is_figure_cell("7,5-8,0") and is_figure_cell("≥ 95%")
    assert not is_figure_cell("DA đã được phê duyệt") and not is_figure_cell("2,9 ha")


def test_a_grid_is_found_from_its_header_to_its_last_cell() -> None:
    lines = _lines(TWO_COLUMNS)
    grid = grid_lines(lines)
    assert min(grid) == 1 and max(grid) == len(lines) - 1  # (not the caption above it)


@pytest.mark.parametrize("text", [TWO_COLUMNS, THREE_COLUMNS, STATISTICS])
def test_reflow_keeps_every_cell_on_its_line(text: str) -> None:
    assert normalize(text).text.split("\n")[1:] == text.split("\n")[1:]


def test_without_the_grid_the_cells_would_be_joined() -> None:
    # the breaks kept above are ones the prose rules join: "KH" opens inside a sentence,
    # "DA" too; out of a grid they still are
    prose = "Tỷ lệ trẻ em được tiêm chủng đạt cao\nKH năm 2027 đề ra là 98%."
    assert "\n" not in normalize(prose).text


def test_short_bullet_lines_are_no_grid() -> None:
    assert grid_lines(_lines(BULLETS)) == set()
    # a header word alone over lines without figures is no grid either
    assert grid_lines(["Nội dung", "Kế hoạch", "Ghi chú", "Họp giao ban", "Báo cáo tuần"]) \
        == set()


def test_two_value_columns_give_the_plan_column() -> None:
    got = {(i.name, i.value) for i in extract(TWO_COLUMNS) if i.year == 2027}
    assert ("Tỷ lệ hộ nghèo", 2.9) in got
    assert ("Tỷ lệ trường học đạt chuẩn quốc gia", 78.0) in got
    assert all(v not in (3.4, 71.0) for _, v in got)  # (the results of 2026)


def test_four_value_columns_give_each_plan_year() -> None:
    by_year: dict[int | None, set[float | None]] = {}
    for i in extract(THREE_COLUMNS):
        if i.name and i.name.startswith("Diện tích trồng rừng") and i.status == "target":
            by_year.setdefault(i.year, set()).add(i.value)
    assert by_year.get(2026) == {450.0} and by_year.get(2028) == {500.0}



PLAN_TITLE = "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026\n\n"


def test_a_year_before_the_plan_gives_no_target() -> None:
    years = {i.year for i in extract(PLAN_TITLE + THREE_COLUMNS)
             if i.name and i.name.startswith("Diện tích trồng rừng") and i.status == "target"}
    assert years == {2026, 2027, 2028}


def test_a_statistics_table_has_no_targets() -> None:
    got = extract(PLAN_TITLE + "Biểu 1. Một số chỉ tiêu thống kê\n" + STATISTICS)
    assert [i for i in got if i.status == "target"] == []


def test_inside_a_grid_only_open_cells_go_on() -> None:
    text = "\n".join([
        "STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "2027", "Ghi chú",
        "1", "Tỷ lệ hộ dân dùng nước sạch so với", "cùng kỳ", "%", "98", "-",
        "2", "Sản lượng khai thác (nghìn", "tấn)", "Tấn", "120", "KH đã được giao",
        "3", "Số trạm y tế đạt chuẩn", "Trạm", "-", "12",
    ])
    got = normalize(text).text.split("\n")
    assert "Kế hoạch năm 2027" in got  # a number word waits for its year
    assert "Tỷ lệ hộ dân dùng nước sạch so với cùng kỳ" in got  # an open word
    assert "Sản lượng khai thác (nghìn tấn)" in got  # an open bracket
    assert "98" in got and "-" in got and "KH đã được giao" in got  # cells stay cells
    assert "Số trạm y tế đạt chuẩn" in got and "Trạm" in got


def test_a_run_with_bars_is_no_grid() -> None:
    lines = ["STT", "|", "Chỉ tiêu", "|", "ĐVT", "|", "Kế hoạch", "|", "1", "|",
             "Tỷ lệ hộ nghèo", "|", "%", "|", "2,1", "|", "3,4", "|", "5,6"]
    assert grid_lines(lines) == set()
    assert grid_lines([ln for ln in lines if ln != "|"])  # (the same cells without bars)


# hard-wrapped prose (wrapped at about 85 characters) right under a grid, no blank line
PROSE_UNDER = """\
Để đạt các chỉ tiêu trên, toàn xã tập trung chỉ đạo phấn đấu tỷ lệ thu gom rác thải đạt
96%; thu ngân sách trên địa bàn vượt dự toán được giao hằng năm; các thôn chủ động rà
soát nguồn thu, chống thất thu phí trên địa bàn, xử lý dứt điểm các khoản nợ kéo dài
của các hợp tác xã và hộ kinh doanh cá thể theo đúng quy định của pháp luật hiện hành;
tăng cường kiểm tra, giám sát việc sử dụng kinh phí tại các đơn vị sự nghiệp công lập
thuộc xã, bảo đảm tiết kiệm, hiệu quả, đúng mục đích trong suốt năm kế hoạch đã đề ra
Văn phòng Ủy ban nhân dân xã chủ trì, phối hợp với các ban, ngành, đoàn thể theo dõi,
đôn đốc việc thực hiện và báo cáo kết quả về Thường trực Đảng ủy xã hằng tháng; các
bộ phận chủ động tổ chức triển khai nhiệm vụ được giao, kịp thời phản ánh vướng mắc."""


def test_prose_under_a_grid_is_no_cell() -> None:
    text = TWO_COLUMNS + "\n" + PROSE_UNDER
    lines = _lines(text)
    first_prose = len(_lines(TWO_COLUMNS))
    assert max(grid_lines(lines)) == len(lines) - 1  # (without a width: one run to the end)
    grid = grid_lines(lines, full_line=0.75 * 85)
    assert max(grid) == first_prose - 1 and min(grid) == 1  # a full line ends the run
    got = normalize(text).text.split("\n")
    assert got[:first_prose] == text.split("\n")[:first_prose]  # the cells stay cells
    assert got[first_prose:] == normalize(PROSE_UNDER).text.split("\n")  # prose as alone
    assert any("đạt 96%;" in ln for ln in got)  # a figure cut from its sentence goes on


def test_a_long_name_cell_at_the_page_width_stays_in_the_grid() -> None:
    # a name cell as long as a wrapped line (cut over two lines, even) is followed by its
    # row's short cells (a unit, a figure, an agency): it does not end the run
    lines = [
        *_lines(TWO_COLUMNS),
        "4",
        "Tỷ lệ hộ gia đình ở vùng sâu, vùng xa được tiếp cận nước sinh hoạt hợp vệ sinh",
        "theo quy chuẩn của địa phương",
        "Số hộ trên",
        "tổng số hộ",
        "Phòng Nông nghiệp",
        "5",
        "Số chợ nông thôn",
        "Chợ",
        "4",
        "6",
    ]
    assert max(grid_lines(lines, full_line=0.75 * 85)) == len(lines) - 1
