"""Category rows of target tables (annotation decision 27): a Roman-numbered row printed
inside a table ("| I | VỀ KINH TẾ | | |") heads the rows under it — their ``group`` — on
every page the table runs over, in the words it prints; a Roman heading outside a table
stays a heading.

Every table here is written for the test.
"""

from __future__ import annotations

from kehoach_parser.document import Indicator
from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.text.normalize import normalize

Key = tuple[object, ...]

LEAD = "Phụ lục\nCÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030\n\n"
END = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
HEAD = "| TT | CHỈ TIÊU | MỤC TIÊU 2026 - 2030 | CƠ QUAN CHỦ TRÌ |"
RUNNING_HEAD = "BẢN TIN TỈNH/Số 12/Ngày 05-03-2026"


def targets(text: str) -> list[Indicator]:
    found, _ = figures_from_text(normalize(LEAD + text + END).text)
    return found


def key(i: Indicator) -> Key:
    return (i.label, i.name, i.group, i.value)


def paged(*pages: list[str]) -> str:
    """Pipe rows over pages: each page after the first opens with the running head and the
    table's header printed again."""
    out: list[str] = [HEAD, ""]
    for k, page in enumerate(pages):
        if k:
            out += [RUNNING_HEAD, "", HEAD, ""]
        for row in page:
            out += [row, ""]
    return "\n".join(out)


def test_category_row_groups_its_rows_on_the_pages_after_it() -> None:
    text = paged(
        ["| I | VỀ KINH TẾ |  |  |",
         "| 1 | Tốc độ tăng trưởng GRDP bình quân/năm (%) | 8,5 | Sở Tài chính |"],
        ["| 2 | Tỷ lệ đô thị hóa đến năm 2030 (%) | 45 | Sở Xây dựng |",
         "| II | VỀ XÃ HỘI |  |  |",
         "| 3 | Tỷ lệ hộ nghèo (%) | 1,5 | Sở Y tế |"],
    )
    assert [key(t) for t in targets(text)] == [
        ("1", "Tốc độ tăng trưởng GRDP bình quân/năm", "VỀ KINH TẾ", 8.5),
        ("2", "Tỷ lệ đô thị hóa", "VỀ KINH TẾ", 45.0),
        ("3", "Tỷ lệ hộ nghèo", "VỀ XÃ HỘI", 1.5),
    ]


def test_rows_under_no_category_row_keep_no_group_over_pages() -> None:
    text = paged(
        ["| 1 | Tốc độ tăng trưởng GRDP bình quân/năm (%) | 8,5 | Sở Tài chính |"],
        ["| 2 | Tỷ lệ đô thị hóa đến năm 2030 (%) | 45 | Sở Xây dựng |"],
    )
    found = targets(text)
    assert [(t.label, t.value) for t in found] == [("1", 8.5), ("2", 45.0)]
    assert all(t.group is None for t in found)


def test_category_row_keeps_its_words_as_printed() -> None:
    text = "\n".join([
        "| TT | ĐỊA PHƯƠNG | TỐC ĐỘ BÌNH QUÂN 2026 - 2030 (%/NĂM) | CƠ QUAN CHỦ TRÌ |", "",
        "| I | THEO TỈNH, THÀNH PHỐ |  | Các tỉnh, thành phố |", "",
        "| 1 | Tỉnh Bắc Ninh | 12,0 |  |", "",
        "| 2 | Tỉnh Hà Nam | 10,5 |  |", "",
    ])
    assert [(t.name, t.group) for t in targets(text)] == [
        ("Tỉnh Bắc Ninh", "THEO TỈNH, THÀNH PHỐ"), ("Tỉnh Hà Nam", "THEO TỈNH, THÀNH PHỐ")]


def test_category_row_right_under_a_header_of_capitals_one_cell_a_line() -> None:
    # a PDF's text: one cell a line, the header in capitals, the first category row's
    # numeral and words right under it with no blank line between
    lines = ["TT", "CHỈ TIÊU", "MỤC TIÊU", "2026 - 2030", "CƠ QUAN CHỦ", "TRÌ", "CƠ QUAN",
             "PHỐI HỢP", "I", "VỀ KINH TẾ", "", "1", "Tốc độ tăng trưởng GRDP (%)",
             "8,5", "Sở Tài chính", "Các sở, ngành", "", "2", "Tỷ lệ đô thị hóa (%)", "45",
             "Sở Xây dựng", "Các sở, ngành", "", "II", "VỀ XÃ HỘI", "", "3",
             "Tỷ lệ hộ nghèo (%)", "1,5", "Sở Y tế", "Các sở, ngành"]
    found = targets("\n".join(lines))
    assert [(t.label, t.group, t.value) for t in found] == [
        ("1", "VỀ KINH TẾ", 8.5), ("2", "VỀ KINH TẾ", 45.0), ("3", "VỀ XÃ HỘI", 1.5)]
