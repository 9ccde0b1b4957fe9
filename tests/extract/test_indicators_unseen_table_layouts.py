"""Table layouts the readers had not seen (issue 12, the perturbations of
``evaluation/perturb.py`` written for them): each must give the records of the same table
copied cell by cell (the table of ``test_indicators_table_layouts``, written for the tests)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from test_indicators_table_layouts import BODY, HEADER_1, HEADER_2, LEAD, TAIL, bars, records

from kehoach_parser.extract.indicators import flat_header, gapped_cells, grid, tables, walker
from kehoach_parser.extract.indicators.flat_header import flat_header_cells
from kehoach_parser.text.lines import Line


@pytest.fixture(autouse=True)
def rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEHOACH_STATUS", "rules")


def pdf_rows(body: list[list[str]]) -> list[str]:
    return ["     ".join(c for c in row if c) for row in body]


def flat(header: str) -> str:
    return LEAD + "\n".join([header, *pdf_rows(BODY)]) + "\n" + TAIL


def cells(line: str) -> list[str] | None:
    found = flat_header_cells(Line(0, 0, len(line), line))
    return None if found is None else [line[c.start:c.end] for c in found]


def test_a_header_printed_as_one_line_of_words_is_cut_into_its_cells() -> None:
    assert cells("TT Chỉ tiêu ĐVT ƯTH Năm 2025 GIAI ĐOẠN 2026 - 2030 Năm 2026 Năm 2027") == [
        "TT", "Chỉ tiêu", "ĐVT", "ƯTH Năm 2025", "GIAI ĐOẠN 2026 - 2030", "Năm 2026",
        "Năm 2027"]
    assert cells("STT CHỈ TIÊU ĐVT KẾ HOẠCH NĂM 2026 THỰC HIỆN NĂM 2025") == [
        "STT", "CHỈ TIÊU", "ĐVT", "KẾ HOẠCH NĂM 2026", "THỰC HIỆN NĂM 2025"]
    assert cells("TT Dự án Công suất (MW) Địa điểm Dự kiến thời gian vận hành Ghi chú") == [
        "TT", "Dự án", "Công suất (MW)", "Địa điểm", "Dự kiến thời gian vận hành", "Ghi chú"]
    # an abbreviation inside a cell opens no cell of its own
    assert cells("STT Nội dung Dự toán TTg giao Dự toán HĐND tỉnh quyết định Năm 2027") == [
        "STT", "Nội dung", "Dự toán TTg giao", "Dự toán HĐND tỉnh quyết định", "Năm 2027"]
    # prose, or a line that does not open with the ordinal column's name, is no header
    assert cells("Tổng số hộ nghèo trên địa bàn là 25 hộ") is None
    assert cells("Chỉ tiêu ĐVT Kế hoạch") is None
    assert cells("TT Phong Điền Quảng Điền") is None  # a town's name: no column named


def test_a_flat_header_over_rows_in_pdf_text_reads_the_table(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = flat(" ".join(HEADER_1 + HEADER_2))
    assert records(text) == records(bars())
    # with the rule switched off the header is lost, and with it the years and kinds
    monkeypatch.setattr(walker, "with_flat_headers", lambda text, lines, blocks: blocks)
    assert records(text) != records(bars())


def test_rows_that_name_their_columns_keep_their_own_header() -> None:
    # a caption line opening with "TT" above a header row of cells is left alone
    text = LEAD + "TT Bảng chỉ tiêu Kế hoạch\n" + "\n".join(pdf_rows([HEADER_1, HEADER_2, *BODY])) \
        + "\n" + TAIL
    assert records(text)[0] == records(bars())[0]


def one_space_rows(rows: list[list[str]]) -> list[str]:
    """PDF text rows: runs of spaces between cells, one space between two figures."""
    out = []
    for row in rows:
        filled = [c for c in row if c]
        line = filled[0]
        for a, b in pairwise(filled):
            both = a.replace(".", "").replace(",", "").isdigit() and \
                b.replace(".", "").replace(",", "").isdigit()
            line += (" " if both else "     ") + b
        out.append(line)
    return out


def test_figures_one_space_apart_in_pdf_rows_are_cells_of_their_own(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = LEAD + "\n".join(one_space_rows([HEADER_1, HEADER_2, *BODY])) + "\n" + TAIL
    assert "8.200 7.950 8.400" in text
    assert records(text) == records(bars())
    monkeypatch.setattr(grid, "_figures_one_space", lambda text, s, e: None)
    assert records(text) != records(bars())


def test_a_number_grouped_by_spaces_stays_one_figure() -> None:
    line = "1\tDân số trung bình\tNgười\t10 643 129"
    found = grid.row_cells(Line(0, 0, len(line), line))
    assert [line[c.start:c.end] for c in found][-1] == "10 643 129"
    line = "1\tTỷ lệ hộ nghèo\t%\t2,8 2,1"
    found = grid.row_cells(Line(0, 0, len(line), line))
    assert [line[c.start:c.end] for c in found][-2:] == ["2,8", "2,1"]


#: A table whose "Thực hiện" column comes before its plan column, with a note column.
REPORT_HEADER = ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 2025", "Kế hoạch 2027", "Ghi chú"]
REPORT_BODY = [
    ["1", "Tỷ lệ hộ nghèo", "%", "3,1", "2,5", ""],
    ["2", "Tỷ lệ trẻ em suy dinh dưỡng", "%", "9", "8,5", "Vượt"],
    ["3", "Tỷ lệ che phủ rừng", "%", "40", "42", "Đạt"],
    ["4", "Tỷ lệ đô thị hóa", "%", "30", "", ""],
    ["5", "Tỷ lệ lao động qua đào tạo", "%", "70", "75", ""],
    ["6", "Tỷ lệ hộ dùng nước sạch", "%", "88", "92", ""],
    ["7", "Tỷ lệ trường đạt chuẩn quốc gia", "%", "65", "70", ""],
    ["8", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "93", "95", ""],
]


def test_rows_that_lost_their_last_empty_cells_keep_their_columns(
        monkeypatch: pytest.MonkeyPatch) -> None:
    full = LEAD + "\n".join(" | ".join(r) for r in [REPORT_HEADER, *REPORT_BODY]) + "\n" + TAIL
    short = []
    for row in [REPORT_HEADER, *REPORT_BODY]:
        while not row[-1]:
            row = row[:-1]
        short.append(" | ".join(row))
    text = LEAD + "\n".join(short) + "\n" + TAIL
    assert "4 | Tỷ lệ đô thị hóa | % | 30\n" in text
    targets, results = records(text)
    assert targets == records(full)[0]
    assert 30.0 not in [t[3] for t in targets] and 30.0 in [r[3] for r in results]
    # with the rules switched off the row's one figure goes to the last value column (the
    # rows filled up to the header's width, else read one cell a line, right-aligned)
    monkeypatch.setattr(tables, "with_lost_last_cells", lambda text, rows: None)
    assert records(text)[0] == records(full)[0]
    monkeypatch.setattr(tables, "_widest_kept", lambda rows: 0)
    assert 30.0 in [t[3] for t in records(text)[0]]


@pytest.mark.parametrize("sep", ["     ", " | ", "\t"])
@pytest.mark.parametrize("page", [["", "12", ""], ["- 7 -"]])
def test_a_page_number_between_rows_is_a_page_break_not_a_cell(
        sep: str, page: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [sep.join(c for c in row if c) if sep == "     " else sep.join(row)
             for row in [HEADER_1, HEADER_2, *BODY]]
    cut = 2 + 3  # the header's two rows, then the first item and its two parts
    text = LEAD + "\n".join([*lines[:cut], *page, *lines[cut:]]) + "\n" + TAIL
    assert records(text) == records(bars())
    # switched off, the page's number is read as a row (or a cell) of the table
    monkeypatch.setattr(grid, "PAGE_NUMBER_RE", grid.lazy_compile(r"(?!)"))
    assert records(text) != records(bars())


def test_a_bare_percent_in_the_value_header_is_the_unit_of_a_table_without_unit_column(
        monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [["STT", "Chỉ tiêu", "Kế hoạch 2027 (%)", "Ghi chú"],
            ["1", "Tỷ lệ hộ nghèo", "2,5", ""],
            ["2", "Tỷ lệ hộ dùng nước sạch", "95", ""],
            ["3", "Tỷ lệ che phủ rừng", "42", "Đạt"]]
    text = LEAD + "\n".join("| " + " | ".join(r) + " |" for r in rows) + "\n" + TAIL
    targets = records(text)[0]
    assert [(t[3], t[4], t[5]) for t in targets] == [(2.5, "%", 2027), (95.0, "%", 2027),
                                                     (42.0, "%", 2027)]
    # a unit column still wins over the header's bracket
    with_units = [[*r[:2], u, *r[2:]] for r, u in zip(rows, ["ĐVT", "%", "%", "ha"],
                                                       strict=True)]
    text = LEAD + "\n".join("| " + " | ".join(r) + " |" for r in with_units) + "\n" + TAIL
    assert [t[4] for t in records(text)[0]] == ["%", "%", "ha"]
    monkeypatch.setattr(tables, "header_percent", lambda header, own="": None)
    assert [t[4] for t in records(LEAD + "\n".join(
        "| " + " | ".join(r) + " |" for r in rows) + "\n" + TAIL)[0]] == [None] * 3


@pytest.mark.parametrize("second", ["gapped", "flat"])
def test_a_flat_header_over_a_row_of_sub_headers(
        second: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # the sub-headers on a line of their own: with gaps (a row) or single-spaced (words)
    sub = "     ".join(HEADER_2) if second == "gapped" else " ".join(HEADER_2)
    text = LEAD + "\n".join([" ".join(HEADER_1), sub, *pdf_rows(BODY)]) + "\n" + TAIL
    assert records(text) == records(bars())
    monkeypatch.setattr(walker, "with_flat_headers", lambda text, lines, blocks: blocks)
    assert records(text) != records(bars())


def test_a_line_of_prose_above_a_flat_header_row_is_no_sub_header() -> None:
    line = "Các chỉ tiêu chủ yếu được giao như sau"
    assert flat_header.flat_sub_header_cells(Line(0, 0, len(line), line)) is None
    line = "Kế hoạch Ước thực hiện"
    found = flat_header.flat_sub_header_cells(Line(0, 0, len(line), line))
    assert found is not None and [line[c.start:c.end] for c in found] == HEADER_2


def test_parts_under_a_row_whose_name_gives_its_unit_take_that_unit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [["TT", "Chỉ tiêu", "Mục tiêu đến năm 2030"],
            ["1", "Tăng trưởng giá trị kim ngạch xuất khẩu (%)", "15 - 16"],
            ["", "Trong đó: Nhóm nông, lâm, thủy sản", "10 - 12"],
            ["", "Nhóm công nghiệp chế biến, chế tạo", "15 - 16"],
            ["2", "Số doanh nghiệp công nghệ số", "5"]]
    text = LEAD + "\n".join(" | ".join(r) for r in rows) + "\n" + TAIL
    units = [(t[1], t[4]) for t in records(text)[0]]
    assert units == [("Tăng trưởng giá trị kim ngạch xuất khẩu", "%"),
                     ("Nhóm nông, lâm, thủy sản", "%"),
                     ("Nhóm công nghiệp chế biến, chế tạo", "%"),
                     ("Số doanh nghiệp công nghệ số", None)]
    # a part with a unit of its own keeps it
    own = text.replace("Nhóm công nghiệp chế biến, chế tạo", "Số doanh nghiệp (doanh nghiệp)")
    assert ("Số doanh nghiệp", "doanh nghiệp") in [(t[1], t[4]) for t in records(own)[0]]
    # switched off, the parts have none
    monkeypatch.setattr(tables, "_inherited_unit", lambda kind, parent: None)
    assert [t[4] for t in records(text)[0]][1:3] == [None, None]


def test_an_abbreviation_in_brackets_is_part_of_the_name_not_a_unit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [["TT", "Chỉ tiêu", "Mục tiêu đến năm 2030"],
            ["1", "Chỉ số phát triển con người (HDI)", "0,8"],
            ["2", "Công suất điện mặt trời (MW)", "1.200"],
            ["3", "Tỷ lệ đô thị hóa (%)", "45"]]
    text = LEAD + "\n".join(" | ".join(r) for r in rows) + "\n" + TAIL
    assert [(t[1], t[4]) for t in records(text)[0]] == [
        ("Chỉ số phát triển con người (HDI)", None), ("Công suất điện mặt trời", "MW"),
        ("Tỷ lệ đô thị hóa", "%")]
    # (the rule switched off: a capitalised bracket no unit opens qualifies the name)
    monkeypatch.setattr(tables, "_qualifies_name", lambda raw, names_give_units=False: False)
    assert records(text)[0][0][1:5:3] == ("Chỉ số phát triển con người", "hdi")


def test_a_numbered_note_repeated_row_after_row_is_no_running_head(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # PDF text without layout: each cell on its own lines, a blank line an empty cell; the
    # note of every row opens with "1." and one row's figure looks like a page number
    rows = [("1", "Tỷ lệ chi đầu tư phát triển (%)", "40"),
            ("2", "Tỷ lệ bố trí dự phòng ngân sách (%)", "4"),
            ("3", "Tỷ lệ tiết kiệm chi thường xuyên (%)", "10"),
            ("4", "Tỷ lệ giải ngân vốn đầu tư công (%)", "95")]
    cells = ["TT", "CHỈ TIÊU", "MỤC TIÊU ĐẾN NĂM 2030", "CƠ QUAN CHỦ TRÌ", ""]
    for o, name, value in rows:
        cells += [o, name, value, "1. Các bộ, cơ quan, địa phương.", "2. Bộ Tài chính.", ""]
    text = "PHỤ LỤC\nCHỈ TIÊU TÀI CHÍNH\n\n" + "\n".join(cells) + "\n" + TAIL
    values = [(t[0], t[3]) for t in records(text)[0]]
    assert values == [("1", 40.0), ("2", 4.0), ("3", 10.0), ("4", 95.0)]
    # switched off, the "40" and the note after it are read as a page's number and its head
    monkeypatch.setattr(gapped_cells, "_LIST_NUMBER_RE", grid.lazy_compile(r"(?!)"))
    monkeypatch.setattr(gapped_cells, "_HEADS_OF", [])
    # (and the grid not going on past a blank line before short cells with a figure, H20T,
    # which reads this table one cell a line too)
    monkeypatch.setattr(grid, "_empty_cells_between", lambda lines, j: False)
    assert ("1", 40.0) not in [(t[0], t[3]) for t in records(text)[0]]
