"""Do two date mentions in aligned sentences give different dates for the same thing?

Mentions are compared on what they resolve to against each article's publication
date ("on Monday" in an article of Tuesday 2013-08-27 is 2013-08-26). Without dates,
only like forms are compared (a weekday with a weekday, a month with a month).
"""
from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from .. import tables
from ..detectors.dates import ResolvedDate, either_days, holiday_rule, moment, resolve, zone_info
from ..model import DateClaim

# Mentions are only compared with mentions of the same granularity: "Tuesday" against
# "Thursday" or "Dec. 5", "June" against "July", "2036" against "2038".
_FAMILY = {"full": "day", "month_day": "day", "day_of_month": "day", "weekday": "day", "holiday": "day",
           "month_year": "month", "month": "month", "year": "year"}
_DAY_RELATIVES = {"yesterday", "tomorrow", "tonight", "last_night", "this_morning", "this_afternoon", "this_evening",
                  "day_before_yesterday", "day_after_tomorrow"}


_PERIOD_RELATIVES = {"this_month": "month", "last_month": "month", "next_month": "month",
                     "earlier_this_month": "month", "later_this_month": "month", "this_year": "year",
                     "last_year": "year", "next_year": "year", "earlier_this_year": "year", "later_this_year": "year"}


def family(c: DateClaim) -> str | None:
    if c.form == "relative":
        # "two weeks ago" is a day, 11 to 17 days before the article's: compared as days are
        return "day" if c.relative in _DAY_RELATIVES or (c.relative or "").startswith(("days_ago:", "weeks_ago:")) else None
    return _FAMILY.get(c.form)


def period_family(c: DateClaim) -> str | None:
    """Granularity for telling periods apart: "this month" is a month, like "July"."""
    if c.form == "relative" and c.relative in _PERIOD_RELATIVES:
        return _PERIOD_RELATIVES[c.relative]
    return family(c)


def resolved(c: DateClaim, published: date | None, sentence: str = "") -> ResolvedDate | None:
    """What a mention stands for against its article's date. A day named relative to now
    ("yesterday", "last night") inside direct speech is relative to when the speaker spoke,
    which the article does not say: it stays unresolved."""
    if sentence and c.form == "relative" and family(c) == "day" and quoted(sentence, c.start):
        return None
    return resolve(c, published)


# A single quote opens speech after a space, a colon, a dash or a bracket and before a letter;
# between two letters it is an apostrophe ("Russia's").
_OPEN_SINGLE = re.compile(r"(?:^|(?<=[\s:(\u2014\u2013-]))'(?=[A-Za-z])")
_CLOSE_SINGLE = re.compile(r"(?<=[\w.,!?])'(?![A-Za-z])")


def quoted(sentence: str, at: int) -> bool:
    """Is position `at` inside a quotation opened earlier in the same sentence?"""
    head = sentence[:at]
    double = False
    for ch in head:
        if ch == '"':
            double = not double
        elif ch == "\u201c":
            double = True
        elif ch == "\u201d":
            double = False
    if double:
        return True
    opens = [m.start() for m in _OPEN_SINGLE.finditer(head)] + [i for i, ch in enumerate(head) if ch == "\u2018"]
    if not opens:
        return False
    last_open = max(opens)
    closes = [m.start() for m in _CLOSE_SINGLE.finditer(head)]
    closes += [i for i, ch in enumerate(head) if ch == "\u2019" and not _between_letters(head, i)]
    return not any(c > last_open for c in closes)


def _between_letters(text: str, i: int) -> bool:
    """A quote mark between two letters is an apostrophe ("Russia\u2019s"), not the end of a quotation."""
    return 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


_BOUNDS = {"since", "until", "till", "by", "before", "after", "from", "through", "to", "between"}


def word_before(sentence: str, c: DateClaim) -> str:
    """The word just before a date mention, lower-cased ("in" April, "since" Sunday), or '' when
    what stands there is no word: in "fell to 4.1% last month" the "to" is the figure's."""
    m = re.search(r"([A-Za-z]+)[\s\"'\u2018\u201c(-]*$", sentence[:c.start])
    return m.group(1).lower() if m else ""


# A part of a period between a bound and its date: "since the end of July", "by early 2025", "since
# the summer of 2013"
_PART_OF_PERIOD = re.compile(
    r"\b([A-Za-z]+)\s+(?:the\s+(?:end|start|beginning|middle|close|turn|first\s+half|second\s+half|spring|summer"
    r"|autumn|fall|winter)\s+of"
    r"|early|late|mid)[\s-]*$", re.IGNORECASE)
# ... or a time on that day after a bound of a period: "by 8 p.m. on Tuesday" counts up to Tuesday
# evening, "since 6am on Monday" from Monday; but "shortly before 6:45 p.m. on Tuesday" is Tuesday
_PERIOD_TO_A_TIME = re.compile(
    r"\b(by|until|till|since)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)|noon|midday|midnight)\s+on\s*$",
    re.IGNORECASE)


