"""A change of a figure the story itself states is no contradiction between its two levels.

Blind clean corpora (qa90 c01 and others) report a toll that rose and say so: "rose to 11 on
Wednesday, up from nine on Tuesday". Another outlet's "Nine people have died" of the day before is
then the earlier level the story gives, not a figure disputed.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from small_corpus import ARTICLE, findings, values

NINE = "Nine people have died in an outbreak of Marburg virus disease in Kabiito district, the Ministry of Health said on Tuesday."
ELEVEN = "Eleven people have now died in the Marburg virus outbreak in Kabiito district, the Ministry of Health says."
TAIL = "Health workers are tracing contacts of the patients in the district."


def _numbers(tmp_path: Path, risen: str) -> list[list[str]]:
    found = findings(tmp_path, [("East Africa Press", "2025-10-07", NINE), ("Kampala Observer", "2025-10-08", risen),
                                ("Nile FM", "2025-10-08", ELEVEN)], "Marburg outbreak", TAIL)
    return values(found, "number")


@pytest.mark.integration
def test_a_rise_the_story_states_settles_its_two_levels(tmp_path):
    assert _numbers(tmp_path, "The death toll from the Marburg outbreak in Kabiito district rose to 11 on Wednesday, "
                              "up from nine on Tuesday, after two more patients died.") == []


@pytest.mark.integration
def test_without_the_stated_rise_the_two_levels_conflict(tmp_path):
    assert _numbers(tmp_path, "The death toll from the Marburg outbreak in Kabiito district rose to 11 on Wednesday "
                              "after two more patients died.") == [["Eleven", "Nine"]]


def test_the_changes_a_sentence_states(tmp_path, fake_embedder):
    from discrepancy.compare.aligned import stated_changes
    from discrepancy.corpus import load_corpus
    from discrepancy.pipeline import Options, analyse

    path = tmp_path / "a.md"
    path.write_text(ARTICLE.format(source="A", published="2025-10-08", title="Marburg outbreak", tail=TAIL, lede="The toll rose to 11, up from nine on Monday, "
                                   "and 40 people are in hospital. Cases fell to 20, down from 24."), encoding="utf-8")
    analysis = analyse(load_corpus([path]), Options(), embedder=fake_embedder, cache=None)
    # the level a change starts from and the level it reached, not another figure of the sentence
    assert {c[:2] for changes in stated_changes(analysis).values() for c in changes} == {(9.0, 11.0), (24.0, 20.0)}
