"""Do two values in aligned sentences state the same fact? One fitted decision per kind.

Features describe what surrounds each value (the words next to it, the thing counted,
the word it hangs on in the parse, the names in each sentence, whether a side is
background or a tally over a window) and what the two articles share (the probability
that they report one event, their publication gap). Weights are fitted on labelled pairs
by `scripts/fit_models.py` and shipped in `discrepancy/data/same_fact_*.json`.
Only what is true by definition stays a rule: units, the measure a count names ("killed"
against "rescued"), an age against a count, and whether two values can both hold
(intervals, bounds).
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache

from ..detectors.dates import ResolvedDate
from ..detectors.counted import CAPACITY, DIFFERENCE, PURPOSE, SMALL, WHOLE
from ..detectors.numbers import AND_ANOTHER_NAME, CURRENCY_UNITS, PARTIAL, RATE
from ..detectors.people import translit_key
from ..model import DateClaim, Document, NumberClaim, Sentence, SentenceClaims
from .. import nlp, tables
from ..gazetteer import place
from ..sentences import only_when_and_where
from ..textnorm import fold_lower, overlap, singular, stem, words
from ..scoring import LogisticModel
from . import dates as cmp_dates
from . import numbers as cmp_numbers
from .context import (EARLIER_FIGURE, LONG_AGO_DAYS, DocumentFigures, Governors, WEAK_VERBS, background_dates, days_apart, different_periods,
                      figure_in_background, rolling_window, SUPERSEDED_WORDS)

NUMBER_FEATURES = (
    "similarity", "event", "left", "right", "context", "counted", "counted_one", "counted_none",
    "outcome_same", "outcome_clash", "part_clash", "partial", "time_span", "names_shared", "names_clash",
    "anchor_clash", "background_differs", "window_differs", "periods_differ", "days_apart", "undated",
    "both_stated", "same_head", "word_before_differs", "log_ratio", "values_differ",
)
DATE_FEATURES = (
    "similarity", "event", "left", "right", "context", "same_verb", "same_head", "weak_verb", "bound_differs",
    "names_shared", "names_clash", "days_apart", "undated",
    "tense_differs", "values_differ", "weak_verb_one", "said_happened", "same_offset", "steps_apart",
)


def _stems(words) -> set[str]:
    return {stem(w) for w in words}


_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


# The widest gap between two articles' days that the fits' rows hold (the labelled pairs are at
# most two days apart): a wider gap reads as this one, never as a straight line drawn past the data
# (at three days the figure fit's weight alone had taken 2.3 from the log-odds of one fact).
FITTED_DAYS_APART = 2


@lru_cache(maxsize=4096)
def _subject_names(text: str, sources: tuple[tuple[int, int], ...]) -> frozenset[str]:
    """The names a sentence is about: who it quotes as saying it are sources, not subjects.
    Cached: one sentence is in many aligned pairs."""
    return frozenset(cmp_numbers.specific_names(text, sources))


def _word_before(sentence: str, start: int) -> str:
    """The word right before a value, function words included ("by" 137,000 vs "to" 1.15 million).

    Unlike `dates.word_before`, a figure or other token in between means no word: the
    shipped model was fitted on this reading.
    """
    m = _LAST_WORD.search(sentence[:start])
    return m.group(1).lower() if m else ""


# Words that make a figure a count standing at the time of writing ("Twelve people remain missing",
# "16 were still missing last night"): the clause's, up to a comma
_STANDING = re.compile(r"\b(?:still|remain|remains|remained)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013]|\s-\s")


def standing(sentence: str, c: NumberClaim) -> bool:
    """Is the figure a count standing when its article was written ("2,600 people remain in 21
    shelters", "about 31,000 homes were still without power"), as of its article's day?"""
    before = _CLAUSE_END.split(sentence[:c.start])[-1]
    after = _CLAUSE_END.split(sentence[c.end:])[0]
    return bool(_STANDING.search(" ".join(before.split()[-5:]) + " " + " ".join(after.split()[:5])))


# Words that make a figure a threshold or a target still to reach, as the detector's context reads
# them ("need", "needs", "requires"; "want 10,000 runners by 2030", "aims to attract"); not "needed"
# or "required", which as often say what it took ("needed 60 firefighters to bring it under control")
_NEEDED = frozenset({"need", "require", "want", "aim", "hope", "seek", "seeks", "seeking"})


def _befell(c: NumberClaim, verb: str) -> set[int]:
    """The outcomes a figure counts, read near it and off the verb it hangs on, however far: "260
    homes in Kaiwhero and the neighbouring settlement were evacuated" (none for an age or a distance)."""
    if not cmp_numbers.has_outcomes(c) or not verb:
        return cmp_numbers.outcomes(c)
    return cmp_numbers.outcomes(c) | cmp_numbers.outcome_classes((verb,))


# Verbs (stemmed) whose sum of money is the noun they come from: "was fined £3.4 million" is a fine
_AMOUNT_VERBS = {stem("fine"): "fine"}  # the parse gives the lemma


def _amount_named_by(c: NumberClaim, verb: str) -> list[str]:
    """What a sum of money with no noun of its own is, from the verb it hangs on: "fined £3.4
    million" is the same thing as "a £4.3 million fine", not a figure of nothing said."""
    noun = _AMOUNT_VERBS.get(verb) if c.unit in CURRENCY_UNITS else None
    return [noun] if noun else []


def _log_ratio(x: NumberClaim, y: NumberClaim) -> float:
    """How far apart two figures are, in natural-log units, capped (values of one fact are rarely far apart)."""
    a, b = abs(cmp_numbers.in_base(x)[2]), abs(cmp_numbers.in_base(y)[2])
    if a == 0 or b == 0:
        return 3.0
    return min(3.0, abs(math.log(a / b)))


@dataclass
class Side:
    """One sentence of an aligned pair, with what its claims resolve to."""

    doc: Document
    sentence: Sentence
    claims: SentenceClaims
    resolved: dict = field(default_factory=dict)
    background_at: tuple[int, ...] = ()  # where its dates well before the article's stand
    long_ago_at: tuple[int, ...] = ()  # those of them that end a year or more before it
    window: int | None = None
    stamp: bool = False  # a dateline or time stamp: says when the article was written, never compared

    @classmethod
    def of(cls, doc: Document, sentence: Sentence, claims: SentenceClaims) -> "Side":
        resolved = {c.start: cmp_dates.resolved(c, doc.published, sentence.text) for c in claims.dates}
        at = background_dates(sentence.text, claims, resolved, doc.published)
        # background dates are resolved ones of a dated article (`background_dates`)
        long_ago = tuple(k for k in at if doc.published is not None
                         and (doc.published - resolved[k].high).days >= LONG_AGO_DAYS)
        return cls(doc, sentence, claims, resolved, at, long_ago, rolling_window(sentence.text),
                   only_when_and_where(sentence.text))

    def in_background(self, c: NumberClaim) -> bool:
        """Is this figure of the sentence dated by its background ("up from 29.4% in 2021" is; the
        31.6% reported before it is not)?"""
        return figure_in_background(self.sentence.text, c.end, self.background_at, c.start)

    def dated_before(self, c: NumberClaim) -> bool:
        """Does one of the sentence's dates a year or more before the article stand before the figure?"""
        return any(k < c.start for k in self.long_ago_at)

    def dated_long_ago(self, c: NumberClaim) -> bool:
        """Is this figure dated by a date a year or more before the article ("closed a plant in
        Wexham in 2019 with the loss of 210 jobs", "the last outbreak, in 2017, killed 69")?"""
        return bool(self.long_ago_at) and figure_in_background(self.sentence.text, c.end, self.long_ago_at,
                                                               figure_at=c.start)


def _of_another_year(side: Side, c: NumberClaim, other: Side, o: NumberClaim) -> bool:
    """Is `c` dated a year or more before its article, and `o` of the present (no background date of
    its own) or, where that old date stands before `c`, of the last year (`PairEvidence.number_features`)?"""
    return side.dated_long_ago(c) and (not other.in_background(o) or side.dated_before(c) and not other.dated_long_ago(o))


@dataclass
class PairEvidence:
    """What an aligned sentence pair shares, for every value pair in it."""

    a: Side
    b: Side
    similarity: float
    event: float
    governors: Governors
    figures: DocumentFigures | None = None

    @cached_property
    def gap(self) -> int | None:
        return days_apart(self.a.doc, self.b.doc)

    @cached_property
    def _pair_features(self) -> dict[str, float]:
        """What depends on the sentence pair alone, computed once for all its value pairs."""
        na, nb = (_subject_names(side.sentence.text, tuple(self.governors.sources(side.sentence.text)))
                  for side in (self.a, self.b))
        return {
            "similarity": self.similarity, "event": self.event,
            "names_shared": len(na & nb) / len(na | nb) if na | nb else 0.0,
            "names_clash": float(bool(na) and bool(nb) and not na & nb),
            "days_apart": float(min(self.gap, FITTED_DAYS_APART)) if self.gap is not None else 0.0,
            "undated": float(self.gap is None),
            "window_differs": float(self.a.window != self.b.window),
            "periods_differ": float(different_periods(self.a.claims, self.a.resolved, self.b.claims, self.b.resolved)),
        }

    def shared(self, names: tuple[str, ...]) -> dict[str, float]:
        return {k: self._pair_features[k] for k in names if k in self._pair_features}

    def _heads(self, x, y) -> tuple[float, tuple[str, str, str], tuple[str, str, str]]:
        ga = self.governors.of(self.a.sentence.text, x)
        gb = self.governors.of(self.b.sentence.text, y)
        return float(bool(ga[0]) and ga[0] == gb[0]), ga, gb

    def number_features(self, x: NumberClaim, y: NumberClaim) -> dict[str, float]:
        f = self.shared(NUMBER_FEATURES)
        same_head, ga, gb = self._heads(x, y)
        oa, ob = _befell(x, ga[1]), _befell(y, gb[1])
        wa, wb = counted_words(x), counted_words(y)
        # a sum fined against "a fine" or "a penalty": the verb names it (two sums both fined are alike already)
        wa, wb = wa or (_amount_named_by(x, ga[1]) if wb else []), wb or (_amount_named_by(y, gb[1]) if wa else [])
        ca, cb = set(_initialisms_read(wa, wb)), set(_initialisms_read(wb, wa))
        f.update({
            "left": overlap(_stems(x.left[-2:]), _stems(y.left[-2:])),
            "right": overlap(_stems(x.right[:3]), _stems(y.right[:3])),
            "context": overlap(_stems(x.left + x.right), _stems(y.left + y.right)),
            "counted": overlap(_stems(cmp_numbers.canonical_counted(ca)), _stems(cmp_numbers.canonical_counted(cb)))
            if ca and cb else 0.0,
            "counted_one": float(bool(ca) != bool(cb)),
            "counted_none": float(not ca and not cb),
            "outcome_same": float(bool(oa & ob)),
            "outcome_clash": float(bool(oa or ob) and not oa & ob),
            "part_clash": float(cmp_numbers.parts_clash(ca, cb)),
            "partial": float(PARTIAL in x.counted or PARTIAL in y.counted),
            # a span of time; not two penalty terms, each the sentence or ban passed in a case
            "time_span": float((bool(ca and ca <= cmp_numbers.TIME_UNITS) or bool(cb and cb <= cmp_numbers.TIME_UNITS))
                               and not (cmp_numbers.penalty_term(x) and cmp_numbers.penalty_term(y))),
            "anchor_clash": float(bool(x.anchor) and bool(y.anchor) and not set(x.anchor) & set(y.anchor)),
            "same_head": same_head,
            "word_before_differs": float(_word_before(self.a.sentence.text, x.start)
                                         != _word_before(self.b.sentence.text, y.start)),
        })
        f["background_differs"] = float(self.a.in_background(x) != self.b.in_background(y))
        # not a feature of the fit: one figure is of an occasion a year or more before its article,
        # the other of the present (no background date of its own), or of the last year where the old
        # date opens the figure's sentence before it ("In 1978 a detectorist found a smaller hoard of
        # about 640 coins" against "The hoard of 1,132 coins was found in mid-August"; a date after a
        # figure dates it less surely: "12,412 elephants, up about 26 percent from the last survey in
        # 2019"): two occasions, by their dates
        f["another_year"] = float(_of_another_year(self.a, x, self.b, y) or _of_another_year(self.b, y, self.a, x))
        # not a feature of the fit: a count standing as of its article's day, against one of an
        # article of another day, is the count at two moments
        f["another_day"] = float(bool(self.gap) and (standing(self.a.sentence.text, x)
                                                     or standing(self.b.sentence.text, y)))
        differ = cmp_numbers.conflicts(x, y)
        # what only means something when the values differ: learned from conflicting pairs alone
        f["values_differ"] = float(differ)
        f["both_stated"] = float(differ and self.figures is not None and self.figures.states(self.a.doc.id, y)
                                 and self.figures.states(self.b.doc.id, x))
        f["log_ratio"] = _log_ratio(x, y) if differ else 0.0
        return f

    def date_features(self, x: DateClaim, y: DateClaim) -> dict[str, float]:
        f = self.shared(DATE_FEATURES)
        same_head, ga, gb = self._heads(x, y)
        bound_a, bound_b = cmp_dates.bound(self.a.sentence.text, x), cmp_dates.bound(self.b.sentence.text, y)
        # "a ban from August 1" against "the ban takes effect on 15 August": both the day it starts
        if bound_a == "from" and not bound_b and _takes_effect_on(self.b, y):
            bound_a = ""
        elif bound_b == "from" and not bound_a and _takes_effect_on(self.a, x):
            bound_b = ""
        f.update({
            "left": overlap(_stems(x.left[-2:]), _stems(y.left[-2:])),
            "right": overlap(_stems(x.right[:2]), _stems(y.right[:2])),
            "context": overlap(_stems(x.left + x.right), _stems(y.left + y.right)),
            "same_verb": float(bool(ga[1]) and ga[1] == gb[1] and ga[1] not in WEAK_VERBS),
            "same_head": same_head,
            "weak_verb": float(ga[1] in WEAK_VERBS and gb[1] in WEAK_VERBS),
            # "officials said Sunday" against "the Saturday blast": the day it was said, the day it happened
            "weak_verb_one": float((ga[1] in WEAK_VERBS) != (gb[1] in WEAK_VERBS)),
            "bound_differs": float(bound_a != bound_b),
            "tense_differs": float(x.tense not in (None, "either") and y.tense not in (None, "either") and x.tense != y.tense),
        })
        f["said_happened"] = float(said_against_happened(ga[0], gb[0]))
        ra, rb = self.a.resolved.get(x.start), self.b.resolved.get(y.start)
        f["values_differ"] = float(cmp_dates.conflicts(x, ra, y, rb, self.gap, bound_a, bound_b,
                                                      self.a.doc.published, self.b.doc.published))
        f["same_offset"] = float(_same_offset(self.a.doc.published, ra, self.b.doc.published, rb))
        f["steps_apart"] = _steps_feature(x, ra, y, rb) if f["values_differ"] else 0.0
        # not a feature of the fit: the two agree only because one bounds a period the other falls
        # in, their own days apart ("by Wednesday morning" / "on Sunday afternoon")
        f["through_a_bound"] = float(bound_a != bound_b and not f["values_differ"] and ra is not None
                                     and rb is not None and not ra.overlaps(rb))
        # not a feature of the fit: the other sentence states this date too, written finer or coarser
        # ("in August 2022" / "began on 5 August 2022 and was lifted in November that year")
        f["stated_beside"] = float(bool(f["values_differ"]) and (_stated_finer_or_coarser(x, ra, self.a, self.b, y)
                                                                 or _stated_finer_or_coarser(y, rb, self.b, self.a, x)))
        return f


# The granularities a date is stated finer or coarser in for `_stated_finer_or_coarser`, one step
# apart: a year around a day says too little of which day ("on Boxing Day" beside "2024")
_NEXT_GRAINS = frozenset({frozenset({"day", "month"}), frozenset({"month", "year"})})


def _stated_finer_or_coarser(c: DateClaim, resolved: ResolvedDate | None, own: Side, other: Side,
                             besides: DateClaim) -> bool:
    """Does the other sentence state the date `c` names one step finer or coarser, unbounded ("5
    August 2022" inside "August 2022", "June 1999" inside "1999")? Then `c` has its counterpart there,
    and another date of that sentence is another fact."""
    if resolved is None or cmp_dates.bound(own.sentence.text, c):
        return False
    grain = cmp_dates.family(c)
    for d in other.claims.dates:
        if d is besides or d.start == besides.start or frozenset((grain, cmp_dates.family(d))) not in _NEXT_GRAINS:
            continue
        rd = other.resolved.get(d.start)
        if rd is None or cmp_dates.bound(other.sentence.text, d):
            continue
        if (rd.low >= resolved.low and rd.high <= resolved.high) or (resolved.low >= rd.low and resolved.high <= rd.high):
            return True
    return False


def steps_apart(x: DateClaim, ra: ResolvedDate | None, y: DateClaim, rb: ResolvedDate | None) -> int | None:
    """How far apart two dates are in steps of their own granularity (days, months or years),
    or None when that cannot be known. Two reports of one fact that disagree are mostly a step
    or two apart (a day, the year before); two facts are often years apart."""
    grain = cmp_dates.family(x)
    if grain != cmp_dates.family(y):
        return None
    if grain == "year" and x.year and y.year:
        return _year_slip(x.year, y.year) or abs(x.year - y.year)
    if grain == "month" and x.month and y.month:
        if x.year and y.year:
            if x.month == y.month and (slip := _year_slip(x.year, y.year)):
                return slip  # "December 2028" for "December 2027": the year slipped, a step
            return abs((x.year - y.year) * 12 + x.month - y.month)
        d = abs(x.month - y.month)  # a bare month's year is a guess: the nearer way round
        return min(d, 12 - d)
    if grain == "day":
        if x.weekday is not None and y.weekday is not None:
            # by name: "Wednesday" for Tuesday is one step, whichever week each resolves to
            d = abs(x.weekday - y.weekday)
            return min(d, 7 - d)
        if ra is not None and rb is not None and ra.low == ra.high and rb.low == rb.high:
            a, b = ra.low, rb.low
            months = abs((a.year - b.year) * 12 + a.month - b.month)
            if a.day == b.day and 0 < months <= 2:
                # one field slipped by a step or two, the month ("June 1" for "July 1"): steps of it
                # (not "six months since Feb. 24" in an article of August 24)
                return months
            if (a.day, a.month) == (b.day, b.month) and (slip := _year_slip(a.year, b.year)):
                return slip
            if a.month == b.month and (a.year == b.year or not (x.year and y.year)) and _day_slip(a.day, b.day):
                return 1  # a month-day's year is a guess: its month and day say it
            if abs((a - b).days) == 7 and x.day and y.day and x.month and y.month:
                return 1  # two dates written out a week apart: the same weekday a week out, one slip
            return abs((a - b).days)
        if x.year and y.year and x.year != y.year:
            # the same day of two years: steps of the year where it slipped, else far
            return _year_slip(x.year, y.year) if (x.month, x.day) == (y.month, y.day) else None
        if x.month and y.month and x.day and y.day and x.month == y.month:
            return 1 if _day_slip(x.day, y.day) or abs(x.day - y.day) == 7 else abs(x.day - y.day)
        if x.month and y.month and x.day and y.day and x.day == y.day and min(d := abs(x.month - y.month), 12 - d) <= 2:
            return min(d, 12 - d)
    return None


def _year_slip(a: int, b: int) -> int | None:
    """Steps of a year written for another where nothing else differs: a year or two out, or one
    with two neighbouring digits swapped ("1978" for "1987", "1849" for "1894"), one slip of writing
    however far apart the two years fall."""
    if a == b:
        return None
    if _digits_swapped(a, b):
        return 1
    return abs(a - b) if abs(a - b) <= 2 else None


def _day_slip(a: int, b: int) -> bool:
    """Is one day of the month written as the other with its tens digit changed or its two digits
    swapped ("24 August" for "14 August", "16 April" for "6 April", "21" for "12")? One slip of
    writing, however many days apart the two fall (days a few apart are near already)."""
    x, y = f"{a:02d}", f"{b:02d}"
    return x != y and (x[1] == y[1] or (x[0], x[1]) == (y[1], y[0]))


def _digits_swapped(a: int, b: int) -> bool:
    """Is one written as the other with two neighbouring digits swapped?"""
    x, y = str(a), str(b)
    if len(x) != len(y) or x == y:
        return False
    differ = [i for i in range(len(x)) if x[i] != y[i]]
    return len(differ) == 2 and differ[1] == differ[0] + 1 and x[differ[0]] == y[differ[1]] and x[differ[1]] == y[differ[0]]


# Dates further apart than this many steps of their granularity are far: two occasions, mostly.
# Chosen by the fit's own out-of-fold log loss among 3, 6 and a log scale (0.471, 0.462, 0.479).
FAR_STEPS = 6


def _steps_feature(x: DateClaim, ra: ResolvedDate | None, y: DateClaim, rb: ResolvedDate | None) -> float:
    """1.0 when the two dates are far apart (more than FAR_STEPS) or cannot be placed against each other."""
    steps = steps_apart(x, ra, y, rb)
    return float(steps is None or steps > FAR_STEPS)


def _same_offset(published_a: date | None, ra: ResolvedDate | None, published_b: date | None,
                 rb: ResolvedDate | None) -> bool:
    """Two days, each as far from its own article's day, in articles of different days ("said
    Friday" in Friday's article, "said Sunday" in Sunday's): what two daily reports of a
    recurring statement look like, where one day dated two ways need not track the articles."""
    if not (published_a and published_b and ra and rb) or published_a == published_b:
        return False
    if ra.low != ra.high or rb.low != rb.high:
        return False
    return (ra.low - published_a) == (rb.low - published_b)


# ----------------------------------------------------------------- candidates (rules by definition)


def comparable_numbers(x: NumberClaim, y: NumberClaim) -> bool:
    """Can the two figures be about one quantity at all? Units, ages and tallies decide by definition."""
    if cmp_numbers.dimension(x.unit) != cmp_numbers.dimension(y.unit):
        return False  # metres and tons, dollars and euros: two measures (kilometres and miles are one)
    if ("age" in x.counted) != ("age" in y.counted):
        return False  # an age is not a count or a duration
    if (x.counted[:1] == ("way",)) != (y.counted[:1] == ("way",)):
        return False  # "a three-way primary" counts its sides, the candidate among them: not "two rivals"
    if "age" in x.counted and _different_people(x.anchor, y.anchor):
        return False  # "Alexander Dugin, 60" and "29-year-old Darya Dugina": two people's ages
    if "age" in x.counted and {_sex_of_age(x), _sex_of_age(y)} == {"female", "male"}:
        return False  # "a 58-year-old woman" and "a man in his seventies": two people's ages
    if _outcomes_clash(x, y):
        return False  # "killed" and "rescued" are two measures, as metres and tons are two units
    if _slice_within(x, y) or _slice_within(y, x):
        return False  # "one in six women" is not a share of adults; "five civilians" may be five of "seven people"
    if (PARTIAL in x.counted) != (PARTIAL in y.counted):
        return False  # "two more ships" is an increment, "four ships" a total: two measures
    if (WHOLE in x.counted) != (WHOLE in y.counted) and cmp_numbers.conflicts(x, y):
        # "of the 169 seats" is the parliament's size, "52 seats" what a party holds; but "with 19
        # of the 27 deaths" restates "27 deaths", which then settles the 27
        return False
    if (CAPACITY in x.counted) != (CAPACITY in y.counted) and (
            cmp_numbers.conflicts(x, y) or not set(counted_words(x)) & set(counted_words(y))):
        # "a 42-seater bus" holds 42, whoever it carried ("carrying forty-two people" is a count
        # of people); but "will have 24 beds" restates "the 24-bed premises", the same beds, which
        # then settles the 24
        return False
    if PURPOSE in x.counted and PURPOSE in y.counted and not _stems(counted_words(x)) & _stems(counted_words(y)):
        return False  # "$4.2 million for the fence" and "$5.1 million for ranger jobs": two things paid for
    if (DIFFERENCE in x.counted) != (DIFFERENCE in y.counted):
        return False  # "five rounds sooner" is a difference, "six rounds" a count: two measures
    if (_one_kind_of_two(x, y) or _one_kind_of_two(y, x)) and cmp_numbers.conflicts(x, y):
        return False  # "1,100 officers" are a part of "1,500 officers and stewards"
    if _duration(x) != _duration(y) and _counts_something(x) and _counts_something(y):
        return False  # "44 seconds" is a span of time, "46 KOs" a count: two measures
    rx, ry = _rate_of(x), _rate_of(y)
    if rx != ry:
        return False  # "$23 million per season" is a rate, "$184 million" a total; a day's rate is no year's
    if (_NEEDED & set(x.left[-2:])) != (_NEEDED & set(y.left[-2:])):
        return False  # "need roughly 171,000 signatures" is a threshold, "has gathered 62,000" a tally
    if SUPERSEDED_WORDS & set(x.left[-4:]) or SUPERSEDED_WORDS & set(y.left[-4:]):
        # "initially confirmed five": what was first said, not what holds now (further back in the
        # sentence the same words make the figure background, which the fit weighs)
        return False
    return True


# Counts of everyone, where a slice of them ("women", "children", "civilians") is a part
_EVERYONE = frozenset({"people", "person", "persons", "adult", "resident", "individual"})


def _slice_within(part: NumberClaim, whole: NumberClaim) -> bool:
    """Does `part` count a slice of the people `whole` counts, in a way that can sit within it? A
    share of a slice says nothing of the share of everyone (a sixth of women and a ninth of adults),
    and a slice's count up to the whole's is a part of it; a slice larger than everyone is not."""
    slice_words, whole_words = set(part.counted), set(whole.counted)
    if not (slice_words & cmp_numbers.PARTS_WHO and whole_words & _EVERYONE
            and not whole_words & cmp_numbers.PARTS):
        return False
    return part.unit == "%" or whole.unit == "%" or part.low <= whole.high


# Two kinds of thing counted together: "officers and stewards", "police officers and stewards"; not a
# thing "of" two ("days of protests and unrest") nor a quantifier after "and" ("soldiers and much of")
_TWO_KINDS = re.compile(r"[\w'-]+(?:\s+[\w'-]+)?\s+(?:and|&)\s+(?!(?:much|many|more|most|some|all|other|several|its|their)\b)"
                        r"[\w'-]+(?:\s+[\w'-]+)?", re.IGNORECASE)


def _one_kind_of_two(part: NumberClaim, both: NumberClaim) -> bool:
    """Does `part` count one of the two kinds `both` counts joined by "and" ("1,100 officers" against
    "1,500 officers and stewards")? A total of two kinds counts more than either, by definition."""
    one = set(counted_words(part))
    if not one or not _TWO_KINDS.fullmatch(both.counted_text) or " and " in part.counted_text:
        return False
    # one of the two kinds, whole: "officers" of "officers and stewards", not "patients" of "current
    # and former patients" (two adjectives of one kind)
    kinds = [{singular(fold_lower(w)) for w in side.split()} for side in re.split(r"\s+(?:and|&)\s+", both.counted_text)]
    return any(one == kind for kind in kinds)


def _outcomes_clash(x: NumberClaim, y: NumberClaim) -> bool:
    """Do both figures say what befell what they count, and never the same ("killed" / "rescued")?"""
    ox, oy = cmp_numbers.outcomes(x), cmp_numbers.outcomes(y)
    return bool(ox and oy and not ox & oy)


def counted_words(c: NumberClaim) -> list[str]:
    """The words of what a figure counts, its markers ("+part", "+per:day") left out."""
    return [w for w in c.counted if not w.startswith("+")]


_INITIALISM_SKIPPED = frozenset({"of", "and", "the", "for"})


def _initialisms_read(words: list[str], other: list[str]) -> list[str]:
    """What a figure counts, with the words an initialism on the other side spells out read as it
    ("sport utility vehicles" against "SUVs", "internally displaced persons" against "IDPs")."""
    out = list(words)
    for short in {w for w in other if 2 <= len(w) <= 5 and w.isalpha()}:
        for i in range(len(out)):
            end, initials = i, ""
            while end < len(out) and len(initials) < len(short):
                if not (initials and out[end] in _INITIALISM_SKIPPED):
                    initials += out[end][:1]
                end += 1
            if initials == short and out[i] not in _INITIALISM_SKIPPED:
                out[i:end] = [short]
                break
    return out


def _head_counted(c: NumberClaim) -> str | None:
    """The word a figure counts ("seconds" in "44 seconds of the seventh round")."""
    return next(iter(counted_words(c)), None)


def _counts_something(c: NumberClaim) -> bool:
    return _head_counted(c) is not None


def _duration(c: NumberClaim) -> bool:
    """Is the figure a span of time ("three days", "44 seconds")? Never an amount of money: "£12,400 for
    Second Chance Runners" pays a charity, not seconds."""
    return _head_counted(c) in cmp_numbers.TIME_UNITS and c.unit not in CURRENCY_UNITS


def _rate_of(c: NumberClaim) -> str | None:
    """The period a figure is a rate per ("day"), None for a total."""
    return next((w.removeprefix(RATE) for w in c.counted if w.startswith(RATE)), None)


# A figure a change starts from: "47 seats, down from 61", "rose from 12 to 20": an earlier level.
# "cut the course from 42 to 26 kilometres": two words may stand between the verb and "from"; the
# level reached ("26 kilometres", after "to") is none.
_FROM_A_LEVEL = re.compile(r"\b(?:up|down|rose|risen|fell|fallen|increased|decreased|dropped|climbed|jumped|slipped"
                           r"|declined|grew|shrank|cut|raised|lowered|reduced|shortened|extended|slashed|trimmed"
                           r"|boosted|lifted|expanded|narrowed|widened|revised)\s+(?:[a-z]+\s+){0,2}from\s+(?:(?!to\b|\d)\w+\s+){0,2}$",
                           re.IGNORECASE)


def _earlier_level(side: Side, c: NumberClaim) -> bool:
    """Is the figure the level a change starts from ("down from 61 seats at the last election"), or
    a mark since passed ("beat its previous record of 139,000 visitors")?"""
    return is_earlier_level(side.sentence.text, c) or bool(
        _FORMER_MARK.search(side.sentence.text, max(0, c.start - 60), c.start))


# What sets one figure of a sentence against another: "more than twice the average of 1.7", "up from"
_SET_AGAINST = re.compile(r"\bthan\b|" + EARLIER_FIGURE.pattern, re.IGNORECASE)


def _set_against(side: Side, x: NumberClaim, y: NumberClaim) -> bool:
    """Does `side`'s sentence set its figure `x` against another figure of its own that agrees with
    the other side's `y` ("94,300 voters, almost a quarter more than the national average of about
    76,000" against "The average district has about 76,000 voters")? The writer knows both, as two."""
    text = side.sentence.text
    for z in side.claims.numbers:
        if z.start == x.start or z.unit != y.unit or cmp_numbers.conflicts(z, y):
            continue
        first, second = sorted((x, z), key=lambda c: c.start)
        if _SET_AGAINST.search(text, first.end, second.start):
            return True
    return False


# A figure first given, since revised: "first said", "first put the toll at"
_FIRST_SAID = re.compile(r"\bfirst\s+(?:said|says|reported|put|estimated|gave|announced|counted|confirmed)\b"
                         r"|\b(?:initial|first|original|preliminary|earlier)\s+(?:estimate|figure|count|tally|toll|assessment)s?\b",
                         re.IGNORECASE)


# A figure named as a mark since passed: "beat its previous record of 139,000 visitors", "the old
# best of 2:04", "the former high of 41C"; what stood before, not what the story reports now
_FORMER_MARK = re.compile(r"\b(?:previous|old|former|earlier|last)\s+(?:record|best|high|peak|low|mark)\s+"
                          r"(?:of|was|had\s+been|stood\s+at)\s+(?:(?:about|around|some|nearly|almost|just|over|under)\s+)?$",
                          re.IGNORECASE)


def is_earlier_level(text: str, c: NumberClaim) -> bool:
    """Is the figure of `text` the level a change starts from ("up from nine on Monday")?"""
    return bool(_FROM_A_LEVEL.search(text, 0, c.start))


# A moment of a trading day a market move or price is given at: not the day's close, which is what a
# figure with no such words reports ("jumped 22% in premarket trading", "at one point")
_TRADING_MOMENT = re.compile(r"\b(?:in|during)\s+(?:early|late|morning|afternoon|midday|lunchtime|premarket|pre-market|"
                             r"after-hours|extended|overnight|opening|intraday|thin)\s+(?:trading|trade|deals|dealings)\b"
                             r"|\bintraday\b|\bat\s+one\s+(?:point|stage)\b|\bbefore\s+the\s+(?:opening\s+)?bell\b",
                             re.IGNORECASE)


def _trading_moment(side: Side, c: NumberClaim) -> str:
    """The moment of the trading day a share or price figure is given at ("in premarket trading"),
    read over its sentence (the phrase often closes it: "jumped 22% in premarket trading, while
    Tallis fell 3%"); "" for any other figure or none said."""
    if c.unit != "%" and c.unit not in CURRENCY_UNITS:
        return ""
    m = _TRADING_MOMENT.search(side.sentence.text)
    return " ".join(m.group(0).lower().split()[-2:]) if m else ""


def comparable_figures_beside(x: NumberClaim, y: NumberClaim, a: Side, b: Side) -> bool:
    """Can the two figures be about one quantity, given what else their sentences (`a` holds `x`,
    `b` holds `y`) say? Who else an age's sentence names, and which figures add up beside each."""
    if "age" in x.counted and (_age_of_another(x, y, b.sentence.text) or _age_of_another(y, x, a.sentence.text)):
        return False  # "Dugin, 60" and "The 29-year-old journalist was the daughter of ... Dugin"
    if _earlier_level(a, x) != _earlier_level(b, y) and cmp_numbers.conflicts(x, y):
        # "47 seats, down from 61 at the last election" against "Renewal holds 68 seats": another
        # occasion; but "up from 1,100 on Monday" restates Monday's "1,100 deployed", and settles it
        return False
    if _set_against(a, x, y) or _set_against(b, y, x):
        return False  # "4.1 particles, more than twice the average of 1.7" against "contained 1.7 on average"
    if _trading_moment(a, x) != _trading_moment(b, y):
        return False  # "rose 4.1% in afternoon trading" against "rose 3.8 percent, closing at $61.20"
    if _FIRST_SAID.search(a.sentence.text, 0, x.start) or _FIRST_SAID.search(b.sentence.text, 0, y.start):
        return False  # "The company first said about 1.2 million", "In an initial estimate, it said about 250,000"
    if _part_of(x, y, a.claims.numbers, a.sentence.text) or _part_of(y, x, b.claims.numbers, b.sentence.text):
        return False  # "two missiles hit ... and two others were shot down" against "four missiles"
    if _states_other(x, y, a.claims.numbers) or _states_other(y, x, b.claims.numbers):
        return False  # "Iguodala 14.9 points ... Dalembert his 5.8 points" against "Iguodala 14.9 points"
    x_listed, y_listed = _two_places_after(a.sentence.text[x.end:]), _two_places_after(b.sentence.text[y.end:])
    if (_total_of_places(x, y, x_listed, y_listed, b.sentence.text[y.end:])
            or _total_of_places(y, x, y_listed, x_listed, a.sentence.text[x.end:])):
        return False  # "killed at least two civilians in Donbas and in Kharkiv" against "one civilian in the region"
    if _running_total_grew(a, x, b, y) or _running_total_grew(b, y, a, x):
        return False  # "brings the total this year to 212" on the 16th, "now stands at 218" on the 18th
    if _counted_by_earlier(a, x, b, y) or _counted_by_earlier(b, y, a, x):
        return False  # "By 8 p.m. on Tuesday, 148,900 people had voted" against "By 8pm on Wednesday, 183,400"
    ex, ey = _extent(a.sentence.text, x), _extent(b.sentence.text, y)
    if ex is not None and ey is not None and ex != ey:
        return False  # "210 relief camps across the state" against "31 relief camps in the district"
    if _after_the_other_was_written(a, b) or _after_the_other_was_written(b, a):
        return False  # "Yesterday, Laakso won with 292.0 points" against the day before's undated "289.4 points"
    ox, oy = _ordinal_before(a.sentence.text, x), _ordinal_before(b.sentence.text, y)
    if ox is not None and oy is not None and ox != oy:
        return False  # "The first 24-hour walkout" against "A second, 48-hour walkout": two occasions
    if _revised_from(a, x, y) or _revised_from(b, y, x):
        return False  # "Five members of staff were treated, two more than first reported" against "Three"
    if _set_as_a_target(a, x) != _set_as_a_target(b, y):
        return False  # "The government's target is for 78 per cent of patients to be seen" against "almost two in three"
    if bool(_SEPARATE_ONE.search(a.sentence.text, 0, x.start)) != bool(_SEPARATE_ONE.search(b.sentence.text, 0, y.start)):
        return False  # "A separate 2023 study by the same team found that 8% of players": another study's
    if _combined(a.sentence.text, x) != _combined(b.sentence.text, y):
        return False  # "The combined group will print around 9 million magazines" against "Redfern prints around 3 million"
    sa, sb = seasons(a.sentence.text), seasons(b.sentence.text)
    if sa and sb and not sa & sb:
        return False  # "in 2022-23, police recorded 1,320 incidents" against "1,276 in the 2024-25 season"
    return True


# A season or financial year, two years running written as one: "2022-23", "2024/25", "2023-2024"
_SEASON = re.compile(r"(?<![\w$£€.,/-])((?:19|20)\d\d)[-\u2013/]((?:19|20)?\d\d)(?![\w%/-]|[.,]\d)")


def seasons(text: str) -> frozenset[int]:
    """The seasons or financial years a sentence names, each by its first year."""
    found = set()
    for m in _SEASON.finditer(text):
        first, second = int(m.group(1)), m.group(2)
        if int(second) == (first + 1 if len(second) == 4 else (first + 1) % 100):
            found.add(first)
    return frozenset(found)


# "..., two more than first reported", "three fewer than initially thought": by how much the figure
# revises the first one
_REVISED_BY = re.compile(r"[^.;]{0,90}?\b(?P<n>\d{1,6}|[a-z]+)\s+(?P<dir>more|fewer|less|higher|lower)\s+than\s+"
                         r"(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:first|initially|originally|previously|earlier)\s+"
                         r"(?:reported|thought|stated|announced|said|believed|feared|estimated|given)\b", re.IGNORECASE)


def difference_told(pattern: re.Pattern[str], text: str, c: NumberClaim) -> tuple[float, re.Match[str]] | None:
    """What the words after a figure say another level differs from it by, as `pattern` (with groups
    "n" and "dir") reads them: signed so that the figure plus it is that level ("five, two more than
    first reported": -2), with the match; None where they say none."""
    m = pattern.match(text, c.end)
    if m is None:
        return None
    n = m.group("n").lower().replace(",", "")
    by = float(n) if n.isdigit() else float(SMALL.get(n, 0))
    if not by:
        return None
    return (-by if m.group("dir").lower() in ("more", "higher") else by), m


def _revised_from(side: Side, own: NumberClaim, other: NumberClaim) -> bool:
    """Does `own`'s sentence say it revises a first figure, which is `other`'s ("Five members of staff
    were treated, two more than first reported" against "Three")? Then the two are two reports."""
    told = difference_told(_REVISED_BY, side.sentence.text, own)
    if told is None or own.unit != other.unit:
        return False
    return other.low <= own.value + told[0] <= other.high


# A figure set as a target or goal: "the target is for 78 per cent", "a goal of 10,000 runners", "its
# target of 95%": what is aimed at, not what happened
_TARGET_OF = re.compile(r"\b(?:target|goal|ambition)s?\s+(?:is|was|are|were|of|for|to|remains|stands\s+at)\s+"
                        r"(?:(?:for|to|at|of|reach|hit|get|see|have|about|around|some|nearly|almost|just|over|under|a|an|the)\s+){0,3}$",
                        re.IGNORECASE)


# A figure forecast: "Analysts forecast revenue of £13.5 million for the current year", "predicts
# 40,000 visitors", "is forecast to cost £150,000": what someone expects, not what was counted. Not a
# change "by" so much ("overshot forecasts by £1,500m", "are forecast to jump by 10C", which
# "Forecasters expect temperatures to rise by 10F" restates): a change is compared as a change
_FORECAST = re.compile(r"\b(?:forecasts?|forecasting|forecasted|predicts?|predicted|predicting)\b(?:\s+[\w'\u2019-]+){0,4}\s+$",
                       re.IGNORECASE)
_BY_SO_MUCH = re.compile(r"\bby\s+$", re.IGNORECASE)


def _set_as_a_target(side: Side, c: NumberClaim) -> bool:
    """Is the figure aimed at or forecast, not what happened ("its target of 95%", "forecast revenue of £13.5m")?"""
    before = side.sentence.text[max(0, c.start - 60):c.start]
    clause = re.split(r"[,;:]", before)[-1]
    return bool(_TARGET_OF.search(before) or _FORECAST.search(clause) and not _BY_SO_MUCH.search(clause))


# A clause that tells of a separate instance of what the story is about: "A separate 2023 study
# found", "In a separate incident,"
_SEPARATE_ONE = re.compile(r"\b(?:a|an|in\s+a)\s+separate\b", re.IGNORECASE)
# A figure of several things together, by definition more than any one of them: "the combined group",
# "a combined 9 million", "the enlarged group", "between them", and "together" before what they hold
# or do ("the three parties together hold 87", "Together the companies will own 14"); not after a
# verb ("brought together the minister", "two black senators serving together": at one time)
_COMBINED = re.compile(r"\b(?:combined|enlarged|merged)\b|\bbetween\s+them\b|(?:^|[.;:]\s*)together\b(?!\s+with\b)|\btaken\s+together\b"
                       r"|\btogether,?\s+(?:they|hold|holds|held|own|owns|owned|have|has|had|employ|employs|employed|"
                       r"account|accounts|accounted|make|makes|made|run|runs|ran|operate|operates|operated|sell|sells|"
                       r"sold|total|totals|totalled|totaled|control|controls|controlled|represent|represents|serve|serves|"
                       r"served|will|would|are|were)\b", re.IGNORECASE)


def _combined(text: str, c: NumberClaim) -> bool:
    """Is the figure told of several things together, in its clause or before it ("The combined group
    will run 27 parks in seven countries, which welcomed about 31 million visitors")?"""
    return bool(_COMBINED.search(text, 0, _clause_span(text, c)[1]))


# An ordinal just before a figure ("the first 24-hour walkout", "a second, 48-hour strike") says which
# of several occasions the figure belongs to; so does one before a batch the figure sizes ("a second
# wave of 400 nurseries" against "the first 300 nurseries")
_ORDINAL_BEFORE = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                             r"1st|2nd|3rd|[4-9]th|10th|opening|last|final|closing)(?:[\s,]*|\s+(?:wave|round|batch|phase|tranche|stage|group|set|"
                             r"cohort|intake|instalment|installment)\s+of\s+)$", re.IGNORECASE)


