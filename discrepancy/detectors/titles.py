"""Titles: every way news attaches an office to a person, canonicalised so equal titles meet.

Forms handled: before the name ("Defence Minister Rustem Umerov", "Sen. Chuck
Grassley", "then-Chancellor Angela Merkel"), "X of Y" ("Secretary of the National
Security and Defense Council Rustem Umerov"), possessives ("Türkiye's Foreign Minister
Fidan") and appositions either side of the name ("Rustem Umerov, Ukraine's defence
minister"; "Ukraine's Minister of Defence, Rustem Umerov"). Descriptions ("a close
Putin ally", "a top adviser") are not titles.

A canonical title is (role, rank, domain, jurisdiction) in a family of offices that
exclude each other; `discrepancy.offices` compares them as offices. Who is named in the
sentence is found by `names`, the words of titles are in `title_words`.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .. import tables
from ..gazetteer import MAX_PLACE_WORDS, SEATS_OF_GOVERNMENT, place, region, us_state
from ..model import PersonMention, TitleClaim
from ..offices import CHAMBERS, COLLEGIAL_BODIES, CONFLICTING_FAMILIES, FORMER, MAX_ROLE_WORDS, ORGANISATION_NOUNS, ORGANISATION_PHRASES, ORGANISATION_WORDS, PORTFOLIO_HOLDERS, PORTFOLIO_ROLES, PORTFOLIO_WORDS, RANKS, ROLES, canonical_domain
from ..textnorm import STOPWORDS, fold_lower
from ..tokens import Token, tokenize, touching
from .names import people_spans
from .people import COURTESY_OR_HONORIFIC, HONORIFICS
from .title_words import (ABBREVIATIONS, CLAUSE_WORDS, CONNECTORS, LEADS_BODY, PARTY_NAMES, body_after_to, court_named, DESCRIPTIVE, INSTITUTIONAL, NEUTRAL, TITLE_WORDS, domain_end,
                          merge_initialisms, norm, role_start)

_APPOS_END = {",", ".", ";", ")", "(", ":", "\u2014", "\u2013", "!", "?", "\"", "\u201d"}


def extract_people_and_titles(sentence: str, entities: Sequence[tuple[int, int, str]] = ()) -> tuple[list[PersonMention], list[TitleClaim]]:
    """People named in the sentence and the titles attached to them.

    `entities` are (start, end, label) character spans from a named-entity recogniser;
    PERSON spans are trusted for where a name is, and names right after a title word
    are found without them when the recogniser misses.
    """
    toks = merge_initialisms(tokenize(sentence))
    if not toks:
        return [], []
    people = people_spans(sentence, toks, entities)
    person_tokens: dict[int, int] = {}
    for idx, (a, b, _m) in enumerate(people):
        for k in range(a, b):
            person_tokens[k] = idx
    titles: list[TitleClaim] = []
    for idx, (a, b, m) in enumerate(people):
        before_comma = _before_comma(sentence, toks, a, b, person_tokens)
        after_name = _after_name(sentence, toks, b, person_tokens)
        if after_name is not None and before_comma is not None and _next_name_follows(toks, after_name.b, person_tokens, idx):
            # "the Minister of Health, Ana Martins Leal, the mayor, Rui Carvalho, and ...": a list of
            # offices each before its holder; the title after this name is the next name's
            after_name = None
        pre_name, office_clause = _pre_name(sentence, toks, a, person_tokens), _office_clause(toks, a, b, person_tokens)
        if (pre_name is not None and office_clause is not None and b < len(toks) and norm(toks[b]) == "as"
                and pre_name.entry[1] != "military"):
            # "named Defence Minister Jonas Weller as the country's new foreign minister": the office
            # before the name is the one held until the appointment (a military rank is kept)
            pre_name.former = True
        for found in (pre_name, after_name, before_comma, office_clause):
            if found is None:
                continue
            claim = _claim(sentence, toks, found, m)
            if claim is None:
                continue  # and no first office either: the title was no title of this name
            first = _first_office(toks, found)
            for office in (claim, _claim(sentence, toks, first, m) if first is not None else None):
                if office is not None and not any(t.start == office.start and t.end == office.end for t in titles):
                    titles.append(office)
    return [m for _a, _b, m in people], titles


def _next_name_follows(toks: list[Token], k: int, person_tokens: dict[int, int], idx: int) -> bool:
    """Does another person's name follow the apposition ending near toks[k], after its comma?"""
    while k < len(toks) and toks[k].text not in _APPOS_END:
        k += 1
    return k + 1 < len(toks) and toks[k].text == "," and person_tokens.get(k + 1, idx) != idx


# ----------------------------------------------------------------- title phrases


class _Found:
    """A title phrase: token range, where its role sits, and how it attaches."""

    def __init__(self, a: int, b: int, role_at: int, role_len: int, entry: tuple[str, str, str], form: str) -> None:
        self.a, self.b, self.role_at, self.role_len, self.entry, self.form = a, b, role_at, role_len, entry, form
        self.former = False
        self.first_office: tuple[int, int] | None = None  # (start, "and") of a first office joined to this one


RoleFinder = Callable[[list[Token], int, int], "tuple[int, int, tuple[str, str, str]] | None"]


def _title_left_of(toks: list[Token], j: int, person_tokens: dict[int, int],
                   belongs: Callable[[list[Token], int, int], bool], find: RoleFinder,
                   max_tokens: int | None = None) -> tuple[int, int, int, tuple[str, str, str]] | None:
    """(start, role_at, role_len, entry): the title words that end at toks[j], walked back while
    `belongs` keeps a token (never into another name), and the role `find` picks among them;
    None when there are no such words or no role."""
    k = j
    while (k >= 0 and k not in person_tokens and (max_tokens is None or j - k < max_tokens)
           and belongs(toks, k, j)):
        k -= 1
    if k + 1 > j:
        return None
    found = find(toks, k + 1, j + 1)
    return None if found is None else (k + 1, *found)