def bound(sentence: str, c: DateClaim) -> str:
    """The word that makes a date a boundary ("since Sunday", "by June", "since the end of July"),
    or ''. A day written as a possessive dates its noun, which "from" then names as a source:
    "the fallout from Saturday's fire" is a fire on Saturday, not a period from Saturday (but "after
    Sunday's floods", "before Saturday's game" still bound what the clause tells by that day)."""
    word = word_before(sentence, c)
    if word == "from" and sentence[c.end:c.end + 2] in ("'s", "\u2019s"):
        return ""
    if word == "from" and c.runs:
        return ""  # "from 11 to 14 September": the span's own opening word, which its end closes
    if word in ("until", "till") and (_NOT_UNTIL.search(sentence, max(0, c.start - 80), c.start)
                                      or _PUT_OFF_UNTIL.search(sentence, max(0, c.start - 80), c.start)):
        # "won't come into force until October 2027", "adjourned sentencing until June 26": it
        # happens then, no period ends
        return ""
    if word == "from" and _STARTS_FROM.search(sentence, max(0, c.start - 60), c.start):
        return ""  # "the new fares take effect from 1 August": the day it starts, no period's lower bound
    if word == "and" and _BETWEEN_AND.search(sentence, max(0, c.start - 60), c.start):
        return "to"  # "open between December 6 and December 20": the end of the span
    if word not in _BOUNDS:
        part = (_PART_OF_PERIOD.search(sentence[:c.start]) or _PERIOD_TO_A_TIME.search(sentence[:c.start])
                or _WEEKDAY_OF_THE_DATE.search(sentence[:c.start]))
        word = part.group(1).lower() if part else word
    if word == "from" and _SPAN_FROM.search(sentence, max(0, c.start - 80), c.start):
        return STARTING  # "a two-day strike from Feb. 16": a span of its own length starts that day, no open period
    return word if word in _BOUNDS else ""


# A start told with "from": "takes effect from", "comes into force from", "will apply from",
# "effective from". The date is the one day it starts (against "takes effect on 15 August" another
# day), not the start of a period some other day inside it could date.
MEASURE_STARTS = (r"(?:take|takes|took|taken|taking)\s+effect|(?:come|comes|came|coming)\s+into\s+(?:force|effect)|"
                  r"(?:kick|kicks|kicked)\s+in")
_STARTS_FROM = re.compile(r"\b(?:" + MEASURE_STARTS + r"|(?:apply|applies|applied|applying)|effective)"
                          r"\s+from\s+(?:the\s+)?$", re.IGNORECASE)
# ... or a span of a stated length from a day: "will strike for 48 hours from Monday, February 16", "a
# two-day strike from Feb. 16", "will close for three weeks from 4 August". The day starts a span
# that ends when its length does, not a period open after it: "a strike on 16 March" is no day of it.
_WEEKDAY_NAMES = "|".join(day.capitalize() for day in tables.weekdays())
_SPAN_LENGTH = (r"(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen)")
_SPAN_FROM = re.compile(r"(?:\bfor\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|at\s+least\s+)?" + _SPAN_LENGTH
                        + r"\s+(?:hours?|days?|nights?|weeks?)|\b" + _SPAN_LENGTH
                        + r"[-\s](?:hour|day|night|week)(?:-long)?\s+[a-z]+(?:\s+[a-z]+)?)\s+from\s+(?:the\s+)?"
                        r"(?:(?:" + _WEEKDAY_NAMES + r"),?\s+)?$", re.IGNORECASE)
# "between December 6 and ": the span's first day, so the date after "and" ends it
_BETWEEN_AND = re.compile(r"\bbetween\s+[^,;.:()]{1,40}?\s+and\s+$", re.IGNORECASE)
# A negation before "until" in its clause: "will not reopen until March", "won't take effect until 2027"
_NOT_UNTIL = re.compile(r"(?:\bnot|n['\u2019]t|\bnever)\b[^,;.:()]*?\b(?:until|till)\s+(?:the\s+)?$", re.IGNORECASE)


# What is put off "until" a day happens on it: "adjourned sentencing until June 26", "remanded in
# custody until Friday" (to appear then), "the hearing was postponed until 3 March"
_PUT_OFF_UNTIL = re.compile(r"\b(?:adjourn|adjourns|adjourned|adjourning|postpone|postpones|postponed|defer|defers|"
                            r"deferred|remand|remands|remanded|bailed)\b[^,;.:()]{0,50}?\b(?:until|till)\s+(?:the\s+)?$",
                            re.IGNORECASE)


