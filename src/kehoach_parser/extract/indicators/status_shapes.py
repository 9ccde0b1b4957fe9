"""Target or result by the clause's structure: shapes the status model does not learn.

Two behaviours were learned by the status model and changed with every refit (issue 12,
brief H14S); they are read from the clause's structure here, with the words of
:mod:`kehoach_parser.lang.vi.achievement_words`:

* **an achieved-so-far verb phrase with a share** (:func:`share_shape`): "đã hoàn thành 80%
  khối lượng", "đã xử lý được 60% cơ sở …" (the past marker a few words before the value)
  is a result, as is any quantity after such a phrase ("5 tháng đã thu 150.000 tỷ
  đồng"); "Đến nay, xã xử lý được 60% …" (the particle of achievement right before the
  value, after a sentence that reviews) too; "Phấn đấu xử lý được 60% …" (a sentence that
  commits) is a target.  "Xử lý được 60% …" with neither is left to the model.
* **counts of a plan's targets that were met** (:func:`met_target_counts`, project decision
  31): "đạt và vượt 19/19 chỉ tiêu", "38/54 chỉ tiêu hoàn thành" are results (value N,
  ``total`` M, unit "chỉ tiêu"); "đề ra 28 chỉ tiêu" (the text's own targets) and "phấn đấu
  đạt 22/22 chỉ tiêu" (a commitment) are not.

* **a share below 100 of a plan reached** (:func:`plan_share`, brief H17S): "đạt 87,5% kế
  hoạch", "bằng 90% dự toán", "đạt 96% chỉ tiêu giao" is a result unless its sentence commits,
  names a deadline or a purpose ("Để … đạt 95% chỉ tiêu", "… đạt 95% kế hoạch trước ngày
  31/12"), or it stands in a targets section.

The achieved/planned pair ("đạt 512,7/498 tỷ đồng") is structural in :mod:`.status`
(``FIXED_CUES``, :func:`pair_reviewed`): the achieved half is a result whose ``total`` is
the planned one and, in a line that reviews, the planned half is no record of its own.
"""

from __future__ import annotations

from typing import Literal

import regex

from kehoach_parser.document import Indicator
from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.extract.indicators.clauses import Draft
from kehoach_parser.extract.indicators.names import clause_year
from kehoach_parser.extract.indicators.sections import SectionInfo, Sections
from kehoach_parser.extract.numbers import parse_vi_number
from kehoach_parser.lang.vi.achievement_words import (
    ACHIEVED_PARTICLE,
    ACHIEVED_VERBS,
    BETWEEN_PARTICLE_AND_VALUE,
    COMMIT_MARKERS,
    COUNT_DETERMINERS,
    MET_WORDS,
    PAST_ASPECT,
    PAST_QUANTITY_GOES_ON,
    TARGET_COUNT_NOUNS,
    TARGET_COUNT_UNIT,
    UNMET_NEGATIONS,
)
from kehoach_parser.lang.vi.admin_units import ADMIN_UNITS, VILLAGE_UNITS
from kehoach_parser.lang.vi.comparators import AFTER_VALUE, CONNECTORS
from kehoach_parser.lang.vi.indicator_words import LEAD_YEAR_PREFIXES
from kehoach_parser.lang.vi.status_words import (
    COMMIT_GROUPS,
    MEMBER_COUNT_BEFORE,
    MEMBER_COUNT_REACHED,
    PLAN_SHARE_BASES,
    PLAN_SHARE_DEADLINES,
    PLAN_SHARE_LINKS,
    PLAN_SHARE_NEXT_FIGURE,
    PLAN_SHARE_NOT_BEFORE,
    PLAN_SHARE_PAST_YEAR,
    PLAN_SHARE_VERBS,
    PLAN_SHARE_YEAR_DEADLINE,
    PURPOSE_MARKERS,
    REVIEW_GROUPS,
    STATUS_CUES,
)
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.lists import JOINER, split_members
from kehoach_parser.text.sentences import SENTENCE_LOOKBACK, sentence_start
from kehoach_parser.text.span_index import spans_overlap

