"""A pattern that opens with the word boundary "not after a letter or a digit" is searched
without it, the boundary checked at each place found (issue 15): the same matches as the
whole pattern, for every vocabulary pattern of that shape, on random texts."""

from __future__ import annotations

import random

import regex

from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.lang.vi import indicator_guards
from kehoach_parser.lazy_pattern import (
    LEADING_BOUNDARY,
    LazyPattern,
    _class_end,
    _has_top_level_bar,
    after_leading_boundary,
    lazy_compile,
)


def test_the_boundary_is_the_vocabulary_patterns_boundary() -> None:
    assert LEADING_BOUNDARY == lx.WB_BEFORE
    assert lx.ACHIEVED_RE.search.__class__.__name__ == "_BoundarySearch"


def test_only_patterns_whose_every_match_opens_with_the_boundary_are_split() -> None:
    word = lx.word_alternation(["đã đạt", "ước đạt"])
    assert after_leading_boundary(word, lx.FLAGS) == word[len(LEADING_BOUNDARY):]
    assert after_leading_boundary(LEADING_BOUNDARY + r"(?:a)|b") is None  # "b" has none
    assert after_leading_boundary(LEADING_BOUNDARY + r"(?:a|[|)]b)") is not None
    assert after_leading_boundary(LEADING_BOUNDARY + r"(?:a)[|]") is not None
    assert after_leading_boundary(LEADING_BOUNDARY + r"(?:a)\|b") is not None
    assert after_leading_boundary(LEADING_BOUNDARY + r"(?:a))|(b") is None
    assert after_leading_boundary(LEADING_BOUNDARY + r"a") is None
    assert after_leading_boundary(word, lx.FLAGS | regex.REVERSE) is None
    assert after_leading_boundary(word, lx.FLAGS | regex.VERBOSE) is None
    assert after_leading_boundary(r"\s*" + word) is None


def _bar_outside_groups(pattern: str) -> bool:
    """The top-level bar test read character by character (what the scan jumps through)."""
    depth, i = 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
            continue
        depth += (ch == "(") - (ch == ")")
        if depth < 0 or (ch == "|" and depth == 0):
            return True
        i += 1
    return depth != 0


def test_the_top_level_bar_scan_reads_as_the_character_loop() -> None:
    rng = random.Random(151)
    pieces = ["a", "ư", "|", "(", ")", "(?:", "[", "]", "[^", "\\", "\\|", "\\(", "[|]", "x|y"]
    patterns = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
                for _ in range(5000)]
    patterns += [lx.word_alternation(["đã đạt", "ước đạt"]), lx.CHAIN_TAIL_RE.pattern]
    answers = [_has_top_level_bar(p) for p in patterns]
    assert answers == [_bar_outside_groups(p) for p in patterns]
    assert True in answers and False in answers


def _texts(rng: random.Random, words: list[str]) -> list[str]:
    glue = [" ", "", "  ", "\n", ",", "x", "2", "Đ", "(", "ß", "İ"]
    return ["".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(0, 9)))
            for _ in range(800)]


def test_searches_match_the_whole_pattern() -> None:
    rng = random.Random(15)
    phrases = list(indicator_guards.ACHIEVED_CUES)
    words = [w for p in phrases for w in p.split()] + [p.upper() for p in phrases[:5]]
    patterns = [lx.ACHIEVED_RE, lazy_compile(lx.word_alternation(["kỳ", "kỳ họp"]), lx.FLAGS),
                lazy_compile(lx.word_alternation(["đã", "ss"]) + r"\s*(\d+)", lx.FLAGS),
                lazy_compile(LEADING_BOUNDARY + r"(?:kỳ)?", lx.FLAGS)]  # matches empty
    checked = found = 0
    for lazy in patterns:
        assert isinstance(lazy, LazyPattern)
        whole = regex.compile(lazy._source, lazy._flags)
        for text in _texts(rng, [*words, "2", "12"]):
            s = rng.randint(0, len(text))
            e = rng.randint(s, len(text))
            for args in ((text,), (text, s), (text, s, e)):
                a, b = whole.search(*args), lazy.search(*args)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), args
                checked += 1
                found += a is not None
    assert found > 100  # the texts do hold matches (and places the boundary skips: "x", "2")


def test_finditer_matches_the_whole_pattern() -> None:
    rng = random.Random(16)
    phrases = list(indicator_guards.ACHIEVED_CUES)
    words = [w for p in phrases for w in p.split()] + ["kỳ", "họp"]
    empty_too = lazy_compile(LEADING_BOUNDARY + r"(?:kỳ)?", lx.FLAGS)  # matches empty
    patterns = [lx.ACHIEVED_RE, lazy_compile(lx.word_alternation(["kỳ", "kỳ họp"]), lx.FLAGS),
                empty_too]
    found = 0
    for lazy in patterns:
        assert isinstance(lazy, LazyPattern)
        whole = regex.compile(lazy._source, lazy._flags)
        for text in _texts(rng, words):
            s = rng.randint(0, len(text))
            e = rng.randint(s, len(text))
            for args in ((text,), (text, s), (text, s, e)):
                a = [(m.span(), m.groups()) for m in whole.finditer(*args)]
                assert [(m.span(), m.groups()) for m in lazy.finditer(*args)] == a, args
                found += len(a)
    assert found > 1000
