"""The SARIF 2.1.0 report, for code-scanning dashboards (GitHub, Azure DevOps, IDEs).

One result per finding with one location per side, so the dashboard shows every
sentence involved; each input skipped or repaired is a notification of the run's
invocation. `partialFingerprints` carries the finding's identity (never a line
number), so a dashboard tracks a finding across edits like the baseline does.
Output is byte-identical for the same report: sorted keys, no timestamps, relative
URIs only.
"""
from __future__ import annotations

import json
import os
import posixpath
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import quote

from ..identity import identify
from ..model import Evidence, Finding, InputIssue, KindInfo, Report
from .common import (
    bar_from_baseline,
    baseline_written_at,
    confidence_bar,
    evidence_date,
    file_location,
    hidden_counts,
    relative_within,
    repaired_inputs,
    skipped_inputs,
    squash,
)

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
TOOL_NAME = "discrepancy"
FINGERPRINT_KEY = "discrepancyFindingId/v1"
LEVEL = {"error": "error", "warning": "warning", "note": "note"}

def rule_id(kind: str) -> str:
    return f"{TOOL_NAME}/{kind}"


def tool_version() -> str:
    try:
        return version("discrepancy")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def artifact_uri(path: str) -> str:
    """`path` as a relative POSIX URI reference: never absolute, so reports do not leak home folders;
    relative to the repository (`GITHUB_WORKSPACE`) in GitHub Actions, else to the current folder."""
    posix = path.replace(os.sep, "/")
    workspace = os.environ.get("GITHUB_WORKSPACE")
    try:
        inside = relative_within(path, workspace) if workspace else None
    except ValueError:  # another drive on Windows
        inside = None
    if inside is not None:
        # in GitHub Actions, code scanning places a result at a path from the repository's root, as
        # the annotations are placed: "../corpus/a.txt" from a subfolder is "corpus/a.txt"
        posix = inside
    elif os.path.isabs(path) or posixpath.isabs(posix):
        try:
            posix = relative_within(path, os.getcwd()) or os.path.relpath(path).replace(os.sep, "/")
        except ValueError:  # another drive on Windows: keep only the name
            posix = posixpath.basename(posix)
    return quote(posixpath.normpath(posix), safe="/-._~!$&'()*+,;=@")


def _rules(report: Report) -> list[KindInfo]:
    """The checked kinds' rules (the registry's words), and a plain one for any other kind found."""
    known = {info.kind: info for info in report.kinds}
    for kind in {f.kind for f in report.findings} - set(known):
        known[kind] = KindInfo(kind, "Conflicting" + kind.title().replace("_", ""),
                               f"Outlets disagree about a {kind}.", f"Aligned articles state different {kind} values.")
    return [known[kind] for kind in sorted(known)]


def _rule(info: KindInfo) -> dict:
    return {
        "id": rule_id(info.kind),
        "name": info.name,
        "shortDescription": {"text": info.short},
        "fullDescription": {"text": info.full},
        "help": {"text": info.full + " Each location is one side: read the sentences to confirm or dismiss."},
        "properties": {"tags": ["news", "consistency", info.kind]},
    }


def _location(e: Evidence) -> dict:
    file, line = file_location(e.path, e.line)
    physical: dict = {"artifactLocation": {"uri": artifact_uri(file)}}
    if line is not None:
        physical["region"] = {"startLine": max(1, line), "snippet": {"text": e.sentence}}
    where_ = "" if file == e.path else f" at {squash(e.path)}"  # the record or entry inside the file
    return {
        "physicalLocation": physical,
        "message": {"text": f"{squash(e.source)}, {evidence_date(e)}{where_}: {squash(e.value)}"},
    }


