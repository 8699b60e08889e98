#!/usr/bin/env python3
"""Article pairs of the war-news corpus for second readers to label one story or two.

    python scripts/candidate_article_pairs.py --out DIR [--per-bin 48] [--seed 19] [--parts 3]

The event decision is fitted on dated pairs that are nearly all one story (basil-dev's triplets,
the war-news `tune` pairs' articles), so it cannot learn what a few days apart is worth
(`docs/tried.md`, nineteenth stop). This samples article pairs it could learn that from:
two outlets, published at most four days apart, stratified by the shipped link's probability,
never an article pair of a `check` pair (those stay unseen) and never one already labelled in
`scripts/training/summer_article_pairs.jsonl` or `summer_article_pairs_round2.jsonl`. Each pair is shown as
`ARTICLE_PAIRS_GUIDE.md` says: outlets, dates, headlines, the first sentences, and the two
sentences a sentence model finds closest. Writes DIR/part-<k>.jsonl, one file per reader.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from discrepancy.corpus import load_corpus  # noqa: E402
from discrepancy.pipeline import Options, analyse, open_cache  # noqa: E402

SHARED = ROOT.parent / "shared"
SUMMER = SHARED / "corpora" / "ukraine-media-summer-2022" / "corpus.jsonl"
PAIRS = SHARED / "bench" / "ukraine-summer-pairs" / "pairs.jsonl"
# every article pair already labelled one story or two (held out, or kept for a later fit)
LABELLED = (ROOT / "scripts" / "training" / "summer_article_pairs.jsonl",
            ROOT / "scripts" / "training" / "summer_article_pairs_round2.jsonl")
# the link's probability, in bins: most pairs are far under the cut, the ones that matter near it
BINS = ((0.0, 0.5, "<0.5"), (0.5, 0.9, "0.5-0.9"), (0.9, 0.95, "0.9-0.95"), (0.95, 0.99, "0.95-0.99"),
        (0.99, 1.01, ">=0.99"))
LEAD_SENTENCES = 3


def _excluded() -> set[frozenset[str]]:
    out = set()
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            p = json.loads(line)
            if p["part"] == "check":
                out.add(frozenset((p["a"]["doc"], p["b"]["doc"])))
    for labelled in LABELLED:
        for line in labelled.read_text(encoding="utf-8").splitlines() if labelled.exists() else ():
            if line.strip():
                p = json.loads(line)
                out.add(frozenset((p["a"], p["b"])))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--per-bin", type=int, default=48)
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--parts", type=int, default=3)
    args = ap.parse_args(argv)
    cache = open_cache(Options())
    try:
        analysis = analyse(load_corpus([SUMMER]), Options(), cache=cache)
    finally:
        if cache is not None:
            cache.close()
    docs = analysis.links.docs
    p = analysis.links.probability
    excluded = _excluded()
    rows = {d.id: [] for d in docs}  # each article's embedded sentences (row, text), in order
    for row, i in enumerate(analysis.comparable):
        rows[analysis.sentences[i].doc_id].append((row, analysis.sentences[i].text))
    leads: dict[str, list[str]] = {d.id: [] for d in docs}  # each article's first sentences, in one pass
    for s in analysis.sentences:
        if s.kind != "meta" and len(leads.setdefault(s.doc_id, [])) < LEAD_SENTENCES:
            leads[s.doc_id].append(s.text)
    by_bin: dict[str, list[tuple[int, int]]] = {label: [] for _lo, _hi, label in BINS}
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            a, b = docs[i], docs[j]
            if a.source == b.source or analysis.links.too_far[i, j] or frozenset((a.id, b.id)) in excluded:
                continue
            if not rows[a.id] or not rows[b.id]:
                continue
            link = float(p[i, j])
            label = next(lab for lo, hi, lab in BINS if lo <= link < hi)
            by_bin[label].append((i, j))
    rng = random.Random(args.seed)
    chosen = []
    for _lo, _hi, label in BINS:
        pool = by_bin[label]
        chosen += [(label, ij) for ij in rng.sample(pool, min(args.per_bin, len(pool)))]
    rng.shuffle(chosen)
    args.out.mkdir(parents=True, exist_ok=True)
    parts = [[] for _ in range(args.parts)]
    for k, (label, (i, j)) in enumerate(chosen):
        a, b = docs[i], docs[j]
        ra, rb = [r for r, _t in rows[a.id]], [r for r, _t in rows[b.id]]
        sims = analysis.vectors[ra] @ analysis.vectors[rb].T
        x, y = np.unravel_index(int(np.argmax(sims)), sims.shape)
        parts[k % args.parts].append({
            "aid": a.id[:6] + b.id[:6], "a": a.id, "b": b.id, "source_a": a.source, "source_b": b.source,
            "published_a": a.published.isoformat() if a.published else None,
            "published_b": b.published.isoformat() if b.published else None,
            "title_a": a.title, "title_b": b.title, "lead_a": leads[a.id], "lead_b": leads[b.id],
            "closest_a": rows[a.id][x][1], "closest_b": rows[b.id][y][1], "closest_cosine": round(float(sims[x, y]), 3),
            "sampled_link": label,
        })
    for k, part in enumerate(parts, start=1):
        (args.out / f"part-{k}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part),
                                                  encoding="utf-8")
    print(f"{len(chosen)} pairs in {args.parts} parts under {args.out} "
          f"({', '.join(f'{lab} {min(args.per_bin, len(by_bin[lab]))} of {len(by_bin[lab])}' for _lo, _hi, lab in BINS)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
