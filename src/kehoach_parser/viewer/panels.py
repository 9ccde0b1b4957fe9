"""The parts of the page around the text: header summary, legend, outline, record tables,
warnings and the tooltip sources.  Each function returns an HTML fragment; every text it
inserts is escaped."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import PurePath

from kehoach_parser.document import Document, Indicator, SectionNode
from kehoach_parser.viewer.marks import HEADER_FIELDS, Mark
from kehoach_parser.viewer.palette import KINDS

_SNIPPET = 90


def _e(value: object) -> str:
    return "" if value is None else escape(str(value))


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else str(value)


def _snippet(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _SNIPPET else flat[: _SNIPPET - 1] + "…"


def _link(mark_id: str, text: str, present: set[str]) -> str:
    """A link to a mark in the text, or the bare text when the mark was not drawn."""
    label = _e(_snippet(text)) or "(empty)"
    if mark_id in present:
        return f'<a href="#{escape(mark_id)}">{label}</a>'
    return label


def page_title(doc: Document) -> str:
    """The document's title, else its file name."""
    if doc.title:
        return doc.title
    return PurePath(doc.source).name if doc.source else "Untitled document"


def header_summary(doc: Document, present: set[str]) -> str:
    """The banner: title and a definition list of the metadata, each linked to its span."""
    title = page_title(doc)
    rows: list[str] = []
    for name in HEADER_FIELDS:
        value = getattr(doc, name)
        if value:
            rows.append(f"<dt>{name}</dt><dd>{_link(f'header-{name}', str(value), present)}</dd>")
    for i, signer in enumerate(doc.signers):
        who = " ".join(x for x in (signer.authority, signer.position, signer.name) if x)
        rows.append(f"<dt>signer</dt><dd>{_link(f'signer-{i}', who or '(signer)', present)}</dd>")
    if doc.source:
        rows.append(f"<dt>source</dt><dd>{_e(doc.source)} ({_e(doc.source_format)})</dd>")
    return (f'<h1 lang="vi">{_e(title)}</h1>\n'
            f'<dl class="meta">{"".join(rows)}</dl>')


def legend(marks: list[Mark]) -> str:
    """One swatch per highlighted kind, with how many spans of it the text holds."""
    counts: dict[str, int] = {}
    for m in marks:
        counts[m.kind] = counts.get(m.kind, 0) + 1
    items = "".join(
        f'<li><span class="swatch k-{k.kind}">{escape(k.label)}</span> '
        f'<span class="count">{counts.get(k.kind, 0)}</span></li>'
        for k in KINDS
    )
    return f'<ul class="legend" aria-label="Highlight colours">{items}</ul>'


def outline(doc: Document, present: set[str]) -> str:
    """The section tree as nested lists of links; ids follow ``doc.sections`` order."""
    counter = [0]

    def walk(nodes: list[SectionNode]) -> str:
        if not nodes:
            return ""
        items: list[str] = []
        for node in nodes:
            mark_id = f"section-{counter[0]}"
            counter[0] += 1
            text = node.label + (f". {node.title}" if node.title else "")
            if mark_id in present:
                entry = (f'<a href="#{mark_id}" data-section="{mark_id}">'
                         f'{_e(_snippet(text))}</a>')
            else:
                entry = _e(_snippet(text))
            items.append(f"<li>{entry}{walk(node.children)}</li>")
        return f"<ol>{''.join(items)}</ol>"

    body = walk(doc.section_tree) or "<p>No sections found.</p>"
    return (f'<details id="outline-details" open><summary><h2 id="h-outline">Outline '
            f'<span class="count">({len(doc.sections)})</span></h2></summary>'
            f'<div lang="vi">{body}</div></details>')


