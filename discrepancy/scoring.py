"""Fitted decisions: a logistic model over named features, loaded from a small data file.

Whether two articles report one event, and whether two values state one fact, are
decided by weights fitted on labelled data (`scripts/fit_models.py`), never by a chain
of hand-written vetoes. A model file names its features, so a model and the code that
computes features can never silently disagree on their order.
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np


@dataclass(frozen=True)
class LogisticModel:
    """p = sigmoid(intercept + sum(coef * (x - mean) / scale))."""

    name: str
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float  # the decision cut chosen when the model was fitted
    fitted_on: str = ""
    # events only: two groups are joined when this share of the pairs between them pass the cut
    join_share: float | None = None
    # events only: a group joins the one group it is tied to when that is this many times its size
    attach_ratio: float | None = None

    def bar(self, chosen: float | None) -> float:
        """What a probability must reach: the bar a user chose, or else the cut chosen when fitted."""
        return self.threshold if chosen is None else chosen

    def search_bar(self, chosen: float | None) -> float:
        """The bar findings are built at: a user's lower bar finds more; a higher one filters the
        findings built at the fitted cut afterwards (`pipeline.split_at_bar`), so raising
        it hides findings, counted, and never changes those it shows."""
        return self.threshold if chosen is None else min(chosen, self.threshold)

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.intercept
        for term in self.contributions(features).values():
            z += term
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    def contributions(self, features: Mapping[str, float]) -> dict[str, float]:
        """Each feature's term in the log-odds: what moved this probability, and which way."""
        return {name: c * (float(features[name]) - m) / s
                for name, m, s, c in zip(self.features, self.mean, self.scale, self.coef)}

    def probabilities(self, columns: Mapping[str, np.ndarray] | Iterable[tuple[str, np.ndarray]]) -> np.ndarray:
        """Vectorised `probability` over arrays of one shape, one per feature.

        `columns` may be a stream of (feature, array): each array is folded in and can be
        freed before the next is made, which is what a corpus of thousands of articles,
        with n x n of each, needs.
        """
        weights = {name: (m, s, c) for name, m, s, c in zip(self.features, self.mean, self.scale, self.coef)}
        items = ((name, columns[name]) for name in self.features) if isinstance(columns, Mapping) else columns
        z: np.ndarray | None = None
        seen: set[str] = set()
        for name, column in items:
            if name not in weights or name in seen:
                raise ValueError(f"{self.name}: unexpected or repeated feature {name!r}")
            seen.add(name)
            m, s, c = weights[name]
            term = np.array(column, dtype=np.float64)
            del column
            term -= m
            term *= c / s
            if z is None:
                z = term
            else:
                z += term
        if seen != set(self.features):
            raise ValueError(f"{self.name}: features missing: {', '.join(sorted(set(self.features) - seen))}")
        if z is None:
            z = np.zeros(1)
        z += self.intercept
        np.clip(z, -40.0, 40.0, out=z)
        np.negative(z, out=z)
        np.exp(z, out=z)
        z += 1.0
        return np.reciprocal(z, out=z)

    def to_json(self) -> str:
        extra = {key: round(value, 6) for key, value in (("join_share", self.join_share),
                                                         ("attach_ratio", self.attach_ratio)) if value is not None}
        return json.dumps({
            "name": self.name, "fitted_on": self.fitted_on, "threshold": round(self.threshold, 6), **extra,
            "intercept": round(self.intercept, 6),
            "features": [{"name": n, "mean": round(m, 6), "scale": round(s, 6), "coef": round(c, 6)}
                         for n, m, s, c in zip(self.features, self.mean, self.scale, self.coef)],
        }, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "LogisticModel":
        d = json.loads(text)
        fs = d["features"]
        return cls(name=d["name"], features=tuple(f["name"] for f in fs), mean=tuple(f["mean"] for f in fs),
                   scale=tuple(f["scale"] or 1.0 for f in fs), coef=tuple(f["coef"] for f in fs),
                   intercept=float(d["intercept"]), threshold=float(d["threshold"]), fitted_on=d.get("fitted_on", ""),
                   join_share=float(d["join_share"]) if d.get("join_share") is not None else None,
                   attach_ratio=float(d["attach_ratio"]) if d.get("attach_ratio") is not None else None)

    def check_features(self, names: Sequence[str]) -> None:
        missing = set(self.features) - set(names)
        if missing:
            raise ValueError(f"model {self.name} needs features the code does not compute: {sorted(missing)}")


@lru_cache(maxsize=None)
def load_model(name: str) -> LogisticModel:
    """A model shipped in `discrepancy/data/<name>.json`."""
    text = resources.files("discrepancy").joinpath("data", f"{name}.json").read_text(encoding="utf-8")
    return LogisticModel.from_json(text)
