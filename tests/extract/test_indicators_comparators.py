"""The same target written with every comparator, range and word order.

Sentences are built here from small vocabularies (names, values, units), not copied from
the corpus, so that what is tested is the language, not five files.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_parser.document import Indicator
from kehoach_parser.extract.indicators import indicators_from_text
from kehoach_parser.extract.numbers import format_vi_number
from kehoach_parser.text.normalize import normalize


@pytest.fixture(autouse=True)
def rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests check how figures are read; the status decision (target or result) is
    tested on its own (test_indicators_status.py): the rule baseline decides here."""
    monkeypatch.setenv("KEHOACH_STATUS", "rules")

NAMES = (
    "Tỷ lệ che phủ rừng",
    "Tỷ lệ hộ dân sử dụng nước sạch",
    "Tỷ lệ lao động qua đào tạo, có chứng chỉ",
)
VALUES = (45.0, 7.25, 93.5)

#: comparator words written before the value → comparator
BEFORE = {
    "trên": ">", "hơn": ">", "vượt": ">", "cao hơn": ">", "đạt trên": ">",
    "tối thiểu": ">=", "ít nhất": ">=", "không dưới": ">=", "không thấp hơn": ">=",
    "≥": ">=", "đạt tối thiểu": ">=", "đạt và vượt": ">=",
    "dưới": "<", "xuống dưới": "<", "thấp hơn": "<",
    "không quá": "<=", "tối đa": "<=", "≤": "<=",
    "khoảng": "~", "xấp xỉ": "~", "ước": "~", "≈": "~",
    "đạt": "=", "là": "=", ":": "=", "=": "=", "": "=",
}
#: comparator words around the value: (before, after) → comparator
AROUND = {
    ("từ", "trở lên"): ">=", ("", "trở lên"): ">=", ("đạt", "trở lên"): ">=",
    ("vượt", "trở lên"): ">=", ("", "trở xuống"): "<=", ("đạt từ", "trở lên"): ">=",
}


def extract(text: str) -> list[Indicator]:
    return indicators_from_text(normalize(text).text)


def _one(text: str) -> Indicator:
    found = extract(text)
    assert len(found) == 1, (text, [i.model_dump() for i in found])
    return found[0]


def _fmt(value: float) -> str:
    return format_vi_number(value, 0 if value.is_integer() else 2).rstrip("0").rstrip(",") \
        if not value.is_integer() else format_vi_number(value)


@pytest.mark.parametrize(("words", "comparator"), sorted(BEFORE.items()))
@pytest.mark.parametrize(("name", "value"), list(zip(NAMES, VALUES, strict=True)))
def test_name_first_each_comparator(words: str, comparator: str, name: str, value: float
                                    ) -> None:
    sep = "" if words == ":" else " "
    text = f"- {name}{sep}{words} {_fmt(value)}%;".replace("  ", " ")
    ind = _one(text)
    assert ind.comparator == comparator
    assert ind.value == value
    assert ind.unit == "%"
    assert ind.name == name


@pytest.mark.parametrize(("around", "comparator"), sorted(AROUND.items()))
@pytest.mark.parametrize("value", VALUES)
def test_comparators_after_the_value(around: tuple[str, str], comparator: str, value: float
                                     ) -> None:
    before, after = around
    text = f"- Tỷ lệ trường học đạt chuẩn quốc gia {before} {_fmt(value)}% {after}."
    ind = _one(text.replace("  ", " "))
    assert (ind.comparator, ind.value, ind.unit) == (comparator, value, "%")
    assert ind.name == "Tỷ lệ trường học đạt chuẩn quốc gia"


VALUE_FIRST_NAMES = ("gia đình đạt danh hiệu gia đình văn hóa", "thôn có nhà văn hóa",
                     "hồ sơ được giải quyết đúng hạn")


@pytest.mark.parametrize(("words", "comparator"),
                         [("trên", ">"), ("tối thiểu", ">="), ("dưới", "<"), ("khoảng", "~"),
                          ("", "="), ("ít nhất", ">="), ("không quá", "<=")])
