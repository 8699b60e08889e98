"""Figures: counts, amounts and shares, compared across aligned sentences of one story."""
from __future__ import annotations

from collections.abc import Sequence

from ..compare import numbers as cmp_numbers
from ..compare.kinds import AlignedKind
from ..compare.samefact import PairEvidence, comparable_figures_beside, comparable_numbers
from ..detectors.numbers import extract_numbers
from ..model import KindInfo, NumberClaim
from .base import aligned_claim_kind


def _subject(claims: Sequence[NumberClaim]) -> str:
    """The thing counted, as the shortest full phrase either side wrote; else what the figure is of,
    as the first side wrote it ("Russian military personnel", "injured")."""
    texts = [c.counted_text for c in claims if c.counted_text]
    if texts:
        return min(texts, key=lambda t: (len(t.split()) > 4, -len(t), t)).strip()
    phrase = next((c.phrase for c in claims if c.phrase), "")
    return "\u201c" + phrase + "\u201d" if phrase else "a figure"


INFO = KindInfo(
    "number", "ConflictingFigures", "Outlets give different figures for the same fact.",
    "Aligned sentences from different articles about the same story state figures for the same counted thing "
    "whose ranges do not overlap (qualifiers and rounding taken into account).")

KIND = aligned_claim_kind(INFO, NumberClaim, extract_numbers, AlignedKind(
    "number", "figures", "numbers", comparable_numbers, PairEvidence.number_features,
    lambda side, x: cmp_numbers.describe(x), _subject, comparable_beside=comparable_figures_beside,
    measure=cmp_numbers.measure, agreement_settles=True))
