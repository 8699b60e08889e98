"""Do two figures in aligned sentences contradict each other?

Only figures about the same thing are compared: same unit, compatible things counted
("1,000 prisoners of war" is not "10,000 Russian soldiers"), and no sign of two
different measures of one event ("12 killed" vs "40 wounded"). Two figures conflict
when their intervals (widened for qualifiers and rounding) cannot both hold.
"""
from __future__ import annotations

from ..detectors.numbers import PARTIAL
from ..model import NumberClaim
import re

from ..detectors.people import translit_key
from ..textnorm import STOPWORDS, fold_lower, overlap, stem

# Outcomes that are different measures of one event: a figure for one is not a figure for another.
_OUTCOMES: list[frozenset[str]] = [frozenset(s.split()) for s in (
    "killed kill killing dead died death fatality fatalitie life perished toll murdered slain",
    "wounded injured injury injurie hurt wounding injuring",
    "missing disappeared",
    "arrested detained arrest detention jailed imprisoned",
    "captured prisoner pow surrendered surrender",
    "evacuated evacuation displaced fled refugee",
    "rescued saved rescuer pulled",
    "hospitalized hospitalised treated",
    "infected case",
    "recovered",
    "destroyed damaged",
    "yes favor favour support supported for",
    "no against opposed",
)]
_OUTCOME_STEMS = [frozenset(stem(w) for w in g) for g in _OUTCOMES]
# A figure qualified by one of these is a different slice of the same total.
PARTS = frozenset("civilian soldier child children woman women men man officer troop military "
                   "russian ukrainian american local foreign democrat republican".split())


TIME_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century"})

# Things counted that say no more than "people": an outcome word names the measure instead.
_GENERIC = frozenset({"people", "person", "resident", "individual", "victim"})


def outcome_classes(words: tuple[str, ...]) -> set[int]:
    stems = {stem(w) for w in words}
    return {i for i, group in enumerate(_OUTCOME_STEMS) if stems & group}


def near(c: NumberClaim) -> tuple[str, ...]:
    return c.counted + c.left[-2:] + c.right[:3]


def match_score(a: NumberClaim, b: NumberClaim) -> float | None:
    """How surely two figures are about the same thing; None when they are not."""
    if a.unit != b.unit:
        return None
    if ("age" in a.counted) != ("age" in b.counted):
        return None  # an age is not a duration or a count
    if "age" in a.counted and (a.counted != b.counted or a.anchor != b.anchor or not (a.anchor or a.counted[1:])):
        return None  # ages of one person only
    if PARTIAL in a.counted or PARTIAL in b.counted:
        return None  # "two more debates", "17 other vessels", "the two countries": relative to their own article
    oa, ob = outcome_classes(near(a)), outcome_classes(near(b))
    if (oa or ob) and not oa & ob:
        return None  # "140 injured" and "35 pulled from the rubble" are different measures
    ca, cb = set(a.counted), set(b.counted)
    context = overlap(a.left + a.right, b.left + b.right)
    if ca and cb and (ca <= TIME_UNITS or cb <= TIME_UNITS):
        # a span of time: "two weeks ago", "for three days", "a 25-year sentence". Only the same
        # governing words make two spans one ("sentenced to nine years" / "sentenced to 10 years")
        if "ago" in a.right[:1] + b.right[:1] or overlap({stem(w) for w in a.left[-2:]}, {stem(w) for w in b.left[-2:]}) < 0.5:
            return None
    if oa & ob and (ca | cb) <= _GENERIC:
        return 1.0 + context  # "killing 21 people and injuring 650" vs "420 people had been injured"
    if ca and cb:
        shared = overlap(ca, cb)
        if shared < 0.5:
            return None
        # "Russian soldiers" vs "Ukrainian soldiers": a qualifying word present on one side only
        if (ca ^ cb) & PARTS and (ca & PARTS) != (cb & PARTS) and ca & PARTS and cb & PARTS:
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


def about_different_entities(a: NumberClaim, sentence_a: str, b: NumberClaim, sentence_b: str) -> bool:
    """Are the two figures about different people, places or things?

    Each figure's own anchor ("Griner ... nine years", "Bout ... 25 years") must not be
    absent from the other sentence; and two sentences that each name specific people or
    places, none in common ("in Bakhmut" vs "in Dnipropetrovsk"), report two incidents.
    """
    other_a, other_b = fold_lower(sentence_b), fold_lower(sentence_a)
    if a.anchor and b.anchor and not set(a.anchor) & set(b.anchor):
        pronoun_a, pronoun_b = a.anchor[0].startswith("<"), b.anchor[0].startswith("<")
        if pronoun_a != pronoun_b:
            return True  # "its 15 reactors" vs "Zaporizhzhia's six reactors"
        if not pronoun_a and (not any(w in other_a for w in a.anchor) or not any(w in other_b for w in b.anchor)):
            return True  # "Griner ... up to 10 years" vs "Bout, who was sentenced to 25 years"
    names_a, names_b = specific_names(sentence_a), specific_names(sentence_b)
    if wider_scope(sentence_a, names_b) or wider_scope(sentence_b, names_a):
        return True
    return bool(names_a) and bool(names_b) and not names_a & names_b


# "in the Donbas region in the east and in the city of Kharkiv": a figure for two places together
_TWO_PLACES = re.compile(r"\bin\b[^,.;:]*?\b([A-Z][\w'\u2019-]+)[^,.;:]*?\band in\b[^,.;:]*?\b([A-Z][\w'\u2019-]+)")


def wider_scope(sentence: str, other_names: set[str]) -> bool:
    """Is the sentence's figure a total over several places, of which the other sentence names only some?"""
    for m in _TWO_PLACES.finditer(sentence):
        places = {translit_key(fold_lower(p).removesuffix("'s")) for p in m.groups()}
        if len(places) == 2 and 0 < len(places & other_names) < 2:
            return True
    return False


def specific_names(sentence: str) -> set[str]:
    """Capitalised words that name a particular person, place or body (not countries or titles)."""
    from ..detectors.titles import is_title_word
    from ..gazetteer import place

    out = set()
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", sentence)
    for i, w in enumerate(words):
        if not w[:1].isupper() or i == 0 and fold_lower(w) in STOPWORDS:
            continue
        low = fold_lower(w).replace("\u2019", "'").removesuffix("'s")
        if low in STOPWORDS or low in _CALENDAR or is_title_word(low) or place(low) or len(low) < 3:
            continue
        out.add(translit_key(low))
    return out


_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
             "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "sept", "jan", "feb", "aug", "oct", "nov", "dec"}


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
