"""Alignment: pairs of sentences from different documents whose embeddings are close.

FAISS inner-product search on normalised vectors (= cosine similarity). Small sets use
an exact flat index; above `exact_limit` vectors an HNSW graph index keeps the search
near n log n, at a recall against exact search that `scripts/benchmark.py` measures.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .model import AlignedPair

# Chosen on basil-dev: the sentence pairs that state one fact in two articles (gold
# altered vs original sentence) have cosine >= 0.50 in 20 of 20 cases (0.55 keeps 17), while random
# sentence pairs inside one story are mostly below it (scripts/measure_threshold.py).
DEFAULT_THRESHOLD = 0.5
DEFAULT_NEIGHBOURS = 10
EXACT_LIMIT = 50_000


def build_index(vectors: np.ndarray, exact_limit: int = EXACT_LIMIT, hnsw_m: int = 32):
    import faiss

    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    dim = vectors.shape[1]
    if len(vectors) <= exact_limit:
        index = faiss.IndexFlatIP(dim)
    else:
        index = faiss.IndexHNSWFlat(dim, hnsw_m, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
        index.hnsw.efSearch = 64
    index.add(vectors)
    return index


def neighbours(vectors: np.ndarray, k: int, exact_limit: int = EXACT_LIMIT) -> tuple[np.ndarray, np.ndarray]:
    """(similarities, indices) of each vector's k nearest neighbours, itself included."""
    if len(vectors) == 0:
        return np.zeros((0, k), dtype=np.float32), np.zeros((0, k), dtype=np.int64)
    index = build_index(vectors, exact_limit)
    return index.search(np.ascontiguousarray(vectors, dtype=np.float32), min(k, len(vectors)))


def align(
    vectors: np.ndarray,
    doc_of: Sequence[str],  # a pair is only made between different values (documents, or sources)
    threshold: float = DEFAULT_THRESHOLD,
    k: int = DEFAULT_NEIGHBOURS,
    exact_limit: int = EXACT_LIMIT,
) -> list[AlignedPair]:
    """Cross-document pairs (a < b) with cosine >= threshold, among each sentence's k neighbours."""
    n = len(vectors)
    if n < 2:
        return []
    sims, idx = neighbours(vectors, k + 1, exact_limit)
    best: dict[tuple[int, int], float] = {}
    for a in range(n):
        for sim, b in zip(sims[a], idx[a]):
            b = int(b)
            if b < 0 or b == a or sim < threshold or doc_of[a] == doc_of[b]:
                continue
            key = (a, b) if a < b else (b, a)
            if float(sim) > best.get(key, -1.0):
                best[key] = float(sim)
    return [AlignedPair(a, b, s) for (a, b), s in sorted(best.items())]
