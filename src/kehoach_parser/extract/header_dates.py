"""The header's date as an ISO string, and the dates a document without a header date
gives itself (its adoption clause, the place-and-date line above its signature).
"""

from __future__ import annotations

import datetime

import regex

from kehoach_parser.context import ParseContext
from kehoach_parser.extract.casing import (
    header_place_case,
)
from kehoach_parser.extract.footer import split_cells
from kehoach_parser.extract.header_text import (
    _DATE_LINE_RE,
    _clean,
    place_date_match,
)
from kehoach_parser.lang.vi.date_words import DAY_WORD
from kehoach_parser.lang.vi.header_words import (
    ADOPTED_DOC_TYPES,
    ADOPTION_VERBS,
)
from kehoach_parser.lang.vi.patterns import SPACES, alternation
from kehoach_parser.lazy_pattern import lazy_compile

#: A space between two digits of a day or a month ("1 5" printed for "15").
_DIGIT_GAP_RE = lazy_compile(r"(?<=\d)\s(?=\d)")


def _iso(y: str | None, m: str | None, d: str | None) -> str | None:
    """ISO form of a header date, as far as it is given ("2026", "2026-06", "2026-06-19").

    Returns None for a date that does not exist ("31 tháng 4"): the header never records an
    impossible ``issued_date`` (the caller warns, W101).
    """
    if not y:
        return None
    out = y
    # a digit pair split by OCR ("tháng 0 6") is one number
    m = _DIGIT_GAP_RE.sub("", m) if m else m
    d = _DIGIT_GAP_RE.sub("", d) if d else d
    if m and m.strip(" .…_").isdigit():
        mm = int(m.strip(" .…_"))
        if not 1 <= mm <= 12:
            return None
        out += f"-{mm:02d}"
        if d and d.strip(" .…_").isdigit():
            dd = int(d.strip(" .…_"))
            try:
                datetime.date(int(y), mm, dd)
            except ValueError:
                return None
            out += f"-{dd:02d}"
    return out


_ADOPTION_RE = lazy_compile(
    r"(?i)(?<![\p{L}])" + alternation(ADOPTED_DOC_TYPES) + r"\s+này\s+(?:đã\s+)?được\s"
    r"[^.;]{0,250}?\s" + alternation(ADOPTION_VERBS, space=SPACES) + r"\s+(?=ngày)"
)
#: Characters of the date after the adoption verb.
ADOPTION_DATE_CHARS = 40


def _date_of_adoption(ctx: ParseContext) -> None:
    m = _ADOPTION_RE.search(ctx.text)
    if m is None:
        return
    dm = _DATE_LINE_RE.match(ctx.text[m.end(): m.end() + ADOPTION_DATE_CHARS])
    if dm is None or dm.group("place"):
        return
    y = dm.group("y") or dm.group("y2")
    issued = _iso(y, dm.group("m") if dm.group("y") else dm.group("m2"), dm.group("d"))
    if issued is not None:
        ctx.metadata.issued_date = issued
        ctx.metadata.spans["issued_date"] = (m.end(), m.end() + dm.end())


#: Text lines from the end where a form that prints no date in its header puts its place
#: and date, above the signature.
SIGNATURE_DATE_LINES = 15


def _date_above_signature(ctx: ParseContext) -> None:
    """A document without a date line in its header, dated above its signature ("Thủy An,
    ngày 10 tháng 10 năm 2012" over "HIỆU TRƯỞNG"): the last such line of its end."""
    tail = [ln for ln in ctx.lines if not ln.blank][-SIGNATURE_DATE_LINES:]
    for ln in reversed(tail):
        cells = split_cells(ln)
        # the line's last cell: a row of cells ("KẾ HOẠCH ⇥ … ⇥ Hòa Bình, ngày …") has its
        # place and date in the last one, never across the cells before it
        text = cells[-1].text if cells else ln.text.strip()
        dm = place_date_match(text)
        if dm is None:
            continue
        lead = cells[-1].start if cells else ln.start + ln.text.find(text)
        set_place_and_date(ctx, dm, text, lead)
        return


def set_place_and_date(ctx: ParseContext, dm: regex.Match[str], text: str, lead: int) -> bool:
    """Record the place and the date of a whole place-and-date cell ``text`` (``dm``, its
    :func:`place_date_match`), which starts at ``lead`` in the text; False, and nothing
    recorded, for a date that does not exist."""
    md = ctx.metadata
    y = dm.group("y") or dm.group("y2")
    issued = _iso(y, dm.group("m") if dm.group("y") else dm.group("m2"), dm.group("d"))
    if issued is None:
        return False
    day_word = text.rfind(DAY_WORD, 0, dm.start("d"))
    md.issued_date = issued
    md.spans["issued_date"] = (lead + max(day_word, 0), lead + dm.end())
    md.place = header_place_case(_clean(dm.group("place")))
    md.spans["place"] = (lead + dm.start("place"), lead + dm.end("place"))
    return True


