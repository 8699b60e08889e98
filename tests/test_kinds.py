"""The kind registry: each kind's interface is complete, and a new kind is one module's work.

The last tests register a toy kind (temperatures) the way a new module in
`discrepancy/kinds/` would, and follow it through extraction, the cache, comparison,
findings and the SARIF rules without touching any other module.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from discrepancy import claims
from discrepancy.cache import Cache
from discrepancy.compare.context import Governors
from discrepancy.compare.kinds import AlignedKind, value_pairs
from discrepancy.compare.samefact import NOT_FITTED, PairEvidence, Side
from discrepancy.findings import ClaimConflicts
from discrepancy.kinds import KINDS, ClaimKind, aligned_kind, aligned_kinds, compared_aligned, registered
from discrepancy.model import Corpus, Document, KindInfo, NumberClaim, Sentence, SentenceClaims
from discrepancy.options import Options
from discrepancy.pipeline import check_corpus
from discrepancy.report import sarif
from discrepancy.scoring import LogisticModel, load_model


def test_every_kind_is_registered_under_its_name_with_its_interface() -> None:
    assert list(KINDS) == ["number", "date", "title"]
    for name, kind in KINDS.items():
        assert kind.name == name == kind.info.kind
        assert kind.fields and kind.info.short and kind.info.full
        assert (kind.aligned is None) != (kind.corpus is None), name  # compared one way or the other
    assert [k.name for k in aligned_kinds()] == ["number", "date"]
    for spec in aligned_kinds():
        assert spec.model().features == load_model(f"same_fact_{spec.name}").features


def test_claims_are_filled_by_each_kind_and_survive_the_cache_record() -> None:
    text = "The strike killed 12 people on Monday, Defence Minister Oleksii Reznikov said."
    start = text.index("Oleksii")
    found = claims.extract_sentence(text, [(start, start + len("Oleksii Reznikov"), "PERSON")])
    assert [c.text for c in found.numbers] == ["12"] and [c.text for c in found.dates] == ["Monday"]
    assert [t.text for t in found.titles] == ["Defence Minister"]
    assert claims.from_record(json.loads(json.dumps(claims.to_record(found)))) == found
    assert compared_aligned(found) and not compared_aligned(SentenceClaims())


def _claim(text: str, value: float, start: int) -> NumberClaim:
    return NumberClaim(start=start, end=start + len(text), text=text, value=value, low=value, high=value, unit="",
                       counted=("people",), counted_text="people", left=("killed",), right=())


def test_a_finding_is_worded_by_its_kind() -> None:
    """ClaimConflicts takes its wording from the registered kind, not from a switch on the name."""
    doc_a = Document(id="a", text="x", source="A", published=date(2022, 8, 1))
    doc_b = Document(id="b", text="x", source="B", published=date(2022, 8, 1))
    s_a = Sentence("a", 0, "The strike killed 12 people.", 0, 28, 1)
    s_b = Sentence("b", 0, "The strike killed 15 people.", 0, 28, 1)
    toy = AlignedKind("number", "tallies", "numbers", lambda x, y: True, lambda e, x, y: {},
                      lambda side, x: None, lambda claims: "the toll")
    conflicts = ClaimConflicts({"number": toy})
    conflicts.add("number", None, 0.9, (doc_a, s_a, _claim("12", 12, 18), None), (doc_b, s_b, _claim("15", 15, 18), None))
    (finding,) = conflicts.findings()
    assert finding.subject == "the toll"
    assert finding.message.startswith("Aligned sentences give different tallies for the toll")
    assert finding.confidence == 0.9


def test_a_date_message_names_what_is_dated_once() -> None:
    """"different dates for “the talks opened”", not "dates for date of “the talks opened”"; the
    subject, and so the id, keep their words."""
    doc_a = Document(id="a", text="x", source="A", published=date(2022, 8, 1))
    doc_b = Document(id="b", text="x", source="B", published=date(2022, 8, 1))
    s_a = Sentence("a", 0, "The talks opened on Monday.", 0, 27, 1)
    s_b = Sentence("b", 0, "The talks opened on Tuesday.", 0, 28, 1)

    def message(subject: str) -> tuple[str, str]:
        toy = AlignedKind("date", "dates", "dates", lambda x, y: True, lambda e, x, y: {}, lambda side, x: None,
                          lambda claims: subject)
        conflicts = ClaimConflicts({"date": toy})
        conflicts.add("date", None, 0.9, (doc_a, s_a, _claim("Monday", 20, 26), None),
                      (doc_b, s_b, _claim("Tuesday", 20, 27), None))
        (found,) = conflicts.findings()
        return found.subject, found.message

    assert message("date of \u201cthe talks opened\u201d") == (
        "date of \u201cthe talks opened\u201d",
        "Aligned sentences give different dates for \u201cthe talks opened\u201d: A: Monday against B: Tuesday")
    assert message("a date")[1] == "Aligned sentences give different dates: A: Monday against B: Tuesday"


def test_a_figure_finding_says_what_all_its_figures_measure_without_changing_its_id() -> None:
    """"people" alone does not say which tally of a story is disputed; the message adds the outcome
    every side states ("killed"), and the finding's subject, and so its id, stay as they were."""
    doc_a = Document(id="a", text="x", source="A", published=date(2022, 8, 1))
    doc_b = Document(id="b", text="x", source="B", published=date(2022, 8, 1))

    def finding(left_b: str, measure: bool = True):
        s_a = Sentence("a", 0, "The strike killed 12 people.", 0, 28, 1)
        s_b = Sentence("b", 0, f"The strike {left_b} 15 people.", 0, 28, 1)
        y = NumberClaim(start=18, end=20, text="15", value=15, low=15, high=15, unit="", counted=("people",),
                        counted_text="people", left=(left_b,), right=())
        kind = aligned_kind("number")
        wording = kind if measure else AlignedKind(kind.name, kind.noun, kind.field, kind.comparable, kind.features,
                                                   kind.describe, kind.subject)
        conflicts = ClaimConflicts({"number": wording})
        conflicts.add("number", None, 0.9, (doc_a, s_a, _claim("12", 12, 18), None), (doc_b, s_b, y, None))
        (found,) = conflicts.findings()
        return found

    killed, plain = finding("killed"), finding("killed", measure=False)
    assert killed.message == "Aligned sentences give different figures for people (killed): A: 12 against B: 15"
    assert plain.message == "Aligned sentences give different figures for people: A: 12 against B: 15"
    assert killed.subject == plain.subject == "people" and killed.id == plain.id
    # two outcomes ("killed" against "injured") measure nothing in common: no word is added
    assert finding("injured").message.startswith("Aligned sentences give different figures for people: ")