def _ordinal_before(text: str, claim: NumberClaim) -> str | None:
    """The ordinal written just before a figure, or of the run it is a part of, if any."""
    m = _ORDINAL_BEFORE.search(text, max(0, claim.start - 30), claim.start) or _OF_AN_ORDINAL_RUN.match(text, claim.end)
    return _ORDINAL_ENDS.get(m.group(1).lower(), m.group(1).lower()) if m else None


# A figure of a run an ordinal names: "won four of the first five frames" are of the first five
_OF_AN_ORDINAL_RUN = re.compile(r"\s+of\s+the\s+(first|last|opening|final|closing)\b", re.IGNORECASE)


# Which end of a run an ordinal word names: "the opening five frames" are the first five, "the final
# three" the last three ("won the last three frames" against "won four of the first five frames")
_ORDINAL_ENDS = {"opening": "first", "final": "last", "closing": "last"}


def _after_the_other_was_written(side: Side, other: Side) -> bool:
    """Does `side`'s sentence date what it tells on a day gone by that came after `other`'s
    article was published, where `other`'s sentence names no day? The other could not have told it:
    its figure is of an earlier day's fact ("Yesterday, Laakso turned the tables, winning with 292.0
    points" on the 12th against "The 26-year-old Austrian finished with 289.4 points" on the 10th)."""
    written, told = other.doc.published, side.doc.published
    if written is None or told is None or other.claims.dates or not side.claims.dates:
        return False
    days = [side.resolved.get(c.start) for c in side.claims.dates if c.start not in side.background_at]
    return bool(days) and all(r is not None and r.low == r.high and written < r.low <= told for r in days)


