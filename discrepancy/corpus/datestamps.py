"""The publication date an article states about itself, read from its layout.

Used by --dates-from-text when no metadata gives a date: only layout lines count (a
"Published:" stamp, an agency dateline, a line that is only a date), never sentences
that mention dates.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from ..model import Document

_HEAD_LINES = 15
_TAIL_LINES = 5
# A stamp line longer than this is a sentence, not a stamp.
_MAX_STAMP_TAIL = 60

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|2\d)\d\d"
_DATE = re.compile(
    rf"(?<![\w/.-])(?:"
    rf"(?P<dmy>{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR})"
    rf"|(?P<mdy>{_MONTH}\s+{_DAY},?\s+{_YEAR})"
    rf"|(?P<ymd>{_YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}})"
    rf"|(?P<num>\d{{1,2}}[-/.]\d{{1,2}}[-/.]{_YEAR})"
    rf")(?:(?<=\d)(?=T\d\d:)|(?![\w/-]))",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_TIME = (r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?)"
         r"(?:\s*(?-i:[A-Z]{2,5})(?:[+-]\d{1,2}(?::?\d{2})?)?)?")
_SEP = r"[\s,|\u2022\u00b7/\-\u2013\u2014]*"
# "First published: ", "Updated at ", "Posted on ", "Last modified - "
_STAMP = re.compile(
    r"^(?:(?P<first>first|originally)\s+|last\s+)?"
    r"(?P<label>published|updated|posted|modified|dated|date|publication\s+date|released)\b"
    r"[\s:|\-\u2013\u2014]*(?:(?:on|at)\b\s*)?",
    re.IGNORECASE,
)
# What may stand before the date on a stamp or date line: a weekday and/or a time.
_LEAD = re.compile(rf"^(?:(?:{_WEEKDAY}|{_TIME}|at|on){_SEP})*$", re.IGNORECASE)
# What may follow the date on a date-only line: a time, a zone, punctuation.
_TRAIL = re.compile(
    rf"^(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?{_SEP}(?:(?:at\s+)?{_TIME})?[\s.]*$",
    re.IGNORECASE,
)
# "KYIV, June 2, 2025 (AP) —", "WASHINGTON, Ukraine, 2 June 2025 (Reuters) -"
_DATELINE = re.compile(
    r"^(?-i:[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+){0,3})"
    r"(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?,\s+(?P<rest>.*)$"
)
_AFTER_DATELINE = re.compile(r"^\s*(?:\([A-Za-z .]+\)\s*)?(?:--|\u2014|\u2013|-)")


def _date_line(line: str, in_head: bool) -> tuple[int, date] | None:
    """(rank, date) if `line` is a layout line stating a date; lower rank is better."""
    stamp = _STAMP.match(line)
    if stamp:
        rest = line[stamp.end():]
        m = _DATE.search(rest)
        if m and _LEAD.match(rest[:m.start()]) and len(rest) - m.end() <= _MAX_STAMP_TAIL:
            when = _parse_date(m)
            if when:
                label = stamp.group("label").lower()
                return (2 if label in ("updated", "modified") else 0), when
        return None
    if in_head:
        dl = _DATELINE.match(line)
        if dl:
            rest = dl.group("rest")
            m = _DATE.match(rest)
            if m and _AFTER_DATELINE.match(rest[m.end():]):
                when = _parse_date(m)
                if when:
                    return 0, when
    m = _DATE.search(line)
    if m and _LEAD.match(line[:m.start()]) and _TRAIL.match(line[m.end():]):
        when = _parse_date(m)
        if when:
            return 1, when
    return None


def _parse_date(m: re.Match[str]) -> date | None:
    """Parse a matched date with dateparser, strictly: day, month and year required."""
    text = m.group(0)
    order = None
    if m.group("ymd"):
        order = "YMD"
    elif m.group("num"):
        first, second = (int(x) for x in re.split(r"[-/.]", text)[:2])
        if first <= 12 and second <= 12 and first != second:
            return None  # 05/06/2025: May or June? Not guessed.
        order = "DMY" if first > 12 else "MDY"
    import dateparser

    settings: dict[str, Any] = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    if order:
        settings["DATE_ORDER"] = order
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def read_date_from_text(text: str) -> tuple[date, str] | None:
    """The publication date an article states about itself, with the line that says it.

    Used when metadata gives no date. Only layout lines count, never sentences that
    mention dates: a "Published: / Posted on / Updated at" stamp, an agency dateline
    ("KYIV, June 2, 2025 (AP) —") or a line that is only a date, within the first 15
    or the last 5 non-blank lines. The date needs a day, a month and a year; numeric
    dates count only when their order is unambiguous (2025-06-02, 25/06/2025). A
    "published" stamp is preferred to an "updated" one.
    """
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    head = lines[:_HEAD_LINES]
    tail = lines[max(_HEAD_LINES, len(lines) - _TAIL_LINES):]
    best: tuple[int, int, date, str] | None = None
    for position, (line, in_head) in enumerate([(ln, True) for ln in head] + [(ln, False) for ln in tail]):
        found = _date_line(line, in_head)
        if found is None:
            continue
        rank, when = found
        if best is None or (rank, position) < best[:2]:
            best = (rank, position, when, line)
    if best is None:
        return None
    return best[2], best[3]


def dates_read_from_text(docs: Sequence[Document]) -> list[tuple[str, str, str]]:
    """(document, date, the line it was read from) for dates read by --dates-from-text."""
    return [(d.id, d.published.isoformat(), d.published_evidence or "")
            for d in docs if d.published_origin == "text" and d.published]
