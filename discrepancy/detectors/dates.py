"""Dates: the usual news forms, found in a sentence and resolved against a publication date.

Finding and resolving are separate on purpose: what a sentence says ("on Tuesday")
depends only on its text and is cached; what it means (2013-08-27) depends on the
article's publication date, which may be unknown, or be read later from the text.
A full date is the day its own pattern reads ("Sept. 11, 2001", "16 May 2025": named months
only, so no day-month order to guess); weekdays and relative expressions are resolved
here, the way news uses them (a past-tense weekday is the last one, a future-tense
weekday the next one).
"""
from __future__ import annotations

import calendar
import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, UTC
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .. import tables
from ..model import DateClaim
from ..textnorm import STOPWORDS, fold_lower, singular

MONTHS = tables.months()
WEEKDAYS = tables.weekdays()

# A day of the month as written, "3", "03", "31st"; `DAY_OF_MONTH` is the whole of it for other readers
_DAY_DIGITS = r"[12]\d|3[01]|0?[1-9]"
_ORDINAL = r"(?:st|nd|rd|th)"
DAY_OF_MONTH = rf"(?:{_DAY_DIGITS}){_ORDINAL}?"
_DAY = rf"(?P<day>{_DAY_DIGITS}){_ORDINAL}?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"


def _names(words: Iterable[str]) -> list[str]:
    """Capitalised names from a calendar table, longest first (a regex tries alternatives in order)."""
    return sorted((w.capitalize() for w in words), key=len, reverse=True)


# the calendar table's names as the usual news forms: "January", "Jan", "Jan.", "Sept."
_MONTH_NAMES = _names(tables.month_names())
_MONTH_ABBREVIATIONS = _names(tables.table("calendar")["month_abbreviations"])
# a month's name as news writes it, capitalised ("June", "Aug", "Aug."): for other modules' patterns too
MONTH_WORD = "|".join(_MONTH_NAMES + [a + r"\.?" for a in _MONTH_ABBREVIATIONS])
_MONTH = "(?P<month>" + MONTH_WORD + ")"
_WEEKDAY = "(?P<weekday>" + "|".join(_names(WEEKDAYS)) + ")"
_B = r"(?<![\w$£€\-/.])"  # not glued to a word, a currency or an id
_E = r"(?![\w%\-/])"

# Days named for a fixed date of the year ("Christmas Eve", "the Ides of March"), read as a month and
# day; days whose date depends on the country ("Independence Day") or the year (Thanksgiving) are not.
_FIXED_DAYS: dict[str, tuple[int, int]] = {k: (v[0], v[1]) for k, v in tables.table("calendar")["fixed_days"].items()}


def _fixed_day_key(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("\u2019", "'").replace("st. ", "st "))


# Days whose date moves with the year ("Thanksgiving", "Good Friday"), as the table gives them: a
# month's nth weekday, or days from Easter Sunday. Written capitalised, as names are ("a day of
# thanksgiving" is none); "Memorial Day weekend" is a span, not the day.
_MOVEABLE_DAYS: dict[str, tuple[object, ...]] = {k: tuple(v) for k, v in tables.table("calendar")["moveable_days"].items()}


_ANOTHER_CHURCH = re.compile(r"\b(?:Orthodox|Coptic|Greek|Eastern|Julian)\s+$")
# places where a day of the table's name falls on another date (Canada's Thanksgiving is in October)
_MOVEABLE_ELSEWHERE = {_MOVEABLE_DAYS[name]: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in places) + r")\b")
                       for name, places in tables.table("calendar").get("moveable_days_elsewhere", {}).items()}


def _name_pattern(name: str) -> str:
    """A day's name as news capitalises it: "MLK Day", "Presidents' Day", "Martin Luther King Jr. Day"."""
    if "bank holiday" in name:
        return "(?i:" + r"\s+".join(re.escape(w) for w in name.split()) + ")"  # "the August bank holiday"
    words = []
    for w in name.split():
        if w == "mlk":
            words.append("MLK")
        else:
            w = w[:1].upper() + w[1:]
            words.append(re.escape(w).replace("'", "['\u2019]").replace(r"\.", r"\.?"))
    return r"\s+".join(words)


_MOVEABLE_DAY = ("(?P<moveable>" + "|".join(_name_pattern(n) for n in sorted(_MOVEABLE_DAYS, key=len, reverse=True))
                 + r")(?![\w'\u2019])(?!\s+(?:weekend|holiday|break|week|season|period|recess|rush|getaway|[Aa]greement|[Aa]ccords?|peace|[Dd]eal)\b)")

_FIXED_DAY = "(?P<named>" + "|".join(
    r"\s+".join(r"st\.?" if w == "st" else re.escape(w).replace("'", "['\u2019]") for w in name.split())
    for name in sorted(_FIXED_DAYS, key=len, reverse=True)) + ")"

_ORDINAL_DAY = rf"(?P<day>{_DAY_DIGITS}){_ORDINAL}"

# A day of the month written as an ordinal word, as broadcasters' scripts write it ("on the
# eighteenth of November", "November the first")
_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINAL_WORDS: dict[str, int] = {
    **{w: n for n, w in enumerate(_ORDINAL_UNITS, 1)},
    **{w: n for n, w in enumerate(("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                                   "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"), 10)},
    **{f"twenty{sep}{w}": 20 + n for n, w in enumerate(_ORDINAL_UNITS, 1) for sep in ("-", " ")},
    "thirtieth": 30, "thirty-first": 31, "thirty first": 31,
}
_DAY_WORD = "(?P<dayword>" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_ORDINAL_WORDS, key=len, reverse=True)) + ")"
# What may follow a day of a month written alone: the clause ends or goes on ("on the 24th, so",
# "on the 12th after members voted"), never a noun ("the 24th anniversary", "the 21st century")
_DAY_OF_MONTH_END = (r"(?!\w)(?=\s*(?:[,.;:)!?\u2014]|\s-\s|$)|\s+(?:at|in|with|when|and|after|before|to|from|by|for|as"
                     r"|so|but|if|unless|until|while|because|following|amid|once|or)\b)")

# Zones the calendar table knows: a place's or a zone's name before "time" ("Sydney time", "New York
# time", "Eastern Standard Time"), or an abbreviation in capitals ("11pm GMT", "0330 GMT", "9pm ET")
_ZONES: dict[str, str] = tables.table("calendar")["time_zones"]
_ZONE_ABBREVIATED = sorted((k for k in _ZONES if len(k) <= 4 and k.isalpha() and k != "uk"), key=len, reverse=True)
# every abbreviation that marks a clock time's zone: the table's, and those naming two places, which
# say that a time has a zone but not which ("CST": the US's central time or China's)
_ZONE_ABBREVIATIONS = "|".join(sorted({k.upper() for k in _ZONE_ABBREVIATED} | {"CST"}, key=len, reverse=True))
_ZONE_WORDS = r"(?:" + _ZONE_ABBREVIATIONS + r"|local\s+time|hrs|hours)\b"

# Two days of one month written once, as a span: "3-4 February", "March 3 to 5", "10 and 11 June"
# ("and" only for days next to each other: "July 5 and 20" are two days, not the days between)
_DAY2 = rf"(?P<day2>{_DAY_DIGITS}){_ORDINAL}?"
_SPAN_JOIN = r"\s*(?P<join>-|\u2013|\s(?:to|through|and)\s)\s*"
_DAY_SPAN_END = r"(?![\w%\-/]|,\d|\.\d|:\d)"
# The longest span of days read as one date ("the 10-21 March festival"); a longer one is a period
_LONGEST_DAY_SPAN = 14

# The words of a small count of days, weeks, months or years ("two weeks ago", "a year later")
_SPAN_COUNT_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("full", re.compile(_B + _MONTH + r"\s+" + _DAY + _SPAN_JOIN + _DAY2 + r",?\s+" + _YEAR + _E)),
    ("full", re.compile(_B + _DAY + _SPAN_JOIN + _DAY2 + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + _E)),
    ("month_day", re.compile(_B + _MONTH + r"\s+" + _DAY + _SPAN_JOIN + _DAY2 + _DAY_SPAN_END)),
    ("month_day", re.compile(_B + _DAY + _SPAN_JOIN + _DAY2 + r"\s+(?:of\s+)?" + _MONTH + r"(?!\w)")),
    ("month_day", re.compile(r"(?i)(?<![\w'])" + _FIXED_DAY + r"(?!\w)")),
    ("holiday", re.compile(r"(?<![\w'])" + _MOVEABLE_DAY)),
    # "the last Saturday in October", "the first Monday of May": one day, by the rule a moveable day's is
    ("holiday", re.compile(r"(?i)\bthe\s+(?P<nth>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+" + _WEEKDAY
                           + r"\s+(?:in|of)\s+" + _MONTH + r"(?![\w'\u2019]|,?\s+(?:19|20)\d\d)")),
    ("full", re.compile(_B + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + _E)),
    # "14/07/2022", "14.07.2022": read only where one of the two numbers cannot be a month (`_claim`)
    ("full", re.compile(r"(?<![\w$£€\-/.])(?P<n1>\d{1,2})(?P<sep>[/.])(?P<n2>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)(?![\w%\-/]|\.\d)")),
    ("full", re.compile(_B + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + _E)),
    ("full", re.compile(r"\b(?i:the)\s+" + _DAY_WORD + r"\s+of\s+" + _MONTH + r",?\s+" + _YEAR + _E)),
    ("month_day", re.compile(r"\b(?i:the)\s+" + _DAY_WORD + r"\s+of\s+" + _MONTH + r"(?!\w)")),
    ("month_day", re.compile(_B + _MONTH + r"\s+the\s+" + _DAY_WORD + r"(?![\w\-])")),
    ("month_day", re.compile(_B + _MONTH + r"\s+" + _DAY + r"(?![\w%\-/]|,\d|\.\d|:\d)")),
    ("month_day", re.compile(_B + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?!\w)")),
    ("month_year", re.compile(_B + _MONTH + r",?\s+(?:of\s+)?" + _YEAR + _E)),
    # "Friday the 13th": the 13th of a month near the article's date that falls on a Friday ("on the
    # 24th" alone is left unread: golf holes, floors and league places are written so too)
    ("day_of_month", re.compile(_B + _WEEKDAY + r",?\s+the\s+" + _ORDINAL_DAY + _DAY_OF_MONTH_END)),
    ("weekday", re.compile(_B + r"(?P<mod>(?i:last|next|this|on|early|late|a\s+week\s+(?:on|from))\s+)?" + _WEEKDAY + r"(?P<part>\s+(?:morning|afternoon|evening|night))?(?!s\b)" + r"(?!\w)")),
    ("relative", re.compile(
        r"(?i)\b(?P<rel>(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow|"
        r"yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)|"
        r"(?:earlier|later)\s+this\s+(?:week|month|year)|(?:last|this|next)\s+(?:week|weekend|month|year)|"
        r"(?P<n>\d+|" + _SPAN_COUNT_WORDS + r"|a)\s+(?P<unit>day|week|month|year)s?\s+ago)\b")),
    ("month", re.compile(r"(?P<prep>\b(?i:in|since|until|till|by|from|during|through|throughout|of|early|late|mid|mid-|last|next|this|before|after|between|and|to)\s+|\b(?i:mid)-)" + "(?P<month>" + "|".join(_MONTH_NAMES + [a + r"\." for a in _MONTH_ABBREVIATIONS]) + r")(?![\w%\-])")),
    # "FY2025": the financial year, as "the 2025 financial year" is read
    # "mid-2024", "late-2025": a part of the year, as "mid-July" is of the month
    ("year", re.compile(r"(?:(?<=\bFY)|(?<=\b[Mm]id-)|(?<=\b[Ee]arly-)|(?<=\b[Ll]ate-)|(?<![\w$£€\-/.,]))" + _YEAR + r"(?![\w%\-/]|,\d|\.\d|\s*(?:percent|per cent)"
                        r"|\s*" + _ZONE_WORDS + ")")),  # "(1915 GMT)": a clock time
]
_NUMBER_WORDS = {**{w: v for w, v in tables.number_units().items() if 1 <= v <= 10}, "a": 1}
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1}
# "... Monday in October", "... Thursday of November": which one of a month's weekdays, not this week's
_WEEKDAY_OF_MONTH = re.compile(r"\s+(?:in|of)\s+(?:(?:" + "|".join(_names(MONTHS)) + r")\b(?!['\u2019]s)"
                               r"|(?:the|this|next|each|every)\s+month\b)", re.IGNORECASE)
