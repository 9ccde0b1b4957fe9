"""The scans of values.py start where they can match: the words scan only where a cue
word, blanks and a number word meet (places found with string methods), the number scan
from the first digit (or the sign before it)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import regex

from kehoach_parser.extract.indicators import values
from kehoach_parser.lang.vi.indicator_words import WORD_NUMBER_CUES
from kehoach_parser.lang.vi.number_words import RUN_WORDS

ROOT = Path(__file__).resolve().parents[2]


def test_letters_of_the_words_match_only_letters_that_fold_alike() -> None:
    # The scan ignores case (simple folding); the places are found in the case-folded
    # text.  Every character the pattern's letters match must fold to the same letter,
    # or to several characters (then the folded text is longer and no place is skipped).
    letters = set("".join(RUN_WORDS) + "".join(WORD_NUMBER_CUES)) - {" "}
    everything = "".join(chr(i) for i in range(sys.maxunicode + 1)
                         if not 0xD800 <= i < 0xE000)
    differ = [(c, m.group()) for c in sorted(letters)
              for m in regex.finditer(regex.escape(c), everything, flags=regex.IGNORECASE)
              if m.group().casefold() != c.casefold() and len(m.group().casefold()) == 1]
    assert differ == []


def _no_match_skipped(text: str, spans: list[tuple[int, int]]) -> int:
    checked = 0
    for s, e in spans:
        if not values._may_hold_number_words(text, s, e):
            assert values._WORDS_SCAN_RE.search(text, s, e) is None, text[s:e]
            checked += 1
    return checked


def test_no_match_is_skipped_on_the_seeds() -> None:
    rnd = random.Random(15)
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        spans = [(a, min(len(text), a + rnd.randint(1, 400)))
                 for a in (rnd.randrange(len(text)) for _ in range(2_000))]
        assert _no_match_skipped(text, spans) > 100


def test_places_and_fallbacks() -> None:
    text = "Xã có  Hai trường đạt chuẩn; CÓ\tBA thôn; có 3 xã."
    places = values._words_scan_cues(text)
    assert places == [text.index("có"), text.index("CÓ")]  # "có 3": digits, not words
    assert values._may_hold_number_words(text, 0, 12)
    assert not values._may_hold_number_words(text, 12, text.index("CÓ"))
    assert values._WORDS_SCAN_RE.search(text, 0, 12) is not None
    # a letter that folds to two (ß → ss) moves the folded positions: scan everywhere
    odd = "Straße: có hai trường"
    assert values._words_scan_cues(odd) is None
    assert values._may_hold_number_words(odd, 0, 3)
    hostile = "có" + " " * 300 + "HAI" + "ſ" * 5
    assert _no_match_skipped(hostile, [(0, len(hostile)), (1, len(hostile))]) == 1


def test_number_scan_from_the_first_digit_finds_the_same_first_match() -> None:
    rnd = random.Random(16)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    texts.append("a -5 và (+3) “−2” x-4 ^-1 2025-2030 12/2025 1.234,5%/6% 3/4 tỷ")
    for text in texts:
        for _ in range(2_000):
            s = rnd.randrange(len(text))
            e = min(len(text), s + rnd.randint(1, 300))
            digit = values._DIGIT_RE.search(text, s, e)
            whole = values._SCAN_RE.search(text, s, e)
            if digit is None:
                assert whole is None
                continue
            from_digit = values._SCAN_RE.search(text, max(s, digit.start() - 1), e)
            assert (whole and (whole.span(), whole.lastgroup)) == (
                from_digit and (from_digit.span(), from_digit.lastgroup))
