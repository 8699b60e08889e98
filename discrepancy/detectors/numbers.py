"""Numbers: counts, amounts and shares, read as intervals of one unit, with the thing counted.

A figure is only worth comparing with a figure about the same thing, so each claim
carries the words of the thing counted ("1,000 prisoners of war") and the words
around it. Qualifiers and round figures widen the interval, so that "about 100" and
"97", or "more than 10,000" and "10,432", never conflict. Ordinals, years, times,
days of a date and numbers inside names ("F-16", "Article 5") are not counts.
"""
from __future__ import annotations

import bisect
import math
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace

from .. import tables
from ..model import NumberClaim
from ..textnorm import STOPWORDS, singular
from ..tokens import Token, tokenize, touching
from .dates import DAY_OF_MONTH, clause_phrase
from .counted import (
    _anaphoric, _anchor, _clause, _context_words, _counted, _FRACTIONS, _model_name_end, _ONE_OF, _YEARS_IN, MONTH_WORDS,
    CAPACITY, DIFFERENCE, PARTIAL, PURPOSE, RATE_ADVERBS, SMALL, SPAN_UNITS, TENS, WHOLE,
)

SCALES = tables.number_scales()
SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
                 # a tabloid glues the whole word: "£16.5million", "$4.2billion"
                 "million": 1e6, "billion": 1e9, "trillion": 1e12}
PENNY = 0.01  # a penny is a hundredth of a pound, by definition
CURRENCY_SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₽": "RUB", "₴": "UAH", "₹": "INR",
                    "₦": "NGN", "₩": "KRW", "₱": "PHP", "₺": "TRY", "₪": "ILS", "฿": "THB", "₫": "VND", "₵": "GHS"}
# Abbreviations written before a figure, as "Rs" is: "Tk 15,000", "KSh 10 billion", "Rp 5 trillion"
CURRENCY_PREFIXES = {"Tk": "BDT", "KSh": "KES", "Rp": "IDR", "RM": "MYR", "GH¢": "GHS", "Rs": "INR"}
CURRENCY_CODES = {"usd": "USD", "us$": "USD", "eur": "EUR", "gbp": "GBP", "rub": "RUB", "uah": "UAH",
                  "cny": "CNY", "jpy": "JPY", "chf": "CHF", "inr": "INR"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB",
    "roubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "yuan": "CNY",
    "yen": "JPY", "rupees": "INR", "francs": "CHF", "lira": "TRY", "liras": "TRY",
    # currencies of one country each; a name several countries use is its own unit ("pesos"), so
    # that two amounts in it compare without a code that would name the wrong country ("won" left
    # out: "the 121 won by small margins" is a verb far more often than Korea's money)
    "taka": "BDT", "naira": "NGN", "cedi": "GHS", "cedis": "GHS", "rand": "ZAR", "baht": "THB",
    "ringgit": "MYR", "rupiah": "IDR", "zloty": "PLN", "zlotys": "PLN", "forint": "HUF",
    "reais": "BRL", "shekel": "ILS", "shekels": "ILS", "riyal": "SAR", "riyals": "SAR", "dong": "VND",
    "tenge": "KZT", "birr": "ETB", "kwacha": "ZMW", "kronor": "SEK", "kronas": "SEK",
    "peso": "pesos", "pesos": "pesos", "shilling": "shillings", "shillings": "shillings",
    "dinar": "dinars", "dinars": "dinars", "dirham": "dirhams", "dirhams": "dirhams",
    "krone": "kroner", "kroner": "kroner", "soles": "soles",
}
CURRENCY_UNITS = frozenset(CURRENCY_SYMBOLS.values()) | frozenset(CURRENCY_CODES.values()) | frozenset(
    CURRENCY_WORDS.values()) | frozenset(CURRENCY_PREFIXES.values()) | {"CFA"}
MEASURES = {
    "km": "km", "kilometers": "km", "kilometres": "km", "kilometer": "km", "kilometre": "km",
    "miles": "mi", "mile": "mi", "meters": "m", "metres": "m", "meter": "m", "metre": "m",
    "mm": "mm", "millimeter": "mm", "millimetre": "mm", "cm": "cm", "feet": "ft", "foot": "ft",
    "ft": "ft", "inches": "in", "tons": "t", "tonnes": "t", "ton": "t", "tonne": "t",
    "kg": "kg", "kilograms": "kg", "kilos": "kg", "acres": "acre", "hectares": "ha",
    # singulars as a hyphen writes them ("a 500-kilogram bomb", "a 3-acre site", "a 1-inch crack")
    "kilogram": "kg", "kilo": "kg", "acre": "acre", "hectare": "ha", "inch": "in", "barrel": "bbl",
    "centimeters": "cm", "centimetres": "cm", "centimeter": "cm", "centimetre": "cm",
    "millimeters": "mm", "millimetres": "mm", "lb": "lb", "lbs": "lb", "bpd": "bbl",
    "barrels": "bbl", "mph": "mph", "kph": "km/h", "knots": "kn", "knot": "kn", "degrees": "deg", "gigawatts": "GW",
    "megawatts": "MW", "mw": "MW", "gw": "GW", "sq": "sq",
    "litres": "L", "liters": "L", "litre": "L", "liter": "L", "gallons": "gal", "gallon": "gal",
    "ml": "ml", "millilitres": "ml", "milliliters": "ml", "millilitre": "ml", "milliliter": "ml",
}
# (words, qualifier name) — longest first.
QUALIFIERS: list[tuple[tuple[str, ...], str]] = sorted([
    (("more", "than"), "more_than"), (("over",), "more_than"), (("upwards", "of"), "more_than"),
    (("in", "excess", "of"), "more_than"), (("just", "over"), "just_over"),
    (("just", "more", "than"), "just_over"), (("at", "least"), "at_least"),
    (("no", "fewer", "than"), "at_least"), (("no", "less", "than"), "at_least"),
    (("a", "minimum", "of"), "at_least"), (("nearly",), "nearly"), (("almost",), "nearly"),
    (("close", "to"), "nearly"), (("just", "under"), "nearly"), (("just", "shy", "of"), "nearly"),
    (("about",), "about"), (("around",), "about"), (("approximately",), "about"),
    (("roughly",), "about"), (("some",), "about"), (("an", "estimated"), "about"),
    (("estimated",), "about"), (("circa",), "about"), (("approx",), "about"),
    (("up", "to"), "up_to"), (("within",), "up_to"), (("as", "many", "as"), "up_to"), (("as", "much", "as"), "up_to"),
    (("at", "most"), "up_to"), (("no", "more", "than"), "up_to"), (("a", "maximum", "of"), "up_to"),
    (("fewer", "than"), "less_than"), (("less", "than"), "less_than"), (("under",), "less_than"),
    (("below",), "less_than"), (("more", "then"), "more_than"),
    (("topped",), "more_than"), (("topping",), "more_than"), (("exceeded",), "more_than"),
    (("exceeding",), "more_than"), (("surpassed",), "more_than"), (("surpassing",), "more_than"),
], key=lambda q: -len(q[0]))

# A capitalised word right before a number that makes it a name or an id ("Article 5").
DESIGNATORS = {
    "article", "section", "resolution", "flight", "route", "title", "chapter", "amendment",
    "proposition", "prop", "room", "apollo", "level", "phase", "stage", "block", "unit",
    "gate", "terminal", "reactor", "platform", "building", "number", "no", "nos", "page",
    "episode", "season", "volume", "vol", "code", "district", "precinct", "ward", "pier",
    "channel", "highway", "interstate", "division", "brigade", "battalion", "regiment",
    "squadron", "version", "model", "type", "mark", "mk", "category", "grade", "class",
    "item", "clause", "paragraph", "rule", "bill", "act", "law", "order", "decree", "plan",
    "camp", "cell", "lane", "road", "street", "avenue", "gen", "generation", "formula",
    "vision", "agenda", "covid", "group", "g", "world", "war", "star", "fox", "cnn", "channel",
    "year", "tier",  # "Year 6 pupils", "Year 13 students": a school year, as "Grade 3" is
}
# Lowercase words that make the small whole number after them a rank or a part's name, as news writes
# them uncapitalised: "a phase 3 trial", "stage four cancer", "a category 5 storm", "raised to level 3".
_LOWERCASE_DESIGNATORS = {
    "phase", "stage", "level", "category", "tier", "type", "grade", "class", "article", "section",
    "chapter", "page", "episode", "season", "clause", "paragraph", "platform", "terminal", "reactor", "gate",
}
_PLURALS_WITHOUT_S = {"people", "children", "men", "women", "police", "staff", "personnel", "cattle", "sheep"}
TIME_AFTER = re.compile(r"\s*(?:a\.?m\b\.?|p\.?m\b\.?|gmt\b|utc\b|[ecmp][sd]t\b|cet\b|msk\b|o['\u2019]clock\b|hrs\b|local time\b)",
                        re.I)
_O_CLOCK = re.compile(r"\s*o['\u2019]\s?clock\b", re.I)
# Words that can follow a hyphen after a figure and make it a unit ("140-page", "40-year-old").



# Spans "a" counts one of: "for a fortnight" (14 days), "a decade behind bars" (ten years)
_SPANS_AFTER_A = frozenset({"fortnight", "decade"})
# Lengths written after "half a" ("half a mile") or a bound's "a" ("more than a mile")
_LENGTHS_AFTER_A = frozenset({"mile", "kilometre", "kilometer", "metre", "meter"})
# The last word of a bound before "a"/"an" and a unit: "just over an hour", "more than a mile", "nearly a year"
_BOUND_WORDS_BEFORE_A = frozenset({"over", "than", "nearly", "almost", "roughly", "approximately", "under", "barely"})
# Units a span "a ... and a half" is written in
_UNITS_AND_A_HALF = frozenset({"year", "month", "week", "day", "hour", "minute", "century", "decade", "season"})
# ... and every unit one "a" may stand for: a span's or a length's ("half a mile", "just over an hour")
_UNITS_AFTER_A = _UNITS_AND_A_HALF | _LENGTHS_AFTER_A
_AND_A_HALF = re.compile(r"\s+[^\W\d_]+\s+and\s+a\s+half\b", re.IGNORECASE)
# The span after a fraction's "a" ("half an hour", "an hour and a quarter"), with its quarters
_SPAN_WORD = re.compile(r"\s+(?:" + "|".join(sorted(_UNITS_AND_A_HALF))
                        + r")s?\b(?:\s+and\s+(?:a\s+quarter|three[\s-]quarters)\b)?", re.IGNORECASE)


def _one_counts(toks: list[Token], j: int) -> bool:
    """Does what follows a "one" (or the "a" of "a fortnight") at toks[j - 1] make it a count: "one
    person", the span of "a one-year ban", "a fortnight"?"""
    if j >= len(toks):
        return False
    if toks[j].lower in _ONE_OF or toks[j].lower in _SPANS_AFTER_A:
        return True
    if (toks[j - 1].lower in ("a", "an") and j >= 2 and toks[j - 2].lower in _BOUND_WORDS_BEFORE_A
            and toks[j].lower in _UNITS_AFTER_A):
        return True  # "just over an hour", "more than a mile" (`_figure`)
    if _and_a_half_at(toks, j):
        return True  # "one and a half million people", "one and a half hours"
    return (j + 1 < len(toks) and toks[j].text == "-" and touching(toks[j - 1], toks[j])
            and touching(toks[j], toks[j + 1]) and toks[j + 1].lower in SPAN_UNITS)  # "a one-year ban", "a one-day strike"


def _and_a_half_at(toks: list[Token], j: int) -> bool:
    """Do the words from toks[j] say "and a half" (or, hyphenated, "-and-a-half")?"""
    return _and_a_half_end(toks, j) is not None


def _and_a_half_end(toks: list[Token], j: int) -> int | None:
    """The index after the "and a half" from toks[j], spaced or hyphenated ("two-and-a-half
    times", "a three-and-a-half-hour delay"), or None."""
    if [t.lower for t in toks[j:j + 3]] == ["and", "a", "half"]:
        return j + 3
    run = toks[j:j + 6]
    if ([t.lower for t in run] == ["-", "and", "-", "a", "-", "half"] and j > 0
            and all(touching(x, y) for x, y in zip([toks[j - 1], *run], run))):
        return j + 6
    return None


def extract_numbers(sentence: str) -> list[NumberClaim]:
    """Every count, amount or share in the sentence, never raising on odd text."""
    toks = tokenize(sentence)
    claims: list[NumberClaim] = []
    i = 0
    while i < len(toks):
        claim, nxt = _claim_at(sentence, toks, i)
        if claim is not None:
            claims.append(claim)
        i = max(nxt, i + 1)
    claims = _averages_joined(sentence, claims)
    claims = _years_and_months(sentence, claims)
    claims = _hours_minutes_seconds(sentence, claims)
    claims = _money_and_hundredths(sentence, claims)
    claims = [_with_its_half(sentence, c) for c in claims]
    claims = _conversions_of_changes(sentence, claims)
    claims = _elliptical_counts(sentence, claims)
    extra = (*_decade_ages(sentence, toks), *_vague_quantities(sentence, toks))
    if not extra:
        return claims
    taken = [(c.start, c.end) for c in claims]
    for claim in extra:
        if not any(a < claim.end and claim.start < b for a, b in taken):
            claims.append(claim)
            taken.append((claim.start, claim.end))
    return sorted(claims, key=lambda c: c.start)


# What may follow a count whose noun is left out ("214 people tested positive and 27 were
# admitted"): a verb or auxiliary, not "of" ("nine of whom") nor a unit
_AFTER_AN_ELLIPTICAL_COUNT = re.compile(
    r"\s+(?:were|was|had|have|has|are|remain|remained|died|needed|required|suffered|received|"
    r"went|fled|stayed|lost|tested|left)\b", re.IGNORECASE)
# ... or right after "and" with the verb left out too, before the words that set it apart: "Around
# 15,000 people attended on the Saturday and 13,000 on the Sunday"
_AND_BEFORE_A_GAPPED_COUNT = re.compile(r"(?:^|\s),?\s*and\s+$")
_AFTER_A_GAPPED_COUNT = re.compile(r"\s+(?:on|in|at|during|from|over|for|by|last|this)\b", re.IGNORECASE)
# ... or after "and" and another name, its verb left out, ending the clause: "The Post sells 11,200
# copies a day and the Star 9,800", "Labour won 40 seats and the Conservatives 32."
# (what `compare.samefact` also reads between two figures joined so)
AND_ANOTHER_NAME = r",?\s*and\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}"
_AND_A_NAME_BEFORE_A_GAPPED_COUNT = re.compile(r"(?:^|\s)" + AND_ANOTHER_NAME + "$")
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[,;.]|$)")


def _elliptical_counts(sentence: str, claims: list[NumberClaim]) -> list[NumberClaim]:
    """A bare count right before a verb counts what the sentence's last count counted, as English
    leaves the noun out: "214 people tested positive and twenty-seven needed hospital treatment"
    counts 27 people, "fired 12 missiles, and 10 were shot down" 10 missiles; so does one after
    "and" whose verb is left out as well ("15,000 attended on the Saturday and 13,000 on the Sunday"),
    or with another name before it ("sells 11,200 copies a day and the Star 9,800": a rate too)."""
    out = list(claims)
    for k in range(1, len(out)):
        this = out[k]
        if this.counted or this.unit:
            continue
        gapped = bool(_AND_BEFORE_A_GAPPED_COUNT.search(sentence[max(0, this.start - 8):this.start])
                      and _AFTER_A_GAPPED_COUNT.match(sentence, this.end))
        named = bool(_AND_A_NAME_BEFORE_A_GAPPED_COUNT.search(sentence[max(0, this.start - 40):this.start])
                     and _CLAUSE_ENDS_AFTER.match(sentence, this.end))
        if not gapped and not named and not _AFTER_AN_ELLIPTICAL_COUNT.match(sentence, this.end):
            continue
        before = next((c for c in reversed(out[:k]) if c.counted and not c.unit), None)
        if before is None or before.counted[0].startswith("+") and not named or before.counted[0] == "age":
            continue
        out[k] = replace(this, counted=before.counted, counted_text=before.counted_text)
    return out


