"""What a target measures: its name, group, direction, year and baseline, read from a clause.

A clause is either *name first* ("Tỷ lệ che phủ rừng trên 72%": the name stands before the
value) or *value first* ("trên 90% gia đình văn hóa", "Phấn đấu có 08 trường học …": only
verbs of striving or action, scopes and comparators stand before the value, and the name is
what follows it — for a counted noun, from the noun on).  Names are cut out of the text by
moving span ends, so every name has a span into the document text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import regex

from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.extract.indicators.units import Unit
from kehoach_parser.extract.indicators.values import (
    PER_YEAR_AFTER_RE,
    Quantity,
    bound_in_name,
    late_bound_start,
)
from kehoach_parser.lang.vi import admin_units, agent_subjects, indicator_words
from kehoach_parser.lazy_pattern import lazy_compile

Span = tuple[int, int]

_SPACE_PUNCT = " \t\n,;:.-–—−+•*/"  # ("/": the closing mark "./." of an official text)
_CLAUSE_PUNCT_RE = lazy_compile(r"[,;]")
NUMBERED_LABEL_RE = lx.NUMBERED_LABEL_RE
_BY_AMOUNT_COMPARATIVE = "hơn"  # the comparative word of lexicon.BY_AMOUNT ("sớm hơn")
_ACTION_START_RE = lazy_compile(lx.alternation(indicator_words.ACTION_VERBS) + lx.WB_AFTER,
                                 lx.FLAGS)
#: A verb of action (not of direction or striving) ending the words before a count:
#: "Đức Linh xây dựng kế hoạch kết nạp 170 đảng viên", "cả nước trồng 218,6 triệu cây".
_ACTION_END_RE = lazy_compile(
    lx.WB_BEFORE + lx.alternation(
        v for v in indicator_words.ACTION_VERBS + indicator_words.COUNT_GIVING_VERBS
        if v not in lx.DIRECTION_VERBS and v not in indicator_words.STRIVING_VERBS)
    + r"\s*\Z", lx.TAIL_FLAGS)
_COUNT_INTRODUCER_END_RE = lazy_compile(
    lx.WB_BEFORE + lx.alternation(indicator_words.COUNT_INTRODUCERS) + r"\s*\Z", lx.TAIL_FLAGS)
_MEASURE_HEAD_RE = lazy_compile(lx.word_alternation(indicator_words.MEASURE_NAME_HEADS),
                                lx.FLAGS)
_PCT_HINT_RE = lazy_compile(r"\s*\(\s*%[^)]{0,8}\)\s*\Z")
_WORD_RE = lazy_compile(r"\p{L}{2,}")
_TOPIC_HEAD_RE = lazy_compile(
    r"(?:" + lx.alternation(indicator_words.GROUP_QUANTIFIERS) + r"\s+)?"
    + lx.alternation(indicator_words.TOPIC_GROUP_HEADS) + lx.WB_AFTER, lx.FLAGS)
_ESTIMATE_OPENER_RE = lazy_compile(r"\s*" + lx.alternation(indicator_words.ESTIMATE_OPENERS)
                                   + lx.WB_AFTER, lx.FLAGS)
_APPROXIMATE_OPENER_RE = lazy_compile(
    r"[\s\-–•*+]*" + lx.alternation(indicator_words.APPROXIMATE_OPENERS) + lx.WB_AFTER,
    lx.FLAGS)
_GROUP_FILLER_RE = lazy_compile(
    r"[\s,;:.]*" + lx.alternation(indicator_words.GROUP_FILLERS) + lx.WB_AFTER, lx.FLAGS)
_TOPIC_LEAD_RE = lazy_compile(lx.alternation(indicator_words.TOPIC_LEAD_WORDS) + lx.WB_AFTER,
                               lx.FLAGS)
_SHARE_OF_COUNTED_RE = lazy_compile(
    r"\s*" + lx.alternation(indicator_words.SHARE_OF_COUNTED_WORDS) + r"\s+\p{L}", lx.FLAGS)
#: A collective subject ("toàn Đoàn", "các thôn …", "mỗi xã"), after discourse words
#: ("Đặc biệt, …") and a locative ("Riêng …") if any.
_COLLECTIVE_SUBJECT_RE = lazy_compile(
    r"(?:[\s,]*"
    + lx.alternation(indicator_words.DISCOURSE_OPENERS + indicator_words.LOCATIVE_OPENERS)
    + lx.WB_AFTER + r")*[\s,]*" + lx.alternation(indicator_words.COLLECTIVE_SUBJECT_OPENERS)
    + r"\s+(?!" + lx.alternation(indicator_words.COLLECTIVE_PERIOD_WORDS) + lx.WB_AFTER
    + r")\p{L}", lx.FLAGS)
#: A body or place that acts ("Thành phố sẽ …", "Trung tâm Y tế huyện X chủ trì …"): its
#: head, up to six words of its name, then one verb of deciding or organising or more.  The
#: name opens with a capital or a place word ("Sở Lao động", "UBND tỉnh"): other words after
#: the head make a noun phrase ("Xã có hồ sơ đề nghị …"), and a verb opening a noun
#: ("giao thông") is no act (review R17a, finding 1).
_AGENT_VERB = (r"(?!" + lx.alternation(agent_subjects.VERB_NOUN_COMPOUNDS) + lx.WB_AFTER + r")"
               + lx.alternation(agent_subjects.AGENT_VERBS) + lx.WB_AFTER)
_NOT_A_PLACE = r"(?!" + lx.alternation(admin_units.UNIT_WORD_PHRASES) + lx.WB_AFTER + r")"
_AGENT_NAME_OPENER = (r"(?:(?-i:\p{Lu})[^\s,;:.()]*|" + _NOT_A_PLACE
                      + lx.alternation(admin_units.ADMIN_UNITS) + lx.WB_AFTER + r")")
_AGENT_SUBJECT_RE = lazy_compile(
    r"\s*" + _NOT_A_PLACE + r"(?P<head>" + lx.alternation(agent_subjects.AGENT_BODY_HEADS)
    + r")" + lx.WB_AFTER
    + r"(?:[^\S\n]+" + _AGENT_NAME_OPENER + r"(?:[^\S\n]+[^\s,;:.()]+){0,5}?)?"
    + r"[^\S\n]+" + _AGENT_VERB + r"(?:[^\S\n]+" + _AGENT_VERB + r")*", lx.FLAGS)
#: A comma and a verb of action or a measure's head, after a body's verbs: a clause that
#: says what is done.  The heads of ``COMMA_SUBJECT_HEADS`` ("tỷ lệ" …) are left to
#: ``_comma_subject_start``, which has already started the name after such a comma; bare
#: "số", "mức", "tổng" are safe here, though not there, because no name has started yet —
#: a comma after a body and its verbs ends the body's clause, not an item of a listed name.
_COMMA_ACTION_RE = lazy_compile(
    r",\s*(?=" + lx.alternation(
        indicator_words.ACTION_VERBS + tuple(h for h in indicator_words.MEASURE_NAME_HEADS
                                             if h not in indicator_words.COMMA_SUBJECT_HEADS))
    + lx.WB_AFTER + r")", lx.FLAGS)
#: A comma inside a name's words (an adverbial lead before a body that acts).
_COMMA_RE = lazy_compile(r",")
#: A verb after a collective subject that is itself the measure ("giải ngân", "tuyển sinh" …).
_COLLECTIVE_MEASURE_RE = lazy_compile(
    lx.word_alternation(indicator_words.COLLECTIVE_MEASURE_VERBS), lx.FLAGS)


@dataclass(slots=True)
class NameInfo:
    name: str | None
    span: Span | None
    direction: str | None = None
    group: str | None = None
    value_first: bool = False
    clause_end: int | None = None  # where a value-first clause really ends (", các …")
    approximate: bool = False  # "Ước dân số …: 1,9 triệu người": an estimate opens the clause


def _last_match(pattern: regex.Pattern[str], text: str, s: int, e: int
                ) -> regex.Match[str] | None:
    """The match of ``pattern`` in ``text[s:e]`` that starts last, or ``None``."""
    return max(pattern.finditer(text, s, e), key=lambda m: m.start(), default=None)


def trim(text: str, s: int, e: int) -> Span:
    """Strip spaces and list punctuation from both ends of ``text[s:e]``."""
    while s < e and text[s] in _SPACE_PUNCT:
        s += 1
    while e > s and text[e - 1] in _SPACE_PUNCT:
        e -= 1
    # unbalanced brackets and quotes at the ends
    while e > s and text[e - 1] in "(“\"'" :
        e -= 1
    while s < e and text[s] in ")”":
        s += 1
    return s, e


def strip_leading(text: str, s: int, e: int) -> tuple[int, str | None]:
    """Drop leading striving/action verbs and scopes; report a direction verb found there."""
    direction: str | None = None
    opener = _last_match(lx.NAME_OPENER_RE, text, s, e) \
        if lx.may_hold(text, s, e, lx.NAME_OPENER_WORDS) else None
    if opener is not None and trim(text, opener.end(), e)[0] < e:
        s = opener.end()  # "… Kế hoạch năm 2025 với mục tiêu tăng trưởng đạt 8%"
    while s < e:
        s, e = trim(text, s, e)
        m = lx.SOURCE_OPENER_RE.match(text, s, e)
        if m is not None and m.end() < e:
            s = m.end()  # "Theo Bộ Y tế, tỷ lệ …"
            continue
        m = _ESTIMATE_OPENER_RE.match(text, s, e)
        if m is not None and trim(text, m.end(), e)[0] < e:
            s = m.end()  # "Ước dân số trung bình …", "Dự kiến điện sản xuất …"
            continue
        m = lx.LEADING_DIRECTION_RE.match(text, s, e)
        if m is not None:
            verb = lx.fold(m.group(1)).casefold()
            if not lx.NAME_AFTER_VERB_RE.match(text, m.end(), e):
                direction = direction or lx.DIRECTION_VERBS.get(verb)
                s = m.end()
                continue
        m = lx.STRIVING_RE.match(text, s, e)
        if m is not None and m.end() < e and not (
                lx.fold(m.group(1)).casefold() in lx.DIRECTION_VERBS
                and lx.NAME_AFTER_VERB_RE.match(text, m.end(), e)):
            s = m.end()
            continue
        m = lx.SCOPE_RE.match(text, s, e)
        if m is not None and m.end() < e:
            s = m.end()
            continue
        break
    return s, direction


def strip_striving(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop leading verbs of striving ("Phấn đấu", "Quyết tâm") only."""
    while s < e:
        s, e = trim(text, s, e)
        m = lx.STRIVING_ONLY_RE.match(text, s, e)
        if m is None or m.end() >= e:
            break
        s = m.end()
    return s, e


