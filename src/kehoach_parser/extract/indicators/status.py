"""Is a figure a target, a result, or neither?  The status decision of every candidate.

Reports, resolutions and news pages review what was done and then set new targets, often
in one sentence ("ước thực hiện 812 tỷ đồng, đạt 48,3% kế hoạch; năm 2026 phấn đấu …").  The
extractor finds every quantified clause (a *candidate*) and notes the cues it met on the way
(a past sentence, words of achievement, an earlier year, a section that reports results or
describes means — ``Draft.cues``).  This module turns a candidate into **features** — those
cues, the status words of :mod:`kehoach_parser.lang.vi.status_words` before, right after and
around the value, the year against the plan's year, the section's kind, the document's kind,
the comparator, direction and unit — and decides its status:

* ``"target"`` — an indicator (``Document.indicators``);
* ``"result"`` — a reported figure or a fact about the place (``Document.results``);
* ``"none"`` — neither (a budget, a criterion, a count about a meeting): dropped.

Two deciders share the features: the **rule baseline** (:func:`rule_status`, the extractor's
cues read as hard rules) and a **learned model**, a multinomial logistic regression trained
on the real corpus's train split (``scripts/train_status_model.py``; weights as plain JSON
in ``models/indicator_status.json``, read by :mod:`kehoach_parser.models.status_model` with
pure Python — scikit-learn is needed only to train).  The model is used when its weights are
found, the rules otherwise; the environment variable ``KEHOACH_STATUS=rules`` forces the
baseline (for comparisons).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from itertools import compress, islice

import regex

from kehoach_parser.context import ParseContext
from kehoach_parser.document import SectionNode
from kehoach_parser.extract import windows
from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.extract.indicators.clauses import Draft
from kehoach_parser.extract.indicators.context_cues import PREFIX as CONTEXT_PREFIX
from kehoach_parser.extract.indicators.context_cues import (
    WINDOW_PREFIX,
    context_features,
    window_features,
)
from kehoach_parser.extract.indicators.sections import SectionInfo
from kehoach_parser.extract.indicators.status_kind import (
    PREFIX,
    KindScan,
    crossed_features,
    doc_kind_features,
    scan,
    section_kind,
)
from kehoach_parser.extract.indicators.status_shapes import structural_cues
from kehoach_parser.lang.vi.achievement_words import COMMIT_MARKERS
from kehoach_parser.lang.vi.doc_kind_words import KIND_ONLY_CUES
from kehoach_parser.lang.vi.status_words import (
    COMMIT_GROUPS,
    COMMIT_LEAD_JOINERS,
    COMMIT_LEAD_NOUNS,
    COMMITMENT_BREAKERS,
    ENACTING_FORMULAS,
    LIKE_COMPARING_AFTER,
    LIKE_COMPARING_BEFORE,
    LIKE_LIST_OPENERS,
    OVER_FULL_CONNECTORS,
    PLAN_FIGURE_BRACKET_MARKERS,
    PLAN_FIGURE_MARKERS,
    REVIEW_GROUPS,
    SENTENCE_COMMIT_GROUPS,
    STATUS_CUES,
    TARGET_DECISION_VERBS,
    TARGET_LIST_OPENERS,
    TITLE_CUES,
)
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.models.status_model import StatusModel, default_status_model

STATUSES = ("target", "result", "none")
#: ``KEHOACH_CONTEXT_CUES=1`` adds the weak context cues (``c:…``) to the features of the
#: candidates collected for training (``train_status_model.py --context-cues`` sets it); a
#: parse computes them only for a model that weighs them
CONTEXT_CUES_ENV = "KEHOACH_CONTEXT_CUES"
#: The model drops a figure the rules keep as a target only when it is at least this sure
#: (dropping loses a target for good; cross-validated on train, a margin between 0.6 and
#: 0.9 costs no target F1).
NONE_MARGIN = 0.0

#: Extractor cues that the rule baseline reads as "a result" / "neither".
RESULT_CUES = frozenset({"past_sentence", "achieved", "earlier_year", "paren_results",
                         "table_result", "pair_actual", "trajectory_start", "past_period"})
NONE_CUES = frozenset({"means_name", "eligibility"})
#: Cues of the text's own structure that decide alone, whatever the model says: the start of
#: "từ X xuống Y" and the achieved half of "X/Y" are reported figures; a column headed "Thực
#: hiện" holds results, one headed "Kế hoạch" targets; a value that qualifies for an award
#: ("từ 95 điểm trở lên được đề nghị tặng") is neither.  The planned half of "X/Y" (cue
#: ``pair_plan``) in a line that reviews or a results section is no record: a plan quoted
#: in a review ("đạt 53,5/52 ha") is the measure of the result (its ``total``), not a
#: target of the text; elsewhere the model decides it.
FIXED_CUES: tuple[tuple[str, str], ...] = (
    ("trajectory_start", "result"), ("pair_actual", "result"),
    ("table_result", "result"), ("table_plan", "target"), ("eligibility", "none"),
    ("over_full_share", "result"),
    # a span of years that ended before the plan's year, named before the value
    ("past_period", "result"),
    # the planned half of "đạt 512,7/498 tỷ đồng" in a line that reviews: the measure of
    # the achieved half (its ``total``), no record of its own (:func:`.status_shapes.
    # structural_cues`)
    ("pair_plan_reviewed", "none"),
    # "đã hoàn thành 80%", "Đến nay … xử lý được 60%" / "phấn đấu xử lý được 60%": the verb
    # phrase before a share (:func:`.status_shapes.share_shape`, via ``structural_cues``)
    ("achieved_share", "result"), ("committed_share", "target"),
    # "04 xã: Gia Thuận, Tân Điền, …": a count of the places it lists (brief H19S;
    # :func:`.status_shapes.named_members`)
    ("named_members", "none"),
    # "đạt 96% kế hoạch", "bằng 87% dự toán" without a commitment: a share below 100 of a
    # plan reached (:func:`.status_shapes.plan_share`)
    ("plan_share", "result"),
)

#: first word → (the phrase's other words, its groups), longest phrases first
class _PhraseTable(dict[str, list[tuple[list[str], tuple[str, ...]]]]):
    """Phrases by their first word (the rest of each phrase, its groups), longest first;
    ``longest``: the most words a phrase holds."""

    longest: int = 1


def _phrase_table(cues: dict[str, tuple[str, ...]]) -> _PhraseTable:
    """The phrases of ``cues`` (group → phrases) by their first word, longest first."""
    phrase_groups: dict[str, list[str]] = {}
    for group, phrases in cues.items():
        for p in phrases:
            phrase_groups.setdefault(lx.fold(p).casefold(), []).append(group)
    table = _PhraseTable()
    for phrase, gs in phrase_groups.items():
        ws = phrase.split()
        table.setdefault(ws[0], []).append((ws[1:], tuple(gs)))
        table.longest = max(table.longest, len(ws))
    for opts in table.values():
        opts.sort(key=lambda o: -len(o[0]))
    return table


_BY_FIRST_WORD = _phrase_table(STATUS_CUES)


@cache
def _kind_table() -> _PhraseTable:
    """The status words with the document-kind words (:mod:`.status_kind`), built when a
    document's kind is first weighed."""
    return _phrase_table({**STATUS_CUES, **KIND_ONLY_CUES})


