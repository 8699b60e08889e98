"""Shared fixtures: a fake sentence model (no weights, deterministic) and a private cache."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

_WORD = re.compile(r"\w+")


class FakeEmbedder:
    """Bag-of-words vectors: each lower-cased word hashed (md5, no seed) into one of 256 dims, L2-normalised.

    Sentences that share most words come out close, which is all alignment needs in
    tests, and the same text always gives the same vector on every machine.
    """

    identity = "fake:v1"
    dim = 256

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in _WORD.findall(text.lower()):
                digest = hashlib.md5(word.encode("utf-8")).digest()
                vectors[row, int.from_bytes(digest[:4], "little") % self.dim] += 1.0
            norm = float(np.linalg.norm(vectors[row]))
            if norm:
                vectors[row] /= norm
        return vectors


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def cache_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of the test's own, so tests never read or fill the user's cache."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("DISCREPANCY_CACHE_DIR", str(folder))
    return folder