def _change_then_level(toks: list[Token], start: int, sep: int, after_second: int, first: str, point: bool) -> bool:
    """Is "X to Y" a change and the level it reached, not a range? So where X is in percentage
    points and Y a per cent ("by half a percentage point to 4.5 percent", "by 25bps to 4.5%"): two
    units, or where pence are glued to both after a verb of change. "Rose by 5 to 10 percent" and
    "by 2C to 3C" stay ranges (so does "rose by 5C to 40C", which only the magnitudes tell apart)."""
    if toks[sep].lower != "to":
        return False
    before = [t.lower for t in toks[max(0, start - 2):start]]
    if (_GLUED_PENCE.fullmatch(first) and _GLUED_PENCE.fullmatch(toks[sep + 1].text)
            and (before[-1:] and before[-1] in _CHANGE_VERBS or before[-2:-1] and before[-2] in _CHANGE_VERBS
                 and before[-1] == "by")):
        return True  # "petrol rose 2.5p to 191.5p a litre": by how much, then the price ("$2 to $191" is read apart too)
    unit_after = after_second < len(toks) and (toks[after_second].text == "%" or toks[after_second].lower in (
        "percent", "per", "pct"))
    return (point or glued_unit(first) == "pp") and unit_after


def _conversions_of_changes(sentence: str, claims: list[NumberClaim]) -> list[NumberClaim]:
    """A temperature in brackets or after "or" right beside a change of temperature is its conversion,
    and a change too: "limit warming to 1.5 degrees Celsius (2.7 degrees Fahrenheit)", "1.5C (2.7F)
    above pre-industrial levels"."""
    out = list(claims)
    for k in range(1, len(out)):
        before, this = out[k - 1], out[k]
        if not re.fullmatch(r"\s*(?:\(|,?\s*or)\s*", sentence[before.end:this.start]):
            continue
        if before.unit.endswith(_CHANGE) and this.unit in ("degC", "degF"):
            out[k] = replace(this, unit=this.unit + _CHANGE)
        elif this.unit.endswith(_CHANGE) and before.unit in ("degC", "degF"):
            out[k - 1] = replace(before, unit=before.unit + _CHANGE)  # "1.5C (2.7F) above pre-industrial levels"
    return out


def _token_index(toks: list[Token], offset: int) -> int:
    """The first token starting at or after character `offset` (len(toks) past the last): tokens are
    in order, so bisection finds it, as `names._char_to_token` does."""
    return bisect.bisect_left(toks, offset, key=lambda t: t.start)


# Vague quantities read as the ranges their words allow, with the slack a round figure gets
# ("dozens" is two dozen or more and under a couple of hundred): "dozens of protesters" and "more
# than 500 protesters" cannot both hold. Qualifier VAGUE: the fitted decisions were never fitted on them.
VAGUE = "vague"
_VAGUE_RANGES = {"dozens": (20.0, 144.0), "scores": (40.0, 199.0), "hundreds": (150.0, 999.0),
                 "thousands": (1_500.0, 9_999.0), "tens of thousands": (15_000.0, 99_999.0),
                 "hundreds of thousands": (150_000.0, 999_999.0), "millions": (1_500_000.0, 999_999_999.0)}
_VAGUE = re.compile(r"\b(?:(tens|hundreds)\s+of\s+)?(dozens|scores|hundreds|thousands|millions)\s+of\s+(?=\w)",
                    re.IGNORECASE)


def _vague_quantities(sentence: str, toks: list[Token]) -> Iterator[NumberClaim]:
    if "s of " not in sentence:
        return  # "dozens of", "thousands of": most sentences have no such words
    for m in _VAGUE.finditer(sentence):
        words = (f"{m.group(1).lower()} of " if m.group(1) else "") + m.group(2).lower()
        if words not in _VAGUE_RANGES:
            continue
        low, high = _VAGUE_RANGES[words]
        first, after_of = _token_index(toks, m.start()), _token_index(toks, m.end())
        counted, counted_text, after = _counted(sentence, toks, after_of)
        if not counted:
            continue
        unit = CURRENCY_WORDS.get(counted[0], "")  # "millions of dollars"
        if unit:
            counted = counted[1:]
        end = m.end(2)  # "Dozens", "Tens of thousands": the quantity's words
        yield NumberClaim(start=m.start(), end=end, text=sentence[m.start():end], value=low, low=low, high=high,
                          unit=unit, counted=tuple(counted), counted_text=counted_text,
                          left=tuple(_context_words(_clause(toks, first, -1, 5))),
                          right=tuple(_context_words(_clause(toks, after, +1, 5))), qualifier=VAGUE, approximate=True,
                          anchor=_anchor(toks, first, first, after_of, counted))


