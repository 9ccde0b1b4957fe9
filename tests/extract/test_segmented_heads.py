"""The segmenter's stored decisions (lang/vi/segmented_heads.py, issue 15: cold start): how a
phrase is looked up, that they are the CRF's own, and that a parse of a corpus plan needs no
model while an unknown phrase still gets one."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from kehoach_parser.extract.indicators import units
from kehoach_parser.lang.vi import segmented_heads

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(segmented_heads, "BY_PREFIX", {"chỉ tiêu kinh": 2, "hệ sinh thái": 3,
                                                       "cử tri": 1})
    monkeypatch.setattr(segmented_heads, "BY_PHRASE", {"nhiệm kỳ": 2})


@pytest.mark.usefixtures("table")
def test_a_prefix_entry_covers_longer_phrases_only() -> None:
    assert units.stored_head("chỉ tiêu kinh tế") == "chỉ tiêu"
    assert units.stored_head("chỉ tiêu kinh") is None  # the key itself is no longer phrase
    assert units.stored_head("chỉ tiêu xã hội") is None  # another continuation: the CRF
    assert units.stored_head("cử tri tham dự") == "cử"


@pytest.mark.usefixtures("table")
def test_a_whole_phrase_entry_and_a_single_syllable() -> None:
    assert units.stored_head("nhiệm kỳ") == "nhiệm kỳ"
    assert units.stored_head("nhiệm kỳ tới") is None
    assert units.stored_head("hộ") == "hộ"
    assert units.stored_head("kinh-tế") == "kinh-tế"  # one token of the segmenter's
    assert units.stored_head("kinh-") is None  # two tokens: the segmenter decides
    assert units.stored_head("-xã") is None


@pytest.mark.usefixtures("table")
def test_a_head_across_other_blanks_is_the_first_syllable_as_the_segmenter_gives_it() -> None:
    # the segmenter's words are joined by one space: a head that is not the text as written
    # falls back to the first syllable (units._segmented_head does the same)
    assert units.stored_head("hệ sinh\nthái nông nghiệp") == "hệ"
    assert units.stored_head("hệ sinh thái nông nghiệp") == "hệ sinh thái"


@pytest.mark.slow
def test_the_stored_heads_cover_the_corpus_as_the_segmenter_decides() -> None:
    # not byte for byte (``build_head_lexicon.py --check`` is): a text added to the corpus
    # or a change in what the parser asks leaves a few phrases to the model, which is safe
    pytest.importorskip("underthesea", reason="the 'nlp' extra (underthesea) is not installed")
    spec = importlib.util.spec_from_file_location(
        "build_head_lexicon", ROOT / "scripts" / "build_head_lexicon.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    found = build.phrases(build.corpus_texts())
    stored = {words: units.stored_head(words) for words in found}
    covered = {words: head for words, head in stored.items() if head is not None}
    assert len(covered) >= 0.95 * len(found)
    from kehoach_parser.extract.indicators.crf_segmenter import load_crf_segmenter

    seg = load_crf_segmenter()
    assert seg is not None
    for words, head in covered.items():
        first = seg(words)[0]  # the model's first word, as units._segmented_head reads it
        assert head == (first if words.startswith(first) else words.split()[0]), words


def test_every_stored_head_agrees_with_the_crf() -> None:
    pytest.importorskip("underthesea", reason="the 'nlp' extra (underthesea) is not installed")
    from kehoach_parser.extract.indicators.crf_segmenter import load_crf_segmenter

    seg = load_crf_segmenter()
    assert seg is not None
    # a prefix entry holds the head and the three syllables after it (the CRF's window): any
    # continuation keeps the CRF's decision
    phrases = list(segmented_heads.BY_PHRASE) + [
        key + tail for key in segmented_heads.BY_PREFIX
        for tail in (" và", " của", " mới", " được", " xã hội")]
    assert len(phrases) > 2000
    for words in phrases:
        first = seg(words)[0]
        expected = first if words.startswith(first) else words.split()[0]
        assert units.stored_head(words) == expected, words


def test_a_corpus_plan_parses_without_the_model_and_an_unknown_phrase_loads_it() -> None:
    pytest.importorskip("underthesea", reason="the 'nlp' extra (underthesea) is not installed")
    code = ("import sys; sys.path.insert(0, 'benchmarks'); import kehoach_parser; "
            "from input_classes import real_plans; "
            "doc = kehoach_parser.parse(real_plans(20_000)); "
            "print(doc.provenance.segmenter_used, 'underthesea_core' in sys.modules); "
            "from kehoach_parser.extract.indicators import units; "
            "print(units.segment_head('thư viện điện tử mới'), "
            "'underthesea_core' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, cwd=ROOT).stdout.split()
    assert out == ["True", "False", "thư", "viện", "True"]


def test_a_batch_workers_warm_up_still_loads_the_model() -> None:
    # the warm-up plan asks about counted nouns no stored decision covers ("xuồng cứu hộ"), so
    # a worker's first real document is not charged for loading the model
    pytest.importorskip("underthesea", reason="the 'nlp' extra (underthesea) is not installed")
    code = ("import sys; from kehoach_parser.batch.worker import warm_up; warm_up(); "
            "print('underthesea_core' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout.split()
    assert out == ["True"]


def test_single_syllables_are_the_segmenters_first_word() -> None:
    pytest.importorskip("underthesea", reason="the 'nlp' extra (underthesea) is not installed")
    from kehoach_parser.extract.indicators.crf_segmenter import load_crf_segmenter

    seg = load_crf_segmenter()
    assert seg is not None
    for words in ("hộ", "ðồng", "kinh-tế", "a--b", "hoà", "Xã", "kinh-", "-xã", "e-mail"):
        first = seg(words)[0]
        expected = first if words.startswith(first) else words.split()[0]
        stored = units.stored_head(words)
        assert stored in (None, expected), words
