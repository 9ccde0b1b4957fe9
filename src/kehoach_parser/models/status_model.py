"""The indicator status model: target / result / none, a multinomial logistic regression.

The weights are plain JSON (``models/indicator_status.json``) in the format of
:class:`~kehoach_parser.models.linear.LinearModel`: labels, bias, one weight row per binary
feature, and the SHA-256 of the parameters.  A prediction is the softmax of the bias plus the
rows of the features present — pure Python; scikit-learn is needed only to train
(``scripts/train_status_model.py``).  A file whose parameters do not match its digest is
refused (:class:`~kehoach_parser.errors.ModelError`): the rules decide alone and the document
carries warning W113.  The model card is ``models/MODEL_CARD.md``.
"""

from __future__ import annotations

from functools import lru_cache

from kehoach_parser.errors import ModelError
from kehoach_parser.models import find_model_file
from kehoach_parser.models.linear import LinearModel, parameters_digest

MODEL_FILE = "indicator_status.json"

#: The status model is a :class:`LinearModel` (the name stays for readers of the stage).
StatusModel = LinearModel

__all__ = ["MODEL_FILE", "StatusModel", "default_status_model", "parameters_digest",
           "status_model_problem"]


@lru_cache(maxsize=1)
def _load() -> tuple[LinearModel | None, str | None]:
    path = find_model_file(MODEL_FILE)
    if path is None:
        return None, None
    try:
        return LinearModel.load(path), None
    except ModelError as exc:
        return None, str(exc)


def default_status_model() -> LinearModel | None:
    """The shipped model, or ``None`` when it is absent or was refused."""
    return _load()[0]


def status_model_problem() -> str | None:
    """Why the shipped status model was refused (a damaged or modified file), if it was."""
    return _load()[1]
