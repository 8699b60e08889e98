"""Figures by definition: the measure a count names, and whether two intervals can both hold.

Whether two figures are about the same thing is the fitted decision in `samefact.py`;
this module holds what it reads (outcome words, the slices of a total, specific names)
and the interval logic: two figures conflict when their intervals (widened for
qualifiers and rounding) cannot both hold.
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence

from .. import tables
from ..detectors.numbers import is_round
from ..detectors.people import translit_key
from ..model import NumberClaim
from ..textnorm import STOPWORDS, fold_lower, stem

# Outcomes that are different measures of one event: a figure for one is not a figure for another.
_OUTCOMES: list[frozenset[str]] = [frozenset(s.split()) for s in (
    "killed kill killing dead died death fatality fatalitie life perished toll murdered slain",
    "wounded injured injury injurie hurt wounding injuring",
    "missing disappeared",
    "arrested detained arrest detention jailed imprisoned sentenced caged locked",  # "locked up for two years"
    "captured prisoner pow surrendered surrender",
    "evacuated evacuation displaced fled refugee emptied",  # "Fourteen homes ... were emptied"
    "rescued saved rescuer pulled plucked winched airlifted",  # "plucked from a life raft"
    "hospitalized hospitalised treated treatment",  # "sought medical treatment"
    "infected case",
    "recovered",
    "destroyed damaged wiped razed flattened gutted swallowed engulfed",  # "wiped out 37 homes", "lava swallowed 170 homes"
    "yes favor favour support supported for",
    "no against opposed reject rejected",
)]
_OUTCOME_STEMS = [frozenset(stem(w) for w in g) for g in _OUTCOMES]
_INFECTED = next(i for i, g in enumerate(_OUTCOMES) if "infected" in g)
_INFECTION_WORDS = frozenset(stem(w) for w in ("infected", "infection", "virus", "covid"))
# "Case" of a court, not of a disease, when one of these is beside it.
_LEGAL = frozenset(stem(w) for w in ("criminal", "court", "legal", "lawsuit", "treason", "prosecutor",
                                     "prosecution", "charge", "civil"))
# How a finding's message names each outcome; None for votes, which the thing counted already says.
_OUTCOME_LABELS = ("killed", "wounded or injured", "missing", "arrested, detained or jailed", "captured",
                   "displaced or evacuated", "rescued", "in hospital", "infected", "recovered",
                   "destroyed or damaged", None, None)
# Outcomes whose tallies only grow as a story goes on: a lower figure published earlier may be an
# older count, not a contradiction ("missing" and "in hospital" can fall).
RUNNING_TALLIES = frozenset({"killed", "wounded or injured", "arrested, detained or jailed", "captured",
                             "displaced or evacuated", "rescued", "infected", "recovered", "destroyed or damaged"})
# A figure qualified by one of these is a different slice of the same total.
PARTS = frozenset("civilian soldier child children woman women men man officer troop military "
                   "russian ukrainian american local foreign democrat republican".split())
# Of those, the ones that say whose people they are, not who: "American soldiers" are troops.
_PARTS_WHOSE = frozenset("russian ukrainian american local foreign democrat republican".split())
# ... and the ones that say who they are: "civilians", "women", "children"
PARTS_WHO = PARTS - _PARTS_WHOSE
# Words that count one thing ("3,000 troops", "2,000 soldiers"): read as the first of each group.
_SAME_COUNTED = [g.split() for g in (
    "troop soldier serviceman servicemen servicemember personnel",
    "people person persons life",  # "claimed 29 lives" counts people killed
    "children child kid kids",
    "men man",
    "women woman",
    "match matches game games fixture fixtures",  # "sit out the next six games" against "four matches"
    "fine penalty",  # "a $4.2 million penalty" against "a $2.4 million fine"
)]
_CANONICAL_COUNTED = {w: g[0] for g in _SAME_COUNTED for w in g}


def canonical_counted(words: set[str]) -> set[str]:
    """What a figure counts, one word for each thing ("soldier" and "troop" are one)."""
    return {_CANONICAL_COUNTED.get(w, w) for w in words}


def parts_clash(a: set[str], b: set[str]) -> bool:
    """Two figures that count different slices of a total ("civilians" against "soldiers", "Russian"
    against "Ukrainian"): who, where both say who, and whose, where both say whose."""
    who_a, who_b = canonical_counted(a & PARTS_WHO), canonical_counted(b & PARTS_WHO)
    whose_a, whose_b = a & _PARTS_WHOSE, b & _PARTS_WHOSE
    return bool(who_a and who_b and who_a != who_b) or bool(whose_a and whose_b and whose_a != whose_b)


TIME_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century"})


DETAINED = next(i for i, g in enumerate(_OUTCOMES) if "jailed" in g)


def penalty_term(c: NumberClaim) -> bool:
    """A span someone is jailed, sentenced or banned for ("jailed for 14 years", "caged for twelve
    years", "banned from driving for 18 months", "a two-year ban", "seven years in federal prison"):
    the penalty passed, one fact of a case, not a stretch of time in the story."""
    counted = set(c.counted)
    if not counted & TIME_UNITS:
        return False
    return (counted <= TIME_UNITS and (DETAINED in outcomes(c) or bool({stem(w) for w in near(c)} & _BANNED)
                                       or c.qualifier != "up_to" and bool({stem(w) for w in c.right[:3]} & _CUSTODY))
            or bool(counted & _TERMS))


_TERMS = frozenset({"sentence", "term", "jail", "prison", "ban", "disqualification"})  # "a 10-year sentence"
_BANNED = frozenset(stem(w) for w in ("banned", "disqualified", "ban"))  # "banned from driving for 18 months"
# "will spend seven years in federal prison", "72 months in jail", "ten years behind bars"; not "carries
# a maximum of three years in prison", "faces up to 10 years in prison": the ceiling the law sets; "three
# years' imprisonment" as "three years in prison"
_CUSTODY = frozenset(stem(w) for w in ("prison", "jail", "bars", "imprisonment"))


def outcome_classes(words: tuple[str, ...]) -> set[int]:
    stems = {stem(w) for w in words}
    found = {i for i, group in enumerate(_OUTCOME_STEMS) if stems & group}
    if _INFECTED in found and stems & _LEGAL and not stems & _INFECTION_WORDS:
        found.discard(_INFECTED)  # "651 criminal cases of treason": cases of a court, not of a disease
    return found


# Dimensions no outcome befalls: "the damage was located about 62 kilometres east" measures where,
# whatever was damaged; a zone's radius is one whether people within it were evacuated or not.
_NO_OUTCOME_DIMENSIONS = frozenset({"length", "area", "speed", "temperature", "temperature change", "power"})


def has_outcomes(c: NumberClaim) -> bool:
    """Can something befall what the figure counts? Not an age, which says how old someone is
    whatever happened to them ("Dugina, 35, was killed" / "taken to hospital"), nor a distance."""
    return "age" not in c.counted and dimension(c.unit) not in _NO_OUTCOME_DIMENSIONS


def outcomes(c: NumberClaim) -> set[int]:
    """The outcomes a figure counts ("killed", "wounded"); none where `has_outcomes` says none befall it."""
    return outcome_classes(near(c)) if has_outcomes(c) else set()


def near(c: NumberClaim) -> tuple[str, ...]:
    return c.counted + c.left[-2:] + c.right[:3]


def measure(claims: Sequence[NumberClaim]) -> str | None:
    """What every figure of a finding measures, when they all say one outcome ("killed"): "people"
    alone does not tell a reader which of a story's tallies is disputed."""
    common: set[int] | None = None
    for c in claims:
        classes = outcomes(c)
        common = classes if common is None else common & classes
    if not common or len(common) != 1:
        return None
    return _OUTCOME_LABELS[next(iter(common))]


def specific_names(sentence: str, skip: Sequence[tuple[int, int]] = ()) -> set[str]:
    """Capitalised words that name a particular person, place or body (not countries or titles),
    leaving out those inside the `skip` spans (who is quoted as saying it)."""
    from ..detectors.title_words import is_title_word
    from ..gazetteer import place

    out = set()
    found = [(m.group(), m.start()) for m in re.finditer(r"[^\W\d_][\w'\u2019-]*", sentence)]
    for i, (w, at) in enumerate(found):
        if any(a <= at < b for a, b in skip):
            continue
        if not w[:1].isupper() or i == 0 and fold_lower(w) in STOPWORDS:
            continue
        low = fold_lower(w).replace("\u2019", "'").removesuffix("'s")
        if low in STOPWORDS or low in _CALENDAR or is_title_word(low) or place(low) or len(low) < 3:
            continue
        out.add(translit_key(low))
    return out


_CALENDAR = tables.calendar_words()


# Units of one dimension, by what one of them is in the dimension's base unit: "40 kilometres"
# and "25 miles" are one distance, a conversion (true by definition), not two measures.
_IN_BASE: dict[str, tuple[str, float]] = {
    "km": ("length", 1000.0), "m": ("length", 1.0), "mi": ("length", 1609.344), "ft": ("length", 0.3048),
    "cm": ("length", 0.01), "mm": ("length", 0.001), "in": ("length", 0.0254),
    "kg": ("mass", 1.0), "t": ("mass", 1000.0), "lb": ("mass", 0.45359237), "nmi": ("length", 1852.0),
    "mph": ("speed", 1.609344), "km/h": ("speed", 1.0),
    "MW": ("power", 1.0), "GW": ("power", 1000.0),
    "kn": ("speed", 1.852), "m/s": ("speed", 3.6),
    "ha": ("area", 1.0), "acre": ("area", 0.40468564), "km2": ("area", 100.0), "mi2": ("area", 258.998811),
    "m2": ("area", 0.0001), "ft2": ("area", 0.09290304e-4),
    "degC": ("temperature", 1.0), "degF": ("temperature", 5 / 9),
    # a gallon as the US one; a British writer's imperial gallon is 20% more, which `conflicts` allows
    "L": ("volume", 1.0), "gal": ("volume", 3.785411784), "USgal": ("volume", 3.785411784),
    "impgal": ("volume", 4.54609),
    # an oil barrel is 42 US gallons; a cubic metre a thousand litres
    "bbl": ("volume", 158.987294928), "ml": ("volume", 0.001), "m3": ("volume", 1000.0),
    "ft3": ("volume", 28.316846592),
    # a change of temperature has no zero to shift: 1.2C warmer is 2.16F warmer
    "degC change": ("temperature change", 1.0), "degF change": ("temperature change", 5 / 9),
}
# An imperial gallon in US gallons: "gallons" alone may be either, so a figure in gallons reaches this much higher.
_IMPERIAL_GALLON = 4.54609 / 3.785411784
# Scales whose zero is not the base unit's: Fahrenheit is (F - 32) * 5/9 Celsius.
_OFFSET: dict[str, float] = {"degF": -32.0}


def dimension(unit: str) -> str:
    """What a unit measures ("km" and "mi": "length"); a unit of its own otherwise ("USD", "%")."""
    return _IN_BASE[unit][0] if unit in _IN_BASE else unit


def in_base(c: NumberClaim) -> tuple[float, float, float]:
    """(low, high, value) in the base unit of the figure's dimension (metres, kilograms, ...)."""
    factor = _IN_BASE[c.unit][1] if c.unit in _IN_BASE else 1.0
    shift = _OFFSET.get(c.unit, 0.0)
    return (c.low + shift) * factor, (c.high + shift) * factor, (c.value + shift) * factor


def conflicts(a: NumberClaim, b: NumberClaim) -> bool:
    """Can the two figures not both be true? Units of one dimension are converted first."""
    if a.unit == "tally":
        return (a.low, a.high) != (b.low, b.high)
    if "age" in a.counted and "age" in b.counted:
        # a birthday between two articles is no contradiction; "in his 40s" is 40 to 49
        return a.high + 1 < b.low or b.high + 1 < a.low
    a_low, a_high, _ = in_base(a)
    b_low, b_high, _ = in_base(b)
    if (span := span_hours(a, b)) is not None:  # "48 hours" are "two days", by definition
        a_low, a_high, b_low, b_high = a_low * span[0], a_high * span[0], b_low * span[1], b_high * span[1]
    if a.unit != b.unit and a.unit == "gal":  # "gallons" on both sides are one gallon, whichever
        a_high *= _IMPERIAL_GALLON
    if a.unit != b.unit and b.unit == "gal":
        b_high *= _IMPERIAL_GALLON
    if a.unit == b.unit == "%":
        a_low, a_high = _whole_share_against_decimals(a, b, a_low, a_high)
        b_low, b_high = _whole_share_against_decimals(b, a, b_low, b_high)
    eps = 1e-9 * max(1.0, abs(a_low), abs(b_low))
    if a.unit in _IN_BASE and b.unit in _IN_BASE and (a.unit in _NOT_METRIC) != (b.unit in _NOT_METRIC):
        # a figure a writer converted was rounded twice, once to a finer digit and then to the one
        # written (1,366 m is 0.849 mi, 0.85 and then "0.9-mile"), so a figure rounded to its last
        # digit reaches a twentieth of that digit further: RT's "1366-meter" bridge is NBC's "0.9-mile"
        # one. A round figure's tenth either way, or a qualifier's range, already holds that much.
        a_low, a_high = _rounded_twice(a, a_low, a_high)
        b_low, b_high = _rounded_twice(b, b_low, b_high)
    return a_high < b_low - eps or b_high < a_low - eps


# Spans of time the detector leaves in their own unit, in hours (weeks are read as days, minutes as
# hours, months and decades as years): a year is 365 or 366 days, so a year in days is not exact
_SPAN_HOURS = {"second": 1 / 3600, "hour": 1.0, "day": 24.0}


def span_hours(a: NumberClaim, b: NumberClaim) -> tuple[float, float] | None:
    """(hours per unit of a, of b) for two spans of time in different units ("48 hours", "two
    days"), or None: the same unit, or not both spans."""
    ha, hb = (c.counted[0] if c.counted and not c.unit else "" for c in (a, b))
    if ha == hb or ha not in _SPAN_HOURS or hb not in _SPAN_HOURS:
        return None
    return _SPAN_HOURS[ha], _SPAN_HOURS[hb]


# Units of another system than the metric one: a figure in one set against a metric figure was
# converted by one of the writers.
_NOT_METRIC = frozenset({"mi", "ft", "in", "lb", "mph", "kn", "nmi", "acre", "mi2", "ft2", "degF", "degF change", "gal", "USgal", "impgal",
                         "bbl", "ft3"})


def _whole_share_against_decimals(c: NumberClaim, other: NumberClaim, low: float, high: float) -> tuple[float, float]:
    """[low, high] of a whole percentage written in digits ("41 per cent") set against one written
    with decimals ("41.2 percent"): the whole one is the other rounded to a point, so it reaches
    half a point either way. Against another whole percentage it stays the figure written ("41 per
    cent" and "42 per cent" differ)."""
    digits, others = _LAST_FIGURE.findall(c.text), _LAST_FIGURE.findall(other.text)
    if (c.qualifier is not None or low != high or not float(c.value).is_integer() or len(digits) != 1
            or digits[0] or not others or not others[-1]):
        return low, high
    return low - 0.5, high + 0.5


def _rounded_twice(c: NumberClaim, low: float, high: float) -> tuple[float, float]:
    """[low, high] (in the base unit) of a figure rounded to its last digit, widened by a twentieth
    of that digit each way (double rounding); as it was for a figure with a qualifier, a round
    figure ("10 miles" is 9 to 11) or one in words."""
    if c.qualifier is not None or not math.isfinite(low) or not math.isfinite(high) or is_round(c.value):
        return low, high
    digits = _LAST_FIGURE.findall(c.text)
    if not digits:
        return low, high
    decimals = digits[-1]  # of a range ("195 to 250 miles"), its last figure's
    step = 10.0 ** -len(decimals) if decimals else 1.0
    if c.unit == "ft" and _INCHES_WRITTEN.search(c.text):
        step /= 12  # "6ft 2in": its last digit counts inches
    widen = step / 20 * (_IN_BASE[c.unit][1] if c.unit in _IN_BASE else 1.0)
    return low - widen, high + widen


_LAST_FIGURE = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_INCHES_WRITTEN = re.compile(r"\d\s*(?:in|ins|inch|inches)\b|foot-\d+$")


# Spans the detector converts to days or years ("six weeks" is 42 days, "84 months" seven years): a
# reading shows the unit.
_CONVERTED_SPANS = ("week", "fortnight", "month", "decade", "centur", "millenni", "minute")


def describe(c: NumberClaim) -> str:
    """What the figure was read as, e.g. '[10000, inf)' or '97'."""
    if c.unit == "tally":
        return f"{c.low:g}-{c.high:g}"
    if c.unit == "ft" and c.high != float("inf") and not (float(c.low).is_integer() and float(c.high).is_integer()):
        # "5ft 11in" is 5ft 10.5in to 5ft 11.5in, not 5.875-5.958333333 ft
        low, high = _feet_and_inches(c.low), _feet_and_inches(c.high)
        return f"{low if low == high else low + chr(0x2013) + high}{_in_base_words(c)}"
    unit = _UNIT_SHOWN.get(c.unit, f" {c.unit}") if c.unit and c.unit != "%" else c.unit
    written = f"{c.text} {c.counted_text}".lower()
    shown = _plain
    if not unit and c.counted[:1] in (("day",), ("year",)) and any(w in written for w in _CONVERTED_SPANS):
        unit = f" {c.counted[0]}s"  # "six weeks" read as 42 days, "a four-decade high" as 40 years
    elif not unit and c.counted[:1] in (("day",), ("year",), ("hour",)) and (
            _compound_span(c) or not any(ch.isdigit() for ch in c.text)):
        # "a one-day strike" against "a 48-hour strike": 1 day against 48 hours; "seven years"
        # against "72 months" (= 6 years): "seven (= 7 years)", not a bare 7
        unit = f" {c.counted[0]}" + ("" if c.low == c.high == 1 else "s")
    elif not unit and c.counted[:1] == ("hour",) and "minute" in written:
        # "90 minutes" is 1.42-1.58 hours, set against "two hours" (= 2 hours), not 1.416666667-1.583333333
        unit, shown = " hours", _rounded
    if c.low == c.high:
        return f"{shown(c.low)}{unit}{_in_base_words(c)}"
    hi = "\u221e" if c.high == float("inf") else shown(c.high)
    return f"{shown(c.low)}\u2013{hi}{unit}{_in_base_words(c)}"


def _compound_span(c: NumberClaim) -> bool:
    """A span written joined to its unit ("one-day", "48-hour"): the unit is the figure's own word."""
    return "-" in c.text


# Units as a reader writes them: "40°C", not "40 degC"
_UNIT_SHOWN = {"degC": "°C", "degF": "°F", "degC change": "°C of change", "degF change": "°F of change",
               "m3": " m³", "ft3": " cubic feet", "bbl": " barrels", "kn": " knots"}


def _feet_and_inches(v: float) -> str:
    """A height in feet as written, to the half inch: 5.9583 is "5ft 11.5in"."""
    halves = round(v * 24)
    feet, inches = divmod(halves / 2, 12)
    inch = f"{inches:g}"
    return f"{int(feet)}ft" if inches == 0 else f"{int(feet)}ft {inch}in"


# Units of another system shown also in metric, so that a reader compares "0.9-mile" with
# "1,000-meter-long" in one unit, as the comparison does: (metric unit, how many base units it is).
_METRIC_OF = {
    "mi": ("km", 1000.0), "ft": ("m", 1.0), "in": ("cm", 0.01), "mph": ("km/h", 1.0), "kn": ("km/h", 1.0),
    "acre": ("ha", 1.0), "mi2": ("km2", 100.0), "ft2": ("m2", 0.0001), "degF": ("degC", 1.0),
    "degF change": ("degC change", 1.0), "gal": ("L", 1.0), "USgal": ("L", 1.0), "impgal": ("L", 1.0),
    "bbl": ("L", 1.0), "ft3": ("m3", 1000.0), "lb": ("kg", 1.0),
}


def _in_base_words(c: NumberClaim) -> str:
    """" \u2248 1.37\u20131.53 km" for a figure in a unit of another system ("0.9-mile"); else ""."""
    if c.unit not in _METRIC_OF or c.high == float("inf"):
        return ""
    metric, per = _METRIC_OF[c.unit]
    low, high, _ = in_base(c)
    low, high = _rounded(low / per), _rounded(high / per)
    shown = low if low == high else low + "\u2013" + high
    return f" \u2248 {shown}{_UNIT_SHOWN.get(metric, ' ' + metric)}"


def _rounded(v: float) -> str:
    """Three significant digits, as a conversion deserves: "1,368", "0.914", "40.2"."""
    if v == 0:
        return "0"
    magnitude = int(math.floor(math.log10(abs(v))))
    if magnitude > 2:
        return f"{round(v, 2 - magnitude):,.0f}"  # "33,800,000", not "33,784,800"
    return f"{v:,.{2 - magnitude}f}"


def _plain(v: float) -> str:
    """A figure in digits as a reader writes it: "13,550,000,000", never "1.355e+10"."""
    text = f"{v:,.10g}"
    return f"{v:,.0f}" if "e" in text and abs(v) >= 1 else text
