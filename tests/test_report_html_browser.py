"""The review page in a real headless Chromium: loads cleanly, filters, keys, reviewed marks, export.

Needs Playwright for Python and the system Chromium (`apt-get install -y chromium`;
.ci/run installs it where it is missing). Without them these tests are skipped, and
the skip message says which one is missing.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from script_modules import load_script
from test_report_html import MORE_PAYLOADS
from test_report_markdown import PAYLOADS

from discrepancy.baseline import apply_baseline, load_baseline, write_baseline
from discrepancy.model import Event, Report
from discrepancy.report import html

from reportdata import evidence, finding, sample_report

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "reports" / "review-page-test.png"

pytestmark = pytest.mark.browser


bench = load_script("bench_html")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("no browser: Playwright for Python is not installed (pip install playwright)")
    if bench.find_chromium() is None:
        pytest.skip("no browser: Chromium is not installed (apt-get install -y chromium gives /usr/bin/chromium)")
    with sync_playwright() as playwright:
        try:
            launched = bench.launch_chromium(playwright)
        except Exception as exc:  # noqa: BLE001 - any launch failure means no browser here; say which
            pytest.skip(f"no browser: Chromium at {bench.find_chromium()} does not start: {exc}")
        yield launched
        launched.close()


@dataclass
class OpenPage:
    """A page and everything it complained about: console errors, uncaught errors, dialogs."""

    page: Any
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def visible_ids(self) -> list[str]:
        return self.page.eval_on_selector_all("article.card:not([hidden])", "cards => cards.map(c => c.id)")

    def choose(self, select: str, value: str) -> None:
        self.page.select_option(f"#{select}", value)


def open_report(browser: Any, report: Report, folder: Path) -> OpenPage:
    path = folder / "review.html"
    path.write_text(html.render(report), encoding="utf-8")
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    opened = OpenPage(page)
    page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: opened.errors.append(str(exc)))
    page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri(), wait_until="load")
    return opened


def review_report() -> Report:
    report = sample_report()
    first = report.findings[0]
    side = replace(first.claims[0], before="The strike hit four airfields.", after="Moscow denied it.")
    findings = [replace(first, claims=(side,) + first.claims[1:])] + report.findings[1:]
    return replace(report, findings=findings, events=[Event("E1", ("a", "b"), label="Belgorsk strike")] + report.events[1:])


def test_page_loads_filters_navigates_and_exports_a_baseline(browser, tmp_path):
    report = review_report()
    opened = open_report(browser, report, tmp_path)
    page = opened.page
    every = [f"finding-{n}" for n in range(1, len(report.findings) + 1)]
    assert opened.visible_ids() == every

    opened.choose("f-severity", "note")
    assert opened.visible_ids() == ["finding-5"] and page.inner_text("#shown") == "1"
    opened.choose("f-severity", "")
    opened.choose("f-kind", "title")
    assert opened.visible_ids() == ["finding-4", "finding-5"]
    opened.choose("f-kind", "")
    opened.choose("f-event", "E1")
    assert opened.visible_ids() == ["finding-1"]
    opened.choose("f-event", "")
    opened.choose("f-outlet", "Daily Star")
    assert opened.visible_ids() == ["finding-1"]
    opened.choose("f-outlet", "")
    page.fill("#f-confidence", "0.95")
    # the figure at 0.912 and the titles at 0.933 are held back; a finding without a confidence is not
    assert "finding-1" not in opened.visible_ids() and len(opened.visible_ids()) == len(every) - 2
    page.fill("#f-confidence", "0")
    page.fill("#f-search", "umerov defence")
    assert opened.visible_ids() == ["finding-5"]
    page.fill("#f-search", "")
    assert opened.visible_ids() == every

    page.click("h1")  # keys go to the page, not a form field
    current = "document.querySelector('article.current') && document.querySelector('article.current').id"
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert page.evaluate(current) == "finding-2"
    page.keyboard.press("k")
    assert page.evaluate(current) == "finding-1"
    assert not page.is_visible("#finding-1 .ctx")
    page.keyboard.press("c")
    assert page.is_visible("#finding-1 .ctx >> text=Moscow denied it.")
    page.keyboard.press("x")
    for _ in range(4):
        page.keyboard.press("j")
    page.keyboard.press("x")
    assert page.evaluate(current) == "finding-5"
    assert page.inner_text("#reviewed-count") == "2"
    assert page.eval_on_selector_all("article.reviewed", "cards => cards.map(c => c.id)") == ["finding-1", "finding-5"]
    page.check("#f-unreviewed")
    assert opened.visible_ids() == ["finding-2", "finding-3", "finding-4"]
    page.uncheck("#f-unreviewed")

    page.reload(wait_until="load")  # marks are kept in localStorage
    assert page.eval_on_selector_all("article.reviewed", "cards => cards.map(c => c.id)") == ["finding-1", "finding-5"]
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    print(f"screenshot: {SCREENSHOT}")

    with page.expect_download() as download:
        page.click("#export")
    exported = tmp_path / "exported-baseline.json"
    download.value.save_as(exported)
    reviewed = [report.findings[0], report.findings[4]]
    expected = tmp_path / "expected-baseline.json"
    write_baseline(replace(report, findings=reviewed), expected)
    assert exported.read_bytes() == expected.read_bytes()
    kept = apply_baseline(report, load_baseline(exported))
    assert kept.findings == report.findings[1:4]
    assert opened.errors == [] and opened.dialogs == []


def test_the_export_keeps_what_the_page_s_own_baseline_accepted(browser, tmp_path):
    """A page made with --baseline shows only new findings; its export held only those reviewed on
    it, and given back to --baseline it revived every finding accepted before."""
    report = review_report()
    old = tmp_path / "old.json"
    write_baseline(replace(report, findings=report.findings[:2]), old)
    checked = apply_baseline(report, load_baseline(old))
    assert len(checked.findings) == len(report.findings) - 2 and len(checked.baseline_kept) == 2
    opened = open_report(browser, checked, tmp_path)
    page = opened.page
    page.click("h1")
    page.keyboard.press("j")
    page.keyboard.press("x")  # one new finding reviewed
    with page.expect_download() as download:
        page.click("#export")
    exported, expected = tmp_path / "exported.json", tmp_path / "expected.json"
    download.value.save_as(exported)
    write_baseline(replace(checked, findings=checked.findings[:1]), expected)  # the API keeps them alike
    assert exported.read_bytes() == expected.read_bytes()
    assert apply_baseline(report, load_baseline(exported)).findings == report.findings[3:]
    assert opened.errors == []


def test_article_text_runs_nothing_in_the_browser(browser, tmp_path):
    hostile = " ".join(PAYLOADS + MORE_PAYLOADS)
    f = finding("number", "contradiction", "error", f"bombers {hostile}", f"Figures differ {hostile}", [
        evidence("a", f"Officials said 40 bombers {hostile} were damaged.", "40", source=f"Outlet {hostile}"),
        evidence("b", "Officials said 14 bombers were damaged.", "14"),
    ], event="E1")
    f = replace(f, claims=(replace(f.claims[0], before=hostile, after=hostile), f.claims[1]))
    opened = open_report(browser, Report(2, 2, [f], events=[Event("E1", ("a", "b"), label=hostile)],
                                         sources=[f"Outlet {hostile}"]), tmp_path)
    page = opened.page
    page.click("h1")
    page.keyboard.press("j")
    page.keyboard.press("c")
    page.hover("#finding-1 .sentence")
    counts = page.evaluate("""() => ({
        scripts: document.scripts.length,
        foreign: document.querySelectorAll('img, svg, a, iframe, object, embed, link, base, form').length,
        handlers: Array.from(document.querySelectorAll('*')).filter(
            e => Array.from(e.attributes).some(a => a.name.startsWith('on'))).length})""")
    assert counts == {"scripts": 2, "foreign": 0, "handlers": 0}
    assert "</script><script>alert(1)</script>" in page.inner_text("#finding-1 h2")
    page.keyboard.press("x")
    with page.expect_download() as download:
        page.click("#export")
    exported, expected = tmp_path / "exported.json", tmp_path / "expected.json"
    download.value.save_as(exported)
    write_baseline(Report(2, 2, [f]), expected)
    assert exported.read_bytes() == expected.read_bytes()  # the hostile text survives the round trip intact
    assert opened.errors == [] and opened.dialogs == []


def test_a_thousand_findings_stay_responsive(browser, tmp_path):
    report = bench.synthetic_report(1000)
    started = time.perf_counter()
    opened = open_report(browser, report, tmp_path)
    loaded = time.perf_counter() - started
    page = opened.page
    assert page.inner_text("#shown") == "1000"
    filtered = page.evaluate(bench.TIMED_FILTER_JS, ["f-severity", "note", "change"])
    assert page.inner_text("#shown") == "250"
    cleared = page.evaluate(bench.TIMED_FILTER_JS, ["f-severity", "", "change"])
    assert page.inner_text("#shown") == "1000"
    searched = page.evaluate(bench.TIMED_FILTER_JS, ["f-search", f"evacuated {report.findings[-1].id}", "input"])
    assert opened.visible_ids() == ["finding-1000"]
    print(f"1,000 findings: page written and loaded in {loaded:.2f} s; severity filter {filtered:.1f} ms, "
          f"cleared {cleared:.1f} ms, search {searched:.1f} ms (target < 200 ms)")
    assert opened.errors == []
