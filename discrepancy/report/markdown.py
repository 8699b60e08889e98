"""The markdown report: GitHub-flavoured, safe to post on a pull request.

Everything that comes from the corpus (sentences, sources, subjects, ids, paths) is
hostile until proven otherwise: outside code blocks it goes through `escape`, so it
cannot open HTML, images, links, autolinks, @mentions or #references; inside the
```diff block it cannot close the fence, because the fence is longer than any run
of backticks in the block. The same report gives the same bytes.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Evidence, Finding, InputIssue, Report, TimelineEntry
from .common import (
    MARK_LEFT,
    MARK_RIGHT,
    MAX_SIDES,
    SEVERITIES,
    VERDICT_LABEL,
    as_sentence,
    baseline_written_at,
    capped_sides,
    confidence_label,
    corpus_line,
    drop_advice,
    event_docs,
    event_labels,
    event_roundups,
    evidence_date,
    from_other_events,
    hidden_sentence,
    lowered_note,
    marked_sentence,
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

SEVERITY_ICON = {"error": "\U0001f534", "warning": "\U0001f7e1", "note": "\U0001f535"}
# Stops GitHub from turning "@name" into a mention and "#12" into a reference: the
# mention and reference filters run on rendered text, after backslash escapes are gone.
ZERO_WIDTH_JOINER = "\u200d"
MAX_TIMELINE_DOCS = 10

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_BACKSLASHED = frozenset("\\`*_{}[]()!|~$#")
_URL_SCHEME = re.compile(r"(?<=[A-Za-z0-9+.-]):(?=//)")
_WWW = re.compile(r"(?i)\b(www)\.")
_GH_REF = re.compile(r"(?i)\b(gh)-(?=\d)")
_BACKTICK_RUN = re.compile(r"`+")
# "1." or "1)" would start a numbered list if the text began a line.
_LIST_NUMBER = re.compile(r"^(\d+)([.)])")


def escape(text: str) -> str:
    """Article-derived text made inert for GitHub markdown, on one line.

    HTML-significant characters become entities; markdown punctuation is
    backslash-escaped; `@` and `#` get a zero-width joiner after them; URL schemes
    (`https\\://`) and `www\\.` lose their autolink.
    """
    out = []
    for ch in squash(text):
        if ch in _ENTITIES:
            out.append(_ENTITIES[ch])
        elif ch in _BACKSLASHED:
            out.append("\\" + ch)
            if ch == "#":
                out.append(ZERO_WIDTH_JOINER)
        elif ch == "@":
            out.append("@" + ZERO_WIDTH_JOINER)
        else:
            out.append(ch)
    escaped = "".join(out)
    escaped = "\\" + escaped if escaped[:1] in ("-", "+", "=") else _LIST_NUMBER.sub(r"\1\\\2", escaped)
    escaped = _URL_SCHEME.sub(r"\\:", escaped)
    escaped = _WWW.sub(r"\1\\.", escaped)
    return _GH_REF.sub("\\1" + ZERO_WIDTH_JOINER + "-", escaped)


def code(text: str) -> str:
    """A path or id as an inline code span: GitHub links no mention or reference inside one, so
    it needs no zero-width joiner after "@" and copies back exactly as written."""
    text = squash(text)
    longest = max((len(m) for m in _BACKTICK_RUN.findall(text)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if text[:1] in ("`", " ") or text[-1:] in ("`", " ") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def fence_for(content: str) -> str:
    """A code fence longer than any run of backticks in `content` (at least three)."""
    longest = max((len(m) for m in _BACKTICK_RUN.findall(content)), default=0)
    return "`" * max(3, longest + 1)


def render(report: Report) -> str:
    return "\n".join(render_blocks(report))


def render_blocks(report: Report) -> list[str]:
    """The report as independent blocks (header, one per finding, inputs), each ending in a newline.

    A block is never split by truncation, so a cut report still has closed fences and whole tables.
    """
    blocks = [_header(report)]
    stories = event_docs(report)
    labels = event_labels(report)
    roundups = event_roundups(report)
    bar = report.stats.get("min_confidence")
    blocks += [_finding(number, f, stories, labels, roundups, bar) for number, f in enumerate(report.findings, start=1)]
    blocks += _input_blocks(report)
    return blocks


# ----------------------------------------------------------------- header


def _header(report: Report) -> str:
    counts = severity_counts(report)
    by_severity = ", ".join(plural(counts[s], s) for s in SEVERITIES)
    lines = [
        "## Discrepancy report",
        "",
        " \u00b7 ".join([plural(report.documents, "document"), plural(report.sentences, "sentence"),
                         plural(len(report.events), "event")])
        + f" \u00b7 **{plural(len(report.findings), 'finding')}** ({by_severity})",
    ]
    read = corpus_line(report)
    if read:
        lines += ["", escape(read)]
    hidden = hidden_sentence(report)
    if hidden:
        lines += ["", hidden]
    lowered = as_sentence(lowered_note(report))
    if lowered:
        lines += ["", f"**{escape(lowered)}**"]
    if not report.findings:
        lines += ["", nothing_found(report)]
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------- findings


def _finding(number: int, f: Finding, stories: dict[str, tuple[str, ...]], labels: dict[str, str],
             roundups: dict[str, frozenset[str]], bar: object = None) -> str:
    heading = (f"### {number}. {SEVERITY_ICON.get(f.severity, '')} {escape(f.severity)} \u00b7 "
               f"{escape(f.kind)} \u00b7 {escape(VERDICT_LABEL.get(f.verdict, f.verdict))}"
               f" \u00b7 {escape(f.subject)}")
    lines = [heading, "", _facts(f, stories, labels, roundups, bar), "", escape(f.message)]
    if f.why:
        lines += ["", f"_Why this confidence:_ {escape(why_line(f))}"]
    if f.verdict == "unclear_time":
        lines += ["", f"_{unclear_time_hint(f, path=code, text=escape)}_"]
    lines += ["", _diff(f)]
    if f.timeline:
        lines += ["", _timeline(f.timeline)]
    return "\n".join(lines) + "\n"


def _facts(f: Finding, stories: dict[str, tuple[str, ...]], labels: dict[str, str],
           roundups: dict[str, frozenset[str]], bar: object = None) -> str:
    facts = []
    if f.id:
        facts.append(f"finding {code(f.id)}")
    if f.event:
        story = f"event {code(f.event)}"
        if labels.get(f.event):
            story += f" \u2014 {escape(labels[f.event])}"
        docs = stories.get(f.event, ())
        story += story_articles(docs, code)
        story += from_other_events(f, docs, roundups.get(f.event, frozenset()), doc=code)
        facts.append(story)
    if confidence_label(f, bar):
        facts.append(confidence_label(f, bar))
    return " \u00b7 ".join(facts)


def _diff(f: Finding) -> str:
    """One `-`/`+` line per side: the first group of values that agree `-`, every other group `+`."""
    every = sides(f)
    shown, more = capped_sides(every, MAX_SIDES)
    # a diff has two colours: with three groups or more, each line says which group it stands in
    numbered = len({side.group for side in every}) > 2
    body = [("-" if side.group == 0 else "+") + " " + (f"(value {side.group + 1}) " if numbered else "")
            + _side_line(side.evidence) for side in shown]
    if more:
        body.append(f"  \u2026 and {more} more")
    content = "\n".join(body)
    fence = fence_for(content)
    return f"{fence}diff\n{content}\n{fence}"


def _side_line(e: Evidence) -> str:
    line = (f"[{squash(e.source)}, {evidence_date(e)}, {squash(where(e.path, e.line))}] "
            f"{marked_sentence(e, MARK_LEFT, MARK_RIGHT)}")
    note = resolved_note(e)
    if note:
        line += f" (read as {squash(note)})"
    return line


def _cell_code(text: str) -> str:
    """A code span inside a table cell, where a "|" would end the cell unless escaped."""
    return code(text).replace("|", "\\|")


def _timeline(entries: Sequence[TimelineEntry]) -> str:
    rows = ["| seen | value | articles |", "| --- | --- | --- |"]
    for entry in entries:
        rows.append(f"| {escape(span_label(entry))} | {escape(entry.value)} | "
                    f"{timeline_who(entry, MAX_TIMELINE_DOCS, doc=_cell_code, text=lambda t: escape(squash(t)))} |")
    return "\n".join(rows)


# ----------------------------------------------------------------- inputs


def _input_blocks(report: Report) -> list[str]:
    parts = []
    skipped, repaired = skipped_inputs(report), repaired_inputs(report)
    if skipped:
        parts.append(_issue_list(f"**Skipped** ({len(skipped)}): not read, so not checked.", skipped))
    if repaired:
        parts.append(_issue_list(f"**Read after a repair** ({len(repaired)})", repaired))
    if report.dates_from_text:
        lines = [f"**Publication dates read from the text** ({len(report.dates_from_text)})", ""]
        lines += [f"- {code(doc)}: {escape(published)} from \u201c{escape(evidence)}\u201d"
                  for doc, published, evidence in report.dates_from_text]
        parts.append("\n".join(lines) + "\n")
    if report.baseline_missing:
        advice = ("re-run `discrepancy baseline` to drop them." if baseline_written_at(report) is None
                  else escape(drop_advice(report)))
        lines = [f"**Baseline entries no longer found** ({len(report.baseline_missing)}): {advice}", ""]
        lines += [f"- {escape(str(entry.get('id', '')))} \u00b7 {escape(str(entry.get('kind', '')))} \u00b7 "
                  f"{escape(str(entry.get('subject', '')))}" for entry in report.baseline_missing]
        parts.append("\n".join(lines) + "\n")
    if not parts:
        return []
    return ["### Inputs\n"] + parts


# What a reason quotes ('j1#2', 'r1'): an id or value, shown as code so it copies back as written.
_QUOTED = re.compile(r"(?<!\w)'([^'\n]{1,120})'(?!\w)")  # not an apostrophe ("the page's")


def _reason(text: str) -> str:
    """An input issue's reason, escaped, with the ids and values it quotes as code spans."""
    quoted: list[str] = []

    def mark(m: re.Match[str]) -> str:  # a private-use mark that escaping leaves alone
        quoted.append(m.group(1))
        return f"\ue000{len(quoted) - 1}\ue001"

    escaped = escape(_QUOTED.sub(mark, text))
    return re.sub("\ue000(\\d+)\ue001",
                  lambda m: code(quoted[int(m.group(1))]) if int(m.group(1)) < len(quoted) else m.group(0), escaped)


def _issue_list(title: str, issues: Sequence[InputIssue]) -> str:
    lines = [title, ""]
    lines += [f"- {code(where(i.path, i.line))}: {_reason(i.reason)}" for i in issues]
    return "\n".join(lines) + "\n"