# ... or the date's own weekday: "for three days from Tuesday, November 4"
_WEEKDAY_OF_THE_DATE = re.compile(r"\b([A-Za-z]+)\s+(?:" + _WEEKDAY_NAMES
                                  + r"),?\s*$")
_OPEN_AFTER = {"since", "from", "after", "between"}  # the date starts a period: it runs on after it
# The first day of a span of stated length (`_SPAN_FROM`): a start, set against another start as one,
# and against a day as that day (the span's end is not kept: "a strike on 16 March" is no day of a
# two-day strike from February 16, and its second day would read as another day too)
STARTING = "starting"
_OPEN_BEFORE = {"until", "till", "by", "before", "to", "through"}  # the date ends a period: it runs up to it


def bounded(r: ResolvedDate | None, word: str) -> ResolvedDate | None:
    """The period a bounded date allows: "since Sunday" is Sunday onwards, "by 2036" is 2036 or earlier."""
    if r is None or not word:
        return r
    if word in _OPEN_AFTER:
        return ResolvedDate(r.low, date.max, f"{word} {r.label}")
    if word in _OPEN_BEFORE:
        return ResolvedDate(date.min, r.high, f"{word} {r.label}")
    return r


def _bound_kind(word: str) -> str:
    """What a bound does to its date: starts a period, ends one, or (any other word) itself."""
    return "start" if word in _OPEN_AFTER or word == STARTING else "end" if word in _OPEN_BEFORE else word


def conflicts(a: DateClaim, ra: ResolvedDate | None, b: DateClaim, rb: ResolvedDate | None,
              days_apart: int | None = None, bound_a: str = "", bound_b: str = "",
              published_a: date | None = None, published_b: date | None = None) -> bool:
    """Can the two mentions not date the same thing? `days_apart`: between the articles;
    `bound_a`/`bound_b`: "since", "by"... in front of each date; `published_a`/`published_b`: the
    articles' dates, which fix the instant of a day written with a clock time and a zone."""
    if not bound_a and not bound_b and (at := moment(a, published_a)) and (bt := moment(b, published_b)):
        za, zb = zone_info(a.zone), zone_info(b.zone)
        if za is not None and zb is not None and abs(at - bt) < _SAME_DAYS_APART:
            # "9am Sydney time on Monday" is 23:00 GMT on Sunday: against "11pm GMT on Monday" a day
            # apart, against "11pm GMT on Sunday" the same moment. Two moments conflict as dates when
            # each is another day in the other writer's zone; hours apart are a time of day, which two
            # sentences of one day give for two acts as often as for one ("polls opened at 8am",
            # "closed at 8pm"; totality in two cities), so it is not compared (`docs/tried.md`).
            return (abs(at - bt) >= _A_DAY_APART and at.astimezone(zb).date() != bt.astimezone(zb).date()
                    and bt.astimezone(za).date() != at.astimezone(za).date())
    if (not bound_a and not bound_b and not a.zone and not b.zone and a.clock is not None and b.clock is not None
            and abs(a.clock - b.clock) <= _SAME_CLOCK and (a.slack_before or a.slack_after)
            and (b.slack_before or b.slack_after) and published_a is not None and published_b is not None):
        # "shortly before 11pm on Saturday" may be Sunday to a writer in a later zone, but not to one
        # who gives the same time of day, "at about 10.50pm last night" (Sunday's): the two clocks are
        # one zone's, and their days are compared as written
        ra = resolve(dataclasses.replace(a, slack_before=0, slack_after=0), published_a)
        rb = resolve(dataclasses.replace(b, slack_before=0, slack_after=0), published_b)
    elif not bound_a and not bound_b and published_a is not None and published_b is not None:
        # "at about 11.50pm on 21 January" against "collapsed late on Thursday": in a zone where that
        # late evening were the next day, it would be its early hours, not its evening
        if _late_clock(a) and _late_in_the_day(b):
            ra = resolve(dataclasses.replace(a, slack_after=0), published_a)
        elif _late_clock(b) and _late_in_the_day(a):
            rb = resolve(dataclasses.replace(b, slack_after=0), published_b)
    if _bound_kind(bound_a) != _bound_kind(bound_b):
        # "since Sunday" vs "on Tuesday" agree; "by 2036" vs "in 2038" do not
        ra, rb = bounded(ra, bound_a), bounded(rb, bound_b)
        return ra is not None and rb is not None and not ra.overlaps(rb)
    if ("before" in (bound_a, bound_b) and bound_a != bound_b and _bound_kind(bound_a) == _bound_kind(bound_b) == "end"
            and ra is not None and rb is not None):
        # "complete before December" ends where "by the end of November" does: a period that runs up
        # to a date, not into it (or, loosely, through it: "before Friday" as "by Friday")
        before, other = (ra, rb) if bound_a == "before" else (rb, ra)
        return other.high not in (before.low - timedelta(days=1), before.high)
    # the same kind of bound on both sides ("decide by June" / "until July", "since May" / "from
    # June"): two ends of one period, so the dates themselves differ
    if a.form == b.form == "weekday" and a.weekday == b.weekday and a.relative == b.relative and a.offset == b.offset:
        # "Tuesday" and "Tuesday" in articles a few days apart: the tense decides which Tuesday, and
        # tense is the weakest clue we have, so the same name is never a contradiction
        return days_apart is not None and days_apart > 6 and ra is not None and rb is not None and not ra.overlaps(rb)
    if (a.offset or b.offset) and (ra is None or rb is None):
        return False  # a day counted from a date whose year or week is unknown: nothing certain
    if "month_day" in (a.form, b.form) and {a.form, b.form} <= {"month_day", "full"} and not (a.offset or b.offset):
        # a month-day's year is guessed from the article's date: compare month and day only
        return _days_of_year_apart(a, b)
    if ((a.year_shift is not None or b.year_shift is not None) and {a.form, b.form} <= {"month", "month_year"}
            and ra is not None and rb is not None):
        return not ra.overlaps(rb)  # "March last year" has its year: against "March 2024", by definition
    if "month" in (a.form, b.form) and {a.form, b.form} <= {"month", "month_year"}:
        # a bare month's year is guessed too ("in January", written in August: which January?);
        # "early March" and "late March" share no day
        return a.month != b.month or {a.relative, b.relative} == {"early", "late"}
    if ra is not None and rb is not None:
        # "takes effect on Monday" is the last Monday or the coming one, not the week between
        xs, ys = either_days(a, ra) or [ra], either_days(b, rb) or [rb]
        return not any(x.overlaps(y) for x in xs for y in ys)
    if ra is not None or rb is not None:
        return False  # one side unresolvable: nothing certain to compare
    return _like_forms_differ(a, b)