def _in_pre_name_title(toks: list[Token], k: int, j: int) -> bool:
    """Is toks[k] part of a title that ends at toks[j], right before a name?"""
    t = toks[k]
    n = norm(t)
    if t.text == "." and k > 0 and touching(toks[k - 1], t) and norm(toks[k - 1]) in ABBREVIATIONS:
        return True
    if t.text == "-" and k > 0 and touching(toks[k - 1], t) and k + 1 <= j and touching(t, toks[k + 1]):
        return True
    if t.is_word and (t.is_capitalized or n in TITLE_WORDS):
        return True
    if _inside_a_shadow_title(toks, k, j):
        return True
    if n in CONNECTORS and k < j and (toks[k + 1].is_capitalized or norm(toks[k + 1]) in TITLE_WORDS
                                      or norm(toks[k + 1]) in CONNECTORS):
        return True
    if n == "to" and 0 < k < j and _posted_role_ends_at(toks, k) and (
            toks[k + 1].is_capitalized or norm(toks[k + 1]) == "the"):
        return True  # "Ambassador to the U.N. Linda Thomas-Greenfield", "Chief Secretary to the Treasury Rachel Reeves"
    # "Business, Energy and Industrial Strategy Secretary": a list of portfolios
    # "Minister for Energy, Water Resources and Irrigation Bimala Karki": one ministry's list
    return (t.text == "," and 0 < k < j and toks[k - 1].is_capitalized and toks[k + 1].is_capitalized
            and (norm(toks[k - 1]) in TITLE_WORDS and norm(toks[k + 1]) in TITLE_WORDS
                 or _portfolio_list_at(toks, k))
            and any(norm(x) == "and" for x in toks[k + 1:j + 1]))


def _portfolio_list_at(toks: list[Token], k: int) -> bool:
    """Does the comma at k list a portfolio after a role's "for" or "of" ("Minister for Energy,
    Water Resources and Irrigation")? Capitalised words back to the preposition, a role before it."""
    i = k - 1
    while i > 0 and toks[i].is_capitalized and norm(toks[i]) not in ("of", "for"):
        i -= 1
    return 0 < i < k - 1 and norm(toks[i]) in ("of", "for") and toks[i - 1].is_word and norm(toks[i - 1]) in PORTFOLIO_ROLES


# Roles posted somewhere: "to ..." says where, as "of ..." names a portfolio
_POSTED_WORDS = frozenset(words for words, entry in ROLES.items() if body_after_to(entry))


def _posted_role_ends_at(toks: list[Token], k: int) -> bool:
    """Does a role whose body follows "to" end right before toks[k] ("ambassador", "Chief Secretary")?"""
    return any(tuple(norm(x) for x in toks[max(0, k - w):k]) in _POSTED_WORDS for w in range(1, MAX_ROLE_WORDS + 1))


def _inside_a_shadow_title(toks: list[Token], k: int, j: int) -> bool:
    """Is toks[k] a portfolio word the tables lack, between "shadow" and a title word ("shadow small
    business minister")? Dropped, it would cut "shadow" off and leave a minister of government."""
    t = toks[k]
    return (t.is_word and norm(t) not in STOPWORDS and 0 < k < j and norm(toks[k - 1]) == "shadow"
            and norm(toks[k + 1]) in TITLE_WORDS)


def _in_comma_title(toks: list[Token], k: int, j: int) -> bool:
    """Is toks[k] part of a title that ends at toks[j], before a comma and a name?"""
    t = toks[k]
    n = norm(t)
    if n == "to" and 0 < k < j and _posted_role_ends_at(toks, k):
        return True  # "Pakistan's ambassador to the United Nations, Munir Akram"
    if t.text == "-" and k > 0 and touching(toks[k - 1], t) and k + 1 <= j and touching(t, toks[k + 1]):
        return True  # "the division's vice-chair, Linda Hrynchuk": the rank is part of the title
    if t.is_word and (t.is_capitalized or n in TITLE_WORDS or n in INSTITUTIONAL or n.endswith("'s")):
        return True  # "Sri Lanka's central bank governor, Ranil Wickremesinghe"
    if _inside_a_shadow_title(toks, k, j):
        return True
    return (n in CONNECTORS and k < j) or (t.text == "." and k > 0 and touching(toks[k - 1], t))


def _last_role(toks: list[Token], a: int, b: int) -> tuple[int, int, tuple[str, str, str]] | None:
    """The rightmost role inside toks[a:b] that is not part of a longer one."""
    best = None
    i = a
    while i < b:
        r = role_start(toks, i)
        if r is not None and i + r[0] <= b:
            best = (i, r[0], r[1])
            i += r[0]
        else:
            i += 1
    return best


def _pre_name(sentence: str, toks: list[Token], a: int, person_tokens: dict[int, int]) -> _Found | None:
    """A title right before the name: "Turkish Foreign Minister Hakan Fidan"."""
    j = a - 1
    # an acronym in brackets between title and name: "Security Service of Ukraine (SBU) Oleksandr"
    if j >= 2 and toks[j].text == ")" and toks[j - 2].text == "(" and toks[j - 1].text.isupper():
        j -= 3
    # a courtesy word the name was read without: "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman"
    if j >= 1 and norm(toks[j]) in COURTESY_OR_HONORIFIC and toks[j].is_capitalized:
        j -= 1
    # the name's own first token may be a role word ("General"): the title ends before the name
    span = _title_left_of(toks, j, person_tokens, _in_pre_name_title, _last_role)
    if span is None:
        return None
    start, role_at, role_len, entry = span
    # what follows the role up to the name must be an "of ..." domain, an acronym or nothing
    tail = [t for t in toks[role_at + role_len:j + 1] if t.is_word]
    heads = ("of", "for", "general", "to") if body_after_to(entry) else ("of", "for", "general")
    if tail and norm(tail[0]) not in heads and not all(norm(t) in INSTITUTIONAL or t.text.isupper() or place(t.text) for t in tail):
        return None
    start = _trim_left(toks, start, role_at)
    if start < 0:
        return None
    # "the President and Speaker Boehner": two titles for two people; keep the one before the name.
    # "ex-president and prime minister Medvedev": the "ex-" covers both
    former_before = False
    first_office = None
    k = _joint(toks, start, role_at)
    if k is not None:
        former_before = any(norm(t) in FORMER for t in toks[max(0, start - 2):k])
        if start == 0 or norm(toks[start - 1]) not in ("the", "a", "an"):
            first_office = (start, k)  # "Prime Minister and Foreign Minister Sheikh Mohammed": his two offices
        start = k + 1
    # "the former national co-chairman of President Barack Obama's campaign", "a spokesman for President
    # Zelensky": the office right before the name is the person's; the one before "of" is someone else's
    of = role_at - 2 if role_at - 2 > start and norm(toks[role_at - 1]) == "the" else role_at - 1
    if of > start and norm(toks[of]) in ("of", "for", "to") and _role_ends_at(toks, of, start):
        start = of + 1 if of == role_at - 1 else role_at
    if _indefinite_before(toks, start) or _descriptive_before(toks, start):
        return None
    if start == role_at and not toks[role_at].is_capitalized and start > 0 and norm(toks[start - 1]) in ("the", "this", "that", "his", "her", "their"):
        return None  # "the president Blumenthal worked for": a description, not a title before a name
    found = _Found(start, j + 1, role_at, role_len, entry, "pre")
    found.former = former_before
    found.first_office = first_office
    return found


