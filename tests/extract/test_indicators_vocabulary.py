"""The vocabulary modules a linguist edits: well-formed, and really used by the extractor."""

from __future__ import annotations

import unicodedata

import pytest

from kehoach_parser.extract.indicators import indicators_from_text
from kehoach_parser.lang.vi import (
    categories,
    comparators,
    directions,
    indicator_guards,
    indicator_words,
    measure_nouns,
    table_words,
    units,
)
from kehoach_parser.text.normalize import normalize


@pytest.fixture(autouse=True)
def rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests check how figures are read; the status decision (target or result) is
    tested on its own (test_indicators_status.py): the rule baseline decides here."""
    monkeypatch.setenv("KEHOACH_STATUS", "rules")

MODULES = (comparators, directions, indicator_guards, indicator_words, measure_nouns, units,
           table_words, categories)


def _word_lists() -> list[tuple[str, tuple[str, ...]]]:
    out: list[tuple[str, tuple[str, ...]]] = []
    for mod in MODULES:
        for name in dir(mod):
            value = getattr(mod, name)
            if name.isupper() and isinstance(value, tuple) and value and all(
                    isinstance(v, str) for v in value):
                out.append((f"{mod.__name__.rsplit('.', 1)[1]}.{name}", value))
            elif name.isupper() and isinstance(value, dict) and mod is not categories:
                keys = tuple(k for k in value if isinstance(k, str))
                out.append((f"{mod.__name__.rsplit('.', 1)[1]}.{name}", keys))
    for cat, words in categories.CATEGORY_KEYWORDS.items():
        out.append((f"categories.{cat}", words))
    return out


@pytest.mark.parametrize(("name", "words"), _word_lists(), ids=[n for n, _ in _word_lists()])
def test_word_lists_are_nfc_trimmed_and_lower_case(name: str, words: tuple[str, ...]) -> None:
    upper_ok = {"USD", "OCOP", "HTX", "VND", "VNĐ"}
    for w in words:
        assert w == w.strip() and "  " not in w, (name, w)
        assert unicodedata.is_normalized("NFC", w), (name, w)
        if not any(u in w for u in upper_ok):
            assert w == w.lower(), (name, w)


def test_category_keywords_are_ordered_lists() -> None:
    assert next(iter(categories.CATEGORY_KEYWORDS)) == "chuyển đổi số"
    for cat, words in categories.CATEGORY_KEYWORDS.items():
        assert isinstance(words, tuple) and words, cat


def test_every_before_value_comparator_is_known() -> None:
    allowed = set(comparators.PRIORITY)
    assert set(comparators.BEFORE_VALUE.values()) <= allowed
    assert set(comparators.AFTER_VALUE.values()) <= allowed


def test_a_word_added_to_a_list_changes_what_is_read() -> None:
    """Adding a measure noun is enough to read it as a unit (no regex to touch)."""
    text = normalize("- Phấn đấu có 12 nhà văn hóa cộng đồng.").text
    assert indicators_from_text(text)[0].unit == "nhà văn hóa"
    assert "nhà văn hóa" in measure_nouns.MULTIWORD_HEADS
