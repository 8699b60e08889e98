"""Titles: the offices people are given, compared per person and per office across the corpus."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..compare.people import title_findings
from ..detectors.people import HONORIFICS
from ..detectors.title_words import LEADS_BODY
from ..detectors.titles import extract_people_and_titles
from ..model import Document, Finding, KindInfo, PersonMention, Sentence, SentenceClaims, TitleClaim
from ..offices import ROLES
from .base import ClaimKind, Entities

# A sentence without a role word, an honorific or a verb that gives an office ("who chairs the
# agency") has no title to read: the recogniser is skipped.
_TITLE_TRIGGER = re.compile(
    r"\b(?:" + "|".join(sorted({re.escape(k[0]) for k in ROLES} | set(HONORIFICS) | set(LEADS_BODY),
                              key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def wants_entities(text: str) -> bool:
    return bool(_TITLE_TRIGGER.search(text))


def _extract(text: str, entities: Entities) -> dict[str, list]:
    if not wants_entities(text):
        return {}
    people, titles = extract_people_and_titles(text, entities)
    return {"people": people, "titles": titles}


def _compare(docs: Sequence[Document], sentences: Sequence[Sentence], claims: Sequence[SentenceClaims],
             event_of: Mapping[str, str], min_confidence: float | None) -> list[Finding]:
    return title_findings(docs, {d.id: d for d in docs}, sentences, claims, event_of, min_confidence)


KIND = ClaimKind(
    name="title",
    info=KindInfo(
        kind="title", name="ConflictingTitles",
        short="Outlets give one person different titles, or one office different holders.",
        full=("A person is given titles that exclude each other, or an office is given different holders. "
              "With publication dates the verdict says whether this is a contradiction or a change over time; "
              "without them it is reported as unclear."),
    ),
    fields={"people": PersonMention, "titles": TitleClaim},
    extract=_extract,
    wants_entities=wants_entities,
    corpus=_compare,
)
