"""Regular expressions compiled from the vocabulary in :mod:`kehoach_parser.lang.vi`.

The data modules hold plain words; this module turns them into patterns once, at import.
Every phrase is matched case-insensitively on whole words (a phrase never matches inside a
longer word), longer phrases first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import regex

from kehoach_parser.lang.vi import (
    admin_units,
    comparators,
    date_words,
    directions,
    doc_types,
    indicator_guards,
    indicator_words,
    measure_nouns,
    reference_words,
    units,
)
from kehoach_parser.lang.vi.patterns import LETTER_NUMBER, SPACES
from kehoach_parser.lang.vi.patterns import alternation as _alternation
from kehoach_parser.lazy_pattern import lazy_compile

#: Boundaries of a word: not preceded/followed by a letter or digit.
WB_BEFORE = rf"(?<![{LETTER_NUMBER}])"
WB_AFTER = rf"(?![{LETTER_NUMBER}])"


_WS_RE = lazy_compile(r"\s+")


def fold(text: str) -> str:
    """Runs of whitespace folded to one space."""
    return _WS_RE.sub(" ", text)


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases``, longest first, spaces matching any whitespace
    (the shared builder, :func:`kehoach_parser.lang.vi.patterns.alternation`)."""
    return _alternation(phrases, space=SPACES)


def word_alternation(phrases: Iterable[str]) -> str:
    """Like :func:`alternation`, bounded so that it only matches whole words."""
    return WB_BEFORE + alternation(phrases) + WB_AFTER_IF_WORD