#: Words of a sentence that commits to what follows ("phấn đấu", "với mục tiêu", "sẽ").
_COMMIT_WORDS = (*STATUS_CUES["strive"], *STATUS_CUES["with_target"], *COMMIT_MARKERS)
#: … and, for the particle "được" alone, a deadline to reach ("đến năm 2030 xử lý được …").
_COMMIT_RE = lazy_compile(lx.word_alternation(_COMMIT_WORDS), lx.FLAGS)
_DEADLINE_RE = lazy_compile(lx.word_alternation(STATUS_CUES["by_year"]), lx.FLAGS)
#: Words of a sentence that reviews ("đến nay", "ước", "trong năm", "đã").
_REVIEW_WORDS = tuple(w for g in ("past", "estimate", "now", "review", "same_period")
                      for w in STATUS_CUES[g])
_REVIEW_RE = lazy_compile(lx.word_alternation(_REVIEW_WORDS), lx.FLAGS)

#: The words right before a value: "… xử lý được (trên) " at the end of the text before it.
_PARTICLE_RE = lazy_compile(
    lx.word_alternation(ACHIEVED_PARTICLE)
    + r"(?:\s+" + lx.alternation(BETWEEN_PARTICLE_AND_VALUE) + r")?\s*\Z", lx.FLAGS)
#: Words between the past marker and the value: a verb of one or two syllables, its
#: particle and a modifier ("đã xử lý được trên 60%", "đã giải ngân 60%"); a longer run is
#: a clause of its own, whose past marker says nothing of this value.
_VERB_PHRASE_WORDS = 4
#: "đã hoàn thành (được) ": the past marker, then one to four words, then the value.
_PAST_VERB_RE = lazy_compile(
    lx.word_alternation(PAST_ASPECT)
    + r"(?P<words>(?:\s+\p{L}+){1," + str(_VERB_PHRASE_WORDS) + r"})\s*\Z", lx.FLAGS)
_CONNECTOR_WORDS = frozenset(c for c in CONNECTORS if c.isalpha())
#: A condition's clause going on after the quantity ("… 50 triệu đồng được gia hạn").
_GOES_ON_RE = lazy_compile(r"[ \t]*" + lx.word_alternation(PAST_QUANTITY_GOES_ON), lx.FLAGS)
#: A bound written after the value ("8,0 điểm trở lên"): a criterion, not a done quantity.
_BOUND_AFTER_RE = lazy_compile(lx.word_alternation(tuple(AFTER_VALUE)) + r"\s*\Z", lx.FLAGS)


def _closes_clause(text: str, vs: int, end: int) -> bool:
    """Whether the quantity ``text[vs:end]`` has no bound after its value ("8,0 điểm trở
    lên": a criterion) and no condition's clause goes on after it (see
    ``PAST_QUANTITY_GOES_ON``)."""
    return _GOES_ON_RE.match(text, end) is None \
        and _BOUND_AFTER_RE.search(text, vs, end) is None
#: Where the sentence of a value starts: ".", "!", "?", ";" before a space, or a line break
#: (a colon does not end it: "Kết quả: xử lý được 60%" reviews).
_SENTENCE_BACK_RE = lazy_compile(r"[.!?;](?=\s)|\n", lx.FLAGS)
#: Where the clause of a value starts: the sentence's boundaries and a comma or a colon.
_CLAUSE_CHARS = ",;:.!?\n"


def _sentence_start(text: str, at: int) -> int:
    return sentence_start(text, at, ends=_SENTENCE_BACK_RE)


def _clause_start(text: str, ss: int, at: int) -> int:
    """Where the clause holding ``at`` starts, in its sentence starting at ``ss``."""
    return max(ss, *(text.rfind(ch, ss, at) + 1 for ch in _CLAUSE_CHARS))


#: The cue of a share decided by its verb phrase: a result, a target.
ShareCue = Literal["achieved_share", "committed_share"]


