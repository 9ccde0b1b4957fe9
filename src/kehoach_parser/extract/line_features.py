"""Features of every line of a document for a learned line-role model.

:func:`line_features` gives, for each line of a text, a tuple of binary feature names:

* the line's shape: its numbering label (``extract`` reads it with
  :func:`~kehoach_parser.text.lines.read_label`), its share of capitals, its length in words
  and against the document's own line lengths (the median and the wrap width, taken as the
  90th percentile), its final character, its share of digits, "%", table cells (``|``,
  tabs);
* where it stands: tenth of the document, lines from the top and from the end (counting
  only lines with a letter or a digit), a blank line before or after it;
* words of ``lang/vi`` it holds: the national motto, a document type alone or opening the
  line, a body name opening it, "Số", a place-date ("ngày … tháng … năm"), "Nơi nhận",
  "Lưu", an authority prefix ("KT.", "TM."), a position ("CHỦ TỊCH"), target words
  ("phấn đấu", "đạt"), a body paragraph's opener ("Căn cứ"), "Kính gửi", a letter's
  subject ("V/v", "Về việc"), a name's shape (two to five capitalised words);
* what was seen above it: a type line, a "Nơi nhận" line;
* the shape and vocabulary features of the previous and next lines (prefixed ``p:`` and
  ``n:``).

Lines without a letter or a digit get an empty tuple (they take no role).  The features
read nothing but the text, so a model over them is independent of the rules it is compared
with.  Work is linear in the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from kehoach_parser.lang.vi.abbreviations import BODY_HEADS
from kehoach_parser.lang.vi.date_words import DAY_WORD, MONTH_WORD, YEAR_WORD
from kehoach_parser.lang.vi.doc_types import HEADER_DOC_TYPES
from kehoach_parser.lang.vi.header_words import (
    BODY_OPENERS,
    LETTER_OPENERS,
    NATIONAL_LINES,
    NUMBER_WORD_FORMS,
)
from kehoach_parser.lang.vi.line_words import SUBJECT_LINE_OPENERS
from kehoach_parser.lang.vi.recipients import ARCHIVE_OPENERS, RECIPIENTS_OPENERS
from kehoach_parser.lang.vi.sections import TARGET_WORDS
from kehoach_parser.lang.vi.signatures import AUTHORITY_PREFIXES, POSITION_WORDS
from kehoach_parser.text.folded import fold
from kehoach_parser.text.lines import read_label

__all__ = ["line_features"]

#: Features of a neighbour that are copied (prefixed) onto a line.
_SHARED_PREFIXES: Final = ("label=", "caps=", "words=", "end=", "voc:", "rel_len=", "digits=")
#: Two to five words, each opening with a capital: the shape of a signer's name.
NAME_MAX_WORDS: Final = 5


def _phrases(words: Sequence[str]) -> tuple[str, ...]:
    """Phrases as space-joined folded words, for matching against a line's folded words."""
    return tuple(" ".join(fold(w) for w in p.split()) for p in words)


_MOTTO = _phrases(NATIONAL_LINES)
_MOTTO_WORDS = frozenset(w for p in _MOTTO for w in p.split())
_DOC_TYPES = _phrases(HEADER_DOC_TYPES)
_BODY_HEADS = tuple(BODY_HEADS)  # upper case, matched with marks (SỞ is not SỐ)
_RECIPIENTS = _phrases(RECIPIENTS_OPENERS)
_ARCHIVE = _phrases(ARCHIVE_OPENERS)
_NUMBER = _phrases(NUMBER_WORD_FORMS)
_POSITIONS = tuple(POSITION_WORDS)  # upper case, matched with marks
_TARGETS = _phrases(TARGET_WORDS)
_BODY_OPENERS = _phrases(BODY_OPENERS)
_LETTER = _phrases(LETTER_OPENERS)
_AUTHORITY = tuple(fold(p) for p in AUTHORITY_PREFIXES)
_DATE = _phrases((DAY_WORD, MONTH_WORD, YEAR_WORD))
_SUBJECT = _phrases(SUBJECT_LINE_OPENERS)


def _words(text: str) -> list[str]:
    """The line's words, folded (letters and digits only)."""
    return [w for w in (fold(t) for t in text.split()) if w]


def _opens(joined: str, phrases: tuple[str, ...]) -> bool:
    return any(joined == p or joined.startswith(p + " ") for p in phrases)


def _holds(joined: str, phrases: tuple[str, ...]) -> bool:
    padded = f" {joined} "
    return any(f" {p} " in padded for p in phrases)


def _bucket(value: float, limits: Sequence[float], names: Sequence[str]) -> str:
    for limit, name in zip(limits, names, strict=False):
        if value <= limit:
            return name
    return names[-1]


