"""Small PDFs made inside the tests (fpdf2 with DejaVu, or raw PDF syntax)."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"),)


def _font_path(bold: bool = False) -> Path | None:
    name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    for d in FONT_DIRS:
        if (d / name).exists():
            return d / name
    return None


def unicode_font_available() -> bool:
    return _font_path() is not None


def raw_pdf(objects: list[bytes]) -> bytes:
    """Assemble numbered objects into a PDF with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def cid_pdf() -> bytes:
    """A page whose font has no Unicode map: text extractors see '(cid:N)'."""
    content = b"BT /F1 12 Tf 72 720 Td <0001000200030004000500060007> Tj ET\n" * 20
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>"),
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
        (b"<< /Type /Font /Subtype /Type0 /BaseFont /NoMap /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] >>"),
        (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoMap "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor 7 0 R /DW 500 >>"),
        (b"<< /Type /FontDescriptor /FontName /NoMap /Flags 4 /FontBBox [0 0 1000 1000] "
        b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>"),
    ])


def scanned_pdf(pages: int = 2) -> bytes:
    """Pages with only graphics (a grey box standing for a scanned image), no text."""
    content = b"0.5 g 50 50 495 742 re f\n"
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(pages)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(pages).encode() + b" >>",
    ]
    for i in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents "
                       + str(4 + 2 * i).encode() + b" 0 R >>")
        objects.append(b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content
                       + b"endstream")
    return raw_pdf(objects)


def text_pdf(pages: list[list[tuple[str, float | str, float, bool]]], *,
             encrypt: str | None = None, page_numbers: bool = False, size: float = 12) -> bytes:
    """fpdf2 PDF: each page is a list of (text, x, y_mm, bold) lines in DejaVu Serif; x is
    the left edge in mm, or "c:MM" to centre the line on MM."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.add_font("dv", "", str(_font_path()))
    pdf.add_font("dv", "B", str(_font_path(bold=True)))
    if encrypt:
        pdf.set_encryption(owner_password="owner", user_password=encrypt)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        if page_numbers:
            pdf.set_font("dv", "", 11)
            pdf.text(104, 10, str(number))
        for text, x, y, bold in lines:
            pdf.set_font("dv", "B" if bold else "", size)
            if isinstance(x, str):
                x = float(x[2:]) - pdf.get_string_width(text) / 2
            pdf.text(x, y, text)
    return bytes(pdf.output())


#: Words of :func:`mixed_lines`: syllables, a hyphenated code, a trailing hyphen, a share.
MIXED_WORDS = ("kế", "hoạch", "phát", "triển", "kinh", "tế", "xã", "hội", "năm", "2026",
               "UBND-HĐND", "e-gov-", "tỷ", "lệ", "95%", "đạt")
#: … and, for the ``rich`` pages, labels and a dash.
RICH_WORDS = (*MIXED_WORDS, "(1)", "—", "a)", "I.")


def mixed_lines(rnd: random.Random, *, rich: bool = False
                ) -> list[tuple[str, float | str, float, bool]]:
    """One page of :func:`text_pdf` lines: lines that end in a hyphen or a lone dash, second
    columns on the same baseline, three-cell rows, no-break spaces, zero-width and combining
    characters.  ``rich`` adds labels, tabs, a centred line, bold lines, longer lines and
    closer baselines (the identity benchmark's pages; the tests' are the plain ones)."""
    words = RICH_WORDS if rich else MIXED_WORDS
    cuts = (0.2, 0.3, 0.4, 0.5, 0.55) if rich else (0.25, 0.35, 0.45, 0.55, 0.0)
    lines: list[tuple[str, float | str, float, bool]] = []
    y = 20.0
    while y < (275 if rich else 270):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 11 if rich else 9)))
        tail = rnd.random()
        if tail < cuts[0]:
            text += "-"
        elif tail < cuts[1]:
            text += " -"
        elif tail < cuts[2]:
            text += "\u0301x\u200b"
        elif tail < cuts[3]:
            text += "\u00a0 y"
        elif tail < cuts[4]:
            text += "\tz   w"
        x: float | str = 20.0 if rnd.random() < 0.7 else float(rnd.randint(20, 110))
        if rich and rnd.random() < 0.1:
            x = "c:105"
        lines.append((text, x, y, rich and rnd.random() < 0.15))
        if rnd.random() < 0.3:
            lines.append(("cột hai ở bên phải", float(rnd.randint(120, 150)), y, False))
        if rnd.random() < 0.1:
            lines += [("a b", 60.0, y, False), ("c", 90.0, y, False)]
        y += rnd.choice([4.0, 5.0, 6.0, 8.0, 12.0] if rich else [5.0, 6.0, 8.0, 12.0])
    return lines


def render_plan(text: str, *, spacing: float = 0.0, size: float = 13) -> bytes:
    """Another producer than LibreOffice: fpdf2 lays the Markdown-ish plan out itself —
    justified body, centred title, "Số" and the date side by side, bold headings, no space
    between paragraphs (when ``spacing`` is 0), "Trang N" at the foot of every page."""
    import re

    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.add_font("dv", "", str(_font_path()))
    pdf.add_font("dv", "B", str(_font_path(bold=True)))
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, 20)

    def footer() -> None:
        pdf.set_y(-12)
        pdf.set_font("dv", "", 9)
        pdf.cell(0, 5, f"Trang {pdf.page_no()}", align="C")

    pdf.footer = footer  # type: ignore[method-assign]
    pdf.add_page()
    lines = [ln.strip() for ln in text.split("\n")]
    i = 0
    head: list[str] = []
    while i < len(lines) and (not lines[i] or lines[i].startswith("Số") or ", ngày" in lines[i]):
        if lines[i]:
            head.append(lines[i])
        i += 1
    pdf.set_font("dv", "", size)
    if head:
        y = pdf.get_y()
        pdf.set_xy(25, y)
        pdf.multi_cell(60, 6, head[0], align="C")
        if len(head) > 1:
            pdf.set_xy(95, y)
            pdf.multi_cell(90, 6, head[1], align="C")
        pdf.ln(4)
    centered = True
    for raw in lines[i:]:
        if not raw:
            continue
        bold = raw.startswith(("**", "#")) or raw.isupper()
        t = re.sub(r"^#+\s*", "", raw).replace("**", "").replace("*", "").strip()
        if not t:
            continue
        if centered and (len(t) > 160 or re.match(r"^([IVX]+|\d+)\.", t) or t.startswith("Căn cứ")):
            centered = False
        pdf.set_font("dv", "B" if bold else "", size)
        pdf.set_x(25)
        pdf.multi_cell(0, 6, t, align="C" if centered else "J")
        pdf.ln(spacing)
    return bytes(pdf.output())


def furniture_pdf(items: int = 60) -> bytes:
    """Several pages with a running header, "- N -" page numbers at the foot, and numbered
    paragraphs whose last line ("ra.") falls at the same place on every page."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.add_font("dv", "", str(_font_path()))
    pdf.set_margins(25, 25, 20)

    def header() -> None:
        pdf.set_font("dv", "", 9)
        pdf.set_y(8)
        pdf.cell(0, 5, "UBND xã Hương Bình - Kế hoạch số 12/KH-UBND", align="R")
        pdf.set_xy(25, 25)
        pdf.set_font("dv", "", 13)

    def footer() -> None:
        pdf.set_y(-12)
        pdf.set_font("dv", "", 9)
        pdf.cell(0, 5, f"- {pdf.page_no()} -", align="C")
        pdf.set_font("dv", "", 13)

    pdf.header = header  # type: ignore[method-assign]
    pdf.footer = footer  # type: ignore[method-assign]
    pdf.add_page()
    pdf.set_font("dv", "", 13)
    for i in range(items):
        pdf.set_x(25)
        pdf.multi_cell(0, 6, f"{i + 1}. Nội dung thi đua số {i + 1}: các cơ quan, đơn vị tổ chức "
                             "thực hiện tốt nhiệm vụ được giao, bảo đảm tiến độ và chất lượng "
                             "theo kế hoạch đề ra.", align="J")
    return bytes(pdf.output())


