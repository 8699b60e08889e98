"""The registry of claim kinds: one module per kind, each a `ClaimKind` (extract, compare, describe).

Claims (`claims.py`), comparison (`compare/aligned.py`, the pipeline) and the reports' rule
list read this registry, in its order; a new kind is a module here and one line below.
`registered` adds a kind for a while (tests, plugins).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ..compare.kinds import AlignedKind
from ..detectors.numbers import VAGUE
from ..model import KindInfo, SentenceClaims
from . import date, number, title
from .base import ClaimKind, Entities, from_record

KINDS: dict[str, ClaimKind] = {kind.name: kind for kind in (number.KIND, date.KIND, title.KIND)}

__all__ = ["KINDS", "AlignedKind", "ClaimKind", "Entities", "aligned_kind", "aligned_kinds", "compared_aligned",
           "from_record", "infos", "registered"]


def aligned_kinds() -> list[AlignedKind]:
    """The comparison half of every kind compared between aligned sentences."""
    return [k.aligned for k in KINDS.values() if k.aligned is not None]


def aligned_kind(name: str) -> AlignedKind:
    spec = KINDS[name].aligned
    if spec is None:
        raise KeyError(f"{name} is not compared between aligned sentences")
    return spec


def compared_aligned(claims: SentenceClaims) -> bool:
    """Does the sentence hold a value compared between aligned sentences (so it is embedded)?

    A vague quantity alone ("Dozens of protesters were arrested") does not make it so: it is
    compared where its sentence is embedded for another value, and no sentence is aligned, nor
    any article linked, on the strength of one.
    """
    return any(getattr(v, "qualifier", None) != VAGUE for spec in aligned_kinds() for v in spec.values(claims))


def infos() -> list[KindInfo]:
    return [k.info for k in KINDS.values()]


@contextmanager
def registered(kind: ClaimKind) -> Iterator[ClaimKind]:
    """`kind` is part of the registry inside the block (a test's or a plugin's kind)."""
    if kind.name in KINDS:
        raise ValueError(f"a kind named {kind.name!r} is already registered")
    KINDS[kind.name] = kind
    try:
        yield kind
    finally:
        del KINDS[kind.name]
