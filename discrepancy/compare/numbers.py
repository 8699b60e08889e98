"""Do two figures in aligned sentences contradict each other?

Only figures about the same thing are compared: same unit, compatible things counted
("1,000 prisoners of war" is not "10,000 Russian soldiers"), and no sign of two
different measures of one event ("12 killed" vs "40 wounded"). Two figures conflict
when their intervals (widened for qualifiers and rounding) cannot both hold.
"""
from __future__ import annotations

from ..detectors.numbers import PARTIAL
from ..model import NumberClaim
from ..textnorm import overlap

# Outcomes that are different measures of one event: a figure for one is not a figure for another.
_OUTCOMES: list[frozenset[str]] = [frozenset(s.split()) for s in (
    "killed kill killing dead died death fatality fatalitie life perished toll murdered slain",
    "wounded injured injury injurie hurt wounding injuring",
    "missing disappeared",
    "arrested detained arrest detention jailed imprisoned",
    "captured prisoner pow surrendered surrender",
    "evacuated evacuation displaced fled refugee",
    "rescued saved",
    "hospitalized hospitalised treated",
    "infected case",
    "recovered",
    "destroyed damaged",
    "yes favor favour support supported for",
    "no against opposed",
)]
# A figure qualified by one of these is a different slice of the same total.
_PARTS = frozenset("civilian soldier child children woman women men man officer troop military "
                   "russian ukrainian american local foreign democrat republican".split())


def outcome_classes(words: tuple[str, ...]) -> set[int]:
    return {i for i, group in enumerate(_OUTCOMES) for w in words if w in group}


def _near(c: NumberClaim) -> tuple[str, ...]:
    return c.counted + c.left[-2:] + c.right[:3]


def match_score(a: NumberClaim, b: NumberClaim) -> float | None:
    """How surely two figures are about the same thing; None when they are not."""
    if a.unit != b.unit:
        return None
    if ("age" in a.counted) != ("age" in b.counted):
        return None  # an age is not a duration or a count
    if (PARTIAL in a.counted) != (PARTIAL in b.counted):
        return None  # "two more debates" is not "three debates"
    oa, ob = outcome_classes(_near(a)), outcome_classes(_near(b))
    if oa and ob and not oa & ob:
        return None
    ca, cb = set(a.counted), set(b.counted)
    context = overlap(a.left + a.right, b.left + b.right)
    if ca and cb:
        shared = overlap(ca, cb)
        if shared < 0.5:
            return None
        # "Russian soldiers" vs "Ukrainian soldiers": a qualifying word present on one side only
        if (ca ^ cb) & _PARTS and (ca & _PARTS) != (cb & _PARTS) and ca & _PARTS and cb & _PARTS:
            return None
        return 1.0 + shared + 0.5 * context
    if ca or cb:
        # one side names the thing, the other does not: the words around must agree
        named, bare = (a, b) if ca else (b, a)
        around = overlap(set(bare.left) | set(bare.right), set(named.left) | set(named.right) | set(named.counted))
        return 0.5 + around if around >= 0.5 else None
    # neither names a thing: the word right next to each figure must be the same
    if a.left[-1:] and a.left[-1:] == b.left[-1:] or a.right[:1] and a.right[:1] == b.right[:1]:
        return 0.5 + context
    return None


def conflicts(a: NumberClaim, b: NumberClaim) -> bool:
    """Can the two figures not both be true?"""
    if a.unit == "tally":
        return (a.low, a.high) != (b.low, b.high)
    if "age" in a.counted and "age" in b.counted:
        return abs(a.value - b.value) > 1  # a birthday between two articles is no contradiction
    eps = 1e-9
    return a.high < b.low - eps or b.high < a.low - eps


def agrees(a: NumberClaim, b: NumberClaim) -> bool:
    """The same figure on both sides settles both: they say the same thing about something."""
    if a.unit != b.unit:
        return False
    if a.unit == "tally":
        return (a.low, a.high) == (b.low, b.high)
    return a.value == b.value or (match_score(a, b) is not None and not conflicts(a, b))


def describe(c: NumberClaim) -> str:
    """What the figure was read as, e.g. '[10000, inf)' or '97'."""
    if c.unit == "tally":
        return f"{c.low:g}-{c.high:g}"
    unit = f" {c.unit}" if c.unit and c.unit != "%" else c.unit
    if c.low == c.high:
        return f"{c.low:,.10g}{unit}"
    hi = "\u221e" if c.high == float("inf") else f"{c.high:,.10g}"
    return f"{c.low:,.10g}\u2013{hi}{unit}"
