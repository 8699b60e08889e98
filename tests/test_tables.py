"""Word tables read from data files: what the detectors get from them, and the claims cache key."""
import pytest

from discrepancy import claims, tables
from discrepancy.detectors.dates import MONTHS, WEEKDAYS, extract_dates
from discrepancy.detectors.numbers import extract_numbers
from discrepancy.model import Document
from discrepancy.sentences import split_document


@pytest.mark.parametrize("word,value", [("seven", 7), ("nineteen", 19), ("forty", 40), ("twenty-four", 24),
                                        ("seventy-two", 72), ("a", None), ("twenty-zero", None), ("dozen", None)])
def test_number_word_value(word, value):
    assert tables.number_word_value(word) == value


def test_calendar_words_reach_the_detectors():
    assert MONTHS["sept"] == MONTHS["september"] == 9 and WEEKDAYS["sunday"] == 6
    assert [d.month for d in extract_dates("It opened on Sept. 5, 2022 and closed in March.")] == [9, 3]
    assert [n.value for n in extract_numbers("Twenty-four soldiers and eleven civilians were hurt.")] == [24, 11]


def test_state_and_calendar_abbreviations_do_not_end_sentences():
    text = "Sen. Dianne Feinstein of Calif. Spoke on Thurs. In Phoenix, he left on Sept. Ninth. It rained."
    got = [s.text for s in split_document(Document(id="d", text=text, source="s"))]
    assert got == ["Sen. Dianne Feinstein of Calif. Spoke on Thurs. In Phoenix, he left on Sept. Ninth.", "It rained."]


def test_claims_cache_key_covers_the_tables(monkeypatch):
    """Editing a word table changes what extraction gives, so cached claims must not be reused."""
    claims._identity.cache_clear()
    before = claims.extractor_identity()
    real = tables.table_text
    monkeypatch.setattr(tables, "table_text", lambda name: real(name) + (" " if name == "offices" else ""))
    claims._identity.cache_clear()
    try:
        assert claims.extractor_identity() != before
    finally:
        monkeypatch.undo()
        claims._identity.cache_clear()
    assert claims.extractor_identity() == before