_TOKEN_RE = lazy_compile(r"[\p{L}\p{N}]+(?:\.[\p{L}]+)?")
_TOKEN_SEP = "\x00"  # no token holds it, and it folds to itself
_TITLE_RES = {k: lazy_compile(lx.word_alternation(v), lx.FLAGS) for k, v in TITLE_CUES.items()}
#: Where a sentence ends: ".", "!", "?", ";" before a space, or a line break.
_BOUNDARY_RE = lazy_compile(r"[.!?;:](?=\s)|\n")
_BOUNDARY_BACK_RE = lazy_compile(r"[.!?;:](?=\s)|\n", regex.REVERSE)
#: "đạt 148,32%": a connector of achievement ending right before a value.
_OVER_FULL_RE = lazy_compile(lx.WB_BEFORE + "(?:" + lx.alternation(OVER_FULL_CONNECTORS)
                             + r")[ \t]*\Z", lx.FLAGS)
_OVER_FULL_LOOKBACK = 12
_OVER_FULL_PARAGRAPH = 1200
_COMMITMENT = frozenset({"strive", "by_year", "future", "with_target"})
#: "Một số chỉ tiêu khác cũng được chốt, gồm: …", "Các chỉ tiêu chủ yếu năm 2026: …", "…
#: các nhiệm vụ, chỉ tiêu chủ yếu như tốc độ tăng trưởng … đạt 15%": a lead-in that names
#: targets and opens a list with a colon or a list word, earlier in the value's paragraph.
_TARGET_LEAD_RE = lazy_compile(
    lx.word_alternation(STATUS_CUES["target_noun"]) + r"[^.;:!?\n]{0,80}?(?::|"
    + lx.WB_BEFORE + "(?:" + lx.alternation(TARGET_LIST_OPENERS)
    # "như" opens a list unless it compares ("cũng như", "như kế hoạch")
    + r"|(?<!" + lx.word_alternation(LIKE_COMPARING_BEFORE) + r"\s+)"
    + lx.alternation(LIKE_LIST_OPENERS)
    + r"(?!\s+" + lx.alternation(LIKE_COMPARING_AFTER) + lx.WB_AFTER + r"))[ \t]*:?"
    + lx.WB_AFTER + ")",
    lx.FLAGS)
#: "đã thống nhất": a past marker right before a verb of deciding on targets.
_DECIDED_RE = lazy_compile(r"[ \t]+(?:" + lx.alternation(TARGET_DECISION_VERBS) + ")"
                           + lx.WB_AFTER, lx.FLAGS)
_TARGET_LEAD_SPAN = 1200
_WINDOW = 240
_NEAR = 32
#: "QUYẾT NGHỊ:" alone on its line (markup and spacing around it allowed)
_ENACTING_RE = lazy_compile(r"^[ \t*_#]*" + lx.alternation(ENACTING_FORMULAS)
                            + r"[ \t*_]*:[ \t*_]*$", regex.IGNORECASE | regex.MULTILINE)


@dataclass(frozen=True, slots=True)
class DocSignals:
    """What the whole document says about its figures: its kind and the plan's year (and
    a cache of the status words of each paragraph)."""

    plan_year: int | None
    features: tuple[str, ...]
    #: where the enacting body ("QUYẾT NGHỊ:") starts, if the document has one
    enacting_at: int | None = None
    #: add the weak context cues of :mod:`.context_cues` to the features (for a model that
    #: weighs them, or when collecting with ``KEHOACH_CONTEXT_CUES=1``; the shipped model
    #: does not use them)
    context: bool = False
    #: add the features of the sentences before a value (``lead:…``, :func:`lead_features`):
    #: for a model that weighs them, or when collecting candidates; the shipped model does
    #: not weigh them, so a parse does not compute them
    lead: bool = False
    #: add the syllables around a value (``w:…``, :func:`.context_cues.window_features`):
    #: for a model that weighs them, or when collecting candidates
    window: bool = False
    paragraphs: dict[tuple[int, int], _Paragraph] = field(default_factory=dict)
    #: the verdicts of the lead-in tests, one per test and value (:func:`lead_verdict`):
    #: the features and the rules of a candidate read the same lines once (review R18b,
    #: finding 7)
    leads: dict[tuple[str, int, int, int], bool] = field(default_factory=dict)
    #: the report and plan cues of the whole text (:mod:`.status_kind`), the numbered
    #: sections to weigh them in, and the document's own balance (features ``k:…``)
    kind_scan: KindScan | None = None
    sections: tuple[SectionNode, ...] = ()
    kind_features: tuple[str, ...] = ()
    #: where the document's balance leans (:func:`.status_kind.side`): ``report``, ``plan``,
    #: ``mixed`` or ``few``
    kind_side: str = "few"


