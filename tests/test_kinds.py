"""The kind registry: each aligned kind's interface is complete and is what comparison uses."""
from __future__ import annotations

from datetime import date

from discrepancy.compare.kinds import KINDS, AlignedKind, value_pairs
from discrepancy.compare.samefact import PairEvidence, Side
from discrepancy.findings import ClaimConflicts
from discrepancy.model import Document, NumberClaim, Sentence, SentenceClaims
from discrepancy.scoring import load_model


def test_every_kind_is_registered_under_its_name_with_a_fitted_model() -> None:
    assert set(KINDS) == {"number", "date"}
    for name, kind in KINDS.items():
        assert kind.name == name
        assert load_model(f"same_fact_{name}").features, name


def _claim(text: str, value: float, start: int) -> NumberClaim:
    return NumberClaim(start=start, end=start + len(text), text=text, value=value, low=value, high=value, unit="",
                       counted=("people",), counted_text="people", left=("killed",), right=())


def test_a_finding_is_worded_by_its_kind() -> None:
    """ClaimConflicts takes its wording from the registered kind, not from a switch on the name."""
    doc_a = Document(id="a", text="x", source="A", published=date(2022, 8, 1))
    doc_b = Document(id="b", text="x", source="B", published=date(2022, 8, 1))
    s_a = Sentence("a", 0, "The strike killed 12 people.", 0, 28, 1)
    s_b = Sentence("b", 0, "The strike killed 15 people.", 0, 28, 1)
    toy = AlignedKind("number", "tallies", lambda c: c.numbers, lambda x, y: True, lambda e, x, y: {},
                      lambda side, x: None, lambda claims: "the toll")
    conflicts = ClaimConflicts({"number": toy})
    conflicts.add("number", None, 0.9, (doc_a, s_a, _claim("12", 12, 18), None), (doc_b, s_b, _claim("15", 15, 18), None))
    (finding,) = conflicts.findings()
    assert finding.subject == "the toll"
    assert finding.message.startswith("Aligned sentences give different tallies for the toll")
    assert finding.confidence == 0.9


def test_value_pairs_come_from_the_kind_s_own_claims() -> None:
    def side(doc_id: str, text: str, numbers: tuple[NumberClaim, ...]) -> Side:
        doc = Document(id=doc_id, text=text, source=doc_id.upper(), published=date(2022, 8, 1))
        return Side.of(doc, Sentence(doc_id, 0, text, 0, len(text), 1), SentenceClaims(numbers=numbers))

    a = side("a", "The strike killed 12 people.", (_claim("12", 12, 18),))
    b = side("b", "The strike killed 15 people.", (_claim("15", 15, 18),))
    from discrepancy.compare.context import Governors

    pairs = list(value_pairs(PairEvidence(a, b, 0.9, 1.0, Governors(None)), "number"))
    assert [(p.x.text, p.y.text, p.conflict) for p in pairs] == [("12", "15", True)]
    # the kind's features are exactly what its fitted model reads
    assert set(pairs[0].features) == set(load_model("same_fact_number").features)
    assert not list(value_pairs(PairEvidence(a, b, 0.9, 1.0, Governors(None)), "date"))
