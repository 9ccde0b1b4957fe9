"""The fast PDF engine's lines: a PDFium text page cut into positioned :class:`Line` objects.

A page's text is split at the line breaks PDFium reports; each line's box comes from the
loose boxes of the first and last character of each of its words, and a line is cut where a
word starts more than two line heights after the right edge of what precedes it (two
columns side by side).

The work is done a page at a time, not a word at a time: the measured characters are found
with one regular expression over the page, their boxes read with one ``map`` over PDFium's
raw call into one float array, and each line's height, box and widest word gap taken with
slices and built-ins.  Only a line whose widest gap could cut it, or a page with a
zero-width box, goes through the word-by-word rule (:func:`_line_segments`); both give the
same lines.
"""

from __future__ import annotations

import array
import ctypes
import re
import threading
from bisect import bisect_left
from collections.abc import Callable, Iterable
from itertools import accumulate, cycle, repeat
from operator import add, gt, sub
from typing import Any

from kehoach_parser.loaders.pdf_layout import Line

#: The characters that end a line in PDFium's text: line breaks and its end-of-line hyphen.
_PDFIUM_BREAK_RE = re.compile("[\r\n\x02\ufffe]")
#: PDFium's marks for a hyphen at a line end; it reports no line break after them.
_HYPHEN_MARKS = "\x02\ufffe"
#: A word of the page: a run of characters that are not ``str.isspace`` and not a break,
#: with the hyphen mark that ends its line (the mark reads as "-" and is measured as the
#: word's last character), or a hyphen mark alone.
_PAGE_WORD_RE = re.compile("([^\\s\x02\ufffe]+[\x02\ufffe]?|[\x02\ufffe])")
#: Words of one line: runs of characters that are not ``str.isspace`` (the same test).
_SOLID_RE = re.compile(r"\S+")
#: The words of a page without hyphen marks (as a group, to split the page around them).
_SOLID_SPLIT_RE = re.compile(r"(\S+)")
_SPACES_RE = re.compile(r"[ \t\u00a0]{2,}|\t")

Box = tuple[float, float, float, float]  # left, bottom, right, top


def pdfium_lines(textpage: Any, page_no: int) -> list[Line]:
    """The lines of one PDFium text page (see the module's docstring)."""
    count = int(textpage.count_chars())
    if count <= 0:
        return []
    text: str = textpage.get_text_range(0, count)[:count]
    # the page as separator, word, separator, …, word, separator: positions by lengths
    marks = "\x02" in text or "\ufffe" in text
    pieces = (_PAGE_WORD_RE if marks else _SOLID_SPLIT_RE).split(text)
    if len(pieces) < 3:
        return []
    # each word's start and end, in turn
    bounds = list(accumulate(map(len, pieces)))
    bounds.pop()
    # two boxes per word, of its first and last character (the end less one; the same
    # character for a word of one): word w's boxes are 2w and 2w + 1
    measured = list(map(sub, bounds, cycle((0, 1))))
    starts = bounds[0::2]
    flat = read_loose_boxes(textpage, measured)
    x0s, y1s, x1s, y0s = flat[0::4], flat[1::4], flat[2::4], flat[3::4]
    # gaps[w - 1]: from the right edge of word w-1's last character to the left edge of
    # word w's first (only a word's start can cut a line)
    gaps = list(map(sub, x0s[2::2], x1s[1:-1:2]))
    every_box_wide = all(map(gt, x1s, x0s))
    # the lines: text between breaks (a hyphen mark ends its line and reads as "-")
    raw_lines = _PDFIUM_BREAK_RE.split(text)
    # ... with runs of spaces and tabs made one space (nothing to do without two spaces, a
    # tab or a no-break space)
    spaced = "  " in text or "\t" in text or "\u00a0" in text
    clean_lines = _PDFIUM_BREAK_RE.split(_SPACES_RE.sub(" ", text)) if spaced else raw_lines
    line_starts = list(accumulate(map(len, raw_lines), initial=0))
    line_starts = list(map(add, line_starts, range(len(line_starts))))  # + the breaks
    if marks:
        marked = [text[k - 1] in _HYPHEN_MARKS for k in line_starts[1:-1]] + [False]
    else:
        marked = [False] * len(raw_lines)
    line_ends = list(map(add, map(sub, line_starts[1:], repeat(1)), marked))
    word_ends = list(map(bisect_left, repeat(starts), line_ends))
    by_index: dict[int, Box] | None = None
    lines: list[Line] = []
    lo = 0
    for k, hi in enumerate(word_ends):
        if lo == hi:
            continue
        e_lo, e_hi = 2 * lo, 2 * hi
        bottoms, tops = y0s[e_lo:e_hi], y1s[e_lo:e_hi]
        bottom, top = min(bottoms), max(tops)
        # a line fits when its widest word gap is at most twice its height, the median of
        # its boxes' heights: each of them is at least the lowest top less the highest
        # bottom, so a gap within twice that (when positive) fits with no median to take.
        # (``gap`` is bound in the second operand and read in the third: a one-word line
        # short-circuits both.)
        if every_box_wide and (
                hi - lo == 1
                or ((gap := max(gaps[lo:hi - 1])) <= 2.0 * (least := min(tops) - max(bottoms))
                    and least > 0)
                or gap <= 2.0 * _line_height(tops, bottoms, measured[e_lo:e_hi])):
            seg_text = (clean_lines[k] + "-" if marked[k] else clean_lines[k]).strip()
            if seg_text:
                lines.append(Line(page_no, min(x0s[e_lo:e_hi]), bottom, max(x1s[e_lo:e_hi]),
                                  top, seg_text))
        else:
            if by_index is None:
                by_index = dict(zip(measured, zip(x0s, y0s, x1s, y1s, strict=True),
                                    strict=True))
            line = raw_lines[k] + "-" if marked[k] else raw_lines[k]
            _line_segments(line, line_starts[k], by_index.__getitem__, page_no, lines)
        lo = hi
    return lines