# Words that make a figure a running total, counted up to the day it is written: "so far this
# year", "to date", "the toll now stands at", "brings the total to".
_RUNNING_TOTAL = re.compile(r"\b(?:so\s+far|to\s+date|this\s+(?:year|season)|year's|year’s|now\s+stands?\s+at|"
                            r"brings?\s+the\s+(?:total|toll|tally|number|count)|since\s+(?:January|the\s+(?:start|beginning)\s+of))\b",
                            re.IGNORECASE)


def _running_total_grew(early: Side, x: NumberClaim, late: Side, y: NumberClaim) -> bool:
    """Is each figure a running total by its own words, and the earlier article's the lower? A
    total counted to the day it is written grows between reports: both can hold, each on its day."""
    if early.doc.published is None or late.doc.published is None or early.doc.published >= late.doc.published:
        return False
    if not x.high < y.low:
        return False
    return all(_RUNNING_TOTAL.search(_clause_of(side.sentence.text, c)) for side, c in ((early, x), (late, y)))


def _counted_by(side: Side, c: NumberClaim) -> ResolvedDate | None:
    """The one time the figure's clause, or the sentence's opening clause before it, counts it up
    to ("By 8pm on Wednesday, 183,400 ...")."""
    text = side.sentence.text
    start, end = _clause_span(text, c)
    opening = _opening_clause_end(text)
    times = [side.resolved.get(d.start) for d in side.claims.dates
             if (start <= d.start < end or d.end <= opening < c.start) and cmp_dates.bound(text, d) == "by"]
    times = [t for t in times if t is not None]
    return times[0] if len(times) == 1 else None