def test_a_running_tally_says_when_its_lower_figure_was_published_earlier() -> None:
    """22 killed in an article of the 24th against 25 in one of the 25th: still both cannot hold at
    once, but the lower may be an older count, and the message says so; not for a count that can
    fall, nor when the lower figure is the later one."""
    def message(left: str, day_low: date, day_high: date) -> str:
        doc_a = Document(id="a", text="x", source="AP", published=day_low)
        doc_b = Document(id="b", text="x", source="NBC", published=day_high)
        s_a = Sentence("a", 0, f"The strike {left} 22 people.", 0, 28, 1)
        s_b = Sentence("b", 0, f"The strike {left} 25 people.", 0, 28, 1)

        def claim(text: str, value: int) -> NumberClaim:
            return NumberClaim(start=18, end=20, text=text, value=value, low=value, high=value, unit="",
                               counted=("people",), counted_text="people", left=(left,), right=())

        conflicts = ClaimConflicts({"number": aligned_kind("number")})
        conflicts.add("number", None, 0.9, (doc_a, s_a, claim("22", 22), None), (doc_b, s_b, claim("25", 25), None))
        (found,) = conflicts.findings()
        return found.message

    later = message("killed", date(2022, 8, 24), date(2022, 8, 25))
    assert later.endswith("AP: 22 against NBC: 25 (the lower figure, AP, is dated a day before the higher; "
                          "a tally of the killed can rise between reports)")
    assert message("killed", date(2022, 8, 24), date(2022, 8, 27)).count("dated 3 days before") == 1
    assert message("killed", date(2022, 8, 25), date(2022, 8, 24)).endswith("NBC: 25")  # the lower came later
    assert message("killed", date(2022, 8, 24), date(2022, 8, 24)).endswith("NBC: 25")  # one day
    assert message("missing", date(2022, 8, 24), date(2022, 8, 25)).endswith("NBC: 25")  # the missing can fall