# Parts of a month; "early" and "late" March share no day.
MONTH_PARTS = ("early", "mid", "late")


# A wire dateline's place and date before the story: "BUCHAREST, March 13 -", "HARWICK, March 9
# (Continental Wire) -", "WASHINGTON, Dec. 5, 2025 (Reuters) --". The date is when the report was
# filed, no date of what it reports.
_DATELINE_DATE = re.compile(
    r"^[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+){0,3}(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?,\s+"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)"
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:--|\u2014|\u2013|-)\s")


def extract_dates(sentence: str) -> list[DateClaim]:
    """Every date expression, longest match first, never two on the same characters (a wire
    dateline's date left out: the day the report was filed)."""
    taken: list[tuple[int, int]] = []
    if dateline := _DATELINE_DATE.match(sentence):
        taken.append(dateline.span("date"))
    found: list[DateClaim] = []
    for form, pattern in _PATTERNS:
        for m in pattern.finditer(sentence):
            start, end = m.span()
            if form == "month":
                start = m.start("month")
            if form == "weekday" and m.group("mod") and m.group("mod").strip().lower() in ("on", "early", "late"):
                start = m.start("weekday")
            if any(s < end and start < e for s, e in taken):
                continue
            claim = _claim(sentence, form, m, start, end)
            if claim is not None and form in _DAY_FORMS and (shift := _SHIFT_BEFORE.search(sentence, 0, start)):
                # "the day before the 4 July election", "the Wednesday before Thanksgiving": a day
                # counted from the date written, which is then no date of the fact itself
                if not sentence[:shift.start()].strip() and _DEFINED_AS.match(sentence, end):
                    # "The day before Ash Wednesday is the last feast before Lent": no event's day
                    taken.append((shift.start(), end))
                    continue
                claim = dataclasses.replace(claim, start=shift.start(), text=sentence[shift.start():end],
                                            offset=_offset(shift))
                start = shift.start()
            if claim is not None:
                taken.append((start, end))
                found.append(claim)
    found.sort(key=lambda c: c.start)
    found = _without_days_it_is_not(sentence, _without_weekly_schedules(sentence, found))
    return _counted_from_a_date_before(sentence, _of_last_year(sentence, _month_of_a_year_named_before(sentence, _months_sharing_a_year(
        sentence, _joined_with_relative_periods(sentence, _days_with_their_year(sentence, found))))))


# "published six days a week, Monday to Saturday", "open seven days a week, Monday through Sunday":
# a span of weekdays after "a week" is the week's timetable, no day of the week it was written in
_A_WEEK_BEFORE = re.compile(r"\ba\s+week\s*[,:;(]?\s*(?:from\s+)?$", re.IGNORECASE)
_WEEKDAYS_JOINED = re.compile(r"\s*(?:to|through|until|till|-|\u2013|\u2014)\s*$", re.IGNORECASE)


def _without_weekly_schedules(sentence: str, found: list[DateClaim]) -> list[DateClaim]:
    """The dates found, less two weekdays joined as a span after "a week": a weekly timetable."""
    schedule: set[int] = set()
    for first, second in zip(found, found[1:]):
        if (first.form == second.form == "weekday" and _WEEKDAYS_JOINED.fullmatch(sentence[first.end:second.start])
                and _A_WEEK_BEFORE.search(sentence, max(0, first.start - 40), first.start)):
            schedule.update((first.start, second.start))
    return [c for c in found if c.start not in schedule]


# "will be collected on Saturday instead of next Thursday", "will not be collected this Thursday":
# the day named is one the thing does not happen on, no day of it. A day written as its appositive
# or its definition ("instead of next Thursday, Christmas Day", "this Thursday because it's
# Christmas Day") goes with it. "did not arrive until Tuesday" says the day it did: a day after a
# word of a bound is left alone, and so is a day's possessive ("was not hurt in Saturday's blast").
_INSTEAD_OF = re.compile(r"(?i)\b(?:instead\s+of|rather\s+than)\s+(?:(?:on|at|the)\s+)?$")
_NEGATION_WORDS = frozenset({"not", "never"})
_NOT_A_NEGATION_AFTER = frozenset({"only", "just", "least", "yet", "merely", "simply", "even", "always", "until", "till",
                                   "before", "later", "earlier", "since", "far", "long"})  # "not only on Monday", "not far from"
_NEW_CLAUSE = frozenset({"but", "and", "or", "when", "while", "after", "before", "until", "till", "since", "that",
                         "which", "who", "because", "as", "if", "than", "so", "why", "how", "what", "whether", "where"})
_NOUN_PREPOSITIONS = frozenset({"for", "of", "in", "at", "during", "with", "from", "about", "over", "into", "marking"})
_NEGATION_REACH = 4  # words between the "not" and the day
_NEXT_WORD = re.compile(r"[,.]?\s+([a-z][\w'-]*)")
_BOUND_WORDS = frozenset({"until", "till", "since", "before", "after", "by", "from", "through", "between", "than",
                          "to", "within", "during"})
_POINT_FORMS = frozenset({"full", "month_day", "weekday", "holiday", "day_of_month", "relative"})
_SAME_DAY_AGAIN = re.compile(r"(?i)\s*,?\s*(?:(?:because|as|since|when)\s+)?(?:(?:it|that|which|this)\s*(?:is|was|'s|\u2019s|falls\s+on)"
                             r"|being)?\s*,?\s*(?:the\s+|on\s+)?")


def _negated_day(sentence: str, claim: DateClaim) -> bool:
    """Is a day in a clause its own "not" or "never" denies, close after it ("won't be collected
    this Thursday", "on Monday, not Tuesday")? A day further on, or past a preposition, is more often
    another noun's ("have not claimed responsibility for the explosions Tuesday"), and a day before a
    noun is that noun's ("might not make its November 22 release date")."""
    words = [w.lower().replace("\u2019", "'") for w in _PHRASE_WORD.findall(clause_before(sentence, claim.start))]
    negated = [i for i, w in enumerate(words) if w in _NEGATION_WORDS or (w.endswith("n't") and w != "n't")]
    if not negated or (words and words[-1] in _BOUND_WORDS):
        return False
    at = negated[-1]
    after = words[at + 1:]
    if (after[:1] and after[0] in _NOT_A_NEGATION_AFTER) or words[max(0, at - 2):at] == ["whether", "or"] \
            or words[max(0, at - 1):at] == ["if"] or len(after) > _NEGATION_REACH:
        return False
    if (next_word := _NEXT_WORD.match(sentence, claim.end)) and next_word.group(1) not in STOPWORDS:
        return False
    return not (_NEW_CLAUSE | _NOUN_PREPOSITIONS) & set(after)


# "every July since 1968, apart from in 2020 and 2021", "daily except on Sundays": the dates an
# exception names are when the thing did not happen, any form, and so are the dates joined to them
_EXCEPTED = re.compile(r"(?i)\b(?:apart\s+from|except(?:\s+for)?|other\s+than|excluding|save\s+for)\s+"
                       r"(?:(?:in|on|during|for)\s+)?(?:the\s+)?$")
