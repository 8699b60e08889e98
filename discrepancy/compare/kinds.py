"""One interface per kind of value compared across aligned sentences, registered by kind.

A kind says where its values sit in a sentence's claims, which pairs of values can be
about one quantity at all (true by definition: units, granularity), the features the
fitted same-fact decision reads (`data/same_fact_<kind>.json`), what a value resolves to
for the reader, and what a finding about it is called. Comparison, confidence and
findings are the same for every kind: adding one means a detector, a `SentenceClaims`
field, one `AlignedKind` here and its fitted model.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..findings import describe_resolved
from ..model import DateClaim, NumberClaim, SentenceClaims
from ..scoring import load_model
from . import numbers as cmp_numbers
from .samefact import PairEvidence, Side, ValuePair, comparable_dates, comparable_numbers


@dataclass(frozen=True)
class AlignedKind:
    """How one kind of value is found, compared and described."""

    name: str
    noun: str  # what a finding calls its values: "figures", "dates"
    values: Callable[[SentenceClaims], Sequence[Any]]
    comparable: Callable[[Any, Any], bool]
    features: Callable[[PairEvidence, Any, Any], dict[str, float]]
    describe: Callable[[Side, Any], str | None]  # the value as resolved, shown beside it
    subject: Callable[[Sequence[Any]], str]  # what the finding is about, from its values


def _number_subject(claims: Sequence[NumberClaim]) -> str:
    texts = [c.counted_text for c in claims if c.counted_text]
    if texts:
        return min(texts, key=lambda t: (len(t.split()) > 4, -len(t), t)).strip()
    ctx = next((c.left[-2:] for c in claims if c.left), ())
    return "figure after \u201c" + " ".join(ctx) + "\u201d" if ctx else "a figure"


def _date_subject(claims: Sequence[DateClaim]) -> str:
    ctx = next((c.left[-3:] for c in claims if c.left), ())
    return "date of \u201c" + " ".join(ctx) + "\u201d" if ctx else "a date"


KINDS: dict[str, AlignedKind] = {
    kind.name: kind for kind in (
        AlignedKind("date", "dates", lambda c: c.dates, comparable_dates, PairEvidence.date_features,
                    lambda side, x: describe_resolved(side.resolved.get(x.start)), _date_subject),
        AlignedKind("number", "figures", lambda c: c.numbers, comparable_numbers, PairEvidence.number_features,
                    lambda side, x: cmp_numbers.describe(x), _number_subject),
    )
}


def value_pairs(evidence: PairEvidence, kind: str) -> Iterator[ValuePair]:
    """Every comparable value pair of one kind in an aligned sentence pair, scored.

    Whether the two values can both hold (intervals, bounds) is the `values_differ` feature.
    """
    spec = KINDS[kind]
    model = load_model(f"same_fact_{kind}")
    for x in spec.values(evidence.a.claims):
        for y in spec.values(evidence.b.claims):
            if spec.comparable(x, y):
                f = spec.features(evidence, x, y)
                yield ValuePair(kind, x, y, f, model.probability(f), bool(f["values_differ"]))
