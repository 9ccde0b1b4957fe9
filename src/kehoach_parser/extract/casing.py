"""Restore the written case of upper-case header and signature lines.

Headers print bodies, places and positions in capitals ("ỦY BAN NHÂN DÂN", "XÃ THƯỢNG
NINH", "PHÓ CHỦ TỊCH"); the records use the written case ("Ủy ban nhân dân xã Thượng
Ninh", "Phó Chủ tịch").  Abbreviations are expanded ("UBND" → "Ủy ban nhân dân").
"""

from __future__ import annotations

import unicodedata

from kehoach_parser.lang.vi.abbreviations import (
    BODY_ABBREVIATIONS,
    BODY_TITLE_CASE,
    DOMAIN_HEADS,
    PLACE_NAMED_BODIES,
    SCHOOL_CELL_HEADS,
    SCHOOL_TYPE_ABBREVIATIONS,
    SCHOOL_TYPES,
    SHORT_BODY_NAMES,
    VILLAGE_BODY_HEADS,
)
from kehoach_parser.lang.vi.admin_units import (
    ADMIN_UNITS,
    CAPITALISED_PLACE_NAMES,
    UNIT_WORD_PHRASES,
    VILLAGE_UNITS,
)
from kehoach_parser.lang.vi.doc_types import DOC_TYPE_CODES
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lang.vi.signatures import POSITIONS
from kehoach_parser.lazy_pattern import lazy_compile

_WS_RE = lazy_compile(r"\s+")


#: An apostrophe inside a name of the Central Highlands ("K’NỚ" → "K’Nớ", "R'LẤP" →
#: "R'Lấp"): the syllable after it is capitalised too.
_APOSTROPHE_RE = lazy_compile(r"(?<=\p{L})([’'])(?=\p{L})")


def _cap(word: str) -> str:
    if not word:
        return word
    if _APOSTROPHE_RE.search(word):
        head, mark, tail = _APOSTROPHE_RE.split(word, maxsplit=1)
        return _cap(head) + mark + _cap(tail)
    return word[:1].upper() + word[1:].lower()


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


#: A unit word opens a locality ("XÃ THƯỢNG NINH", "XÃ HỘI AN") unless it opens one of
#: ``UNIT_WORD_PHRASES`` that ends the name or comes before the locality ("… VÀ XÃ HỘI",
#: "… VÀ XÃ HỘI TỈNH NAM ĐỊNH").
_UNITS_RE = lazy_compile(
    r"(?i)(?!" + alternation(UNIT_WORD_PHRASES, boundary="both") + r"(?:\s*$|\s+"
    + alternation(ADMIN_UNITS, boundary="end") + r"))("
    + alternation(ADMIN_UNITS, boundary="start") + r")\s+(?=\p{Lu})"
)
_LOCALITY_RE = lazy_compile(r"(?i)(" + alternation(ADMIN_UNITS) + r")\s+(.+)$")


def place_case(name: str) -> str:
    """'THƯỢNG NINH' → 'Thượng Ninh'."""
    return " ".join(_cap(w) if w.isupper() or w.islower() else w for w in name.split())


_LEADING_UNIT_RE = lazy_compile(r"(?i)^" + alternation(ADMIN_UNITS, boundary="both") + r"\s+")


def special_place_spelling(text: str) -> str:
    """'… thành phố Hồ Chí Minh' → '… Thành phố Hồ Chí Minh' (a name whose unit word is
    part of it, ``CAPITALISED_PLACE_NAMES``)."""
    low = text.lower()
    for key, written in CAPITALISED_PLACE_NAMES.items():
        at = low.find(key)
        while at >= 0:
            text = text[:at] + written + text[at + len(key):]
            at = low.find(key, at + len(key))
    return text


def header_place_case(name: str) -> str:
    """The place of the place-and-date line in written case.

    A unit word that opens it keeps a capital on its first letter only ('THÀNH PHỐ HUẾ',
    'Thành phố Huế' → 'Thành phố Huế'); the name's words are capitalised ('tam kỳ' →
    'Tam Kỳ'); an abbreviation stays as printed ('TP. Hồ Chí Minh').
    """
    m = _LEADING_UNIT_RE.match(name)
    if m is None:
        out = " ".join(w if w.endswith(".") else _cap(w) if w.isupper() or w.islower() else w
                       for w in name.split())
    else:
        out = _cap(" ".join(m.group(0).split()))
        out = f"{out} {place_case(name[m.end():])}".strip()
    return special_place_spelling(out)


_VOWELS = frozenset("aăâeêioôơuưy")


def _is_acronym(word: str) -> bool:
    """'PCGD', 'XMC', 'CĐS': capitals without a vowel are an acronym, kept as written."""
    letters = [c for c in unicodedata.normalize("NFD", word.lower()) if c.isalpha()]
    return bool(letters) and word.isupper() and not any(c in _VOWELS for c in letters)


