"""The vocabulary itself, checked the way dateparser checks its language data.

Every public word list of every module in :mod:`kehoach_parser.lang.vi` is found by
walking the modules (tuples, lists and sets of str, the keys of dicts, and lists nested
in them), so that a list added tomorrow is checked without editing this file:

- every word is NFC, has no space at either end and no run of spaces inside;
- no word is listed twice in one list, nor in two lists that are matched together;
- lists matched case-insensitively are lower case (the case-sensitive ones are named
  below, each with its reason);
- the shared alternation tries every word before the shorter words it starts with, so
  that each word of each list is matched whole.
"""

from __future__ import annotations

import importlib
import itertools
import pkgutil
import unicodedata
from collections.abc import Iterator
from types import ModuleType

import pytest
import regex

import kehoach_parser.lang.vi as vi
from kehoach_parser.lang.vi import (
    abbreviations,
    date_words,
    number_words,
    recipients,
    signatures,
    status_words,
    table_words,
    units,
)
from kehoach_parser.lang.vi.patterns import alternation

#: (the list's module and name, its path inside that value, its words)
WordList = tuple[str, str, list[str]]

#: Lists matched case-sensitively (or not matched at all), by "module.NAME", with the
#: reason; every other list must be lower case.
CASE_SENSITIVE: dict[str, str] = {
    "abbreviations.BODY_ABBREVIATIONS": "acronyms as printed (UBND)",
    "abbreviations.SCHOOL_TYPE_ABBREVIATIONS": "acronyms as printed (THCS)",
    "abbreviations.SCHOOL_TYPES": "upper-case keys of a title-casing table",
    "abbreviations.SCHOOL_CELL_HEADS": "upper-case keys of a title-casing table",
    "abbreviations.DOMAIN_HEADS": "upper-case keys of a title-casing table",
    "abbreviations.FULL_BODY_NAMES": "written case, the form the issuer keeps",
    "abbreviations.BODY_TITLE_CASE": "upper-case keys of a title-casing table",
    "abbreviations.BODY_HEADS": "heads of an upper-case issuer line",
    "abbreviations.SUBORDINATE_BODY_HEADS": "heads of the lower body on an upper-case line",
    "abbreviations.INLINE_LOWER_BODY_HEADS": "heads of the lower body after a headed parent",
    "abbreviations.INLINE_HEAD_BLOCKERS_BEFORE": "upper-case words before such a head",
    "abbreviations.INLINE_HEAD_BLOCKERS_AFTER": "upper-case words after such a head",
    "abbreviations.HEAD_OPENING_BLOCKERS_AFTER": "upper-case words after a cell's head",
    "abbreviations.VILLAGE_BODY_HEADS": "upper-case keys of a title-casing table",
    "abbreviations.LOCAL_BODY_HEADS": "heads of a local body's name on an upper-case line",
    "abbreviations.BODY_QUALIFIERS": "words before the head of an upper-case issuer line",
    "abbreviations.HEADER_BODY_HEADS": "heads of an upper-case issuer line, header only",
    "abbreviations.SCHOOL_BODY_HEADS": "upper-case heads of a school's union before the school",
    "abbreviations.COOPERATIVE_AND_UNION_HEADS": "heads of an upper-case issuer line",
    "abbreviations.PLACE_NAMED_BODIES": "upper-case keys of a title-casing table",
    "categories.CATEGORY_KEYWORDS": "keys are the category names given out",
    "date_words.ROMAN_QUARTERS": "Roman numerals, upper case as printed",
    "doc_types.DOC_TYPE_CODES": "written names and the codes of a document number",
    "doc_types.HEADER_DOC_TYPES": "written names of the types",
    "doc_types.HEADER_COMPOUND_DOC_TYPES": "written names of the types",
    "doc_types.GENERIC_TYPES": "written names of the types (the generic \"Văn bản\")",
    "font_damage.LOOKALIKES": "single glyphs of either case",
    "font_damage.GLYPH_CONFUSIONS": "single glyphs of either case",
    "header_words.MOTTO_HEADS": "upper-case header lines",
    "header_words.NATIONAL_LINES": "upper-case header lines",
    "header_words.UNION_BANNERS": "upper-case header lines",
    "header_words.BANNER_COMPLETED_BODIES": "upper-case header lines",
    "header_words.SESSION_WORDS": "matched in upper-case header lines",
    "header_words.NUMBER_LINE_WORDS": "case tells the number line from prose",
    "header_words.ENACTING_HEADS": "an upper-case body name alone on its line",
    "header_words.ENACTING_BODY_HEADS": "an upper-case body name alone on its line",
    "header_words.ENACTING_POSITIONS": "an upper-case position before an enacting body",
    "admin_units.UNIT_ABBREVIATIONS": "unit abbreviations in an upper-case issuer line",
    "header_words.TYPE_LINE_SUBJECT_WORDS": "matched in an upper-case type line",
    "header_words.SENDER_HEADS": "a body's name as written, its head capitalised",
    "header_words.STATEMENT_HEADS": "a body's name as written, its head capitalised",
    "header_words.NATIONAL_ISSUER_CODES": "a symbol's codes as printed, and bodies' names",
    "header_words.RECOUNTING_DOC_TYPES": "document types as named (doc_type values)",
    "layout_words.LAYOUT_TABLE_WORDS": "case tells a header cell from prose",
    "line_joins.FORMULA_OPENERS": "case tells a paragraph opener from a wrapped word",
    "line_joins.PARAGRAPH_OPENERS": "case tells a paragraph opener from a wrapped word",
    "numbering.ROMAN_VALUES": "Roman numerals, upper case as printed",
    "reference_words.NOT_SHORT_FORM_TYPES": "compared with the written names of the types",
    "numbering.PART_ORDINALS": "ordinals of PHẦN THỨ …, both cases as printed",
    "numbering.PART_WORDS": "division words in capitals or sentence case, as printed",
    "numbering.PART_ORDINAL_WORDS": "division words in capitals or sentence case, as printed",
    "numbering.CHAPTER_WORDS": "division words in capitals or sentence case, as printed",
    "numbering.MUC_WORDS": "division words in capitals or sentence case, as printed",
    "numbering.ARTICLE_WORDS": "division words in capitals or sentence case, as printed",
    "numbering.STEP_WORDS": "step words in capitals or sentence case, as printed",
    "reference_words.BODY_HEADS": "a capital starts the name of a body",
    "reference_words.ABBREVIATED_TYPES": "acronyms as printed (QĐ)",
    "reference_words.NAMED_DOC_TYPES": "a capital starts the name of a law",
    "signatures.AUTHORITY_PREFIXES": "upper case as printed (KT.)",
    "signatures.POSITIONS": "upper-case keys of a title-casing table",
    "signatures.POSITION_WORDS": "matched in upper-case signature lines",
    "signatures.POSITION_PREFIXES": "upper-case keys of a title-casing table",
    "signatures.POSITION_QUALIFIERS": "upper-case keys of a title-casing table",
    "signatures.NAME_TITLES": "ranks and degrees as written (matched ignoring case)",
    "segmented_heads.BY_PREFIX": "phrases as written: the segmenter reads their case",
    "segmented_heads.BY_PHRASE": "phrases as written: the segmenter reads their case",
}