def _role_ends_at(toks: list[Token], end: int, start: int) -> bool:
    """Does a role word or phrase end right before toks[end] ("co-chairman", "chief of staff")?"""
    for i in range(max(start, end - MAX_ROLE_WORDS), end):
        r = role_start(toks, i)
        if r is not None and i + r[0] == end:
            return True
    return False


def _trim_left(toks: list[Token], start: int, role_at: int) -> int:
    """Drop sentence openers, connectors and debris in front of a title; -1 when it is not one."""
    while start < role_at:
        t = toks[start]
        n = norm(t)
        if n in FORMER:
            break  # "then-Chancellor": part of the title as written
        if (n in RANKS or n == "under") and start + 1 < role_at and _hyphened(toks, t):
            break  # "Under-Secretary-General", "Vice-President": the rank is part of the title
        if n == "co" and not _hyphened(toks, t):
            start += 1  # "Sharp & Co chief executive": the end of a firm's name; the rank is "Co-chief"
            continue
        if _long_place_starts(toks, start, role_at):
            break  # "New South Wales Governor", "South Korean President": the place's name is part of the title
        stopword = n in STOPWORDS and not (t.text.isupper() and (place(t.text) or n in ORGANISATION_WORDS))  # "US", "WHO"
        if n in CONNECTORS or t.text in ("(", ")", "-") or stopword or _is_debris(t.text):
            start += 1
            continue
        if n in _CALENDAR_WORDS or t.text.isdigit():
            start += 1  # "On Wednesday Mayor Karin Walch met ...", "On 5 March Mayor ...": when, not which office
            continue
        if t.is_capitalized and n not in TITLE_WORDS and not place(t.text) and not _looks_institutional_run(toks, start, role_at):
            # an opener such as "Earlier" or a name of something else: keep only if followed by title words
            start += 1
            continue
        break
    return start


_CALENDAR_WORDS = tables.calendar_words()


def _long_place_starts(toks: list[Token], start: int, end: int) -> bool:
    """Does a place's name of several words start at toks[start] ("New South Wales", "South
    Korean", "Sri Lankan")? Its first word alone names nothing, so it would be dropped as an opener."""
    return any(region(words) or place(words)
               for n in range(2, min(MAX_PLACE_WORDS, end - start) + 1)
               if (words := " ".join(t.text for t in toks[start:start + n])))


def _is_debris(word: str) -> bool:
    """Fragments of links or markup ("BaqMqrveGj") that are no part of a title."""
    return bool(re.search(r"[a-z][A-Z]", word)) and not word.startswith(("Mc", "Mac", "De", "Di", "La", "Le", "Van"))


# Words that make a name a place's in front of a local office ("Fulton County", "Kharkiv Oblast").
_PLACE_KINDS = frozenset({"county", "city", "region", "province", "oblast", "district", "borough", "parish", "prefecture"})
# Local bodies whose office an apposition may name in lower case ("Dan Moss, the county sheriff,").
_LOCAL_BODIES = _PLACE_KINDS | {"town", "village", "municipal", "port", "authority"}


def _looks_institutional_run(toks: list[Token], start: int, role_at: int) -> bool:
    """Capitalised words before a role that belong to the title ("Kremlin", "NSDC", "House")."""
    t = toks[start]
    n = norm(t)
    if n in INSTITUTIONAL or t.text.isupper() or n in TITLE_WORDS or n in ORGANISATION_WORDS:
        return True  # "Fed Vice Chair": an organisation's one-word name opens the title
    # "National Intelligence Organization head", "Roscosmos head": an org name right before the role
    nxt = toks[start + 1] if start + 1 < len(toks) else None
    if start + 2 == role_at and nxt is not None and nxt.is_capitalized and norm(nxt) in _PLACE_KINDS:
        return True  # "Maricopa County Sheriff", "Kharkiv Region Governor": the place's name
    run = toks[start:role_at]
    if 2 <= len(run) <= 4 and all(w.is_word and w.is_capitalized and norm(w) not in STOPWORDS for w in run) \
            and (norm(run[-1]) in INSTITUTIONAL or norm(run[-1]) in ORGANISATION_WORDS):
        return True  # "Gulf Cooperation Council Secretary-General": one body's name ("Gulf" was dropped as an opener)
    return start + 1 == role_at or (nxt is not None and (norm(nxt) in INSTITUTIONAL or nxt.text.isupper()))


def _descriptive_before(toks: list[Token], start: int) -> bool:
    """"Britain's next prime minister, Liz Truss": a description of a future office, not a title."""
    return start > 0 and norm(toks[start - 1]) in DESCRIPTIVE


def _indefinite_before(toks: list[Token], start: int) -> bool:
    return start > 0 and norm(toks[start - 1]) in ("a", "an", "another", "one")


def _after_name(sentence: str, toks: list[Token], b: int, person_tokens: dict[int, int]) -> _Found | None:
    """An apposition after the name: "Rustem Umerov, Ukraine's defence minister,"."""
    if b >= len(toks) or toks[b].text != ",":
        return None
    return _apposition_at(toks, b + 1, person_tokens)


def _listing_comma(toks: list[Token], k: int, person_tokens: dict[int, int]) -> bool:
    """Is toks[k] a comma inside a list of a body's or portfolio's capitalised words ending in "and"
    ("commissioner of the Acquisition, Technology and Logistics Agency", "Secretary of Business,
    Energy and Industrial Strategy"), not the apposition's end?"""
    if toks[k].text != "," or k == 0 or not toks[k - 1].is_capitalized:
        return False
    for j in range(k + 1, min(len(toks) - 1, k + 5)):
        if j in person_tokens:
            return False
        if norm(toks[j]) == "and":
            return j > k + 1 and toks[j + 1].is_capitalized and j + 1 not in person_tokens
        if not toks[j].is_capitalized:
            return False
    return False


