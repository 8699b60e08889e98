"""Claims: run every detector over every sentence, once per distinct sentence text.

What a sentence claims depends only on its text, so results are cached under the
extractor's identity (a hash of the detectors' source and the NER model's version)
and the sentence's hash. The named-entity recogniser, the costly part, only runs on
sentences that contain a title word.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from . import nlp, tables
from .cache import Cache, text_key
from .detectors.dates import extract_dates
from .detectors.numbers import extract_numbers
from .detectors.people import HONORIFICS
from .detectors.titles import extract_people_and_titles
from .model import DateClaim, NumberClaim, PersonMention, Sentence, SentenceClaims, TitleClaim
from .offices import ROLES

_TITLE_TRIGGER = re.compile(
    r"\b(?:" + "|".join(sorted({re.escape(k[0]) for k in ROLES} | set(HONORIFICS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
EMPTY = SentenceClaims()


@lru_cache(maxsize=1)
def extractor_identity() -> str:
    """Changes whenever extraction could give a different result."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    for name in ["claims.py", "tokens.py", "textnorm.py", "gazetteer.py", "offices.py", "tables.py", *sorted(
            p.name for p in (here / "detectors").glob("*.py"))]:
        path = here / name if (here / name).exists() else here / "detectors" / name
        h.update(path.read_bytes())
    for table in tables.EXTRACTION_TABLES:
        h.update(tables.table_text(table).encode())
    h.update(nlp.model_identity().encode())
    return "claims:" + h.hexdigest()[:16]


def needs_ner(text: str) -> bool:
    return bool(_TITLE_TRIGGER.search(text))


def extract_sentence(text: str, entities: Sequence[tuple[int, int, str]] = ()) -> SentenceClaims:
    """All claims of one sentence; `entities` come from the recogniser (empty = none)."""
    people, titles = extract_people_and_titles(text, entities) if needs_ner(text) else ([], [])
    return SentenceClaims(
        numbers=tuple(extract_numbers(text)), dates=tuple(extract_dates(text)),
        people=tuple(people), titles=tuple(titles),
    )


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
    return asdict(c)


def from_record(r: dict) -> SentenceClaims:
    def number(d: dict) -> NumberClaim:
        return NumberClaim(**{**d, "counted": tuple(d["counted"]), "left": tuple(d["left"]),
                              "right": tuple(d["right"]), "low": float(d["low"]), "high": float(d["high"])})

    def date_(d: dict) -> DateClaim:
        return DateClaim(**{**d, "left": tuple(d["left"]), "right": tuple(d["right"])})

    def title(d: dict) -> TitleClaim:
        return TitleClaim(**{**d, "person": PersonMention(**d["person"])})

    return SentenceClaims(
        numbers=tuple(number(d) for d in r["numbers"]),
        dates=tuple(date_(d) for d in r["dates"]),
        people=tuple(PersonMention(**d) for d in r["people"]),
        titles=tuple(title(d) for d in r["titles"]),
    )
