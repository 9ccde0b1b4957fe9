"""Close up words whose letters a PDF converter spaced out: "K Ế   H O Ạ C H" → "KẾ HOẠCH".

Spaced capitals (a type line or a heading set in letter-spaced type) come out of PDF text as
one letter between spaces.  A run of at least ``MIN_LETTERS`` single capital letters on a
line is closed up when it reads as Vietnamese: a wider gap (two spaces or more) separates
words; a run printed with single spaces only is cut into syllables of the inventory
(``lang/vi/data/syllables.txt``, the fewest syllables that cover it).  The run must hold a
letter with a Vietnamese mark and cut into syllables of two letters or more; a run that does
not read so ("A B C D" column letters, Roman numerals) is left as it is.

Each edit removes spaces only, so every letter keeps its place in the original.
"""

from __future__ import annotations

from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.aligned import Edit
from kehoach_parser.text.font_repair import MAX_SYLLABLE, syllables

#: A spaced run needs this many single letters ("Đ Ề   Á N").
MIN_LETTERS = 4
#: Single capital letters separated by spaces, none of them touching another letter.
_SPACED_RUN_RE = lazy_compile(r"(?<![\p{L}\p{M}])\p{Lu}(?:[ ]{1,4}\p{Lu}(?![\p{L}\p{M}])){3,}")
_GAP_RE = lazy_compile(r"[ ]{2,}")
#: Deletes the letters without a mark (and spaces): what is left is a Vietnamese letter.
_ASCII = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ ")


def _segment(letters: str, inventory: frozenset[str]) -> list[str] | None:
    """``letters`` cut into the fewest syllables of ``inventory``, or None."""
    low = letters.lower()
    best: list[list[str] | None] = [None] * (len(low) + 1)
    best[0] = []
    for end in range(1, len(low) + 1):
        for start in range(max(0, end - MAX_SYLLABLE), end):
            head = best[start]
            if head is None or low[start:end] not in inventory:
                continue
            if best[end] is None or len(head) + 1 < len(best[end] or []):
                best[end] = [*head, letters[start:end]]
    return best[-1]


def letter_spacing_edits(text: str) -> list[Edit]:
    """Edits that close up each spaced-out run of capitals that reads as Vietnamese."""
    edits: list[Edit] = []
    inventory: frozenset[str] | None = None
    for m in _SPACED_RUN_RE.finditer(text):
        run = m.group()
        inventory = inventory if inventory is not None else syllables()
        groups = [g.replace(" ", "") for g in _GAP_RE.split(run)]
        words: list[list[str]] = []
        for group in groups:
            cut = _segment(group, inventory)
            if cut is None:
                break
            words.append(cut)
        else:
            sylls = [s for w in words for s in w]
            if sum(len(g) for g in groups) < MIN_LETTERS or not run.translate(_ASCII).strip() \
                    or min(len(s) for s in sylls) < 2:
                continue
            edits.extend(_close_up(m.start(), run, [len(s) for s in sylls]))
    return edits


def _close_up(start: int, run: str, lengths: list[int]) -> list[Edit]:
    """Edits turning the spaced ``run`` (at ``start``) into syllables of ``lengths`` letters
    separated by one space: the spaces inside a syllable go, a gap between two becomes one."""
    edits: list[Edit] = []
    letters = [i for i, ch in enumerate(run) if ch != " "]
    k = 0
    for n in lengths:
        for a, b in zip(letters[k:k + n - 1], letters[k + 1:k + n], strict=True):
            if b > a + 1:
                edits.append((start + a + 1, start + b, ""))
        k += n
        if k < len(letters):
            a, b = letters[k - 1], letters[k]
            if b - a - 1 != 1:
                edits.append((start + a + 1, start + b, " "))
    return edits