_EXCEPTED_TOO = re.compile(r"(?i)\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:(?:in|on|during)\s+)?(?:the\s+)?")


def _without_days_it_is_not(sentence: str, found: list[DateClaim]) -> list[DateClaim]:
    """The dates found, less the days a clause says the thing is not on (see `_INSTEAD_OF`) and
    the dates an exception names (`_EXCEPTED`)."""
    kept: list[DateClaim] = []
    denied_end = -1
    excepted_end = -1
    for c in found:
        if _EXCEPTED.search(sentence, max(0, c.start - 30), c.start) or (
                excepted_end >= 0 and _EXCEPTED_TOO.fullmatch(sentence, excepted_end, c.start)):
            excepted_end = c.end
            continue
        excepted_end = -1
        possessive = sentence[c.end:c.end + 2] in ("'s", "\u2019s")
        if c.form in _POINT_FORMS and not possessive and (
                _INSTEAD_OF.search(sentence, max(0, c.start - 40), c.start) or _negated_day(sentence, c)
                or (denied_end >= 0 and _SAME_DAY_AGAIN.fullmatch(sentence, denied_end, c.start))):
            denied_end = c.end
            continue
        denied_end = -1
        kept.append(c)
    return kept


# "between June and September 2026", "from June to September next year": two months joined so
# share the year written once, after the second
_MONTHS_JOINED = re.compile(r"\s*(?:and|or|to|through|until|till|-|\u2013|\u2014)\s*", re.IGNORECASE)


def _months_sharing_a_year(sentence: str, found: list[DateClaim]) -> list[DateClaim]:
    """A bare month joined to a month with its year takes that year (the one before where the span
    crosses a new year): read alone it is taken for the month nearest the article."""
    out = list(found)
    for k in range(len(out) - 1, 0, -1):
        first, second = out[k - 1], out[k]
        if (first.form == "month" and first.year is None and first.year_shift is None
                and second.month is not None and second.day is None
                and (second.year is not None or second.year_shift is not None)
                and _MONTHS_JOINED.fullmatch(sentence[first.end:second.start])):
            back = 1 if first.month is not None and first.month > second.month else 0  # "December to March 2027"
            out[k - 1] = dataclasses.replace(
                first, year=None if second.year is None else second.year - back,
                year_shift=None if second.year_shift is None else second.year_shift - back,
                form="month_year" if second.year is not None else first.form)
    return out


# What may stand between a day of the year with no year written in it and its year: "Boxing Day
# 2024", "Christmas Eve, 2023", "the day after Boxing Day in 2024"
_DAY_THEN_YEAR = re.compile(r"\s*,?\s*(?:in\s+)?")


def _days_with_their_year(sentence: str, found: list[DateClaim]) -> list[DateClaim]:
    """A named day written with no year, right before a year ("on Boxing Day 2024"), is that year's
    day: one date, where read apart the day took the year nearest the article and the year stood
    as a second date."""
    out: list[DateClaim] = []
    for claim in found:
        before = out[-1] if out else None
        if (before is not None and before.form == "month_day" and before.year is None and claim.form == "year"
                and claim.year is not None and _DAY_THEN_YEAR.fullmatch(sentence[before.end:claim.start])):
            out[-1] = dataclasses.replace(before, end=claim.end, text=sentence[before.start:claim.end], year=claim.year,
                                          form="full", right=claim.right)
            continue
        out.append(claim)
    return out


# A span counted from a date the sentence named before it: "and the park should open a year later",
# "over a similar failure a year earlier", "reopened three months later"
# "the following year" and "the month after" are a year or month on (not "the previous year": a
# baseline a change is measured from, "down 5% on the previous year", more often than a date told)
_COUNTED_FROM = re.compile(r"\b(?P<n>an?|" + _SPAN_COUNT_WORDS + r"|\d{1,2})\s+"
                           r"(?P<unit>year|month|week|day)s?\s+(?P<dir>later|earlier|afterwards|before)\b"
                           r"|\bthe\s+(?P<dir_before>following)\s+(?P<unit_after>year|month)\b"
                           r"|\bthe\s+(?P<unit_before>year|month)\s+(?P<dir_after>after)\b(?!\s+(?:last|next|that|this)\b)",
                           re.IGNORECASE)
# a month named before "the following year" is that year's already ("in March the following year")
_MONTH_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                           r"\s+(?:of\s+)?$")


def _counted_from_a_date_before(sentence: str, found: list[DateClaim]) -> list[DateClaim]:
    """A span counted on from or back from the last date the sentence named, with its year ("start
    in spring 2027, and the park should open a year later"), dates what it tells: 2028. Read apart,
    the only date left was the start's, for the opening too. Days and weeks need a day to count
    from, months a month."""
    added: list[DateClaim] = []
    for m in _COUNTED_FROM.finditer(sentence):
        if any(c.start < m.end() and m.start() < c.end for c in found):
            continue
        anchor = next((c for c in reversed(found) if c.end <= m.start() and c.year is not None and not c.offset
                       and c.form in ("year", "month_year", "full")), None)
        if anchor is None or re.search(r"[.;]", sentence[anchor.end:m.start()]):
            continue
        if m.group("n") is None and _MONTH_BEFORE.search(sentence, 0, m.start()):
            continue
        written = (m.group("n") or "a").lower()
        n = int(written) if written.isdigit() else _NUMBER_WORDS.get(written, 1)
        direction = (m.group("dir") or m.group("dir_before") or m.group("dir_after")).lower()
        sign = -1 if direction in ("earlier", "before") else 1
        unit = (m.group("unit") or m.group("unit_after") or m.group("unit_before")).lower()
        year, month, day, form = anchor.year, anchor.month, anchor.day, anchor.form
        if unit == "year":
            year, month, day, form = anchor.year + sign * n, None, None, "year"
        elif unit == "month" and anchor.month is not None:
            months = anchor.year * 12 + anchor.month - 1 + sign * n
            year, month, day, form = months // 12, months % 12 + 1, None, "month_year"
        elif unit in ("week", "day") and anchor.form == "full" and anchor.day is not None and anchor.month is not None:
            try:
                when = date(anchor.year, anchor.month, anchor.day) + timedelta(days=sign * n * (7 if unit == "week" else 1))
            except (ValueError, OverflowError):
                continue
            year, month, day = when.year, when.month, when.day
        else:
            continue
        words, left, right = _words_around(sentence, m.start(), m.end())
        added.append(DateClaim(start=m.start(), end=m.end(), text=m.group(0), form=form, year=year, month=month, day=day,
                               tense=_tense([w.lower() for w in words[0]], [w.lower() for w in words[1]]),
                               left=tuple(left), right=tuple(right), phrase=clause_phrase(sentence, m.start(), m.end())))
    return sorted(found + added, key=lambda c: c.start) if added else found


# "in November that year", "in March the following year": a bare month of a year the sentence named
_THAT_YEAR = re.compile(r"\s*(?:of\s+)?(?:(?P<same>that(?:\s+same)?|the\s+same)|(?P<after>the\s+(?:following|next))|"
                        r"(?P<before>the\s+(?:previous|preceding)))\s+year\b", re.IGNORECASE)


def _month_of_a_year_named_before(sentence: str, found: list[DateClaim]) -> list[DateClaim]:
    """A bare month told as of a year named earlier in the sentence ("began on 5 August 2022 and was
    lifted in November that year", "closed in 2019 and reopened in March the following year") is of
    that year, not the month nearest the article."""
    out = list(found)
    for k, claim in enumerate(out):
        if claim.form != "month" or claim.year is not None or claim.year_shift is not None:
            continue
        m = _THAT_YEAR.match(sentence, claim.end)
        named = [c.year for c in out[:k] if c.year is not None]
        if m is None or not named:
            continue
        year = named[-1] + (1 if m.group("after") else -1 if m.group("before") else 0)
        out[k] = dataclasses.replace(claim, year=year, form="month_year")
    return out


_SHIFT_OF_YEAR = {"last_year": -1, "this_year": 0, "next_year": 1}

# A sentence that opens on last year ("Last year's market opened on November 22", "Last year, the
# fair closed on 3 June"): its days and months told in the past are last year's
_OPENS_ON_LAST_YEAR = re.compile(r"\s*(?:Last|LAST)\s+year(?:['\u2019]s\b|\s*,)")


def _of_last_year(sentence: str, found: list[DateClaim]) -> list[DateClaim]:
    """Days and months without a year, told in the past in a sentence that opens on last year, are
    of the year before the article's, not the occurrence nearest it."""
    if not _OPENS_ON_LAST_YEAR.match(sentence):
        return found
    return [dataclasses.replace(c, year_shift=-1)
            if c.form in ("month_day", "month") and c.year is None and c.year_shift is None and c.tense == "past" else c
            for c in found]


# the week a weekday is named in ("Wednesday of next week", "Monday last week"): its relative
_WEEK_OF_WEEKDAY = {"last_week": "in_last_week", "this_week": "in_this_week", "next_week": "in_next_week"}


def _joined_with_relative_periods(sentence: str, found: list[DateClaim]) -> list[DateClaim]:
    """"March last year" is one date, the March of the year before the article's, and "Wednesday
    of next week" that week's Wednesday: read apart, the month alone is taken for this year's, the
    weekday for the coming one, and the year or week for a second date."""
    out: list[DateClaim] = []
    for claim in found:
        before = out[-1] if out else None
        if (before is not None and claim.form == "relative"
                and re.fullmatch(r"\s+(?:of\s+)?", sentence[before.end:claim.start])):
            joined = dataclasses.replace(before, end=claim.end, text=sentence[before.start:claim.end], right=claim.right)
            if before.form == "month" and before.year is None and claim.relative in _SHIFT_OF_YEAR:
                out[-1] = dataclasses.replace(joined, year_shift=_SHIFT_OF_YEAR[claim.relative or ""])
                continue
            if (before.form == "weekday" and before.relative is None and before.month is None
                    and claim.relative in _WEEK_OF_WEEKDAY):
                out[-1] = dataclasses.replace(joined, relative=_WEEK_OF_WEEKDAY[claim.relative or ""])
                continue
        out.append(claim)
    return out