def test_a_merged_finding_takes_its_most_confident_pair_s_reasons_in_any_order() -> None:
    """Three articles, two pairs merged into one finding: confidence and `why` are the stronger
    pair's, whichever pair the comparison meets first."""
    docs = [Document(id=i, text="x", source=i.upper(), published=date(2022, 8, 1)) for i in "abc"]
    sents = [Sentence(d.id, 0, f"The strike killed {n} people.", 0, 28, 1) for d, n in zip(docs, (12, 15, 15))]
    sides = [(d, s, _claim(str(n), n, 18), None) for d, s, n in zip(docs, sents, (12, 15, 15))]
    toy = AlignedKind("number", "tallies", "numbers", lambda x, y: True, lambda e, x, y: {},
                      lambda side, x: None, lambda claims: "the toll")
    pairs = [(0.7, (("published 1 day apart", -0.4),), 1), (0.95, (("the same thing counted", 1.5),), 2)]
    results = []
    for order in (pairs, pairs[::-1]):
        conflicts = ClaimConflicts({"number": toy})
        for confidence, why, other in order:
            conflicts.add("number", None, confidence, sides[0], sides[other], why)
        (finding,) = conflicts.findings()
        results.append((finding.confidence, finding.why, len(finding.claims)))
    assert results[0] == results[1] == (0.95, (("the same thing counted", 1.5),), 3)


def test_a_roundup_value_compared_in_two_stories_makes_a_finding_in_each_in_any_order() -> None:
    """A roundup's figure compared with a story it reaches and with its own group's articles: two
    findings, each in its own event, whichever pair the comparison meets first."""
    docs = [Document(id=i, text="x", source=i.upper(), published=date(2022, 8, 1)) for i in ("a", "c", "r")]
    sents = [Sentence(d.id, 0, f"The strike killed {n} people.", 0, 28, 1) for d, n in zip(docs, (12, 15, 20))]
    sides = [(d, s, _claim(str(n), n, 18), None) for d, s, n in zip(docs, sents, (12, 15, 20))]
    toy = AlignedKind("number", "tallies", "numbers", lambda x, y: True, lambda e, x, y: {},
                      lambda side, x: None, lambda claims: "the toll")
    pairs = [("EA", sides[0]), ("EC", sides[1])]  # the roundup r against a (story A) and c (its own group C)
    results = []
    for order in (pairs, pairs[::-1]):
        conflicts = ClaimConflicts({"number": toy})
        for event, other in order:
            conflicts.add("number", event, 0.9, other, sides[2])
        results.append(sorted((f.event, tuple(c.doc for c in f.claims)) for f in conflicts.findings()))
    assert results[0] == results[1] == [("EA", ("a", "r")), ("EC", ("c", "r"))]


def test_a_sentence_an_article_repeats_is_shown_once() -> None:
    """Scraped articles often repeat a paragraph: the repeated sentence pairs with the other side
    twice, but it is one statement, and the evidence lists it once."""
    doc_a = Document(id="a", text="x", source="A", published=date(2022, 8, 1))
    doc_b = Document(id="b", text="x", source="B", published=date(2022, 8, 1))
    s_b = Sentence("b", 0, "The strike killed 15 people.", 0, 28, 1)
    s_a1 = Sentence("a", 0, "The strike killed 12 people.", 0, 28, 1)
    s_a2 = Sentence("a", 7, "The strike killed 12 people.", 300, 328, 1)  # the same paragraph again
    toy = AlignedKind("number", "tallies", "numbers", lambda x, y: True, lambda e, x, y: {},
                      lambda side, x: None, lambda claims: "the toll")
    conflicts = ClaimConflicts({"number": toy})
    for s_a in (s_a1, s_a2):
        conflicts.add("number", None, 0.9, (doc_a, s_a, _claim("12", 12, 18), None), (doc_b, s_b, _claim("15", 15, 18), None))
    (finding,) = conflicts.findings()
    assert [(c.doc, c.value) for c in finding.claims] == [("a", "12"), ("b", "15")]


