"""The indicator stage skips a pattern where a plain string test shows it cannot match
(issue 15, ninth round): an item without a digit or a number in words, a stretch without
"19"/"20" for the year phrases, an item without the marks its sentence patterns take.
Each shortcut is checked against the pattern it skips, on random stretches of the seeds and
of strings built from the characters the patterns look at."""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

import regex

from kehoach_parser.extract.indicators import clauses, names, values
from kehoach_parser.extract.indicators import lexicon as lx

ROOT = Path(__file__).resolve().parents[2]
Span = tuple[int, int]

_PIECES = [", theo ", " từng ", "với mục tiêu ", "cụ thể, ", ", phấn đấu ", " và tăng ",
           "để đạt ", "nhằm ", "TIÊU", "2020", "19", "20", "năm ", "Năm 2025",
           "so với năm 2015", " ", ". ", "…", "; ",
           "\n", "! ", "? ", "Tăng", "tỷ lệ", "3. ", "12,5%", "có hai", "ba", "٣", "(", ")",
           "giá so sánh năm 2010", "trường", "A", "đ", "Đạt 90%", "bốn mươi"]


def _texts() -> list[str]:
    rng = random.Random(15)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    built = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30)))
             for _ in range(400)]
    return seeds + built


def _spans(text: str, rng: random.Random, n: int) -> list[Span]:
    if not text:
        return [(0, 0)]
    out = []
    for _ in range(n):
        a = rng.randrange(len(text))
        out.append((a, min(len(text), a + rng.randint(0, 300))))
    return out


def _check(skip: Callable[[str, int, int], bool],
           finds: Callable[[str, int, int], bool]) -> tuple[int, int]:
    """(stretches skipped, stretches searched); fails on a skipped one the pattern matches."""
    rng = random.Random(16)
    skipped = searched = 0
    for text in _texts():
        for s, e in _spans(text, rng, 300 if len(text) > 2000 else 20):
            if skip(text, s, e):
                assert not finds(text, s, e), (text[s:e],)
                skipped += 1
            else:
                searched += 1
    return skipped, searched


def test_an_item_without_digits_or_number_words_holds_no_quantity() -> None:
    skipped, searched = _check(
        lambda t, s, e: not values.may_hold_quantities(t, s, e),
        lambda t, s, e: bool(values.find_quantities(t, s, e))
        or bool(values.find_quantities(t, s, e, in_targets=True)))
    assert skipped > 100 and searched > 100


def test_a_stretch_without_19_or_20_holds_no_year_phrase_or_baseline() -> None:
    skipped, searched = _check(
        lambda t, s, e: not names.may_hold_year(t, s, e),
        lambda t, s, e: lx.YEAR_PHRASE_RE.search(t, s, e) is not None
        or lx.BASELINE_RE.search(t, s, e) is not None
        or lx.YEAR_PHRASE_RE.search(t[s:e]) is not None)
    assert skipped > 100 and searched > 100


def test_sentence_patterns_need_their_marks() -> None:
    skipped, searched = _check(
        lambda t, s, e: not clauses._holds_any(t, s, e, clauses._SENTENCE_END_MARKS),
        lambda t, s, e: clauses._SENTENCE_END_RE.search(t, s, e) is not None)
    assert skipped > 100 and searched > 100
    skipped, searched = _check(
        lambda t, s, e: not clauses._holds_any(t, max(s - 1, 0), e,
                                               clauses._SENTENCE_START_MARKS),
        lambda t, s, e: clauses._SENTENCE_START_RE.search(t, s, e) is not None)
    assert skipped > 100 and searched > 100
    skipped, searched = _check(
        lambda t, s, e: t.find(".", s, e) == -1,
        lambda t, s, e: clauses._NUMBERED_START_RE.search(t, s, e) is not None)
    assert skipped > 100 and searched > 100


def test_an_item_without_quantities_gives_what_the_long_way_gives() -> None:
    # the shortcut returns no drafts; the long way (cutting the item into sentences,
    # segments and brackets) finds none either
    text = "Tiếp tục nâng cao chất lượng giáo dục (mầm non, phổ thông). Đẩy mạnh cải cách."
    assert not values.may_hold_quantities(text, 0, len(text))
    segments = clauses._segments(text, 0, len(text), clauses.paren_spans(text, 0, len(text)))
    assert len(segments) == 2
    assert all(values.find_quantities(text, a, b) == [] for a, b in segments)
    assert clauses.paren_spans(text, 0, len(text)) == []
    with_words = "Xây dựng hai trường học. Có ba trạm y tế."
    assert values.may_hold_quantities(with_words, 0, len(with_words))


def test_letters_of_the_needles_match_only_letters_that_fold_alike() -> None:
    # ``may_hold`` looks for the needles in the case-folded stretch, and searches a stretch
    # whose folded form is longer anyway.  So every character the patterns' letters match
    # (case-insensitively, full case folding) must fold to the same letter, or to several.
    needles = (lx.NAME_OPENER_WORDS or ()) + (lx.OPENER_AFTER_COMMA_WORDS or ()) \
        + (lx.VALUE_FIRST_CLAUSE_END_WORDS or ())
    letters = set("".join(needles))
    everything = "".join(chr(i) for i in range(sys.maxunicode + 1)
                         if not 0xD800 <= i < 0xE000)
    differ = [(c, m.group()) for c in sorted(letters)
              for m in regex.finditer(regex.escape(c), everything, flags=lx.FLAGS)
              if m.group().casefold() != c.casefold() and len(m.group().casefold()) == 1]
    assert differ == []
    assert all(len(c.casefold()) == 1 for c in letters)


def test_covering_syllables() -> None:
    assert lx.NAME_OPENER_WORDS is not None and lx.OPENER_AFTER_COMMA_WORDS is not None
    phrases = ["với mục tiêu", "đạt mục tiêu", "cụ thể,", "cụ thể là", "để"]
    cover = lx.covering_syllables(phrases)
    assert cover is not None
    assert all(any(n in p.casefold() for n in cover) for p in phrases)
    assert lx.covering_syllables(["mục tiêu", ":"]) is None
    assert lx.may_hold("x", 0, 1, None)


def test_name_openers_and_clause_openers_need_their_syllables() -> None:
    skipped, searched = _check(
        lambda t, s, e: not lx.may_hold(t, s, e, lx.NAME_OPENER_WORDS),
        lambda t, s, e: lx.NAME_OPENER_RE.search(t, s, e) is not None)
    assert skipped > 100 and searched > 100
    skipped, searched = _check(
        lambda t, s, e: not lx.may_hold(t, s, e, lx.OPENER_AFTER_COMMA_WORDS),
        lambda t, s, e: lx.OPENER_AFTER_COMMA_RE.search(t, s, e) is not None)
    assert skipped > 100 and searched > 100
    skipped, searched = _check(
        lambda t, s, e: not lx.may_hold(t, s, e, lx.VALUE_FIRST_CLAUSE_END_WORDS),
        lambda t, s, e: lx.VALUE_FIRST_CLAUSE_END_RE.search(t, s, e) is not None)
    assert skipped > 100 and searched > 100
    # a stretch that folding lengthens is searched: "İ" matches "i" ignoring case
    odd = "với mục tİêu tăng trưởng"
    assert lx.NAME_OPENER_RE.search(odd) is not None
    assert lx.may_hold(odd, 0, len(odd), lx.NAME_OPENER_WORDS)
    assert not lx.may_hold("với mục đích", 0, 12, lx.NAME_OPENER_WORDS)
    assert lx.may_hold("ĐỂ ĐẠT", 0, 6, lx.OPENER_AFTER_COMMA_WORDS)
