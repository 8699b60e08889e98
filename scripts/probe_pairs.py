"""How the tool reads sentence pairs of one fact, by definition: titles, figures and dates.

The pairs (`tests/data/office_pairs_news.jsonl`, `tests/data/value_pairs_news.jsonl`) were
written blind by helpers from general knowledge of how news writes titles, figures and dates:
one office, figure or date written two ways ("want": "same" / "compatible"), or two that cannot
both hold of one person or fact ("conflict"). A title pair is run as two articles of two outlets
on one day through the whole title comparison; a figure or date pair is read with each article's
publication date and compared by definition (units, bounds, rounding, calendars), before any
fitted decision. "gap" marks a pair the tool reads wrongly today.

    .venv/bin/python scripts/probe_pairs.py [FILE ...] [-v] [--decision]

prints, per file and helper ("reader"), how many pairs of each kind are read right. With
`--decision`, it also says how many of the figure and date conflicts read as conflicts the fitted
same-fact decision would report, were the two sentences aligned in articles of one story (the
sentence model's cosine, an event link of 1): where paraphrased conflicts are lost when the
reading is right.
"""
from __future__ import annotations

import argparse
import functools
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

# the claim a reader's value names, and a title pair's two articles, as the fit finds and reads them
from fit_models import _claim_at, pair_articles  # noqa: E402

DEFAULT_FILES = (ROOT / "tests" / "data" / "office_pairs_news.jsonl", ROOT / "tests" / "data" / "value_pairs_news.jsonl")


def title_finding_between(a: str, b: str) -> bool:
    """Is a title finding reported for two articles, one sentence each, of two outlets on one day?"""
    from discrepancy.compare.people import title_findings

    docs, sents, claims = pair_articles(a, b)
    return any(f.kind == "title" for f in title_findings(docs, {d.id: d for d in docs}, sents, claims, {}))


def read_value_pair(pair: dict, similarity: float | None = None) -> str:
    """"conflict", "compatible", "not comparable" (by definition: units, granularity) or "not read".

    With a `similarity` (the two sentences' cosine), a conflict is "conflict reported" or
    "conflict below the cut", as the fitted same-fact decision takes it in one story."""
    from discrepancy.claims import extract_claims
    from discrepancy.compare.context import Governors
    from discrepancy.compare.kinds import value_pairs
    from discrepancy.compare.samefact import PairEvidence, Side
    from discrepancy.kinds import aligned_kind
    from discrepancy.model import Document, Sentence

    def published(side: str) -> date | None:
        return date.fromisoformat(pair[f"published_{side}"]) if pair.get(f"published_{side}") else None

    docs = [Document(id=side, text=pair[side], source=f"outlet-{side}", published=published(side)) for side in "ab"]
    sentences = [Sentence(doc_id=d.id, index=0, text=d.text, start=0, end=len(d.text), line=1) for d in docs]
    spec = aligned_kind(pair["kind"])
    sa, sb = (Side.of(d, s, c) for d, s, c in zip(docs, sentences, extract_claims(sentences)))
    x = _claim_at(spec.values(sa.claims), pair["a"], pair["value_a"]) or _day_of_clock(sa.claims, pair["a"], pair["value_a"])
    y = _claim_at(spec.values(sb.claims), pair["b"], pair["value_b"]) or _day_of_clock(sb.claims, pair["b"], pair["value_b"])
    if x is None or y is None:
        return "not read"
    evidence = PairEvidence(sa, sb, 1.0 if similarity is None else similarity, 1.0, Governors(None), None)
    for vp in value_pairs(evidence, spec):
        if vp.x is x and vp.y is y:
            if not vp.conflict:
                return "compatible"
            if similarity is None:
                return "conflict"
            return "conflict reported" if vp.probability >= spec.model().threshold else "conflict below the cut"
    return "not comparable"


def _day_of_clock(claims, sentence: str, value: str):  # type: ignore[no-untyped-def]
    """A reader who marks the clock time ("10am BST") of "10am BST on Friday" means the day the tool
    reads with it: the one date of the sentence that carries a clock time."""
    days = [c for c in getattr(claims, "dates", ()) if getattr(c, "clock", None) is not None]
    return days[0] if len(days) == 1 and value and value.lower() in sentence.lower() else None


@functools.lru_cache(maxsize=1)
def _sentence_model():  # type: ignore[no-untyped-def]
    """The sentence model, loaded once for the run."""
    from discrepancy.embeddings import default_embedder

    return default_embedder()


def cosine(a: str, b: str) -> float:
    """The sentence model's cosine of two sentences, as alignment reads them."""
    vectors = _sentence_model().encode([a, b])
    return float(vectors[0] @ vectors[1])


def verdict(pair: dict) -> str:
    """What the tool makes of a pair: "conflict", or what it reads instead."""
    if "value_a" in pair:
        return read_value_pair(pair)
    return "conflict" if title_finding_between(pair["a"], pair["b"]) else "same"


def right(pair: dict, got: str) -> bool:
    """A conflict must be read as one; one thing written two ways must not be."""
    return (got == "conflict") == (pair["want"] == "conflict")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, default=list(DEFAULT_FILES))
    parser.add_argument("-v", "--verbose", action="store_true", help="list every pair read wrongly")
    parser.add_argument("--decision", action="store_true",
                        help="also count the conflicts read that the fitted same-fact decision reports (loads the sentence model)")
    args = parser.parse_args(argv)
    for path in args.files:
        pairs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        total: Counter = Counter()
        ok: Counter = Counter()
        reported: Counter = Counter()
        for pair in pairs:
            got = verdict(pair)
            key = (pair.get("kind", "title"), pair.get("reader", ""), pair["want"])
            total[key] += 1
            ok[key] += right(pair, got)
            if args.decision and "value_a" in pair and pair["want"] == "conflict" and got == "conflict":
                reported[key] += read_value_pair(pair, cosine(pair["a"], pair["b"])) == "conflict reported"
            if args.verbose and not right(pair, got):
                print(f"  {key}: read as {got}: {pair['a']!r} / {pair['b']!r}")
        print(path.name)
        for key in sorted(total):
            kind, reader, want = key
            how = "a conflict" if want == "conflict" else "no conflict"
            taken = f"; the fitted decision reports {reported[key]}" if args.decision and want == "conflict" and kind != "title" else ""
            print(f"  {kind:6s} {reader:3s} {want:10s} read as {how}: {ok[key]} of {total[key]}{taken}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
