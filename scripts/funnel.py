#!/usr/bin/env python3
"""Where each labelled war-news conflict, or each injected contradiction, is lost, stage by stage.

    python scripts/funnel.py [--part tune|check]
    python scripts/funnel.py --injected DIR
    python scripts/funnel.py --planted SET [SET ...]

For every pair of `../shared/bench/ukraine-summer-pairs` labelled conflict whose two values sit in
the two sentences, the first stage that loses it: *not located* (a labelled sentence is not found
among the embedded ones), *apart* (the article link is under the event cut, or the two articles are
in two event groups that no roundup's reach joins), *not aligned* (the two sentences are not an
aligned pair), *not read* (the two labelled values are not a value pair of the labelled kind, nor
of another aligned kind), *interval compatible* (read, but the values can both hold), *below cut*
(the fitted same-fact decision scores it under its kind's cut) or *found*. Tallies
and each pair's stage are printed for `tune`; for `check` only the tallies and, per lost pair, its
stage with figures (link, kind read, probability), never the sentences: `check` stays unread.

With `--injected DIR` (variants `scripts/inject_basil.py` wrote, each with its gold.jsonl), the
same stages for every injected contradiction, the furthest any of its original sentences
reaches, tallied by kind, with figures only for each one lost: the recipe's eval half measures.

With `--planted SET ...` (folders of small corpora with a `PLANTED.jsonl` answer key, as
`scripts/qa_corpora.py --score` reads), the same stages for each planted figure or date, the
furthest any counterpart reaches, one line per corpus and a tally by kind: where the realistic
sets lose what was planted.
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
from qa_corpora import answer_key  # noqa: E402

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


def gates(ex: Extractor) -> tuple[set[tuple[int, int]], Callable[[str, str], tuple[bool, str | None]]]:
    """(the aligned sentence pairs, the comparison gate at the fitted event cut) `stage_of` reads."""
    aligned = {(min(a, b), max(a, b)) for a, b, _sim in ex.analysis.pairs}
    return aligned, ex.analysis.compared_at(load_model("same_event").threshold)


# the stages from furthest to first lost: an injected contradiction counts at the furthest any of
# its original sentences reaches
STAGES = ("found", "below cut", "interval compatible", "not read", "not aligned", "apart", "not located")


def furthest(reached: list[tuple[str, str]]) -> tuple[str, str]:
    """The furthest (stage, figures) of those one contradiction's counterparts reach."""
    return min(reached, key=lambda r: STAGES.index(r[0])) if reached else ("not located", "")


def print_tally(label: str, tally: Counter[tuple[str, str]]) -> None:
    """One line per kind: how many reach each stage, furthest first."""
    for kind in sorted({k for k, _stage in tally}):
        print(f"{label} {kind}: " + ", ".join(f"{stage} {tally[(kind, stage)]}" for stage in STAGES if tally[(kind, stage)]))


