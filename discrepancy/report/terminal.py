"""The terminal report: what an editor reads first, so every finding can be judged on the spot.

Each finding shows both (all) sides with source, date, file:line and the sentence,
the conflicting value highlighted in the colour of its value group. Article text is
only ever put into `rich.text.Text` objects (never parsed as markup) and passed
through `one_line`, so a corpus cannot restyle or take over the terminal.
"""
from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ..model import Evidence, Finding, InputIssue, Report, TimelineEntry
from .common import (
    MARK_LEFT,
    MARK_RIGHT,
    MAX_SIDES,
    VERDICT_LABEL,
    as_sentence,
    capped_sides,
    confidence_label,
    corpus_line,
    drop_advice,
    event_docs,
    event_labels,
    event_roundups,
    evidence_date,
    excerpt,
    from_other_events,
    hidden_note,
    lowered_note,
    nothing_found,
    plural,
    repaired_inputs,
    resolved_note,
    severity_counts,
    sides,
    skipped_inputs,
    span_label,
    squash,
    story_articles,
    timeline_who,
    unclear_time_hint,
    where,
    why_line,
)

DEFAULT_WIDTH = 100
_TRAILING_BLANKS = re.compile(r" +((?:\x1b\[[0-9;]*m)*)(?=\n?$)")
SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "note": "bold cyan"}
SEVERITY_MARK = {"error": "\u2716", "warning": "\u25b2", "note": "\u25cf"}
# One colour per value group, so the sides that agree with each other look alike.
GROUP_STYLES = ("magenta", "green", "blue", "yellow", "cyan", "red")
MAX_TIMELINE_DOCS = 4


def render(report: Report, *, color: bool, width: int | None = None) -> str:
    """The report as text; ANSI styles only when `color`. Ignores NO_COLOR/COLUMNS: callers decide."""
    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width or DEFAULT_WIDTH, force_terminal=color, color_system="standard" if color else None,
        no_color=not color, highlight=False, markup=False, emoji=False, soft_wrap=False, legacy_windows=False,
        _environ={},
    )
    print_report(report, console)
    # rich pads wrapped blocks to their width; trailing blanks only get in the way of a saved report
    return "".join(_TRAILING_BLANKS.sub(r"\1", line) for line in buffer.getvalue().splitlines(keepends=True))


def print_report(report: Report, console: Console) -> None:
    """Print the report on `console` (its width and colour settings apply)."""
    # without colour (a pipe, a saved .txt, NO_COLOR) reverse video is lost: the value is bracketed
    for block in report_blocks(report, brackets=console.color_system is None):
        console.print(block, highlight=False)


def report_blocks(report: Report, brackets: bool = False) -> Iterator[RenderableType]:
    """The report's blocks; with `brackets` each conflicting value is written ⟦so⟧ as in markdown."""
    yield _header(report)
    if not report.findings:
        yield Text(nothing_found(report), style="bold green")
    stories = event_docs(report)
    labels = event_labels(report)
    roundups = event_roundups(report)
    for number, finding in enumerate(report.findings, start=1):
        yield Text("")
        yield _finding(number, finding, stories, labels, brackets, roundups, report.stats.get("min_confidence"))
    yield from _input_sections(report)


# ----------------------------------------------------------------- header


def _header(report: Report) -> RenderableType:
    line = Text()
    line.append("discrepancy", style="bold")
    line.append("  " + " \u00b7 ".join([
        plural(report.documents, "document"), plural(report.sentences, "sentence"), plural(len(report.events), "event"),
    ]))
    counts = severity_counts(report)
    findings = Text()
    findings.append(plural(len(report.findings), "finding"), style="bold")
    findings.append(": ")
    for i, severity in enumerate(("error", "warning", "note")):
        if i:
            findings.append(", ")
        findings.append(plural(counts[severity], severity), style=SEVERITY_STYLE[severity] if counts[severity] else "dim")
    hidden = hidden_note(report)
    if hidden:
        findings.append(f" ({hidden})", style="dim")
    read = corpus_line(report)
    lines = [line, Text(read, style="dim"), findings] if read else [line, findings]
    lowered = as_sentence(lowered_note(report))
    if lowered:
        lines.append(Text(lowered, style="yellow"))
    return Group(*lines)


# ----------------------------------------------------------------- findings


def _finding(number: int, f: Finding, stories: dict[str, tuple[str, ...]], labels: dict[str, str],
             brackets: bool = False, roundups: dict[str, frozenset[str]] | None = None,
             bar: object = None) -> RenderableType:
    body: list[RenderableType] = []
    meta = _meta_line(f, stories, labels, roundups or {}, bar)
    if meta.plain:
        body.append(meta)
    body.append(Text(squash(f.message)))
    if f.why:
        body.append(Text("why: " + why_line(f), style="dim"))
    if f.timeline:
        body.append(_timeline(f.timeline, changed=f.verdict == "changed_over_time"))
    if f.verdict == "unclear_time":
        body.append(Text(unclear_time_hint(f), style="italic"))
    shown, more = capped_sides(sides(f), MAX_SIDES)
    for side in shown:
        body.append(_side(side.evidence, GROUP_STYLES[side.group % len(GROUP_STYLES)], brackets))
    if more:
        body.append(Text(f"\u2026 and {more} more", style="dim"))
    return Group(_title_line(number, f), Padding(Group(*body), (0, 0, 0, 2), expand=False))