#: Lists whose entries are prefixes of a line (``str.startswith``): a space at the end is
#: part of what is matched ("Mục " is not "Mục:").
PREFIX_LISTS: frozenset[str] = frozenset({"line_joins.PARAGRAPH_OPENERS"})

#: Lists matched together in one pattern or one decision: a word in two of them would be
#: ambiguous (which role, which kind, which unit).
MATCHED_TOGETHER: dict[str, tuple[tuple[str, ...] | dict[str, object], ...]] = {
    "date role cues": (date_words.DEADLINE_CUES, date_words.PERIOD_START_CUES,
                       date_words.PERIOD_END_CUES,
                       date_words.PERIOD_CUES),
    "date joiners": (date_words.RANGE_JOINERS, date_words.LIST_JOINERS),
    "body words of the header": (abbreviations.BODY_ABBREVIATIONS,
                                 abbreviations.SHORT_BODY_NAMES,
                                 abbreviations.FULL_BODY_NAMES),
    "number words": (number_words.DIGIT_WORDS, number_words.AFTER_TENS_DIGITS,
                     number_words.ZERO_TENS_WORDS, number_words.SCALE_WORDS,
                     (number_words.TEN_WORD, number_words.TENS_WORD,
                      number_words.HUNDRED_WORD)),
    "footer openers": (recipients.NOTE_PARTICLES, recipients.ARCHIVE_OPENERS,
                       recipients.RECIPIENTS_OPENERS),
    "unit kinds": (units.PERCENT_UNITS, units.MONEY_UNITS, units.MEASURE_UNITS,
                   units.TIME_UNITS),
    "status cues": tuple(status_words.STATUS_CUES.values()),
    "title cues": tuple(status_words.TITLE_CUES.values()),
    "table captions": tuple(table_words.CAPTION_WORDS.values()),
    # "not_plan" repeats words of other columns on purpose: it is a list of refusals.
    "table columns": tuple(v for k, v in table_words.COLUMN_WORDS.items() if k != "not_plan"),
}


def _modules() -> list[ModuleType]:
    return [importlib.import_module(f"{vi.__name__}.{m.name}")
            for m in pkgutil.iter_modules(vi.__path__)]


