"""Findings: turn conflicting claims into reviewable findings with evidence on every side.

Every side of a finding carries its source, date, sentence, file line and the exact
span of the conflicting value, so a reader can confirm or dismiss it in seconds.
Pairwise conflicts about one fact are merged into one finding (three outlets, one
finding), and findings are sorted deterministically.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, NamedTuple, Protocol

from .compare import numbers as cmp_numbers
from .compare.titles import CHANGE_GAP_DAYS, HolderChange, TitleConflict, office_label, timeline
from .detectors.dates import MONTH_WORD, ResolvedDate
from .identity import identify
from .model import SEVERITY_RANK, DateClaim, Document, Evidence, Finding, NumberClaim, Sentence, TimelineEntry, readable

VERDICT_SEVERITY = {"contradiction": "error", "unclear_time": "warning", "changed_over_time": "note"}


def evidence(doc: Document, sentence: Sentence, start: int, end: int, resolved: str | None = None) -> Evidence:
    return Evidence(
        doc=doc.id, source=doc.source, published=doc.published, sentence=sentence.text,
        value=sentence.text[start:end], start=start, end=end, line=sentence.line, path=doc.path,
        published_origin=doc.published_origin, resolved=resolved,
    )


def finalize(f: Finding) -> Finding:
    return replace(f, id=identify(f))


def sort_findings(findings: Sequence[Finding]) -> list[Finding]:
    """Most severe first; within a severity a change of an office's holder (context, never a
    contradiction) after the rest, then the most confident first (a finding without a confidence
    last), then by kind, subject and id: the same input gives the same order."""
    return sorted(findings, key=lambda f: (-SEVERITY_RANK[f.severity], f.topic == "office",
                                           -(f.confidence if f.confidence is not None else -1.0),
                                           f.kind, f.subject.lower(), f.id))


def with_context(findings: Sequence[Finding], sentences: Sequence[Sentence]) -> list[Finding]:
    """`findings` with each side's neighbouring sentences (same article) filled in.

    Done once over the finished findings rather than where evidence is made: only the
    sentence list knows a sentence's neighbours.
    """
    position: dict[tuple[str, int, str], int] = {}
    for i, s in enumerate(sentences):
        position.setdefault((s.doc_id, s.line, s.text), i)

    def neighbour(i: int | None, step: int, doc: str) -> str:
        if i is None or not 0 <= i + step < len(sentences) or sentences[i + step].doc_id != doc:
            return ""
        return sentences[i + step].text

    def placed(e: Evidence) -> Evidence:
        i = position.get((e.doc, e.line, e.sentence))
        return replace(e, before=neighbour(i, -1, e.doc), after=neighbour(i, 1, e.doc))

    return [replace(f, claims=tuple(placed(e) for e in f.claims)) for f in findings]


# ----------------------------------------------------------------- numbers and dates


class KindWording(Protocol):
    """What a finding about values of one kind is called (`compare.kinds.AlignedKind` is one)."""

    name: str
    noun: str

    def subject(self, claims: Sequence[Any]) -> str: ...


# A side as it is collected: its article, sentence, claim, and what the value was read as
StatedValue = tuple[Document, Sentence, Any, "str | None"]
# (kind, event, a side) -> the other articles' sides that state its value, agreeing, best first
Support = Callable[[str, "str | None", StatedValue], Sequence[StatedValue]]


class _SideKey(NamedTuple):
    """One side of a pairwise conflict: a value of a kind, where it was stated, in the event it was
    compared in (a roundup's value compared in two stories makes a finding in each, never one of both)."""

    kind: str
    event: str | None
    doc: str
    sentence: int
    start: int
    end: int


class ClaimConflicts:
    """Collects pairwise conflicts and merges those that share a side into one finding."""

    def __init__(self, kinds: Mapping[str, KindWording]) -> None:
        self._kinds = kinds
        self._parent: dict[_SideKey, _SideKey] = {}
        self._sides: dict[_SideKey, StatedValue] = {}
        self._confidence: dict[_SideKey, float] = {}
        self._why: dict[_SideKey, tuple[tuple[str, float], ...]] = {}
        self._apart: set[frozenset[_SideKey]] = set()  # pairs of sides found in conflict

    def _find(self, k: _SideKey) -> _SideKey:
        while self._parent[k] != k:
            self._parent[k] = self._parent[self._parent[k]]
            k = self._parent[k]
        return k

    def add(self, kind: str, event: str | None, confidence: float,
            a: StatedValue, b: StatedValue,
            why: tuple[tuple[str, float], ...] = ()) -> None:
        keys = []
        for doc, sentence, claim, resolved in (a, b):
            k = _SideKey(kind, event, doc.id, sentence.index, claim.start, claim.end)
            self._parent.setdefault(k, k)
            self._sides[k] = (doc, sentence, claim, resolved)
            keys.append(k)
        self._apart.add(frozenset(keys))
        ra, rb = self._find(keys[0]), self._find(keys[1])
        if ra != rb:
            self._parent[ra] = rb
        root = self._find(keys[0])
        # a merged finding's confidence and reasons are its most confident pair's (ties broken by
        # the reasons, so the order pairs arrive in never changes the report)
        seen = [(self._confidence[k], self._why.get(k, ())) for k in (ra, rb, root) if k in self._confidence]
        self._confidence[root], self._why[root] = max([*seen, (confidence, why)])

    def findings(self, support: Support | None = None) -> list[Finding]:
        """One finding per group of sides in conflict; `support` names, for a side, the other
        articles that state its value, agreeing (best first): each article not already a side is
        shown beside the side it agrees with."""
        groups: dict[_SideKey, list[_SideKey]] = defaultdict(list)
        for k in self._parent:
            groups[self._find(k)].append(k)
        apart_in: dict[_SideKey, set[frozenset[str]]] = defaultdict(set)  # the values found in conflict, per finding
        for pair in self._apart:
            apart_in[self._find(next(iter(pair)))].add(frozenset(_label(self._sides[k]) for k in pair))
        out = []
        for root, keys in groups.items():
            sides = _distinct([self._sides[k] for k in sorted(keys, key=lambda k: (k.doc, k.sentence, k.start))])
            apart = apart_in[root]
            also: list[tuple[StatedValue, str]] = []
            if support is not None:
                # an outlet the finding already quotes is not named again, on either side
                taken = {outlet(d) for d, _s, _c, _r in sides}
                for side in sides:
                    for other in support(root.kind, root.event, side):
                        if outlet(other[0]) not in taken and _same_value(side, other):
                            taken.add(outlet(other[0]))
                            also.append((other, _label(side)))
            out.append(finalize(_claim_finding(self._kinds[root.kind], root.event, sides, self._confidence.get(root),
                                               self._why.get(root, ()), apart, also)))
        return out


def _same_value(a: StatedValue, b: StatedValue) -> bool:
    """Do two sides state one value, not merely two that can both hold: each figure lies in the
    other's reading ("2.04 million" and "2,039,758"; not "as many as 1.5 million" and "two"), two
    dates are read as one day, month or year."""
    x, y = a[2], b[2]
    if isinstance(x, NumberClaim) and isinstance(y, NumberClaim):
        if cmp_numbers.dimension(x.unit) != cmp_numbers.dimension(y.unit) or cmp_numbers.conflicts(x, y):
            return False
        (x_low, x_high, x_value), (y_low, y_high, y_value) = cmp_numbers.in_base(x), cmp_numbers.in_base(y)
        return x_low <= y_value <= x_high and y_low <= x_value <= y_high
    return a[3] is not None and a[3] == b[3]


def _distinct(sides: list[StatedValue]) -> list[StatedValue]:
    """One side per sentence as written: an article that repeats a paragraph (as scraped copies
    often do) states the value once, and the evidence shows it once."""
    seen: set[tuple[str, str, int, int]] = set()
    out = []
    for side in sides:
        doc, sentence, claim, _resolved = side
        key = (doc.id, sentence.text, claim.start, claim.end)
        if key not in seen:
            seen.add(key)
            out.append(side)
    return out


def _label(side: StatedValue) -> str:
    """A value as a finding's message shows it: as written, and as read when that differs."""
    _d, _s, c, r = side
    return c.text + (f" (= {readable(r, c.text)})" if r and r != c.text else "")


def _camps(labels: Sequence[str], apart: set[frozenset[str]], agree: Callable[[str, str], bool]) -> list[list[str]]:
    """The values in groups that agree with each other, in order: AP's "2,039,758" and HuffPost's
    "2.04 million" stand together against DailyMail's "2.39 million". Two values share a group only
    when they were never found in conflict and `agree` says they can both hold; else each stands alone."""
    camps: list[list[str]] = []
    for label in labels:
        camp = next((c for c in camps if not any(frozenset((label, other)) in apart or not agree(label, other)
                                                 for other in c)), None)
        if camp is None:
            camps.append([label])
        else:
            camp.append(label)
    return camps


def _claim_finding(kind: KindWording, event: str | None, sides: list[StatedValue],
                   confidence: float | None, why: tuple[tuple[str, float], ...] = (),
                   apart: set[frozenset[str]] | None = None, also: Sequence[tuple[StatedValue, str]] = ()) -> Finding:
    """A figure or date finding from its sides in conflict; `also`: (a side that only agrees, the
    label of the side it agrees with), shown in that side's camp and left out of the identity."""
    values = tuple(sorted({c.text for _d, _s, c, _r in sides}))
    subject = kind.subject([c for _d, _s, c, _r in sides])
    measure = getattr(kind, "measure", None)  # optional: dates have none
    measured = measure([c for _d, _s, c, _r in sides]) if measure is not None else None
    # the subject stays the finding's identity; what it measures only helps the reader
    about = f"{subject} ({measured})" if measured and measured.split()[0] not in subject.lower() else subject
    by_value: dict[str, list[str]] = defaultdict(list)
    read_as: dict[str, tuple[Any, str | None]] = {}
    for side in sides:
        label = _label(side)
        read_as.setdefault(label, (side[2], side[3]))
        if outlet(side[0]) not in by_value[label]:
            by_value[label].append(outlet(side[0]))

    def agree(a: str, b: str) -> bool:
        (x, rx), (y, ry) = read_as[a], read_as[b]
        if isinstance(x, NumberClaim) and isinstance(y, NumberClaim):
            return not cmp_numbers.conflicts(x, y)  # "2,039,758" and "2.04 million" overlap
        return rx is not None and rx == ry  # two days read as one day

    # in the order the evidence is shown (the first side's value first), not by the values' text
    camps = _camps(list(by_value), apart or set(), agree)
    camp_of = {label: k for k, camp in enumerate(camps) for label in camp}
    # each side knows its camp, so a diff puts agreeing values on one side, as the message does
    claims = tuple(replace(evidence(d, s, c.start, c.end, r), camp=camp_of[_label((d, s, c, r))]) for d, s, c, r in sides)
    support: tuple[Evidence, ...] = ()
    for (d, s, c, r), partner in also:
        label = _label((d, s, c, r))
        if label not in camp_of:
            camps[camp_of[partner]].append(label)
            camp_of[label] = camp_of[partner]
        if camp_of[label] != camp_of[partner]:
            continue
        support += (replace(evidence(d, s, c.start, c.end, r), camp=camp_of[partner]),)
        if outlet(d) not in by_value[label]:
            by_value[label].append(outlet(d))
    # values that agree are joined by "≈" ("AP: 2,039,758 ≈ HuffPost: 2.04 million against DailyMail:
    # 2.39 million"): a ";" between them read to an editor as the end of one disagreement
    message = " against ".join(" \u2248 ".join(f"{', '.join(by_value[label])}: {label}" for label in camp)
                               for camp in camps)
    message += _earlier_tally(measured, [(d, c, camp_of[_label((d, s, c, r))]) for d, s, c, r in sides])
    stamped = [(d, s.text, c, r, camp_of[_label((d, s, c, r))]) for d, s, c, r in sides]
    message += _a_day_from_the_stamp(stamped) or _a_week_from_the_stamp(stamped)
    return Finding(
        kind=kind.name, verdict="contradiction", severity="error", subject=subject,
        message=f"Aligned sentences give different {kind.noun}{_what_of(kind.noun, about)}: {message}",
        claims=claims, values=values, event=event,
        confidence=round(confidence, 3) if confidence is not None else None, why=why, support=support,
    )


def _earlier_tally(measured: str | None, sides: Sequence[tuple[Document, Any, int]]) -> str:
    """Said when every lower figure of a running tally was published days before every higher one
    ("killed", 22 on the 24th against 25 on the 25th): the values still cannot both hold at one
    time, but the editor should know the lower may be an older count."""
    if measured not in cmp_numbers.RUNNING_TALLIES:
        return ""
    camps: dict[int, list[tuple[Document, Any]]] = defaultdict(list)
    for doc, claim, camp in sides:
        camps[camp].append((doc, claim))
    if len(camps) != 2 or not all(isinstance(c, NumberClaim) for g in camps.values() for _d, c in g):
        return ""
    if all(cmp_numbers.penalty_term(c) for g in camps.values() for _d, c in g):
        return ""  # the term a court passed does not grow as a count of the arrested does
    lower, higher = sorted(camps.values(), key=lambda g: max(c.high for _d, c in g))
    if max(c.high for _d, c in lower) >= min(c.low for _d, c in higher):
        return ""
    before = [d.published for d, _c in lower]
    after = [d.published for d, _c in higher]
    if None in before or None in after:
        return ""
    gap = (min(after) - max(before)).days  # type: ignore[type-var,operator]
    if gap < 1:
        return ""
    sources = _listed(list(dict.fromkeys(outlet(d) for d, _c in lower)))
    when = "a day" if gap == 1 else f"{gap} days"
    # publication dates are days: a lower figure "a day before" may be hours before, or a time zone
    return (f" (the lower figure, {sources}, is dated {when} before the higher; a tally of the {measured} "
            f"can rise between reports)")


def _listed(names: list[str]) -> str:
    """"AP", "AP and NBC", "AP, NBC and RT"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# A wire agency's dateline opening an article: "KHIMKI, Russia (AP) — A lawyer for ...", "LONDON (Reuters) -"
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .'\u2019-]{1,40}(?:,[^\n(,]{1,40}){0,2}\s*\((AP|Reuters|AFP|UPI|dpa|Bloomberg)\)"
                            r"\s*[\u2014\u2013-]")


def outlet(doc: Document) -> str:
    """Who a value comes from, as a message names it: "HuffPost (AP copy)" for an agency's story
    another outlet ran under its dateline, so that two sources are not counted where one wrote."""
    m = _WIRE_DATELINE.match(doc.text.lstrip()[:200])
    if m and not _is_agency(doc.source, m.group(1)):
        return f"{doc.source} ({m.group(1)} copy)"
    return doc.source


_SOURCE_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def _is_agency(source: str, agency: str) -> bool:
    """Is `source` the agency itself: one of its words ("AP", "Reuters UK") or its initials ("Associated
    Press")? Not a name that merely holds the letters ("Japan Times" is no "AP")."""
    words = [w.lower() for w in _SOURCE_WORD.findall(source)]
    return agency.lower() in words or "".join(w[0] for w in words) == agency.lower()


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")


# (article, sentence, claim, resolved value, camp) of each side of a finding, for the stamp notes
StampedSide = tuple[Document, str, Any, str | None, int]


def _days_by_camp(sides: Sequence[StampedSide]) -> dict[int, set[date]] | None:
    """The days each camp of values is read as, or None unless every side is a date read as a day."""
    days: dict[int, set[date]] = defaultdict(set)
    for _doc, _text, claim, resolved, camp in sides:
        if not isinstance(claim, DateClaim) or not resolved or not _DAY.match(resolved):
            return None
        days[camp].add(date.fromisoformat(resolved))
    return days


def _days_apart(days: dict[int, set[date]]) -> int:
    """How near two camps' days come: 1 for a Friday against a Saturday."""
    first, second = days.values()
    return min(abs((a - b).days) for a in first for b in second)


def _a_day_from_the_stamp(sides: Sequence[StampedSide]) -> str:
    """Said when two days one apart are the whole disagreement and a side names its day from its
    article's date ("yesterday", "on Friday"): an article stamped a day after it was written (an
    evening story, another time zone) reads one day off, so the editor should check when each was
    written before calling it a contradiction."""
    days = _days_by_camp(sides)
    if days is None or len(days) != 2 or _days_apart(days) != 1:
        return ""
    relative = list(dict.fromkeys(outlet(doc) for doc, _text, claim, _resolved, _camp in sides
                                  if claim.form in ("weekday", "relative")))
    if not relative:
        return ""
    who = _listed(relative)
    return (f" (a day apart, and {who} name{'s' if len(relative) == 1 else ''} the day from the article's own "
            "date: check when each was written)")


def _a_week_from_the_stamp(sides: Sequence[StampedSide]) -> str:
    """Said when a weekday named for the day after its article's date ("on Friday" in an article
    stamped Thursday) is read as the one six days before, and the day after the stamp would leave
    the two sides at most a day apart: an article stamped a day before it was written (another time
    zone) reads its "Friday" a week off, and the whole disagreement may be the stamp."""
    days = _days_by_camp(sides)
    if days is None or len(days) != 2:
        return ""
    shifted: list[tuple[Document, DateClaim, date, int]] = []
    for doc, text, claim, resolved, camp in sides:
        # not "last Friday", nor "Friday, Aug. 19": those say which Friday whatever the stamp
        if (claim.form == "weekday" and claim.relative is None and not _dated_beside(text, claim)
                and doc.published is not None and (doc.published - date.fromisoformat(resolved)).days == 6):
            shifted.append((doc, claim, doc.published + timedelta(days=1), camp))
    if not shifted:
        return ""
    moved = {camp: set(ds) for camp, ds in days.items()}
    for _doc, _claim, later, camp in shifted:
        moved[camp].add(later)
    if _days_apart(moved) > 1:
        return ""
    doc, claim, later, _camp = shifted[0]
    stamp = doc.published
    assert stamp is not None
    return (f" ({outlet(doc)}: \u201c{claim.text}\u201d is read as the {later:%A} before its article's date, "
            f"{stamp:%A} {stamp.isoformat()}; written a day after that date, it is {later.isoformat()}: check when "
            "each was written)")


# Words beside a weekday that say which one, whatever the stamp: its date after it ("Friday, Aug.
# 19", "Friday 19 August", "Friday the 19th", "Friday last week"), or a past before it ("this past
# Friday", "the previous Friday")
_WHICH_AFTER = re.compile(r"\W{0,3}(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|(?:the\s+)?(?:\d{1,2}\s+(?:of\s+)?)?"
                          r"(?-i:" + MONTH_WORD + r")\b|last\s+week\b)",
                          re.IGNORECASE)
_WHICH_BEFORE = re.compile(r"\b(?:past|previous|last|preceding)\s+$", re.IGNORECASE)


def _dated_beside(sentence: str, claim: Any) -> bool:
    """Is a weekday written with words that say which one ("Friday, Aug. 19", "this past Friday")?"""
    return isinstance(claim, DateClaim) and (_WHICH_AFTER.match(sentence, claim.end) is not None
                                             or _WHICH_BEFORE.search(sentence[:claim.start]) is not None)


def _what_of(noun: str, about: str) -> str:
    """" for “Ukraine accused Russia”", not "dates for date of “Ukraine accused Russia”"; nothing
    for a subject that only repeats the noun ("a date")."""
    one = noun.removesuffix("s")
    said = about.removeprefix(f"{one} of ")
    return "" if said == f"a {one}" else f" for {said}"


def describe_resolved(r: ResolvedDate | None) -> str | None:
    return r.label if r is not None else None


# ----------------------------------------------------------------- titles


def title_finding(conflict: TitleConflict, confidence: float | None = None,
                  why: tuple[tuple[str, float], ...] = ()) -> Finding:
    verdict = conflict.verdict
    claims = []
    for group in conflict.classes:
        used_docs = set()
        for s in sorted(group, key=lambda s: (s.doc.id, s.sentence.kind != "body", s.sentence.index)):
            if s.doc.id in used_docs:
                continue
            used_docs.add(s.doc.id)
            claims.append(evidence(s.doc, s.sentence, s.claim.start, s.claim.end))
    tl = timeline(conflict.classes)
    name = conflict.person.name
    titles = " / ".join(e.value for e in tl)
    if verdict == "changed_over_time":
        steps = " \u2192 ".join(f"{e.value} ({_span(e)})" for e in tl)
        message = f"{name}'s title changed over time: {steps}. Both can be right when written."
    elif verdict == "unclear_time":
        message = (f"{name} is called {titles} by different articles; publication dates would settle "
                   f"whether this is a change of office or a contradiction.")
    else:
        message = _same_time_message(name, tl)
    values = tuple(sorted({_canon(s.claim) for g in conflict.classes for s in g}))
    return finalize(Finding(
        kind="title", verdict=verdict, severity=VERDICT_SEVERITY[verdict], subject=name, message=message,
        claims=tuple(claims), values=values, timeline=tl, topic="person",
        confidence=round(confidence, 3) if confidence is not None else None, why=why,
    ))


def _same_time_message(name: str, tl: Sequence[TimelineEntry]) -> str:
    """Which titles clash at one time, and which were given apart from them: "called Defence
    Minister / Foreign Minister on 2025-06-02" is the contradiction, a title given months later
    is context, not part of it."""
    clusters: list[list[TimelineEntry]] = []
    for entry in tl:  # in date order, as the verdict reads them
        last = clusters[-1][-1] if clusters else None
        if (last is not None and entry.first_seen is not None and last.last_seen is not None
                and (entry.first_seen - last.last_seen).days < CHANGE_GAP_DAYS):
            clusters[-1].append(entry)
        else:
            clusters.append([entry])
    clashing = [c for c in clusters if len(c) > 1]
    if not clashing:
        return f"{name} is called {' / '.join(e.value for e in tl)} at the same time; one person cannot hold both."
    parts = []
    for cluster in clashing:
        first, last = cluster[0].first_seen, max(e.last_seen for e in cluster if e.last_seen is not None)
        when = f"on {first.isoformat()}" if first == last else f"between {first.isoformat()} and {last.isoformat()}"
        parts.append(f"{' / '.join(e.value for e in cluster)} {when}")
    apart = [e for c in clusters if len(c) == 1 for e in c]
    message = f"{name} is called {'; and '.join(parts)}; one person cannot hold both."
    if apart:
        message += " Also called " + ", ".join(f"{e.value} ({_span(e)})" for e in apart) + "."
    return message


def _written_office(change: HolderChange) -> str:
    """The office as the articles write it, most often first ("Secretary of State (United States)"),
    where its canonical parts would spell another title ("Foreign Secretary of the United States");
    the country is added when the words chosen do not name it."""
    counts: Counter[str] = Counter()
    names_place: dict[str, bool] = {}
    for _person, seen in change.holders:
        for s in seen:
            text = " ".join(s.claim.text.split())
            text = text if any(ch.isupper() for ch in text) else text.title()
            counts[text] += 1
            names_place[text] = names_place.get(text, False) or bool(s.claim.jurisdiction)
    if not counts:
        return office_label(change.office)
    written = min(counts, key=lambda t: (-counts[t], len(t), t))
    role, rank, domain, jurisdiction = change.office.split("|")
    if not jurisdiction:
        return written  # an organisation's office, as written ("NATO Secretary General")
    if " ".join(x for x in (rank, domain, role) if x) in written.lower():
        return office_label(change.office)  # the canonical words are the written ones: "President of the United States"
    if names_place[written]:
        return written
    return f"{written} ({jurisdiction.title()})"


def holder_finding(change: HolderChange, confidence: float | None = None,
                   why: tuple[tuple[str, float], ...] = ()) -> Finding:
    office = _written_office(change)
    groups = [seen for _p, seen in change.holders]
    tl = timeline(groups, label=lambda g: g[0].person.name)
    claims = []
    for _person, seen in change.holders:
        # every article that names the holder, once each: one of them only, the first in file order,
        # made the finding's documents, so its id, change when an article that agrees sorted first
        used_docs: set[str] = set()
        for s in sorted(seen, key=lambda s: (s.doc.id, s.sentence.kind != "body", s.sentence.index)):
            if s.doc.id not in used_docs:
                used_docs.add(s.doc.id)
                claims.append(evidence(s.doc, s.sentence, s.claim.person.start, s.claim.person.end))
    names = " \u2192 ".join(f"{e.value} ({_span(e)})" for e in tl)
    if any(e.first_seen is None for e in tl):
        message = (f"{office} is held by different people in different articles: "
                   f"{', '.join(e.value for e in tl)}; publication dates would give the order of holders.")
    else:
        message = f"{office} changed holder: {names}."
    return finalize(Finding(
        kind="title", verdict=change.verdict, severity=VERDICT_SEVERITY[change.verdict], subject=office,
        message=message, claims=tuple(claims), values=tuple(sorted(p.name for p, _s in change.holders)),
        timeline=tl, topic="office", confidence=round(confidence, 3) if confidence is not None else None, why=why,
    ))


def _span(entry) -> str:
    if entry.first_seen is None:
        return "date unknown"
    if entry.first_seen == entry.last_seen:
        return entry.first_seen.isoformat()
    return f"{entry.first_seen.isoformat()} to {entry.last_seen.isoformat()}"


def _canon(claim) -> str:
    from .offices import title_label

    return title_label(claim)
