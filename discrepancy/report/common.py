"""What every human-readable report shares: counts, side grouping, date labels, safe text.

Article text reaches the terminal, a pull request and a CI log; a corpus can carry
control characters (an ANSI escape clears a screen, a bidi override reorders what a
reviewer reads). `one_line` maps them to visible stand-ins one character for one,
so evidence offsets (`Evidence.start:end`) still point at the same value.
"""
from __future__ import annotations

import math
import os
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_FLOOR, Decimal
from typing import TypeVar

from ..identity import normalize_value
from ..model import SEVERITY_RANK, Evidence, Finding, InputIssue, Report, TimelineEntry, readable

T = TypeVar("T")

# A finding with more sides than this shows the first ones and "... and N more".
MAX_SIDES = 6
# How a conflicting value is marked in its sentence where no colour can (markdown, plain text).
MARK_LEFT, MARK_RIGHT = "\u27e6", "\u27e7"
# Longer sentences are shown as an excerpt around the conflicting value.
MAX_SENTENCE_CHARS = 600
SEVERITIES = ("error", "warning", "note")
VERDICT_LABEL = {
    "contradiction": "contradiction",
    "changed_over_time": "changed over time",
    "unclear_time": "unclear time",
}
UNCLEAR_TIME_HINT = ("To settle it, give each article a published date "
                     "(front matter or JSONL field), or run with --dates-from-text.")
MAX_UNDATED_NAMED = 5

# Characters that break a one-line layout or act on the terminal / reader.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_BREAKS = frozenset("\n\r\t\v\f\x85\u2028\u2029")


def _visible(ch: str) -> str:
    if ch in _LINE_BREAKS:
        return " "
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # control pictures: ESC shows as U+241B
    if code == 0x7F:
        return "\u2421"
    if ch in _BIDI_CONTROLS or unicodedata.category(ch) == "Cc":
        return "\ufffd"
    return ch


def one_line(text: str) -> str:
    """`text` on one line with no active control characters; same length, same offsets."""
    if text.isprintable():
        return text
    return "".join(_visible(ch) for ch in text)


def squash(text: str) -> str:
    """`one_line`, with runs of spaces collapsed: for text that carries no offsets."""
    return " ".join(one_line(text).split())


# Where a date was read, as shown next to it; a date from the corpus's own field is shown plain.
DATE_ORIGINS = {"text": "from text", "page": "from page metadata", "warc": "from WARC record", "feed": "from feed"}


def date_label(published: date | None, origin: str | None) -> str:
    """"2025-06-02", "2025-06-02 (from text)", "2025-06-02 (from page metadata)"... or "date unknown"."""
    if published is None:
        return "date unknown"
    if origin in DATE_ORIGINS:
        return f"{published.isoformat()} ({DATE_ORIGINS[origin]})"
    return published.isoformat()


def evidence_date(e: Evidence) -> str:
    return date_label(e.published, e.published_origin)


def span_label(entry: TimelineEntry) -> str:
    """When a timeline value was seen: one date, a range, or "date unknown"."""
    first, last = entry.first_seen, entry.last_seen
    if first is None and last is None:
        return "date unknown"
    if first is None or last is None or first == last:
        return (first or last).isoformat()  # type: ignore[union-attr]
    return f"{first.isoformat()} to {last.isoformat()}"


def where(path: str, line: int | None) -> str:
    return f"{path}:{line}" if line is not None else path


# Files whose documents are records or entries inside them ("crawl.warc.gz@1234", "news.xml@guid").
_CONTAINERS = (".warc", ".warc.gz", ".xml", ".rss", ".atom")
_PAGES = (".html", ".htm")


def file_location(path: str, line: int | None) -> tuple[str, int | None]:
    """Where a code-scanning tool can point: the repository file, and a line only where it is one.

    A WARC record or feed entry is located inside its archive or feed ("news.xml@entry-1" is no
    file), and the lines of those and of a saved page count the extracted article text, not the
    file's markup: an annotation on them would land on `<html lang="en">`.
    """
    container, at, _entry = path.partition("@")
    if at and container.lower().endswith(_CONTAINERS):
        return container, None
    if path.lower().endswith(_PAGES):
        return path, None
    return path, line


