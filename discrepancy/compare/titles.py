"""Titles compared per person across the whole corpus, and offices across their holders.

Two sentences that give one person different titles are rarely about one event (one
article is from June, the other from January), so titles are not compared between
aligned sentences but per person. Whether a difference is a contradiction or a change
over time is decided by the documents' dates (see `verdict`).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..offices import EXECUTIVE_HEADS, PORTFOLIO_ROLES, SINGLE_HOLDER_ROLES, compare_titles, jurisdictions_clash, office_key, title_label
from ..gazetteer import seats_in
from ..detectors.people import similar_names, split_name
from ..model import Document, Sentence, TimelineEntry, TitleClaim
from ..persons import Person

# Titles seen this many days apart or more leave room for a change of office.
CHANGE_GAP_DAYS = 3


@dataclass(frozen=True)
class TitleSeen:
    """A title claim located in the corpus, with the person it was resolved to."""

    doc: Document
    sentence: Sentence
    claim: TitleClaim
    person: Person
    event: str | None


@dataclass(frozen=True)
class TitleConflict:
    person: Person
    classes: tuple[tuple[TitleSeen, ...], ...]  # each: the sightings of one canonical title
    verdict: str
    # the canonical titles that exclude each other, one claim of each: what the confidence reads
    pairs: tuple[tuple[TitleClaim, TitleClaim], ...] = ()


# What kind of difference two titles that exclude each other are. A rank within one office
# ("Governor" / "Lieutenant Governor") or a seat in the other chamber cannot be one post under
# two names; a head of state or government against a portfolio, or two portfolios, sometimes are
# (a Swiss president keeps a ministry; "Business Secretary" / "Trade Secretary"). How much each
# kind is worth is fitted (`scripts/fit_models.py`, `discrepancy/data/title_conflict.json`).
TITLE_FEATURES = ("rank_differs", "chambers", "leader_and_portfolio", "two_portfolios", "families_differ",
                  "jurisdiction_clash")
# Heads of a state or government: a portfolio is sometimes held beside these.
_LEADER_ROLES = frozenset({"president", "prime minister", "chancellor", "king", "queen", "emir", "sultan"})


def _leads_state_or_government(role: str, domain: str) -> bool:
    """A head of state or government has no portfolio ("Chancellor of the Exchequer" is a minister)."""
    return role in _LEADER_ROLES and not domain


def difference_features(a: TitleClaim, b: TitleClaim) -> dict[str, float]:
    """What kind of difference two conflicting titles are (see TITLE_FEATURES)."""
    def leader(t: TitleClaim) -> bool:  # shorter to read below
        return _leads_state_or_government(t.role, t.domain)

    rank_differs = a.role == b.role and a.rank != b.rank
    return {
        "rank_differs": float(rank_differs),
        "chambers": float({a.family, b.family} <= {"legislature", "leadership"}),
        "leader_and_portfolio": float((leader(a) and b.role in PORTFOLIO_ROLES) or (leader(b) and a.role in PORTFOLIO_ROLES)),
        "two_portfolios": float(a.role in PORTFOLIO_ROLES and b.role in PORTFOLIO_ROLES and not rank_differs),
        "families_differ": float(a.family != b.family),
        "jurisdiction_clash": float(jurisdictions_clash(a, b)),
    }


def conflict_features(conflict: TitleConflict) -> dict[str, float]:
    """The mean of `difference_features` over the pairs of titles in conflict (a share of them)."""
    out = dict.fromkeys(TITLE_FEATURES, 0.0)
    for a, b in conflict.pairs:
        for k, v in difference_features(a, b).items():
            out[k] += v / len(conflict.pairs)
    return out


@dataclass(frozen=True)
class HolderChange:
    office: str
    holders: tuple[tuple[Person, tuple[TitleSeen, ...]], ...]
    verdict: str


# What can make a reported change of holder wrong: a country the title never wrote (taken from
# the sentence or the person's other titles, so perhaps another holder's country), a holder
# known only by surname, articles too close for a change to be likely, no dates to order the
# holders. A head of state or government is the clearest single-holder office. How much each is
# worth is fitted (`scripts/fit_models.py`, `discrepancy/data/holder_change.json`).
HOLDER_FEATURES = ("ordered", "jurisdiction_inferred", "leader", "surname_only", "within_month")


def holder_features(change: HolderChange) -> dict[str, float]:
    """What kind of change of holder `change` is (see HOLDER_FEATURES)."""
    groups = [seen for _person, seen in change.holders]
    role, _rank, domain, _where = change.office.split("|")
    spans = sorted((min(d), max(d)) for g in groups if (d := [x for x in _dates(g) if x is not None]))
    within_month = len(spans) == len(groups) and any(
        (later[0] - earlier[1]).days <= 30 for earlier, later in zip(spans, spans[1:]))
    return {
        "ordered": float(change.verdict == "changed_over_time"),
        "jurisdiction_inferred": sum(not any(s.claim.jurisdiction for s in g) for g in groups) / len(groups),
        "leader": float(_leads_state_or_government(role, domain)),
        "surname_only": sum(not any(s.claim.person.given for s in g) for g in groups) / len(groups),
        "within_month": float(within_month),
    }


def canonical_key(c: TitleClaim) -> tuple[str, str, str, str]:
    return (c.role, c.rank, c.domain, c.jurisdiction)


def _classes(seen: Sequence[TitleSeen]) -> dict[tuple[str, str, str, str], list[TitleSeen]]:
    out: dict[tuple[str, str, str, str], list[TitleSeen]] = defaultdict(list)
    for s in seen:
        out[canonical_key(s.claim)].append(s)
    return out


def title_conflicts(seen: Sequence[TitleSeen]) -> list[TitleConflict]:
    """People given titles that one person cannot hold at once, by different documents."""
    by_person: dict[str, list[TitleSeen]] = defaultdict(list)
    people: dict[str, Person] = {}
    for s in seen:
        if s.claim.former:
            continue
        by_person[s.person.key].append(s)
        people[s.person.key] = s.person
    out: list[TitleConflict] = []
    for key in sorted(by_person):
        classes = _classes(by_person[key])
        groups = _compatible_groups(classes)
        co_stated = _co_stated(by_person[key]) | _one_office_of_both(classes) | _secretary_of_state_for(classes)
        edges: dict[int, set[int]] = defaultdict(set)
        conflicting: list[tuple[int, TitleClaim, TitleClaim]] = []  # (a group in it, the two titles)
        for i, ga in enumerate(groups):
            for j in range(i + 1, len(groups)):
                gb = groups[j]
                pairs = [(ka, kb) for ka in ga for kb in gb
                         if compare_titles(classes[ka][0].claim, classes[kb][0].claim) == "conflict"
                         and frozenset((ka, kb)) not in co_stated]
                if not pairs:
                    continue
                docs_a = {s.doc.id for k in ga for s in classes[k]}
                docs_b = {s.doc.id for k in gb for s in classes[k]}
                if docs_a == docs_b and len(docs_a) == 1:
                    continue  # one article disagreeing with itself is not a cross-source finding
                edges[i].add(j)
                edges[j].add(i)
                conflicting += [(i, classes[ka][0].claim, classes[kb][0].claim) for ka, kb in pairs]
        for component in _components(edges):
            # keep the titles that take part in a conflict ("Representative" is no party to Speaker vs Leader)
            involved = {k for g in component for k in groups[g]
                        if any(compare_titles(classes[k][0].claim, classes[k2][0].claim) == "conflict"
                               for g2 in component if g2 != g for k2 in groups[g2])}
            merged = [tuple(s for k in groups[g] if k in involved for s in classes[k]) for g in component]
            merged.sort(key=_first_date)
            pairs_in = tuple((a, b) for i, a, b in conflicting if i in component)
            out.append(TitleConflict(people[key], tuple(merged), verdict(merged), pairs_in))
    return out


def _compatible_groups(classes: dict[tuple, list[TitleSeen]]) -> list[list[tuple]]:
    """Canonical titles merged while none of them conflicts ("Defence Minister" + "Ukraine's Minister of Defence")."""
    def specificity(k: tuple) -> tuple:
        return (-sum(1 for x in k[1:] if x), -len(classes[k]), k)

    groups: list[list[tuple]] = []
    for k in sorted(classes, key=specificity):
        claim = classes[k][0].claim
        for g in groups:
            if all(compare_titles(claim, classes[k2][0].claim) != "conflict" for k2 in g):
                g.append(k)
                break
        else:
            groups.append([k])
    return groups


def _co_stated(seen: Sequence[TitleSeen]) -> set[frozenset]:
    """Pairs of titles one sentence gives the same person ("Deputy Prime Minister and Foreign Minister"),
    and with a chair and a chief executive so given ("chairman and chief executive"), every pair of
    those two roles of the person's, whichever body each names: one person holding both posts."""
    by_sentence: dict[tuple[str, int], set] = defaultdict(set)
    for s in seen:
        by_sentence[(s.doc.id, s.sentence.index)].add(canonical_key(s.claim))
    out = set()
    for keys in by_sentence.values():
        for a in keys:
            for b in keys:
                if a != b:
                    out.add(frozenset((a, b)))
    held_together = {frozenset(key[0] for key in pair) for pair in out} & _CHAIR_AND_HEAD
    if held_together:
        keys = {canonical_key(s.claim) for s in seen}
        out |= {frozenset((a, b)) for a in keys for b in keys if frozenset((a[0], b[0])) in held_together}
    return out


