"""People named in a sentence, for the title detector: where each name starts and ends.

Spans from a named-entity recogniser are trusted for where a name is, trimmed of title
words it swallowed ("Marine Paul Whelan") and grown where it stopped early ("Ursula" |
"von der Leyen"); names right after a title word or an honorific, and names either side
of a title apposition, are found without it when the recogniser misses them.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..gazetteer import place
from ..model import PersonMention
from ..offices import ORGANISATION_WORDS, PORTFOLIO_WORDS
from ..textnorm import STOPWORDS
from ..tokens import Token, touching
from .people import COURTESY, COURTESY_OR_HONORIFIC, HONORIFICS, PARTICLES, mention
from .title_words import (ABBREVIATIONS, BODY_NAME_ENDS, CLAUSE_WORDS, CONNECTORS, INSTITUTIONAL, LEADS_BODY, court_named, NEUTRAL, NOT_A_NAME, TITLE_WORDS, body_after_to, domain_end, norm,
                          role_start)


def _char_to_token(toks: list[Token], starts: list[int], start: int, end: int) -> tuple[int, int] | None:
    """The tokens inside characters [start, end) as (first, end) indices; `starts`: each token's
    start. Tokens are in order and do not overlap, so they are one run found by bisection, not by
    a scan of the whole sentence for each entity."""
    first = bisect.bisect_left(starts, start)
    last = first
    while last < len(toks) and toks[last].end <= end:
        last += 1
    return (first, last) if last > first else None


def people_spans(sentence: str, toks: list[Token], entities: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, PersonMention]]:
    """Person mentions as (first token, end token, mention), without overlaps, in order."""
    spans: list[tuple[int, int]] = []
    blocked = set()
    starts = [t.start for t in toks]
    for s, e, label in entities:
        if label in ("GPE", "NORP"):
            rng = _char_to_token(toks, starts, s, e)
            if rng:
                blocked.update(range(*rng))
    for s, e, label in entities:
        if label != "PERSON":
            continue
        rng = _char_to_token(toks, starts, s, e)
        if rng is None:
            continue
        a, b = rng
        # "Zelensky's Jewishness": cut at a possessive
        for k in range(a, b):
            if toks[k].lower.endswith("'s") and k + 1 < b:
                b = k + 1
                break
        # leading title words inside the entity ("Marine Paul Whelan", "Sen. Grassley")
        a = _past_title_words(toks, a, b)
        # the recogniser often stops early ("Vladimir" | "Putin's", "Ursula" | "von der Leyen")
        b = _extend_name(toks, a, b)
        # a title it took for a name of its own ("MEP" | "Raphaël Glucksmann"), now followed by the name
        a = _past_title_words(toks, a, b)
        if all(norm(t) in TITLE_WORDS or not t.is_word for t in toks[a:b]):
            continue  # "Det" of "Det. Insp. Sarah Whitlock"
        if _plausible_name(toks[a:b]):
            spans.append((a, b))
    # names right after a title word or an honorific, which the recogniser may miss or merge
    i = 0
    while i < len(toks):
        role = role_start(toks, i)
        honorific = norm(toks[i]) in COURTESY_OR_HONORIFIC and toks[i].is_capitalized
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
        after_domain = k == j
        if after_domain:
            k = _domain_run_end(toks, j, host=role is not None and body_after_to(role[1]),
                                person_starts={a for a, _b in spans})
        run = list(range(run_start, k))
        name_toks: list[int] = []
        for t in reversed(run):
            n = norm(toks[t])
            if toks[t].text == "." and t > 0 and re.fullmatch(r"[A-Z]", toks[t - 1].text):
                name_toks.insert(0, t)  # the full stop of an initial
                continue
            if (not toks[t].is_word or n in INSTITUTIONAL or n in CONNECTORS or place(toks[t].text)
                    or role_start(toks, t) or n in TITLE_WORDS or t in blocked and not name_toks):
                break
            name_toks.insert(0, t)
            if len(name_toks) >= 4 and not _inner_particle(toks, t):
                break  # a name opens with no particle: "Mohammed bin Abdulrahman Al Thani"
        if after_domain and name_toks:
            name_toks = _name_after_domain(name_toks, toks, spans)
            if _apposition_of_someone(toks, i, name_toks[-1] + 1 if name_toks else k):
                # "Andy Burnham, the Mayor of Greater Manchester, said": the place ends the title; a
                # mayor's or a governor's "of" names a place even where the recogniser took it for a
                # person ("deputy mayor of Bad Krellingen"; a chief of staff's may be a person's)
                if role is not None and role[1][1] in _HEADS_OF_PLACES:
                    end = name_toks[-1] + 1 if name_toks else k
                    spans = [(a, b) for a, b in spans if not (run_start <= a and b <= end)]
                name_toks = []
        single_after_of = len(name_toks) == 1 and name_toks[0] > run_start and norm(toks[name_toks[0] - 1]) in CONNECTORS
        if name_toks and _plausible_name([toks[t] for t in name_toks]) and not single_after_of:
            a, b = name_toks[0], name_toks[-1] + 1
            inside = [(s, e) for s, e in spans if a <= s and e <= b and (s, e) != (a, b)]
            if inside and (not after_domain or all(e == b for _s, e in inside)) \
                    and not any((s < a < e or s < b < e) for s, e in spans):
                # the recogniser stopped late: "Minister Oleksii Reznikov" read as "Reznikov" alone
                # ("Ambassador to Japan Rahm Emanuel" as "Emanuel": see _name_after_domain)
                spans = [sp for sp in spans if sp not in inside]
            if not any(s <= a < e or s < b <= e for s, e in spans):
                spans.append((a, b))
        i = max(i + 1, j)
    # a name right before an apposition: "Rustem Umerov, Ukraine's defence minister,"
    for c, tok in enumerate(toks):
        if tok.text != "," or c < 2 or not _apposition_follows(toks, c + 1):
            continue
        name_toks = []
        for t in range(c - 1, max(-1, c - 7), -1):
            n = norm(toks[t])
            if toks[t].text == "-" and name_toks and _after_name_hyphen(toks, name_toks[0]):
                name_toks.insert(0, t)  # "Shin Won-sik": the hyphen inside a given name
                continue
            if not (toks[t].is_word and (toks[t].is_capitalized or _after_name_hyphen(toks, t))) or n in INSTITUTIONAL \
                    or place(toks[t].text) or n in TITLE_WORDS:
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
                and norm(toks[t]) not in INSTITUTIONAL and not place(toks[t].text) and norm(toks[t]) not in TITLE_WORDS:
            name_toks.append(t)
            t += 1
        closed = t >= len(toks) or toks[t].text in (",", ".", ";", ")") or norm(toks[t]) == "and"
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


# Families whose roles head a place or a see: what follows their "of" is where ("mayor of Riverton")
_HEADS_OF_PLACES = frozenset({"head", "religious"})


def _apposition_of_someone(toks: list[Token], role_at: int, end: int) -> bool:
    """Is the title at role_at an apposition closed by a comma (", the Mayor of Greater Manchester,")?
    What ends its "of ..." run is then the domain's last words, not a name."""
    k = role_at - 1
    while k >= 0 and toks[k].is_word and norm(toks[k]) != "the" and (norm(toks[k]) in TITLE_WORDS or norm(toks[k]) in NEUTRAL):
        k -= 1  # "the deputy Mayor of ..."
    opened = k >= 1 and norm(toks[k]) == "the" and toks[k - 1].text == ","
    # or with no article, in lower case right after a name: "Katrin Oster, deputy mayor of Bad
    # Krellingen, who led the talks" (a title before a name is capitalised: "In Kyiv, Minister of
    # Defence Rustem Umerov, who ...")
    bare = (k >= 1 and toks[k].text == "," and not toks[k + 1].is_capitalized
            and toks[k - 1].is_word and toks[k - 1].is_capitalized)
    return (opened or bare) and end < len(toks) and toks[end].text == ","