def test_value_pairs_come_from_the_kind_s_own_claims() -> None:
    def side(doc_id: str, text: str, numbers: tuple[NumberClaim, ...]) -> Side:
        doc = Document(id=doc_id, text=text, source=doc_id.upper(), published=date(2022, 8, 1))
        return Side.of(doc, Sentence(doc_id, 0, text, 0, len(text), 1), SentenceClaims.of({"numbers": numbers}))

    a = side("a", "The strike killed 12 people.", (_claim("12", 12, 18),))
    b = side("b", "The strike killed 15 people.", (_claim("15", 15, 18),))
    pairs = list(value_pairs(PairEvidence(a, b, 0.9, 1.0, Governors(None)), aligned_kind("number")))
    assert [(p.x.text, p.y.text, p.conflict) for p in pairs] == [("12", "15", True)]
    # the kind's features are exactly what its fitted model reads, besides the flags true by definition
    assert set(pairs[0].features) - set(NOT_FITTED) == set(load_model("same_fact_number").features)
    assert not list(value_pairs(PairEvidence(a, b, 0.9, 1.0, Governors(None)), aligned_kind("date")))


def test_two_datelines_are_never_compared() -> None:
    """"WASHINGTON - April 27 -" and "WASHINGTON, DC, April 28, 2009" say when each article was
    written: they align, and ecb-dev reported them as a date conflict at 0.98."""
    def side(doc_id: str, text: str) -> Side:
        doc = Document(id=doc_id, text=text, source=doc_id.upper())
        return Side.of(doc, Sentence(doc_id, 0, text, 0, len(text), 1), claims.extract_sentence(text))

    lines = ("WASHINGTON - April 27 -", "WASHINGTON, DC, April 28, 2009")
    assert all(side("a", line).claims.get("dates") for line in lines)  # the dates are read ...
    evidence = PairEvidence(side("a", lines[0]), side("b", lines[1]), 0.9, 1.0, Governors(None))
    assert not list(value_pairs(evidence, aligned_kind("date")))  # ... and never compared
    said = ("Officials said the talks began on April 27.", "Officials said the talks began on April 28.")
    evidence = PairEvidence(side("a", said[0]), side("b", said[1]), 0.9, 1.0, Governors(None))
    assert [p.conflict for p in value_pairs(evidence, aligned_kind("date"))] == [True]


# ----------------------------------------------------------------- a new kind, end to end


@dataclass(frozen=True)
class Reading:
    start: int
    end: int
    text: str
    degrees: int


_DEGREES = re.compile(r"\b(\d+) degrees\b")


def _readings(text: str, _entities) -> dict[str, list[Reading]]:
    return {"readings": [Reading(m.start(), m.end(), m.group(), int(m.group(1))) for m in _DEGREES.finditer(text)]}


TEMPERATURE = ClaimKind(
    name="temperature",
    info=KindInfo("temperature", "ConflictingTemperatures", "Outlets give different temperatures.",
                  "Aligned sentences state different temperatures for one place and time."),
    fields={"readings": Reading},
    extract=_readings,
    aligned=AlignedKind(
        "temperature", "temperatures", "readings", lambda x, y: True,
        lambda evidence, x, y: {"values_differ": float(x.degrees != y.degrees), "similarity": evidence.similarity},
        lambda side, x: f"{x.degrees} \u00b0C", lambda values: "the temperature",
        decision=lambda: LogisticModel("toy", ("similarity",), (0.0,), (1.0,), (10.0,), -5.0, 0.5),
    ),
)

_ARTICLE = ("The heatwave hit the city of Tarvel on Monday, its mayor said.\n\n"
            "The temperature in Tarvel reached {} degrees on Monday afternoon, forecasters said.\n")


