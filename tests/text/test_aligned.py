from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach_parser.text.aligned import AlignedText


def test_same_length_replacement_keeps_one_to_one_alignment() -> None:
    a = AlignedText("phân đấu đạt").apply([(0, 4, "phấn")])
    assert a.text == "phấn đấu đạt"
    assert a.to_original((1, 3)) == (1, 3)


def test_deletion_and_replacement_map_back_to_whole_source_range() -> None:
    src = "năng suất $\\geq 65$ tạ"
    body = src.index("\\geq")
    edits = [(src.index("$"), src.index("$") + 1, ""), (body, body + 5, "≥ "),
             (src.rindex("$"), src.rindex("$") + 1, "")]
    a = AlignedText(src).apply(edits)
    assert a.text == "năng suất ≥ 65 tạ"
    i = a.text.index("≥")
    assert src[slice(*a.to_original((i, i + 1)))] == "\\geq "
    j = a.text.index("65")
    assert src[slice(*a.to_original((j, j + 2)))] == "65"


def test_composition_of_two_passes() -> None:
    a = AlignedText("a**bc**d").apply([(1, 3, ""), (5, 7, "")])
    assert a.text == "abcd"
    b = a.apply([(1, 3, "XY")])
    assert b.text == "aXYd"
    assert b.to_original((1, 3)) == (3, 5)


def test_overlapping_edits_are_rejected() -> None:
    with pytest.raises(ValueError):
        AlignedText("abcdef").apply([(0, 3, ""), (2, 4, "")])


def test_empty_span_maps_to_a_point() -> None:
    a = AlignedText("xyz").apply([(0, 1, "")])
    assert a.to_original((0, 0)) == (1, 1)
    assert a.to_original((2, 2)) == (3, 3)


@given(
    st.text(alphabet="abcdếđ \n*#", min_size=1, max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 3), st.text("xyz", max_size=3)),
             max_size=6),
)
def test_unchanged_characters_map_to_themselves(src: str, raw: list[tuple[int, int, str]]) -> None:
    edits: list[tuple[int, int, str]] = []
    pos = 0
    for start, length, rep in sorted(raw):
        s = max(start, pos)
        e = min(s + length, len(src))
        if s > len(src):
            break
        edits.append((s, e, rep))
        pos = e
    a = AlignedText(src).apply(edits)
    touched = set()
    for s, e, _ in edits:
        touched.update(range(s, e))
    # every output character that was not produced by an edit maps back to an equal char
    for i, ch in enumerate(a.text):
        os, oe = a.to_original((i, i + 1))
        if oe - os == 1 and os not in touched:
            assert src[os] == ch


def _reference_apply(text: str, spans: list[tuple[int, int]],
                     edits: list[tuple[int, int, str]]) -> tuple[str, list[tuple[int, int]]]:
    """The alignment rules over a plain list of (start, end) per character (the simple
    version the compact arrays must agree with)."""
    out_text: list[str] = []
    out: list[tuple[int, int]] = []
    pos = 0
    for s, e, rep in sorted(edits, key=lambda x: (x[0], x[1])):
        out_text.append(text[pos:s])
        out.extend(spans[pos:s])
        if len(rep) == e - s:
            out.extend(spans[s:e])
        elif e > s:
            out.extend([(spans[s][0], spans[e - 1][1])] * len(rep))
        else:
            p = spans[s][0] if s < len(text) else (spans[-1][1] if text else 0)
            out.extend([(p, p)] * len(rep))
        out_text.append(rep)
        pos = e
    out_text.append(text[pos:])
    out.extend(spans[pos:])
    return "".join(out_text), out


def _edits(text_len: int, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    pos = 0
    for start, length, rep in sorted(raw):
        s = max(start, pos)
        if s > text_len:
            break
        e = min(s + length, text_len)
        edits.append((s, e, rep))
        pos = e
    return edits


_RAW_EDITS = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 4), st.text("xyz", max_size=4)),
                      max_size=5)