#: A cue that says where to read a candidate's context, not a feature: a row of a table
#: printed on one line is its own paragraph (the line holds every row).
ROW_CONTEXT = "row_context"
CONTEXT_CUES = frozenset({ROW_CONTEXT})

#: Status words counted over the whole paragraph of a value: a paragraph that reviews
#: ("ước đạt", "so với cùng kỳ", "đã") or that commits ("phấn đấu", "đến năm").
PARAGRAPH_GROUPS = frozenset({"past", "estimate", "achieved", "same_period", "of_plan", "now",
                              "review", "strive", "by_year", "future", "target_noun",
                              "forecast", "meeting", "criteria", "fact"})
_PARAGRAPH_SPAN = 400


#: A paragraph's status words: (start, end, groups) of each, and the paragraph's groups.
_Paragraph = tuple[list[tuple[int, int, tuple[str, ...]]], frozenset[str]]


def _paragraph_cues(text: str, vs: int, doc: DocSignals) -> _Paragraph:
    """The status words of the paragraph (line) of ``vs``; a very long line is read in
    windows of about ``3 × _PARAGRAPH_SPAN`` characters."""
    bucket = vs // _PARAGRAPH_SPAN
    lo, hi = (bucket - 1) * _PARAGRAPH_SPAN, (bucket + 2) * _PARAGRAPH_SPAN
    ls = text.rfind("\n", max(0, lo), vs) + 1
    if ls == 0:
        ls = max(0, lo)
    le = text.find("\n", vs, hi)
    if le == -1:
        le = min(len(text), hi)
    key = (ls, le)
    cached = doc.paragraphs.get(key)
    if cached is None:
        found = _find_cues(text, ls, le)
        groups = {g for c in found for g in c[2] if g in PARAGRAPH_GROUPS}
        cached = doc.paragraphs[key] = (found, frozenset(groups))
    return cached


#: Tokens :func:`_find_cues` holds at once (a whole 1 M-character text's tokens as match
#: objects cost about 30 MB at the peak of a parse; issue 15's memory figure).
_CUE_BATCH = 4096


def _find_cues(text: str, s: int, e: int, table: _PhraseTable = _BY_FIRST_WORD
               ) -> list[tuple[int, int, tuple[str, ...]]]:
    """The status words of ``text[s:e]``, longest first, as (start, end, groups): the
    words are looked up in a table of phrases (``table``: the status words by default;
    faster than one large alternation).  Only
    the tokens that open a phrase are visited; the tokens are case-folded in one call
    (case folding maps each character on its own, so the joined text folds token by
    token).  The tokens are read in batches of :data:`_CUE_BATCH`, each with the tokens
    the longest phrase may need after it, so a long text is never held as match objects
    all at once; the phrases found are those of one pass over all the tokens."""
    tokens = _TOKEN_RE.finditer(text, s, e)
    ahead = table.longest
    found = list(islice(tokens, _CUE_BATCH + ahead))
    out: list[tuple[int, int, tuple[str, ...]]] = []
    free_at = s  # a token starting before it is inside a phrase found already
    while found:
        last = len(found) < _CUE_BATCH + ahead  # the tokens are all read
        visit = len(found) if last else _CUE_BATCH
        toks = _TOKEN_SEP.join([m.group() for m in found]).casefold().split(_TOKEN_SEP)
        for i in compress(range(visit), map(table.get, toks)):
            if found[i].start() < free_at:
                continue
            for rest, groups in table[toks[i]]:  # longest first
                k = len(rest)
                if toks[i + 1:i + 1 + k] == rest:
                    out.append((found[i].start(), found[i + k].end(), groups))
                    free_at = found[i + k].end()
                    break
        if last:
            break
        found = found[visit:]
        found.extend(islice(tokens, _CUE_BATCH))
    return out


def doc_signals(ctx: ParseContext, plan_year: int | None, *, with_kind_cues: bool = False,
                with_context_cues: bool = False, with_lead_cues: bool = False,
                with_window_cues: bool = False) -> DocSignals:
    """The document's signals; ``with_kind_cues``: also the balance of its report and plan
    cues (features ``k:…``, :mod:`.status_kind`); ``with_context_cues``: the weak context
    cues (``c:…``, :mod:`.context_cues`) join every candidate's features;
    ``with_lead_cues``: so do the features of the sentences before it (``lead:…``);
    ``with_window_cues``: and the syllables around it (``w:…``)."""
    md = ctx.metadata
    feats: list[str] = []
    doc_type = (md.doc_type or "").casefold()
    feats.append("doc:" + (doc_type.replace(" ", "_") if doc_type else "none"))
    if md.doc_type is None and md.number is None:
        feats.append("doc:no_header")
    head = md.title or ctx.text[:windows.STATUS_HEAD]
    for key, pat in _TITLE_RES.items():
        if pat.search(head):
            feats.append("title:" + key)
    if plan_year is None:
        feats.append("doc:no_year")
    m = _ENACTING_RE.search(ctx.text)
    enacting_at = m.end() if m is not None else None
    if not with_kind_cues:
        return DocSignals(plan_year, tuple(feats), enacting_at, with_context_cues,
                          with_lead_cues, with_window_cues)
    ks = scan_kind(ctx.text, lx.issued_year(md.issued_date))
    kind_features, kind_side = doc_kind_features(ks, len(ctx.text))
    return DocSignals(plan_year, tuple(feats), enacting_at, with_context_cues,
                      with_lead_cues, with_window_cues, kind_scan=ks,
                      sections=tuple(ctx.sections),
                      kind_features=tuple(kind_features), kind_side=kind_side)


def scan_kind(text: str, year: int | None) -> KindScan:
    """The report and plan cues of the whole ``text`` (:func:`.status_kind.scan`), found by
    the status matcher with the kind-only words; ``year``: the year of issue."""
    return scan(text, _find_cues(text, 0, len(text), _kind_table()), year)


def _sentence(text: str, vs: int, ve: int) -> tuple[int, int]:
    lo = max(0, vs - _WINDOW)
    m = _BOUNDARY_BACK_RE.search(text, lo, vs)
    s = m.end() if m is not None else lo
    hi = min(len(text), ve + _WINDOW)
    m = _BOUNDARY_RE.search(text, ve, hi)
    e = m.start() if m is not None else hi
    return s, e


