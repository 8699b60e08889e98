"""The terminal report: everything a reviewer needs to judge a finding, readable and safe."""
from __future__ import annotations

import io
import re

from rich.console import Console

from discrepancy.model import Event, Report
from discrepancy.report import terminal

from reportdata import (
    changed_title_finding,
    empty_report,
    evidence,
    finding,
    many_sides_finding,
    number_finding,
    sample_report,
)

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def plain(report: Report, width: int = 120) -> str:
    return terminal.render(report, color=False, width=width)


def test_header_counts_documents_sentences_events_and_severities():
    out = plain(sample_report())
    assert "12 documents" in out and "340 sentences" in out and "3 events" in out
    assert "5 findings: 3 errors, 1 warning, 1 note" in out


def test_number_finding_shows_story_sides_and_resolved_value():
    out = plain(sample_report())
    assert "error" in out and "number \u00b7 contradiction" in out and "bombers" in out
    assert "event E1 (a, b)" in out  # "event", as the header and the JSON say
    assert "Aligned sentences give different figures for bombers" in out
    assert "Kyiv Post \u00b7 2025-06-02 \u00b7 corpus/a.txt:3" in out
    assert "Daily Star \u00b7 date unknown \u00b7 corpus/b.txt:7" in out
    assert "Officials said ⟦40⟧ bombers were damaged in the strike." in out  # no colour: the value bracketed
    assert "read as 36-44" in out


def test_dates_read_from_text_are_marked():
    out = plain(sample_report())
    assert "2025-06-02 (from text) \u00b7 corpus/c.txt:1" in out
    assert "2025-06-03 \u00b7 corpus/d.txt:1" in out


def test_conflicting_value_is_highlighted_in_colour():
    out = terminal.render(Report(1, 1, [number_finding()]), color=True, width=120)
    # reverse video (SGR 7) on exactly the value, reset right after it
    assert re.search(r"said \x1b\[[0-9;]*\b7\b[0-9;]*m40\x1b\[0m bombers", out)
    assert re.search(r"said \x1b\[[0-9;]*\b7\b[0-9;]*m14\x1b\[0m bombers", out)


def test_no_colour_codes_without_colour_and_no_trailing_blanks():
    out = plain(sample_report(), width=60)
    assert not ANSI.search(out)
    assert all(line == line.rstrip() for line in out.splitlines())
    assert max(len(line) for line in out.splitlines()) <= 60


def test_timeline_is_drawn_in_order_with_documents():
    out = plain(Report(3, 9, [changed_title_finding()]))
    lines = out.splitlines()
    first = next(i for i, line in enumerate(lines) if "Defence Minister" in line and "(003, 004)" in line)
    assert "2025-06-02" in lines[first]
    assert re.search(r"\u2192\s+2026-01-05\s+NSDC Secretary\s+\(001\)", lines[first + 1])


def test_a_contradiction_draws_no_arrow_between_titles_that_cannot_both_hold():
    """An arrow reads as "changed office", which the finding itself says is not what happened."""
    from dataclasses import replace

    out = plain(Report(3, 9, [replace(changed_title_finding(), verdict="contradiction")]))
    lines = out.splitlines()
    first = next(i for i, line in enumerate(lines) if "Defence Minister" in line and "(003, 004)" in line)
    assert "2026-01-05" in lines[first + 1] and "\u2192" not in lines[first] + lines[first + 1]


def test_unclear_time_says_publication_dates_would_settle_it():
    out = plain(sample_report())
    assert "publication dates would settle" in out.lower()
    assert "--dates-from-text" in out
    # undated timeline: no arrows, which would claim an order nobody knows
    block = out[out.index("Oleh Dravanenko"):out.index("Rustem Umerov")]
    assert "\u2192" not in block
    assert block.count("date unknown") >= 2
    # and it names the articles that have no date, each once, by outlet and file
    assert "Undated: E (corpus/e.txt), F (corpus/f.txt)." in " ".join(block.split())


def test_the_unclear_time_hint_names_an_article_by_its_file_when_its_outlet_is_only_its_name():
    from dataclasses import replace

    from discrepancy.report.common import unclear_time_hint

    from reportdata import unclear_title_finding
    f = unclear_title_finding()
    f = replace(f, claims=(replace(f.claims[0], source="e.txt"), f.claims[1], replace(f.claims[1], line=9)))
    assert unclear_time_hint(f).endswith(" Undated: corpus/e.txt, F (corpus/f.txt).")


def test_long_findings_are_capped():
    out = plain(Report(9, 9, [many_sides_finding(9)]))
    shown = [n for n in range(100, 109) if f"Rescuers said ⟦{n}⟧ people" in out]
    assert shown == [100, 101, 102, 103, 104, 105]
    assert "\u2026 and 3 more" in out


def test_input_sections_list_skipped_repaired_and_text_dates_separately():
    out = plain(sample_report())
    skipped = out.index("Skipped inputs (2)")
    repaired = out.index("Inputs read after a repair (1)")
    dates = out.index("Publication dates read from the text (1)")
    assert skipped < repaired < dates
    assert "corpus/scan.txt: binary file (looks like a PDF document)" in out[skipped:repaired]
    assert "corpus/feed.jsonl:4: not valid JSON" in out[skipped:repaired]
    assert "corpus/old.txt: UTF-8 byte-order mark removed" in out[repaired:dates]
    assert "KYIV, June 2, 2025 (AP)" in out[dates:]