# An age told by its decade: "a man in his twenties", "in her late 50s", "an octogenarian". Each is
# the years it spans by definition ("early" the first four, "mid" the middle four, "late" the last
# four), so "in his twenties" and a "17-year-old" cannot both hold of one person. "In their
# twenties" is several people's ages, which one person's need not match: not read.
_DECADE_WORDS = {"teens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                 "seventies": 70, "eighties": 80, "nineties": 90}
_GENARIANS = {"sexagenarian": 60, "septuagenarian": 70, "octogenarian": 80, "nonagenarian": 90}
_DECADE_AGE = re.compile(
    r"\b(?:in|into)\s+(?:his|her)\s+(?:(early|mid|late)[\s-]+)?(" + "|".join(_DECADE_WORDS)
    + r"|[1-9]0[’']?s)\b|\b(?:an?\s+)?(" + "|".join(_GENARIANS) + r")s?\b", re.IGNORECASE)


def _decade_ages(sentence: str, toks: list[Token]) -> Iterator[NumberClaim]:
    if "genarian" not in sentence and not any(w in sentence for w in (" his ", " her ", " His ", " Her ")):
        return  # most sentences: no regex scan
    for m in _DECADE_AGE.finditer(sentence):
        if m.group(3):
            low = float(_GENARIANS[m.group(3).lower()])
            high = low + 9
        else:
            word = m.group(2).lower().replace("’", "").replace("'", "")
            low = float(_DECADE_WORDS[word] if word in _DECADE_WORDS else int(word[:-1]))
            high = low + 9
            if low == 10:
                low = 13.0  # the teens are thirteen to nineteen
            part = (m.group(1) or "").lower()
            if part == "early":
                high = low + 3
            elif part == "mid":
                low, high = low + 3, low + 6
            elif part == "late":
                low = high - 3
        first, after = _token_index(toks, m.start()), _token_index(toks, m.end())
        yield NumberClaim(start=m.start(), end=m.end(), text=m.group(0), value=low, low=low, high=high, unit="",
                          counted=("age",), counted_text="age", left=tuple(_context_words(_clause(toks, first, -1, 5))),
                          right=tuple(_context_words(_clause(toks, after, +1, 5))), approximate=True)


# ----------------------------------------------------------------- parsing a figure


# Units of physical measures: a figure in one is rounded to the last digit it writes.
_MEASURE_UNITS = frozenset(MEASURES.values()) | {"km/h", "mph", "m/s", "kn", "km2", "mi2", "m2", "ft2", "degC", "degF", "nmi",
                                                  "degC change", "degF change", "USgal", "impgal",
                                                  "m3", "ft3"}
# Scales whose zero is arbitrary: a share of the value says nothing about their rounding.
_ABSOLUTE_UNITS = frozenset({"degC", "degF", "deg"})

# A length unit before "/h", "per hour" or squared: what speed or area it makes.
_SPEED_OF = {"km": "km/h", "mi": "mph", "m": "m/s"}
_AREA_OF = {"km": "km2", "mi": "mi2", "m": "m2", "ft": "ft2"}
_TEMPERATURE = {"celsius": "degC", "centigrade": "degC", "c": "degC", "fahrenheit": "degF", "f": "degF"}
# A temperature that is a change, not a reading ("warmed by 1.2C", "2.2F above pre-industrial
# levels", "a rise of 3C"): in degrees of change, where 1.2C is 2.16F, not 34.16F.
_CHANGE = " change"
_WARMING_WORDS = frozenset({"warming", "cooling", "heating"})
# a verb of change right before the figure ("fell 20F overnight"; "rose to 40C" is a reading)
_CHANGE_VERBS = frozenset({"rose", "risen", "fell", "fallen", "dropped", "climbed", "jumped", "increased", "decreased",
                           "warmed", "cooled", "plunged", "soared", "plummeted"})
# a word right after the figure that makes it a difference ("2.2F above pre-industrial levels",
# "3C warmer", "2.7C warming")
_CHANGE_AFTER = frozenset({"above", "below", "warmer", "cooler", "hotter", "colder", "higher", "lower", "rise",
                           "increase", "drop", "fall", "jump", "warming", "cooling", "heating"})
# a goal named after the figure, a change where the sentence speaks of the climate ("the 1.5C
# target"), a reading elsewhere ("the 40C threshold" of a heatwave)
_GOAL_AFTER = frozenset({"target", "goal", "threshold", "limit", "ceiling"})
_CLIMATE_WORDS = frozenset({"warming", "heating", "climate", "industrial", "preindustrial"})
# words before "by" that make the figure after it a change ("could warm by 3C", "heated up by 3C")
_BY_CHANGE = _CHANGE_VERBS | frozenset({"warm", "warms", "warming", "heat", "heats", "heated", "heating", "cool",
                                        "cools", "cooling", "rise", "rises", "rising", "increase", "increases",
                                        "increasing", "fall", "falls", "falling", "drop", "drops", "dropping",
                                        "climb", "climbs", "climbing", "up", "down"})


# a verb of change a few words before "from": "cut the course from 42 to 26 kilometres", "rose from 5
# to 7 percent" give the level a change started from and the level it reached, not a range
_FROM_LEVEL_VERBS = _CHANGE_VERBS | frozenset({
    "up", "down", "cut", "cuts", "reduced", "reduces", "raised", "raises", "lowered", "lowers", "grew", "grown",
    "shrank", "shrunk", "slipped", "declined", "slashed", "trimmed", "boosted", "lifted", "hiked", "expanded",
    "shortened", "lengthened", "extended", "widened", "narrowed", "doubled", "tripled", "halved", "revised",
    "upgraded", "downgraded", "rises", "falls", "increases", "decreases", "dropping", "rising", "falling",
    "increasing", "decreasing", "climbing", "growing", "cutting", "reducing", "raising", "lowering", "surged",
    "tumbled", "sank", "dipped", "edged", "swelled", "ballooned", "slumped", "rocketed", "leapt", "leaped"})


def _level_a_change_starts_from(toks: list[Token], from_at: int) -> bool:
    """Is toks[from_at] the "from" of a change ("cut the course from 42 to 26 kilometres", "rose
    from 5 to 7 percent")? Then "X to Y" are two levels, not a range; up to two words (no figure)
    may stand between the verb and "from"."""
    for k in range(from_at - 1, max(-1, from_at - 4), -1):
        word = toks[k]
        if word.lower in _FROM_LEVEL_VERBS:
            return True
        if not word.text[:1].isalpha() or word.lower in ("and", "or", "but", "from", "to"):
            return False
    return False


def _temperature_change(toks: list[Token], q_start: int, j: int) -> bool:
    """Is the temperature between q_start and j a change rather than a reading?"""
    after = [t.lower for t in toks[j:j + 3]]
    if after[:1] in (["above"], ["below"]) and after[1:2] in (["zero"], ["freezing"]):
        return False  # "20C below zero" is a reading
    if toks[q_start].lower == "from":
        return False  # "rose from 35C to 40C": two readings
    if after[:1] and after[0] in _CHANGE_AFTER:
        return True  # "2.2F above pre-industrial levels", "3C warmer than", "2.7C warming"
    if after[:1] and after[0] in _GOAL_AFTER and any(t.lower in _CLIMATE_WORDS for t in toks):
        return True  # "the 1.5C target" of a climate deal
    if after[:1] == ["of"] and any(w in _WARMING_WORDS for w in after[1:3]):
        return True  # "1.5C of warming", "2.7C of global heating"
    before = [t.lower for t in toks[max(0, q_start - 4):q_start]]
    if before[-1:] == ["by"] and any(w in _BY_CHANGE or w in _CHANGE_NOUNS for w in before[:-1]):
        return True  # "has warmed by about 1.2C", "heated up by 3C"
    if before[-1:] and before[-1] in _CHANGE_VERBS:
        return True  # "fell 20F overnight"
    if before[-1:] == ["of"] and len(before) >= 2 and before[-2] in _CHANGE_NOUNS | _WARMING_WORDS:
        return True  # "a rise of 3C", "warming of 1.5C"
    # "limit warming to 1.5C" ("forecast to rise to 40C" is a reading)
    return before[-1:] == ["to"] and len(before) >= 2 and before[-2] in _WARMING_WORDS


_HEAT_WORDS = frozenset({"temperature", "temperatures", "heat", "heatwave", "hot", "hottest", "cold", "coldest",
                         "warm", "warmest", "freezing", "frost", "thermometer", "thermometers", "celsius",
                         "fahrenheit", "degrees", "degree", "weather", "forecast", "chill", "scorching"})


def _about_heat(toks: list[Token], j: int) -> bool:
    """Is the spaced capital at j a degree ("40 C")? When the sentence speaks of heat, or the letter
    ends a clause ("reached 40 C."); not "Section 1,000 C of the code", nor "grade C"."""
    if j + 1 < len(toks) and (toks[j + 1].text in ("-", "\u2013", "/") or toks[j + 1].text[:1].isdigit()):
        return False  # "48 F-16 jets", "12 C-17 planes", "1,000 C-130 flights": a model's name
    if j + 1 >= len(toks) or not toks[j + 1].is_word:
        return True
    return any(t.lower in _HEAT_WORDS for t in toks)


def _measure_after(toks: list[Token], j: int) -> tuple[str, int] | None:
    """(unit, next index) of a measure written after a figure, or None: "km", "km/h", "miles per
    hour", "square miles", "sq km", "km2", "knots", "degrees Celsius", "°F"."""
    def at(k: int) -> str:
        return toks[k].lower if k < len(toks) else ""

    w = at(j)
    if (j < len(toks) and toks[j].text in ("C", "F") and 0 < j and toks[j - 1].text[-1:].isdigit()
            and (toks[j].start == toks[j - 1].end or _about_heat(toks, j))):
        # "1,000C": the tokens split a figure with commas from its glued degree; "40 C", spaced as
        # some agencies write it, where the sentence is about heat or the letter ends a clause
        return _TEMPERATURE[w], j + 1
    if w == "nautical" and at(j + 1) in ("mile", "miles"):
        return "nmi", j + 2
    if w in ("us", "imperial") and at(j + 1) in ("gallon", "gallons"):
        return ("impgal" if w == "imperial" else "USgal"), j + 2  # "264,000 US gallons": no British gallon
    if [at(j + k) for k in range(5)] in (["u", ".", "s", ".", "gallons"], ["u", ".", "s", ".", "gallon"]):
        return "USgal", j + 5  # "U.S. gallons", as the tokens split it
    if w in ("square", "sq") and MEASURES.get(at(j + 1 + (at(j + 1) == "."))) in _AREA_OF:
        k = j + 1 + (at(j + 1) == ".")
        return _AREA_OF[MEASURES[at(k)]], k + 1
    if w in ("km2", "km²") or (w == "km" and at(j + 1) == "²"):
        return "km2", j + (2 if at(j + 1) == "²" else 1)
    if w in ("kmh", "kmph", "km/h"):
        return "km/h", j + 1
    if w == "cubic" and MEASURES.get(at(j + 1)) in ("m", "ft"):
        return MEASURES[at(j + 1)] + "3", j + 2  # "2 million cubic metres of gas", "cubic feet"
    if w in ("m3", "m\u00b3") or (w == "m" and at(j + 1) == "\u00b3"):
        return "m3", j + (2 if at(j + 1) == "\u00b3" else 1)
    if w == "ml" and toks[j].text not in ("ml", "mL"):
        return None  # "ML" is no millilitre
    if w in ("degrees", "degree", "°", "º"):
        k = j + 1
        if at(k) in _TEMPERATURE and (w.startswith("deg") or at(k) in ("c", "f")):
            return _TEMPERATURE[at(k)], k + 1
        return ("deg", j + 1) if w.startswith("deg") else None
    if w not in MEASURES:
        return None
    unit = MEASURES[w]
    if unit in _SPEED_OF and at(j + 1) == "/" and at(j + 2) in ("h", "hr", "hour", "s") and (
            at(j + 2) == "s") == (unit == "m"):
        return _SPEED_OF[unit], j + 3
    if unit in _SPEED_OF and unit != "m" and at(j + 1) == "per" and at(j + 2) == "hour":
        return _SPEED_OF[unit], j + 3
    return unit, j + 1


# Words after "pounds of" that make the pounds money ("pounds of taxpayers' money", "pounds of
# investment"), and things a "five-pound" compound names that are money ("note", "fine")
_MONEY_AFTER_POUNDS = frozenset({
    "rebate", "payment", "capital", "lottery", "bond", "gilt", "bonus", "fund", "pension", "prize", "salary",
    "wage", "deal", "offer", "takeover", "bid", "budget", "grant", "loan", "penalty", "card", "fare", "fee",
    "fine", "charge", "levy", "subsidy", "donation", "tax", "cut", "limit", "rise", "increase", "raise",
    "money", "cash", "funding", "funds", "investment", "investments", "taxpayers", "taxpayer", "aid",
    "spending", "savings", "debt", "debts", "damage", "losses", "profit", "profits", "revenue", "revenues",
    "income", "cuts", "taxes", "bonuses", "compensation", "contracts", "assets", "sales", "support",
    "subsidies", "grants", "loans", "benefits", "donations", "property", "shares", "refund", "refunds",
    "cashback", "overtime", "business", "trade", "exports", "imports", "goods", "fines", "fees", "wages",
    "pay", "salaries", "bills", "payments", "reserves", "damages", "sterling", "bribes", "spend", "credit",
    "bribe", "ransom", "settlement", "windfall", "discount", "incentive", "reward", "allowance",
    "payout", "benefit", "voucher", "scheme"})
# a compound's own words that make it money ("a 50-pound-a-week rise", "a 10-pound-a-month levy")
_MONEY_COMPOUND = frozenset({"a", "per", "week", "month", "year", "day", "hour"})
_MONEY_THINGS = frozenset({"note", "notes", "coin", "coins", "fine", "fines", "bill", "bills", "ticket", "tickets",
                           "fee", "fees", "charge", "levy", "payment", "bet", "prize", "bonus", "voucher", "sterling"})
_WEIGH_WORDS = frozenset({"weigh", "weighs", "weighed", "weighing"})
# "pounds of the/their/your ...": whose money, as often as not ("5 pounds of your own money")
_DETERMINERS_AFTER_POUNDS = frozenset({"the", "their", "his", "her", "its", "our", "your", "this", "that", "a", "an"})
# qualifiers a verb of weighing may have before its figure ("weighed just over 150 pounds")
_BETWEEN_WEIGH_AND_FIGURE = frozenset({"about", "around", "nearly", "almost", "roughly", "approximately", "some",
                                       "more", "less", "than", "over", "under", "just", "up", "to", "at", "least",
                                       "in", "excess", "of", "an", "estimated", "only", "barely", "close"})


def _pound_sign_in(toks: list[Token]) -> bool:
    """Does the sentence write a "£"? Then its "pounds" are money."""
    return any(t.text.startswith("\u00a3") for t in toks)


def _pounds_weigh(toks: list[Token], start: int, j: int, scaled: bool) -> bool:
    """Is the "pounds" at toks[j] a weight? In a sentence with no "£" and no money word among the
    four words after it ("pounds in fines", "five million pounds of funding"): after a verb of
    weighing that governs a figure under a million ("weighed about 150 pounds", not "weighing a 3
    billion pounds offer"), or "pounds of" a thing ("250 pounds of cocaine", "2.1 million pounds of
    ground beef"; "of the ..." and "of your ..." stay money, as often whose money as what)."""
    if _pound_sign_in(toks):
        return False
    after = {w for t in toks[j + 1:j + 5] for w in (t.lower, singular(t.lower))}
    if after & _MONEY_AFTER_POUNDS:
        return False  # "pounds in fines", "pounds of lottery cash", "pounds of council tax rebate"
    k = start - 1
    while k >= 0 and toks[k].lower in _BETWEEN_WEIGH_AND_FIGURE:
        k -= 1
    if k >= 0 and toks[k].lower in _WEIGH_WORDS:
        return not scaled  # "weighed 150 pounds"; "weighing 1.2 billion pounds" of bids is money
    return (j + 2 < len(toks) and toks[j + 1].lower == "of" and toks[j + 2].is_word
            and toks[j + 2].lower not in _DETERMINERS_AFTER_POUNDS)


# Inches written after feet: "1in" glued, "2 in" or "2 inches" spaced; under twelve by definition.
_GLUED_INCHES = re.compile(r"(\d{1,2}(?:\.\d)?)(?:in|ins)")
_INCH_WORDS = frozenset({"in", "ins", "inch", "inches"})
# Words after a spaced "in" that make it a preposition ("6ft 2 in the squad" is no height)
_NOT_INCHES_AFTER = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that", "each", "all"})


def _inches_after(toks: list[Token], j: int) -> tuple[float, int] | None:
    """(inches, next index) written right after a figure in feet ("7ft 1in", "6 feet 2 inches",
    "6 ft 4 in"), or None."""
    if j >= len(toks):
        return None
    if (m := _GLUED_INCHES.fullmatch(toks[j].text)) is not None:
        inches, k = float(m.group(1)), j + 1
    elif (toks[j].lower in SMALL and 0 < SMALL[toks[j].lower] < 12 and j + 1 < len(toks)
          and toks[j + 1].lower in ("inch", "inches")):
        inches, k = float(SMALL[toks[j].lower]), j + 2  # "six feet two inches"
    elif (re.fullmatch(r"\d{1,2}(?:\.\d)?", toks[j].text) and j + 1 < len(toks)
          and toks[j + 1].lower in _INCH_WORDS
          and not (toks[j + 1].lower == "in" and j + 2 < len(toks)
                   and (toks[j + 2].lower in _NOT_INCHES_AFTER or toks[j + 2].text[:1].isdigit()))):
        inches, k = float(toks[j].text), j + 2
    else:
        return None
    return (inches, k) if inches < 12 else None


# Units written glued to a figure ("40km", "155mm", "25mph"); a glued "m" stays a million ("£200m").
_GLUED_BASIS_POINTS = {"bp": 0.01, "bps": 0.01}  # a glued scale in percentage points
_GLUED_UNITS = frozenset({"km", "mm", "cm", "ft", "kg", "mph", "kph", "mw", "gw", "ml", "lb", "lbs"})


# Pence glued to their figure, "64p", "2.5p": a hundredth of a pound each (British English)
_GLUED_PENCE = re.compile(r"(?:\d{1,4}|\d,\d{3})(?:\.\d{1,2})?p")


def glued_unit(tok: str) -> str | None:
    """The unit written glued to a figure, "40km" -> "km", "104F" -> "degF", "64p" -> "GBP"; None without one."""
    if _GLUED_PENCE.fullmatch(tok):
        return "GBP"
    if re.fullmatch(r"-?(?:\d{1,4}|\d,\d{3})(?:\.\d)?[CF]", tok):
        return _TEMPERATURE[tok[-1].lower()]  # "40C", "104F": a temperature
    m = re.fullmatch(r"[\d,]+(?:\.\d+)?([a-zA-Z]{2,3})", tok)
    if m and m.group(1) in _GLUED_BASIS_POINTS:
        return "pp"  # "25bp", "50bps": basis points, in lower case ("50 BP stations" are stations)
    return MEASURES[m.group(1).lower()] if m and m.group(1).lower() in _GLUED_UNITS else None


def _parse_digits(tok: str) -> tuple[float, float] | None:
    """(value, scale from a glued suffix) of '1,000', '3.2bn', '45'; None if not a plain figure."""
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([a-zA-Z]{0,3}|(?i:million|billion|trillion))", tok)
    if not m:
        return None
    digits, frac, suffix = m.groups()
    if suffix and suffix.lower() not in SUFFIX_SCALES and glued_unit(tok) is None:
        return None
    if suffix in ("C", "F"):
        return float(digits.replace(",", "") + (frac or "")), 1.0  # "40C": degrees, no scale
    value = float(digits.replace(",", "") + (frac or ""))
    return value, _suffix_scale(suffix)


def _suffix_scale(suffix: str) -> float:
    """The scale a suffix glued to a figure writes: "3.2bn" a billion, "25bp" a hundredth of a point."""
    if suffix in _GLUED_BASIS_POINTS:
        return _GLUED_BASIS_POINTS[suffix]
    if suffix == "p":
        return PENNY  # "64p" is £0.64
    return SUFFIX_SCALES.get(suffix.lower(), 1.0) if suffix else 1.0


def _digit_word(toks: list[Token], j: int) -> bool:
    """Is toks[j] one digit written as a word ("zero" to "nine")?"""
    return j < len(toks) and SMALL.get(toks[j].lower, 10) < 10


def _step_in_words(toks: list[Token], i: int, j: int) -> float | None:
    """What the last digit after "point" is worth in a figure written in words from toks[i] to
    toks[j] ("four point eight billion": a hundred million, as "4.8 billion"), or None."""
    at = next((k for k in range(i, j) if toks[k].lower == "point"), None)
    if at is None:
        return None
    k = at + 1
    while k < j and _digit_word(toks, k):
        k += 1
    digits = k - at - 1
    scale = SCALES.get(toks[k].lower, 1.0) if k < j else 1.0
    return 10.0 ** -digits * scale if digits else None


def _parse_words(toks: list[Token], i: int) -> tuple[float, int] | None:
    """A number written in words from toks[i]: ("two hundred and fifty", next index). A leading
    "a" before a scale is one: "a hundred and thirty-four" is 134."""
    total, current, j, seen = 0.0, 0.0, i, False
    last = ""  # the kind of the word read last: "small" (one to nine), "teen", "tens", or a scale
    while j < len(toks):
        w = toks[j].lower
        if j == i and w in ("a", "an") and j + 1 < len(toks) and toks[j + 1].lower in SCALES:
            current, last = 1.0, "small"
        elif w in SMALL:
            if last in ("small", "teen", "decimal") or last == "tens" and SMALL[w] >= 10:
                break  # "one in seven five-year-olds": two numbers, never 12
            current += SMALL[w]
            last = "teen" if SMALL[w] >= 10 else "small"
        elif w in TENS:
            if last in ("small", "teen", "tens", "decimal"):
                break  # "five twenty" is no number
            current += TENS[w]
            last = "tens"
            # twenty-five
            if (j + 2 < len(toks) and toks[j + 1].text == "-" and toks[j + 2].lower in SMALL
                    and touching(toks[j], toks[j + 1]) and touching(toks[j + 1], toks[j + 2])):
                current += SMALL[toks[j + 2].lower]
                last = "small"  # "twenty-five five-year-olds": two numbers, never 30
                j += 2
        elif w == "point" and last in ("small", "teen", "tens") and _digit_word(toks, j + 1):
            # "four point eight billion" is 4.8 billion, "sixty-two point five" 62.5: the digits after
            # "point", one word each
            digits = ""
            while _digit_word(toks, j + 1):
                digits += str(SMALL[toks[j + 1].lower])
                j += 1
            current += float("0." + digits)
            last = "decimal"
        elif w == "hundred" and seen:
            current = (current or 1) * 100
            last = "scale"
        elif w in ("thousand", "million", "billion", "trillion") and seen:
            total += (current or 1) * SCALES[w]
            current = 0
            last = "scale"
        elif (w == "and" and seen and j + 1 < len(toks) and (toks[j + 1].lower in SMALL or toks[j + 1].lower in TENS)
              and toks[j - 1].lower in SCALES):
            j += 1  # "two hundred and fifty"; "ninety and sixty" are two numbers
            continue
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    return total + current, j


# Verbs whose "over" is a particle of the verb, not a bound of the figure after it ("took over 30
# shops", "paid over $5 million" are more than that, as readers mostly mean them)
_OVER_PARTICLE_VERBS = frozenset({
    "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "sign", "signs", "signed", "signing",
    "fork", "forks", "forked", "forking"})


def _qualifier_before(toks: list[Token], i: int) -> tuple[str | None, int]:
    """The qualifier ending right before toks[i], and where it starts."""
    for words, name in QUALIFIERS:
        n = len(words)
        if i - n < 0:
            continue
        if tuple(t.lower for t in toks[i - n:i]) == words:
            if name == "about" and words == ("some",) and i - n - 1 >= 0 and toks[i - n - 1].lower in ("for", "of"):
                continue
            if words == ("over",) and i - 2 >= 0 and toks[i - 2].lower in _OVER_PARTICLE_VERBS:
                continue  # "hand over 15 million yen", "took over 30 shops": a verb's particle, no bound
            return name, i - n
    return None, i


# Words that may follow the figure of "a pass percentage of 88.4" (a thing counted after it, "of 12
# students", makes it a count)
_AFTER_A_PERCENTAGE = frozenset({"is", "was", "in", "for", "and", "this", "last", "compared", "against", "from",
                                 "at", "on", "with", "among", "across", "up", "down", "higher", "lower"})
_NEGATIONS = frozenset({"not", "cannot", "never"})  # and any word in "n't": "can't", "won't"


def _negated_bound(toks: list[Token], q_start: int) -> bool:
    """Is a "more than" right after a negated verb ("cannot convert much more than 29%", "did not
    kill more than 10"), so that it bounds the figure from above?"""
    k = q_start - 1
    if k >= 0 and toks[k].lower in ("much", "far"):
        k -= 1
    for back in range(k, max(-1, k - 3), -1):
        if not toks[back].is_word:
            return False
        if toks[back].lower in _NEGATIONS or toks[back].lower.endswith(("n't", "n\u2019t")):
            return True
    return False


# Words before a figure that make it an increment, as "more" after it does ("another 5,000
# troops", "an additional 40,000 soldiers"). "More" before a figure is a bound ("more than 30").
# ("the team's other 27 games", "the remaining 900 million": the rest of a set, a part of it)
_INCREMENT_BEFORE = frozenset({"additional", "another", "further", "extra", "other", "remaining"})
# A share named by the change it measures before it: "a rise of 4.5 per cent" is "a 4.5 per cent rise".
_CHANGE_NOUNS = frozenset({"rise", "increase", "fall", "drop", "decline", "cut", "reduction", "growth", "gain",
                           "jump", "hike", "raise", "decrease", "surge", "loss", "slump"})
# What an amount of money is, written before "of" it ("spending of 2.4 billion zlotys", "a loss of £85m")
_MONEY_BEFORE_OF = frozenset(singular(w) for w in _MONEY_AFTER_POUNDS) | _CHANGE_NOUNS
# A figure per period is a rate, not a total: "$23 million per season", "20 missiles a day",
# "100 soldiers daily". The period is part of the marker ("+per:day"); an average is a rate per
# occasion ("+per:average").
RATE = "+per:"
_RATE_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year", "season": "season",
                 "game": "game", "night": "night", "hour": "hour", "quarter": "quarter", "annum": "year",
                 "capita": "person", "person": "person", "head": "person", "minute": "minute", "match": "game",
                 # per unit of a volume or time that no conversion joins ("$3 a gallon", "miles per
                 # gallon", "63 litres per second"): rates of their own
                 "second": "second", "gallon": "gallon", "litre": "litre", "liter": "litre"}


