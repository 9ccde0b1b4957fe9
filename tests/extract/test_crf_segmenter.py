"""underthesea's CRF segmenter run without underthesea (crf_segmenter.py) gives underthesea's
words, and a cold process that segments does not import underthesea."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from kehoach_parser.extract.indicators import crf_segmenter

ROOT = Path(__file__).resolve().parents[2]

underthesea = pytest.importorskip(
    "underthesea", reason="the 'nlp' extra (underthesea) is not installed: nothing to compare")

# the phrases the parser segments: up to six words of letters and hyphens after a blank
_PHRASE = regex.compile(r"\s+((?:[\p{L}][\p{L}\-]*)(?:\s+[\p{L}][\p{L}\-]*){0,5})")


@pytest.fixture(scope="module")
def segmenter() -> crf_segmenter.CrfSegmenter:
    seg = crf_segmenter.load_crf_segmenter()
    assert seg is not None, "underthesea is installed but its model files were not found"
    return seg


def _phrases() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    found = {m.group(1) for t in texts for m in _PHRASE.finditer(t, overlapped=True)}
    return sorted(found)


def test_same_words_as_underthesea_on_every_phrase_of_the_seeds(
        segmenter: crf_segmenter.CrfSegmenter) -> None:
    phrases = _phrases()
    assert len(phrases) > 5_000
    differ = [p for p in phrases if segmenter(p) != underthesea.word_tokenize(p)]
    assert differ == []


def test_same_words_on_odd_letters_blanks_and_hyphens(
        segmenter: crf_segmenter.CrfSegmenter) -> None:
    pieces = ["đại", "biểu", "NĐ-CP", "e-mail", "-", "--", "ð", "Ð", "uỷ", "viên", "\x1c",
              "\u00a0", "\u2028", "\t", "nghành", "ʺ", "a-", "-b", "Hà", "x-y-z", "ß", "e\u0301",
              "12", "3,5", "(", ".", "tỷ", "đồng/ha"]
    rnd = random.Random(15)
    for _ in range(2_000):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " "])
                       for _ in range(rnd.randint(1, 8)))
        assert segmenter(text) == underthesea.word_tokenize(text), text


def test_tokens_outside_letters_hyphens_and_blanks_are_left_to_underthesea(
        segmenter: crf_segmenter.CrfSegmenter) -> None:
    assert segmenter.tokens("186 đại biểu") is None
    assert segmenter.tokens("đại biểu, khách mời") is None
    assert segmenter.tokens("đại  biểu\tkhách-mời") == ["đại", "biểu", "khách-mời"]
    assert segmenter("186 đại biểu") == underthesea.word_tokenize("186 đại biểu")


def test_a_cold_process_segments_without_importing_underthesea() -> None:
    code = ("import sys; from kehoach_parser.extract.indicators import units; "
            "print(units.segment_head('đại biểu tham dự'), 'underthesea' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout.split()
    assert out == ["đại", "biểu", "False"]


def test_no_segmenter_without_the_model_files(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crf_segmenter, "_underthesea_dir", lambda: tmp_path)
    assert crf_segmenter.load_crf_segmenter() is None
