"""The public data contract: pydantic models for a parsed document.

Every model here is part of the library's API.  ``Document.model_dump(mode="json")``
contains every field of the gold annotation format (``docs/annotation.md``) under the same
name and meaning, plus provenance: each record carries ``span`` — ``[start, end)`` character
offsets into :attr:`Document.text`, the normalised text — and, where a record has several
extracted fields, ``field_spans`` with one span per field.

``kehoach schema`` prints :func:`document_json_schema`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, TypeVar, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, computed_field, model_validator

from kehoach_parser.shared_field_names import own_field_names, share_field_names

#: ``(start, end)`` offsets into :attr:`Document.text`; serialised as ``[start, end]``.
Span = tuple[int, int]

Comparator = Literal[">", ">=", "<", "<=", "~", "=", "range"]
Direction = Literal["increase", "decrease", "maintain"]
Status = Literal["target", "result"]
DateRole = Literal[
    "issued", "reference", "deadline", "period_start", "period_end", "period", "event"]
Granularity = Literal["day", "month", "quarter", "half", "year"]
SectionKind = Literal[
    "purpose", "targets", "content", "tasks", "subjects", "timeline", "rewards",
    "implementation", "theme", "other",
]
Authority = Literal["TM.", "KT.", "TL.", "TUQ.", "Q."]
ReferenceRelation = Literal["basis", "implements", "proposal", "other"]
RecipientPurpose = Literal[
    "report", "implement", "follow", "coordinate", "inform", "publish", "other"]


class _GoldMark:
    """Marks a field that belongs to the gold annotation format (``docs/annotation.md``)."""

    def __repr__(self) -> str:
        return "GOLD"


#: The marker :data:`Gold` puts on a field; :meth:`Document.gold_view` keeps those fields.
GOLD = _GoldMark()
_T = TypeVar("_T")
#: ``name: Gold[str | None]`` — a field of the gold format (``Document.gold_view`` keeps it).
Gold = Annotated[_T, GOLD]


def _new_list() -> list[Any]:
    """A new empty list, the default of every list field.  (``default_factory=list`` made
    pydantic read ``list``'s signature from its text, compiling ``tokenize``'s pattern when
    the models are built: about 3 ms of ``import kehoach_parser``, issue 15.)"""
    return []


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)

    def model_post_init(self, context: Any, /) -> None:
        # records of the same shape share one set of set-field names (issue 15: memory)
        share_field_names(self)

    def __setattr__(self, name: str, value: Any) -> None:
        own_field_names(self, name)
        super().__setattr__(name, value)

    @property
    def model_fields_set(self) -> set[str]:
        """The names of the fields set on this record (a copy: records of one shape share
        the set, see ``shared_field_names``)."""
        return set(self.__pydantic_fields_set__)


#: Set on every record of a document whose text does not read as Vietnamese (W115) or as an
#: administrative document (W130): its values may come from garbled or unrelated text.
LowConfidence = Annotated[bool, Field(
    description="The document's text does not read as Vietnamese (W115) or as an "
                "administrative document (W130); read this record with care.")]


class ParseWarning(_Record):
    """Something the parser noticed and could not (or chose not to) resolve."""

    code: str = Field(description="Stable code, e.g. 'W101'; see kehoach_parser.errors.")
    message: str
    span: Span | None = None


class Signer(_Record):
    name: Gold[str | None] = None
    position: Gold[str | None] = Field(
        default=None, description="Title case: 'Chủ tịch', 'Phó Chủ tịch'.")
    authority: Gold[Authority | None] = Field(
        default=None, description="The signer's own capacity: 'KT.', 'TM.', 'TL.', 'TUQ.' or null."
    )
    on_behalf_of: str | None = Field(
        None, description="The body of a 'TM.' line, title case ('Ủy ban nhân dân')."
    )
    span: Span | None = None
    field_spans: dict[str, Span] = Field(default_factory=dict)


class Recipient(_Record):
    """One printed line under 'Nơi nhận:'."""

    text: str = Field(description="The line as printed, without '- ' and trailing ';,.'.")
    name: str = Field(description="The addressee(s) without the purpose note.")
    note: str | None = Field(None, description="The purpose note as printed, e.g. '(b/c)'.")
    purpose: RecipientPurpose | None = Field(None, description="The note's meaning.")
    span: Span


class SectionNode(_Record):
    """A numbered structural heading; ``children`` are the headings nested under it."""

    label: str = Field(
        description="Number as printed without trailing punctuation: 'I', '2.1', 'a'.")
    title: str | None = Field(
        None, description="Heading text; null for a part label printed with no title."
    )
    level: int = Field(ge=0, description="0 for parts above the Roman numerals ('PHẦN I').")
    kind: SectionKind | None = Field(None, description="Semantic kind; level 1 only.")
    category: str | None = Field(
        None, description="Policy area of the section, e.g. 'kinh tế', 'môi trường'."
    )
    span: Span = Field(description="The heading line.")
    body_span: Span = Field(description="From the heading to the end of the section.")
    children: list[SectionNode] = Field(default_factory=_new_list)


class Section(_Record):
    """Flat view of a :class:`SectionNode` (the gold format's ``sections`` list)."""

    label: Gold[str]
    title: Gold[str | None] = None
    level: Gold[int]
    kind: Gold[SectionKind | None] = None
    category: str | None = None
    parent: int | None = Field(None, description="Index of the parent in the flat list.")
    span: Span
    body_span: Span


class Indicator(_Record):
    """A quantified (or enumerated qualitative) target the document commits to."""

    name: Gold[str | None]
    group: Gold[str | None] = None
    comparator: Gold[Comparator | None] = None
    value: Gold[float | None] = None
    value_max: Gold[float | None] = None
    unit: Gold[str | None] = None
    direction: Gold[Direction | None] = None
    year: Gold[int | None] = None
    label: Gold[str | None] = None
    text: Gold[str]
    total: Gold[float | None] = Field(
        default=None, description="Denominator of a fraction '36/41 thôn'.")
    baseline_year: int | None = Field(None, description="'so với năm 2025' → 2025.")
    section: str | None = Field(None, description="Label path of the enclosing section, 'II/3'.")
    category: str | None = Field(None, description="Policy area: 'kinh tế', 'môi trường', ...")
    restates: int | None = Field(
        None, description="Index of an earlier indicator this mention restates."
    )
    status: Status | None = Field(
        None, description="'target' (in indicators) or 'result' (in results: achieved, "
                          "estimated or a fact about the place)."
    )
    status_confidence: float | None = Field(
        None, description="Probability of the status decision (null when decided by rule)."
    )
    base_value: float | None = Field(
        None, description="value in base_unit: scale words applied ('45 nghìn tỷ đồng' → 4.5e13)."
    )
    base_value_max: float | None = Field(None, description="value_max in base_unit.")
    base_unit: str | None = Field(
        None, description="The unit without scale words: 'đồng', 'đồng/người/năm', 'tấn', '%'."
    )
    low_confidence: LowConfidence = False
    span: Span
    field_spans: dict[str, Span] = Field(default_factory=dict)


class DateMention(_Record):
    text: Gold[str]
    value: Gold[str | None] = Field(
        description="ISO, as complete as written: '2026-02-27', '2026-Q1'.")
    role: Gold[DateRole]
    granularity: Granularity | None = None
    recurring: bool = Field(False, description="A yearly date written without a year.")
    responsible: str | None = Field(None, description="Body a deadline is owed by.")
    task_span: Span | None = Field(None, description="The task sentence a deadline belongs to.")
    low_confidence: LowConfidence = False
    span: Span


class Term(_Record):
    """A span of years: 'nhiệm kỳ 2025 - 2030', 'giai đoạn 2026-2030', 'năm học 2025-2026'."""

    text: str
    kind: str | None = None
    start_year: int
    end_year: int
    low_confidence: LowConfidence = False
    span: Span


class Reference(_Record):
    """A cited document that has a number."""

    text: Gold[str]
    doc_type: Gold[str | None]
    number: Gold[str | None]
    date: Gold[str | None] = None
    issuer: Gold[str | None] = None
    canonical_id: str | None = Field(None, description="type|number|year|issuer-code")
    relation: ReferenceRelation | None = None
    mentions: list[Span] = Field(default_factory=_new_list, description="Every span citing it.")
    low_confidence: LowConfidence = False
    span: Span
    field_spans: dict[str, Span] = Field(default_factory=dict)


class Provenance(_Record):
    """How a document was made (see :class:`~kehoach_parser.options.ParseOptions`)."""

    library_version: str = Field(description="kehoach_parser version that parsed it.")
    options: dict[str, Any] = Field(
        default_factory=dict,
        description="The ParseOptions that differ from the defaults of library_version, as "
                    "JSON (empty: all defaults).")
    segmenter_used: bool = Field(
        default=False,
        description="Whether word segmentation (underthesea, the 'nlp' extra) ran for this "
                    "document: installed, allowed by the options, and consulted.")


#: Document keys that are computed views, written by ``model_dump`` and ignored on input.
_DERIVED_VIEWS: frozenset[str] = frozenset({"recipients", "sections"})


class DocumentMetadata(BaseModel):
    """The metadata fields a document's header and issuer give (gold fields); the first
    fields of :class:`Document`, and what the pipeline's stages fill while reading."""

    model_config = ConfigDict(extra="forbid")

    doc_type: Gold[str | None] = None
    number: Gold[str | None] = None
    symbol: Gold[str | None] = None
    title: Gold[str | None] = None
    place: Gold[str | None] = None
    issued_date: Gold[str | None] = None
    issuer: Gold[str | None] = None


class Document(DocumentMetadata):
    """A parsed document.  Field names follow the gold annotation format."""

    # --- metadata (gold fields): doc_type ... issuer, from DocumentMetadata ---
    signers: Gold[list[Signer]] = Field(default_factory=_new_list)
    recipient_entries: list[Recipient] = Field(default_factory=_new_list)
    archive: Gold[list[str]] = Field(default_factory=_new_list)
    # --- structure and records ---
    section_tree: list[SectionNode] = Field(default_factory=_new_list)
    indicators: Gold[list[Indicator]] = Field(default_factory=_new_list)
    results: Gold[list[Indicator]] = Field(
        default_factory=_new_list,
        description="Figures that report what was done or estimated, and facts about the "
                    "place: same record as an indicator, status 'result'; never targets.",
    )
    dates: Gold[list[DateMention]] = Field(default_factory=_new_list)
    terms: list[Term] = Field(default_factory=_new_list)
    references: Gold[list[Reference]] = Field(default_factory=_new_list)
    # --- provenance ---
    field_spans: dict[str, Span] = Field(
        default_factory=dict, description="Span of each metadata field."
    )
    text: str = Field("", description="The normalised text every span points into.")
    source: str | None = None
    source_format: str = "text"
    encoding: str | None = None
    parser_version: str = ""
    warnings: list[ParseWarning] = Field(default_factory=_new_list)
    provenance: Provenance | None = Field(
        default=None, description="How it was made: options, library version, what ran.")

    #: The normaliser's character map from ``text`` back to the decoded input (an
    #: ``AlignedText``).  Private: never serialised, so a Document read back from JSON
    #: has none and :meth:`to_original` raises.
    _alignment: Any = PrivateAttr(default=None)

    def __eq__(self, other: object) -> bool:
        """Equal records and text; the private alignment is not compared (a Document read
        back from JSON equals the one it was written from)."""
        if not isinstance(other, Document):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]

    @property
    def has_offset_map(self) -> bool:
        """Whether :meth:`to_original` can map spans (a Document made by the parser in this
        process; not one read back from JSON)."""
        return self._alignment is not None

    def to_original(self, span: Span) -> Span:
        """Map ``span`` of :attr:`text` to ``(start, end)`` offsets in the original decoded
        text the document was parsed from (before markup removal, NFC, line rejoining and
        spelling repair): ``original[start:end]`` is what ``text[span]`` was made from.

        Only a Document made by the parser in this process knows the map; one built by
        hand or read back from JSON (``model_validate``) raises :class:`ValueError` —
        parse the file again to map its spans."""
        if not self.has_offset_map:
            raise ValueError("this Document has no offset map to its original text (it was "
                             "not made by the parser in this process, e.g. read from JSON); "
                             "parse the file again to map spans")
        start, end = self._alignment.to_original(span)
        return (int(start), int(end))

    def to_frames(self) -> dict[str, Any]:
        """The records as pandas DataFrames (the ``pandas`` extra): ``indicators``,
        ``results``, ``dates``, ``references``, ``sections``, ``recipients``, ``signers``;
        spans as ``start``/``end`` columns.  See :mod:`kehoach_parser.frames`."""
        from kehoach_parser.frames import document_frames

        return document_frames(self)

    @model_validator(mode="before")
    @classmethod
    def _drop_derived_views(cls, data: Any) -> Any:
        """Accept a dump of a Document: ``recipients`` and ``sections`` are views computed
        from ``recipient_entries`` and ``section_tree``, so they are read back by dropping
        them (what they hold is already in the fields they are computed from)."""
        if isinstance(data, dict) and ("recipients" in data or "sections" in data):
            data = {k: v for k, v in data.items() if k not in _DERIVED_VIEWS}
        return data

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recipients(self) -> list[str]:
        """Gold view: one printed string per recipient line."""
        return [r.text for r in self.recipient_entries]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def sections(self) -> list[Section]:
        """Gold view: the section tree flattened in document order."""
        flat: list[Section] = []

        def walk(nodes: list[SectionNode], parent: int | None) -> None:
            for node in nodes:
                flat.append(
                    Section(
                        label=node.label, title=node.title, level=node.level, kind=node.kind,
                        category=node.category, parent=parent, span=node.span,
                        body_span=node.body_span,
                    )
                )
                walk(node.children, len(flat) - 1)

        walk(self.section_tree, None)
        return flat

    def gold_view(self) -> dict[str, Any]:
        """Only the fields of the gold annotation format (those marked :data:`Gold`, and the
        computed views), for comparison and display."""
        return self.model_dump(mode="json", include=gold_include(type(self)))


def record_model(annotation: Any) -> type[BaseModel] | None:
    """The record model of a ``list[Model]`` annotation (``Gold[...]`` or not), else None."""
    if get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if get_origin(annotation) is list:
        (item,) = get_args(annotation)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return item
    return None


def gold_include(model: type[BaseModel]) -> dict[str, Any]:
    """The ``include`` argument of ``model_dump`` that keeps the gold fields of ``model``:
    its fields marked :data:`Gold` (recursively into lists of records) and, for a
    :class:`Document`, the computed views ``recipients`` and ``sections``."""
    spec: dict[str, Any] = {}
    annotations = {name: info.annotation for name, info in model.model_fields.items()
                   if GOLD in info.metadata}
    if issubclass(model, Document):
        for name in sorted(_DERIVED_VIEWS):
            annotations[name] = model.model_computed_fields[name].return_type
    for name, annotation in annotations.items():
        record = record_model(annotation)
        spec[name] = {"__all__": gold_include(record)} if record is not None else True
    return spec


SectionNode.model_rebuild()


def document_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of :class:`Document` as serialised."""
    return Document.model_json_schema(mode="serialization")
