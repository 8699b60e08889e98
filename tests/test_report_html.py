"""The HTML review page without a browser: content, self-containment, injection, same bytes."""
from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser

import pytest
from test_report_markdown import PAYLOADS

from discrepancy.baseline import SCHEMA, baseline_entry
from discrepancy.findings import with_context
from discrepancy.kinds import infos
from discrepancy.model import Event, InputIssue, Report, Sentence
from discrepancy.report import format_for_path, html, render

from reportdata import changed_title_finding, empty_report, evidence, finding, number_finding, sample_report

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "strong", "details",
    "summary", "ul", "li", "div", "table", "caption", "thead", "tbody", "tr", "th", "td", "nav", "label",
    "select", "option", "input", "span", "button", "kbd", "code", "main", "article", "section", "mark",
    "footer", "script",
}
MORE_PAYLOADS = [
    "</script><script>alert(1)</script>",
    "<!-- <script>",
    "javascript:alert(1)",
    '" onmouseover="alert(1)" x="',
    "' autofocus onfocus='alert(1)",
    "<svg onload=alert(1)>",
    "\u2028\u2029 line separators",
    "\u202eevil bidi override",
]


class Page(HTMLParser):
    """The tags, attributes, text and script blocks of a page, as a browser's tokenizer sees them."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)

    def shown(self) -> str:
        """The page's text, whitespace collapsed: what a reader sees, cell by cell."""
        return " ".join(" ".join(self.text).split())

    def attrs(self, tag: str, cls: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag and cls in (a.get("class") or "").split()]


def embedded_entries(page: Page) -> dict:
    return json.loads(page.scripts[0])


def test_every_finding_is_a_card_with_its_facts():
    report = sample_report()
    page = Page(html.render(report))
    cards = page.attrs("article", "card")
    assert [c["data-id"] for c in cards] == [baseline_entry(f)["id"] for f in report.findings]
    assert [(c["data-kind"], c["data-verdict"], c["data-severity"]) for c in cards] == [
        (f.kind, f.verdict, f.severity) for f in report.findings]
    assert cards[0]["data-confidence"] == "0.912" and cards[0]["data-event"] == "E1"
    assert cards[0]["data-outlets"].split("\n") == ["Daily Star", "Kyiv Post"]
    assert cards[3]["data-confidence"] == "0.933"  # a person's titles: that one person cannot hold both
    assert cards[4]["data-confidence"] == ""  # a finding without a fitted confidence
    # what each confidence is a probability of, for its kind of finding
    assert [c["title"] for c in page.attrs("span", "conf")][:1] == [
        "fitted probability that both figures state the same fact"]
    assert "fitted probability that one person cannot hold both titles at once" in [
        c["title"] for c in page.attrs("span", "conf")]
    text = page.shown()
    assert "confidence 0.91" in text and "Kyiv Post" in text and "corpus/a.txt:3" in text
    assert "read as 36-44" in text


def test_the_conflicting_value_is_marked_in_its_sentence():
    out = html.render(Report(2, 4, [number_finding()]))
    assert '<p class="sentence">Officials said <mark>40</mark> bombers were damaged in the strike.</p>' in out
    assert '<p class="sentence">Officials said <mark>14</mark> bombers were damaged in the strike.</p>' in out


def test_neighbouring_sentences_are_there_for_context_on_demand():
    f = number_finding()
    first = replace(f.claims[0], before="The strike hit four airfields.", after="Moscow denied it.")
    out = html.render(Report(2, 4, [replace(f, claims=(first,) + f.claims[1:])]))
    assert '<p class="ctx">The strike hit four airfields.</p>' in out
    assert '<p class="ctx">Moscow denied it.</p>' in out
    assert ".ctx { display: none;" in out and ".card.with-context .ctx { display: block; }" in out


def test_context_comes_from_the_neighbouring_sentences_of_the_same_article():
    texts = {"a": ["Smoke rose over the base.", "Officials said 40 bombers were damaged in the strike."],
             "b": ["Officials said 14 bombers were damaged in the strike.", "Moscow denied it."]}
    sentences = [Sentence(doc, i, text, 0, len(text), 1 + i) for doc, lines in texts.items()
                 for i, text in enumerate(lines)]
    f = number_finding()
    f = replace(f, claims=(replace(f.claims[0], line=2), replace(f.claims[1], line=1)))
    [placed] = with_context([f], sentences)
    assert [(c.before, c.after) for c in placed.claims] == [("Smoke rose over the base.", ""), ("", "Moscow denied it.")]


