from __future__ import annotations

import pytest

from kehoach_parser.evaluation.matching import (
    indicator_score,
    match_greedy,
    norm_text,
    token_f1,
    units_compatible,
)
from kehoach_parser.evaluation.scoring import score_document


def _ind(**kw: object) -> dict[str, object]:
    base: dict[str, object] = {"name": "Tỷ lệ hộ nghèo", "comparator": "<", "value": 2.5,
                               "value_max": None, "unit": "%"}
    base.update(kw)
    return base


def test_norm_text_folds_space_quotes_and_tone_placement() -> None:
    assert norm_text("  văn  hoá “xã”  ") == 'văn hóa "xã"'
    assert norm_text(None) is None


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        ("%", "%", True),
        ("tỷ đồng", "tỷ đồng", True),
        ("giấy", "giấy chứng nhận", True),
        ("trường học", "trường", True),
        ("khu dân cư", "thôn", False),
        ("%", "‰", False),
        ("tạ/ha", "tạ", False),
        (None, None, True),
        ("%", None, False),
    ],
)
def test_units_compatible(a: str | None, b: str | None, ok: bool) -> None:
    assert units_compatible(a, b) is ok


def test_token_f1() -> None:
    assert token_f1("Tỷ lệ hộ nghèo", "tỷ lệ hộ nghèo") == 1.0
    assert token_f1("Tỷ lệ hộ nghèo", "hộ nghèo") == pytest.approx(2 * 1 * 0.5 / 1.5)
    assert token_f1("a", "b") == 0.0


@pytest.mark.parametrize(
    ("pred", "matches"),
    [
        (_ind(), True),
        (_ind(name="hộ nghèo"), True),            # F1 = 0.67
        (_ind(name="nghèo"), False),              # F1 = 0.4
        (_ind(comparator="<="), False),
        (_ind(value=2.51), False),
        (_ind(value_max=3.0), False),
        (_ind(unit="‰"), False),
    ],
)
def test_indicator_rule(pred: dict[str, object], matches: bool) -> None:
    assert (indicator_score(_ind(), pred) is not None) is matches


def test_greedy_matching_is_one_to_one_and_prefers_better_names() -> None:
    gold = [_ind(name="Tỷ lệ hộ nghèo"), _ind(name="Tỷ lệ hộ cận nghèo")]
    pred = [_ind(name="Tỷ lệ hộ cận nghèo"), _ind(name="Tỷ lệ hộ nghèo")]
    assert match_greedy(gold, pred, indicator_score) == [(0, 1), (1, 0)]


def test_score_document_counts_misses_spurious_and_attributes() -> None:
    gold = {"doc_type": "Kế hoạch", "signers": [], "archive": ["VT"], "recipients": ["A", "B"],
            "sections": [{"label": "I", "title": "MỤC ĐÍCH", "level": 1, "kind": "purpose"}],
            "indicators": [_ind(direction="decrease", year=2026, label="(1)")],
            "dates": [{"value": "2026-01-01", "role": "period_start"},
                      {"value": "2026-12-31", "role": "period_end"}],
            "references": [{"number": "41-CT/TW", "date": "2024-12-26", "issuer": "Bộ Chính trị",
                            "doc_type": "Chỉ thị"}]}
    pred = {"doc_type": "Kế hoạch", "signers": [], "archive": ["VT"], "recipients": ["A", "C"],
            "sections": [{"label": "I", "title": "Mục đích", "level": 2, "kind": "purpose"}],
            "indicators": [_ind(direction=None, year=2026, label="(1)")],
            "dates": [{"value": "2026-01-01", "role": "period"}],
            "references": [{"number": "41 - CT/TW", "date": None, "issuer": "Bộ Chính trị",
                            "doc_type": "Chỉ thị"}]}
    s = score_document("x", gold, pred)
    assert (s.areas["recipients"].matched, s.areas["recipients"].pred) == (1, 2)
    assert s.areas["sections"].matched == 1
    assert s.attributes["sections.level"].accuracy == 0.0
    assert s.areas["indicators"].matched == 1
    assert s.attributes["indicators.direction"].correct == 0
    assert s.attributes["indicators.year"].correct == 1
    assert (s.areas["dates"].gold, s.areas["dates"].matched) == (2, 1)
    assert s.attributes["dates.role"].correct == 0
    assert s.areas["references"].matched == 1
    assert s.attributes["references.date"].correct == 0
    assert s.metadata["doc_type"].correct == 1
    kinds = {m.kind for m in s.mismatches}
    assert {"missed", "spurious", "attribute"} <= kinds


def test_values_area_ignores_name_and_comparator() -> None:
    """The "values" area matches an indicator on value, upper bound and unit only."""
    gold = {"indicators": [{"name": "Tỷ lệ hộ nghèo", "comparator": "<", "value": 2.0,
                            "value_max": None, "unit": "%"}]}
    named_wrong = {"indicators": [{"name": "Thu ngân sách", "comparator": "=", "value": 2.0,
                                   "value_max": None, "unit": "%"}]}
    other_unit = {"indicators": [{"name": "Tỷ lệ hộ nghèo", "comparator": "<", "value": 2.0,
                                  "value_max": None, "unit": "hộ"}]}
    s = score_document("d", gold, named_wrong)
    assert (s.areas["indicators"].matched, s.areas["values"].matched) == (0, 1)
    s = score_document("d", gold, other_unit)
    assert (s.areas["indicators"].matched, s.areas["values"].matched) == (0, 0)
    # a second view: its misses are listed under "indicators" only
    assert {m.area for m in s.mismatches} == {"indicators"}


def test_issuer_case_does_not_matter_other_fields_case_does() -> None:
    gold = {"issuer": "Ủy ban nhân dân Thành phố Hà Nội", "title": "Kế hoạch Phát triển"}
    pred = {"issuer": "Ủy ban nhân dân thành phố Hà Nội", "title": "Kế hoạch phát triển"}
    score = score_document("d", gold, pred)
    assert score.metadata["issuer"].correct == 1
    assert score.metadata["title"].correct == 0
    other = score_document("d", gold, {**pred, "issuer": "Ủy ban nhân dân quận Hà Nội"})
    assert other.metadata["issuer"].correct == 0
