"""The labelled training data the fit and the measurements read: well formed, and never `check`."""
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRAINING = ROOT / "scripts" / "training"
BENCH_PAIRS = ROOT.parent / "shared" / "bench" / "ukraine-summer-pairs" / "pairs.jsonl"
# every round of sentence pairs labelled here with the benchmark's LABEL_GUIDE.md
SENTENCE_PAIR_ROUNDS = sorted(TRAINING.glob("summer_extra_pairs*.jsonl"))
GUIDE_FIELDS = {"cid", "kind", "part", "label", "timing", "value_a", "value_b", "in_sentences", "why", "sim",
                "labelled_by", "a", "b"}


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_article_pairs_carry_the_guides_fields_and_labels():
    rows = _lines(TRAINING / "summer_article_pairs.jsonl")
    assert len(rows) == 360 and len({r["aid"] for r in rows}) == len(rows)
    for r in rows:
        assert r["label"] in ("same_story", "different_story", "unsure")
        assert r["a"] != r["b"] and r["source_a"] != r["source_b"]
        assert r["why"] and r["labelled_by"]
        assert bool(r["shared"]) or r["label"] != "same_story"


@pytest.mark.skipif(not BENCH_PAIRS.exists(), reason="the shared benchmark is not next to the project")
def test_no_labelled_article_pair_is_an_article_pair_of_the_check_part():
    """`check` is the unseen figure: nothing labelled here may describe its article pairs."""
    check = {frozenset((p["a"]["doc"], p["b"]["doc"])) for p in _lines(BENCH_PAIRS) if p["part"] == "check"}
    labelled = {frozenset((r["a"], r["b"])) for r in _lines(TRAINING / "summer_article_pairs.jsonl")}
    for path in SENTENCE_PAIR_ROUNDS:
        labelled |= {frozenset((p["a"]["doc"], p["b"]["doc"])) for p in _lines(path)}
    assert check and not labelled & check



@pytest.mark.parametrize("path", SENTENCE_PAIR_ROUNDS, ids=lambda p: p.name)
def test_sentence_pairs_carry_the_guides_fields(path: Path):
    """Every round of labelled sentence pairs reads as the benchmark's pairs do, so the fit and the
    funnel can take any round as they take the benchmark's."""
    rows = _lines(path)
    assert rows
    for r in rows:
        assert GUIDE_FIELDS <= set(r), r.get("cid")
        assert r["part"] == "tune" and r["kind"] in ("number", "date")
        assert r["label"] in ("conflict", "compatible", "different", "unsure")
        assert r["a"]["source"] != r["b"]["source"] and r["a"]["sentence"] and r["b"]["sentence"]
        if r["in_sentences"]:
            assert r["value_a"] in r["a"]["sentence"] and r["value_b"] in r["b"]["sentence"]