def share_shape(text: str, d: Draft) -> ShareCue | None:
    """``"achieved_share"`` (a result) / ``"committed_share"`` (a target) when the words
    before a percentage decide it (an achieved-so-far verb phrase; see the module), else
    ``None`` (the model decides).  The past marker's branch reads any quantity, not only a
    share: "Năm nay phấn đấu thu 352.000 tỷ đồng. Sau 5 tháng đã thu 150.000 tỷ đồng" — the
    second figure is reported whatever the sentence before it commits to (brief H17S) —
    unless the quantity is a condition ("các hộ đã vay 50 triệu đồng được gia hạn", "học
    sinh đã đạt 8,0 điểm trở lên" are conditions: review R17b, finding 4; "các khoản đã
    giao 150 tỷ đồng cho xã", a relative clause, is a limit kept); the particle's
    branch stays with shares ("thu được 150 tỷ đồng" is left to the model)."""
    q = d.q
    if q is None or q.unit is None or q.value is None \
            or q.value_max is not None or q.pair is not None:
        return None
    share = q.unit.kind == "percent"
    vs = q.value_span[0]
    ss = _sentence_start(text, vs)
    cs = _clause_start(text, ss, vs)
    clause = text[cs:vs]
    before = text[ss:vs]
    m = _PAST_VERB_RE.search(clause)
    if not share and (m is None or not _closes_clause(text, vs, max(q.end, q.value_span[1]))):
        # "các hộ đã vay 50 triệu đồng được gia hạn": a condition's past, not this figure's
        return None
    if m is not None:
        words = m.group("words").casefold().split()
        # "hộ đã được cấp giấy chứng nhận đạt 95%": a connector after the verb phrase names
        # a measure ("đã …" is part of its name), not an achievement: nothing is decided
        # (not even by the particle: "… đã được cấp đạt được 95%")
        if _CONNECTOR_WORDS.intersection(words[1:]):
            return None
        # a commitment or a deadline before it: "đến năm 2030, đã hoàn thành 80% …"
        committed = _COMMIT_RE.search(before) or _DEADLINE_RE.search(before)
        return "committed_share" if committed else "achieved_share"
    m = _PARTICLE_RE.search(clause)
    if m is None:
        return None
    said = before[:len(before) - len(clause) + m.start()]
    if _COMMIT_RE.search(said) or _DEADLINE_RE.search(said):
        return "committed_share"
    if _REVIEW_RE.search(said):
        return "achieved_share"
    return None


#: "đạt (trên) " at the end of the text before a share of a plan.
_PLAN_VERB_RE = lazy_compile(
    lx.word_alternation(PLAN_SHARE_VERBS)
    + r"(?:\s+" + lx.alternation(BETWEEN_PARTICLE_AND_VALUE) + r")?\s*\Z", lx.FLAGS)
#: "% (so với) kế hoạch" right after the value (not "kế hoạch vốn").
_PLAN_BASE_RE = lazy_compile(
    r"\s*%?\s*(?:" + lx.alternation(PLAN_SHARE_LINKS) + r"\s+)?"
    + lx.alternation(PLAN_SHARE_BASES) + r"(?![\p{L}\p{N}])"
    + r"(?!\s+" + lx.alternation(PLAN_SHARE_NOT_BEFORE) + r"(?![\p{L}\p{N}]))", lx.FLAGS)
_PURPOSE_RE = lazy_compile(lx.word_alternation(PURPOSE_MARKERS), lx.FLAGS)
_PLAN_DEADLINE_RE = lazy_compile(lx.word_alternation(PLAN_SHARE_DEADLINES), lx.FLAGS)
#: Where the sentence of a share of a plan ends, for its deadline: ".", "!", "?" before a
#: space or the end, or a line break (not ";": "đạt 95% kế hoạch; các xã hoàn thành trước
#: ngày 30/9" sets one task).
_SENTENCE_END_RE = lazy_compile(r"[.!?](?=\s|\Z)|\n", lx.FLAGS)
#: Where the deadline search of a share of a plan stops: its sentence's end, or the start of
#: another figure (a digit after a space) or of a forecast, whose deadline that is ("… đạt
#: 45% kế hoạch; dự kiến hết quý III đạt 70%").
_PLAN_SCOPE_END_RE = lazy_compile(
    _SENTENCE_END_RE.pattern + r"|(?<=\s)\d|" + lx.word_alternation(PLAN_SHARE_NEXT_FIGURE),
    lx.FLAGS)
#: After "trong năm": a past year's word ("qua", "trước", "học") or a year.
_AFTER_YEAR_DEADLINE_RE = lazy_compile(
    r"\s*(?:(?P<past>" + lx.word_alternation(PLAN_SHARE_PAST_YEAR) + r")|(?P<year>(?:19|20)\d\d)"
    + r"(?!\d))", lx.FLAGS)
