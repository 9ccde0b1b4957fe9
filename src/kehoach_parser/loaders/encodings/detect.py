"""Detect legacy Vietnamese encodings and convert them, per document or per run of text.

Two entry points:

* :func:`detect_and_decode` for bytes that are not UTF-8 (a whole file in TCVN3, VNI,
  VISCII or Windows-1258): every candidate reading is scored with :func:`.syllables.text_score` and
  the best one wins.
* :func:`repair_runs` for text that is already Unicode but holds runs pasted from a legacy
  font (they show as Latin-1 mojibake such as ``Céng hoµ``).  Each run of words without a
  Unicode-only Vietnamese letter that holds a Latin-1 sign is scored as it stands, as TCVN3
  and as VNI, and replaced by the reading that scores clearly better.  Ordinary Unicode
  Vietnamese never changes: its words already score as well as they can.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.loaders.encodings import tcvn3, viscii, vni
from kehoach_parser.loaders.encodings.syllables import (
    FOREIGN_LATIN1,
    VIET_LETTERS,
    text_score,
    word_score,
)

#: Windows-1252's signs in 0x80-0x9F (curly quotes, dashes...), for bytes read as Latin-1;
#: the five bytes Windows-1252 leaves undefined stay as Latin-1 reads them.
_CP1252_C1: dict[int, str] = {}
for _b in range(0x80, 0xA0):
    try:
        _CP1252_C1[_b] = bytes([_b]).decode("cp1252")
    except UnicodeDecodeError:
        continue


def bytes_to_latin(data: bytes) -> str:
    """Decode ``data`` as Windows-1252 (undefined bytes as Latin-1); never fails."""
    return data.decode("latin-1").translate(_CP1252_C1)


# --- case restoration for TCVN3 -----------------------------------------------------------
_CAPLESS = "".join(sorted(tcvn3.CAPLESS_LOWER))
_WORD_RE = lazy_compile(r"\S+")
_SENTENCE_START_RE = lazy_compile(
    rf"(?:^|[.!?]\s+|^[-+•*]\s*|^(?:\d+(?:\.\d+)*|[IVXLivxl]+|[a-zđ])[.)]\s*)([{_CAPLESS}])",
    regex.MULTILINE,
)


def _shouty(word: str) -> bool:
    """A word typed in .VnTimeH: capitals around a lower-case code ("HOạCH", "MụC")."""
    if word.lower() == word:
        return False  # no capital at all (most words)
    letters = [c for c in word if c.isalpha()]
    return (
        sum(c.isupper() for c in letters) >= 2
        and any(c in tcvn3.CAPLESS_LOWER for c in letters)
        and not any(c.islower() and c.isascii() for c in letters)
    )


_CAPLESS_SET = frozenset(_CAPLESS)


def _restore_case_line(line: str) -> str:
    shouty = [w for w in line.split() if not _CAPLESS_SET.isdisjoint(w) and _shouty(w)]
    if shouty:
        if not any(c.islower() and c.isascii() for c in line):
            return line.upper()  # a heading typed in .VnTimeH
        line = _WORD_RE.sub(lambda m: m.group().upper() if _shouty(m.group()) else m.group(), line)
    return _SENTENCE_START_RE.sub(lambda m: m.group()[:-1] + m.group(1).upper(), line)


def restore_tcvn3_case(text: str) -> str:
    """Capitals that the upper-case fonts (.VnTimeH) drew from lower-case codes.

    A line whose ASCII letters are all capitals is a heading: it becomes all capitals.  A
    word of capitals with a lower-case toned vowel inside ("HOạCH") becomes capitals.  A
    toned vowel that has no capital code and opens a sentence or a list item is capitalised.
    """
    return "\n".join(_restore_case_line(line) for line in text.split("\n"))


def decode_tcvn3(text: str) -> str:
    """TCVN3 read as Latin-1 -> Unicode with capitals restored."""
    return restore_tcvn3_case(tcvn3.decode(text))


#: name -> converter from Latin-1-read text to Unicode.
CONVERTERS: dict[str, Callable[[str], str]] = {
    "tcvn3": decode_tcvn3,
    "vni": vni.decode,
}


# --- whole documents ----------------------------------------------------------------------
@dataclass(slots=True)
class Detection:
    """The chosen reading of a document, and the scores that chose it."""

    encoding: str
    text: str
    scores: dict[str, int] = field(default_factory=dict)


SAMPLE_CHARS = 200_000


def detect_and_decode(data: bytes) -> Detection:
    """Decode non-UTF-8 bytes: the best of cp1252, TCVN3, VNI, VISCII and cp1258 readings."""
    latin = bytes_to_latin(data)
    readings: dict[str, Callable[[], str]] = {
        "cp1252": lambda: latin,
        "tcvn3": lambda: decode_tcvn3(latin),
        "vni": lambda: vni.decode(latin),
    }
    readings["viscii"] = lambda: viscii.decode_bytes(data)
    try:
        cp1258 = data.decode("cp1258")
    except UnicodeDecodeError:
        cp1258 = None
    if cp1258 is not None:
        import unicodedata

        readings["cp1258"] = lambda: unicodedata.normalize("NFC", cp1258)
    sample_bytes = data[:SAMPLE_CHARS]
    sample_latin = bytes_to_latin(sample_bytes)
    scores: dict[str, int] = {"cp1252": text_score(sample_latin)}
    scores["tcvn3"] = text_score(tcvn3.decode(sample_latin))
    scores["vni"] = text_score(vni.decode(sample_latin))
    scores["viscii"] = text_score(viscii.decode_bytes(sample_bytes))
    if cp1258 is not None:
        import unicodedata

        scores["cp1258"] = text_score(
            unicodedata.normalize("NFC", sample_bytes.decode("cp1258", errors="replace"))
        )
    best = max(scores, key=lambda k: (scores[k], k == "cp1252"))
    return Detection(best, readings[best](), scores)


# --- runs inside Unicode text ---------------------------------------------------------------
#: Letters only Unicode Vietnamese has (never produced by reading legacy bytes as Latin-1).
_UNICODE_ONLY = frozenset(c for c in VIET_LETTERS if ord(c) > 0xFF)
_HINTS = FOREIGN_LATIN1
#: One hint character (a search in C: a text holding none has no legacy run to repair; a
#: set test would build a Python object a character).
_HINT_RE = lazy_compile("[" + "".join(regex.escape(c) for c in sorted(_HINTS)) + "]")
_TOKEN_RE = lazy_compile(r"\S+|\s+")


@dataclass(slots=True)
class RunRepair:
    """What :func:`repair_runs` changed."""

    text: str
    runs: dict[str, int] = field(default_factory=dict)  # encoding -> runs converted


def _best_reading(run: str) -> tuple[str, str] | None:
    base = text_score(run)
    best: tuple[int, str, str] | None = None
    for name, conv in CONVERTERS.items():
        fixed = conv(run)
        if fixed == run:
            continue
        score = text_score(fixed)
        # at least two Vietnamese-looking words: a lone sign ("©", "×") is not mojibake
        if score > base and score >= 2 and (best is None or score > best[0]):
            best = (score, name, fixed)
    return None if best is None else (best[1], best[2])


def _line_runs(line: str) -> list[tuple[int, int]]:
    """Spans of consecutive words of ``line`` that hold no Unicode-only letter."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    for m in _TOKEN_RE.finditer(line):
        tok = m.group()
        if tok.isspace():
            continue
        if any(c in _UNICODE_ONLY for c in tok):
            if start is not None:
                spans.append((start, end))
                start = None
            continue
        if start is None:
            start = m.start()
        end = m.end()
    if start is not None:
        spans.append((start, end))
    return spans