def _rel(year: int | None, plan_year: int | None) -> str:
    if year is None:
        return "none"
    if plan_year is None:
        return "noplan"
    if year < plan_year:
        return "lt"
    return "eq" if year == plan_year else "gt"


def features(text: str, d: Draft, info: SectionInfo | None, doc: DocSignals) -> list[str]:
    """The features of one candidate (strings; each present feature has value 1)."""
    feats: list[str] = ["bias", *doc.features]
    feats.extend("x:" + c for c in sorted(d.cues - CONTEXT_CUES))
    q = d.q
    if q is not None:
        vs, ve = q.value_span
        end = max(q.end, ve)
        chain = q.chain_start
        kind = q.unit.kind if q.unit is not None else "none"
        if q.by_amount:
            # "sớm hơn 01 tháng": an amount to beat a deadline by, not a duration
            feats.append("cmp:by_amount")
            feats.append(f"unit:{kind}_amount")
        else:
            feats.append("cmp:" + q.comparator)
            feats.append("unit:" + kind)
        if q.unit is not None and q.unit.kind == "percent" and q.value is not None \
                and q.value > 100:
            feats.append("val:pct_over_100")
        if q.total is not None:
            feats.append("val:fraction")
    else:
        vs, ve = d.span
        end, chain = ve, vs
        feats.append("val:qualitative")
    if d.direction:
        feats.append("dir:" + d.direction)
    feats.append("year:" + _rel(d.year, doc.plan_year))
    if d.baseline_year is not None:
        feats.append("baseline:" + _rel(d.baseline_year, doc.plan_year))
    if d.label is not None:
        feats.append("enum")
    if d.group is not None:
        feats.append("grouped")
    # the sentence around the value
    s, e = _sentence(text, vs, ve)
    row = ROW_CONTEXT in d.cues
    if row:  # (a table on one line: the row is the value's sentence and paragraph)
        s, e = max(s, d.span[0]), min(e, d.span[1])
    years = [int(y) for y in lx.TEXT_YEAR_RE.findall(text, s, e)]
    if years:
        feats.append("syear_min:" + _rel(min(years), doc.plan_year))
        feats.append("syear_max:" + _rel(max(years), doc.plan_year))
    if s == d.span[0] or text[s:chain].strip(" ,:-–+*•") == "":
        feats.append("sent_opens_with_value")
    seen: set[str] = set()
    if row:
        matches = _find_cues(text, s, e)
        para_groups = frozenset(g for c in matches for g in c[2] if g in PARAGRAPH_GROUPS)
    else:
        matches, para_groups = _paragraph_cues(text, vs, doc)
    for ms, me, groups in matches:
        if ms < s or me > e:
            continue
        if me <= vs:
            regions: tuple[str, ...] = ("pre", "near") if ms >= vs - _NEAR else ("pre",)
        elif ms >= end:
            regions = ("post", "near_post") if ms <= end + _NEAR else ("post",)
        else:
            continue
        for g in groups:
            for r in regions:
                seen.add(f"{r}:{g}")
    feats.extend(sorted(seen))
    feats.extend("para:" + g for g in sorted(para_groups))
    if doc.lead and not row:
        feats.extend(lead_features(text, d, matches, s, e, doc))
    if doc.window:
        feats.extend(window_features(text, vs, end, s, e))
    if info is not None:
        if info.targets:
            feats.append("sec:targets")
        if info.results:
            feats.append("sec:results")
        if info.means:
            feats.append("sec:means")
        if info.kind:
            feats.append("kind:" + info.kind)
    elif d.label is not None and doc.enacting_at is not None and vs >= doc.enacting_at:
        # a numbered clause of an enacting article ("Điều 1. Thông qua dự toán …" then
        # "1. Tổng số thu …")
        feats.append("sec:enacted")
    else:
        feats.append("sec:none")
    pos = min(3, int(4 * vs / max(1, len(text))))
    feats.append(f"pos:{pos}")
    if doc.kind_scan is not None:  # the balance of the text and of its section (status_kind)
        feats.extend(doc.kind_features)
        sec, sec_side = section_kind(doc.kind_scan, doc.sections, vs)
        feats.extend(sec)
        said = {f.split(":", 1)[1] for f in seen}
        local = ("both" if said & REVIEW_GROUPS else "commit") if said & COMMIT_GROUPS \
            else ("review" if said & REVIEW_GROUPS else "bare")
        feats.extend(crossed_features(doc.kind_side, sec_side, local))
    if doc.context:  # weak cues of wording and layout (not shipped: docs/models.md)
        feats.extend(context_features(text, d))
    return feats


def _commits(text: str, ms: int, me: int, groups: tuple[str, ...]) -> bool:
    """Whether a status word commits: "phấn đấu", "với mục tiêu", or the marker "sẽ"."""
    return bool(set(groups) & _LEAD_COMMIT) or text[ms:me].casefold() in COMMIT_MARKERS


#: The prefix of the features of :func:`lead_features`.
LEAD_PREFIX = "lead:"


def lead_features(text: str, d: Draft, matches: list[tuple[int, int, tuple[str, ...]]],
                  s: int, e: int, doc: DocSignals | None = None) -> list[str]:
    """What the sentences before a value's sentence, in its paragraph, say (brief H17S):
    ``lead:commit`` / ``lead:review`` when the nearest one with a status word that commits
    ("Theo đó, Thành phố sẽ duy trì …; tỷ lệ … là 80%") or reviews comes first, and
    ``lead:target_list`` / ``lead:review_list`` when a lead-in that names targets, or a
    reviewing lead-in line ending with a colon, governs the value.  Features only: the rules
    of :func:`governed_by_commitment` and :func:`listed_under_review_lead` act as before."""
    out: list[str] = []
    before = [(ms, me, gs) for ms, me, gs in matches if me <= s]
    if before:
        bounds = [m.end() for m in _BOUNDARY_RE.finditer(text, before[0][0], s + 1)
                  if m.end() <= s]
        for lo, hi in zip([*reversed(bounds[:-1]), -1], reversed(bounds), strict=False):
            here = [(ms, me, gs) for ms, me, gs in before if lo <= ms < hi]
            if any(_commits(text, ms, me, gs) for ms, me, gs in here):
                out.append("lead:commit")
                break
            if any(set(gs) & _LEAD_REVIEW for _, _, gs in here):
                out.append("lead:review")
                break
    if lead_verdict("target", text, d, doc, matches, s, e):
        out.append("lead:target_list")
    if lead_verdict("review", text, d, doc):
        out.append("lead:review_list")
    return out


