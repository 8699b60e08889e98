"""What two aligned sentences say around their values: the evidence the same-fact decision reads.

These were vetoes once ("a figure dated last month is never compared with an undated
one"); each is now one feature of the fitted decision in `samefact.py`, weighed
against the others on labelled data.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from .. import nlp, tables
from ..cache import Cache, text_key
from ..detectors.dates import clause_before
from ..detectors.numbers import VAGUE
from ..model import Document, NumberClaim, Sentence, SentenceClaims
from ..textnorm import stem
from . import dates as cmp_dates

# A figure this long before its article's date is background: an earlier occasion.
BACKGROUND_DAYS = 7
# A background date this long before its article dates another year's occasion.
LONG_AGO_DAYS = 365
_DATE_PREPOSITIONS = {"in", "on", "during", "last", "early", "late", "mid", "of"}
# A date in a clause that "since" opens starts the period the sentence counts over ("Since the
# corridor opened on Aug. 5, 312 ships have carried 9.8 million tonnes"): a running total, not an
# earlier occasion.
_SINCE_CLAUSE = re.compile(r"\bsince\b[^,.;:]{0,60}$", re.IGNORECASE)


# "since" before a figure's occasion, not a clause: "the first since a 20p rise in 2023" dates the
# 20p rise, an earlier occasion, where "since the corridor opened on Aug. 5" starts a running count
_SINCE_A = re.compile(r"\bsince\s+(?:a|an|the|its|their)\s+$", re.IGNORECASE)


def _since_a_figure(text: str, claims: SentenceClaims, date_at: int) -> bool:
    """Is there a figure right after "since a" before the date at `date_at` ("since a 20p rise in 2023")?"""
    return any(n.start < date_at and _SINCE_A.search(text, max(0, n.start - 12), n.start) for n in claims.numbers)


# A year written before a survey, a census or a report dates what it found ("A 2019 survey found
# residues in 11.2% of samples"), as "in 2019" would; a year before other nouns does not ("a 1999 book").
_FINDINGS_NOUN_AFTER = re.compile(
    r"[\s-]+(?:[A-Za-z]+\s+){0,2}?(?:survey|study|census|poll|report|audit|review|analysis|assessment|inventory)s?\b",
    re.IGNORECASE)


# A verb that sets a figure as a level to be reached ("reach two million", "rise to 4%", "exceed")
_REACHING = re.compile(
    r"\b(?:reach(?:es|ed|ing)?|hit(?:s|ting)?|exceed(?:s|ed|ing)?|top(?:s|ped|ping)?|surpass(?:es|ed|ing)?"
    r"|(?:rise|rises|rising|grow|grows|growing|increase|increases|increasing|climb|climbs|climbing|fall|falls|falling"
    r"|drop|drops|dropping|double|doubles|doubling|expand|expands|expanding)\s+(?:\w+\s+){0,2}?to"
    # a projection: "35 per cent of horses could be overweight by 2030"
    r"|(?:could|would|will|may|might)\s+(?:\w+\s+)?be)\b", re.IGNORECASE)


def background_dates(text: str, claims: SentenceClaims, resolved: dict, published: date | None) -> tuple[int, ...]:
    """Where the sentence's dates well before the article's date stand ("in April", "last month",
    "a 2019 survey"; not "a 1999 book", nor "since April", which runs up to now)."""
    if published is None:
        return ()
    out = []
    for c in claims.dates:
        r = resolved.get(c.start)
        bound = cmp_dates.bound(text, c)
        if (r is not None and bound == "by" and (r.low - published).days > BACKGROUND_DAYS
                and _REACHING.search(clause_before(text, c.start))):
            # a target for a time to come: "expected to reach two million members by 2028" is not
            # the count now, as an earlier year's is not ("The 340-kilometre pipeline will bring gas
            # ... by 2029" sets no target for its length)
            out.append(c.start)
            continue
        if r is None or bound or _SINCE_CLAUSE.search(text, 0, c.start) and not _since_a_figure(text, claims, c.start):
            continue
        if c.form == "year" and cmp_dates.word_before(text, c) == "on":
            continue  # "a gain of 23 on 2021", "up 5% on 2021": the year a change is measured from
        adverbial = (c.form == "relative" or cmp_dates.word_before(text, c) in _DATE_PREPOSITIONS
                     or c.form == "year" and _FINDINGS_NOUN_AFTER.match(text, c.end) is not None)
        if adverbial and (published - r.high).days > BACKGROUND_DAYS:
            out.append(c.start)
    return tuple(out)


# What sets an earlier figure against the one reported: "31.6%, up from 29.4% in 2021"
EARLIER_FIGURE = re.compile(r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus)\b", re.IGNORECASE)
# ... or an earlier time, with a comparative: "2,310 excess deaths, about a quarter fewer than three
# years ago", "lower than in 2022" (the time is the comparison's, not the figure's; "more than 500
# of them" is a bound)
_EARLIER_TIME = re.compile(
    r"\b(?:fewer|less|lower|higher|more|greater|smaller|larger|bigger)\s+than\s+(?:in\s|at\s|during\s|last\b"
    r"|the\s+(?:previous|last|same)\b|a\s+year\b|(?:\w+\s+){1,2}(?:years?|months?|weeks?)\s+(?:ago|earlier)\b"
    r"|(?:19|20)\d\d\b)", re.IGNORECASE)


# What marks a figure as an estimate since superseded: "gave it a preliminary rating of EF3, with
# winds estimated at up to 150 mph", "officials initially put the toll at 14"
SUPERSEDED_WORDS = frozenset({"initially", "originally", "preliminary", "provisional"})
_SUPERSEDED = re.compile(r"\b(?:" + "|".join(sorted(SUPERSEDED_WORDS)) + r")\b", re.IGNORECASE)


_RELATIVE_OPENER = re.compile(r",\s+(?:which|who|whose|where)\b", re.IGNORECASE)
# A clause set off by commas after a noun, opened by a participle or a relative: ", opened in 1996,",
# ", which was founded in 1881,"
# ", the bowling chain that floated eight years ago," (a noun set beside the subject, with its own clause)
_ASIDE = re.compile(r",\s+(?:(?:which|who|that)\s+(?:was|were|had\s+been|has\s+been)\s+"
                    r"|(?:the|a|an)\s+(?:[\w'-]+\s+){0,4}(?:which|who|that)\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?)?"
                    r"[a-z]+ed\b[^,;]{0,60},")
# ... when the clause it interrupts goes on in the present ("makes", "employs", "has"): after "The
# previous grid plan, launched in 2019," a past "envisaged 21 billion crowns" is of 2019
_PRESENT_AFTER = re.compile(r"\s*(?!was\b)(?:is|are|has|have|[a-z]*[^s\W]s)\b")


def _relative_after(text: str, date_at: int, figure_at: int) -> bool:
    """Does a relative clause open between the date and the figure, in the date's own clause?"""
    m = _RELATIVE_OPENER.search(text, date_at, figure_at)
    return m is not None and "," not in text[date_at:m.start()]