def _past_title_words(toks: list[Token], a: int, b: int) -> int:
    """The first token of a span after the title words that open it ("Sen.", "Maj-Gen"), keeping one."""
    while a < b - 1:
        role = role_start(toks, a)
        if role is not None and a + role[0] < b and any(toks[x].text == "-" for x in range(a, a + role[0])):
            a += role[0]  # a role of hyphened words ("Maj-Gen")
        elif norm(toks[a]) in TITLE_WORDS or norm(toks[a]) in HONORIFICS or toks[a].text == ".":
            a += 1
        else:
            break
    return a


def _name_after_domain(name_toks: list[int], toks: list[Token], spans: list[tuple[int, int]]) -> list[int]:
    """The name at the end of an "of ..." run: "Archbishop of York Justin Welby" is Justin Welby of
    York. The recogniser's person there is the name; without one, the last two words (three with an
    initial): a place or body named in a domain ("Canterbury", "Refugees") is no given name."""
    end = name_toks[-1] + 1
    person = [a for a, b in spans if b == end and name_toks[0] <= a]
    if person:
        first = min(person)
        if first == end - 1 and first - 1 in name_toks and toks[first - 1].is_word:
            first -= 1  # the recogniser took the surname alone ("Ambassador to Japan Rahm Emanuel")
        return [t for t in name_toks if t >= first]
    words = [t for t in name_toks if toks[t].is_word]
    if len(words) <= 2 or any(len(toks[t].text) == 1 for t in words):
        return name_toks
    return [t for t in name_toks if t >= words[-2]]