# "free for a week from Saturday, March 14": a week's span that starts that Saturday, not the
# Saturday a week after it
_FOR_A_WEEK = re.compile(r"\bfor\s+$", re.IGNORECASE)


def _claim(sentence: str, form: str, m: re.Match[str], start: int, end: int) -> DateClaim | None:
    g = m.groupdict()
    month = MONTHS.get(g["month"].lower().rstrip(".")) if g.get("month") else None
    if g.get("month") and g["month"].lower().rstrip(".") == "may" and g["month"] != "May":
        return None
    if g.get("month") == "May" and form == "month" and (g.get("prep") or "").strip().lower() in ("and", "to"):
        return None  # "... and May be" is a verb often enough
    day = int(g["day"]) if g.get("day") else _ORDINAL_WORDS[re.sub(r"\s+", " ", g["dayword"].lower())] if g.get("dayword") else None
    if g.get("n1"):
        n1, n2 = int(g["n1"]), int(g["n2"])
        if (n1 > 12) == (n2 > 12):
            return None  # "04/09/2022" is April 9 or 4 September: only the writer knows
        day, month = (n1, n2) if n1 > 12 else (n2, n1)
    if g.get("named"):
        month, day = _FIXED_DAYS[_fixed_day_key(g["named"])]
    year = int(g["year"]) if g.get("year") else None
    if day is not None and month is not None and day > calendar.monthrange(year or 2000, month)[1]:
        return None
    span = 0  # the days after the first that a span of days runs to ("3-4 February": one)
    if g.get("day2"):
        last = int(g["day2"])
        span = last - (day or 0)
        if not 0 < span <= _LONGEST_DAY_SPAN or (g["join"].strip() == "and" and span != 1) \
                or last > calendar.monthrange(year or 2000, month or 1)[1]:
            return None  # "July 5 and 20": two days; "March 5-3": no span
    weekday = WEEKDAYS[g["weekday"].lower()] if g.get("weekday") else None
    relative = None
    text = sentence[start:end]
    if form == "weekday":
        mod = re.sub(r"\s+", " ", (g.get("mod") or "").strip().lower())
        if mod in ("last", "next", "this"):
            relative = mod
        elif (mod.startswith("a week") and not _FOR_A_WEEK.search(sentence, 0, start)) or (
                mod in ("", "on") and _WEEK_AFTER.match(sentence, end)):
            relative = "week_after"  # "a week on Saturday", "Saturday week": the Saturday after the coming one
        if weekday is not None and not text[:1].isupper() and not mod:
            return None
        if _NAMED_WEEKDAY.search(sentence, 0, start):
            return None  # "the Good Friday Agreement", "Black Friday": a name, not this week's day
        if not mod and _weekday_kind(sentence, start, end):
            return None  # "Thursday collections will move": which of a kind, no day
        if not mod and _THE_BEFORE.search(sentence, max(0, start - 6), start) and _OF_AFTER.match(sentence, end):
            return None  # "collapsed on the Saturday evening of the event": that occasion's day, not this week's
        if not mod and _ANY_WEEKDAY.search(sentence, max(0, start - 12), start):
            relative = "every"  # "emptied on a Thursday", "in the pew every Sunday": no day, only its weekday
        if _WEEKDAY_OF_MONTH.match(sentence, end):
            return None  # "the first Monday in October": a day of that month, not of this week
        written = _DATE_AFTER_WEEKDAY.match(sentence, end)
        if written and relative is None:
            # "Friday, June 14": the weekday is that date's, whatever the article's date says
            month = MONTHS.get((written.group("month") or written.group("month2")).lower().rstrip("."))
            day = int(written.group("day") or written.group("day2"))
            year = int(written.group("year")) if written.group("year") else None
    if form in ("month_day", "full") and _WEEK_OF.search(sentence[:start]):
        relative = "week_of"  # "the week of March 11": the week, Monday to Sunday, that holds that day
    if form == "month":
        part = (g.get("prep") or "").strip(" -").lower()
        if part in MONTH_PARTS:
            relative = part  # "early March", "mid-July": a part of the month
        elif part in ("last", "next"):
            relative = part  # "last March": the latest March before the article's month, by definition
    if form == "holiday" and g.get("nth"):
        # the rule itself, as the table writes a moveable day's: month, weekday, which one (-1 the last)
        nth = _NTH[g["nth"].lower()]
        relative = f"holiday:rule:{month}:{weekday}:{nth}"
        month = weekday = None
    elif form == "holiday":
        relative = "holiday:" + _holiday_key(g["moveable"])
        elsewhere = _MOVEABLE_ELSEWHERE.get(_MOVEABLE_DAYS.get(relative.removeprefix("holiday:"), ()))  # by its rule
        if _ANOTHER_CHURCH.search(sentence, 0, start) or (elsewhere and elsewhere.search(sentence)):
            return None  # "Orthodox Easter Sunday", "Thanksgiving" in Ontario: another day
    if form == "relative":
        rel = re.sub(r"\s+", " ", g["rel"].lower()).removeprefix("the ")
        if g.get("unit"):
            n = g["n"].lower()
            # int() refuses strings of over 4,300 digits; such a count resolves to nothing anyway
            count = (int(n) if len(n) <= 9 else 10**9) if n.isdigit() else _NUMBER_WORDS.get(n, 1)
            relative = f"{g['unit'].lower()}s_ago:{count}"
        else:
            relative = rel.replace(" ", "_")
    words, left_ctx, right_ctx = _words_around(sentence, start, end)
    after = [w.lower() for w in words[1]]
    possessive = sentence[end:end + 2] in ("'s", "\u2019s")
    if possessive:
        # "under Friday's deal pilots will guide ships": a possessive day names its event ("deal");
        # the verb of the next clause is not its tense, the word after the event's noun may be
        # ("Friday's meeting will be ...")
        after = after[1:3] if after[:1] == ["s"] else after[:2]
    if _ATTRIBUTED_AFTER.match(sentence, end):
        after = []  # "remain suspended until Wednesday, the provincial government said": when it was said, not the day's tense
    tense = _tense([w.lower() for w in words[0]], after)
    if (possessive and tense == "past"
            and (not _marked_past([w.lower() for w in words[0]]) or _called_off([w.lower() for w in words[0]]))
            and not any(_says_past(w) for w in after)
            and not _ANOTHER_TIME & {w.lower() for w in words[0][-3:]}):  # "two days after Sunday's attack"
        tense = "either"  # "Saturday's match has been moved": nothing says which Saturday's
    if form == "day_of_month" and tense == "past" and not _marked_past([w.lower() for w in words[0]]):
        # "hits cinemas on Friday the 13th, the studio said": the verb of saying after it is not its tense
        tense = None
    slack = _midnight_slack(sentence, start, end, form)
    if span:
        slack = {"slack_before": 0, "slack_after": span, "runs": span}  # the days it runs over: any of them is its day
    return DateClaim(
        start=start, end=end, text=text, form=form, year=year, month=month, day=day,
        weekday=weekday, relative=relative, tense=tense, left=tuple(left_ctx), right=tuple(right_ctx),
        phrase=clause_phrase(sentence, start, end), **slack,
    )


_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_OF_AFTER = re.compile(r"\s+of\b")
# "on a Thursday", "every Friday": any such weekday, no day of one week (compared only with another
# such weekday: "every Sunday" against "every Monday" still differ).
_ANY_WEEKDAY = re.compile(r"(?i)\b(?:on\s+a|every|each|any)\s+$")
# "Harrowfield's Thursday rounds being emptied", "Friday collections will move": a weekday before a
# plural noun and its auxiliary, after a determiner, a possessive or a clause's start, says which of
# a kind (the rounds done on Thursdays), not a day. Elsewhere it is a day: "said Friday officers
# had ...", "in its Tuesday editions", "Thursday marks the anniversary".
_KIND_AFTER = re.compile(r"\s+(?P<noun>[a-z]+[^s\W]s)\b(?!['\u2019])(?P<aux>\s+(?:will|would|are|were|have|had|being|been|can|could|"
                         r"may|might|must|should|shall)\b)?")
_NOT_A_NOUN = frozenset({"was", "has", "is", "does", "says", "sees", "marks", "means", "brings", "begins", "ends"})
_KIND_BY_DETERMINER = re.compile(r"(?i)(?:\b(?:the|its|their|our|your|his|her|all|usual|normal|regular|weekly)|\w['\u2019]s)\s+$")
_CLAUSE_START = re.compile(r"(?:^|[,;:(])\s*$")


def _weekday_kind(sentence: str, start: int, end: int) -> bool:
    after = _KIND_AFTER.match(sentence, end)
    if not after or after.group("noun") in _NOT_A_NOUN:
        return False
    before = sentence[max(0, start - 30):start]
    return bool(after.group("aux") and (_KIND_BY_DETERMINER.search(before) or _CLAUSE_START.search(before)))


# An attribution right after the date, ending its clause: ", the provincial government said", ", officials told reporters".
_ATTRIBUTED_AFTER = re.compile(r"(?i)\s*,\s*(?:[\w'\u2019.-]+\s+){1,5}?(?:said|says|told|announced|reported|added|confirmed)\b"
                               r"[^,;]*[.;]?\s*$")