# An average count says no period of its own ("averaging 15.5 points"): it is a rate per occasion,
# never a total.
AVERAGE = "average"
_AVERAGE_BEFORE = frozenset({"averaging", "averaged", "averages", "average"})


def _averaged(toks: list[Token], q_start: int) -> bool:
    """Is the figure starting at `q_start` an average ("averaging 15.5", "averaged more than 30",
    "an average of 100")?"""
    k = q_start - 1
    if k >= 1 and toks[k].lower == "of":
        k -= 1
    return k >= 0 and toks[k].lower in _AVERAGE_BEFORE


# What joins a second figure to an average before it, as the verb's second object ("averaged 30
# home runs and 100 RBIs"): the first figure's thing counted (at most three words), then "and".
_JOINED_AFTER = re.compile(r"\s+(?:[^\W\d_][\w'-]*\s+){0,3}and\s+$")


def _averages_joined(sentence: str, claims: list[NumberClaim]) -> list[NumberClaim]:
    """A figure joined by "and" to an average right before it is an average too ("has averaged more
    than 30 home runs and 100 RBIs"): one verb, two objects."""
    out = list(claims)
    for k in range(1, len(out)):
        before, claim = out[k - 1], out[k]
        if (RATE + AVERAGE in before.counted and not claim.unit and not any(w.startswith(RATE) for w in claim.counted)
                and "age" not in claim.counted and _JOINED_AFTER.fullmatch(sentence[before.end:claim.start])):
            out[k] = replace(claim, counted=(RATE + AVERAGE, *claim.counted))
    return out


_HUNDREDTHS = re.compile(r"\d\d")
_CURRENCY_WORD_END = re.compile(r"[^\W\d_]+$")


# Words of a period or an occasion that money "for the ..." is counted over, not paid for
_PERIOD_WORDS = frozenset({"year", "month", "week", "day", "quarter", "period", "season", "half", "decade", "fortnight",
                           "night", "hour", "minute", "weekend", "term", "session", "time"}) | MONTH_WORDS


def _with_its_half(sentence: str, claim: NumberClaim) -> NumberClaim:
    """"a year and a half" written whole as the figure's text (its value, 1.5, read from the "a"),
    and so "an hour and a quarter", "half an hour", "three-quarters of an hour"."""
    if claim.text.lower().split()[-1:] not in (["a"], ["an"]):
        return claim
    if claim.value == 1.5 and (half := _AND_A_HALF.match(sentence, claim.end)) is not None:
        return replace(claim, end=half.end(), text=sentence[claim.start:half.end()])
    span = _SPAN_WORD.match(sentence, claim.end)
    if span is None:
        return claim
    text = sentence[claim.start:span.end()]
    claim = replace(claim, end=span.end(), text=text)
    if claim.qualifier is not None or not claim.value:
        return claim
    # a span told in quarters is stated to the quarter: "half an hour" is 22 to 38 minutes, as "two
    # and a half weeks" is 2.25 to 2.75 weeks
    told = text.lower()
    quarters = 1.75 if "and three" in told else 1.25 if "and a quarter" in told else 0.75 if "three" in told \
        else 0.25 if "quarter" in told else 0.5
    slack = claim.value / quarters / 8
    return replace(claim, low=claim.value - slack, high=claim.value + slack, approximate=True)


def _money_and_hundredths(sentence: str, claims: list[NumberClaim]) -> list[NumberClaim]:
    """An amount in a currency's word and two digits right after it are one amount ("a dividend of
    3 francs 40 per share" is CHF 3.40, "5 euros 50" EUR 5.50): read apart, the francs alone
    contradict another outlet's "CHF 3.40"."""
    out: list[NumberClaim] = []
    for claim in claims:
        before = out[-1] if out else None
        if (before is not None and before.unit in CURRENCY_UNITS and not claim.unit and claim.qualifier is None
                and _HUNDREDTHS.fullmatch(claim.text) and before.value == int(before.value)
                and all(w.startswith("+") for w in claim.counted)
                and _CURRENCY_WORD_END.search(before.text) and not sentence[before.end:claim.start].strip()):
            cents = int(claim.text) / 100
            out[-1] = replace(before, end=claim.end, text=sentence[before.start:claim.end], value=before.value + cents,
                              low=before.low + cents, high=before.high + cents, counted=claim.counted,
                              counted_text=claim.counted_text, right=claim.right)
            continue
        out.append(claim)
    return out


# What stands between the years and the months of one span: "four years and six months", "2 years 3 months"
_YEARS_THEN = re.compile(r"\s*-?\s*years?\s*(?:,\s*|and\s+)?", re.IGNORECASE)
_ONE_YEAR_THEN = re.compile(r"\b(?:one|a|an)\s+year\s*(?:,\s*|and\s+)?$", re.IGNORECASE)
_MONTHS_WORD = re.compile(r"\s*-?\s*months?\b", re.IGNORECASE)


def _years_and_months(sentence: str, claims: list[NumberClaim]) -> list[NumberClaim]:
    """Years and months of one span are one figure ("jailed for four years and six months" is 4.5
    years, as "four and a half years" is): read apart, the years alone contradict the sum."""
    out: list[NumberClaim] = []
    for claim in claims:
        if claim.counted == ("year",) and claim.counted_text.lower().startswith("month"):
            # the whole span is the figure as written: "four years and six months"
            months = _MONTHS_WORD.match(sentence, claim.end)
            end = months.end() if months is not None else claim.end
            before = out[-1] if out else None
            if (before is not None and before.counted == ("year",) and before.counted_text.lower().startswith("year")
                    and before.qualifier is None and _YEARS_THEN.fullmatch(sentence[before.end:claim.start])):
                out[-1] = replace(before, end=end, text=sentence[before.start:end],
                                  value=before.value + claim.value, low=before.low + claim.low,
                                  high=before.high + claim.high, counted_text="years", right=claim.right)
                continue
            one = _ONE_YEAR_THEN.search(sentence[:claim.start])
            if one is not None:  # "one year and nine months": "one year" alone is no figure read
                claim = replace(claim, start=one.start(), end=end, text=sentence[one.start():end], value=claim.value + 1,
                                low=claim.low + 1, high=claim.high + 1, counted_text="years")
        out.append(claim)
    return out


# What stands between the parts of one span of hours, minutes and seconds: "two hours, nine minutes
# and 18 seconds", "three hours and 20 minutes"
_UNIT_THEN = re.compile(r"\s*-?\s*(?:hours?|minutes?)?\s*(?:,\s*|and\s+)?", re.IGNORECASE)
_SPAN_PART_WORD = re.compile(r"\s*-?\s*(?:seconds?|minutes?)\b", re.IGNORECASE)


def _span_part(c: NumberClaim) -> str | None:
    """Which part of a span of hours a figure is: "hour", "minute" (read in hours), "second"."""
    if c.unit or c.qualifier is not None and c.qualifier != "about":
        return None
    if c.counted == ("hour",):
        written = c.counted_text.lower()
        return "hour" if written.startswith("hour") else "minute" if written.startswith("minute") else None
    return "second" if c.counted == ("second",) and c.counted_text.lower().startswith("second") else None


_AN_HOUR_AND = re.compile(r"\b(?:an|one)\s+hour,?\s+and\s+$", re.IGNORECASE)


def _hours_minutes_seconds(sentence: str, claims: list[NumberClaim]) -> list[NumberClaim]:
    """Hours, minutes and seconds of one span are one figure in hours ("two hours, nine minutes and
    18 seconds" is 2.155 hours, as "2 hours 9 minutes 18 seconds" is): read apart, a winning time's
    minutes alone were set against another outlet's minutes."""
    order = {"hour": 0, "minute": 1, "second": 2}
    out: list[NumberClaim] = []
    parts: list[str | None] = []  # the smallest part each figure of `out` has read so far
    for claim in claims:
        part = _span_part(claim)
        before = out[-1] if out else None
        last = parts[-1] if parts else None
        an_hour = _AN_HOUR_AND.search(sentence, max(0, claim.start - 16), claim.start) if part == "minute" else None
        if an_hour is not None and claim.qualifier is None:
            # "an hour and five minutes": the hour is written as a word, no figure of its own
            word = _SPAN_PART_WORD.match(sentence, claim.end)
            end = word.end() if word is not None else claim.end
            claim = replace(claim, start=an_hour.start(), end=end, text=sentence[an_hour.start():end],
                            value=claim.value + 1, low=claim.low + 1, high=claim.high + 1)
        if (part is not None and last is not None and before is not None and order[last] < order[part]
                and before.qualifier is None and _UNIT_THEN.fullmatch(sentence[before.end:claim.start])):
            scale = 1 / 3600 if part == "second" else 1.0
            word = _SPAN_PART_WORD.match(sentence, claim.end)
            end = word.end() if word is not None else claim.end
            out[-1] = replace(before, end=end, text=sentence[before.start:end],
                              value=before.value + claim.value * scale, low=before.low + claim.low * scale,
                              high=before.high + claim.high * scale, counted=("hour",),
                              counted_text="hours" if before.counted_text.lower().startswith("hour") else "minutes",
                              right=claim.right)
            parts[-1] = part
            continue
        out.append(claim)
        parts.append(part)
    return out


# Nouns that a figure and a hyphen make into a modifier ("a 10-year contract", "a 36-year-old
# champion", "the 300-seat parliament"), which tokenised text spaces out: "a 10 - year contract".
# ("Four-time" is left out: the honour after it is what it counts, and that is not read.)
_COMPOUND_NOUNS = frozenset({"year", "month", "week", "day", "hour", "minute", "game", "point", "page", "man",
                             "member", "seat", "story", "mile", "foot", "yard", "round", "inch", "meter", "metre",
                             "kilometer", "kilometre", "acre", "bed", "room", "vote", "term", "count"})


def _spaced_compound(toks: list[Token], j: int) -> bool:
    """Is toks[j] a hyphen spaced out between a figure and the noun of a compound modifier, with
    what it modifies after ("10 - year contract", "36 - year - old champion")? A dash between two
    clauses is spaced the same way, but what follows it is rarely such a noun and then another."""
    if not (j + 2 < len(toks) and toks[j].text == "-" and not touching(toks[j - 1], toks[j])
            and not touching(toks[j], toks[j + 1]) and toks[j + 1].is_word and toks[j + 1].lower in _COMPOUND_NOUNS):
        return False
    after = toks[j + 2]
    return after.text == "-" or (after.is_word and after.lower not in STOPWORDS)


# Words after "a day", "a year" that make it a time before or after, not a rate ("a year earlier")
_AGO_WORDS = frozenset({"earlier", "later", "before", "after", "ago", "previously", "prior"})


# What an amount for each one is a rate per ("1.2 million baht each", "to each of the families")
EACH = "each"
# Words after "each" that end the figure's clause ("paid 5,000 euros each and ...", "each, the court said")
_AFTER_EACH = frozenset({"and", "or", "but", "in", "on", "at", "for", "from", "by", "after", "as", "to", "while"})


def _rate(toks: list[Token], after: int) -> str | None:
    """The period a figure is counted per ("day" for "20 missiles a day"), None for a total.
    `after` is the token after the thing it counts."""
    k = after
    if (k + 2 < len(toks) and toks[k].lower == "for" and toks[k + 1].lower in ("every", "each")
            and toks[k + 2].is_word and toks[k + 2].lower not in STOPWORDS):
        # "$39.50 for every share they hold", "£5 for each child": per share, per child
        period = singular(toks[k + 2].lower)
        return _RATE_PERIODS.get(period, period)
    if k < len(toks):
        w = toks[k].lower
        if w in RATE_ADVERBS:
            return RATE_ADVERBS[w]
        if w in ("per", "a", "an", "each", "every") and k + 1 < len(toks):
            period = singular(toks[k + 1].lower)
            if period == "second" and w != "per" and k + 2 < len(toks) and toks[k + 2].is_word \
                    and toks[k + 2].lower not in ("and", "or", "for", "to", "in", "into", "at", "on", "with", "from", "through"):
                return None  # "won 3 titles a second time": an ordinal, not a rate per second
            if w in ("a", "an") and k + 2 < len(toks) and toks[k + 2].lower in _AGO_WORDS:
                return None  # "up from 1,204 a day earlier": a time ago, not a rate per day
            if period in _RATE_PERIODS and (w == "per" or period != "person"):
                return _RATE_PERIODS[period]
            if w == "per" and toks[k + 1].is_word and toks[k + 1].lower not in STOPWORDS:
                return period  # "27.40 euros per share", "$5,000 per family": an amount for each one
            if (w == "per" and re.fullmatch(r"\d{1,3}(?:,\d{3})*", toks[k + 1].text) and k + 2 < len(toks)
                    and toks[k + 2].is_word):
                # "20 concussions per 1,000 hours", "4.5 deaths per 100,000 people": a rate per so many of them
                return f"{toks[k + 1].text.replace(',', '')} {singular(toks[k + 2].lower)}"
        if w in ("each", "apiece") and (k + 1 == len(toks) or not toks[k + 1].is_word or toks[k + 1].lower in _AFTER_EACH):
            return EACH  # "1.2 million baht each": what every one of them gets
        if w == "to" and k + 1 < len(toks) and toks[k + 1].lower in ("each", "every"):
            return EACH  # "1.2 million baht to each of the victims' families"
    return _each_period_after(toks, after)


_CLAUSE_OPENERS = frozenset({"and", "but", "or", "while", "whereas", "as", "who", "which", "that", "when", "after",
                             "before", "since", "until", "because", "if"})


def _each_period_after(toks: list[Token], after: int) -> str | None:
    """"each day" or "every week" closing the figure's clause a few words on: "About 46,000 vehicles
    use the bridge each day" counts per day, as "46,000 vehicles a day" does."""
    for k in range(after, min(len(toks) - 1, after + 5)):
        t = toks[k]
        if not t.is_word or t.lower in _CLAUSE_OPENERS:
            return None
        if t.lower in ("each", "every") and singular(toks[k + 1].lower) in _RATE_PERIODS:
            period = singular(toks[k + 1].lower)
            closes = k + 2 >= len(toks) or not toks[k + 2].is_word
            return _RATE_PERIODS[period] if closes and period != "person" else None
    return None


# What two counts joined by a hyphen are, when written with spaces around it ("a 50 - 32 record").
_TALLY_NOUNS = frozenset({"record", "win", "victory", "loss", "defeat", "vote", "decision", "draw", "lead", "score",
                          "margin", "edge", "tie", "finish", "start", "mark"})