def lead_verdict(test: str, text: str, d: Draft, doc: DocSignals | None,
                 matches: list[tuple[int, int, tuple[str, ...]]] | None = None,
                 s: int = 0, e: int = 0) -> bool:
    """The verdict of one lead-in test on ``d``, computed once per value and kept in
    ``doc.leads`` (review R18b, finding 7): ``"target"`` (:func:`_listed_under_target_lead`,
    which reads the value's paragraph ``matches`` and its sentence ``s``–``e``),
    ``"review"`` (:func:`listed_under_review_lead`) or ``"commit"``
    (:func:`listed_under_commit_lead`)."""
    vs = d.q.value_span[0] if d.q is not None else d.span[0]
    key = (test, vs, s, e)
    if doc is not None:
        cached = doc.leads.get(key)
        if cached is not None:
            return cached
    if test == "target":
        assert matches is not None
        verdict = _listed_under_target_lead(text, d, matches, s, e)
    elif test == "review":
        verdict = listed_under_review_lead(text, d)
    else:
        verdict = listed_under_commit_lead(text, d, doc.plan_year if doc is not None
                                           else None)
    if doc is not None:
        doc.leads[key] = verdict
    return verdict


def over_full_share(text: str, d: Draft) -> bool:
    """"thu ngân sách xã đạt 220,67%": a percentage over 100 reached ("đạt") is the share of
    a plan achieved, a reported figure (a plan commits to "vượt", "trên" or "tăng"), unless
    its paragraph commits to it before the value ("Phấn đấu đạt 101% …")."""
    q = d.q
    if q is None or q.unit is None or q.unit.kind != "percent" or q.value is None \
            or q.value <= 100 or q.value_max is not None:
        return False
    vs = q.value_span[0]
    if _OVER_FULL_RE.search(text[max(0, vs - _OVER_FULL_LOOKBACK):vs]) is None:
        return False
    # "Phấn đấu đạt 101% …", "Phấn đấu đạt các chỉ tiêu sau: … (2) Thu ngân sách đạt 105%
    # dự toán": a commitment before it in its paragraph keeps it a target
    lo = max(0, vs - _OVER_FULL_PARAGRAPH)
    s = text.rfind("\n", lo, vs) + 1 or lo
    return not any(g in _COMMITMENT for _, _, gs in _find_cues(text, s, vs) for g in gs)


#: Status words of a sentence that commits to what it lists ("Theo đó, huyện phấn đấu …"),
#: and of one that reviews ("đã", "ước", "đạt được", "đến nay", "năm qua").
_LEAD_COMMIT = frozenset({"strive", "with_target"})
_LEAD_REVIEW = frozenset({"past", "estimate", "achieved", "now", "review"})


def governed_by_commitment(text: str, d: Draft, doc: DocSignals) -> bool:
    """"Theo đó, huyện phấn đấu đưa giá trị … đạt 3.563 tỷ đồng, tăng 4,18% so với cùng kỳ.
    Giá trị sản xuất công nghiệp đạt 6.605 tỷ đồng, tăng 6,57% so với cùng kỳ. …": a
    sentence of a paragraph that neither commits nor reviews goes on with the nearest
    sentence before it that does — a commitment governs the figures listed after it, "so
    với cùng kỳ" there being the size of the planned rise."""
    q = d.q
    vs = q.value_span[0] if q is not None else d.span[0]
    matches, para_groups = _paragraph_cues(text, vs, doc)
    s, e = _sentence(text, vs, q.value_span[1] if q is not None else d.span[1])
    if not para_groups & _LEAD_COMMIT:
        return lead_verdict("target", text, d, doc, matches, s, e)
    own = {g for ms, me, gs in matches if s <= ms and me <= e for g in gs}
    if own & (_LEAD_COMMIT | _LEAD_REVIEW):
        return False
    # the sentences before, nearest first: the first one that commits or reviews decides
    before = [(ms, gs) for ms, me, gs in matches if me <= s]
    if not before:
        return False
    # (the boundary's look-ahead needs the character after it: search one further)
    bounds = [m.end() for m in _BOUNDARY_RE.finditer(text, before[0][0], s + 1)
              if m.end() <= s]
    for lo, hi in zip([*reversed(bounds[:-1]), -1], reversed(bounds), strict=False):
        groups = {g for ms, gs in before if lo <= ms < hi for g in gs}
        if groups & _LEAD_REVIEW:
            return False
        if groups & _LEAD_COMMIT:
            return True
    return False


def _listed_under_target_lead(text: str, d: Draft,
                              matches: list[tuple[int, int, tuple[str, ...]]],
                              s: int, e: int) -> bool:
    """"Một số chỉ tiêu khác cũng được chốt, gồm: … Số bác sĩ trên 1 vạn dân đạt khoảng 15
    bác sĩ.": a lead-in that names targets and opens a list with a colon governs the figures
    listed after it in its paragraph, unless the figure's own sentence reviews."""
    if any(s <= ms and me <= e and set(gs) & _LEAD_REVIEW for ms, me, gs in matches):
        return False
    at = d.q.chain_start if d.q is not None else d.span[0]
    lo = max(0, at - _TARGET_LEAD_SPAN)
    leads = list(_TARGET_LEAD_RE.finditer(text, text.rfind("\n", lo, at) + 1 or lo, at))
    if not leads:
        return False
    lead = leads[-1]
    # the lead-in's own sentence must commit or say nothing ("… xã đã hoàn thành cơ bản các
    # chỉ tiêu: …" reviews what it lists); a past marker of a decision ("HĐND đã thống nhất
    # … với các chỉ tiêu: …") reports the decision, not the figures
    back = _BOUNDARY_BACK_RE.search(text, lo, lead.start())
    ls = back.end() if back is not None else lo
    return not any(ls <= ms and me <= lead.end() and set(gs) & _LEAD_REVIEW
                   and not (set(gs) <= {"past"} and _DECIDED_RE.match(text, me, lead.end()))
                   for ms, me, gs in _find_cues(text, ls, lead.end()))


