"""What a figure counts, and whom it is about: the words after a figure up to the end of its
noun phrase ("1,000 prisoners of war"), whether it is part of a larger set ("two more
ships"), the name it is about ("Griner ... nine years") and the words of its clause.
"""
from __future__ import annotations

import re

from .. import tables
from ..gazetteer import place
from ..textnorm import STOPWORDS, fold_lower, singular
from ..tokens import Token, touching

SMALL = tables.number_units()
TENS = tables.number_tens()
MONTH_WORDS = frozenset(tables.months())
_CALENDAR = MONTH_WORDS | frozenset(tables.weekdays())
VAGUE_PLURALS = {"dozens", "hundreds", "thousands", "millions", "billions", "tens", "scores"}
_BOUNDARY_PUNCT = set(".,;:!?()[]{}\"\u201c\u201d\u2014\u2013")

# Common verbs that end a noun phrase ("earthquake struck", "soldiers remain").
_VERBS = frozenset("""
struck hit fell took gave made came went ran left led met held won lost saw said told sent got kept
paid put became began brought bought built caught fought flew grew heard knew rose sold stood thought
threw wore face faces remain remains stay stays include includes say says see sees get gets make makes
take takes come comes go goes need needs want wants live lives work works die dies flee flees surrender
surrenders vote votes
""".split())

# Words between a figure and the thing counted that say nothing about what is counted.
_SKIPPABLE = {"such", "worth", "separate", "different", "individual", "total", "full", "whole", "entire", "long",
              "straight", "consecutive", "successive", "solid"}  # "16 straight days" counts days
# Words that make a figure a part of a larger set ("two more debates", "three other Britons").
_PARTIAL_WORDS = {"other", "more", "additional", "new", "extra", "further", "remaining", "fewer", "less"}
PARTIAL = "+part"
# the size of a set a part is told of ("91 of the 169 seats"): never the same fact as a count that
# differs from it (what some of it did), but it restates a total that agrees ("19 of the 27 deaths")
WHOLE = "+whole"
# what a body holds, written before it ("the 169-seat parliament", "a 42-seater bus"): a capacity,
# only ever the same fact as another capacity
CAPACITY = "+size"
DIFFERENCE = "+diff"  # by how much, not how many: "five rounds sooner than"
# what an amount of money pays for, read after "for" ("$5.1 million for ranger jobs", "£140m for a
# hardship fund"): two amounts for two things named apart are two amounts
PURPOSE = "+for"
# How often, after the thing counted ("100 soldiers daily"): the period a rate is per (numbers.py reads it).
RATE_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year",
                "nightly": "night", "hourly": "hour"}
# A comparative after the thing counted, then "than" or the clause's end, makes the figure a
# difference, not a total: "five rounds sooner than", "10 points higher than", "two days later,".
# ("12 soldiers later returned" is when they returned; "more"/"fewer" open the next figure.)
_COMPARATIVES = frozenset({"sooner", "earlier", "later", "longer", "shorter", "higher", "lower", "faster", "slower",
                           "ahead", "behind", "older", "younger", "bigger", "smaller", "larger", "greater"})


_YEARS_IN = {"decade": 10, "century": 100, "millennium": 1000}


def _initialism_end(toks: list[Token], k: int) -> int:
    """The index after an initialism written with periods starting at k ("U.S.", "U.N."), or 0."""
    m = k
    while _initial_at(toks, m):
        m += 2
        if m < len(toks) and toks[m].start != toks[m - 1].end and not _initial_at(toks, m):
            break  # "U.S. troops": the space after the last period ends it ("U. S. troops", tokenised, goes on)
    return m if m - k >= 4 else 0


def _initial_at(toks: list[Token], m: int) -> bool:
    """A capital letter and its period ("U.")."""
    return (m + 1 < len(toks) and len(toks[m].text) == 1 and toks[m].text.isupper() and toks[m + 1].text == "."
            and toks[m].end == toks[m + 1].start)


