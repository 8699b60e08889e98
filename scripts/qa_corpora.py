"""Run the whole tool on each corpus of a folder of small corpora, one JSONL file per story.

    .venv/bin/python scripts/qa_corpora.py FOLDER [--all]

prints, per file, its findings with their confidence (with `--all`, also those under the cut, from
0.15 up). Used to measure the blind realistic sets in `scripts/training/readings/qa_realistic_*`
before anyone reads them: each set's `measured_blind.txt` is this script's output at the commit its
REPORT names.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from discrepancy.corpus import load_corpus  # noqa: E402
from discrepancy.options import Options  # noqa: E402
from discrepancy.pipeline import check_corpus  # noqa: E402

# Under this a finding says little even to someone looking below the cut
FLOOR = 0.15


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of JSONL corpora, one story per file")
    parser.add_argument("--all", action="store_true", help=f"also findings under the cut, from {FLOOR}")
    args = parser.parse_args(argv)
    for path in sorted(args.folder.glob("*.jsonl")):
        report = check_corpus(load_corpus([path]), Options(min_confidence=0.0 if args.all else None))
        print(f"## {path.name}: {len(report.findings)} findings, {len(report.events)} events")
        for f in report.findings:
            if f.confidence >= FLOOR or not args.all:
                print(f"  [{f.kind} {f.confidence:.3f}] {f.message[:330]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
