"""Dates: when something happened, resolved against each article's date, compared across
aligned sentences of one story."""
from __future__ import annotations

from collections.abc import Sequence

from ..compare.kinds import AlignedKind
from ..compare.samefact import PairEvidence, Side, comparable_dates, comparable_dates_beside
from ..detectors.dates import extract_dates, moment
from ..findings import describe_resolved
from ..model import DateClaim, KindInfo
from .base import aligned_claim_kind


def _subject(claims: Sequence[DateClaim]) -> str:
    """What the dates are of, in one side's words ("date of \u201cUkraine accused Russia\u201d")."""
    phrase = next((c.phrase for c in claims if c.phrase), "")
    if phrase:
        return "date of \u201c" + phrase + "\u201d"
    ctx = next((c.left[-3:] for c in claims if c.left), ())
    return "date of \u201c" + " ".join(ctx) + "\u201d" if ctx else "a date"


def _as_read(side: Side, claim: DateClaim) -> str | None:
    """The date as resolved against its article's publication date ("2022-05-16"); a day written
    with a clock time in a known zone as that moment in UTC ("9am Sydney time on Monday" is
    "2024-07-07 23:00 UTC"), which is what was compared."""
    instant = moment(claim, side.doc.published)
    written = ""
    if claim.clock is not None and claim.zone:
        # the clock time as the writer gave it, which the weekday alone does not show
        written = f"{claim.clock // 60:02d}:{claim.clock % 60:02d} {_zone_words(claim.zone)}"
    if instant is not None:
        utc = f"{instant:%A %Y-%m-%d %H:%M} UTC"  # the weekday: "Monday" may be a Sunday in UTC
        return utc if claim.zone == "UTC" else f"{utc}, {written}"
    day = describe_resolved(side.resolved.get(claim.start))
    return f"{day}, {written}" if day and written else day


def _zone_words(zone: str) -> str:
    """A zone as a reader names it: "local time", "UTC+01:00", "New York time"."""
    if zone in ("local", "UTC"):
        return "local time" if zone == "local" else "UTC"
    if zone[:1] in "+-":
        return f"UTC{zone}"
    return zone.rsplit("/", 1)[-1].replace("_", " ") + " time"


INFO = KindInfo("date", "ConflictingDates", "Outlets give different dates for the same event.",
                "Aligned sentences from different articles about the same story date the same event differently, "
                "after relative dates are resolved against each article's publication date.")

KIND = aligned_claim_kind(INFO, DateClaim, extract_dates, AlignedKind(
    "date", "dates", "dates", comparable_dates, PairEvidence.date_features, _as_read, _subject,
    comparable_beside=comparable_dates_beside, in_captions=False))
