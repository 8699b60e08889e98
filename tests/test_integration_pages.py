"""End to end with the real model and spaCy on the seed story saved as web pages by two outlets.

The pages (fixtures/pages) hold the seed articles inside real-looking page layouts; their
publication dates are only in the pages' metadata. The Umerov finding of the text seeds
must come out of them the same, dated from that metadata.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from discrepancy.model import Report
from discrepancy.pipeline import Options, check
from discrepancy.report import render

pytestmark = pytest.mark.integration

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return check([PAGES], Options(cache_dir=tmp_path_factory.mktemp("cache")))


def test_saved_pages_reproduce_umerovs_title_change(report: Report) -> None:
    (f,) = [f for f in report.findings if f.kind == "title" and "Umerov" in f.subject]
    assert f.verdict == "changed_over_time"  # dated from the pages, so a change of office, not a conflict
    by_outlet = {(c.source, c.value, c.published, c.published_origin) for c in f.claims}
    assert ("The Bosphorus Ledger", "Defence Minister", date(2025, 6, 2), "page") in by_outlet
    # the council's secretary, as "NSDC Secretary" or spelled out: one office either way
    (courier,) = [c for c in by_outlet if c[0] == "Kyiv Courier"]
    assert ("NSDC" in courier[1] or "National Security and Defense Council" in courier[1])
    assert courier[2:] == (date(2026, 1, 5), "page")
    assert [t.value for t in f.timeline] == ["Defence Minister", courier[1]]
    # the comment under the Ledger's story ("Umerov is not Defence Minister any more") is not an article
    assert all("Check your facts" not in c.sentence for c in f.claims)


def test_saved_pages_report_says_where_dates_came_from(report: Report) -> None:
    markdown = render(report, "markdown")
    assert "[The Bosphorus Ledger, 2025-06-02 (from page metadata), " in markdown
    assert "[Kyiv Courier, 2026-01-05 (from page metadata), " in markdown
    assert "index.html`: no article text found in the page" in markdown