#: How far before the value the verb of a share of a plan may stand.
_PLAN_VERB_LOOKBACK = 24
#: A share of a plan at or above this is a target's idiom ("đạt 100% kế hoạch") or, above
#: it, the achieved share of ``over_full_share`` (:mod:`.status`): not this shape's.
_FULL_SHARE = 100.0


def plan_share(text: str, d: Draft, info: SectionInfo | None, plan_year: int | None) -> bool:
    """"Sản lượng lúa đạt 98,5% kế hoạch năm", "thu ngân sách bằng 87% dự toán", "tỷ lệ tiêm
    chủng đạt 96% chỉ tiêu huyện giao": a share below 100 of a plan, target or budget,
    reached ("đạt", "bằng", "hoàn thành"), is what was achieved of it — a result — unless
    its sentence commits to it or names its purpose before it ("phấn đấu giải ngân đạt tối
    thiểu 95% kế hoạch", "đến năm 2030 …", "Để công tác tuyển quân đạt 95% chỉ tiêu"), names
    a deadline after it ("… đạt 95% kế hoạch trước ngày 31/12", "… trong quý III", "… trong
    năm" of the plan's year ``plan_year`` or a later one — not "trong năm qua" — read up to
    the next figure or forecast: review R17c, finding 1), or it stands in a targets
    section.  A plan's own idiom, "đạt 100% kế hoạch", is left to the
    model.

    Limits (review R17b, finding 3, measured): a commitment after the value ("đạt 75% dự
    toán, phấn đấu hoàn thành cả năm" — also a report's idiom) and the plan's own year in
    the sentence ("đạt 98% dự toán năm 2027" — a report names its year too) do not refuse
    the cue; either refusal lost a train document and gained none."""
    q = d.q
    if q is None or q.unit is None or q.unit.kind != "percent" or q.value is None \
            or q.value >= _FULL_SHARE or q.value_max is not None or q.pair is not None:
        return False
    if info is not None and info.targets:
        return False
    vs, ve = q.value_span
    if _PLAN_BASE_RE.match(text, ve) is None:
        return False
    if _PLAN_VERB_RE.search(text, max(0, vs - _PLAN_VERB_LOOKBACK), vs) is None:
        return False
    ss = _sentence_start(text, vs)
    if _COMMIT_RE.search(text, ss, vs) or _DEADLINE_RE.search(text, ss, vs) \
            or _PURPOSE_RE.search(text, ss, vs):
        return False
    m = _PLAN_SCOPE_END_RE.search(text, ve)
    end = m.start() if m is not None else len(text)
    return not any(_sets_deadline(text, dm, plan_year)
                   for dm in _PLAN_DEADLINE_RE.finditer(text, ve, end))


def _sets_deadline(text: str, m: regex.Match[str], plan_year: int | None) -> bool:
    """Whether the deadline word ``m`` after a share of a plan sets one: "trong năm" does
    not when a past year's word follows it ("trong năm qua"), or a year before the plan's
    ("trong năm 2025" in a plan for 2026)."""
    if m.group().casefold() != PLAN_SHARE_YEAR_DEADLINE:
        return True
    after = _AFTER_YEAR_DEADLINE_RE.match(text, m.end())
    if after is None:
        return True
    if after.group("past") is not None:
        return False
    return plan_year is None or int(after.group("year")) >= plan_year


#: Words before an achieved/planned pair that say it is reported: "đạt 512,7/498 tỷ đồng".
_ACHIEVED_RE = lazy_compile(
    lx.word_alternation((*STATUS_CUES["achieved"], *ACHIEVED_VERBS)), lx.FLAGS)


def pair_reviewed(text: str, d: Draft) -> bool:
    """"Kết quả thực hiện …: tổng thu ngân sách 512,7/498 tỷ đồng", "thu ngân sách đạt
    512,7/498 tỷ đồng": an achieved/planned pair whose line reviews (or says "đạt") before
    it, and does not commit, is one reported figure — its planned half is no record of its
    own.  A pair in a line that says neither is left to the model (a plan may write
    "current/target").  This is the line's branch of the pair rule; the section's is in
    :func:`structural_cues`."""
    q = d.q
    if q is None or "pair_plan" not in d.cues:
        return False
    at = q.value_span[0]  # (the words before the value, "đạt" included)
    ls = max(text.rfind("\n", 0, at) + 1, at - SENTENCE_LOOKBACK)
    ss = _sentence_start(text, at)
    if _COMMIT_RE.search(text, ss, at) or _DEADLINE_RE.search(text, ss, at):
        return False
    return bool(_REVIEW_RE.search(text, ls, at) or _ACHIEVED_RE.search(text, ls, at))


