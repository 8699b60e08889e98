"""Run the whole tool on each corpus of a folder of small corpora, one JSONL file per story.

    .venv/bin/python scripts/qa_corpora.py FOLDER [FOLDER ...] [--all] [--score]

prints, per file, its findings with their confidence (with `--all`, also those under the cut, from
0.15 up). Used to measure the blind realistic sets in `scripts/training/readings/qa_realistic_*`
before anyone reads them: each set's `measured_blind.txt` is this script's output at the commit its
REPORT names.

With `--score`, the folder's answer key `PLANTED.jsonl` (one planted contradiction per corpus file
it names: the planted sentence and value, and the other outlets' sentences and values) is read, and
the script prints which planted contradictions are reported, the best confidence of those that are
not, and how many findings stand in clean corpora (files the key does not name) and beside the
planted one: a first count for comparing two builds, before anyone reads the findings.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from discrepancy.corpus import load_corpus  # noqa: E402
from discrepancy.model import Evidence, Finding  # noqa: E402
from discrepancy.options import Options  # noqa: E402
from discrepancy.pipeline import check_corpus  # noqa: E402
from discrepancy.textnorm import fold_lower  # noqa: E402

# Under this a finding says little even to someone looking below the cut
FLOOR = 0.15


def _norm(text: str) -> str:
    return " ".join(fold_lower(text).split())


def _states(side: Evidence, stated: dict) -> bool:
    """Does a finding's side stand for a value the key names (its article, sentence and words)?"""
    if side.doc != stated["id"]:
        return False
    a, b = _norm(side.value), _norm(stated["value"])
    s, t = _norm(side.sentence), _norm(stated["sentence"])
    return bool(a and b) and (a in b or b in a) and (s in t or t in s or s[:60] == t[:60])


def matches_planted(finding: Finding, planted: dict) -> bool:
    """A finding reports the planted contradiction when one side is the planted value and another
    a counterpart's, in two different camps where a finding has camps."""
    mine = [c for c in finding.claims if _states(c, planted["planted"])]
    theirs = [c for c in finding.claims if any(_states(c, other) for other in planted["counterparts"])]
    return any(m.camp is None or o.camp is None or m.camp != o.camp for m in mine for o in theirs)


class Tally:
    """What the answer keys count over one set or several."""

    def __init__(self) -> None:
        self.found: Counter[str] = Counter()
        self.planted: Counter[str] = Counter()
        self.clean = self.clean_with_findings = self.beside = 0

    def add(self, other: Tally) -> None:
        self.found.update(other.found)
        self.planted.update(other.planted)
        self.clean += other.clean
        self.clean_with_findings += other.clean_with_findings
        self.beside += other.beside

    def line(self) -> str:
        kinds = ", ".join(f"{k} {self.found[k]}/{n}" for k, n in sorted(self.planted.items()))
        return (f"planted found {sum(self.found.values())} of {sum(self.planted.values())} ({kinds}); "
                f"clean corpora with a finding {self.clean_with_findings} of {self.clean}; "
                f"findings beside the planted one {self.beside}")


def answer_key(path: Path) -> list[dict]:
    """The rows of an answer key (`PLANTED.jsonl`): one planted contradiction per corpus file it names."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(folder: Path) -> Tally | None:
    """Each corpus of `folder` against its answer key, one line each, then the set's tally."""
    key_path = folder / "PLANTED.jsonl"
    if not key_path.is_file():
        print(f"{key_path}: no answer key", file=sys.stderr)
        return None
    key = {row["file"]: row for row in answer_key(key_path)}
    tally = Tally()
    for path in sorted(folder.glob("*.jsonl")):
        if path.name == key_path.name:
            continue
        corpus = load_corpus([path])
        reported = check_corpus(corpus, Options()).findings
        row = key.get(path.name)
        if row is None:
            tally.clean += 1
            tally.clean_with_findings += bool(reported)
            print(f"{path.name}: clean, {len(reported)} findings" + "".join(
                f"\n    [{f.kind} {f.confidence or 0:.3f}] {f.message[:200]}" for f in reported))
            continue
        tally.planted[row["kind"]] += 1
        hits = [f for f in reported if matches_planted(f, row)]
        tally.beside += len(reported) - len(hits)
        if hits:
            tally.found[row["kind"]] += 1
            print(f"{path.name}: {row['kind']} found ({max(f.confidence or 0 for f in hits):.3f}), {len(reported) - len(hits)} beside")
            continue
        under = [f for f in check_corpus(corpus, Options(min_confidence=0.0)).findings if matches_planted(f, row)]
        best = max((f.confidence or 0 for f in under), default=None)
        where = f"under the cut at {best:.3f}" if best is not None else "not compared"
        print(f"{path.name}: {row['kind']} missed ({where}), {len(reported)} beside")
    print(tally.line())
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="+", help="a folder of JSONL corpora, one story per file (or several)")
    parser.add_argument("--all", action="store_true", help=f"also findings under the cut, from {FLOOR}")
    parser.add_argument("--score", action="store_true",
                        help="score against each folder's PLANTED.jsonl answer key (several: then their total)")
    args = parser.parse_args(argv)
    if args.score:
        total = Tally()
        for folder in args.folder:
            if len(args.folder) > 1:
                print(f"## {folder.name}")
            tally = score(folder)
            if tally is None:
                return 2
            total.add(tally)
        if len(args.folder) > 1:
            print(f"all {len(args.folder)} sets: {total.line()}")
        return 0
    for path in (p for folder in args.folder for p in sorted(folder.glob("*.jsonl"))):
        if path.name == "PLANTED.jsonl":
            continue
        report = check_corpus(load_corpus([path]), Options(min_confidence=0.0 if args.all else None))
        listed = [f for f in report.findings if f.confidence is None or f.confidence >= FLOOR or not args.all]
        print(f"## {path.name}: {len(listed)} findings, {len(report.events)} events")
        for f in listed:
            print(f"  [{f.kind} {f.confidence:.3f}] {f.message[:330]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
