"""The unit a table's value column prints in its header.

A header names the unit of its column in brackets at its end ("Diện tích (ha)", "Công
suất (MW)", "Nguồn nước cấp nuôi tôm (vị trí)") or is the unit itself, under a header that
names the measure ("Trữ lượng huy động" over "Tấn WO3").  Two things of real headers are
read here:

* a power of ten whose exponent lost its superscript in the conversion to text: "(10³
  tấn)" printed "(103tấn)" or "(10**3 t**ấn)" is "nghìn tấn", "(10⁶ tấn/năm)" is "triệu
  tấn/năm" (``table_words.LOST_POWERS``);
* a unit followed by what is weighed or counted, kept as written ("tấn WO3", "tấn
  WO3/năm"): an upper-case formula or code after a measure unit.

A bare percentage hint "(%)" is left to the cells (such a column also holds rates of other
things); a rate per period, "(%/năm)", is the column's unit.  A figure that gets no unit
from its row, its cell or the table takes the bare "(%)" of its header
(:func:`header_percent`: a table printed without a unit column, "Kế hoạch 2027 (%)").
"""

from __future__ import annotations

from dataclasses import replace

from kehoach_parser.extract.indicators.grid import clean
from kehoach_parser.extract.indicators.lexicon import alternation
from kehoach_parser.extract.indicators.units import Unit, read_unit
from kehoach_parser.lang.vi import table_words
from kehoach_parser.lazy_pattern import lazy_compile

#: A bracket at the end of a header: "(ha)", "(103tấn/năm)"; not a sum "(I+II)".
_HINT_RE = lazy_compile(r"\(\s*([^()+=]{1,30}?)\s*\)\s*\Z")
_BRACKET_RE = lazy_compile(r"\(\s*([^()+=]{1,30}?)\s*\)")
#: "10" and a lost exponent glued to the unit word after it.
_POWER_RE = lazy_compile(
    r"(?<![\d.,])10\s*(" + "|".join(table_words.LOST_POWERS) + r")\s*(?=\p{L})")
#: What a measure unit weighs, written after it: "WO3", "Al2O3", "CO2", then "/năm".
_SUBSTANCE_RE = lazy_compile(r"\A\s+(\p{Lu}[\p{L}\d]*\d[\p{L}\d]*)(/\p{L}+)?\s*\Z")
#: Markup inside a word ("WO**3", "t**ấn"): a bold run split by the conversion.
_INNER_MARKUP_RE = lazy_compile(r"(?<=[\p{L}\p{N}])[*_]+(?=[\p{L}\p{N}])")
_YEAR_RE = lazy_compile(r"(?:19|20)\d{2}")
#: A count column's header: "Số lượng" and what it counts ("Số lượng mẫu/lần").
_COUNT_HEAD_RE = lazy_compile(
    r"(?i)\A\s*" + alternation(table_words.COUNT_HEADS) + r"\s+(\p{L}[\p{L}/ ]{0,20}?)\s*\Z")


def unmarked(text: str) -> str:
    """A header cell's text without markup, a bold run split inside a word rejoined
    ("Tên t****ỉnh" → "Tên tỉnh", "(tấn WO**3)" → "(tấn WO3)")."""
    return clean(_INNER_MARKUP_RE.sub("", text))


def _restore_powers(text: str) -> str:
    return _POWER_RE.sub(lambda m: table_words.LOST_POWERS[m.group(1)] + " ", text)


def _as_unit(raw: str) -> Unit | None:
    """``raw`` read whole as a unit (None when part of it is something else)."""
    raw = raw.strip()
    if not raw or _YEAR_RE.search(raw) or raw[0].isdigit():
        return None
    words = raw.split()
    if words[0].casefold() in table_words.LOST_POWERS.values() and len(words) > 1:
        # "nghìn tấn", "triệu tấn/năm": a scale word over a measure (not "triệu" đồng)
        rest = _as_unit(raw[len(words[0]):])
        if rest is not None and rest.kind == "measure":
            return replace(rest, unit=f"{words[0].casefold()} {rest.unit}")
        # (else money written with its scale, "tỷ đồng", "triệu đồng": read whole below)
    u = read_unit(" " + raw, 0, len(raw) + 1)
    if u is None:
        return None
    if u.end - 1 >= len(raw):
        return replace(u, start=0, end=0, head_start=-1)
    m = _SUBSTANCE_RE.match(raw[u.end - 1:])
    if m is not None and u.kind == "measure":
        return replace(u, unit=u.unit + " " + m.group(1) + (m.group(2) or ""), start=0,
                       end=0, base=None, head_start=-1)
    return None


def _counted_unit(header: str) -> Unit | None:
    """The thing a count column counts, named after "Số lượng" and nothing else ("Số lượng
    mẫu/lần"): the column's unit."""
    m = _COUNT_HEAD_RE.match(header)
    return _as_unit(m.group(1)) if m is not None else None


def header_unit(header: str, own: str = "") -> Unit | None:
    """The unit a value column's header gives: the bracket at the end of the header, else
    the column's own sub-header (``own``) when it is nothing but a unit ("Tấn WO3/năm")."""
    h = _restore_powers(unmarked(header))
    m = _HINT_RE.search(h)
    u = _as_unit(m.group(1)) if m is not None else None
    if u is None:
        # a bracket before a sub-header ("Công suất (10⁶ tấn/năm) 2021 - 2030")
        u = next((x for b in reversed(_BRACKET_RE.findall(h)) if (x := _as_unit(b))), None)
    if u is None and own:
        u = _as_unit(_restore_powers(unmarked(own)))
    if u is None:
        u = _counted_unit(unmarked(own or header))
    if u is None or (u.kind == "percent" and "/" not in u.unit):
        return None
    if u.kind == "percent":
        # a rate per period ("(%/NĂM)" over growth rates) is the column's unit; a bare "(%)"
        # is left to the cells (such a column also holds shares of other things)
        return replace(u, unit=u.unit.lower(), base=(u.base or u.unit).lower())
    return u


def header_percent(header: str, own: str = "") -> Unit | None:
    """The bare percentage a value column's header ends with ("Kế hoạch 2027 (%)"), or the
    column's own sub-header "(%)"; else None."""
    for h in (header, own):
        m = _HINT_RE.search(unmarked(h)) if h else None
        u = _as_unit(m.group(1)) if m is not None else None
        if u is not None and u.kind == "percent" and "/" not in u.unit:
            return u
    return None
