#!/usr/bin/env python3
"""Measure the alignment threshold on basil-dev: how many true sentence pairs each cut keeps.

A true pair is a gold item's altered sentence and an original sentence stating the same
fact in another article of the same event. The cost of a low cut is the number of
candidate pairs to compare; its benefit is the share of true pairs kept.

    python scripts/measure_threshold.py [--gold ../shared/bench/basil-dev]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from discrepancy.cache import Cache, default_cache_dir  # noqa: E402
from discrepancy.claims import extract_claims  # noqa: E402
from discrepancy.corpus import load_corpus  # noqa: E402
from discrepancy.embeddings import SentenceTransformerEmbedder, embed_texts  # noqa: E402
from discrepancy.kinds import compared_aligned  # noqa: E402
from discrepancy.sentences import split_corpus  # noqa: E402
from discrepancy.textnorm import words  # noqa: E402


def best_sentence(sentences, target: str) -> int | None:
    tw = set(words(target))
    best, score = None, 0.0
    for i, s in sentences:
        sw = set(words(s.text))
        if not sw:
            continue
        o = len(tw & sw) / max(1, len(tw))
        if o > score:
            best, score = i, o
    return best if score >= 0.6 else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "bench" / "basil-dev")
    args = ap.parse_args(argv)
    corpus = load_corpus([args.gold / "corpus.jsonl"])
    sentences = split_corpus(corpus.documents)
    cache = Cache(default_cache_dir())
    claims = extract_claims(sentences, cache)
    embedder = SentenceTransformerEmbedder()
    vectors, _ = embed_texts([s.text for s in sentences], embedder, cache)
    by_doc: dict[str, list[tuple[int, object]]] = {}
    for i, s in enumerate(sentences):
        by_doc.setdefault(s.doc_id, []).append((i, s))
    gold = [json.loads(line) for line in (args.gold / "gold.jsonl").open()]
    true_sims = []
    for g in gold:
        if g["kind"] == "title":
            continue  # titles are compared per person, not between aligned sentences
        a = best_sentence(by_doc.get(g["altered_doc"], []), g["altered_sentence"])
        sims = []
        for doc, sent in zip(g["original_docs"], g["original_sentences"]):
            b = best_sentence(by_doc.get(doc, []), sent)
            if a is not None and b is not None:
                sims.append(float(vectors[a] @ vectors[b]))
        if sims:
            true_sims.append((max(sims), g["id"], g["kind"]))
    # all cross-document pairs of claim-bearing sentences inside one event
    event = {d.id: d.id.rsplit("_", 1)[0] for d in corpus.documents}
    rows = [i for i, c in enumerate(claims) if compared_aligned(c)]
    pair_sims = []
    for x in range(len(rows)):
        for y in range(x + 1, len(rows)):
            a, b = sentences[rows[x]], sentences[rows[y]]
            if a.doc_id != b.doc_id and event[a.doc_id] == event[b.doc_id]:
                pair_sims.append(float(vectors[rows[x]] @ vectors[rows[y]]))
    pair_sims_arr = np.array(pair_sims)
    print(f"true pairs (number/date gold items): {len(true_sims)}")
    for sim, gid, kind in sorted(true_sims):
        print(f"  {gid} {kind:6s} cosine={sim:.3f}")
    print(f"cross-document claim-sentence pairs inside events: {len(pair_sims)}")
    print("threshold  true pairs kept  candidate pairs kept")
    for t in (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8):
        kept = sum(1 for s, _g, _k in true_sims if s >= t)
        print(f"  {t:.2f}     {kept:3d}/{len(true_sims)} ({kept / len(true_sims):.0%})   "
              f"{int((pair_sims_arr >= t).sum()):6d} ({(pair_sims_arr >= t).mean():.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
