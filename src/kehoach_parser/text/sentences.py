"""Where the sentence holding a position starts, found backwards from it.

Several stages read the words of a figure's or a citation's own sentence.  Each passes the
pattern of what ends a sentence for it (the references' and the status shapes' patterns
differ by a hair: whether a sign before a non-breaking or other space ends one); the look-back
is bounded so that a text without sentence ends costs no more than a window per position.
"""

from __future__ import annotations

import regex

from kehoach_parser.lazy_pattern import LazyPattern

#: How far back a sentence start is looked for, in characters: the cues read from a
#: sentence sit in the few dozen words before a position, and the bound keeps a text with no
#: sentence ends from costing a scan to its start for every position.
SENTENCE_LOOKBACK = 160


def sentence_start(text: str, pos: int, *, ends: LazyPattern | regex.Pattern[str],
                   floor: int = 0, lookback: int = SENTENCE_LOOKBACK) -> int:
    """The end of the last match of ``ends`` in ``text[max(floor, pos - lookback):pos]``, or
    that window's start when there is none."""
    lo = max(floor, pos - lookback)
    start = lo
    for m in ends.finditer(text, lo, pos):
        start = m.end()
    return start
