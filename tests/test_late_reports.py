"""A day that has passed stays that day however late it is reported; a running total does not.

Dates are compared between articles as far apart as one event reaches (four days): a trade paper's
"began on March 5", three days after the wire's "began ... on Tuesday" (March 3), contradicts it.
Figures three days apart are not compared: a count reported days later is an update.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from discrepancy.pipeline import Options, check

pytestmark = pytest.mark.integration

ARTICLES = [
    {'id': 'wire', 'source': 'Northern Wire', 'published': '2026-03-03', 'title': 'Kestrel Bay bus drivers strike', 'text': 'Bus drivers in Kestrel Bay began an indefinite strike on Tuesday over pay, leaving about 40,000 daily passengers without a service.\nThe Transport Workers Union said 620 drivers had joined the walkout after talks with Kestrel Coaches broke down.\nThe company said it had offered a rise of 4 per cent, while the union wants 9 per cent.\nCouncil leader Maria Olsen urged both sides to return to talks.'},
    {'id': 'local', 'source': 'Kestrel Bay Echo', 'published': '2026-03-03', 'title': 'Buses stop as drivers walk out', 'text': 'Bus drivers in Kestrel Bay walked out today in an indefinite strike over pay, leaving some 40,000 daily passengers stranded.\nAbout 620 drivers are taking part, the Transport Workers Union said.\nKestrel Coaches has offered 4 per cent; the union is asking for 9 per cent.\nCouncil leader Maria Olsen called for talks to resume.'},
    {'id': 'trade', 'source': 'Coach Operator Weekly', 'published': '2026-03-06', 'title': 'Kestrel Bay strike enters its fourth day', 'text': "Bus drivers in Kestrel Bay began an indefinite strike on March 5 over pay, leaving about 40,000 daily passengers without a service.\nThe Transport Workers Union said 640 drivers had joined the walkout.\nKestrel Coaches has offered a rise of 4 per cent against the union's demand of 9 per cent.\nCouncil leader Maria Olsen has urged both sides to return to talks."},
]


def _report(tmp_path: Path, trade_published: str):
    corpus = tmp_path / "strike.jsonl"
    rows = [dict(r, published=trade_published) if r["id"] == "trade" else r for r in ARTICLES]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return check([corpus], Options(cache_dir=tmp_path / "cache"))


def test_a_date_reported_three_days_later_is_compared_and_a_figure_is_not(tmp_path):
    report = _report(tmp_path, "2026-03-06")
    dates = [f for f in report.findings if f.kind == "date"]
    assert len(dates) == 1, [f.message for f in report.findings]
    assert {(c.doc, c.value) for c in dates[0].claims} == {("trade", "March 5"), ("wire", "Tuesday")}
    # 640 drivers against 620 three days apart: an update, not compared
    assert [f for f in report.findings if f.kind == "number"] == []


def test_a_date_reported_past_the_reach_of_one_event_is_not_compared(tmp_path):
    report = _report(tmp_path, "2026-03-09")
    assert [f for f in report.findings if f.kind == "date"] == []
