"""Does a text read as Vietnamese?  The share of its words that are Vietnamese syllables.

Counted over words made of letters only (numbers, symbols and mixed tokens are left out);
abbreviations ("UBND", "HĐND") count as words that are not syllables, so real plans score
about 0.8–0.95 and text left garbled by a wrong decoding, or text in another language,
far lower.  The inventory is the one font repair uses (``lang/vi/data/syllables.txt``).
"""

from __future__ import annotations

from kehoach_parser.text.word_tally import tally_words

#: Below this share of syllables a text does not read as Vietnamese (W115).
VIETNAMESE_SHARE = 0.5
#: Texts with fewer letter words than this are too short to judge.
MIN_WORDS = 40
#: A text longer than this many characters is judged on 16 evenly spread pieces of
#: ``SAMPLE_CHARS // 16`` characters each.
SAMPLE_CHARS = 160_000


def syllable_share(text: str, *, keep: bool = True) -> tuple[int, int]:
    """``(syllables, words)``: how many of the letter words of ``text`` are syllables
    (``keep=False`` for a text no one will ask for again: :func:`tally_words`)."""
    tally = tally_words(text, keep=keep)
    return tally.syllables, tally.words


def reads_as_vietnamese(text: str) -> tuple[bool, float | None]:
    """``(verdict, share)``; the share is None (and the verdict True) for short texts."""
    long = len(text) > SAMPLE_CHARS
    if long:
        step, piece = len(text) // 16, SAMPLE_CHARS // 16
        text = "\n".join(text[k:k + piece] for k in range(0, len(text), step))
    # a long text's sample (a copy of a tenth of the text or more) is not kept
    ok, total = syllable_share(text, keep=not long)
    if total < MIN_WORDS:
        return True, None
    share = ok / total
    return share >= VIETNAMESE_SHARE, share