def _claim_at(sentence: str, toks: list[Token], i: int) -> tuple[NumberClaim | None, int]:
    tok = toks[i]
    start_i = i
    currency = ""
    # currency before the figure: "$", "US$", "USD", "€"
    if tok.text in CURRENCY_SYMBOLS and i + 1 < len(toks) and touching(tok, toks[i + 1]):
        currency = CURRENCY_SYMBOLS[tok.text]
        i += 1
    elif tok.lower in ("us", "usd", "eur", "gbp") and i + 2 < len(toks) and toks[i + 1].text == "$":
        currency = "USD"
        i += 2
    elif tok.lower in CURRENCY_CODES and i + 1 < len(toks) and toks[i + 1].text[:1].isdigit() and tok.text.isupper():
        currency = CURRENCY_CODES[tok.lower]
        i += 1
    elif tok.text == "R" and i + 1 < len(toks) and touching(tok, toks[i + 1]):
        # "R3,000", "R1.2bn": rand (the tokenizer splits the R off only before such a figure)
        currency = "ZAR"
        i += 1
    elif tok.text in CURRENCY_PREFIXES and i + 1 < len(toks):
        # "Rs 50 crore", "Rs. 35 billion": rupees, as Indian English writes them; "Tk 15,000" taka
        k = i + 2 if toks[i + 1].text == "." and touching(tok, toks[i + 1]) else i + 1
        if k < len(toks) and toks[k].text[:1].isdigit():
            currency, i = CURRENCY_PREFIXES[tok.text], k
    if i >= len(toks):
        return None, i
    first = toks[i]
    point = None if currency else _fraction_of_a_point(toks, i)
    share = None if currency or point else _share(toks, i)
    parsed = (point[0], point[1], True) if point else share + (True,) if share else _figure(toks, i)
    if parsed is None:
        return None, i + 1
    value, j, words_form = parsed
    if share is None and not currency and not words_form and _not_a_count(sentence, toks, i, j):
        return None, j
    if share is None and not currency and not point and _after_lowercase_designator(toks, i, j, value):
        return None, j
    if words_form and _O_CLOCK.match(sentence, toks[j - 1].end):
        return None, j  # "just after nine o'clock": a time of day, as "9 o'clock" is
    if words_form and value == 1 and j == i + 1 and not _one_counts(toks, j):
        return None, j  # a bare "one" is a pronoun far more often than a count
    # a range or tally: "60-90", "221-207", "between 60 and 90", "from 60 to 90", "60 to 90"
    high_value = None
    tally = False
    range_word_at: int | None = None  # "between"/"from" opening a range
    from_level_end: int | None = None  # where the first of a change's two levels ends ("from 42 to 26 km")
    if j + 1 < len(toks) and toks[j].text in ("-", "\u2013", "to", "and") or (j < len(toks) and toks[j].lower in ("to", "and")):
        sep = toks[j]
        nxt = _figure(toks, j + 1) if j + 1 < len(toks) else None
        if nxt is not None and _change_then_level(toks, start_i, j, nxt[1], first.text, bool(point)):
            nxt = None  # "cut by 25bps to 4.5%": a change, then the level it reached
        if nxt is not None and not (toks[j + 1].text[:1].isdigit() and _is_year_like(toks[j + 1].text) and not words_form):
            v2, j2, _ = nxt
            prev_word = toks[start_i - 1].lower if start_i > 0 else ""
            if sep.text in ("-", "\u2013") and touching(toks[j - 1], sep) and touching(sep, toks[j + 1]):
                if value >= v2 and not currency:
                    tally = True
                    high_value = v2
                else:
                    high_value = v2
                j = j2
            elif sep.text in ("-", "\u2013") and not currency and j2 < len(toks) and toks[j2].lower in _TALLY_NOUNS:
                tally, high_value, j = True, v2, j2  # "a 50 - 32 record" as tokenised text writes "50-32"
            elif sep.lower == "to" and prev_word == "from" and _level_a_change_starts_from(toks, start_i - 1):
                from_level_end, high_value, j = j, v2, j2  # read to the unit, then keep the first level only
            elif sep.lower == "to" and (prev_word in ("from", "between") or value < v2
                                        or (value > v2 and _vote_around(toks, start_i, j2))):
                if prev_word in ("vote", "voted", "votes") or (value > v2 and not currency):
                    tally = True
                elif prev_word in ("from", "between"):
                    range_word_at = start_i - 1
                high_value = v2
                j = j2
            elif sep.lower == "and" and prev_word == "between":
                range_word_at = start_i - 1
                high_value = v2
                j = j2
    if (high_value is None and not currency and share is None
            and (nxt := _figure_after_unit_to(toks, j)) is not None and value > nxt[0]
            and (start_i == 0 or toks[start_i - 1].lower not in ("from", "between"))):  # "fell from 5 points to 3"
        tally, high_value, j = True, nxt[0], nxt[1]  # "by 44 points to 29", "by 12 votes to 3": a score
    range_unit = None  # a unit or scale written once, on a range's second figure ("20 and 30cm", "2-3bn")
    if high_value is not None and not tally and not words_form and j - 1 > start_i:
        first_read, last_read = _parse_digits(first.text), _parse_digits(toks[j - 1].text)
        if (first_read is not None and last_read is not None and first_read[1] == 1 and last_read[1] != 1
                and value * last_read[1] <= high_value):  # not "grew from 800 to 1.2bn"
            value *= last_read[1]
        if last_read is not None:
            range_unit = glued_unit(toks[j - 1].text)
    # "two and a half years", "1 and a half million": a half more, by definition; after a scale word
    # it is half the scale ("a million and a half" is 1.5 million, "a dozen and a half" 18)
    # ... and a figure written to the half is stated to the half: "two and a half weeks" is 2.25 to
    # 2.75 weeks (an 18-day strike), as "330" is 325 to 335
    half_step = None
    if high_value is None and share is None and float(value).is_integer() and (after := _and_a_half_end(toks, j)):
        ended_with = toks[j - 1].lower if words_form else ""
        half = 6.0 if ended_with == "dozen" else SCALES.get(ended_with, 1.0) / 2
        value, j, half_step = value + half, after, half
    # scale and unit after the figure
    scale = 1.0
    while j < len(toks) and toks[j].lower in SCALES and not (toks[j].lower == "hundred" and words_form):
        scale *= SCALES[toks[j].lower]
        j += 1
    if scale > 1 and high_value is None and share is None and float(value).is_integer() and (after := _and_a_half_end(toks, j)):
        value, j, half_step = value + 0.5, after, 0.5  # "2 million and a half" is 2.5 million
    unit = point[2] if point else "%" if share is not None else currency or (
        "" if words_form else glued_unit(first.text) or range_unit or "")
    if unit in _SPEED_OF and unit != "m" and j + 1 < len(toks) and toks[j].text == "/" and toks[j + 1].lower in ("h", "hr"):
        unit, j = _SPEED_OF[unit], j + 2  # "120km/h" glued: a speed, not a distance
    if unit == "lb" and start_i >= 1 and re.fullmatch(r"\d{1,2}st", toks[start_i - 1].text):
        return None, j  # "15st 4lb" is fifteen stone four pounds, not 4 lb (stones are not read)
    glued_metres = (not unit and high_value is None and j < len(toks) and toks[j].lower in _DIMENSIONS
                    and re.fullmatch(r"\d{1,3}(?:\.\d{1,2})?m", first.text) is not None)
    if glued_metres:
        value, unit = value / SUFFIX_SCALES["m"], "m"  # "1.80m tall": metres, not a million
    if j < len(toks) and not unit:
        w = toks[j].lower
        if (share_unit := _share_unit([t.lower for t in toks[j:j + 2]])) is not None:
            # "25 basis points" is a quarter of a percentage point, by definition
            unit, factor, used = share_unit
            j, scale = j + used, scale * factor
        elif toks[j].text in ("bps", "bp"):
            unit, j, scale = "pp", j + 1, scale / 100  # lower case only: "50 BP stations" are stations
        elif toks[j].text == "bcm":
            unit, j, scale = "m3", j + 1, scale * 1e9  # "55 bcm" of gas: billion cubic metres
        elif w in ("pound", "pounds") and not currency and _pounds_weigh(toks, start_i, j, scale > 1):
            unit, j = "lb", j + 1  # "weighed 150 pounds", "250 pounds of cocaine": a weight, not money
        elif w in CURRENCY_WORDS and not currency:
            unit, j = CURRENCY_WORDS[w], j + 1
        elif w == "pence" and not currency:
            unit, j, scale = "GBP", j + 1, scale * PENNY  # "64 pence" is £0.64, as "64p" is
        elif w == "cfa" and not currency and j + 1 < len(toks) and toks[j + 1].lower in ("franc", "francs"):
            unit, j = "CFA", j + 2  # "142 billion CFA francs": West or Central Africa's franc, not Switzerland's
        elif (w in ("us", "u.s.") and not currency and j + 1 < len(toks)
              and toks[j + 1].lower in ("dollar", "dollars")):
            unit, j = "USD", j + 2  # "1.25 billion US dollars"
        elif not currency and (measure := _measure_after(toks, j)) is not None:
            unit, j = measure
    if (not unit and start_i >= 2 and toks[start_i - 1].lower == "of" and toks[start_i - 2].lower == "percentage"
            and value <= 100 and (j >= len(toks) or toks[j].lower in _AFTER_A_PERCENTAGE
                                  or not toks[j].is_word and toks[j].text != "-")):
        unit = "%"  # "a pass percentage of 88.4" is 88.4 per cent; "the percentage of 16-year-olds" is no figure of it
    if tally:
        unit = "tally"
    inches = None  # "6ft 2in", "6 feet 2 inches": a height in feet and inches, one figure
    if unit == "ft" and high_value is None and scale == 1.0 and (found := _inches_after(toks, j)) is not None:
        inches, j = found
    value *= scale
    if high_value is not None:
        high_value *= scale
    # a figure glued to a following word: "140-page report", "40-year-old man"
    hyphen_unit: list[str] = []
    spaced = _spaced_compound(toks, j)
    if (j + 1 < len(toks) and toks[j].text == "-" and touching(toks[j - 1], toks[j])
            and touching(toks[j], toks[j + 1]) and toks[j + 1].is_word) or spaced:
        hyphen_unit.append(toks[j + 1].lower)
        j += 2
        while (j + 1 < len(toks) and toks[j].text == "-" and toks[j + 1].is_word
               and (touching(toks[j - 1], toks[j]) and touching(toks[j], toks[j + 1])
                    or spaced and not touching(toks[j - 1], toks[j]) and not touching(toks[j], toks[j + 1]))):
            hyphen_unit.append(toks[j + 1].lower)
            j += 2
        if (hyphen_unit in (["foot"], ["feet"]) and not unit and high_value is None and j + 1 < len(toks)
                and toks[j].text == "-" and touching(toks[j - 1], toks[j]) and touching(toks[j], toks[j + 1])
                and re.fullmatch(r"\d{1,2}", toks[j + 1].text) and int(toks[j + 1].text) < 12):
            inches, j = float(toks[j + 1].text), j + 2  # "the 6-foot-2 guard" is six feet two inches tall
        elif (hyphen_unit[:1] == ["foot"] and len(hyphen_unit) == 2 and 0 < SMALL.get(hyphen_unit[1], 0) < 12
              and not unit and high_value is None):
            inches, hyphen_unit = float(SMALL[hyphen_unit[1]]), ["foot"]  # "the six-foot-two midfielder"
    qualifier, q_start = _qualifier_before(toks, start_i if range_word_at is None else range_word_at)
    if qualifier == "more_than" and _negated_bound(toks, q_start):
        qualifier = "up_to"  # "cannot convert much more than 29%" is at most 29%
    if range_word_at is not None and qualifier is None:
        q_start = range_word_at
    if qualifier is None and j < len(toks) and toks[j].lower == "or" and j + 1 < len(toks) and toks[j + 1].lower in ("so", "more"):
        qualifier = "about" if toks[j + 1].lower == "so" else "at_least"
        j += 2
    # the thing counted
    counted_words, counted_text, after = _counted(sentence, toks, j)
    if not counted_words and (past := _conversion_end(toks, j)):
        # "the 7.2-mile (11.6km) road": the thing measured follows the conversion in brackets
        counted_words, counted_text, after = _counted(sentence, toks, past)
    if (not counted_words and currency and after + 2 < len(toks) and toks[after].lower == "for"
            and toks[after + 1].lower in ("a", "an", "the")):
        # "set aside £140m for a hardship fund", "paid €15.8 million for the park": what the money
        # buys or pays for is what it is, as in "a £104 million hardship fund"; but "profits of
        # £6.4m for the year to March" name the period the money is counted over, no purchase
        paid_for = _counted(sentence, toks, after + 2)
        if paid_for[0] and not _PERIOD_WORDS & set(paid_for[0]):
            counted_words, counted_text, after = paid_for
    if currency and counted_words and j < len(toks) and toks[j].lower == "for":
        counted_words = [*counted_words, PURPOSE]  # what the money pays for (last: markers lead only where they say so)
    if counted_words[:1] in (["minute"], ["hour"]) and counted_text[:1].isupper() and not hyphen_unit \
            and any(t.is_word and t.text.islower() for t in toks[:start_i]):
        return None, after  # "told 60 Minutes", "CBS's 48 Hours": a programme's name mid-sentence, not a span
    if hyphen_unit and hyphen_unit[0] == "plus":
        qualifier, hyphen_unit = qualifier or "at_least", hyphen_unit[1:]  # "11-plus seasons": 11 or more
    if hyphen_unit and hyphen_unit[0] in ("dozen", "hundred", "thousand", "million", "billion"):
        value *= 12 if hyphen_unit[0] == "dozen" else SCALES[hyphen_unit[0]]
        hyphen_unit = hyphen_unit[1:]
    if hyphen_unit and (hyphen_unit[0] == "in" or hyphen_unit[0] in _FRACTIONS):
        return None, j  # odds and fractions: "two-in-three", "two-thirds"
    if j + 1 < len(toks) and toks[j].is_word and toks[j + 1].lower == "ago":
        return None, j + 2  # "two weeks ago", "two seasons ago", "three elections ago": a time reference, not a count
    if share is None and _ratio_follows(toks, j):
        # "1 in 3", "9 out of 10": skip both figures; but "plunged by a fifth in twelve months" is a share
        return None, j + (3 if toks[j].lower == "out" else 2)
    if tally and counted_words and singular(counted_words[0]) in _TALLY_NOUNS | {"margin"}:
        # "a 64-33 margin", "a 50-32 record": the words of a tally, which counts votes or games
        # whatever follows it, against "The vote was 64-35"
        counted_words, counted_text = [], ""
    if counted_words[:2] == ["year", "old"]:
        counted_words = ["age"]
    if (unit in ("%", "pp") and not counted_words and q_start >= 2 and toks[q_start - 1].lower == "of"
            and toks[q_start - 2].lower in _CHANGE_NOUNS):
        counted_words, counted_text = [toks[q_start - 2].lower], toks[q_start - 2].text
    if (unit in CURRENCY_UNITS and not counted_words and not hyphen_unit and q_start >= 2
            and toks[q_start - 1].lower == "of" and singular(toks[q_start - 2].lower) in _MONEY_BEFORE_OF):
        # "spending of 2.4 billion zlotys", "a fine of $5m": what the money is, as in "a $5m fine"
        counted_words, counted_text = [singular(toks[q_start - 2].lower)], toks[q_start - 2].text
    aged = start_i >= 1 and toks[start_i - 1].lower == "aged" and not hyphen_unit and not unit
    if start_i >= 1 and toks[start_i - 1].lower in ("age", "ages") or (
            start_i >= 1 and toks[start_i - 1].lower == "aged" and not aged):
        return None, j  # "at age 13": an age at some past moment, not a figure to compare
    if (aged and high_value is not None) or (q_start >= 1 and q_start < start_i and toks[q_start - 1].lower == "aged"):
        return None, j  # "voters aged 18 to 24", "children aged under five": a bracket that names a group
    if aged:
        counted_words, counted_text = ["age"], ""  # "the suspect, aged 45,": his age now
    if hyphen_unit and not unit and (share_unit := _share_unit(hyphen_unit)) is not None:
        # "a 5-percent rise", "a 25-basis-point cut", "a 0.75-percentage-point increase"
        unit, factor, used = share_unit
        value, scale = value * factor, scale * factor
        high_value = high_value * factor if high_value is not None else None
        hyphen_unit = hyphen_unit[used:]
    if (hyphen_unit and hyphen_unit[0] == "pound" and not unit and not currency
            and not _pound_sign_in(toks)
            and not set(hyphen_unit[1:]) & (_MONEY_THINGS | _MONEY_AFTER_POUNDS | _MONEY_COMPOUND)
            and not {singular(w) for w in counted_words[:3]} & (_MONEY_THINGS | _MONEY_AFTER_POUNDS)
            and not any(t.text[:1] in CURRENCY_SYMBOLS for t in toks[j:j + 3])):  # "a 10-pound ($12.50) fee"
        hyphen_unit = ["lb", *hyphen_unit[1:]]  # "a 500-pound bomb" weighs 500 lb; "a five-pound note" is money
    if hyphen_unit and hyphen_unit[0] in MEASURES and not unit:
        # "the 1,000-meter-long bridge", "a 0.9-mile span": a measure in a unit, of the thing after it
        unit = MEASURES[hyphen_unit[0]]
        hyphen_unit = [w for w in hyphen_unit[1:] if w not in _DIMENSIONS]
    hyphen_rate = None
    if hyphen_unit:
        first_unit = j - 2 * len(hyphen_unit) + 1  # the unit's first word, not the hyphen before it
        if "per" in hyphen_unit[1:-1]:
            # "a 14.2-points-per-game scorer": points counted per game, a rate
            at = hyphen_unit.index("per")
            period = singular(hyphen_unit[at + 1])
            hyphen_rate, hyphen_unit = _RATE_PERIODS.get(period, period), hyphen_unit[:at]
        if hyphen_unit[:2] == ["year", "old"]:
            counted_words = ["age"] + counted_words[:1]  # "his 17-year-old daughter": the daughter's age
            counted_text = f"age of {counted_text}" if counted_text else "age"
        elif after > first_unit:
            counted_words = [singular(w) for w in hyphen_unit if w not in STOPWORDS] + counted_words
            # "meter-long Antonivsky bridge", ending where the thing counted ends (not on a skipped "and")
            end = sentence.find(counted_text, toks[j].start) + len(counted_text) if counted_text else toks[j - 1].end
            counted_text = sentence[toks[first_unit].start:end]
        else:
            counted_words = [singular(w) for w in hyphen_unit if w not in STOPWORDS] + counted_words
    elif _is_age(toks, start_i, j):
        counted_words, counted_text = ["age"], ""
    if not unit and not currency and not counted_words and not hyphen_unit:
        whole_counts = _part_of_a_whole(sentence, toks, j)
        if whole_counts:
            counted_words, counted_text = whole_counts  # "91 of the 169 seats": 91 seats
    if not unit and not currency and _whole_of_a_part(toks, q_start) and counted_words and WHOLE not in counted_words \
            and not (hyphen_unit and singular(hyphen_unit[0]) in SPAN_UNITS):
        # "of the 169 seats": the size of the set; "half of his 44-month sentence" halves one thing's
        # length, which stays a span of time ("a 40-month prison sentence")
        counted_words = [WHOLE, *counted_words]
    elif hyphen_unit and not unit and singular(hyphen_unit[0]) in _SIZE_UNITS and counted_words:
        counted_words = [CAPACITY, *counted_words]  # "the 169-seat parliament", "a 500-bed hospital"
    if _anaphoric(toks, q_start, value, words_form) and not unit and not hyphen_unit:
        # "the two countries", "those two officials": a set named before ("the 10-kilometre tunnel",
        # "the two-day strike" are measures of one thing)
        counted_words = [PARTIAL, *counted_words]
    elif PARTIAL not in counted_words and q_start >= 1 and toks[q_start - 1].lower in _INCREMENT_BEFORE:
        counted_words = [PARTIAL, *counted_words]  # "an additional 40,000 soldiers" is "40,000 more soldiers"
    elif PARTIAL not in counted_words and (_after_a_fronted_whole(toks, q_start) or _the_rest_in_apposition(toks, q_start)):
        counted_words = [PARTIAL, *counted_words]  # "Of the aid package, 300 million crowns is earmarked for ..."
    if _margin(toks, q_start, j):
        counted_words = [DIFFERENCE, *counted_words]  # "won by 15 points": by how much, not the score
    rate = hyphen_rate or _rate(toks, after)
    if rate is None and unit == "bbl" and toks[j - 1].lower == "bpd":
        rate = _RATE_PERIODS["day"]  # "200,000 bpd" is "200,000 barrels per day"
    if rate is None and not unit and _averaged(toks, q_start):
        # "averaging 15.5 points", "an average of 100 RBIs": per occasion, not a total. A measure
        # is left as written: "an average of $2.05 a litre" is what "the average price" hit
        rate = AVERAGE
    if rate is not None and "age" not in counted_words:
        counted_words = [RATE + rate, *counted_words]  # "$23 million per season", "an average of 20 a day"
    if q_start >= 1 and toks[q_start - 1].lower in ("its", "their", "his", "her", "our", "your"):
        anchor_pronoun = True
    else:
        anchor_pronoun = False
    if unit in ("degC", "degF") and _temperature_change(toks, q_start, j):
        unit += _CHANGE
    elif unit in ("degC", "degF") and q_start == start_i and _minus_before(toks, start_i):
        # "-40C", "minus 40 degrees Fahrenheit": below zero (-40C is -40F); "about -20C", "nearly
        # minus 30C": the qualifier stands before the sign
        value, q_start = -value, start_i - 1
        high_value = -high_value if high_value is not None else None
        if qualifier is None:
            qualifier, q_start = _qualifier_before(toks, start_i - 1)
            q_start = start_i - 1 if qualifier is None else q_start
    elif unit in ("degC", "degF") and [t.lower for t in toks[j:j + 2]] in (["below", "zero"], ["below", "freezing"],
                                                                            ["above", "freezing"]):
        # "20C below zero" is -20C (-4F); "5F below freezing" is 27F, "5C above freezing" 5C
        zero = 32.0 if unit == "degF" and toks[j + 1].lower == "freezing" else 0.0
        sign = -1.0 if toks[j].lower == "below" else 1.0
        value, j = zero + sign * value, j + 2
        high_value = zero + sign * high_value if high_value is not None else None
    span_start = toks[q_start].start
    span_end = toks[j - 1].end
    if from_level_end is not None:
        # "cut the course from 42 to 26 kilometres": 42 kilometres, the level the change started from;
        # the unit read after the second level is the first's, and the second is read on its own
        high_value, span_end = None, toks[from_level_end - 1].end
    if toks[j - 1].lower in ("a", "an") and j < len(toks) and toks[j].lower in _SPANS_AFTER_A:
        span_end = toks[j].end  # "a decade" is the figure as written, not "a"
    text = sentence[span_start:span_end]
    # an age is stated to the year: "Dugin, 60" is 60, not 54 to 66 ("about 60" is still about)
    exact = tally or (counted_words[:1] == ["age"] and qualifier is None)
    step = BASIS_POINT if point else SHARE_STEP if share is not None else written_step(first.text, scale)
    if step is None and not first.text[:1].isdigit():
        step = _step_in_words(toks, i, j)
    if half_step is not None:
        step = half_step * scale
    if glued_metres:
        step = written_step(first.text[:-1], 1.0)
    if inches is not None:
        value, step = value + inches / 12, 1 / 12  # stated to the inch: "5ft 11in" is 5.875 to 5.958 ft
    if inches is not None and qualifier in ("about", "nearly", "just_over"):
        # "about 5ft 11in" is stated to the inch: about it is a couple of inches, not 15 per cent
        low, high = value - (2 / 12 if qualifier != "just_over" else 0), value + (2 / 12 if qualifier != "nearly" else 0)
        approximate = True
    else:
        low, high, approximate = _interval(value, high_value, qualifier, scale, exact, step,
                                           measure=unit in _MEASURE_UNITS, absolute=unit in _ABSOLUTE_UNITS,
                                           tally=unit == "tally")
    if counted_words and counted_words[0] in _YEARS_IN:
        # "a four-decade high" is "a 40-year high": compare durations in one unit
        factor = _YEARS_IN[counted_words[0]]
        value, low, high = value * factor, low * factor, high * factor
        counted_words = ["year", *counted_words[1:]]
    elif counted_words and counted_words[0] in ("week", "fortnight"):
        # "six weeks" is "a 42-day" span, by definition (a month's days are not)
        factor = 7 if counted_words[0] == "week" else 14
        value, low, high = value * factor, low * factor, high * factor
        counted_words = ["day", *counted_words[1:]]
    elif counted_words[:1] == ["minute"]:
        # "a 210-minute siege" lasted "three and a half hours", by definition
        value, low, high = value / 60, low / 60, high / 60
        counted_words = ["hour", *counted_words[1:]]
    elif counted_words[:1] == ["month"] and counted_words[1:2] != ["old"]:  # "a 6-month-old baby" as written
        # "a sentence of 84 months" is seven years, by definition (a year is twelve months)
        value, low, high = value / 12, low / 12, high / 12
        counted_words = ["year", *counted_words[1:]]
    left = _context_words(_clause(toks, q_start, -1, 5))
    right = _context_words(_clause(toks, after, +1, 5))
    anchor = ("<" + toks[q_start - 1].lower + ">",) if anchor_pronoun else _anchor(toks, q_start, start_i, j, counted_words)
    claim = NumberClaim(
        start=span_start, end=span_end, text=text, value=value, low=low, high=high,
        unit=unit, counted=tuple(counted_words), counted_text=counted_text,
        left=tuple(left), right=tuple(right), qualifier=qualifier, approximate=approximate,
        anchor=anchor, phrase="" if counted_text else _figure_phrase(sentence, toks, span_start, span_end, after),
    )
    return claim, (from_level_end + 1 if from_level_end is not None else j)