# Words that, right after a capitalised word after a figure, make that word a clause's subject
_CLAUSE_AFTER_NAME = frozenset({"already", "still", "now", "also", "has", "had", "owns", "owned", "runs", "ran",
                                "operates", "operated", "manages", "managed"})
# Words after "lives" that make it a verb ("a family of five lives in ..."), not deaths counted
_WHERE_ONE_LIVES = frozenset({"in", "on", "at", "with", "near", "under", "there", "here", "alone", "abroad", "off"})


# Words that follow a verb, not a noun: after "and", "six seasons and gives it every match" joins a
# verb, no second thing counted
_OBJECT_AFTER_A_VERB = frozenset({"it", "them", "him", "her", "us", "me", "you", "its", "their", "his", "every", "each",
                                  "this", "these", "those"})


def _counted(sentence: str, toks: list[Token], j: int) -> tuple[list[str], str, int]:
    """Words of the thing counted after index j, its text, and the index after it."""
    words: list[str] = []
    k = j
    first = j
    last = -1  # the last token that is part of the thing counted: the text ends there, not at a skipped "and"
    used_of = False
    while k < len(toks) and len(words) < 5:
        t = toks[k]
        w = t.lower
        initialism = _initialism_end(toks, k)
        if initialism and initialism < len(toks) and toks[initialism].is_word and toks[initialism].lower not in STOPWORDS:
            k = initialism  # "5,000 U.S. troops", "300 U.N. peacekeepers": whose they are, not what
            continue
        model = _model_name_end(toks, k)
        if model:
            # "12 T-72 tanks", "14 AK-47 rifles", "four Su-25 jets": a model's name is one word
            name = re.sub(r"\s*-\s*", "-", fold_lower(sentence[t.start:toks[model - 1].end]))
            words.append(re.sub(r"(?<=\d)s$", "", name))  # "AK-47s" are AK-47s
            last, k = model - 1, model
            continue
        if not t.is_word or t.text in _BOUNDARY_PUNCT:
            break
        if not words and w in SPAN_UNITS and _hyphened_to_a_word(toks, k):
            # "four night-shift workers", "two day-trippers": a compound that names who, no span of
            # nights or days ("week-long", "year-old" are spans and ages, read as they were)
            words.append(f"{w}-{singular(toks[k + 2].lower)}")
            last, k = k + 2, k + 3
            continue
        if not words and k == j and t.text[:1].isupper() and k + 1 < len(toks) and toks[k + 1].lower in _CLAUSE_AFTER_NAME:
            break  # "the 120 Meridian already runs": the name opens a clause about the figure, not what it counts
        if w == "of" and words and not used_of:
            # "prisoners of war", "members of the Republican caucus"
            m = k + 1
            if m < len(toks) and toks[m].lower in ("the", "a", "an", "its", "their", "his", "her"):
                m += 1
            if m < len(toks) and toks[m].is_word and toks[m].lower not in STOPWORDS:
                used_of = True
                k = m
                continue
            break
        if w in SMALL or w in TENS:
            break  # another figure ("seven life sentences and four sentences of life"): not what this one counts
        if _time_phrase_at(toks, k):
            break  # "$101 million last month", "killed 12 yesterday": when, not what is counted
        if (w in ("and", "or") and words and k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].lower not in STOPWORDS
                and not (k + 2 < len(toks) and toks[k + 2].lower in _OBJECT_AFTER_A_VERB)):
            k += 1
            continue
        if w in _SKIPPABLE and k + 1 < len(toks) and toks[k + 1].is_word:
            k += 1
            if w == "worth" and toks[k].lower == "of":
                k += 1
            continue
        if not words and w in _PARTIAL_WORDS and k + 1 < len(toks) and toks[k + 1].is_word:
            words.append(PARTIAL)
            last = k
            k += 1
            continue
        if words and w in RATE_ADVERBS or w in ("apiece", "every"):
            break  # "100 soldiers daily", "5,000 euros apiece", "250 appointments every week": how often or for whom, not what (numbers.py reads the rate)
        if words and w in _COMPARATIVES and (k + 1 == len(toks) or not toks[k + 1].is_word or toks[k + 1].lower == "than"):
            words.insert(0, DIFFERENCE)  # "five rounds sooner than": by how much, not how many
            break
        if not words and w == "lives" and (k + 1 == len(toks) or toks[k + 1].lower not in _WHERE_ONE_LIVES):
            # "claimed 29 lives", "cost 300 lives": deaths counted; not "one in five lives in poverty"
            words.append("life")
            last = k
            break
        if w in STOPWORDS or w in VAGUE_PLURALS or w in _VERBS or w in _QUALIFYING:
            break  # ... "and nearly 300 crew": a qualifier opens the next figure, not more of this thing
        if (w.endswith("ed") or w.endswith("ing")) and len(w) > 4 and not (k + 1 < len(toks) and toks[k + 1].is_word
                                                                         and toks[k + 1].lower not in STOPWORDS and not words):
            break  # "650 injured", "administrators connected to ...": a participle is no thing counted
        words.append(singular(fold_lower(w).replace("'s", "")))
        last = k
        k += 1
    if (not words and k < len(toks) and toks[k].lower in ("in", "of", "from", "for", "on") and k + 1 < len(toks)
            and not _than_follows(toks, k + 1)):
        # "$750,000 in campaign money", "$716 billion from Medicare": the thing follows a preposition
        inner, _text, end = _counted(sentence, toks, k + 1)
        if (toks[k].lower == "in" and inner and all(t.text[:1].isupper() for t in toks[k + 1:end] if t.is_word)
                and (end == len(toks) or not toks[end].is_word or toks[end].lower in ("and", "or", "but"))):
            inner = []  # "140 practices in England and 12 in Wales": where, not what (the count's noun is left out)
        if inner and (toks[k + 1].lower not in STOPWORDS or inner[0] == PARTIAL) and inner[0] not in _CALENDAR:
            # ... but "31 on Friday", "12 in March" count no Fridays or Marches
            return inner, sentence[toks[k + 1].start:toks[end - 1].end], end  # "campaign money", not "in campaign money"
    text = sentence[toks[first].start:toks[last].end] if last >= first else ""
    return words, text, k