def _apposition_at(toks: list[Token], a: int, person_tokens: dict[int, int], in_clause: bool = False) -> _Found | None:
    """A title phrase that starts at toks[a] and names the person before it. `in_clause`: the
    phrase follows a verb that gives the office ("who was named ...", "sworn in as ..."), so a
    clause word ends it ("... secretary of state in 2022 and is seen as ...") rather than showing
    that no apposition began."""
    end = a
    while end < len(toks) and (toks[end].text not in _APPOS_END or _listing_comma(toks, end, person_tokens)) and (
            end - a < 14) and (end not in person_tokens or _place_after_of(toks, a, end, person_tokens)):
        if norm(toks[end]) in CLAUSE_WORDS:
            if in_clause:
                break
            return None  # "Erdogan, the Russian president said ...": a new clause, not an apposition
        end += 1
    if end == a or end - a >= 14:
        return None
    if end < len(toks) and (toks[end].text == "(" or end in person_tokens) and not any(
            norm(t) in ("to", "for", "at", "with") for t in toks[a:end]):
        return None  # a title that runs into a name belongs to that name ("..., Deputy Head (SBU) Oleksandr")
    if norm(toks[a]) in ("one", "another", "and", "or", "but", "nor"):
        return None
    found = _last_role_before_preposition(toks, a, end)
    if found is None:
        return None
    role_at, role_len, entry = found
    indefinite = norm(toks[a]) in ("a", "an")
    if indefinite and not (entry[1] == "judiciary" and court_named(toks, role_at + role_len, end)):
        return None  # "Smith, a senior adviser,": one of many; but "a judge on the U.S. Court of Appeals" sits on one court
    if entry[0] in ("representative", "envoy") and role_at + role_len < end and norm(toks[role_at + role_len]) == "to":
        entry = ("ambassador", "diplomatic", entry[2])  # "the U.S. representative to the U.N.": no seat in Congress
    # everything before the role must be modifiers
    for t in toks[a + indefinite:role_at]:
        n = norm(t)
        if not (n in TITLE_WORDS or n in NEUTRAL or n in INSTITUTIONAL or place(t.text) or t.is_capitalized or n in CONNECTORS
                or not t.is_word or n.endswith("'s") or n == "under" and _hyphened(toks, t)  # "the central bank governor"
                or n in _LOCAL_BODIES):  # "the county sheriff", "the port authority president"
            return None
    after = role_at + role_len
    if entry[1] == "judiciary" and after < end and norm(toks[after]) == "on":
        stop = end  # "a judge on the U.S. Court of Appeals for the D.C. Circuit": the court is the judge's
    else:
        stop = domain_end(toks, after, end, host=body_after_to(entry))
    return _Found(a + indefinite, stop, role_at, role_len, entry, "apposition")


# Verbs that give a person an office: "who was named Varsenia's chief of the general staff on
# Wednesday", "sworn in on Monday as the country's new defence minister", "appointed Lt. Gen. Stefan
# Orlik as commander of the ground forces". The office is theirs from then on, so it is a title of
# theirs as an apposition is. ("nominated" is not among them: a nominee does not hold the office.)
_GIVES_OFFICE = frozenset({"named", "appointed", "elected", "re-elected", "reelected", "sworn", "promoted", "installed"})
# Those of them that take the person as their object: "appointed Lt. Gen. Stefan Orlik as ...".
_APPOINTS = _GIVES_OFFICE - {"elected", "sworn"}
# Verbs a relative clause holds an office with ("who serves as", "who served as": a former office).
_SERVES = {"serves": False, "serving": False, "served": True}
# What such a clause leads when it is an office, besides a collegial body or an organisation noun.
_BODIES_LED = frozenset({"authority", "agency", "department", "ministry", "office", "service", "institute", "centre",
                         "center", "panel", "subcommittee", "tribunal", "directorate", "bureau", "regulator", "party"})
# Words of the level an office sits at or the form it takes, which name no body of their own before
# the head of a place: "Local governor Oksana Hrytsenko" is "the governor of Zarichna region", an
# "Executive Mayor" is the city's mayor (but a "regional director" is not an agency's director).
_LEVELS = frozenset({"local", "regional", "provincial", "municipal", "executive"})
_AUXILIARIES = frozenset({"was", "is", "has", "had", "been", "were", "be", "being", "just", "recently", "newly", "since"})


def _office_clause(toks: list[Token], a: int, b: int, person_tokens: dict[int, int]) -> _Found | None:
    """A title that a clause gives the person: after the name ("Okafor, who was elected Arizona's
    secretary of state in 2022", "Beasley, the California Democrat who chairs the committee", "Dragan,
    sworn in on Monday as the new defence minister") or around it ("appointed Lt. Gen. Orlik as
    commander of the ground forces")."""
    found = _office_after_name(toks, b, person_tokens)
    if found is None and b < len(toks) and norm(toks[b]) == "as":
        before = a - 1
        while before >= 0 and (norm(toks[before]) in RANKS or norm(toks[before]) in TITLE_WORDS or toks[before].text == "."):
            before -= 1  # a rank or honorific before the name: "appointed Lt. Gen. Stefan Orlik as ..."
        if before >= 0 and norm(toks[before]) in _APPOINTS:
            found = _apposition_at(toks, b + 1, person_tokens, in_clause=True)
    return found


