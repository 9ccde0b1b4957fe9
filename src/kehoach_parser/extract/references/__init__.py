"""References to other documents: every cited document that has a number.

One :class:`~kehoach_parser.document.Reference` per document, in order of first citation.
Repeated citations (full or short: "Kế hoạch 184", "Chỉ thị 41") are one reference with
several ``mentions``; a short form that matches no earlier citation ("Đề án 06") is a
reference of its own, numbered by its bare number.  See ``docs/dates_and_references.md``.
"""

from __future__ import annotations

from kehoach_parser.context import ParseContext
from kehoach_parser.document import Reference
from kehoach_parser.extract.references.canonical import canonical_id, relation_before, stronger
from kehoach_parser.extract.references.citations import (
    Citation,
    find_citations,
    find_short_forms,
    normalize_number,
)

__all__ = ["extract_references", "find_citations", "normalize_number"]


def _one_line(name: str) -> str:
    """A name read across a line break, on one line ("huyện Đông⏎Anh" → "huyện Đông Anh")."""
    return " ".join(name.split())


def _key(number: str) -> str:
    return normalize_number(number).casefold()


def _new_reference(text: str, cit: Citation, floor: int) -> Reference:
    spans: dict[str, tuple[int, int]] = {
        "doc_type": cit.type_span, "number": cit.number_span,
    }
    date = cit.date.iso() if cit.date is not None else None
    if cit.date is not None:
        spans["date"] = (cit.date.start, cit.date.end)
    issuer = None
    if cit.issuer_span is not None:
        issuer = _one_line(text[cit.issuer_span[0]:cit.issuer_span[1]])
        spans["issuer"] = cit.issuer_span
    start = cit.start
    ref = Reference(
        text=text[start:cit.end], doc_type=cit.doc_type, number=cit.number, date=date,
        issuer=issuer, canonical_id=None, relation=relation_before(text, start, floor),
        mentions=[(start, cit.end)], span=(start, cit.end), field_spans=spans,
    )
    ref.canonical_id = canonical_id(cit.doc_type, cit.number, date, issuer)
    return ref


def _merge(text: str, ref: Reference, cit: Citation, floor: int) -> None:
    """A later citation of ``ref``: add the mention, fill what the first one lacked."""
    start = cit.start
    ref.mentions.append((start, cit.end))
    ref.relation = stronger(ref.relation, relation_before(text, start, floor))
    changed = False
    if ref.date is None and cit.date is not None:
        ref.date = cit.date.iso()
        ref.field_spans["date"] = (cit.date.start, cit.date.end)
        changed = True
    if ref.issuer is None and cit.issuer_span is not None:
        ref.issuer = _one_line(text[cit.issuer_span[0]:cit.issuer_span[1]])
        ref.field_spans["issuer"] = cit.issuer_span
        changed = True
    if changed and ref.doc_type is not None and ref.number is not None:
        ref.canonical_id = canonical_id(ref.doc_type, ref.number, ref.date, ref.issuer)


def _alias_of(ref: Reference, cit: Citation) -> bool:
    """"Kế hoạch 184" stands for "Kế hoạch số 184/KH-UBND" (a leading zero may differ)."""
    if ref.number is None or ref.doc_type != cit.doc_type:
        return False
    num = normalize_number(ref.number).lstrip("0")
    short = cit.number.lstrip("0")
    return num == short or (num.startswith(short) and num[len(short):][:1] in ("/", "-"))


def _short_target(refs: list[Reference], cit: Citation) -> Reference | None:
    """The full citation a short form stands for: the nearest before it, else the first after."""
    matching = [r for r in refs if _alias_of(r, cit)]
    before = [r for r in matching if r.span[0] < cit.start]
    if before:
        return before[-1]
    return matching[0] if matching else None


def extract_references(ctx: ParseContext) -> None:
    text = ctx.text
    # the whole text: the "Căn cứ …" lines may sit above where the header stage puts the body,
    # and the document's own "Số: …" line is never read as a citation (no type word before it)
    start, end = 0, len(text)
    full = find_citations(text, start, end)
    refs: list[Reference] = []
    by_key: dict[str, Reference] = {}
    for cit in full:
        key = _key(cit.number)
        if key in by_key:
            _merge(text, by_key[key], cit, start)
            continue
        ref = _new_reference(text, cit, start)
        by_key[key] = ref
        refs.append(ref)
    full_refs = list(refs)
    for cit in find_short_forms(text, start, end, [(c.start, c.end) for c in full]):
        target = _short_target(full_refs, cit)
        if target is None:
            target = by_key.get(f"{cit.doc_type}|{cit.number.lstrip('0')}")
        if target is not None:
            _merge(text, target, cit, start)
            continue
        ref = _new_reference(text, cit, start)
        by_key[f"{cit.doc_type}|{cit.number.lstrip('0')}"] = ref
        refs.append(ref)
    for ref in refs:
        ref.mentions.sort()
    refs.sort(key=lambda r: r.mentions[0][0])
    ctx.references = refs
