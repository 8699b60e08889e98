"""The interface every kind of claim implements: extract, compare, describe.

A kind is one module of this package. It says what it reads from a sentence (`extract`,
filling its own `SentenceClaims` fields with records of its own type), how its values are
compared (`aligned`: across aligned sentence pairs of one story; `corpus`: across the
whole corpus, as titles are per person), and what its findings are called (`info`, which
reports such as SARIF list as rules). Claims, comparison and reports read the registry,
so adding a kind touches this package and nothing else.
"""
from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..compare.kinds import AlignedKind
from ..model import Document, Finding, KindInfo, Sentence, SentenceClaims

Entities = Sequence[tuple[int, int, str]]  # (start, end, label) from the named-entity recogniser
# (documents, sentences, their claims, each document's event, the --min-confidence or None for
# the kind's fitted cut) -> findings
CorpusComparison = Callable[[Sequence[Document], Sequence[Sentence], Sequence[SentenceClaims], Mapping[str, str],
                             float | None], list[Finding]]


def _never(_text: str) -> bool:
    return False


@dataclass(frozen=True)
class ClaimKind:
    """One kind of claim: what it extracts, how it is compared, what its findings are called."""

    name: str  # the findings' kind
    info: KindInfo
    fields: Mapping[str, type]  # the SentenceClaims fields it fills, and the record type of each
    extract: Callable[[str, Entities], Mapping[str, Sequence[Any]]]
    wants_entities: Callable[[str], bool] = _never  # does this sentence need the (costly) recogniser?
    aligned: AlignedKind | None = None  # compared between aligned sentences of one story
    corpus: CorpusComparison | None = None  # compared across the whole corpus


def aligned_claim_kind(info: KindInfo, claim_type: type, detector: Callable[[str], Sequence[Any]],
                       aligned: AlignedKind) -> ClaimKind:
    """A kind whose one field is filled by one detector and compared between aligned sentences."""
    def extract(text: str, _entities: Entities) -> dict[str, Sequence[Any]]:
        return {aligned.field: detector(text)}

    return ClaimKind(info.kind, info, {aligned.field: claim_type}, extract, aligned=aligned)


@cache
def _field_types(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_record(cls: type, record: Mapping[str, Any]) -> Any:
    """A claim record read back from the cache's JSON: lists become tuples, nested records records."""
    hints = _field_types(cls)
    values = {}
    for f in dataclasses.fields(cls):
        if f.name not in record:
            continue  # a default; a field the record must have raises TypeError below
        value = record[f.name]
        hint = hints[f.name]
        if dataclasses.is_dataclass(hint) and isinstance(value, Mapping):
            value = from_record(typing.cast(type, hint), value)
        elif isinstance(value, list):
            value = tuple(value)
        values[f.name] = value
    return cls(**values)