# A board's chair and the executive head it oversees, often one person's two posts where news says so.
_CHAIR_AND_HEAD = frozenset(frozenset(("chair", head)) for head in EXECUTIVE_HEADS)


def _one_office_of_both(classes: dict[tuple, list[TitleSeen]]) -> set[frozenset]:
    """Pairs of portfolios a third title of the same person names as one office: "Minister of
    Infrastructure and Transport" makes "Transport Minister" and "Infrastructure Minister" two
    short names of his post, not two posts."""
    out = set()
    claims = {k: seen[0].claim for k, seen in sorted(classes.items())}
    for kc, whole in claims.items():
        words = set(whole.domain.split())
        if len(words) < 2:
            continue
        parts = [k for k, part in claims.items() if k != kc and part.role == whole.role and part.domain
                 and set(part.domain.split()) < words and compare_titles(whole, part) != "conflict"]
        # two portfolios, not one body's office and its deputy ("Council leader" / "Deputy council
        # leader" beside "leader of Westmarch Borough Council")
        out |= {frozenset((a, b)) for i, a in enumerate(parts) for b in parts[i + 1:] if claims[a].domain != claims[b].domain}
    return out


# "Secretary of State for Culture": the British form, where every cabinet secretary is a Secretary
# of State, and the bare words name no portfolio; the United States' Secretary of State never
# takes "for"
_SECRETARY_OF_STATE_FOR = re.compile(r"\bsecretary of state for\b", re.IGNORECASE)
_BARE_SECRETARY_OF_STATE = re.compile(r"(?:the\s+)?secretary of state", re.IGNORECASE)


