"""A count column's header names what it counts after "Số lượng" ("Số lượng mẫu/lần"): the
unit of its figures; a header whose words after "Số lượng" are no unit gives none.

The tables are written for the test.
"""

from __future__ import annotations

from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.extract.indicators.header_units import header_unit
from kehoach_parser.text.normalize import normalize

END = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"


def test_count_header_names_the_unit() -> None:
    u = header_unit("Số lượng mẫu/lần")
    assert u is not None and u.unit == "mẫu/lần"


def test_count_header_without_a_unit_gives_none() -> None:
    assert header_unit("Số lượng") is None
    assert header_unit("Số lượng cán bộ được đào tạo lại") is None


def test_count_column_gives_its_figures_the_unit() -> None:
    text = "\n".join([
        "Phụ lục", "KẾ HOẠCH LẤY MẪU NƯỚC NĂM 2026", "",
        "| TT | Đối tượng quan trắc | Tần suất | Số lượng mẫu/lần |", "",
        "| 1 | Nguồn nước cấp vùng nuôi tôm | 02 lần/tháng | 15 |", "",
        "| 2 | Ao nuôi tôm đại diện | 02 lần/tháng | 21 |", "",
        "| 3 | Bãi nuôi ngao | 02 lần/tháng | 4 |", "",
    ])
    targets, _ = figures_from_text(normalize(text + END).text)
    assert [(t.value, t.unit) for t in targets if t.value in (15.0, 21.0, 4.0)] == [
        (15.0, "mẫu/lần"), (21.0, "mẫu/lần"), (4.0, "mẫu/lần")]
