"""PDF loader (extra ``pdf``): two engines, one layout step.

* ``"layout"`` (the default) — pdfminer.six's layout analysis: every text line with its
  position, font size and boldness.  Slower, and the one whose output the corpus variants
  are scored on.
* ``"fast"`` — pypdfium2 (PDFium): text segments with their positions, no font facts (so no
  bold cue).  Several times faster; see ``benchmarks/bench_loaders.py``.

Choose with ``load_pdf_bytes(data, engine=...)``, ``load_path(path, pdf_engine=...)`` or the
environment variable ``KEHOACH_PDF_ENGINE``.  Both engines feed :mod:`.pdf_layout`
(reading order, page furniture, paragraphs).

Errors: an encrypted PDF that needs a password raises :class:`EncryptedPDF`; a PDF without a
text layer (a scan) or whose glyphs have no Unicode map ("(cid:N)") raises
:class:`NoTextLayer` — OCR is out of scope; a damaged file raises :class:`CorruptFile`.
"""

from __future__ import annotations

import io
import os
import re
import statistics
from collections.abc import Callable
from typing import Any

from kehoach_parser.document import ParseWarning
from kehoach_parser.errors import (
    CorruptFile,
    EmptyDocument,
    EncryptedPDF,
    MissingDependency,
    NoTextLayer,
)
from kehoach_parser.loaders.base import LoadedText
from kehoach_parser.loaders.encodings import repair_legacy_text
from kehoach_parser.loaders.layout_params import DEFAULT_LAYOUT, LayoutParams
from kehoach_parser.loaders.pdf_damage import (
    PdfminerLog,
    describe,
    pdfminer_stream_problems,
    stream_problems,
)
from kehoach_parser.loaders.pdf_layout import Line, Page, paragraphs, remove_furniture
from kehoach_parser.loaders.pdf_tables import (
    Box,
    Grid,
    find_grids,
    outline_boxes,
    rules_of_boxes,
    split_at_columns,
)
from kehoach_parser.loaders.pdfium_cells import cell_pieces, rule_boxes
from kehoach_parser.loaders.pdfium_lines import pdfium_lines

ENGINES = ("layout", "fast")
DEFAULT_ENGINE = "layout"
_CID_RE = re.compile(r"\(cid:\d+\)")
_SPACES_RE = re.compile(r"[ \t\u00a0]{2,}|\t")
#: A character of the Basic Multilingual Plane's private use area (glyphs with no Unicode).
_PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")
_OCR_HINT = ("OCR is out of scope: run an OCR tool (e.g. ocrmypdf or tesseract) first and "
             "parse its text output")


def default_engine() -> str:
    """The engine used when none is given: $KEHOACH_PDF_ENGINE or ``"layout"``."""
    env = os.environ.get("KEHOACH_PDF_ENGINE", "").strip().lower()
    return env if env in ENGINES else DEFAULT_ENGINE


