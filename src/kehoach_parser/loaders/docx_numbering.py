"""Word automatic numbering: rebuild the label a reader sees from ``numbering.xml``.

Word stores "I.", "1.", "1.1.", "a)" not in the paragraph but as a reference (numId, ilvl)
into list definitions.  :class:`NumberingState` replays those definitions paragraph by
paragraph, in document order, the way Word counts:

* a level's counter starts at its ``start`` (or the instance's ``startOverride``) and goes
  up by one per numbered paragraph at that level;
* a paragraph at level *n* restarts every deeper level (unless ``lvlRestart`` says not);
* instances (``w:num``) of one abstract definition share their counters unless the instance
  overrides a start value, in which case it counts on its own.

The module reads XML with the element tree that python-docx hands over; it imports nothing
optional itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _val(el: Any, tag: str) -> str | None:
    child = el.find(W + tag) if el is not None else None
    return None if child is None else child.get(W + "val")


@dataclass(slots=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"
    restart: int | None = None  # restart after this (0-based) level; None = any higher
    legal: bool = False


@dataclass(slots=True)
class Instance:
    abstract: str
    overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, Level] = field(default_factory=dict)


def _parse_level(lvl: Any) -> Level:
    level = Level()
    start = _val(lvl, "start")
    if start is not None and start.lstrip("-").isdigit():
        level.start = int(start)
    level.fmt = _val(lvl, "numFmt") or "decimal"
    text = _val(lvl, "lvlText")
    level.text = text if text is not None else ""
    level.suffix = _val(lvl, "suff") or "tab"
    restart = _val(lvl, "lvlRestart")
    if restart is not None and restart.isdigit():
        level.restart = int(restart) - 1  # 1-based in the file; 0 = never restart
    level.legal = lvl.find(W + "isLgl") is not None
    return level


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def to_roman(n: int) -> str:
    out = []
    for value, sym in _ROMAN:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def to_letters(n: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa..."""
    if n <= 0:
        return ""
    letter = chr(ord("a") + (n - 1) % 26)
    return letter * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return to_roman(n)
    if fmt == "lowerRoman":
        return to_roman(n).lower()
    if fmt == "upperLetter":
        return to_letters(n).upper()
    if fmt == "lowerLetter":
        return to_letters(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("none", "bullet"):
        return ""
    return str(n)  # decimal and the many rarer formats


#: Bullet glyphs (including Symbol/Wingdings private-use codes) -> what the text gets.
def bullet_text(glyph: str) -> str:
    glyph = glyph.strip()
    if glyph in ("+", "-", "–", "—"):
        return "+" if glyph == "+" else "-"
    return "-"


class NumberingState:
    """Definitions from ``numbering.xml`` plus the running counters."""

    def __init__(self, numbering_el: Any | None, style_links: dict[str, str] | None = None) -> None:
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.links: dict[str, str] = {}
        self.instances: dict[str, Instance] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.unresolved = 0
        self._style_links = style_links or {}
        if numbering_el is None:
            return
        for an in numbering_el.findall(W + "abstractNum"):
            aid = an.get(W + "abstractNumId") or ""
            self.abstracts[aid] = {
                int(lvl.get(W + "ilvl") or 0): _parse_level(lvl) for lvl in an.findall(W + "lvl")
            }
            link = _val(an, "numStyleLink")
            if link:
                self.links[aid] = link
        for num in numbering_el.findall(W + "num"):
            nid = num.get(W + "numId") or ""
            inst = Instance(_val(num, "abstractNumId") or "")
            for ov in num.findall(W + "lvlOverride"):
                ilvl = int(ov.get(W + "ilvl") or 0)
                so = _val(ov, "startOverride")
                if so is not None and so.lstrip("-").isdigit():
                    inst.overrides[ilvl] = int(so)
                lvl = ov.find(W + "lvl")
                if lvl is not None:
                    inst.level_overrides[ilvl] = _parse_level(lvl)
            self.instances[nid] = inst

    def _levels(self, inst: Instance) -> dict[int, Level]:
        aid = inst.abstract
        levels = self.abstracts.get(aid, {})
        if not levels and aid in self.links:  # numStyleLink -> the style's own list
            target = self._style_links.get(self.links[aid])
            if target and target in self.instances:
                levels = self.abstracts.get(self.instances[target].abstract, {})
        if inst.level_overrides:
            levels = {**levels, **inst.level_overrides}
        return levels

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counters for one paragraph and return its label text (with the
        separator that follows it), '' for an unnumbered level, None if unresolvable."""
        if num_id in ("", "0"):
            return ""
        inst = self.instances.get(num_id)
        if inst is None:
            self.unresolved += 1
            return None
        levels = self._levels(inst)
        if ilvl not in levels:
            self.unresolved += 1
            return None
        key = f"num:{num_id}" if inst.overrides else f"abs:{inst.abstract}"
        counters = self.counters.setdefault(key, [None] * 10)

        def start_of(k: int) -> int:
            if k in inst.overrides:
                return inst.overrides[k]
            return levels[k].start if k in levels else 1

        current = counters[ilvl]
        counters[ilvl] = start_of(ilvl) if current is None else current + 1
        for deeper in range(ilvl + 1, len(counters)):
            lvl = levels.get(deeper)
            if lvl is not None and lvl.restart is not None and lvl.restart < ilvl:
                continue  # this level restarts only after a level above ilvl
            counters[deeper] = None
        level = levels[ilvl]
        if level.fmt == "bullet":
            text = bullet_text(level.text)
        else:
            text = level.text
            for k in range(9):
                token = f"%{k + 1}"
                if token not in text:
                    continue
                n = counters[k]
                if n is None:
                    n = start_of(k)
                fmt = levels[k].fmt if k in levels else "decimal"
                if level.legal and fmt != "none":
                    fmt = "decimal"
                text = text.replace(token, format_number(n, fmt))
        if not text:
            return ""
        sep = "" if level.suffix == "nothing" else " "
        return text + sep