def _lower_keep_acronyms(text: str) -> str:
    return " ".join(w if _is_acronym(w) else w.lower() for w in text.split())


def domain_case(text: str) -> str:
    """The name of a field of work: a capital at its start and after "và", "," and "-".

    'NỘI VỤ' → 'Nội vụ'; 'VĂN HÓA, THỂ THAO VÀ DU LỊCH' → 'Văn hóa, Thể thao và Du lịch';
    'CHÍNH PHỦ' → 'Chính phủ'.
    """
    out: list[str] = []
    cap_next = True
    for word in text.split():
        low = word if _is_acronym(word) else word.lower()
        if cap_next and low[:1].isalpha():
            low = low[:1].upper() + low[1:]
        out.append(low)
        cap_next = low in ("và", "-", "–") or low.endswith(",")
    return " ".join(out)


_SCHOOL_ABBR_RE = lazy_compile(
    r"^(TRƯỜNG)\s+(" + alternation(SCHOOL_TYPE_ABBREVIATIONS) + r")(?![\p{L}&])"
)


_NUMBERED_RE = lazy_compile(r"(?<![\p{L}])Số(?= \d)")


def _numbered_name(name: str) -> str:
    """'Tiểu học Số 2 Quảng Phú' → '… số 2 …': the number word of a name is lower case."""
    return _NUMBERED_RE.sub("số", name)


def _split_locality(s: str) -> tuple[str, str]:
    """'… XÃ THƯỢNG NINH' → ('…', 'XÃ THƯỢNG NINH'): the body and its locality."""
    m = _UNITS_RE.search(s)
    if m is None or m.start() == 0:
        return s, ""
    return s[: m.start()].strip(), s[m.start():].strip()


def _locality_case(rest: str) -> str:
    m = _LOCALITY_RE.match(rest)
    if m:
        name = place_case(m.group(2))
        return m.group(1).lower() + " " + _numbered_name(name)
    return place_case(rest) if rest.isupper() else rest


_KNOWN_BODY_RE = lazy_compile(
    "(?<![\\p{L}])(" + alternation([k.lower() for k in BODY_TITLE_CASE
                                     if k != "TRƯỜNG"]) + ")(?![\\p{L}])")


def _case_known_bodies(text: str) -> str:
    """'thường trực hội đồng nhân dân - ủy ban nhân dân' → '… Hội đồng nhân dân - Ủy ban
    nhân dân': a body's name inside a longer name keeps its written case."""
    return _KNOWN_BODY_RE.sub(lambda m: BODY_TITLE_CASE[m.group(1).upper()], text)


#: The words of a place's name after "TỈNH ỦY", "HUYỆN ĐOÀN" …: more are another body's too.
PLACE_NAME_MAX_WORDS = 4


def upper_body_case(text: str) -> str:
    """Written case of an upper-case body name, with its locality.

    'ỦY BAN NHÂN DÂN XÃ THƯỢNG NINH' → 'Ủy ban nhân dân xã Thượng Ninh';
    'UBND PHƯỜNG THÀNH ĐÔNG' → 'Ủy ban nhân dân phường Thành Đông';
    'SỞ GIÁO DỤC VÀ ĐÀO TẠO' → 'Sở Giáo dục và Đào tạo';
    'TRƯỜNG THCS KHƯƠNG MAI' → 'Trường Trung học cơ sở Khương Mai';
    'BAN CHỈ ĐẠO PCGD, XMC' → 'Ban Chỉ đạo PCGD, XMC'.
    """
    s = _WS_RE.sub(" ", text).strip().replace("–", "-")
    cell = _school_cell(s)
    if cell is not None:
        return cell
    was_upper = s.isupper()
    s = _SCHOOL_ABBR_RE.sub(lambda m: f"{m.group(1)} {SCHOOL_TYPE_ABBREVIATIONS[m.group(2)]}",
                            s)
    s = expand_abbreviations(s)
    if was_upper:
        s = s.upper()  # expansions are written in mixed case; keep the line's capitals
    upper = s.upper()
    # a school: "Trường" + its type + a proper name
    if upper.startswith("TRƯỜNG "):
        after = s[len("TRƯỜNG "):]
        for typ in sorted(SCHOOL_TYPES, key=len, reverse=True):
            if after.upper().startswith(typ) and (len(after) == len(typ)
                                                  or after[len(typ)] == " "):
                name = after[len(typ):].strip()
                name_cased = _numbered_name(place_case(name))
                return " ".join(p for p in ("Trường", SCHOOL_TYPES[typ], name_cased) if p)
    for head, written in PLACE_NAMED_BODIES.items():
        if upper.startswith(head + " ") and s.isupper() \
                and len(s[len(head):].split()) <= PLACE_NAME_MAX_WORDS:
            return f"{written} {place_case(s[len(head):].strip())}"
    village = _village_body(s)
    if village is not None:
        return village
    body, locality = _split_locality(s)
    body_upper = body.upper()
    out: list[str] = []
    for phrase in sorted(BODY_TITLE_CASE, key=len, reverse=True):
        if body_upper.startswith(phrase) and (len(body) == len(phrase)
                                              or body[len(phrase)] == " "):
            out.append(BODY_TITLE_CASE[phrase])
            rest = body[len(phrase):].strip()
            if rest:
                out.append(_case_known_bodies(_lower_keep_acronyms(rest)) if rest.isupper()
                           else rest)
            break
    else:
        for head in sorted(DOMAIN_HEADS, key=len, reverse=True):
            if body_upper.startswith(head + " ") and body.isupper():
                out.append(DOMAIN_HEADS[head])
                out.append(domain_case(body[len(head):].strip()))
                break
        else:
            if body.isupper():
                # unknown body: a capital on its first word only
                words = body.split()
                out.append(_case_known_bodies(" ".join(
                    [_cap(words[0]), *(_lower_keep_acronyms(w) for w in words[1:])])))
            elif body:
                out.append(body)
    if locality:
        out.append(_locality_case(locality))
    return special_place_spelling(" ".join(p for p in out if p))