# --- pdfminer.six ---------------------------------------------------------------------------
def _pdfminer_pages(data: bytes, path: str | None,
                    lp: LayoutParams = DEFAULT_LAYOUT) -> list[Page]:
    try:
        from pdfminer.converter import PDFPageAggregator
        from pdfminer.layout import LAParams
        from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser
        from pdfminer.psparser import PSException
    except ImportError:
        raise MissingDependency(
            "reading PDF needs pdfminer.six: pip install 'kehoach-parser[pdf]'", path=path
        ) from None
    try:
        parser = PDFParser(io.BytesIO(data))
        document = PDFDocument(parser, password="")
    except PDFPasswordIncorrect:
        raise EncryptedPDF("the PDF is encrypted and needs a password", path=path) from None
    except PDFEncryptionError as exc:
        raise EncryptedPDF(f"the PDF uses unsupported encryption: {exc}", path=path) from None
    except (PSException, ValueError, KeyError, TypeError, AttributeError, IndexError,
            AssertionError) as exc:
        raise CorruptFile(f"damaged PDF: {type(exc).__name__}: {exc}", path=path) from None
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many things on bad input
        if "crypt" in type(exc).__name__.lower():
            raise EncryptedPDF(f"the PDF is encrypted: {exc}", path=path) from None
        raise CorruptFile(f"damaged PDF: {type(exc).__name__}: {exc}", path=path) from None
    rsrc = PDFResourceManager()
    device = PDFPageAggregator(rsrc, laparams=LAParams(line_margin=0.3, char_margin=2.0))
    interpreter = PDFPageInterpreter(rsrc, device)
    pages: list[Page] = []
    failed = 0
    try:
        for number, pdf_page in enumerate(PDFPage.create_pages(document), start=1):
            page, ok = _pdfminer_page(number, pdf_page, interpreter, device, path, lp)
            pages.append(page)
            failed += not ok
    except (EncryptedPDF, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged page tree
        if "crypt" in type(exc).__name__.lower() or "password" in str(exc).lower():
            raise EncryptedPDF(f"the PDF is encrypted: {exc}", path=path) from None
        if not pages:
            raise CorruptFile(f"damaged PDF page: {type(exc).__name__}: {exc}",
                              path=path) from None
        pages[-1].problems.append(f"the pages after it could not be read "
                                  f"({type(exc).__name__}: {exc})")
    if pages and failed == len(pages):
        raise CorruptFile(f"damaged PDF: no page could be read ({pages[0].problems[-1]})",
                          path=path)
    return pages


def _pdfminer_page(number: int, pdf_page: Any, interpreter: Any, device: Any,
                   path: str | None, lp: LayoutParams = DEFAULT_LAYOUT) -> tuple[Page, bool]:
    """One page's lines, and whether it could be interpreted.  A page that fails is kept
    empty, with its problem noted (W120)."""
    from pdfminer.layout import LTChar, LTTextBox, LTTextLine

    problems = stream_problems(pdf_page)
    with PdfminerLog() as log:
        try:
            interpreter.process_page(pdf_page)
            layout = device.get_result()
        except MemoryError:
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged content stream
            if "crypt" in type(exc).__name__.lower() or "password" in str(exc).lower():
                raise EncryptedPDF(f"the PDF is encrypted: {exc}", path=path) from None
            x0, y0, x1, y1 = _box(pdf_page)
            page = Page(number, x1 - x0, y1 - y0)
            page.problems = [*problems, *log.messages[:2],
                             f"{type(exc).__name__}: {str(exc)[:200]}"]
            return page, False
    page = Page(number, float(layout.width), float(layout.height))
    page.problems = [*problems, *(f"pdfminer: {m}" for m in log.messages)]
    page.grids = find_grids(rules_of_boxes(_pdfminer_rule_boxes(layout, lp), lp), lp)
    for box in layout:
        if not isinstance(box, LTTextBox):
            continue
        for tl in box:
            if not isinstance(tl, LTTextLine):
                continue
            grid = next((g for g in page.grids if g.crosses(tl.x0, tl.y0, tl.x1, tl.y1)),
                        None)
            if grid is not None:
                page.lines.extend(_cell_pieces(number, tl, grid))
                continue
            text = _SPACES_RE.sub(" ", tl.get_text().rstrip("\n"))
            if not text.strip():
                continue
            size, bold = _size_and_bold(
                [c for c in tl if isinstance(c, LTChar) and c.get_text().strip()])
            page.lines.append(Line(number, tl.x0, tl.y0, tl.x1, tl.y1, text, size, bold))
    return page, True


def _pdfminer_rule_boxes(layout: Any, lp: LayoutParams) -> list[Box]:
    """Boxes of what the page draws that may be table rules: lines, thin filled
    rectangles that are not white, the edges of stroked rectangles (also inside forms)."""
    from pdfminer.layout import LTContainer, LTCurve, LTRect, LTTextBox

    boxes: list[Box] = []
    todo = list(layout)
    while todo:
        obj = todo.pop()
        if isinstance(obj, LTCurve):  # LTLine and LTRect are curves too
            box = (float(obj.x0), float(obj.y0), float(obj.x1), float(obj.y1))
            thin = min(box[2] - box[0], box[3] - box[1]) <= lp.rule_max_thickness
            if thin and (obj.stroke or not _white(obj.non_stroking_color)):
                boxes.append(box)
            elif isinstance(obj, LTRect) and obj.stroke and not _white(obj.stroking_color):
                boxes.extend(outline_boxes(box))
        elif isinstance(obj, LTContainer) and not isinstance(obj, LTTextBox):
            todo.extend(obj)
    return boxes


def _white(color: Any) -> bool:
    """A colour that draws nothing on white paper (pdfminer gives a number or a tuple)."""
    values = color if isinstance(color, (tuple, list)) else (color,)
    try:
        numbers = [float(v) for v in values]
    except (TypeError, ValueError):
        return False
    if len(numbers) == 4:  # CMYK
        return all(v == 0 for v in numbers)
    return bool(numbers) and all(v >= 1 for v in numbers)


def _cell_pieces(number: int, tl: Any, grid: Grid) -> list[Line]:
    """A text line that crosses a ruled table, cut into one line per cell it touches."""
    from pdfminer.layout import LTChar

    texts: list[str] = []
    boxes: list[Box | None] = []
    chars: list[Any] = []  # the LTChar of each position, or None
    for c in tl:
        texts.append(c.get_text())
        if isinstance(c, LTChar):
            boxes.append((c.x0, c.y0, c.x1, c.y1))
            chars.append(c)
        else:
            boxes.append(None)
            chars.append(None)
    out: list[Line] = []
    for first, end, (x0, y0, x1, y1) in split_at_columns(grid, boxes):
        text = _SPACES_RE.sub(" ", "".join(texts[first:end]).rstrip("\n"))
        if not text.strip():
            continue
        size, bold = _size_and_bold([c for c, t in zip(chars[first:end], texts[first:end],
                                                       strict=True)
                                     if c is not None and t.strip()])
        out.append(Line(number, x0, y0, x1, y1, text, size, bold))
    return out


def _size_and_bold(chars: list[Any]) -> tuple[float, bool]:
    """A line's font size (the median of its characters') and whether it is bold (more
    than 80 % of its characters in a bold font)."""
    size = statistics.median(c.size for c in chars) if chars else 0.0
    return size, bool(chars) and sum(_is_bold(c.fontname) for c in chars) > 0.8 * len(chars)


def _box(pdf_page: Any) -> tuple[float, float, float, float]:
    try:
        x0, y0, x1, y1 = (float(v) for v in pdf_page.mediabox)
        return x0, y0, x1, y1
    except Exception:  # noqa: BLE001 - a damaged MediaBox
        return 0.0, 0.0, 595.0, 842.0


def _is_bold(fontname: str) -> bool:
    name = fontname.split("+", 1)[-1].lower()
    return any(k in name for k in ("bold", "black", "heavy", "semibold", ",b"))


# --- pypdfium2 ------------------------------------------------------------------------------
def _pdfium_pages(data: bytes, path: str | None,
                  lp: LayoutParams = DEFAULT_LAYOUT) -> list[Page]:
    try:
        import pypdfium2 as pdfium  # type: ignore[import-untyped]
    except ImportError:
        raise MissingDependency(
            "the fast PDF engine needs pypdfium2: pip install 'kehoach-parser[pdf]'", path=path
        ) from None
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message or "security" in message:
            raise EncryptedPDF("the PDF is encrypted and needs a password", path=path) from None
        raise CorruptFile(f"damaged PDF: {exc}", path=path) from None
    pages: list[Page] = []
    try:
        for index in range(len(document)):
            page = Page(index + 1, 595.0, 842.0)
            try:
                pdf_page = document[index]
                width, height = pdf_page.get_size()
                page.width, page.height = float(width), float(height)
                textpage = pdf_page.get_textpage()
                page.lines = pdfium_lines(textpage, index + 1)
                page.grids = find_grids(rules_of_boxes(rule_boxes(pdf_page, lp), lp), lp)
                if page.grids:  # ruled tables: their text cut into cells
                    page.lines = [ln for ln in page.lines
                                  if not any(g.holds(ln) for g in page.grids)]
                    page.lines += cell_pieces(textpage, index + 1, page.grids)
                textpage.close()
                pdf_page.close()
            except pdfium.PdfiumError as exc:  # this page only: the others are read
                page.problems.append(f"PDFium: {exc}")
            pages.append(page)
    finally:
        document.close()
    if pages and all(p.problems for p in pages):
        raise CorruptFile(f"damaged PDF: no page could be read ({pages[0].problems[0]})",
                          path=path)
    # PDFium draws what it can of a damaged stream without a word: ask pdfminer.six.
    for number, problems in (pdfminer_stream_problems(data) or {}).items():
        if 1 <= number <= len(pages):
            pages[number - 1].problems.extend(problems)
    return pages


_EXTRACTORS: dict[str, Callable[[bytes, str | None, LayoutParams], list[Page]]] = {
    "layout": _pdfminer_pages,
    "fast": _pdfium_pages,
}


def extract_pages(data: bytes, *, engine: str, path: str | None = None,
                  layout: LayoutParams | None = None) -> list[Page]:
    """Positioned lines of every page, and its ruled tables' grids found with ``layout``'s
    rule thresholds (used by the benchmark and the loader)."""
    if engine not in _EXTRACTORS:
        raise ValueError(f"unknown PDF engine {engine!r}; choose one of {ENGINES}")
    return _EXTRACTORS[engine](data, path, layout or DEFAULT_LAYOUT)


#: Visible characters that make a text layer usable whatever the page count
#: (:func:`_check_text_layer`).
_MIN_VISIBLE = 200
#: A text of more words than this has more visible characters than a usable text layer
#: needs.
_ENOUGH_WORDS = _MIN_VISIBLE


def _check_text_layer(pages: list[Page], path: str | None) -> None:
    text = "".join(ln.text for p in pages for ln in p.lines)
    if not pages:
        raise EmptyDocument("the PDF has no pages", path=path)
    cids = len(_CID_RE.findall(text)) if "(cid:" in text else 0
    private = len(_PRIVATE_USE_RE.findall(text))
    if not cids and not private and len(text.split(maxsplit=_ENOUGH_WORDS)) > _ENOUGH_WORDS:
        # more than 200 words: more than 200 visible characters, and nothing to compare
        # them with (the count is needed only for a cid or private-use glyph, or a short text)
        return
    # characters that are not whitespace (str.split's test is the pattern \s's), cids aside
    visible = sum(map(len, (_CID_RE.sub("", text) if cids else text).split()))
    if cids and cids >= visible / 2:
        raise NoTextLayer(
            f"the PDF's fonts have no Unicode map ({cids} glyphs read as '(cid:N)'); "
            + _OCR_HINT, path=path,
        )
    if visible and private > 0.5 * visible:
        raise NoTextLayer("the PDF's glyphs have no Unicode map; " + _OCR_HINT, path=path)
    if visible < 10 * len(pages) and visible < _MIN_VISIBLE:
        raise NoTextLayer(
            f"the PDF has no usable text layer ({len(pages)} page(s), {visible} characters): "
            "a scanned image, or fonts without a Unicode map; " + _OCR_HINT, path=path,
        )


def load_pdf_bytes(data: bytes, *, path: str | None = None, engine: str | None = None,
                   layout: LayoutParams | None = None) -> LoadedText:
    """Extract the text of a PDF with ``engine`` (default: :func:`default_engine`) and
    the layout thresholds ``layout`` (default: the tuned :class:`LayoutParams`)."""
    engine = engine or default_engine()
    layout = layout or DEFAULT_LAYOUT
    pages = extract_pages(data, engine=engine, path=path, layout=layout)
    _check_text_layer(pages, path)
    removed = remove_furniture(pages, layout)
    text = paragraphs(pages, layout)
    if "(cid:" in text:
        text = _CID_RE.sub("", text)
    warnings = [ParseWarning(code="W120", message=describe(p.number, p.problems))
                for p in pages if p.problems]
    if removed:
        warnings.append(ParseWarning(
            code="W108", message=f"PDF page furniture removed: {removed} line(s) "
                                 "(page numbers, running headers/footers)",
        ))
    text, repair = repair_legacy_text(text)  # one pattern search when there is no hint
    warnings.extend(repair)
    encoding = f"pdf-{engine}" + ("+legacy-runs" if repair else "")
    return LoadedText(text, "pdf", encoding, warnings)


def page_count(data: bytes) -> int:
    """Number of pages (via pypdfium2), for benchmarks."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        return len(doc)
    finally:
        doc.close()


__all__ = ["DEFAULT_ENGINE", "ENGINES", "default_engine", "extract_pages", "load_pdf_bytes",
           "page_count"]