def figure_in_background(text: str, end: int, dates_at: Sequence[int], start: int | None = None,
                         figure_at: int | None = None) -> bool:
    """Is the figure ending at `end` dated by the sentence's background dates, or marked before it
    (from `start`'s clause) as an estimate since superseded? Not one reported now that a comparison
    sets against an earlier figure ("Turnout was 31.6%, up from 29.4% at the last election in
    2021": the 2021 is the 29.4%'s). `figure_at`, where the figure starts, tells which clause holds
    it when `start` is not given (no superseded marker is looked for)."""
    if start is not None and _SUPERSEDED.search(text, 0, start):
        return True
    at = start if figure_at is None else figure_at
    at = end if at is None else at
    # a date in a relative clause opened after the figure dates that clause's noun, not the figure
    # ("the 3,100 samples kept in the gene bank, which it set up in 1994")
    dates_at = [d for d in dates_at if d < end or not _RELATIVE_OPENER.search(text, end, d)]
    # nor one in a clause set off by commas that closes before the figure: it dates its own noun
    # ("The Wexley plant, opened in 1996, makes game boards and employs 210 people")
    dates_at = [d for d in dates_at if not any(m.start() < d < m.end() <= at and _PRESENT_AFTER.match(text, m.end())
                                               for m in _ASIDE.finditer(text, 0, end))]
    # nor one that a relative clause holding the figure follows: "the company it founded 67 years
    # ago, which has agreed to pay £58.5 million" (not "In 2019, the firm, which had 300 staff")
    dates_at = [d for d in dates_at if d > at or not _relative_after(text, d, at)]
    if not dates_at:
        return False
    markers = [m for m in (EARLIER_FIGURE.search(text, end), _EARLIER_TIME.search(text, end)) if m is not None]
    marker = min(markers, key=lambda m: m.start()) if markers else None
    return marker is None or any(d < marker.start() for d in dates_at)


