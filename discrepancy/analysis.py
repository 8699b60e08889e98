"""What the stages before comparison produce: the input of the comparison and of model fitting."""
from __future__ import annotations

from collections.abc import Callable
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

    def compared_in(self) -> Callable[[str, str], str | None]:
        """The event two articles are compared in: the group they share, else the group one of
        them reaches as a roundup (`Event.also`); None when they are kept apart."""
        event_of = self.event_of()
        reach = {(d, e.id) for e in self.events for d in e.also}

        def event(a: str, b: str) -> str | None:
            ea, eb = event_of.get(a), event_of.get(b)
            if ea == eb:
                return ea
            if (a, eb) in reach:
                return eb
            if (b, ea) in reach:
                return ea
            return None
        return event
