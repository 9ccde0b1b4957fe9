"""When a predicted record counts as the gold record: the evaluation rules, implemented once.

The rules (also in ``docs/evaluation.md``):

* indicators — value, value_max and comparator equal; units compatible (equal canonical
  units, or for counted nouns one is a word-prefix of the other); names overlap with token
  F1 ≥ 0.5.  Among candidates the best name overlap wins.
* dates — equal ``value``.
* references — equal normalised number (spaces removed, dashes unified, case folded).
* sections — equal label and equal normalised title.
* recipients — equal normalised string.
* metadata — per field, equal normalised value.

Strings are compared after :func:`norm_text`: NFC, whitespace folded, old-style tone
placement folded ("hoá" = "hóa"), typographic quotes unified.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

import regex

from kehoach_parser.lang.vi.orthography import TONE_PLACEMENT
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.overlap import multiset_f1, word_tokens

Record = dict[str, Any]
Pair = tuple[int, int]  # (gold index, predicted index)

_WS_RE = lazy_compile(r"\s+")
_TONE_RE = lazy_compile("(?i)(?<!q)(" + alternation(TONE_PLACEMENT, boundary="end") + ")")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def _fold_tone(m: regex.Match[str]) -> str:
    pair = m.group()
    new = TONE_PLACEMENT[pair.lower()]
    return "".join(n.upper() if p.isupper() else n for p, n in zip(pair, new, strict=True))


def norm_text(value: object) -> str | None:
    """Normalise a string for comparison (None stays None)."""
    if value is None:
        return None
    s = unicodedata.normalize("NFC", str(value)).translate(_QUOTES)
    s = _TONE_RE.sub(_fold_tone, s)
    return _WS_RE.sub(" ", s).strip()


def tokens(value: str | None) -> list[str]:
    return word_tokens(norm_text(value))


def token_f1(a: str | None, b: str | None) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta and not tb:
        return 1.0
    return multiset_f1(ta, tb)


def same_number(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        fa, fb = float(a), float(b)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return math.isclose(fa, fb, rel_tol=1e-9, abs_tol=1e-9)


def units_compatible(a: str | None, b: str | None) -> bool:
    """Equal canonical units, or counted nouns where one is a word-prefix of the other."""
    if a is None or b is None:
        return a is None and b is None
    na, nb = (norm_text(a) or "").casefold(), (norm_text(b) or "").casefold()
    if na == nb:
        return True
    wa, wb = na.split(), nb.split()
    if not wa or not wb or not all(w.isalpha() for w in wa + wb):
        return False  # symbols and compound units ("%", "tạ/ha") must be equal
    shorter, longer = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return longer[: len(shorter)] == shorter


def norm_reference_number(number: str | None) -> str | None:
    if number is None:
        return None
    s = unicodedata.normalize("NFC", number).translate(_QUOTES)
    return _WS_RE.sub("", s).casefold()


def indicator_score(gold: Record, pred: Record) -> float | None:
    """Name overlap if ``pred`` may match ``gold`` under the indicator rule, else None."""
    if gold.get("comparator") != pred.get("comparator"):
        return None
    if not same_number(gold.get("value"), pred.get("value")):
        return None
    if not same_number(gold.get("value_max"), pred.get("value_max")):
        return None
    if not units_compatible(gold.get("unit"), pred.get("unit")):
        return None
    f1 = token_f1(gold.get("name"), pred.get("name"))
    return f1 if f1 >= 0.5 else None


def value_score(gold: Record, pred: Record) -> float | None:
    """1 if ``pred`` has ``gold``'s value, upper bound and a compatible unit, else None."""
    if not same_number(gold.get("value"), pred.get("value")):
        return None
    if not same_number(gold.get("value_max"), pred.get("value_max")):
        return None
    return 1.0 if units_compatible(gold.get("unit"), pred.get("unit")) else None


def match_greedy(
    gold: Sequence[Record],
    pred: Sequence[Record],
    score: Callable[[Record, Record], float | None],
) -> list[Pair]:
    """One-to-one matching: best scores first, ties broken by closeness in document order."""
    candidates: list[tuple[float, int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s = score(g, p)
            if s is not None:
                # relative position distance keeps repeated records in order
                dist = abs(gi / max(len(gold), 1) - pi / max(len(pred), 1))
                candidates.append((-s, int(dist * 1e6), gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[Pair] = []
    for _neg, _dist, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    pairs.sort()
    return pairs


def key_scorer(key: Callable[[Record], object]) -> Callable[[Record, Record], float | None]:
    """A scorer that matches records with equal keys (all such matches score 1)."""

    def score(g: Record, p: Record) -> float | None:
        kg = key(g)
        return 1.0 if kg is not None and kg == key(p) else None

    return score


def date_key(r: Record) -> object:
    return r.get("value")


def reference_key(r: Record) -> object:
    return norm_reference_number(r.get("number"))


def section_key(r: Record) -> object:
    title = norm_text(r.get("title"))
    return (str(r.get("label")), title.casefold() if title else None)


def recipient_key(r: Record) -> object:
    return norm_text(r.get("text"))