def _counted_by_earlier(early: Side, x: NumberClaim, late: Side, y: NumberClaim) -> bool:
    """Is each figure a count up to its own time, the earlier time's the lower? Two counts of one
    running tally at two moments both hold."""
    tx, ty = _counted_by(early, x), _counted_by(late, y)
    return tx is not None and ty is not None and tx.high < ty.low and x.high < y.low


def _clause_span(text: str, c: NumberClaim) -> tuple[int, int]:
    """Where the figure's clause starts and ends in `text`: the breaks either side of it."""
    before = [m.end() for m in _FIGURE_CLAUSE_BREAK.finditer(text, 0, c.start)]
    after = _FIGURE_CLAUSE_BREAK.search(text, c.end)
    return (before[-1] if before else 0, after.start() if after else len(text))


def _clause_of(text: str, c: NumberClaim) -> str:
    start, end = _clause_span(text, c)
    return text[start:end]


def _opening_clause_end(text: str) -> int:
    """Where the sentence's first clause ends ("In the city, ...", "By 8pm on Tuesday, ...")."""
    first = _FIGURE_CLAUSE_BREAK.search(text)
    return first.start() if first else len(text)


# The area a count covers, named by a generic word of its level: "across the state", "in the
# district", "nationwide", or a quarter of the country ("in the south-west"). Two levels are two
# areas, one inside the other: a part and a whole.
_EXTENT_LEVELS = {
    "country": "country", "nation": "country", "nationwide": "country", "countrywide": "country", "nationally": "country",
    "state": "state", "statewide": "state", "province": "province", "provincewide": "province", "province-wide": "province",
    "region": "region", "regionwide": "region", "region-wide": "region",
    "district": "district", "districtwide": "district", "district-wide": "district", "county": "county", "countywide": "county",
    "city": "city", "citywide": "city", "city-wide": "city", "town": "town", "municipality": "town", "village": "village",
}
_EXTENT = re.compile(r"\b(?:(?:across|in|throughout|around)\s+the\s+(?:whole\s+|entire\s+)?(?P<noun>country|nation|state|province|region"
                     r"|district|county|city|town|municipality|village)\b(?!\s*(?:'s|’s|´s|of|council|government|capital|police))"
                     r"|(?P<adverb>nationwide|countrywide|nationally|statewide|province-?wide|region-?wide|district-?wide|countywide|city-?wide)"
                     r"|\bin\s+the\s+(?P<compass>(?:north|south)(?:[\s-]?(?:east|west))?|east|west)\b(?!\s+(?:bank|wing|side|coast|end|stand)\b))",
                     re.IGNORECASE)
