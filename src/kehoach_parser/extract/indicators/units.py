"""The unit written after a value, in canonical form, and the head of a counted noun.

:func:`read_unit` looks at the text right after a number and returns a :class:`Unit`:
percent, money ("13 tỷ" → "tỷ đồng", "120,55 triệu/ha" → "triệu đồng/ha"), a measure
("ha", "tạ/ha"), a duration ("tháng") or a counted noun ("08 trường học được công nhận" →
"trường học").  Counted-noun heads come from the lexicon of
:mod:`kehoach_parser.lang.vi.measure_nouns` first, then from underthesea's word
segmentation (an optional extra: its decisions on the corpus's phrases stored in
:mod:`kehoach_parser.lang.vi.segmented_heads`, and for any other phrase underthesea's CRF
model, loaded lazily and cached, run by
:mod:`~kehoach_parser.extract.indicators.crf_segmenter`), then from the first word.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from kehoach_parser.extract import windows
from kehoach_parser.extract.indicators import lexicon as lx

UnitKind = Literal["percent", "money", "measure", "time", "count"]


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit as written (canonical for the spec's money and percent forms), with the
    scale it applies and the unit without scale words (the normalised extras)."""

    unit: str
    kind: UnitKind
    start: int  # absolute offsets of the unit as written
    end: int
    multiplier: float = 1
    base: str | None = None  # the unit without scale words: "đồng", "tấn", "lượt khách"
    head_start: int = -1  # where a counted noun's head starts (after scale words)

    @property
    def base_unit(self) -> str:
        return self.base if self.base is not None else self.unit

    @property
    def noun_start(self) -> int:
        return self.head_start if self.head_start >= 0 else self.start


def _per_suffix(raw: str) -> str:
    """'/ ha / năm' → '/ha/năm'."""
    return "".join("/" + lx.fold(p.strip()).lower() for p in raw.split("/") if p.strip())


def read_unit(text: str, pos: int, end: int) -> Unit | None:
    """The unit starting at ``pos`` (right after a number), not reaching past ``end``."""
    window_end = min(end, pos + windows.UNIT_LOOKAHEAD)
    m = lx.PERCENT_RE.match(text, pos, window_end)
    if m:
        unit = lx.PERCENT[m.group(1).casefold()]
        if m.group(2):
            unit += "/" + lx.fold(m.group(2)).strip(" \t/").strip()
        return Unit(unit, "percent", m.start(1), m.end(2) if m.group(2) else m.end(1),
                    1, unit)
    m = lx.MULTIPLIER_RE.match(text, pos, window_end)
    if m:
        word = m.group(1).casefold()
        follow = lx.MONEY_RE.match(text, m.start(), window_end)
        counted = lx.HEADS_RE.match(text, m.end(), window_end)
        scaled = lx.MULTIPLIER_RE.match(text, m.end(), window_end)
        money_after = lx.MONEY_RE.match(text, m.end(), window_end)
        measured = lx.MEASURE_RE.match(text, m.end(), window_end)  # "2,5 triệu tấn"
        if (follow is None or lx.fold(follow.group(1)).casefold() == word) and (
                counted is not None or measured is not None or word in ("nghìn", "ngàn", "vạn")
                or (money_after is not None and scaled is not None)):
            # "148 nghìn con", "1,2 triệu lượt khách", "84,3 nghìn tỷ đồng": a scale word,
            # kept in the unit as written
            inner = read_unit(text, m.end(), end)
            if inner is None or inner.kind in ("percent", "time"):
                return None
            written = lx.fold(text[m.start(1):m.end(1)]).lower() + " " + inner.unit
            return Unit(written, inner.kind, m.start(1), inner.end,
                        lx.MULTIPLIERS[word] * inner.multiplier, inner.base_unit,
                        inner.noun_start)
    m = lx.MONEY_RE.match(text, pos, window_end)
    if m:
        canon = lx.MONEY[lx.fold(m.group(1)).casefold()]
        base, scale = lx.MONEY_BASES.get(canon.casefold(), (canon, 1.0))
        per = _per_suffix(m.group(2))
        return Unit(canon + per, "money", m.start(1), m.end(2) or m.end(1), scale, base + per)
    m = lx.MEASURE_RE.match(text, pos, window_end)
    if m:
        base = lx.MEASURE[lx.fold(m.group(1)).casefold()]
        kind: UnitKind = "count" if base in ("điểm", "bậc") else "measure"
        unit = base + _per_suffix(m.group(2))
        return Unit(unit, kind, m.start(1), m.end(2) or m.end(1), 1, unit)
    m = lx.TIME_RE.match(text, pos, window_end)
    if m:
        rate = lx.PER_SUFFIX_RE.match(text, m.end(1), window_end)
        if rate is not None:
            # "45 lần/người/năm", "2 buổi/tuần": a rate, measured like any unit
            unit = lx.TIME[m.group(1).casefold()] + _per_suffix(rate.group())
            return Unit(unit, "measure", m.start(1), rate.end(), 1, unit)
        return Unit(lx.TIME[m.group(1).casefold()], "time", m.start(1), m.end(1))
    return read_counted_noun(text, pos, window_end)