def _name_run_end(toks: list[Token], j: int) -> int:
    """End of the capitalised words (and initials) right after a role, if they can be a name."""
    k = j
    while k < len(toks) and k - j < 6:
        t = toks[k]
        if t.is_word and t.is_capitalized and norm(t) not in INSTITUTIONAL and not place(t.text) \
                and not role_start(toks, k) and norm(t) not in TITLE_WORDS:
            k += 1
            if t.lower.endswith("'s"):
                break
            continue
        if t.text == "." and k > j and touching(toks[k - 1], t) and re.fullmatch(r"[A-Z]", toks[k - 1].text):
            k += 1
            continue
        if k > j and _inner_particle(toks, k):
            k += 1  # "Sheikh Tamim bin Hamad Al Thani"
            continue
        break
    return k


def _particle(t: Token) -> bool:
    """A lower-case particle of a name ("von der" in "Ursula von der Leyen", "bin")."""
    return t.is_word and t.text.islower() and norm(t) in PARTICLES


def _inner_particle(toks: Sequence[Token], k: int) -> bool:
    """A lower-case particle inside a name, a capitalised word after it ("bin" in "Mohamed bin Zayed")."""
    return _particle(toks[k]) and k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].is_capitalized


def _domain_run_end(toks: list[Token], j: int, host: bool = False, person_starts: frozenset[int] | set[int] = frozenset()) -> int:
    """End of the capitalised run after a role: its "of ..." domain and then the name. `host`: a
    diplomat's "to ..." starts the run too ("Ambassador to Japan Rahm Emanuel"). A comma inside
    the run may list portfolios ("Minister for Energy, Water Resources and Irrigation Bimala
    Karki"), but not before a person the recogniser found ("Minister of Health, Ana Leal and ...")."""
    k = j
    if host and k + 1 < len(toks) and norm(toks[k]) == "to":
        k += 1
        while k < len(toks) and norm(toks[k]) == "the":
            k += 1
        if k == len(toks) or not (toks[k].is_word and toks[k].is_capitalized):
            return j
    while k < len(toks):
        t = toks[k]
        n = norm(t)
        if t.is_word and t.is_capitalized:
            if k > j and norm(toks[k - 1]) in ("and", "&") and role_start(toks, k):
                return k - 1  # "... Rustem Umerov and Minister of ...": a new title starts
            k += 1
            continue
        if n in CONNECTORS:
            m = k
            while m < len(toks) and norm(toks[m]) in CONNECTORS:
                m += 1
            if m < len(toks) and toks[m].is_word and toks[m].is_capitalized and not (n == "and" and role_start(toks, m)):
                k = m
                continue
            break
        if t.text == "(" and k + 2 < len(toks) and toks[k + 1].text.isupper() and toks[k + 2].text == ")":
            k += 3
            continue
        if t.text == "." and k > 0 and touching(toks[k - 1], t) and (
                norm(toks[k - 1]) in ABBREVIATIONS or re.fullmatch(r"[A-Z]", toks[k - 1].text)):
            k += 1
            continue
        if t.text == "," and k > j and k + 1 not in person_starts and _portfolio_list_after(toks, k):
            k += 1
            continue
        break
    return k