def _conversion_end(toks: list[Token], j: int) -> int:
    """The index after a figure in brackets at `j` ("(11.6km)", "(about $480m)"), else 0."""
    if j >= len(toks) or toks[j].text != "(":
        return 0
    for m in range(j + 1, min(j + 7, len(toks))):
        if toks[m].text == ")":
            inner = toks[j + 1:m]
            return m + 1 if any(ch.isdigit() for t in inner for ch in t.text) else 0
    return 0


def _share_unit(words: Sequence[str]) -> tuple[str, float, int] | None:
    """(unit, factor, words used) of a share's unit at the start of `words` (lower case), written
    apart or into a compound ("%", "percent", "per cent", "percentage points", "basis points"; the
    hyphens of "5-percent" and "25-basis-point" left out), or None."""
    first = words[0] if words else ""
    second = words[1] if len(words) > 1 else ""
    if first in ("%", "percent", "pct"):
        return "%", 1.0, 1
    if first == "per" and second == "cent":
        return "%", 1.0, 2
    if first == "percentage" and second in ("point", "points"):
        return "pp", 1.0, 2
    if first == "basis" and second in ("point", "points"):
        return "pp", 0.01, 2
    return None


def _minus_before(toks: list[Token], i: int) -> bool:
    """A minus sign or "minus" right before the figure at i, not a hyphen joining it to a word or figure."""
    if i < 1:
        return False
    before = toks[i - 1]
    if before.lower == "minus":
        return True
    return (before.text in ("-", "\u2212") and touching(before, toks[i])
            and not (i >= 2 and touching(toks[i - 2], before)))


def _figure_phrase(sentence: str, toks: list[Token], start: int, end: int, after: int) -> str:
    """What a figure with no thing counted is of, as written, for a finding's name: a participle
    right after it ("650 injured"), else at most three words before it back to another figure
    or a joining "and" ("wounded" 14, "military personnel" to 2,039,758)."""
    if after < len(toks) and toks[after].is_word and toks[after].lower.endswith("ed") and len(toks[after].lower) > 4 \
            and toks[after].start == toks[after - 1].end + 1:
        return toks[after].text
    return clause_phrase(sentence, start, end, most=3, stop=_figure_word)


def _figure_word(word: str) -> bool:
    """Another figure, or the "and" that joins the figure's clause to one ("killed one and wounded" 14)."""
    return any(ch.isdigit() for ch in word) or word.lower() in SMALL or word.lower() in TENS or word.lower() in ("and", "or")


# Words that make "219 to 202" a vote's count: "voted 68 to 32", "by a vote of 219 to 202",
# "ruled 5 to 4", "a 219 to 202 vote".
_VOTE_WORDS = frozenset({"vote", "votes", "voted", "voting", "tally", "margin", "ruled", "ruling", "split", "decision",
                         "score", "scoreline",  # "The final score was 44 to 29"
                         # a chamber's decisions, counted as votes: "The bill passed 64 to 35"
                         "passed", "approved", "confirmed", "rejected", "adopted"})


# What a contest's margin is counted in: "won by 15 points", "passed by 12 votes", "by three lengths".
_MARGIN_UNITS = frozenset({"vote", "point", "goal", "run", "seat", "stroke", "wicket", "length", "try", "game",
                           "set", "frame", "shot"})


def _figure_after_unit_to(toks: list[Token], j: int) -> tuple[float, int, bool] | None:
    """The figure after a contest's unit and "to" at toks[j] ("points to 29" in "by 44 points to
    29"), as `_figure` reads it, or None."""
    if j + 2 >= len(toks) or singular(toks[j].lower) not in _MARGIN_UNITS or toks[j + 1].lower != "to":
        return None
    return _figure(toks, j + 2)


def _margin(toks: list[Token], q_start: int, j: int) -> bool:
    """Is the figure (its unit word at toks[j]) a margin, "by" so many votes or points, not a score
    or a total ("won by 15 points", against "beat them by 44 points to 29", a score written with
    its unit between)?"""
    if q_start < 1 or toks[q_start - 1].lower != "by" or j >= len(toks) or singular(toks[j].lower) not in _MARGIN_UNITS:
        return False
    return _figure_after_unit_to(toks, j) is None


def _vote_around(toks: list[Token], start: int, end: int) -> bool:
    """Is "X to Y" at toks[start:end] (X the larger) a vote: a vote word among the three words before it, or right after?"""
    after = toks[end].lower if end < len(toks) else ""
    if after in ("%", "percent", "per", "pct") or after in MEASURES or after in CURRENCY_WORDS:
        return False  # "30 to 20 percent": a share or a measure, not votes
    before = {t.lower for t in toks[max(0, start - 3):start]}
    return bool(before & _VOTE_WORDS) or after in _VOTE_WORDS


def _ratio_follows(toks: list[Token], j: int) -> bool:
    if j + 1 >= len(toks) or toks[j].lower not in ("in", "out"):
        return False
    nxt = toks[j + 1]
    if toks[j].lower == "out":
        return nxt.lower == "of"
    return (nxt.text.isdigit() and not _is_year_like(nxt.text)) or nxt.lower in SMALL or nxt.lower in TENS


def _figure(toks: list[Token], i: int) -> tuple[float, int, bool] | None:
    """(value, next index, written in words) of the figure at toks[i]."""
    tok = toks[i]
    if tok.text[:1].isdigit():
        grouped = _space_grouped(toks, i)
        if grouped is not None:
            return grouped[0], grouped[1], False
        parsed = _parse_digits(tok.text)
        if parsed is None:
            return None
        value, scale = parsed
        return value * scale, i + 1, False
    w = tok.lower
    k = i + 1 + (i + 1 < len(toks) and toks[i + 1].text == "-")  # "three-quarters of a million"
    if w in ("a", "an", "one", "two", "three") and (_fraction_of_a_scale(toks, k) or _fraction_of_a_span(toks, k)):
        numerator = 1.0 if w in ("a", "an") else float(SMALL[w])
        # the scale or the span's unit after "of a" applies, read after
        return numerator / _FRACTION_VALUES[toks[k].lower], k + 3, True
    half = 0.5 if w == "half" and i + 2 < len(toks) and toks[i + 1].lower in ("a", "an") else 1.0
    if half != 1.0:
        i, w = i + 1, toks[i + 1].lower  # "half a million" is 500,000, "half a dozen" six
    if w in ("a", "an") and i + 1 < len(toks) and toks[i + 1].lower in ("hundred", "thousand", "million", "billion", "dozen"):
        longer = _parse_words(toks, i) if half == 1.0 else None
        if longer is not None and longer[1] > i + 2:
            return longer[0], longer[1], True  # "a hundred and thirty-four", "a thousand two hundred"
        base = 12.0 if toks[i + 1].lower == "dozen" else SCALES[toks[i + 1].lower]
        return base * half, i + 2, True
    if (w in ("a", "an") and half == 1.0 and i + 4 < len(toks) and toks[i + 1].lower in _UNITS_AND_A_HALF
            and _and_a_half_at(toks, i + 2)):
        return 1.5, i + 1, True  # "a year and a half" is 18 months, "an hour and a half" 90 minutes
    if w in ("a", "an") and half == 1.0 and i + 1 < len(toks) and toks[i + 1].lower in _UNITS_AND_A_HALF:
        quarters = next((v for words, v in _AND_QUARTERS.items()
                         if tuple(t.lower for t in toks[i + 2:i + 2 + len(words)]) == words), None)
        if quarters is not None:
            return 1.0 + quarters, i + 1, True  # "an hour and a quarter" is 75 minutes
    if half != 1.0 and w in ("a", "an") and i + 1 < len(toks) and toks[i + 1].lower in _UNITS_AFTER_A:
        return 0.5, i + 1, True  # "half an hour" is 30 minutes, "half a century" 50 years, "half a mile" 0.5 miles
    if (w in ("a", "an") and half == 1.0 and i > 0 and toks[i - 1].lower in _BOUND_WORDS_BEFORE_A
            and i + 1 < len(toks) and toks[i + 1].lower in _UNITS_AFTER_A
            and not (i + 2 < len(toks) and toks[i + 2].lower == "ago")):
        return 1.0, i + 1, True  # "just over an hour", "more than a mile": one unit, bounded ("over an hour ago" is a date)
    if (w in ("a", "an") and half == 1.0 and i + 1 < len(toks) and toks[i + 1].lower in _SPANS_AFTER_A
            and not (i + 2 < len(toks) and toks[i + 2].lower == "ago")):
        # "for a fortnight" is 14 days, "a decade behind bars" ten years, as "two decades" is
        # twenty ("a fortnight ago", "a decade ago" are dates)
        return 1.0, i + 1, True
    if half != 1.0:
        return None
    words = _parse_words(toks, i)
    if words is None:
        return None
    value, j = words
    if j < len(toks) and toks[j].lower == "dozen":
        return value * 12, j + 1, True
    return value, j, True