def _line_height(tops: list[float], bottoms: list[float], measured: list[int]) -> float:
    """The median height of a line's measured boxes (word w's are 2w and 2w + 1, of the
    characters ``measured[2w]`` and ``measured[2w + 1]``), each character once: the first
    character of every word, and its last when that is another one; 1 when the median is
    0."""
    heights = list(map(sub, tops, bottoms))
    picked = [h for e in range(0, len(measured), 2)
              for h in ((heights[e],) if measured[e] == measured[e + 1]
                        else (heights[e], heights[e + 1]))]
    return _median(picked) or 1.0


def read_loose_boxes(textpage: Any, indices: list[int]) -> list[float]:
    """``get_charbox(i, loose=True)`` of each character index in ``indices``, flat as
    PDFium's ``FS_RECTF`` holds them: left, top, right, bottom, left, ….  PDFium's raw call
    is made through a prototype without declared arguments (ctypes' cheapest call: the
    text page's pointer, a C ``int`` and a reference into one array of rectangles) that
    keeps the GIL, by one ``map``; another pypdfium2 gets its public call."""
    call = _plain_call()
    if call is None:
        flat: list[float] = []
        for index in indices:
            left, bottom, right, top = textpage.get_charbox(index, loose=True)
            flat += (left, top, right, bottom)
        return flat
    from pypdfium2 import PdfiumError  # type: ignore[import-untyped]

    n = len(indices)
    rects, slots = _rectangles(n)
    if not all(map(call, repeat(textpage.raw, n), indices, slots)):
        raise PdfiumError("Failed to get charbox.")
    floats = array.array("f")
    floats.frombytes(memoryview(rects).cast("B")[:_RECT_SIZE * n])
    return floats.tolist()


#: The most rectangles kept ready between pages (a page's measured characters: two per
#: word); a page that needs more gets its own array.
_KEPT_RECTANGLES = 8192
_RECT_SIZE = 16  # FS_RECTF: four C floats (checked with the raw call, :func:`_plain_call`)
_KEPT = threading.local()


def _rectangles(n: int) -> tuple[ctypes.Array[Any], Iterable[Any]]:
    """An array of at least ``n`` ``FS_RECTF`` and references to its elements in order, at
    least ``n`` of them and maybe more (an iterable for ``map``, which stops at the shortest
    of its iterables: the caller's ``n`` indices).  Up to :data:`_KEPT_RECTANGLES`, the
    array and its references are made once per thread and kept (making a reference per call
    was about a quarter of the calls' cost); the boxes are copied out before the next page
    uses it."""
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

    if n > _KEPT_RECTANGLES:
        rects = (pdfium_c.FS_RECTF * n)()
        return rects, map(ctypes.byref, repeat(rects, n),
                          range(0, _RECT_SIZE * n, _RECT_SIZE))
    kept: tuple[Any, list[Any]] | None = getattr(_KEPT, "rectangles", None)
    if kept is None or len(kept[1]) < n:
        # a power of two, at least 1024 (a page of a few hundred words: one array serves
        # most pages), so that an array is remade only a few times as pages grow
        size = min(max(1024, 1 << (n - 1).bit_length()), _KEPT_RECTANGLES)
        rects = (pdfium_c.FS_RECTF * size)()
        kept = rects, [ctypes.byref(rects, offset)
                       for offset in range(0, _RECT_SIZE * size, _RECT_SIZE)]
        _KEPT.rectangles = kept
    return kept[0], kept[1]


