"""PDF text of a table whose narrow number columns kept one space between figures: a run
of three-digit figures ("390 390 430 472 520") is a row of figures where the table writes
its thousands with dots ("172.033"), and one number grouped by spaces where it does not.

The tables are written for the test.
"""

from __future__ import annotations

from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.text.normalize import normalize

END = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
HEAD = "STT      Chỉ tiêu      Đơn vị tính      Năm 2026      Năm 2027      Năm 2028"


def targets(rows: list[str]) -> list[tuple[str | None, float | None, int | None]]:
    text = "Phụ lục\nCHỈ TIÊU KẾ HOẠCH 2026 - 2028\n\n" + "\n".join([HEAD, *rows]) + END
    found, _ = figures_from_text(normalize(text).text)
    return [(t.label, t.value, t.year) for t in found]


def test_three_digit_run_is_a_row_of_figures_beside_dotted_thousands() -> None:
    rows = ["1      Tổng vốn đầu tư      Tỷ đồng      12.500 13.800 15.200",
            "2      Kim ngạch nhập khẩu      Triệu USD      430 472 520",
            "3      Số học sinh nội trú      Người      1.695 1.724 1.760"]
    got = targets(rows)
    assert [(v, y) for lab, v, y in got if lab == "2"] == [
        (430.0, 2026), (472.0, 2027), (520.0, 2028)]
    assert len(got) == 9


def test_space_grouped_number_stays_one_where_no_figure_has_dots() -> None:
    rows = ["1      Tổng vốn đầu tư      Đồng      12 500 000 000",
            "2      Kim ngạch nhập khẩu      USD      430 472 520"]
    values = [v for _, v, _ in targets(rows)]
    assert 430.0 not in values and 520.0 not in values