# Two instants of a day this far apart are on two days in any zone; instants days apart are
# compared as their days are (a month-day's year is a guess)
_A_DAY_APART = timedelta(hours=12)
_SAME_DAYS_APART = timedelta(days=3)
# Two times of day written beside two days, in no zone named, this many minutes apart or fewer (and
# on one side of midnight) are one time in one zone
_SAME_CLOCK = 60


def _late_clock(c: DateClaim) -> bool:
    """A day written with a late evening's time in no zone named ("at 11.50pm on 21 January"), whose
    slack is the next day."""
    return c.clock is not None and not c.zone and c.clock >= _LATE_EVENING and c.slack_after > 0 and not c.runs


def _late_in_the_day(c: DateClaim) -> bool:
    """A day written as its evening or night, or "late on" it, with no time ("late on Thursday",
    "Thursday night")."""
    return c.clock is None and not c.slack_after and (
        c.text.lower().endswith(("night", "evening")) or c.left[-1:] == ("late",))


_LATE_EVENING = 22 * 60


def _like_forms_differ(a: DateClaim, b: DateClaim) -> bool:
    """Without publication dates, only like forms compare: weekday names, months, month-days."""
    if a.form == b.form == "weekday" and a.weekday is not None and b.weekday is not None:
        if a.relative != b.relative:
            return False
        # each weekday as the days of one week it may be (a late evening may be the next day)
        days_a = {(a.weekday + k) % 7 for k in range(-a.slack_before, a.slack_after + 1)}
        days_b = {(b.weekday + k) % 7 for k in range(-b.slack_before, b.slack_after + 1)}
        return not days_a & days_b
    if a.form == b.form == "month":
        return a.month != b.month
    if a.form == b.form == "holiday":
        return holiday_rule(a) != holiday_rule(b)  # "Good Friday" and "Easter Monday" are never one day
    if a.form == b.form == "month_day":
        return _days_of_year_apart(a, b)
    return False


def _year_days(c: DateClaim) -> tuple[int, int] | None:
    """The days of a (leap) year a month-day may be, its own slack and "the week of" included."""
    if not (c.month and c.day):
        return None
    day = date(2000, c.month, c.day).timetuple().tm_yday
    if c.relative == "week_of":
        return day - 6, day + 6  # the Monday-to-Sunday week that holds it, whichever weekday the year makes it
    return day - c.slack_before, day + c.slack_after


def _days_of_year_apart(a: DateClaim, b: DateClaim) -> bool:
    """Do two month-days (the year set aside) share no day, a year's turn included ("midnight on Dec.
    31" is "00:00 on Jan. 1")?"""
    da, db = _year_days(a), _year_days(b)
    if da is None or db is None:
        return (a.month, a.day) != (b.month, b.day)
    return not any(da[0] <= db[1] + shift and db[0] + shift <= da[1] for shift in (-366, 0, 366))
