"""The indicator stage's plumbing reads what the plain readings read (issue 15): the
bracket spans from the brackets alone, the status words from the tokens that open a
phrase, each compared with a character-by-character reading on random texts."""

from __future__ import annotations

import random

import pytest

from kehoach_parser.extract.indicators import status
from kehoach_parser.extract.indicators.clauses import _ENUM_ONLY_RE, paren_spans
from kehoach_parser.lang.vi.status_words import STATUS_CUES

Span = tuple[int, int]


def _paren_spans_by_character(text: str, s: int, e: int) -> list[Span]:
    out: list[Span] = []
    depth, open_at = 0, -1
    for i in range(s, e):
        ch = text[i]
        if ch == "(":
            if depth == 0:
                open_at = i
            depth += 1
        elif ch == ")" and depth > 0:
            depth -= 1
            if depth == 0:
                inner = text[open_at:i + 1]
                if any(c.isdigit() for c in inner) and not _ENUM_ONLY_RE.fullmatch(inner):
                    out.append((open_at, i + 1))
    if depth > 0 and open_at >= 0 and any(c.isdigit() for c in text[open_at:e]):
        out.append((open_at, e))
    return out


def test_bracket_spans_match_a_reading_of_every_character() -> None:
    rng = random.Random(15)
    pieces = ["(", ")", "(1)", "(%)", "5", "²", "٣", " ", "a", "tăng", "(còn 2,42%", "))"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        s = rng.randint(0, len(text))
        e = rng.randint(s, len(text))
        assert paren_spans(text, s, e) == _paren_spans_by_character(text, s, e), (text, s, e)


def _cues_token_by_token(text: str, s: int, e: int) -> list[tuple[int, int, tuple[str, ...]]]:
    spans, toks = [], []
    for m in status._TOKEN_RE.finditer(text, s, e):
        spans.append(m.span())
        toks.append(m.group().casefold())
    out = []
    i = 0
    while i < len(toks):
        for rest, groups in status._BY_FIRST_WORD.get(toks[i], []):
            k = len(rest)
            if toks[i + 1:i + 1 + k] == rest:
                out.append((spans[i][0], spans[i + k][1], groups))
                i += k
                break
        i += 1
    return out


def test_status_words_match_a_reading_token_by_token() -> None:
    rng = random.Random(15)
    words = [w for phrases in STATUS_CUES.values() for p in phrases for w in p.split()]
    words += ["ĐÃ", "Đạt", "ΑΣ", "ß", "năm", "2025", "x.y", ",", ";", "\n", "  "]
    found = 0
    for _ in range(2000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 20)))
        expected = _cues_token_by_token(text, 0, len(text))
        assert status._find_cues(text, 0, len(text)) == expected, text
        found += len(expected)
    assert found > 1000  # the texts do hold status words


def test_status_words_read_in_small_batches_match_one_pass(monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """The tokens are read in batches (issue 15: memory); a phrase across a batch's end, or
    covering the first tokens of the next batch, is found once, as in one pass."""
    rng = random.Random(18)
    words = [w for phrases in STATUS_CUES.values() for p in phrases for w in p.split()]
    words += ["năm", "2025", ",", "\n"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 60))) for _ in range(600)]
    expected = [_cues_token_by_token(t, 0, len(t)) for t in texts]
    assert sum(map(len, expected)) > 1000
    for batch in (1, 2, 3, 7):
        monkeypatch.setattr(status, "_CUE_BATCH", batch)
        for text, want in zip(texts, expected, strict=True):
            assert status._find_cues(text, 0, len(text)) == want, (batch, text)