def test_a_new_kind_is_extracted_cached_compared_and_reported_from_its_own_module(tmp_path: Path, fake_embedder) -> None:
    docs = tuple(Document(id=i, text=_ARTICLE.format(t), source=s, published=date(2022, 7, 18), path=f"{i}.txt")
                 for i, s, t in (("a", "Daily A", 41), ("b", "Courier B", 44)))
    options = Options(event_threshold=0.0)
    plain = check_corpus(Corpus(docs), options, embedder=fake_embedder, cache=Cache(tmp_path / "plain"))
    # without the kind the two temperatures are read as figures: the kind, not the corpus, makes the finding
    assert [(f.kind, sorted(e.value for e in f.claims)) for f in plain.findings] == [("number", ["41 degrees", "44 degrees"])]

    with registered(TEMPERATURE):
        cache = Cache(tmp_path / "cache")
        cold = check_corpus(Corpus(docs), options, embedder=fake_embedder, cache=cache)
        warm = check_corpus(Corpus(docs), options, embedder=fake_embedder, cache=cache)
        cache.close()
        (finding,) = [f for f in cold.findings if f.kind == "temperature"]
        assert finding.subject == "the temperature" and finding.verdict == "contradiction"
        assert sorted(e.value for e in finding.claims) == ["41 degrees", "44 degrees"]
        assert sorted(e.resolved or "" for e in finding.claims) == ["41 \u00b0C", "44 \u00b0C"]
        assert finding.confidence is not None and finding.confidence > 0.5
        assert warm.findings == cold.findings  # read back from the cache as the same records
        rules = json.loads(sarif.render(cold))["runs"][0]["tool"]["driver"]["rules"]
        assert "ConflictingTemperatures" in [r["name"] for r in rules]
    assert "temperature" not in KINDS


def test_a_message_sets_values_that_agree_against_the_one_that_conflicts() -> None:
    """AP's 2,039,758 and HuffPost's 2.04 million agree; DailyMail's 2.39 million conflicts with
    both. Three values that were each found in conflict with a neighbour, but of which two were
    never compared, stand alone: "12 \u2248 30 against 15" would say 12 and 30 agree."""
    docs = [Document(id=i, text="x", source=s, published=date(2022, 8, 1)) for i, s in zip("abc", ("AP", "HuffPost", "DM"))]
    sents = [Sentence(d.id, 0, "The army had 2,000,000 personnel.", 0, 33, 1) for d in docs]

    def side(i: int, low: float, high: float, text: str):  # type: ignore[no-untyped-def]
        claim = NumberClaim(start=13, end=13 + len(text), text=text, value=(low + high) / 2, low=low, high=high, unit="",
                            counted=("personnel",), counted_text="personnel", left=("army",), right=())
        return (docs[i], sents[i], claim, None)

    toy = AlignedKind("number", "figures", "numbers", lambda x, y: True, lambda e, x, y: {},
                      lambda side, x: None, lambda claims: "personnel")
    def made(*pairs):  # type: ignore[no-untyped-def]
        conflicts = ClaimConflicts({"number": toy})
        for a, b in pairs:
            conflicts.add("number", None, 0.8, a, b)
        (finding,) = conflicts.findings()
        return finding

    def message(*pairs) -> str:  # type: ignore[no-untyped-def]
        return made(*pairs).message

    ap, hp, dm = side(0, 2039758, 2039758, "2,039,758"), side(1, 2035000, 2045000, "2.04 million"), side(2, 2385000, 2395000, "2.39 million")
    assert message((ap, dm), (hp, dm)).endswith(": AP: 2,039,758 \u2248 HuffPost: 2.04 million against DM: 2.39 million")
    # each side knows its camp, so a diff puts the two that agree on one side, as the message does
    from discrepancy.model import Report
    from discrepancy.report.markdown import render
    found = made((ap, dm), (hp, dm))
    assert {c.source: c.camp for c in found.claims} == {"AP": 0, "HuffPost": 0, "DM": 1}
    diff = render(Report(3, 3, [found])).split("```diff\n")[1].split("\n```")[0].splitlines()
    assert [line[:2] + line.split("[")[1].split(",")[0] for line in diff] == ["- AP", "- HuffPost", "+ DM"]
    twelve, fifteen, thirty = side(0, 12, 12, "12"), side(1, 15, 15, "15"), side(2, 30, 30, "30")
    assert message((twelve, fifteen), (fifteen, thirty)).endswith(": AP: 12 against HuffPost: 15 against DM: 30")


def test_a_vague_quantity_alone_does_not_make_a_sentence_embedded():
    """ "Dozens of protesters were arrested" is read, but aligned only where its sentence holds
    another value: no sentence is aligned, nor any article linked, on the strength of "dozens"."""
    from discrepancy.detectors.numbers import extract_numbers
    from discrepancy.kinds import compared_aligned
    from discrepancy.model import SentenceClaims

    alone = extract_numbers("Dozens of protesters were arrested.")
    beside = extract_numbers("Dozens of protesters were arrested and 12 were charged.")
    assert [c.qualifier for c in alone] == ["vague"]
    assert not compared_aligned(SentenceClaims.of({"numbers": alone}))
    assert compared_aligned(SentenceClaims.of({"numbers": beside}))


