"""The records that flow between stages.

Data flows one way: corpus -> documents -> sentences -> claims + embeddings ->
aligned pairs -> events -> findings -> reports. Every stage takes and returns these
plain, immutable records, so each can be used (and tested) without the others.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Kind = str  # a registered claim kind's name: "number", "date", "title" (see `discrepancy.kinds`)
Verdict = Literal["contradiction", "changed_over_time", "unclear_time"]
Severity = Literal["error", "warning", "note"]
SentenceKind = Literal["body", "headline", "caption", "meta"]

SEVERITY_RANK: dict[str, int] = {"note": 1, "warning": 2, "error": 3}


# ----------------------------------------------------------------- input


@dataclass(frozen=True)
class Document:
    """One article. `text` is normalised (LF line ends, no BOM); offsets refer to it."""

    id: str
    text: str
    source: str
    published: date | None = None
    # where `published` was read: "metadata" (front matter / JSONL field), "page" (a saved page's
    # metadata), "warc" (the WARC record's date), "feed" (the feed entry's date) or "text"
    # (the article's layout, by --dates-from-text)
    published_origin: str | None = None
    title: str | None = None
    url: str | None = None
    path: str = ""  # the file as the user named it
    line: int | None = None  # JSONL line of the record; None for a whole file
    first_line: int = 1  # line of `path` on which `text` starts (after front matter)
    # the line of the text the date was read from (origin "text"), so it is never parsed twice
    published_evidence: str | None = None


@dataclass(frozen=True)
class InputIssue:
    """An input that was skipped, or read only after a repair; never silently dropped."""

    path: str
    line: int | None
    reason: str
    action: Literal["skipped", "read"] = "skipped"


@dataclass(frozen=True)
class Corpus:
    """Loaded articles, and every input that was skipped or read after a repair (with why), so a
    caller can list what was not checked: `load_corpus` returns one, `check` accepts one."""

    documents: tuple[Document, ...]
    skipped: tuple[InputIssue, ...] = ()


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document, located by character offsets and file line."""

    doc_id: str
    index: int
    text: str
    start: int  # offset of text[0] in Document.text
    end: int
    line: int  # line of `Document.path` where the sentence starts
    kind: SentenceKind = "body"


# ----------------------------------------------------------------- claims
# Spans (start, end) are offsets into the sentence text: sentence[start:end] == text.


@dataclass(frozen=True)
class NumberClaim:
    """A count, amount or share, read as an interval [low, high] of one unit."""

    start: int
    end: int
    text: str  # as written, qualifier included ("more than 10,000")
    value: float  # the figure as stated
    low: float
    high: float
    unit: str  # "" for plain counts, "%" , "USD", "EUR", "GBP", "tally", "km", ...
    counted: tuple[str, ...]  # normalised content words of the thing counted
    counted_text: str  # the thing counted, as written
    left: tuple[str, ...]  # normalised content words just before the figure
    right: tuple[str, ...]  # normalised content words just after the counted thing
    qualifier: str | None = None
    approximate: bool = False  # a round figure or a vague qualifier
    anchor: tuple[str, ...] = ()  # the name the figure is about ("Griner ... nine years"), if any
    phrase: str = ""  # without a thing counted, what the figure is of as written ("Russian military personnel")


@dataclass(frozen=True)
class DateClaim:
    """A date expression, kept unresolved: resolution needs the article's date."""

    start: int
    end: int
    text: str
    form: str  # "full", "month_day", "day_of_month" ("Friday the 13th"), "month_year", "month", "year", "weekday", "relative", "holiday" ("Thanksgiving": its name in `relative`)
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday == 0
    relative: str | None = None  # "yesterday", "last_week", "days_ago:3", "every" ("every Sunday": no day), ...
    # "past" | "future" | "present" (a weekday as the subject of "is") | "either" (a timetable's present,
    # "takes effect on Monday": the coming day or the last) | None
    tense: str | None = None
    left: tuple[str, ...] = ()
    right: tuple[str, ...] = ()
    phrase: str = ""  # what it dates, as written: the words before it in its clause ("Ukraine accused Russia")
    # days before and after the day written that it may be: a late evening ("at 11.30pm on Saturday")
    # may be the next day to another writer, an early morning the last one, midnight or a named time
    # zone ("9 p.m. on Tuesday Washington time") either
    slack_before: int = 0
    slack_after: int = 0
    # a clock time written beside the day and the zone it is given in ("at 9am Sydney time on
    # Monday": 540 minutes after midnight, "Australia/Sydney"), when both are; they fix the moment.
    # A time near midnight in no zone named keeps its clock with `zone` "" ("at 11.30pm on Saturday":
    # 1410): it fixes no moment, but tells whether two writers gave one zone's time
    clock: int | None = None
    zone: str = ""  # an IANA name, a fixed offset ("+05:30"), "UTC", "local" ("3pm local time") or "" (none)
    # a day counted from the one written: "day_before", "day_after", "weekday_before:2" ("the Wednesday
    # before Thanksgiving"), "weekday_after:4"
    offset: str = ""
    # a month's year named relative to the article's ("March last year" -1, "June next year" +1)
    year_shift: int | None = None
    # the days after the first that a span of days written once runs to ("3-4 February": 1); they
    # are in `slack_after` too, as days it may be
    runs: int = 0


