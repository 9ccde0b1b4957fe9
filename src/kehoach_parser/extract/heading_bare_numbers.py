"""Headings numbered without a sign after the number: "1 Mục đích", "2 Yêu cầu".

A number with no stop or bracket after it usually opens a row of a table ("1 Tốc độ tăng
trưởng % 8") or a count ("15 hộ gia đình"), so :func:`~kehoach_parser.text.lines.read_label`
does not read it.  A document that numbers its headings so shows it by a run: lines "1 …",
"2 …" in sequence, each a short title in sentence case or capitals (no final stop, no
figure at its end) over text that is not a row.  :func:`bare_number_labels` reads such runs
of two or more.
"""

from __future__ import annotations

from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.lines import Label, Line, read_label

_BARE_NUMBER_RE = lazy_compile(r"^[ \t]*(?P<n>\d{1,2})[ \t]+(?=\p{Lu})")
#: A token that is a figure (a row's value), at the end of a line.
_FIGURE_END_RE = lazy_compile(r"[-+]?\d[\d.,]*%?\s*$")
#: A title so numbered is at most this many words.
BARE_TITLE_MAX_WORDS = 16
#: A run needs this many headings in sequence ("1 …", "2 …").
MIN_RUN = 2


def _title_line(text: str) -> int | None:
    """The number of a line "N Title" (``None`` for any other line)."""
    m = _BARE_NUMBER_RE.match(text)
    if m is None or read_label(text) is not None or "|" in text or "\t" in text.strip():
        return None
    rest = text[m.end():].strip()
    if rest.endswith((".", ";", ",")) or _FIGURE_END_RE.search(rest) \
            or len(rest.split()) > BARE_TITLE_MAX_WORDS:
        return None
    return int(m.group("n"))


def _over_text(lines: list[Line], i: int) -> bool:
    """The line under ``lines[i]`` reads as text: not a row ending in a figure, a table
    line, or another "N Title" line."""
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1].text.strip()
    return bool(nxt) and not _FIGURE_END_RE.search(nxt) and "|" not in nxt \
        and "\t" not in nxt and _title_line(nxt) is None


def bare_number_labels(lines: list[Line]) -> dict[int, Label]:
    """Labels of the lines of ``lines`` (without blank lines) that are headings numbered
    "1 …", "2 …", by index: the runs from "1" in sequence, when one of them has at least
    :data:`MIN_RUN` lines (the document numbers its headings so; a run of one under
    another part, "1 Công tác tuyên truyền", is then read too)."""
    runs: list[list[int]] = []
    for i, ln in enumerate(lines):
        n = _title_line(ln.text)
        if n is None or not _over_text(lines, i):
            continue
        if runs and n == _number(lines[runs[-1][-1]]) + 1:
            runs[-1].append(i)
        elif n == 1:
            runs.append([i])
    if not any(len(run) >= MIN_RUN for run in runs):
        return {}
    out: dict[int, Label] = {}
    for k in (k for run in runs for k in run):
        m = _BARE_NUMBER_RE.match(lines[k].text)
        assert m is not None
        out[k] = Label("arabic", m.group("n"), 1, m.end())
    return out


def _number(line: Line) -> int:
    m = _BARE_NUMBER_RE.match(line.text)
    return int(m.group("n")) if m else -1