def value_span(e: Evidence) -> tuple[int, int]:
    """`(start, end)` of the value in the sentence, clamped to it."""
    start = min(max(e.start, 0), len(e.sentence))
    return start, min(max(e.end, start), len(e.sentence))


def excerpt(e: Evidence, limit: int = MAX_SENTENCE_CHARS) -> tuple[str, int, int]:
    """The sentence on one line and the value's span in it; a very long one is cut around the value.

    A "sentence" can be a whole unpunctuated article; a reviewer needs the words around
    the value, and a pull-request comment has a size limit.
    """
    text = one_line(e.sentence)
    start, end = value_span(e)
    if len(text) <= limit:
        return text, start, end
    room = max(0, limit - (end - start))
    left = max(0, start - room // 2)
    right = min(len(text), end + room - (start - left))
    left = max(0, min(left, right - limit))
    prefix = "\u2026" if left > 0 else ""
    suffix = "\u2026" if right < len(text) else ""
    shift = len(prefix) - left
    return prefix + text[left:right] + suffix, start + shift, end + shift


def marked_sentence(e: Evidence, left: str, right: str) -> str:
    """The sentence (see `excerpt`) with the conflicting value between `left` and `right`."""
    text, start, end = excerpt(e)
    return text[:start] + left + text[start:end] + right + text[end:]


def resolved_note(e: Evidence) -> str | None:
    """What the value was read as, when that says more than the value itself."""
    if e.resolved and normalize_value(e.resolved) != normalize_value(e.value):
        return readable(e.resolved)
    return None


@dataclass(frozen=True)
class Side:
    """One piece of evidence and the value group it belongs to (0 = the first value)."""

    evidence: Evidence
    group: int


def sides(finding: Finding) -> list[Side]:
    """The finding's evidence, grouped by value: timeline order for titles, the camps of values
    that agree for figures and dates (as the message gives them), else first seen; each group's
    sides by publication date.

    Grouping decides which sides a diff marks `-` (group 0) and which `+`: for a title
    that changed over time the oldest value comes first, as in a diff.
    """
    group_of_doc: dict[str, int] = {}
    for index, entry in enumerate(finding.timeline):
        for doc in entry.docs:
            group_of_doc.setdefault(doc, index)
    keys: dict[str, int] = {}
    out = []
    for e in finding.claims:
        if e.doc in group_of_doc:
            group = group_of_doc[e.doc]
        elif e.camp is not None:  # values that agree stand on one side ("More than 40" with "42")
            group = e.camp
        else:
            key = normalize_value(e.resolved or e.value)
            group = keys.setdefault(key, len(finding.timeline) + len(keys))
        out.append(Side(e, group))
    ranks = {g: i for i, g in enumerate(sorted({s.group for s in out}))}
    ordered = [Side(s.evidence, ranks[s.group]) for s in out]
    # inside a group by publication date (undated last), so a reader follows a story as it was told;
    # stable: claim order among sides of one day
    return sorted(ordered, key=lambda s: (s.group, s.evidence.published is None,
                                          s.evidence.published or date.min))


def capped_sides(items: Sequence[Side], limit: int = MAX_SIDES) -> tuple[list[Side], int]:
    """The sides to show and how many are left out: the first of every group of values before
    any second one, so a reader always sees both sides of a disagreement ("Major General" was once hidden
    under "... and 7 more" behind six sentences that all said "Lt. Gen.")."""
    if len(items) <= limit:
        return list(items), 0
    firsts: dict[int, int] = {}
    for i, side in enumerate(items):
        firsts.setdefault(side.group, i)
    chosen = set(sorted(firsts.values())[:limit])
    for i in range(len(items)):
        if len(chosen) >= limit:
            break
        chosen.add(i)
    return [items[i] for i in sorted(chosen)], len(items) - len(chosen)


def capped(items: Sequence[T], limit: int = MAX_SIDES) -> tuple[list[T], int]:
    """The first `limit` items to show and how many are left out."""
    if len(items) <= limit:
        return list(items), 0
    return list(items[:limit]), len(items) - limit


def corpus_line(report: Report, limit: int = 8) -> str | None:
    """ "5 outlets (AP, DailyMail, HuffPost, NBC, RT), published 2022-07-22 to 2022-08-29": what
    was read, where the corpus names its outlets (a folder of text files does not); else None."""
    doc_ids = {d for e in report.events for d in e.docs}
    if not report.sources or set(report.sources) <= doc_ids:
        return None
    line = f"{plural(len(report.sources), 'outlet')} ({listed(report.sources, limit)})"
    if report.date_span:
        first, last = report.date_span
        line += f", published {first.isoformat()}" + (f" to {last.isoformat()}" if last != first else "")
    return line


def timeline_who(entry: TimelineEntry, limit: int, doc: Callable[[str], str] = squash,
                 text: Callable[[str], str] = squash) -> str:
    """Who gave a timeline's value: its outlets, and how many articles when they are more ("AP,
    NBC; 5 articles"), where outlets are named; else the documents (a folder of text files names
    its articles only, by file). `doc` writes a document's id and `text` an outlet (markdown: a
    code span, escaped)."""
    if not entry.sources or set(entry.sources) <= set(entry.docs):
        return listed(entry.docs, limit, each=doc)
    more = f"; {len(entry.docs)} articles" if len(entry.docs) > len(entry.sources) else ""
    return listed(entry.sources, limit, each=text) + more


def listed(items: Sequence[str], limit: int, each: Callable[[str], str] = squash) -> str:
    """Items joined by commas (each through `each`), at most `limit`, then "+N more"."""
    shown = [each(item) for item in items[:limit]]
    if len(items) > limit:
        shown.append(f"+{len(items) - limit} more")
    return ", ".join(shown)


def confidence_text(confidence: float, bar: object = None) -> str:
    """Rounded down, to two decimals or as many as the --min-confidence bar has: a reader who sets
    the bar to the number shown must keep the finding (0.987 shown as "0.99" was hidden by a bar of
    0.99), and a finding at 0.745 that passed a bar of 0.745 must not read "0.74"."""
    places = 2
    if isinstance(bar, (int, float)) and not isinstance(bar, bool) and math.isfinite(bar):
        exponent = Decimal(repr(float(bar))).as_tuple().exponent
        if isinstance(exponent, int):
            places = min(6, max(places, -exponent))
    shown = Decimal(repr(float(confidence))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_FLOOR)
    return f"{shown:.{places}f}"


# What a finding's confidence is the probability of, said beside it: "0.99" beside "contradiction"
# reads as "99% sure this is an error" to a reader who has not read the README.
_CONFIDENCE_OF = {
    "number": "that both state one fact",
    "date": "that both state one fact",
    "person": "that one person cannot hold both",
    "office": "that the office changed hands",
}


def confidence_of(f: Finding) -> str:
    """What `f`'s confidence is the probability of, in a few words ("that both state one fact")."""
    key = ("office" if f.topic == "office" else "person") if f.kind == "title" else f.kind
    return _CONFIDENCE_OF.get(key, "that the finding is right")


def confidence_label(f: Finding, bar: object = None) -> str:
    """"confidence 0.99 that both state one fact"; "" for a finding without a known confidence."""
    if f.confidence is None or f.confidence != f.confidence:  # NaN is "unknown"
        return ""
    return f"confidence {confidence_text(f.confidence, bar)} {confidence_of(f)}"


def why_line(f: Finding) -> str:
    """The evidence behind a finding's confidence on one line: "+" speaks for one fact, "−" against."""
    return "; ".join(("+ " if w > 0 else "− " if w < 0 else "") + squash(text) for text, w in f.why)


def severity_counts(report: Report) -> dict[str, int]:
    counts = {s: 0 for s in SEVERITIES}
    for f in report.findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    return counts


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def unclear_time_hint(f: Finding, path: Callable[[str], str] = squash, text: Callable[[str], str] = lambda t: t) -> str:
    """The hint under an unclear-time finding, naming the articles that have no date: with a
    dozen articles in a finding, "give each article a date" does not say which one to fix.
    `path` writes a file's path and `text` the words around it (markdown: a code span, escaped)."""
    undated: list[str] = []
    for c in f.claims:
        # an outlet by name, with its file; a file alone when the outlet is only its name
        name = path(c.path) if c.path.endswith(c.source) else f"{text(squash(c.source))} ({path(c.path)})"
        if c.published is None and name not in undated:
            undated.append(name)
    if not undated:
        return text(UNCLEAR_TIME_HINT)
    return f"{text(UNCLEAR_TIME_HINT)} {text('Undated:')} {listed(undated, MAX_UNDATED_NAMED, each=lambda n: n)}."


def hidden_counts(report: Report) -> dict[str, int]:
    """What the report does not show, by reason: every format says so, so a report with fewer
    findings than the corpus holds never reads as a clean corpus."""
    counts = {key: int(report.stats.get(key) or 0)
              for key in ("baseline_known", "baseline_renamed", "baseline_repeated", "baseline_fewer_articles",
                          "below_min_confidence")}
    return {key: n for key, n in counts.items() if n}


def hidden_note(report: Report) -> str | None:
    """One sentence on the findings not shown ("2 known findings hidden by the baseline ...")."""
    counts = hidden_counts(report)
    parts = []
    if counts.get("baseline_known"):
        said = {"baseline_renamed": "renamed since it was written",
                "baseline_repeated": "joined by articles that only repeat an accepted value",
                "baseline_fewer_articles": "left by an article that is gone"}
        matched = [f"{n} {said[key]}" for key, n in counts.items() if key in said]
        refresh = f" ({', '.join(matched)}: refresh it with `discrepancy baseline`)" if matched else ""
        parts.append(f"{plural(counts['baseline_known'], 'known finding')} hidden by the baseline{refresh}")
    if counts.get("below_min_confidence"):
        parts.append(f"{plural(counts['below_min_confidence'], 'finding')} under {bar_text(report)} not shown")
    return "; ".join(parts) or None


def confidence_bar(report: Report) -> float | None:
    """The --min-confidence findings were shown at, or None for each kind's fitted cut."""
    bar = report.stats.get("min_confidence")
    return bar if isinstance(bar, (int, float)) else None


def bar_from_baseline(report: Report) -> bool:
    """Did a check given no bar of its own take the one its baseline was written at?"""
    return report.stats.get("min_confidence_from") == "baseline"


def bar_text(report: Report) -> str:
    """The confidence bar as the user set it: "--min-confidence 0.3", or "the baseline's
    --min-confidence 0.3" where a check given no bar took the one its baseline was written at."""
    bar = confidence_bar(report)
    if bar is None:
        return "the confidence bar"
    whose = "the baseline's " if bar_from_baseline(report) else ""
    return f"{whose}--min-confidence {bar:g}"


def lowered_note(report: Report) -> str | None:
    """What a bar under the fitted cuts lets in, so a finding at 0.13 is not read as one at 0.99."""
    cuts = report.stats.get("bar_lowered")
    if not cuts:
        return None
    return (f"{bar_text(report)} is under the fitted cuts ({cuts}): findings the default run leaves out are shown; "
            "each one's confidence says how far under")


def as_sentence(note: str | None) -> str | None:
    """A note as a sentence of its own: capitalised, with a full stop."""
    return note[:1].upper() + note[1:] + "." if note else None


def hidden_sentence(report: Report) -> str | None:
    """`hidden_note` as a sentence of its own ("2 known findings hidden by the baseline.")."""
    return as_sentence(hidden_note(report))


def nothing_found(report: Report) -> str:
    """What a report without findings says: "found" only when nothing was hidden either."""
    counts = hidden_counts(report)
    if counts.get("below_min_confidence"):
        # a raised bar is the user's choice, but a finding under it is not "no disagreement"
        return f"No new disagreements at {bar_text(report)} or above; under it, {plural(counts['below_min_confidence'], 'finding')}."
    if counts:
        return "No new disagreements: every finding is hidden (above)."
    unread = report.stats.get("not_compared")
    if unread:
        return f"No disagreements found, but figures and dates were not compared: {unread}."
    return "No disagreements found."


def severity_summary(report: Report) -> str:
    """"3 findings: 1 error, 1 warning, 1 note"."""
    counts = severity_counts(report)
    parts = ", ".join(plural(counts[s], s) for s in SEVERITIES)
    return f"{plural(len(report.findings), 'finding')}: {parts}"


def event_docs(report: Report) -> dict[str, tuple[str, ...]]:
    return {e.id: e.docs for e in report.events}


# A story's articles are named when there are at most this many and each id is short (a file
# name); else counted: three 40-character ids fill three lines of a terminal and tell a reader nothing.
MAX_STORY_DOCS = 4
MAX_NAMED_ID = 32


def story_articles(docs: Sequence[str], write: Callable[[str], str] = squash) -> str:
    """" (a.txt, b.txt)" or " (29 documents)": what a finding's event line says of its articles."""
    if not docs:
        return ""
    if len(docs) <= MAX_STORY_DOCS and all(len(d) <= MAX_NAMED_ID for d in docs):
        return " (" + ", ".join(write(d) for d in docs) + ")"
    return f" ({plural(len(docs), 'document')})"


def event_roundups(report: Report) -> dict[str, frozenset[str]]:
    """Each event's articles of other groups compared with it (`Event.also`: roundups)."""
    return {e.id: frozenset(e.also) for e in report.events if e.also}


def from_other_events(f: Finding, docs: tuple[str, ...], roundups: frozenset[str],
                      doc: Callable[[str], str] = squash) -> str:
    """", with a1, b2 (2 roundups of other stories too)": the finding's articles outside its
    event's `docs` that the event lists as roundups of several stories, compared with it because
    they are tied to nearly all of its articles; "" when there are none. `doc` writes an id."""
    inside = set(docs)
    others = sorted({c.doc for c in f.claims if c.doc not in inside and c.doc in roundups})
    if not others:
        return ""
    return f", with {', '.join(doc(d) for d in others)} ({plural(len(others), 'roundup')} of other stories too)"


def event_labels(report: Report) -> dict[str, str]:
    """What a reader calls each story: its main people or places and its date span."""
    return {e.id: e.label for e in report.events if e.label}


def skipped_inputs(report: Report) -> list[InputIssue]:
    return [i for i in report.skipped if i.action == "skipped"]


def repaired_inputs(report: Report) -> list[InputIssue]:
    return [i for i in report.skipped if i.action == "read"]


def is_severe(finding: Finding, at_least: str) -> bool:
    return SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[at_least]


def relative_within(path: str, folder: str) -> str | None:
    """`path` relative to `folder`, "/"-separated, or None where it lies outside. A folder reached
    through a symbolic link (a CI runner's workspace, or `os.getcwd()`, which names the real one) is
    compared as written first, then as the real folders both lead to. Raises ValueError for
    another drive on Windows."""
    for file, base in ((os.path.abspath(path), os.path.abspath(folder)), (os.path.realpath(path), os.path.realpath(folder))):
        relative = os.path.relpath(file, base)
        if relative != ".." and not relative.startswith(".." + os.sep):
            return relative.replace(os.sep, "/")
    return None


def baseline_written_at(report: Report) -> float | None:
    """The lower bar the check's baseline was written at, when this check's bar is above it: an
    entry not found may then only be under this check's bar (`api.check` records it)."""
    written_at = report.stats.get("baseline_bar_above")
    return written_at if isinstance(written_at, (int, float)) else None


def drop_advice(report: Report) -> str:
    """What to do about baseline entries no longer found: drop them, unless this check searched
    above the bar the baseline was written at, where an entry may only be under this check's bar."""
    written_at = baseline_written_at(report)
    if written_at is not None:
        return (f"The baseline was written at --min-confidence {written_at:g}, under this check's bar: an entry "
                f"may only be under the bar. Check with --min-confidence {written_at:g} before dropping any.")
    return "Run `discrepancy baseline` again to drop them."
