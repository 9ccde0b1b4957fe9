"""How many words of a text are Vietnamese syllables, and how many are function words of
another language: the counts the language stage (W115) and the plausibility stage (W130)
judge a text by, from one pass over the text.

Both count words read by a pattern (a letter-by-letter scan, the costly part: about 7 % of
a parse for the two stages, issue 15).  No such word holds or touches a blank (a blank is
no letter, digit or combining mark), so the words of a text are the words of its
blank-separated tokens, in order: the text is cut with ``str.split``, each distinct token is
read once (and remembered across texts: a plan's vocabulary is small), and its counts are
multiplied by how often it occurs.  The counts are those of reading the whole text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kehoach_parser.lang.vi.admin_signals import FOREIGN_FUNCTION_WORDS
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.font_repair import syllables

#: A word for the language test: letters with no letter, digit or mark on either side
#: (numbers, symbols and mixed tokens such as "QH15" are left out).
LETTER_WORD_RE = lazy_compile(r"(?<![\p{L}\p{N}\p{M}])\p{L}+(?![\p{L}\p{N}\p{M}])")
#: A word for the foreign-language test: any run of letters.
LETTER_RUN_RE = lazy_compile(r"\p{L}+")
#: The text is cut into tokens this many characters at a time (at a space, which no token
#: holds), so a long text never holds a list of all its tokens at once.
PIECE = 100_000
#: Distinct tokens remembered across texts (the train and dev texts of the real corpus hold
#: about 13,000); the memory is emptied when it holds more, so it stays about 5 MB.
MEMORY = 30_000


@dataclass(frozen=True, slots=True)
class WordTally:
    """The word counts of a text."""

    #: words of :data:`LETTER_WORD_RE`, and how many of them are Vietnamese syllables
    words: int
    syllables: int
    #: runs of letters (:data:`LETTER_RUN_RE`), and how many are foreign function words
    runs: int
    foreign: int


_Counts = tuple[int, int, int, int]
_memory: dict[str, _Counts] = {}


def _token_counts(token: str) -> _Counts:
    inventory = syllables()
    words = LETTER_WORD_RE.findall(token)
    runs = LETTER_RUN_RE.findall(token)
    return (len(words), sum(1 for w in words if w.lower() in inventory),
            len(runs), sum(1 for w in runs if w.lower() in FOREIGN_FUNCTION_WORDS))


def tokens(text: str) -> Counter[str]:
    """How often each blank-separated token of ``text`` occurs."""
    counts: Counter[str] = Counter()
    start = 0
    while start < len(text):
        cut = text.find(" ", start + PIECE)
        stop = len(text) if cut < 0 else cut
        counts.update(text[start:stop].split())
        start = stop
    return counts


#: The last text's tally is kept (both stages ask for the same text's) when the text is at
#: most this long, so that no long text is kept alive after its parse.  (A text longer than
#: the language stage's ``SAMPLE_CHARS`` is sampled there, so only plausibility reads it.)
KEEP_CHARS = 200_000
_last: tuple[str, WordTally] | None = None


def tally_words(text: str, *, keep: bool = True) -> WordTally:
    """The word counts of ``text``; ``keep=False`` for a text no one will ask for again (a
    long text's sample: kept, it would outlive its parse; issue 15)."""
    global _last  # one reference, read and replaced whole: safe across threads
    last = _last
    if last is not None and last[0] is text:
        return last[1]
    tally = _tally(text)
    if keep:
        _last = (text, tally) if len(text) <= KEEP_CHARS else None
    return tally


def _tally(text: str) -> WordTally:
    if len(_memory) > MEMORY:
        _memory.clear()
    words = syllable_count = runs = foreign = 0
    for token, n in tokens(text).items():
        counts = _memory.get(token)
        if counts is None:
            counts = _memory[token] = _token_counts(token)
        words += n * counts[0]
        syllable_count += n * counts[1]
        runs += n * counts[2]
        foreign += n * counts[3]
    return WordTally(words, syllable_count, runs, foreign)
