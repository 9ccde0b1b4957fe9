"""The one builder of word alternations: vocabulary from this package into regex text.

Every extractor and loader that matches a list of words from :mod:`kehoach_parser.lang.vi`
builds its pattern with :func:`alternation`, so that the words are escaped, deduplicated
and ordered the same way everywhere.

Conventions
-----------
- **Longest first.**  Regex alternation takes the first alternative that matches, so
  "kỳ họp" must be tried before "kỳ"; words are sorted by length, longest first (a stable
  sort: words of equal length keep their order in the data).
- **Word boundary.**  A Vietnamese word is bounded when the character before it and the
  character after it are not letters: ``(?<![\\p{L}])`` … ``(?![\\p{L}])``.  ``\\b`` is not
  used because Python's notion of a word character includes the underscore.  Letters with
  diacritics ("đ", "ư", "ộ") are letters in NFC text, which is what the parser works on.
  Some matchers also refuse a neighbouring digit ("năm2025" is one token for a date); they
  pass ``edge=LETTER_DIGIT`` (or ``LETTER_NUMBER`` for any numeric character).  A boundary
  is checked only at an edge of a word that is a letter or a digit: a sign ("-", "≥", ",")
  in a list of words needs none.
- **Spaces.**  A space inside a phrase is literal unless ``space`` is given: ``SPACES``
  lets it match any run of white space (line breaks included), ``BLANKS`` a run of spaces
  and tabs on one line.
- **Escaping.**  Words are plain text, never regex; they are escaped (spaces too, so that
  the result is also correct inside a ``regex.VERBOSE`` pattern).

The result is always one group, ``(?:…)`` or ``(?i:…)`` with ``ignore_case`` (the boundary
lookarounds inside it), so that a quantifier may follow it; callers that need a capture
wrap it in ``(…)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

import regex

#: What a word may not touch at a boundary: a letter (the default convention).
LETTER = r"\p{L}"
#: A letter or a decimal digit (dates, document numbers).
LETTER_DIGIT = r"\p{L}\d"
#: A letter or any numeric character (indicator phrases).
LETTER_NUMBER = r"\p{L}\p{N}"

#: ``space=SPACES``: a space in a phrase matches any run of white space.
SPACES = r"\s+"
#: ``space=BLANKS``: a space in a phrase matches a run of spaces and tabs (one line).
BLANKS = r"[ \t]+"

Boundary = Literal["none", "start", "end", "both"]


def ordered(words: Iterable[str]) -> list[str]:
    """``words`` without repeats (first occurrence kept), longest first, stable."""
    return sorted(dict.fromkeys(words), key=len, reverse=True)


#: A character ``regex.escape`` escapes: one of its special characters, or white space.
_ESCAPED_RE = re.compile(r"[()\[\]{}?*+|^$\\.\-#&~\s]")


def escape(text: str) -> str:
    """``regex.escape(text)``, returning most words at once (issue 15: thousands of words
    are escaped when the package is imported): only a word holding a character that
    ``regex.escape`` escapes goes through it."""
    if _ESCAPED_RE.search(text) is None:
        return text
    return regex.escape(text)


def word_pattern(word: str, space: str | None = None) -> str:
    """One word or phrase, escaped; with ``space``, each run of spaces becomes ``space``."""
    if space is None:
        return escape(word)
    return space.join(escape(part) for part in word.split())


def alternation(words: Iterable[str], *, boundary: Boundary = "none", edge: str = LETTER,
                space: str | None = None, ignore_case: bool = False) -> str:
    """A regex group matching any of ``words``, longest first.

    ``boundary`` adds the word-boundary lookarounds (``"start"``, ``"end"`` or ``"both"``
    sides) over the character class ``edge``; ``space`` is what a space inside a phrase
    matches (literal when None); ``ignore_case`` makes the group case-insensitive.

    >>> alternation(["xã", "kỳ họp", "kỳ"])
    '(?:kỳ\\\\ họp|xã|kỳ)'
    >>> alternation(["kỳ họp", "-"], boundary="both", space=BLANKS, ignore_case=True)
    '(?i:(?<![\\\\p{L}])kỳ[ \\\\t]+họp(?![\\\\p{L}])|\\\\-)'
    """
    words = ordered(words)
    open_ = "(?i:" if ignore_case else "(?:"
    before = f"(?<![{edge}])" if boundary in ("start", "both") else ""
    after = f"(?![{edge}])" if boundary in ("end", "both") else ""
    if not (before or after):
        return open_ + "|".join(word_pattern(w, space) for w in words) + ")"
    if all(w[:1].isalnum() and w[-1:].isalnum() for w in words):
        body = "|".join(word_pattern(w, space) for w in words)
        return f"{open_}{before}(?:{body}){after})"
    return open_ + "|".join(
        (before if w[:1].isalnum() else "") + word_pattern(w, space)
        + (after if w[-1:].isalnum() else "")
        for w in words
    ) + ")"


def sign_class(signs: Iterable[str]) -> str:
    """A regex character class of single-character ``signs`` (bullets, dashes), each
    escaped: ``sign_class(("-", "•"))`` matches "-" or "•"."""
    return "[" + "".join(regex.escape(s) for s in dict.fromkeys(signs)) + "]"
