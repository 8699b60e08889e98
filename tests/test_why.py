"""A finding says why it has its confidence: the evidence that weighed most, in words."""
from __future__ import annotations

import json

from discrepancy.compare.why import BASE_RATE, MAX_REASONS, reasons
from discrepancy.model import Report
from discrepancy.report import html, json_report, markdown, sarif, terminal
from discrepancy.scoring import LogisticModel

from reportdata import date_finding, number_finding


def _model(**coef: float) -> LogisticModel:
    names = tuple(coef)
    return LogisticModel("same_fact_test", names, tuple(0.0 for _ in names), tuple(1.0 for _ in names),
                         tuple(coef.values()), 0.0, 0.5)


def test_strongest_evidence_first_with_its_sign():
    model = _model(similarity=2.0, days_apart=-0.5, same_head=1.0)
    why = reasons(model, {"similarity": 0.95, "days_apart": 2.0, "same_head": 1.0})
    assert why == (("the sentences are close paraphrases (cosine 0.95)", 1.9),
                   ("both values hang on the same word", 1.0), ("published 2 days apart", -1.0))  # ties by text


def test_evidence_that_is_absent_is_no_reason():
    """A shared head word that is not there weighs (the features are centred) but says nothing."""
    model = LogisticModel("same_fact_test", ("same_head", "similarity"), (0.6, 0.0), (0.5, 1.0), (1.0, 1.0), 0.0, 0.5)
    assert reasons(model, {"same_head": 0.0, "similarity": 0.7}) == (("the sentences are alike (cosine 0.70)", 0.7),)


def test_what_every_conflict_has_and_what_barely_weighs_are_left_out():
    model = _model(values_differ=-3.0, similarity=0.1, same_verb=0.5)
    assert reasons(model, {"values_differ": 1.0, "similarity": 0.9, "same_verb": 1.0}) == (("the same verb", 0.5),)


def test_when_nothing_weighs_much_what_was_seen_is_still_said():
    """A title finding near the usual confidence names its kind of difference rather than nothing;
    a term too small to move the confidence by a point (rank_differs here) stays out."""
    model = _model(two_portfolios=-0.05, rank_differs=0.02, similarity=0.1)
    assert reasons(model, {"two_portfolios": 1.0, "rank_differs": 1.0, "similarity": 0.5}) == (
        ("the sentences are loosely alike (cosine 0.50)", 0.05), ("two portfolios (one post can go by two names)", -0.05))
    # nothing seen weighs at all (a change of holder, whose fit found no feature that matters): the
    # confidence is the base rate of its kind, and the finding says so rather than nothing
    assert reasons(model, {"two_portfolios": 0.0, "rank_differs": 0.0, "similarity": 0.0}) == ((BASE_RATE, 0.0),)
    from dataclasses import replace

    from discrepancy.report.common import why_line
    assert why_line(replace(number_finding(), why=((BASE_RATE, 0.0),))) == BASE_RATE  # no sign: it weighs nothing


def test_at_most_a_few_reasons():
    names = ("similarity", "event", "left", "right", "context", "same_head", "same_verb")
    model = _model(**{n: 1.0 for n in names})
    assert len(reasons(model, {n: 1.0 for n in names})) == MAX_REASONS


def test_every_format_shows_the_reasons_and_none_for_a_finding_without():
    report = Report(4, 8, [number_finding(), date_finding()])
    data = json.loads(json_report.render(report))
    assert data["findings"][0]["why"] == [{"evidence": "the same thing counted", "weight": 1.45},
                                          {"evidence": "published 1 day apart", "weight": -0.31}]
    assert "why" not in data["findings"][1]
    result = json.loads(sarif.render(report))["runs"][0]["results"][0]
    assert result["properties"]["why"][0] == {"evidence": "the same thing counted", "weight": 1.45}
    line = "+ the same thing counted; \u2212 published 1 day apart"
    assert "_Why this confidence:_ \\" + line in markdown.render(report)
    assert "why: " + line in terminal.render(report, color=False, width=200)
    assert "why: " + line in html.render(report)
    assert markdown.render(report).count("Why this confidence") == 1


def test_every_feature_of_the_shipped_decisions_can_be_named():
    """A feature the fit weighs but the report cannot put in words would weigh unexplained."""
    from discrepancy.compare import why
    from discrepancy.compare.samefact import DATE_FEATURES, NUMBER_FEATURES

    named = set(why._MEASURES) | set(why._PRESENT) | set(why._SILENT)
    assert [f for f in NUMBER_FEATURES + DATE_FEATURES if f not in named] == []


def test_a_confidence_carried_by_the_usual_one_says_so_beside_reasons_against_it():
    """A title finding at 0.94 listed only "- two portfolios": the reasons read as contradicting the
    confidence. What carried it, the kind's usual confidence, is said with its term."""
    from discrepancy.compare.why import USUAL

    model = LogisticModel("title_test", ("two_portfolios", "similarity"), (0.0, 0.0), (1.0, 1.0), (-0.4, 0.01), 3.0, 0.5)
    assert reasons(model, {"two_portfolios": 1.0, "similarity": 0.0}) == (
        ("two portfolios (one post can go by two names)", -0.4), (USUAL, 3.0))
    # reasons that already point where the confidence ended need no such line
    model = LogisticModel("title_test", ("two_portfolios", "similarity"), (0.0, 0.0), (1.0, 1.0), (-0.4, 0.01), -3.0, 0.5)
    assert reasons(model, {"two_portfolios": 1.0, "similarity": 0.0}) == (("two portfolios (one post can go by two names)", -0.4),)
