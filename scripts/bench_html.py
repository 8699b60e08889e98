"""How fast the HTML review page renders, loads and filters for a large report.

Builds a synthetic `Report` of N findings (default 1,000) from the model classes, of
every kind and verdict, times `--format html` and prints the figures. When a headless
Chromium can be had (see `launch_chromium`), also opens the page and prints how long
it takes to load and to apply a filter to every card. Targets: render under 2 s,
filtering 1,000 cards under 200 ms.

    python scripts/bench_html.py [--findings 1000] [--save reports/bench.html]
"""
from __future__ import annotations

import argparse
import shutil
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from discrepancy.identity import identify  # noqa: E402
from discrepancy.model import Event, Evidence, Finding, Kind, Report, Severity, TimelineEntry, Verdict  # noqa: E402
from discrepancy.report import render  # noqa: E402

# (kind, verdict, severity) of the findings, in turn
SHAPES: tuple[tuple[Kind, Verdict, Severity], ...] = (
    ("number", "contradiction", "error"), ("date", "contradiction", "error"),
    ("title", "unclear_time", "warning"), ("title", "changed_over_time", "note"),
)
OUTLETS = ("Kyiv Post", "Reuters", "AP", "BBC", "Al Jazeera", "Daily Star", "The Guardian", "Le Monde")
# Chromium as the system packages install it, run with nothing that phones home.
CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# How long setting one filter field takes to apply in the page, layout included (the figure the
# target is about); called with [field id, value, event the page listens to on it].
TIMED_FILTER_JS = """([id, value, event]) => {
  const field = document.getElementById(id);
  const started = performance.now();
  field.value = value;
  field.dispatchEvent(new Event(event));
  void document.body.offsetHeight;
  return performance.now() - started;
}"""


def _side(n: int, side: int, value: str, day: date) -> Evidence:
    doc = f"doc{n:04d}-{side}"
    sentence = f"Officials said {value} people were evacuated from the district on the {n}th day."
    start = sentence.index(value)
    return Evidence(doc=doc, source=OUTLETS[(n + side) % len(OUTLETS)], published=day, sentence=sentence,
                    value=value, start=start, end=start + len(value), line=3 + side, path=f"corpus/{doc}.txt",
                    published_origin="metadata", before=f"Rescue work went on through the night in area {n}.",
                    after="Aid groups said more shelters were being opened.")


def synthetic_report(findings: int = 1000) -> Report:
    """`findings` findings over 50 events: figures, dates and titles, every verdict and severity."""
    out: list[Finding] = []
    start = date(2025, 1, 1)
    for n in range(findings):
        day = start + timedelta(days=n % 300)
        kind, verdict, severity = SHAPES[n % len(SHAPES)]
        values = (str(100 + n), str(140 + n), str(180 + n))[: 2 + n % 2]
        claims = tuple(_side(n, i, v, day + timedelta(days=i)) for i, v in enumerate(values))
        timeline: tuple[TimelineEntry, ...] = ()
        if verdict == "changed_over_time":
            timeline = tuple(TimelineEntry(c.value, c.published, c.published, (c.source,), (c.doc,)) for c in claims)
        f = Finding(kind=kind, verdict=verdict, severity=severity, subject=f"people evacuated {n}",
                    message=f"Aligned sentences give different figures for people evacuated {n}.",
                    claims=claims, values=values, event=f"E{n % 50 + 1}", timeline=timeline,
                    confidence=None if kind == "title" else round(0.5 + (n % 50) / 100, 3))
        out.append(replace(f, id=identify(f)))
    events = [Event(f"E{i}", tuple(sorted({c.doc for f in out if f.event == f"E{i}" for c in f.claims})),
                    label=f"Evacuation, region {i}") for i in range(1, 51)]
    return Report(documents=3 * findings, sentences=60 * findings, findings=out, events=events,
                  sources=sorted(OUTLETS), date_span=(start, start + timedelta(days=301)))


def find_chromium() -> str | None:
    for path in CHROMIUM_PATHS:
        if Path(path).exists():
            return path
    return shutil.which("chromium") or shutil.which("chromium-browser")


def launch_chromium(playwright: Any) -> Any:
    """The system Chromium through Playwright (never Playwright's own downloaded browser)."""
    executable = find_chromium()
    if executable is None:
        raise FileNotFoundError("no Chromium found (apt-get install -y chromium)")
    return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)


def browser_figures(page_path: Path) -> dict[str, float] | str:
    """Load and filter times of the page in headless Chromium, or why they could not be measured."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return "playwright is not installed (pip install playwright)"
    if find_chromium() is None:
        return "no Chromium found (apt-get install -y chromium)"
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            page = browser.new_page()
            started = time.perf_counter()
            page.goto(page_path.resolve().as_uri(), wait_until="load")
            loaded = time.perf_counter() - started
            filtered = page.evaluate(TIMED_FILTER_JS, ["f-severity", "note", "change"])
            cleared = page.evaluate(TIMED_FILTER_JS, ["f-severity", "", "change"])
        finally:
            browser.close()
    return {"load_s": loaded, "filter_ms": filtered, "unfilter_ms": cleared}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=1000)
    parser.add_argument("--save", type=Path, default=Path("reports") / "bench-html.html")
    args = parser.parse_args(argv)
    report = synthetic_report(args.findings)
    started = time.perf_counter()
    page = render(report, "html")  # cold: the template is compiled first, as in one CLI run
    seconds = time.perf_counter() - started
    started = time.perf_counter()
    render(report, "html")
    warm = time.perf_counter() - started
    args.save.parent.mkdir(parents=True, exist_ok=True)
    args.save.write_text(page, encoding="utf-8")
    print(f"render: {args.findings:,} findings in {seconds:.3f} s ({len(page.encode('utf-8')) / 1e6:.1f} MB) "
          f"(warm {warm:.3f} s) -> {args.save}  [target < 2 s]")
    figures = browser_figures(args.save)
    if isinstance(figures, str):
        print(f"browser: not measured: {figures}")
    else:
        print(f"browser: page loaded in {figures['load_s']:.3f} s; filter on {args.findings:,} cards "
              f"{figures['filter_ms']:.1f} ms, cleared {figures['unfilter_ms']:.1f} ms  [target < 200 ms]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