#: A count of a plan's targets has at most three digits (a plan sets tens of targets); a
#: longer number is a figure of another kind.
_MAX_COUNT_DIGITS = 3
#: Words between a count's noun and the met word after it: its qualifier ("chủ yếu", "kinh
#: tế - xã hội", "Nghị quyết đề ra"); farther, the met word is another clause's.
_WORDS_BEFORE_MET = 5
#: How far before a met word a negation is looked for: the longest negation and up to seven
#: spaces (the pattern is anchored at the met word, so a wider window finds nothing more).
_NEGATION_WINDOW = max(map(len, UNMET_NEGATIONS)) + 7
_DIGITS = r"\d{1," + str(_MAX_COUNT_DIGITS) + "}"
#: The count: not part of a longer number, a decimal or a date.
_COUNT = r"(?<![\p{L}\d.,/])(?P<n>" + _DIGITS + r")(?![.,]\d)"
_OF_TOTAL = r"(?:\s*/\s*(?P<m>" + _DIGITS + r"))?"
_MET = lx.alternation(MET_WORDS)
_NOUN = lx.alternation(TARGET_COUNT_NOUNS)
#: "đạt và vượt 19/19 chỉ tiêu", "hoàn thành 20 chỉ tiêu"
_MET_BEFORE_RE = lazy_compile(
    lx.WB_BEFORE + r"(?P<met>" + _MET + r")\s+(?:(?:" + lx.alternation(COUNT_DETERMINERS)
    + r")\s+)?"
    + _COUNT + _OF_TOTAL + r"\s+"
    + r"(?P<noun>" + _NOUN + r")" + lx.WB_AFTER, lx.FLAGS)
#: "38/54 chỉ tiêu hoàn thành", "21 chỉ tiêu đạt và vượt kế hoạch"
_MET_AFTER_RE = lazy_compile(
    _COUNT + _OF_TOTAL + r"\s+(?P<noun>" + _NOUN
    + r")(?P<mid>(?:[ \t]+\p{L}+){0," + str(_WORDS_BEFORE_MET) + r"}?)[ \t]+(?P<met>" + _MET
    + r")" + lx.WB_AFTER, lx.FLAGS)
_NEGATION_RE = lazy_compile(lx.word_alternation(UNMET_NEGATIONS) + r"\s*\Z", lx.FLAGS)
_NEGATION_WORD_RE = lazy_compile(lx.word_alternation(UNMET_NEGATIONS), lx.FLAGS)


def _is_met_count(text: str, m: regex.Match[str], b0: int) -> bool:
    """Whether the match ``m`` is a count of met targets: its met word is not negated
    ("không đạt 3 chỉ tiêu", "16 chỉ tiêu chưa đạt"), its sentence does not commit ("phấn
    đấu đạt và vượt 22/22 chỉ tiêu") and the count is no more than its total."""
    neg_at = m.start("met")
    if _NEGATION_RE.search(text, max(b0, neg_at - _NEGATION_WINDOW), neg_at):
        return False
    mid = m.groupdict().get("mid")
    if mid and _NEGATION_WORD_RE.search(mid):
        return False  # "4 chỉ tiêu chưa thể hoàn thành"
    if _COMMIT_RE.search(text, _sentence_start(text, m.start()), m.start()):
        return False
    value = parse_vi_number(m.group("n"))
    total = parse_vi_number(m.group("m")) if m.group("m") else None
    return value is not None and (total is None or value <= total)