_FIGURE_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]")


def _extent(text: str, c: NumberClaim) -> str | None:
    """The one level of area the figure's clause names ("across the state"), or where it names none,
    the sentence's opening clause ("In the city, 12 schools closed"); None when none or several."""
    def levels(part: str) -> set[str]:
        return {"region" if m.group("compass") else _EXTENT_LEVELS[(m.group("noun") or m.group("adverb")).lower()]
                for m in _EXTENT.finditer(part)}

    found = levels(_clause_of(text, c))
    opening = _opening_clause_end(text)
    if not found and opening < c.start:
        found = levels(text[:opening])  # "In the city, 12 schools closed"
    return next(iter(found)) if len(found) == 1 else None


# A count over two places joined by "and", right after the figure: "... civilians in the industrial
# Donbas region in the east and in the city of Kharkiv", "in Kharkiv and Donetsk". After "and", the
# second place follows at once or after its own "in" ("and recruit Hitler" is no place).
_TWO_PLACES = re.compile(r"^[^.;:]{0,40}?\b(?:in|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?P<first>[A-Z][\w'’-]+)"
                         r"[^.;:]{0,60}?\band\s+(?:in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?(?P<second>[A-Z][\w'’-]+)")
_CALENDAR_WORDS = tables.calendar_words()