_WEEK_OF = re.compile(r"(?i)\bthe\s+week\s+of\s+$")
_NAMED_WEEKDAY = re.compile(r"\b(?:Good|Black|Cyber|Bloody|Super|Maundy|Holy|Palm|Ash|Shrove|Easter|Whit)\s+$")
# "Wednesday week", as British English writes a week after the coming Wednesday (not "Wednesday
# weekend", "Wednesday weekly", nor "Wednesday, week three")
_WEEK_AFTER = re.compile(r"\s+week\b(?![\'\u2019\-])")
# A day counted from the date after it: "the day before (the) ...", "the Wednesday after ..."
_SHIFT_BEFORE = re.compile(r"(?i)\bthe\s+(?P<unit>day|" + "|".join(_names(WEEKDAYS)) + r")\s+(?P<dir>before|after)\s+(?:the\s+)?$")
_DAY_FORMS = frozenset({"full", "month_day", "weekday", "holiday", "day_of_month"})  # forms a day can be counted from
# what follows a sentence-opening "The day before X" that defines it rather than dates an event
_DEFINED_AS = re.compile(r"\s+(?:is|are|falls|marks)\b")


def _offset(shift: re.Match[str]) -> str:
    """"day_before", "day_after", or a weekday's: "weekday_before:2" (the Wednesday before)."""
    unit = shift.group("unit").lower()
    direction = shift.group("dir").lower()
    return f"day_{direction}" if unit == "day" else f"weekday_{direction}:{WEEKDAYS[unit]}"


# A date written right after a weekday: "Friday, June 14", "Friday 14 June", "Friday (June 14)"
_DATE_AFTER_WEEKDAY = re.compile(r",?\s+\(?(?:" + _MONTH + r"\s+" + _DAY + "|" + _DAY.replace("day>", "day2>")
                                 + r"\s+(?:of\s+)?" + _MONTH.replace("month>", "month2>") + r")(?:,?\s+" + _YEAR + r")?"
                                 + r"(?![\w%\-/]|,\d|\.\d|:\d)")
# A clock time: "11:59 p.m.", "11.30pm", "12:01 a.m.", "9pm", "23:30", "00:00"; and, before a zone,
# "2314 GMT" and "23.30 BST" as agencies write them
_CLOCK = re.compile(r"(?i)(?<![\w:.,])(?P<h>[01]?\d|2[0-4])(?:(?::|\.(?=\d\d\s*(?:[ap]\.?m|" + _ZONE_WORDS + r")))"
                    r"|(?=\d\d\s*" + _ZONE_WORDS + r"))?(?P<m>[0-5]\d)?\s*(?P<ampm>[ap]\.?m\.?)?(?![\w:])")
# A time zone: "Washington time", "UK time", "local time", "GMT", "ET"; counted only right after the
# date or with a clock time beside it ("This time", "Question Time" are no zones)
_TIME_ZONE = re.compile(r"\b(?:(?:[A-Z][A-Za-z.]+|local)\s+time|" + _ZONE_ABBREVIATIONS + r")\b")
_ZONE_RIGHT_AFTER = re.compile(r",?\s+(?:[A-Z][A-Za-z.]+|local)\s+time\b")
_MIDNIGHT = re.compile(r"(?i)\bmidnight\b")
_PLACE_TIME = re.compile(r"(?i:\b(?P<place>" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in
                                                         sorted(_ZONES, key=len, reverse=True)) + r")\s+time\b)")
# an abbreviation right after the clock time it qualifies ("11pm GMT", "2pm UTC+2"): alone it may
# be a company's ("PT Pertamina")
_ZONE_AFTER_CLOCK = re.compile(r"\s*\(?(?P<abbr>" + "|".join(k.upper() for k in _ZONE_ABBREVIATED)
                               + r")(?:\s*(?P<sign>[+-])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d\d))?)?\b")
# A night named by the day it begins on: its small hours are the next day's ("on the night of 18
# October" and "in the early hours of 19 October" are one night). The small hours are the day they
# fall on: "the early hours of Sunday" are not Saturday evening.
_NIGHT_OF = re.compile(r"(?i)\bnight\s+of\s+(?:(?:the|this|last)\s+)?$")
# what ends a clause between a day and a clock time: that time is another day's ("imposed on Monday,
# lasts until 6am GMT on Wednesday")
_CLAUSE_BETWEEN = re.compile(r"(?i)[,;:()\[\]]|\b(?:and|until|till|to|then|but|while|before|after|from|that)\b")
_NOON = re.compile(r"(?i)\b(?:noon|midday)\b")
# "local time" right after a clock time ("3pm local time"): the zone of wherever it happened
_LOCAL_AFTER_CLOCK = re.compile(r"(?i)\s*\(?local\s+time\b")
# How far from the date a clock time or time zone is read as its own, in characters either side
_CLOCK_REACH = 30


def _hour(m: re.Match[str]) -> int:
    """The hour of a clock time on a 24-hour clock ("9.30pm" 21, "12:01 a.m." 0)."""
    hour = int(m.group("h"))
    ampm = (m.group("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        return hour + 12
    return 0 if ampm == "am" and hour == 12 else hour


def _clock_minutes(m: re.Match[str]) -> int | None:
    """Minutes after midnight of a clock time ("9.30pm" 1290, "0330" 210), or None for no time of a
    day ("13pm", "24:30")."""
    if m.group("ampm") and not 1 <= int(m.group("h")) <= 12:
        return None
    minutes = _hour(m) * 60 + int(m.group("m") or 0)
    return minutes if minutes <= 24 * 60 else None


def _moment(before: str, after: str) -> dict[str, object]:
    """{"clock", "zone"} of the one clock time written beside a day, in its clause, and the one zone
    the table knows that qualifies it: an abbreviation right after the clock ("2314 GMT", "2pm
    UTC+2") or a place's time beside the clock or the day ("9am Sydney time", "on Tuesday
    Washington time"), or "local" ("3pm local time"); {} otherwise. "noon" is 12:00."""
    found = []
    for text, is_before in ((before, True), (after, False)):
        for m in [*_CLOCK.finditer(text), *_NOON.finditer(text)]:
            between = text[m.end():] if is_before else text[:m.start()]
            if (m.re is _NOON or m.group("m") or m.group("ampm")) and not _CLAUSE_BETWEEN.search(between):
                found.append((text, m, is_before))
    if len(found) != 1:
        return {}
    text, clock, is_before = found[0]
    minutes = 12 * 60 if clock.re is _NOON else _clock_minutes(clock)
    zone = ""
    if _LOCAL_AFTER_CLOCK.match(text, clock.end()):
        zone = "local"  # the place's own time, whichever it is: two "local time"s of one event share it
    elif (abbr := _ZONE_AFTER_CLOCK.match(text, clock.end())) is not None:
        zone = _ZONES[abbr.group("abbr").lower()]
        if abbr.group("sign") and zone == "UTC":  # "UTC+2", "GMT-5": an offset from UTC
            zone = f"{abbr.group('sign')}{int(abbr.group('oh')):02d}:{abbr.group('om') or '00'}"
    else:
        places = [z for z in _PLACE_TIME.finditer(before) if not _CLAUSE_BETWEEN.search(before[z.end():])]
        places += [z for z in _PLACE_TIME.finditer(after) if not _CLAUSE_BETWEEN.search(after[:z.start()])]
        if len(places) == 1:
            zone = _ZONES.get(re.sub(r"\s+", " ", places[0].group("place").lower()), "")
    return {"clock": minutes, "zone": zone} if minutes is not None and zone else {}


def zone_info(zone: str) -> timezone | ZoneInfo | None:
    """The zone a table entry names: "UTC", a fixed offset ("+05:30") or an IANA name."""
    if zone == "UTC":
        return UTC
    if zone == "local":
        return None  # "local time": wherever it happened, which the table cannot name
    if (m := re.fullmatch(r"([+-])(\d\d):(\d\d)", zone)) is not None:
        sign = 1 if m.group(1) == "+" else -1
        return timezone(sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3))))
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def moment(claim: DateClaim, published: date | None) -> datetime | None:
    """The instant, in UTC, of a day written with a clock time and a known zone ("at 9am Sydney time
    on Monday" is 23:00 UTC on Sunday), or None: a day without both has no one instant."""
    if claim.clock is None or not claim.zone or claim.offset:
        return None
    try:
        day = _resolve(claim, published)
        zone = zone_info(claim.zone)
        if day is None or zone is None or day.low != day.high:
            return None
        local = datetime.combine(day.low, time()) + timedelta(minutes=claim.clock)
        return local.replace(tzinfo=zone).astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def _midnight_slack(sentence: str, start: int, end: int, form: str) -> dict[str, object]:
    """The days before and after a day that another writer may give it, by definition, and with a
    clock time in a known zone the moment it fixes (`_moment`): "at 11.30pm
    on Saturday" may be Sunday to a writer in a later time zone (after), "at 1:30 a.m. Friday" may
    be Thursday night (before), "midnight" and a named time zone ("9 p.m. on Tuesday Washington
    time" is Wednesday in Beijing) either. None for any other date, nor for months and years."""
    none = {"slack_before": 0, "slack_after": 0}
    if form not in ("full", "month_day", "weekday", "day_of_month", "relative", "holiday"):
        return none
    before = sentence[max(0, start - _CLOCK_REACH):start]
    after = sentence[end:end + _CLOCK_REACH]
    near = before + " \u2026 " + after  # never one clock time across the date itself
    clocks = [m for m in _CLOCK.finditer(near) if m.group("m") or m.group("ampm")]  # a bare number is no time
    if _MIDNIGHT.search(near) or _ZONE_RIGHT_AFTER.match(after) or (
            (clocks or _NOON.search(near)) and (_TIME_ZONE.search(near) or _PLACE_TIME.search(near))):
        return {"slack_before": 1, "slack_after": 1, **_moment(before, after)}
    found: dict[str, object] = dict(none)
    if _NIGHT_OF.search(before):
        found["slack_after"] = 1  # "the night of 18 October" runs into the 19th's early hours
    for m in clocks:
        hour = _hour(m)
        if hour >= 22:
            found["slack_after"] = 1  # "24:00 on Sunday" is Monday's first moment too
        elif hour <= 1:
            found["slack_before"] = 1
    if len(clocks) == 1 and (found["slack_before"] or found["slack_after"]):
        found["clock"] = _clock_minutes(clocks[0])  # the time the slack is for, in no zone named (`zone` "")
    return found