def _table(caption_id: str, title: str, head: Sequence[str], rows: list[str]) -> str:
    heading = f'<h2 id="{caption_id}">{escape(title)} <span class="count">({len(rows)})</span></h2>'
    if not rows:
        return f'<section aria-labelledby="{caption_id}">{heading}<p>None found.</p></section>'
    th = "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
    return (f'<section aria-labelledby="{caption_id}">{heading}'
            f'<div class="scroll" role="region" aria-labelledby="{caption_id}" tabindex="0">'
            f'<table><thead><tr>{th}</tr></thead><tbody lang="vi">{"".join(rows)}</tbody>'
            f'</table></div></section>')


def _indicator_rows(kind: str, items: list[Indicator], present: set[str]) -> list[str]:
    rows: list[str] = []
    for i, ind in enumerate(items):
        value = _num(ind.value) + (f"–{_num(ind.value_max)}" if ind.value_max is not None else "")
        rows.append(
            f'<tr data-row="{kind}-{i}"><td>{_link(f"{kind}-{i}", ind.text, present)}</td>'
            f"<td>{_e(ind.label)}</td><td>{_e(ind.name)}</td><td>{_e(ind.comparator)}</td>"
            f"<td>{_e(value)}</td><td>{_e(ind.unit)}</td><td>{_e(ind.year)}</td>"
            f"<td>{_e(ind.direction)}</td><td>{_e(ind.section)}</td></tr>"
        )
    return rows


_INDICATOR_HEAD = ("text", "label", "name", "comparator", "value", "unit", "year",
                   "direction", "section")


def record_tables(doc: Document, present: set[str]) -> str:
    """Tables of indicators, results, dates and references whose rows link into the text."""
    dates = [
        f'<tr data-row="date-{i}"><td>{_link(f"date-{i}", d.text, present)}</td>'
        f"<td>{_e(d.value)}</td><td>{_e(d.role)}</td><td>{_e(d.responsible)}</td></tr>"
        for i, d in enumerate(doc.dates)
    ]
    refs = [
        f'<tr data-row="reference-{i}"><td>{_link(f"reference-{i}", r.text, present)}</td>'
        f"<td>{_e(r.doc_type)}</td><td>{_e(r.number)}</td><td>{_e(r.date)}</td>"
        f"<td>{_e(r.relation)}</td></tr>"
        for i, r in enumerate(doc.references)
    ]
    return "\n".join([
        _table("h-indicators", "Indicators", _INDICATOR_HEAD,
               _indicator_rows("indicator", doc.indicators, present)),
        _table("h-results", "Results", _INDICATOR_HEAD,
               _indicator_rows("result", doc.results, present)),
        _table("h-dates", "Dates", ("text", "value", "role", "responsible"), dates),
        _table("h-references", "References", ("text", "type", "number", "date", "relation"),
               refs),
    ])


def warnings_list(doc: Document, present: set[str]) -> str:
    """The parser's warnings; those with a span link to it."""
    heading = (f'<h2 id="h-warnings">Warnings <span class="count">({len(doc.warnings)})'
               f"</span></h2>")
    if not doc.warnings:
        return f'<section aria-labelledby="h-warnings">{heading}<p>None.</p></section>'
    items: list[str] = []
    for i, w in enumerate(doc.warnings):
        where = ""
        if w.span is not None and f"warning-{i}" in present:
            where = " — " + _link(f"warning-{i}", doc.text[w.span[0]:w.span[1]], present)
        items.append(f'<li data-row="warning-{i}"><code>{_e(w.code)}</code> '
                     f"{_e(w.message)}{where}</li>")
    return (f'<section aria-labelledby="h-warnings">{heading}'
            f'<ul class="warnings">{"".join(items)}</ul></section>')


def tooltip_sources(marks: list[Mark]) -> str:
    """One hidden ``role=tooltip`` element per focusable mark (its ``aria-describedby``)."""
    labels = {k.kind: k.label for k in KINDS}
    out: list[str] = []
    for m in marks:
        if m.kind == "section":
            continue
        rows = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in m.fields)
        out.append(f'<div role="tooltip" id="tip-{escape(m.mark_id)}">'
                   f"<strong>{escape(labels.get(m.kind, m.kind))}</strong>"
                   f"<dl>{rows}</dl></div>")
    return "".join(out)