def strip_trailing(text: str, s: int, e: int) -> int:
    while e > s:
        m = _PCT_HINT_RE.search(text, s, e)
        if m is not None:
            e = m.start()
            continue
        m = lx.TRAILER_RE.search(text, s, e)
        if m is not None and m.start() < e:
            e = m.start()
            continue
        break
    return trim(text, s, e)[1]


def may_hold_year(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` holds "19" or "20": every year phrase (``YEAR_PHRASE_RE``)
    does, so a stretch without either is not searched for one (issue 15: the pattern opens
    with a look-behind and is tried at every character; most names and clauses hold no
    year)."""
    return text.find("20", s, e) != -1 or text.find("19", s, e) != -1


def name_string(text: str, span: Span) -> str:
    """The name as a string: the span with year phrases taken out, spaces folded."""
    raw = text[span[0]:span[1]]
    if may_hold_year(raw, 0, len(raw)):
        raw = lx.YEAR_PHRASE_RE.sub(" ", raw)
    raw = lx.fold(raw).strip(_SPACE_PUNCT)
    return raw


def generic_group(text: str, s: int, e: int) -> bool:
    """The words ``text[s:e]`` before a colon name no group: a generic word ("Chỉ tiêu:",
    "Cụ thể:"), a generic head with only quantifiers and fillers ("Một số chỉ tiêu cụ thể
    như:") or a topic lead-in ("Về dân số:").  A generic head with a topic after it ("Chỉ
    tiêu sản xuất trồng trọt:") is a group."""
    s, e = trim(text, s, e)
    if _TOPIC_LEAD_RE.match(text, s, e):
        return True
    head = _TOPIC_HEAD_RE.match(text, s, e)
    if head is None:
        return lx.GENERIC_GROUP_RE.match(text, s, e) is not None
    pos = head.end()
    while (filler := _GROUP_FILLER_RE.match(text, pos, e)) is not None:
        pos = filler.end()
    return not text[pos:e].strip(_SPACE_PUNCT)


def without_year_phrase(text: str, s: int, e: int) -> Span:
    """"Cơ cấu kinh tế đến năm 2025", "đến năm 2025 tỷ trọng các ngành … là": the year
    phrase at either end of a group (it goes to ``year``) and a final copula left out; a
    group with a verb of striving ("Huyện phấn đấu năm 2027") is left as it is (a lead-in
    sentence, not a group)."""
    m = lx.YEAR_PHRASE_RE.search(text, s, e) or lx.TERM_END_RE.search(text, s, e)
    if m is None or lx.SUBJECT_STRIVING_RE.search(text, s, e) \
            or lx.STRIVING_RE.match(text, s, e):
        return s, e
    if not text[m.end():e].strip(_SPACE_PUNCT):
        s2, e2 = trim(text, s, m.start())
    elif not text[s:m.start()].strip(_SPACE_PUNCT):
        s2, e2 = trim(text, m.end(), e)
        copula = [c for c in lx.COPULA_RE.finditer(text, s2, e2)
                  if not text[c.end():e2].strip(_SPACE_PUNCT)]
        if copula:
            e2 = trim(text, s2, copula[0].start())[1]
    else:
        return s, e
    return (s2, e2) if _WORD_RE.search(text, s2, e2) else (s, e)


#: A quotation right after a colon, to its closing mark.
#: (web copies mix the marks: “Dân chủ - Kỷ cương")
_QUOTE_AFTER_COLON_RE = lazy_compile(r'\s*[“"][^”"\n]*[”"]')


def split_group(text: str, s: int, e: int) -> tuple[Span | None, int]:
    """"Cơ cấu kinh tế: Nông, lâm nghiệp …" → (span of the group, start of the rest).

    A colon that opens a quotation ("Với phương châm: “Dân chủ - Kỷ cương …”, Đảng bộ xã đề
    ra 12 chỉ tiêu cụ thể: …") heads no list: the next colon after the quotation does."""
    colon = text.find(":", s, e)
    while colon != -1:
        m = _QUOTE_AFTER_COLON_RE.match(text, colon + 1, e)
        if m is None:
            break
        colon = text.find(":", m.end(), e)
    if colon == -1:
        return None, s
    rest_s, rest_e = trim(text, colon + 1, e)
    if rest_s >= rest_e:
        return None, s
    g_s, g_e = trim(text, s, colon)
    if g_s >= g_e:
        return None, rest_s
    opener = lx.CHILDREN_OPENER_TAIL_RE.search(text, g_s, g_e)
    if opener is not None and opener.start() > g_s:
        # "…, cụ thể:", "… như sau:" end a lead-in: what it announces may be a group ("Cơ
        # cấu kinh tế gồm:"), an action is not ("nâng cao chất lượng dân số, cụ thể:")
        g_s, g_e = trim(text, g_s, opener.start())
        if _ACTION_START_RE.match(text, g_s, g_e) or lx.STRIVING_RE.match(text, g_s, g_e):
            return None, rest_s
        verb = lx.GROUP_TAIL_VERB_RE.search(text, g_s, g_e)
        if verb is not None and verb.start() > g_s:
            g_s, g_e = trim(text, g_s, verb.start())  # "Cơ cấu kinh tế chuyển dịch như sau:"
    g_s, g_e = without_year_phrase(text, g_s, g_e)
    group = text[g_s:g_e]
    if NUMBERED_LABEL_RE.fullmatch(group):
        return None, rest_s  # "Chỉ tiêu 1: …" is a label, not a group
    if any(ch.isdigit() for ch in group) or len(group.split()) > 16:
        # "Huyện đặt mục tiêu năm 2027: thu nhập …": a lead-in sentence, not a group; the
        # name starts after its colon
        return None, rest_s
    if generic_group(text, g_s, g_e):
        return None, rest_s
    return (g_s, g_e), rest_s


def is_value_first(text: str, s: int, e: int) -> bool:
    """Only verbs of striving/action, scopes and punctuation before the value."""
    return lx.ACTION_ONLY_RE.match(text[s:e]) is not None


def _allots_share(text: str, s: int, e: int, q: Quantity) -> bool:
    """"bố trí ít nhất 3% tổng chi …": only a verb that allots (and fillers) before a
    percentage — the whole after it names the target."""
    return q.unit is not None and q.unit.kind == "percent" \
        and lx.ALLOT_ONLY_RE.match(text[s:e]) is not None


def _verb_then_object(text: str, pre_s: int, pre_e: int, q: Quantity, c_e: int) -> bool:
    """"Giải quyết dứt điểm 100% vụ việc tồn đọng": a short verb phrase, a bare value and
    the thing counted after it — the name is what follows the value."""
    if any(lx.BEFORE_VALUE.get(w) == "=" for w in q.comparator_words):
        return False  # "Tuyển giao quân đạt 100% …": a connector states the named value
    pre_s, _ = strip_striving(text, pre_s, pre_e)
    if not _ACTION_START_RE.match(text, pre_s, pre_e):
        return False
    owner = lx.SHARE_OWNER_END_RE.search(text, pre_s, pre_e) \
        if q.unit is not None and q.unit.kind == "percent" else None
    if owner is not None:
        pre_e = owner.start()  # "Số hóa dữ liệu của 75% hộ …": the share owns what follows
    elif lx.PREPOSITION_END_RE.search(text, pre_s, pre_e):
        return False  # "giải quyết việc làm cho 6.500 lao động"
    if len(text[pre_s:pre_e].split()) > 4:
        return False
    post_s = q.unit.noun_start if q.unit is not None and q.unit.kind == "count" else q.end
    rest = text[post_s:c_e].strip(_SPACE_PUNCT)
    if q.unit is not None and q.unit.kind == "count" \
            and not text[q.unit.end:c_e].strip(_SPACE_PUNCT):
        return False  # "giải quyết việc làm hơn 1.200 lao động": the verb phrase names it
    return bool(rest) and lx.TAIL_RE.match(text, post_s, c_e) is None


def _action_right_before(text: str, pre_s: int, pre_e: int, q: Quantity, c_e: int) -> bool:
    """"Huyện ủy xây dựng kế hoạch kết nạp 170 đảng viên mới": a verb of action right before
    a count — what is counted names the target, whatever subject or lead-in stands before
    the verb."""
    if q.unit is None or q.unit.kind != "count":
        return False
    if any(lx.BEFORE_VALUE.get(w) == "=" for w in q.comparator_words):
        return False  # "… đạt 100 hộ": a connector states the named value
    verb = _ACTION_END_RE.search(text, pre_s, pre_e)
    if verb is None:
        return False
    if _MEASURE_HEAD_RE.match(text, strip_striving(text, pre_s, pre_e)[0], verb.start()):
        return False  # "Số doanh nghiệp thành lập mới từ 60 …": the verb is in the name
    if text[pre_s:verb.start()].rstrip().casefold().endswith(
            indicator_words.TOPIC_GROUP_HEADS):
        return False  # "chỉ tiêu được giao 273 thanh niên": the quota names the figure
    return name_after(text, q, c_e)[0] is not None


def counted_name_end(text: str, s: int, e: int) -> int:
    """Where the name of what is counted ends in ``text[s:e]``: before a clause of purpose
    or explanation ("… mô hình nuôi cá lồng nhằm chuyển đổi …": why, not what)."""
    why = lx.VALUE_FIRST_NAME_END_RE.search(text, s, e)
    return why.start() if why is not None else e


def _new_subject_cut(text: str, s: int, e: int) -> int | None:
    """Where a new subject (", các …") ends the name that starts at ``s``.  A name that
    itself opens with that word lists its parts with it ("100% các cấp, các ngành …"): such a
    comma goes on with the list, it starts no subject."""
    for m in lx.NEW_SUBJECT_CUT_RE.finditer(text, s, e):
        word = text[m.end():e].split(maxsplit=1)
        if word and m.group().startswith(",") \
                and text[s:e].split(maxsplit=1)[0].casefold() == word[0].casefold():
            continue
        return m.start()
    return None


class NameAfter(NamedTuple):
    """A name read after the value (:func:`name_after`)."""

    span: Span | None
    cut: int | None  # where a new subject (", các …") ended it, if one did
    bound: Span | None  # the value's own bound inside ``span`` (:func:`values.bound_in_name`)


def name_after(text: str, q: Quantity, c_e: int) -> NameAfter:
    """The name written after the value (a value-first clause): for a counted noun from the
    noun on, up to a tail ("so với …", "trở lên") or a new subject (", các …")."""
    post_s = q.unit.noun_start if q.unit is not None and q.unit.kind == "count" else q.end
    post_e = c_e
    cut: int | None = None
    m = _new_subject_cut(text, post_s, post_e)
    if m is not None:
        post_e = cut = m
    t = lx.TAIL_RE.match(text, post_s, post_e)
    if t is not None:
        post_e = post_s
    bound = late_bound_start(text, q, post_e) if q.comparator in (">=", "<=") else None
    if bound is not None:
        post_e = bound  # "xây dựng mới 2 Phường văn hoá trở lên": the bound ends the name
    inner = bound_in_name(text, q, post_s, post_e)
    if inner is not None:
        # the bound is no part of the name, what describes the counted thing after it is
        # ("từ 3 thôn trở lên đạt “thôn không ma túy”"), up to the next clause ("từ 80% chi
        # bộ hoàn thành tốt nhiệm vụ trở lên, không có …"): name_after_string drops it
        stop = _CLAUSE_PUNCT_RE.search(text, inner[1], post_e)
        post_e = stop.start() if stop is not None else post_e
    if q.unit is not None and q.unit.kind == "count":
        post_e = counted_name_end(text, post_s, post_e)
    goes_on = lx.VALUE_FIRST_CLAUSE_END_RE.search(text, post_s, post_e) \
        if lx.may_hold(text, post_s, post_e, lx.VALUE_FIRST_CLAUSE_END_WORDS) else None
    if goes_on is not None:
        post_e = goes_on.start()  # "03 mẫu nhà ở điển hình, kèm theo dự toán …"
    comma = lx.VALUE_FIRST_COMMA_END_RE.search(text, post_s, post_e) \
        if text.find(",", post_s, post_e) != -1 else None
    if comma is not None:
        post_e = comma.start()  # "… kỹ năng phòng tránh thiên tai, nhất là …"
    s, e = trim(text, post_s, post_e)
    year = lx.YEAR_PHRASE_RE.search(text, s, e) if may_hold_year(text, s, e) else None
    if year is not None and text[year.end():e].strip(_SPACE_PUNCT) == "":
        e = trim(text, s, year.start())[1]
    e = strip_trailing(text, s, e) if s < e else e
    if s >= e:
        return NameAfter(None, cut, None)
    # the bound found in the wider stretch is the name's when the name still holds it
    # (bound_in_name(text, q, s, e) gives the same: the name only lost space and punctuation
    # at its start, and words at its end)
    return NameAfter((s, e), cut, inner if inner is not None and inner[1] <= e else None)


def name_after_string(text: str, span: Span, q: Quantity, inner: Span | None) -> str:
    """The string of a name read after the value (:func:`name_after`): the bound of the
    value that stands inside it, ``inner`` (:attr:`NameAfter.bound`: "từ 3 thôn trở lên đạt
    …"), taken out."""
    if inner is None:
        return name_string(text, span)
    head = name_string(text, trim(text, span[0], inner[0]))
    per = PER_YEAR_AFTER_RE.match(text, inner[1], span[1])  # "trở lên/năm": the rate's
    after = per.end() if per is not None else inner[1]
    rest = name_string(text, trim(text, after, span[1])) if after < span[1] else ""
    if not rest:
        return head
    # "từ 2 mô hình … trở lên/xã": the denominator stays, written as without the bound
    joint = "/" if text[after:span[1]].lstrip(" \t").startswith("/") else " "
    return f"{head}{joint}{rest}".strip()


def _subject_then_striving(text: str, pre_s: int, pre_e: int, value_at: int) -> int | None:
    """"Hải Dương phấn đấu đến năm 2025 có …", "Hội phấn đấu hàng năm có trên …": a
    subject, a verb of striving and only fillers before the value.  Returns where the
    subject ends (the striving verb), or ``None``."""
    last = _last_striving(text, pre_s, value_at)
    if last is None or last[0] <= pre_s:
        return None
    if last[1] < pre_e and not is_value_first(text, last[1], pre_e):
        return None
    return min(last[0], pre_e)


def _last_striving(text: str, pre_s: int, value_at: int) -> tuple[int, int] | None:
    """The last verb of striving before the value (or the "là" of a target noun subject:
    "Mục tiêu của kế hoạch là giảm …")."""
    last: tuple[int, int] | None = None
    for m in lx.SUBJECT_STRIVING_RE.finditer(text, pre_s, value_at):
        last = m.span()
    if last is None and lx.GENERIC_GROUP_RE.match(text, pre_s, value_at):
        for m in lx.COPULA_RE.finditer(text, pre_s, value_at):
            last = m.span()
    return last


def read_name(text: str, clause: Span, q: Quantity) -> NameInfo:
    """The name of the target that ``q`` measures in ``clause``."""
    info = _read_name(text, clause, q)
    if info.span is not None and info.span[0] > clause[0] and q.comparator == "=":
        opener = _APPROXIMATE_OPENER_RE.match(text, clause[0], info.span[0])
        # "Ước dân số trung bình: 1,9 triệu người": the estimate opens the name it qualifies
        info.approximate = opener is not None and not text[opener.end():info.span[0]].strip()
    return info


def _read_name(text: str, clause: Span, q: Quantity) -> NameInfo:
    c_s, c_e = clause
    pre_s, pre_e = trim(text, c_s, q.chain_start)
    direction: str | None = None
    if q.by_amount:
        # "hoàn thành sớm hơn 01 tháng": the adjective stays in the name, "hơn" does not
        than = text.rfind(_BY_AMOUNT_COMPARATIVE, c_s, q.value_span[0])
        if than > c_s:
            s, e = trim(text, c_s, than)
            if s < e:
                return NameInfo(name_string(text, (s, e)), (s, e), None)
    subject_end = _subject_then_striving(text, pre_s, pre_e, q.value_span[0]) \
        if pre_s < pre_e else None
    if subject_end is not None:
        # the subject strives for the value: the name follows the value, else the subject
        # is what is measured ("Thu ngân sách phấn đấu đạt 100%")
        _, direction = strip_leading(text, subject_end, pre_e)
        span, cut, bound = name_after(text, q, c_e)
        if span is not None:
            return NameInfo(name_after_string(text, span, q, bound), span, direction,
                            value_first=True, clause_end=cut)
        s, _ = strip_leading(text, pre_s, subject_end)
        e = strip_trailing(text, s, subject_end)
        if s < e:
            return NameInfo(name_string(text, (s, e)), (s, e), direction)
    strive = _last_striving(text, pre_s, pre_e) if pre_s < pre_e else None
    if strive is not None and strive[0] > pre_s and strive[1] < pre_e:
        # "huyện Di Linh … phấn đấu thu ngân sách … 154,2 tỷ đồng": the subject strives,
        # what follows the verb names the target
        pre_s = strive[1]
    done = lx.SUBJECT_DONE_RE.search(text, pre_s, pre_e) if pre_s < pre_e else None
    if done is not None and done.start() > pre_s and done.end() < pre_e \
            and len(text[done.end():pre_e].split()) <= 3 \
            and not text.startswith("được", done.end()):
        # "huyện Di Linh đã thu gần 70 tỷ đồng": what the subject did names the figure
        pre_s = done.end()
    if pre_s < pre_e and not is_value_first(text, pre_s, pre_e) \
            and not _allots_share(text, pre_s, pre_e, q) \
            and not _verb_then_object(text, pre_s, pre_e, q, c_e) \
            and not _action_right_before(text, pre_s, pre_e, q, c_e) \
            and not _share_for(text, pre_s, pre_e, q, c_e) \
            and not _share_introduced(text, pre_s, pre_e, q, c_e) \
            and not _count_introduced(text, pre_s, pre_e, q, c_e) \
            and not _collective_subject(text, pre_s, pre_e, q, c_e) \
            and not _share_of_counted(text, pre_s, pre_e, q, c_e) \
            and not (lx.LOCATIVE_RE.match(text, pre_s, pre_e)
                     and _names_more_than_unit(name_after(text, q, c_e)[0], q)):
        s, direction = strip_leading(text, pre_s, pre_e)
        s = _comma_subject_start(text, s, pre_e)
        s = after_agent_subject(text, s, pre_e, q.unit.base_unit if q.unit else None)
        scope = lx.LOCATIVE_RE.match(text, s, pre_e)
        if scope is not None and trim(text, scope.end(), pre_e)[0] < pre_e:
            s = trim(text, scope.end(), pre_e)[0]  # "Đối với người ứng cử … ít nhất là 12 cuộc"
        e = strip_trailing(text, s, pre_e)
        if s < e:
            return NameInfo(name_string(text, (s, e)), (s, e), direction)
    # value first: the name follows the value
    _, direction = strip_leading(text, pre_s, pre_e) if pre_s < pre_e else (0, None)
    span, cut, bound = name_after(text, q, c_e)
    if span is not None:
        return NameInfo(name_after_string(text, span, q, bound), span, direction,
                        value_first=True, clause_end=cut)
    # nothing after the value either: keep the verbs before it ("hoàn thành sớm")
    if pre_s < pre_e:
        s, _ = strip_leading(text, pre_s, pre_e)
        e = strip_trailing(text, s, pre_e)
        if s >= e:
            s, e = pre_s, strip_trailing(text, pre_s, pre_e)
        if s < e and not (_noun_unit(q) is not None and _scope_only(text, s, e)):
            return NameInfo(name_string(text, (s, e)), (s, e), direction)
    noun = _noun_unit(q)
    if noun is not None:
        # "có 20 giường bệnh": a measure that is a noun names itself
        span = (noun.start, noun.end)
        return NameInfo(name_string(text, span), span, direction, value_first=True)
    return NameInfo(None, None, direction, value_first=True)


def _noun_unit(q: Quantity) -> Unit | None:
    """A measure unit of two words or more is a noun that names what it measures ("giường
    bệnh/vạn dân", "bác sỹ/vạn dân"): that unit, else ``None``."""
    if q.unit is not None and q.unit.kind == "measure" and len(q.unit.unit.split()) >= 2:
        return q.unit
    return None


def _scope_only(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is a scope and nothing else ("toàn tỉnh", "mỗi năm"): who or when,
    not what is measured."""
    m = lx.SCOPE_RE.match(text, s, e)
    return m is not None and not text[m.end():e].strip(_SPACE_PUNCT)


def _share_of_counted(text: str, pre_s: int, pre_e: int, q: Quantity, c_e: int) -> bool:
    """"Rà soát, cập nhật 100% số hộ dân cư trú …", "… 100% các cơ sở …": a percentage with
    no connector before it, followed by the things it counts (``SHARE_OF_COUNTED_WORDS``) —
    they name the target.  A measure's head before it ("Tỷ lệ … 45% số …") names it."""
    if q.unit is None or q.unit.kind != "percent":
        return False
    if _MEASURE_HEAD_RE.match(text, strip_leading(text, pre_s, pre_e)[0], pre_e):
        return False
    if any(lx.BEFORE_VALUE.get(w) == "=" for w in q.comparator_words):
        return False  # "Tỷ lệ … đạt 100% số …": the connector states the named value
    if text[q.chain_start:q.value_span[0]].rstrip().endswith(":"):
        return False
    if _SHARE_OF_COUNTED_RE.match(text, q.end, c_e) is None:
        return False
    return name_after(text, q, c_e)[0] is not None


def _collective_subject(text: str, pre_s: int, pre_e: int, q: Quantity, c_e: int) -> bool:
    """"Đặc biệt, toàn Đoàn thực hiện 45 công trình thanh niên …", "các thôn văn hóa đạt tối
    thiểu 90% hộ gia đình tham gia …": a collective subject (``COLLECTIVE_SUBJECT_OPENERS``)
    acts; when the words after the value say more than its unit, they name the target.  A
    measure's head after the subject ("Các xã có tỷ lệ …") keeps the name before the value,
    and so does a verb that is itself the measure (``COLLECTIVE_MEASURE_VERBS``: "Các dự án
    giải ngân 95% vốn …"); a period after the opener ("Cả năm …") is no subject."""
    m = _COLLECTIVE_SUBJECT_RE.match(text, pre_s, pre_e)
    if m is None:
        return False
    if lx.COMMA_SUBJECT_RE.search(text, pre_s, pre_e) \
            or _MEASURE_HEAD_RE.search(text, m.end() - 1, pre_e):
        return False
    # the subject does not act by the measure itself ("Các dự án trọng điểm giải ngân 95%
    # vốn kế hoạch": the disbursement is what is measured); up to the value, since a
    # connector ("tăng") may stand after ``pre_e``
    if _COLLECTIVE_MEASURE_RE.search(text, m.end() - 1, max(pre_e, q.value_span[0])):
        return False
    return _names_more_than_unit(name_after(text, q, c_e)[0], q)


def _comma_subject_start(text: str, s: int, e: int) -> int:
    """"Giữ vững bộ tiêu chí quốc gia về y tế, tỷ lệ bao phủ BHYT đạt 99,3%": a comma and a
    measure's head ("tỷ lệ", "tốc độ" …) open the name; the words before the comma are a
    clause of their own.  Returns where the name starts (``s`` when there is no such comma)."""
    last = _last_match(lx.COMMA_SUBJECT_RE, text, s, e)
    if last is None:
        return s
    start = trim(text, last.end(), e)[0]
    return start if start < e else s


def after_agent_subject(text: str, s: int, e: int, counted: str | None = None) -> int:
    """Where the name starts in ``text[s:e]`` when a body or place acts before the measure
    (``agent_subjects``): "Thành phố sẽ duy trì tỷ số giới tính khi sinh" → "tỷ số …",
    "Hội nghị thống nhất chốt quân số giao quân" → "quân số giao quân".  When the body's
    clause goes on to what it does after a comma ("… chủ trì phối hợp với các địa phương, tổ
    chức tư vấn giới thiệu việc làm"), the name starts there.  ``s`` when no body acts or
    nothing would be left to name the measure (then the body names the figure), and when the
    figure's unit ``counted`` is the body's head ("Xã triển khai mô hình …: 12 xã",
    "Hội nghị triển khai …: 3 hội nghị": what is counted, not who acts)."""
    m = _AGENT_SUBJECT_RE.match(text, s, e)
    if m is None:
        # "Theo đó, trên cơ sở rà soát …, Ủy ban nhân dân tỉnh X xây dựng kịch bản …": the
        # body acts after an adverbial lead closed by a comma (brief H19F); the last such
        # comma wins.  Not when a measure's head stands before the first comma: then the
        # commas list what is measured ("Tỷ lệ xã, phường, thị trấn xây dựng kế hoạch …",
        # review R19c finding 1), they close no lead
        commas = [c for c in _COMMA_RE.finditer(text, s, e)]
        if commas and _MEASURE_HEAD_RE.search(text, s, commas[0].start()) is not None:
            commas = []
        for after in reversed([c.end() for c in commas]):
            m = _AGENT_SUBJECT_RE.match(text, after, e)
            if m is not None:
                break
    if m is None or _counts_head(counted, m.group("head")):
        return s
    start = m.end()
    comma = _last_match(_COMMA_ACTION_RE, text, start, e)
    if comma is not None:
        start = comma.end()
    start, _ = strip_leading(text, start, e)
    end = strip_trailing(text, start, e)
    if start >= end or not _WORD_RE.search(text, start, end) or generic_group(text, start, end):
        return s  # "Cục Thuế được giao 3.000 tỷ đồng", "huyện được giao chỉ tiêu 191 …"
    return start


def _counts_head(counted: str | None, head: str) -> bool:
    """The unit ``counted`` is ``head`` or opens with it ("xã" of "xã, phường")."""
    if counted is None:
        return False
    unit, head = lx.fold(counted).casefold(), lx.fold(head).casefold()
    return unit == head or (unit.startswith(head) and not unit[len(head)].isalnum())


def _share_for(text: str, pre_s: int, pre_e: int, q: Quantity, c_e: int) -> bool:
    """"Cung cấp nước sạch cho 67,2% dân số nông thôn": a service "for" a share of a
    population — the name is the population after the percentage."""
    if q.unit is None or q.unit.kind != "percent" or q.comparator_words:
        return False
    if lx.FOR_SHARE_END_RE.search(text, pre_s, pre_e) is None:
        return False
    return name_after(text, q, c_e).span is not None


def _share_introduced(text: str, pre_s: int, pre_e: int, q: Quantity, c_e: int) -> bool:
    """"… đến năm 2015 có 60% giáo viên đạt chuẩn", "…, đảm bảo ít nhất 70% xã …": a
    percentage introduced by "có", "như", "đảm bảo" — the name is what follows it, whatever
    stands before the introducer (a topic, an action, a lead-in)."""
    if q.unit is None or q.unit.kind != "percent":
        return False
    if lx.SHARE_INTRODUCER_END_RE.search(text, pre_s, pre_e) is None \
            and lx.SHARE_INTRODUCER_RE.search(text, q.chain_start, q.value_span[0]) is None:
        return False
    return name_after(text, q, c_e).span is not None


def _names_more_than_unit(span: Span | None, q: Quantity) -> bool:
    """A name after the value that says more than a counted unit does ("12 nhà văn hóa
    thôn", not a bare "12 cuộc")."""
    if span is None:
        return False
    return q.unit is None or q.unit.kind != "count" or span[1] > q.unit.end


def _count_introduced(text: str, pre_s: int, pre_e: int, q: Quantity, c_e: int) -> bool:
    """"Phấn đấu đến năm 2027, huyện có 6 xã đạt chuẩn nông thôn mới": a subject that "has"
    a count of something described after its noun — what is counted names the target, not
    the subject (unless the subject is a measure: "Số xã có 12 thôn …")."""
    if q.unit is None or q.unit.kind != "count":
        return False
    has = _COUNT_INTRODUCER_END_RE.search(text, pre_s, pre_e)
    if has is None:
        return False
    if _MEASURE_HEAD_RE.match(text, strip_striving(text, pre_s, pre_e)[0], has.start()):
        return False
    # "Hà Nội có tối thiểu 200 công trình": the counted noun alone says nothing the unit
    # does not; the subject names the figure
    return _names_more_than_unit(name_after(text, q, c_e)[0], q)


def clause_year(text: str, clause: Span, q: Quantity | None, *, periods: bool = False
                ) -> int | None:
    """The year the clause names for its figure: a year phrase ("đến năm 2026"), else, with
    ``periods``, the end of a period it names (:func:`clause_period_end`).  ``periods`` is
    off by default: a period in a table row's name, a qualitative item or a count of met
    targets often names a programme or a standard ("Chương trình … giai đoạn 2021-2025"),
    and only the clauses of targets were measured with it (review R18a finding 5)."""
    if q is not None and q.year is not None:
        return q.year
    if not may_hold_year(text, clause[0], clause[1]):
        return None  # no year ("19xx", "20xx") for the year phrase to hold: 78% of clauses
    baselines = [b.span(1) for b in lx.BASELINE_RE.finditer(text, clause[0], clause[1])]
    for m in lx.YEAR_PHRASE_RE.finditer(text, clause[0], clause[1]):
        if any(s <= m.start(1) < e for s, e in baselines):
            continue
        if q is not None and q.value_span[0] <= m.start(1) < max(q.end, q.value_span[1]):
            continue  # "từ 1800 đến 2030 ha": the end of a range, not a year
        return int(m.group(1))
    return clause_period_end(text, clause, q) if periods else None


#: A span of years a clause names for its figure: "giai đoạn 2021-2025", "thời kỳ 2021 -
#: 2030", a bracketed "(2021-2025)": its end year (group 1).
_CLAUSE_PERIOD_RE = lazy_compile(
    r"(?:" + lx.WB_BEFORE + lx.alternation(indicator_words.CLAUSE_PERIOD_OPENERS)
    + r"\s+|\(\s*)(?:19|20)\d{2}\s*[-–—]\s*((?:19|20)\d{2})(?![\d/])", regex.IGNORECASE)
_PERIOD_QUALIFIER_BEFORE_RE = lazy_compile(
    lx.word_alternation(indicator_words.PERIOD_QUALIFIERS) + r"[^,;:.]{0,30}\Z", lx.FLAGS)


#: Where a figure's own words end: a semicolon, or a comma that is not a decimal comma
#: ("1,5 lần").
_CLAUSE_BREAK_RE = lazy_compile(r"(?<!\d),(?!\d)|;")
#: A period right after the figure's comma: still the figure's time ("đạt 8%/năm, giai đoạn
#: 2026-2030", "…, trong thời kỳ 2026-2030"), matched at the comma's end.
_PERIOD_AFTER_COMMA_RE = lazy_compile(
    r"\s*(?:" + lx.alternation(indicator_words.CLAUSE_PERIOD_LEADS) + r"\s+)?(?:"
    + lx.alternation(indicator_words.CLAUSE_PERIOD_OPENERS)
    + r"\s+|\(\s*)(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}(?![\d/])", regex.IGNORECASE)


def clause_period_end(text: str, clause: Span, q: Quantity | None) -> int | None:
    """The end year of a period the clause names for its figure ("… bình quân đạt trên
    8%/năm thời kỳ 2021-2030", "… bình quân 5 năm (2021-2025) đạt 8%"), as a period in a
    lead-in gives it (decision 1); not a period that qualifies a standard or a baseline
    ("theo chuẩn nghèo giai đoạn 2016-2020", "so với giai đoạn 2016-2020").  With a figure
    ``q``, only the figure's own words count: before it, or after it up to the next comma
    or semicolon ("đạt 8,5%, cao hơn mức bình quân giai đoạn 2021-2025": the period after
    the comma is the base of a comparison, not the figure's time), unless a period follows
    the comma directly ("đạt 8%/năm, giai đoạn 2026-2030", review R18b finding 4); a decimal
    comma ("gấp 1,5 lần") ends nothing."""
    if q is None:
        spans = [clause]
    else:
        tail_e = max(q.end, q.value_span[1])
        brk = _CLAUSE_BREAK_RE.search(text, tail_e, clause[1])
        tail = (tail_e, brk.start() if brk else clause[1])
        if brk and brk.group() == ",":
            after = _PERIOD_AFTER_COMMA_RE.match(text, brk.end(), clause[1])
            if after is not None:
                tail = (tail_e, after.end())
        spans = [(clause[0], q.value_span[0]), tail]
    for s, e in spans:
        for m in _CLAUSE_PERIOD_RE.finditer(text, s, e):
            if _PERIOD_QUALIFIER_BEFORE_RE.search(text, clause[0], m.start()) is not None:
                continue
            return int(m.group(1))
    return None


def clause_baseline(text: str, clause: Span) -> int | None:
    if not may_hold_year(text, clause[0], clause[1]):
        return None  # a baseline names its year ("so với năm 2020")
    m = lx.BASELINE_RE.search(text, clause[0], clause[1])
    return int(m.group(1)) if m else None
