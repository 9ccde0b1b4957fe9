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
def _pdfminer_pages(data: bytes, path: str | None) -> list[Page]:
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
            page, ok = _pdfminer_page(number, pdf_page, interpreter, device, path)
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
                   path: str | None) -> tuple[Page, bool]:
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
    for box in layout:
        if not isinstance(box, LTTextBox):
            continue
        for tl in box:
            if not isinstance(tl, LTTextLine):
                continue
            text = _SPACES_RE.sub(" ", tl.get_text().rstrip("\n"))
            if not text.strip():
                continue
            chars = [c for c in tl if isinstance(c, LTChar) and c.get_text().strip()]
            size = statistics.median(c.size for c in chars) if chars else 0.0
            bold = bool(chars) and sum(_is_bold(c.fontname) for c in chars) > 0.8 * len(chars)
            page.lines.append(Line(number, tl.x0, tl.y0, tl.x1, tl.y1, text, size, bold))
    return page, True


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
def _pdfium_pages(data: bytes, path: str | None) -> list[Page]:
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
                page.lines = _pdfium_lines(textpage, index + 1)
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


def _pdfium_lines(textpage: object, page_no: int) -> list[Line]:
    """Lines of a PDFium text page: its text split at the line breaks PDFium reports, each
    line's box from its characters' boxes, and a line cut where a wide gap separates two
    columns.  Only the first and last character of each word are measured (a column gap
    always shows as a space in PDFium's text), and the text is cut with string methods
    rather than a loop over characters, which keeps the engine fast."""
    count = textpage.count_chars()  # type: ignore[attr-defined]
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)[:count]  # type: ignore[attr-defined]
    get_box = _loose_box_reader(textpage)
    lines: list[Line] = []
    seg_start = 0
    for brk in _PDFIUM_BREAK_RE.finditer(text):
        i = brk.start()
        if brk.group() in "\r\n":
            _line_segments(text[seg_start:i], seg_start, get_box, page_no, lines)
        else:
            # PDFium's mark for a hyphen at a line end; it reports no line break after it
            _line_segments(text[seg_start:i] + "-", seg_start, get_box, page_no, lines)
        seg_start = i + 1
    _line_segments(text[seg_start:], seg_start, get_box, page_no, lines)
    return lines


#: The characters that end a line in PDFium's text: line breaks and its end-of-line hyphen.
_PDFIUM_BREAK_RE = re.compile("[\r\n\x02\ufffe]")
#: Words of a line: runs of characters that are not ``str.isspace`` (the same test).
_SOLID_RE = re.compile(r"\S+")

Box = tuple[float, float, float, float]


def _loose_box_reader(textpage: Any) -> Callable[[int], Box]:
    """``get_charbox(index, loose=True)`` of ``textpage``, without the wrapper's per-call
    allocation when PDFium's raw call is reachable (the same numbers either way)."""
    try:
        import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]
        from pypdfium2 import PdfiumError

        rect = pdfium_c.FS_RECTF()
        raw_call = pdfium_c.FPDFText_GetLooseCharBox
        handle = textpage.raw
    except (ImportError, AttributeError):  # another pypdfium2: its public call
        return lambda index: textpage.get_charbox(index, loose=True)

    def read(index: int) -> Box:
        if not raw_call(handle, index, rect):
            raise PdfiumError("Failed to get charbox.")
        return rect.left, rect.bottom, rect.right, rect.top
    return read


def _line_segments(line: str, first: int, get_box: Callable[[int], Box], page_no: int,
                   out: list[Line]) -> None:
    """The segments of one PDFium line (``line``, its first character at ``first`` in the
    page's characters), cut where a word starts more than two line heights after the
    right edge of what precedes it."""
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


_EXTRACTORS: dict[str, Callable[[bytes, str | None], list[Page]]] = {
    "layout": _pdfminer_pages,
    "fast": _pdfium_pages,
}


def extract_pages(data: bytes, *, engine: str, path: str | None = None) -> list[Page]:
    """Positioned lines of every page (used by the benchmark and the loader)."""
    if engine not in _EXTRACTORS:
        raise ValueError(f"unknown PDF engine {engine!r}; choose one of {ENGINES}")
    return _EXTRACTORS[engine](data, path)


def _check_text_layer(pages: list[Page], path: str | None) -> None:
    text = "".join(ln.text for p in pages for ln in p.lines)
    if not pages:
        raise EmptyDocument("the PDF has no pages", path=path)
    cids = len(_CID_RE.findall(text))
    visible = len(re.sub(r"\s", "", _CID_RE.sub("", text)))
    if cids and cids >= visible / 2:
        raise NoTextLayer(
            f"the PDF's fonts have no Unicode map ({cids} glyphs read as '(cid:N)'); "
            + _OCR_HINT, path=path,
        )
    private = len(_PRIVATE_USE_RE.findall(text))
    if visible and private > 0.5 * visible:
        raise NoTextLayer("the PDF's glyphs have no Unicode map; " + _OCR_HINT, path=path)
    if visible < 10 * len(pages) and visible < 200:
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
    pages = extract_pages(data, engine=engine, path=path)
    _check_text_layer(pages, path)
    removed = remove_furniture(pages, layout)
    text = paragraphs(pages, layout)
    text = _CID_RE.sub("", text)
    warnings = [ParseWarning(code="W120", message=describe(p.number, p.problems))
                for p in pages if p.problems]
    if removed:
        warnings.append(ParseWarning(
            code="W108", message=f"PDF page furniture removed: {removed} line(s) "
                                 "(page numbers, running headers/footers)",
        ))
    text, repair = repair_legacy_text(text)
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