# The units a span of time is counted in ("three weeks", "a 10-year term"); numbers.py reads spans by them too
SPAN_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year", "decade"})
# What a time unit joined by a hyphen to it still makes a span or an age of
_SPAN_COMPOUNDS = frozenset({"long", "old", "plus", "odd"})


def _hyphened_to_a_word(toks: list[Token], k: int) -> bool:
    """Is toks[k] joined by a hyphen, with no space, to the word after it ("night-shift")?"""
    return (k + 2 < len(toks) and toks[k + 1].text == "-" and touching(toks[k], toks[k + 1])
            and touching(toks[k + 1], toks[k + 2]) and toks[k + 2].is_word and toks[k + 2].lower not in _SPAN_COMPOUNDS)


def _than_follows(toks: list[Token], k: int) -> bool:
    """"less than a minute", "more than 30": a bound of another quantity, not "more" of this thing
    ("1,000 feet in less than a minute" counts no part of anything)."""
    return k + 1 < len(toks) and toks[k].lower in _PARTIAL_WORDS and toks[k + 1].lower == "than"


def _year_after_hyphen(toks: list[Token], k: int, parts: tuple[str, ...]) -> bool:
    """Is toks[k] one of `parts` of a period joined by a hyphen to a year ("mid-2024", "pre-2020")?"""
    return (k + 2 < len(toks) and toks[k].lower in parts and toks[k + 1].text == "-"
            and re.fullmatch(r"(?:19|20)\d\d", toks[k + 2].text) is not None)