@pytest.mark.parametrize("name", VALUE_FIRST_NAMES)
@pytest.mark.parametrize("opener", ["", "Phấn đấu ", "Toàn xã có ", "Phấn đấu đạt "])
def test_value_first_each_comparator(words: str, comparator: str, name: str, opener: str
                                     ) -> None:
    text = f"- {opener}{words} 85% {name};".replace("  ", " ").replace("- ", "- ", 1)
    ind = _one(text)
    assert (ind.comparator, ind.value, ind.unit) == (comparator, 85.0, "%")
    assert ind.name == name


@pytest.mark.parametrize(
    ("written", "low", "high", "unit"),
    [
        ("901-910 ha", 901.0, 910.0, "ha"),
        ("15 - 17%", 15.0, 17.0, "%"),
        ("từ 1.500 đến 2.400 lượt lao động", 1500.0, 2400.0, "lượt lao động"),
        ("3 – 5%/năm", 3.0, 5.0, "%/năm"),
        ("khoảng 6,5-7%", 6.5, 7.0, "%"),
        ("từ 190 - 210 triệu đồng", 190.0, 210.0, "triệu đồng"),
        ("12% - 15%", 12.0, 15.0, "%"),
        ("từ 60 đến 65 tạ/ha", 60.0, 65.0, "tạ/ha"),
        ("1.200 đến 1.500 lao động", 1200.0, 1500.0, "lao động"),
        ("từ 60 tạ/ha đến 65 tạ/ha", 60.0, 65.0, "tạ/ha"),
    ],
)
@pytest.mark.parametrize("name", ["Chỉ tiêu phấn đấu", "Kết quả phấn đấu của xã"])
def test_ranges(written: str, low: float, high: float, unit: str, name: str) -> None:
    ind = _one(f"- {name.replace('Kết quả', 'Mức')} đạt {written};")
    assert (ind.comparator, ind.value, ind.value_max, ind.unit) == ("range", low, high, unit)


def test_signed_values() -> None:
    a = _one("- Tỷ lệ sinh con thứ ba trở lên giảm -0,2 điểm phần trăm;")
    assert (a.value, a.unit, a.direction) == (-0.2, "điểm phần trăm", "decrease")
    b = _one("- Tỷ suất sinh thô tăng +0,1‰.")
    assert (b.value, b.unit, b.direction) == (0.1, "‰", "increase")


def test_percentage_points_keep_the_unit_as_written() -> None:
    a = _one("- Tỷ lệ hộ nghèo giảm 1 - 1,5 điểm %;")
    assert (a.comparator, a.value, a.value_max, a.unit) == ("range", 1.0, 1.5, "điểm %")


def test_comparator_does_not_carry_over_a_list() -> None:
    found = extract("- Toàn xã có trên 90% gia đình văn hóa; 40% gia đình thể thao; "
                    "tối thiểu 70% thôn văn hóa.")
    assert [(i.comparator, i.value, i.name) for i in found] == [
        (">", 90.0, "gia đình văn hóa"), ("=", 40.0, "gia đình thể thao"),
        (">=", 70.0, "thôn văn hóa"),
    ]


@pytest.mark.parametrize(("verb", "direction"),
                         [("tăng", "increase"), ("giảm", "decrease"), ("duy trì", "maintain"),
                          ("giữ vững", "maintain")])
@pytest.mark.parametrize(("comp", "comparator"), [("", "="), ("từ", ">="), ("khoảng", "~")])
def test_direction_before_the_value(verb: str, direction: str, comp: str, comparator: str
                                    ) -> None:
    ind = _one(f"- Diện tích trồng rừng tập trung {verb} {comp} 120 ha;".replace("  ", " "))
    assert (ind.direction, ind.comparator, ind.value, ind.unit) == (direction, comparator,
                                                                   120.0, "ha")
    assert ind.name == "Diện tích trồng rừng tập trung"