def _lists(top: str, value: object, path: str) -> Iterator[WordList]:
    """The word lists inside ``value``: str collections, dict keys, and nested ones."""
    if isinstance(value, dict):
        keys = list(value)
        if keys and all(isinstance(k, str) for k in keys):
            yield top, f"{path}.keys", keys
        for k, v in value.items():
            yield from _lists(top, v, f"{path}[{k!r}]")
    elif isinstance(value, (tuple, list, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else list(value)
        if items and all(isinstance(w, str) for w in items):
            yield top, path, items
        else:
            for i, v in enumerate(items):
                yield from _lists(top, v, f"{path}[{i}]")


def _vocabulary() -> list[WordList]:
    found: list[WordList] = []
    for module in _modules():
        short = module.__name__.rsplit(".", 1)[1]
        for name, value in vars(module).items():
            if name.isupper() and not name.startswith("_"):
                found.extend(_lists(f"{short}.{name}", value, f"{short}.{name}"))
    return found


VOCABULARY = _vocabulary()
ALL = [pytest.param(words, id=path) for top, path, words in VOCABULARY]
PLAIN = [pytest.param(words, id=path) for top, path, words in VOCABULARY
         if top not in PREFIX_LISTS]
LOWER = [pytest.param(words, id=path) for top, path, words in VOCABULARY
         if top not in CASE_SENSITIVE]


def test_the_walk_finds_the_vocabulary() -> None:
    found = {top for top, _, _ in VOCABULARY}
    # lists of different shapes: tuple, dict keys, dict of tuples, tuple of pairs
    assert {"date_words.DEADLINE_CUES", "units.MONEY_UNITS", "status_words.STATUS_CUES",
            "sections.SECTION_KIND_KEYWORDS", "number_words.RUN_WORDS"} <= found
    assert "sections.SECTION_KIND_KEYWORDS[0][1]" in {path for _, path, _ in VOCABULARY}
    assert len(LOWER) > 100


def test_declared_exceptions_name_existing_lists() -> None:
    found = {top for top, _, _ in VOCABULARY}
    assert set(CASE_SENSITIVE) <= found
    assert found >= PREFIX_LISTS


@pytest.mark.parametrize("words", ALL)
def test_words_are_nfc_without_double_spaces(words: list[str]) -> None:
    assert all(words)
    assert [w for w in words if unicodedata.normalize("NFC", w) != w] == []
    assert [w for w in words if "  " in w] == []


@pytest.mark.parametrize("words", PLAIN)
def test_words_have_no_space_at_either_end(words: list[str]) -> None:
    assert [w for w in words if w != w.strip()] == []


@pytest.mark.parametrize("words", ALL)
def test_no_word_is_listed_twice(words: list[str]) -> None:
    assert sorted({w for w in words if words.count(w) > 1}) == []


@pytest.mark.parametrize("words", LOWER)
def test_case_insensitive_lists_are_lower_case(words: list[str]) -> None:
    assert [w for w in words if w != w.lower()] == []


@pytest.mark.parametrize("group", sorted(MATCHED_TOGETHER))
def test_lists_matched_together_do_not_share_words(group: str) -> None:
    lists = [set(words) for words in MATCHED_TOGETHER[group]]
    shared = {w for a, b in itertools.combinations(lists, 2) for w in a & b}
    assert sorted(shared) == []


@pytest.mark.parametrize("words", ALL)
def test_the_alternation_matches_every_word_whole(words: list[str]) -> None:
    pattern = regex.compile(alternation(words))
    cut = {w: m.group() if m else None for w in words for m in [pattern.match(w)]}
    assert {w: got for w, got in cut.items() if got != w} == {}


def test_number_run_words_are_all_read() -> None:
    known = (set(number_words.DIGIT_WORDS) | set(number_words.AFTER_TENS_DIGITS)
             | set(number_words.ZERO_TENS_WORDS) | set(number_words.SCALE_WORDS)
             | {number_words.TEN_WORD, number_words.TENS_WORD, number_words.HUNDRED_WORD})
    assert set(number_words.RUN_WORDS) <= known


def test_the_deputys_word_is_a_position_prefix_and_a_position_word() -> None:
    assert signatures.DEPUTY_WORD in signatures.POSITION_PREFIXES
    assert signatures.DEPUTY_WORD in signatures.POSITION_WORDS


def test_surname_body_heads_are_every_body_head_that_is_a_surname() -> None:
    # a body's head that is also a family name ("Đoàn") opens a body's name after a position
    # only before one of SURNAME_HEAD_BODIES: a new such head must be decided on, not missed
    from kehoach_parser.lang.vi.person_names import FAMILY_NAMES
    from kehoach_parser.lang.vi.reference_words import BODY_HEADS
    from kehoach_parser.lang.vi.signatures import SURNAME_BODY_HEADS

    both = {h.lower() for h in BODY_HEADS} & {f.lower() for f in FAMILY_NAMES}
    assert set(SURNAME_BODY_HEADS) == both