#: A list item's mark at the start of its line ("- ", "+ ", "• ").
_ITEM_MARK_RE = lazy_compile(r"[ \t]*[-+•–*][ \t]")
#: How many lines above a list item its lead-in may stand.
_REVIEW_LEAD_LINES = 40


#: The end of a sentence inside a line: ".", "!" or "?" before a space and a capital.
_SENTENCE_END_RE = lazy_compile(r"[.!?][ \t]+(?=\p{Lu})")


def _lead_sentence_start(line: str) -> int:
    """Where the last sentence of a lead-in line starts (0 for a one-sentence line)."""
    start = 0
    for m in _SENTENCE_END_RE.finditer(line):
        start = m.end()
    return start


def _list_lead_line(text: str, d: Draft, *, item_start: int | None = None
                    ) -> tuple[int, int] | None:
    """The lead-in line that governs ``d``'s bulleted item, as (start, end) of its
    introducing sentence (the one that ends with the colon): the nearest line above the
    item that is not blank and not an item of the same list, when it ends with a colon;
    ``None`` when the value's line is no item, or that line does not end with a colon
    (``item_start``: the start of the value's line, when the caller has it)."""
    if item_start is None:
        at = d.q.value_span[0] if d.q is not None else d.span[0]
        item_start = text.rfind("\n", 0, at) + 1
        if _ITEM_MARK_RE.match(text, item_start) is None:
            return None
    start = item_start
    for _ in range(_REVIEW_LEAD_LINES):
        if start == 0:
            return None
        prev = text.rfind("\n", 0, start - 1) + 1
        line = text[prev:start - 1]
        start = prev
        if not line.strip() or _ITEM_MARK_RE.match(line) is not None:
            continue
        if not line.rstrip().endswith(":"):
            return None
        # the sentence that ends with the colon introduces the list; a sentence before it
        # on the same line ("… trong năm 1999. Cụ thể những mục tiêu chính như sau:") does not
        return prev + _lead_sentence_start(line), prev + len(line)
    return None


def listed_under_review_lead(text: str, d: Draft) -> bool:
    """"Trường đã đạt được những thành tích sau:" over "- … đạt: 03 Giải nhất …": a
    lead-in line that reviews (and does not commit) and ends with a colon governs the
    bulleted items below it, blank lines between them included; any other line between
    ends its reach (:func:`_list_lead_line`).  (Not read inside a targets section: there a
    lead-in such as "… từng bước được kiểm soát, cải thiện:" describes what the targets
    will bring.)"""
    lead = _list_lead_line(text, d)
    if lead is None:
        return False
    groups = {g for _, _, gs in _find_cues(text, *lead) for g in gs}
    return bool(groups & _LEAD_REVIEW) and not groups & _LEAD_COMMIT


#: A lead-in line's sentence opened by the nouns of a coming year's direction ("Phương hướng,
#: nhiệm vụ năm 2027:"), after a heading's number or mark ("3.", "III.", "a)", "-").
_COMMIT_LEAD_NOUN_RE = lazy_compile(
    r"[ \t*_#•+–-]*(?:(?:[IVXLC]+|\d+(?:\.\d+)*|\p{L})[.)][ \t]*)?"
    + lx.word_alternation(COMMIT_LEAD_NOUNS)
    + r"(?:[ \t]*(?:,|" + lx.word_alternation(COMMIT_LEAD_JOINERS) + r")?[ \t]*"
    + lx.word_alternation(COMMIT_LEAD_NOUNS) + r")*", lx.FLAGS)


def _names_coming_year(text: str, s: int, e: int, plan_year: int | None) -> bool:
    """Whether ``text[s:e]`` opens with the nouns of ``COMMIT_LEAD_NOUNS`` and names a year
    after the document's (``plan_year``)."""
    m = _COMMIT_LEAD_NOUN_RE.match(text, s, e)
    if m is None or plan_year is None:
        return False
    return any(int(y) > plan_year for y in lx.TEXT_YEAR_RE.findall(text, m.end(), e))


def listed_under_commit_lead(text: str, d: Draft, plan_year: int | None = None) -> bool:
    """"Phấn đấu năm 2028:" over "- Cả huyện vận động 120 hộ …": a lead-in line that
    commits (and does not review) and ends with a colon governs the bulleted items below
    it as a lead-in naming targets does; a line between that is not an item of the list
    ends its reach (the mirror of :func:`listed_under_review_lead`).  An item whose own
    sentence reviews ("đã", "ước", "đạt được") is not governed.  A lead-in opened by the
    nouns of a direction and naming a year after ``plan_year`` ("Phương hướng năm 2027:" in
    a report of 2026) commits too (review R18b, finding 1)."""
    at = d.q.value_span[0] if d.q is not None else d.span[0]
    start = text.rfind("\n", 0, at) + 1
    if _ITEM_MARK_RE.match(text, start) is None:
        return False
    if any(set(gs) & COMMITMENT_BREAKERS for _, _, gs in _find_cues(text, start, at)):
        return False
    lead = _list_lead_line(text, d, item_start=start)
    if lead is None:
        return False
    groups = {g for _, _, gs in _find_cues(text, *lead) for g in gs}
    if groups & _LEAD_REVIEW:
        return False
    return bool(groups & _LEAD_COMMIT) or _names_coming_year(text, *lead, plan_year)