def _secretary_of_state_for(classes: dict[tuple, list[TitleSeen]]) -> set[frozenset]:
    """Pairs of a bare "Secretary of State" and the post a "Secretary of State for ..." names for the
    same person (with that post's other names): where the corpus writes the British form for them,
    the bare words are its short form, not the foreign minister's office ("Anita Rowe, the Secretary
    of State for Culture" and "Culture Secretary Anita Rowe" against "Secretary of State Anita Rowe")."""
    claims = {k: seen[0].claim for k, seen in sorted(classes.items())}
    wholes = [k for k, seen in classes.items() if any(_SECRETARY_OF_STATE_FOR.search(s.claim.text) for s in seen)]
    bare = [k for k, seen in classes.items() if k not in wholes
            and all(_BARE_SECRETARY_OF_STATE.fullmatch(s.claim.text.strip()) for s in seen)]
    out = set()
    for kw in wholes:
        named = [kw] + [k for k in claims if k != kw and k not in bare and compare_titles(claims[kw], claims[k]) != "conflict"]
        out |= {frozenset((b, k)) for b in bare for k in named}
    return out


def _components(edges: dict) -> list[set]:
    seen: set = set()
    out = []
    for start in sorted(edges):
        if start in seen:
            continue
        stack, comp = [start], set()
        while stack:
            n = stack.pop()
            if n in comp:
                continue
            comp.add(n)
            stack.extend(edges[n] - comp)
        seen |= comp
        out.append(comp)
    return out