def _met_record(text: str, m: regex.Match[str], sections: Sections) -> Indicator:
    """The result of the count of met targets ``m``: value N, ``total`` M, the sentence's
    year."""
    value = parse_vi_number(m.group("n"))
    total = parse_vi_number(m.group("m")) if m.group("m") else None
    span = (m.start(), m.end())
    info = sections.at(span[0])
    return Indicator(
        name=TARGET_COUNT_UNIT, comparator="=", value=value, total=total,
        unit=TARGET_COUNT_UNIT,
        year=clause_year(text, (_sentence_start(text, span[0]), span[1]), None),
        text=text[span[0]:span[1]], section=info.path if info else None,
        category=info.category if info else None, baseline_year=None,
        restates=None, status="result", status_confidence=None,
        base_value=value, base_value_max=None, base_unit=TARGET_COUNT_UNIT,
        span=span, field_spans={"value": m.span("n"), "unit": m.span("noun")})


def met_target_counts(text: str, body: tuple[int, int], sections: Sections
                      ) -> list[Indicator]:
    """The counts of a plan's targets that were met (project decision 31), as results."""
    b0, b1 = body
    found: dict[tuple[int, int], Indicator] = {}
    for pat in (_MET_BEFORE_RE, _MET_AFTER_RE):
        for m in pat.finditer(text, b0, b1):
            span = (m.start(), m.end())
            if not _is_met_count(text, m, b0) or any(spans_overlap(span, f) for f in found):
                continue
            found[span] = _met_record(text, m, sections)
    return [found[k] for k in sorted(found)]


def structural_cues(text: str, d: Draft, info: SectionInfo | None,
                    plan_year: int | None = None) -> list[str]:
    """The status cues this module reads from the structure around ``d``, in a fixed order.

    * ``"pair_plan_reviewed"``, the whole pair rule: the planned half of a pair whose line
      reviews and does not commit (:func:`pair_reviewed`), or of any pair in a results
      section — there even when its sentence commits, the section saying the figures are
      reported;
    * the share's cue (:func:`share_shape`);
    * ``"plan_share"``, a share below 100 of a plan reached (:func:`plan_share`)."""
    cues: list[str] = []
    if pair_reviewed(text, d) or ("pair_plan" in d.cues and info is not None and info.results):
        cues.append("pair_plan_reviewed")
    shape = share_shape(text, d)
    if shape is not None:
        cues.append(shape)
    if plan_share(text, d, info, plan_year):
        cues.append("plan_share")
    if named_members(text, d, info, plan_year):
        cues.append("named_members")
    return cues


#: The place units a count of listed places counts ("xã", "thôn", "xóm", "tổ dân phố").
_PLACE_UNITS = (*ADMIN_UNITS, *VILLAGE_UNITS)
#: A count's noun that is a place unit, at the noun's start.
_PLACE_UNIT_RE = lazy_compile(lx.word_alternation(_PLACE_UNITS), lx.FLAGS)
#: A place's name: an optional unit word ("xóm", "xã") and words that start with a capital
#: letter or are numbers ("Bầu 2", "Tân Phú Đông"); matched case-sensitively (the
#: capitals tell the names).
_PLACE_NAME = (r"(?:(?i:" + lx.alternation(_PLACE_UNITS) + r")\s+)?"
               + r"\p{Lu}\p{L}*(?:[ \t]+(?:\p{Lu}\p{L}*|\d+))*")
#: The most members a count of listed places is read for.
_MAX_MEMBERS = 30
#: After a count's unit: at most three lower-case words ("trọng điểm"), an optional colon,
#: then place names joined by "," and a joiner ("và", ``text.lists``); the list must end its
#: clause (``end``).  At most :data:`_MAX_MEMBERS` names are read (review R19a, finding 7):
#: a longer list stops before a ", Name", where ``end`` cannot match.
_MEMBERS_RE = lazy_compile(
    r"(?P<mods>(?:[ \t]+\p{Ll}+){0,3}?)[ \t]*:?[ \t]*"
    + r"(?P<list>" + _PLACE_NAME + r"(?:[ \t]*,[ \t]*" + _PLACE_NAME + r"){0,"
    + str(_MAX_MEMBERS - 1) + r"}"
    + r"(?:[ \t]*,?[ \t]+" + JOINER + r"[ \t]+" + _PLACE_NAME + r")?)"
    + r"(?P<end>[ \t]*(?:[.;]|\n|\Z))?", regex.VERSION1)
#: Words between a count and its names that make the names what the count reaches ("2 xã
#: đạt chuẩn: …", "3 xã phấn đấu hoàn thành: …"): the status words of a commitment or a
#: review, and the connectors ("đạt", "bằng").
_MEMBERS_NOT_AFTER_RE = lazy_compile(
    lx.word_alternation((*(w for g in sorted(COMMIT_GROUPS | REVIEW_GROUPS)
                           for w in STATUS_CUES[g]), *sorted(_CONNECTOR_WORDS))), lx.FLAGS)
