"""Character windows of the extractors: how far before or after a match a rule looks.

Every window is a number of characters of the normalised text.  *Lookback*: the rule
searches ``text[max(floor, pos - N):pos]``; *lookahead*: ``text[pos:min(end, pos + N)]``;
*head*: the document's first N characters.  The values are the ones the rules were tuned
with; changing one changes what is extracted (re-run ``kehoach eval``).  Windows that were
already named where they are used (``_LOOKBACK`` in ``references/citations.py`` and
``references/canonical.py``, ``_WINDOW``/``_NEAR``/``_PARAGRAPH_SPAN`` in
``indicators/status.py``, ``_WINDOW`` in ``indicators/guards.py``, ``_CHAIN_WINDOW`` in
``indicators/values.py``, ``_MAX_NAME_CHARS`` in ``references/bodies.py``,
``LETTER_OPENING_WINDOW`` in ``header.py``) stay there.
"""

from __future__ import annotations

# --- header -------------------------------------------------------------------------------
#: Lookahead from the body's start for "UBND xã … ban hành" naming the issuer.
ISSUER_IN_BODY_LOOKAHEAD = 6000

# --- references -----------------------------------------------------------------------------
#: Lookback from a citation's number for an abbreviated type ("NQ", "QĐ" …).
ABBREVIATED_TYPE_LOOKBACK = 16
#: Lookback from a relation cue ("Căn cứ") for words making it another body's relation.
FOREIGN_CUE_LOOKBACK = 20
#: Lookahead that decides whether the words at a position are an upper-case line.
CAPS_LINE_LOOKAHEAD = 60

# --- dates ----------------------------------------------------------------------------------
#: Lookback from a bare "tháng N" for a cue that makes it a date.
BARE_MONTH_CUE_LOOKBACK = 12
#: Lookback from a date for the document's own closing formula ("Nghị quyết này … thông qua").
SELF_ADOPTION_LOOKBACK = 300

# --- indicators -----------------------------------------------------------------------------
#: Lookahead from a number for its unit.
UNIT_LOOKAHEAD = 80
#: Lookback from a lead-in year ("Năm 2026, …") for a citation it belongs to.
CITED_YEAR_LOOKBACK = 30
#: Lookback from a lead-in year for a "phấn đấu"-like verb.
STRIVE_LOOKBACK = 20
#: Lookahead from a value for an eligibility condition ("… trở lên được đề nghị tặng").
ELIGIBILITY_LOOKAHEAD = 80
#: Window at a clause's end where a year phrase dates the clause.
CLAUSE_END_YEAR_WINDOW = 48
#: Lookback from a value for a list separator (the value ends a list of names).
LIST_BEFORE_LOOKBACK = 8
#: Lookback per step while walking back over a list to the word that opens it.
LIST_ITEM_LOOKBACK = 16
#: Lookahead from a number for an anniversary phrase ("năm thành lập", "kỷ niệm" …).
ANNIVERSARY_LOOKAHEAD = 48
#: Lookback from a value for a "per" word that makes it a base ("trên 1 ha").
PER_BASE_LOOKBACK = 16
#: How far before a value's chain the name may restate its unit ("Tuổi thọ … đạt khoảng 75
#: tuổi"): values.py, _states_unit.
STATED_UNIT_LOOKBACK = 80
#: Lookback from a blank-grouped number for a plural determiner and a name word before it
#: ("các loại 37 300 tấn"): values.py, _spaced.
PLURAL_NAME_LOOKBACK = 40
#: Lookback from a four-digit number for a word that makes it a year.
YEAR_WORD_LOOKBACK = 14
#: Lookback from a value for an opened range ("từ", "trong khoảng" …).
OPENED_RANGE_LOOKBACK = 20
#: Lookback from a number written in words for a "per" word ("mỗi", "một").
PER_WORD_LOOKBACK = 12
#: Lookback from a bare count for the last word before it (a name or a committing verb).
LAST_WORD_LOOKBACK = 24
#: Lookback from a table for its caption and the sentence that introduces it.
TABLE_CAPTION_LOOKBACK = 400
#: Head of the document searched for the plan's year when the issue date has none.
PLAN_YEAR_HEAD = 4000
#: Head of the document the status model reads when there is no title.
STATUS_HEAD = 300
#: Two mentions of one indicator in one section closer than this are a restatement.
RESTATEMENT_DISTANCE = 400
