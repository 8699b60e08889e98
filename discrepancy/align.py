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


# HNSW settings measured by scripts/benchmark.py on clustered vectors: recall@11 against
# exact search 0.985 at 100k vectors, at half the time of (32, 80, 64), which reaches 1.0.
HNSW_M, HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH = 24, 48, 48


def build_index(vectors: np.ndarray, exact_limit: int = EXACT_LIMIT):
    """An exact inner-product index up to `exact_limit` vectors, an HNSW graph above."""
    import faiss

    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    dim = vectors.shape[1]
    if len(vectors) <= exact_limit:
        index = faiss.IndexFlatIP(dim)
    else:
        index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        index.hnsw.efSearch = HNSW_EF_SEARCH
    index.add(vectors)
    return index


def neighbours(vectors: np.ndarray, k: int, exact_limit: int = EXACT_LIMIT) -> tuple[np.ndarray, np.ndarray]:
    """(similarities, indices) of each vector's k nearest neighbours, itself included."""
    if len(vectors) == 0:
        return np.zeros((0, k), dtype=np.float32), np.zeros((0, k), dtype=np.int64)
    index = build_index(vectors, exact_limit)
    return index.search(np.ascontiguousarray(vectors, dtype=np.float32), min(k, len(vectors)))


def align_arrays(
    vectors: np.ndarray,
    doc_of: Sequence[str],  # a pair is only made between different values (documents, or sources)
    threshold: float = DEFAULT_THRESHOLD,
    k: int = DEFAULT_NEIGHBOURS,
    exact_limit: int = EXACT_LIMIT,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cross-document pairs as arrays (a, b, similarity), a < b, sorted, each pair once.

    Each sentence's k nearest neighbours with cosine >= threshold; vectorised so that a
    million sentences cost the index search and little else.
    """
    n = len(vectors)
    empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32))
    if n < 2:
        return empty
    sims, idx = neighbours(vectors, k + 1, exact_limit)
    _, codes = np.unique(np.asarray(doc_of, dtype=object).astype(str), return_inverse=True)
    a = np.repeat(np.arange(n, dtype=np.int64), idx.shape[1])
    b = idx.ravel().astype(np.int64)
    s = sims.ravel()
    keep = (b >= 0) & (b != a) & (s >= threshold)
    a, b, s = a[keep], b[keep], s[keep]
    keep = codes[a] != codes[b]
    a, b, s = a[keep], b[keep], s[keep]
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    key = lo * n + hi
    order = np.lexsort((-s, key))  # by pair, best similarity first
    key = key[order]
    first = np.ones(len(key), dtype=bool)
    first[1:] = key[1:] != key[:-1]
    sel = order[first]
    return lo[sel], hi[sel], s[sel]


def align(
    vectors: np.ndarray,
    doc_of: Sequence[str],
    threshold: float = DEFAULT_THRESHOLD,
    k: int = DEFAULT_NEIGHBOURS,
    exact_limit: int = EXACT_LIMIT,
) -> list[AlignedPair]:
    """Cross-document pairs (a < b) with cosine >= threshold, among each sentence's k neighbours."""
    a, b, s = align_arrays(vectors, doc_of, threshold, k, exact_limit)
    return [AlignedPair(int(x), int(y), float(z)) for x, y, z in zip(a, b, s)]