@dataclass(frozen=True)
class PersonMention:
    """A person named in a sentence; `name` as written, keys normalised."""

    start: int
    end: int
    name: str
    given: str  # normalised given names ("" for surname-only mentions)
    surname: str  # normalised surname


@dataclass(frozen=True)
class TitleClaim:
    """A title attached to a person in a sentence."""

    start: int
    end: int
    text: str  # the title as written ("Defence Minister")
    person: PersonMention
    role: str  # canonical role ("minister", "secretary", "senator", ...)
    domain: str  # canonical portfolio / body ("defence", "national security and defense council")
    rank: str  # "", "deputy", "vice", "lieutenant", "chief", "acting" ...
    jurisdiction: str  # canonical country / state, "" when not said
    family: str  # offices in one family exclude each other ("cabinet", "legislature", ...)
    former: bool = False  # "former", "ex-", "then-", "late"
    form: str = "pre"  # "pre" (before the name) or "apposition"
    acting: bool = False  # "Acting President": someone performing another office's duties besides their own


@dataclass(frozen=True)
class SentenceClaims:
    """What one sentence claims, by claim field ("numbers", "dates", "people", "titles", ...).

    Each registered kind (`discrepancy.kinds`) fills its own fields, so a new kind needs no
    new field here; the properties name the built-in kinds' fields for readable code.
    """

    found: tuple[tuple[str, tuple[Any, ...]], ...] = ()

    @classmethod
    def of(cls, fields: Mapping[str, Sequence[Any]]) -> SentenceClaims:
        """Claims from {field: claims}; empty fields are left out, so equal claims compare equal."""
        return cls(tuple(sorted((name, tuple(values)) for name, values in fields.items() if values)))

    def get(self, name: str) -> tuple[Any, ...]:
        for field_name, values in self.found:
            if field_name == name:
                return values
        return ()

    @property
    def numbers(self) -> tuple[NumberClaim, ...]:
        return self.get("numbers")

    @property
    def dates(self) -> tuple[DateClaim, ...]:
        return self.get("dates")

    @property
    def people(self) -> tuple[PersonMention, ...]:
        return self.get("people")

    @property
    def titles(self) -> tuple[TitleClaim, ...]:
        return self.get("titles")


# ----------------------------------------------------------------- alignment and events


@dataclass(frozen=True)
class AlignedPair:
    """Two sentences of different documents whose embeddings are close."""

    a: int  # index into the list of embedded sentences
    b: int
    similarity: float


@dataclass(frozen=True)
class Event:
    """A group of documents reporting one story: a stable `id` (from its documents' ids), the ids,
    and a `label` a reader recognises (its main names and date span). `also`: articles of other
    groups compared with this one too, each linked to nearly all of its articles (a roundup that
    reports several stories belongs to each); never part of the id."""

    id: str
    docs: tuple[str, ...]
    label: str = ""
    also: tuple[str, ...] = ()


# ----------------------------------------------------------------- findings


@dataclass(frozen=True)
class Evidence:
    """One side of a finding: where a value was stated, and how."""

    doc: str
    source: str
    published: date | None
    sentence: str
    value: str  # exactly as written in `sentence`
    start: int
    end: int
    line: int
    path: str
    published_origin: str | None = None
    resolved: str | None = None  # what the value was read as ("2013-08-27", "60-90")
    # the sentences just before and after in the same article ("" at its start or end), so a
    # reviewer can read the value in context without opening the file
    before: str = ""
    after: str = ""
    # figures and dates: which group of agreeing values this side stands in, in the order the
    # finding's message gives them ("About 1,200" and "1,200" together against "2,100"); None
    # for titles, whose sides follow the timeline
    camp: int | None = None


