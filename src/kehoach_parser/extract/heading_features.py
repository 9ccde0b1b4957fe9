"""Features of a numbered line for the learned heading decision (heading or item).

``scripts/train_heading_model.py`` fits a logistic regression over these features on the real
corpus's train split and compares it with the rules of ``outline.py`` on the dev split.  The
rules won (``docs/models.md``), so the parser decides with the rules; the features and the
training script stay to repeat the comparison as the corpus grows.
"""

from __future__ import annotations

import regex

from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lang.vi.sections import (
    ACTION_OPENERS,
    ADDRESSEE_HEADS,
    REQUEST_OPENERS,
    TARGET_WORDS,
    TOPIC_MAX_WORDS,
    TOPIC_OPENERS,
)
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.capitals import all_capitals
from kehoach_parser.text.lines import Label


def _opening(words: tuple[str, ...]) -> regex.Pattern[str]:
    """A case-insensitive pattern for a line that opens with one of ``words`` (longest
    first, whole words)."""
    return lazy_compile("(?i)" + alternation(words, boundary="end"))


#: Lines opening with an action, a request, or the name of a body addressed by a request;
#: shared with the outline's rules (``outline.py``).
ACTION_RE = _opening(ACTION_OPENERS)
REQUEST_RE = _opening(REQUEST_OPENERS)
ADDRESSEE_RE = _opening(ADDRESSEE_HEADS)
#: What a line about a topic starts with ("về …", "đối với …"), for ``str.startswith``.
TOPIC_PREFIXES = tuple(f"{w} " for w in TOPIC_OPENERS)
_TARGET_WORDS_RE = lazy_compile("(?i)" + alternation(TARGET_WORDS, boundary="both"))


def _bucket(n: int) -> str:
    for limit, name in ((3, "1-3"), (8, "4-8"), (16, "9-16"), (30, "17-30")):
        if n <= limit:
            return name
    return "31+"


_DIGIT_RE = lazy_compile(r"\d")


def heading_features(label: Label, level: int, rest: str, next_rel: str, prev_rel: str,
                     rule_heading: bool) -> tuple[str, ...]:
    """The binary features of one numbered line (names, present or absent)."""
    text = rest.strip()
    words = len(text.split())
    colon = text.find(":")
    body_after = 0 < colon < len(text) - 1 and bool(text[colon + 1:].strip())
    topic = text[:colon].strip() if body_after else text
    end = text[-1:] if text else ""
    feats = [
        f"style={label.style_key}", f"level={min(level, 4)}", f"words={_bucket(words)}",
        f"end={end if end in '.;:,)' else ('alnum' if end.isalnum() else 'other')}",
        f"next={next_rel}", f"prev={prev_rel}", f"rule={'heading' if rule_heading else 'item'}",
        f"rule_next={'heading' if rule_heading else 'item'}|{next_rel}",
        f"style_next={label.style_key}|{next_rel}",
    ]
    if label.bullet:
        feats.append("bulleted")
    if text and all_capitals(text, min_letters=2):
        feats.append("capitals")
    if text[:1].isupper():
        feats.append("starts_upper")
    if body_after:
        feats.append("colon_body")
        feats.append(f"topic_words={_bucket(len(topic.split()))}")
        if len(topic.split()) <= TOPIC_MAX_WORDS:
            feats.append("topic_short")
    if ACTION_RE.match(text):
        feats.append("opens_action")
    req = REQUEST_RE.match(text)
    if req:
        feats.append("opens_request")
        if ADDRESSEE_RE.match(text[req.end():].strip()):
            feats.append("request_names_body")
    if text.casefold().startswith(TOPIC_PREFIXES):
        feats.append("about_topic")
    if _DIGIT_RE.search(text):
        feats.append("has_digit")
    if "%" in text:
        feats.append("has_percent")
    if _TARGET_WORDS_RE.search(text):
        feats.append("target_words")
    if ". " in text[:-1]:
        feats.append("several_sentences")
    return tuple(feats)


__all__ = ["ACTION_RE", "ADDRESSEE_RE", "REQUEST_RE", "heading_features"]