def test_timeline_of_a_title_that_changed_over_time():
    page = Page(html.render(Report(3, 3, [changed_title_finding()], kinds=infos())))
    rows = [t for t, _a in page.tags if t == "tr"]
    assert len(rows) == 3 + 3 + 3 + 3  # three tallies of three rows, then the timeline's head and two rows
    text = page.shown()
    assert re.search(r"2025-06-02\s+Defence Minister\s+003, 004", text)
    assert re.search(r"2026-01-05\s+NSDC Secretary\s+001", text)


def test_header_gives_the_corpus_counts_and_labelled_events():
    report = replace(sample_report(), sources=["AP", "Kyiv Post"], date_span=(date(2025, 6, 1), date(2026, 1, 5)),
                     events=[Event("E1", ("a", "b"), label="Zelensky, Kyiv \u00b7 June 2025")])
    text = Page(html.render(report)).shown()
    assert "12 articles from 2 outlets \u00b7 2025-06-01 to 2026-01-05 \u00b7 340 sentences \u00b7 5 findings" in text
    assert re.search(r"Kind\s+number\s+2\s+date\s+1\s+title\s+2", text)
    assert re.search(r"Verdict\s+contradiction\s+3\s+changed over time\s+1\s+unclear time\s+1", text)
    assert re.search(r"Severity\s+error\s+3\s+warning\s+1\s+note\s+1", text)
    assert re.search(r"E1\s+Zelensky, Kyiv \u00b7 June 2025\s+2\s+1", text)
    assert "event E1 \u2014 Zelensky, Kyiv \u00b7 June 2025" in text  # as the terminal and markdown write it


def test_the_event_list_counts_title_findings_in_its_articles_and_puts_busy_stories_first():
    """A title finding belongs to no event; a story whose only finding is one does not read 0. The
    event filter still offers only stories whose cards carry the event."""
    events = [Event("E1", ("a", "b"), label="Bombers"), Event("E9", ("001", "003", "004", "x", "y"), label="Umerov"),
              Event("E5", ("q",), label="Quiet")]
    report = Report(8, 40, [number_finding(), changed_title_finding()], events=events)
    text = Page(html.render(report)).shown()
    rows = re.findall(r"(E\d)\s+(\w+)\s+(\d+)\s+(\d+)", text)
    assert rows[:3] == [("E9", "Umerov", "5", "1"), ("E1", "Bombers", "2", "1"), ("E5", "Quiet", "1", "0")]
    assert [e for e, _label in html.page_context(report)["filter_events"]] == ["E1"]


def test_inputs_are_listed():
    text = Page(html.render(sample_report())).shown()
    assert "Skipped (2): not read, so not checked" in text and "corpus/feed.jsonl:4" in text
    assert "Read after a repair (1)" in text and "KYIV, June 2, 2025 (AP)" in text


def test_empty_report_says_so():
    page = Page(html.render(empty_report()))
    assert not page.attrs("article", "card") and "No disagreements found." in page.shown()


def test_baseline_entries_are_embedded_for_the_export():
    report = sample_report()
    data = embedded_entries(Page(html.render(report)))
    assert data["schema"] == SCHEMA
    assert data["entries"] == {baseline_entry(f)["id"]: baseline_entry(f) for f in report.findings}


def test_self_contained_nothing_is_fetched():
    out = html.render(sample_report())
    page = Page(out)
    assert not [a for _t, a in page.tags if "src" in a or "href" in a]
    assert not re.search(r"(?i:https?://|<link)|@import|\burl\(", out)  # CSS url(), not JS URL.createObjectURL
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp
    script = page.scripts[1]
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp  # the page's own script runs, no other


def test_output_is_byte_identical_and_has_no_timestamps():
    first, second = render(sample_report(), "html"), render(sample_report(), "html")
    assert first == second
    assert not re.search(r"\d\d:\d\d:\d\d", first)