_WINDOW = re.compile(
    r"\b(?:over|in|during|within|for)\s+(?:the\s+)?(?:(?:space|course|span)\s+of\s+(?:the\s+)?)?"  # "in the space of three hours"
    r"(?P<qualifier>past|last|previous|preceding|first)?\s*"
    r"(?:(?P<n>\d+|twenty-four|forty-eight|seventy-two|one|two|three|a)\s+)?"
    r"(?P<unit>hours?|days?|weeks?|nights?|months?|years?|games?|matches|seasons?)\b"
    r"|\b(?P<overnight>overnight)\b",
    re.IGNORECASE,
)
# A window's length in hours; a window of occasions ("in 54 games") is told apart by its count.
_WINDOW_HOURS = {"hour": 1, "day": 24, "night": 12, "week": 168, "month": 730, "year": 8766}


def rolling_window(text: str) -> int | None:
    """The length in hours of a reporting window the sentence counts over ("over 24 hours", "overnight",
    "in the past three months", "for the past week"), or minus the number of occasions ("in 54 games").
    "for 30 months" with no "past" or "last" is how long something lasted ("jailed for 30 months"), the
    figure itself, not a window counted over."""
    m = next((m for m in _WINDOW.finditer(text) if (m.group("overnight") or m.group("n") or m.group("qualifier"))
              and not (m.group(0)[:3].lower() == "for" and not m.group("qualifier"))), None)
    if m is None:
        return None  # "in days" is vague, not a reporting window
    if m.group("overnight"):
        return 12
    raw = (m.group("n") or "1").lower()
    n = int(raw) if raw.isdigit() else (tables.number_word_value(raw) or 1)
    unit = m.group("unit").lower().removesuffix("es" if m.group("unit").lower() == "matches" else "s")
    return n * _WINDOW_HOURS[unit] if unit in _WINDOW_HOURS else -n  # occasions: games, matches, seasons


def different_periods(ca: SentenceClaims, resolved_a: dict, cb: SentenceClaims, resolved_b: dict) -> bool:
    """Both sentences date something at the same granularity, and never the same period.

    "In April, Cornwall expects £6,616" and "its forecast for October is £5,897" are two periods.
    """
    def by_family(claims, resolved):
        out: dict[str, list] = defaultdict(list)
        for c in claims:
            fam, r = cmp_dates.period_family(c), resolved.get(c.start)
            if fam and r is not None:
                out[fam].append(r)
        return out

    fa, fb = by_family(ca.dates, resolved_a), by_family(cb.dates, resolved_b)
    shared = set(fa) & set(fb)
    return bool(shared) and all(not x.overlaps(y) for f in shared for x in fa[f] for y in fb[f])