def injected(variants: Path, cache) -> None:
    """The stage of each contradiction injected into the variants under `variants`, figures only."""
    tally: Counter[tuple[str, str]] = Counter()
    skipped: Counter[str] = Counter()
    aligned_names = {k.name for k in aligned_kinds()}
    dirs = sorted(d for d in variants.iterdir() if (d / "gold.jsonl").is_file()) if variants.is_dir() else []
    if not dirs:
        raise SystemExit(f"{variants}: no variant folders with a gold.jsonl (scripts/inject_basil.py --out writes them)")
    for vdir in dirs:
        gold = [json.loads(line) for line in (vdir / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
        if not gold:
            continue
        ex = Extractor(vdir / "corpus.jsonl", cache)
        aligned, compared_at = gates(ex)
        for g in gold:
            if g["kind"] not in aligned_names:
                skipped[g["kind"]] += 1  # a title is compared per person, not between aligned sentences
                continue
            reached = [stage_of(ex, {"kind": g["kind"], "value_a": g["altered_value"], "value_b": g["original_value"],
                                     "a": {"doc": g["altered_doc"], "sentence": g["altered_sentence"]},
                                     "b": {"doc": doc, "sentence": sentence}}, aligned, compared_at)
                       for doc, sentence in zip(g["original_docs"], g["original_sentences"])]
            stage, info = furthest(reached)
            tally[(g["kind"], stage)] += 1
            if stage != "found":
                print(f"[{stage}] {vdir.name} {g['id']} injected {g['kind']}: {info}")
        ex.governors.flush()
    print_tally("injected", tally)
    for kind, n in sorted(skipped.items()):
        print(f"injected {kind}: {n} left out (not compared between aligned sentences, so no stage here)")


PLANTED_KINDS = {"figure": "number", "date": "date"}


def planted(sets: list[Path], cache) -> None:
    """The stage of each figure or date planted in the corpora of `sets` (titles are compared per
    person, not between aligned sentences, so they have no stage here)."""
    tally: Counter[tuple[str, str]] = Counter()
    for folder in sets:
        key = folder / "PLANTED.jsonl"
        if not key.is_file():
            raise SystemExit(f"{key}: no answer key")
        for row in answer_key(key):
            kind = PLANTED_KINDS.get(row["kind"])
            if kind is None:
                continue
            ex = Extractor(folder / row["file"], cache)
            aligned, compared_at = gates(ex)
            mine = row["planted"]
            reached = [stage_of(ex, {"kind": kind, "value_a": mine["value"], "value_b": other["value"],
                                     "a": {"doc": mine["id"], "sentence": mine["sentence"]},
                                     "b": {"doc": other["id"], "sentence": other["sentence"]}}, aligned, compared_at)
                       for other in row["counterparts"] if other["id"] != mine["id"]]
            stage, info = furthest(reached)
            tally[(kind, stage)] += 1
            print(f"[{stage}] {folder.name}/{row['file']} {kind} {mine['value']!r}: {info}")
            ex.governors.flush()
    print_tally("planted", tally)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("tune", "check"), default="tune",
                    help="the labelled part: tune (each pair shown) or check (figures only, sentences never shown)")
    ap.add_argument("--injected", type=Path, metavar="DIR",
                    help="variants scripts/inject_basil.py wrote: the stage of each injected contradiction instead")
    ap.add_argument("--planted", type=Path, nargs="+", metavar="SET",
                    help="folders with a PLANTED.jsonl answer key: the stage of each planted figure or date instead")
    args = ap.parse_args(argv)
    cache = open_cache(Options())
    try:
        if args.planted:
            planted(args.planted, cache)
        elif args.injected is not None:
            injected(args.injected, cache)
        else:
            labelled(args.part, cache)
    finally:
        if cache is not None:
            cache.close()
    return 0


def labelled(part: str, cache) -> None:
    """The stage of each war-news conflict labelled in `part` (tune: each shown; check: figures only)."""
    ex = Extractor(SUMMER, cache)
    aligned, compared_at = gates(ex)
    pairs = [json.loads(line) for line in (BENCH / "ukraine-summer-pairs" / "pairs.jsonl").read_text().splitlines()
             if line.strip()]
    tally: Counter[str] = Counter()
    for pair in pairs:
        if pair["part"] != part or pair["label"] != "conflict" or not pair.get("in_sentences", True):
            continue
        stage, info = stage_of(ex, pair, aligned, compared_at)
        tally[stage] += 1
        if part == "tune":
            print(f"[{stage}] {pair['kind']} {pair['value_a']!r} vs {pair['value_b']!r}: {info}")
        elif stage != "found":
            print(f"[{stage}] labelled {pair['kind']}: {info}")
    print(f"{part}: " + ", ".join(f"{stage} {n}" for stage, n in tally.most_common()))
    ex.governors.flush()


if __name__ == "__main__":
    sys.exit(main())