def _two_places_after(text: str) -> bool:
    """Does `text` (what follows a figure) open with a count's two places ("in Russia and
    Belarus")? Two months ("in February and March") or two nationalities are no places."""
    m = _TWO_PLACES.match(text)
    if not m:
        return False
    first, second = (fold_lower(m.group(g)).removesuffix("'s") for g in ("first", "second"))
    if first in _CALENDAR_WORDS or second in _CALENDAR_WORDS:
        return False
    if _nationality(m.group("first")) or _nationality(m.group("second")):
        return False
    after = re.match(r"\s*([A-Za-z]+)", text[m.end():])
    # "... in Chaplyne and Zelensky vowed revenge": a subject and its verb, not a second place
    return after is None or after.group(1)[0].isupper() or after.group(1).lower() in _AFTER_PLACE


# Words that may follow a place's name in a list of places ("in Kharkiv and Donetsk regions on Monday").
_AFTER_PLACE = frozenset("""region regions oblast oblasts province provinces city cities area areas district districts
state states county counties town towns village villages on in at of and or during since last this over after
before when while where from to with for as by amid near""".split())


def _nationality(word: str) -> bool:
    """"Russian", "American": an adjective of a country, not its name."""
    return word.endswith(("ian", "ean", "ese", "ish", "can")) and place(word) is not None


def _total_of_places(total: NumberClaim, part: NumberClaim, total_listed: bool, part_listed: bool,
                     part_after: str) -> bool:
    """Is `total` a count over two places together ("at least two civilians in Donbas and in
    Kharkiv": `total_listed`, from `_two_places_after`) and `part`, in a sentence that names no two
    such places but says where its count is (`part_after`, what follows it: "one civilian was killed
    in the region"), small enough to be one place's share of it? A count over A and B is not the
    count for A alone; a count said of no place ("will remove 48 posts") is the story's whole."""
    if not total_listed or part_listed or not _SAID_WHERE.match(part_after):
        return False
    return part.high <= total.high and part.low <= total.low


# A count's own clause says where it is: "one civilian was killed in the region"
_SAID_WHERE = re.compile(r"[^,;:.]{0,60}?\b(?:in|at|across|near|around|outside)\s+\S", re.IGNORECASE)


def _states_other(own: NumberClaim, other: NumberClaim, beside: Sequence[NumberClaim]) -> bool:
    """Does the sentence holding `own` state `other`'s figure too, for the same thing counted? Then
    it agrees with the other sentence there, and `own` is a figure of another fact ("Of the 23
    pirates arrested, ... 11 Yemeni" against "23 pirates"). The twin must count what `other`
    counts (or both count nothing) and be comparable with it: "22 killed and 25 wounded" does not
    state "25 killed"."""
    counted = counted_things(other)
    for twin in beside:
        if twin.start == own.start or twin.unit != other.unit:
            continue
        if (not counted_words(twin) and not twin.counted_text and twin.value == other.value
                and not cmp_numbers.conflicts(twin, other) and twin.left[-1:] not in (("another",), ("additional",), ("further",))
                and not _outcomes_clash(twin, other)):
            return True  # "would add 10 beds to the eight at its existing site": "the eight" are the other's eight beds
        if not comparable_numbers(twin, other):
            continue
        if twin.value != other.value or cmp_numbers.conflicts(twin, other):  # a tally is both its counts
            continue
        theirs = counted_things(twin)
        if counted == theirs or counted & theirs:
            return True
    return False


def counted_things(c: NumberClaim) -> set[str]:
    """What a figure counts, one word per thing ("soldier" and "troop" are one)."""
    return cmp_numbers.canonical_counted(set(counted_words(c)))


