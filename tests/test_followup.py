"""A short follow-up joins its story: new articles are compared with the whole corpus (issue 13).

The CI use: a baseline of the reviewed corpus, then one new article from a new outlet that
repeats the seed sentence about the 16 May talks with another figure. The check must fail
and name the new article; a follow-up that repeats the figure must pass.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from discrepancy.cli import main

pytestmark = pytest.mark.integration

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds-dated"
FOLLOW_UP = """---
id: followup-wire
source: Wire Service
published: 2025-06-02
---
Talks resume in Istanbul
On May 16, 2025, Russia and Ukraine held their first direct peace talks in over three years in Istanbul. \
The discussions, lasting less than two hours, culminated in an agreement to exchange {figure} prisoners of war \
from each side, the largest such swap since the war began.
"""


def _corpus(tmp_path: Path, figure: str | None) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    if figure:
        (corpus / "followup.md").write_text(FOLLOW_UP.format(figure=figure), encoding="utf-8")
    return corpus


def _check_after_baseline(tmp_path: Path, follow_up: str) -> tuple[int, dict]:
    """Baseline the reviewed seeds, add the follow-up, check against the baseline: (exit code, JSON report)."""
    cache = tmp_path / "cache"
    base = tmp_path / "baseline.json"
    reviewed = _corpus(tmp_path, None)
    assert main(["check", str(reviewed), "--cache-dir", str(cache), "-q", "--format", "json",
                 "--output", str(tmp_path / "before.json")]) in (0, 1)
    assert main(["baseline", str(reviewed), "--cache-dir", str(cache), "-q", "--output", str(base)]) == 0
    (reviewed / "followup.md").write_text(follow_up, encoding="utf-8")
    out = tmp_path / "after.json"
    rc = main(["check", str(reviewed), "--cache-dir", str(cache), "-q", "--baseline", str(base), "--format", "json",
               "--output", str(out)])
    return rc, json.loads(out.read_text())


@pytest.mark.parametrize("figure, expected", [("3,000", 1), ("1,000", 0)])
def test_a_follow_up_is_compared_with_the_whole_story(tmp_path, figure, expected):
    rc, report = _check_after_baseline(tmp_path, FOLLOW_UP.format(figure=figure))
    assert rc == expected, report["findings"]
    if expected:
        docs = {c["doc"] for f in report["findings"] for c in f["claims"]}
        assert "followup-wire" in docs
        assert any(c["value"] == "3,000" for f in report["findings"] for c in f["claims"])


def test_the_same_report_whatever_the_cache_holds(tmp_path):
    """Cold, warm and --no-cache runs give identical bytes in every format."""
    corpus = _corpus(tmp_path, "3,000")
    cache = tmp_path / "cache"
    outputs = {}
    for run, flags in (("cold", ["--cache-dir", str(cache)]), ("warm", ["--cache-dir", str(cache)]),
                       ("none", ["--no-cache"])):
        for fmt in ("json", "markdown", "sarif"):
            out = tmp_path / f"{run}.{fmt}"
            main(["check", str(corpus), *flags, "-q", "--format", fmt, "--output", str(out)])
            outputs[(run, fmt)] = out.read_bytes()
    for fmt in ("json", "markdown", "sarif"):
        assert outputs[("cold", fmt)] == outputs[("warm", fmt)] == outputs[("none", fmt)], fmt


def test_a_cache_grown_article_by_article_gives_the_cold_report(tmp_path):
    """CI keeps its cache as articles arrive: a run whose cache holds only the older articles (the
    new one's sentences and words encoded and read on their own) reports what a fresh runner does."""
    corpus = _corpus(tmp_path, "3,000")
    earlier = _corpus(tmp_path / "earlier", None)
    grown, fresh = tmp_path / "grown-cache", tmp_path / "fresh-cache"
    main(["check", str(earlier), "--cache-dir", str(grown), "-q", "--format", "json",
          "--output", str(tmp_path / "earlier.json")])
    for cache, out in ((grown, "grown.json"), (fresh, "fresh.json")):
        main(["check", str(corpus), "--cache-dir", str(cache), "-q", "--format", "json", "--output", str(tmp_path / out)])
    assert (tmp_path / "grown.json").read_bytes() == (tmp_path / "fresh.json").read_bytes()


TITLE_FOLLOW_UP = """---
id: followup-herald
source: Bosphorus Herald
published: 2025-06-02
---
Delegations meet in Istanbul
Ukraine's team is headed by {title} Rustem Umerov, officials said.
"""


@pytest.mark.parametrize("title, expected", [("Defence Minister", 0), ("Foreign Minister", 1)])
def test_a_follow_up_that_repeats_an_accepted_title_passes(tmp_path, title, expected):
    """The follow-up joins the accepted Umerov finding: its documents, so its id, change. Repeating
    "Defence Minister" adds no disagreement and must pass CI; "Foreign Minister" is a new one."""
    rc, report = _check_after_baseline(tmp_path, TITLE_FOLLOW_UP.format(title=title))
    assert rc == expected, report["findings"]
    if expected:
        assert any(c["doc"] == "followup-herald" and c["value"] == "Foreign Minister"
                   for f in report["findings"] for c in f["claims"])
    else:
        assert report["hidden"]["baseline_repeated"] == 1 and "baseline_missing" not in report


LOOSE_COPY = """---
id: 007_herald
source: Bosphorus Herald
published: 2025-06-02
---
Talks in Istanbul
To recall, on May 19, 2025, Russia and Ukraine held their first direct peace talks in over three years in \
Istanbul. The prisoner exchange proceeded over several days, with the second day on May 24 seeing 370 military \
personnel swapped from each side. Ukraine on Monday resumed talks.
"""


def test_a_lower_bar_adds_findings_and_never_changes_the_default_ones(tmp_path):
    """Pairs under the fitted cut that share a side with a confident finding were folded into it at
    a lower bar: its subject, and so its id, changed ('date of "Ukraine"' for the May 16 finding)."""
    corpus = _corpus(tmp_path, None)
    (corpus / "007.md").write_text(LOOSE_COPY, encoding="utf-8")
    runs = {}
    for name, flags in (("default", []), ("lowered", ["--min-confidence", "0"])):
        out = tmp_path / f"{name}.json"
        main(["check", str(corpus), "--cache-dir", str(tmp_path / "cache"), "-q", "--format", "json",
              "--output", str(out), *flags])
        runs[name] = {f["id"]: f for f in json.loads(out.read_text())["findings"]}
    assert {f["kind"] for f in runs["default"].values()} >= {"number", "date"}
    for finding_id, finding in runs["default"].items():
        assert runs["lowered"].get(finding_id) == finding
    assert len(runs["lowered"]) > len(runs["default"])