@pytest.mark.parametrize("measure", ["Tốc độ tăng", "Tỷ lệ tăng", "Tăng trưởng"])
def test_increase_inside_a_name_is_not_a_direction(measure: str) -> None:
    ind = _one(f"- {measure} giá trị sản xuất công nghiệp đạt 9,5%.")
    assert ind.direction is None
    assert ind.name == f"{measure} giá trị sản xuất công nghiệp"


def test_leading_direction_verb_goes_to_direction() -> None:
    ind = _one("- Giảm tỷ lệ trẻ em dưới 5 tuổi bị thấp còi xuống dưới 10,5%.")
    assert (ind.direction, ind.comparator, ind.value) == ("decrease", "<", 10.5)
    assert ind.name == "tỷ lệ trẻ em dưới 5 tuổi bị thấp còi"
    more = _one("- Xây dựng thêm 02 nhà văn hóa thôn.")
    assert (more.direction, more.value, more.unit) == ("increase", 2.0, "nhà văn hóa")


@pytest.mark.parametrize(("written", "value"), [("8", 8.0), ("12,5", 12.5), ("0,63", 0.63)])
def test_bare_value(written: str, value: float) -> None:
    ind = _one(f"- Tỷ lệ tăng dân số tự nhiên {written}%.")
    assert (ind.comparator, ind.value, ind.name) == ("=", value, "Tỷ lệ tăng dân số tự nhiên")


_UNITS = {"%": "%", "tấn": "tấn", "ha": "ha", "tỷ đồng": "tỷ đồng", "triệu/ha": "triệu đồng/ha",
          "con": "con"}


@given(
    n=st.integers(min_value=1, max_value=10**9),
    decimals=st.integers(min_value=0, max_value=2),
    unit=st.sampled_from(sorted(_UNITS)),
    comp=st.sampled_from(sorted(BEFORE.items())),
    order=st.sampled_from(["name first", "value first"]),
)
@settings(max_examples=250, deadline=None, derandomize=True)
def test_random_values_written_the_vietnamese_way_are_read_back(
        n: int, decimals: int, unit: str, comp: tuple[str, str], order: str) -> None:
    value = n / 10**decimals
    if unit == "con":
        value, decimals = float(n), 0
    written = format_vi_number(value, decimals)
    words, comparator = comp
    if order == "name first":
        sep = "" if words == ":" else " "
        text = f"- Sản lượng nuôi trồng thủy sản{sep}{words} {written} {unit};"
        name = "Sản lượng nuôi trồng thủy sản"
    else:
        if words in (":", "=", "là", ""):
            words, comparator = "đạt", "="
        text = f"- Phấn đấu {words} {written} {unit} thủy sản nuôi trồng mới;"
        name = "thủy sản nuôi trồng mới" if unit != "con" else "con thủy sản nuôi trồng mới"
    ind = _one(text.replace("  ", " ").replace(f"{written} %", f"{written}%"))
    assert ind.value == value
    assert ind.comparator == comparator
    assert ind.unit == _UNITS[unit]
    assert ind.name == name


def test_a_bound_inside_the_name_is_not_the_comparator() -> None:
    ind = _one("- Hạ tỷ lệ sinh con thứ 3 trở lên xuống dưới 5%.")
    assert (ind.name, ind.comparator, ind.value, ind.direction) == (
        "tỷ lệ sinh con thứ 3 trở lên", "<", 5.0, "decrease")
    up = _one("- Nâng tỷ lệ phòng học kiên cố lên 95%.")
    assert (up.name, up.comparator, up.direction) == ("tỷ lệ phòng học kiên cố", "=", "increase")


@pytest.mark.parametrize("words", ["thấp nhất phải đạt", "tối thiểu phải đạt", "ít nhất phải đạt"])
def test_a_floor_that_must_be_reached_is_at_least(words: str) -> None:
    a = _one(f"- Thu nhập bình quân khu vực nông thôn {words} 63 triệu đồng/người/năm;")
    assert (a.name, a.comparator, a.value) == ("Thu nhập bình quân khu vực nông thôn", ">=", 63.0)