# How far either side of a value a phrase is looked for, in characters: far more than the few
# words a phrase takes.
_PHRASE_WINDOW = 400
_CLAUSE_BREAK = re.compile(r"[;()\[\]\u2014\u2013\"\u201c\u201d]|(?<!\d)[,:]|[,:](?!\d)|\s-\s|(?<=[a-z])\.\s")  # "10:52am", "320,000" are no breaks
_PHRASE_WORD = re.compile(r"\d{1,2}:\d\d[\w.]*|\d{1,3}(?:,\d{3})+|[\w'\u2019.-]+")  # "10:52am", "320,000": one word
# Words a phrase never ends with: they tie the value to it ("accused Russia on", "personnel to").
_PHRASE_TAIL = frozenset("""on at in by since until till from to through of for the a an this last next
early late earlier later before after during around about as and or was were is are be been""".split())


def clause_before(sentence: str, at: int) -> str:
    """The text of `at`'s clause before it, back to the last clause break (not the comma of
    "320,000"), in a bounded window: a "sentence" of a megabyte with no full stop (a scraped page)
    must not be rescanned whole for each of its values."""
    return _CLAUSE_BREAK.split(sentence[max(0, at - _PHRASE_WINDOW):at])[-1]


def clause_phrase(sentence: str, start: int, end: int, most: int = 5,
                  stop: Callable[[str], bool] | None = None) -> str:
    """What a date (or a figure) is of, as written, for a finding's name: the words before it in
    its clause ("Ukraine accused Russia" on Sunday), else the words after it ("Sunday's attack on
    Kyiv"). `stop`: a word the phrase never reaches back past (for a figure, another figure or an
    "and": "killed one person and wounded" 14 is "wounded", not about the one killed)."""
    words = _PHRASE_WORD.findall(clause_before(sentence, start))
    if stop is not None:
        cut = max((i for i, w in enumerate(words) if stop(w)), default=-1)
        words = words[cut + 1:]
    while words and words[-1].lower() in _PHRASE_TAIL:
        words.pop()
    if words:
        first = max(0, len(words) - most)
        while first > 0 and first > len(words) - most - 3 and words[first].lower() in _LEADING_FUNCTION:
            first -= 1  # "of the U.N. Security Council" is "meeting of the U.N. Security Council"
        shown = words[first:]
        while len(shown) > 1 and shown[0].lower() in _LEADING_CONNECTIVE:
            shown = shown[1:]  # "But the message" on Tuesday is the message's date
        return _no_stop(" ".join(shown))
    # "On Saturday, the military said ...": the first clause after it that has words
    after = next((piece for piece in _CLAUSE_BREAK.split(sentence[end:end + _PHRASE_WINDOW]) if _PHRASE_WORD.search(piece)), "")
    words = _PHRASE_WORD.findall(after)
    if words and words[0].lower() in ("'s", "\u2019s"):
        words = words[1:]
    words = words[:most]
    while words and words[-1].lower() in _PHRASE_TAIL:
        words.pop()
    return _no_stop(" ".join(words))


# Words that join a clause to the one before it, never part of what a date or figure is of.
_LEADING_CONNECTIVE = frozenset({"but", "and", "so", "yet", "or", "also", "then", "meanwhile", "however", "since",
                                 "about"})
# Words a phrase should not start with while the words before it can name what it is of.
_LEADING_FUNCTION = frozenset({"of", "the", "a", "an", "in", "for", "to", "at", "with", "by", "on", "from", "and"})


def _no_stop(phrase: str) -> str:
    """Without a sentence's full stop ("killed two."), keeping an abbreviation's ("the U.S.")."""
    last = phrase.rsplit(" ", 1)[-1]
    return phrase[:-1] if last.endswith(".") and last.count(".") == 1 else phrase


_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_FUTURE_WORDS = {"will", "shall", "'ll", "scheduled", "expected", "planned", "planning", "plan",
                 "plans", "due", "upcoming", "next", "intends", "intend", "aims", "hopes",
                 "set", "slated", "ahead", "would", "going", "likely", "tomorrow", "must", "deadline",
                 "upcoming", "forthcoming", "await", "awaiting", "expects", "promised", "pledged", "won't",
                 "wouldn't"}
_PAST_WORDS = {"said", "told", "met", "held", "was", "were", "had", "did", "went", "came",
               "made", "took", "gave", "began", "left", "spoke", "wrote", "saw", "won", "lost",
               "ago", "last", "since", "earlier", "previously", "already", "sent", "got", "led",
               "struck", "hit", "fell", "ran", "shot", "broke", "found", "kept", "paid", "put",
               "read", "became", "brought", "bought", "built", "caught", "chose", "fought", "flew",
               "forgot", "froze", "grew", "heard", "hid", "knew", "laid", "meant", "rose", "sold",
               "stood", "swore", "taught", "thought", "threw", "understood", "woke", "wore"}


# "the end of" between a deadline word and its date ("by the end of March").
_PART_OF_PERIOD = [["the", part, "of"] for part in ("end", "start", "beginning", "middle", "close")]
# Words right before a date that make it the end of a period, a deadline ("by Friday").
_DEADLINE_WORDS = {"until", "till", "before", "by", "through"}
# Present tenses of verbs of a timetable: news writes what is scheduled in the present ("the law
# takes effect on Monday"), and sometimes what is past. Not verbs of saying: "Russia says it hit a
# target on Saturday" is past. Words between such a verb and the day that tie the day to another
# time ("the vote comes two days after Sunday's attack") leave it alone.
_ANOTHER_TIME = {"after", "before", "since", "ago", "following", "than"}
# Words opening a clause of time or condition, whose present tense says what the clause it hangs on
# says: ahead after "will", "would" or "expected".
_CLAUSE_OF_TIME = {"when", "whenever", "once", "if", "unless", "until", "till"}
_SCHEDULE_VERBS = {"begins", "begin", "starts", "start", "opens", "open", "reopens", "reopen", "closes", "close",
                   "resumes", "resume", "ends", "comes", "come", "takes", "take", "kicks", "kick", "expires", "expire",
                   "convenes", "convene", "meets", "meet", "arrives", "arrive", "departs", "depart", "launches",
                   "lands", "goes", "go", "returns", "return", "tees", "premieres", "airs", "continues", "continue"}
# Their participles say no tense of their own: "confirmed a ban starting on Friday" is the coming
# Friday or the last one, whatever "confirmed" says; "will stage a strike starting on Wednesday" is ahead
_SCHEDULE_PARTICIPLES = frozenset({"starting", "beginning", "opening", "reopening", "resuming", "ending", "coming",
                                   "taking", "kicking", "expiring", "launching", "returning", "continuing"})


def _words_around(sentence: str, start: int, end: int) -> tuple[tuple[list[str], list[str]], list[str], list[str]]:
    """The words before and after a date, and the content words next to it (four each side)."""
    words = _WORDS.findall(sentence[:start]), _WORDS.findall(sentence[end:])
    return words, _content(words[0])[-4:], _content(words[1])[:4]


def _content(ws: list[str]) -> list[str]:
    return [singular(w) for w in (fold_lower(x) for x in ws) if w not in STOPWORDS]


# Verbs of saying in -ing that date what was said ("telling analysts on Tuesday it expects")
_SAYING_ING = frozenset({"telling", "saying", "announcing", "adding", "noting", "warning", "insisting", "stating",
                         "confirming", "revealing", "reporting", "claiming", "arguing", "explaining"})
_BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "am"})


def _tense(before: list[str], after: list[str]) -> str:
    """Past or future, from the nearest tense marker before the date, else just after it.

    A future auxiliary close before the date wins ("will be held on Tuesday"): the
    participle after it would otherwise read as past. A date that opens its sentence as the
    subject of "is" ("Wednesday is the 31st anniversary") is "present": this week's, today or
    ahead.
    """
    if not before and (after[:1] in (["is"], ["marks"]) or after[:2] == ["will", "be"]):
        return "present"
    if _closing_price(before[-4:]) or _closing_price(after[:2]):
        return "past"  # "a 31 percent premium to the closing price on Friday", "to Friday's close": a price set
    if any(_says_future(before, k) for k in range(max(0, len(before) - 6), len(before))):
        return "future"
    bound_at = len(before) - (2 if before[-1:] and before[-1] in ("midnight", "noon") else 1)
    if bound_at >= 2 and before[bound_at - 2:bound_at + 1] in _PART_OF_PERIOD:
        bound_at -= 3  # "by the end of March": the deadline word stands before the part of the period
    if (bound_at >= 0 and before[bound_at] in _DEADLINE_WORDS
            and not any(w in _PAST_WORDS for w in before[max(0, bound_at - 5):bound_at] + after[:4])):
        # "respond by Friday", "banned gatherings through Thursday": the end of a period lies ahead;
        # not "happened shortly before midnight on Thursday" nor "by Friday, 20 had died"
        return "future"
    window = before[-24:]
    participle = False  # a timetable's participle stands between the date and the verb before it
    for k, w in enumerate(reversed(window)):
        if _says_future(window, len(window) - 1 - k):
            return "future"
        at = len(window) - 1 - k  # the verb's place in the window
        if w in _SCHEDULE_PARTICIPLES and k < 8 and not any(x in _ANOTHER_TIME for x in window[at + 1:]):
            participle = True
            continue
        if _says_past(w) and at > 0 and window[at - 1] in ("be", "being"):
            continue  # "will be made as a credit on bills between December and March": a passive, its tense the auxiliary's
        if _adjective_participle(window, at):
            continue  # "will begin ..., a process that dissolves the body using heated water, on June 2"
        if _says_past(w) or (w in _SAYING_ING and not (at > 0 and window[at - 1] in _BE_FORMS)):
            # "telling analysts on Tuesday it expects ...": the day is the saying's, a report of what
            # was said, whatever the reported clause's tense ("will be announcing" is ahead)
            return "either" if participle else "past"
        if w in _CLAUSE_OF_TIME and any(_says_future(window, j) for j in range(max(0, at - 12), at)):
            # "will have their surgery cancelled when junior doctors walk out on Monday": a clause of
            # time or condition in the present takes the tense of the clause it hangs on
            return "future"
        if (w in _SCHEDULE_VERBS and k < 8 and not any(x in _ANOTHER_TIME for x in window[at + 1 + _appears_before(window, at):])
                and not (at > 0 and window[at - 1] in _DETERMINERS)  # "since the start of January": a noun
                and not any(x in _FUTURE_WORDS for x in window[max(0, at - 2):at])):
            # the nearest verb is a present tense of what is timetabled: "the new timetable comes into
            # force on Monday" is ahead, but news also writes the past so ("Putin meets Erdogan on
            # Tuesday", the day after): the last such day or the coming one
            return "either"
    for k, w in enumerate(after[:4]):
        if w in _FUTURE_WORDS and (w != "planning" or _says_future(after, k)):
            return "future"
        if _says_past(w):
            return "either" if participle else "past"
    return "either" if participle else "past"