_PLAIN_CALL: list[Callable[..., int] | None] = []


def _plain_call() -> Callable[..., int] | None:
    """``FPDFText_GetLooseCharBox`` as a C function returning ``int`` with no declared
    arguments, made once; None when pypdfium2's raw module is not the one this was written
    for (the same symbol with three declared arguments, ``FS_RECTF`` of four floats)."""
    if not _PLAIN_CALL:
        _PLAIN_CALL.append(_make_plain_call())
    return _PLAIN_CALL[0]


def _make_plain_call() -> Callable[..., int] | None:
    try:
        import pypdfium2.raw as pdfium_c

        fields = [(name, kind) for name, kind in pdfium_c.FS_RECTF._fields_]
    except (ImportError, AttributeError):
        return None
    if fields != [(name, ctypes.c_float) for name in ("left", "top", "right", "bottom")] \
            or ctypes.sizeof(pdfium_c.FS_RECTF) != _RECT_SIZE:
        return None
    return plain_function("FPDFText_GetLooseCharBox", ctypes.c_int, 3)


def plain_function(name: str, restype: Any, argc: int) -> Callable[..., Any] | None:
    """PDFium's function ``name`` of pypdfium2's raw module as a C function returning
    ``restype`` with no declared arguments (ctypes' cheapest call: no conversion of the
    arguments it is given, which must be ctypes objects or C ``int`` values), called
    holding the GIL (``PYFUNCTYPE``: PDFium's calls are short and call no Python; releasing
    and taking the GIL back was about a tenth of a call's cost).  None when the raw module
    has no such function with ``argc`` declared arguments and the C calling convention."""
    try:
        import pypdfium2.raw as pdfium_c

        raw = getattr(pdfium_c, name)
    except (ImportError, AttributeError):
        return None
    if getattr(raw, "_flags_", None) != ctypes.CFUNCTYPE(ctypes.c_int)._flags_ \
            or len(getattr(raw, "argtypes", None) or ()) != argc:
        return None
    address = ctypes.cast(raw, ctypes.c_void_p).value
    if address is None:
        return None
    call: Callable[..., Any] = ctypes.PYFUNCTYPE(restype)(address)
    return call


def _line_segments(line: str, first: int, get_box: Callable[[int], Box], page_no: int,
                   out: list[Line]) -> None:
    """The segments of one PDFium line (``line``, its first character at ``first`` in the
    page's characters), cut where a word starts more than two line heights after the
    right edge of what precedes it: the word-by-word rule."""
    words = [m.span() for m in _SOLID_RE.finditer(line)]
    if not words:
        return
    n = len(line)
    # (k, box, starts a word, ends a word before the line's end) of each measured edge
    edges: list[tuple[int, Box, bool, bool]] = []
    for ws, we in words:
        last = we - 1
        box = get_box(first + ws)
        if box[2] > box[0]:
            edges.append((ws, box, True, ws == last and last + 1 < n))
        if last != ws:
            box = get_box(first + last)
            if box[2] > box[0]:
                edges.append((last, box, False, last + 1 < n))
    if not edges:
        return
    height = _median([b[3] - b[1] for _, b, _, _ in edges]) or 1.0
    start = 0
    boxes: list[Box] = []
    last_right: float | None = None
    for k, box, opens, closes in edges:
        if last_right is not None and opens and box[0] - last_right > 2.0 * height:
            _emit(line[start:k], boxes, page_no, out)
            start, boxes = k, []
        boxes.append(box)
        right = box[2]
        if closes or last_right is None or right > last_right:  # max() keeps the first
            last_right = right
    _emit(line[start:], boxes, page_no, out)


def _median(values: list[float]) -> float:
    """``statistics.median`` of a non-empty list (the same arithmetic, without its
    generic checks: it runs once per PDF line)."""
    data = sorted(values)
    half = len(data) // 2
    if len(data) % 2:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def _emit(seg: str, boxes: list[Box], page_no: int, out: list[Line]) -> None:
    if not boxes:
        return
    seg_text = _SPACES_RE.sub(" ", seg).strip()
    if seg_text:
        x0s, y0s, x1s, y1s = zip(*boxes, strict=True)
        out.append(Line(page_no, min(x0s), min(y0s), max(x1s), max(y1s), seg_text))


__all__ = ["pdfium_lines", "plain_function", "read_loose_boxes"]
