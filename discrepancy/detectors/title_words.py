"""The vocabulary of titles, shared by the name finder and the title detector.

Which words may sit inside a title ("presidential aide", "deputy head"), which belong
to institutions and never to a person's name ("Council", "Kremlin"), which only
qualify a title ("Republican", "top"); where a role starts in a token list. The word
lists live in `data/titles.json`, `data/offices.json` and `data/calendar.json`.
"""
from __future__ import annotations

import re

from .. import tables
from ..offices import FORMER, MAX_ROLE_WORDS, PORTFOLIO_WORDS, RANKS, ROLES
from ..textnorm import STOPWORDS, fold_lower
from ..tokens import Token, touching
from .people import HONORIFICS

_TITLES = tables.table("titles")
# Words in a title that say nothing about the office (party, emphasis).
NEUTRAL = frozenset(_TITLES["neutral_words"])
# Words that belong to institutions, never to a person's name.
INSTITUTIONAL = frozenset(_TITLES["institutional_words"])
CONNECTORS = frozenset(_TITLES["connectors"])
# The last word of an organisation's name, never of a person's: a name ending in one is a body's.
BODY_NAME_ENDS = frozenset(_TITLES["body_name_ends"])
# Words that make a title a description ("its youngest mayor", "the next prime minister").
DESCRIPTIVE = frozenset(_TITLES["descriptive_words"])
# Abbreviations a full stop may follow inside a title ("Sen.", "U.S.", "Calif.").
ABBREVIATIONS = frozenset(_TITLES["abbreviations"]) | tables.state_abbreviations()
# Lower-case words that may sit inside a title before a name ("presidential aide", "deputy head").
TITLE_WORDS = (frozenset(w for k in ROLES for w in k if w not in STOPWORDS) | frozenset(RANKS) | FORMER
               | PORTFOLIO_WORDS | frozenset(_TITLES["title_word_extras"]))
# Parties a title names alone ("BJP president", "Likud chairman"): its office is the party's.
PARTY_NAMES = frozenset(_TITLES["party_names"])
# Roles besides a diplomat's whose body follows "to" ("Chief Secretary to the Treasury").
_ROLES_TO_A_BODY = frozenset(_TITLES["roles_to_a_body"])


def body_after_to(entry: tuple[str, str, str]) -> bool:
    """Does "to ..." after this role name where the post is ("ambassador to Russia", "Chief Secretary to the Treasury")?"""
    return entry[1] == "diplomatic" or entry[0] in _ROLES_TO_A_BODY


# Words that open a clause after a title ("Erdogan, the Russian president said ..."; "the minister
# who ..."): what runs past them is no apposition.
CLAUSE_WORDS = frozenset({"who", "which", "that", "said", "says", "told", "is", "was", "has", "had", "will", "would"})
# "who chairs the House Veterans' Affairs Committee", "who heads the port authority": verbs that
# name the office they give, the body's chair or head
LEADS_BODY = {"chairs": "chair", "heads": "head"}


# Capitalised words that are never a person's name.
NOT_A_NAME = (frozenset(_TITLES["not_a_name"]) | frozenset(tables.month_names()) | frozenset(tables.weekdays())) - frozenset(
    _TITLES["calendar_names"])


def is_title_word(word: str) -> bool:
    """A word that belongs to titles or institutions, never a given name ("Minister", "Kremlin")."""
    w = fold_lower(word).rstrip(".")
    return w in TITLE_WORDS or w in INSTITUTIONAL or w in HONORIFICS or w in NEUTRAL


def norm(tok: Token) -> str:
    return fold_lower(tok.text).rstrip(".").replace("\u2019", "'")


