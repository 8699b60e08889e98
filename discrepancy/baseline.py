"""Baselines: findings a team has reviewed and accepted, so CI fails only on new ones.

A finding is matched by `identity.identify` (kind, subject, values, documents), never by
line numbers or order, so editing an article elsewhere or re-ordering the corpus does not
bring a reviewed finding back; a finding only renamed by a newer version still matches when
its kind, values and documents are unambiguous, and so does one that new articles only repeat
(its values and verdict kept, its documents grown). Entries that no longer occur are
reported, so a baseline does not silently accumulate stale acceptances.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, field, replace
from pathlib import Path

from .fileio import atomic_write_text, json_problem
from .identity import SCHEMA, baseline_entry, identify, normalize_value, statement_keys, unnamed_key  # noqa: F401 (re-exported)
from .model import Finding, Report


class BaselineError(Exception):
    """A baseline file that cannot be read or is not a baseline: a usage error (exit 2)."""


@dataclass(frozen=True)
class Baseline:
    """The accepted findings of a baseline file, by identity."""

    path: str
    entries: tuple[dict, ...]
    # the --min-confidence the file was written at: findings under the fitted cuts it accepted are
    # built again only at that bar, so a check given no bar of its own uses it (`api.check`)
    min_confidence: float | None = None
    ids: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "ids", frozenset(e["id"] for e in self.entries))


def baseline_entries(findings: Iterable[Finding]) -> list[dict]:
    """One entry per distinct identity, sorted by id: the same findings always give the same file."""
    entries: dict[str, dict] = {}
    for f in findings:
        entry = baseline_entry(f)
        entries.setdefault(entry["id"], entry)
    return [entries[k] for k in sorted(entries)]


def write_baseline(report: Report, path: str | Path) -> int:
    """Record every finding of `report` in `path` (atomically); returns how many were recorded.

    A report checked against a baseline keeps that baseline's entries that still occur: written
    back, they stay accepted (it would otherwise hold only the new findings).
    """
    entries = baseline_entries(report.findings)
    known = {e["id"] for e in entries}
    kept = {e["id"]: e for e in reversed(report.baseline_kept) if e["id"] not in known}  # an id once, its first entry
    entries = sorted(entries + list(kept.values()), key=lambda e: e["id"])
    document: dict[str, object] = {"schema": SCHEMA, "findings": entries}
    bar = report.stats.get("min_confidence")
    if isinstance(bar, (int, float)) and not isinstance(bar, bool):
        document["min_confidence"] = bar
    atomic_write_text(path, json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    return len(entries)


def load_baseline(path: str | Path) -> Baseline:
    """Read a baseline file; `BaselineError` says what is wrong with it."""
    shown = str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise BaselineError(f"{shown}: baseline file not found (create it with `discrepancy baseline`)") from None
    except IsADirectoryError:
        raise BaselineError(f"{shown}: is a folder, not a baseline file") from None
    except OSError as exc:
        raise BaselineError(f"{shown}: cannot read the baseline: {exc.strerror or exc}") from None
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BaselineError(f"{shown}: not a baseline (not UTF-8 text)") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{shown}: not a baseline (invalid JSON: {json_problem(exc)} at line {exc.lineno}, "
                            f"column {exc.colno})") from None
    except RecursionError:
        raise BaselineError(f"{shown}: not a baseline (JSON nested too deeply)") from None
    if not isinstance(document, dict) or document.get("schema") != SCHEMA:
        found = document.get("schema") if isinstance(document, dict) else None
        what = f"schema {found!r}" if found is not None else "no schema"
        raise BaselineError(f"{shown}: not a baseline ({what}; expected {SCHEMA!r})")
    bar = document.get("min_confidence")
    if bar is not None and (isinstance(bar, bool) or not isinstance(bar, (int, float)) or not 0 <= bar <= 1):
        raise BaselineError(f'{shown}: invalid baseline: "min_confidence" must be a number from 0 to 1, not {bar!r}')
    findings = document.get("findings")
    if not isinstance(findings, list):
        raise BaselineError(f'{shown}: invalid baseline: "findings" must be a list')
    for number, entry in enumerate(findings, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not entry["id"]:
            raise BaselineError(f'{shown}: invalid baseline: finding {number} has no "id" string')
        problem = _entry_problem(entry)
        if problem:
            raise BaselineError(f"{shown}: invalid baseline: finding {number} ({entry['id']}): {problem}")
    return Baseline(shown, tuple(findings), float(bar) if bar is not None else None)


# What matching reads besides the id: an entry of only an id would hide its finding unseen, and a
# hand-made one with a typo would never be told apart from one that is merely no longer found.
_REQUIRED_FIELDS = ("kind", "values", "docs")
_VERDICTS = ("changed_over_time", "contradiction", "unclear_time")
_TEXT_FIELDS = ("kind", "subject", "verdict")
_TEXT_LIST_FIELDS = ("values", "docs")


def _entry_problem(entry: dict) -> str | None:
    """What makes an entry unusable for matching, if anything: matching compares these fields as
    text, so a number where text belongs would otherwise fail only after the whole analysis."""
    for name in _TEXT_FIELDS:
        if name in entry and not isinstance(entry[name], str):
            return f'"{name}" must be a string'
    for name in _TEXT_LIST_FIELDS:
        value = entry.get(name)
        if name in entry and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            return f'"{name}" must be a list of strings'
    for name in _REQUIRED_FIELDS:
        if name not in entry:
            return f'"{name}" is missing (an entry holds what `discrepancy baseline` writes: {", ".join(_REQUIRED_FIELDS)})'
    from .kinds import infos

    kinds = sorted(info.kind for info in infos())
    if entry["kind"] not in kinds:
        return f'"kind" must be one of {", ".join(kinds)}, not {entry["kind"]!r}'
    if "verdict" in entry and entry["verdict"] not in _VERDICTS:
        return f'"verdict" must be one of {", ".join(_VERDICTS)}, not {entry["verdict"]!r}'
    for name in ("values", "docs"):
        if not entry[name]:
            return f'"{name}" is empty (an accepted finding has its values and documents)'
    return None


def apply_baseline(report: Report, baseline: Baseline) -> Report:
    """`report` without the findings `baseline` accepted; `baseline_missing` lists entries that no longer occur.

    A finding whose subject was renamed by a newer version ("in security assistance" became
    "security assistance") keeps its kind, values and documents: it still matches its entry when
    exactly one finding and one unmatched entry share those, so an upgrade does not fail CI on
    findings a team already reviewed. Where two share them, only the exact identity counts.
    """
    # a finding hidden by a raised --min-confidence still occurs: its entry is not "no longer found"
    current = {identify(f) for f in report.findings} | {identify(f) for f in report.below_bar}
    verdicts = {e["id"]: e.get("verdict") for e in baseline.entries}
    # an accepted finding whose verdict changed ("unclear time" settled as a contradiction by new
    # dates) keeps its identity, but it is news: it is reported, and its entry still occurs
    changed = [f for f in report.findings if verdicts.get(identify(f)) not in (None, f.verdict)]
    unmatched_findings = [f for f in report.findings if identify(f) not in baseline.ids]
    unmatched_entries = [e for e in baseline.entries if e["id"] not in current
                         and isinstance(e.get("values"), list) and isinstance(e.get("docs"), list)]
    by_key_findings: dict[tuple, list[Finding]] = {}
    for f in unmatched_findings:
        by_key_findings.setdefault(unnamed_key(f.kind, f.values, (c.doc for c in f.claims)), []).append(f)
    by_key_entries: dict[tuple, list[dict]] = {}
    for e in unmatched_entries:
        by_key_entries.setdefault(unnamed_key(str(e.get("kind", "")), e["values"], e["docs"]), []).append(e)
    renamed: set[int] = set()
    renamed_entries: set[str] = set()
    for key, found in by_key_findings.items():
        entries = by_key_entries.get(key, [])
        if len(found) == 1 and len(entries) == 1:
            renamed.add(id(found[0]))
            renamed_entries.add(entries[0]["id"])
    _match_moved_articles(report, unmatched_findings, unmatched_entries, renamed, renamed_entries)
    kept = [f for f in unmatched_findings if id(f) not in renamed]
    open_entries = [e for e in unmatched_entries if e["id"] not in renamed_entries]
    grown: list[Finding] = []
    shrunk: list[Finding] = []
    for f in kept:
        joined = [e for e in open_entries if repeats_only(f, e)]
        left = [e for e in open_entries if shrinks_only(f, e)]
        if joined or left:
            (grown if joined else shrunk).append(f)
            renamed_entries.update(e["id"] for e in joined + left)
    kept = [f for f in kept if not any(f is g for g in grown + shrunk)]
    present = {d for e in report.events for d in e.docs}
    extended: dict[int, Finding] = {}
    for f in kept:
        bigger = [e for e in open_entries if e["id"] not in renamed_entries and extends(f, e, present)]
        if bigger:
            # reported (a value nobody reviewed), but the accepted entry still occurs inside it
            extended[id(f)] = with_new_part(f, bigger)
            renamed_entries.update(e["id"] for e in bigger)
    kept = [extended.get(id(f), f) for f in kept]
    for f in report.below_bar:  # renamed or joined, and under the bar: still there, not "no longer found"
        key = unnamed_key(f.kind, f.values, (c.doc for c in f.claims))
        renamed_entries.update(e["id"] for e in open_entries
                               if unnamed_key(str(e.get("kind", "")), e["values"], e["docs"]) == key
                               or repeats_only(f, e) or shrinks_only(f, e) or extends(f, e, present)
                               or (e.get("kind") == f.kind and _moved_only(f, e, present)))
    order = {id(f): i for i, f in enumerate(report.findings)}
    order.update({id(g): order[k] for k, g in extended.items()})
    kept = sorted([*kept, *changed], key=lambda f: order[id(f)])
    missing = sorted((e for e in baseline.entries if e["id"] not in current and e["id"] not in renamed_entries),
                     key=lambda e: e["id"])
    gone = {e["id"] for e in missing}
    still = [e for e in baseline.entries if e["id"] not in gone]
    stats = dict(report.stats, baseline_known=len(report.findings) - len(kept))
    if renamed:
        stats["baseline_renamed"] = len(renamed)
    if grown:
        stats["baseline_repeated"] = len(grown)
    if shrunk:
        stats["baseline_fewer_articles"] = len(shrunk)
    return replace(report, findings=kept, baseline_missing=missing, stats=stats, baseline_kept=still)


def _moved_only(finding: Finding, entry: dict, present: Set[str]) -> bool:
    """True when every accepted article `finding` lacks has left the corpus and every sentence the
    entry quoted is still quoted by the finding: the articles moved (`git mv`, `corpus/*.txt` for
    `corpus/`), their text did not. Another story stating the same values in other sentences is
    news. An entry written before baselines recorded sentences never matches this way."""
    quoted = entry.get("sentences")
    if not isinstance(quoted, list) or not quoted:
        return False
    docs = {c.doc for c in finding.claims}
    lacking = [d for d in entry["docs"] if d not in docs]
    return (bool(lacking) and all(d not in present for d in lacking)
            and set(quoted) <= set(statement_keys(finding)))


def _match_moved_articles(report: Report, findings: list[Finding], entries: list[dict], renamed: set[int],
                          renamed_entries: set[str]) -> None:
    """Match a finding to an entry of the same kind, subject and values whose articles only moved
    (`_moved_only`): a `git mv` of an article renames its id, and so every finding's, but the
    reviewed disagreement is the same. Only where exactly one finding and one entry share kind,
    subject and values, as for a renamed subject."""
    present = {d for e in report.events for d in e.docs}
    if not present:
        return

    def key(kind: object, subject: object, values: Sequence[str]) -> tuple:
        return str(kind), normalize_value(str(subject or "")), tuple(sorted({normalize_value(v) for v in values}))

    by_key_findings: dict[tuple, list[Finding]] = {}
    for f in findings:
        if id(f) not in renamed:
            by_key_findings.setdefault(key(f.kind, f.subject, f.values), []).append(f)
    by_key_entries: dict[tuple, list[dict]] = {}
    for e in entries:
        if e["id"] not in renamed_entries:
            by_key_entries.setdefault(key(e.get("kind"), e.get("subject"), e["values"]), []).append(e)
    for k, found in by_key_findings.items():
        candidates = by_key_entries.get(k, [])
        if len(found) != 1 or len(candidates) != 1:
            continue
        f, e = found[0], candidates[0]
        if e.get("verdict", f.verdict) != f.verdict:
            continue
        if _moved_only(f, e, present):  # none lacking: joined or grown, below
            renamed.add(id(f))
            renamed_entries.add(e["id"])


def extends(finding: Finding, entry: dict, present: Set[str] = frozenset()) -> bool:
    """True when `finding` holds everything an accepted entry held (its values and articles) and
    more values besides: a new article brought a value nobody reviewed ("25" against the accepted
    "40" and "12"). It is news, so it is reported; the entry is not "no longer found"."""
    if finding.kind != entry.get("kind") or entry.get("verdict", finding.verdict) != finding.verdict:
        return False
    if not (set(entry["docs"]) <= {c.doc for c in finding.claims} or _moved_only(finding, entry, present)):
        return False
    accepted = {normalize_value(v) for v in entry["values"] if isinstance(v, str)}
    return accepted < {normalize_value(v) for v in finding.values}


def with_new_part(finding: Finding, entries: list[dict]) -> Finding:
    """`finding` with its message saying which accepted entry it extends and what is new in it."""
    accepted = {normalize_value(v) for e in entries for v in e["values"] if isinstance(v, str)}
    new = list(dict.fromkeys(f"{c.source}: {c.value}" for c in finding.claims
                             if normalize_value(c.value) not in accepted))
    ids = ", ".join(e["id"] for e in entries)
    return replace(finding, message=f"{finding.message} (extends accepted {ids}; new: {'; '.join(new)})")


def shrinks_only(finding: Finding, entry: dict) -> bool:
    """True when `finding` is an accepted entry that lost articles (one deleted from the corpus) and
    nothing else: the same kind and verdict, fewer of the entry's documents, and only values the
    reviewers saw. Deleting an article that agreed with one side must not bring the disagreement
    back as new, as adding one that agrees does not."""
    if finding.kind != entry.get("kind") or entry.get("verdict", finding.verdict) != finding.verdict:
        return False
    if not {c.doc for c in finding.claims} < set(entry["docs"]):
        return False
    accepted = {normalize_value(v) for v in entry["values"] if isinstance(v, str)}
    return {normalize_value(v) for v in finding.values} <= accepted


def repeats_only(finding: Finding, entry: dict) -> bool:
    """True when `finding` is an accepted entry that more articles have joined, each only repeating
    a value the entry already holds ("14" again, or "fourteen" read as 14): CI must pass a
    follow-up that agrees, though the documents, so the id, and perhaps the subject changed.
    A changed verdict ("changed over time" become "contradiction") is news, not a repeat."""
    if finding.kind != entry.get("kind") or entry.get("verdict", finding.verdict) != finding.verdict:
        return False
    docs = {c.doc for c in finding.claims}
    if not set(entry["docs"]) < docs:
        return False
    accepted = {normalize_value(v) for v in entry["values"] if isinstance(v, str)}
    values = {normalize_value(v) for v in finding.values}
    if not accepted <= values:
        return False  # a value the reviewers saw is gone: not the finding they accepted
    read_as = {c.resolved for c in finding.claims if normalize_value(c.value) in accepted and c.resolved}
    for extra in values - accepted:  # another wording of an accepted value, or a value of its own
        said = [c for c in finding.claims if normalize_value(c.value) == extra]
        if not said or not all(c.resolved and c.resolved in read_as for c in said):
            return False
    return True