# "More than 250" stands for a total at most this much above it (212 and 40 more), not any larger one.
_ROUNDED_DOWN = 1.25
# Between two figures joined as parts of one whole: at most two words, then "and" ("12 Somali and 11").
_JOINED = re.compile(r"\s+(?:[^\W\d_][\w'-]*\s+){0,2},?\s*and\s+")
# ... or the second figure's verb left out after another name: "Harborline brings 23 properties to
# the combination and Summit 18" (Summit brings 18), "The Post sells 11,200 copies a day and the Star 9,800"
_GAPPED = re.compile(r"\s+(?:[^\W\d_][\w'-]*\s+){0,5}" + AND_ANOTHER_NAME)
# ... or one figure added to the other: "adds 48 homes to the 120 Meridian already runs"
_ADDED_TO = re.compile(r"\s+(?:[^\W\d_][\w'-]*\s+){0,2}to\s+(?:the|its|their|his|her|an?)\s+(?:existing\s+)?")
_ADD_VERB = re.compile(r"\b(?:add|adds|added|adding)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _part_of(part: NumberClaim, whole: NumberClaim, beside: Sequence[NumberClaim], text: str) -> bool:
    """Does `part` add up with another figure of its sentence (`text`) to `whole`, as parts of a
    total the other side gives? The other figure counts "others" or the same thing, or the two are
    joined by "and" ("12 Somali and 11 Yemeni pirates" against "23 pirates"). Two figures of two
    outcomes make no total of either: "15 were killed" against "three were killed and 12
    wounded" is a contradiction. Shares are left out: a poll's percentages add up to many
    figures by chance. An amount that counts nothing ("pay £11.5m as a penalty and a further £3.2m")
    is a part only where the two add up to the other side's to the digit."""
    if part.unit in ("tally", "%") or "age" in part.counted or not (part.counted or part.unit) or not whole.value > part.value:
        return False
    own = cmp_numbers.outcomes(part)
    whole_outcome = cmp_numbers.outcomes(whole)
    for other in beside:
        if other.start == part.start or other.unit != part.unit:  # a tally's parts are never summed (above)
            continue
        theirs = cmp_numbers.outcomes(other)
        if own and own <= whole_outcome and not own <= theirs:
            continue  # killed and wounded add up to no number killed
        first, second = sorted((part, other), key=lambda c: c.start)
        between = text[first.end:second.start]
        joined = bool(_JOINED.fullmatch(between) or _GAPPED.fullmatch(between)
                      or _ADDED_TO.fullmatch(between) and _ADD_VERB.search(text, max(0, first.start - 30), first.start))
        total = part.value + other.value
        # two amounts of a unit that add up to the other side's to the digit are its parts whatever
        # each says it is of ("$10.6 billion" sent and "a new package of about $3 billion" against
        # "about $13.6 billion", including the package): counts add up by chance, $10.6 billion does not
        summed = bool(part.unit) and math.isclose(total, whole.value, rel_tol=1e-9)
        # "another 45" is 45 others ("destroyed 62 homes and damaged another 45"), of the part's own
        # kind where it names one (not "those three minutes")
        another = other.counted[:1] == (PARTIAL,) and other.counted[1:2] in ((), part.counted[:1])
        if other.counted[:1] not in (("other",), part.counted[:1]) and not another and not joined and not summed:
            continue
        if (joined and not summed and not another and part.counted[:1] == whole.counted[:1]
                and other.counted[:1] not in ((), ("other",), part.counted[:1])):
            continue  # "45 firefighters and 12 engines" against "Sixty firefighters": engines are no firefighters
        if not part.counted and not summed:
            continue  # an amount that says what it is of only through its unit: parts only to the digit
        if sum_written_as(whole, total):
            return True
    return False


def sum_written_as(whole: NumberClaim, total: float) -> bool:
    """Would a writer give the sum `total` as `whole`? Within its range; a bound ("at least 14") holds
    for any larger sum, so only for its own figure or a sum a writer would round down to it ("more
    than 250" for 212 and 40); a figure read as exact, to the digit."""
    if math.isfinite(whole.high):
        return whole.low <= total <= whole.high if 0 < whole.low else total == whole.value
    return 0 < whole.low <= total <= whole.low * _ROUNDED_DOWN


def _age_of_another(named: NumberClaim, other: NumberClaim, other_text: str) -> bool:
    """Is `other` the age of someone described by a noun ("the 29-year-old journalist") in a
    sentence that also names the person `named` is the age of, as someone else? Had the noun been
    that person, the name would follow it and be the age's anchor."""
    if not named.anchor or other.anchor or not other_text:
        return False
    # "the 29-year-old journalist", or the bare "The 25-year-old was banned ...": a person named before
    described = len(other.counted) >= 2 or bool(_THE_BEFORE.search(other_text, max(0, other.start - 6), other.start))
    return described and bool(set(named.anchor) & {w.removesuffix("'s") for w in words(other_text)})


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


_FEMALE = frozenset({"woman", "girl", "mother", "wife", "daughter", "sister", "grandmother", "female", "her", "widow",
                     "mum", "mom", "lady", "niece", "aunt"})
_MALE = frozenset({"man", "boy", "father", "husband", "son", "brother", "grandfather", "male", "his", "widower",
                   "dad", "gentleman", "nephew", "uncle"})


def _sex_of_age(c: NumberClaim) -> str | None:
    """Whose age, by sex, where the figure says: "58-year-old woman", "in his seventies"."""
    said = set(c.counted) | set(c.text.lower().split())
    female, male = bool(said & _FEMALE), bool(said & _MALE)
    return "female" if female and not male else "male" if male and not female else None


def _different_people(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names that share no word (spelling variants folded) are two people. Unknown
    (no name, or a pronoun such as "<his>") is not different."""
    if not a or not b or any(w.startswith("<") for w in a + b):
        return False
    if not {translit_key(w) for w in a} & {translit_key(w) for w in b}:
        return True
    # one family's two members: "Angela Ruiz, 67" and "her husband, Tomas Ruiz, 70" (not "Tom
    # Ruiz" against "Tomas Ruiz", a given name shortened)
    first_a, first_b = translit_key(a[0]), translit_key(b[0])
    return (len(a) > 1 and len(b) > 1 and translit_key(a[-1]) == translit_key(b[-1])
            and not first_a.startswith(first_b) and not first_b.startswith(first_a))


# Verbs of saying, stemmed as the heads are: a date that hangs on one is the day something was said.
REPORTING_VERBS = frozenset(stem(w) for w in nlp.SAYING_LEMMAS)


def said_against_happened(head_a: str, head_b: str) -> bool:
    """Does one date hang on a verb of saying and the other not ("officials said Sunday" against
    "was killed Saturday")? Usually the day something was said against the day it happened, two
    facts; but readers call some such pairs one fact, so it is a feature the fit weighs, never a
    veto. False when a parse gives no head."""
    return bool(head_a and head_b) and (head_a in REPORTING_VERBS) != (head_b in REPORTING_VERBS)


# Verbs that give a running count as of a time: "86 aftershocks had been recorded by Monday evening"
_TALLY_VERBS = re.compile(r"\b(?:recorded|registered|counted|confirmed|logged|tallied|reported|raised|collected|gathered)\b",
                          re.IGNORECASE)


def _count_as_of(side: Side, c: DateClaim) -> bool:
    """Is the date the time a count is given as of ("recorded 86 aftershocks by Monday evening",
    "By Thursday night ... had confirmed 43 cases")? Two such times are two counts, not one fact
    dated twice; a deadline ("ordered to release the money by May 25") is none."""
    return (cmp_dates.bound(side.sentence.text, c) == "by" and bool(side.claims.numbers)
            and bool(_TALLY_VERBS.search(side.sentence.text))
            and not _DEADLINE_BEFORE.search(_clause_before(side, c)))


# A promise or a plan in the date's clause makes "by" a deadline: "which has pledged to halve its
# food waste by 2030" is no count as of 2030, whatever the sentence "reported" after it
_DEADLINE_BEFORE = re.compile(r"\b(?:pledged?|pledges|committed|commits?|promised?|promises|vowed?|vows|aims?|aimed|"
                              r"plans?|planned|intends?|intended|targets?|targeted|wants?|hopes?|hoped|will|must|"
                              r"should|would|due)\b", re.IGNORECASE)


# A date a comparison is made against: "11,200 fewer than at the end of March", "higher than in
# 2023", "compared with last June". It dates the other term of the comparison, not what is stated
# ("no later than March 1" is a deadline).
_COMPARED_AGAINST = re.compile(r"\b(?:(?<!later\s)(?<!earlier\s)(?<!sooner\s)than|compared\s+(?:with|to))\s+(?:(?:at|in|on|during|for|by)\s+)?"
                               r"(?:the\s+(?:end|start|beginning|middle|close|same\s+\w+)\s+(?:of|in|last)\s+)?"
                               r"(?:(?:the|last|a)\s+)?$", re.IGNORECASE)


# The same with the other term's figure written before its date: "47 homicides last year, compared
# with 61 in 2024", "reached 2,340, up from 2,207 in 2024" (not "more than 500 in 2024", a bound).
_COMPARED_FIGURE_AGAINST = re.compile(r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from)\s+"
                                      r"(?:(?:a|about|around|roughly|nearly|almost|some|just|over|under|more\s+than|"
                                      r"less\s+than|fewer\s+than)\s+)?"
                                      r"(?:[$€£]|[a-z]{2,3}\$?\s?)?\d[\d,.]*(?:\s*(?:%|per\s*cent|percent|[a-z]+)){0,2}\s+"
                                      r"(?:(?:at|in|on|during|for|by)\s+)?"
                                      r"(?:the\s+(?:end|start|beginning|middle|close|same\s+\w+)\s+(?:of|in|last)\s+)?"
                                      r"(?:(?:the|last|a)\s+)?$", re.IGNORECASE)


# ... or a multiple of the other term: "nearly seven times the number recorded in 2022", "twice as
# many as in 2019".
_MULTIPLE_OF = re.compile(r"\b(?:times|twice|double|triple|half)\s+(?:as\s+(?:many|much|high|large)\s+as|"
                          r"the\s+(?:number|level|amount|figure|total|rate|count)"
                          r"(?:\s+(?:recorded|reported|seen|registered|logged))?)\s+"
                          r"(?:(?:at|in|on|during|for|by)\s+)?(?:(?:the|last|a)\s+)?$", re.IGNORECASE)


def _compared_against(side: Side, c: DateClaim) -> bool:
    """Is the date the other term of a comparison ("fewer than at the end of March", "compared
    with 61 in 2024")?"""
    window = side.sentence.text[max(0, c.start - 60):c.start]
    return bool(_COMPARED_AGAINST.search(window) or _COMPARED_FIGURE_AGAINST.search(window)
                or _MULTIPLE_OF.search(window) or _FROM_A_LEVEL_IN.search(window))


# ... or the date of the level a change starts from: "3,240 dogs last year, up by a third from
# 2,430 in 2024", "a loss of £410,000, down from £1.3m in 2024"
_FROM_A_LEVEL_IN = re.compile(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?[£$€]?\d[\d,.]*\s*"
                              r"(?:%|per\s*cent|percent|[mbk]n?|million|billion|thousand)?\s+(?:in|on|during|at)\s+"
                              r"(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$", re.IGNORECASE)


# A day of the month read as one end of a range of days: "on 18 and 19 October", "from 3 to 5
# March" (the first day written before it), "October 18 and 19", "March 3-5" (the last after it).
_DAY_BEFORE_IN_RANGE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|&|-|\u2013)\s*$", re.IGNORECASE)
_DAY_AFTER_IN_RANGE = re.compile(r"^\s*(?:and|to|&|-|\u2013)\s*\d{1,2}(?:st|nd|rd|th)?\b(?![.,]?\d)(?!\s*(?:%|per|percent|"
                                 r"people|of|million|billion|thousand|hundred|years?|days?|hours?|km|miles?))",
                                 re.IGNORECASE)


def _end_of_a_day_range(side: Side, c: DateClaim) -> bool:
    """Is the day one end of a range of days its sentence writes ("on 18 and 19 October")?"""
    if c.form not in ("month_day", "full") or c.day is None:
        return False
    text = side.sentence.text
    return bool(_DAY_BEFORE_IN_RANGE.search(text[max(0, c.start - 12):c.start])
                or _DAY_AFTER_IN_RANGE.match(text[c.end:c.end + 40]))


def comparable_dates_beside(x: DateClaim, y: DateClaim, a: Side, b: Side) -> bool:
    """As `comparable_dates`, given the two sentences: no date a count is given as of, no date a
    comparison is made against set against one that is not (the total "at the end of June" and
    "fewer than at the end of March" are two counts), and no end of a range of days set against a
    single day ("more than 250 flights on 18 and 19 October" against "140 on Saturday"), and no day
    a state still held on ("remained in intensive care this morning"): it held on other days too;
    nor the day of a plan given up ("had at first hoped to reopen on Tuesday") against one that is not,
    nor the start of one person's time in a post against another's."""
    return (not _count_as_of(a, x) and not _count_as_of(b, y)
            and _compared_against(a, x) == _compared_against(b, y)
            and _end_of_a_day_range(a, x) == _end_of_a_day_range(b, y)
            and _same_kind_of_last(a, x, b, y)
            and not _next_against_last(_occasion(a, x), _occasion(b, y))
            and not _state_held(a, x) and not _state_held(b, y)
            and _given_up(a, x) == _given_up(b, y)
            and not _different_people(_tenure_holder(a, x), _tenure_holder(b, y)))


# A person's name, then an apposition that ends in "since" right before the date: "Owen Fiske, the
# Star's editor since 2017", "Ashdown, who had led the council since May 2021"
_TENURE_SINCE = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+[^,;()]{1,60}?\bsince\s+$")


def _tenure_holder(side: Side, c: DateClaim) -> tuple[str, ...]:
    """The words of the name whose time in a post the date starts, if an apposition says so: two
    people's tenures are two facts ("Owen Fiske, the Star's editor since 2017" against "Rachel
    Imrie, editor of the Post since 2019")."""
    m = _TENURE_SINCE.search(side.sentence.text, max(0, c.start - 100), c.start)
    return tuple(m.group(1).lower().split()) if m else ()


# A plan given up before the date it named: "had at first hoped to reopen on Tuesday evening, but
# ... delayed the work", "was originally scheduled for May 3", "was supposed to open on May 3". Its
# day is not the day it happened.
_GIVEN_UP = re.compile(r"\b(?:(?:at\s+first|initially|originally)\s+(?:\w+\s+){0,2}?(?:hoped|planned|intended|expected|aimed|"
                       r"scheduled|set|due|slated|meant)|had\s+(?:\w+\s+){0,2}?(?:hoped|planned|intended|expected|aimed)|"
                       r"(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:meant|supposed)\s+to)\b",
                       re.IGNORECASE)


def _given_up(side: Side, c: DateClaim) -> bool:
    return bool(_GIVEN_UP.search(_clause_before(side, c)))


# "last" before a verb done: the last time before now it happened ("Belgium last hosted the
# championships in 2021"), not "last year" nor "last week"
_LAST_TIME = re.compile(r"\blast\s+(?:[a-z]+ed|won|held|met|saw|came|took|ran|fought|beat|made|went|had|was|were|did|"
                        r"left|lost|hit|struck|rose|fell|grew|led|sold|paid|spent|built|began|wrote|spoke|told|gave|"
                        r"stood|sat|played|visited|appeared)\b", re.IGNORECASE)


# An occasion named as the next one or the last one ("The next Nordic championships will be held in
# Sweden in 2028", "at the last championships, held in Finland in 2024"); not a span of time ("last
# year", "next week")
_OCCASION = re.compile(r"\b(?:the|its|their|his|her)\s+(?P<which>next|upcoming|coming|last|previous)\s+"
                       r"(?:[A-Za-z-]+\s+){0,2}?(?P<noun>[A-Za-z-]+)\b", re.IGNORECASE)
# Where a new clause opens: "; ", ": ", or a comma before a conjunction (a comma alone may stand
# inside one clause: "at the last championships, held in Finland in 2024")
_CLAUSE_OPENS = re.compile(r"[;:]|,\s+(?:and|but|while|after|as)\b")


# A measure's start told as an act on its day: "takes effect on 15 August", "comes into force in
# October", "kicks in on Monday"
_TAKES_EFFECT_ON = re.compile(r"\b(?:" + cmp_dates.MEASURE_STARTS + r")\s+(?:on|in)\s+(?:the\s+)?$", re.IGNORECASE)


def _takes_effect_on(side: Side, c: DateClaim) -> bool:
    """Does the date's clause tell the day a measure starts? Against it, another outlet's "from"
    the day the measure runs names its start too, not a period any later day falls in."""
    return bool(_TAKES_EFFECT_ON.search(side.sentence.text, max(0, c.start - 60), c.start))


def _clause_before(side: Side, c: DateClaim) -> str:
    """The words of the date's clause before it."""
    return _CLAUSE_OPENS.split(side.sentence.text[:c.start])[-1]


_SPANS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "time", "times", "season",
                    "seasons", "weekend", "night", "morning", "evening", "decade", "century", "quarter", "few",
                    "two", "three", "four", "five", "several"})


