"""Property-based tests: the detectors and the sentence splitter on arbitrary text.

News arrives with every oddity Unicode allows (curly quotes, CR, NUL, emoji, combining
marks, right-to-left text) and the detectors must neither crash on it nor report a span
that is not exactly what the sentence says there.
"""
from __future__ import annotations

import math
import os
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discrepancy import claims
from discrepancy.detectors.dates import extract_dates, resolve
from discrepancy.detectors.numbers import extract_numbers
from discrepancy.detectors.titles import extract_people_and_titles
from discrepancy.model import DateClaim, Document, SentenceClaims
from discrepancy.sentences import split_document

# 300 examples per property keeps the file under a minute; raise it to hunt for new failures:
# DISCREPANCY_PROPERTY_EXAMPLES=5000 pytest tests/test_properties.py
EXAMPLES = int(os.environ.get("DISCREPANCY_PROPERTY_EXAMPLES", "300"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ----------------------------------------------------------------- strategies

# News-like fragments: figures, currencies, months, weekdays, titles, names, odd characters.
FRAGMENTS = [
    "1,000", "10,432", "3.2", "3.2bn", "$", "$5", "US$", "€", "£", "%", "percent", "per cent", "1.5%",
    "60-90", "221-207", "between", "from", "to", "and", "more than", "about", "nearly", "up to", "at least",
    "or so", "dozens", "two hundred and fifty", "twenty-five", "a dozen", "one", "million", "billion",
    "January", "May", "may", "June", "Sept.", "Sept", "Sep.", "Oct.", "Dec.", "August 24, 2022", "24 August",
    "2022", "1999", "2013", "31", "30", "29", "Feb. 29", "Feb. 30", "on", "in", "last", "next", "this",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "morning", "night",
    "yesterday", "tomorrow", "three days ago", "0 days ago", "999999999 years ago", "last week",
    "Sen.", "Rep.", "Gov.", "Lt.", "Gen.", "Mr.", "Dr.", "Minister", "Defence Minister", "Prime Minister",
    "Secretary", "of", "the", "National Security and Defense Council", "Foreign", "President",
    "then-", "ex-", "former", "deputy", "NSDC", "(SBU)", "Rustem", "Umerov", "Hakan", "Fidan", "Ukraine's",
    "Türkiye's", "Erdoğan", "Zelenskyy", "von der Leyen", "John A.", "Boehner", "J.", "O'Brien",
    "said", "was", "will", "killed", "prisoners of war", "people", "year-old", "140-page", "F-16", "Article 5",
    ",", ".", ";", ":", "-", "\u2013", "\u2014", "(", ")", "'", '"', "\u201c", "\u201d", "\u2018", "\u2019",
    "...", "\u2026", "?", "!", "/", "#", "&",
    "\n", "\r", "\r\n", "\n\n", "\x00", "\t", "\u00a0", "\u200b", "\ufeff",
    "\U0001F600", "\U0001F1FA\U0001F1E6", "e\u0301", "\u0301", "\u0338", "a\u0308",
    "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\u200f", "\u202e",
    "\u041a\u0438\u0435\u0432", "\u0130stanbul", "\u0131", "\u00df", "\u1e9e", "\ufb01",
    "\u0660\u0661\u0662", "\u0966\u0967", "\uff11\uff12", "\u00b2", "\u2155", "\u2160",
    "WASHINGTON --", "KYIV, Ukraine (AP) \u2014", "Updated at 06:08 p.m.", "By John Smith", "Photo:",
    "# ", "> ", "- ", "1. ",
]
SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", ", ", ". ", "-", "\u00a0"])
CAPITALISED = st.from_regex(r"[A-Z\u00c0-\u00de\u0410-\u042f][a-z\u00e0-\u00ff\u0430-\u044f']{1,9}", fullmatch=True)
NUMBERS = st.one_of(
    st.integers(0, 10**13).map(str),
    st.integers(0, 10**9).map(lambda n: f"{n:,}"),
    st.floats(0, 1e9, allow_nan=False).map(lambda f: f"{f:.2f}"),
    st.from_regex(r"\d{1,4}(?:[.,:]\d{1,4}){0,3}[a-zA-Z]{0,3}", fullmatch=True),
)
FIGURES = st.one_of(NUMBERS, st.sampled_from(["one", "two", "ten", "ninety", "sixty", "twenty-five",
                                               "two hundred and fifty", "a dozen", "a million"]))


@st.composite
def number_phrase(draw) -> str:
    """A figure as news writes it: "more than $3.2bn", "between 60 and 90 people", "$90-60 million"."""
    out = draw(st.sampled_from(["", "", "more than ", "about ", "nearly ", "up to ", "at least ", "just over ",
                                "some ", "between ", "from ", "vote ", "aged "]))
    currency = draw(st.sampled_from(["", "", "$", "US$", "\u20ac", "USD "]))
    out += currency + draw(FIGURES)
    if draw(st.booleans()):
        out += draw(st.sampled_from(["-", "\u2013", " to ", " and ", "-", " - "]))
        out += draw(st.sampled_from(["", currency])) + draw(FIGURES)
    out += draw(st.sampled_from(["", "", " million", " billion", "bn", " thousand", "%", " percent",
                                 " per cent", " percentage points", " km", " dollars"]))
    out += draw(st.sampled_from(["", "", " or so", " or more"]))
    out += draw(st.sampled_from(["", " people", " prisoners of war", "-year-old man", "-page report",
                                 " days ago", " in 3", " out of 10", ",", "."]))
    return out


@st.composite
def date_phrase(draw) -> str:
    """A date as news writes it: "Sept. 11, 2001", "on Tuesday", "three days ago", "in March"."""
    month = draw(st.sampled_from(["January", "Feb.", "Feb", "March", "May", "may", "June", "Sept.", "Sept",
                                  "Sep.", "Dec.", "December"]))
    day = draw(st.one_of(st.integers(0, 40).map(str), st.sampled_from(["1st", "2nd", "23rd", "29th", "31st"])))
    year = draw(st.integers(1799, 2101).map(str))
    weekday = draw(st.sampled_from(["Monday", "Tuesday", "Friday", "Sunday", "sunday", "Sundays"]))
    n = draw(st.one_of(st.integers(0, 10**7).map(str), st.sampled_from(["one", "two", "ten", "a"])))
    return draw(st.sampled_from([
        f"{month} {day}, {year}", f"{day} {month} {year}", f"{day} of {month}, {year}", f"{month} {day}",
        f"{day} {month}", f"{month} {year}", f"{month}, {year}", f"in {month}", f"since {month}",
        f"mid-{month}", f"and {month}", f"last {weekday} night", f"on {weekday}", f"early {weekday}",
        f"next {weekday}", f"{weekday} morning", f"{n} days ago", f"{n} weeks ago", f"{n} year ago",
        "yesterday", "last night", "earlier this week", "this weekend", "last month", "next year",
        f"{year}", f"${year}", f"{year}%", f"{year}-{year}", f"{month} {day}-{day}, {year}",
    ]))


@st.composite
def title_phrase(draw) -> str:
    """A title and a name: "Ukraine's Defence Minister Rustem Umerov", "Umerov, the NSDC secretary,"."""
    title = draw(st.sampled_from([
        "Defence Minister", "Minister of Defence", "Ukraine's Minister of Defence", "Sen.", "Rep.",
        "Lt. Gov.", "then-President", "ex-Prime Minister", "former Secretary of State", "Deputy Head",
        "Secretary of the National Security and Defense Council", "NSDC Secretary", "Mr.", "Gen.",
        "Türkiye's Foreign Minister", "the president", "a top adviser", "Security Service of Ukraine (SBU) head",
        "Business, Energy and Industrial Strategy Secretary", "Speaker",
    ]))
    name = draw(st.sampled_from(["Rustem Umerov", "Umerov", "Hakan Fidan", "John A. Boehner", "Tsai Ing-wen",
                                 "Ursula von der Leyen", "Zelenskyy's", "O'Brien", "J.", "Erdoğan"]))
    form = draw(st.integers(0, 3))
    if form == 0:
        return f"{title} {name}"
    if form == 1:
        return f"{name}, {title.lower() if draw(st.booleans()) else title},"
    if form == 2:
        return f"{title}, {name}."
    return f"{title} {name} and {title} {name}"


PIECE = st.one_of(
    st.sampled_from(FRAGMENTS), st.sampled_from(FRAGMENTS), st.sampled_from(FRAGMENTS),
    CAPITALISED, NUMBERS, st.text(max_size=4), number_phrase(), date_phrase(), title_phrase(),
)


@st.composite
def newsy(draw) -> str:
    pieces = draw(st.lists(st.tuples(PIECE, SEPARATORS), max_size=30))
    return "".join(p + s for p, s in pieces)


ANY_TEXT = st.one_of(
    st.text(max_size=200),
    st.text(st.characters(codec="utf-8"), max_size=200),  # surrogates excluded: real text decodes
    st.text(st.characters(min_codepoint=0, max_codepoint=0x7F), max_size=200),
    st.text(st.characters(categories=["Lu", "Ll", "Nd", "Zs", "Po", "Pd", "Pi", "Pf", "Mn", "Sc", "Cc"]),
            max_size=200),
    newsy(), newsy(), newsy(),
    number_phrase(), date_phrase(), title_phrase(),
)


# ----------------------------------------------------------------- checks


def check_numbers(text: str) -> None:
    for c in extract_numbers(text):
        assert 0 <= c.start < c.end <= len(text), c
        assert text[c.start:c.end] == c.text, c
        assert c.unit == "tally" or c.low <= c.high, c
        assert not math.isnan(c.low) and not math.isnan(c.high), c


def check_dates(text: str) -> None:
    for c in extract_dates(text):
        assert 0 <= c.start < c.end <= len(text), c
        assert text[c.start:c.end] == c.text, c
        resolve(c, None)
        resolve(c, date(2022, 8, 24))


def check_people_and_titles(text: str, entities=()) -> None:
    people, titles = extract_people_and_titles(text, list(entities))
    for m in people:
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start:m.end] == m.name, m
    for t in titles:
        assert 0 <= t.start < t.end <= len(text), t
        assert text[t.start:t.end] == t.text, t
        p = t.person
        assert 0 <= p.start < p.end <= len(text) and text[p.start:p.end] == p.name, t


def check_sentence(text: str) -> None:
    result = claims.extract_sentence(text)
    assert isinstance(result, SentenceClaims)
    for c in (*result.numbers, *result.dates, *result.titles):
        assert 0 <= c.start < c.end <= len(text) and text[c.start:c.end] == c.text, c
    for m in result.people:
        assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.name, m
    # a claim survives the cache's JSON round trip
    assert claims.from_record(claims.to_record(result)) == result


def check_split(text: str, first_line: int = 1, line: int | None = None) -> None:
    doc = Document(id="d", text=text, source="s", first_line=first_line, line=line)
    sentences = split_document(doc)
    previous_end = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert 0 <= s.start < s.end <= len(text), s
        assert text[s.start:s.end] == s.text, s
        assert s.start >= previous_end, (s, previous_end)
        previous_end = s.end
        assert s.line >= first_line if line is None else s.line == line
        if line is None:
            assert s.line == first_line + text.count("\n", 0, s.start)


# ----------------------------------------------------------------- properties


@SETTINGS
@given(ANY_TEXT)
def test_numbers_never_raise_and_spans_are_exact(text):
    check_numbers(text)


def in_context(phrase: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A phrase inside a sentence of other news-like pieces."""
    return st.tuples(newsy(), phrase, newsy()).map(lambda t: f"{t[0]} {t[1]} {t[2]}")


@SETTINGS
@given(st.one_of(number_phrase(), in_context(number_phrase())))
def test_number_phrases(text):
    check_numbers(text)
    check_sentence(text)


@SETTINGS
@given(st.one_of(date_phrase(), in_context(date_phrase())))
def test_date_phrases(text):
    check_dates(text)
    check_sentence(text)


@SETTINGS
@given(st.one_of(title_phrase(), in_context(title_phrase())))
def test_title_phrases(text):
    check_people_and_titles(text)
    check_sentence(text)


@SETTINGS
@given(ANY_TEXT)
def test_dates_never_raise_and_spans_are_exact(text):
    check_dates(text)


@SETTINGS
@given(ANY_TEXT)
def test_people_and_titles_never_raise_and_spans_are_exact(text):
    check_people_and_titles(text)


@st.composite
def text_with_entities(draw):
    """Text with recogniser spans anywhere (the recogniser's spans need not fall on our tokens)."""
    text = draw(ANY_TEXT)
    n = len(text)
    spans = draw(st.lists(
        st.tuples(st.integers(0, n), st.integers(0, n), st.sampled_from(["PERSON", "GPE", "NORP", "ORG"])),
        max_size=4))
    return text, [(min(a, b), max(a, b), label) for a, b, label in spans]


@SETTINGS
@given(text_with_entities())
def test_people_and_titles_with_arbitrary_entities(case):
    text, entities = case
    check_people_and_titles(text, entities)


@SETTINGS
@given(ANY_TEXT)
def test_extract_sentence_never_raises_and_spans_are_exact(text):
    check_sentence(text)


@SETTINGS
@given(ANY_TEXT, st.integers(1, 50), st.one_of(st.none(), st.integers(1, 10_000)))
def test_split_document_offsets_and_lines(text, first_line, line):
    check_split(text, first_line, line)


@SETTINGS
@given(st.lists(st.one_of(newsy(), st.text(max_size=40)), max_size=8))
def test_split_document_multi_paragraph(paragraphs):
    check_split("\n\n".join(paragraphs) + "\n".join(paragraphs))


DATE_FORMS = ["full", "month_day", "month_year", "month", "year", "weekday", "relative", "range_year", "bogus"]
RELATIVES = ["yesterday", "tomorrow", "tonight", "last_night", "this_morning", "this_afternoon", "this_evening",
             "this_week", "earlier_this_week", "later_this_week", "last_week", "next_week", "last_weekend",
             "this_weekend", "this_month", "earlier_this_month", "later_this_month", "last_month", "next_month",
             "this_year", "earlier_this_year", "later_this_year", "last_year", "next_year", "last", "next", "this"]
SMALL_INTS = st.one_of(st.none(), st.integers(-5, 40), st.integers(-10**6, 10**6))


@st.composite
def date_claims(draw) -> DateClaim:
    relative = draw(st.one_of(
        st.none(), st.sampled_from(RELATIVES), st.text(max_size=12),
        st.builds(lambda u, n: f"{u}s_ago:{n}", st.sampled_from(["day", "week", "month", "year"]),
                  st.integers(0, 10**12)),
    ))
    text = draw(st.one_of(newsy(), st.text(max_size=30)))
    return DateClaim(
        start=0, end=len(text), text=text,
        form=draw(st.sampled_from(DATE_FORMS)),
        year=draw(st.one_of(st.none(), st.integers(-10, 10_000), st.integers(1890, 2110))),
        month=draw(SMALL_INTS), day=draw(SMALL_INTS), weekday=draw(st.one_of(st.none(), st.integers(-8, 14))),
        relative=relative, tense=draw(st.sampled_from([None, "past", "future", "other"])),
    )


@SETTINGS
@given(date_claims(), st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2100, 12, 31))))
def test_resolve_never_raises(claim, published):
    r = resolve(claim, published)
    if r is not None:
        assert r.low <= r.high


