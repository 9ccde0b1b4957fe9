"""The parser as a spaCy pipeline component (the ``spacy`` extra).

>>> import spacy
>>> nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
>>> _ = nlp.add_pipe("kehoach")        # found through the package's entry point
>>> doc = nlp("KẾ HOẠCH\\nI. MỤC TIÊU\\n- Tỷ lệ hộ nghèo giảm còn 2,5% trong năm 2026.\\n")
>>> type(doc._.kehoach).__name__       # the Document
'Document'
>>> for span in doc.spans["indicators"]:
...     print(span.label_, span._.kehoach.value, span.text)
target 2.5 Tỷ lệ hộ nghèo giảm còn 2,5% trong năm 2026.

:func:`blank_vietnamese` builds that blank pipeline (spaCy's Vietnamese tokenizer with
``use_pyvi`` off: whitespace tokens, no pyvi needed).

The component parses ``doc.text`` with :func:`kehoach_parser.parse` and sets

- ``doc._.kehoach``: the :class:`~kehoach_parser.document.Document`;
- ``doc.spans["indicators" | "dates" | "references" | "sections"]``: one span per record
  (see :mod:`kehoach_parser.record_spans` for the labels), its record on ``span._.kehoach``
  and its record id (``"indicators:3"``) on ``span.id_``;
- ``doc._.kehoach_unaligned``: the spans that could not be placed on tokens (normally none).

The records' spans point into the *normalised* text (:attr:`Document.text`).  Each is mapped
back to ``doc.text`` through the parse's own alignment
(:meth:`~kehoach_parser.document.Document.to_original`; the text is not normalised a second
time), trimmed of surrounding
whitespace and expanded to whole tokens: a record is never dropped for falling inside a
token.  A span is unaligned only when nothing but whitespace (or nothing) of ``doc.text``
is left for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Protocol

from spacy.language import Language
from spacy.tokens import Doc, Span

from kehoach_parser.document import Document
from kehoach_parser.high_level import parse
from kehoach_parser.record_spans import SPAN_GROUPS, RecordSpan, record_spans

#: The component's name for ``nlp.add_pipe``.
COMPONENT_NAME: Final = "kehoach"
#: Extension attributes: ``doc._.kehoach``, ``doc._.kehoach_unaligned``, ``span._.kehoach``.
DOC_ATTR: Final = "kehoach"
UNALIGNED_ATTR: Final = "kehoach_unaligned"
SPAN_ATTR: Final = "kehoach"
#: Key of the record table in ``doc.user_data`` (record id → record), read by ``span._.kehoach``.
_RECORDS_KEY: Final = "kehoach_parser.records"


@dataclass(frozen=True)
class UnalignedSpan:
    """A record span that could not be placed on the doc's tokens."""

    record_id: str
    group: str
    span: tuple[int, int]
    original_span: tuple[int, int] | None
    reason: str


def blank_vietnamese() -> Language:
    """``spacy.blank("vi")`` with the tokenizer's ``use_pyvi`` off (no pyvi needed)."""
    import spacy

    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


def _span_record(span: Span) -> object:
    table = span.doc.user_data.get(_RECORDS_KEY)
    if not isinstance(table, dict):
        return None
    return table.get(span.id_)


def register_extensions() -> None:
    """Declare the ``._.`` attributes the component sets (idempotent)."""
    if not Doc.has_extension(DOC_ATTR):
        Doc.set_extension(DOC_ATTR, default=None)
    if not Doc.has_extension(UNALIGNED_ATTR):
        Doc.set_extension(UNALIGNED_ATTR, default=None)
    if not Span.has_extension(SPAN_ATTR):
        # A getter, not a stored value: spaCy keys stored span values by character offsets
        # only, so two records on the same tokens (an indicator and its date) would collide.
        Span.set_extension(SPAN_ATTR, getter=_span_record)


class KehoachComponent:
    """Sets ``doc._.kehoach`` and the four span groups; see the module docstring."""

    def __init__(self, name: str = COMPONENT_NAME) -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        document = parse(doc.text)
        groups: dict[str, list[Span]] = {group: [] for group in SPAN_GROUPS}
        records: dict[str, object] = {}
        unaligned: list[UnalignedSpan] = []
        for rs in record_spans(document):
            if not document.has_offset_map:
                unaligned.append(UnalignedSpan(rs.record_id, rs.group, rs.span, None,
                                               "the Document has no offset map to doc.text"))
                continue
            placed = place_span(doc, document, rs)
            if isinstance(placed, UnalignedSpan):
                unaligned.append(placed)
                continue
            groups[rs.group].append(placed)
            records[rs.record_id] = rs.record
        for group, spans in groups.items():
            doc.spans[group] = spans
        doc.user_data[_RECORDS_KEY] = records
        doc._.set(DOC_ATTR, document)
        doc._.set(UNALIGNED_ATTR, unaligned)
        return doc


class OffsetMap(Protocol):
    """What maps a span of the normalised text back to the text it was read from: the
    parsed :class:`~kehoach_parser.document.Document` (or its ``AlignedText``)."""

    def to_original(self, span: tuple[int, int], /) -> tuple[int, int]: ...


def place_span(doc: Doc, offsets: OffsetMap, rs: RecordSpan) -> Span | UnalignedSpan:
    """The tokens of ``doc`` that ``rs`` (a span of the normalised text) was read from."""
    start, end = offsets.to_original(rs.span)
    text = doc.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return UnalignedSpan(rs.record_id, rs.group, rs.span, (start, end),
                             "no text but whitespace in doc.text")
    span = doc.char_span(start, end, label=rs.label, alignment_mode="expand",
                         span_id=rs.record_id)
    if span is None:
        return UnalignedSpan(rs.record_id, rs.group, rs.span, (start, end),
                             "no token at the span's ends")
    return span


@Language.factory(COMPONENT_NAME)
def make_kehoach(nlp: Language, name: str) -> KehoachComponent:
    """The ``kehoach`` factory (entry point ``spacy_factories``)."""
    return KehoachComponent(name)


def document_of(doc: Doc) -> Document | None:
    """``doc._.kehoach``, typed."""
    value = doc._.get(DOC_ATTR) if Doc.has_extension(DOC_ATTR) else None
    return value if isinstance(value, Document) else None
