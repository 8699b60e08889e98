"""What the stages before comparison produce: the input of the comparison and of model fitting."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .events import DocumentLinks
from .model import Document, Event, InputIssue, Sentence, SentenceClaims


@dataclass
class Analysis:
    """Everything the stages before comparison produce, for the comparison and for fitting."""

    docs: list[Document]
    unchecked: list[InputIssue]
    sentences: list[Sentence]
    claims: list[SentenceClaims]
    comparable: list[int]  # indices of the sentences that were embedded
    vectors: np.ndarray  # one row per comparable sentence
    pairs: list[tuple[int, int, float]]  # aligned (row, row, cosine) between documents
    links: DocumentLinks
    events: list[Event]
    stats: dict = field(default_factory=dict)

    def event_of(self) -> dict[str, str]:
        return {d: e.id for e in self.events for d in e.docs}