@SETTINGS
@given(ANY_TEXT, st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2100, 12, 31))))
def test_resolve_extracted_dates_never_raises(text, published):
    for c in extract_dates(text):
        r = resolve(c, published)
        if r is not None:
            assert r.low <= r.high


# ----------------------------------------------------------------- regressions found by the properties

REGRESSIONS: list[str] = [
    "",
    "\x00",
    "\r\n\r\n",
    "Sept. 11, 2001",
    "Feb. 29 2023 and 30 February",
    "$",
    "60-90-",
    "Sen. \u0301Chuck Grassley",
    "\U0001F600 Defence Minister Rustem Umerov \u05e9\u05dc\u05d5\u05dd",
    # a range written high to low gave low > high (numbers._interval)
    "$1-0",
    "$90-60 million",
    "between 90 and 60 people",
    "from $90 to 60",
    "between 5 and 3 million",
    # a count of over 4,300 digits made int() raise (dates._claim)
    "1" * 5000 + " days ago",
    "Paul, " + "1" * 5000 + ", said",
    "$" + "9" * 400 + " million",
]


@pytest.mark.parametrize("text", REGRESSIONS)
def test_regressions(text):
    check_numbers(text)
    check_dates(text)
    check_people_and_titles(text)
    check_sentence(text)
    check_split(text)


@pytest.mark.parametrize("text, low, high, unit", [
    ("$1-0", 0, 1, "USD"),
    ("$90-60 million", 60e6, 90e6, "USD"),
    ("between 90 and 60 people", 60, 90, ""),
    ("from $90 to 60", 60, 90, "USD"),
    ("between 5 and 3 million", 3e6, 5e6, ""),
])
def test_descending_range_is_the_same_interval(text, low, high, unit):
    [claim] = extract_numbers(text)
    assert (claim.low, claim.high, claim.unit) == (low, high, unit)
    assert claim.text == text.removesuffix(" people")


def test_absurdly_long_relative_count_is_kept_but_unresolved():
    text = "1" * 5000 + " days ago"
    [claim] = extract_dates(text)
    assert claim.form == "relative" and claim.text == text
    assert resolve(claim, date(2022, 8, 24)) is None