def _result(f: Finding, rule_index: dict[str, int]) -> dict:
    properties: dict = {"verdict": f.verdict, "subject": f.subject, "kind": f.kind, "event": f.event,
                        "severity": f.severity, "values": list(f.values)}
    if f.confidence is not None and f.confidence == f.confidence:
        properties["confidence"] = f.confidence
    if f.why:
        properties["why"] = [{"evidence": text, "weight": w} for text, w in f.why]
    return {
        "ruleId": rule_id(f.kind),
        "ruleIndex": rule_index[f.kind],
        "level": LEVEL.get(f.severity, "warning"),
        "message": {"text": f.message},
        "locations": [_location(e) for e in f.claims],
        "partialFingerprints": {FINGERPRINT_KEY: f.id or identify(f)},
        "properties": properties,
    }


def _notification(issue: InputIssue, level: str, what: str) -> dict:
    """A skipped or repaired input as a tool notification, at its file (and line, for JSONL)."""
    file, line = file_location(issue.path, issue.line)
    region = {"region": {"startLine": line}} if line is not None else {}
    inside = "" if file == issue.path else f" ({issue.path})"
    return {
        "level": level,
        # "not checked: does not look like English" says it already
        "message": {"text": issue.reason if issue.reason.startswith(what.split(",")[-1].strip())
                    else f"{what}{inside}: {issue.reason}"},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(file)}, **region}}],
        "descriptor": _NOTIFICATION_REFERENCES["skipped" if level == "warning" else "repaired"],
    }


# The notifications the driver declares, which each notification's descriptor points to by id and index.
_NOTIFICATIONS = (
    ("skipped", "An input the check skipped: it was not read, so nothing in it was checked."),
    ("repaired", "An input read after a repair, which its message names: what was checked may differ from the file."),
)
_NOTIFICATION_REFERENCES = {name: {"id": f"{TOOL_NAME}/input-{name}", "index": i}
                            for i, (name, _text) in enumerate(_NOTIFICATIONS)}


def _run_properties(report: Report) -> dict:
    """What the run did not show: findings hidden (by the baseline, by the bar), entries gone."""
    properties: dict = {}
    bar = confidence_bar(report)
    if bar is not None:
        properties["min_confidence"] = bar  # as in JSON: the bar findings were shown at
        if bar_from_baseline(report):
            properties["min_confidence_from"] = "baseline"
        if report.stats.get("bar_lowered"):
            properties["under_fitted_cuts"] = report.stats["bar_lowered"]  # findings a default run leaves out
    hidden = hidden_counts(report)
    if hidden:
        properties["hidden"] = hidden
    if report.baseline_missing:
        properties["baseline_missing"] = [{k: e.get(k) for k in ("id", "kind", "subject")} for e in report.baseline_missing]
        if baseline_written_at(report) is not None:
            properties["baseline_written_at"] = baseline_written_at(report)  # as in JSON
    return {"properties": properties} if properties else {}


def _invocation(report: Report) -> dict:
    """The run's inputs the check skipped (not read, so not checked) or read after a repair:
    a dashboard must show them beside the findings, as every other format does."""
    notes = [_notification(i, "warning", "skipped, not checked") for i in skipped_inputs(report)]
    notes += [_notification(i, "note", "read after a repair") for i in repaired_inputs(report)]
    return {"executionSuccessful": True, "toolExecutionNotifications": notes}


def report_dict(report: Report) -> dict:
    rules = _rules(report)
    rule_index = {info.kind: i for i, info in enumerate(rules)}
    return {
        "$schema": SCHEMA_URI,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {
                "name": TOOL_NAME,
                "version": tool_version(),
                "rules": [_rule(info) for info in rules],
                "notifications": [{"id": f"{TOOL_NAME}/input-{name}", "shortDescription": {"text": text}}
                                  for name, text in _NOTIFICATIONS],
            }},
            "columnKind": "unicodeCodePoints",
            "invocations": [_invocation(report)],
            "results": [_result(f, rule_index) for f in report.findings],
            **_run_properties(report),
        }],
    }


def render(report: Report) -> str:
    return json.dumps(report_dict(report), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
