"""Alignment: pairs of sentences from different documents whose embeddings are close.

FAISS inner-product search on normalised vectors (= cosine similarity). Small sets use
an exact flat index; above `exact_limit` vectors, exact search inside overlapping k-means
cells keeps the cost near linear, at a recall against exact search that
`scripts/benchmark.py` measures.
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


# Above EXACT_LIMIT: k-means cells of about CELL_SIZE vectors; each vector also belongs to the
# cells of its SPILL nearest centroids, and is searched exactly, by BLAS, among the members of
# its own cell. Measured by scripts/benchmark.py on clustered vectors: recall@11 against exact
# search 0.986 at 100k and 0.965 at 1M, time x12 for x10 vectors (3.6 s, 44-46 s); an HNSW
# graph grew x20 there, bound by memory access, and took 215 s at 1M.
CELL_SIZE = 2048
SPILL = 3


def neighbours(vectors: np.ndarray, k: int, exact_limit: int = EXACT_LIMIT) -> tuple[np.ndarray, np.ndarray]:
    """(similarities, indices) of each vector's k nearest neighbours, itself included (-1: none)."""
    import faiss

    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    n = len(vectors)
    if n == 0:
        return np.zeros((0, k), dtype=np.float32), np.zeros((0, k), dtype=np.int64)
    if n <= exact_limit:
        index = faiss.IndexFlatIP(vectors.shape[1])
        index.add(vectors)
        return index.search(vectors, min(k, n))
    return _partitioned_neighbours(vectors, k)


def _partitioned_neighbours(vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Approximate k-NN that stays near linear: exact search inside overlapping k-means cells."""
    import faiss

    n, dim = vectors.shape
    cells = max(1, n // CELL_SIZE)
    spill = min(SPILL, cells)
    kmeans = faiss.Kmeans(dim, cells, niter=8, spherical=True, seed=1, max_points_per_centroid=64)
    kmeans.train(vectors)
    _, assigned = kmeans.index.search(vectors, spill)  # each vector's `spill` nearest cells
    home = assigned[:, 0]
    by_home = np.argsort(home, kind="stable")
    home_bounds = np.searchsorted(home[by_home], np.arange(cells + 1))
    member_cells = assigned.ravel()
    by_cell = np.argsort(member_cells, kind="stable")
    members = np.repeat(np.arange(n, dtype=np.int64), spill)[by_cell]
    member_bounds = np.searchsorted(member_cells[by_cell], np.arange(cells + 1))
    sims = np.full((n, k), -np.inf, dtype=np.float32)
    found = np.full((n, k), -1, dtype=np.int64)
    for cell in range(cells):
        queries = by_home[home_bounds[cell]:home_bounds[cell + 1]]
        pool = members[member_bounds[cell]:member_bounds[cell + 1]]
        if len(queries) == 0:
            continue
        index = faiss.IndexFlatIP(dim)
        index.add(vectors[pool])
        s, i = index.search(vectors[queries], min(k, len(pool)))
        sims[queries, :s.shape[1]] = s
        found[queries, :s.shape[1]] = np.where(i >= 0, pool[np.maximum(i, 0)], -1)
    return sims, found


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
