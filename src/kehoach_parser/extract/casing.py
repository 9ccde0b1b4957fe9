"""Restore the written case of upper-case header and signature lines.

Headers print bodies, places and positions in capitals ("ỦY BAN NHÂN DÂN", "XÃ THƯỢNG
NINH", "PHÓ CHỦ TỊCH"); the records use the written case ("Ủy ban nhân dân xã Thượng
Ninh", "Phó Chủ tịch").  Abbreviations are expanded ("UBND" → "Ủy ban nhân dân").
"""

from __future__ import annotations

import regex

from kehoach_parser.lang.vi.abbreviations import (
    BODY_ABBREVIATIONS,
    BODY_TITLE_CASE,
    SHORT_BODY_NAMES,
)
from kehoach_parser.lang.vi.admin_units import ADMIN_UNITS
from kehoach_parser.lang.vi.doc_types import DOC_TYPE_CODES
from kehoach_parser.lang.vi.signatures import POSITIONS

_WS_RE = regex.compile(r"\s+")


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:].lower() if word else word


def person_name_case(name: str) -> str:
    """'LÊ ĐỨC TUẤN' → 'Lê Đức Tuấn'; a name already in mixed case is kept."""
    name = _WS_RE.sub(" ", name).strip()
    if name.isupper():
        return " ".join(_cap(w) for w in name.split())
    return name


def position_case(position: str) -> str:
    """'PHÓ CHỦ TỊCH' → 'Phó Chủ tịch'."""
    key = _WS_RE.sub(" ", position).strip().upper()
    if key in POSITIONS:
        return POSITIONS[key]
    words = key.lower().split()
    if not words:
        return position
    if words[0] == "phó" and len(words) > 1:
        return "Phó " + _cap(words[1]) + ("" if len(words) == 2 else " " + " ".join(words[2:]))
    return " ".join([_cap(words[0]), *words[1:]])


def doc_type_case(upper: str) -> str | None:
    """'KẾ HOẠCH' → 'Kế hoạch' (for known document types)."""
    key = _WS_RE.sub(" ", upper).strip().upper()
    for name in DOC_TYPE_CODES:
        if name.upper() == key:
            return name
    return None


_UNITS_RE = regex.compile(
    r"(?i)(?<![\p{L}])(" + "|".join(regex.escape(u) for u in ADMIN_UNITS) + r")\s+(?=\p{Lu})"
)


def place_case(name: str) -> str:
    """'THƯỢNG NINH' → 'Thượng Ninh'."""
    return " ".join(_cap(w) if w.isupper() or w.islower() else w for w in name.split())


def upper_body_case(text: str) -> str:
    """Written case of an upper-case body name, with its locality.

    'ỦY BAN NHÂN DÂN XÃ THƯỢNG NINH' → 'Ủy ban nhân dân xã Thượng Ninh';
    'UBND PHƯỜNG THÀNH ĐÔNG' → 'Ủy ban nhân dân phường Thành Đông'.
    """
    s = _WS_RE.sub(" ", text).strip()
    s = expand_abbreviations(s)
    out: list[str] = []
    rest = s
    # the body phrase
    upper = rest.upper()
    for phrase in sorted(BODY_TITLE_CASE, key=len, reverse=True):
        if upper.startswith(phrase) and (len(rest) == len(phrase) or rest[len(phrase)] == " "):
            out.append(BODY_TITLE_CASE[phrase])
            rest = rest[len(phrase):].strip()
            break
    else:
        if rest.isupper():
            # unknown body: capitalise its first word only, up to an admin unit
            m = _UNITS_RE.search(rest)
            head = rest[: m.start()].strip() if m else rest
            if head:
                words = head.lower().split()
                out.append(" ".join([_cap(words[0]), *words[1:]]))
            rest = rest[m.start():] if m else ""
    # the locality
    if rest:
        m = regex.match(
            r"(?i)(" + "|".join(regex.escape(u) for u in ADMIN_UNITS) + r")\s+(.+)$", rest
        )
        if m:
            out.append(m.group(1).lower() + " " + place_case(m.group(2)))
        else:
            out.append(place_case(rest) if rest.isupper() else rest)
    return " ".join(p for p in out if p)


_ABBR_RE = regex.compile(
    r"(?<![\p{L}])(" + "|".join(sorted(map(regex.escape, BODY_ABBREVIATIONS), key=len,
                                        reverse=True)) + r")(?![\p{L}])"
)
_SHORT_RE = regex.compile(
    r"(?i)(?<![\p{L}])(" + "|".join(regex.escape(k) for k in SHORT_BODY_NAMES) + r")\s+(?="
    + "|".join(regex.escape(u) for u in ADMIN_UNITS) + r")"
)


def expand_abbreviations(text: str) -> str:
    """'UBND xã A' → 'Ủy ban nhân dân xã A'; 'Ủy ban xã A' → 'Ủy ban nhân dân xã A'."""
    text = _ABBR_RE.sub(lambda m: BODY_ABBREVIATIONS[m.group(1)], text)
    return _SHORT_RE.sub(lambda m: SHORT_BODY_NAMES[m.group(1).lower()] + " ", text)
