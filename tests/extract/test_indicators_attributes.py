"""Attributes of a target: year, baseline, units, sections, categories, restatements, spans."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_parser import parse
from kehoach_parser.document import Indicator
from kehoach_parser.extract.indicators import indicators_from_text
from kehoach_parser.extract.indicators import units as unit_module
from kehoach_parser.text.normalize import normalize


@pytest.fixture(autouse=True)
def rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests check how figures are read; the status decision (target or result) is
    tested on its own (test_indicators_status.py): the rule baseline decides here."""
    monkeypatch.setenv("KEHOACH_STATUS", "rules")


def extract(text: str) -> list[Indicator]:
    return indicators_from_text(normalize(text).text)


def _one(text: str) -> Indicator:
    found = extract(text)
    assert len(found) == 1, [i.model_dump() for i in found]
    return found[0]


@pytest.mark.parametrize("phrase", ["năm 2027", "đến năm 2027", "cuối năm 2027",
                                    "trong năm 2027", "đến hết năm 2027"])
@pytest.mark.parametrize("where", ["before", "after"])
def test_year_phrase_goes_to_year_not_to_name(phrase: str, where: str) -> None:
    if where == "before":
        text = f"- Tỷ lệ đô thị hóa {phrase} đạt 38%."
    else:
        text = f"- Phấn đấu {phrase} có 12 xã đạt chuẩn nông thôn mới nâng cao."
    ind = _one(text)
    assert ind.year == 2027
    assert ind.name is not None and "2027" not in ind.name


@pytest.mark.parametrize(("phrase", "year"), [("so với năm 2025", 2025), ("so với 2024", 2024),
                                              ("so với cùng kỳ năm 2025", 2025)])
def test_baseline_year(phrase: str, year: int) -> None:
    ind = _one(f"- Thu ngân sách tăng 8% {phrase}.")
    assert ind.baseline_year == year
    assert ind.year is None
    assert ind.direction == "increase"


@pytest.mark.parametrize(
    ("written", "unit"),
    [
        ("13 tỷ", "tỷ đồng"), ("13 tỉ đồng", "tỷ đồng"), ("54,6 triệu", "triệu đồng"),
        ("120,55 triệu/ha", "triệu đồng/ha"), ("71,8 triệu đồng/người/năm",
                                               "triệu đồng/người/năm"),
        ("65 tạ/ha", "tạ/ha"), ("260 tấn", "tấn"), ("12 km", "km"), ("4,5 kg/năm", "kg/năm"),
        ("2 triệu USD", "triệu USD"), ("35 phần trăm", "%"), ("3,2‰", "‰"),
        ("1.200 m²", "m²"), ("500 người", "người"), ("450 hộ", "hộ"),
    ],
)
def test_canonical_units(written: str, unit: str) -> None:
    ind = _one(f"- Mức phấn đấu của ngành đạt {written}.")
    assert ind.unit == unit


@pytest.fixture(params=[True, False], ids=["segmenter", "lexicon-only"])
def segmenter(request: pytest.FixtureRequest) -> Iterator[bool]:
    unit_module.use_segmenter(bool(request.param))
    yield bool(request.param)
    unit_module.use_segmenter(True)


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("08 trường học được công nhận lại", "trường học"),
        ("20 cơ sở sản xuất kinh doanh", "cơ sở"),
        ("1.500 - 2.400 lượt lao động", "lượt lao động"),
        ("300 giấy chứng nhận quyền sử dụng đất", "giấy chứng nhận"),
        ("18 khu dân cư kiểu mẫu", "khu dân cư"),
        ("05 hợp tác xã kiểu mới", "hợp tác xã"),
    ],
)
def test_counted_noun_heads_with_or_without_segmenter(segmenter: bool, phrase: str, head: str
                                                       ) -> None:
    ind = _one(f"- Phấn đấu có {phrase}.")
    assert ind.unit == head
    assert ind.name is not None and ind.name.startswith(head)


def test_unknown_counted_noun_uses_segmentation_or_first_word(segmenter: bool) -> None:
    ind = _one("- Phấn đấu có 12 thư viện thân thiện.")
    assert ind.unit == ("thư viện" if segmenter else "thư")


PLAN = """KẾ HOẠCH
Thực hiện nhiệm vụ năm 2026

I. MỤC TIÊU, CHỈ TIÊU
1. Chỉ tiêu kinh tế
- Thu ngân sách trên địa bàn đạt 25 tỷ đồng.
- Tổng sản lượng lương thực đạt 9.800 tấn.
2. Chỉ tiêu môi trường
- Tỷ lệ che phủ rừng đạt 42%.
3. Chỉ tiêu chuyển đổi số, cải cách hành chính
- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.
II. NHIỆM VỤ, GIẢI PHÁP
1. Tăng cường quản lý thu, chống thất thu để thu ngân sách trên địa bàn đạt 25 tỷ đồng.
2. Chỉ đạo thâm canh, nâng tổng sản lượng lương thực đạt 9.800 tấn.
"""