_VILLAGE_BODY_RE = lazy_compile(
    r"^(" + alternation(VILLAGE_BODY_HEADS, boundary="end") + r")\s+("
    + alternation(tuple(u.upper() for u in VILLAGE_UNITS), boundary="both") + r")\s+(\S.*)$")


def _village_body(s: str) -> str | None:
    """'BAN NHÂN DÂN ẤP TÂN HÒA' → 'Ban nhân dân ấp Tân Hòa': the body of a place under a
    commune; None for any other name (or one not all in capitals)."""
    m = _VILLAGE_BODY_RE.match(s)
    if m is None or not s.isupper() or len(m.group(3).split()) > PLACE_NAME_MAX_WORDS:
        return None
    name = _numbered_name(place_case(m.group(3)))
    return f"{VILLAGE_BODY_HEADS[m.group(1)]} {m.group(2).lower()} {name}"


def _school_cell(s: str) -> str | None:
    """'CHI ĐOÀN THCS BÌNH AN' → 'Chi đoàn Trung học cơ sở Bình An': a school's union or
    party cell, cased as the school's name after its head; None for any other name."""
    upper = s.upper()
    for head, cased in SCHOOL_CELL_HEADS.items():
        if not upper.startswith(head + " "):
            continue
        rest = s[len(head) + 1:].strip()
        rest_upper = rest.upper()
        if _SCHOOL_ABBR_RE.match(f"TRƯỜNG {rest_upper}") or any(
                rest_upper.startswith(t + " ") for t in SCHOOL_TYPES):
            school = upper_body_case(f"TRƯỜNG {rest}")
            return f"{cased} {school[len('Trường '):]}"
    return None


_ABBR_RE = lazy_compile("(" + alternation(BODY_ABBREVIATIONS, boundary="both") + ")")
_SHORT_RE = lazy_compile(
    r"(?i)(" + alternation(SHORT_BODY_NAMES, boundary="start") + r")\s+(?="
    + alternation(ADMIN_UNITS) + r")"
)


def expand_abbreviations(text: str) -> str:
    """'UBND xã A' → 'Ủy ban nhân dân xã A'; 'Ủy ban xã A' → 'Ủy ban nhân dân xã A'."""
    text = _ABBR_RE.sub(lambda m: BODY_ABBREVIATIONS[m.group(1)], text)
    return _SHORT_RE.sub(lambda m: SHORT_BODY_NAMES[m.group(1).lower()] + " ", text)


_WRITTEN_SCHOOL_ABBR_RE = lazy_compile(
    r"(?<![\p{L}])([Tt]rường)\s+(" + alternation(SCHOOL_TYPE_ABBREVIATIONS) + r")(?![\p{L}&])"
)


def expand_written_name(name: str) -> str:
    """A body's name written in a sentence with its abbreviations spelt out: 'BCH Công đoàn
    trường THCS Lục Ba' → 'Ban Chấp hành Công đoàn trường Trung học cơ sở Lục Ba' (the
    school type only right after "trường", as in a header)."""
    name = _WRITTEN_SCHOOL_ABBR_RE.sub(
        lambda m: f"{m.group(1)} {_school_type_case(SCHOOL_TYPE_ABBREVIATIONS[m.group(2)])}",
        name)
    return expand_abbreviations(name)


def _school_type_case(upper: str) -> str:
    """'TRUNG HỌC CƠ SỞ' → 'Trung học cơ sở'; two types joined keep each one's capital."""
    if upper in SCHOOL_TYPES:
        return SCHOOL_TYPES[upper]
    return " và ".join(part[:1] + part[1:].lower() for part in upper.split(" VÀ "))
