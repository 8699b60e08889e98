"""Titles per person across the whole corpus, and the holders of each office.

Two sentences that give one person different titles are rarely about one event, so
titles are not compared between aligned sentences but per person, over every article.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..findings import holder_finding, title_finding
from ..model import DateClaim, Document, Finding, Sentence, SentenceClaims, TitleClaim
from ..offices import canonical_domain
from ..persons import PersonIndex
from ..scoring import load_model
from . import dates as cmp_dates
from .context import EARLIER_FIGURE
from .titles import TitleConflict, TitleSeen, conflict_features, holder_changes, holder_features, title_conflicts
from .why import reasons

_FILE_PHOTO = re.compile(r"^\W*(?:\(?AP Photo[^)]*\)\s*)?FILE\b|\bFILE\s*(?:-|\u2013|\u2014|PHOTO)")


def _past_years(sentence: Sentence, claims: SentenceClaims, doc: Document) -> list[DateClaim]:
    """The sentence's dates of an earlier year that may date its titles ("signed in 2010 by ...
    Russian President Dmitry Medvedev" gives the title he held then). Not a year that dates a figure
    compared against ("compared with 1.6 billion in 2024"), nor one that opens a period running to
    now ("who has pushed for a cap since 2023"), nor one inside a quotation (the speaker's words)."""
    if doc.published is None:
        return []
    text = sentence.text
    compared = EARLIER_FIGURE.search(text)
    return [d for d in claims.dates
            if d.form in ("year", "month_year", "full") and d.year and d.year < doc.published.year
            and (compared is None or d.start < compared.start()) and cmp_dates.bound(text, d) != "since"
            and not cmp_dates.quoted(text, d.start)]


def _held_then(text: str, title: TitleClaim, years: Sequence[DateClaim]) -> bool:
    """Do the sentence's past years date this title? A speaker's title is the one held when
    speaking: "Dr Lena Whitford, the authority's chief scientist, said the pattern was familiar
    after a record heatwave in 2024" dates the heatwave; only a year before the speaker or right
    after the verb of saying ("In 2010, X said", "X said in 2010") dates the saying, and so the title."""
    said = _said_by(text, title)
    if said is None:
        # not the speaker: a year before the title, or one of the clause the person acts in ("signed
        # in 2010 by Russian President Dmitry Medvedev"); not one of a clause opened after the name
        # ("Prosecutor X pressed Y on why one team had been sent out on 9 February 2024")
        end = max(title.end, title.person.end)
        return any(d.start < min(title.start, title.person.start)
                   or not (d.start > end and _CLAUSE_UNDER.search(text, end, d.start)) for d in years)
    return any(d.start < min(title.start, title.person.start) or _DATES_THE_SAYING.fullmatch(text[said:d.start])
               for d in years)


# A word that opens a clause under the one the person acts in: its dates are its own
_CLAUSE_UNDER = re.compile(r"\b(?:why|whether|how|that|which|who|whose|when|where|because|although|if|while)\b")
_SAYING = r"(?:said|says|told|tells|added|adds|announced|confirmed|warned|insisted)"
# a name (and an apposition) right before the verb of saying, or the verb right before the title
_SPEAKER_AFTER = re.compile(r"\s*(?:,[^,.;]{1,100})?,?\s*" + _SAYING + r"\b")
_SPEAKER_BEFORE = re.compile(r"\b" + _SAYING + r"\s+$")
# what stands between a verb of saying and a date that dates the saying ("said in 2010", "told
# reporters on Tuesday")
_DATES_THE_SAYING = re.compile(r"(?:\s+[A-Za-z]+){0,2}\s+(?:in|on|last|during)\s+")


def _said_by(text: str, title: TitleClaim) -> int | None:
    """Where the verb of saying ends when the title's person is the one quoted ("Dr Lena
    Whitford, the authority's chief scientist, said ...", "said the institute's director,
    Professor Youssef El Amrani"); None when the person is not the speaker."""
    end = max(title.end, title.person.end)
    if (m := _SPEAKER_AFTER.match(text, end)) is not None:
        return m.end()
    if (m := _SPEAKER_BEFORE.search(text, 0, min(title.start, title.person.start))) is not None:
        return m.end()
    return None


def title_findings(docs: Sequence[Document], doc_by_id: dict[str, Document], sentences: Sequence[Sentence],
                   claims: Sequence[SentenceClaims], event_of: Mapping[str, str],
                   min_confidence: float | None = None) -> list[Finding]:
    """Title conflicts per person and changes of holder per office, as findings, each at
    `min_confidence` or its fitted model's cut, whichever is lower (a higher bar is applied to all
    findings at once, `pipeline.split_at_bar`, which counts what it hides). A person's
    change over time need not pass the cut, unless a lower bar was chosen: a prime minister who
    becomes defence minister has two offices in turn, whether or not one person could hold both."""
    seen = title_sightings(docs, doc_by_id, sentences, claims, event_of)
    model = load_model("title_conflict")
    cut = model.search_bar(min_confidence)
    lowered = min_confidence is not None and min_confidence < model.threshold
    findings = []
    disputed: set[tuple[str, str, int, int]] = set()  # sightings of a person whose titles are reported to contradict
    for conflict in title_conflicts(seen):
        features = conflict_features(conflict)
        confidence = model.probability(features)
        if confidence >= cut or (not lowered and conflict.verdict == "changed_over_time"):
            findings.append(title_finding(conflict, confidence, reasons(model, features)))
            if conflict.verdict == "contradiction":
                disputed.update(_outvoted(conflict))
    holders = load_model("holder_change")
    holder_cut = holders.search_bar(min_confidence)
    for change in holder_changes(seen):
        if any(all(_sighting(s) in disputed for s in group) for _person, group in change.holders):
            # "Gov. Todd Akin" in one article where three call him a Representative: a title reported
            # as a contradiction and outvoted is no evidence that he held the office in turn
            continue
        features = holder_features(change)
        confidence = holders.probability(features)
        if confidence >= holder_cut:
            findings.append(holder_finding(change, confidence, reasons(holders, features)))
    return findings


def _sighting(s: TitleSeen) -> tuple[str, str, int, int]:
    """One title as stated: the person, the article, the sentence and where the title starts."""
    return s.person.key, s.doc.id, s.sentence.index, s.claim.start


def _outvoted(conflict: TitleConflict) -> set[tuple[str, str, int, int]]:
    """The sightings of the titles in a contradiction that fewer articles state than another (all of
    them on a tie): which title is wrong is not known, but one that most articles contradict is in doubt."""
    articles = [len({s.doc.id for s in group}) for group in conflict.classes]
    most = max(articles, default=0)
    tie = articles.count(most) > 1
    return {_sighting(s) for group, n in zip(conflict.classes, articles) if n < most or tie for s in group}


# A body's name with its initials after it in brackets: "the National Disaster Management Agency
# (BNPB)", "the National Institute for Disaster Risk Management (INGD)". The corpus says once what
# the initials stand for; every title written with them ("BNPB spokesman") names that body.
_NAME_THEN_INITIALS = re.compile(
    r"\b((?:[A-Z][\w'\u2019-]*)(?:\s+(?:[A-Z][\w'\u2019-]*|of|for|and|on|the|de|du|des|la)){1,9})\s+\(([A-Z]{2,8})\)")
_NAME_FILLER = frozenset({"of", "for", "and", "on", "the", "de", "du", "des", "la"})


def initials_in(sentences: Sequence[Sentence]) -> dict[str, str]:
    """Initials the corpus spells out, as a title's domain: "bnpb" -> "national disaster
    management agency". Initials spelled out two ways are left alone."""
    spelled: dict[str, set[str]] = defaultdict(set)
    for s in sentences:
        for m in _NAME_THEN_INITIALS.finditer(s.text):
            words = [w.lower() for w in m.group(1).split()]
            while words and words[0] == "the":
                words = words[1:]
            domain = canonical_domain([w for w in words if w not in _NAME_FILLER])
            if domain:
                spelled[m.group(2).lower()].add(domain)
    return {initials: next(iter(d)) for initials, d in spelled.items() if len(d) == 1}


def title_sightings(docs: Sequence[Document], doc_by_id: dict[str, Document], sentences: Sequence[Sentence],
                    claims: Sequence[SentenceClaims], event_of: Mapping[str, str]) -> list[TitleSeen]:
    """Every title claim resolved to the person it names (a bare surname to the one person of that
    surname the corpus gives such an office), past titles marked former."""
    mentions = [(s.doc_id, m) for s, c in zip(sentences, claims) for m in c.people]
    mentions += [(s.doc_id, t.person) for s, c in zip(sentences, claims) for t in c.titles]
    index = PersonIndex(mentions, {d.id: d.text for d in docs})
    resolved = [[index.person(s.doc_id, t.person) for t in c.titles] for s, c in zip(sentences, claims)]
    # the kinds of office each person is given beside their full name ("President Barack Obama")
    named_as: dict[str, set[str]] = defaultdict(set)
    for c, persons in zip(claims, resolved):
        for t, person in zip(c.titles, persons):
            if t.person.given and person is not None:
                named_as[person.key].add(t.family)
    seen: list[TitleSeen] = []
    initials = initials_in(sentences)
    for s, c, persons in zip(sentences, claims, resolved):
        # titles of a "FILE -" photo caption or of a sentence about an earlier year are past ones
        file_photo = bool(_FILE_PHOTO.search(s.text))
        years = _past_years(s, c, doc_by_id[s.doc_id])
        for t, person in zip(c.titles, persons):
            spelled_out = " ".join(initials.get(w, w) for w in t.domain.split())
            if spelled_out != t.domain:
                # "BNPB spokesman": the agency the corpus spells out; "MGWU regional secretary": a
                # part of it
                t = replace(t, domain=spelled_out)
            if not t.person.given and t.person.surname and (person is None or t.family not in named_as[person.key]):
                # "President Obama" in an article that names only Malia Obama, or in one that names no
                # Obama in full: the one person of that surname the corpus gives such an office by name
                holders = [p for p in index.with_surname(t.person.surname) if t.family in named_as[p.key]]
                if len(holders) == 1:
                    person = holders[0]
            if person is None or person.key.endswith("|?"):
                continue  # a bare surname nobody in the corpus ever names in full: no person to compare
            if not t.former and (file_photo or years and _held_then(s.text, t, years)):
                t = replace(t, former=True)
            seen.append(TitleSeen(doc_by_id[s.doc_id], s, t, person, event_of.get(s.doc_id)))
    return seen
