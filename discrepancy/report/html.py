"""The review page: one self-contained HTML file an editor works through, finding by finding.

Everything that comes from the corpus reaches the page through Jinja's autoescaping (text
and quoted attribute values) or through `script_json`, which keeps embedded JSON from
closing its <script> block. The page's Content-Security-Policy forbids every fetch and
runs only the one script whose hash it names, so the page works offline and injected
markup could neither load nor run anything. The same report gives the same bytes.

The page embeds each finding's baseline entry (`identity.baseline_entry`), so the
"export" button writes the file `discrepancy baseline` would write for the findings
marked reviewed, byte for byte.
"""
from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jinja2
from markupsafe import Markup

from ..identity import SCHEMA as BASELINE_SCHEMA
from ..identity import baseline_entry
from ..model import Evidence, Finding, Report, TimelineEntry
from .common import (
    SEVERITIES,
    VERDICT_LABEL,
    confidence_text,
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
    sides,
    skipped_inputs,
    span_label,
    squash,
    timeline_who,
    unclear_time_hint,
    where,
    why_line,
)

# A neighbouring sentence shown for context is cut to this many characters.
CONTEXT_CHARS = 400
MAX_TIMELINE_DOCS = 10
# Outlets and events listed in the header before the rest folds away.
MAX_LISTED = 12

# What must not appear raw inside <script>: "</script>" and "<!--" would end or confuse the
# block; U+2028/2029 end a line in older JavaScript parsers. JSON reads the escapes back.
_SCRIPT_JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                                      "\u2028": "\\u2028", "\u2029": "\\u2029"})


