"""How a kind of value is compared across aligned sentences: the comparison half of a kind.

A kind (`discrepancy.kinds`) that is compared between aligned sentence pairs gives one
`AlignedKind`: where its values sit in a sentence's claims, which pairs of values can be
about one quantity at all (true by definition: units, granularity), the features its
fitted same-fact decision reads, what a value resolves to for the reader, and what a
finding about it is called. Comparison, confidence and findings are the same for every
kind, so nothing here or in `aligned.py` names one.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..model import SentenceClaims
from ..scoring import LogisticModel, load_model
from .samefact import PairEvidence, Side, ValuePair


@dataclass(frozen=True)
class AlignedKind:
    """How one kind of value is compared between aligned sentences and described."""

    name: str
    noun: str  # what a finding calls its values: "figures", "dates"
    field: str  # the SentenceClaims field its values sit in
    comparable: Callable[[Any, Any], bool]  # about one quantity at all? units, granularity: never fitted
    features: Callable[[PairEvidence, Any, Any], dict[str, float]]  # must include "values_differ"
    describe: Callable[[Side, Any], str | None]  # the value as resolved, shown beside it
    subject: Callable[[Sequence[Any]], str]  # what the finding is about, from its values
    # the same-fact decision over `features`; None: the fitted `data/same_fact_<name>.json`
    decision: Callable[[], LogisticModel] | None = None
    # as `comparable`, given the two values' sentences too (what else they say); None: always
    comparable_beside: Callable[[Any, Any, Side, Side], bool] | None = None
    # what every value measures ("killed"), shown after the subject in the message; not in the id
    measure: Callable[[Sequence[Any]], str | None] | None = None
    # whether a value one article states as the other does, as one fact, settles it between them:
    # true of figures (the same count of the same thing), not of dates, which many facts of one
    # story share ("on Sunday")
    agreement_settles: bool = False
    # whether values in photo captions are compared: a caption's day is when its picture was
    # taken ("FILE - ... on June 13"), and two outlets' captions are two pictures
    in_captions: bool = True

    def values(self, claims: SentenceClaims) -> tuple[Any, ...]:
        return claims.get(self.field)

    def model(self) -> LogisticModel:
        return self.decision() if self.decision is not None else load_model(f"same_fact_{self.name}")


def value_pairs(evidence: PairEvidence, kind: AlignedKind) -> Iterator[ValuePair]:
    """Every comparable value pair of one kind in an aligned sentence pair, scored.

    Whether the two values can both hold (intervals, bounds) is the `values_differ` feature.
    """
    if evidence.a.stamp or evidence.b.stamp:
        return  # a dateline or time stamp: when an article was written, not a fact two articles share
    model = kind.model()
    for x in kind.values(evidence.a.claims):
        for y in kind.values(evidence.b.claims):
            if kind.comparable(x, y) and (kind.comparable_beside is None
                                          or kind.comparable_beside(x, y, evidence.a, evidence.b)):
                f = kind.features(evidence, x, y)
                yield ValuePair(kind.name, x, y, f, model.probability(f), bool(f["values_differ"]))