#: "ước tăng 7,2%/KH tăng 6,5%", "đạt 6,8% (Kế hoạch 7%)": a plan's word right after "/" or
#: an opening bracket and before the value, with no other figure between.
_PLAN_FIGURE_RE = lazy_compile(r"(?:/[ \t]*" + lx.word_alternation(PLAN_FIGURE_MARKERS)
                               + r"|(?P<paren>\()[ \t]*"
                               + lx.word_alternation(PLAN_FIGURE_BRACKET_MARKERS)
                               + r")[^\d/()\n.;]{0,24}\Z", lx.FLAGS)
_PLAN_FIGURE_LOOKBACK = 40
#: The achieved figure a bracketed plan figure stands beside: a number, then at most a unit's
#: words, right before the bracket ("7,2% (", "27 tỷ đồng (").
_FIGURE_BEFORE_BRACKET_RE = lazy_compile(r"\d[^\d\n;()]{0,16}\Z", lx.FLAGS)


def plan_figure(text: str, d: Draft) -> bool:
    """Whether ``d`` is the plan's figure written beside an achieved one, "X/KH Y" or "X (Kế
    hoạch Y)": a target (decision 40 of docs/annotation.md).  The bracketed form needs the
    achieved figure right before the bracket (review R18b, finding 2)."""
    if d.q is None:
        return False
    vs = d.q.value_span[0]
    m = _PLAN_FIGURE_RE.search(text, max(0, vs - _PLAN_FIGURE_LOOKBACK), vs)
    if m is None:
        return False
    if m.group("paren") is None:
        return True
    p = m.start("paren")
    return _FIGURE_BEFORE_BRACKET_RE.search(text, max(0, p - _PLAN_FIGURE_LOOKBACK), p) \
        is not None


def compared_without_commitment(text: str, d: Draft, doc: DocSignals) -> bool:
    """"Giá trị sản xuất nông nghiệp đạt 912 tỷ đồng, tăng 5,4% so với cùng kỳ.": a figure
    compared with the same period ("so với cùng kỳ", "so với năm trước") in a sentence with
    no word that commits (``SENTENCE_COMMIT_GROUPS``) is reported (brief M18a); "phấn đấu
    tăng 10% so với cùng kỳ" stays a target."""
    q = d.q
    if q is None:
        return False
    vs = q.value_span[0]
    s, e = _sentence(text, vs, q.value_span[1])
    matches, _groups = _paragraph_cues(text, vs, doc)
    own = {g for ms, me, gs in matches if s <= ms and me <= e for g in gs}
    return "same_period" in own and not own & SENTENCE_COMMIT_GROUPS \
        and not any(text[ms:me].casefold() in COMMIT_MARKERS
                    for ms, me, _ in matches if s <= ms and me <= e)


def combine(rule: str, labels: tuple[str, ...], probs: list[float]) -> tuple[str, float]:
    """The model's decision, with the margin that keeps a rule target from being dropped
    on weak evidence."""
    i = max(range(len(probs)), key=probs.__getitem__)
    label, p = labels[i], probs[i]
    if label == "none" and rule == "target" and p < NONE_MARGIN:
        t = labels.index("target")
        return "target", probs[t]
    return label, p


def rule_status(d: Draft, info: SectionInfo | None) -> str:
    """The rule baseline: the extractor's cues read as hard rules."""
    if info is not None and info.means:
        return "none"
    if d.cues & NONE_CUES:
        return "none"
    if (info is not None and info.results) or d.cues & RESULT_CUES:
        return "result"
    if "pair_plan" in d.cues or "table_plan" in d.cues:
        return "target"
    return "target"


#: Candidates seen while collecting (training data): features, draft, rule status, text.
Candidate = tuple[list[str], Draft, str, str]
_COLLECTOR: list[list[Candidate]] = []


@contextmanager
def collect_candidates() -> Iterator[list[Candidate]]:
    """Collect every candidate judged inside the ``with`` block (for training)."""
    bucket: list[Candidate] = []
    _COLLECTOR.append(bucket)
    try:
        yield bucket
    finally:
        _COLLECTOR.remove(bucket)


Judge = Callable[[Draft, SectionInfo | None], None]