def read_counted_noun(text: str, pos: int, end: int) -> Unit | None:
    """The head of the counted noun phrase after a number, or ``None``."""
    if lx.NOT_HEADS_RE.match(text, pos, end):
        return None
    m = lx.PLACE_LIST_HEAD_RE.match(text, pos, end)
    if m:
        head = lx.fold(" ".join(m.group(1).split()).lower())
        return Unit(head, "count", m.start(1), m.end(1))
    m = lx.HEADS_RE.match(text, pos, end)
    if m:
        head = (m.group(1) + _per_suffix(m.group(2))).lower()
        head = lx.fold(head)
        # a multi-word head that the lexicon knows beats a shorter one
        return Unit(head, "count", m.start(1), m.end(2) or m.end(1))
    m = lx.NEXT_WORDS_RE.match(text, pos, end)
    if m is None:
        return None
    words = m.group(1)
    if not words[0].islower():
        return None  # a proper name or an abbreviation: not a counted noun
    head = segment_head(words)
    if not head or lx.NOT_HEADS_RE.match(head):
        return None
    start = m.start(1)
    per = lx.PER_SUFFIX_RE.match(text, start + len(head), end)
    if per is not None:
        return Unit(head.lower() + _per_suffix(per.group()), "count", start, per.end())
    return Unit(head.lower(), "count", start, start + len(head))


# --- word segmentation (optional) ---------------------------------------------------------
_SEGMENTER: Any = None
_SEGMENTER_LOADED = False


def _segmenter() -> Any:
    global _SEGMENTER, _SEGMENTER_LOADED
    if not _SEGMENTER_LOADED:
        _SEGMENTER_LOADED = True
        from kehoach_parser.extract.indicators.crf_segmenter import load_crf_segmenter

        # underthesea's CRF model without importing underthesea (a fifth of the time and
        # memory); the package's own function when its files are not where expected
        _SEGMENTER = load_crf_segmenter()
        if _SEGMENTER is not None:
            return _SEGMENTER
        try:
            from underthesea import word_tokenize  # type: ignore[import-untyped]
        except Exception as exc:  # noqa: BLE001 - the extra is optional; any import failure
            _SEGMENTER = None
            logging.getLogger("kehoach_parser.indicators").info(
                "word segmentation off (underthesea, the 'nlp' extra, not usable: %s); "
                "counted nouns come from the lexicon", exc)
        else:
            _SEGMENTER = word_tokenize
    return _SEGMENTER


def use_segmenter(enabled: bool) -> None:
    """Turn word segmentation off (lexicon fallback) or back on; clears the cache."""
    global _SEGMENTER, _SEGMENTER_LOADED
    if enabled:
        _SEGMENTER, _SEGMENTER_LOADED = None, False
    else:
        _SEGMENTER, _SEGMENTER_LOADED = None, True
    _segmented_head.cache_clear()


@dataclass(slots=True)
class SegmenterUse:
    """One parse's word segmentation: allowed (``ParseOptions.segmenter``), and used."""

    enabled: bool = True
    used: bool = False


_USE: ContextVar[SegmenterUse | None] = ContextVar("kehoach_segmenter_use", default=None)


@contextmanager
def segmenter_scope(enabled: bool) -> Iterator[SegmenterUse]:
    """Within the block, word segmentation runs only if ``enabled``; the yielded record
    says afterwards whether it was used (installed, allowed and consulted)."""
    use = SegmenterUse(enabled)
    token = _USE.set(use)
    try:
        yield use
    finally:
        _USE.reset(token)


def _segmentation_available() -> bool:
    """Whether word segmentation can run, without loading the model when its files are
    where :mod:`crf_segmenter` reads them (otherwise: by loading it, as before)."""
    global _AVAILABLE
    if _SEGMENTER_LOADED:
        return _SEGMENTER is not None
    if _AVAILABLE is None:
        from kehoach_parser.extract.indicators.crf_segmenter import crf_model_installed

        _AVAILABLE = crf_model_installed()
    return _AVAILABLE or _segmenter() is not None


_AVAILABLE: bool | None = None


def segment_head(words: str) -> str:
    """The first word (possibly several syllables) of ``words`` as a segmenter sees it."""
    use = _USE.get()
    if (use is not None and not use.enabled) or not _segmentation_available():
        return words.split()[0]
    if use is not None:
        use.used = True
    return _segmented_head(words)


def stored_head(words: str) -> str | None:
    """The segmenter's first word of ``words`` from its stored decisions
    (:mod:`~kehoach_parser.lang.vi.segmented_heads`), or ``None`` when none covers it."""
    from kehoach_parser.lang.vi.segmented_heads import BY_PHRASE, BY_PREFIX

    syllables = words.split()
    if len(syllables) < 2:
        # one syllable is one token of the segmenter's (its own first word) unless a hyphen
        # starts or ends it ("kinh-": "kinh", "-")
        one = syllables[0] if syllables else ""
        return one if one[:1].isalpha() and one[-1:].isalpha() else None
    n = BY_PHRASE.get(" ".join(syllables))
    key = syllables[0]
    for k in range(1, len(syllables) - 1):
        if n is not None:
            break
        key += " " + syllables[k]
        n = BY_PREFIX.get(key)
    if n is None:
        return None
    head = " ".join(syllables[:n])
    return head if words.startswith(head) else syllables[0]


@lru_cache(maxsize=4096)
def _segmented_head(words: str) -> str:
    first_syllable = words.split()[0]
    known = stored_head(words)
    if known is not None:
        return known
    seg = _segmenter()
    if seg is None:
        return first_syllable
    try:
        tokens = seg(words)
    except Exception:  # noqa: BLE001 - never let the optional extra break a parse
        return first_syllable
    if not tokens:
        return first_syllable
    head = str(tokens[0])
    if not words.startswith(head) or any(ch.isdigit() for ch in head):
        return first_syllable
    return head
