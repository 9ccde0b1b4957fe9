"""One table of targets in every layout text conversion gives it: the same records.

The table is written for the test: a header over two rows (a year over "Kế hoạch" and
"Ước thực hiện"), numbered rows, "-" sub-rows without STT, a row without values.  It is
printed by hand as a web table copied cell by cell (bars), as DOCX rows, as tabs, as PDF
space runs (empty cells lost), as Markdown and one cell a line; every layout must give
the records of the bars layout.  (Unit cells are capitalised, as in most printed tables: a
cell in lower case on a line of its own, with no bar above it, is rejoined to the line
before it by the normaliser, like the rest of a sentence cut by a page break.)
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kehoach_parser.document import Indicator
from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.text.normalize import normalize
from kehoach_parser.text.reflow import should_join


@pytest.fixture(autouse=True)
def rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEHOACH_STATUS", "rules")


#: The table as rows of cells ("" an empty cell; the second header row spans the values).
HEADER_1 = ["STT", "Chỉ tiêu", "ĐVT", "Năm 2026", "Kế hoạch năm 2027"]
HEADER_2 = ["Kế hoạch", "Ước thực hiện"]
BODY = [
    ["1", "Tổng sản lượng lương thực", "Tấn", "8.200", "7.950", "8.400"],
    ["", "- Lúa", "Tấn", "6.900", "6.710", "7.000"],
    ["", "- Ngô", "Tấn", "1.300", "1.240", "1.400"],
    ["2", "Tỷ lệ hộ nghèo", "%", "2,8", "2,6", "2,1"],
    ["3", "Số xã đạt chuẩn nông thôn mới", "Xã", "5", "6", "7"],
]
LEAD = "Biểu 01. Các chỉ tiêu chủ yếu\n\n"
TAIL = "\nTổ chức thực hiện: các phòng, ban theo dõi, báo cáo kết quả hằng quý.\n"


def bars() -> str:
    out = ["|"]
    for row in [HEADER_1, HEADER_2, *[[c for c in r if c] for r in BODY]]:
        for c in row:
            out += [c, "|"]
        out.append("|")
    return LEAD + "\n".join(out[:-1]) + "\n" + TAIL


def rows(sep: str, keep_empty: bool = True, outer: bool = False,
         body: list[list[str]] = BODY) -> str:
    lines = []
    for row in [HEADER_1, HEADER_2, *body]:
        cells = row if keep_empty else [c for c in row if c]
        line = sep.join(cells)
        lines.append(f"| {line} |" if outer else line)
    return LEAD + "\n".join(lines) + "\n" + TAIL


def pdf_close() -> str:
    """PDF text whose body columns are printed close: gaps of two and of four spaces; one
    row has two-space gaps only (its gaps are lost: "2 Tỷ lệ hộ nghèo % 2,8 2,6 2,1")."""
    lines = []
    for k, row in enumerate([HEADER_1, HEADER_2, *BODY]):
        cells = [c for c in row if c]
        gaps = ["  " if k >= 2 and ((i + k) % 2 or k == 5) else "    "
                for i in range(len(cells))]
        lines.append("".join(c + g for c, g in zip(cells, gaps, strict=True)).rstrip())
    return LEAD + "\n".join(lines) + "\n" + TAIL


def cell_lines() -> str:
    cells = [c for r in [HEADER_1, HEADER_2, *BODY] for c in r if c]
    return LEAD + "\n".join(cells) + "\n" + TAIL


LAYOUTS: dict[str, Callable[[], str]] = {
    "docx_rows": lambda: rows(" | "),
    "docx_rows_lost_cells": lambda: rows(" | ", keep_empty=False),
    "tabs": lambda: rows("\t"),
    "pdf_spaces": lambda: rows("     ", keep_empty=False),
    "pdf_spaces_close": lambda: pdf_close(),
    "markdown": lambda: rows(" | ", outer=True),
    "header_on_one_row": lambda: LEAD + " | ".join(HEADER_1 + HEADER_2) + "\n"
    + "\n".join(" | ".join(r) for r in BODY) + "\n" + TAIL,
    "cell_lines": cell_lines,
    "cell_paragraphs": lambda: cell_lines().replace("\n", "\n\n"),
}


def records(text: str) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    targets, results = figures_from_text(normalize(text).text)

    def key(i: Indicator) -> tuple[object, ...]:
        return (i.label, i.name, i.group, i.value, i.unit, i.year)
    return [key(t) for t in targets], [key(r) for r in results]


def test_the_bars_layout_reads_the_table() -> None:
    targets, results = records(bars())
    assert targets[:3] == [
        ("1", "Tổng sản lượng lương thực", None, 8200.0, "tấn", 2026),
        ("1", "Tổng sản lượng lương thực", None, 8400.0, "tấn", 2027),
        ("1", "Lúa", "Tổng sản lượng lương thực", 6900.0, "tấn", 2026),
    ]
    assert ("1", "Tổng sản lượng lương thực", None, 7950.0, "tấn", 2026) in results
    assert ("3", "Số xã đạt chuẩn nông thôn mới", None, 7.0, "xã", 2027) in targets


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_layout_gives_the_records_of_the_bars_layout(layout: str) -> None:
    assert records(LAYOUTS[layout]()) == records(bars())


def test_table_lines_survive_the_normaliser() -> None:
    # a DOCX row is never a wrapped line, even when the row before ends on a number
    assert not should_join("1 | Tổng sản lượng lương thực | tấn | 8.200", "2 | Tỷ lệ hộ nghèo",
                           40)
    # a figure on a line of its own is a cell, not the year a line ending in "năm" waits for
    assert not should_join("Tổng dư nợ đầu năm", "311.113", None)
    assert should_join("Ban hành ngày 05 tháng 3 năm", "2027 của Ủy ban nhân dân", None)
    assert not should_join("Tỷ lệ lao động qua đào tạo (%)", "62", 40)
    assert should_join("Quyết định số", "15", None)
    # "số", "năm" … wait for a number: a capital word after them is the next cell
    assert not should_join("Xếp hạng năng lực cạnh tranh số", "Thứ bậc", None)
    assert should_join("Kế hoạch phát triển kinh tế - xã hội quý", "IV năm 2027", None)
    # a placeholder cell "-" before an ordinal or a figure: two cells, not a bullet's item
    assert not should_join("-", "2", None) and not should_join("-", "3.785", None)
    assert should_join("-", "Như trên;", None)
    # a lower-case cell after a bar is a cell, not the rest of the line above
    assert "|\ntấn\n|" in normalize("|\nSản lượng\n|\ntấn\n|\n8.200\n|").text
    # a short value in lower case on a line of its own is a value cell, not a rest
    assert "thành thị\n\ndưới 4%" in normalize("Tỷ lệ thất nghiệp ở thành thị\n\ndưới 4%\n").text
    assert "kế hoạch năm 2027" in normalize("Thực hiện kế hoạch\nnăm 2027").text
    # … while a lower-case line after prose still rejoins it
    assert "lương thực đạt" in normalize("Sản lượng lương thực\nđạt 8.200 tấn.").text


def test_a_value_in_words_after_the_unit_cell_stays_in_its_row() -> None:
    cells = ["TT", "Chỉ tiêu", "Đơn vị", "Mục tiêu", "",
             "1", "Xếp hạng chỉ số cải cách hành chính", "Thứ bậc",
             "Nằm trong nhóm dẫn đầu cả nước về chỉ số này", "",
             "2", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "80"]
    web = "\n".join(["|"] + [x for c in cells for x in ([c, "|"] if c else ["|"])])
    docx = "\n".join(" | ".join(r) for r in [cells[:4], cells[5:9], cells[10:]])
    assert records(web) == records(docx)
    targets, _ = records(web)
    assert [(t[0], t[1], t[3]) for t in targets] == [
        ("1", "Xếp hạng chỉ số cải cách hành chính", None),
        ("2", "Tỷ lệ hồ sơ trực tuyến toàn trình", 80.0)]


def test_an_empty_cell_kept_by_the_layout_keeps_the_values_in_their_columns() -> None:
    # "Ước thực hiện" left empty in row 3: 5 is the plan of 2026, 7 the plan of 2027
    body = [*BODY[:4], ["3", "Số xã đạt chuẩn nông thôn mới", "Xã", "5", "", "7"]]
    for text in (rows(" | ", body=body), rows("\t", body=body),
                 rows(" | ", outer=True, body=body)):
        targets, results = records(text)
        assert ("3", "Số xã đạt chuẩn nông thôn mới", None, 5.0, "xã", 2026) in targets
        assert ("3", "Số xã đạt chuẩn nông thôn mới", None, 7.0, "xã", 2027) in targets
        assert all(r[0] != "3" for r in results)


def bulleted(sign: str) -> str:
    return ("Các chỉ tiêu chủ yếu năm 2027:\n"
            f"{sign} Tiết kiệm 10% chi thường xuyên để cải cách tiền lương.\n"
            f"{sign} Tỷ lệ hộ dân phân loại chất thải rắn tại nguồn đạt 100%.\n")


@pytest.mark.parametrize("sign", ["–", "−", "•", "+"])
def test_a_list_reads_the_same_whatever_its_bullet_sign(sign: str) -> None:
    targets, _ = records(bulleted(sign))
    assert [t[3] for t in targets] == [10.0, 100.0]
    assert targets == records(bulleted("-"))[0]


def test_a_value_cut_from_its_name_by_a_hard_wrap_is_joined_back() -> None:
    line = "Năm 2027, thành phố đề ra 13 chỉ tiêu; trong đó giải quyết việc làm mới cho 1.500"
    assert should_join(line, "– 1.800 lao động.", 80)  # a range cut at its dash
    assert not should_join(line, "– 1.800 lao động.", None)  # (a text not hard-wrapped)
    name = "(1) Cơ cấu kinh tế đến năm 2027: nông nghiệp 75%; dịch vụ, du lịch:"
    assert should_join(name, "20%; tiểu thủ công nghiệp 5%.", 72)
    assert not should_join(name, "1. Tỷ lệ hộ nghèo giảm 1%.", 72)  # a label opens a unit


def test_close_column_gaps_are_gaps_in_a_line_that_has_a_wide_one() -> None:
    assert normalize("1  Tỷ lệ hộ nghèo     %  2,8").text == "1\tTỷ lệ hộ nghèo\t%\t2,8"
    assert normalize("Tỷ lệ hộ nghèo  giảm còn 2,8%.").text == "Tỷ lệ hộ nghèo giảm còn 2,8%."
