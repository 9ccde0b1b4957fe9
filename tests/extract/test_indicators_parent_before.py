"""``_parent_before``: the draft whose value stands last before a position (review F11)."""
from types import SimpleNamespace
from typing import Any

from kehoach_parser.extract.indicators.clauses import Draft, _parent_before


def _draft(name: str, at: int | None) -> Draft:
    q: Any = None if at is None else SimpleNamespace(value_span=(at, at + 2))
    return Draft(name=name, name_span=None, span=(0, 1), q=q)


def test_the_last_value_before_the_position_wins_whatever_the_list_order() -> None:
    drafts = [_draft("b", 30), _draft("a", 10), _draft("none", None), _draft("c", 50)]
    best = _parent_before(drafts, 40)
    assert best is not None and best.name == "b"


def test_no_value_before_the_position_gives_none() -> None:
    assert _parent_before([_draft("x", 40), _draft("none", None)], 40) is None
    assert _parent_before([], 5) is None


def test_of_equal_positions_the_later_draft_is_kept() -> None:
    best = _parent_before([_draft("first", 10), _draft("second", 10)], 20)
    assert best is not None and best.name == "second"
