"""End to end with the real model and spaCy, on the fixtures, against what NOTES.md requires.

../shared/corpora/seeds/NOTES.md: Umerov's title must be reported (a conflict without
dates, a role change with them); Fidan's and Medinsky's titles, spellings of names and
places, the two prisoner figures and the two rounds of talks must not be.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from discrepancy.pipeline import Options, check

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def seeds(cache):
    return check([FIXTURES / "seeds"], Options(cache_dir=cache))


@pytest.fixture(scope="module")
def seeds_dated(cache):
    return check([FIXTURES / "seeds-dated"], Options(cache_dir=cache))


def umerov(report):
    found = [f for f in report.findings if f.kind == "title" and "Umerov" in f.subject]
    assert len(found) == 1, [f.subject for f in report.findings]
    return found[0]


def test_seeds_report_umerovs_title_between_001_and_003_004(seeds):
    f = umerov(seeds)
    docs = {c.doc.split("_")[0] for c in f.claims}
    assert docs == {"001", "003", "004"}
    values = {c.value for c in f.claims}
    assert "NSDC Secretary" in values or any("National Security and Defense Council" in v for v in values)
    assert any("Defence" in v for v in values)
    for c in f.claims:
        assert c.sentence[c.start:c.end] == c.value


def test_seeds_without_dates_is_unclear_time(seeds):
    f = umerov(seeds)
    assert (f.verdict, f.severity) == ("unclear_time", "warning")
    assert "dates" in f.message


def test_seeds_report_nothing_notes_rules_out(seeds):
    # the user's question first: a change of an office's holder is context, listed after it
    assert "Umerov" in seeds.findings[0].subject and seeds.findings[-1].topic == "office"
    for f in seeds.findings:
        if "Umerov" in f.subject:
            continue
        # the only other finding allowed: a change of an office's holder, never as a contradiction
        assert f.kind == "title" and f.verdict != "contradiction", (f.subject, f.message)
        assert {c.value for c in f.claims} <= {"Joe Biden", "Donald Trump"}
    # so what NOTES.md rules out cannot be reported: Fidan's or Medinsky's titles (the only title
    # findings are Umerov's and a holder change of Biden and Trump), "1,000 prisoners", "10,000" or
    # "second round" (no figure or date finding at all)
    text = json.dumps([f.message + " ".join(c.sentence for c in f.claims) for f in seeds.findings])
    assert not [f for f in seeds.findings if f.kind in ("number", "date")], text


def test_dated_seeds_show_a_change_of_role_with_its_timeline(seeds_dated):
    f = umerov(seeds_dated)
    assert (f.verdict, f.severity) == ("changed_over_time", "note")
    first, last = f.timeline[0], f.timeline[-1]
    assert "Defence" in first.value and first.first_seen.isoformat() == "2025-06-02"
    assert "NSDC" in last.value or "Security" in last.value
    assert last.first_seen.isoformat().startswith("2026-01")
    assert set(first.docs) == {"003_491a6a4e5d08eddb", "004_7a536f094c51d690"}


def test_dated_seeds_show_the_us_presidency_as_a_change_of_holder(seeds_dated):
    holders = [f for f in seeds_dated.findings if f.kind == "title" and "President" in f.subject]
    assert len(holders) == 1
    f = holders[0]
    assert f.verdict == "changed_over_time"
    assert [e.value for e in f.timeline] == ["Joe Biden", "Donald Trump"]


def test_lookalike_events_never_compare_two_stories(cache):
    report = check([FIXTURES / "lookalike-events" / "corpus.jsonl"], Options(cache_dir=cache))
    stories = json.loads((FIXTURES / "lookalike-events" / "stories.json").read_text())
    assert len(report.events) == 4
    for f in report.findings:
        assert len({stories[c.doc] for c in f.claims}) == 1, f.message
    # the planted 650 vs 420 injured scores about 0.11 with the shipped model, far under the fitted
    # default cut (0.66): bare counts with no counted noun ("injured 420") and sentences this far
    # apart (0.53) weigh against one fact, more so since conflicts that readers call compatible
    # count against reporting in the fit. It is reported once the bar is 0.05, and lowering the bar
    # never brings a finding between the two stories
    lowered = check([FIXTURES / "lookalike-events" / "corpus.jsonl"], Options(cache_dir=cache, min_confidence=0.05))
    for f in lowered.findings:
        assert len({stories[c.doc] for c in f.claims}) == 1, f.message
    planted = [f for f in lowered.findings if f.kind == "number" and {c.value for c in f.claims} == {"650", "420"}]
    assert planted
    assert planted[0].event is not None


BASIL = ROOT.parent / "shared" / "bench" / "basil-dev"


@pytest.mark.slow
@pytest.mark.skipif(not (BASIL / "corpus.jsonl").exists(), reason="shared benchmark not present")
def test_basil_dev_meets_the_quality_targets(cache, tmp_path):
    """Issue targets: recall >= 0.85 overall and >= 0.75 per kind, no number/date finding between
    events, at most 0.1 findings per clean article. The held-out set is judged the same way."""
    import subprocess
    import sys

    from discrepancy.report.json_report import render

    report = check([BASIL / "corpus.jsonl"], Options(cache_dir=cache))
    out = tmp_path / "basil.json"
    out.write_text(render(report), encoding="utf-8")
    summary = tmp_path / "summary.json"
    proc = subprocess.run([sys.executable, str(BASIL.parent / "score.py"), "--gold", str(BASIL), "--report", str(out),
                           "--min-recall", "0.85", "--max-cross-event", "0", "--max-clean-per-article", "0.1",
                           "--json-out", str(summary)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout
    scores = json.loads(summary.read_text())
    for kind, counts in scores["per_kind"].items():
        assert counts["matched"] / counts["total"] >= 0.75, (kind, counts)
