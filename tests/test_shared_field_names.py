"""Records of the same shape share their set of set-field names, and nothing a caller can
do through pydantic's API makes one record's names change another's (issue 15: memory)."""

from __future__ import annotations

import copy
import pickle

import pytest

import kehoach_parser.document as document_module
import kehoach_parser.shared_field_names as shared_field_names_module
from kehoach_parser import parse
from kehoach_parser.document import DateMention, ParseWarning, Reference


def _date(**extra: object) -> DateMention:
    return DateMention(text="ngày 1/2/2025", value="2025-02-01", role="event", span=(0, 12),
                       **extra)  # type: ignore[arg-type]


def test_records_of_one_shape_share_one_set_with_the_names_given() -> None:
    a, b = _date(), _date()
    assert a.model_fields_set == {"text", "value", "role", "span"}
    assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__
    c = _date(recurring=True)
    assert c.model_fields_set == {"text", "value", "role", "span", "recurring"}
    assert c.__pydantic_fields_set__ is not a.__pydantic_fields_set__


def test_exclude_unset_still_follows_each_records_own_arguments() -> None:
    a, c = _date(), _date(granularity="day")
    assert "granularity" not in a.model_dump(exclude_unset=True)
    assert c.model_dump(exclude_unset=True)["granularity"] == "day"


def test_setting_a_field_changes_only_that_records_names() -> None:
    a, b = _date(), _date()
    a.responsible = "UBND tỉnh"
    assert "responsible" in a.model_fields_set
    assert b.model_fields_set == {"text", "value", "role", "span"}
    assert "responsible" not in _date().model_fields_set
    # a field already given: its set stays the shared one
    b.text = "ngày 2/2/2025"
    assert b.__pydantic_fields_set__ is _date().__pydantic_fields_set__


def test_copies_and_pickles_keep_the_names_apart() -> None:
    a = _date()
    moved = a.model_copy(update={"responsible": "Sở Y tế"})
    assert "responsible" in moved.model_fields_set
    assert "responsible" not in _date().model_fields_set
    deep = copy.deepcopy(a)
    deep.task_span = (0, 3)
    assert "task_span" not in _date().model_fields_set
    back = pickle.loads(pickle.dumps(a))
    back.granularity = "day"
    assert back.model_fields_set == a.model_fields_set | {"granularity"}
    assert "granularity" not in _date().model_fields_set


def test_a_parsed_documents_records_share_and_keep_their_names(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("KẾ HOẠCH năm 2025\n1. Tỷ lệ hộ nghèo giảm 1,5%.\n2. Tỷ lệ trẻ em đi học đạt 98%.\n"
            "Hoàn thành trước ngày 31/12/2025.\n")
    doc = parse(text)
    assert len(doc.indicators) == 2
    first, second = doc.indicators
    assert first.__pydantic_fields_set__ is second.__pydantic_fields_set__
    warning = ParseWarning(code="W100", message="x")
    assert warning.model_fields_set == {"code", "message"}
    # the same set fields as records that keep their own sets
    monkeypatch.setattr(shared_field_names_module, "share_field_names", lambda record: None)
    monkeypatch.setattr(document_module, "share_field_names", lambda record: None)
    own = parse(text)
    one, two = own.indicators
    assert one.__pydantic_fields_set__ is not two.__pydantic_fields_set__
    assert doc.model_dump_json(exclude_unset=True) == own.model_dump_json(exclude_unset=True)
    assert [r.model_fields_set for r in doc.indicators + doc.dates] == \
        [r.model_fields_set for r in own.indicators + own.dates]



_BUILT = {"text", "doc_type", "number", "span"}


def _ref(text: str) -> Reference:
    return Reference(text=text, doc_type=None, number=None, span=(0, 1))


def test_a_callers_fields_set_given_to_model_construct_is_not_the_shared_one() -> None:
    mine = set(_BUILT)
    Reference.model_construct(_fields_set=mine, text="Chỉ thị số 1-CT/TW", doc_type=None,
                              number=None, span=(0, 1))
    mine.add("date")
    assert _ref("x").model_fields_set == _BUILT


def test_changing_model_fields_set_changes_no_other_record() -> None:
    a, b = _ref("a"), _ref("b")
    a.model_fields_set.add("date")
    assert b.model_fields_set == _BUILT == _ref("c").model_fields_set
    assert "date" not in b.model_dump(exclude_unset=True)


def test_assigning_a_new_field_gives_the_record_its_own_names() -> None:
    a, b = _ref("a"), _ref("b")
    a.date = "2027-01-01"
    assert a.model_fields_set == _BUILT | {"date"}
    assert b.model_fields_set == _BUILT
