"""Why a finding has its confidence: the evidence that weighed most.

An editor deciding whether to trust a finding wants what the decision saw, in words ("the
same thing counted", "published 1 day apart"), not a bare 0.83. The fitted model's
terms (weight times standardised value) rank the evidence; only evidence that is there
is named (a missing shared name is not a reason), plus the measures every pair has
(sentence similarity, the story link, the publication gap, how far apart two figures are).
Terms under MIN_WEIGHT are left out, unless nothing weighs more: what was seen is then said.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Mapping

from ..scoring import LogisticModel

# How many pieces of evidence a finding lists, and the smallest term (in log-odds) worth naming.
MAX_REASONS = 4
MIN_WEIGHT = 0.15
# When nothing reaches MIN_WEIGHT, terms from this size are named: under it a term moves a
# confidence near one half by less than a point, and its sign says nothing a reader can use.
FALLBACK_MIN_WEIGHT = 0.03


def _days(v: float) -> str:
    n = int(round(v))
    if n == 0:
        return "published the same day"
    return f"published {n} day{'s' if n != 1 else ''} apart" + (" or more" if n >= 3 else "")


def _ratio(v: float) -> str:
    if v >= 3:  # the cap: one value is zero, or they are twenty times apart or more
        return "the values are far apart (x20 or more, or one is zero)"
    return f"one value is {math.exp(v):.2f} times the other"


def _share(whole: str, what: str) -> Callable[[float], str]:
    """A share of words in common: "the same words just before the values", "50% of ..."."""
    def say(v: float) -> str:
        if v >= 0.999:
            return f"the same {what}"
        return f"nothing in common in {whole}" if v <= 0.001 else f"{v:.0%} of {whole} in common"
    return say


# Evidence measured on every pair: always named when it weighs.
_MEASURES: dict[str, Callable[[float], str]] = {
    "similarity": lambda v: f"the sentences are {'close paraphrases' if v >= 0.8 else 'alike' if v >= 0.6 else 'loosely alike'} (cosine {v:.2f})",
    "event": lambda v: f"the articles {'are' if v >= 0.5 else 'are not'} linked as one story ({v:.2f})",
    "days_apart": _days,
    "log_ratio": _ratio,
    "context": _share("the words around the values", "words around the values"),
    "left": _share("the words just before the values", "words just before the values"),
    "right": _share("the words just after the values", "words just after the values"),
    "counted": _share("what the figures count", "thing counted"),
    "names_shared": _share("the names", "names"),
    "jurisdiction_inferred": lambda v: ("the country is written in every holder's title" if v <= 0.001 else
                                        "the country is taken from the sentence, not the title"),
    "surname_only": lambda v: ("every holder is named in full" if v <= 0.001 else
                               "a holder is named by surname only"),
}
# Evidence that is there or not (0/1): named only when it is there.
_PRESENT: dict[str, str] = {
    "counted_one": "only one side says what it counts",
    "counted_none": "neither side says what it counts",
    "outcome_same": "both count one outcome (killed, wounded, evacuated, ...)",
    "outcome_clash": "different outcomes (killed against wounded, ...)",
    "part_clash": "different parts of a whole",
    "partial": "one side counts a part or an increment",
    "time_span": "a span of time, not a count",
    "names_clash": "no name in common",
    "anchor_clash": "tied to different things",
    "background_differs": "one side is background (\"last month\", \"in 2016\")",
    "window_differs": "tallies over different windows",
    "periods_differ": "the sentences date different periods",
    "undated": "a publication date is unknown",
    "both_stated": "each article also states the other's value",
    "same_head": "both values hang on the same word",
    "word_before_differs": "a different word just before the values",
    "same_verb": "the same verb",
    "weak_verb": "both are the day something was said",
    "weak_verb_one": "one is the day something was said",
    "bound_differs": "only one is a bound (since, by, until)",
    "tense_differs": "different tenses",
    "said_happened": "the day it was said against the day it happened",
    "same_offset": "each is as far from its own article's day (two daily reports)",
    "steps_apart": "the dates are far apart (more than six days, months or years)",
    # a person's two titles (compare/titles.py: TITLE_FEATURES)
    "rank_differs": "two ranks of one office",
    "chambers": "seats or posts in a legislature",
    "leader_and_portfolio": "a head of state or government against a portfolio (some hold both)",
    "two_portfolios": "two portfolios (one post can go by two names)",
    "families_differ": "offices of different branches",
    "jurisdiction_clash": "offices of different countries or states",
    # an office's two holders (compare/titles.py: HOLDER_FEATURES)
    "ordered": "the articles' dates put the holders in order",
    "leader": "a head of state or government (one holder at a time)",
    "within_month": "the holders are named within a month of each other",
}
# Said beside reasons that all pull the other way, when the usual confidence is what carried it.
USUAL = "the usual confidence of this kind of finding"
BASE_RATE = f"no evidence here moved it: {USUAL}"
# Always on for a conflict, so never a reason.
_SILENT = frozenset({"values_differ"})


def reasons(model: LogisticModel, features: Mapping[str, float]) -> tuple[tuple[str, float], ...]:
    """(evidence in words, its term in log-odds) for the terms that weigh most, strongest first;
    then, when every one of them pulls against where the confidence ended, the kind's usual
    confidence (the model's intercept), which carried it.

    A positive term speaks for one fact (so for a real conflict), a negative one against.
    """
    said: list[tuple[str, float]] = []
    for name, weight in model.contributions(features).items():
        if name in _SILENT:
            continue
        value = float(features[name])
        if name in _MEASURES:
            said.append((_MEASURES[name](value), weight))
        elif name in _PRESENT and value:
            said.append((_PRESENT[name], weight))
    said.sort(key=lambda t: (-abs(t[1]), t[0]))
    out = [(text, weight) for text, weight in said if abs(weight) >= MIN_WEIGHT]
    # when nothing weighs much (a confidence near the usual one), still say what was seen: a title
    # finding then names its kind of difference ("two portfolios") rather than nothing
    out = out or [(text, weight) for text, weight in said if abs(weight) >= FALLBACK_MIN_WEIGHT]
    # and when nothing was seen that weighs (a change of holder: its fit found no feature that
    # matters), the confidence is the fitted base rate of its kind, and that is what is said
    out = out or [(BASE_RATE, 0.0)]
    out = out[:MAX_REASONS]
    # a confidence of 0.94 beside "- two portfolios" alone reads as a contradiction of itself: when
    # every reason shown pulls against where the confidence ended, what carried it is the kind's
    # usual confidence, and that is said, with its term
    ended_for = model.intercept + sum(model.contributions(features).values()) >= 0
    if out[0][0] != BASE_RATE and all((w >= 0) != ended_for for _t, w in out) and (model.intercept >= 0) == ended_for:
        out = out[:MAX_REASONS - 1] + [(USUAL, model.intercept)]
    return tuple((text, round(weight, 2)) for text, weight in out)