def _title_line(number: int, f: Finding) -> Text:
    line = Text()
    line.append(f"{number}. ", style="bold")
    line.append(f"{SEVERITY_MARK.get(f.severity, '')} {f.severity}", style=SEVERITY_STYLE.get(f.severity, "bold"))
    line.append("  ")
    line.append(f"{f.kind} \u00b7 {VERDICT_LABEL.get(f.verdict, f.verdict)}", style="bold")
    line.append("  ")
    line.append(squash(f.subject), style="bold underline")
    return line


def _meta_line(f: Finding, stories: dict[str, tuple[str, ...]], labels: dict[str, str],
               roundups: dict[str, frozenset[str]], bar: object = None) -> Text:
    """The finding's id, and the story (event) its values were compared in, if any."""
    parts = []
    if f.id:
        parts.append(squash(f.id))
    if f.event:
        docs = stories.get(f.event, ())
        story = f"event {squash(f.event)}"
        if labels.get(f.event):
            story += f" \u2014 {squash(labels[f.event])}"
        story += story_articles(docs)
        story += from_other_events(f, docs, roundups.get(f.event, frozenset()))
        parts.append(story)
    if confidence_label(f, bar):
        parts.append(confidence_label(f, bar))
    return Text(" \u00b7 ".join(parts), style="dim")


def _timeline(entries: Sequence[TimelineEntry], *, changed: bool) -> RenderableType:
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column()
    table.add_column(style="dim")
    # arrows claim a change, in order: none between two titles the finding says cannot both hold
    ordered = changed and all(entry.first_seen is not None for entry in entries)
    for i, entry in enumerate(entries):
        table.add_row(
            Text("\u2192" if i and ordered else " ", style="bold"),
            Text(span_label(entry)),
            Text(squash(entry.value), style=f"bold {GROUP_STYLES[i % len(GROUP_STYLES)]}"),
            Text(f"({timeline_who(entry, MAX_TIMELINE_DOCS)})"),
        )
    return Group(Text("timeline", style="dim"), Padding(table, (0, 0, 0, 2), expand=False))


def _side(e: Evidence, group_style: str, brackets: bool = False) -> RenderableType:
    head = Text()
    head.append("\u25b8 ", style=group_style)
    head.append(squash(e.source), style="bold")
    head.append(" \u00b7 ")
    head.append(evidence_date(e), style="dim italic" if e.published is None or e.published_origin == "text" else "")
    head.append(" \u00b7 ")
    head.append(squash(where(e.path, e.line)), style="dim")
    text, start, end = excerpt(e)
    if brackets and end > start:
        text, end = text[:start] + MARK_LEFT + text[start:end] + MARK_RIGHT + text[end:], end + 2
    sentence = Text(text)
    if end > start:
        sentence.stylize(f"bold reverse {group_style}", start, end)
    lines: list[RenderableType] = [head, Padding(sentence, (0, 0, 0, 2), expand=False)]
    note = resolved_note(e)
    if note:
        lines.append(Padding(Text(f"read as {squash(note)}", style="dim"), (0, 0, 0, 2), expand=False))
    return Group(*lines)


# ----------------------------------------------------------------- inputs


def _input_sections(report: Report) -> Iterator[RenderableType]:
    sections = [
        ("Skipped inputs", skipped_inputs(report), "yellow", ": not read, so not checked"),
        ("Inputs read after a repair", repaired_inputs(report), "dim", ""),
    ]
    for title, issues, style, note in sections:
        if issues:
            yield Text("")
            heading = Text(f"{title} ({len(issues)})", style="bold")
            heading.append(note, style="dim")
            yield heading
            yield Padding(Group(*(_issue(i, style) for i in issues)), (0, 0, 0, 2), expand=False)
    if report.dates_from_text:
        yield Text("")
        yield Text(f"Publication dates read from the text ({len(report.dates_from_text)})", style="bold")
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True)
        table.add_column(no_wrap=True)
        table.add_column(style="dim")
        for doc, published, evidence in report.dates_from_text:
            table.add_row(Text(squash(doc)), Text(squash(published)), Text(f"\u201c{squash(evidence)}\u201d"))
        yield Padding(table, (0, 0, 0, 2), expand=False)
    if report.baseline_missing:
        yield Text("")
        yield Text(f"Baseline entries no longer found ({len(report.baseline_missing)})", style="bold")
        lines = []
        for entry in report.baseline_missing:
            line = Text(squash(str(entry.get("id", ""))), style="dim")
            line.append(f"  {squash(str(entry.get('kind', '')))}  {squash(str(entry.get('subject', '')))}")
            lines.append(line)
        yield Padding(Group(*lines), (0, 0, 0, 2), expand=False)
        yield Text(drop_advice(report).replace("`", ""), style="dim")


def _issue(issue: InputIssue, style: str) -> Text:
    line = Text(squash(where(issue.path, issue.line)), style="bold")
    line.append(": ")
    line.append(squash(issue.reason), style=style)
    return line