def script_json(value: Any) -> Markup:
    """`value` as JSON that is safe verbatim inside an HTML <script> block (sorted keys: same bytes)."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.translate(_SCRIPT_JSON_ESCAPES))


# ----------------------------------------------------------------- what the template shows


@dataclass(frozen=True)
class SideView:
    """One side of a finding: where it was said, and the sentence cut around the value."""

    group: int
    source: str
    date: str
    location: str
    head: str  # the sentence up to the value
    value: str
    tail: str  # the sentence after the value
    read_as: str | None
    before: str  # the previous sentence of the article, for context on demand
    after: str


@dataclass(frozen=True)
class TimelineView:
    seen: str
    value: str
    docs: str


@dataclass(frozen=True)
class CardView:
    number: int
    baseline_id: str
    kind: str
    verdict: str
    verdict_label: str
    severity: str
    subject: str
    message: str
    hint: str | None
    confidence: str  # "0.91", or "" for a finding without a fitted confidence
    confidence_value: str  # the same at full precision, for the filter
    confidence_means: str  # what the probability is of, for this kind of finding
    why: str  # the evidence behind the confidence, one line ("" for none)
    event: str
    event_label: str
    roundups: str  # ", with a1 (1 roundup of other stories too)": its articles from other events, or ""
    outlets: tuple[str, ...]
    sides: tuple[SideView, ...]
    timeline: tuple[TimelineView, ...]


def _tail(text: str, limit: int = CONTEXT_CHARS) -> str:
    """The end of `text` on one line, cut at the front: the words nearest the value."""
    text = squash(text)
    return text if len(text) <= limit else "\u2026" + text[len(text) - limit + 1:]


def _head(text: str, limit: int = CONTEXT_CHARS) -> str:
    text = squash(text)
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"


def _side(e: Evidence, group: int) -> SideView:
    text, start, end = excerpt(e)
    return SideView(
        group=group, source=squash(e.source), date=evidence_date(e), location=squash(where(e.path, e.line)),
        head=text[:start], value=text[start:end], tail=text[end:],
        read_as=squash(resolved_note(e) or "") or None, before=_tail(e.before), after=_head(e.after),
    )


def _timeline(entries: Iterable[TimelineEntry]) -> tuple[TimelineView, ...]:
    return tuple(TimelineView(span_label(t), squash(t.value), squash(timeline_who(t, MAX_TIMELINE_DOCS))) for t in entries)


_CONFIDENCE_MEANS = {
    "number": "fitted probability that both figures state the same fact",
    "date": "fitted probability that both dates state the same fact",
    "person": "fitted probability that one person cannot hold both titles at once",
    "office": "fitted probability that the office changed hands",
}


def _card(number: int, f: Finding, entry_id: str, labels: dict[str, str],
          stories: dict[str, tuple[str, ...]], roundups: dict[str, frozenset[str]], bar: object = None) -> CardView:
    known = f.confidence is not None and f.confidence == f.confidence  # NaN: not known
    return CardView(
        number=number, baseline_id=entry_id, kind=f.kind, verdict=f.verdict,
        verdict_label=VERDICT_LABEL.get(f.verdict, f.verdict), severity=f.severity,
        subject=squash(f.subject), message=squash(f.message),
        hint=unclear_time_hint(f) if f.verdict == "unclear_time" else None,
        confidence=confidence_text(f.confidence, bar) if known else "",
        confidence_value=f"{f.confidence:.6g}" if known else "",
        confidence_means=_CONFIDENCE_MEANS.get(("office" if f.topic == "office" else "person") if f.kind == "title"
                                               else f.kind, "fitted probability that the finding is right"),
        why=why_line(f),
        event=squash(f.event or ""), event_label=squash(labels.get(f.event or "", "")),
        roundups=from_other_events(f, stories.get(f.event or "", ()), roundups.get(f.event or "", frozenset())),
        outlets=tuple(sorted({squash(c.source) for c in f.claims})),
        sides=tuple(_side(s.evidence, s.group) for s in sides(f)),
        timeline=_timeline(f.timeline),
    )


def _counts(values: Iterable[str], order: Sequence[str]) -> list[tuple[str, int]]:
    """(value, count) in `order`, then any other value alphabetically; zero counts kept for `order`."""
    counted = Counter(values)
    return [(v, counted[v]) for v in order] + sorted((v, n) for v, n in counted.items() if v not in order)


def _date_span(report: Report) -> str:
    if report.date_span is None:
        return "no publication dates"
    first, last = report.date_span
    return first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"


def _findings_touching(report: Report) -> Counter[str]:
    """Per event, its figure and date findings and the corpus-wide ones (titles) with a side in one
    of its articles: a story whose only finding is a title contradiction does not read "0"."""
    event_of = {d: e.id for e in report.events for d in e.docs}
    out: Counter[str] = Counter()
    for f in report.findings:
        out.update({f.event} if f.event else {event_of[c.doc] for c in f.claims if c.doc in event_of})
    return out


def page_context(report: Report) -> dict[str, Any]:
    """Everything the template shows, already made safe to place as text (the template escapes it)."""
    labels = event_labels(report)
    entries = [baseline_entry(f) for f in report.findings]
    stories, roundups = event_docs(report), event_roundups(report)
    bar = report.stats.get("min_confidence")
    cards = [_card(n, f, entry["id"], labels, stories, roundups, bar)
             for n, (f, entry) in enumerate(zip(report.findings, entries), start=1)]
    per_event = Counter(c.event for c in cards if c.event)
    touching = _findings_touching(report)
    # the stories with the most findings first, then the largest: where a reviewer starts
    ordered = sorted(report.events, key=lambda e: (-touching[e.id], -len(e.docs), e.label or "", e.id))
    events = [(squash(e.id), squash(e.label), len(e.docs), touching[e.id]) for e in ordered]
    return {
        "documents": plural(report.documents, "article"),
        "sentences": plural(report.sentences, "sentence"),
        "sources": [squash(s) for s in report.sources],
        "date_span": _date_span(report),
        "findings_total": plural(len(cards), "finding"),
        "by_kind": _counts((c.kind for c in cards), tuple(info.kind for info in report.kinds)),
        "by_verdict": [(VERDICT_LABEL.get(v, v), v, n) for v, n in _counts((c.verdict for c in cards),
                                                                            tuple(VERDICT_LABEL))],
        "by_severity": _counts((c.severity for c in cards), SEVERITIES),
        "events": events,
        "filter_outlets": sorted({o for c in cards for o in c.outlets}),
        "filter_events": [(e_id, label) for e_id, label, _docs, _n in events if per_event[e_id]],
        "cards": cards,
        "hidden": squash("; ".join(n for n in (hidden_note(report), lowered_note(report)) if n)).replace("`", ""),  # no markdown on the page
        "nothing_found": nothing_found(report),
        "skipped": [(squash(where(i.path, i.line)), squash(i.reason)) for i in skipped_inputs(report)],
        "repaired": [(squash(where(i.path, i.line)), squash(i.reason)) for i in repaired_inputs(report)],
        "dates_from_text": [(squash(d), squash(p), squash(e)) for d, p, e in report.dates_from_text],
        "baseline_missing": [(squash(str(e.get("id", ""))), squash(str(e.get("kind", ""))),
                              squash(str(e.get("subject", "")))) for e in report.baseline_missing],
        "baseline_advice": squash(drop_advice(report)).replace("`", ""),
        "baseline_data": script_json({"schema": BASELINE_SCHEMA,
                                      "entries": {entry["id"]: entry for entry in entries},
                                      # accepted before (--baseline) and still there: the export keeps them
                                      "kept": report.baseline_kept}),
        "max_listed": MAX_LISTED,
    }


# ----------------------------------------------------------------- rendering


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("discrepancy.report", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=1)
def _assets() -> tuple[Markup, Markup, Markup]:
    """The page's style, its script, and the CSP source that allows that script and no other."""
    loader = _environment().loader
    assert loader is not None
    style = loader.get_source(_environment(), "review.css")[0]
    script = loader.get_source(_environment(), "review.js")[0]
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return Markup(style), Markup(script), Markup(f"'sha256-{digest}'")


def render(report: Report) -> str:
    style, script, script_source = _assets()
    template = _environment().get_template("review.html.j2")
    return template.render(style=style, script=script, script_source=script_source, **page_context(report))