def _office_after_name(toks: list[Token], b: int, person_tokens: dict[int, int]) -> _Found | None:
    """The office a clause after the name gives or holds: "who serves as ...", "who chairs the ...",
    "(who) was named / sworn in as ..."."""
    n = len(toks)
    i = b
    relative = False
    if i < n and toks[i].text == ",":
        i += 1
        j = i
        while j < n and j - i < 8 and norm(toks[j]) != "who" and toks[j].text not in _APPOS_END and j not in person_tokens:
            j += 1  # a description without an office before "who": "Beasley, the California Democrat who ..."
        if j < n and norm(toks[j]) == "who" and not any(role_start(toks, k) for k in range(i, j)):
            i, relative = j + 1, True
    elif i < n and norm(toks[i]) == "who":
        i, relative = i + 1, True
    if i >= n:
        return None
    word = norm(toks[i])
    if relative and word in _SERVES and i + 1 < n and norm(toks[i + 1]) == "as":
        both = i + 2 < n and norm(toks[i + 2]) == "both"  # "who serves as both justice minister and prosecutor general"
        found = _apposition_at(toks, i + 2 + both, person_tokens, in_clause=True)
        if found is not None:
            found.former = _SERVES[word]
        return found
    if relative and word in LEADS_BODY and i + 1 < n and norm(toks[i + 1]) == "the":
        entry = ROLES.get((LEADS_BODY[word],))
        stop = i + 2
        while stop < n and stop - i < 10 and toks[stop].text not in _APPOS_END and norm(toks[stop]) not in CLAUSE_WORDS \
                and norm(toks[stop]) not in ("and", "in", "on", "at", "since", "for"):
            stop += 1
        body = [norm(t) for t in toks[i + 2:stop]]
        if entry is None or not body or not (set(body) & (ORGANISATION_NOUNS | set(COLLEGIAL_BODIES) | _BODIES_LED)):
            return None  # "who heads the inquiry": no office
        return _Found(i, stop, i, 1, entry, "apposition")
    k = i
    while k < n and k - i < 3 and norm(toks[k]) in _AUXILIARIES:
        k += 1
    if relative and i < k < n and norm(toks[k - 1]) in ("is", "was", "been") and norm(toks[k]) not in _GIVES_OFFICE:
        # "who has been the team's deputy leader since 2019", "who is the council's chief executive":
        # the office the clause says the person holds; "who was ..." or "who had been ..." held it before
        held = _apposition_at(toks, k, person_tokens, in_clause=True)
        if held is not None:
            held.former = norm(toks[k - 1]) == "was" or norm(toks[k - 2]) == "had"
        return held
    if k >= n or norm(toks[k]) not in _GIVES_OFFICE or not (relative or k > i or toks[b].text == ","):
        return None
    k += 1
    if norm(toks[k - 1]) == "sworn":
        if k >= n or norm(toks[k]) != "in":
            return None
        k += 1
    direct = _apposition_at(toks, k, person_tokens, in_clause=True) if k < n and norm(toks[k]) != "as" else None
    if direct is not None and all(t.is_word and (norm(t).endswith("'s") or t.is_capitalized or norm(t) in NEUTRAL)
                                  for t in toks[k:direct.role_at]):
        return direct  # "was named Varsenia's chief of the general staff"
    for m in range(k, min(n, k + 6)):
        if toks[m].text in _APPOS_END:
            return None
        if norm(toks[m]) == "as":
            return _apposition_at(toks, m + 1, person_tokens, in_clause=True)  # "sworn in on Monday as ..."
    return None


def _place_after_of(toks: list[Token], a: int, k: int, person_tokens: dict[int, int]) -> bool:
    """Is the name at toks[k] the place or body of the role before it ("Maria Lopez, the mayor of
    Riverton", where the recogniser took the one word Riverton for a person), not another person's
    name ("the chief of staff of Tom Hale", "of Senator Tom Hale")?"""
    if list(person_tokens.values()).count(person_tokens[k]) != 1:
        return False
    j = k
    while j > a and toks[j - 1].is_capitalized and norm(toks[j - 1]) != "of":
        j -= 1  # the name's first word
    if any(norm(t) in TITLE_WORDS or norm(t) in HONORIFICS for t in toks[j:k]):
        return False  # "chief of staff of Senator Tom Hale": a person, named with a title
    if j - 1 > a and norm(toks[j - 1]) == "the":
        j -= 1  # "secretary general of the Genoa port authority"
    return j - 1 > a and norm(toks[j - 1]) == "of" and _role_ends_at(toks, j - 1, a)


def _organisation_at(words: list[Token], i: int) -> int:
    """How many words from i name an organisation the tables know by several words, or 0."""
    for n in range(min(6, len(words) - i), 1, -1):
        if tuple(norm(w).removesuffix("'s") for w in words[i:i + n]) in ORGANISATION_PHRASES:
            return n
    return 0


def _city_at(words: list[Token], i: int) -> int:
    """How many words from i name a city called after its state ("New York City", "Kansas City",
    "Oklahoma City"), or 0."""
    for n in range(min(MAX_PLACE_WORDS, len(words) - i - 1), 0, -1):
        if us_state(" ".join(w.text for w in words[i:i + n])) and words[i + n].text == "City":
            return n + 1
    return 0


def _last_role_before_preposition(toks: list[Token], a: int, end: int) -> tuple[int, int, tuple[str, str, str]] | None:
    """The head role of an apposition: the last role before "to"/"for"/"at"/"in"."""
    best = None
    i = a
    while i < end:
        n = norm(toks[i])
        if n in ("to", "for", "at", "in", "with", "from", "on") and best is not None:
            break
        r = role_start(toks, i)
        if r is not None and i + r[0] <= end:
            best = (i, r[0], r[1])
            i += r[0]
            continue
        if n == "of" and best is not None:
            break
        i += 1
    return best


def _before_comma(sentence: str, toks: list[Token], a: int, b: int, person_tokens: dict[int, int]) -> _Found | None:
    """A title before a comma and the name: "Ukraine's Minister of Defence, Rustem Umerov"; an
    honorific may stand between ("The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani")."""
    if a >= 3 and norm(toks[a - 1]) in COURTESY_OR_HONORIFIC and toks[a - 1].is_capitalized and toks[a - 2].text == ",":
        a -= 1
    rank_before_name = _pre_name(sentence, toks, a, person_tokens)
    if (rank_before_name is not None and rank_before_name.entry[1] in ("military", "legislature")
            and rank_before_name.a >= 3 and toks[rank_before_name.a - 1].text == ","):
        # a military rank or a legislator's title between: "Pakistan's army chief, Gen. Asim Munir,",
        # "Eastmere's Lord Mayor, Councillor Ahmed Rafiq,": the person holds both
        a = rank_before_name.a
    if a < 2 or toks[a - 1].text != ",":
        return None
    if b < len(toks) and toks[b].text not in (",", ".", ";", ")", "and", "\u2014", "\u2013") and norm(toks[b]) != "and":
        return None
    j = a - 2
    span = _title_left_of(toks, j, person_tokens, _in_comma_title, _first_role, max_tokens=12)
    tail = _portfolio_tail_start(toks, j, person_tokens)
    if tail <= j and (span is None or span[0] > tail):
        span = _title_left_of(toks, tail - 2, person_tokens, _in_comma_title, _first_role, max_tokens=12) or span
    if span is None:
        return None
    start, role_at, role_len, entry = span
    if _indefinite_before(toks, start) or (start > 0 and norm(toks[start - 1]) in ("a", "an")):
        return None
    start = _trim_left(toks, start, role_at)
    if _descriptive_before(toks, start) or any(norm(t) in DESCRIPTIVE for t in toks[start:role_at]):
        return None
    tail = [t for t in toks[role_at + role_len:j + 1] if t.is_word]
    if tail and norm(tail[0]) in ("and", "&") and (joint := _joint(toks, start, j + 1)) is not None \
            and (last := _last_role(toks, joint + 1, j + 1)) is not None:
        # "The agency's chair and chief executive, Tom Reed,": two offices of one person, the last
        # one the title's head, as in apposition after the name (`_first_office` gives the first);
        # "Sindh's chief minister and the federal water minister, Nadia Baloch,": two people, the
        # title hers from "the" on
        role_at, role_len, entry = last
        tail = [t for t in toks[role_at + role_len:j + 1] if t.is_word]
        if _opens_a_noun_phrase(toks, joint + 1):
            start = joint + 1
    if tail and norm(tail[0]) not in (("of", "for", "to") if body_after_to(entry) else ("of", "for")):
        return None
    return _Found(start, j + 1, role_at, role_len, entry, "apposition")


