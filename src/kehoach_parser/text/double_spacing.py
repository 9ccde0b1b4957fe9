"""Double-spaced text: a blank line after every line, read as the single-spaced text.

Some web pages copy line by line, and PDF text whose lines were never joined into
paragraphs, print a blank line after *every* line: two lines of one paragraph (or a heading
and its title, a table's bar and its cell) then stand apart like two paragraphs, and a real
paragraph break is two blank lines.  Such a text is recognised by its shape — almost no
line is followed directly by another, and the blank lines come in runs of one (the lines)
and of two or more (the paragraphs) — or by a table whose "|" bar lines, which stand right
against their cells in any other layout, each have a blank line under them.  One blank line
is then removed from every run, which gives back the single-spaced text; when what is left
is double-spaced again (a text double-spaced twice: a table printed one cell a paragraph,
copied line by line), once more.

A text that puts one paragraph on a line with one blank line between paragraphs (runs of
one only, and no bars), or a table printed one cell a paragraph with " " for its empty
cells, is not double-spaced: it is left as it is.
"""

from __future__ import annotations

from itertools import pairwise

from kehoach_parser.text.aligned import Edit
from kehoach_parser.text.capitals import all_capitals
from kehoach_parser.text.lines import read_label
from kehoach_parser.text.reflow import ends_closed, unit_cell

#: A text needs this many lines with words before its spacing says anything.
MIN_LINES = 10
#: At most this share of the lines may be followed directly by another line.
ADJACENT_SHARE = 0.02
#: Paragraph breaks (runs of two or more blank lines): at least this many, and this share of
#: the lines.
MIN_PARAGRAPH_BREAKS = 3
PARAGRAPH_BREAK_SHARE = 0.05
#: A double-spaced text copied line by line again (a table one cell a paragraph, on a web
#: page that puts a blank line after every line) is double-spaced twice: one blank line is
#: removed from every run as long as what is left is still double-spaced, at most this many
#: times.
MAX_PASSES = 3
#: A table's bar lines with one blank line under them: at least this many, and this share of
#: the bar lines.
MIN_SPACED_BARS = 3
SPACED_BAR_SHARE = 0.9
#: A hard-wrapped text double-spaced (fixed-width text copied line by line): its paragraphs
#: may have no break of two blank lines, but its single blank lines cut sentences, which a
#: paragraph break never does.  At least this many blank lines, and this share of the single
#: ones, stand between a line that ends with no sentence sign and one that goes on in small
#: letters, not a unit (a table printed one cell a paragraph, which is not double-spaced,
#: prints a row's name, then its unit "tỷ đồng").
MIN_CUT_SENTENCES = 5
CUT_SENTENCE_SHARE = 0.2


def _runs(lines: list[str]) -> list[tuple[int, int]]:
    """Each run of empty lines between two lines with text: (index of its first line, its
    length)."""
    out: list[tuple[int, int]] = []
    k = 0
    n = len(lines)
    while k < n and lines[k] == "":
        k += 1
    while k < n:
        if lines[k] != "":
            k += 1
            continue
        start = k
        while k < n and lines[k] == "":
            k += 1
        if k < n:
            out.append((start, k - start))
    return out


def is_double_spaced(lines: list[str]) -> bool:
    """``lines`` (the text split at "\\n") are double-spaced (see the module's text).  A
    line of spaces is an empty cell, a line with text, not a blank line; but two lines
    side by side of which one is only spaces are not two lines of words (a hard-wrapped
    text's empty cells keep no blank line under them when the text is double-spaced)."""
    n_full = sum(1 for ln in lines if ln.strip())  # lines of words (not of spaces)
    if n_full < MIN_LINES:
        return False
    adjacent = sum(1 for a, b in pairwise(lines) if a.strip() and b.strip())
    if adjacent > ADJACENT_SHARE * n_full:
        return False
    runs = _runs(lines)
    breaks = sum(1 for _, length in runs if length >= 2)
    if breaks >= MIN_PARAGRAPH_BREAKS and breaks >= PARAGRAPH_BREAK_SHARE * n_full:
        return True
    single = [start for start, length in runs if length == 1]
    cut = sum(1 for k in single if _cuts_sentence(lines[k - 1], lines[k + 1]))
    if cut >= MIN_CUT_SENTENCES and cut >= CUT_SENTENCE_SHARE * len(single):
        return True
    single_after = set(single)
    bars = [k for k, ln in enumerate(lines) if ln.strip() == "|"]
    spaced = sum(1 for k in bars if k + 1 in single_after)
    return spaced >= MIN_SPACED_BARS and spaced >= SPACED_BAR_SHARE * len(bars)


def _cuts_sentence(before: str, after: str) -> bool:
    """A blank line between ``before`` and ``after`` cuts a sentence: ``before`` ends with
    no sentence sign and ``after`` goes on in small letters (and is no table's unit cell).
    An item's label in small letters ("a) …", "đ) …") opens a new unit, not the sentence
    above, and a heading in capitals over it ends with no sign: neither is a cut (a text
    one paragraph a line with a lettered list is not double-spaced)."""
    end, start = before.rstrip(), after.lstrip()
    return (bool(end) and not ends_closed(end) and start[:1].islower()
            and not unit_cell(start) and read_label(start) is None
            and not all_capitals(end, min_letters=2))


def double_spacing_edits(text: str) -> list[Edit]:
    """Edits that remove one blank line from every run of ``text`` when it is
    double-spaced (one more while what is left is double-spaced again); none otherwise."""
    lines = text.split("\n")
    passes = 0
    single = lines
    while passes < MAX_PASSES and is_double_spaced(single):
        passes += 1
        single = _one_blank_less(single)
    if not passes:
        return []
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    # the run's first empty lines (one a pass) and their line breaks go; the lines around it
    # stay
    return [(starts[start], starts[start] + min(length, passes), "")
            for start, length in _runs(lines)]


def _one_blank_less(lines: list[str]) -> list[str]:
    """``lines`` with one empty line removed from every run between two lines with text."""
    drop = {start for start, _ in _runs(lines)}
    return [ln for k, ln in enumerate(lines) if k not in drop]
