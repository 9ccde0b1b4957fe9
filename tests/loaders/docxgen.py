"""Tiny DOCX files made inside the tests with python-docx and hand-written numbering."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass
class P:
    text: str
    num: tuple[int, int] | None = None  # (numId, ilvl)
    style: str | None = None
    bold: bool = False
    font: str | None = None


@dataclass
class Table:
    rows: list[list[list[str]]]  # rows -> cells -> paragraphs


@dataclass
class Spec:
    abstracts: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # id -> levels
    nums: dict[int, tuple[int, dict[int, int]]] = field(default_factory=dict)  # id -> (abs, starts)


def numbering_xml(spec: Spec) -> str:
    parts = [f'<w:numbering xmlns:w="{W_NS}">']
    for aid, levels in spec.abstracts.items():
        parts.append(f'<w:abstractNum w:abstractNumId="{aid}">')
        for ilvl, (fmt, text) in enumerate(levels):
            parts.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                         f'<w:lvlText w:val="{text}"/></w:lvl>')
        parts.append("</w:abstractNum>")
    for nid, (aid, starts) in spec.nums.items():
        parts.append(f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>')
        for lvl, start in starts.items():
            parts.append(f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/>'
                         "</w:lvlOverride>")
        parts.append("</w:num>")
    parts.append("</w:numbering>")
    return "".join(parts)


def make_docx(blocks: list[P | Table], spec: Spec | None = None) -> bytes:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()

    def fill(paragraph: object, p: P) -> None:
        run = paragraph.add_run(p.text)  # type: ignore[attr-defined]
        if p.bold:
            run.bold = True
        if p.font:
            run.font.name = p.font
        if p.num is not None:
            ppr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
            ppr.append(parse_xml(
                f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{p.num[1]}"/>'
                f'<w:numId w:val="{p.num[0]}"/></w:numPr>'))

    for block in blocks:
        if isinstance(block, P):
            para = document.add_paragraph(style=block.style)
            fill(para, block)
        else:
            ncols = max(len(r) for r in block.rows)
            table = document.add_table(rows=len(block.rows), cols=ncols)
            for r, row in enumerate(block.rows):
                for c, cell_paras in enumerate(row):
                    cell = table.rows[r].cells[c]
                    for k, text in enumerate(cell_paras):
                        para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                        fill(para, P(text))
    if spec is not None:
        document.part.numbering_part._element = parse_xml(numbering_xml(spec))
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