@given(st.text(alphabet="abcdếđ \n*", max_size=30), st.lists(_RAW_EDITS, max_size=3))
def test_offset_map_agrees_with_a_list_of_spans(src: str,
                                                passes: list[list[tuple[int, int, str]]]) -> None:
    aligned = AlignedText(src)
    text, spans = src, [(i, i + 1) for i in range(len(src))]
    for raw in passes:
        edits = _edits(len(text), raw)
        aligned = aligned.apply(edits)
        text, spans = _reference_apply(text, spans, edits)
    assert aligned.text == text
    n = len(text)
    for s in range(n + 1):
        for e in range(s, n + 1):
            if s < e:
                want = (spans[s][0], spans[e - 1][1])
            else:
                p = spans[s][0] if s < n else (spans[-1][1] if n else 0)
                want = (p, p)
            assert aligned.to_original((s, e)) == want


def test_offset_map_is_kept_as_runs_between_edits() -> None:
    # issue 15 (memory): a run per stretch between edits, not two offsets per character
    a = AlignedText("x" * 1_000_000).apply([(10, 20, "y")])
    assert len(a._at) == 3
    assert a.to_original((0, 10)) == (0, 10)
    assert a.to_original((10, 11)) == (10, 20)
    assert a.to_original((11, 12)) == (20, 21)
    assert a.to_original((len(a.text) - 1, len(a.text))) == (999_999, 1_000_000)
    # a same-length edit keeps one run; adjacent stretches of one source merge again
    b = AlignedText("abcdef").apply([(2, 4, "XY")])
    assert len(b._at) == 1 and b.to_original((1, 5)) == (1, 5)


@pytest.mark.parametrize("n", [0, 1, 7, 5000, 300_000])
def test_a_fresh_text_maps_every_character_to_itself(n: int) -> None:
    a = AlignedText("x" * n)
    assert [a.to_original((i, i + 1)) for i in range(n)] == [(i, i + 1) for i in range(n)]
    assert a.to_original((n, n)) == (n, n)
    assert len(a._at) == (1 if n else 0)


def _least_and_greatest(a: AlignedText, s: int, e: int) -> tuple[int, int]:
    """The original of ``text[s:e]`` by brute force: the least start and greatest end
    over its characters."""
    return (min(a._start_of(i) for i in range(s, e)), max(a._end_of(i) for i in range(s, e)))


@given(st.data())
def test_a_rearranged_text_maps_every_span_to_its_least_and_greatest_original(
        data: st.DataObject) -> None:
    # (R17c finding 3: only a span that meets the rearranged pieces walks their runs)
    n = data.draw(st.integers(6, 40))
    text = AlignedText("".join(chr(97 + i % 26) for i in range(n)))
    cuts = sorted(data.draw(st.sets(st.integers(1, n - 1), min_size=2, max_size=6)))
    bounds = [0, *cuts, n]
    pieces: list[tuple[int, int, str | None]] = [
        (lo, hi, None) for lo, hi in pairwise(bounds)]
    pieces = data.draw(st.permutations(pieces))
    if data.draw(st.booleans()):
        pieces.insert(data.draw(st.integers(0, len(pieces))), (cuts[0], cuts[0], " | "))
    out = text.rearrange(pieces)
    for _ in range(data.draw(st.integers(0, 2))):
        m = len(out.text)
        s = data.draw(st.integers(0, m))
        e = data.draw(st.integers(s, min(m, s + 4)))
        out = out.apply([(s, e, data.draw(st.sampled_from(["", "x", "xyz", "ab"])))])
    m = len(out.text)
    for s in range(m):
        for e in range(s + 1, m + 1):
            assert out.to_original((s, e)) == _least_and_greatest(out, s, e)


def test_a_span_away_from_the_rearranged_pieces_maps_by_its_ends() -> None:
    # (R17c finding 3) the pieces out of order are "cd" and "ab" only
    out = AlignedText("ab\ncd\nef gh").rearrange([(3, 5, None), (0, 2, None), (5, 11, None)])
    assert out.text == "cdab\nef gh"
    assert out._mixed == (1, 3)  # "d" and "a", whose originals go back
    assert out.to_original((5, 10)) == (6, 11)
    assert out.to_original((2, 6)) == (0, 7)
    later = out.apply([(0, 0, "> "), (4, 5, "\n\n")])
    assert later.text == "> cdab\n\nef gh"
    assert later._mixed == (3, 5)
    assert later.to_original((8, 13)) == (6, 11)
    assert later.to_original((2, 13)) == (0, 11)
    # in order: nothing to walk; a text never rearranged has no range at all
    assert AlignedText("ab cd").rearrange([(0, 2, None), (2, 5, None)])._mixed == (0, 0)
    assert AlignedText("ab cd").apply([(0, 1, "x")])._mixed is None