def _dates(group: Sequence[TitleSeen]) -> list[date | None]:
    return [s.doc.published for s in group]


def _first_date(group: Sequence[TitleSeen]) -> tuple[int, date]:
    known = [d for d in _dates(group) if d is not None]
    return (0, min(known)) if known else (1, date.max)


def verdict(groups: Sequence[Sequence[TitleSeen]]) -> str:
    """contradiction, changed_over_time or unclear_time, from the documents' dates.

    A change needs the titles to follow each other in time with room between them;
    titles interleaved, or seen within days of each other, cannot both be right. The time is
    unclear when a title has no dated article.
    """
    # an undated article that repeats a title a dated one gives says nothing about when: only a
    # title no dated article gives leaves the time unclear
    dated = [[d for d in _dates(g) if d is not None] for g in groups]
    if any(not known for known in dated):
        return "unclear_time"
    spans = sorted((min(known), max(known)) for known in dated)
    for (a_first, a_last), (b_first, b_last) in zip(spans, spans[1:]):
        if (b_first - a_last).days < CHANGE_GAP_DAYS:
            return "contradiction"
    return "changed_over_time"


def timeline(groups: Sequence[Sequence[TitleSeen]], label=None) -> tuple[TimelineEntry, ...]:
    """Each value with the earliest and latest date it was seen and its sources, in date order."""
    entries = []
    for g in groups:
        known = [d for d in _dates(g) if d is not None]
        value = label(g) if label else Counter(s.claim.text for s in g).most_common(1)[0][0]
        entries.append(TimelineEntry(
            value=value,
            first_seen=min(known) if known else None,
            last_seen=max(known) if known else None,
            sources=tuple(sorted({s.doc.source for s in g})),
            docs=tuple(sorted({s.doc.id for s in g})),
        ))
    entries.sort(key=lambda e: (e.first_seen is None, e.first_seen or date.max, e.value))
    return tuple(entries)


# ----------------------------------------------------------------- office holders


def holder_changes(seen: Sequence[TitleSeen]) -> list[HolderChange]:
    """Single-holder offices named with different people: a change of holder, never a contradiction."""
    resolved = _with_jurisdictions(seen)
    by_office: dict[str, dict[str, list[TitleSeen]]] = defaultdict(lambda: defaultdict(list))
    people: dict[str, Person] = {}
    for s, claim in zip(seen, resolved):
        key = office_key(claim)
        if key is None:
            continue
        by_office[key][s.person.key].append(s)
        people[s.person.key] = s.person
    out = []
    for office in sorted(by_office):
        holders = _merge_spellings(by_office[office], people)
        if len(holders) < 2:
            continue
        if len({s.doc.id for group in holders.values() for s in group}) < 2:
            # one article naming a past holder beside today's ("Eight decades ago, US President
            # Franklin Roosevelt ..."): no two articles disagree, and no dates could order them
            continue
        ordered = sorted(holders, key=lambda k: _first_date(holders[k]))
        groups = [tuple(holders[k]) for k in ordered]
        v = verdict(groups)
        if v == "contradiction":
            # two holders at once: one is usually a past holder named without "former"
            # ("Israeli Prime Minister Yitzhak Rabin, who was assassinated ..."); not a change, not reported
            continue
        # a new holder is a change, never a contradiction; without dates the order is unknown
        out.append(HolderChange(office, tuple((people[k], tuple(holders[k])) for k in ordered), v))
    return out