def test_empty_report_says_so():
    out = plain(empty_report())
    assert "0 findings" in out and "No disagreements found." in out


def test_article_text_cannot_style_or_control_the_terminal():
    f = finding("number", "contradiction", "error", "[bold red]subject[/]", "msg [link=http://evil]x[/link]", [
        evidence("a", "Officials said 40 \x1b[2J\x1b]8;;http://evil\x07bombers\u202e were hit.", "40",
                 source="[blink]Outlet[/blink]"),
        evidence("b", "Officials said 14 bombers were hit.", "14"),
    ], event="E1")
    out = terminal.render(Report(2, 2, [f]), color=True, width=200)
    assert "[bold red]subject[/]" in ANSI.sub("", out)
    assert "[blink]Outlet[/blink]" in ANSI.sub("", out)
    assert "\x1b[2J" not in out and "\x1b]8" not in out and "\x07" not in out and "\u202e" not in out
    assert "\u241b[2J" in out  # shown as a visible stand-in, offsets unchanged
    assert re.search(r"said \x1b\[[0-9;]*m40\x1b\[0m ", out)


def test_print_report_uses_the_given_console():
    buffer = io.StringIO()
    terminal.print_report(sample_report(), Console(file=buffer, width=80, color_system=None))
    assert "bombers" in buffer.getvalue()


def test_rendering_is_deterministic():
    assert plain(sample_report()) == plain(sample_report())


def test_a_value_as_read_says_its_weekday_and_an_open_bound_in_words():
    """"Friday (= 2022-08-19)" in an article of Thursday 25 August cannot be checked without the
    weekday; "(= 2–∞)" is no newsroom's way to write "at least two"."""
    from discrepancy.model import readable

    assert readable("2022-08-19") == "Friday 2022-08-19"
    assert readable("2\u2013\u221e") == "2 or more" and readable("2,000\u2013\u221e m") == "2,000 m or more"
    assert readable("2022-08") == "2022-08" and readable("900\u20131,100 m") == "900\u20131,100 m"
    assert readable("2022-02-30") == "2022-02-30"  # no such day: as it was
    assert readable("2022-08-06", "Saturday") == "2022-08-06"  # the weekday is written already
    assert readable("2\u2013\u221e", "2") == "2 or more"


def test_the_header_says_which_outlets_and_days_were_read_where_the_corpus_names_them():
    from dataclasses import replace
    from datetime import date

    named = replace(sample_report(), sources=["AP", "NBC", "RT"], date_span=(date(2022, 7, 22), date(2022, 8, 29)))
    assert plain(named).splitlines()[1] == "3 outlets (AP, NBC, RT), published 2022-07-22 to 2022-08-29"
    files = replace(sample_report(), sources=["a", "b"])  # a folder of text files: its outlets are its files
    assert "outlet" not in plain(files).splitlines()[1]


def test_a_roundup_from_another_event_is_named_beside_the_story():
    events = [Event("E1", ("a", "c"), also=("b",)), Event("E2", ("b", "x"))]
    out = terminal.render(Report(4, 8, [number_finding()], events=events), color=False, width=200)
    assert "event E1 (a, c), with b (1 roundup of other stories too)" in out
    unlisted = terminal.render(Report(4, 8, [number_finding()], events=[Event("E1", ("a", "c")), Event("E2", ("b",))]),
                               color=False, width=200)
    assert "roundup" not in unlisted


def test_an_event_of_long_ids_is_counted_not_listed():
    """Three 40-character ids fill three lines and tell a reader nothing: a count instead; file
    names stay listed."""
    long_ids = tuple(f"2ec04201-2016-4227-baf7-ba8289058203_{k}" for k in (1, 2, 3))
    out = terminal.render(Report(3, 8, [number_finding()], events=[Event("E1", long_ids)]), color=False, width=200)
    assert "event E1 (3 documents)" in out and "ba8289058203" not in out
    named = terminal.render(Report(3, 8, [number_finding()], events=[Event("E1", ("a.txt", "b.txt"))]),
                            color=False, width=200)
    assert "event E1 (a.txt, b.txt)" in named


def test_a_confidence_says_what_it_is_the_probability_of():
    """"confidence 0.99" beside "contradiction" read to a blind editor as "99% sure it is an error":
    each readable format says what it is of, by kind of finding."""
    from dataclasses import replace as changed

    from discrepancy.report import markdown

    from reportdata import changed_title_finding

    number = number_finding()
    person = changed(changed_title_finding(), confidence=0.97)
    office = changed(person, topic="office")
    report = Report(3, 8, [number, person, office])
    for text in (plain(report, width=200), markdown.render(report)):
        assert "confidence 0.91 that both state one fact" in text
        assert "confidence 0.97 that one person cannot hold both" in text
        assert "confidence 0.97 that the office changed hands" in text