#: A relational word before the count in its clause ("tại", "với", "thuộc", "cho").
_MEMBER_COUNT_BEFORE_RE = lazy_compile(lx.word_alternation(MEMBER_COUNT_BEFORE), lx.FLAGS)
#: A word right before the count that makes it what is reached ("đạt 4 xã", "hoàn thành
#: 3 xã", "có thêm 3 xã").
_MEMBER_COUNT_REACHED_RE = lazy_compile(
    lx.word_alternation((*MEMBER_COUNT_REACHED, *sorted(_CONNECTOR_WORDS))) + r"\s*\Z",
    lx.FLAGS)
#: A year that heads the count's sentence, its time frame ("Năm 2027 …", "- Trong năm 2027,
#: …", "a) Đến năm 2027 …"); a year further on names a programme or an event ("tọa đàm
#: hoàn thành các chỉ tiêu năm 2019 …, tại 5 xã: …").
_HEADING_YEAR_RE = lazy_compile(
    r"[\W\d]*(?:\p{L}[.)][ \t]*)?(?:" + lx.alternation(LEAD_YEAR_PREFIXES)
    + r"[ \t]+)?năm[ \t]+((?:19|20)\d{2})(?!\d)", lx.FLAGS)


def named_members(text: str, d: Draft, info: SectionInfo | None = None,
                  plan_year: int | None = None) -> bool:
    """"phối hợp với Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú
    Đông.", "tại 5 xã trọng điểm: …", "công trình nước tự chảy thuộc 3 xóm Bầu 1, Bầu 2 và
    xóm Núi;": a count of places (a unit of ``admin_units``) after a relational word of
    ``status_words.MEMBER_COUNT_BEFORE`` in its clause, followed by the names of exactly
    that many places and ending its clause there, says where or with whom, it sets no
    target (brief H19S; review R19a, finding 1).  Not when the count is what is reached:
    a connector or a verb of achievement right before it ("đạt 4 xã: …", "hoàn thành 3
    xã: …"), a status word between the count and the names ("2 xã đạt chuẩn: A và B"), a
    list that goes on into what the places do ("3 xã: A, B và C đạt chuẩn …"); nor in a
    targets section, a sentence that commits or sets a deadline before the count ("Phấn
    đấu năm 2027 xây dựng 2 thôn: Tân An, Bình Minh"), or one that names the plan's year
    or a later one at its head ("Năm 2027 hoàn thành nông thôn mới cho 2 xã A và B").

    Evidence (review R19a, finding 8; docs/models.md "Listed members"): the class was seen
    in 4 readable documents of 4 sources; the rule reaches two of them (AF004, B020)."""
    q = d.q
    if q is None or q.unit is None or q.unit.kind != "count" or q.value is None \
            or q.value_max is not None or q.pair is not None or q.value != int(q.value) \
            or not 2 <= q.value <= _MAX_MEMBERS:
        return False
    if info is not None and info.targets:
        return False
    if _PLACE_UNIT_RE.match(text, q.unit.noun_start) is None:
        return False
    # the anchored list first: it fails for almost every count (review R19a, finding 7)
    m = _MEMBERS_RE.match(text, q.unit.end)
    if m is None or m.group("end") is None:
        return False
    if m.group("mods") and _MEMBERS_NOT_AFTER_RE.search(m.group("mods")):
        return False
    if len(split_members(m.group("list"))) != int(q.value):
        return False
    vs = q.value_span[0]
    ss = _sentence_start(text, vs)
    if _COMMIT_RE.search(text, ss, vs) or _DEADLINE_RE.search(text, ss, vs):
        return False
    cs = _clause_start(text, ss, vs)
    if _MEMBER_COUNT_BEFORE_RE.search(text, cs, vs) is None \
            or _MEMBER_COUNT_REACHED_RE.search(text, cs, vs) is not None:
        return False
    if plan_year is not None:
        head = _HEADING_YEAR_RE.match(text, ss, vs)
        if head is not None and int(head.group(1)) >= plan_year:
            return False
    return True
