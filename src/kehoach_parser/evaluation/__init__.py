"""Measure extraction accuracy on a labeled corpus (``kehoach eval DIR``).

A labeled corpus is a folder of ``NAME.<txt|md|pdf|docx|doc>`` files, each with a
``NAME.gold.json`` beside it in the format of ``docs/annotation.md``.
"""

from kehoach_parser.evaluation.corpus import LabeledDocument, discover, evaluate_corpus
from kehoach_parser.evaluation.scoring import CorpusScore, DocumentScore, score_document

__all__ = [
    "CorpusScore", "DocumentScore", "LabeledDocument", "discover", "evaluate_corpus",
    "score_document",
]
