"""The fast engine's ruled tables: a PDFium page's rules, and its text cut into cells.

The rules are the page's top-level path objects (:func:`rule_boxes`): a thin one is a rule
unless it is only filled in white; a stroked path that is not thin gives its straight
segments (the edges of a rectangle drawn round a cell).  :mod:`.pdf_tables` joins them into
grids; then every PDFium text line whose first or last character is inside a grid is cut
where the cell changes (:func:`cell_pieces`), with the same rule as the layout engine's, so
both engines give the same rows.  Paths inside form XObjects are not read (the layout
engine reads them).
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable
from itertools import repeat
from typing import Any

from kehoach_parser.loaders.layout_params import DEFAULT_LAYOUT, LayoutParams
from kehoach_parser.loaders.pdf_layout import Line
from kehoach_parser.loaders.pdf_tables import Box, Grid, outline_boxes, split_at_columns
from kehoach_parser.loaders.pdfium_lines import _SPACES_RE, plain_function, read_loose_boxes

#: A line of PDFium's text: up to a line break, or up to and with its mark for a hyphen at
#: a line end (no break follows that mark; it reads as "-").
_LINE_RE = re.compile("[^\r\n\x02\ufffe]+[\x02\ufffe]?|[\x02\ufffe]")
_HYPHEN_MARKS = str.maketrans({"\x02": "-", "\ufffe": "-"})


def rule_boxes(pdf_page: Any, lp: LayoutParams = DEFAULT_LAYOUT) -> list[Box]:
    """Boxes of the page's paths that may be table rules (see the module's docstring).
    PDFium's own calls, without a pypdfium2 object per page object (a page may draw
    thousands)."""
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

    page = pdf_page.raw
    boxes: list[Box] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    edges = [ctypes.byref(v) for v in (left, bottom, right, top)]
    for obj in _path_objects(page):
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *edges) \
                or not pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill),
                                                     ctypes.byref(stroke)):
            continue
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        if min(x1 - x0, y1 - y0) <= lp.rule_max_thickness:
            if stroke.value or (fill.value and not _white_fill(obj)):
                boxes.append((x0, y0, x1, y1))
        elif stroke.value:
            boxes.extend(_segments(obj) or outline_boxes((x0, y0, x1, y1)))
    return boxes


def _path_objects(page: Any) -> list[Any]:
    """The page's top-level path objects.  A page draws hundreds of text objects and few
    paths: every object's type is read by one ``map`` over PDFium's raw calls (see
    :func:`.pdfium_lines.plain_function`), or one call at a time through pypdfium2's."""
    import pypdfium2.raw as pdfium_c

    count = pdfium_c.FPDFPage_CountObjects(page)
    plain = _plain_object_calls()
    if plain is None:
        objects = [pdfium_c.FPDFPage_GetObject(page, k) for k in range(count)]
        kinds = list(map(pdfium_c.FPDFPageObj_GetType, objects))
    else:
        get_object, get_type = plain
        objects = list(map(get_object, repeat(page, count), range(count)))
        kinds = list(map(get_type, objects))
    path = pdfium_c.FPDF_PAGEOBJ_PATH
    return [obj for obj, kind in zip(objects, kinds, strict=True) if kind == path]


_PLAIN_OBJECT_CALLS: list[tuple[Callable[..., Any], Callable[..., int]] | None] = []


def _plain_object_calls() -> tuple[Callable[..., Any], Callable[..., int]] | None:
    """``FPDFPage_GetObject`` (returning pypdfium2's page-object pointer, which its own
    calls take) and ``FPDFPageObj_GetType`` as plain calls, made once; None when either
    cannot be."""
    if not _PLAIN_OBJECT_CALLS:
        import pypdfium2.raw as pdfium_c

        restype = getattr(pdfium_c, "FPDF_PAGEOBJECT", None)
        if restype is None:  # an unusual pypdfium2: the one-at-a-time calls
            _PLAIN_OBJECT_CALLS.append(None)
            return None
        get_object = plain_function("FPDFPage_GetObject", restype, 2)
        get_type = plain_function("FPDFPageObj_GetType", ctypes.c_int, 1)
        _PLAIN_OBJECT_CALLS.append(None if get_object is None or get_type is None
                                   or getattr(pdfium_c.FPDFPage_GetObject, "restype", None)
                                   is not restype
                                   else (get_object, get_type))
    return _PLAIN_OBJECT_CALLS[0]


def _white_fill(raw: Any) -> bool:
    import pypdfium2.raw as pdfium_c

    rgba = [ctypes.c_uint() for _ in range(4)]
    if not pdfium_c.FPDFPageObj_GetFillColor(raw, *(ctypes.byref(v) for v in rgba)):
        return False
    r, g, b, a = (v.value for v in rgba)
    return a == 0 or min(r, g, b) >= 255


def _segments(raw: Any) -> list[Box]:
    """The straight segments of a stroked path, on the page, as boxes."""
    import pypdfium2.raw as pdfium_c

    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(raw, ctypes.byref(m)):
        return []
    points: list[tuple[float, float, int, bool]] = []
    for k in range(pdfium_c.FPDFPath_CountSegments(raw)):
        seg = pdfium_c.FPDFPath_GetPathSegment(raw, k)
        x, y = ctypes.c_float(), ctypes.c_float()
        if not seg or not pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x),
                                                            ctypes.byref(y)):
            return []
        px, py = m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f
        points.append((px, py, pdfium_c.FPDFPathSegment_GetType(seg),
                       bool(pdfium_c.FPDFPathSegment_GetClose(seg))))
    out: list[Box] = []
    start = prev = None
    for px, py, kind, close in points:
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or prev is None:
            start = prev = (px, py)
            continue
        if kind == pdfium_c.FPDF_SEGMENT_LINETO:
            out.append(_box(prev, (px, py)))
        prev = (px, py)
        if close and start is not None:
            out.append(_box(prev, start))
    return out


def _box(a: tuple[float, float], b: tuple[float, float]) -> Box:
    return min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])


def cell_pieces(textpage: Any, page_no: int, grids: list[Grid]) -> list[Line]:
    """The page's text lines that start or end inside a grid, cut at its column rules: one
    line per piece of a cell (pieces outside every grid are left to :func:`.pdfium_lines`)."""
    count = int(textpage.count_chars())
    if count <= 0 or not grids:
        return []
    text: str = textpage.get_text_range(0, count)[:count]
    solid = [k for k, ch in enumerate(text) if not ch.isspace()]
    flat = read_loose_boxes(textpage, solid)
    boxes: list[Box | None] = [None] * count
    for n, k in enumerate(solid):
        left, top, right, bottom = flat[4 * n: 4 * n + 4]
        boxes[k] = (left, bottom, right, top)
    out: list[Line] = []
    for match in _LINE_RE.finditer(text):
        raw = match.group()
        mine = boxes[match.start():match.end()]
        ends = [b for b in (next((b for b in mine if b), None),
                            next((b for b in reversed(mine) if b), None)) if b is not None]
        # the line's first or last character inside a grid
        grid = next((g for b in ends for g in grids
                     if g.row_at((b[1] + b[3]) / 2) is not None
                     and g.xs[0] < (b[0] + b[2]) / 2 < g.xs[-1]), None)
        if grid is not None:
            for first, stop, (x0, y0, x1, y1) in split_at_columns(grid, mine):
                piece = _SPACES_RE.sub(" ", raw[first:stop].translate(_HYPHEN_MARKS)).strip()
                line = Line(page_no, x0, y0, x1, y1, piece)
                if piece and grid.holds(line):
                    out.append(line)
    return out


__all__ = ["cell_pieces", "rule_boxes"]
