"""Shared helpers of the indicator rule tests: the rule decider, and records as tuples."""

from __future__ import annotations

import pytest

from kehoach_parser.document import Indicator
from kehoach_parser.extract.indicators import indicators_from_text
from kehoach_parser.text.normalize import normalize


@pytest.fixture(autouse=True)
def rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    """Targets decided by the rules, not the shipped status model (the rule under test)."""
    monkeypatch.setenv("KEHOACH_STATUS", "rules")


def extract(text: str) -> list[Indicator]:
    return indicators_from_text(normalize(text).text)


def name_group_value(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(i.name, i.group, i.value) for i in extract(text)]