# Words that open another noun phrase after "and": "Sindh's chief minister and the federal water
# minister, Nadia Baloch," names two people, the first of them not by name
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"})


def _opens_a_noun_phrase(toks: list[Token], k: int) -> bool:
    """Does toks[k] open a noun phrase of its own (a determiner, or a name's possessive)?"""
    return k < len(toks) and (norm(toks[k]) in _DETERMINERS or norm(toks[k]).endswith("'s")
                              or k + 1 < len(toks) and toks[k + 1].text in ("'s", "\u2019s"))


def _portfolio_tail_start(toks: list[Token], j: int, person_tokens: dict[int, int]) -> int:
    """Where a lower-case field after "of" or "for" starts, when toks[j] ends one and a role stands
    right before it ("the head of environmental health, Dana Whitlock": "environmental health");
    j + 1 when there is none."""
    k = j
    while k >= 0 and j - k < 4 and k not in person_tokens and toks[k].is_word and toks[k].text.islower() \
            and (norm(toks[k]) not in STOPWORDS or norm(toks[k]) == "and" and k < j):
        k -= 1
    if k == j or k < 1 or norm(toks[k]) not in ("of", "for") or norm(toks[k + 1]) == "and":
        return j + 1
    role = _last_role(toks, max(0, k - MAX_ROLE_WORDS), k)
    return k + 1 if role is not None and role[0] + role[1] == k else j + 1


def _first_role(toks: list[Token], a: int, b: int) -> tuple[int, int, tuple[str, str, str]] | None:
    """The head role of "Minister of Defence": the first role, the rest is its domain."""
    i = a
    while i < b:
        r = role_start(toks, i)
        if r is not None and i + r[0] <= b:
            # a longer role right after ("Deputy Head") still starts here
            return i, r[0], r[1]
        i += 1
    return None


# ----------------------------------------------------------------- canonical form


def _host(words: list[Token]) -> str:
    """Where a diplomat is posted: a country, by name or seat of government ("to Washington"), or
    an organisation's words ("the U.N.": "un", which matches "United Nations" by its acronym)."""
    for n in range(len(words), 0, -1):  # the longest place first: a name the recogniser missed may follow
        phrase = " ".join(t.text for t in words[:n])
        country = place(phrase) or SEATS_OF_GOVERNMENT.get(fold_lower(phrase).removeprefix("the ").rstrip("."))
        if country:
            return country
    if words and norm(words[-1]) in _GENERIC_HOSTS:
        return ""  # "ambassador to the Central Asian country": a country named before, not a body
    return canonical_domain([norm(t).replace(".", "") for t in words if norm(t) not in ("the",)], "ambassador")


# Nouns that stand for a host named elsewhere ("the Central Asian country", "the Gulf state").
_GENERIC_HOSTS = frozenset({"country", "nation", "state", "kingdom", "republic", "island", "capital", "emirate"})


# A US legislator's party and state after the name: ", D-Calif.,", " (R-Iowa)", ", a Texas
# Democrat,", ", a Republican from Ohio,"
_PARTY_STATE = re.compile(r"\s*(?:,|\()\s*(?:D|R|I|Dem|Rep|Ind)\.?\s*-\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*[,)]")
_PARTY_FROM = re.compile(r"\s*,\s*an?\s+(?:([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:Democrat|Republican)\b"
                         r"|(?:Democrat|Republican)\s+from\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?))")


# A state named right after a governor's or legislator's name: "Gov. Gretchen Whitmer of Michigan".
_OF_STATE = re.compile(r"\s+of\s+([A-Z][a-z]+\.?(?: [A-Z][a-z]+)?)\b")


# Words that name a legislative chamber, besides `CHAMBERS` ("House of Commons").
_CHAMBER_WORDS = CHAMBERS | {"house", "commons", "lords"}


# A court named right after a judge's name: "Judge James Boasberg of the U.S. Court of Appeals".
_OF_COURT = re.compile(r",?\s+of\s+(?:the\s+)?((?:(?:[A-Z][\w.'\u2019-]*|of|for|the|and)\s+){0,8}?(?:Court|Tribunal)\b"
                       r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s*){1,4})?)")


def _court_after_name(sentence: str, end: int) -> list[str]:
    """The words of the court a judge's name is followed by ("of the U.S. Court of Appeals for the
    D.C. Circuit"), places and connectors left out, or []."""
    m = _OF_COURT.match(sentence, end)
    if not m:
        return []
    words = [fold_lower(w).rstrip(".").replace("\u2019", "'") for w in m.group(1).split()]
    return [w for w in words if w not in CONNECTORS and not place(w)]


def _party_state(sentence: str, end: int) -> str:
    """The US state a legislator's party tag, or a governor's or legislator's "of Michigan", right
    after the name gives, or ""."""
    m = _PARTY_STATE.match(sentence, end) or _PARTY_FROM.match(sentence, end) or _OF_STATE.match(sentence, end)
    name = next((g for g in m.groups() if g), "") if m else ""
    return us_state(name) or ""