def _model_name_end(toks: list[Token], k: int) -> int | None:
    """The index after a model's name written letters-hyphen-digits ("T-72", "MiG-29", "AK-47"), or None."""
    if k + 2 >= len(toks) or not toks[k].is_word or toks[k + 1].text != "-" or not toks[k + 2].text[:1].isdigit():
        return None
    if _year_after_hyphen(toks, k, ("mid", "early", "late", "pre", "post")):
        return None  # "in mid-2024", "pre-2020": a time, no model
    joined = touching(toks[k], toks[k + 1]) and touching(toks[k + 1], toks[k + 2])
    # tokenised text spaces the hyphen out ("AK - 47"): a short capitalised name still is one
    spaced = toks[k].text[:1].isupper() and len(toks[k].text) <= 4
    return k + 3 if joined or spaced else None


# Qualifiers that open a figure and are not stop words ("nearly 300", "roughly half").
_QUALIFYING = frozenset({"nearly", "almost", "approximately", "roughly", "less", "fewer", "least", "estimated"})

# A time named after a figure: "last month", "this week", "next year", "yesterday".
_TIME_DEICTIC = frozenset({"last", "next", "this", "past", "previous", "coming"})
_PERIODS = frozenset({"week", "weeks", "month", "months", "year", "years", "weekend", "quarter", "night",
                      "season", "decade", "spring", "summer", "fall", "autumn", "winter", "morning", "evening"})
_NOW_WORDS = frozenset({"yesterday", "today", "tonight", "tomorrow", "overnight"})


def _time_phrase_at(toks: list[Token], k: int) -> bool:
    w = toks[k].lower
    if w in _NOW_WORDS:
        return True
    if _year_after_hyphen(toks, k, ("mid", "early", "late")):
        return True  # "15 per cent in mid-2024": when, not what is counted
    return w in _TIME_DEICTIC and k + 1 < len(toks) and (toks[k + 1].lower in _PERIODS or toks[k + 1].lower in _CALENDAR)


# Singular nouns after which "one" counts ("one person was killed").
_ONE_OF = {"person", "civilian", "soldier", "child", "man", "woman", "officer", "resident", "member", "vessel",
           "ship", "plane", "aircraft", "tank", "boy", "girl", "worker", "journalist", "prisoner", "death"}
_FRACTIONS = {"half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth",
              "fifths", "tenth", "tenths"}
_NOT_NAMES = _CALENDAR | {"i", "mr", "mrs", "ms", "dr"}


def _anaphoric(toks: list[Token], q_start: int, value: float, words_form: bool) -> bool:
    """"the two", "those three", "these 5": a small set already named earlier in the article."""
    return (q_start >= 1 and toks[q_start - 1].lower in ("the", "those", "these", "both") and value <= 10
            and value == int(value))


def _anchor(toks: list[Token], q_start: int, start_i: int, j: int, counted: list[str]) -> tuple[str, ...]:
    """The proper name a figure is about: the nearest one before it in its clause.

    "Griner was sentenced to nine years" and "Bout is serving a 25-year sentence" count the
    same kind of thing about two people. An age is about the name it follows ("Dugina, 29,").
    """
    if counted[:1] == ["age"] and start_i >= 2 and toks[start_i - 1].text == ",":
        k = start_i - 2
    elif counted[:1] == ["age"] and len(counted) > 1 and _name_after(toks, j):
        return _name_after(toks, j)  # "29-year-old TV commentator Darya Dugina": the name it describes
    elif counted[:1] == ["age"] and start_i >= 1 and toks[start_i - 1].lower in ("the", "a", "an"):
        # "Varga had given the 31-year-old a scare": someone the noun phrase stands for, not the
        # subject; but "Dugina, the 29-year-old daughter of ...": the name it is set beside
        k = start_i - 3
        if not (k >= 0 and toks[k + 1].text == "," and _is_name(toks, k)):
            return ()
    else:
        clause = _clause(toks, q_start, -1, 12)
        # "Kyiv's governor said 22 people were wounded": who said it is not what the figure is about
        spoken = [i for i, t in enumerate(clause) if t.lower in _SAYING]
        if spoken:
            clause = clause[spoken[-1] + 1:]
        # the clause is the run of tokens just before the figure: positions by arithmetic, not a
        # search of the whole sentence for each figure
        k = q_start - 1 if clause else -1
        first = q_start - len(clause) if clause else q_start
        while k >= first and not _is_name(toks, k):
            k -= 1
        if k < first:
            # "Viktor Bout, who was sentenced to 25 years", "Griner, 31, faces up to 10 years":
            # the subject stands before the comma that opens the clause
            k = first - 1
            if k >= 1 and toks[k].text == ",":
                k -= 1
                if k >= 2 and toks[k].text.isdigit() and toks[k - 1].text == ",":
                    k -= 2
                if not (k >= 0 and _is_name(toks, k)):
                    return ()
            else:
                return ()
    name = []
    while k >= 0 and _is_name(toks, k) and len(name) < 4:
        name.insert(0, fold_lower(toks[k].text).removesuffix("'s"))
        k -= 1
    return tuple(name)


