"""Render a :class:`CorpusScore` as a text report or JSON."""

from __future__ import annotations

import json
from typing import Any

from kehoach_parser.evaluation.breakdown import GroupScore
from kehoach_parser.evaluation.scoring import (
    AREAS,
    ATTRIBUTES,
    METADATA_FIELDS,
    CorpusScore,
    Mismatch,
)
from kehoach_parser.evaluation.uncertainty import macro_f1, spread


def _fmt(x: float) -> str:
    return f"{x:.3f}"


def _brief(record: Any) -> str:
    if record is None:
        return "-"
    if isinstance(record, dict):
        keys = ("label", "name", "comparator", "value", "value_max", "unit", "text", "title",
                "number", "role", "level", "kind")
        parts = [f"{k}={record[k]!r}" for k in keys if k in record and record[k] is not None]
        return ", ".join(parts)[:220]
    return repr(record)[:220]


def render_text(score: CorpusScore, *, verbose: bool = False, title: str = "") -> str:
    out: list[str] = []
    n = len(score.documents)
    out.append(f"{title or 'evaluation'} — {n} document(s)")
    out.append("")
    out.append(f"{'area':<12} {'gold':>5} {'pred':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for area in AREAS:
        c = score.area(area)
        out.append(f"{area:<12} {c.gold:>5} {c.pred:>5} {c.matched:>5} {_fmt(c.precision):>6} "
                   f"{_fmt(c.recall):>6} {_fmt(c.f1):>6}")
    out.append("")
    out.append("how far the F1 can be trusted (documents with any record in the area; "
               "95 % bootstrap over documents)")
    out.append(f"  {'area':<12} {'docs':>5} {'macro F1':>9} {'micro F1 interval':>19} "
               f"{'gold in largest 5':>18}")
    for area in AREAS:
        s = spread(score, area)
        interval = "–" if s.low is None or s.high is None else f"{_fmt(s.low)} - {_fmt(s.high)}"
        macro = "–" if s.macro_f1 is None else _fmt(s.macro_f1)
        out.append(f"  {area:<12} {s.documents:>5} {macro:>9} {interval:>19} "
                   f"{s.top_share:>17.0%}")
    out.append("")
    out.append("attribute accuracy over matched pairs")
    for area in AREAS:
        for attr in ATTRIBUTES[area]:
            t = score.attribute(f"{area}.{attr}")
            out.append(f"  {area + '.' + attr:<24} {_fmt(t.accuracy)}  ({t.correct}/{t.total})")
    out.append("")
    out.append(f"indicators that are gold results (report figures): "
               f"{score.results_as_indicators}")
    errors = score.indicator_errors()
    if errors:
        out.append("")
        out.append("unmatched indicators by class (docs/evaluation.md)")
        for k, n in errors.items():
            out.append(f"  {k:<40} {n:>5}")
    out.append("")
    out.append("metadata over the documents whose gold has the field")
    out.append(f"  {'field':<24} {'accuracy':>8}  correct/total  filled where gold has none")
    for f in METADATA_FIELDS:
        t = score.metadata(f)
        out.append(f"  {f:<24} {_fmt(t.accuracy):>8}  {t.correct:>7}/{t.total:<5}  "
                   f"{score.metadata_spurious(f)}")
    out.append("")
    out.append("per document (F1)")
    header = f"  {'document':<28}" + "".join(f" {a[:10]:>10}" for a in AREAS) + "   metadata"
    out.append(header)
    for d in score.documents:
        meta_ok = sum(t.correct for t in d.metadata.values())
        row = f"  {d.name[:28]:<28}" + "".join(f" {_fmt(d.areas[a].f1):>10}" for a in AREAS)
        row += f"   {meta_ok}/{len(d.metadata)}"
        if d.error:
            row += f"   ERROR {d.error}"
        out.append(row)
    if verbose:
        for d in score.documents:
            if not d.mismatches:
                continue
            out.append("")
            out.append(f"== {d.name}")
            for m in d.mismatches:
                out.append("  " + _describe(m))
    return "\n".join(out)


def _describe(m: Mismatch) -> str:
    if m.kind == "missed":
        return f"[{m.area}] missed   {_brief(m.gold)}"
    if m.kind == "spurious":
        return f"[{m.area}] spurious {_brief(m.pred)}"
    if m.kind == "field":
        return f"[metadata] {m.detail}: gold={m.gold!r} pred={m.pred!r}"
    g = m.gold.get(m.detail) if isinstance(m.gold, dict) else m.gold
    p = m.pred.get(m.detail) if isinstance(m.pred, dict) else m.pred
    return f"[{m.area}] {m.detail}: gold={g!r} pred={p!r}   ({_brief(m.gold)})"


def render_json(score: CorpusScore) -> str:
    data: dict[str, Any] = {"documents": len(score.documents), "areas": {}, "attributes": {},
                            "metadata": {}, "per_document": []}
    for area in AREAS:
        c = score.area(area)
        s = spread(score, area)
        data["areas"][area] = {"gold": c.gold, "pred": c.pred, "matched": c.matched,
                               "precision": c.precision, "recall": c.recall, "f1": c.f1,
                               "macro_f1": s.macro_f1, "documents": s.documents,
                               "f1_interval": None if s.low is None else [s.low, s.high],
                               "gold_share_largest_5": s.top_share}
        for attr in ATTRIBUTES[area]:
            t = score.attribute(f"{area}.{attr}")
            data["attributes"][f"{area}.{attr}"] = {"accuracy": t.accuracy, "n": t.total}
    data["results_as_indicators"] = score.results_as_indicators
    data["indicator_errors"] = score.indicator_errors()
    for f in METADATA_FIELDS:
        t = score.metadata(f)
        data["metadata"][f] = {"correct": t.correct, "total": t.total, "accuracy": t.accuracy,
                               "spurious": score.metadata_spurious(f)}
    for d in score.documents:
        data["per_document"].append({
            "name": d.name, "error": d.error,
            "f1": {a: d.areas[a].f1 for a in AREAS},
            "metadata_correct": sum(t.correct for t in d.metadata.values()),
        })
    return json.dumps(data, ensure_ascii=False, indent=2)


#: The areas and header fields a breakdown table shows (the full report has the rest).
BREAKDOWN_AREAS: tuple[str, ...] = ("sections", "indicators", "values", "dates", "references")
BREAKDOWN_FIELDS: tuple[str, ...] = ("doc_type", "title", "issuer", "issued_date")


def render_breakdown(groups: list[GroupScore]) -> str:
    """A table of F1 per area and header fields right per group (``kehoach eval --by``).

    An area with no gold and no prediction in a group shows "–", as does a field no gold of
    the group has; "ind. macro" is the mean of the indicators F1 over the group's documents
    that have any indicator record."""
    if not groups:
        return ""
    key = groups[0].key
    width = max(12, *(len(g.value) for g in groups)) + 1
    head = (f"{'by ' + key:<{width}} {'docs':>5}" + "".join(f" {a[:10]:>10}" for a in
            BREAKDOWN_AREAS) + f" {'ind. macro':>10}" + "".join(f" {f[:11]:>11}" for f in
                                                                  BREAKDOWN_FIELDS))
    out = [head]
    for g in groups:
        row = f"{g.value:<{width}} {g.documents:>5}"
        for area in BREAKDOWN_AREAS:
            c = g.score.area(area)
            row += f" {'–' if c.gold == 0 and c.pred == 0 else _fmt(c.f1):>10}"
        macro = macro_f1(g.score, "indicators")
        row += f" {'–' if macro is None else _fmt(macro):>10}"
        for f in BREAKDOWN_FIELDS:
            t = g.score.metadata(f)
            row += f" {'–' if t.total == 0 else f'{t.correct}/{t.total}':>11}"
        out.append(row)
    return "\n".join(out)


def breakdown_json(groups: list[GroupScore]) -> list[dict[str, Any]]:
    """The breakdown as JSON-ready records (``kehoach eval --by … --json``)."""
    data: list[dict[str, Any]] = []
    for g in groups:
        areas: dict[str, Any] = {}
        for area in AREAS:
            c = g.score.area(area)
            areas[area] = {"gold": c.gold, "pred": c.pred, "matched": c.matched, "f1": c.f1,
                           "macro_f1": macro_f1(g.score, area)}
        fields = {f: {"correct": g.score.metadata(f).correct,
                      "total": g.score.metadata(f).total} for f in METADATA_FIELDS}
        data.append({"key": g.key, "value": g.value, "documents": g.documents,
                     "names": [d.name for d in g.score.documents], "areas": areas,
                     "metadata": fields})
    return data