def covering_syllables(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """Case-folded syllables (punctuation stripped from their ends) such that every phrase
    holds one of them, the most shared first (then the longest); ``None`` when a phrase has
    no syllable.  Every match of a pattern built from ``phrases`` (with :func:`alternation`)
    then holds one of them, ignoring case: :func:`may_hold` tells where none can match.

    >>> covering_syllables(["với mục tiêu", "đạt mục tiêu", "cụ thể,"])
    ('tiêu', 'thể')
    """
    left = []
    for phrase in phrases:
        syllables = {w.strip(_PUNCTUATION).casefold() for w in phrase.split()} - {""}
        if not syllables:
            return None
        left.append(syllables)
    chosen: list[str] = []
    while left:
        shared = Counter(w for syllables in left for w in syllables)
        best = max(shared, key=lambda w: (shared[w], len(w), w))
        chosen.append(best)
        left = [syllables for syllables in left if best not in syllables]
    return tuple(chosen)


_PUNCTUATION = ",.;:!?()[]\"“”'-–—/"


def may_hold(text: str, s: int, e: int, needles: tuple[str, ...] | None) -> bool:
    """Whether ``text[s:e]`` holds one of ``needles`` (case-folded), i.e. whether a pattern
    each of whose matches holds one of them may match there (issue 15: a literal test before
    a vocabulary pattern that opens with a look-around, which the engine tries at every
    character).  A stretch that case folding lengthens ("ß", "İ") is always searched: only
    there can a case-insensitive match hold a letter that folds to another one
    (``tests/extract/test_indicator_prefilters.py`` checks every letter of the needles
    against all of Unicode)."""
    if needles is None:
        return True
    piece = text[s:e]
    folded = piece.casefold()
    return len(folded) != len(piece) or any(n in folded for n in needles)


# A phrase that ends in a symbol (":", "≥") needs no right boundary.
WB_AFTER_IF_WORD = r"(?:(?<=[^\p{L}\p{N}])|(?![\p{L}\p{N}]))"

FLAGS = regex.IGNORECASE | regex.VERSION1
#: Patterns anchored at the end of a string ("… \\Z") search right to left: much faster.
TAIL_FLAGS = FLAGS | regex.REVERSE

# --- comparators --------------------------------------------------------------------------
BEFORE_VALUE = {k.casefold(): v for k, v in comparators.BEFORE_VALUE.items()}
AFTER_VALUE = {k.casefold(): v for k, v in comparators.AFTER_VALUE.items()}
BY_AMOUNT = tuple(p.casefold() for p in comparators.BY_AMOUNT)

#: A sentence's end inside a line: ".", "!", "?" or "…" (marks after it aside) before a
#: capitalised word (the walker's year carry across a line's break, brief H20Y).
SENTENCE_BREAK_RE = lazy_compile(r"[.!?…][\s*_\"”’)\]]*\s(?=[\s*_\"“‘(\[]*\p{Lu})")

#: Everything that may stand between a target's name and its value, read right to left.
#: Sorted, so that the pattern's source is the same in every process (the pattern store).
CHAIN_PHRASES: tuple[str, ...] = tuple(sorted(
    set(comparators.BEFORE_VALUE) | set(directions.DIRECTION_VERBS) | set(directions.FILLERS)
    | set(comparators.BY_AMOUNT)
    | set(indicator_words.CHAIN_STRIVING)
))
#: One chain element at the end of a string (searched in the text before a value).
CHAIN_TAIL_RE = lazy_compile(
    r"(?:" + WB_BEFORE + alternation(CHAIN_PHRASES) + r"|\(\s*%[^)]{0,8}\)|[:=≥≤≈~<>⩾⩽])"
    + r"\s*\Z",
    TAIL_FLAGS,
)
#: A year phrase at the end of a string: "đến năm 2026", "cuối năm 2026".
YEAR_TAIL_RE = lazy_compile(
    WB_BEFORE + r"(?:" + alternation(indicator_words.YEAR_PREFIXES) + r")\s+((?:19|20)\d{2})"
    + r"\s*[,]?\s*\Z",
    TAIL_FLAGS,
)
AFTER_VALUE_RE = lazy_compile(
    r"\s*(" + alternation(comparators.AFTER_VALUE) + r")" + WB_AFTER, FLAGS
)
RANGE_JOIN_RE = lazy_compile(
    r"\s*(?:%\s*)?"
    + _alternation(comparators.RANGE_JOINERS, boundary="both", edge=LETTER_NUMBER, space=SPACES)
    + r"\s*", FLAGS,
)

# --- directions ---------------------------------------------------------------------------
DIRECTION_VERBS = {k.casefold(): v for k, v in directions.DIRECTION_VERBS.items()}
NAME_BEFORE_VERB_RE = lazy_compile(
    WB_BEFORE + alternation(directions.NAME_BEFORE_VERB) + r"\s*\Z", TAIL_FLAGS
)
GRADE_WORDS = frozenset(w.casefold() for w in directions.GRADE_WORDS)
GRADED_STANDARD_RE = lazy_compile(
    WB_BEFORE + alternation(directions.GRADED_STANDARDS) + r"\s*\Z", TAIL_FLAGS
)
NAME_AFTER_VERB_RE = lazy_compile(
    r"\s*" + alternation(directions.NAME_AFTER_VERB) + WB_AFTER, FLAGS
)
LEADING_DIRECTION_RE = lazy_compile(
    r"\s*(" + alternation(directions.DIRECTION_VERBS) + r")" + WB_AFTER, FLAGS
)

# --- units --------------------------------------------------------------------------------
PERCENT = {k.casefold(): v for k, v in units.PERCENT_UNITS.items()}
MONEY = {k.casefold(): v for k, v in units.MONEY_UNITS.items()}
MEASURE = {k.casefold(): v for k, v in units.MEASURE_UNITS.items()}
TIME = {k.casefold(): v for k, v in units.TIME_UNITS.items()}
MULTIPLIERS = {k.casefold(): v for k, v in units.MULTIPLIERS.items()}
_PER = r"(?:\s*/\s*" + alternation(units.PER_DENOMINATORS) + WB_AFTER + r")*"
#: "/năm" after a rate: a rate a year.
PER_YEAR = r"\s*/\s*" + units.PER_YEAR_WORD + WB_AFTER
PERCENT_RE = lazy_compile(
    r"\s*(" + alternation(units.PERCENT_UNITS) + r")" + WB_AFTER_IF_WORD
    # "%/năm", and "% năm" closing its clause ("giảm từ 2-3% năm;"): a rate a year
    + r"(" + PER_YEAR + r"|[ \t]+" + units.PER_YEAR_WORD + r"(?=[ \t]*(?:[.;,)\n]|\Z)))?",
    FLAGS,
)
MONEY_BASES = units.MONEY_BASES
MONEY_RE = lazy_compile(
    r"\s*(?<![\p{L}])(" + alternation(units.MONEY_UNITS) + r")" + WB_AFTER_IF_WORD + "(" + _PER
    + ")", FLAGS
)
MEASURE_RE = lazy_compile(
    r"\s*(" + alternation(units.MEASURE_UNITS) + r")" + WB_AFTER + "(" + _PER + ")", FLAGS
)
TIME_RE = lazy_compile(r"\s+(" + alternation(units.TIME_UNITS) + r")" + WB_AFTER, FLAGS)
MULTIPLIER_RE = lazy_compile(r"\s+(" + alternation(units.MULTIPLIERS) + r")" + WB_AFTER,
                              FLAGS)

# --- counted nouns ------------------------------------------------------------------------
#: "/ha", "/1 vạn dân", "/100 bé gái": what follows a counted noun in a per-unit.
PER_SUFFIX_RE = lazy_compile(
    r"(?:\s*/\s*(?:[\d.,]+\s*)?" + alternation(units.PER_DENOMINATORS) + WB_AFTER + r")+",
    FLAGS,
)
HEADS_RE = lazy_compile(
    r"\s+(" + alternation(measure_nouns.MULTIWORD_HEADS + measure_nouns.SINGLE_HEADS) + r")"
    + WB_AFTER + r"((?:\s*/\s*(?:[\d.,]+\s*)?" + alternation(units.PER_DENOMINATORS)
    + WB_AFTER + r")*)",
    FLAGS,
)
_PLACE_HEAD = (r"(?!" + alternation(admin_units.UNIT_WORD_PHRASES) + WB_AFTER + r")"
               + alternation(measure_nouns.COORDINATED_PLACE_HEADS) + WB_AFTER)
#: "15 tỉnh, thành phố trực thuộc …": place words joined by commas, one counted noun; not
#: when a proper name follows ("3 xã, huyện Hòa Vang": the district names the communes)
PLACE_LIST_HEAD_RE = lazy_compile(
    r"\s+(" + _PLACE_HEAD + r"(?:\s*,\s*" + _PLACE_HEAD + r")+)(?!\s+(?-i:\p{Lu}))", FLAGS)
NOT_HEADS_RE = lazy_compile(
    r"\s*" + alternation(measure_nouns.NOT_HEADS + tuple(comparators.BEFORE_VALUE)
                         + tuple(comparators.AFTER_VALUE) + tuple(directions.DIRECTION_VERBS))
    + WB_AFTER_IF_WORD, FLAGS)
NEXT_WORDS_RE = lazy_compile(r"\s+((?:[\p{L}][\p{L}\-]*)(?:\s+[\p{L}][\p{L}\-]*){0,5})")

# --- guards -------------------------------------------------------------------------------
BEFORE_NUMBER_RE = lazy_compile(
    WB_BEFORE + alternation(indicator_guards.BEFORE_NUMBER) + r"\s*\Z", TAIL_FLAGS
)
AFTER_NUMBER_RE = lazy_compile(
    r"\A\s*" + alternation(indicator_guards.AFTER_NUMBER) + WB_AFTER, FLAGS
)
#: "02 đợt/tháng": the counted word then "/" and a period (a frequency's unit)
PER_PERIOD_RE = lazy_compile(
    r"\A\s*/\s*" + alternation(indicator_guards.RATE_PERIODS) + WB_AFTER, FLAGS
)
ANNIVERSARY_RE = lazy_compile(
    r"\A\s+năm\s+" + alternation(indicator_guards.ANNIVERSARY_AFTER) + WB_AFTER, FLAGS
)
ACHIEVED_RE = lazy_compile(word_alternation(indicator_guards.ACHIEVED_CUES), FLAGS)
SKIP_OPENER_RE = lazy_compile(r"\A\W*" + alternation(indicator_guards.CLAUSE_SKIP_OPENERS)
                               + WB_AFTER, FLAGS)

# --- clause words -------------------------------------------------------------------------
STRIVING_RE = lazy_compile(
    r"(?:\s|[,:;\-–])*(" + alternation(indicator_words.STRIVING_VERBS) + r")" + WB_AFTER_IF_WORD,
    FLAGS,
)
def _only_actions(more: tuple[str, ...] = ()) -> str:
    """A stretch holding nothing but action and striving verbs (and ``more``), fillers,
    scope words, "mỗi …" and year phrases (what may stand before a value-first clause's
    value)."""
    return (r"\A(?:\s*(?:" + alternation(indicator_words.ACTION_VERBS
                                      + indicator_words.STRIVING_VERBS
                                      + indicator_words.VALUE_FIRST_FILLERS
                                      + indicator_words.SCOPE_WORDS + more) + WB_AFTER_IF_WORD
            + r"|\s*[,:;\-–]|\s*mỗi\s+[\p{L}]+(?:\s+[\p{Ll}]+)?"
            + r"|\s*" + alternation(indicator_words.YEAR_PREFIXES)
            + r"\s+(?:19|20)\d{2}))*\s*\Z")


ACTION_ONLY_RE = lazy_compile(_only_actions(), FLAGS)
#: ``ACTION_ONLY_RE`` with the verbs that allot a share: before a percentage only
ALLOT_ONLY_RE = lazy_compile(_only_actions(indicator_words.SHARE_ALLOT_VERBS), FLAGS)
SCOPE_RE = lazy_compile(
    r"\s*(?:" + alternation(indicator_words.SCOPE_WORDS) + r"|"
    + alternation(indicator_words.YEAR_PREFIXES) + r"\s+(?:19|20)\d{2}|"
    + indicator_words.DATE_SCOPE_PATTERN + r")" + WB_AFTER, FLAGS
)
_SECTOR_PAIR = r"(?!" + r"|".join(
    r"(?<=" + alternation([a]) + r")(?:\s*,\s*|\s+và\s+)" + alternation([b]) + WB_AFTER
    # (a word follows before the value: "… công nghiệp, xây dựng 2 chợ" is the verb and
    # what it builds; the pattern is searched up to the value, so look for a word)
    + r"(?=\s+\p{L})"
    for a, b in indicator_words.SECTOR_PAIRS) + r")"
OPENER_AFTER_COMMA_RE = lazy_compile(
    _SECTOR_PAIR
    + r"(?:,\s*(?=" + alternation(indicator_words.CLAUSE_OPENERS) + WB_AFTER + r")"
    + r"|" + WB_BEFORE + r"(?:" + alternation(indicator_words.CLAUSE_BREAKS) + r")\s+"
    + r"(?=(?:[^,;:()\n]*?\s)?" + alternation(indicator_words.PURPOSE_TARGET_VERBS)
    + WB_AFTER + r")"
    + r"|\s+và\s+(?=" + alternation(indicator_words.CLAUSE_OPENERS) + WB_AFTER + r"))",
    FLAGS,
)
#: Every match of ``OPENER_AFTER_COMMA_RE`` holds a comma, "và" or a clause break.
_BREAK_SYLLABLES = covering_syllables(indicator_words.CLAUSE_BREAKS)
OPENER_AFTER_COMMA_WORDS = None if _BREAK_SYLLABLES is None else (",", "và", *_BREAK_SYLLABLES)
TRAILER_RE = lazy_compile(
    r"(?:\s|[,:;\-–=])*(?:" + WB_BEFORE + alternation(indicator_words.NAME_TRAILERS)
    + WB_AFTER_IF_WORD + r")?(?:\s|[,:;\-–=])*\Z",
    TAIL_FLAGS,
)
TAIL_RE = lazy_compile(r"\s*(?:" + alternation(indicator_words.TAIL_OPENERS) + ")" + WB_AFTER,
                        FLAGS)
SUBPART_RE = lazy_compile(
    r"\W*(" + alternation(indicator_words.SUBPART_CUES) + r")" + WB_AFTER + r"\s*[:,]?\s*",
    FLAGS,
)
RESTATE_RE = lazy_compile(
    r"\W*(" + alternation(indicator_words.RESTATE_CUES) + r")" + WB_AFTER, FLAGS
)
#: "(giá so sánh năm 2010)": a year right after a price base belongs to the price series.
NOT_AFTER_PRICE_BASE = (r"(?<!" + WB_BEFORE + alternation(indicator_words.PRICE_BASE_WORDS)
                        + r"\s*)")
#: The same before a bare year ("giá so sánh 2010", "giá so sánh năm 2010").
NOT_PRICE_BASE_YEAR = (r"(?<!" + WB_BEFORE + alternation(indicator_words.PRICE_BASE_WORDS)
                       + r"\s*(?:năm\s*)?)")
#: A year written as a figure in running text ("năm 2024", "2020-2025"), not one after a
#: price base and not part of a longer number, a date or a decimal: the status decision
#: reads the years of a value's sentence with it, the document-kind balance every year of
#: the text.
TEXT_YEAR_RE = lazy_compile(NOT_PRICE_BASE_YEAR + r"(?<![\d/.,])((?:19|20)\d{2})(?![\d])",
                            FLAGS)


def issued_year(issued_date: str | None) -> int | None:
    """The year of a document's date of issue (ISO ``YYYY-MM-DD``), if it has one."""
    if issued_date and issued_date[:4].isdigit():
        return int(issued_date[:4])
    return None


YEAR_PHRASE_RE = lazy_compile(
    NOT_AFTER_PRICE_BASE
    + WB_BEFORE + r"(?:" + alternation(indicator_words.YEAR_PREFIXES) + r")\s+((?:19|20)\d{2})"
    + r"(?![\d\-–/])",
    FLAGS,
)
FREQUENCY_DENOMINATORS = frozenset(units.FREQUENCY_DENOMINATORS)
#: "Đến cuối nhiệm kỳ": the end of a term, as a phrase of its own (a comma may follow).
TERM_END_RE = lazy_compile(
    WB_BEFORE + r"(?:" + alternation(indicator_words.TERM_END_PHRASES) + r")" + WB_AFTER,
    FLAGS,
)
BASELINE_RE = lazy_compile(
    WB_BEFORE + r"(?:" + alternation(indicator_words.BASELINE_CUES) + r"|"
    + alternation(indicator_words.BASELINE_COMPARE_WORDS)
    + r"(?!\s+kế\s+hoạch)(?:\s+[\p{L}]+){1,6}?\s+năm)\s+((?:19|20)\d{2})" + WB_AFTER,
    FLAGS,
)
TARGET_SECTION_RE = lazy_compile(word_alternation(indicator_words.TARGET_SECTION_WORDS), FLAGS)
RESULT_SECTION_RE = lazy_compile(
    word_alternation(indicator_words.RESULT_SECTION_WORDS), FLAGS,
)
MEANS_SECTION_RE = lazy_compile(
    r"^\W*" + alternation(indicator_words.MEANS_SECTION_OPENERS) + WB_AFTER, FLAGS,
)
MEANS_NAME_RE = lazy_compile(word_alternation(indicator_words.MEANS_NAME_WORDS), FLAGS)
PAST_SENTENCE_RE = lazy_compile(
    r"\s*(?:(?:trong\s+|đến\s+hết\s+|hết\s+)?năm\s+((?:19|20)\d{2})|"
    + alternation(indicator_words.PAST_OPENERS) + r")" + WB_AFTER,
    FLAGS,
)

# --- words around values (see the data modules for the lists) ------------------------------
WORDS_SCAN_CUE = alternation(indicator_words.WORD_NUMBER_CUES)
NON_COMMITTING = frozenset(w.casefold() for w in indicator_words.NON_COMMITTING)
NOT_NAMES_BEFORE_COUNT = frozenset(w.casefold() for w in indicator_words.NOT_NAMES_BEFORE_COUNT)
TRAJECTORY = frozenset(w.casefold() for w in comparators.TRAJECTORY)
YEAR_WORD_BEFORE_RE = lazy_compile(
    WB_BEFORE + alternation(indicator_guards.YEAR_BEFORE) + r"\s*\Z", TAIL_FLAGS
)
CONNECTOR_TAIL_RE = lazy_compile(
    _alternation(comparators.CONNECTORS, boundary="start", edge=LETTER_NUMBER, space=SPACES)
    + r"\s*\Z",
    TAIL_FLAGS,
)
NEW_SUBJECT_CUT_RE = lazy_compile(
    r",\s*(?=" + alternation(indicator_words.NEW_SUBJECT_WORDS) + r"\s)|\s+(?=so\s+với\s)",
    FLAGS,
)
#: A comma, then (after "mục tiêu") a measure's head: where a name-first clause's own name
#: starts when a clause before it runs on with a comma.
COMMA_SUBJECT_RE = lazy_compile(
    r",\s*(?:" + alternation(indicator_words.COMMA_SUBJECT_LEADS) + r"\s+)?(?="
    + word_alternation(indicator_words.COMMA_SUBJECT_HEADS) + ")", FLAGS)
#: The end of a value-first name: a clause of purpose or explanation after the counted noun.
VALUE_FIRST_NAME_END_RE = lazy_compile(
    r"\s+" + word_alternation(indicator_words.VALUE_FIRST_NAME_ENDS), FLAGS)
#: "gấp 30", "bằng khoảng 2,5": a multiple word (and a comparator) right before a value.
MULTIPLE_BEFORE_RE = lazy_compile(
    WB_BEFORE + alternation(indicator_words.MULTIPLE_WORDS) + r"\s*\Z", TAIL_FLAGS)
#: The end of any value-first name: what comes with the target or after it.
VALUE_FIRST_CLAUSE_END_RE = lazy_compile(
    r"[\s,;]+" + word_alternation(indicator_words.VALUE_FIRST_CLAUSE_ENDS), FLAGS)
#: Every match of ``VALUE_FIRST_CLAUSE_END_RE`` holds one of these.
VALUE_FIRST_CLAUSE_END_WORDS = covering_syllables(indicator_words.VALUE_FIRST_CLAUSE_ENDS)
#: A comma and a clause of manner, purpose or a negated counterpart: the end of a
#: value-first name ("…, nhất là …", "…, không còn xã …").
VALUE_FIRST_COMMA_END_RE = lazy_compile(
    r",\s*" + word_alternation(indicator_words.VALUE_FIRST_COMMA_ENDS), FLAGS)
GENERIC_GROUP_RE = lazy_compile(alternation(indicator_words.GENERIC_GROUP_WORDS) + WB_AFTER,
                                 FLAGS)
NUMBERED_LABEL_RE = lazy_compile(
    alternation(indicator_words.NUMBERED_LABEL_WORDS) + r"\s+(?:số\s+|thứ\s+)?[\dIVX]+", FLAGS
)
PREPOSITION_END_RE = lazy_compile(
    WB_BEFORE + alternation(indicator_words.PREPOSITIONS) + r"\s*\Z", TAIL_FLAGS
)
SHARE_OWNER_END_RE = lazy_compile(
    WB_BEFORE + alternation(indicator_words.SHARE_OWNER_PREPOSITIONS) + r"\s*\Z", TAIL_FLAGS
)
CHILDREN_OPENER_END_RE = lazy_compile(
    r"(?:" + alternation(indicator_words.CHILDREN_OPENERS) + r")\s*[:,]?\s*\Z|:\s*\Z",
    TAIL_FLAGS,
)
CHILDREN_OPENER_TAIL_RE = lazy_compile(
    r"[,;:]?\s*" + alternation(indicator_words.CHILDREN_OPENERS) + r"\s*:?\s*\Z", TAIL_FLAGS
)
#: (not "so với chỉ tiêu được giao": a comparison)
NAME_OPENER_RE = lazy_compile(r"(?<!\bso\s+)" + word_alternation(indicator_words.NAME_OPENERS),
                              FLAGS)
#: Every match of ``NAME_OPENER_RE`` holds one of these ("tiêu", "thể").
NAME_OPENER_WORDS = covering_syllables(indicator_words.NAME_OPENERS)
GROUP_TAIL_VERB_RE = lazy_compile(
    r"\s+" + alternation(indicator_words.GROUP_TAIL_VERBS) + r"\s*\Z", TAIL_FLAGS
)
LIST_JOINER_RE = lazy_compile(r"\s+" + alternation(indicator_words.LIST_JOINERS) + r"\s+",
                               FLAGS)
LEAD_YEAR_RE = lazy_compile(
    r"\W*(?:" + alternation(indicator_words.LEAD_YEAR_PREFIXES) + r"\s+)?năm\s+"
    r"((?:19|20)\d{2})\s*,",
    FLAGS,
)
#: A year that a lead-in names for the targets after it: "đến năm 2025" (group 3, with its
#: prefix in group 2), "Năm 2026," (group 3, no prefix), a span "giai đoạn 2021 - 2025",
#: "từ năm 2018 đến năm 2020", "nhiệm kỳ 2020-2025" (its end, group 1).
LEAD_IN_YEAR_RE = lazy_compile(
    WB_BEFORE + r"(?:" + alternation(indicator_words.YEAR_SPAN_OPENERS) + r"\s+(?:19|20)\d{2}\s*"
    r"[-–—]\s*((?:19|20)\d{2})(?!\d)"
    r"|(?<!tháng\s{1,3}\d{1,2}\s{0,3})" + NOT_AFTER_PRICE_BASE + r"(?:(" + alternation(
        p for p in indicator_words.YEAR_PREFIXES if p != "năm")
    + r")|năm)\s+((?:19|20)\d{2})(?![\d\-–/]))",
    FLAGS,
)
DAY_BEFORE_RE = lazy_compile(WB_BEFORE + alternation(indicator_guards.DAY_WORDS) + r"\s*\Z",
                              TAIL_FLAGS)
PER_BASES = frozenset(indicator_guards.PER_BASES)
#: "vượt mục tiêu", "vượt kế hoạch", "vượt chỉ tiêu": above the figure that follows.
EXCEED_TARGET_RE = lazy_compile(
    WB_BEFORE + r"vượt\s+" + alternation((*indicator_words.TARGET_SECTION_WORDS, "kế hoạch"))
    + WB_AFTER, FLAGS)
#: Where the name of a clause without a value ends: its first connector or direction verb.
NAME_END_RE = lazy_compile(
    WB_BEFORE + alternation(tuple(c for c in comparators.CONNECTORS if c[0].isalpha())
                            + tuple(directions.DIRECTION_VERBS) + ("vượt",)) + WB_AFTER,
    FLAGS,
)

#: A verb of striving after a subject: "Hải Dương phấn đấu …", "Huyện … đặt mục tiêu …".
SUBJECT_STRIVING_RE = lazy_compile(
    word_alternation(indicator_words.SUBJECT_STRIVING), FLAGS
)
#: "… cho 67,2% dân số": a share of a population the clause serves.
FOR_SHARE_END_RE = lazy_compile(
    WB_BEFORE + alternation(indicator_words.FOR_SHARE_WORDS) + r"\s*\Z", TAIL_FLAGS
)
#: "… có 60% giáo viên …": a word that introduces a share named after the value.
SHARE_INTRODUCER_END_RE = lazy_compile(
    WB_BEFORE + alternation(indicator_words.SHARE_INTRODUCERS) + r"\s*\Z", TAIL_FLAGS
)
SHARE_INTRODUCER_RE = lazy_compile(word_alternation(indicator_words.SHARE_INTRODUCERS), FLAGS)
#: A place or scope that opens a clause ("Tại địa bàn đô thị: 100% trẻ em …"): no name.
LOCATIVE_RE = lazy_compile(
    alternation(indicator_words.LOCATIVE_OPENERS) + WB_AFTER, FLAGS
)
STRIVING_ONLY_RE = lazy_compile(
    r"(?:\s|[,:;\-–])*(?:" + alternation(indicator_words.SUBJECT_STRIVING) + r")" + WB_AFTER,
    FLAGS,
)
#: "Theo Bộ Y tế, …": a source or a cut-off opening a clause, up to its comma.
SOURCE_OPENER_RE = lazy_compile(
    r"\s*" + alternation(indicator_words.SOURCE_OPENERS) + WB_AFTER + r"[^,;:\n]{0,80},", FLAGS
)
#: "60 doanh nghiệp … có doanh thu … đạt 20 triệu USD": a verb that qualifies what is counted.
COUNT_QUALIFIER_RE = lazy_compile(word_alternation(indicator_words.COUNT_QUALIFIERS), FLAGS)
#: "13 chỉ tiêu chủ yếu", "02 nhiệm vụ": a count of the document's own targets or tasks
#: (``indicator_words.COUNTED_TARGET_WORDS``; a lead-in line that counts them gives its
#: list no year).
COUNTED_TARGETS_RE = lazy_compile(
    r"(?<![\p{L}\d])\d{1,3}\s+" + alternation(indicator_words.COUNTED_TARGET_WORDS)
    + WB_AFTER, FLAGS
)
#: "… 16 chỉ tiêu nhiệm kỳ 2020-2025": a lead-in that names the targets it announces.
#: (after a count or an announcing word, or right before the year: "chỉ tiêu năm 2024 về …")
_TARGETS_LIST = (r"(?:(?<![\p{L}\d])\d{1,3}|" + WB_BEFORE
                 + alternation(indicator_words.ANNOUNCING_DETERMINERS) + r")\s+"
                 + alternation(indicator_words.ANNOUNCED_TARGET_WORDS) + WB_AFTER)
#: "16 chỉ tiêu", "các mục tiêu, nhiệm vụ": a list of targets, counted or determined
#: (``ANNOUNCED_TARGET_WORDS`` only: "5 nhiệm vụ" is no such list); a sentence holding one
#: and no review carries its year to the sentences after it.
TARGET_LIST_RE = lazy_compile(_TARGETS_LIST, FLAGS)
#: Wider: :data:`TARGET_LIST_RE`, or the target noun after a verb that sets it ("đặt ra mục
#: tiêu"), or right before a year ("chỉ tiêu năm 2024 về …"): a lead-in that announces
#: targets, whose year, even where it does not head the lead-in, is theirs.
TARGETS_ANNOUNCED_RE = lazy_compile(
    _TARGETS_LIST + r"|" + WB_BEFORE + alternation(indicator_words.ANNOUNCING_VERBS) + r"\s+"
    + alternation(indicator_words.ANNOUNCED_TARGET_WORDS) + WB_AFTER
    + r"|" + WB_BEFORE + alternation(indicator_words.ANNOUNCED_TARGET_WORDS)
    + r"(?=\s+(?:" + date_words.YEAR_WORD + r"|" + alternation(indicator_words.YEAR_SPAN_OPENERS)
    + r")\s+(?:19|20)\d{2}(?!\d))",
    FLAGS)
#: "… của Kế hoạch phát triển kinh tế - xã hội " right before "năm 2026": a capitalised kind
#: of document or plan and the words of its name up to the year, which then names the plan
#: (project decision 36; group 1 is the name's words, checked by the caller for a verb or
#: counted targets that make the year the sentence's own).
PLAN_NAME_BEFORE_RE = lazy_compile(
    WB_BEFORE + r"(?-i:(?=\p{Lu}))" + alternation(
        (*doc_types.DOC_TYPE_CODES, *reference_words.NAMED_DOC_TYPES,
         *indicator_words.PLAN_NAME_NOUNS))
    + r"((?:[ \t]+[\p{L}\d][\p{L}\d\-–&]*|[ \t]+[\-–]){1,12}?)[ \t]*\Z",
    FLAGS,
)
#: "đề ra", "đặt ra": a verb of the sentence itself, which ends a document's name.
ANNOUNCING_VERB_RE = lazy_compile(word_alternation(indicator_words.ANNOUNCING_VERBS), FLAGS)
#: "Trong đó, …", "Cụ thể, …": a sentence that goes on with the one before it.
SENTENCE_CONTINUER_RE = lazy_compile(
    r"[\s\W]*" + alternation(indicator_words.SENTENCE_CONTINUERS) + WB_AFTER, FLAGS
)
#: "25/25 chỉ tiêu": targets counted against their total (a review of what was reached).
COUNT_OF_TOTAL_RE = lazy_compile(r"\d+\s*/\s*\d+\s+(?:chỉ tiêu|mục tiêu)" + WB_AFTER, FLAGS)
#: After a value: it is a condition to qualify for something, not a target ("… từ 95 điểm
#: trở lên được đề nghị tặng Bằng khen").
ELIGIBILITY_RE = lazy_compile(word_alternation(indicator_guards.ELIGIBILITY_CUES), FLAGS)
#: "Đối với thôn có " right before a value (searched in a window ending at the value)
CONDITION_BEFORE_RE = lazy_compile(
    WB_BEFORE + alternation(indicator_guards.CONDITION_OPENERS) + r"\s[^.:;!?\n]*?"
    + WB_BEFORE + alternation(indicator_guards.CONDITION_VERBS) + r"\s*\Z", TAIL_FLAGS)
#: "… 100 cử tri trở lên:": the case's colon, before the sentence ends
CONDITION_COLON_RE = lazy_compile(r"[^.;!?\n:]*:", FLAGS)
VOTE_THRESHOLD_RE = lazy_compile(word_alternation(indicator_guards.VOTE_THRESHOLD_CUES), FLAGS)
COPULA_RE = lazy_compile(WB_BEFORE + r"là" + WB_AFTER, FLAGS)
#: A joiner right before the next value ("… đồng bằng và 60% …").
LIST_JOINER_END_RE = lazy_compile(
    r"[\s,]+" + alternation(indicator_words.LIST_JOINERS) + r"\s*\Z", TAIL_FLAGS
)
#: An aspect marker after a subject: "huyện Di Linh đã thu …" (the last one).
_ASPECT = alternation(indicator_words.ASPECT_MARKERS)
SUBJECT_DONE_RE = lazy_compile(rf"\s{_ASPECT}\s+(?=\p{{Ll}})(?!.*\s{_ASPECT}\s)", FLAGS)
