"""Weak cues of the language and the layout around a figure, for the learned status decision.

The status features of :mod:`.status` are cues chosen by hand (status words, the year against
the plan's, the section's kind …).  On documents the rules were not written from, many
figures are lost because no chosen cue fires (issue 12: about a third of the targets missed
on the first parse of a fresh batch were judged results).  This module adds many weak cues
that the status model weighs from the train split instead of rules:

* the words of the clause before the value — the four nearest each by its distance
  (``c:w-1:``…), the others as a bag (``c:wb:``) — and the three words after it on its line
  (``c:w+1:``…, or ``c:w+:eol``);
* the unit as written (``c:u:``);
* the first two words of the value's line (``c:l0:``, ``c:l1:``), and whether that line is a
  list item (``c:line:item``) or a table row (``c:line:row``);
* whether the candidate found no name (``c:noname``).

Words are case-folded letters only (no digits: no figure of one document becomes a
feature); the training script keeps only the cues seen in several train documents
(``scripts/train_status_model.py --min-docs-context``), so no single document's strings
carry weight.
"""

from __future__ import annotations

from itertools import pairwise

import regex

from kehoach_parser.extract.indicators.clauses import Draft
from kehoach_parser.lazy_pattern import lazy_compile

__all__ = ["PREFIX", "WINDOW_PREFIX", "context_features", "window_features"]

#: Every feature of this module starts with it (the training script filters on it).
PREFIX = "c:"
_WORD_RE = lazy_compile(r"\p{L}+")
#: "- ", "+ ", "• ", "1. ", "2) ", "a) ", "(3) " opening a line (after markup)
_ITEM_MARK_RE = lazy_compile(r"[ \t*_#]*(?:[-+•–]|\(?\d{1,3}[.)/]|\(?[a-zđ]\))[ \t]",
                             regex.IGNORECASE)
_NEAREST = 4
_AFTER = 3
_CLAUSE_WORDS = 24
_LINE_HEAD = 2
_REACH = 300


def _words(text: str, s: int, e: int) -> list[str]:
    return [m.group().casefold() for m in _WORD_RE.finditer(text, s, e)]


def context_features(text: str, d: Draft) -> list[str]:
    """The weak context cues of one candidate (each present feature has value 1)."""
    feats: list[str] = []
    q = d.q
    if q is not None:
        vs, ve = q.value_span
        end = max(q.end, ve)
        if q.unit is not None:
            feats.append(PREFIX + "u:" + " ".join(q.unit.unit.casefold().split()))
    else:
        vs, end = d.span
    start = max(min(d.span[0], vs), vs - _REACH)
    before = _words(text, start, vs)[-_CLAUSE_WORDS:]
    near = before[-_NEAREST:]
    feats.extend(f"{PREFIX}w-{i}:{w}" for i, w in enumerate(reversed(near), start=1))
    feats.extend(PREFIX + "wb:" + w for w in sorted(set(before[:-_NEAREST])))
    # (every look is bounded by _REACH: a table flattened to one line stays linear)
    line_end = text.find("\n", end, end + _REACH)
    stop = line_end if line_end != -1 else min(len(text), end + _REACH)
    after = _words(text, end, stop)[:_AFTER]
    feats.extend(f"{PREFIX}w+{i}:{w}" for i, w in enumerate(after, start=1))
    if not after and (line_end != -1 or stop == len(text)):
        feats.append(PREFIX + "w+:eol")
    lo = max(0, vs - _REACH)
    line_start = text.rfind("\n", lo, vs) + 1 or (0 if lo == 0 else -1)
    if line_start >= 0:
        head_end = min(stop, line_start + _REACH)
        feats.extend(f"{PREFIX}l{i}:{w}" for i, w in
                     enumerate(_words(text, line_start, head_end)[:_LINE_HEAD]))
        if _ITEM_MARK_RE.match(text, line_start, head_end):
            feats.append(PREFIX + "line:item")
    if text.count("|", max(line_start, lo), stop) >= 2 \
            or "\t" in text[max(line_start, lo):stop]:
        feats.append(PREFIX + "line:row")
    if d.name is None:
        feats.append(PREFIX + "noname")
    return feats


#: Every feature of :func:`window_features` starts with it (brief H18S: lexical cues learned
#: from data, kept by the training script only when seen in enough documents and sources).
WINDOW_PREFIX = "w:"
#: syllables read on each side of the value, inside its clause
WINDOW = 5
#: a syllable, or a figure (masked to "0": no document's figure becomes a feature)
_SYLLABLE_RE = lazy_compile(r"\p{L}+|\d+(?:[.,]\d+)*")
#: what closes a clause: a full stop, a semicolon or a colon before a space, a line break
_CLAUSE_END_RE = lazy_compile(r"[.!?;:](?=\s)|\n")


def _syllables(text: str, s: int, e: int) -> list[str]:
    return ["0" if m.group()[0].isdigit() else m.group().casefold()
            for m in _SYLLABLE_RE.finditer(text, s, e)]


def window_features(text: str, vs: int, end: int, s: int, e: int) -> list[str]:
    """The syllables (``w:b1:``/``w:a1:``) and pairs of syllables (``w:b2:``/``w:a2:``) of
    the clause within :data:`WINDOW` syllables before the value ``text[vs:end]`` and after
    it, the clause cut by the sentence ``text[s:e]`` and by :data:`_CLAUSE_END_RE`;
    case-folded, figures masked ("đạt 50% (đạt kế hoạch)" gives ``w:a2:đạt_kế``)."""
    lo = max(s, vs - _REACH)
    for m in _CLAUSE_END_RE.finditer(text, lo, vs):
        lo = m.end()
    hi = min(e, end + _REACH)
    m2 = _CLAUSE_END_RE.search(text, end, hi)
    if m2 is not None:
        hi = m2.start()
    before = _syllables(text, lo, vs)[-WINDOW:] if lo < vs else []
    after = _syllables(text, end, hi)[:WINDOW] if end < hi else []
    out: set[str] = set()
    for side, ws in (("b", before), ("a", after)):
        out.update(f"{WINDOW_PREFIX}{side}1:{w}" for w in ws)
        out.update(f"{WINDOW_PREFIX}{side}2:{x}_{y}" for x, y in pairwise(ws))
    return sorted(out)