#: A table cell as drawn: its lines, top to bottom (wrapped as given; [] for an empty cell).
Cell = list[str]


def ruled_table_pdf(pages: list[list[list[Cell]]], widths: list[float], *,
                    rules: str = "lines", above: str | list[str] = "", below: str = "",
                    top: float = 30.0, size: float = 11, middle: bool = False) -> bytes:
    """fpdf2 PDF of a ruled table, one list of rows per page: every row's cells drawn line
    by line from their top, a rule around every cell; a row of fewer cells than ``widths``
    has its last cell merged over the columns left.  ``rules`` is "lines" (stroked
    lines), "rects" (thin filled rectangles, as Word's export draws them) or "none" (the
    same text with no rule at all).  ``above``/``below``: a paragraph before the table on
    the first page (a list: its lines, 1.3 line heights apart) and after it on the last.
    ``middle``: cells centred in their row's height (Word's "centre" cell alignment)."""
    from fpdf import FPDF

    pitch, pad, left = size * 0.45, 1.5, 20.0
    pdf = FPDF(format="A4", unit="mm")
    pdf.add_font("dv", "", str(_font_path()))
    pdf.set_font("dv", "", size)
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + w)

    def hline(y: float) -> None:
        if rules == "lines":
            pdf.line(xs[0], y, xs[-1], y)
        elif rules == "rects":
            for a, b in itertools.pairwise(xs):
                pdf.rect(a, y - 0.1, b - a, 0.2, style="F")

    def vline(x: float, y0: float, y1: float) -> None:
        if rules == "lines":
            pdf.line(x, y0, x, y1)
        elif rules == "rects":
            pdf.rect(x - 0.1, y0, 0.2, y1 - y0, style="F")

    for number, rows in enumerate(pages):
        pdf.add_page()
        y = top
        if above and number == 0:
            for text in [above] if isinstance(above, str) else above:
                pdf.text(left, y, text)
                y += 1.3 * pitch
            y += 1.7 * pitch
        hline(y)
        for row in rows:
            height = max(len(c) for c in row) * pitch + 2 * pad
            for k, cell in enumerate(row):
                drop = (height - 2 * pad - len(cell) * pitch) / 2 if middle else 0.0
                for n, text in enumerate(cell):
                    pdf.text(xs[k] + pad, y + pad + drop + (n + 0.8) * pitch, text)
            # a row of fewer cells: its last cell spans the columns left (no rule inside)
            for x in [*xs[:len(row)], xs[-1]]:
                vline(x, y, y + height)
            y += height
            hline(y)
        if below and number == len(pages) - 1:
            pdf.text(left, y + 3 * pitch, below)
    return bytes(pdf.output())
