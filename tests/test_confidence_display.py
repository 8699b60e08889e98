"""A finding's confidence is shown rounded down, to the --min-confidence bar's own decimals: never
under the bar it passed, and never over one that would hide it."""
from __future__ import annotations

from dataclasses import replace

import pytest

from discrepancy.pipeline import split_at_bar
from discrepancy.report import github, html, markdown, terminal
from discrepancy.report.common import confidence_text

from reportdata import number_finding, sample_report


@pytest.mark.parametrize(("confidence", "bar", "shown"), [
    (0.745, 0.745, "0.745"),     # two decimals would round it to "0.74", under the bar
    (0.7451, 0.745, "0.745"),
    (0.912, None, "0.91"),       # no bar: two decimals
    (0.987, None, "0.98"),       # rounded down: a bar of the number shown keeps the finding
    (0.987, 0.98, "0.98"),
    (1.0, None, "1.00"),
    (0.912, 0.5, "0.91"),        # a bar of one or two decimals changes nothing
    (0.123456789, 0.1234567, "0.123456"),  # at most six decimals
    (0.745, True, "0.74"),       # not a bar: a bool is no number here
])
def test_confidence_text(confidence, bar, shown):
    assert confidence_text(confidence, bar) == shown


def _report_at_bar(confidence: float, bar: float):
    report = sample_report()
    report.findings[0] = replace(report.findings[0], confidence=confidence)
    shown, _hidden = split_at_bar(report.findings, bar, report.stats)
    assert report.findings[0] in shown
    return report


@pytest.mark.parametrize("render", [
    lambda r: terminal.render(r, color=False, width=200),
    markdown.render,
    html.render,
    github.render,
], ids=["terminal", "markdown", "html", "github"])
def test_every_report_shows_a_passing_finding_at_or_above_its_bar(render):
    text = render(_report_at_bar(0.745, 0.745)).replace("Confidence: ", "confidence ")
    assert "confidence 0.745" in text
    assert "confidence 0.74<" not in text and "confidence 0.74 " not in text


def test_the_bar_is_kept_for_the_reports_even_when_nothing_is_hidden():
    stats: dict = {}
    split_at_bar([number_finding()], 0.5, stats)
    assert stats == {"min_confidence": 0.5}
    stats = {}
    split_at_bar([number_finding()], None, stats)
    assert stats == {}