def _portfolio_list_after(toks: list[Token], c: int) -> bool:
    """Does the comma at c go on with a list of portfolios: a portfolio word before it, capitalised
    words after it, then "and" and a capitalised word ("Energy, Water Resources and Irrigation")?"""
    if not (toks[c - 1].is_capitalized and (norm(toks[c - 1]) in PORTFOLIO_WORDS or norm(toks[c - 1]) in INSTITUTIONAL)):
        return False
    m = c + 1
    while m < len(toks) and toks[m].is_word and toks[m].is_capitalized and m - c <= 3:
        m += 1
    return (m > c + 1 and m + 1 < len(toks) and norm(toks[m]) in ("and", "&")
            and toks[m + 1].is_word and toks[m + 1].is_capitalized)


def _title_precedes(toks: list[Token], c: int) -> bool:
    """Does a title phrase end right before the comma at c ("the head of the X Organization,")?"""
    for k in range(c - 1, max(-1, c - 9), -1):
        t = toks[k]
        if role_start(toks, k):
            return True
        if not (t.is_word and (t.is_capitalized or norm(t) in TITLE_WORDS or norm(t) in CONNECTORS)):
            return False
    return False


_CLOSING = (",", ".", ";", ")", "\u2014", "\u2013")


# Verbs of a relative clause that give its person an office: "who chairs the agency", "who heads
# the port authority" (LEADS_BODY, which name it), "who serves as ...", "who has been chief executive
# since 2022"
_OFFICE_VERBS = frozenset(LEADS_BODY) | frozenset({"leads", "serves", "served", "is", "was", "has", "had", "became",
                                                   "been", "now", "also", "currently"})


def _office_verb_then_role(toks: list[Token], a: int) -> bool:
    """Do toks[a:] open with an office clause's verbs and then a role ("chairs", "has been chief
    executive of")? "chairs" and "heads" name the office themselves."""
    k = a
    while k < len(toks) and k < a + 4 and norm(toks[k]) in _OFFICE_VERBS:
        if norm(toks[k]) in LEADS_BODY:
            return True
        k += 1
    if k == a:
        return False
    for i in range(k, min(len(toks), k + 4)):
        if role_start(toks, i):
            return True
        if not toks[i].is_word or norm(toks[i]) in CLAUSE_WORDS:
            return False
    return False


