"""Two sentences that each date a figure of one measure, the figures different, date two occasions.

"Brenmouth handled 5.05 million TEU in 2025" against "... 5.4 million TEU in 2026" is a figure in
dispute or two years' figures, never one year written two ways: the dates are not set against
each other (qa88 p06: a forecast for 2026 against 2025's tally). Where the figures agree, the
dates are one fact's and are compared.
"""
from __future__ import annotations

import pytest
from small_corpus import findings

FIRST = "Brenmouth handled a record 5.05 million TEU in 2025, the port authority said on Tuesday."


def _findings(tmp_path, second: str) -> list[tuple[str, list[str]]]:
    found = findings(tmp_path, [("Harbour Wire", "2026-04-28", FIRST), ("Brenmouth Echo", "2026-04-29", second)],
                     "Port volumes", "Ships rerouted by the canal closure lifted volumes at the port.")
    return sorted((f["kind"], sorted(c["value"] for c in f["claims"])) for f in found)


@pytest.mark.integration
def test_two_figures_each_dated_are_no_date_in_dispute(tmp_path):
    """Nor a figure in dispute: each is dated, beside it, to its own year (qa96: "more than 2,600
    strikes were recorded last year" against "In 2023, there were 2,410 strikes"). One error
    changes one value; a figure and its year both different are two years' figures."""
    second = "Brenmouth handled a record 5.4 million TEU in 2026, the port authority said on Tuesday."
    assert _findings(tmp_path, second) == []


@pytest.mark.integration
def test_a_year_far_from_the_figure_does_not_date_it(tmp_path):
    """qa48: "The 36.2-kilometre tunnel is the third major base tunnel built in Switzerland since
    2000" dates no length: against another year, the figure is still in dispute."""
    second = ("Brenmouth handled a record 5.4 million TEU, its busiest year at the quays the authority "
              "has run since 2019, the port authority said on Tuesday.")
    assert ("number", ["5.05 million", "5.4 million"]) in _findings(tmp_path, second)


@pytest.mark.integration
def test_one_figure_dated_twice_is_a_date_in_dispute(tmp_path):
    second = "Brenmouth handled a record 5.05 million TEU in 2024, the port authority said on Tuesday."
    assert _findings(tmp_path, second) == [("date", ["2024", "2025"])]


@pytest.mark.integration
def test_the_count_of_years_in_a_date_is_no_figure_of_its_own(tmp_path):
    """qa224 p08: "first confirmed in the valley in 2017, ... five years earlier" against "first
    confirmed in the valley in 2014, two years after": "five" and "two" tell dates, so the two
    sentences do not differ in a figure, and their years are compared."""
    found = findings(tmp_path, [
        ("Valley Times", "2026-02-05", "The fungus was first confirmed in the valley in 2017, having been "
                                       "identified in a nursery consignment five years earlier."),
        ("Science Wire", "2026-02-04", "The fungal disease was first confirmed in the valley in 2014, two years "
                                       "after it was first identified in the UK.")],
        "Ash dieback", "Ash dieback has spread through the valley's woods.")
    assert ("date", ["2014", "2017"]) in sorted((f["kind"], sorted(c["value"] for c in f["claims"])) for f in found)
