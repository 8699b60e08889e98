"""Figures for different occasions or reporting windows are not compared (pipeline rules)."""
from datetime import date

import pytest

from discrepancy.model import Corpus, Document
from discrepancy.pipeline import Options, check_corpus, rolling_window

STORY = ("Russian forces shelled the city of Zaporizhzhia on Tuesday, regional officials said. "
         "The governor said the strikes hit apartment blocks and a school near the river. ")


def _findings(sentence_a: str, sentence_b: str, fake_embedder, cache_dir) -> list:
    docs = (Document(id="a", text=STORY + sentence_a, source="Outlet A", published=date(2022, 8, 10)),
            Document(id="b", text=STORY + sentence_b, source="Outlet B", published=date(2022, 8, 10)))
    report = check_corpus(Corpus(docs), Options(cache_dir=cache_dir), embedder=fake_embedder)
    return [f for f in report.findings if f.kind == "number"]


def test_the_same_occasion_with_different_figures_is_reported(fake_embedder, cache_dir):
    found = _findings("The court fined the activist 30,000 rubles for the protest.",
                      "The court fined the activist 50,000 rubles for the protest.", fake_embedder, cache_dir)
    assert len(found) == 1


def test_an_earlier_occasion_is_not_compared_with_an_undated_one(fake_embedder, cache_dir):
    found = _findings("The court fined the activist 30,000 rubles for the protest.",
                      "Last month the court fined the activist 50,000 rubles for the protest.", fake_embedder, cache_dir)
    assert found == []


def test_a_year_that_describes_something_else_does_not_make_a_figure_background(fake_embedder, cache_dir):
    found = _findings("The author of a 1999 book was accused of spending $750,000 in campaign funds.",
                      "The author of a 1999 book was accused of spending $1,200,000 in campaign funds.",
                      fake_embedder, cache_dir)
    assert len(found) == 1


def test_a_daily_tally_is_not_the_count_for_one_attack(fake_embedder, cache_dir):
    found = _findings("Russian strikes on the region killed 22 people, officials said.",
                      "Russian strikes on the region over 24 hours killed one person, officials said.",
                      fake_embedder, cache_dir)
    assert found == []


@pytest.mark.parametrize("text, hours", [
    ("struck several towns over 24 hours, killing one person", 24),
    ("in the past day, five people died", 24),
    ("overnight strikes killed three", 12),
    ("in the last two weeks", 336),
    ("killed 22 people this week", None),
    ("in days, three died", None),
])
def test_rolling_windows(text, hours):
    assert rolling_window(text) == hours
