"""Titles: every way news attaches an office to a person, canonicalised so equal titles meet.

Forms handled: before the name ("Defence Minister Rustem Umerov", "Sen. Chuck
Grassley", "then-Chancellor Angela Merkel"), "X of Y" ("Secretary of the National
Security and Defense Council Rustem Umerov"), possessives ("Türkiye's Foreign Minister
Fidan") and appositions either side of the name ("Rustem Umerov, Ukraine's defence
minister"; "Ukraine's Minister of Defence, Rustem Umerov"). Descriptions ("a close
Putin ally", "a top adviser") are not titles.

A canonical title is (role, rank, domain, jurisdiction) in a family of offices that
exclude each other: two titles of one person conflict only inside one family, so a
senator who chairs a committee never "contradicts" himself.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer import MAX_PLACE_WORDS, US_STATES, place
from ..model import PersonMention, TitleClaim
from ..textnorm import STOPWORDS, fold_lower
from ..tokens import Token, tokenize, touching
from .people import HONORIFICS, mention

# role words -> (canonical role, family, implied rank)
_ROLES: dict[tuple[str, ...], tuple[str, str, str]] = {
    ("president",): ("president", "head", ""),
    ("president-elect",): ("president-elect", "head", ""),
    ("president", "elect"): ("president-elect", "head", ""),
    ("vice", "president"): ("president", "head", "vice"),
    ("vice-president",): ("president", "head", "vice"),
    ("prime", "minister"): ("prime minister", "executive", ""),
    ("premier",): ("prime minister", "executive", ""),
    ("chancellor",): ("chancellor", "executive", ""),
    ("governor",): ("governor", "head", ""),
    ("gov",): ("governor", "head", ""),
    ("lieutenant", "governor"): ("governor", "head", "lieutenant"),
    ("lt", "governor"): ("governor", "head", "lieutenant"),
    ("lt", "gov"): ("governor", "head", "lieutenant"),
    ("mayor",): ("mayor", "head", ""),
    ("minister",): ("minister", "executive", ""),
    ("secretary",): ("secretary", "executive", ""),
    ("sec",): ("secretary", "executive", ""),
    ("undersecretary",): ("secretary", "executive", "under"),
    ("under", "secretary"): ("secretary", "executive", "under"),
    ("secretary", "general"): ("secretary general", "executive", ""),
    ("secretary-general",): ("secretary general", "executive", ""),
    ("attorney", "general"): ("attorney general", "executive", ""),
    ("atty", "gen"): ("attorney general", "executive", ""),
    ("solicitor", "general"): ("solicitor general", "executive", ""),
    ("prosecutor", "general"): ("prosecutor general", "executive", ""),
    ("surgeon", "general"): ("surgeon general", "executive", ""),
    ("commissioner",): ("commissioner", "executive", ""),
    ("king",): ("king", "head", ""),
    ("queen",): ("queen", "head", ""),
    ("emir",): ("emir", "head", ""),
    ("sultan",): ("sultan", "head", ""),
    ("crown", "prince"): ("crown prince", "head", ""),
    ("senator",): ("senator", "legislature", ""),
    ("sen",): ("senator", "legislature", ""),
    ("sens",): ("senator", "legislature", ""),
    ("senators",): ("senator", "legislature", ""),
    ("representative",): ("representative", "legislature", ""),
    ("representatives",): ("representative", "legislature", ""),
    ("rep",): ("representative", "legislature", ""),
    ("reps",): ("representative", "legislature", ""),
    ("congressman",): ("representative", "legislature", ""),
    ("congresswoman",): ("representative", "legislature", ""),
    ("congressperson",): ("representative", "legislature", ""),
    ("assemblyman",): ("assembly member", "legislature", ""),
    ("assemblywoman",): ("assembly member", "legislature", ""),
    ("assemblymember",): ("assembly member", "legislature", ""),
    ("mp",): ("member of parliament", "legislature", ""),
    ("councilman",): ("council member", "legislature", ""),
    ("councilwoman",): ("council member", "legislature", ""),
    ("councillor",): ("council member", "legislature", ""),
    ("councilor",): ("council member", "legislature", ""),
    ("alderman",): ("council member", "legislature", ""),
    ("speaker",): ("speaker", "leadership", ""),
    ("majority", "leader"): ("majority leader", "leadership", ""),
    ("minority", "leader"): ("minority leader", "leadership", ""),
    ("majority", "whip"): ("majority whip", "leadership", ""),
    ("minority", "whip"): ("minority whip", "leadership", ""),
    ("president", "pro", "tempore"): ("president pro tempore", "leadership", ""),
    ("justice",): ("justice", "judiciary", ""),
    ("chief", "justice"): ("justice", "judiciary", "chief"),
    ("associate", "justice"): ("justice", "judiciary", ""),
    ("judge",): ("judge", "judiciary", ""),
    ("chief", "judge"): ("judge", "judiciary", "chief"),
    ("general",): ("general", "military", ""),
    ("gen",): ("general", "military", ""),
    ("lieutenant", "general"): ("general", "military", "lieutenant"),
    ("lt", "gen"): ("general", "military", "lieutenant"),
    ("major", "general"): ("general", "military", "major"),
    ("maj", "gen"): ("general", "military", "major"),
    ("brigadier", "general"): ("general", "military", "brigadier"),
    ("brig", "gen"): ("general", "military", "brigadier"),
    ("colonel", "general"): ("general", "military", "colonel"),
    ("army", "general"): ("general", "military", "army"),
    ("admiral",): ("admiral", "military", ""),
    ("adm",): ("admiral", "military", ""),
    ("vice", "admiral"): ("admiral", "military", "vice"),
    ("rear", "admiral"): ("admiral", "military", "rear"),
    ("colonel",): ("colonel", "military", ""),
    ("col",): ("colonel", "military", ""),
    ("lieutenant", "colonel"): ("colonel", "military", "lieutenant"),
    ("lt", "col"): ("colonel", "military", "lieutenant"),
    ("major",): ("major", "military", ""),
    ("maj",): ("major", "military", ""),
    ("captain",): ("captain", "military", ""),
    ("capt",): ("captain", "military", ""),
    ("sergeant",): ("sergeant", "military", ""),
    ("sgt",): ("sergeant", "military", ""),
    ("field", "marshal"): ("marshal", "military", "field"),
    ("marshal",): ("marshal", "military", ""),
    ("ambassador",): ("ambassador", "diplomatic", ""),
    ("amb",): ("ambassador", "diplomatic", ""),
    ("director",): ("director", "agency", ""),
    ("head",): ("head", "agency", ""),
    ("chairman",): ("chair", "chair", ""),
    ("chairwoman",): ("chair", "chair", ""),
    ("chairperson",): ("chair", "chair", ""),
    ("chair",): ("chair", "chair", ""),
    ("sheriff",): ("sheriff", "law", ""),
    ("district", "attorney"): ("district attorney", "law", ""),
    ("prosecutor",): ("prosecutor", "law", ""),
    ("pope",): ("pope", "religious", ""),
    ("patriarch",): ("patriarch", "religious", ""),
    ("archbishop",): ("archbishop", "religious", ""),
    ("bishop",): ("bishop", "religious", ""),
    ("cardinal",): ("cardinal", "religious", ""),
    # staff and descriptions: recorded, never compared
    ("spokesman",): ("spokesperson", "staff", ""),
    ("spokeswoman",): ("spokesperson", "staff", ""),
    ("spokesperson",): ("spokesperson", "staff", ""),
    ("press", "secretary"): ("press secretary", "staff", ""),
    ("aide",): ("aide", "staff", ""),
    ("adviser",): ("adviser", "staff", ""),
    ("advisor",): ("adviser", "staff", ""),
    ("assistant",): ("assistant", "staff", ""),
    ("counselor",): ("counselor", "staff", ""),
    ("counsellor",): ("counselor", "staff", ""),
    ("negotiator",): ("negotiator", "staff", ""),
    ("envoy",): ("envoy", "staff", ""),
    ("official",): ("official", "staff", ""),
    ("chief", "of", "staff"): ("chief of staff", "staff", ""),
    ("commander",): ("commander", "staff", ""),
    ("commander-in-chief",): ("commander in chief", "staff", ""),
    ("commander", "in", "chief"): ("commander in chief", "staff", ""),
    ("chief",): ("chief", "staff", ""),
    ("leader",): ("leader", "staff", ""),
    ("ceo",): ("chief executive", "staff", ""),
    ("chief", "executive"): ("chief executive", "staff", ""),
    ("founder",): ("founder", "staff", ""),
    ("marine",): ("marine", "staff", ""),
    ("soldier",): ("soldier", "staff", ""),
    ("ombudsman",): ("ombudsman", "staff", ""),
    ("nominee",): ("nominee", "staff", ""),
    ("candidate",): ("candidate", "staff", ""),
}
_MAX_ROLE = max(len(k) for k in _ROLES)
# Families whose offices exclude each other for one person at one time.
CONFLICTING_FAMILIES = {"head", "executive", "legislature", "leadership", "judiciary", "military", "diplomatic"}
# Offices of different families that one person cannot hold at once: a governor is not also a
# legislator or a judge. Ministers may sit in a legislature (parliamentary systems), so those do not.
_EXCLUSIVE_ACROSS = {frozenset(p) for p in (
    ("head", "executive"), ("head", "legislature"), ("head", "leadership"), ("head", "judiciary"),
    ("judiciary", "legislature"), ("judiciary", "executive"), ("judiciary", "leadership"),
)}
# Offices with a single holder per jurisdiction (or per domain): a different person is a new holder.
SINGLE_HOLDER_ROLES = {"president", "prime minister", "chancellor", "governor", "mayor", "minister",
                       "secretary", "attorney general", "solicitor general", "prosecutor general",
                       "speaker", "majority leader", "minority leader", "king", "queen",
                       "secretary general", "crown prince"}

_RANKS = {"deputy": "deputy", "first": "", "vice": "vice", "acting": "", "interim": "",
          "lieutenant": "lieutenant", "lt": "lieutenant", "assistant": "assistant",
          "associate": "", "principal": "", "state": "state",
          "co": "co", "junior": "", "senior": ""}
_FORMER = {"former", "ex", "then", "late", "onetime", "one-time", "erstwhile", "retired", "ousted",
           "deposed", "disgraced", "jailed", "exiled", "outgoing", "previous", "past"}
# Words in a title that say nothing about the office (party, emphasis).
_NEUTRAL = {"republican", "democratic", "democrat", "gop", "labour", "labor", "conservative", "liberal",
            "r", "d", "i", "independent", "top", "current", "new", "newly", "incoming", "presumptive",
            "powerful", "veteran", "longtime", "long-time", "influential", "controversial", "embattled",
            "serving", "sitting", "then", "the", "of", "and", "for", "s", "'s", "on", "its", "his", "her"}
_DOMAIN_SYNONYMS = {
    "defence": "defense", "affairs": "", "foreign affairs": "foreign", "home": "interior",
    "internal": "interior", "treasury": "finance", "financial": "finance", "economic": "economy",
    "economics": "economy", "labour": "labor", "transportation": "transport", "ministry": "",
    "department": "", "u.s.": "", "us": "", "federal": "", "national": "national",
    "presidential": "presidential", "legislative": "", "house": "house", "senate": "senate",
    "congressional": "", "state": "state", "government": "", "office": "office",
}
# Words that belong to institutions, never to a person's name.
_INSTITUTIONAL = {
    "council", "committee", "ministry", "department", "service", "services", "agency", "office",
    "bureau", "commission", "security", "defense", "defence", "affairs", "state", "foreign",
    "national", "intelligence", "staff", "forces", "force", "court", "house", "senate", "assembly",
    "parliament", "party", "union", "organization", "organisation", "federation", "republic",
    "kingdom", "states", "nations", "treasury", "justice", "interior", "health", "education",
    "energy", "finance", "economy", "trade", "industry", "army", "navy", "air", "guard", "police",
    "region", "province", "oblast", "city", "district", "administration", "government", "cabinet",
    "board", "bank", "fund", "headquarters", "directorate", "command", "university", "institute",
    "center", "centre", "group", "company", "corporation", "network", "duma", "rada", "kremlin",
    "pentagon", "european", "international", "world", "public", "people's", "democratic",
    "republican", "human", "rights", "legal", "law", "division", "operations", "central", "federal",
    "supreme", "general", "affair", "committee's", "office's", "homeland", "internal", "home",
    "agriculture", "labor", "labour", "transport", "culture", "environment", "commerce", "veterans",
    "development", "relations", "policy", "budget", "appropriations", "judiciary", "armed",
    "reserve", "gop", "democrats", "republicans", "majority", "minority",
}
_CONNECTORS = {"of", "and", "for", "the", "on", "&"}
_DESCRIPTIVE = {"only", "youngest", "oldest", "longest-serving", "last", "second", "third", "fellow", "future", "next",
                "would-be", "possible", "potential", "likely", "self-proclaimed", "self-styled", "so-called"}
# Roles whose office is named by a portfolio or body: only for these does the domain tell offices apart.
PORTFOLIO_ROLES = {"minister", "secretary", "secretary general", "director", "head", "chair", "commissioner",
                   "ambassador"}
_APPOS_END = {",", ".", ";", ")", "(", ":", "\u2014", "\u2013", "!", "?", "\"", "\u201d"}
_ABBREV = {"sen", "rep", "gov", "lt", "gen", "col", "capt", "sgt", "maj", "adm", "atty", "sec",
           "brig", "amb", "u.s", "u.k", "u.n", "mr", "mrs", "ms", "dr", "sens", "reps", "ariz",
           "calif", "fla", "mass", "mich", "minn", "tex", "ill", "pa", "va", "wis", "n.y", "n.j", "n.c",
           "mo", "ky", "la", "md", "ga", "ind", "okla", "ore", "tenn", "wash", "conn", "colo", "nev",
           "ala", "ark", "del", "kan", "neb", "mont", "vt", "wyo", "d.c", "st", "jr", "sr"}
# Lower-case words that may sit inside a title before a name ("presidential aide", "deputy head").
_LOWER_OK = ({w for k in _ROLES for w in k if w not in STOPWORDS} | set(_RANKS) | _FORMER | set(_DOMAIN_SYNONYMS)
             | {"foreign", "defense", "defence", "interior", "finance", "justice", "health", "education",
                "energy", "trade", "economy", "intelligence", "security", "presidential", "military",
                "army", "navy", "police", "regional", "prime", "majority", "minority", "general",
                "attorney", "press", "chief", "top", "senior", "kremlin", "white", "government",
                "parliamentary", "culture", "agriculture", "transport", "environment", "emergency",
                "emergencies", "digital", "infrastructure", "veterans", "homeland", "economic",
                "international", "ministry", "human", "rights", "affairs", "armed", "forces", "staff",
                "budget", "appropriations", "judiciary", "relations", "communications", "policy", "information",
                "media", "sports", "sport", "youth", "social", "science", "technology", "tourism", "housing",
                "construction", "ecology", "agrarian", "food", "business", "industrial", "strategy", "trade",
                "reintegration", "territories", "development", "natural", "resources", "climate", "transportation",
                "labour", "labor", "employment", "welfare", "family", "fleet", "navy",
                "nuclear", "energy", "oil", "gas", "water", "public", "local", "regional", "state", "national"}) - {"war"}


def is_title_word(word: str) -> bool:
    """A word that belongs to titles or institutions, never a given name ("Minister", "Kremlin")."""
    w = fold_lower(word).rstrip(".")
    return w in _LOWER_OK or w in _INSTITUTIONAL or w in HONORIFICS or w in _NEUTRAL


def _norm(tok: Token) -> str:
    return fold_lower(tok.text).rstrip(".").replace("\u2019", "'")


def extract_people_and_titles(sentence: str, entities: Sequence[tuple[int, int, str]] = ()) -> tuple[list[PersonMention], list[TitleClaim]]:
    """People named in the sentence and the titles attached to them.

    `entities` are (start, end, label) character spans from a named-entity recogniser;
    PERSON spans are trusted for where a name is, and names right after a title word
    are found without them when the recogniser misses.
    """
    toks = tokenize(sentence)
    if not toks:
        return [], []
    people = _people(sentence, toks, entities)
    person_tokens: dict[int, int] = {}
    for idx, (a, b, _m) in enumerate(people):
        for k in range(a, b):
            person_tokens[k] = idx
    titles: list[TitleClaim] = []
    for idx, (a, b, m) in enumerate(people):
        for found in (_pre_name(sentence, toks, a, person_tokens), _after_name(sentence, toks, b, person_tokens),
                      _before_comma(sentence, toks, a, b, person_tokens)):
            if found is not None:
                claim = _claim(sentence, toks, found, m)
                if claim is not None and not any(t.start == claim.start and t.end == claim.end for t in titles):
                    titles.append(claim)
    return [m for _a, _b, m in people], titles


# ----------------------------------------------------------------- people in the sentence


def _char_to_token(toks: list[Token], start: int, end: int) -> tuple[int, int] | None:
    idx = [i for i, t in enumerate(toks) if t.start >= start and t.end <= end]
    return (idx[0], idx[-1] + 1) if idx else None


def _is_role_start(toks: list[Token], i: int) -> tuple[int, tuple[str, str, str]] | None:
    """The longest role starting at token i: (length in tokens, role entry)."""
    words: list[str] = []
    k = i
    while k < len(toks) and len(words) < _MAX_ROLE:
        t = toks[k]
        if t.text == "." and words and touching(toks[k - 1], t):
            k += 1
            continue
        if t.text == "-" and words and k + 1 < len(toks) and touching(toks[k - 1], t) and touching(t, toks[k + 1]):
            words[-1] = words[-1] + "-" + _norm(toks[k + 1])
            k += 2
            continue
        if not t.is_word:
            break
        words.append(_norm(t))
        k += 1
    best = None
    for n in range(len(words), 0, -1):
        entry = _ROLES.get(tuple(words[:n]))
        if entry:
            # token length of those n words
            count, k, seen = 0, i, 0
            while k < len(toks) and seen < n:
                if toks[k].is_word:
                    seen += 1
                    if k + 2 < len(toks) and toks[k + 1].text == "-" and touching(toks[k], toks[k + 1]) and "-" in words[seen - 1]:
                        k += 2
                k += 1
                if k < len(toks) and toks[k].text == "." and touching(toks[k - 1], toks[k]):
                    k += 1
            best = (k - i, entry)
            break
    return best


def _people(sentence: str, toks: list[Token], entities: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, PersonMention]]:
    """Person mentions as (first token, end token, mention), without overlaps, in order."""
    spans: list[tuple[int, int]] = []
    blocked = set()
    for s, e, label in entities:
        if label in ("GPE", "NORP"):
            rng = _char_to_token(toks, s, e)
            if rng:
                blocked.update(range(*rng))
    for s, e, label in entities:
        if label != "PERSON":
            continue
        rng = _char_to_token(toks, s, e)
        if rng is None:
            continue
        a, b = rng
        # "Zelensky's Jewishness": cut at a possessive
        for k in range(a, b):
            if toks[k].lower.endswith("'s") and k + 1 < b:
                b = k + 1
                break
        # leading title words inside the entity ("Marine Paul Whelan", "Sen. Grassley")
        while a < b - 1 and (_norm(toks[a]) in _LOWER_OK or _norm(toks[a]) in HONORIFICS or toks[a].text == "."):
            a += 1
        # the recogniser often stops early ("Vladimir" | "Putin's", "Ursula" | "von der Leyen")
        b = _extend_name(toks, a, b)
        if _plausible_name(toks[a:b]):
            spans.append((a, b))
    # names right after a title word or an honorific, which the recogniser may miss or merge
    i = 0
    while i < len(toks):
        role = _is_role_start(toks, i)
        honorific = _norm(toks[i]) in HONORIFICS and toks[i].is_capitalized
        if role is None and not honorific:
            i += 1
            continue
        j = i + (role[0] if role else 1)
        if honorific and j < len(toks) and toks[j].text == ".":
            j += 1
        run_start = j
        # a name right after the role ("Speaker John A. Boehner of Ohio"); else the end of an
        # "of ..." run ("Secretary of State Hillary Clinton")
        k = _name_run_end(toks, j)
        if k == j:
            k = _domain_run_end(toks, j)
        run = list(range(run_start, k))
        name_toks: list[int] = []
        for t in reversed(run):
            n = _norm(toks[t])
            if toks[t].text == "." and t > 0 and re.fullmatch(r"[A-Z]", toks[t - 1].text):
                name_toks.insert(0, t)  # the full stop of an initial
                continue
            if (not toks[t].is_word or n in _INSTITUTIONAL or n in _CONNECTORS or place(toks[t].text)
                    or _is_role_start(toks, t) or n in _LOWER_OK or t in blocked and not name_toks):
                break
            name_toks.insert(0, t)
            if len(name_toks) == 4:
                break
        single_after_of = len(name_toks) == 1 and name_toks[0] > run_start and _norm(toks[name_toks[0] - 1]) in _CONNECTORS
        if name_toks and _plausible_name([toks[t] for t in name_toks]) and not single_after_of:
            a, b = name_toks[0], name_toks[-1] + 1
            if not any(s <= a < e or s < b <= e for s, e in spans):
                spans.append((a, b))
        i = max(i + 1, j)
    # a name right before an apposition: "Rustem Umerov, Ukraine's defence minister,"
    for c, tok in enumerate(toks):
        if tok.text != "," or c < 2 or not _apposition_follows(toks, c + 1):
            continue
        name_toks = []
        for t in range(c - 1, max(-1, c - 5), -1):
            n = _norm(toks[t])
            if not (toks[t].is_word and toks[t].is_capitalized) or n in _INSTITUTIONAL or place(toks[t].text) or n in _LOWER_OK:
                break
            name_toks.insert(0, t)
        if len(name_toks) >= 2 and _plausible_name([toks[t] for t in name_toks]):
            a, b = name_toks[0], name_toks[-1] + 1
            if not any(s <= a < e or s < b <= e for s, e in spans):
                spans.append((a, b))
    # a name right after a title and a comma: "Ukraine's Minister of Defence, Rustem Umerov."
    for c, tok in enumerate(toks):
        if tok.text != "," or not _title_precedes(toks, c):
            continue
        name_toks = []
        t = c + 1
        while t < len(toks) and len(name_toks) < 4 and toks[t].is_word and toks[t].is_capitalized \
                and _norm(toks[t]) not in _INSTITUTIONAL and not place(toks[t].text) and _norm(toks[t]) not in _LOWER_OK:
            name_toks.append(t)
            t += 1
        closed = t >= len(toks) or toks[t].text in (",", ".", ";", ")") or _norm(toks[t]) == "and"
        if len(name_toks) >= 2 and closed and _plausible_name([toks[k] for k in name_toks]):
            a, b = name_toks[0], name_toks[-1] + 1
            if not any(s <= a < e or s < b <= e for s, e in spans):
                spans.append((a, b))
    spans.sort()
    out: list[tuple[int, int, PersonMention]] = []
    last_end = -1
    for a, b in spans:
        if a < last_end:
            continue
        start, end = toks[a].start, toks[b - 1].end
        name = sentence[start:end]
        name = re.sub(r"['\u2019]s$", "", name)
        end = start + len(name)
        out.append((a, b, mention(start, end, name)))
        last_end = b
    return out


def _name_run_end(toks: list[Token], j: int) -> int:
    """End of the capitalised words (and initials) right after a role, if they can be a name."""
    k = j
    while k < len(toks) and k - j < 6:
        t = toks[k]
        if t.is_word and t.is_capitalized and _norm(t) not in _INSTITUTIONAL and not place(t.text) \
                and not _is_role_start(toks, k) and _norm(t) not in _LOWER_OK:
            k += 1
            if t.lower.endswith("'s"):
                break
            continue
        if t.text == "." and k > j and touching(toks[k - 1], t) and re.fullmatch(r"[A-Z]", toks[k - 1].text):
            k += 1
            continue
        break
    return k


def _domain_run_end(toks: list[Token], j: int) -> int:
    """End of the capitalised run after a role: its "of ..." domain and then the name."""
    k = j
    while k < len(toks):
        t = toks[k]
        n = _norm(t)
        if t.is_word and t.is_capitalized:
            if k > j and _norm(toks[k - 1]) in ("and", "&") and _is_role_start(toks, k):
                return k - 1  # "... Rustem Umerov and Minister of ...": a new title starts
            k += 1
            continue
        if n in _CONNECTORS:
            m = k
            while m < len(toks) and _norm(toks[m]) in _CONNECTORS:
                m += 1
            if m < len(toks) and toks[m].is_word and toks[m].is_capitalized and not (n == "and" and _is_role_start(toks, m)):
                k = m
                continue
            break
        if t.text == "(" and k + 2 < len(toks) and toks[k + 1].text.isupper() and toks[k + 2].text == ")":
            k += 3
            continue
        if t.text == "." and k > 0 and touching(toks[k - 1], t) and (
                _norm(toks[k - 1]) in _ABBREV or re.fullmatch(r"[A-Z]", toks[k - 1].text)):
            k += 1
            continue
        break
    return k


def _title_precedes(toks: list[Token], c: int) -> bool:
    """Does a title phrase end right before the comma at c ("the head of the X Organization,")?"""
    for k in range(c - 1, max(-1, c - 9), -1):
        t = toks[k]
        if _is_role_start(toks, k):
            return True
        if not (t.is_word and (t.is_capitalized or _norm(t) in _LOWER_OK or _norm(t) in _CONNECTORS)):
            return False
    return False


def _apposition_follows(toks: list[Token], a: int) -> bool:
    """Does a closed title apposition start at token a ("Ukraine's defence minister,")?"""
    if a >= len(toks) or _norm(toks[a]) in ("a", "an", "who", "which"):
        return False
    for i in range(a, min(len(toks), a + 7)):
        role = _is_role_start(toks, i)
        if role:
            if not all(_norm(t) in _LOWER_OK or _norm(t) in _NEUTRAL or place(t.text) or _norm(t).endswith("'s")
                       or _norm(t) in _INSTITUTIONAL for t in toks[a:i]):
                return False
            k = _domain_end(toks, i + role[0], min(len(toks), i + role[0] + 10))
            while k < len(toks) and toks[k].is_word and (toks[k].is_capitalized or _norm(toks[k]) in _CONNECTORS):
                k += 1
            return k >= len(toks) or toks[k].text in (",", ".", ";", ")", "\u2014", "\u2013")
        if not toks[i].is_word:
            return False
    return False


_NOT_A_NAME = {"i", "we", "you", "he", "she", "they", "it", "on", "in", "at", "by", "the", "monday", "tuesday",
               "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
               "april", "june", "july", "august", "september", "october", "november", "december", "league",
               "cup", "club", "twitter", "telegram", "facebook", "instagram", "youtube", "file", "photo", "ap"}


def _extend_name(toks: list[Token], a: int, b: int) -> int:
    """Grow a name over the capitalised words and particles that follow it on the same line."""
    if toks[b - 1].lower.endswith("'s"):
        return b
    k = b
    while k < len(toks) and k - a < 6:
        t = toks[k]
        if t.text == "." and touching(toks[k - 1], t) and re.fullmatch(r"[A-Z]", toks[k - 1].text):
            k += 1  # "John A. Boehner"
            continue
        if t.text == "-" and k + 1 < len(toks) and touching(toks[k - 1], t) and touching(t, toks[k + 1]) and toks[k + 1].is_word:
            k += 2  # "Tsai Ing-wen"
            continue
        if t.is_word and _norm(t) in ("von", "van", "der", "de", "da", "del", "bin", "al") and k + 1 < len(toks) \
                and toks[k + 1].is_word and toks[k + 1].is_capitalized:
            k += 1
            continue
        if t.is_word and t.is_capitalized and not _is_role_start(toks, k) and _norm(t) not in _NOT_A_NAME \
                and not place(t.text) and _norm(t) not in _INSTITUTIONAL and not t.text.isupper():
            k += 1
            if t.lower.endswith("'s"):
                break
            continue
        break
    return k


def _plausible_name(toks: Sequence[Token]) -> bool:
    words = [t for t in toks if t.is_word]
    if not words or len(words) > 5:
        return False
    if any(_norm(t) in _NOT_A_NAME or (_norm(t) in STOPWORDS and len(t.text) > 1) for t in words):
        return False
    if len(words) == 1 and len(words[0].text) < 2:
        return False  # an initial alone is no name
    if not all(t.is_capitalized or fold_lower(t.text) in ("de", "van", "von", "al", "bin", "da", "del", "la", "le") for t in words):
        return False
    if len(words) == 1 and (place(words[0].text) or _norm(words[0]) in _INSTITUTIONAL):
        return False
    return not all(_norm(t) in _INSTITUTIONAL or place(t.text) for t in words)


# ----------------------------------------------------------------- title phrases


class _Found:
    """A title phrase: token range, where its role sits, and how it attaches."""

    def __init__(self, a: int, b: int, role_at: int, role_len: int, entry: tuple[str, str, str], form: str) -> None:
        self.a, self.b, self.role_at, self.role_len, self.entry, self.form = a, b, role_at, role_len, entry, form
        self.former = False


def _last_role(toks: list[Token], a: int, b: int) -> tuple[int, int, tuple[str, str, str]] | None:
    """The rightmost role inside toks[a:b] that is not part of a longer one."""
    best = None
    i = a
    while i < b:
        r = _is_role_start(toks, i)
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
    k = j
    while k >= 0 and k not in person_tokens:
        t = toks[k]
        n = _norm(t)
        if t.text == "." and k > 0 and touching(toks[k - 1], t) and _norm(toks[k - 1]) in _ABBREV:
            k -= 1
            continue
        if t.text == "-" and k > 0 and touching(toks[k - 1], t) and k + 1 <= j and touching(t, toks[k + 1]):
            k -= 1
            continue
        if t.is_word and (t.is_capitalized or n in _LOWER_OK):
            k -= 1
            continue
        if n in _CONNECTORS and k < j and (toks[k + 1].is_capitalized or _norm(toks[k + 1]) in _LOWER_OK
                                            or _norm(toks[k + 1]) in _CONNECTORS):
            k -= 1
            continue
        if (t.text == "," and 0 < k < j and toks[k - 1].is_capitalized and toks[k + 1].is_capitalized
                and _norm(toks[k - 1]) in _LOWER_OK and _norm(toks[k + 1]) in _LOWER_OK
                and any(_norm(x) == "and" for x in toks[k + 1:j + 1])):
            k -= 1  # "Business, Energy and Industrial Strategy Secretary": a list of portfolios
            continue
        break
    start = k + 1
    if start > j:
        return None
    # the name's own first token may be a role word ("General"): the title ends before the name
    found = _last_role(toks, start, j + 1)
    if found is None:
        return None
    role_at, role_len, entry = found
    # what follows the role up to the name must be an "of ..." domain, an acronym or nothing
    tail = [t for t in toks[role_at + role_len:j + 1] if t.is_word]
    if tail and _norm(tail[0]) not in ("of", "for", "general") and not all(_norm(t) in _INSTITUTIONAL or t.text.isupper() or place(t.text) for t in tail):
        return None
    start = _trim_left(toks, start, role_at)
    if start < 0:
        return None
    # "the President and Speaker Boehner": two titles for two people; keep the one before the name.
    # "ex-president and prime minister Medvedev": the "ex-" covers both
    former_before = False
    for k in range(role_at - 1, start, -1):
        if _norm(toks[k]) in ("and", "&") and _is_role_start(toks, k - 1 if toks[k - 1].text != "." else k - 2):
            former_before = any(_norm(t) in _FORMER for t in toks[max(0, start - 2):k])
            start = k + 1
            break
    if _indefinite_before(toks, start) or _descriptive_before(toks, start):
        return None
    if start == role_at and not toks[role_at].is_capitalized and start > 0 and _norm(toks[start - 1]) in ("the", "this", "that", "his", "her", "their"):
        return None  # "the president Blumenthal worked for": a description, not a title before a name
    found = _Found(start, j + 1, role_at, role_len, entry, "pre")
    found.former = former_before
    return found


def _trim_left(toks: list[Token], start: int, role_at: int) -> int:
    """Drop sentence openers, connectors and debris in front of a title; -1 when it is not one."""
    while start < role_at:
        t = toks[start]
        n = _norm(t)
        if n in _FORMER:
            break  # "then-Chancellor": part of the title as written
        if n in _CONNECTORS or t.text in ("(", ")", "-") or n in STOPWORDS or _is_debris(t.text):
            start += 1
            continue
        if t.is_capitalized and n not in _LOWER_OK and not place(t.text) and not _looks_institutional_run(toks, start, role_at):
            # an opener such as "Earlier" or a name of something else: keep only if followed by title words
            start += 1
            continue
        break
    return start


def _is_debris(word: str) -> bool:
    """Fragments of links or markup ("BaqMqrveGj") that are no part of a title."""
    return bool(re.search(r"[a-z][A-Z]", word)) and not word.startswith(("Mc", "Mac", "De", "Di", "La", "Le", "Van"))


def _looks_institutional_run(toks: list[Token], start: int, role_at: int) -> bool:
    """Capitalised words before a role that belong to the title ("Kremlin", "NSDC", "House")."""
    t = toks[start]
    n = _norm(t)
    if n in _INSTITUTIONAL or t.text.isupper() or n in _LOWER_OK:
        return True
    # "National Intelligence Organization head", "Roscosmos head": an org name right before the role
    nxt = toks[start + 1] if start + 1 < len(toks) else None
    return start + 1 == role_at or (nxt is not None and (_norm(nxt) in _INSTITUTIONAL or nxt.text.isupper()))


def _descriptive_before(toks: list[Token], start: int) -> bool:
    """"Britain's next prime minister, Liz Truss": a description of a future office, not a title."""
    return start > 0 and _norm(toks[start - 1]) in _DESCRIPTIVE


def _indefinite_before(toks: list[Token], start: int) -> bool:
    return start > 0 and _norm(toks[start - 1]) in ("a", "an", "another", "one")


def _after_name(sentence: str, toks: list[Token], b: int, person_tokens: dict[int, int]) -> _Found | None:
    """An apposition after the name: "Rustem Umerov, Ukraine's defence minister,"."""
    if b >= len(toks) or toks[b].text != ",":
        return None
    a = b + 1
    end = a
    while end < len(toks) and toks[end].text not in _APPOS_END and end not in person_tokens and end - a < 14:
        if _norm(toks[end]) in ("who", "which", "that", "said", "says", "told", "is", "was", "has", "had", "will", "would"):
            return None  # "Erdogan, the Russian president said ...": a new clause, not an apposition
        end += 1
    if end == a or end - a >= 14:
        return None
    if end < len(toks) and (toks[end].text == "(" or end in person_tokens) and not any(
            _norm(t) in ("to", "for", "at", "with") for t in toks[a:end]):
        return None  # a title that runs into a name belongs to that name ("..., Deputy Head (SBU) Oleksandr")
    if _norm(toks[a]) in ("a", "an", "one", "another", "and", "or", "but", "nor"):
        return None
    found = _last_role_before_preposition(toks, a, end)
    if found is None:
        return None
    role_at, role_len, entry = found
    # everything before the role must be modifiers
    for t in toks[a:role_at]:
        n = _norm(t)
        if not (n in _LOWER_OK or n in _NEUTRAL or place(t.text) or t.is_capitalized or n in _CONNECTORS or not t.is_word or n.endswith("'s")):
            return None
    stop = _domain_end(toks, role_at + role_len, end)
    return _Found(a, stop, role_at, role_len, entry, "apposition")


def _last_role_before_preposition(toks: list[Token], a: int, end: int) -> tuple[int, int, tuple[str, str, str]] | None:
    """The head role of an apposition: the last role before "to"/"for"/"at"/"in"."""
    best = None
    i = a
    while i < end:
        n = _norm(toks[i])
        if n in ("to", "at", "in", "with", "from", "on") and best is not None:
            break
        r = _is_role_start(toks, i)
        if r is not None and i + r[0] <= end:
            best = (i, r[0], r[1])
            i += r[0]
            continue
        if n == "of" and best is not None:
            break
        i += 1
    return best


def _domain_end(toks: list[Token], i: int, end: int) -> int:
    """End of the "of ..." part of a title; stops at another preposition."""
    if i < end and _norm(toks[i]) in ("of", "for"):
        k = i + 1
        while k < end and _norm(toks[k]) not in ("to", "at", "in", "with", "from", "on", "who"):
            k += 1
        return k
    return i


def _before_comma(sentence: str, toks: list[Token], a: int, b: int, person_tokens: dict[int, int]) -> _Found | None:
    """A title before a comma and the name: "Ukraine's Minister of Defence, Rustem Umerov"."""
    if a < 2 or toks[a - 1].text != ",":
        return None
    if b < len(toks) and toks[b].text not in (",", ".", ";", ")", "and", "\u2014", "\u2013") and _norm(toks[b]) != "and":
        return None
    j = a - 2
    k = j
    while k >= 0 and k not in person_tokens and j - k < 12:
        t = toks[k]
        n = _norm(t)
        if t.is_word and (t.is_capitalized or n in _LOWER_OK or n.endswith("'s")):
            k -= 1
            continue
        if n in _CONNECTORS and k < j:
            k -= 1
            continue
        if t.text == "." and k > 0 and touching(toks[k - 1], t):
            k -= 1
            continue
        break
    start = k + 1
    if start > j:
        return None
    found = _first_role(toks, start, j + 1)
    if found is None:
        return None
    role_at, role_len, entry = found
    if _indefinite_before(toks, start) or (start > 0 and _norm(toks[start - 1]) in ("a", "an")):
        return None
    start = _trim_left(toks, start, role_at)
    if _descriptive_before(toks, start) or any(_norm(t) in _DESCRIPTIVE for t in toks[start:role_at]):
        return None
    tail = [t for t in toks[role_at + role_len:j + 1] if t.is_word]
    if tail and _norm(tail[0]) not in ("of", "for"):
        return None
    return _Found(start, j + 1, role_at, role_len, entry, "apposition")


def _first_role(toks: list[Token], a: int, b: int) -> tuple[int, int, tuple[str, str, str]] | None:
    """The head role of "Minister of Defence": the first role, the rest is its domain."""
    i = a
    while i < b:
        r = _is_role_start(toks, i)
        if r is not None and i + r[0] <= b:
            # a longer role right after ("Deputy Head") still starts here
            return i, r[0], r[1]
        i += 1
    return None


# ----------------------------------------------------------------- canonical form


def _claim(sentence: str, toks: list[Token], f: _Found, person: PersonMention) -> TitleClaim | None:
    role, family, rank = f.entry
    pre = toks[f.a:f.role_at]
    post = toks[f.role_at + f.role_len:f.b]
    # strip trailing punctuation and connectors from the phrase
    while post and (not post[-1].is_word or _norm(post[-1]) in _CONNECTORS) and post[-1].text != ")":
        post = post[:-1]
    while pre and _norm(pre[0]) in ("the",):
        pre = pre[1:]
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
        if _norm(t) in _DESCRIPTIVE or _norm(t) == "first" and not (
                i + 1 < len(pre_words) and _norm(pre_words[i + 1]) in ("deputy", "vice", "assistant")):
            return None
    # "then-President": the hyphen joins "then" to the role
    if f.a > 0 and _norm(toks[f.a - 1]) in ("former", "ex", "then", "late") or any(_norm(t) in _FORMER for t in pre_words):
        former = True
    if f.a > 1 and toks[f.a - 1].text == "-" and _norm(toks[f.a - 2]) in _FORMER or f.former:
        former = True
    pre_places: list[str] = []
    for words in (pre_words, [t for t in post if t.is_word]):
        i = 0
        while i < len(words):
            matched = False
            for n in range(min(MAX_PLACE_WORDS, len(words) - i), 0, -1):
                phrase = " ".join(w.text for w in words[i:i + n])
                p = place(phrase)
                if p and i > 0 and _norm(words[i - 1]) in ("pro", "anti", "non", "ex"):
                    p = None  # "pro-Russian president": an allegiance, not a jurisdiction
                if p:
                    if words is pre_words:
                        pre_places.append(p)
                    else:
                        jurisdiction = jurisdiction or p
                    i += n
                    matched = True
                    break
            if matched:
                continue
            w = _norm(words[i])
            if words is pre_words and w in _RANKS:
                rank = rank or _RANKS[w]
            elif w not in _FORMER and w not in _NEUTRAL and w not in _CONNECTORS:
                domain_words.append(w)
            i += 1
    if pre_places:
        jurisdiction = pre_places[-1]  # the place nearest the role: "... Ukraine and Russian President"
    if rank == "state" and family != "legislature":
        rank, domain_words = "", ["state", *domain_words]  # "State Secretary", "State Duma Speaker"
    if family == "legislature":
        domain_words = []  # "House", "U.S.", "state" do not change which seat it is
    domain = canonical_domain(domain_words, role)
    if family == "staff" and role in ("leader",) and not domain:
        return None
    return TitleClaim(start=start, end=end, text=text, person=person, role=role, domain=domain, rank=rank,
                      jurisdiction=jurisdiction, family=family, former=former, form=f.form)


def canonical_domain(words: Sequence[str], role: str = "") -> str:
    """'Foreign Affairs' -> 'foreign', 'Defence' -> 'defense', 'Secretary of State' -> 'foreign'."""
    out: list[str] = []
    text = " ".join(words)
    text = text.replace("foreign affairs", "foreign").replace("internal affairs", "interior")
    for w in text.split():
        w = w.strip("'").removesuffix("'s")
        w = _DOMAIN_SYNONYMS.get(w, w)
        if w and w not in out:
            out.append(w)
    if role == "secretary" and out == ["state"]:
        out = ["foreign"]
    return " ".join(out)


def acronym(domain: str) -> str:
    return "".join(w[0] for w in domain.split() if w not in ("and", "of", "the", "for"))


# Portfolios common to most governments: two different ones name two different offices. Other
# words ("DPR", "Donetsk People's Republic") may be written many ways, so they never conflict alone.
STANDARD_PORTFOLIOS = frozenset("""
defense foreign interior finance justice health education energy agriculture trade industry transport culture
labor environment economy security intelligence information infrastructure veterans homeland commerce housing
communications digital sport sports youth science technology tourism business emergencies emergency social
""".split())


def domains_match(a: str, b: str) -> bool:
    """Could two domains name the same portfolio or body ("nsdc" ~ "national security defense council")?"""
    if not a or not b or a == b:
        return True
    wa, wb = set(a.split()), set(b.split())
    if wa <= wb or wb <= wa:
        return True
    for short, long in ((a, b), (b, a)):
        if " " not in short and len(short) >= 2 and acronym(long) == short:
            return True
    sa, sb = wa & STANDARD_PORTFOLIOS, wb & STANDARD_PORTFOLIOS
    if sa and sb:
        return bool(sa & sb)  # "Business and Energy" vs "Energy and Industrial Strategy": one ministry
    return bool(wa & wb) or not (sa or sb)


def compare_titles(a: TitleClaim, b: TitleClaim) -> str:
    """'same', 'compatible' (both can hold at once) or 'conflict' (one person cannot hold both)."""
    if a.former or b.former:
        return "compatible"
    if a.family != b.family:
        return "conflict" if frozenset((a.family, b.family)) in _EXCLUSIVE_ACROSS else "compatible"
    if a.family not in CONFLICTING_FAMILIES:
        return "compatible"
    if a.jurisdiction and b.jurisdiction and a.jurisdiction != b.jurisdiction:
        return "conflict"
    role_equal = a.role == b.role or {a.role, b.role} == {"minister", "secretary"} and a.domain and b.domain and domains_match(a.domain, b.domain)
    if not role_equal:
        if _contains_role(a, b) or _contains_role(b, a):
            return "compatible"  # "UN Secretary" is an abbreviated "Secretary-General"
        if _deputy_head_and_minister(a, b) or _deputy_head_and_minister(b, a):
            return "compatible"  # a vice chancellor or deputy prime minister usually holds a ministry too
        return "conflict"
    if (a.rank or "") != (b.rank or ""):
        if a.family == "military" and not (a.rank and b.rank):
            return "compatible"  # news shortens "Lieutenant General X" to "General X" or "Gen. X"
        return "conflict"
    if a.role in PORTFOLIO_ROLES and not domains_match(a.domain, b.domain):
        return "conflict"
    if a.domain == b.domain and a.jurisdiction == b.jurisdiction:
        return "same"
    return "compatible"


def _contains_role(short: TitleClaim, long: TitleClaim) -> bool:
    """A role whose words all belong to the other role ("UN Secretary" for "Secretary-General")."""
    return not short.rank and domains_match(short.domain, long.domain) and set(short.role.split()) < set(long.role.split())


def _deputy_head_and_minister(head: TitleClaim, minister: TitleClaim) -> bool:
    return (head.role in ("prime minister", "chancellor", "president") and head.rank in ("deputy", "vice")
            and minister.role in ("minister", "secretary"))


def office_key(t: TitleClaim) -> str | None:
    """The single-holder office a title names, when fully specified ("minister|defense|ukraine")."""
    if t.former or t.role not in SINGLE_HOLDER_ROLES or not t.jurisdiction:
        return None
    if t.rank in ("deputy", "vice", "assistant", "under", "state", "co"):
        return None  # there are many deputies, vice-speakers and state secretaries
    if t.role in ("governor", "mayor") and t.jurisdiction not in US_STATES:
        return None  # a country has many governors and mayors; only a state names one office
    if t.role in ("minister", "secretary", "secretary general") and not t.domain:
        return None
    return "|".join((t.role, t.rank, t.domain, t.jurisdiction))


def title_label(t: TitleClaim) -> str:
    """A readable canonical title: "Minister (defense, ukraine)"."""
    bits = " ".join(x for x in (t.rank, t.role) if x)
    extra = ", ".join(x for x in (t.domain, t.jurisdiction) if x)
    return f"{bits} ({extra})" if extra else bits
