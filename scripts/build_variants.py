#!/usr/bin/env python
"""Build the variant fixtures of the labeled corpus (issue 5).

For every ``corpus/NAME.txt`` (with ``NAME.gold.json``) this writes, under
``corpus/variants/``:

* ``docx/NAME.docx`` -- the plan as a Word document: headings as heading styles, bold and
  italic runs, the "Số" / place-and-date lines in a two-column header table, "Nơi nhận" and
  the signature in a two-column footer table, a page number in the page header, and every
  "I.", "1.", "2.1.", "a)", "a.", "(1)" and "-" label as REAL Word automatic numbering
  (hand-written ``numbering.xml`` definitions; the label text is not in the paragraph).
  A label Word cannot produce (the Vietnamese letter "đ)") stays typed, as typists do.
* ``pdf/NAME.pdf`` -- that DOCX exported by LibreOffice (``soffice --headless``).
* ``tcvn3/NAME.txt`` -- the clean text in TCVN3 (ABC) bytes, capitals without a code written
  with the lower-case code as the .VnTimeH font has them, "Ủy" as the period spelling "Uỷ".
* ``vni/NAME.txt`` -- the clean text in VNI-Windows bytes.

and a copy of ``NAME.gold.json`` beside each.  Output is deterministic: fixed document
properties, fixed zip timestamps, PDF dates and IDs pinned.

Usage: ``.venv/bin/python scripts/build_variants.py [--only docx,pdf,tcvn3,vni]``
(needs python-docx; the PDF set needs LibreOffice: ``apt-get install libreoffice-writer``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
OUT = CORPUS / "variants"
FIXED_TIME = dt.datetime(2026, 1, 1, 0, 0, 0)

sys.path.insert(0, str(ROOT / "src"))


# --- reading the Markdown-ish corpus text ---------------------------------------------------
@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Label:
    kind: str          # "outline" | "letter_paren" | "letter_dot" | "paren" | "bullet"
    level: int         # ilvl within its list
    values: tuple[int, ...]
    printed: str = ""    # the label as typed in the clean text


@dataclass
class Para:
    runs: list[Run]
    heading: int = 0                 # number of '#' marks
    label: Label | None = None
    align: str = "justify"
    blank_before: bool = False

    @property
    def plain(self) -> str:
        return "".join(r.text for r in self.runs)


_EMPH_RE = re.compile(r"\*\*\*|\*\*|\*")


def parse_inline(text: str) -> list[Run]:
    runs: list[Run] = []
    bold = italic = False
    pos = 0
    for m in _EMPH_RE.finditer(text):
        if m.start() > pos:
            runs.append(Run(text[pos:m.start()], bold, italic))
        mark = m.group()
        if mark == "***":
            bold, italic = not bold, not italic
        elif mark == "**":
            bold = not bold
        else:
            italic = not italic
        pos = m.end()
    if pos < len(text):
        runs.append(Run(text[pos:], bold, italic))
    return [r for r in runs if r.text]


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_value(s: str) -> int:
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("multi", re.compile(r"(\d{1,2})\.(\d{1,2})\. ")),
    ("outline1", re.compile(r"(\d{1,2})\. ")),
    ("roman", re.compile(r"([IVXL]{1,6})\. ")),
    ("letter_paren", re.compile(r"([a-z])\) ")),
    ("letter_dot", re.compile(r"([a-z])\. ")),
    ("paren", re.compile(r"\((\d{1,2})\) ")),
    ("bullet", re.compile(r"- ")),
)


def find_label(plain: str) -> tuple[Label, int] | None:
    found = _find_label(plain)
    if found is None:
        return None
    label, end = found
    label.printed = plain[:end].strip()
    return label, end


def _find_label(plain: str) -> tuple[Label, int] | None:
    for name, rx in _LABELS:
        m = rx.match(plain)
        if not m:
            continue
        if name == "multi":
            return Label("outline", 2, (int(m.group(1)), int(m.group(2)))), m.end()
        if name == "outline1":
            return Label("outline", 1, (int(m.group(1)),)), m.end()
        if name == "roman":
            return Label("outline", 0, (roman_value(m.group(1)),)), m.end()
        if name in ("letter_paren", "letter_dot"):
            return Label(name, 0, (ord(m.group(1)) - 96,)), m.end()
        if name == "paren":
            return Label("paren", 0, (int(m.group(1)),)), m.end()
        return Label("bullet", 0, ()), m.end()
    return None


def strip_prefix(runs: list[Run], n: int) -> list[Run]:
    """Drop the first ``n`` characters of the runs (the typed label) and leading spaces."""
    out: list[Run] = []
    for r in runs:
        if n >= len(r.text):
            n -= len(r.text)
            continue
        out.append(Run(r.text[n:], r.bold, r.italic))
        n = 0
    while out and not out[0].text.strip():
        out.pop(0)
    if out:
        out[0] = Run(out[0].text.lstrip(), out[0].bold, out[0].italic)
    return out


def parse_corpus(text: str) -> list[Para]:
    paras: list[Para] = []
    blank = False
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            blank = True
            continue
        m = re.match(r"(#{1,6})\s*", line)
        heading = len(m.group(1)) if m else 0
        body = line[m.end():] if m else line
        runs = parse_inline(body)
        p = Para(runs, heading=heading, blank_before=blank)
        blank = False
        found = find_label(p.plain)
        if found:
            p.label, n = found
            p.runs = strip_prefix(runs, n)
        paras.append(p)
    return paras


# --- numbering -------------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

#: abstractNumId -> (name, [(numFmt, lvlText, suffix)] per level)
ABSTRACTS: dict[int, tuple[str, list[tuple[str, str, str]]]] = {
    1: ("outline", [("upperRoman", "%1.", "space"), ("decimal", "%2.", "space"),
                    ("decimal", "%2.%3.", "space")]),
    2: ("letter_paren", [("lowerLetter", "%1)", "space")]),
    3: ("letter_dot", [("lowerLetter", "%1.", "space")]),
    4: ("paren", [("decimal", "(%1)", "space")]),
    5: ("bullet", [("bullet", "-", "space")]),
}
_ABSTRACT_BY_NAME = {v[0]: k for k, v in ABSTRACTS.items()}


@dataclass
class NumInstance:
    num_id: int
    abstract: int
    starts: dict[int, int]
    counters: list[int | None] = field(default_factory=lambda: [None, None, None])

    def next_value(self, lvl: int) -> int:
        """What Word prints for the next paragraph at ``lvl`` of this instance."""
        current = self.counters[lvl]
        return self.starts.get(lvl, 1) if current is None else current + 1


class Numberer:
    """Decide, for each label, which w:num instance and level reproduce it exactly.

    This replays Word's counting (the same rules as kehoach_parser.loaders.docx_numbering):
    a new instance, with start overrides, is opened whenever continuing the current one
    would print a different number than the clean text has.
    """

    def __init__(self) -> None:
        self.instances: list[NumInstance] = []
        self.current: dict[str, NumInstance] = {}

    def _new(self, kind: str, starts: dict[int, int]) -> NumInstance:
        inst = NumInstance(len(self.instances) + 1, _ABSTRACT_BY_NAME[kind], starts)
        self.instances.append(inst)
        self.current[kind] = inst
        return inst

    def place(self, label: Label) -> tuple[int, int] | None:
        """(numId, ilvl) for ``label``, or None when Word cannot print it."""
        kind = label.kind
        inst = self.current.get(kind)
        if kind == "bullet":
            inst = inst or self._new(kind, {0: 1})
            return inst.num_id, 0
        lvl = label.level
        value = label.values[-1]
        if kind == "outline" and lvl == 2 and (inst is None or inst.counters[1] != label.values[0]):
            return None  # "2.1." without a "2." before it: typed
        if inst is None or inst.next_value(lvl) != value:
            starts = {0: value}
            if kind == "outline":
                roman_now = inst.counters[0] if inst is not None else None
                starts = {0: (roman_now or 0) + 1, 1: 1, 2: 1}
                starts[lvl] = value
                if lvl == 2:
                    return None
                parent_counters = inst.counters[:lvl] if inst is not None else []
                inst = self._new(kind, starts)
                for k, v in enumerate(parent_counters):
                    if k == 0:
                        continue  # the Roman level restarts from its override
                    inst.counters[k] = v
            else:
                inst = self._new(kind, starts)
        inst.counters[lvl] = value
        for deeper in range(lvl + 1, 3):
            inst.counters[deeper] = None
        return inst.num_id, lvl

    def xml(self) -> str:
        parts = [f'<w:numbering xmlns:w="{W_NS}">']
        for aid, (_name, levels) in ABSTRACTS.items():
            parts.append(f'<w:abstractNum w:abstractNumId="{aid}">'
                         '<w:multiLevelType w:val="multilevel"/>')
            for ilvl, (fmt, text, suff) in enumerate(levels):
                parts.append(
                    f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                    f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                    '<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
                )
            parts.append("</w:abstractNum>")
        for inst in self.instances:
            parts.append(f'<w:num w:numId="{inst.num_id}">'
                         f'<w:abstractNumId w:val="{inst.abstract}"/>')
            for lvl, start in sorted(inst.starts.items()):
                parts.append(f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/>'
                             "</w:lvlOverride>")
            parts.append("</w:num>")
        parts.append("</w:numbering>")
        return "".join(parts)


# --- document layout ---------------------------------------------------------------------------
_SO_RE = re.compile(r"^Số\s*:")
_DATE_RE = re.compile(r"^[^\W\d][\w ]*, ngày ")
_DOCTYPE_RE = re.compile(r"^(KẾ HOẠCH|QUYẾT ĐỊNH|NGHỊ QUYẾT|BÁO CÁO|CHƯƠNG TRÌNH)$")


def split_document(paras: list[Para]) -> tuple[list[Para], list[Para], list[Para], list[Para]]:
    """(header cells, body, recipients cell, signature cell)."""
    header: list[Para] = []
    i = 0
    while i < len(paras) and i < 4 and (_SO_RE.match(paras[i].plain)
                                        or _DATE_RE.match(paras[i].plain)):
        header.append(paras[i])
        i += 1
    rest = paras[i:]
    start = next((k for k, p in enumerate(rest) if p.plain.strip().startswith("Nơi nhận")), None)
    if start is None:
        return header, rest, [], []
    tail = rest[start:]
    lưu = next((k for k, p in enumerate(tail) if "Lưu:" in p.plain), None)
    if lưu is None:
        return header, rest, [], []
    return header, rest[:start], tail[: lưu + 1], tail[lưu + 1:]


def build_docx(text: str, dest: Path) -> None:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    paras = parse_corpus(text)
    header, body, recipients, signature = split_document(paras)
    document = docx.Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin, section.right_margin = Cm(3.0), Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(2.0)
    for style_name in ["Normal"] + [f"Heading {n}" for n in range(1, 7)]:
        style = document.styles[style_name]
        style.font.name = "Times New Roman"
        style.font.size = Pt(13)
        style.font.color.rgb = RGBColor(0, 0, 0)
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.append(fonts)
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), "Times New Roman")
        for theme_attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(theme_attr), None)
        if style_name != "Normal":
            style.font.bold = True
            style.font.italic = False
            style.font.size = Pt(13)
        style.paragraph_format.space_before = Pt(0)
        style.paragraph_format.space_after = Pt(6)

    # page number in the page header
    hdr = section.header.paragraphs[0]
    hdr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hdr._p.append(parse_xml(
        f'<w:fldSimple xmlns:w="{W_NS}" w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
    ))

    numberer = Numberer()

    def fill(paragraph: object, p: Para) -> None:
        for r in p.runs:
            run = paragraph.add_run(r.text)  # type: ignore[attr-defined]
            if r.bold:
                run.bold = True
            if r.italic:
                run.italic = True

    def add_numbering(paragraph: object, p: Para) -> list[Run]:
        """Attach Word numbering for the label, or type it when Word cannot print it."""
        if p.label is None:
            return p.runs
        placed = numberer.place(p.label)
        if placed is None:
            return [Run(p.label.printed + " "), *p.runs]
        num_id, ilvl = placed
        ppr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
        ppr.append(parse_xml(
            f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/>'
            "</w:numPr>"
        ))
        return p.runs

    def layout_table(left: list[Para], right: list[Para], widths: tuple[float, float]) -> None:
        table = document.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for grid_col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths,
                                   strict=True):
            grid_col.set(qn("w:w"), str(int(width * 567)))
        for col, (cell_paras, width) in enumerate(zip((left, right), widths, strict=True)):
            cell = table.rows[0].cells[col]
            cell.width = Cm(width)
            first = True
            for p in cell_paras:
                if p.blank_before and not first and col == 1:
                    cell.add_paragraph("")
                para = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER if col == 1 else WD_ALIGN_PARAGRAPH.LEFT
                fill(para, p if p.label is None or p.label.kind != "bullet"
                     else Para([Run("- "), *p.runs]))
                para.paragraph_format.space_after = Pt(0)

    if header:
        so = [p for p in header if _SO_RE.match(p.plain)]
        date = [p for p in header if not _SO_RE.match(p.plain)]
        layout_table(so, date, (6.0, 10.0))

    centered = True  # doc type and title lines, up to the first long paragraph
    for p in body:
        plain = p.plain.strip()
        if centered and (len(plain) > 160 or p.label is not None):
            centered = False
        para = document.add_paragraph()
        if p.heading:
            para.style = document.styles[f"Heading {min(p.heading, 6)}"]
        runs = add_numbering(para, p)
        fill(para, Para(runs))
        if centered:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if p.label is None:
                para.paragraph_format.first_line_indent = Cm(1.0)
        if _DOCTYPE_RE.match(plain):
            for run in para.runs:
                run.bold = True
    if recipients or signature:
        layout_table(recipients, signature, (8.0, 8.0))

    np_part = document.part.numbering_part
    np_part._element = parse_xml(numberer.xml())
    props = document.core_properties
    props.author = props.last_modified_by = "kehoach_parser fixtures"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    write_zip_deterministic(buf.getvalue(), dest)


def write_zip_deterministic(data: bytes, dest: Path) -> None:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    dest.write_bytes(out.getvalue())


# --- PDF ------------------------------------------------------------------------------------
_PDF_DATE_RE = re.compile(rb"/(CreationDate|ModDate)\s*\(D:[^)]*\)")
_PDF_ID_RE = re.compile(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]")


def build_pdf(docx_path: Path, dest: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit(
            "LibreOffice is needed for the PDF set: apt-get install libreoffice-writer")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
             "--convert-to", "pdf", "--outdir", tmp, str(docx_path)],
            check=True, capture_output=True, timeout=180,
        )
        data = (Path(tmp) / (docx_path.stem + ".pdf")).read_bytes()
    # pin the dates and the document ID (same length, so the xref offsets stay valid)
    data = _PDF_DATE_RE.sub(lambda m: pin(m.group(), b"D:20260101000000Z"), data)
    data = _PDF_ID_RE.sub(lambda m: re.sub(rb"<[0-9A-Fa-f]+>",
                                           lambda h: b"<" + b"0" * (len(h.group()) - 2) + b">",
                                           m.group()), data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]+",
                  lambda m: m.group()[:14] + b"0" * (len(m.group()) - 14),
                  data)
    dest.write_bytes(data)


def pin(field_bytes: bytes, value: bytes) -> bytes:
    head, _, _ = field_bytes.partition(b"(")
    inner = field_bytes[len(head) + 1:-1]
    value = value[: len(inner)].ljust(len(inner), b"0") if len(value) != len(inner) else value
    return head + b"(" + value + b")"


# --- legacy encodings -------------------------------------------------------------------------
def build_tcvn3(text: str) -> bytes:
    from kehoach_parser.loaders.encodings import tcvn3

    # Typists of the ABC era wrote "Uỷ ban": the capital Ủ has no TCVN3 code.
    text = text.replace("Ủy", "Uỷ")
    return tcvn3.encode(text).encode("cp1252")


def build_vni(text: str) -> bytes:
    from kehoach_parser.loaders.encodings import vni

    return vni.encode(text).encode("cp1252")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", default="docx,pdf,tcvn3,vni")
    args = ap.parse_args(argv)
    kinds = set(args.only.split(","))
    for sub in kinds:
        (OUT / sub).mkdir(parents=True, exist_ok=True)
    for txt in sorted(CORPUS.glob("*.txt")):
        gold = CORPUS / (txt.stem + ".gold.json")
        text = txt.read_text(encoding="utf-8")
        name = txt.stem
        if "docx" in kinds or "pdf" in kinds:
            docx_path = OUT / "docx" / f"{name}.docx"
            (OUT / "docx").mkdir(parents=True, exist_ok=True)
            build_docx(text, docx_path)
            shutil.copyfile(gold, OUT / "docx" / gold.name)
            if "pdf" in kinds:
                build_pdf(docx_path, OUT / "pdf" / f"{name}.pdf")
                shutil.copyfile(gold, OUT / "pdf" / gold.name)
        if "tcvn3" in kinds:
            (OUT / "tcvn3" / f"{name}.txt").write_bytes(build_tcvn3(text))
            shutil.copyfile(gold, OUT / "tcvn3" / gold.name)
        if "vni" in kinds:
            (OUT / "vni" / f"{name}.txt").write_bytes(build_vni(text))
            shutil.copyfile(gold, OUT / "vni" / gold.name)
        print("built", name, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