def _caps(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "none"
    share = sum(c.isupper() for c in letters) / len(letters)
    return _bucket(share, (0.0, 0.15, 0.5, 0.95), ("0", "low", "some", "most", "all"))


def _vocabulary(text: str, words: list[str]) -> list[str]:
    joined = " ".join(words)
    out: list[str] = []
    if words and all(w in _MOTTO_WORDS for w in words):
        out.append("voc:motto_words")
    if _holds(joined, _MOTTO):
        out.append("voc:motto")
    if joined in _DOC_TYPES:
        out.append("voc:doc_type_only")
    elif _opens(joined, _DOC_TYPES):
        out.append("voc:opens_doc_type")
    upper = " ".join("".join(c for c in t if c.isalnum() or c in "-&") for t in
                     text.upper().split())
    if _opens(upper, _BODY_HEADS):
        out.append("voc:opens_body")
    if _opens(joined, _NUMBER) and any(c.isdigit() for c in text):
        out.append("voc:number_line")
    if all(_holds(joined, (d,)) for d in _DATE):
        out.append("voc:date_words")
    if _opens(joined, _RECIPIENTS):
        out.append("voc:recipients")
    if _opens(joined, _ARCHIVE):
        out.append("voc:archive")
    head = text.strip(" |*-\t").upper()
    if any(fold(head.split(".")[0].split(" ")[0]) == a for a in _AUTHORITY) \
            and ("." in head[:5] or "/" in head[:4]):
        out.append("voc:authority")
    if _holds(upper, _POSITIONS):
        out.append("voc:position")
    if _holds(joined, _TARGETS):
        out.append("voc:target_words")
    if _opens(joined, _BODY_OPENERS):
        out.append("voc:body_opener")
    if _opens(joined, _LETTER):
        out.append("voc:letter")
    if _opens(joined, _SUBJECT):
        out.append("voc:subject")
    tokens = text.split()
    if 2 <= len(tokens) <= NAME_MAX_WORDS and all(t[:1].isupper() and t[1:].islower()
                                                  for t in tokens):
        out.append("voc:name_shape")
    return out


def _own(text: str, median: float, wrap: float) -> list[str]:
    """Shape and vocabulary features of one line (no position, no neighbours)."""
    s = text.strip()
    label = read_label(s)
    words = _words(s)
    feats = [f"label={label.style_key if label else 'none'}", f"caps={_caps(s)}",
             "words=" + _bucket(len(s.split()), (1, 3, 8, 16, 30), ("1", "2-3", "4-8", "9-16",
                                                                    "17-30", "31+"))]
    if label is not None and label.bullet:
        feats.append("label_bullet")
    n = len(s)
    feats.append("rel_len=" + _bucket(n / median if median else 1.0, (0.25, 0.5, 0.9, 1.1, 2.0),
                                      ("xs", "s", "m", "med", "l", "xl")))
    if wrap and n >= 0.85 * wrap:
        feats.append("near_wrap")
    end = s.rstrip(" |")[-1:]
    feats.append("end=" + (end if end in ".;:,)/" else "alnum" if end.isalnum() else "other"))
    digits = sum(c.isdigit() for c in s)
    feats.append("digits=" + _bucket(digits / max(n, 1), (0.0, 0.1, 0.3), ("0", "few", "some",
                                                                             "many")))
    if "%" in s:
        feats.append("percent")
    if s.count("|") >= 2:
        feats.append("pipes")
    if "\t" in text:
        feats.append("tab")
    feats.extend(_vocabulary(s, words))
    # conjunctions a linear model cannot form itself
    shape = feats[0].partition("=")[2]
    feats.extend((f"label_caps={shape}|{feats[1].partition('=')[2]}",
                  f"label_end={shape}|{end if end in '.:;' else 'x'}",
                  f"label_words={shape}|{feats[2].partition('=')[2]}"))
    if digits and "voc:target_words" in feats:
        feats.append("target_with_number")
    return feats


def _percentile(values: list[int], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return float(ordered[min(int(q * len(ordered)), len(ordered) - 1)])


def line_features(lines: Sequence[str]) -> list[tuple[str, ...]]:
    """The features of every line of ``lines`` (one document, in order); empty for a line
    without a letter or a digit."""
    live = [i for i, t in enumerate(lines) if any(c.isalnum() for c in t)]
    lengths = [len(lines[i].strip()) for i in live]
    median, wrap = _percentile(lengths, 0.5), _percentile(lengths, 0.9)
    own = {i: _own(lines[i], median, wrap) for i in live}
    out: list[tuple[str, ...]] = [() for _ in lines]
    seen_type = seen_recipients = False
    total = len(live)
    for k, i in enumerate(live):
        feats = list(own[i])
        feats.append(f"tenth={min(10 * k // max(total, 1), 9)}")
        feats.append("top=" + _bucket(k, (0, 2, 5, 10, 20, 40), ("0", "1-2", "3-5", "6-10",
                                                                 "11-20", "21-40", "41+")))
        feats.append("end_dist=" + _bucket(total - 1 - k, (0, 2, 5, 10, 20), ("0", "1-2", "3-5",
                                                                              "6-10", "11-20",
                                                                              "21+")))
        if i > 0 and not lines[i - 1].strip():
            feats.append("blank_before")
        if i + 1 < len(lines) and not lines[i + 1].strip():
            feats.append("blank_after")
        if seen_type:
            feats.append("after_type_line")
        if seen_recipients:
            feats.append("after_recipients_line")
        for prefix, j in (("p:", k - 1), ("n:", k + 1)):
            if 0 <= j < total:
                feats.extend(prefix + f for f in own[live[j]] if f.startswith(_SHARED_PREFIXES))
            else:
                feats.append(prefix + "none")
        if "voc:doc_type_only" in own[i] or ("voc:opens_doc_type" in own[i]
                                             and "caps=all" in own[i]):
            seen_type = True
        if "voc:recipients" in own[i]:
            seen_recipients = True
        out[i] = tuple(feats)
    return out