# What a market's last session set: "closing price", "closing level" (a premium "will" be paid on it)
_CLOSING_NOUNS = frozenset({"price", "prices", "level", "levels", "value", "bell"})


def _closing_price(words: list[str]) -> bool:
    """Do the words name a session's closing price ("Veldhoven's closing price on Friday")?"""
    return any(w == "closing" and k + 1 < len(words) and words[k + 1] in _CLOSING_NOUNS for k, w in enumerate(words))


# Future markers that are also nouns: after a determiner they name a thing, not a time ahead
# ("rejected its plans for 420 homes on Monday night" is past)
_NOUN_FUTURE_WORDS = {"plan", "plans"}
# Words after "planning" that make it a verb of intent: "planning to", "planning a strike", "planning for"
_AFTER_PLANNING = {"to", "for", "a", "an", "the", "its", "their", "his", "her", "further", "more", "new", "another"}
_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "these", "those", "this",
                "that", "whose"}


# Words after "plan" that make it a noun: "the plan for", "the plan of", "the plan was".
_AFTER_A_NOUN = {"for", "of", "is", "was", "were", "has", "had"}


def _says_future(words: list[str], k: int) -> bool:
    """Is words[k] a future marker as `_tense` reads one (not "its plans", a noun)?"""
    w = words[k]
    if w not in _FUTURE_WORDS:
        return False
    if w == "set" and words[k + 1:k + 2] in (["off"], ["out"], ["sail"], ["up"], ["fire"], ["about"], ["a"], ["an"],
                                             ["the"], ["foot"]):
        return False  # "after the fleet set off on Friday", "set a record": a verb done, not "set to" / "set for"
    if w == "planning" and words[k + 1:k + 2] and words[k + 1] not in _AFTER_PLANNING:
        return False  # "at Monday's planning committee meeting", "planning permission": a noun's, no intent
    if (w in _NOUN_FUTURE_WORDS and k > 0 and (words[k - 1] in _DETERMINERS or words[k - 1].endswith("'s"))
            and words[k + 1:k + 2] != ["to"]):
        return False  # not "unveiled its plans to reopen the line on Monday": an intent, ahead
    if w in _NOUN_FUTURE_WORDS and k + 1 < len(words) and (words[k + 1] in _AFTER_A_NOUN or _says_past(words[k + 1])):
        return False  # "the 2026 humanitarian plan, launched on Monday": the subject of a past verb
    return True


# Words after which a participle before a noun describes the noun: "using heated water", "the damaged roof"
_BEFORE_AN_ADJECTIVE = frozenset({"using", "with", "of"}) | {"a", "an", "the", "its", "their", "his", "her", "our"}


def _adjective_participle(window: list[str], at: int) -> bool:
    """Is window[at] an "-ed" word that describes the noun after it ("using heated water"), no verb?"""
    w = window[at]
    return (w.endswith("ed") and w not in _PAST_WORDS and 0 < at < len(window) - 1
            and window[at - 1] in _BEFORE_AN_ADJECTIVE and window[at + 1].isalpha()
            and window[at + 1] not in _AFTER_A_VERB)


# Words that follow a verb, not a noun it describes: "the plan approved on Monday", "killed by"
_AFTER_A_VERB = frozenset({"on", "at", "in", "by", "to", "for", "from", "with", "as", "and", "or", "that", "it",
                           "them", "him", "her", "up", "out", "off", "down", "over", "into", "after", "before"})


def _appears_before(window: list[str], at: int) -> int:
    """1 when the verb at `at` goes or comes "before" a body ("goes before a planning inquiry in
    March"): an audience, not another time, so the word is passed over; else 0."""
    return int(window[at] in ("goes", "go", "comes", "come") and window[at + 1:at + 2] == ["before"]
               and window[at + 2:at + 3] in (["a"], ["an"], ["the"]))


def _says_past(word: str) -> bool:
    """A past-tense marker as `_tense` reads one: "said", "ago", or a past participle ("killed")."""
    return word in _PAST_WORDS or (word.endswith("ed") and len(word) > 4)


# Verbs whose object had not yet happened when they were done: "postponed Saturday's match" names
# a match to come (or one already moved), not a Saturday gone
_CALL_OFF = frozenset({"postponed", "cancelled", "canceled", "rescheduled", "scrapped", "delayed", "deferred"})


def _called_off(before: list[str]) -> bool:
    """Is the word before a possessive day a verb of calling its event off ("postponed", "called off")?"""
    return bool(before) and (before[-1] in _CALL_OFF or before[-2:] == ["called", "off"])


def _marked_past(before: list[str]) -> bool:
    """Does a word before the date say the past, as `_tense` reads one (not its fallback)?"""
    return any(_says_past(w) for w in before[-24:])


# ----------------------------------------------------------------- resolution


@dataclass(frozen=True)
class ResolvedDate:
    """The calendar interval a date mention stands for."""

    low: date
    high: date
    label: str  # "2013-08-27", "2025-06", "2036"

    def overlaps(self, other: ResolvedDate) -> bool:
        return self.low <= other.high and other.low <= self.high


def resolve(claim: DateClaim, published: date | None) -> ResolvedDate | None:
    """The interval `claim` refers to, given the article's date; None when it cannot be known."""
    try:
        found = _resolve(claim, published)
        if found is not None and claim.offset:
            found = _shifted(found, claim.offset)
        if found is not None and claim.relative == "week_of":
            monday = found.low - timedelta(days=found.low.weekday())
            found = ResolvedDate(monday, monday + timedelta(days=6), f"week of {monday.isoformat()}")
        if found is not None and (claim.slack_before or claim.slack_after):
            high = found.high + timedelta(days=claim.slack_after)
            found = ResolvedDate(found.low - timedelta(days=claim.slack_before), high,
                                 found.label + _slack_label(claim, high))
        return found
    except (ValueError, OverflowError):
        return None


def either_days(claim: DateClaim, found: ResolvedDate | None) -> list[ResolvedDate] | None:
    """The two days a timetable's present may mean ("takes effect on Monday": the last Monday or the
    coming one), each with its slack, from the interval `resolve` gave the claim; None for any other
    date, whose resolution is one interval."""
    if claim.tense != "either" or found is None or claim.form != "weekday":
        return None
    last, ahead = found.low + timedelta(days=claim.slack_before), found.high - timedelta(days=claim.slack_after)
    return [ResolvedDate(d - timedelta(days=claim.slack_before), d + timedelta(days=claim.slack_after), d.isoformat())
            for d in sorted({last, ahead})]


def _shifted(found: ResolvedDate, offset: str) -> ResolvedDate | None:
    """The day an offset counts from one day: "the day before", "the Wednesday after"."""
    if found.low != found.high:
        return None
    day = found.low
    if offset.startswith("day_"):
        d = day + timedelta(days=-1 if offset == "day_before" else 1)
    else:
        kind, weekday = offset.split(":")
        if kind == "weekday_before":
            d = day - timedelta(days=(day.weekday() - int(weekday)) % 7 or 7)
        else:
            d = day + timedelta(days=(int(weekday) - day.weekday()) % 7 or 7)
    return ResolvedDate(d, d, d.isoformat())


