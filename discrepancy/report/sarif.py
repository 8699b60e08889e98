"""The SARIF 2.1.0 report, for code-scanning dashboards (GitHub, Azure DevOps, IDEs).

One result per finding with one location per side, so the dashboard shows every
sentence involved. `partialFingerprints` carries the finding's identity (never a
line number), so a dashboard tracks a finding across edits like the baseline does.
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
from ..model import Evidence, Finding, Report
from .common import evidence_date, squash

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
TOOL_NAME = "discrepancy"
FINGERPRINT_KEY = "discrepancyFindingId/v1"
LEVEL = {"error": "error", "warning": "warning", "note": "note"}

RULES: dict[str, dict[str, str]] = {
    "number": {
        "name": "ConflictingFigures",
        "short": "Outlets give different figures for the same fact.",
        "full": ("Aligned sentences from different articles about the same story state figures for the same "
                 "counted thing whose ranges do not overlap (qualifiers and rounding taken into account)."),
    },
    "date": {
        "name": "ConflictingDates",
        "short": "Outlets give different dates for the same event.",
        "full": ("Aligned sentences from different articles about the same story date the same event "
                 "differently, after relative dates are resolved against each article's publication date."),
    },
    "title": {
        "name": "ConflictingTitles",
        "short": "Outlets give one person different titles, or one office different holders.",
        "full": ("A person is given titles that exclude each other, or an office is given different holders. "
                 "With publication dates the verdict says whether this is a contradiction or a change over time; "
                 "without them it is reported as unclear."),
    },
}


def rule_id(kind: str) -> str:
    return f"{TOOL_NAME}/{kind}"


def tool_version() -> str:
    try:
        return version("discrepancy")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def artifact_uri(path: str) -> str:
    """`path` as a relative POSIX URI reference: never absolute, so reports do not leak home folders."""
    posix = path.replace(os.sep, "/")
    if os.path.isabs(path) or posixpath.isabs(posix):
        try:
            posix = os.path.relpath(path).replace(os.sep, "/")
        except ValueError:  # another drive on Windows: keep only the name
            posix = posixpath.basename(posix)
    return quote(posixpath.normpath(posix), safe="/-._~!$&'()*+,;=@")


def _rule(kind: str) -> dict:
    info = RULES[kind]
    return {
        "id": rule_id(kind),
        "name": info["name"],
        "shortDescription": {"text": info["short"]},
        "fullDescription": {"text": info["full"]},
        "help": {"text": info["full"] + " Each location is one side: read the sentences to confirm or dismiss."},
        "properties": {"tags": ["news", "consistency", kind]},
    }


def _location(e: Evidence) -> dict:
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(e.path)},
            "region": {"startLine": max(1, e.line), "snippet": {"text": e.sentence}},
        },
        "message": {"text": f"{squash(e.source)} ({evidence_date(e)}): {squash(e.value)}"},
    }


def _result(f: Finding, rule_index: dict[str, int]) -> dict:
    properties: dict = {"verdict": f.verdict, "subject": f.subject, "kind": f.kind, "event": f.event,
                        "severity": f.severity, "values": list(f.values)}
    if f.confidence is not None and f.confidence == f.confidence:
        properties["confidence"] = f.confidence
    return {
        "ruleId": rule_id(f.kind),
        "ruleIndex": rule_index[f.kind],
        "level": LEVEL.get(f.severity, "warning"),
        "message": {"text": f.message},
        "locations": [_location(e) for e in f.claims],
        "partialFingerprints": {FINGERPRINT_KEY: f.id or identify(f)},
        "properties": properties,
    }


def report_dict(report: Report) -> dict:
    kinds = sorted(RULES)
    rule_index = {kind: i for i, kind in enumerate(kinds)}
    return {
        "$schema": SCHEMA_URI,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {
                "name": TOOL_NAME,
                "version": tool_version(),
                "rules": [_rule(kind) for kind in kinds],
            }},
            "columnKind": "unicodeCodePoints",
            "results": [_result(f, rule_index) for f in report.findings],
        }],
    }


def render(report: Report) -> str:
    return json.dumps(report_dict(report), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