def test_an_agencys_story_run_by_another_outlet_is_named_as_its_copy() -> None:
    """HuffPost running AP's story under "KYIV, Ukraine (AP) —" is not a second source for a value."""
    from discrepancy.findings import outlet

    def doc(source: str, text: str) -> Document:
        return Document(id=source, text=text, source=source, published=date(2022, 8, 1))

    assert outlet(doc("HuffPost", "KYIV, Ukraine (AP) \u2014 Russian forces shelled the city.")) == "HuffPost (AP copy)"
    assert outlet(doc("AP", "KYIV, Ukraine (AP) \u2014 Russian forces shelled the city.")) == "AP"
    assert outlet(doc("HuffPost", "Russian forces shelled the city, AP reported (AP) \u2014 late.")) == "HuffPost"
    assert outlet(doc("NBC", "LONDON (Reuters) - Prices rose.")) == "NBC (Reuters copy)"
    # the agency under its own name, in words or initials; a name that merely holds its letters is not it
    assert outlet(doc("Associated Press", "KYIV, Ukraine (AP) \u2014 Shelling.")) == "Associated Press"
    assert outlet(doc("Reuters UK", "LONDON (Reuters) - Prices rose.")) == "Reuters UK"
    assert outlet(doc("Japan Times", "TOKYO (AP) \u2014 Prices rose.")) == "Japan Times (AP copy)"


def test_two_days_one_apart_named_from_an_article_s_date_say_so() -> None:
    """"yesterday" (= the 25th) against "Friday" (= the 26th): an article stamped a day after it
    was written reads a day off, and the message says to check; not for two full dates, nor for
    days further apart."""
    from discrepancy.model import DateClaim

    def message(a: DateClaim, read_a: str, b: DateClaim, read_b: str) -> str:
        doc_a = Document(id="a", text="x", source="DailyMail", published=date(2022, 8, 26))
        doc_b = Document(id="b", text="x", source="AP", published=date(2022, 8, 26))
        s_a = Sentence("a", 0, "Officials said yesterday that it was hit.", 0, 40, 1)
        s_b = Sentence("b", 0, "Officials said Friday that it was hit.", 0, 38, 1)
        conflicts = ClaimConflicts({"date": aligned_kind("date")})
        conflicts.add("date", None, 0.9, (doc_a, s_a, a, read_a), (doc_b, s_b, b, read_b))
        (found,) = conflicts.findings()
        return found.message

    yesterday = DateClaim(15, 24, "yesterday", "relative", relative="yesterday", phrase="Officials said")
    friday = DateClaim(15, 21, "Friday", "weekday", weekday=4, phrase="Officials said")
    full = DateClaim(15, 21, "Aug. 27, 2022", "full", 2022, 8, 27, phrase="Officials said")
    said = message(yesterday, "2022-08-25", friday, "2022-08-26")
    assert said.endswith("(a day apart, and DailyMail and AP name the day from the article's own date: "
                         "check when each was written)"), said
    assert "a day apart" in message(yesterday, "2022-08-26", full, "2022-08-27")
    assert "a day apart" not in message(yesterday, "2022-08-24", friday, "2022-08-26")  # two days
    full_a = DateClaim(15, 21, "Aug. 26, 2022", "full", 2022, 8, 26, phrase="Officials said")
    assert "a day apart" not in message(full_a, "2022-08-26", full, "2022-08-27")  # both written out


