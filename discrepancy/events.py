"""Events: group documents that report one story, so that figures are only compared inside one.

Two earthquakes, two trials or a vote and its re-vote months later produce sentences
that align well and figures that differ without contradicting. Documents are grouped
from their content alone: TF-IDF over content words and, weighted higher, over names
(capitalised words), with publication-date proximity when both dates are known.
Document ids, file names and order are never read.
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

import numpy as np

from .model import Document, Event
from .textnorm import STOPWORDS, fold, singular

# Average-linkage cut on cosine similarity, chosen on basil-dev (scripts/bench_basil.py; 0.28 gives
# pairwise precision 1.000 / recall 0.987 with dates, 0.943 / 0.987 without any;
# prints the grouping's pairwise precision and recall).
DEFAULT_EVENT_THRESHOLD = 0.28
# Documents further apart than this (when both dates are known) are never one event.
DEFAULT_MAX_DAYS = 4
NAME_WEIGHT = 2.0

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _features(doc: Document) -> tuple[Counter[str], Counter[str]]:
    """(content words, names) of a document, title included."""
    text = fold((doc.title or "") + "\n" + doc.text)
    words: Counter[str] = Counter()
    names: Counter[str] = Counter()
    sentence_start = True
    for m in _WORD.finditer(text):
        raw = m.group().replace("\u2019", "'")
        low = raw.lower()
        if low.endswith("'s"):
            low = low[:-2]
            raw = raw[:-2]
        prev = text[max(0, m.start() - 2):m.start()]
        if low not in STOPWORDS and len(low) > 2:
            words[singular(low)] += 1
            if raw[:1].isupper() and not sentence_start and not raw.isupper() or (raw.isupper() and len(raw) > 1):
                names[low] += 1
        sentence_start = bool(re.search(r"[.!?\n]\s*$", prev)) if prev else True
        tail = text[m.end():m.end() + 1]
        sentence_start = tail in (".", "!", "?", "\n")
    return words, names


def _tfidf(counts: Sequence[Counter[str]]) -> np.ndarray:
    """Sublinear TF-IDF rows, L2-normalised, over a shared vocabulary."""
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(counts)
    # words in most documents say nothing about which story one is in, but only a corpus of some
    # size can tell which those are
    max_df = 0.5 * n if n >= 20 else n
    vocab = {w: i for i, w in enumerate(sorted(w for w, d in df.items() if 2 <= d <= max_df))}
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for r, c in enumerate(counts):
        for w, tf in c.items():
            j = vocab.get(w)
            if j is None:
                continue
            rows.append(r)
            cols.append(j)
            vals.append((1 + math.log(tf)) * (math.log((1 + n) / (1 + df[w])) + 1.0))  # smoothed idf
    m = csr_matrix((vals, (rows, cols)), shape=(n, max(1, len(vocab))), dtype=np.float64)
    norms = np.sqrt(m.multiply(m).sum(axis=1)).A1
    norms[norms == 0] = 1.0
    from scipy.sparse import diags

    return diags(1 / norms) @ m


def similarity_matrix(docs: Sequence[Document]) -> np.ndarray:
    """Pairwise content similarity of documents in [0, 1]."""
    feats = [_features(d) for d in docs]
    words = _tfidf([f[0] for f in feats])
    names = _tfidf([f[1] for f in feats])
    sim = ((words @ words.T).toarray() + NAME_WEIGHT * (names @ names.T).toarray()) / (1 + NAME_WEIGHT)
    np.fill_diagonal(sim, 1.0)
    return sim


def _date_gap(a: date | None, b: date | None) -> int | None:
    return None if a is None or b is None else abs((a - b).days)


def group_documents(
    docs: Sequence[Document],
    threshold: float = DEFAULT_EVENT_THRESHOLD,
    max_days: int = DEFAULT_MAX_DAYS,
) -> list[Event]:
    """Events as groups of document ids, every document in exactly one group."""
    if not docs:
        return []
    n = len(docs)
    sim = similarity_matrix(docs) if n > 1 else np.ones((1, 1))
    for i in range(n):
        for j in range(i + 1, n):
            gap = _date_gap(docs[i].published, docs[j].published)
            if gap is not None and gap > max_days:
                sim[i, j] = sim[j, i] = 0.0
    labels = _average_linkage(sim, threshold)
    groups: dict[int, list[str]] = {}
    for doc, label in zip(docs, labels):
        groups.setdefault(label, []).append(doc.id)
    events = []
    for members in groups.values():
        members = sorted(members)
        digest = hashlib.sha256("\n".join(members).encode()).hexdigest()[:8]
        events.append(Event(id=f"E{digest}", docs=tuple(members)))
    events.sort(key=lambda e: e.docs)
    return events


def _average_linkage(sim: np.ndarray, threshold: float) -> list[int]:
    """Merge the most similar clusters while their average similarity is >= threshold."""
    n = len(sim)
    if n == 1:
        return [0]
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    dist = np.clip(1.0 - sim, 0.0, 1.0)
    np.fill_diagonal(dist, 0.0)
    z = linkage(squareform(dist, checks=False), method="average")
    return [int(x) for x in fcluster(z, t=1.0 - threshold, criterion="distance")]