@dataclass(slots=True)
class StatusDecider:
    """Decides ``Draft.status`` with the model when there is one, else with the rules."""

    model: StatusModel | None = None
    #: whether the model weighs the document-kind features (``k:…``, :mod:`.status_kind`)
    #: the weak context cues (``c:…``, :mod:`.context_cues`) and the sentences before a
    #: value (``lead:…``, :func:`lead_features`): each family is computed for a model that
    #: weighs it (read once, here), and when collecting candidates
    weighs_kind: bool = field(init=False, default=False)
    weighs_context: bool = field(init=False, default=False)
    weighs_lead: bool = field(init=False, default=False)
    weighs_window: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        weights = self.model.weights if self.model is not None else {}
        self.weighs_kind = any(f.startswith(PREFIX) for f in weights)
        self.weighs_context = any(f.startswith(CONTEXT_PREFIX) for f in weights)
        self.weighs_lead = any(f.startswith(LEAD_PREFIX) for f in weights)
        self.weighs_window = any(f.startswith(WINDOW_PREFIX) for f in weights)

    @classmethod
    def default(cls) -> StatusDecider:
        if os.environ.get("KEHOACH_STATUS", "").strip().casefold() == "rules":
            return cls(None)
        model = default_status_model()
        decider = _DEFAULT[0]
        if decider is None or decider.model is not model:
            decider = _DEFAULT[0] = cls(model)  # one per loaded model: weights read once
        return decider

    def for_document(self, ctx: ParseContext, plan_year: int | None) -> Judge:
        text = ctx.text
        model = self.model
        collector = _COLLECTOR[-1] if _COLLECTOR else None
        collecting_context = collector is not None \
            and os.environ.get(CONTEXT_CUES_ENV, "").strip() == "1"
        doc = doc_signals(ctx, plan_year,
                          with_kind_cues=collector is not None or self.weighs_kind,
                          with_context_cues=self.weighs_context or collecting_context,
                          with_lead_cues=collector is not None or self.weighs_lead,
                          with_window_cues=collector is not None or self.weighs_window)

        def committed(d: Draft) -> bool:
            """A commitment governs ``d``: a sentence before it in its paragraph, or a
            lead-in above it (each test read once, :func:`lead_verdict`)."""
            return governed_by_commitment(text, d, doc) \
                or lead_verdict("commit", text, d, doc)

        def judge(d: Draft, info: SectionInfo | None) -> None:
            if over_full_share(text, d):
                d.cues.add("over_full_share")
            d.cues.update(structural_cues(text, d, info, doc.plan_year))
            if not (info is not None and info.means):
                fixed = next((st for cue, st in FIXED_CUES if cue in d.cues), None)
                if fixed is not None:
                    d.status, d.confidence = fixed, None
                    if collector is not None:
                        collector.append((features(text, d, info, doc), d, fixed, text))
                    return
            rule = rule_status(d, info)
            feats: list[str] | None = None
            if model is not None or collector is not None:
                feats = features(text, d, info, doc)
            if model is not None and feats is not None:
                d.status, d.confidence = combine(rule, model.labels,
                                                 model.probabilities(feats))
                # (brief M18a) "X/KH Y": the plan's own figure beside an achieved one; a
                # committing lead-in line over bullets; a figure compared with the same
                # period in a sentence that does not commit
                planned = plan_figure(text, d)
                if d.status == "result" and rule == "target" \
                        and (committed(d) or planned):
                    d.status, d.confidence = "target", None
                elif d.status == "target" and rule == "target" \
                        and not (info is not None and info.targets) and not planned \
                        and compared_without_commitment(text, d, doc) \
                        and not committed(d):
                    d.status, d.confidence = "result", None
                if d.status == "target" and d.head is not None and d.head.status == "result" \
                        and not planned:
                    # "… ước đạt 46.121 tỷ đồng, tăng 6,97%": the change of a reported
                    # figure, or its share, is reported with it
                    d.status, d.confidence = "result", None
            else:
                d.status, d.confidence = rule, None
            if d.status == "target" and not (info is not None and info.targets) \
                    and lead_verdict("review", text, d, doc):
                d.status, d.confidence = "result", None
            if collector is not None and feats is not None:
                collector.append((feats, d, rule, text))

        return judge


#: The decider of the shipped model (:meth:`StatusDecider.default`).
_DEFAULT: list[StatusDecider | None] = [None]


#: "." / "!" / "?" ending a sentence inside a line ("… 2,8 tỷ đồng. Năm qua …").
_SENTENCE_STOP_RE = lazy_compile(r"[.!?](?=\s)|\n")


#: Status groups that, in a listed figure's own clause, keep it out of the list of
#: targets before it: a comparison, an excess or a share reports.
_LIST_BREAK_GROUPS = frozenset({"compare", "exceed", "share", "past", "fact", "meeting"})


def _list_groups(text: str, s: int, e: int) -> set[str]:
    """The status groups of ``text[s:e]``, a list opener ("gồm", "bao gồm": a ``fact`` word
    that also opens a list of targets, ``TARGET_LIST_OPENERS``) left out."""
    return {g for ms, me, gs in _find_cues(text, s, e)
            if text[ms:me].casefold() not in TARGET_LIST_OPENERS for g in gs}


#: How far before the first target of the list its sentence is read for review words.
_LIST_LOOKBACK = 400


def continues_target_list(text: str, prev: Draft, d: Draft) -> bool:
    """"Năm 2025, đơn vị đặt mục tiêu hoàn thành trên 3.000 lượt dẫn tàu; tổng doanh thu
    50,6 tỷ đồng, lợi nhuận 2,8 tỷ đồng": a figure listed after a target in the same
    sentence (joined by ";" or ",", no sentence stop between) whose own words neither
    review nor compare (``REVIEW_GROUPS``, "so với", "vượt", "chiếm") is the next item of
    the same list of targets (brief H19F, issue 12).  The caller applies it only to a
    figure the model called a result while the rule baseline keeps it a target."""
    if prev.q is None or d.q is None:
        return False
    pe = prev.q.value_span[1]
    ds, de = d.q.chain_start, d.q.value_span[1]
    if not pe <= ds:
        return False
    between = text[pe:ds]
    if ";" not in between and "," not in between:
        return False
    if _SENTENCE_STOP_RE.search(text, pe, ds) is not None:
        return False
    # the figure's own clause: from the last separator before it to the end of its line's
    # clause (a cue right after the value, "… tăng 5% so với cùng kỳ", counts)
    cs = max(text.rfind(";", pe, ds), text.rfind(",", pe, ds)) + 1
    boundary = _BOUNDARY_RE.search(text, de)
    ce = boundary.start() if boundary is not None else len(text)
    comma = text.find(",", de, ce)
    if comma != -1:
        ce = comma
    groups = _list_groups(text, cs, ce)
    if groups & (REVIEW_GROUPS | _LIST_BREAK_GROUPS):
        return False
    # the sentence up to the figure must not review or quote a plan either ("Tổng đàn đạt
    # 16.133 con/KH 16.200 con, đàn lợn …", "đạt 105% dự toán; …": a report's list)
    ss = max((m.end() for m in _SENTENCE_STOP_RE.finditer(text, max(0, pe - _LIST_LOOKBACK),
                                                            prev.q.value_span[0])),
             default=max(0, pe - _LIST_LOOKBACK))
    before = _list_groups(text, ss, cs)
    if before & (REVIEW_GROUPS | _LIST_BREAK_GROUPS | {"plan_word"}):
        return False
    # … and the sentences before it in its paragraph: the nearest status word that commits
    # or reviews must not review ("Nhiệm kỳ vừa qua, … Tổng giá trị sản xuất đạt 759 tỷ
    # đồng, …; thu ngân sách tăng …; giảm 683 hộ nghèo")
    ls = text.rfind("\n", 0, ss) + 1
    for _, _, gs in reversed(_find_cues(text, max(ls, ss - _LIST_LOOKBACK), ss)):
        if set(gs) & REVIEW_GROUPS:
            return False
        if set(gs) & SENTENCE_COMMIT_GROUPS:
            break
    return True

