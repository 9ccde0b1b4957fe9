"""The syllables around a figure as features of the status model (brief H18S).

Every text is written for the test (made-up figures).  ``window_features`` gives the
syllables and the pairs of syllables of the value's clause, at most five on each side,
case-folded, figures masked; a model weighs them only when its weights name them.
"""

from __future__ import annotations

from kehoach_parser.extract.indicators.context_cues import WINDOW_PREFIX, window_features
from kehoach_parser.extract.indicators.status import StatusDecider
from kehoach_parser.models.status_model import StatusModel


def _at(text: str, value: str) -> list[str]:
    vs = text.index(value)
    return window_features(text, vs, vs + len(value), 0, len(text))


def test_a_cue_after_the_value_is_read() -> None:
    text = "Thu ngân sách xã đạt 12 tỷ đồng (vượt kế hoạch), tăng so với năm trước."
    feats = _at(text, "12 tỷ đồng")
    assert "w:a2:vượt_kế" in feats
    assert "w:a1:hoạch" in feats
    assert "w:b2:xã_đạt" in feats


def test_figures_are_masked_and_syllables_folded() -> None:
    text = "Năm 2031 Phấn Đấu trồng 40 ha rừng."
    feats = _at(text, "40 ha")
    assert "w:b1:0" in feats          # the year, masked
    assert "w:b2:phấn_đấu" in feats   # case-folded
    assert not any("2031" in f for f in feats)


def test_only_five_syllables_each_side() -> None:
    text = "một hai ba bốn năm sáu bảy 15 ha tám chín mười mười_một mười hai mười ba"
    feats = _at(text, "15 ha")
    assert "w:b1:ba" in feats
    assert "w:b1:hai" not in feats    # the sixth syllable before
    assert "w:a1:tám" in feats


def test_the_clause_stops_at_a_semicolon_and_a_line_break() -> None:
    text = "đã đạt 30 ha; phấn đấu 50 ha\ntrong năm tới"
    feats = _at(text, "50 ha")
    assert "w:b2:phấn_đấu" in feats
    assert "w:b1:đã" not in feats     # before the semicolon: another clause
    assert "w:a1:trong" not in feats  # after the line break
    assert _at("tỷ lệ 80%", "80%") == sorted(f for f in _at("tỷ lệ 80%", "80%"))
    assert all(f.startswith(WINDOW_PREFIX) for f in feats)


def test_a_model_weighs_them_only_when_its_weights_name_them() -> None:
    plain = StatusModel(("target", "result", "none"), (0.0, 0.0, 0.0),
                        {"pre:strive": (1.0, 0.0, 0.0)})
    lexical = StatusModel(("target", "result", "none"), (0.0, 0.0, 0.0),
                          {"w:b2:phấn_đấu": (1.0, 0.0, 0.0)})
    assert not StatusDecider(plain).weighs_window
    assert StatusDecider(lexical).weighs_window