def test_sections_categories_and_restatements() -> None:
    doc = parse(PLAN)
    found = doc.indicators
    assert [(i.value, i.section, i.category) for i in found[:4]] == [
        (25.0, "I/1", "kinh tế"), (9800.0, "I/1", "kinh tế"), (42.0, "I/2", "môi trường"),
        (80.0, "I/3", "chuyển đổi số"),
    ]
    assert [i.restates for i in found] == [None, None, None, None, 0, 1]
    assert found[4].section == "II"


def test_spans_point_into_the_document_text() -> None:
    doc = parse(PLAN + "- (1) Tỷ lệ hộ nghèo giảm 0,5% (còn 2,1%); (2) 100% thôn có nhà văn hóa.")
    assert doc.indicators
    for ind in doc.indicators:
        s, e = ind.span
        assert doc.text[s:e] == ind.text
        assert not ind.text.endswith((";", ".")) and not ind.text.startswith("(")
        assert {"value", "unit", "name"} <= set(ind.field_spans)
        vs, ve = ind.field_spans["value"]
        written = doc.text[vs:ve].replace(".", "").replace(",", ".")
        assert float(written) == ind.value
        us, ue = ind.field_spans["unit"]
        assert doc.text[us:ue].strip()
        ns, ne = ind.field_spans["name"]
        assert ind.name is not None and doc.text[ns:ne].startswith(ind.name.split()[0])


def test_stage_runs_with_an_empty_outline_and_without_dates() -> None:
    found = extract(PLAN)
    assert len(found) == 6
    assert found[0].section == "I/1"


_PIECES = ["Tỷ lệ", "hộ nghèo", "đạt", "trên", "dưới", "từ", "đến", "trở lên", "khoảng", "%",
           "ha", "tấn", "tỷ đồng", "triệu/ha", "(", ")", ";", ",", ".", ":", "-", "+", "\n",
           "(1)", "(2)", "trong đó", "năm 2026", "so với năm 2025", "giảm", "tăng", "duy trì",
           "Phấn đấu", "có", "08", "10.900", "54,6", "1.500 - 2.400", "36/41", "thôn",
           "lượt lao động", "|", "\t", "còn", "ước", "≥", "≈", "hai", "con số", "Cơ cấu:",
           "STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2026", "xuống còn", "lên", "nghìn", "triệu",
           "trên 1 ha", "sớm hơn", "tháng", "tuổi", "I.", "1.", "a)", "Trong đó:", "2025 - 2030"]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40))
@settings(max_examples=300, deadline=None, derandomize=True)
def test_any_text_gives_consistent_records(pieces: list[str]) -> None:
    text = normalize(" ".join(pieces)).text
    for ind in indicators_from_text(text):
        s, e = ind.span
        assert 0 <= s <= e <= len(text) and text[s:e] == ind.text
        for fs, fe in ind.field_spans.values():
            assert 0 <= fs <= fe <= len(text)
        if ind.value_max is not None:
            assert ind.comparator == "range" and ind.value is not None
            assert ind.value_max > ind.value
        assert ind.name is None or ind.name.strip() == ind.name


@pytest.mark.parametrize(
    ("written", "value", "unit", "base_value", "base_unit"),
    [
        ("148 nghìn con", 148.0, "nghìn con", 148000.0, "con"),
        ("1,2 triệu lượt khách", 1.2, "triệu lượt khách", 1200000.0, "lượt khách"),
        ("2,5 vạn cây xanh", 2.5, "vạn cây xanh", 25000.0, "cây xanh"),
        ("13 tỷ", 13.0, "tỷ đồng", 13e9, "đồng"),
        ("2 triệu USD", 2.0, "triệu USD", 2e6, "USD"),
        ("3,5 nghìn tỷ đồng", 3.5, "nghìn tỷ đồng", 3.5e12, "đồng"),
        ("15 nghìn tấn", 15.0, "nghìn tấn", 15000.0, "tấn"),
    ],
)
def test_scale_words_stay_in_the_unit_and_apply_to_the_base_value(
        written: str, value: float, unit: str, base_value: float, base_unit: str) -> None:
    """Project decision 7: the unit as written ("nghìn tấn"); the normalised extras give
    the value in base units."""
    ind = _one(f"- Mức phấn đấu của ngành đạt {written}.")
    assert (ind.value, ind.unit) == (value, unit)
    assert ind.base_value == pytest.approx(base_value)
    assert ind.base_unit == base_unit
