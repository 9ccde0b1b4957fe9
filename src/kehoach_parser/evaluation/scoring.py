"""Score parsed documents against gold annotations, per area and per attribute."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from kehoach_parser.evaluation.error_classes import ERROR_CLASSES, indicator_error_classes
from kehoach_parser.evaluation.matching import (
    Record,
    date_key,
    indicator_score,
    key_scorer,
    match_greedy,
    norm_reference_number,
    norm_text,
    recipient_key,
    reference_key,
    section_key,
    value_score,
)

#: Metadata fields scored one by one ("signer.*" read the first signer).
METADATA_FIELDS: tuple[str, ...] = (
    "doc_type", "number", "symbol", "title", "place", "issued_date", "issuer",
    "signer.name", "signer.position", "signer.authority", "archive",
)

#: Record areas: matched as sets of records, scored with precision/recall/F1.  ``values`` is
#: the indicators again, matched on value, upper bound and unit only (no name, no
#: comparator): the "values and units" score of the indicator issue.
AREAS: tuple[str, ...] = ("sections", "recipients", "indicators", "dates", "references",
                          "values")

#: Areas read from another list of the gold and the parse.
_AREA_SOURCE: dict[str, str] = {"values": "indicators"}

#: Attributes whose accuracy is reported over matched pairs, per area.
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "sections": ("level", "kind"),
    "indicators": ("direction", "year", "label", "group", "unit", "total"),
    "dates": ("role",),
    "references": ("date", "issuer", "doc_type"),
    "recipients": (),
    "values": (),
}


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    matched: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.matched += other.matched

    @property
    def precision(self) -> float:
        return self.matched / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else (1.0 if not self.pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Tally:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def merge(self, other: Tally) -> None:
        self.correct += other.correct
        self.total += other.total

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass
class Mismatch:
    area: str
    kind: str  # "missed", "spurious", "attribute", "field"
    gold: Any = None
    pred: Any = None
    detail: str = ""


@dataclass
class DocumentScore:
    """One document's scores.

    ``metadata`` holds a tally only for the fields its gold has (not null, not empty), so that
    documents without a header do not inflate header accuracy; a value predicted for a field
    the gold leaves empty is counted in ``metadata_spurious`` instead.  ``results_as_indicators``
    counts predicted indicators that are gold *results* (report figures), never targets.
    """

    name: str
    areas: dict[str, Counts] = field(default_factory=dict)
    attributes: dict[str, Tally] = field(default_factory=dict)
    metadata: dict[str, Tally] = field(default_factory=dict)
    metadata_spurious: dict[str, int] = field(default_factory=dict)
    results_as_indicators: int = 0
    #: unmatched indicators by class (:mod:`kehoach_parser.evaluation.error_classes`)
    indicator_errors: dict[str, int] = field(default_factory=dict)
    mismatches: list[Mismatch] = field(default_factory=list)
    error: str | None = None


@dataclass
class CorpusScore:
    documents: list[DocumentScore] = field(default_factory=list)

    def area(self, name: str) -> Counts:
        total = Counts()
        for d in self.documents:
            if name in d.areas:
                total.add(d.areas[name])
        return total

    def attribute(self, name: str) -> Tally:
        return _merged(d.attributes.get(name) for d in self.documents)

    def metadata(self, name: str) -> Tally:
        """Accuracy of one field over the documents whose gold has it."""
        return _merged(d.metadata.get(name) for d in self.documents)

    def metadata_spurious(self, name: str) -> int:
        """Documents whose gold leaves the field empty but the parser filled it."""
        return sum(d.metadata_spurious.get(name, 0) for d in self.documents)

    @property
    def results_as_indicators(self) -> int:
        return sum(d.results_as_indicators for d in self.documents)

    def indicator_errors(self) -> dict[str, int]:
        """Unmatched indicators of every document by class, in the classes' order."""
        total: dict[str, int] = {}
        for d in self.documents:
            for k, n in d.indicator_errors.items():
                total[k] = total.get(k, 0) + n
        return {k: total[k] for k in ERROR_CLASSES if k in total}


def _merged(tallies: Iterable[Tally | None]) -> Tally:
    total = Tally()
    for t in tallies:
        if t is not None:
            total.merge(t)
    return total


def _scorer_for(area: str) -> Callable[[Record, Record], float | None]:
    if area == "indicators":
        return indicator_score
    if area == "values":
        return value_score
    keys: dict[str, Callable[[Record], object]] = {
        "dates": date_key, "references": reference_key, "sections": section_key,
        "recipients": recipient_key,
    }
    return key_scorer(keys[area])


