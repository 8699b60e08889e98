"""Do two date mentions in aligned sentences give different dates for the same thing?

Mentions are compared on what they resolve to against each article's publication
date ("on Monday" in an article of Tuesday 2013-08-27 is 2013-08-26). Without dates,
only like forms are compared (a weekday with a weekday, a month with a month).
"""
from __future__ import annotations

from datetime import date

from ..detectors.dates import ResolvedDate, resolve
from ..model import DateClaim
from ..textnorm import overlap, stem

# Mentions are only compared with mentions of the same granularity: "Tuesday" against
# "Thursday" or "Dec. 5", "June" against "July", "2036" against "2038".
_FAMILY = {"full": "day", "month_day": "day", "weekday": "day", "month_year": "month", "month": "month",
           "year": "year"}
_DAY_RELATIVES = {"yesterday", "tomorrow", "tonight", "last_night", "this_morning", "this_afternoon", "this_evening"}


def family(c: DateClaim) -> str | None:
    if c.form == "relative":
        return "day" if c.relative in _DAY_RELATIVES else None
    return _FAMILY.get(c.form)


def _stems(words: tuple[str, ...]) -> set[str]:
    return {stem(w) for w in words}


def resolved(c: DateClaim, published: date | None) -> ResolvedDate | None:
    return resolve(c, published)


def match_score(a: DateClaim, b: DateClaim) -> float | None:
    """How surely two mentions date the same thing; None when nothing says they do.

    The words that govern a date sit right next to it ("announced Tuesday", "exhausted
    in 2036", "decide by June"): the two mentions must share one of them.
    """
    fa = family(a)
    if fa is None or fa != family(b):
        return None
    left = overlap(_stems(a.left[-2:]), _stems(b.left[-2:]))
    right = overlap(_stems(a.right[:2]), _stems(b.right[:2]))
    if max(left, right) < 0.5:
        return None
    return left + right + 0.5 * overlap(_stems(a.left + a.right), _stems(b.left + b.right))


def conflicts(a: DateClaim, ra: ResolvedDate | None, b: DateClaim, rb: ResolvedDate | None,
              days_apart: int | None = None) -> bool:
    """Can the two mentions not date the same thing? `days_apart`: between the articles."""
    if a.form == b.form == "weekday" and a.weekday == b.weekday and a.relative == b.relative:
        # "Tuesday" and "Tuesday" in articles a few days apart: the tense decides which Tuesday, and
        # tense is the weakest clue we have, so the same name is never a contradiction
        return days_apart is None or days_apart > 6 and ra is not None and rb is not None and not ra.overlaps(rb)
    if "month_day" in (a.form, b.form) and {a.form, b.form} <= {"month_day", "full"}:
        # a month-day's year is guessed from the article's date: compare month and day only
        return (a.month, a.day) != (b.month, b.day)
    if ra is not None and rb is not None:
        return not ra.overlaps(rb)
    if ra is not None or rb is not None:
        return False  # one side unresolvable: nothing certain to compare
    if a.form == b.form == "weekday":
        return a.weekday != b.weekday and a.relative == b.relative
    if a.form == b.form == "month":
        return a.month != b.month
    if a.form == b.form == "month_day":
        return (a.month, a.day) != (b.month, b.day)
    return False