def test_a_weekday_a_week_off_its_article_s_date_says_so() -> None:
    """AP, stamped Thursday the 25th, wrote that the regulator "on Friday announced" the cap: read
    as the Friday before (the 19th) against the Daily Mail's "yesterday" (the 25th). Written a day
    after its stamp, AP's Friday is the 26th, a day from the 25th: the message says to check."""
    from discrepancy.model import DateClaim

    def message(stamp: date, read_b: str, other: str = "2022-08-25", friday_text: str = "Friday") -> str:
        doc_a = Document(id="a", text="x", source="DailyMail", published=date(2022, 8, 26))
        doc_b = Document(id="b", text="x", source="AP", published=stamp)
        s_a = Sentence("a", 0, "The cap was announced yesterday.", 0, 32, 1)
        text_b = f"The regulator on {friday_text} announced the cap."
        s_b = Sentence("b", 0, text_b, 0, len(text_b), 1)
        yesterday = DateClaim(21, 30, "yesterday", "relative", relative="yesterday", phrase="The cap announced")
        at = text_b.index("Friday")
        friday = DateClaim(at, at + 6, "Friday", "weekday", weekday=4, phrase="The cap announced",
                           relative="last" if friday_text.startswith("last") else None)
        conflicts = ClaimConflicts({"date": aligned_kind("date")})
        conflicts.add("date", None, 0.8, (doc_a, s_a, yesterday, other), (doc_b, s_b, friday, read_b))
        (found,) = conflicts.findings()
        return found.message

    said = message(date(2022, 8, 25), "2022-08-19")
    assert said.endswith("(AP: \u201cFriday\u201d is read as the Friday before its article's date, Thursday "
                         "2022-08-25; written a day after that date, it is 2022-08-26: check when each was written)"), said
    assert "is read as the" not in message(date(2022, 8, 24), "2022-08-19")  # Friday is two days after a Wednesday
    assert "is read as the" not in message(date(2022, 8, 25), "2022-08-19", "2022-08-23")  # still days apart
    # "last Friday" and "Friday, Aug. 19" say which Friday whatever the stamp
    assert "is read as the" not in message(date(2022, 8, 25), "2022-08-19", friday_text="last Friday")
    assert "is read as the" not in message(date(2022, 8, 25), "2022-08-19", friday_text="Friday, Aug. 19,")
    for said_which in ("Friday the 19th", "this past Friday", "the previous Friday", "Friday last week"):
        assert "is read as the" not in message(date(2022, 8, 25), "2022-08-19", friday_text=said_which), said_which
    assert "is read as the" in message(date(2022, 8, 25), "2022-08-19", friday_text="Friday night")
    # a word after the weekday that only begins like a month ("Mayor", "marched") says nothing of which
    for unsaid in ("Friday, Mayor Sadiq Khan's", "Friday, marchers and"):
        assert "is read as the" in message(date(2022, 8, 25), "2022-08-19", friday_text=unsaid), unsaid


def test_outlets_that_only_agree_with_a_side_are_named_beside_it() -> None:
    """qa47: "Only Global Wire is shown for 187" though Peloton Daily's "187km" agrees with it. An
    outlet matched to one side as the same fact, agreeing, stands with it in the message and in
    `support`; the finding's id stays as it was, and a value that only can hold ("as many as 20")
    or an outlet already quoted is not named."""
    docs = {name: Document(id=name.lower(), text="x", source=name, published=date(2022, 8, 1))
            for name in ("AP", "NBC", "RT", "Mail")}
    sentence = {d.id: Sentence(d.id, 0, "The strike killed 12 people.", 0, 28, 1) for d in docs.values()}

    def side(name: str, text: str, value: float, low: float | None = None):
        claim = NumberClaim(start=18, end=18 + len(text), text=text, value=value,
                            low=value if low is None else low, high=value, unit="", counted=("people",),
                            counted_text="people", left=("killed",), right=())
        return docs[name], sentence[docs[name].id], claim, None

    ap, nbc = side("AP", "12", 12), side("NBC", "15", 15)
    supporters = [side("RT", "12", 12), side("Mail", "as many as 20", 20, low=0), side("NBC", "12", 12)]

    def build(support):
        conflicts = ClaimConflicts({"number": aligned_kind("number")})
        conflicts.add("number", "e1", 0.9, ap, nbc)
        (found,) = conflicts.findings(support)
        return found

    plain = build(None)
    backed = build(lambda kind, event, s: supporters if s[0].source == "AP" and event == "e1" else [])
    assert plain.message.endswith("AP: 12 against NBC: 15")
    assert backed.message.endswith("AP, RT: 12 against NBC: 15")
    assert [(e.source, e.value, e.camp) for e in backed.support] == [("RT", "12", 0)]
    assert backed.id == plain.id and backed.claims == plain.claims
    from discrepancy.report.json_report import finding_dict
    assert [(e["source"], e["camp"]) for e in finding_dict(backed)["support"]] == [("RT", 0)]
    assert "support" not in finding_dict(plain)