def _merge_spellings(holders: dict[str, list[TitleSeen]], people: dict[str, Person]) -> dict[str, list[TitleSeen]]:
    """One holder under two spellings ("Olaf Scholz", "Olaf Scholtz") is not a change of holder."""
    merged: dict[str, list[TitleSeen]] = {}
    for key in sorted(holders, key=lambda k: -len(holders[k])):
        g, s = split_name(people[key].name)
        same = next((k for k in merged if similar_names(g, s, *split_name(people[k].name))), None)
        if same is None:
            merged[key] = list(holders[key])
        else:
            merged[same].extend(holders[key])
    return merged


def _with_jurisdictions(seen: Sequence[TitleSeen]) -> list[TitleClaim]:
    """Claims with the jurisdiction filled in where the corpus makes it unambiguous.

    "President Joe Biden" says no country. It takes the one country the same person's
    title names elsewhere; failing that, the one country its sentence names that no
    other holder of the same role in the same article already stands for.
    """
    by_person = _person_jurisdictions(seen)
    claims: list[TitleClaim] = []
    for s in seen:
        c = s.claim
        if not c.jurisdiction:
            inherited = by_person.get((s.person.key, c.role, c.rank, c.domain))
            if inherited:
                c = TitleClaim(**{**c.__dict__, "jurisdiction": inherited})
        claims.append(c)
    taken: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for s, c in zip(seen, claims):
        if c.jurisdiction and not c.former:
            taken[(s.doc.id, c.role + "|" + c.rank + "|" + c.domain)][c.jurisdiction].add(s.person.key)
    out = []
    for s, c in zip(seen, claims):
        if not c.jurisdiction and not c.former and c.role in SINGLE_HOLDER_ROLES:
            others = taken[(s.doc.id, c.role + "|" + c.rank + "|" + c.domain)]
            candidates = {p for p in seats_in(s.sentence.text) if not (others.get(p, set()) - {s.person.key})}
            if len(candidates) == 1:
                c = TitleClaim(**{**c.__dict__, "jurisdiction": candidates.pop()})
        out.append(c)
    return out


def _person_jurisdictions(seen: Sequence[TitleSeen]) -> dict[tuple[str, str, str, str], str]:
    """The one jurisdiction a person's title is given elsewhere ("US President Joe Biden")."""
    found: dict[tuple[str, str, str, str], Counter] = defaultdict(Counter)
    for s in seen:
        if s.claim.jurisdiction and not s.claim.former:
            found[(s.person.key, s.claim.role, s.claim.rank, s.claim.domain)][s.claim.jurisdiction] += 1
    return {k: c.most_common(1)[0][0] for k, c in found.items() if len(c) == 1}


def office_label(office: str) -> str:
    """"minister||defense|ukraine" -> "Defense Minister of Ukraine"."""
    role, rank, domain, jurisdiction = office.split("|")
    title = " ".join(x for x in (rank, domain, role) if x).title()
    if not jurisdiction:
        return title
    where = jurisdiction.title()
    if jurisdiction.startswith(("united ", "european ", "netherlands", "philippines", "czech republic")):
        where = "the " + where
    return f"{title} of {where}"


__all__ = ["TitleSeen", "TitleConflict", "TITLE_FEATURES", "conflict_features", "difference_features",
           "HolderChange", "HOLDER_FEATURES", "holder_features", "title_conflicts", "holder_changes", "verdict", "timeline", "office_label", "title_label",
           "CHANGE_GAP_DAYS"]
