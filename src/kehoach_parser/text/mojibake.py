"""Repair UTF-8 text that was decoded with a single-byte code page and saved again.

A file written in UTF-8, read as Windows-1252 or Latin-1 and saved as UTF-8 once more (a
common accident of web exports and copy-paste) turns "Kế hoạch" into "Káº¿ hoáº¡ch": every
Vietnamese letter outside ASCII becomes two or three Latin-1 characters.  The bytes are
valid UTF-8, so the loader cannot see it; the text can.

The repair itself is ftfy's (``ftfy.fix_encoding``), a well-kept library that reverses
exactly these round trips.  This module decides where to apply it:

* where ftfy leaves a marked line alone, the line is encoded back with the code page and
  decoded as UTF-8 directly, which succeeds only when every non-ASCII character of the
  line is part of the damage;
* only lines holding a *marker* — a character that starts a multi-byte UTF-8 sequence in
  Latin-1 ("Ã", "Æ", "á", "â" …) followed by the ones that continue it (U+0080–U+00BF or
  their Windows-1252 stand-ins "€", "‚", "ƒ", "‹" …: one after a lead of two bytes, two
  after "á" or "â") — are tried, so clean text costs one regular-expression scan;
* a repaired line is kept only when it has fewer markers (and no more replacement
  characters) than before; a name such as "XÃ AN BÌNH" holds no marker and is never tried;
* when the repair keeps the line's words (split at ASCII spaces, which survive the round
  trip), each word is its own edit, so spans still map back word by word.
"""

from __future__ import annotations

from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.aligned import Edit

#: Latin-1 characters that are UTF-8 lead bytes of Vietnamese letters and punctuation: of
#: two-byte sequences (U+0080–U+01BF, the combining tone marks) and of three-byte ones
#: (U+1E00–U+1FFF: "ạ", "ế" …; U+2000–U+2FFF: "–", "“", "…").
_LEAD_OF_TWO = "\u00c2\u00c3\u00c4\u00c5\u00c6\u00cc\u00cd"
_LEAD_OF_THREE = "\u00e1\u00e2"
_LEAD = _LEAD_OF_TWO + _LEAD_OF_THREE
#: Continuation bytes as Latin-1 (U+0080–U+00BF) or as Windows-1252's printable stand-ins;
#: but for the no-break space and the soft hyphen, which a clean text holds after a capital
#: letter ("NHÂ\u00adN": a soft hyphen inside a word is no damage; a damaged line holds
#: other markers, and its repair mends these two as well).
_CONTINUATION = ("\u0080-\u009f\u00a1-\u00ac\u00ae-\u00bf"
                 "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                 "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
                 "\u20ac\u2122")
#: Any continuation byte as Latin-1 or Windows-1252 (the no-break space and the soft hyphen
#: too): the last byte of a three-byte sequence.
_ANY_CONTINUATION = _CONTINUATION + "\u00a0\u00ad"
#: A lead followed by as many continuations as its sequence has ("Ã¡", "áº¿"): a three-byte
#: lead with one continuation only is text ("đá”": "á" before a closing quote), which
#: would load the repair for nothing (issue 15: ftfy and its tables, 3 MB; tests check
#: that every character's damaged form is found as before).
_MARKER_RE = lazy_compile(f"[{_LEAD_OF_TWO}][{_CONTINUATION}]"
                          f"|[{_LEAD_OF_THREE}][{_CONTINUATION}][{_ANY_CONTINUATION}]")
_WORD_RE = lazy_compile(r"[^ \t]+")


def _fix(line: str) -> str:
    """ftfy's repair; where its caution leaves a line as it was (upper-case lines such as
    "TÃŒNH HÃŒNH" are ambiguous to it), the whole line's round trip undone directly."""
    import ftfy  # a core dependency; imported here so that clean text never loads it
    import ftfy.bad_codecs

    fixed = ftfy.fix_encoding(line)
    if fixed != line:
        return fixed
    for codec in ("sloppy-windows-1252", "latin-1"):
        try:
            return line.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return line


def _reads_better(before: str, after: str) -> bool:
    """Fewer markers and no more replacement characters.  (Syllable counts do not decide:
    mojibake splits a word into fragments such as "v", "á", "c", which are syllables too.)"""
    return (len(_MARKER_RE.findall(after)) < len(_MARKER_RE.findall(before))
            and after.count("\ufffd") <= before.count("\ufffd"))


def mojibake_edits(text: str) -> list[Edit]:
    """Edits that undo double-encoded UTF-8 in the lines of ``text`` that carry it."""
    if _MARKER_RE.search(text) is None:
        return []
    edits: list[Edit] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl
        if _MARKER_RE.search(text, pos, end) is not None:
            line = text[pos:end]
            fixed = _fix(line)
            if fixed != line and _reads_better(line, fixed):
                edits.extend(_word_edits(line, fixed, pos))
        pos = end + 1
    return edits


def _word_edits(line: str, fixed: str, offset: int) -> list[Edit]:
    words = list(_WORD_RE.finditer(line))
    new_words = _WORD_RE.findall(fixed)
    gaps_same = _WORD_RE.sub("", line) == _WORD_RE.sub("", fixed)
    if len(words) != len(new_words) or not gaps_same:
        return [(offset, offset + len(line), fixed)]
    return [(offset + m.start(), offset + m.end(), new)
            for m, new in zip(words, new_words, strict=True) if m.group() != new]
