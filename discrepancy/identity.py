"""What makes two findings "the same": defined here and nowhere else.

A finding's identity is its kind, its subject, its normalised conflicting values and
the documents involved. Never line numbers, offsets, order or the run: an edit
elsewhere in an article, or a re-ordered corpus, must not turn a reviewed finding
into a "new" one (the lesson detect-secrets learned for its baseline).
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from .model import Finding

ID_PREFIX = "D"


def normalize_value(value: str) -> str:
    """Case, accents, quotes, dashes and spacing do not change a value's identity."""
    v = unicodedata.normalize("NFKD", value)
    v = "".join(ch for ch in v if not unicodedata.combining(ch)).lower()
    v = v.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    v = re.sub(r"(?<=\d),(?=\d{3})", "", v)  # 1,000 == 1000
    v = re.sub(r"[\s,]+", " ", v).strip(" .;:")
    return v


def unnamed_key(kind: str, values: Iterable[str], docs: Iterable[str]) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """A finding's identity without its subject: what stays when a newer version only renames it."""
    return kind, tuple(sorted({normalize_value(v) for v in values})), tuple(sorted(set(docs)))


def identity_key(kind: str, subject: str, values: Iterable[str], docs: Iterable[str]) -> str:
    """The canonical text a finding's id is the hash of."""
    kind, normalised, documents = unnamed_key(kind, values, docs)
    payload = {"kind": kind, "subject": normalize_value(subject), "values": list(normalised), "docs": list(documents)}
    return json.dumps(payload, sort_keys=True, ensure_ascii=False)


def finding_id(kind: str, subject: str, values: Iterable[str], docs: Iterable[str]) -> str:
    digest = hashlib.sha256(identity_key(kind, subject, values, docs).encode("utf-8")).hexdigest()
    return f"{ID_PREFIX}{digest[:12]}"


def identify(finding: Finding) -> str:
    """The stable id of a finding (ignores its id field, evidence offsets and line numbers)."""
    return finding_id(finding.kind, finding.subject, finding.values, (c.doc for c in finding.claims))


# The baseline file's schema: what reviewed findings are kept as (`baseline.py` reads and writes
# it; the review page exports it, so it lives with the identity rather than with the file code).
SCHEMA = "discrepancy/baseline@1"


def baseline_entry(finding: Finding) -> dict[str, Any]:
    """What a baseline records of a finding: its identity and enough to recognise it when reading the file."""
    return {
        "id": identify(finding),
        "kind": finding.kind,
        "subject": finding.subject,
        "values": sorted(set(finding.values)),
        "docs": sorted({c.doc for c in finding.claims}),
        "verdict": finding.verdict,
        "message": finding.message,
        "sentences": statement_keys(finding),
    }


def statement_key(sentence: str, outlet: str = "") -> str:
    """A short digest of a sentence as an outlet stated it (case, accents, quotes and spacing aside):
    what tells an article moved (`git mv`, the same text under a new id) from another article, or
    another outlet's copy, saying the same values."""
    return hashlib.sha256(f"{outlet}\n{normalize_value(sentence)}".encode()).hexdigest()[:12]


def statement_keys(finding: Finding) -> list[str]:
    """The digests of the sentences a finding quotes, sorted, each once. An outlet that is only the
    article's own id (a text file without a source) is left out: it changes with the file's name."""
    return sorted({statement_key(c.sentence, c.source if c.source != c.doc else "") for c in finding.claims})