def _apposition_follows(toks: list[Token], a: int) -> bool:
    """Does a closed title apposition start at token a ("Ukraine's defence minister,")?"""
    if a + 2 < len(toks) and norm(toks[a]) in ("a", "an"):
        role = role_start(toks, a + 1)  # "a judge on the 11th U.S. Circuit Court of Appeals,": one court's
        after = a + 1 + role[0] if role else a
        closing = next((k for k in range(after, len(toks)) if toks[k].text in _CLOSING), len(toks))
        return bool(role) and role[1][1] == "judiciary" and court_named(toks, after, closing)
    if a < len(toks) and norm(toks[a]) == "who":
        # "Karen Voss, who chairs the Animal Feed Standards Agency,": an office clause about a person
        return _office_verb_then_role(toks, a + 1)
    if a >= len(toks) or norm(toks[a]) == "which":
        return False
    for i in range(a, min(len(toks), a + 7)):
        role = role_start(toks, i)
        if role:
            in_place = _in_long_place(toks, a, i)
            if not all(norm(t) in TITLE_WORDS or norm(t) in NEUTRAL or place(t.text) or norm(t).endswith("'s")
                       or norm(t) in INSTITUTIONAL or k in in_place for k, t in enumerate(toks[a:i], a)):
                return False
            closing = next((k for k in range(i + role[0], len(toks)) if toks[k].text in _CLOSING), len(toks))
            k = domain_end(toks, i + role[0], min(closing, i + role[0] + 10), host=body_after_to(role[1]))
            if any(norm(t) in CLAUSE_WORDS for t in toks[i + role[0]:k]):
                return False  # "Smith, the minister who said ...": a clause, not a title
            while k < len(toks) and toks[k].is_word and (toks[k].is_capitalized or norm(toks[k]) in CONNECTORS):
                k += 1
            return k >= len(toks) or toks[k].text in _CLOSING
        if not toks[i].is_word:
            return False
    return False


def _in_long_place(toks: list[Token], a: int, b: int) -> set[int]:
    """Token indices in [a, b) inside a place's name of two or three words ("South Africa's")."""
    out: set[int] = set()
    for i in range(a, b):
        for n in (3, 2):
            if i + n <= b and all(t.is_word for t in toks[i:i + n]) and place(" ".join(t.text for t in toks[i:i + n])):
                out.update(range(i, i + n))
                break
    return out


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
        if _particle(t) and k + 1 < len(toks) and (_inner_particle(toks, k) or _particle(toks[k + 1])):
            k += 1
            continue
        if t.is_word and t.is_capitalized and not role_start(toks, k) and norm(t) not in NOT_A_NAME \
                and not place(t.text) and norm(t) not in INSTITUTIONAL and not t.text.isupper():
            k += 1
            if t.lower.endswith("'s"):
                break
            continue
        break
    return k


def _after_name_hyphen(toks: Sequence[Token], k: int) -> bool:
    """Is toks[k] the lower-case part of a hyphened given name ("Jong-un", "Ing-wen", "Ching-te")?"""
    return (k >= 2 and toks[k - 1].text == "-" and touching(toks[k - 2], toks[k - 1]) and touching(toks[k - 1], toks[k])
            and toks[k - 2].is_word and toks[k - 2].is_capitalized)


def _plausible_name(toks: Sequence[Token]) -> bool:
    words = [t for t in toks if t.is_word]
    if not words or len([t for t in words if not _particle(t) and norm(t) not in COURTESY]) > 5:
        return False  # but "Sheikh Mohammed bin Abdulrahman Al Thani"

    if any((norm(t) in NOT_A_NAME or (norm(t) in STOPWORDS and len(t.text) > 1 and not _particle(t)))
           and not _after_name_hyphen(toks, k) for k, t in enumerate(toks) if t.is_word):
        return False  # but "Moon Jae-in": a given name's hyphened part
    if len(words) == 1 and len(words[0].text) < 2:
        return False  # an initial alone is no name
    if not all(t.is_capitalized or _particle(t) or _after_name_hyphen(toks, k) for k, t in enumerate(toks) if t.is_word) \
            or _particle(words[0]) or _particle(words[-1]):
        return False
    if len(words) == 1 and (place(words[0].text) or norm(words[0]) in INSTITUTIONAL or norm(words[0]) in ORGANISATION_WORDS):
        return False  # "MI6", which the recogniser may take for a person
    if len(words) > 1 and norm(words[-1]).removesuffix("'s") in BODY_NAME_ENDS:
        return False  # "Tanfield Airport's", which the recogniser may take for a person
    if len(words) > 1 and place(" ".join(t.text for t in words)):
        return False  # "Sri Lankan", "New Zealand": a place of several words the recogniser took for a person
    return not all(norm(t) in INSTITUTIONAL or place(t.text) for t in words)