def _hyphened(toks: list[Token], t: Token) -> bool:
    """Is the word joined by a hyphen to the next ("Under-Secretary")?"""
    k = toks.index(t)
    return k + 1 < len(toks) and toks[k + 1].text == "-" and touching(t, toks[k + 1])


def _joint(toks: list[Token], lo: int, hi: int) -> int | None:
    """The "and" inside toks(lo, hi), nearest hi, that joins two roles ("Deputy Prime Minister and
    Foreign Minister"; "Maj. Gen. and ..." through the abbreviation's full stop)."""
    return next((k for k in range(hi - 1, lo, -1) if norm(toks[k]) in ("and", "&")
                 and role_start(toks, k - 1 if toks[k - 1].text != "." else k - 2)
                 and not _portfolio_word_at(toks, k - 1)), None)


def _portfolio_word_at(toks: list[Token], k: int) -> bool:
    """Is toks[k], a one-word role, a portfolio of the office that follows it instead? "Justice and
    digital affairs minister" is one minister of two portfolios, not a justice and a minister."""
    r = role_start(toks, k)
    return r is not None and r[0] == 1 and norm(toks[k]) in INSTITUTIONAL and (k == 0 or norm(toks[k - 1]) not in TITLE_WORDS)


def _offices_joined(toks: list[Token], f: _Found) -> tuple[int, int] | None:
    """(start, "and") where a title joins two of one person's offices, the last of them `f`'s:
    before a name `_pre_name` says so (and has already cut `f` to the last office); in apposition
    ("Marles, Australia's deputy prime minister and defence minister,") the title still holds both."""
    if f.first_office is not None or f.form == "pre":
        return f.first_office
    joint = _joint(toks, f.a, f.role_at)
    return None if joint is None else (f.a, joint)


def _first_office(toks: list[Token], f: _Found) -> _Found | None:
    """The first of two offices one title joins with "and" ("Deputy Prime Minister and Foreign
    Minister ..."), as a title of its own: a sentence that gives one person both says they hold
    them together, which `compare.titles` then reads for that person across the corpus."""
    joined = _offices_joined(toks, f)
    if joined is None:
        return None
    start, joint = joined
    found = _last_role(toks, start, joint)
    if found is None:
        return None
    role_at, role_len, entry = found
    first = _Found(start, joint, role_at, role_len, entry, f.form)
    first.former = f.former
    return first


# Words that make a body a representative speaks for (no chamber a representative sits in)
_BODY_WORDS = ORGANISATION_NOUNS | COLLEGIAL_BODIES | frozenset(
    {"bureau", "institute", "society", "group", "agency", "fund", "organisation", "organization", "industry"})


# Words that make an office held for the time being, beside the holder's own ("Finance director
# Claire Dobson will serve as interim chief executive"; "acting president")
_ACTING_WORDS = frozenset({"acting", "interim", "caretaker"})


# Words of a fire service's name ("Devon and Somerset Fire and Rescue Service", "the brigade"): where
# the body a fire rank is written with names none, the rank words are another body's post
_FIRE_SERVICE_WORDS = frozenset({"fire", "rescue", "brigade", "brigades", "firefighting", "firefighters"})


# Words that say when, which end an office's words after its role ("governor of Paraná yesterday")
_WHEN_WORDS = frozenset({"yesterday", "today", "tonight", "tomorrow", *tables.weekdays()})