class DocumentFigures:
    """Which figures each document states anywhere.

    Two articles that each state both values (near-copies of one story often do) are
    describing two different things, not disagreeing about one.
    """

    def __init__(self, sentences: Sequence[Sentence], claims: Sequence[SentenceClaims]) -> None:
        self._by_doc: dict[str, set[tuple[str, float, float]]] = defaultdict(set)
        self._claims: dict[str, list[tuple[Sentence, NumberClaim]]] = defaultdict(list)
        for s, c in zip(sentences, claims):
            for n in c.numbers:
                if n.qualifier != VAGUE:  # "dozens" states no figure (its key would be 20's)
                    self._by_doc[s.doc_id].add(self._key(n))
                    self._claims[s.doc_id].append((s, n))

    @staticmethod
    def _key(claim) -> tuple[str, float, float]:
        """A figure's identity: a tally is both its counts ("219-212" is not "219-202")."""
        return (claim.unit, claim.low, claim.high) if claim.unit == "tally" else (claim.unit, claim.value, claim.value)

    def states(self, doc: str, claim) -> bool:
        return self._key(claim) in self._by_doc.get(doc, ())

    def stated_in(self, doc: str) -> list[tuple[Sentence, NumberClaim]]:
        """Every figure the document states, with its sentence."""
        return self._claims.get(doc, [])

    def explains_rise(self, late_doc: str, earlier, later) -> bool:
        """Does `late_doc`, which states the `later` figure, also state the `earlier` one and what
        was added to it ("About 60 were killed in the crash itself, and vets put down a further 14"
        beside "Seventy-four sheep died")? Then it tells how the count grew from the other's."""
        unit = later.unit
        if unit == "tally" or earlier.unit != unit or not later.value > earlier.value:
            return False
        stated = self._by_doc.get(late_doc, ())
        added = later.value - earlier.value
        return (unit, earlier.value, earlier.value) in stated and any(
            u == unit and abs(v - added) <= 1e-9 * max(1.0, added) for u, v, _ in stated)


# Verbs that say someone spoke or met, not what happened: too common to tie two dates together.
WEAK_VERBS = frozenset(stem(w) for w in "say tell report add note state claim write post tweet comment speak meet "
                       "be have do go come make take give see know think ask confirm become get".split())


class Governors:
    """The words a value hangs on in the parse, and who a sentence quotes, parsed only where needed (cached).

    New parses are written to the cache in batches (and by `flush`), not one write per value.
    """

    BATCH = 256

    def __init__(self, cache: Cache | None) -> None:
        self.cache = cache
        # 3: a date in apposition hangs past it; 4: "re-elected" is not "elected"
        self.producer = f"governors/4:{nlp.model_identity()}"
        self._memo: dict[str, dict[str, list[str]]] = {}
        self._unsaved: set[str] = set()

    def of(self, text: str, claim) -> tuple[str, str, str]:
        """(the word it hangs on, the nearest verb, the first word's part of speech), stemmed."""
        record = self._record(text)
        span = f"{claim.start}-{claim.end}"
        if span not in record:
            record[span] = list(nlp.governors(text, [(claim.start, claim.end)])[0])
            self._changed(text)
        first, verb, pos = record[span]
        return stem(first), stem(verb), pos

    def _record(self, text: str) -> dict:
        record = self._memo.get(text)
        if record is None:
            key = text_key(text)
            found = self.cache.get_records(self.producer, [key]) if self.cache else {}
            record = found.get(key) if isinstance(found.get(key), dict) else {}
            self._memo[text] = record
        return record

    def _changed(self, text: str) -> None:
        if self.cache:
            self._unsaved.add(text)
            if len(self._unsaved) >= self.BATCH:
                self.flush()

    def sources(self, text: str) -> list[tuple[int, int]]:
        """Where the sentence names who says what it reports (`nlp.source_spans`), cached like the heads."""
        record = self._record(text)
        if "sources" not in record:
            record["sources"] = [list(span) for span in nlp.source_spans(text)]
            self._changed(text)
        return [(int(a), int(b)) for a, b in record["sources"]]

    def flush(self) -> None:
        """Write the parses not yet in the cache."""
        if self.cache and self._unsaved:
            self.cache.put_records(self.producer, {text_key(t): self._memo[t] for t in sorted(self._unsaved)})
        self._unsaved.clear()


def days_apart(a: Document, b: Document) -> int | None:
    return abs((a.published - b.published).days) if a.published and b.published else None