def _attr_equal(area: str, attr: str, g: Any, p: Any) -> bool:
    if area == "indicators" and attr in ("unit", "total"):
        from kehoach_parser.evaluation.matching import same_number, units_compatible

        return units_compatible(g, p) if attr == "unit" else same_number(g, p)
    if isinstance(g, str) or isinstance(p, str):
        return norm_text(g) == norm_text(p)
    return bool(g == p)


def _metadata_value(view: dict[str, Any], name: str) -> Any:
    if name.startswith("signer."):
        signers = view.get("signers") or []
        return signers[0].get(name.split(".", 1)[1]) if signers else None
    if name == "archive":
        return [norm_text(a) for a in view.get("archive") or []]
    return view.get(name)


#: Header fields whose letter case does not matter (the spec says so of the issuer: "Ủy ban
#: nhân dân Thành phố Hà Nội" and "… thành phố Hà Nội" are one body).
CASELESS_FIELDS = frozenset({"issuer"})


def _same_field(name: str, g: Any, p: Any) -> bool:
    if not (isinstance(g, str) or isinstance(p, str)):
        return bool(g == p)
    a, b = norm_text(g), norm_text(p)
    if name in CASELESS_FIELDS and a is not None and b is not None:
        return a.casefold() == b.casefold()
    return a == b


def _recurring(date: Record) -> bool:
    """A date reported without a year ("--03-08"): the spec leaves it out of the count."""
    value = date.get("value")
    return isinstance(value, str) and value.startswith("--")


def _present(value: Any) -> bool:
    return value is not None and value != [] and value != ""


def score_document(name: str, gold: dict[str, Any], pred: dict[str, Any]) -> DocumentScore:
    """Compare one parsed document's gold view with its gold annotation."""
    result = DocumentScore(name=name)
    for f in METADATA_FIELDS:
        g, p = _metadata_value(gold, f), _metadata_value(pred, f)
        if not _present(g):
            if _present(p):
                result.metadata_spurious[f] = 1
                result.mismatches.append(Mismatch("metadata", "field", g, p, f))
            continue
        ok = _same_field(f, g, p)
        tally = Tally()
        tally.add(ok)
        result.metadata[f] = tally
        if not ok:
            result.mismatches.append(Mismatch("metadata", "field", g, p, f))
    for area in AREAS:
        source = _AREA_SOURCE.get(area, area)
        g_recs: list[Record] = gold.get(source) or []
        p_recs: list[Record] = pred.get(source) or []
        if area == "recipients":
            g_recs = [{"text": t} for t in g_recs]
            p_recs = [{"text": t} for t in p_recs]
        elif area == "dates":
            g_recs = [g for g in g_recs if not _recurring(g)]
            p_recs = [p for p in p_recs if not _recurring(p)]
        pairs = match_greedy(g_recs, p_recs, _scorer_for(area))
        result.areas[area] = Counts(len(g_recs), len(p_recs), len(pairs))
        if source != area:
            continue  # a second view of another area: its misses are listed there
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, g in enumerate(g_recs):
            if gi not in matched_g:
                result.mismatches.append(Mismatch(area, "missed", g))
        unmatched_p = [p for pi, p in enumerate(p_recs) if pi not in matched_p]
        if area == "indicators":
            result.indicator_errors = indicator_error_classes(
                g_recs, p_recs, pairs, gold.get("results") or [])
        if area == "indicators" and unmatched_p and gold.get("results"):
            as_results = match_greedy(gold["results"], unmatched_p, indicator_score)
            result.results_as_indicators = len(as_results)
        for p in unmatched_p:
            result.mismatches.append(Mismatch(area, "spurious", None, p))
        for attr in ATTRIBUTES[area]:
            tally = Tally()
            for gi, pi in pairs:
                ok = _attr_equal(area, attr, g_recs[gi].get(attr), p_recs[pi].get(attr))
                tally.add(ok)
                if not ok:
                    result.mismatches.append(
                        Mismatch(area, "attribute", g_recs[gi], p_recs[pi], attr)
                    )
            result.attributes[f"{area}.{attr}"] = tally
    return result


def aggregate(scores: Iterable[DocumentScore]) -> CorpusScore:
    return CorpusScore(documents=list(scores))


__all__ = [
    "AREAS", "ATTRIBUTES", "METADATA_FIELDS", "CorpusScore", "Counts", "DocumentScore",
    "Mismatch", "Tally", "aggregate", "norm_reference_number", "score_document",
]