def _claim(sentence: str, toks: list[Token], f: _Found, person: PersonMention) -> TitleClaim | None:
    role, family, rank = f.entry
    pre = toks[f.a:f.role_at]
    post = toks[f.role_at + f.role_len:f.b]
    when = next((k for k, t in enumerate(post) if norm(t) in _WHEN_WORDS), None)
    if when is not None:
        post = post[:when]  # "elected governor of Paraná yesterday": the day it happened, not the office's
    # strip trailing punctuation and connectors from the phrase
    while post and (not post[-1].is_word or norm(post[-1]) in CONNECTORS or norm(post[-1]) in HONORIFICS) \
            and post[-1].text != ")":
        post = post[:-1]
    while pre and norm(pre[0]) in ("the",):
        pre = pre[1:]
    if len(pre) >= 2 and norm(pre[0]) in ("office", "offices") and norm(pre[1]) == "of":
        pre = pre[2:]  # "the office of Secretary of State Clinton": her office, not her title
    joined = _offices_joined(toks, f)
    if joined is not None:  # the last of two offices, with the places in front of both ("Qatar's Prime Minister and ...")
        start_first, joint = joined
        pre = ([t for t in toks[start_first:joint] if place(t.text) or region(t.text)]
               + [t for t in pre if t.start > toks[joint].start])
    if not pre and not toks[f.role_at:f.role_at + f.role_len]:
        return None
    first = pre[0] if pre else toks[f.role_at]
    last = post[-1] if post else toks[f.role_at + f.role_len - 1]
    if last.text == "." and not touching(toks[toks.index(last) - 1], last):
        last = toks[toks.index(last) - 1]
    start, end = first.start, last.end
    text = sentence[start:end]
    former = False
    jurisdiction = ""
    domain_words: list[str] = []
    pre_words = [t for t in pre if t.is_word]
    for i, t in enumerate(pre_words):
        # "the state's first African-American governor", "its youngest mayor": a description
        if norm(t) in DESCRIPTIVE or norm(t) == "first" and not (
                i + 1 < len(pre_words) and norm(pre_words[i + 1]) in ("deputy", "vice", "assistant")):
            return None
    # "then-President": the hyphen joins "then" to the role
    if f.a > 0 and norm(toks[f.a - 1]) in ("former", "ex", "then", "late") or any(norm(t) in FORMER for t in pre_words):
        former = True
    if f.a > 1 and toks[f.a - 1].text == "-" and norm(toks[f.a - 2]) in FORMER or f.former:
        former = True
    if not pre_words and f.a > 1 and norm(toks[f.a - 2]) in ("former", "ex") and toks[f.a - 1].text[:1].isupper():
        former = True  # "Former Londrina mayor": the place read as a name still stands between them
    acting = any(norm(t) in _ACTING_WORDS for t in pre_words)
    post_words = [t for t in post if t.is_word]
    host = ""
    if family == "diplomatic" and post_words and norm(post_words[0]) == "to":
        # "ambassador to Russia", "envoy to the United Nations": where the post is is its portfolio
        host, post_words = _host(post_words[1:]), []
    elif post_words and norm(post_words[0]) == "to":
        post_words = post_words[1:]  # "Chief Secretary to the Treasury": the Treasury's
    pre_places: list[str] = []
    portfolio_role = role in PORTFOLIO_HOLDERS
    for words in (pre_words, post_words):
        i = 0
        while i < len(words):
            matched = False
            body = _organisation_at(words, i)
            if body:
                domain_words.extend(norm(w) for w in words[i:i + body])  # "European Central Bank": no jurisdiction
                i += body
                continue
            city = _city_at(words, i)
            if city:
                domain_words.extend(norm(w) for w in words[i:i + city])  # "New York City Mayor": the city, not the state
                i += city
                continue
            for n in range(min(MAX_PLACE_WORDS, len(words) - i), 0, -1):
                phrase = " ".join(w.text for w in words[i:i + n])
                p = region(phrase) or place(phrase)  # "New South Wales" before its last word, Wales
                if p and i > 0 and norm(words[i - 1]) in ("pro", "anti", "non", "ex"):
                    p = None  # "pro-Russian president": an allegiance, not a jurisdiction
                if p:
                    if words is pre_words:
                        pre_places.append(p)
                    elif not jurisdiction or region(phrase) and not region(jurisdiction):
                        jurisdiction = p  # "premier of the Canadian province of Ontario": Ontario's
                    i += n
                    matched = True
                    break
            if matched:
                continue
            w = norm(words[i])
            if words is pre_words and w == "under" and _hyphened(toks, words[i]):
                rank = rank or "under"  # "Under-Secretary-General" (never the preposition: "under President Biden")
            elif words is pre_words and w in RANKS:
                if not (family == "military" and RANKS[w] in ("deputy", "assistant")):
                    # "Sheriff's Deputy Sgt.": a deputy sheriff, not a sergeant's deputy; two ranks are
                    # the deputy of a deputy ("deputy vice-chancellor", "Deputy Assistant Secretary")
                    rank = f"{rank} {RANKS[w]}" if rank else RANKS[w]
            elif w in _LEVELS and family == "head":
                pass  # "Local governor", "regional governor": the level of one office, not another office
            elif w not in FORMER and w not in CONNECTORS and (w not in NEUTRAL or portfolio_role and w in PORTFOLIO_WORDS):
                domain_words.append(w)  # "Labor" is a party beside "MP" or "leader", a portfolio beside "Secretary"
            i += 1
    if not pre_words and f.a > 0 and toks[f.a - 1].is_word and toks[f.a - 1].text.islower() \
            and norm(toks[f.a - 1]) in ORGANISATION_NOUNS:
        domain_words = [norm(toks[f.a - 1]), *domain_words]  # "team president Stan Kasten": the team's, no state's
    if (jurisdiction and len(post_words) >= 2 and norm(post_words[-1]) in _PLACE_KINDS | {"state", "town"}
            and post_words[-1].text.islower() and post_words[-2].text.islower() and norm(post_words[-2]) not in CONNECTORS):
        # "premier of Canada's most populous province": some province of it, which one unsaid
        jurisdiction, domain_words = "", []
    if family == "diplomatic" and not host and len(pre_places) >= 2:
        jurisdiction, host = pre_places[0], pre_places[-1]  # "Ukraine's Vatican ambassador": Ukraine's, to the Vatican
    elif pre_places:
        jurisdiction = pre_places[-1]  # the place nearest the role: "... Ukraine and Russian President"
    if rank == "state" and family != "legislature":
        rank, domain_words = "", ["state", *domain_words]  # "State Secretary", "State Duma Speaker"
    elif (role == "minister" and not rank and domain_words[:1] == ["state"] and len(post_words) >= 2
          and [norm(t) for t in post_words[:2]] == ["of", "state"]):
        rank, domain_words = "state", domain_words[1:]  # "Minister of State for Home Affairs": a junior minister
    if (family == "legislature" or role == "governor") and not jurisdiction and not domain_words and f.form == "pre":
        jurisdiction = _party_state(sentence, person.end)  # "Rep. Elena Ruiz, D-Calif.,", "Gov. Gretchen Whitmer of Michigan"
    if family == "judiciary" and not domain_words and f.form == "pre":
        domain_words = _court_after_name(sentence, person.end)  # "Judge James Boasberg of the U.S. Court of Appeals"
    if role == "representative" and any(norm(t) in _BODY_WORDS for t in pre_words + post_words):
        family = "staff"  # "Insurance Bureau of Canada representative": someone who speaks for a body, no seat
    if family == "legislature":
        domain_words = []  # "House", "U.S.", "state" do not change which seat it is
    if family == "fire" and role.endswith(" manager") and domain_words and not _FIRE_SERVICE_WORDS & set(domain_words):
        family = "corporate"  # "the Environment Agency's area manager": a fire service's rank words, another body's post
    domain = canonical_domain(domain_words, role) if not host else host
    if role == "president" and not pre_words and (domain == "council ministers" or post_words and norm(post_words[-1]) == "government"):
        role, family = "prime minister", "executive"  # "president of Italy's Council of Ministers", "of the Spanish government"
    if role == "high commissioner" and host:
        role = "ambassador"  # a Commonwealth country's ambassador to another is its high commissioner
    if family == "staff" and role in ("leader",) and not domain:
        return None
    names_party = ("party" in domain_words or bool(set(domain_words) & PARTY_NAMES) or " ".join(domain_words) in PARTY_NAMES
                   or domain_words[:1] == ["ruling"])  # "president of the ruling Awami League": a party governs
    if names_party and family in CONFLICTING_FAMILIES:
        family = "party"  # "Communist Party General Secretary", "BJP president": held beside offices of state
    elif (role == "president" and CHAMBERS & {w.removesuffix("'s") for w in domain_words}
          and not COLLEGIAL_BODIES & set(domain_words)):
        # "President of the National Assembly", "the chamber's president" presides over a chamber: its speaker
        role, family = "speaker", "leadership"
    elif role == "leader" and set(domain_words) & _CHAMBER_WORDS and post_words and norm(post_words[0]) == "of":
        family = "leadership"  # "Leader of the House of Commons" (not a party's "Senate Democratic Leader")
    return TitleClaim(start=start, end=end, text=text, person=person, role=role, domain=domain, rank=rank,
                      jurisdiction=jurisdiction, family=family, former=former, form=f.form, acting=acting)
