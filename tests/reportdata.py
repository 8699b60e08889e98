"""Synthetic reports for the renderer tests: every kind of finding, without the model or spaCy."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from discrepancy.identity import identify
from discrepancy.kinds import infos
from discrepancy.model import Event, Evidence, Finding, InputIssue, Report, TimelineEntry


def evidence(doc: str, sentence: str, value: str, *, source: str | None = None, published: date | None = None,
             origin: str | None = None, line: int = 1, path: str | None = None,
             resolved: str | None = None) -> Evidence:
    """One side; the value's span is found in the sentence, as the pipeline would give it."""
    start = sentence.index(value)
    return Evidence(
        doc=doc, source=source or doc.upper(), published=published, sentence=sentence, value=value,
        start=start, end=start + len(value), line=line, path=path or f"corpus/{doc}.txt",
        published_origin=origin if origin else ("metadata" if published else None), resolved=resolved,
    )


def finding(kind: str, verdict: str, severity: str, subject: str, message: str, claims: list[Evidence],
            values: list[str] | None = None, **extra) -> Finding:
    f = Finding(kind=kind, verdict=verdict, severity=severity, subject=subject, message=message,
                claims=tuple(claims), values=tuple(values or sorted({c.value for c in claims})), **extra)
    return replace(f, id=identify(f))


def number_finding() -> Finding:
    return finding(
        "number", "contradiction", "error", "bombers",
        "Aligned sentences give different figures for bombers: Kyiv Post: 40; Daily Star: 14",
        [
            evidence("a", "Officials said 40 bombers were damaged in the strike.", "40", source="Kyiv Post",
                     published=date(2025, 6, 2), line=3, resolved="36-44"),
            evidence("b", "Officials said 14 bombers were damaged in the strike.", "14", source="Daily Star",
                     published=None, line=7),
        ],
        event="E1", confidence=0.912,
        why=(("the same thing counted", 1.45), ("published 1 day apart", -0.31)),
    )


def date_finding() -> Finding:
    return finding(
        "date", "contradiction", "error", "date of \u201cthe talks resumed\u201d",
        "Aligned sentences give different dates for the talks.",
        [
            evidence("c", "The talks resumed on Monday in Istanbul.", "Monday", published=date(2025, 6, 2),
                     origin="text", resolved="2025-06-02"),
            evidence("d", "The talks resumed on 3 June in Istanbul.", "3 June", published=date(2025, 6, 3),
                     resolved="2025-06-03"),
        ],
        event="E2",
    )


def changed_title_finding() -> Finding:
    return finding(
        "title", "changed_over_time", "note", "Rustem Umerov",
        "Rustem Umerov's title changed over time: Defence Minister (2025-06-02) \u2192 NSDC Secretary (2026-01-05).",
        [
            evidence("003", "Ukraine's team is headed by Defence Minister Rustem Umerov.", "Defence Minister",
                     published=date(2025, 6, 2), line=19),
            evidence("004", "The delegation is led by Defence Minister Rustem Umerov.", "Defence Minister",
                     published=date(2025, 6, 2), line=9),
            evidence("001", "He said that NSDC Secretary Rustem Umerov had reached an agreement.", "NSDC Secretary",
                     published=date(2026, 1, 5), line=34),
        ],
        values=["defence minister", "nsdc secretary"],
        timeline=(
            TimelineEntry("Defence Minister", date(2025, 6, 2), date(2025, 6, 2), ("003", "004"), ("003", "004")),
            TimelineEntry("NSDC Secretary", date(2026, 1, 5), date(2026, 1, 5), ("001",), ("001",)),
        ),
    )


def unclear_title_finding() -> Finding:
    return finding(
        "title", "unclear_time", "warning", "Oleh Dravanenko",
        "Oleh Dravanenko is called Defence Minister / Interior Minister by different articles; publication dates "
        "would settle whether this is a change of office or a contradiction.",
        [
            evidence("e", "Defence Minister Oleh Dravanenko praised the operation.", "Defence Minister"),
            evidence("f", "Interior Minister Oleh Dravanenko praised the operation.", "Interior Minister"),
        ],
        values=["defence minister", "interior minister"],
        timeline=(
            TimelineEntry("Defence Minister", None, None, ("E",), ("e",)),
            TimelineEntry("Interior Minister", None, None, ("F",), ("f",)),
        ),
        confidence=0.933, why=(("two portfolios (one post can go by two names)", -0.05),),
    )


def many_sides_finding(sides: int = 9) -> Finding:
    claims = [evidence(f"m{i}", f"Rescuers said {100 + i} people were missing.", str(100 + i), line=i + 1)
              for i in range(sides)]
    return finding("number", "contradiction", "error", "people missing",
                   "Aligned sentences give different figures for people missing.", claims, event="E3")


def sample_report() -> Report:
    return Report(
        documents=12, sentences=340,
        findings=[number_finding(), date_finding(), many_sides_finding(), unclear_title_finding(),
                  changed_title_finding()],
        events=[Event("E1", ("a", "b")), Event("E2", ("c", "d")),
                Event("E3", tuple(f"m{i}" for i in range(9)))],
        skipped=[
            InputIssue("corpus/scan.txt", None, "binary file (looks like a PDF document)", "skipped"),
            InputIssue("corpus/feed.jsonl", 4, "not valid JSON (Expecting value at column 1)", "skipped"),
            InputIssue("corpus/old.txt", None, "UTF-8 byte-order mark removed", "read"),
        ],
        dates_from_text=[("c", "2025-06-02", "KYIV, June 2, 2025 (AP) \u2014")],
        kinds=infos(),
    )


def empty_report() -> Report:
    return Report(documents=3, sentences=20, findings=[], events=[Event("E9", ("x", "y", "z"))])
