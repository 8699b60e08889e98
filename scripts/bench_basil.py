#!/usr/bin/env python3
"""Run discrepancy on the basil-dev split as one corpus and print its score.

    python scripts/bench_basil.py [--gold ../shared/bench/basil-dev] [--report reports/basil-dev.json]
                                  [--min-recall 0.85] [--max-cross-event 0] [--max-clean-per-article 0.1]

Prints the event grouping's pairwise precision and recall against the event groups (the
part of an id before its last "_" names the group: read here only, to score), then the
output of ../shared/bench/score.py. Exit status: score.py's (1 when a threshold is missed).
"""
from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
import time
from collections.abc import Hashable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from discrepancy.pipeline import Options, check  # noqa: E402
from discrepancy.report.json_report import render  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "bench" / "basil-dev"


def story_of(doc_id: str) -> str:
    """basil-dev's story (triplet) of an article: its id less the outlet's number ("<story>_2")."""
    return doc_id.rsplit("_", 1)[0]


def pairwise(labels: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[float, float, int, int]:
    """Pairwise precision and recall of a grouping against gold groups (item i in labels[i] and
    gold[i]), with the right and the predicted same-group pairs."""
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(labels)), 2):
        same_pred = labels[i] == labels[j]
        same_gold = gold[i] == gold[j]
        tp += same_pred and same_gold
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, tp + fp


def grouping_scores(events, group_of) -> tuple[float, float, int, int]:
    """Pairwise precision and recall of predicted events against gold groups."""
    predicted = {d: e.id for e in events for d in e.docs}
    docs = sorted(predicted)
    return pairwise([predicted[d] for d in docs], [group_of(d) for d in docs])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="the benchmark split folder")
    ap.add_argument("--report", type=Path, default=ROOT / "reports" / "basil-dev.json", help="where to write the JSON report")
    ap.add_argument("--min-recall", type=float, default=None, help="passed to score.py")
    ap.add_argument("--max-cross-event", type=int, default=None, help="passed to score.py")
    ap.add_argument("--max-clean-per-article", type=float, default=None, help="passed to score.py")
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses and unexpected findings")
    args = ap.parse_args(argv)
    corpus = args.gold / "corpus.jsonl"
    if not corpus.exists():
        print(f"error: {corpus} not found", file=sys.stderr)
        return 2
    started = time.perf_counter()
    report = check([corpus], Options())
    seconds = time.perf_counter() - started
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(render(report), encoding="utf-8")
    precision, recall, tp, predicted = grouping_scores(report.events, story_of)
    print(f"corpus: {report.documents} documents, {report.sentences} sentences, {seconds:.1f} s")
    print(f"events: {len(report.events)} groups; pairwise precision={precision:.3f} recall={recall:.3f} "
          f"({tp} of {predicted} predicted same-event pairs are right)")
    cmd = [sys.executable, str(args.gold.parent / "score.py"), "--gold", str(args.gold), "--report", str(args.report)]
    for flag, value in (("--min-recall", args.min_recall), ("--max-cross-event", args.max_cross_event),
                        ("--max-clean-per-article", args.max_clean_per_article)):
        if value is not None:
            cmd += [flag, str(value)]
    if args.verbose:
        cmd.append("--verbose")
    return subprocess.run(cmd, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
