"""underthesea's CRF word segmenter, run without importing underthesea (issue 15: cold start).

``underthesea.word_tokenize`` tokenises a sentence with a regular expression, normalises
each token, turns the tokens into features and tags them with a CRF model
(``underthesea_core``, compiled).  Importing ``underthesea`` itself costs most of a cold
start (its package ``__init__`` imports every pipeline of the toolkit: about 0.4 s and
85 MB), although the model and its inputs are four small files.  :class:`CrfSegmenter`
loads the same files from the installed package — the CRF model, its feature templates,
its dictionary and the token normalisation table — straight into ``underthesea_core`` and
tags the same features, so its words are underthesea's words (``tests/extract/
test_crf_segmenter.py`` compares both on every phrase of the seeds and the real train
and dev texts).  Nothing is copied into this project: the files are read where underthesea
installed them.

The tokeniser here covers what the parser asks about — the words after a number, letters
and hyphens between spaces.  Any other text (digits, punctuation, the few abbreviations
underthesea's tokeniser treats on their own) goes to ``underthesea.word_tokenize`` itself,
imported then.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path
from typing import Any

#: underthesea's word segmentation model (underthesea 6.8 and later), inside the package.
MODEL_DIR = ("pipeline", "word_tokenize", "models", "ws_crf_vlsp2013_20230727")
#: underthesea's token normalisation rules, inside the package.
RULES_FILE = ("pipeline", "text_normalize", "tn_rules_2023_07_14.bin")

# underthesea's tokeniser, reduced to the alternatives that can match letters, hyphens and
# blanks, in its order: a run of hyphens, the two hyphenated abbreviations, the modifier
# prime, a hyphenated word, a word, then any other single character.  The standard ``re``,
# as underthesea uses it: its ``\w``, ``\s`` and ``\b`` are the ones to reproduce.
_TOKEN_SOURCE = r"-{2,}|e-mail|NĐ-CP|ʺ|(?<=\b)\w+\-[\w+-]*\w+|\w+|[^\w\s]"
#: Longer tokens are not looked up in underthesea's normalisation table.
_MAX_NORMALISED = 6


def _underthesea_dir() -> Path | None:
    """Where underthesea is installed, found without importing it."""
    try:
        spec = find_spec("underthesea")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _load_pickle(path: Path) -> Any:
    # the files underthesea itself loads with joblib (plain pickles): trusted as much as
    # the installed package is.  Imported here: a parse whose phrases the stored heads cover
    # only asks whether the model is installed (issue 15: cold start)
    import pickle

    with open(path, "rb") as fh:
        return pickle.load(fh)


class CrfSegmenter:
    """Word segmentation with underthesea's CRF model, without importing underthesea."""

    def __init__(self, package_dir: Path) -> None:
        import underthesea_core  # type: ignore[import-untyped]

        model_dir = package_dir.joinpath(*MODEL_DIR)
        rules = _load_pickle(package_dir.joinpath(*RULES_FILE))
        self._characters: dict[str, str] = dict(rules["character"])
        self._tokens: dict[str, str] = dict(rules["token"])
        self._tagger = underthesea_core.CRFTagger()
        self._tagger.load(str(model_dir / "models.bin"))
        self._featurizer = underthesea_core.CRFFeaturizer(
            _load_pickle(model_dir / "features.bin"), _load_pickle(model_dir / "dictionary.bin"))
        self._fallback: Callable[[str], list[str]] | None = None
        self._token_re = re.compile(_TOKEN_SOURCE)

    def _normalise_characters(self, text: str) -> str:
        text = unicodedata.normalize("NFC", text)
        for odd, standard in self._characters.items():
            text = text.replace(odd, standard)
        return text

    def tokens(self, text: str) -> list[str] | None:
        """underthesea's tokens of ``text``, or ``None`` when ``text`` holds more than
        letters, hyphens and blanks (where this tokeniser is not underthesea's)."""
        text = self._normalise_characters(text)
        if not all(ch.isalpha() or ch == "-" or ch.isspace() for ch in text):
            return None
        out = []
        for m in self._token_re.finditer(text):
            token = m.group()
            if len(token) <= _MAX_NORMALISED:
                token = self._tokens.get(token, token)
            out.append(token)
        return out

    def __call__(self, text: str) -> list[str]:
        """The words of ``text`` (syllables joined by one space), as
        ``underthesea.word_tokenize(text)`` gives them."""
        tokens = self.tokens(text)
        if tokens is None:
            return self._underthesea()(text)
        if not tokens:
            return []
        tags = self._tagger.tag(self._featurizer.process([[[t] for t in tokens]])[0])
        words: list[str] = []
        for tag, token in zip(tags, tokens, strict=True):
            if tag == "I-W" and words:
                words[-1] += " " + token
            else:
                words.append(token)
        return words

    def _underthesea(self) -> Callable[[str], list[str]]:
        if self._fallback is None:
            from underthesea import word_tokenize  # type: ignore[import-untyped]

            self._fallback = word_tokenize
        return self._fallback


def crf_model_installed() -> bool:
    """Whether :func:`load_crf_segmenter` finds its files and ``underthesea_core`` (looked
    up, not loaded)."""
    package_dir = _underthesea_dir()
    try:
        core = find_spec("underthesea_core")
    except (ImportError, ValueError):
        core = None
    return (package_dir is not None and core is not None
            and package_dir.joinpath(*MODEL_DIR).is_dir())


def load_crf_segmenter() -> CrfSegmenter | None:
    """The segmenter, or ``None`` when underthesea (or its model files, or
    ``underthesea_core``) is not installed as expected."""
    package_dir = _underthesea_dir()
    if package_dir is None or not package_dir.joinpath(*MODEL_DIR).is_dir():
        return None
    try:
        return CrfSegmenter(package_dir)
    except Exception:  # noqa: BLE001 - any failure: the caller falls back to underthesea
        return None
