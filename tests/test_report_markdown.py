"""The markdown report: readable on a pull request, and inert whatever the articles contain."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest
from markdown_it import MarkdownIt

from discrepancy.model import Event, InputIssue, Report
from discrepancy.report import markdown
from discrepancy.report.markdown import ZERO_WIDTH_JOINER, code, escape, fence_for

from reportdata import (
    changed_title_finding,
    empty_report,
    evidence,
    finding,
    many_sides_finding,
    number_finding,
    sample_report,
)


def terminal_text(report: Report) -> str:
    from discrepancy.report import terminal

    return terminal.render(report, color=False, width=200)


# CommonMark with raw HTML allowed, as GitHub allows a safe subset of it: anything that
# comes through as a tag here would be markup on GitHub too.
RENDERER = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
FENCED = re.compile(r"^(`{3,})diff\n.*?^\1$", re.MULTILINE | re.DOTALL)

PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    "![x](http://evil/pixel.png)",
    "[link](http://evil)",
    "<script>alert(1)</script>",
    "@someone",
    "#123",
    "GH-42",
    "https://evil.example/path",
    "www.evil.example",
    "mail me: victim@example.com",
    "``` closing fence",
    "**bold** _em_ ~~strike~~ | pipe | $x$",
    "&lt;b&gt;entity&lt;/b&gt;",
    "<https://autolink.example>",
]


def diff_lines(text: str) -> list[str]:
    blocks = [m.group(0).split("\n")[1:-1] for m in FENCED.finditer(text)]
    return [line for block in blocks for line in block]


INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)")


def outside_code(text: str) -> str:
    """The text GitHub post-processes: neither fenced blocks nor inline code spans are linked."""
    return INLINE_CODE.sub("", FENCED.sub("", text))


def test_heading_with_counts():
    out = markdown.render(sample_report())
    assert out.startswith("## Discrepancy report\n")
    assert "12 documents \u00b7 340 sentences \u00b7 3 events \u00b7 **5 findings** (3 errors, 1 warning, 1 note)" in out


def test_a_roundup_from_another_event_is_named_beside_the_story():
    events = [Event("E1", ("a", "c"), also=("b",)), Event("E2", ("b", "x"))]
    out = markdown.render(Report(4, 8, [number_finding()], events=events))
    assert "event `E1` (`a`, `c`), with `b` (1 roundup of other stories too)" in out
    plain = markdown.render(Report(2, 4, [number_finding()], events=[Event("E1", ("a", "b"))]))
    assert "roundup" not in plain
    # an article outside the event that the event does not list as a roundup is not called one
    unlisted = markdown.render(Report(4, 8, [number_finding()], events=[Event("E1", ("a", "c")), Event("E2", ("b",))]))
    assert "roundup" not in unlisted


def test_finding_block_heading_message_and_diff():
    out = markdown.render(Report(2, 4, [number_finding()], events=[Event("E1", ("a", "b"))]))
    assert "### 1. \U0001f534 error \u00b7 number \u00b7 contradiction \u00b7 bombers" in out
    assert "event `E1` (`a`, `b`)" in out  # "event", as the header and the JSON say
    assert "Aligned sentences give different figures for bombers: Kyiv Post: 40; Daily Star: 14" in out
    assert diff_lines(out) == [
        "- [Kyiv Post, 2025-06-02, corpus/a.txt:3] Officials said \u27e640\u27e7 bombers were damaged in the "
        "strike. (read as 36-44)",
        "+ [Daily Star, date unknown, corpus/b.txt:7] Officials said \u27e614\u27e7 bombers were damaged in the "
        "strike.",
    ]


def test_first_value_group_is_minus_and_every_other_value_plus():
    out = markdown.render(Report(3, 3, [changed_title_finding()]))
    marks = [(line[0], line.split(",")[0][3:]) for line in diff_lines(out)]
    assert marks == [("-", "003"), ("-", "004"), ("+", "001")]
    three = finding("number", "contradiction", "error", "people", "m", [
        evidence("x", "They said 10 people died.", "10"),
        evidence("y", "They said 12 people died.", "12"),
        evidence("z", "They said 15 people died.", "15"),
    ])
    assert [line[:2] for line in diff_lines(markdown.render(Report(3, 3, [three])))] == ["- ", "+ ", "+ "]


def test_dates_from_text_are_marked_on_the_side():
    out = markdown.render(sample_report())
    assert "[C, 2025-06-02 (from text), corpus/c.txt:1]" in out


def test_timeline_table():
    out = markdown.render(Report(3, 3, [changed_title_finding()]))
    assert "| seen | value | articles |" in out  # as the review page heads it
    # documents are code spans, as paths and ids everywhere: they copy back without backslashes
    assert "| 2025-06-02 | Defence Minister | `003`, `004` |" in out
    assert "| 2026-01-05 | NSDC Secretary | `001` |" in out
    html = RENDERER.render(out)
    assert html.count("<tr>") == 3


def test_long_findings_are_capped():
    lines = diff_lines(markdown.render(Report(9, 9, [many_sides_finding(9)])))
    assert len([line for line in lines if line[:2] in ("- ", "+ ")]) == 6
    assert lines[-1].strip() == "\u2026 and 3 more"


def test_a_capped_finding_still_shows_every_value():
    """Eight sentences of one value and one of the other: the one is never hidden under "and N more"."""
    claims = [evidence(f"a{i}", "The spokesman, Lt. Gen. Igor Konashenkov, said so.", "Lt. Gen.") for i in range(8)]
    claims.append(evidence("b", "Ministry spokesman Major General Igor Konashenkov said so.", "Major General"))
    report = Report(9, 9, [finding("title", "contradiction", "error", "Igor Konashenkov", "Two ranks.", claims)])
    for rendered in (markdown.render(report), terminal_text(report)):
        assert "Ministry spokesman" in rendered and "and 3 more" in rendered


def test_inputs_section_at_the_end():
    out = markdown.render(sample_report())
    section = out[out.index("### Inputs"):]
    assert out.index("### Inputs") > out.index("### 5.")
    assert "**Skipped** (2)" in section and "**Read after a repair** (1)" in section
    assert "- `corpus/feed.jsonl:4`: not valid JSON \\(Expecting value at column 1\\)" in section
    assert "**Publication dates read from the text** (1)" in section
    assert "KYIV, June 2, 2025 \\(AP\\)" in section


def test_empty_report():
    out = markdown.render(empty_report())
    assert "No disagreements found." in out and "###" not in out


def test_output_is_byte_identical_and_has_no_timestamps():
    first, second = markdown.render(sample_report()), markdown.render(sample_report())
    assert first == second
    assert not re.search(r"\d\d:\d\d:\d\d", first)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_injection_through_every_field_renders_inert(payload: str):
    sentence = f"Officials said 40 bombers {payload} were damaged."
    f = finding("number", "contradiction", "error", f"bombers {payload}", f"Figures differ {payload}", [
        evidence(f"doc{payload}", sentence, "40", source=f"Outlet {payload}", path=f"corpus/{payload}.txt",
                 published=None),
        evidence("b", "Officials said 14 bombers were damaged.", "14"),
    ], event=f"E{payload}")
    report = Report(
        2, 2, [f], events=[Event(f"E{payload}", (f"doc{payload}", "b"))],
        skipped=[InputIssue(f"corpus/{payload}", 3, f"reason {payload}", "skipped")],
        dates_from_text=[(f"doc{payload}", "2025-06-02", f"line {payload}")],
    )
    out = markdown.render(report)
    html = RENDERER.render(out)
    assert not re.search(r"<(?!/?(?:h2|h3|p|pre|code|strong|em|ul|li|table|thead|tbody|tr|th|td)\b)[a-z]", html), html
    assert "<code" in html and "<script" not in html and "<img" not in html and "<a " not in html
    assert "<strong>bold</strong>" not in html and "<em>em</em>" not in html and "<s>" not in html
    text = outside_code(out)
    # what GitHub post-processes on rendered text: mentions, issue references, bare URLs
    assert not re.search(r"@[A-Za-z0-9]", text)
    assert not re.search(r"(?<![\w/-])#\d", text.replace("\\#", "#"))
    assert not re.search(r"(?i)\bgh-\d", text)
    assert not re.search(r"(?i)\b(?:https?|ftp)://", text)
    assert not re.search(r"(?i)\bwww\.", text)
    # the payload is still there to read, in the code block, verbatim
    assert any(payload in line for line in diff_lines(out))


def test_fence_is_longer_than_any_backtick_run_in_the_block():
    f = finding("number", "contradiction", "error", "bombers", "m", [
        evidence("a", "Officials said 40 bombers ```` were `````` damaged.", "40"),
        evidence("b", "Officials said 14 bombers were damaged.", "14"),
    ])
    out = markdown.render(Report(2, 2, [f]))
    assert "\n```````diff\n" in out
    html = RENDERER.render(out)
    assert "``````" in html[html.index("<pre>"):html.index("</pre>")]
    assert fence_for("no ticks") == "```"
    assert fence_for("a ````` b") == "``````"


def test_paths_and_ids_are_code_spans_that_copy_back_exactly():
    """A WARC record's path holds "@" and a URL: as a code span GitHub links nothing in it, so it
    needs no zero-width joiner, and what a reader copies is the path."""
    path = "archive.warc.gz@https://news.example/a_b#1 line 3"
    assert RENDERER.render(code(path)) == f"<p><code>{path}</code></p>\n"
    assert RENDERER.render(code("a `b` c`")).strip() == "<p><code>a `b` c`</code></p>"
    report = Report(1, 1, [], skipped=[InputIssue(path, None, "not a WARC archive", "skipped")])
    assert f"- `{path}`: not a WARC archive" in markdown.render(report)


def test_ids_a_reason_quotes_are_code_spans_without_a_zero_width_joiner():
    """"kept as 'j1#2'" had a joiner after "#": copied, it was no longer the id."""
    report = Report(1, 1, [], skipped=[InputIssue("feed.jsonl", 2, "id 'j1' already used by feed.jsonl:1 for a "
                                                  "different text: kept as 'j1#2'", "read"),
                                       InputIssue("x.warc@0", None, "the page's address is missing: it's read", "read"),
                                       InputIssue("y.txt", None, "odd \ue0007\ue001 text", "skipped")])
    out = markdown.render(report)
    assert "- `feed.jsonl:2`: id `j1` already used by feed.jsonl:1 for a different text: kept as `j1#2`" in out
    assert "the page's address is missing: it's read" in out  # apostrophes are no quotes
    assert ZERO_WIDTH_JOINER not in out and "\ue0007\ue001" in out


def test_escape_neutralises_markdown_html_mentions_and_links():
    assert escape("<b>&") == "&lt;b&gt;&amp;"
    assert escape("[x](y)!*_`|#~$\\") == "\\[x\\]\\(y\\)\\!\\*\\_\\`\\|\\#" + ZERO_WIDTH_JOINER + "\\~\\$\\\\"
    assert escape("hi @dev") == "hi @" + ZERO_WIDTH_JOINER + "dev"
    assert escape("see https://x.example") == "see https\\://x.example"
    assert escape("www.x.example") == "www\\.x.example"
    assert escape("- item") == "\\- item" and escape("1. item") == "1\\. item"
    assert escape("two\nlines\r\n\x1b[31m") == "two lines \u241b\\[31m"


def test_a_pipe_in_a_timeline_document_stays_inside_its_cell():
    from dataclasses import replace

    f = changed_title_finding()
    out = markdown.render(Report(3, 3, [replace(f, timeline=(replace(f.timeline[0], docs=("a|b",), sources=()),) + f.timeline[1:])]))
    assert "| `a\\|b` |" in out
    assert RENDERER.render(out).count("<td>") == 3 * len(f.timeline)


def test_a_timeline_names_outlets_where_the_corpus_names_them():
    """Hash-like ids ("36e63ce9514d, 57fb4126b2fb, +6 more") tell an editor nothing; outlets do."""
    from dataclasses import replace

    from discrepancy.model import TimelineEntry

    f = changed_title_finding()
    entries = (TimelineEntry("Defence Minister", f.timeline[0].first_seen, f.timeline[0].last_seen, ("AP", "NBC"),
                             ("36e63ce9514d", "57fb4126b2fb", "9ab0c1d2e3f4")),) + f.timeline[1:]
    out = markdown.render(Report(3, 3, [replace(f, timeline=entries)]))
    assert "| 2025-06-02 | Defence Minister | AP, NBC; 3 articles |" in out
    assert "| 2026-01-05 | NSDC Secretary | `001` |" in out  # a folder of files: its files


def test_three_values_each_say_which_value_they_hold_in_the_diff_and_on_the_page():
    """A diff has two colours: "Foreign Minister" and "Secretary" both under "+" read as one side."""
    from discrepancy.report import html

    f = finding("title", "contradiction", "error", "Rustem Umerov", "m", [
        evidence("a", "Defence Minister Rustem Umerov spoke.", "Defence Minister"),
        evidence("b", "Foreign Minister Rustem Umerov spoke.", "Foreign Minister"),
        evidence("c", "Secretary Rustem Umerov spoke.", "Secretary"),
    ])
    lines = diff_lines(markdown.render(Report(3, 3, [f])))
    assert [line[:12] for line in lines] == ["- (value 1) ", "+ (value 2) ", "+ (value 3) "]
    two = diff_lines(markdown.render(Report(2, 2, [number_finding()])))
    assert [line[:3] for line in two] == ["- [", "+ ["]  # two values: the colours say it
    page = html.render(Report(3, 3, [f]))
    assert all(f'class="side g{n}"' in page for n in range(3))
    # the page's colours run out after four values: each side also says its value's number in words
    five = replace(f, claims=f.claims + (evidence("d", "Envoy Rustem Umerov spoke.", "Envoy"),
                                         evidence("e", "Adviser Rustem Umerov spoke.", "Adviser")))
    five_page = html.render(Report(5, 5, [five]))
    assert all(f'<span class="value-n">value {n}</span>' in five_page for n in range(1, 6))
    assert "value-n" not in html.render(Report(2, 2, [number_finding()]))


def test_the_undated_hint_gives_paths_as_code_spans():
    """Escaped text ("003\\_491a...txt") rendered right but copied back from the source with backslashes."""
    out = markdown.render(sample_report())
    assert "Undated: E (`corpus/e.txt`), F (`corpus/f.txt`)._" in " ".join(out.split())


def test_an_event_of_long_ids_is_counted_not_listed():
    long_ids = tuple(f"2ec04201-2016-4227-baf7-ba8289058203_{k}" for k in (1, 2, 3))
    out = markdown.render(Report(3, 8, [number_finding()], events=[Event("E1", long_ids)]))
    assert "event `E1` (3 documents)" in out and "ba8289058203" not in out


def test_each_value_group_s_sides_are_in_publication_order():
    """A title seen in six articles read in file order (08-20, 08-13, 08-30, ...) could not be
    followed as the story was told: each group's sides come by date, undated last."""
    from datetime import date

    from discrepancy.report.common import sides

    def side(doc: str, value: str, day: date | None):
        return evidence(doc, f"Spokesman {value} Igor Konashenkov said.", value, published=day)

    f = finding("title", "contradiction", "error", "Igor Konashenkov", "m", [
        side("a", "Lt. Gen.", date(2022, 8, 20)), side("b", "Maj. Gen.", date(2022, 8, 30)),
        side("c", "Lt. Gen.", None), side("d", "Lt. Gen.", date(2022, 8, 13)), side("e", "Maj. Gen.", date(2022, 8, 8))])
    assert [(s.group, s.evidence.doc) for s in sides(f)] == [(0, "d"), (0, "a"), (0, "c"), (1, "e"), (1, "b")]
