"""The public data contract: pydantic models for a parsed document.

Every model here is part of the library's API.  ``Document.model_dump(mode="json")``
contains every field of the gold annotation format (``docs/annotation.md``) under the same
name and meaning, plus provenance: each record carries ``span`` — ``[start, end)`` character
offsets into :attr:`Document.text`, the normalised text — and, where a record has several
extracted fields, ``field_spans`` with one span per field.

``kehoach schema`` prints :func:`document_json_schema`.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

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


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class ParseWarning(_Record):
    """Something the parser noticed and could not (or chose not to) resolve."""

    code: str = Field(description="Stable code, e.g. 'W101'; see kehoach_parser.errors.")
    message: str
    span: Span | None = None


class Signer(_Record):
    name: str | None = None
    position: str | None = Field(None, description="Title case: 'Chủ tịch', 'Phó Chủ tịch'.")
    authority: Authority | None = Field(
        None, description="The signer's own capacity: 'KT.', 'TM.', 'TL.', 'TUQ.' or null."
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
    children: list[SectionNode] = Field(default_factory=list)


class Section(_Record):
    """Flat view of a :class:`SectionNode` (the gold format's ``sections`` list)."""

    label: str
    title: str | None = None
    level: int
    kind: SectionKind | None = None
    category: str | None = None
    parent: int | None = Field(None, description="Index of the parent in the flat list.")
    span: Span
    body_span: Span


class Indicator(_Record):
    """A quantified (or enumerated qualitative) target the document commits to."""

    name: str | None
    group: str | None = None
    comparator: Comparator | None = None
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    direction: Direction | None = None
    year: int | None = None
    label: str | None = None
    text: str
    total: float | None = Field(None, description="Denominator of a fraction '36/41 thôn'.")
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
    span: Span
    field_spans: dict[str, Span] = Field(default_factory=dict)


class DateMention(_Record):
    text: str
    value: str | None = Field(description="ISO, as complete as written: '2026-02-27', '2026-Q1'.")
    role: DateRole
    granularity: Granularity | None = None
    recurring: bool = Field(False, description="A yearly date written without a year.")
    responsible: str | None = Field(None, description="Body a deadline is owed by.")
    task_span: Span | None = Field(None, description="The task sentence a deadline belongs to.")
    span: Span


class Term(_Record):
    """A span of years: 'nhiệm kỳ 2025 - 2030', 'giai đoạn 2026-2030', 'năm học 2025-2026'."""

    text: str
    kind: str | None = None
    start_year: int
    end_year: int
    span: Span


class Reference(_Record):
    """A cited document that has a number."""

    text: str
    doc_type: str | None
    number: str | None
    date: str | None = None
    issuer: str | None = None
    canonical_id: str | None = Field(None, description="type|number|year|issuer-code")
    relation: ReferenceRelation | None = None
    mentions: list[Span] = Field(default_factory=list, description="Every span citing it.")
    span: Span
    field_spans: dict[str, Span] = Field(default_factory=dict)


#: Document keys that are computed views, written by ``model_dump`` and ignored on input.
_DERIVED_VIEWS: frozenset[str] = frozenset({"recipients", "sections"})


class Document(BaseModel):
    """A parsed document.  Field names follow the gold annotation format."""

    model_config = ConfigDict(extra="forbid")

    # --- metadata (gold fields) ---
    doc_type: str | None = None
    number: str | None = None
    symbol: str | None = None
    title: str | None = None
    place: str | None = None
    issued_date: str | None = None
    issuer: str | None = None
    signers: list[Signer] = Field(default_factory=list)
    recipient_entries: list[Recipient] = Field(default_factory=list)
    archive: list[str] = Field(default_factory=list)
    # --- structure and records ---
    section_tree: list[SectionNode] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    results: list[Indicator] = Field(
        default_factory=list,
        description="Figures that report what was done or estimated, and facts about the "
                    "place: same record as an indicator, status 'result'; never targets.",
    )
    dates: list[DateMention] = Field(default_factory=list)
    terms: list[Term] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    # --- provenance ---
    field_spans: dict[str, Span] = Field(
        default_factory=dict, description="Span of each metadata field."
    )
    text: str = Field("", description="The normalised text every span points into.")
    source: str | None = None
    source_format: str = "text"
    encoding: str | None = None
    parser_version: str = ""
    warnings: list[ParseWarning] = Field(default_factory=list)

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
        """Only the fields of the gold annotation format, for comparison and display."""
        data = self.model_dump(mode="json")
        keep = (
            "doc_type", "number", "symbol", "title", "place", "issued_date", "issuer",
            "archive", "recipients",
        )
        out: dict[str, Any] = {k: data[k] for k in keep}
        out["signers"] = [
            {k: s[k] for k in ("name", "position", "authority")} for s in data["signers"]
        ]
        out["sections"] = [
            {k: s[k] for k in ("label", "title", "level", "kind")} for s in data["sections"]
        ]
        ind_keys = ("name", "group", "comparator", "value", "value_max", "unit", "direction",
                    "year", "label", "text", "total")
        out["indicators"] = [{k: i[k] for k in ind_keys} for i in data["indicators"]]
        out["results"] = [{k: i[k] for k in ind_keys} for i in data["results"]]
        out["dates"] = [{k: d[k] for k in ("text", "value", "role")} for d in data["dates"]]
        ref_keys = ("text", "doc_type", "number", "date", "issuer")
        out["references"] = [{k: r[k] for k in ref_keys} for r in data["references"]]
        return out


SectionNode.model_rebuild()


def document_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of :class:`Document` as serialised."""
    return Document.model_json_schema(mode="serialization")
