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

    def compared_in(self) -> Callable[[str, str], tuple[bool, str | None]]:
        """(whether two articles are compared, the event they are compared in): the group they
        share, else the group one of them reaches as a roundup (`Event.also`); when each reaches the
        other's, the larger group (then the smaller id), whichever way round they are asked."""
        event_of = self.event_of()
        size = {e.id: len(e.docs) for e in self.events}
        reach = {(d, e.id) for e in self.events for d in e.also}

        def event(a: str, b: str) -> tuple[bool, str | None]:
            ea, eb = event_of.get(a), event_of.get(b)
            if ea == eb:
                return True, ea
            reached = [e for doc, e in ((a, eb), (b, ea)) if e is not None and (doc, e) in reach]
            if not reached:
                return False, None
            return True, min(reached, key=lambda e: (-size[e], e))
        return event

    def compared_at(self, gate: float) -> Callable[[str, str], tuple[bool, str | None]]:
        """As `compared_in`, with the articles' own link required to reach `gate` (the event cut):
        the one gate the comparison, the evaluation and the funnel all apply."""
        position = self.links.index()
        probability = self.links.probability
        compared_in = self.compared_in()

        def event(a: str, b: str) -> tuple[bool, str | None]:
            if float(probability[position[a], position[b]]) < gate:
                return False, None
            return compared_in(a, b)
        return event