def _gain(word: str) -> int:
    base = word_score(word)
    return max(word_score(conv(word)) for conv in CONVERTERS.values()) - base


def _trim_run(line: str, start: int, end: int) -> tuple[int, int]:
    """Next to a Unicode word, words that read as well either way stay Unicode: the run
    starts at its first word that gains from conversion (and ends at its last)."""
    words = [(m.start() + start, m.end() + start) for m in _WORD_RE.finditer(line[start:end])]
    if not words:
        return start, end
    after_unicode = start > 0 and line[:start].strip() != ""
    before_unicode = end < len(line) and line[end:].strip() != ""
    lo, hi = 0, len(words)
    if after_unicode:
        while lo < hi and _gain(line[words[lo][0]:words[lo][1]]) <= 0:
            lo += 1
    if before_unicode:
        while hi > lo and _gain(line[words[hi - 1][0]:words[hi - 1][1]]) <= 0:
            hi -= 1
    if lo >= hi:
        return start, start
    return words[lo][0], words[hi - 1][1]


def repair_runs(text: str) -> RunRepair:
    """Convert legacy-encoded runs inside Unicode ``text`` (see the module docstring)."""
    if _HINT_RE.search(text) is None:  # most texts hold no hint
        return RunRepair(text)
    counts: dict[str, int] = {}
    out_lines: list[str] = []
    for line in text.split("\n"):
        if _HINTS.isdisjoint(line):
            out_lines.append(line)
            continue
        pieces: list[str] = []
        pos = 0
        for s, e in _line_runs(line):
            s, e = _trim_run(line, s, e)
            run = line[s:e]
            if _HINTS.isdisjoint(run):
                continue
            found = _best_reading(run)
            if found is None:
                continue
            pieces.append(line[pos:s])
            pieces.append(found[1])
            pos = e
            counts[found[0]] = counts.get(found[0], 0) + 1
        pieces.append(line[pos:])
        out_lines.append("".join(pieces))
    return RunRepair("\n".join(out_lines), counts)