# Words that end a noun phrase and are not stop words ("Darya Dugina near Moscow").
_ENDS_NOUN_PHRASE = frozenset({"near", "outside", "inside", "beside", "despite"})


def _name_after(toks: list[Token], j: int) -> tuple[str, ...]:
    """The last name in the noun phrase that starts at toks[j] ("TV commentator Darya Dugina")."""
    runs: list[list[str]] = [[]]
    for k in range(j, min(len(toks), j + 7)):
        t = toks[k]
        if not t.is_word:
            break
        if _is_name(toks, k):
            runs[-1].append(fold_lower(t.text).removesuffix("'s"))
        elif t.lower in STOPWORDS or t.lower in _ENDS_NOUN_PHRASE:
            break  # "was", "who", "near": the noun phrase has ended
        elif runs[-1]:
            runs.append([])
    named = [run for run in runs if run]
    return tuple(named[-1][:4]) if named else ()


def _is_name(toks: list[Token], k: int) -> bool:
    t = toks[k]
    if not (t.is_word and t.is_capitalized) or t.lower.rstrip(".") in _NOT_NAMES or t.text.isupper() and len(t.text) <= 1:
        return False
    if place(t.text):
        return False  # "Russian", "Ukraine": where, not who
    if k == 0 or toks[k - 1].text in (".", "\u201c", "\"", ":"):
        return t.lower not in STOPWORDS and not t.lower.endswith("ly")  # a sentence opener is rarely a name
    return True


_CLAUSE_PUNCT = {",", ";", ":", "(", ")", "\u2014", "\u2013", "\"", "\u201c", "\u201d", "."}
_CLAUSE_WORDS = {"and", "but", "or", "while", "whereas", "compared", "versus", "vs"}
# Verbs of saying, and "according to": what stands before them is a source, not a subject.
_SAYING = {"said", "says", "say", "told", "tells", "reported", "reports", "announced", "announces", "confirmed",
           "confirms", "stated", "states", "claimed", "claims", "added", "wrote", "tweeted", "according"}


def _clause(toks: list[Token], i: int, step: int, limit: int) -> list[Token]:
    """Up to `limit` tokens from i going left (step -1, i exclusive) or right, within the clause.

    Context stops at clause punctuation, at "and"/"but", and at another figure, so that the
    words of "killing 21 people and injuring 650" do not leak from one figure to the other.
    """
    out: list[Token] = []
    k = i - 1 if step < 0 else i
    while 0 <= k < len(toks) and len(out) < limit:
        t = toks[k]
        if t.text in _CLAUSE_PUNCT or t.lower in _CLAUSE_WORDS or t.text[:1].isdigit() or t.lower in SMALL or t.lower in TENS:
            break
        out.append(t)
        k += step
    return out[::-1] if step < 0 else out


def _context_words(toks: list[Token]) -> list[str]:
    # "claiming the lives of four workers": the noun, deaths, not the verb "live" ("who live with")
    return ["life" if t.lower == "lives" and k + 1 < len(toks) and toks[k + 1].lower == "of"
            else singular(fold_lower(t.lower).replace("'s", "")) for k, t in enumerate(toks)
            if t.is_word and t.lower not in STOPWORDS]