_CALENDAR_WORDS = tables.calendar_words() | tables.calendar_abbreviations()


# Determiners between "of" and the size of a set: "91 of the 169 seats", "14 of its 20 members"
_SET_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "those", "these"})
# What a body's size is counted in, written before it with a hyphen: "the 169-seat parliament"
_SIZE_UNITS = frozenset({"seat", "seater", "member", "bed"})


def _sets_determiner(t: Token) -> bool:
    """A word between "of" and a set's size: "the", "its", "the corporation's"."""
    return t.lower in _SET_DETERMINERS or t.lower.endswith("'s")


def _part_of_a_whole(sentence: str, toks: list[Token], j: int) -> tuple[list[str], str] | None:
    """What the set after "of" counts, when the figure ending before toks[j] is a part of it told
    by its size ("91 of the 169 seats", "14 of the corporation's 150 wards"): the part counts it too."""
    k = j + 1
    if j >= len(toks) or toks[j].lower != "of" or k >= len(toks):
        return None
    while k < len(toks) and _sets_determiner(toks[k]):
        k += 1
    size = _figure(toks, k) if j + 1 < k < len(toks) else None
    if size is None:
        return None
    words, text, _after = _counted(sentence, toks, size[1])
    return (words, text) if words else None


def _the_rest_in_apposition(toks: list[Token], q_start: int) -> bool:
    """Is the figure an apposition to "the rest" ("The rest of the card - three races - was
    abandoned", "the rest, 40 homes, ...")? It counts what is left of a whole, a part."""
    mark = q_start - 1
    if mark < 2 or toks[mark].text not in ("-", "\u2013", "\u2014", ",", ":", "("):
        return False
    before = [t.lower for t in toks[max(0, mark - 5):mark]]
    return "rest" in before and before[before.index("rest") - 1:before.index("rest")] == ["the"]


def _after_a_fronted_whole(toks: list[Token], q_start: int) -> bool:
    """Does the figure open the clause after a fronted "Of the <whole>," ("Of the aid package, 300
    million crowns is earmarked for municipalities")? It is then a part of that whole."""
    comma = q_start - 1
    if comma < 2 or toks[comma].text != ",":
        return False
    first = next((k for k in range(comma) if toks[k].is_word), None)
    return (first is not None and toks[first].lower == "of" and first + 1 < comma
            and toks[first + 1].lower in _SET_DETERMINERS and all(t.text != "," for t in toks[first:comma])
            # "Of the 16 people initially hospitalized, 14 remain": a count of its own, told of its whole
            and not any(t.text[:1].isdigit() or t.lower in SMALL for t in toks[first:comma]))


def _whole_of_a_part(toks: list[Token], q_start: int) -> bool:
    """Is the figure at q_start the size of a set a figure before it is a part of ("of the 169")?"""
    k = q_start - 1
    while k >= 0 and _sets_determiner(toks[k]):
        k -= 1
    return k < q_start - 1 and k >= 1 and toks[k].lower == "of" and (
        toks[k - 1].text[:1].isdigit() or tables.number_word_value(toks[k - 1].lower) is not None
        or toks[k - 1].lower in _SHARES_OF_A_SET)


# Words for a share of a set, before "of the N ...": "half of the county's 530 schools", "most of its
# 40 members" say the size of the whole set, as "210 of the county's 530 schools" does
_SHARES_OF_A_SET = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "most", "all",
                              "many", "some", "none", "majority", "minority", "%", "percent", "cent"})


def _space_grouped(toks: list[Token], i: int) -> tuple[float, int] | None:
    """(value, next index) of a figure written with spaces between groups of three digits ("2 000"),
    or None. Never after a month or a figure ("March 5 100 people" is a day and a count)."""
    if not re.fullmatch(r"[1-9]\d{0,2}", toks[i].text) or i > 0 and (
            toks[i - 1].lower.rstrip(".") in _CALENDAR_WORDS or toks[i - 1].text[:1].isdigit()):
        return None
    value, j = float(toks[i].text), i + 1
    while j < len(toks) and re.fullmatch(r"\d{3}", toks[j].text) and toks[j].start - toks[j - 1].end == 1:
        value, j = value * 1000 + float(toks[j].text), j + 1
    return (value, j) if j > i + 1 else None


# A share written as a fraction or a ratio ("two-thirds of", "one in five") rounds to a few points:
# "two-thirds" is 64 to 69 per cent, as a writer rounding 67 per cent would say it.
SHARE_STEP = 5.0
# A fraction of a percentage point is stated to the basis point: "a quarter of a point" is 0.25.
BASIS_POINT = 0.01
_FRACTION_VALUES = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                    "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}


def _fraction_of_one(toks: list[Token], k: int, units: Collection[str]) -> bool:
    """Is toks[k] a fraction "of a" one of `units` ("quarter of a million", "thirds of an hour")?"""
    return (k + 3 < len(toks) and toks[k].lower in _FRACTION_VALUES and toks[k + 1].lower == "of"
            and toks[k + 2].lower in ("a", "an") and toks[k + 3].lower in units)


def _fraction_of_a_scale(toks: list[Token], k: int) -> bool:
    """Is toks[k] a fraction of a scale word ("quarter of a million", "thirds of a billion")?"""
    return _fraction_of_one(toks, k, SCALES)


def _fraction_of_a_span(toks: list[Token], k: int) -> bool:
    """Is toks[k] a fraction of one span of time or length ("three-quarters of an hour", "a quarter
    of a century", "a quarter of a mile")? Then it is that much of the span, by definition, not a
    share of anything."""
    return _fraction_of_one(toks, k, _UNITS_AFTER_A)


# The quarters after a span of one ("an hour and a quarter", "a year and three-quarters")
_AND_QUARTERS = {("and", "a", "quarter"): 0.25, ("and", "three", "-", "quarters"): 0.75,
                 ("and", "three", "quarters"): 0.75}


# Words before "half of" that make it a period ("the first half of 2024"), not a share
_HALF_OF_A_PERIOD = frozenset({"first", "second", "latter", "former", "back", "front", "other"})


def _share(toks: list[Token], i: int) -> tuple[float, int] | None:
    """(per cent, next index) of a share written as a fraction of something ("two-thirds of the
    members", "half of voters", "a quarter of the harvest") or a ratio ("one in five adults",
    "nine out of 10 voters"), or None."""
    def count(k: int) -> float | None:
        w = toks[k].lower
        if w in ("a", "an", "one"):
            return 1.0
        if re.fullmatch(r"[0-9]{1,3}", toks[k].text):
            return float(toks[k].text)
        return float(SMALL[w]) if w in SMALL and SMALL[w] > 0 else None

    w = toks[i].lower
    # "raised by a quarter", "plunged by nearly a third": a change written as a fraction
    before = i - 1
    while before >= max(0, i - 3) and toks[before].lower in _QUALIFIER_WORDS_BEFORE_A_FRACTION:
        before -= 1
    # ... or after a noun of change: "a rise of nearly a fifth in the precept", "a cut of a third"
    by = before >= 0 and (toks[before].lower == "by" or toks[before].lower == "of" and before >= 1
                          and singular(toks[before - 1].lower) in _CHANGE_NOUNS)
    if by and w == "half" and (change := _change_by_a_fraction(toks, i, 1.0)) is not None:
        return change
    if w == "half" and i > 0 and toks[i - 1].lower in _HALF_OF_A_PERIOD:
        return None  # "the first half of the year", "the second half of the match": a period, no share
    if w == "half" and i + 1 < len(toks) and toks[i + 1].lower == "of":
        return 50.0, i + 1
    if w == "half" and i + 1 < len(toks) and toks[i + 1].lower in _HELD_SHARES and i > 0 and toks[i - 1].lower in _DETERMINERS:
        return 50.0, i + 1  # "a half share in the firm"
    numerator = count(i)
    if numerator is None or i + 1 >= len(toks):
        return None
    k = i + 1
    if toks[k].text == "-" and k + 1 < len(toks) and touching(toks[k - 1], toks[k]) and touching(toks[k], toks[k + 1]):
        k += 1  # "two-thirds"
    if toks[k].lower in _FRACTION_VALUES and k + 1 < len(toks) and toks[k + 1].lower == "of":
        if _fraction_of_a_scale(toks, k) or _fraction_of_a_span(toks, k):
            return None  # "a quarter of a million": a count, "three-quarters of an hour" a span (_figure reads them)
        if [t.lower for t in toks[k + 2:k + 4]][-1:] in (["point"], ["percentage"]):
            return None  # "three-quarters of a point": a share of a point, never 75 per cent
        return 100.0 * numerator / _FRACTION_VALUES[toks[k].lower], k + 1
    if (k == i + 2 and toks[k].lower in _FRACTION_VALUES and k + 1 < len(toks) and toks[k + 1].lower in _HELD_SHARES
            and i > 0 and toks[i - 1].lower in _DETERMINERS and numerator < _FRACTION_VALUES[toks[k].lower]):
        return 100.0 * numerator / _FRACTION_VALUES[toks[k].lower], k + 1  # "a two-thirds stake": 66.7 per cent by definition
    if (by and toks[k].lower in _FRACTION_VALUES and not toks[i].text[:1].isdigit()
            and (change := _change_by_a_fraction(toks, k, numerator)) is not None):
        return change
    if toks[k].lower == "in" or toks[k].lower == "out" and k + 1 < len(toks) and toks[k + 1].lower == "of":
        k += 1 if toks[k].lower == "in" else 2  # "one in five", "nine out of 10"
        if k >= len(toks):
            return None
        denominator = count(k)
        if denominator and denominator > numerator and denominator in (2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 100, 1000) \
                and k + 1 < len(toks) and toks[k + 1].is_word:
            return 100.0 * numerator / denominator, k + 1  # "one in five adults"
    return None


# What a fraction written before it as a word of its own sizes ("a two-thirds stake", "a half share",
# "a two-thirds majority"), after a determiner
_HELD_SHARES = frozenset({"stake", "stakes", "share", "shares", "shareholding", "holding", "interest", "majority",
                          "supermajority", "minority", "ownership", "control"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "remaining"})


# Nouns of a change whose size may follow as a fraction after "of" ("a rise of a fifth")
_CHANGE_NOUNS = frozenset({"rise", "increase", "fall", "drop", "cut", "reduction", "decrease", "decline", "jump",
                           "hike", "growth", "gain", "slump", "surge", "uplift"})
# Words of a qualifier that may stand between "by" and a fraction ("fell by nearly a third", "by
# more than half")
_QUALIFIER_WORDS_BEFORE_A_FRACTION = frozenset({"nearly", "almost", "about", "around", "roughly", "approximately",
                                                "some", "just", "over", "under", "more", "less", "than", "barely"})


# What may follow a change written as a fraction ("raised by a quarter to Tk 15,000", "cut by half
# since 2019"): the end of its clause. Anything else makes the fraction a word of a name or a noun
# ("by a third party", "by a quarter century").
_AFTER_A_CHANGE = frozenset({"to", "from", "in", "on", "since", "over", "last", "this", "compared", "and", "or",
                             "after", "as", "between", "while", "but", "when", "year", "years", "within", "against"})


def _change_by_a_fraction(toks: list[Token], k: int, numerator: float) -> tuple[float, int] | None:
    """(per cent, next index) of a change written as a fraction after "by", its fraction word at
    toks[k] ("raised the wage by a quarter", "cut by half", "fell by two-thirds"): a quarter is 25
    per cent by definition."""
    denominator = _FRACTION_VALUES[toks[k].lower]
    after = toks[k + 1] if k + 1 < len(toks) else None
    if after is not None and after.is_word and after.lower not in _AFTER_A_CHANGE:
        return None
    if numerator >= denominator:
        return None
    return 100.0 * numerator / denominator, k + 1


# Words of a sentence about rates, where a "point" is a percentage point ("raised rates by a
# quarter point", "a half-point lead in the polls")
_RATE_WORDS = frozenset({"rate", "rates", "interest", "yield", "yields", "inflation", "mortgage", "mortgages",
                         "borrowing", "unemployment", "jobless", "poll", "polls", "polling", "lending", "gdp",
                         "%", "percent"})
# (a bond's or an index's point is a point of its price: "the 30-year bond fell half a point")


# How many words either side of "a quarter point" a word of rates is looked for: its clause, not
# the sentence ("Biles, whose success rate on vault is unmatched, was docked half a point")
_RATE_REACH = 8


def _of_rates(toks: list[Token], i: int) -> bool:
    """Does the clause around toks[i] speak of rates ("cut interest rates by half a point"), within
    a few words and no clause break ("favoured by half a point, and interest in the game")?"""
    def rate_word_until(ks: range) -> bool:
        for k in ks:
            if toks[k].text in (",", ";", ":", "(", ")") or toks[k].lower in _CLAUSE_WORDS:
                return False
            if toks[k].lower in _RATE_WORDS:
                return True
        return False

    return (rate_word_until(range(i - 1, max(-1, i - 1 - _RATE_REACH), -1))
            or rate_word_until(range(i, min(len(toks), i + _RATE_REACH))))


# Words that open another clause, where a word of rates is no longer the point's
_CLAUSE_WORDS = frozenset({"and", "as", "while", "but", "whose", "which", "who", "when", "after", "before"})


