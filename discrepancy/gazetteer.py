"""Countries, their adjectives and common aliases, and US states with AP abbreviations.

Titles name their jurisdiction in many ways ("Turkish Foreign Minister", "Türkiye's
Foreign Minister", "Minister of Foreign Affairs of Türkiye"); the table (data/places.json)
lets them compare equal. It is general world knowledge, not tuned to any corpus.
"""
from __future__ import annotations

import functools

from . import tables
from .textnorm import fold_lower

_PLACES = tables.table("places")
_COUNTRIES: dict[str, list[str]] = _PLACES["countries"]
_US_STATES_AP: dict[str, list[str]] = _PLACES["us_states_ap"]
# Capitals and seats of government used as metonyms ("a cautious stance from Washington").
_METONYMS: dict[str, str] = _PLACES["seats_of_government"]

PLACE: dict[str, str] = {}
for _canon, _aliases in _COUNTRIES.items():
    PLACE[_canon] = _canon
    for _a in _aliases:
        PLACE[_a] = _canon
for _state, _abbrevs in _US_STATES_AP.items():
    if "(" in _state:
        continue
    PLACE.setdefault(_state, _state)
    for _a in _abbrevs:
        if len(_a) > 2 or "." in _a:  # two-letter abbreviations collide with words ("in", "me", "or")
            PLACE.setdefault(_a, _state)
# Every AP abbreviation of a US state, the two-letter ones too ("Mo."): for words that can only
# name a state, such as a legislator's party tag ("R-Mo."); see us_state().
# Georgia the state shares its name with the country, which every other reader takes it for; in a
# party tag ("R-Ga.", "a Georgia Democrat") it is the state, under a name of its own.
_US_STATE_KEYS = {key: state for state, abbrevs in _US_STATES_AP.items() for key in (state.split(" (")[0], *abbrevs)}
# Provinces and states of other federations, read only as a title's jurisdiction (see region()).
REGION: dict[str, str] = {}
for _canon, _aliases in _PLACES.get("regions", {}).items():
    for _a in (_canon, *_aliases):
        REGION[_a] = _canon
MAX_PLACE_WORDS = max(len(k.split()) for k in (*PLACE, *REGION))
US_STATES = frozenset(_US_STATES_AP)
# A nation with no government of its own, whose offices are its state's: "Bank of England" and
# "Britain's central bank" name one body.
PART_OF: dict[str, str] = _PLACES.get("part_of", {})
SEATS_OF_GOVERNMENT = _METONYMS


def places_in(text: str) -> set[str]:
    """Countries a sentence names, by name, adjective, capital or seat of government."""
    words = fold_lower(text).replace("\u2019", "'").replace("-", " ").split()
    words = [w.strip(".,;:!?\"()[]") for w in words]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    found: set[str] = set()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            key = " ".join(words[i:i + n])
            hit = PLACE.get(key) or _METONYMS.get(key)
            if hit and (n > 1 or len(key) > 2):
                found.add(hit)
    return found


@functools.lru_cache(maxsize=1024)
def seats_in(text: str) -> frozenset[str]:
    """Countries a sentence speaks of through their seat of government ("a stance from Washington").
    Remembered per sentence: each title in a sentence asks again."""
    words = [w.strip(".,;:!?\"()[]").removesuffix("'s") for w in fold_lower(text).replace("\u2019", "'").split()]
    found = set()
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            hit = _METONYMS.get(" ".join(words[i:i + n]))
            if hit:
                found.add(hit)
    return frozenset(found)


def _key(text: str) -> str:
    """A place name as the tables write it: lower case, accent-free, no possessive, no "the"."""
    key = fold_lower(text).strip().rstrip(".").replace("\u2019", "'")
    if key.endswith("'s"):
        key = key[:-2]
    return key.removeprefix("the ")


def place(text: str) -> str | None:
    """The canonical country or US state a name or adjective refers to, if any."""
    return PLACE.get(_key(text))


def us_state(text: str) -> str | None:
    """The US state a name or any AP abbreviation of it refers to ("Calif.", "Mo."), where only a
    state can be meant; `place` leaves out two-letter abbreviations, which collide with words."""
    return _US_STATE_KEYS.get(_key(text))


def region(text: str) -> str | None:
    """The province or state of a federation other than the US a name refers to ("New South
    Wales", "Ontario"), if any; only titles read these, so names and events are not affected."""
    return REGION.get(_key(text))
