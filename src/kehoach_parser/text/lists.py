"""Lists of names joined by "," and a joiner of ``lang.vi.list_words`` ("Hòa Lạc, Tân Mỹ và
Đông Sơn"): the one place their separators are built (review R19a, finding 5).

Three readers split such lists, each with its own blanks:

* :data:`MEMBER_SEP_RE` and :func:`split_members` — the status shapes' count of listed
  places (``status_shapes.named_members``): blanks around a comma, a joiner after a comma
  ("A, và B") or between blanks, in any case; the blanks are part of the separator.
* :data:`LOOSE_SEP_RE` — the outline's test whether the text after a colon opens with names
  (``outline._names_members``): a bare comma (its blanks stay with the names, which the
  reader strips) or a joiner between any white space.
* :data:`BLANK_SEP_RE` — the outline's list of bodies (``outline._only_bodies``): a comma
  followed by a blank, or a joiner between blanks (a comma glued to the next word does not
  separate: "Thông tin,Truyền thông" is kept whole).
"""

from __future__ import annotations

import regex

from kehoach_parser.lang.vi.list_words import NAME_LIST_JOINERS
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lazy_pattern import lazy_compile

#: The joiners as a regex group, case as written ("và").
JOINER = alternation(NAME_LIST_JOINERS)

MEMBER_SEP_RE = lazy_compile(
    r"[ \t]*,[ \t]*(?:" + JOINER + r"[ \t]+)?|[ \t]+" + JOINER + r"[ \t]+", regex.IGNORECASE)
LOOSE_SEP_RE = lazy_compile(r",|\s+" + JOINER + r"\s+")
BLANK_SEP_RE = lazy_compile(r",[ \t]+|[ \t]+" + JOINER + r"[ \t]+")


def split_members(text: str) -> list[str]:
    """The names of the list ``text`` ("Bầu 1, Bầu 2 và xóm Núi" → three), empty parts
    dropped."""
    return [x for x in MEMBER_SEP_RE.split(text) if x.strip()]
