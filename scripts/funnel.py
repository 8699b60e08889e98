#!/usr/bin/env python3
"""Where each labelled war-news conflict is lost, stage by stage.

    python scripts/funnel.py [--part tune|check]

For every pair of `../shared/bench/ukraine-summer-pairs` labelled conflict whose two values sit in
the two sentences, the first stage that loses it: *not located* (a labelled sentence is not found
among the embedded ones), *apart* (the article link is under the event cut, or the two articles are
in two event groups that no roundup's reach joins), *not aligned* (the two sentences are not an
aligned pair), *not read* (the two labelled values are not a value pair of the labelled kind, nor
of another aligned kind), *interval compatible* (read, but the values can both hold), *below cut*
(the fitted same-fact decision scores it under its kind's cut) or *found*. Tallies
and each pair's stage are printed for `tune`; for `check` only the tallies and, per lost pair, its
stage with figures (link, kind read, probability), never the sentences: `check` stays unread.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from fit_models import BENCH, SUMMER, Extractor, _named_pair, _sentence_row  # noqa: E402

from discrepancy.kinds import aligned_kind, aligned_kinds  # noqa: E402
from discrepancy.pipeline import Options, open_cache  # noqa: E402
from discrepancy.scoring import load_model  # noqa: E402


def stage_of(ex: Extractor, pair: dict, aligned: set[tuple[int, int]],
             compared_at: Callable[[str, str], tuple[bool, str | None]]) -> tuple[str, str]:
    """(the stage that loses a labelled conflict, figures that say why)."""
    an = ex.analysis
    ra = _sentence_row(an, pair["a"]["doc"], pair["a"]["sentence"])
    rb = _sentence_row(an, pair["b"]["doc"], pair["b"]["sentence"])
    if ra is None or rb is None:
        return "not located", ""
    ev = ex.evidence(ra, rb)
    compared, _event = compared_at(pair["a"]["doc"], pair["b"]["doc"])
    is_aligned = (min(ra, rb), max(ra, rb)) in aligned
    info = f"link {ev.event:.2f}, compared {compared}, sentence cosine {ev.similarity:.2f}"
    vp, cut = None, 1.0
    others = [k.name for k in aligned_kinds() if k.name != pair["kind"]]
    for kind in [pair["kind"], *others]:
        vp = _named_pair(ev, kind, pair["value_a"], pair["value_b"])
        if vp is not None:
            break
    if vp is not None:
        cut = aligned_kind(vp.kind).model().threshold
        info += f", read as {vp.kind}, conflict {vp.conflict}, p {vp.probability:.2f} (cut {cut:.2f})"
    if not compared:
        return "apart", info
    if not is_aligned:
        return "not aligned", info
    if vp is None:
        return "not read", info
    if not vp.conflict:
        return "interval compatible", info
    if vp.probability < cut:
        return "below cut", info
    return "found", info


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("tune", "check"), default="tune",
                    help="the labelled part: tune (each pair shown) or check (figures only, sentences never shown)")
    args = ap.parse_args(argv)
    cache = open_cache(Options())
    ex = Extractor(SUMMER, cache)
    aligned = {(min(a, b), max(a, b)) for a, b, _sim in ex.analysis.pairs}
    compared_at = ex.analysis.compared_at(load_model("same_event").threshold)
    labelled = [json.loads(line) for line in (BENCH / "ukraine-summer-pairs" / "pairs.jsonl").read_text().splitlines()
                if line.strip()]
    tally: Counter[str] = Counter()
    for pair in labelled:
        if pair["part"] != args.part or pair["label"] != "conflict" or not pair.get("in_sentences", True):
            continue
        stage, info = stage_of(ex, pair, aligned, compared_at)
        tally[stage] += 1
        if args.part == "tune":
            print(f"[{stage}] {pair['kind']} {pair['value_a']!r} vs {pair['value_b']!r}: {info}")
        elif stage != "found":
            print(f"[{stage}] labelled {pair['kind']}: {info}")
    print(f"{args.part}: " + ", ".join(f"{stage} {n}" for stage, n in tally.most_common()))
    ex.governors.flush()
    if cache is not None:
        cache.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