def _occasion(side: Side, c: DateClaim) -> str:
    """"ahead" or "before" where the date's clause names its occasion as the next one or the last
    one, else ""."""
    found = ""
    for m in _OCCASION.finditer(_clause_before(side, c)):
        if m.group("noun").lower() not in _SPANS:
            found = "before" if m.group("which").lower() in ("last", "previous") else "ahead"
    return found


def _next_against_last(a: str, b: str) -> bool:
    """The next occasion against the last one: two occasions, whatever their dates."""
    return bool(a) and bool(b) and a != b


def _same_kind_of_last(a: Side, x: DateClaim, b: Side, y: DateClaim) -> bool:
    """Are both dates, or neither, the last time something happened? "was last flooded in July
    2019" and "The last comparable flood, in July 2021" both are: one said with a verb, one with
    the occasion named as the last."""
    last_a, last_b = _last_time(a, x), _last_time(b, y)
    if last_a == last_b:
        return True
    return _occasion(b, y) == "before" if last_a else _occasion(a, x) == "before"


def _last_time(side: Side, c: DateClaim) -> bool:
    """Is the date when something last happened, before now ("last hosted the world championships in
    2021")? Against the date of this occasion ("will host the championships in 2027") it is another
    occasion; against another outlet's last time it is the same fact."""
    return bool(_LAST_TIME.search(_clause_before(side, c)))


# A state's verb in its own tense ("remained in intensive care"); not "vowed to remain in the race
# earlier Tuesday" (the date is the vow's), nor "will remain" (a plan)
_STATE_HELD = re.compile(r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bshould )\b(?:remain|remains|remained)\b", re.IGNORECASE)
# what is timetabled stays when it happens ("is still scheduled for Thursday morning")
_SCHEDULED = re.compile(r"\b(?:scheduled|planned|due|set|expected|slated)\b", re.IGNORECASE)


def _state_held(side: Side, c: DateClaim) -> bool:
    """Is the date a day a state still held on ("remained in intensive care at the hospital this
    morning"), its verb in the clause before the date? It held on other days too."""
    before = " ".join(_CLAUSE_END.split(side.sentence.text[:c.start])[-1].split()[-8:])
    return bool(_STATE_HELD.search(before)) and not _SCHEDULED.search(before)


def comparable_dates(x: DateClaim, y: DateClaim) -> bool:
    """Dates of one granularity ("Tuesday" and "Dec. 5", "June" and "July", "2036" and "2038")."""
    fx = cmp_dates.family(x)
    return fx is not None and fx == cmp_dates.family(y)


@dataclass(frozen=True)
class ValuePair:
    kind: str  # "number" | "date"
    x: object
    y: object
    features: dict
    probability: float
    conflict: bool  # the two values cannot both hold (intervals, bounds)

    @property
    def agree(self) -> bool:
        return not self.conflict


def decide(pairs: list[ValuePair], cut: float) -> list[ValuePair]:
    """The conflicting value pairs that state one fact.

    Each value is matched to its most likely counterpart, one to one; a value whose
    counterpart agrees is settled, and a conflict counts only when its probability of
    being the same fact reaches `cut`.
    """
    return [p for p in match(pairs) if p.conflict and p.probability >= cut]


def agreements(pairs: list[ValuePair], cut: float) -> list[ValuePair]:
    """The matched value pairs that agree and state one fact (probability at `cut` or above):
    each settles its two values for the other article, whatever else that article says."""
    return [p for p in match(pairs) if not p.conflict and p.probability >= cut]


# Flags a value pair carries beside its features that no model reads: what is true by definition.
NOT_FITTED = ("through_a_bound", "another_year", "another_day", "stated_beside")

# Features that only mean something when the two values differ (learned from conflicting pairs).
VALUE_DEPENDENT = ("values_differ", "log_ratio", "steps_apart", "both_stated")


def fact_score(model: LogisticModel, features: dict) -> float:
    """The same-fact probability as if the two values were equal: how well two sentences' values
    match as one fact, comparable between a pair that agrees and one that conflicts."""
    return model.probability({**features, **{name: 0.0 for name in VALUE_DEPENDENT if name in features}})


def _agrees_through_a_bound(p: ValuePair) -> bool:
    """Two dates that agree only because one bounds a period the other falls in ("broke out on
    Sunday afternoon" and "was largely contained by Wednesday morning"): no counterpart of one fact,
    so it neither settles a value nor takes it from a counterpart that disagrees."""
    return p.kind == "date" and not p.conflict and p.features.get("through_a_bound") == 1.0


def _two_occasions(p: ValuePair) -> bool:
    """A figure of an occasion a year or more before its article against one of the present
    (`another_year`), a count standing as of one article's day against a figure of another day
    (`another_day`), or a date the other sentence states finer or coarser beside the one it is set
    against (`stated_beside`): no counterpart of one fact, whether they agree or not."""
    return (p.features.get("another_year") == 1.0 or p.features.get("another_day") == 1.0
            or p.features.get("stated_beside") == 1.0)


def _weekdays_beside_dates(claims: list) -> dict[int, int]:
    """Each weekday written beside the date it names ("Tuesday, 11 November"), by its id, with the
    date's: one day read as two mentions."""
    days = sorted((c for c in claims if isinstance(c, DateClaim)), key=lambda c: c.start)
    out: dict[int, int] = {}
    for before, after in zip(days, days[1:]):
        if ((before.form == "weekday") != (after.form == "weekday") and 0 <= after.start - before.end <= 2
                and cmp_dates.family(before) == cmp_dates.family(after) == "day"):
            weekday, dated = (before, after) if before.form == "weekday" else (after, before)
            out[id(weekday)] = id(dated)
    return out


def match(pairs: list[ValuePair]) -> list[ValuePair]:
    """Each value matched to its most likely counterpart, one to one, most likely first.

    A weekday beside its date is one day: a counterpart of either is a counterpart of both, so the
    date is not left to set against another day of the other sentence ("11 November" agrees with
    "Tuesday, 11 November"; the "12 November" beside it is another fact). Two weekdays alone take
    nothing with them: "Saturday, March 21" and "Saturday 14 March" share the weekday and still
    disagree on the day."""
    out = []
    used_x: set[int] = set()
    used_y: set[int] = set()
    beside_x = _weekdays_beside_dates(list({id(p.x): p.x for p in pairs}.values()))
    beside_y = _weekdays_beside_dates(list({id(p.y): p.y for p in pairs}.values()))
    one_day_x = {**beside_x, **{dated: weekday for weekday, dated in beside_x.items()}}
    one_day_y = {**beside_y, **{dated: weekday for weekday, dated in beside_y.items()}}
    for p in sorted(pairs, key=lambda p: (-p.probability, p.x.start, p.y.start)):
        if id(p.x) in used_x or id(p.y) in used_y or _agrees_through_a_bound(p) or _two_occasions(p):
            continue
        used_x.add(id(p.x))
        used_y.add(id(p.y))
        if not (id(p.x) in beside_x and id(p.y) in beside_y):
            if id(p.x) in one_day_x:
                used_x.add(one_day_x[id(p.x)])
            if id(p.y) in one_day_y:
                used_y.add(one_day_y[id(p.y)])
        out.append(p)
    return out