@pytest.mark.parametrize("payload", PAYLOADS + MORE_PAYLOADS)
def test_injection_through_every_field_renders_inert(payload: str):
    sentence = f"Officials said 40 bombers {payload} were damaged."
    f = finding("number", "contradiction", "error", f"bombers {payload}", f"Figures differ {payload}", [
        evidence(f"doc{payload}", sentence, "40", source=f"Outlet {payload}", path=f"corpus/{payload}.txt"),
        evidence("b", "Officials said 14 bombers were damaged.", "14"),
    ], event=f"E{payload}")
    f = replace(f, claims=(replace(f.claims[0], before=f"Before {payload}", after=f"After {payload}"), f.claims[1]))
    report = Report(
        2, 2, [f], events=[Event(f"E{payload}", (f"doc{payload}", "b"), label=f"label {payload}")],
        skipped=[InputIssue(f"corpus/{payload}", 3, f"reason {payload}", "skipped")],
        dates_from_text=[(f"doc{payload}", "2025-06-02", f"line {payload}")],
        baseline_missing=[{"id": f"D{payload}", "kind": "number", "subject": payload}],
        sources=[f"Outlet {payload}", "B"],
    )
    out = html.render(report)
    page = Page(out)
    assert {t for t, _a in page.tags} <= ALLOWED_TAGS
    assert [t for t, _a in page.tags].count("script") == 2
    assert not [(t, a) for t, a in page.tags for name in a if name.startswith("on") or name in ("href", "src")]
    assert "\u202e" not in out.replace(page.scripts[0], "")  # shown as U+FFFD; kept as is in the baseline data
    assert "\u2028" not in page.scripts[0]
    assert "</" not in page.scripts[0] and "<!--" not in page.scripts[0]
    assert embedded_entries(page)["entries"][baseline_entry(f)["id"]]["subject"] == f"bombers {payload}"
    shown = page.shown()
    visible = " ".join(payload.replace("\u202e", "\ufffd").split())
    for field in ("bombers", "Figures differ", "Outlet", "Before", "After", "label", "reason", "line"):
        assert f"{field} {visible}" in shown, field


def test_file_names_ask_for_the_html_format():
    assert format_for_path("review.html") == "html" and format_for_path("out/REVIEW.HTM") == "html"


def test_a_roundup_from_another_event_is_named_beside_the_story():
    events = [Event("E1", ("a", "c"), also=("b",)), Event("E2", ("b", "x"))]
    out = html.render(Report(4, 8, [number_finding()], events=events))
    assert "event E1, with b (1 roundup of other stories too)" in out
    assert "roundup" not in html.render(Report(2, 4, [number_finding()], events=[Event("E1", ("a", "b"))]))
    assert "roundup" not in html.render(Report(4, 8, [number_finding()], events=[Event("E1", ("a", "c")), Event("E2", ("b",))]))


@pytest.mark.parametrize("fmt", ["markdown", "html", "terminal"])
def test_a_saved_report_is_known_for_one_by_its_first_bytes(fmt: str):
    """The corpus reader skips a report saved beside the articles by these bytes; any report of
    these formats, empty or full, must keep being recognised."""
    from discrepancy.formats import OWN_REPORT_HEAD_BYTES, own_report_format

    for report in (sample_report(), empty_report()):
        head = render(report, fmt, color=False).encode("utf-8")[:OWN_REPORT_HEAD_BYTES].decode("utf-8", "ignore")
        assert own_report_format(head) == fmt


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_a_saved_json_report_is_known_for_one_by_its_ends(fmt: str):
    """As above, for the JSON formats, whose extensions no reader takes: by their first and last bytes."""
    from discrepancy.formats import OWN_REPORT_HEAD_BYTES, own_json_format

    for report in (sample_report(), empty_report()):
        data = render(report, fmt, color=False).encode("utf-8")
        head = data[:OWN_REPORT_HEAD_BYTES].decode("utf-8", "ignore")
        tail = data[-OWN_REPORT_HEAD_BYTES:].decode("utf-8", "ignore")
        assert own_json_format(head, tail) == fmt
    assert own_json_format('{"schema": "other/report@1"}', '{"schema": "other/report@1"}') is None


def test_an_article_about_discrepancies_is_not_a_report():
    from discrepancy.formats import own_report_format

    for text in ("## Discrepancy reports rise\nOfficials said...", "Discrepancy report: the ministry said 40.",
                 "<!DOCTYPE html><html><head><title>Discrepancy in the budget</title>",
                 "discrepancy between 5 documents was noted"):
        assert own_report_format(text) is None