@dataclass(frozen=True)
class TimelineEntry:
    """One value of a title finding (a title, an office's holder): the first and last publication
    day it was seen (None when undated), and the outlets and documents that gave it."""

    value: str
    first_seen: date | None
    last_seen: date | None
    sources: tuple[str, ...]
    docs: tuple[str, ...]


@dataclass(frozen=True)
class Finding:
    """One disagreement. `kind` is number, date or title; `verdict` contradiction, changed_over_time
    or unclear_time; `severity` error, warning or note. `claims` are its sides (each an `Evidence`:
    where the value was stated, in its sentence); its kind, subject, `values` and documents make
    its `id`, which a baseline matches (no line numbers in it). `subject` says what the values are
    of and `message` the disagreement in one sentence; `event` is the story a figure or date was
    compared in; `confidence` the fitted probability behind it and `why` the evidence that weighed
    most, with its term in the log-odds; `timeline` orders a title's values by date; `topic` says
    whether a title finding is about one person's titles or one office's holders."""

    kind: Kind
    verdict: Verdict
    severity: Severity
    subject: str
    message: str
    claims: tuple[Evidence, ...]
    values: tuple[str, ...]  # normalised conflicting values; part of the identity
    id: str = ""
    event: str | None = None
    timeline: tuple[TimelineEntry, ...] = ()
    confidence: float | None = None
    # for figures and dates: the evidence that weighed most in the confidence, in words, with its
    # term in the log-odds (positive: for one fact, so for the conflict); not part of the identity
    why: tuple[tuple[str, float], ...] = ()
    topic: str | None = None  # for titles: "person" (one person's titles) or "office" (an office's holders)
    # figures and dates: other outlets that state one side's value (its `camp`) in a sentence the
    # same-fact decision matches to that side's, though their own pair with the other side did not
    # reach the cut. Named in the message, so an editor sees two outlets against one; not sides of
    # the disagreement: never part of the identity, and no pair of values is set against them
    support: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class KindInfo:
    """What a kind of finding is called and checks, for reports that list their rules (SARIF)."""

    kind: str  # the finding kind: "number"
    name: str  # a rule name: "ConflictingFigures"
    short: str  # one sentence
    full: str  # what exactly is compared


@dataclass
class Report:
    """What a check found. `findings` (sorted: severity, then confidence) are what is shown;
    `below_bar` those a raised min-confidence hides, and `stats` counts what is hidden and how the
    run went. `events` are the stories found, `skipped` every input not checked or repaired,
    `baseline_missing` and `baseline_kept` the accepted entries that no longer occur and that still
    do (with a baseline); `sources` and `date_span` describe the corpus, `kinds` what was checked."""

    documents: int
    sentences: int
    findings: list[Finding]
    events: list[Event] = field(default_factory=list)
    skipped: list[InputIssue] = field(default_factory=list)
    dates_from_text: list[tuple[str, str, str]] = field(default_factory=list)  # (doc, date, evidence)
    baseline_missing: list[dict[str, Any]] = field(default_factory=list)  # baseline entries that no longer occur
    stats: dict[str, Any] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)  # the outlets of the checked articles, sorted
    date_span: tuple[date, date] | None = None  # first and last publication date among them, if any
    kinds: list[KindInfo] = field(default_factory=list)  # the kinds checked, in the registry's order
    # findings under a raised --min-confidence: not shown, but still there for a baseline to match
    below_bar: list[Finding] = field(default_factory=list)
    # the baseline's entries that still occur (with --baseline): a baseline written from this report
    # (the review page's export, `write_baseline`) keeps them beside the findings shown
    baseline_kept: list[dict[str, Any]] = field(default_factory=list)


_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_OPEN_ABOVE = re.compile(r"^(.+)\u2013\u221e(.*)$")


def readable(resolved: str, written: str = "") -> str:
    """A value as read, for a message: a day with its weekday ("Friday 2022-08-19", so that a
    reader can check "on Friday" against the article's date) unless `written` is that weekday
    already ("Saturday (= 2022-08-06)"), "2 or more" for "2\u2013\u221e"."""
    day = _ISO_DAY.fullmatch(resolved)
    if day:
        try:
            weekday = f"{date(*map(int, day.groups())):%A}"
        except ValueError:
            return resolved
        return resolved if written.lower() == weekday.lower() else f"{weekday} {resolved}"
    above = _OPEN_ABOVE.match(resolved)
    return f"{above.group(1)}{above.group(2)} or more" if above else resolved
