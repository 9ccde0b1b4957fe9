"""The kind of the whole text, and of a value's section, as evidence for the status decision.

A report reviews ("đã", "đạt", "ước thực hiện", "so với cùng kỳ", "bằng 98% kế hoạch", years
before the document's own); a plan commits ("phấn đấu", "chỉ tiêu", "đến năm", years after
it).  On documents no rule was written from, the figures of a report read as targets and
those of a commitment form as results (issue 12); the words around one value often do not
tell, the balance of the whole text or of its section may.

:func:`scan` reads the status words of the whole text (found by the matcher of
:mod:`.status`, with the words of :mod:`kehoach_parser.lang.vi.doc_kind_words` added) once per
document: positions of "result" and "target" cues, and of years before and after the year of
issue; :func:`doc_kind_features` turns the document's balance into features and its lean,
:func:`section_kind` the balance of the value's section (the innermost numbered section
around it, and its level-1 section) and the section's lean; :func:`crossed_features`
crosses both leans with what the value's sentence says.  Every feature starts with :data:`PREFIX`:
the training script keeps them only when asked (``--kind-cues``), so a model fitted without
them is unchanged by their presence.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from kehoach_parser.document import SectionNode
from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.lang.vi.doc_kind_words import SHARE_BASES, SHARE_LINKS
from kehoach_parser.lang.vi.status_words import COMMIT_GROUPS, REVIEW_GROUPS
from kehoach_parser.lazy_pattern import lazy_compile

__all__ = ["FEW", "PREFIX", "RESULT_GROUPS", "TARGET_GROUPS", "Cue", "KindScan", "crossed_features",
           "doc_kind_features", "scan", "section_kind", "side"]

#: Every feature of this module starts with it (the training script filters on it): ``k:``
#: is the kind of the whole *document* and the balance of the value's section, not to be
#: confused with the status feature ``kind:…`` of :mod:`.status`, the outline's kind of the
#: value's level-1 *section*; ``c:`` starts the context cues (:mod:`.context_cues`).
PREFIX = "k:"
#: Shares of "result" cues above which a feature fires (cumulative: a share of 0.6 fires
#: ``>0.3``, ``>0.45`` and ``>0.55``), so the model weighs each step of the balance.
SHARE_STEPS: tuple[float, ...] = (0.3, 0.45, 0.55, 0.7)
#: Fewer cues than this in a span give no balance (the document: :data:`FEW` instead).
MIN_DOC_CUES = 6
MIN_SECTION_CUES = 3
#: The one feature of a text with fewer than :data:`MIN_DOC_CUES` cues.  Until H19S a sparse
#: text fired ``doc:few``, ``docw:few``, ``sec:few``, ``top:few`` and ``x:doc_few&…``
#: together, so one absence of evidence was counted up to five times (review R18b, finding 3).
FEW = PREFIX + "few"

#: The status groups (and the kind-only groups) of a report's cues and of a plan's.
RESULT_GROUPS = REVIEW_GROUPS | {"report_only"}
TARGET_GROUPS = COMMIT_GROUPS | {"forecast", "plan_only"}
_SHARE_RE = lazy_compile(r"\d\s*%\s*(?:(?:" + lx.alternation(SHARE_LINKS) + r")\s+)?(?:"
                         + lx.alternation(SHARE_BASES) + r")(?!\p{L})", lx.FLAGS)
#: A status word found in the text: (start, end, groups), as the status matcher gives it.
Cue = tuple[int, int, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class KindScan:
    """Where the cues of a report and of a plan stand in one document (sorted offsets)."""

    result: list[int]
    target: list[int]
    #: years before / after the year the document was issued
    past_years: list[int]
    future_years: list[int]
    #: the document's year of issue (``None``: no year features)
    year: int | None

    def counts(self, s: int, e: int) -> tuple[int, int]:
        """The result and target cues (years included) in ``[s, e)``."""

        def n(xs: list[int]) -> int:
            return bisect.bisect_left(xs, e) - bisect.bisect_left(xs, s)

        return (n(self.result) + n(self.past_years),
                n(self.target) + n(self.future_years))


def scan(text: str, cues: Sequence[Cue], year: int | None) -> KindScan:
    """The balance cues of ``text``: ``cues`` are its status words (with the kind-only
    words), in order; ``year`` is the year the document was issued (or ``None``).  A share
    of a base ("bằng 104% kế hoạch năm 2025") counts once, as a report's cue, and the status
    words inside it not at all."""
    shares = [(m.start(), m.end()) for m in _SHARE_RE.finditer(text)]
    share_starts = [a for a, _ in shares]
    result = [a for a, _ in shares]
    target: list[int] = []
    for s, _e, groups in cues:
        i = bisect.bisect_right(share_starts, s) - 1
        if i >= 0 and s < shares[i][1]:
            continue  # inside a share
        gs = set(groups)
        if gs & RESULT_GROUPS:
            result.append(s)
        if gs & TARGET_GROUPS:
            target.append(s)
    result.sort()
    past: list[int] = []
    future: list[int] = []
    if year is not None:
        for m in lx.TEXT_YEAR_RE.finditer(text):
            y = int(m.group(1))
            if y < year:
                past.append(m.start())
            elif y > year:
                future.append(m.start())
    return KindScan(result, target, past, future, year)


def _share(name: str, r: int, t: int, least: int) -> list[str]:
    """The steps of a span's share of result cues; nothing when it holds fewer than
    ``least`` cues (the absence of evidence is said once, by :data:`FEW`)."""
    if r + t < least:
        return []
    share = r / (r + t)
    return [f"{PREFIX}{name}>{step}" for step in SHARE_STEPS if share > step]


def doc_kind_features(ks: KindScan, length: int) -> tuple[list[str], str]:
    """The balance of the whole text: its status words (with the years before and after
    its year of issue), its words alone, and its years alone; and where it leans
    (:func:`side`, as :func:`section_kind` gives a section's).  A text with fewer than
    :data:`MIN_DOC_CUES` cues gets the one feature :data:`FEW` and no balance of its words
    (a subset of its cues) nor ``docy:none``: one absence of evidence, one feature (review
    R18b, finding 3); a balance of its years, when it has one, is evidence and stays."""
    r, t = ks.counts(0, length)
    if r + t < MIN_DOC_CUES:
        feats = [FEW]
    else:
        feats = _share("doc", r, t, MIN_DOC_CUES)
        feats += _share("docw", len(ks.result), len(ks.target), MIN_DOC_CUES)
        if ks.year is None:
            feats.append(PREFIX + "docy:none")
    if ks.year is not None:
        feats += _share("docy", len(ks.past_years), len(ks.future_years), 2)
    return feats, side(r, t, MIN_DOC_CUES)


def _path(nodes: Sequence[SectionNode], at: int) -> list[SectionNode]:
    """The numbered sections around offset ``at``, outermost first."""
    out: list[SectionNode] = []
    level = list(nodes)
    while level:
        node = next((n for n in level if n.body_span[0] <= at < n.body_span[1]), None)
        if node is None:
            break
        out.append(node)
        level = node.children
    return out


def section_kind(ks: KindScan, nodes: Sequence[SectionNode], at: int
                 ) -> tuple[list[str], str]:
    """The balance of the innermost numbered section around ``at`` and of its level-1
    section, and where the innermost one leans (:func:`side`).  Nothing outside every
    section (the status feature ``sec:none`` says so) or for a section with fewer than
    :data:`MIN_SECTION_CUES` cues, and no ``top`` when the level-1 section is the value's
    own (its balance is ``sec``'s): review R18b, finding 3."""
    path = _path(nodes, at)
    if not path:
        return [], "few"
    inner = path[-1]
    r, t = ks.counts(*inner.body_span)
    feats = _share("sec", r, t, MIN_SECTION_CUES)
    top = next((n for n in path if n.level >= 1), path[0])
    if top is not inner:
        feats += _share("top", *ks.counts(*top.body_span), MIN_SECTION_CUES)
    return feats, side(r, t, MIN_SECTION_CUES)


#: Where a span's balance leans: a report above this share of result cues, a plan below
#: :data:`PLAN_BELOW` (``mixed`` between them; ``few`` with too few cues).
REPORT_ABOVE = 0.55
PLAN_BELOW = 0.3


def side(r: int, t: int, least: int) -> str:
    """``report``, ``plan``, ``mixed`` or ``few``: where a span with ``r`` result and ``t``
    target cues leans (``few`` below ``least`` cues)."""
    if r + t < least:
        return "few"
    share = r / (r + t)
    return "report" if share > REPORT_ABOVE else "mixed" if share > PLAN_BELOW else "plan"


def crossed_features(doc_side: str, sec_side: str, local: str) -> list[str]:
    """The document's and the section's lean (:func:`side`) crossed with what
    the value's own sentence says (``local``: ``commit``, ``review``, ``both`` or ``bare``):
    a bare figure in a report is reported, the same figure in a plan committed to.  A span
    without a balance crosses nothing (its absence is :data:`FEW`'s, once)."""
    return [f"{PREFIX}x:{name}_{s}&{local}"
            for name, s in (("doc", doc_side), ("sec", sec_side)) if s != "few"]