def _resolve(c: DateClaim, pub: date | None) -> ResolvedDate | None:
    if c.form == "full" and c.year and c.month and c.day:
        # dateparser read each of the 1,478 full dates of the benchmark corpora as these fields do,
        # and importing it cost most of a second of every run in which nothing changed
        d = date(c.year, c.month, c.day)
        return ResolvedDate(d, d, d.isoformat())
    if c.form == "month_year" and c.year and c.month:
        return _month(c.year, c.month)
    if c.form == "year" and c.year:
        return ResolvedDate(date(c.year, 1, 1), date(c.year, 12, 31), str(c.year))
    if pub is None:
        return None
    if c.form == "month_day" and c.month and c.day:
        if c.year_shift is not None and not (c.month == 2 and c.day == 29):
            d = date(pub.year + c.year_shift, c.month, c.day)  # "Last year's market opened on November 22"
        else:
            d = _nearest_year(pub, c.month, c.day, c.tense)
        return ResolvedDate(d, d, d.isoformat())
    if c.form == "day_of_month" and c.day:
        d = _nearest_month_day(pub, c.day, c.weekday, c.tense)
        return ResolvedDate(d, d, d.isoformat()) if d is not None else None
    if c.form == "month" and c.month:
        year = pub.year
        if c.year_shift is not None:
            return _month(year + c.year_shift, c.month)
        if c.relative == "last":  # written in March, "last March" is a year ago
            return _month(year if c.month < pub.month else year - 1, c.month)
        if c.relative == "next":
            return _month(year if c.month > pub.month else year + 1, c.month)
        if c.tense in ("future", "either"):
            # a timetable's present names the coming month ("the treaty expires in July"): news's
            # historical present ("Putin meets Erdogan on Tuesday") is for days of the week
            if c.month < pub.month:
                year += 1
        elif c.month > pub.month + 1:
            year -= 1
        return _month(year, c.month)
    if c.form == "weekday" and c.weekday is not None:
        if c.month and c.day:
            written = date(c.year, c.month, c.day) if c.year else _nearest_year(pub, c.month, c.day, c.tense)
            if written.weekday() == c.weekday:
                return ResolvedDate(written, written, written.isoformat())  # "Friday, June 14"
        delta = (pub.weekday() - c.weekday) % 7
        if c.relative == "every":
            return None  # "every Sunday": a weekday, no day
        if c.relative in _WEEK_OF_WEEKDAY.values():
            week = _relative(c.relative.removeprefix("in_"), pub)
            d = week.low + timedelta(days=c.weekday) if week is not None else pub  # weeks start on Monday
        elif c.relative == "week_after":
            d = pub + timedelta(days=(c.weekday - pub.weekday()) % 7 + 7)
        elif c.relative == "next" or (c.tense == "future" and c.relative != "last") or (
                c.relative == "this" and c.tense != "past"):
            # "next Wednesday" in a Wednesday's article is a week ahead; "will land on Wednesday" is
            # that day: news names today by its weekday (AP style uses no "today"). "This Sunday" is
            # the coming one unless a past tense says this week's has gone ("come in this Sunday",
            # written on a Wednesday, is four days on; "was announced this Monday", two days back)
            ahead = (c.weekday - pub.weekday()) % 7 or (7 if c.relative == "next" else 0)
            d = pub + timedelta(days=ahead)
        elif c.relative == "this" and c.weekday != 6 and c.weekday > pub.weekday():
            # "called a march for this Thursday", written on a Tuesday: two days on, whatever the
            # tense of the verb before; last week's Thursday is never "this" one (a Sunday is, in
            # weeks that start on Sunday)
            d = pub + timedelta(days=c.weekday - pub.weekday())
        elif c.tense == "either" and c.relative is None:
            # "takes effect on Monday": the coming Monday, or (news's historical present) the last
            last, ahead = pub - timedelta(days=delta), pub + timedelta(days=(c.weekday - pub.weekday()) % 7)
            return ResolvedDate(last, ahead, last.isoformat() if last == ahead else
                                f"{last.isoformat()} or {ahead.isoformat()}")
        elif c.tense == "present" and c.relative is None:
            d = pub + timedelta(days=(c.weekday - pub.weekday()) % 7)  # "Tuesday is flag day", on a Tuesday: today
        elif c.relative == "last":
            d = pub - timedelta(days=delta or 7)
        else:
            d = pub - timedelta(days=delta)
        return ResolvedDate(d, d, d.isoformat())
    if c.form == "relative" and c.relative:
        return _relative(c.relative, pub)
    if c.form == "holiday" and c.relative:
        rule = holiday_rule(c)
        days = [d for d in (_holiday_in(rule, y) for y in (pub.year - 1, pub.year, pub.year + 1)) if d is not None]
        if days:
            d = min(days, key=lambda d: _distance_cost(d, pub, c.tense))
            return ResolvedDate(d, d, d.isoformat())
    return None


def _holiday_key(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("\u2019", "'"))


def holiday_rule(c: DateClaim) -> tuple[object, ...]:
    """The table's rule for a moveable day's name: one rule, one day, whatever the name; or the rule
    written out ("the last Saturday in October": "holiday:rule:10:5:-1")."""
    key = (c.relative or "").removeprefix("holiday:")
    if key.startswith("rule:"):
        return tuple(int(x) for x in key.split(":")[1:])
    return _MOVEABLE_DAYS.get(key, ())


def _holiday_in(rule: tuple[object, ...], year: int) -> date | None:
    """The day a moveable day's rule gives in `year`."""
    if len(rule) == 2 and rule[0] == "easter":
        return _easter(year) + timedelta(days=int(rule[1]))  # type: ignore[call-overload]
    if len(rule) != 3:
        return None
    month, weekday, nth = (int(x) for x in rule)  # type: ignore[call-overload]
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if date(year, month, d).weekday() == weekday]
    return date(year, month, days[nth - 1 if nth > 0 else nth])


def _easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _month(year: int, month: int) -> ResolvedDate:
    last = calendar.monthrange(year, month)[1]
    return ResolvedDate(date(year, month, 1), date(year, month, last), f"{year:04d}-{month:02d}")


def _nearest_year(pub: date, month: int, day: int, tense: str | None) -> date:
    """A month-day without a year: the occurrence news most likely means."""
    candidates = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidates.append(date(y, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: _distance_cost(d, pub, tense))


def _distance_cost(d: date, pub: date, tense: str | None) -> float:
    """How unlikely news dated `pub` means the occurrence `d`: the nearest, leaning on the tense."""
    days = (d - pub).days
    if tense in ("future", "either"):  # "the contract expires on July 15": the coming one
        return abs(days) * (2.0 if days < -3 else 1.0)
    return abs(days) * (2.0 if days > 7 else 1.0)


def _slack_label(claim: DateClaim, high: date) -> str:
    if claim.slack_before and claim.slack_after:
        return " \u00b11 day"
    if claim.runs:
        return f" to {high.isoformat()}"  # a span of days, "10-12 March"
    return " or the day after" if claim.slack_after else " or the day before"


def _nearest_month_day(pub: date, day: int, weekday: int | None, tense: str | None) -> date | None:
    """The day `day` of a month that "Friday the 13th" most likely means: of the months around the
    article's date (seven either way when a weekday names it, else one), the nearest that has the
    day (and, with a weekday, where it falls on that weekday)."""
    reach = 7 if weekday is not None else 1  # a Friday the 13th comes at least once in any 14 months
    candidates = []
    for offset in range(-reach, reach + 1):
        y, m = divmod(pub.year * 12 + pub.month - 1 + offset, 12)
        if day <= calendar.monthrange(y, m + 1)[1]:
            d = date(y, m + 1, day)
            if weekday is None or d.weekday() == weekday:
                candidates.append(d)

    # a tense the sentence marks says which side of the article's date (none: "opens on Friday the 13th")
    if tense == "future":
        candidates = [d for d in candidates if d >= pub - timedelta(days=1)] or candidates
    elif tense == "past":
        candidates = [d for d in candidates if d <= pub + timedelta(days=1)] or candidates
    return min(candidates, key=lambda d: abs((d - pub).days)) if candidates else None


def _relative(rel: str, pub: date) -> ResolvedDate | None:
    def day(d: date) -> ResolvedDate:
        return ResolvedDate(d, d, d.isoformat())

    if rel == "yesterday":
        return day(pub - timedelta(days=1))
    if rel == "day_before_yesterday":
        return day(pub - timedelta(days=2))
    if rel == "day_after_tomorrow":
        return day(pub + timedelta(days=2))
    if rel in ("tonight", "this_morning", "this_afternoon", "this_evening"):
        return day(pub)
    if rel == "last_night":
        return ResolvedDate(pub - timedelta(days=1), pub, f"{(pub - timedelta(days=1)).isoformat()}/{pub.isoformat()}")
    if rel == "tomorrow":
        return day(pub + timedelta(days=1))
    monday = pub - timedelta(days=pub.weekday())
    if rel in ("this_week", "earlier_this_week", "later_this_week"):
        return ResolvedDate(monday, monday + timedelta(days=6), f"week of {monday.isoformat()}")
    if rel == "last_week":
        m = monday - timedelta(days=7)
        return ResolvedDate(m, m + timedelta(days=6), f"week of {m.isoformat()}")
    if rel == "next_week":
        m = monday + timedelta(days=7)
        return ResolvedDate(m, m + timedelta(days=6), f"week of {m.isoformat()}")
    if rel in ("last_weekend", "this_weekend"):
        sat = monday + timedelta(days=5) - (timedelta(days=7) if rel == "last_weekend" or pub.weekday() < 5 and rel == "last_weekend" else timedelta(0))
        return ResolvedDate(sat, sat + timedelta(days=1), f"weekend of {sat.isoformat()}")
    if rel in ("this_month", "earlier_this_month", "later_this_month"):
        return _month(pub.year, pub.month)
    if rel == "last_month":
        y, m = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
        return _month(y, m)
    if rel == "next_month":
        y, m = (pub.year, pub.month + 1) if pub.month < 12 else (pub.year + 1, 1)
        return _month(y, m)
    if rel in ("this_year", "earlier_this_year", "later_this_year"):
        return ResolvedDate(date(pub.year, 1, 1), date(pub.year, 12, 31), str(pub.year))
    if rel == "last_year":
        return ResolvedDate(date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31), str(pub.year - 1))
    if rel == "next_year":
        return ResolvedDate(date(pub.year + 1, 1, 1), date(pub.year + 1, 12, 31), str(pub.year + 1))
    m = re.fullmatch(r"(day|week|month|year)s_ago:(\d+)", rel)
    if m:
        unit, n = m.group(1), int(m.group(2))
        span = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
        d = pub - timedelta(days=span)
        slack = {"day": 0, "week": 3, "month": 15, "year": 183}[unit]
        return ResolvedDate(d - timedelta(days=slack), d + timedelta(days=slack), f"about {d.isoformat()}")
    return None
