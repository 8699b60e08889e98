"""The confidence of a change of an office's holder: what kind of change it is, the fitted model
over it, and blind pairs written to measure it (`tests/data/holder_pairs_news.jsonl`).

Sets H1 (teaches the model) and H2 (measures it) were written by two helpers from general
knowledge, blind to the tool: two articles naming two people with what looks like one office,
marked "change" when they are successive holders of one single-holder office and "not_change"
when a change of holder would be wrong (two countries, offices many hold at once, one person
written two ways, a retrospective). "gap" marks where the tool is wrong today; such a pair must
stay wrong until the file is updated, so that a fix, or a new misreading, is noticed.
"""
from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from script_modules import load_script

from discrepancy.compare.titles import HOLDER_FEATURES, holder_features
from discrepancy.scoring import load_model

ROOT = Path(__file__).resolve().parent.parent
PAIRS = [json.loads(line) for line in (ROOT / "tests" / "data" / "holder_pairs_news.jsonl")
         .read_text(encoding="utf-8").splitlines() if line.strip()]


def _findings(*texts_and_days: tuple[str, date], min_confidence: float | None = None):
    from discrepancy.claims import extract_sentence
    from discrepancy.compare.people import title_findings
    from discrepancy.model import Document
    from discrepancy.sentences import split_corpus

    docs = [Document(id=f"d{i}", text=t, source=f"s{i}", published=day) for i, (t, day) in enumerate(texts_and_days)]
    sents = split_corpus(docs)
    from discrepancy.pipeline import split_at_bar

    # built at the bar or the fitted cut, whichever is lower; a higher bar filters afterwards, as a check does
    found = title_findings(docs, {d.id: d for d in docs}, sents, [extract_sentence(s.text) for s in sents], {},
                           min_confidence=min_confidence)
    return split_at_bar(found, min_confidence, {})[0]


def test_what_kind_of_change_is_told():
    fit = load_script("fit_models")
    [change] = fit.pair_holder_changes({
        "a": "Greek Prime Minister Alexis Tsipras said on Thursday that the election would be close.", "a_date": "2019-06-20",
        "b": "Greece's prime minister, Kyriakos Mitsotakis, met investors in Athens on Wednesday.", "b_date": "2019-07-10"})
    features = holder_features(change)
    assert set(features) == set(HOLDER_FEATURES)
    assert features == {"ordered": 1.0, "jurisdiction_inferred": 0.0, "leader": 1.0, "surname_only": 0.0,
                        "within_month": 1.0}
    [later] = fit.pair_holder_changes({
        "a": "Ukrainian Defence Minister Oleksii Reznikov visited the front on Friday.", "a_date": "2023-03-03",
        "b": "Ukraine's defence minister Rustem Umerov met his allies in Brussels on Wednesday.", "b_date": "2023-10-11"})
    assert holder_features(later)["leader"] == 0.0 and holder_features(later)["within_month"] == 0.0


def test_a_change_of_holder_carries_its_confidence_and_the_bar_filters_it():
    model = load_model("holder_change")
    assert model.features == HOLDER_FEATURES
    texts = (("United States President Donald Trump urged talks.", date(2020, 3, 1)),
             ("U.S. President Joe Biden expressed reservations.", date(2023, 7, 8)))
    [change] = _findings(*texts)
    assert change.topic == "office" and change.verdict == "changed_over_time"
    assert model.threshold <= change.confidence <= 1.0
    assert _findings(*texts, min_confidence=change.confidence + 0.001) == []


def test_holder_pairs_as_news_writes_them():
    fit = load_script("fit_models")
    wrong = [(p["reader"], p["want"], p["a"]) for p in PAIRS
             if (bool(fit.pair_holder_changes(p)) == (p["want"] == "change")) == ("gap" in p)]
    assert not wrong, "\n".join(map(str, wrong))


def test_the_holder_file_holds_both_sets_and_is_not_passed_by_gaps():
    def count(reader: str, want: str, read_right: bool) -> int:
        return sum(p["reader"] == reader and p["want"] == want and ("gap" not in p) == read_right for p in PAIRS)

    assert len(PAIRS) == 270
    # changes reported; pairs written as no change left alone
    assert (count("H1", "change", True), count("H1", "not_change", True)) == (33, 64)
    assert (count("H2", "change", True), count("H2", "not_change", True)) == (7, 45)


def test_the_holder_table_is_fitted_on_h1_only():
    with (ROOT / "scripts" / "training" / "holder_change.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["corpus"] for r in rows} == {"blind-H1"}
    assert {r["label"] for r in rows} == {"0", "1"}


def test_an_organisations_head_is_one_office_without_a_country():
    """"World Bank President" and "president of the World Bank" name one office, which no country
    qualifies; the finding names it as written."""
    fit = load_script("fit_models")
    [change] = fit.pair_holder_changes({
        "a": "World Bank President David Malpass said on Tuesday that the lender would raise its forecasts.",
        "a_date": "2022-10-11",
        "b": "Ajay Banga, president of the World Bank, told delegates in Marrakech on Monday that reform was urgent.",
        "b_date": "2023-10-09"})
    assert change.office == "president||world bank|"
    from discrepancy.findings import holder_finding
    assert holder_finding(change).subject == "World Bank President"
    # a deputy of an organisation is one of several: no single office
    assert fit.pair_holder_changes({
        "a": "IMF Deputy Managing Director Gita Gopinath said on Tuesday that growth would slow.", "a_date": "2023-01-10",
        "b": "IMF Deputy Managing Director Kenji Okamura said on Friday that reserves were adequate.", "b_date": "2023-06-09"}) == []


def test_an_outvoted_title_in_a_contradiction_makes_no_change_of_holder():
    """One article calls a congressman "Gov." where three call him a Representative: the title
    contradiction is reported, and that one "Gov." is no evidence that he held the governorship
    before the state's governor did. A title most articles state still is."""
    day = date(2012, 8, 21)
    texts = (("Republicans urged Gov. Mark Ellison (R-Mo.) to quit the Senate race on Monday.", day),
             ("Rep. Mark Ellison of Missouri refused to quit the Senate race on Monday.", day),
             ("Missouri Rep. Mark Ellison stayed in the Senate race on Monday, aides said.", day),
             ("Rep. Mark Ellison of Missouri said on Monday that he would stay in the race.", day),
             ("Missouri Gov. Dan Whitfield said on Tuesday that the state would appeal.", date(2014, 8, 20)))
    found = _findings(*texts)
    assert [f.verdict for f in found if f.topic != "office"] == ["contradiction"]
    assert not [f for f in found if f.topic == "office"], [f.message for f in found]
    # without the contradiction's doubt the two governors make a change of holder
    [change] = [f for f in _findings(texts[0], texts[4]) if f.topic == "office"]
    assert change.verdict == "changed_over_time"
