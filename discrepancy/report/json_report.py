"""The JSON report: a contract other tools parse (schema `discrepancy/report@1`).

Key names are stable; output is byte-identical for the same input (sorted keys inside
objects, findings in a deterministic order, no timestamps).
"""
from __future__ import annotations

import json
import math
from datetime import date

from ..model import Event, Evidence, Finding, InputIssue, Report, TimelineEntry
from .common import bar_from_baseline, baseline_written_at, confidence_bar, hidden_counts

SCHEMA = "discrepancy/report@1"


def _date(d: date | None) -> str | None:
    return d.isoformat() if d else None


def evidence_dict(c: Evidence) -> dict:
    out = {
        "doc": c.doc, "source": c.source, "published": _date(c.published), "sentence": c.sentence,
        "value": c.value, "start": c.start, "end": c.end, "line": c.line, "path": c.path,
    }
    if c.published and c.published_origin not in (None, "metadata"):  # "text", "page", "warc", "feed"
        out["published_from"] = c.published_origin
    if c.resolved is not None:
        out["resolved"] = c.resolved
    return out


def timeline_dict(t: TimelineEntry) -> dict:
    return {"value": t.value, "first_seen": _date(t.first_seen), "last_seen": _date(t.last_seen),
            "sources": list(t.sources), "docs": list(t.docs)}


def finding_dict(f: Finding) -> dict:
    out = {
        "id": f.id, "kind": f.kind, "verdict": f.verdict, "severity": f.severity, "subject": f.subject,
        "message": f.message, "claims": [evidence_dict(c) for c in f.claims],
    }
    if f.event is not None:
        out["event"] = f.event
    if f.topic is not None:
        out["topic"] = f.topic
    if f.timeline:
        out["timeline"] = [timeline_dict(t) for t in f.timeline]
    if f.confidence is not None and not math.isnan(f.confidence):
        out["confidence"] = f.confidence
    if f.why:
        out["why"] = [{"evidence": text, "weight": w} for text, w in f.why]
    if f.support:
        out["support"] = [evidence_dict(c) | {"camp": c.camp} for c in f.support]
    return out


def issue_dict(i: InputIssue) -> dict:
    return {"path": i.path, "line": i.line, "reason": i.reason, "action": i.action}


def report_dict(report: Report) -> dict:
    out = {
        "schema": SCHEMA,
        "corpus": {"documents": report.documents, "sentences": report.sentences},
        "events": [_event_dict(e) for e in report.events],
        "findings": [finding_dict(f) for f in report.findings],
        "skipped": [issue_dict(i) for i in report.skipped],
    }
    if report.dates_from_text:
        out["dates_from_text"] = [{"doc": d, "published": p, "evidence": e} for d, p, e in report.dates_from_text]
    bar = confidence_bar(report)
    if bar is not None:
        out["min_confidence"] = bar  # the bar findings were shown at, so a consumer knows what "hidden" means
        if bar_from_baseline(report):
            out["min_confidence_from"] = "baseline"  # a check given no bar took the one its baseline was written at
    hidden = hidden_counts(report)
    if hidden:
        out["hidden"] = hidden  # findings not listed, by reason: the baseline, --min-confidence
    if report.baseline_missing:
        out["baseline_missing"] = report.baseline_missing
        written_at = baseline_written_at(report)
        if written_at is not None:
            # the baseline was written at a lower bar than this check's: an entry may only be under it
            out["baseline_written_at"] = written_at
    return out


def render(report: Report) -> str:
    return json.dumps(report_dict(report), indent=2, ensure_ascii=False) + "\n"


def _event_dict(e: Event) -> dict:
    """An event; `also` (articles of other groups compared with it: roundups) only when it has some."""
    out: dict = {"id": e.id, "label": e.label, "docs": list(e.docs)}
    if e.also:
        out["also"] = list(e.also)
    return out
