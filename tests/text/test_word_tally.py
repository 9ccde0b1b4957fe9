"""The word counts read token by token (issue 15) are those of reading the whole text."""

from __future__ import annotations

import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_parser.lang.vi.admin_signals import FOREIGN_FUNCTION_WORDS
from kehoach_parser.text import word_tally
from kehoach_parser.text.font_repair import syllables


def _whole_text_counts(text: str) -> word_tally.WordTally:
    words = word_tally.LETTER_WORD_RE.findall(text)
    runs = word_tally.LETTER_RUN_RE.findall(text)
    return word_tally.WordTally(
        len(words), sum(1 for w in words if w.lower() in syllables()),
        len(runs), sum(1 for w in runs if w.lower() in FOREIGN_FUNCTION_WORDS))


def test_no_blank_is_a_letter_digit_or_mark() -> None:
    # what the token-by-token reading rests on: str.split cuts only where no word can be
    word_char = regex.compile(r"[\p{L}\p{N}\p{M}]")
    blanks = [chr(i) for i in range(sys.maxunicode + 1) if chr(i).isspace()]
    assert blanks and not any(word_char.match(c) for c in blanks)


_PIECES = st.sampled_from(["kế", "hoạch", "the", "and", "Plan", "UBND", "QH15", "2026", "x",
                           "a\u0301", "\u0301", " ", "  ", "\t", "\n", "\u00a0", "\u3000",
                           "\x1c", "(", ")", ",", "-", "Của", "OF", "ß", "İ"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_token_counts_are_the_whole_texts(pieces: list[str]) -> None:
    text = "".join(pieces)
    word_tally._last = None
    assert word_tally.tally_words(text) == _whole_text_counts(text)


def test_a_long_text_is_read_in_pieces_with_every_token_once() -> None:
    unit = "the plan and kế hoạch của xã QH15 "
    text = unit * (3 * word_tally.PIECE // len(unit) + 7) + "for"
    assert word_tally.tally_words(text) == _whole_text_counts(text)


def test_the_memory_of_tokens_is_bounded(monkeypatch) -> None:
    monkeypatch.setattr(word_tally, "MEMORY", 5)
    word_tally._last = None
    text = " ".join(f"từ{i}" for i in range(20))
    assert word_tally.tally_words(text) == _whole_text_counts(text)
    word_tally._last = None
    word_tally.tally_words("một hai")
    assert len(word_tally._memory) <= 2 + 1


def test_only_a_short_text_is_kept_after_its_tally() -> None:
    short = "kế hoạch của xã " * 10
    assert word_tally.tally_words(short) is word_tally.tally_words(short)
    long_text = "kế hoạch của xã " * (word_tally.KEEP_CHARS // 16 + 1)
    assert word_tally.tally_words(long_text) == _whole_text_counts(long_text)
    assert word_tally._last is None


def test_a_long_texts_sample_is_not_kept() -> None:
    # issue 15: the language stage's sample of a long text is a copy no stage asks for again
    from kehoach_parser.text.vietnamese import SAMPLE_CHARS, reads_as_vietnamese

    word_tally._last = None
    ok, share = reads_as_vietnamese("Kế hoạch phát triển kinh tế. " * (SAMPLE_CHARS // 20))
    assert ok and share is not None
    assert word_tally._last is None
    short = "Kế hoạch phát triển kinh tế xã hội của tỉnh năm nay. " * 10
    reads_as_vietnamese(short)
    assert word_tally._last is not None and word_tally._last[0] is short
    assert word_tally.tally_words("một hai ba", keep=False).words == 3
    assert word_tally._last[0] is short


def test_syllable_share_keeps_a_tally_only_when_asked() -> None:
    from kehoach_parser.text.vietnamese import syllable_share

    word_tally._last = None
    text = "Ủy ban nhân dân xã giao chỉ tiêu qwrtz"
    assert syllable_share(text, keep=False) == (8, 9) and word_tally._last is None
    assert syllable_share(text) == (8, 9)
    assert word_tally._last is not None and word_tally._last[0] is text
