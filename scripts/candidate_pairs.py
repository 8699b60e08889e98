#!/usr/bin/env python3
"""Sentence pairs of the summer war corpus to label, beyond the shared benchmark pairs.

The benchmark pairs are the closest ones (cosine >= 0.62); the tool also compares pairs
aligned less closely, and its fitted decision meets those too. This lists the aligned
cross-outlet pairs, at most two days apart, whose values cannot both hold, that are not
benchmark pairs and whose two articles appear together in no `check` pair (so `check`
stays unseen). Written in the benchmark's input format, for readers following
`LABEL_GUIDE.md`:

    python scripts/candidate_pairs.py --out /tmp/candidates.jsonl [--limit 400]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from fit_models import BENCH, EXTRA_PAIRS, EXTRA_PAIRS_HELD, EXTRA_PAIRS_ROUND3, SUMMER, Extractor, _sentence_row  # noqa: E402

from discrepancy.compare.kinds import value_pairs  # noqa: E402
from discrepancy.kinds import aligned_kind  # noqa: E402
from discrepancy.pipeline import Options, open_cache  # noqa: E402


def _side(ex: Extractor, row: int) -> dict:
    a = ex.analysis
    s = a.sentences[a.comparable[row]]
    doc = ex.docs[s.doc_id]
    same_doc = [t for t in a.sentences if t.doc_id == s.doc_id]
    k = same_doc.index(s)
    return {"doc": doc.id, "source": doc.source, "published": doc.published.isoformat() if doc.published else None,
            "title": doc.title, "sentence": s.text,
            "before": same_doc[k - 1].text if k > 0 else "",
            "after": same_doc[k + 1].text if k + 1 < len(same_doc) else ""}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    bench = [json.loads(line) for line in (BENCH / "ukraine-summer-pairs" / "pairs.jsonl").read_text().splitlines()
             if line.strip()]
    ex = Extractor(SUMMER, open_cache(Options()))
    benched = set()
    for p in bench:
        ra = _sentence_row(ex.analysis, p["a"]["doc"], p["a"]["sentence"])
        rb = _sentence_row(ex.analysis, p["b"]["doc"], p["b"]["sentence"])
        if ra is not None and rb is not None:
            benched.add(frozenset((ra, rb)))
    check_docs = {frozenset((p["a"]["doc"], p["b"]["doc"])) for p in bench if p["part"] == "check"}
    labelled = {json.loads(line)["cid"] for path in (EXTRA_PAIRS, EXTRA_PAIRS_HELD, EXTRA_PAIRS_ROUND3)
                if path.exists()
                for line in path.read_text().splitlines() if line.strip()}

    out = []
    for ra, rb, sim in ex.analysis.pairs:
        if frozenset((ra, rb)) in benched:
            continue
        ev = ex.evidence(ra, rb)
        da, db = ev.a.doc, ev.b.doc
        if da.source == db.source or frozenset((da.id, db.id)) in check_docs:
            continue
        if da.published and db.published and abs((da.published - db.published).days) > 2:
            continue
        for kind in ("number", "date"):
            scored = [vp for vp in value_pairs(ev, aligned_kind(kind)) if vp.conflict]
            if not scored:
                continue
            best = max(scored, key=lambda vp: vp.probability)
            cid = hashlib.sha1(f"{da.id}|{ev.a.sentence.text}|{db.id}|{ev.b.sentence.text}|{kind}".encode()).hexdigest()[:10]
            if cid in labelled:
                continue
            out.append({"cid": cid, "kind": kind, "sim": round(sim, 3), "p_event": round(ev.event, 3),
                        "tool_p": round(best.probability, 3), "tool_values": [best.x.text, best.y.text],
                        "a": _side(ex, ra), "b": _side(ex, rb)})
    # every pair the tool would come close to reporting, then a random sample of the rest
    out.sort(key=lambda r: -r["tool_p"])
    high = [r for r in out if r["tool_p"] >= 0.2]
    rest = [r for r in out if r["tool_p"] < 0.2]
    random.Random(args.seed).shuffle(rest)
    chosen = (high + rest)[: args.limit]
    random.Random(args.seed).shuffle(chosen)
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chosen))
    print(f"{len(out)} candidate pairs ({len(high)} with P >= 0.2); wrote {len(chosen)} to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
