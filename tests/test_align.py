"""Alignment: nearest cross-document sentences by cosine, exact or approximate."""
import numpy as np

from discrepancy import align as align_module
from discrepancy.align import align


def clustered(n: int, dim: int = 32, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((n // 4, dim))
    v = centres[np.arange(n) % len(centres)] + 0.05 * rng.standard_normal((n, dim))
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def test_pairs_are_across_documents_and_above_threshold():
    v = clustered(40)
    docs = [str(i % 3) for i in range(40)]
    pairs = align(v, docs, threshold=0.9)
    assert pairs
    for p in pairs:
        assert docs[p.a] != docs[p.b] and p.a < p.b
        assert p.similarity >= 0.9
        assert abs(float(v[p.a] @ v[p.b]) - p.similarity) < 1e-5


def test_same_document_sentences_never_pair():
    v = clustered(8)
    assert align(v, ["same"] * 8, threshold=0.0) == []


def test_approximate_search_finds_the_exact_pairs_on_clustered_data(monkeypatch):
    monkeypatch.setattr(align_module, "CELL_SIZE", 100)  # 20 cells, so the partitioning is exercised
    v = clustered(2000, seed=2)
    docs = [str(i % 7) for i in range(2000)]
    exact = {(p.a, p.b) for p in align(v, docs, threshold=0.8)}
    approx = align(v, docs, threshold=0.8, exact_limit=0)
    found = {(p.a, p.b) for p in approx}
    assert len(exact) > 1000
    assert found <= exact  # every pair it gives is a real one, with its exact similarity
    assert len(found) / len(exact) > 0.95
    assert all(abs(float(v[p.a] @ v[p.b]) - p.similarity) < 1e-5 for p in approx)
    assert align(v, docs, threshold=0.8, exact_limit=0) == approx  # the same run twice gives the same pairs
