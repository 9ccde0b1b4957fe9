"""A linear classifier over binary features, stored as plain JSON with an integrity digest.

File format::

    {"labels": [...], "bias": [...], "weights": {"feature": [...], ...},
     "sha256": "<digest of the canonical JSON of labels, bias and weights>", ...metadata}

Loading reads JSON with pure Python — nothing is unpickled, no code runs — and refuses a file
whose parameters do not match its digest (a tampered or truncated model): :class:`ModelError`.
scikit-learn is needed only to train (``scripts/train_*.py``).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kehoach_parser.errors import ModelError

__all__ = ["LinearModel", "ModelError", "parameters_digest", "parameters_file_text"]


def parameters_digest(labels: list[str], bias: list[float],
                      weights: dict[str, list[float]]) -> str:
    """SHA-256 of the canonical JSON of the parameters (sorted keys, no spaces)."""
    canonical = json.dumps({"labels": labels, "bias": bias, "weights": weights},
                           sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def parameters_file_text(data: dict[str, Any]) -> str:
    """The text of a model file holding ``data`` (labels, bias, weights and any metadata) with
    the sha256 of its parameters, as :meth:`LinearModel.load` checks it: sorted keys, one
    value a line, so the same parameters always give the same bytes."""
    sealed = {**data, "sha256": parameters_digest(data["labels"], data["bias"], data["weights"])}
    return json.dumps(sealed, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


@dataclass(slots=True)
class LinearModel:
    """Multinomial logistic regression over binary features (one weight row per feature)."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LinearModel:
        try:
            labels = [str(x) for x in data["labels"]]
            bias = [float(x) for x in data["bias"]]
            weights = {str(k): [float(x) for x in v] for k, v in data["weights"].items()}
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelError(f"malformed model parameters: {exc}") from None
        if len(bias) != len(labels) or any(len(v) != len(labels) for v in weights.values()):
            raise ModelError("bias and every weight row need one value per label")
        expected = data.get("sha256")
        if expected != parameters_digest(labels, bias, weights):
            raise ModelError("parameters do not match the file's sha256: refusing a modified "
                             "or damaged model")
        meta = {k: v for k, v in data.items() if k not in ("labels", "bias", "weights")}
        return cls(tuple(labels), tuple(bias), {k: tuple(v) for k, v in weights.items()}, meta)

    @classmethod
    def load(cls, path: str | Path) -> LinearModel:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelError(f"cannot read model {path}: {exc}") from None
        if not isinstance(data, dict):
            raise ModelError(f"model {path} is not a JSON object")
        return cls.from_json(data)

    def to_json(self) -> dict[str, Any]:
        labels, bias = list(self.labels), list(self.bias)
        weights = {k: list(v) for k, v in sorted(self.weights.items())}
        return {**self.meta, "labels": labels, "bias": bias, "weights": weights,
                "sha256": parameters_digest(labels, bias, weights)}

    def scores(self, feats: Iterable[str]) -> list[float]:
        out = list(self.bias)
        for f in feats:
            w = self.weights.get(f)
            if w is not None:
                for i, x in enumerate(w):
                    out[i] += x
        return out

    def probabilities(self, feats: Iterable[str]) -> list[float]:
        scores = self.scores(feats)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [x / total for x in exps]

    def predict(self, feats: Iterable[str]) -> tuple[str, float]:
        probs = self.probabilities(feats)
        i = max(range(len(probs)), key=probs.__getitem__)
        return self.labels[i], probs[i]
