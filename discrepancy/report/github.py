"""GitHub Actions output: workflow-command annotations and the job's step summary.

An annotation puts a finding next to the article line in the pull request's "Files
changed" view, one per side. Article text can hold newlines, `%`, `::` or `,`: every
value is escaped by GitHub's rules, so it can never end the command early or start
another one (`::add-mask::`, `::stop-commands::`).
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from ..model import Evidence, Finding, InputIssue, Report
from . import markdown
from .common import (
    MARK_LEFT,
    MARK_RIGHT,
    MAX_SIDES,
    VERDICT_LABEL,
    as_sentence,
    baseline_written_at,
    capped,
    confidence_of,
    confidence_text,
    evidence_date,
    file_location,
    hidden_sentence,
    lowered_note,
    marked_sentence,
    one_line,
    relative_within,
    repaired_inputs,
    skipped_inputs,
    squash,
    where,
)

COMMAND = {"error": "error", "warning": "warning", "note": "notice"}
# GitHub refuses a step summary over 1 MiB; what we append stays under it.
SUMMARY_LIMIT_BYTES = 1024 * 1024
SUMMARY_ENV = "GITHUB_STEP_SUMMARY"


def escape_data(text: str) -> str:
    """A command's message: `%`, CR and LF encoded so the command stays one line."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value (file, title): also `:` and `,`, which delimit properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, properties: Mapping[str, str | int]) -> str:
    """One workflow command. Each line of the message, and each property, has its control characters
    shown as the other formats show them (ESC as U+241B): an outlet's name from a front matter could
    otherwise carry a terminal escape into the log."""
    message = "\n".join(one_line(part) for part in message.split("\n"))
    props = ",".join(f"{key}={escape_property(one_line(str(value)))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def repository_file(path: str) -> str:
    """`path` as GitHub places an annotation: relative to the repository checked out
    (`GITHUB_WORKSPACE`), whatever folder the check ran from; outside Actions, an absolute path is
    made relative to the current folder, as the SARIF log's are. A path outside both stays as given."""
    workspace = os.environ.get("GITHUB_WORKSPACE")
    if not workspace and not os.path.isabs(path):
        return path
    try:
        relative = relative_within(path, workspace or os.getcwd())
    except ValueError:  # another drive on Windows
        return path
    return path if relative is None else relative


def annotations(finding: Finding, bar: object = None) -> list[str]:
    """One annotation per side of `finding`, at that side's file and line; `bar`: the --min-confidence
    bar, to whose decimals its confidence is shown."""
    title = (f"discrepancy: {finding.kind} "
             f"{VERDICT_LABEL.get(finding.verdict, finding.verdict)}: {squash(finding.subject)}")
    out = []
    for e in finding.claims:
        others, more = capped([o for o in finding.claims if o is not e], MAX_SIDES)
        file, line = file_location(e.path, e.line)
        lines = [finding.message]
        if finding.confidence is not None and finding.confidence == finding.confidence:  # NaN: unknown
            lines.append(f"Confidence: {confidence_text(finding.confidence, bar)} {confidence_of(finding)}")
        lines.append(f"This article: {_side(e)}")
        if file != e.path or line is None:
            lines.append(f"It is {_place(e)}")  # the record, entry or page, and which line of its text
        lines += [f"Other: {squash(o.source)}, {evidence_date(o)}, {_place(o)}: {squash(o.value)}" for o in others]
        if more:
            lines.append(f"\u2026 and {more} more")
        at: dict[str, str | int] = {"file": repository_file(file)}
        if line is not None:
            at["line"] = line
        out.append(command(COMMAND.get(finding.severity, "warning"), "\n".join(lines), {**at, "title": title}))
    return out


def _place(e: Evidence) -> str:
    """Where another side is, as a pull request reads it: "page.html:14" would read as a line of the
    page's markup, so a line that counts extracted text says so."""
    _file, line = file_location(e.path, e.line)
    path = repository_file(e.path)  # as the annotation's own file= is placed
    if line is None and e.line is not None:
        return f"{squash(path)} (line {e.line} of its text)"
    return squash(where(path, e.line))


def _side(e: Evidence) -> str:
    return f"{squash(e.source)}, {evidence_date(e)}: {marked_sentence(e, MARK_LEFT, MARK_RIGHT)}"


def input_annotation(issue: InputIssue, skipped: bool) -> str:
    """A skipped input (a warning: the article was not checked) or a repaired one (a notice), at its file."""
    file, line = file_location(issue.path, issue.line)
    where_: dict[str, str | int] = {"file": repository_file(file)}
    if line is not None:
        where_["line"] = line
    where_["title"] = "discrepancy: input skipped, not checked" if skipped else "discrepancy: input read after a repair"
    inside = f"{issue.path}: " if file != issue.path else ""  # the record or entry: "crawl.warc.gz@0: ..."
    return command("warning" if skipped else "notice", inside + issue.reason, where_)


def render(report: Report) -> str:
    bar = report.stats.get("min_confidence")
    lines = [line for f in report.findings for line in annotations(f, bar)]
    lines += [input_annotation(i, True) for i in skipped_inputs(report)]
    lines += [input_annotation(i, False) for i in repaired_inputs(report)]
    under = baseline_written_at(report)
    for entry in report.baseline_missing:
        advice = ("re-run `discrepancy baseline` to drop it." if under is None else
                  f"it may only be under this check's bar, above the baseline's --min-confidence {under:g}.")
        lines.append(command("notice", f"Baseline entry {entry.get('id', '')} ({entry.get('kind', '')}: "
                                       f"{entry.get('subject', '')}) is no longer found: {advice}",
                             {"title": "discrepancy: baseline entry no longer found"}))
    hidden = hidden_sentence(report)
    if hidden:
        lines.append(command("notice", hidden, {"title": "discrepancy: findings not shown"}))
    lowered = as_sentence(lowered_note(report))
    if lowered:
        lines.append(command("notice", lowered, {"title": "discrepancy: confidence bar under the fitted cuts"}))
    if report.stats.get("not_compared"):
        lines.append(command("warning", f"Figures and dates were not compared: {report.stats['not_compared']}.",
                             {"title": "discrepancy: nothing compared"}))
    return "".join(line + "\n" for line in lines)


def summary_markdown(report: Report, limit: int = SUMMARY_LIMIT_BYTES) -> str:
    """The markdown report, cut at a block boundary (with a note) so that it stays under `limit` bytes."""
    blocks = markdown.render_blocks(report)
    full = "\n".join(blocks)
    if len(full.encode("utf-8")) < limit:
        return full
    total = len(report.findings)
    kept: list[str] = []
    size = 0
    note_room = len(_truncation_note(total, total).encode("utf-8")) + 1
    for block in blocks:
        block_size = len(block.encode("utf-8")) + 1
        if size + block_size + note_room >= limit:
            break
        kept.append(block)
        size += block_size
    shown_findings = max(0, min(total, len(kept) - 1))  # block 0 is the header
    return "\n".join(kept + [_truncation_note(shown_findings, total)])


def _truncation_note(shown: int, total: int) -> str:
    return (f"> **Report truncated**: {shown} of {total} findings shown, because a step summary is limited "
            f"to 1 MiB. Save the full report with `--save report.md` or `--save report.json`.\n")


def append_step_summary(report: Report, environ: Mapping[str, str] | None = None,
                        limit: int = SUMMARY_LIMIT_BYTES) -> Path | None:
    """Append the markdown report to the file `GITHUB_STEP_SUMMARY` names; the file, or None when unset."""
    target = (os.environ if environ is None else environ).get(SUMMARY_ENV)
    if not target:
        return None
    path = Path(target)
    # another step's summary may end without a blank line; ours must start a new block
    separator = "\n" if path.exists() and path.stat().st_size else ""
    with path.open("a", encoding="utf-8", newline="\n") as out:
        out.write(separator + summary_markdown(report, limit - len(separator)))
    return path
