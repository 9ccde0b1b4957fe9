"""DOCX loader (python-docx, extra ``docx``).

The text it produces looks like the clean corpus text:

* one paragraph per line, a blank line between paragraphs; consecutive "- " items of a
  list stay on adjacent lines;
* automatic numbering rebuilt from ``numbering.xml`` (:mod:`.docx_numbering`) and written in
  front of the paragraph exactly as Word prints it ("II. ", "2.1. ", "a) ", "- ");
* cues kept as Markdown the normaliser removes: a heading style as ``#`` marks, a paragraph
  whose text is all bold as ``**…**``;
* layout tables (the two-column header "issuing body | quốc hiệu / Số | place, date" and the
  footer "Nơi nhận | signature") read cell by cell, row by row, each cell's paragraphs on
  their own lines; data tables (targets) one row per line, cells joined by " | ";
* runs in the legacy fonts (.VnTime… = TCVN3, .VnTimeH = TCVN3 capitals, VNI-… = VNI)
  converted to Unicode, and any other mojibake run repaired (:mod:`.encodings`).

Page headers, footers, footnotes and comments are not part of the text.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from kehoach_parser.document import ParseWarning
from kehoach_parser.errors import CorruptFile, EmptyDocument, MissingDependency, ResourceLimit
from kehoach_parser.lang.vi.date_words import DAY_WORD
from kehoach_parser.lang.vi.header_words import NUMBER_LINE_WORDS
from kehoach_parser.lang.vi.layout_words import HEADING_STYLE_WORDS, LAYOUT_TABLE_WORDS
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lang.vi.signatures import AUTHORITY_PREFIXES
from kehoach_parser.loaders.base import LoadedText
from kehoach_parser.loaders.docx_numbering import NumberingState, W
from kehoach_parser.loaders.encodings import decode_tcvn3, repair_legacy_text, vni
from kehoach_parser.loaders.limits import DEFAULT_LIMITS, FileLimits, check_zip_members

_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_HEADING_RE = re.compile("^" + alternation(HEADING_STYLE_WORDS) + r"\s*(\d)$", re.IGNORECASE)
#: A cell of a layout table: a header or signature word, the number line ("Số: …"), the
#: place and date (", ngày …"), a signing authority ("KT. CHỦ TỊCH").
_LAYOUT_CUES = re.compile(
    alternation(LAYOUT_TABLE_WORDS) + "|^" + alternation(NUMBER_LINE_WORDS) + r"\s*:"
    + f"|, {DAY_WORD}|^" + alternation(a for a in AUTHORITY_PREFIXES if "/" not in a) + r"\.",
    re.MULTILINE,
)
_BULLET_RE = re.compile(r"^[-+•] ")


def _import_docx() -> Any:
    try:
        import docx
    except ImportError:
        raise MissingDependency(
            "reading DOCX needs python-docx: pip install 'kehoach-parser[docx]'"
        ) from None
    return docx


class _Styles:
    """Paragraph/run style facts: heading level, bold, font, numbering."""

    def __init__(self, styles_el: Any | None) -> None:
        self.by_id: dict[str, Any] = {}
        self.default_para: str | None = None
        self.default_font: str | None = None
        if styles_el is None:
            return
        for st in styles_el.findall(W + "style"):
            sid = st.get(W + "styleId") or ""
            self.by_id[sid] = st
            if st.get(W + "type") == "paragraph" and st.get(W + "default") in ("1", "true"):
                self.default_para = sid
        defaults = styles_el.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
        if defaults is not None:
            self.default_font = defaults.get(W + "ascii")

    def chain(self, sid: str | None) -> Iterator[Any]:
        seen: set[str] = set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            st = self.by_id[sid]
            yield st
            based = st.find(W + "basedOn")
            sid = None if based is None else based.get(W + "val")

    def heading_level(self, sid: str | None) -> int:
        for st in self.chain(sid):
            name = st.find(W + "name")
            m = _HEADING_RE.match(name.get(W + "val") or "") if name is not None else None
            if m:
                return int(m.group(1))
            outline = st.find(f"{W}pPr/{W}outlineLvl")
            if outline is not None and (outline.get(W + "val") or "").isdigit():
                lvl = int(outline.get(W + "val") or "9")
                return lvl + 1 if lvl < 9 else 0
        return 0

    def bold(self, sid: str | None) -> bool:
        for st in self.chain(sid):
            b = st.find(f"{W}rPr/{W}b")
            if b is not None:
                return _on(b)
        return False

    def font(self, sid: str | None) -> str | None:
        for st in self.chain(sid):
            f = st.find(f"{W}rPr/{W}rFonts")
            if f is not None and f.get(W + "ascii"):
                return str(f.get(W + "ascii"))
        return None

    def num_pr(self, sid: str | None) -> tuple[str, int] | None:
        for st in self.chain(sid):
            np = st.find(f"{W}pPr/{W}numPr")
            if np is not None:
                nid = np.find(W + "numId")
                ilvl = np.find(W + "ilvl")
                return (
                    "" if nid is None else nid.get(W + "val") or "",
                    0 if ilvl is None else int(ilvl.get(W + "val") or 0),
                )
        return None

    def style_links(self) -> dict[str, str]:
        """numbering style name -> its numId (for abstractNum numStyleLink)."""
        out: dict[str, str] = {}
        for sid, st in self.by_id.items():
            np = st.find(f"{W}pPr/{W}numPr/{W}numId")
            if np is not None:
                out[sid] = np.get(W + "val") or ""
        return out


def _on(el: Any) -> bool:
    return (el.get(W + "val") or "true").lower() not in ("0", "false", "off", "none")


def _legacy_kind(font: str | None) -> str | None:
    if not font:
        return None
    f = font.strip().lower()
    if f.startswith(".vn"):
        return "tcvn3-upper" if f.endswith("h") else "tcvn3"
    if f.startswith(("vni-", "vni ")):
        return "vni"
    return None


class _Reader:
    def __init__(self, document: Any, label_hints: dict[str, list[str]] | None = None) -> None:
        self.label_hints = label_hints or {}
        part = document.part
        styles_el = None
        try:
            styles_el = part.styles.element if hasattr(part, "styles") else None
        except Exception:  # noqa: BLE001 - a document may lack a styles part
            styles_el = None
        self.styles = _Styles(styles_el)
        numbering_el = None
        try:
            numbering_el = part.numbering_part.element
        except Exception:  # noqa: BLE001 - no numbering part: no automatic numbers
            numbering_el = None
        self.numbering = NumberingState(numbering_el, self.styles.style_links())
        self.legacy: dict[str, int] = {}

    # --- runs ---------------------------------------------------------------------------
    def _run_text(self, r: Any, para_style: str | None) -> tuple[str, bool]:
        parts: list[str] = []
        for el in r.iter():
            tag = el.tag
            if tag == W + "t":
                parts.append(el.text or "")
            elif tag == W + "tab":
                parts.append("\t")
            elif tag in (W + "br", W + "cr"):
                if el.get(W + "type") in (None, "textWrapping"):
                    parts.append("\n")
            elif tag == W + "noBreakHyphen" or tag == W + "sym":
                parts.append("-")
        text = "".join(parts)
        rpr = r.find(W + "rPr")
        bold = None
        font = None
        if rpr is not None:
            b = rpr.find(W + "b")
            if b is not None:
                bold = _on(b)
            rs = rpr.find(W + "rStyle")
            if rs is not None:
                if bold is None and self.styles.bold(rs.get(W + "val")):
                    bold = True
                font = self.styles.font(rs.get(W + "val"))
            rf = rpr.find(W + "rFonts")
            if rf is not None and (rf.get(W + "ascii") or rf.get(W + "hAnsi")):
                font = rf.get(W + "ascii") or rf.get(W + "hAnsi")
        if bold is None:
            bold = self.styles.bold(para_style)
        if font is None:
            font = self.styles.font(para_style) or self.styles.font(self.styles.default_para)
            font = font or self.styles.default_font
        kind = _legacy_kind(font)
        if kind and text and not text.isascii():
            if kind == "vni":
                text = vni.decode(text)
            else:
                text = decode_tcvn3(text)
                if kind == "tcvn3-upper":
                    text = text.upper()
            self.legacy[kind.split("-")[0]] = self.legacy.get(kind.split("-")[0], 0) + 1
        elif kind == "tcvn3-upper" and text:
            text = text.upper()
        return text, bold

    def _runs(self, p: Any) -> Iterator[Any]:
        """Runs of a paragraph in order: inside hyperlinks, insertions, smart tags, fields;
        not deleted text, not the fallback copy of alternate content, not text boxes."""
        for child in p:
            tag = child.tag
            if tag == W + "r":
                yield child
            elif tag in (W + "hyperlink", W + "ins", W + "smartTag", W + "fldSimple",
                         W + "customXml", W + "sdt", W + "sdtContent", W + "moveTo"):
                yield from self._runs(child)
            elif tag == _MC + "AlternateContent":
                choice = child.find(_MC + "Choice")
                if choice is not None:
                    yield from self._runs(choice)

    def paragraph(self, p: Any) -> str:
        ppr = p.find(W + "pPr")
        style = None
        num = None
        if ppr is not None:
            ps = ppr.find(W + "pStyle")
            style = ps.get(W + "val") if ps is not None else None
            np = ppr.find(W + "numPr")
            if np is not None:
                nid = np.find(W + "numId")
                ilvl = np.find(W + "ilvl")
                num = (
                    "" if nid is None else nid.get(W + "val") or "",
                    0 if ilvl is None else int(ilvl.get(W + "val") or 0),
                )
        style = style or self.styles.default_para
        if num is None:
            num = self.styles.num_pr(style)
        pieces: list[tuple[str, bool]] = []
        in_field_code = False
        for r in self._runs(p):
            fc = r.find(W + "fldChar")
            if fc is not None:
                kind = fc.get(W + "fldCharType")
                in_field_code = kind == "begin"
                if kind == "separate":
                    in_field_code = False
                continue
            if in_field_code:
                continue
            pieces.append(self._run_text(r, style))
        text = "".join(t for t, _ in pieces).replace("\t", " ")
        label = ""
        if num is not None:
            found = self.numbering.label(*num)
            label = found or ""
        body = text.strip()
        if not body:
            return ""
        if num is not None and self.label_hints.get(_hint_key(body)):
            label = self.label_hints[_hint_key(body)].pop(0) + " "
        visible = [(t, b) for t, b in pieces if t.strip()]
        all_bold = bool(visible) and all(b for _, b in visible)
        heading = self.styles.heading_level(style)
        line = label + body
        if all_bold and "\n" not in line:
            line = f"**{line}**"
        if heading:
            line = "#" * min(heading, 6) + " " + line
        return line

    # --- tables -------------------------------------------------------------------------
    def _cell_paragraph_lines(self, tc: Any) -> list[str]:
        lines: list[str] = []
        for child in tc:
            if child.tag == W + "p":
                lines.append(self.paragraph(child))
            elif child.tag == W + "tbl":
                lines.extend(self.table(child).split("\n"))
            elif child.tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    lines.extend(self._cell_paragraph_lines(content))
        return lines

    def _rows(self, tbl: Any) -> list[list[list[str]]]:
        rows: list[list[list[str]]] = []
        for tr in tbl.findall(W + "tr"):
            cells: list[list[str]] = []
            for tc in tr.findall(W + "tc"):
                vmerge = tc.find(f"{W}tcPr/{W}vMerge")
                if vmerge is not None and (vmerge.get(W + "val") or "continue") == "continue":
                    cells.append([])
                    continue
                cells.append(self._cell_paragraph_lines(tc))
            rows.append(cells)
        return rows

    def table(self, tbl: Any) -> str:
        rows = self._rows(tbl)
        width = max((len(r) for r in rows), default=0)
        flat = "\n".join(line for r in rows for c in r for line in c)
        layout = (
            width <= 2 and len(rows) <= 4
            and (any(sum(1 for ln in c if ln) >= 2 for r in rows for c in r)
                 or _LAYOUT_CUES.search(flat) is not None)
        )
        if layout:
            blocks: list[str] = []
            for r in rows:
                for c in r:
                    lines = _trim_blank([ln for ln in c])
                    if lines:
                        blocks.append("\n".join(lines))
            return "\n\n".join(blocks)
        out: list[str] = []
        for r in rows:
            cells = [" ".join(ln for ln in c if ln).strip() for c in r]
            if any(cells):
                out.append(" | ".join(cells))
        return "\n".join(out)

    # --- body ---------------------------------------------------------------------------
    def blocks(self, container: Any) -> Iterator[str]:
        for child in container:
            tag = child.tag
            if tag == W + "p":
                text = self.paragraph(child)
                if text:
                    yield text
                yield from self._textboxes(child)
            elif tag == W + "tbl":
                text = self.table(child)
                if text.strip():
                    yield text
            elif tag in (W + "sdt", W + "customXml"):
                content = child.find(W + "sdtContent") if tag == W + "sdt" else child
                if content is not None:
                    yield from self.blocks(content)

    def _textboxes(self, p: Any) -> Iterator[str]:
        for box in p.iter(W + "txbxContent"):
            if any(a.tag == _MC + "Fallback" for a in box.iterancestors()):
                continue
            yield from self.blocks(box)


def _trim_blank(lines: list[str]) -> list[str]:
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def join_blocks(blocks: list[str]) -> str:
    """Blank line between paragraphs; adjacent list items ("- …") on adjacent lines."""
    out: list[str] = []
    for block in blocks:
        if out and _BULLET_RE.match(block) and _BULLET_RE.match(out[-1].rsplit("\n", 1)[-1]):
            out[-1] = out[-1] + "\n" + block
        else:
            out.append(block)
    return "\n\n".join(out) + "\n"


def _hint_key(body: str) -> str:
    return " ".join(body.split())[:120]


_HINT_LINE_RE = re.compile(r"^\s*(\S{1,12})\s+(\S.*?)\s*$")


def label_hints_from_text(text: str) -> dict[str, list[str]]:
    """Labels as another renderer printed them: paragraph text -> labels, in order.

    Used for .doc files, whose DOCX export by LibreOffice can split one Word 97 list into
    several: the labels LibreOffice itself prints (its text export) win."""
    hints: dict[str, list[str]] = {}
    for line in text.splitlines():
        m = _HINT_LINE_RE.match(line)
        if m and re.fullmatch(
                r"[\dIVXLivxl]{1,6}(?:\.\d{1,3})*[.)]?|[a-zđA-Z][.)]|\(\d{1,3}\)|[-+•]",
                m.group(1)):
            hints.setdefault(_hint_key(m.group(2)), []).append(m.group(1))
    return hints


def load_docx_bytes(data: bytes, *, path: str | None = None,
                    label_hints: dict[str, list[str]] | None = None,
                    limits: FileLimits | None = None) -> LoadedText:
    """Read a DOCX file's body text.  Raises CorruptFile / EmptyDocument, and ResourceLimit
    for a DOCX that would unpack past ``limits`` (a zip bomb), before inflating anything.

    ``label_hints`` (paragraph text -> list labels) overrides the numbering of the
    paragraphs it names (see :func:`label_hints_from_text`)."""
    docx = _import_docx()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            check_zip_members(z.infolist(), limits or DEFAULT_LIMITS, path, what="DOCX")
            names = set(z.namelist())
            if "word/document.xml" not in names:
                raise CorruptFile("not a Word document (no word/document.xml)", path=path)
            bad = z.testzip()
            if bad is not None:
                raise CorruptFile(f"damaged zip member {bad}", path=path)
        document = docx.Document(io.BytesIO(data))
    except (CorruptFile, ResourceLimit):
        raise
    except zipfile.BadZipFile as exc:
        raise CorruptFile(f"not a valid DOCX (zip): {exc}", path=path) from None
    except Exception as exc:  # noqa: BLE001 - python-docx/lxml raise many types
        raise CorruptFile(f"cannot read DOCX: {type(exc).__name__}: {exc}", path=path) from None
    reader = _Reader(document, label_hints)
    try:
        blocks = list(reader.blocks(document.element.body))
    except Exception as exc:  # noqa: BLE001 - malformed XML inside a valid zip
        raise CorruptFile(f"cannot read DOCX body: {type(exc).__name__}: {exc}",
                          path=path) from None
    text = join_blocks(blocks)
    if not text.strip():
        raise EmptyDocument("the DOCX holds no text", path=path)
    warnings: list[ParseWarning] = []
    encoding: str | None = None
    if reader.legacy:
        what = ", ".join(f"{n} run(s) in {k.upper()} fonts"
                         for k, n in sorted(reader.legacy.items()))
        warnings.append(ParseWarning(code="W102", message=f"legacy encoding converted: {what}"))
        encoding = "+".join(sorted(reader.legacy))
    text, repair_warnings = repair_legacy_text(text)
    if repair_warnings:
        warnings.extend(repair_warnings)
        encoding = (encoding + "+" if encoding else "") + "legacy-runs"
    if reader.numbering.unresolved:
        warnings.append(ParseWarning(
            code="W109",
            message=f"{reader.numbering.unresolved} numbered paragraph(s) refer to missing "
                    "numbering definitions; their labels are missing",
        ))
    return LoadedText(text, "docx", encoding, warnings)