def merge_initialisms(toks: list[Token]) -> list[Token]:
    """"U.N." as one word "UN" (spanning the full stops), so "Deputy U.N. Ambassador" reads like "Deputy UN Ambassador"."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        k = i
        while (k + 1 < len(toks) and re.fullmatch(r"[A-Z]", toks[k].text) and toks[k + 1].text == "."
               and touching(toks[k], toks[k + 1]) and (k == i or touching(toks[k - 1], toks[k]))):
            k += 2
        if k - i >= 4:  # two letters or more, each with its full stop
            out.append(Token("".join(t.text for t in toks[i:k:2]), toks[i].start, toks[k - 1].end))
            i = k
        else:
            out.append(toks[i])
            i += 1
    return out


def role_start(toks: list[Token], i: int) -> tuple[int, tuple[str, str, str]] | None:
    """The longest role starting at token i: (length in tokens, role entry)."""
    words: list[str] = []
    k = i
    while k < len(toks) and len(words) < MAX_ROLE_WORDS:
        t = toks[k]
        if t.text == "." and words and touching(toks[k - 1], t):
            k += 1
            continue
        if t.text == "-" and words and k + 1 < len(toks) and touching(toks[k - 1], t) and touching(t, toks[k + 1]):
            words[-1] = words[-1] + "-" + norm(toks[k + 1])
            k += 2
            continue
        if not t.is_word:
            break
        words.append(norm(t))
        k += 1
    for n in range(len(words), 0, -1):
        entry = ROLES.get(tuple(words[:n]))
        if entry and n == 1 and _portfolio_of_the_role_before(toks, i):
            return None  # "Minister for Justice": the minister's portfolio, no judge
        if entry and n == 1 and words[0] in RANKS and role_start(toks, _next_word_after(toks, i)) is not None:
            return None  # "the assistant minister for transport": a rank of the role after it
        if entry:
            # token length of those n words
            k, seen = i, 0
            while k < len(toks) and seen < n:
                if toks[k].is_word:
                    seen += 1
                    for _ in range(words[seen - 1].count("-")):  # "commander-in-chief": two hyphens
                        if k + 2 < len(toks) and toks[k + 1].text == "-" and touching(toks[k], toks[k + 1]):
                            k += 2
                k += 1
                if k + 1 < len(toks) and toks[k].text == "." and touching(toks[k - 1], toks[k]):
                    k += 1  # an abbreviation's point ("Gen."), never the full stop that ends the sentence
            return k - i, entry
    return None


def _next_word_after(toks: list[Token], i: int) -> int:
    """The token after toks[i] and a hyphen joined to it ("assistant-minister")."""
    return i + 2 if i + 2 < len(toks) and toks[i + 1].text == "-" and touching(toks[i], toks[i + 1]) else i + 1


def _portfolio_of_the_role_before(toks: list[Token], i: int) -> bool:
    """Is the one-word role at toks[i] a portfolio ("Justice", "Defence") written after "of" or
    "for" and a role that takes one ("Minister for Justice", "Secretary of State for Justice")?"""
    if norm(toks[i]) not in PORTFOLIO_WORDS or i < 2 or norm(toks[i - 1]) not in ("of", "for"):
        return False
    before = [norm(t) for t in toks[max(0, i - 4):i - 1]]
    return any(w in _PORTFOLIO_TAKERS for w in before)


# Roles named by a portfolio after "of" or "for"
_PORTFOLIO_TAKERS = frozenset({"minister", "secretary", "commissioner", "spokesman", "spokeswoman", "spokesperson"})


def court_named(toks: list[Token], start: int, end: int) -> bool:
    """Does "on/of/at the ... Court" follow a judge's role ("a judge on the U.S. Court of Appeals")?
    Then even an indefinite apposition names one seat: the names and the titles read it alike."""
    return start < end and norm(toks[start]) in ("on", "of", "at") and any(
        norm(t) == "court" and t.is_capitalized for t in toks[start:end])


def domain_end(toks: list[Token], i: int, end: int, host: bool = False) -> int:
    """End of the "of ..." part of a title; stops at another preposition. `host`: a diplomat's
    "to ..." is part of it too ("ambassador to the United Nations")."""
    if i < end and (norm(toks[i]) in ("of", "for") or host and norm(toks[i]) == "to"):
        k = i + 1
        while k < end and norm(toks[k]) not in ("to", "at", "in", "with", "from", "on", "who") and not _second_office_at(toks, k):
            k += 1
        return k
    return i


def _second_office_at(toks: list[Token], k: int) -> bool:
    """Does "and" at k open another noun phrase with its own determiner ("secretary of state and its
    chief election officer"), not the rest of one portfolio ("of Health and Human Services")?"""
    if norm(toks[k]) != "and" or k + 1 >= len(toks):
        return False
    nxt = norm(toks[k + 1])
    return nxt in ("its", "his", "her", "their", "a", "an") or (
        nxt == "the" and k + 2 < len(toks) and toks[k + 2].is_word and toks[k + 2].text.islower())
