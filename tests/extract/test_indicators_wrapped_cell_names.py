"""PDF text of a table one cell a line, each cell wrapped at its column's width: a row's
name goes on over several lines — the reflow may have joined some of them into one long
line — until its figure; a name that opened a bracket goes on to the line that closes it.

The tables are written for the test.
"""

from __future__ import annotations

from kehoach_parser.extract.indicators import figures_from_text
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
