"""The weak context cues of wording and layout around a figure (issue 12, brief H12X).

Every text is written for the test (made-up communes and figures).  The cues were compared
as extra features of the status model and did not win (docs/models.md): they are computed
only when collecting candidates with ``KEHOACH_CONTEXT_CUES=1`` (for training) or for a
model that weighs them, and the shipped model decides as before.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kehoach_parser import parse
from kehoach_parser.errors import ModelError
from kehoach_parser.extract.indicators.clauses import Draft
from kehoach_parser.extract.indicators.context_cues import PREFIX, context_features
from kehoach_parser.extract.indicators.status import (
    CONTEXT_CUES_ENV,
    StatusDecider,
    collect_candidates,
)
from kehoach_parser.extract.indicators.values import find_quantities
from kehoach_parser.models import find_model_file
from kehoach_parser.models import status_model as status_model_module
from kehoach_parser.models.status_model import MODEL_FILE, StatusModel


def _draft(text: str, at: str) -> Draft:
    """A draft for the first quantity at or after ``at`` in ``text`` (its line as clause)."""
    pos = text.index(at)
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    le = len(text) if le == -1 else le
    q = next(q for q in find_quantities(text, ls, le, in_targets=True)
             if q.value_span[0] >= pos)
    return Draft(name="x", name_span=None, span=(ls, le), q=q)


def test_the_words_before_and_after_the_value_and_its_unit_are_cues() -> None:
    text = "II. CHỈ TIÊU\n- Tỷ lệ hộ nghèo giảm còn dưới 2%.\n"
    feats = context_features(text, _draft(text, "2%"))
    assert all(f.startswith(PREFIX) for f in feats)
    assert PREFIX + "w-1:dưới" in feats and PREFIX + "w-2:còn" in feats
    assert PREFIX + "u:%" in feats
    assert PREFIX + "line:item" in feats and PREFIX + "l0:tỷ" in feats
    assert PREFIX + "w+:eol" in feats  # nothing follows the value on its line
    assert PREFIX + "line:row" not in feats


def test_a_table_row_and_words_after_the_value_are_cues() -> None:
    text = "| Tỷ lệ che phủ rừng | đạt 47,5% | so với kế hoạch |\n"
    feats = context_features(text, _draft(text, "47,5"))
    assert PREFIX + "line:row" in feats
    assert PREFIX + "line:item" not in feats
    assert {PREFIX + "w+1:so", PREFIX + "w+2:với", PREFIX + "w+3:kế"} <= set(feats)
    assert PREFIX + "w-1:đạt" in feats


def test_no_figure_of_a_document_becomes_a_cue() -> None:
    text = "- Năm 2026 thu ngân sách 45,8 tỷ đồng, gấp 1,2 lần năm 2020 theo Quyết định 12.\n"
    feats = context_features(text, _draft(text, "45,8"))
    words = [f.rsplit(":", 1)[1] for f in feats if not f.startswith(PREFIX + "u:")]
    assert words and not any(ch.isdigit() for w in words for ch in w)


def test_the_cues_read_only_near_the_value() -> None:
    """A table flattened to one very long line costs the same per figure: text far from the
    value does not change its cues."""
    head = "x " * 3000 + "| - Tỷ lệ trường đạt chuẩn quốc gia đạt 85% trở lên"
    tail = " | ô trống" * 1000
    short = head + tail
    longer = "y " * 3000 + short + tail
    feats = context_features(short, _draft(short, "85%"))
    assert context_features(longer, _draft(longer, "85%")) == feats
    assert PREFIX + "w-1:đạt" in feats and PREFIX + "line:row" in feats


# --- where the cues are computed ----------------------------------------------------------
PLAN = "KẾ HOẠCH\nNăm 2027\n\nII. CHỈ TIÊU\n- Tỷ lệ che phủ rừng đạt 47,5%.\n"


def _features_seen(text: str) -> list[list[str]]:
    with collect_candidates() as found:
        parse(text)
    return [feats for feats, _d, _rule, _t in found]


def test_the_cues_join_the_status_features_only_when_asked(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped model was not trained with them (docs/models.md: they did not win), so a
    parse does not compute them; ``KEHOACH_CONTEXT_CUES=1`` adds them for training."""
    monkeypatch.delenv(CONTEXT_CUES_ENV, raising=False)
    plain = _features_seen(PLAN)
    assert plain and not any(f.startswith(PREFIX) for feats in plain for f in feats)
    monkeypatch.setenv(CONTEXT_CUES_ENV, "1")
    with_cues = _features_seen(PLAN)
    assert any(PREFIX + "w-1:đạt" in feats for feats in with_cues)
    # the hand-chosen features are the same either way
    assert [[f for f in feats if not f.startswith(PREFIX)] for feats in with_cues] == plain


def test_the_shipped_model_decides_the_same_with_or_without_the_cues(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("BÁO CÁO\nKết quả năm 2026 và kế hoạch năm 2027\n\nI. KẾT QUẢ\n"
            "- Năm 2026 đã cấp 320 thẻ bảo hiểm y tế cho người cao tuổi.\n"
            "II. CHỈ TIÊU NĂM 2027\n- Tỷ lệ che phủ rừng đạt 47,5%.\n")
    monkeypatch.delenv(CONTEXT_CUES_ENV, raising=False)
    before = parse(text)
    monkeypatch.setenv(CONTEXT_CUES_ENV, "1")
    after = parse(text)
    assert [i.value for i in after.indicators] == [i.value for i in before.indicators] == [47.5]
    assert [r.value for r in after.results] == [r.value for r in before.results] == [320.0]


def test_a_model_that_weighs_the_cues_gets_them_without_the_variable(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A model refitted with the cues decides with them (the variable only asks for them
    when collecting); a model without them never sees them."""
    monkeypatch.delenv(CONTEXT_CUES_ENV, raising=False)
    labels = ("target", "result", "none")
    # a made-up model: "đạt" right before the value makes it a result, else a target
    weighing = StatusModel(labels, (1.0, 0.0, 0.0), {PREFIX + "w-1:đạt": (0.0, 5.0, 0.0)})
    plain = StatusModel(labels, (1.0, 0.0, 0.0), {"x:never": (0.0, 5.0, 0.0)})
    assert StatusDecider(weighing).weighs_context and not StatusDecider(plain).weighs_context
    for model, indicators, results in ((weighing, [], [47.5]), (plain, [47.5], [])):
        monkeypatch.setattr(StatusDecider, "default", classmethod(lambda cls, m=model: cls(m)))
        doc = parse(PLAN)
        assert [i.value for i in doc.indicators] == indicators
        assert [r.value for r in doc.results] == results


# --- the weights -----------------------------------------------------------------------------
def test_a_tampered_status_model_is_refused_and_the_rules_decide(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = find_model_file(MODEL_FILE)
    assert path is not None
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    feature = sorted(data["weights"])[0]
    data["weights"][feature][0] += 0.5
    with pytest.raises(ModelError, match="sha256"):
        StatusModel.from_json(data)
    (tmp_path / MODEL_FILE).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("KEHOACH_MODELS_DIR", str(tmp_path))
    status_model_module._load.cache_clear()
    try:
        doc = parse(PLAN)
        assert any(w.code == "W113" for w in doc.warnings)
        assert [i.value for i in doc.indicators] == [47.5]  # the rule baseline
    finally:
        monkeypatch.delenv("KEHOACH_MODELS_DIR")
        status_model_module._load.cache_clear()