def _fraction_of_a_point(toks: list[Token], i: int) -> tuple[float, int, str] | None:
    """(value, next index, unit) of a fraction of one percentage point or one per cent ("a quarter
    of a percentage point", "half a percentage point", "a quarter of a per cent", "half of one
    percent"), or None: a quarter of a point is 25 basis points, and a quarter of a per cent 0.25%,
    by definition, never a quarter of anything."""
    rates = _of_rates(toks, i)

    def point_at(k: int) -> tuple[int, str] | None:
        if k < len(toks) and toks[k].lower in ("a", "an", "one", "1"):
            k += 1
        if rates and k < len(toks) and toks[k].lower == "point":
            return k + 1, "pp"  # "cut rates by half a point": of rates, a point is a percentage point
        found = _share_unit([t.lower for t in toks[k:k + 2]])
        if found is None or found[1] != 1.0:
            return None  # one percentage point or one per cent, not a basis point
        return k + found[2], found[0]

    if toks[i].lower == "half":
        if [t.lower for t in toks[max(0, i - 4):i] if t.text != "-"][-2:] == ["and", "a"]:
            return None  # "one and a half percentage points" is not half of one
        k = i + 1 + (i + 1 < len(toks) and toks[i + 1].lower == "of")
        found = point_at(k)
        return (0.5, *found) if found is not None else None
    numerator = 1.0 if toks[i].lower in ("a", "an", "one") else float(SMALL.get(toks[i].lower, 0))
    if not numerator or i + 1 >= len(toks):
        return None
    k = i + 1
    if toks[k].text == "-" and k + 1 < len(toks) and touching(toks[k - 1], toks[k]) and touching(toks[k], toks[k + 1]):
        k += 1  # "three-quarters"
    if toks[k].lower not in _FRACTION_VALUES or k + 1 >= len(toks):
        return None
    at = k + 1 + (toks[k + 1].text == "-" and touching(toks[k], toks[k + 1]))
    words = [t.lower for t in toks[at:at + 3] if t.text != "-"]
    if toks[k].lower.rstrip("s") in ("half", "quarter") and words[:2] == ["percentage", "point"]:
        # "a quarter percentage point", "a quarter-percentage-point rise", as AP writes it
        return numerator / _FRACTION_VALUES[toks[k].lower], at + (3 if toks[at + 1].text == "-" else 2), "pp"
    if rates and words[:1] == ["point"] and toks[k].lower.rstrip("s") in ("half", "quarter"):
        # "a quarter point", "a quarter-point cut", "a three-quarter-point rise", "a half-point"
        return numerator / _FRACTION_VALUES[toks[k].lower], at + 1, "pp"
    if toks[k + 1].lower != "of":
        return None
    found = point_at(k + 2)
    return (numerator / _FRACTION_VALUES[toks[k].lower], *found) if found is not None else None


def _is_year_like(text: str) -> bool:
    return bool(re.fullmatch(r"(1[89]|20)\d\d", text))


def _not_a_count(sentence: str, toks: list[Token], i: int, j: int) -> bool:
    """Years, times, ordinals, days of a date, ids and names are not counts."""
    tok = toks[i]
    text = tok.text
    if ":" in text or re.fullmatch(r"\d+(?:st|nd|rd|th|s)", text, re.I) or (
            glued_unit(text) is None and re.search(r"[^\W\d_]", text.rstrip("kKmMbBnN"))):
        return True
    if re.fullmatch(r"\d+\.\d+\.\d+", text):  # versions, dates 12.05.2022
        return True
    if _is_year_like(text) and (j >= len(toks) or toks[j].text not in ("%",)):
        return True
    prev = toks[i - 1] if i > 0 else None
    prev2 = toks[i - 2] if i > 1 else None
    nxt = toks[j] if j < len(toks) else None
    if TIME_AFTER.match(sentence, tok.end) or (_GLUED_PENCE.fullmatch(text) and TIME_AFTER.match(sentence, tok.end - 1)):
        return True  # "4pm", "4 p.m."; "4p.m." as tokenised, its "p" read as a glued penny
    if prev is not None and _month_word(prev):
        return True
    if prev is not None and prev.text == "." and prev2 is not None and prev2.lower in MONTH_WORDS:
        return True
    if nxt is not None and _month_word(nxt):
        return True
    if nxt is not None and nxt.lower == "of" and j + 1 < len(toks) and toks[j + 1].lower in MONTH_WORDS:
        return True
    if _day_span_at(toks, i, j):
        return True  # "3-4 February", "February 10 and 11": days of a month, read as a date
    # the end of a span of years: "the 2004-05 season", "fiscal 2021–22", "the 2003 - 04 season"
    if (prev is not None and prev.text in ("-", "\u2013", "/") and prev2 is not None
            and _is_year_like(prev2.text) and re.fullmatch(r"\d\d", text)):
        return True
    # glued to a word by a hyphen: F-16, COVID-19, Su-25 (tokenised text spaces it: "AK - 47")
    if prev is not None and prev.text in ("-", "/") and touching(prev, tok) and prev2 is not None and touching(prev2, prev) and prev2.is_word:
        return True
    if i >= 2 and _model_name_end(toks, i - 2):
        return True
    if prev is not None and prev.is_word and touching(prev, tok):
        return True
    if prev is not None and prev.lower.rstrip(".") in DESIGNATORS and prev.is_capitalized and "," not in text:
        return True  # "Flight 17", "Stage 4"; not a figure written in thousands ("and the Star 9,800")
    if prev is not None and i >= 2 and prev.is_word and prev.is_capitalized and toks[i - 2].is_word \
            and toks[i - 2].is_capitalized and prev.lower not in MONTH_WORDS and prev.lower not in STOPWORDS \
            and not re.fullmatch(r"\d+\.\d+", text) and not prev.text.endswith(("'s", "\u2019s")) \
            and not _score_glued(toks, j):
        # part of a name: "Nord Stream 1", "Air Force One"; no name ends in "14.9", nor runs on past
        # a possessive ("the European Union's 27 member states"), nor is a score ("Manchester City 2-1")
        return True
    if prev is not None and prev.text == "." and prev2 is not None and prev2.lower in ("no", "nos", "vol", "art", "sec"):
        return True
    if prev is not None and prev.text.isupper() and prev.is_word and len(prev.text) <= 4 and prev2 is not None and prev2.text != ".":
        return True  # "HB 56", "SB 1070", "Su 25"
    if prev is not None and prev.text == "#":
        return True
    if prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")":
        return True  # list markers "(2)"
    if nxt is not None and nxt.text in ("/",) and j + 1 < len(toks) and toks[j + 1].text[:1].isdigit():
        return True  # 9/11, 24/7, scores as fractions
    if re.fullmatch(r"\d{5,}", text) and "," not in text:
        return True  # ids, postcodes, phone fragments
    return False


_SPAN_JOINS = frozenset({"-", "\u2013", "to", "and", "through"})


_DAY_NUMBER = re.compile(DAY_OF_MONTH)


def _day_number(tok: Token) -> bool:
    return _DAY_NUMBER.fullmatch(tok.text) is not None


def _month_word(tok: Token) -> bool:
    """A month's name as a date writes it, capitalised ("May" the month, "may" the verb)."""
    return tok.lower.rstrip(".") in MONTH_WORDS and tok.is_capitalized


def _day_span_at(toks: list[Token], i: int, j: int) -> bool:
    """Is the figure at toks[i:j] a day of a span of days written with its month once ("3-4 February",
    "3 and 4 February", "February 10 and 11", "March 3 to 5")?"""
    if j != i + 1 or not _day_number(toks[i]):
        return False
    before_month = (j + 2 < len(toks) and toks[j].lower in _SPAN_JOINS and _day_number(toks[j + 1])
                    and _month_word(toks[j + 2]))
    after_month = (i >= 3 and toks[i - 1].lower in _SPAN_JOINS and _day_number(toks[i - 2]) and _month_word(toks[i - 3]))
    return before_month or after_month


def _after_lowercase_designator(toks: list[Token], i: int, j: int, value: float) -> bool:
    """Is the figure at toks[i:j] a phase's, stage's or level's number ("a phase 3 trial")? Not when a
    plural follows it: then it counts them ("at this stage 40 people remain missing")."""
    if i == 0 or toks[i - 1].lower not in _LOWERCASE_DESIGNATORS:
        return False
    if value != int(value) or not 0 < value < 100 or "," in toks[i].text or "." in toks[i].text:
        return False
    if j >= len(toks) or not toks[j].is_word:
        return True
    following = toks[j].lower
    return following not in _PLURALS_WITHOUT_S and singular(following) == following and following not in (
        "percent", "per", "pct", "points", "point")


def _score_glued(toks: list[Token], j: int) -> bool:
    """Does a hyphen glue a smaller figure to the one ending at toks[j], as a score is written,
    winner first ("2-1"; not "737-800", a model's name)?"""
    if not (j + 1 < len(toks) and toks[j].text in ("-", "\u2013") and touching(toks[j - 1], toks[j])
            and touching(toks[j], toks[j + 1])):
        return False
    first, second = _parse_digits(toks[j - 1].text), _parse_digits(toks[j + 1].text)
    return first is not None and second is not None and first[0] >= second[0]


def _is_age(toks: list[Token], i: int, j: int) -> bool:
    """"Paul Urey, 45, was captured", "The shooter, 17, was detained": a figure between commas after
    a name, or after a noun with its article, is an age."""
    if i < 2 or j >= len(toks):
        return False
    described = toks[i - 2].is_capitalized or (i >= 3 and toks[i - 3].lower in ("the", "a", "an", "his", "her", "their"))
    return (toks[i - 1].text == "," and described and toks[i - 2].is_word
            and toks[j].text in (",", ")", ".", ";") and re.fullmatch(r"[0-9]{1,3}", toks[i].text) is not None and int(toks[i].text) < 120)


def is_round(value: float) -> bool:
    """1,000 / 250 / 1.2 million: figures that are usually rounded."""
    if value == 0 or value != value:
        return False
    v = abs(value)
    if v < 10:
        return False
    digits = f"{v:.0f}".rstrip("0")
    trailing = len(f"{v:.0f}") - len(digits)
    return trailing >= 1 and (len(digits) <= 2 or trailing >= 3)


# What a measure glued to its figure measures: "1,000-meter-long" is a length, not a "long".
_DIMENSIONS = frozenset({"long", "wide", "high", "deep", "tall", "thick"})


def written_step(token: str, scale: float) -> float | None:
    """What one unit of the last digit written is worth when it has decimals or a scale ("2.39
    million": 10,000; "$3.2bn": 100 million; "$111 million": a million; "$50 billion": ten
    billion), or None for a bare whole number."""
    m = re.fullmatch(r"([\d,]+)(?:\.(\d+))?([a-zA-Z]{0,3})", token)
    if m is None:
        return None
    whole, decimals, suffix = m.groups()
    scaled = _suffix_scale(suffix) * scale
    if decimals:
        return 10.0 ** -len(decimals) * scaled
    if scaled == 1.0:
        return None  # a bare whole number: only its roundness says how it was rounded
    digits = whole.replace(",", "")
    return 10.0 ** (len(digits) - len(digits.rstrip("0"))) * scaled  # "$50 billion": to ten billion


def _about_a_temperature(value: float) -> float:
    """How far "about" a temperature reaches, in degrees: a degree, three for a figure rounded to
    tens ("about 90F" is 87F to 93F), five for one rounded to hundreds ("about 100F"), a tenth of
    one in the thousands ("about 2,000F" is 1,800F to 2,200F, as a count rounds)."""
    if abs(value) >= 1000:
        return abs(value) / 10
    if not float(value).is_integer() or value == 0:
        return 1.0
    digit = _last_nonzero_digit(value)
    return 5.0 if digit >= 100 else 3.0 if digit >= 10 else 1.0


def _written_unit(value: float, scale: float, step: float | None) -> float | None:
    """What one unit of a figure's last written digit is worth, when the figure is not round:
    "almost 57 per cent" is 56 to 57, "about 43" 42 to 44 and "about 340" 330 to 350 (a writer who
    rounds says "almost 60", "about 40" or "about 300"). None for a round or scaled figure ("nearly
    300", "about 75%", "about 1.2 million") or one under ten, which keep a share of their value."""
    if scale != 1 or value < 10:
        return None
    if step is not None:
        return None if is_round(value) or float(value).is_integer() and value % 5 == 0 else step
    if not float(value).is_integer():
        return None
    significant = f"{value:.0f}".rstrip("0")
    if len(significant) < 2 or significant.endswith("5"):
        return None  # "about 40", "nearly 300", "about 75%", "some 1,250": rounded to a round figure
    # two digits or more, the last not a five: rounded to that digit ("about 340" to tens, "almost
    # 64,000" to thousands)
    return _last_nonzero_digit(value)


def _last_nonzero_digit(value: float) -> float:
    """What a whole figure's last nonzero digit is worth: 10 for "330", 1,000 for "2,000"."""
    whole = f"{abs(value):.0f}"
    return 10.0 ** (len(whole) - len(whole.rstrip("0")))


def _interval(value: float, high_value: float | None, qualifier: str | None, scale: float,
              exact: bool, step: float | None = None, measure: bool = False,
              absolute: bool = False, tally: bool = False) -> tuple[float, float, bool]:
    """The interval a figure commits to, widened for qualifiers and rounding.

    A round or scaled figure may be rounded by a tenth either way ("$1 billion", "50"), but never
    past the digits it writes ("330" is 325 to 335: rounded to tens at most, so a copied sentence
    with 307 in it disagrees): "2.39 million" is 2,385,000 to 2,395,000, not 2.15 to 2.63 million,
    and "$111 million" is 110.5 to 111.5 million. A figure written with decimals is rounded to its
    last digit ("0.85 miles" is 0.845 to 0.855), and so is a `measure` in a unit ("828 metres" is
    827.5 to 828.5; 1,366 metres are 0.85 miles); an `absolute` scale (temperatures) is never
    rounded by a share of its value. An `exact` figure (a vote tally, an age with no qualifier) is
    the value written.
    """
    if exact:  # a tally keeps its order ("221-207"); an age range written high to low does not
        hi = high_value if high_value is not None else value  # ("$2-1-year-old", a property test's)
        return (value, hi, False) if tally or hi >= value else (hi, value, False)
    lo = value
    hi = high_value if high_value is not None else value
    if hi < lo:  # a range written high to low ("$90-60 million", "between 90 and 60"): same interval
        lo, hi = hi, lo
    approximate = False
    round_slack = 0.1 if (is_round(value) or scale > 1) and not absolute else 0.0
    if round_slack and scale == 1 and step is None and value:
        # a bare round figure is rounded at most to its last nonzero digit: "330" is 325 to 335, not 297 to 363
        round_slack = min(round_slack, _last_nonzero_digit(value) / 2 / abs(value))
    if step is not None and value:
        round_slack = min(round_slack, step / 2 / abs(value)) if round_slack else step / 2 / abs(value)
    elif absolute and abs(value) >= 1000 and f"{abs(value):.0f}".endswith("00") and value == int(value):
        # "2,000F (1,100C)" for lava: a temperature in the thousands is rounded to its last nonzero
        # digit, a tenth at most, as a count is; under a thousand it keeps its last digit ("100C")
        round_slack = min(0.1, _last_nonzero_digit(value) / 2 / abs(value))
    elif (measure or absolute) and value and not round_slack:
        round_slack = 0.5 / abs(value)
    if absolute and qualifier in ("about", "nearly", "just_over"):
        # a share of a temperature says nothing ("about 0C", "about -5C"): "about 90F" was rounded
        # to its last nonzero digit, so it is 85F to 95F, and "about 38C" 37C to 39C
        reach = _about_a_temperature(value)
        colder = value < 0  # "nearly -40C" is -40C to -37C: nearly as far from zero
        if qualifier == "about":
            lo, hi = lo - reach, hi + reach
        elif (qualifier == "nearly") != colder:
            lo = lo - reach
        else:
            hi = hi + reach
        approximate = True
    elif qualifier in ("about",):
        lo, hi, approximate = lo * 0.85, hi * 1.15, True
        if high_value is None and (unit := _written_unit(value, scale, step)) is not None:
            lo, hi = max(lo, value - unit), min(hi, value + unit)
    elif qualifier == "nearly":
        lo, approximate = lo * 0.85, True
        if high_value is None and (unit := _written_unit(value, scale, step)) is not None:
            lo = max(lo, value - unit)
    elif qualifier in ("more_than", "at_least"):
        hi, approximate = math.inf, True
    elif qualifier == "just_over":
        hi, approximate = hi * 1.15, True
    elif qualifier in ("up_to", "less_than"):
        lo, approximate = 0.0, True
    elif round_slack and high_value is None:
        lo, hi, approximate = lo - abs(lo) * round_slack, hi + abs(hi) * round_slack, True
    return lo, hi, approximate
