"""Claims: run every registered kind's extractor over every sentence, once per distinct text.

What a sentence claims depends only on its text, so results are cached under the
extractor's identity (a hash of the kinds' and detectors' source and the NER model's
version) and the sentence's hash. The named-entity recogniser, the costly part, only runs
on sentences some kind asks it for (those with a title word).
"""
from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from . import nlp, tables
from .cache import Cache, text_key
from .kinds import KINDS, Entities
from .kinds import from_record as claim_from_record
from .model import Sentence, SentenceClaims

EMPTY = SentenceClaims()


def extractor_identity() -> str:
    """Changes whenever extraction could give a different result (a kind added or edited included)."""
    return _identity(tuple((k.name, sys.modules[k.extract.__module__].__file__ or "") for k in KINDS.values()))


@lru_cache(maxsize=4)
def _identity(kinds: tuple[tuple[str, str], ...]) -> str:
    h = hashlib.sha256()
    here = Path(__file__).parent
    sources = [here / name for name in ("claims.py", "tokens.py", "textnorm.py", "gazetteer.py", "offices.py",
                                        "tables.py", "model.py")]
    sources += sorted((here / "detectors").glob("*.py")) + sorted((here / "kinds").glob("*.py"))
    for name, module_file in kinds:  # a kind registered from outside the package brings its own module
        h.update(name.encode())
        if Path(module_file).parent != here / "kinds":
            sources.append(Path(module_file))
    tables.digest_code_and_tables(h, sources)
    h.update(nlp.model_identity().encode())
    return "claims:" + h.hexdigest()[:16]


def needs_ner(text: str) -> bool:
    return any(kind.wants_entities(text) for kind in KINDS.values())


def extract_sentence(text: str, entities: Entities = ()) -> SentenceClaims:
    """All claims of one sentence, every registered kind's; `entities` come from the recogniser (empty = none)."""
    found: dict[str, Sequence] = {}
    for kind in KINDS.values():
        found.update(kind.extract(text, entities))
    return SentenceClaims.of(found)


def extract_claims(
    sentences: Sequence[Sentence],
    cache: Cache | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[SentenceClaims]:
    """Claims for each sentence (meta lines get none), reusing cached results."""
    producer = extractor_identity()
    texts = sorted({s.text for s in sentences if s.kind != "meta"})
    keys = {t: text_key(t) for t in texts}
    cached = cache.get_records(producer, list(keys.values())) if cache else {}
    by_text: dict[str, SentenceClaims] = {}
    for t in texts:
        record = cached.get(keys[t])
        if record is not None:
            try:
                by_text[t] = from_record(record)
            except (TypeError, KeyError, ValueError):
                pass
    missing = [t for t in texts if t not in by_text]
    if progress and len(texts) - len(missing):
        progress(len(texts) - len(missing))
    for start in range(0, len(missing), 512):
        chunk = missing[start:start + 512]
        ner_texts = [t for t in chunk if needs_ner(t)]
        spans = dict(zip(ner_texts, nlp.entity_spans(ner_texts)))
        fresh = {t: extract_sentence(t, spans.get(t, ())) for t in chunk}
        by_text.update(fresh)
        if cache:
            cache.put_records(producer, {keys[t]: to_record(c) for t, c in fresh.items()})
        if progress:
            progress(len(chunk))
    return [by_text.get(s.text, EMPTY) if s.kind != "meta" else EMPTY for s in sentences]


# ----------------------------------------------------------------- (de)serialising


def to_record(c: SentenceClaims) -> dict:
    """Every registered field, empty ones included, so a record read back knows it is complete."""
    record = {name: [] for kind in KINDS.values() for name in kind.fields}
    record.update({name: [asdict(claim) for claim in claims] for name, claims in c.found})
    return record


def from_record(r: dict) -> SentenceClaims:
    """Raises KeyError when a registered field is missing: the sentence is extracted again."""
    return SentenceClaims.of({name: [claim_from_record(cls, d) for d in r[name]]
                              for kind in KINDS.values() for name, cls in kind.fields.items()})
