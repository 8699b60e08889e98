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
def test_a_rise_told_without_its_first_level_settles_a_lower_figure_reported_before_it(tmp_path):
    """"rose to 11 on Wednesday" says the toll was lower before: the day before's "Nine" is that."""
    assert _numbers(tmp_path, "The death toll from the Marburg outbreak in Kabiito district rose to 11 on Wednesday "
                              "after two more patients died.") == []


@pytest.mark.integration
def test_without_a_stated_change_the_two_levels_conflict(tmp_path):
    assert _numbers(tmp_path, "The death toll from the Marburg outbreak in Kabiito district stood at 11 on Wednesday "
                              "after two more patients died.") == [["Eleven", "Nine"]]


def test_a_rise_told_without_its_first_level_settles_only_lower_figures_reported_by_then():
    """The rise explains the levels reported before it, not one reported the day after."""
    from dataclasses import replace
    from datetime import date

    from discrepancy.compare.aligned import StatedChange, _change_stated
    from discrepancy.detectors.numbers import extract_numbers

    new = extract_numbers("rose to 11 people")[0]
    below = replace(new, value=0.0, low=0.0, high=10.5)
    changes = {"c": [StatedChange(below, new, by_day=date(2025, 10, 8))]}
    nine, eleven = extract_numbers("Nine people")[0], extract_numbers("Eleven people")[0]

    def stated(published_nine: date) -> bool:
        published = {"a": published_nine, "b": date(2025, 10, 8)}
        return _change_stated(changes, lambda doc, a: (True, "E"), "E", "a", "b", nine, eleven, published)

    assert stated(date(2025, 10, 7)) and stated(date(2025, 10, 8))
    assert not stated(date(2025, 10, 9))
    assert not _change_stated(changes, lambda doc, a: (True, "E"), "E", "a", "b", extract_numbers("12 people")[0],
                              eleven, {"a": date(2025, 10, 7), "b": date(2025, 10, 8)})


def _changes(tmp_path: Path, fake_embedder, published: str, lede: str) -> set[tuple[float, float, float, bool]]:
    """(earlier level's low, its high, the level now, a rise told without its first level) per change."""
    from discrepancy.compare.aligned import stated_changes
    from discrepancy.corpus import load_corpus
    from discrepancy.pipeline import Options, analyse

    path = tmp_path / "a.md"
    path.write_text(ARTICLE.format(source="A", published=published, title="Storm", tail=TAIL, lede=lede), encoding="utf-8")
    analysis = analyse(load_corpus([path]), Options(), embedder=fake_embedder, cache=None)
    return {(c.old.low, c.old.high, c.new.value, c.by_day is not None)
            for changes in stated_changes(analysis).values() for c in changes}


def test_a_figure_so_many_more_than_another_level_states_that_level(tmp_path, fake_embedder):
    """qa268 c01, "Three people were taken to hospital ..., one more than first reported", and qa266
    c06, "72 beds, eight more than the current building": each states the other level."""
    assert _changes(tmp_path, fake_embedder, "2025-07-07", "Three people were taken to hospital after a gust ripped "
                    "through a circus big top yesterday afternoon, one more than first reported.") == {(2.0, 2.0, 3.0, False)}
    assert _changes(tmp_path, fake_embedder, "2025-10-15", "The new hospital will have 72 beds, eight more than the "
                    "current building, and is due to open in 2029.") == {(64.0, 64.0, 72.0, False)}
    # "far more than" and "more than 40" state no difference
    assert _changes(tmp_path, fake_embedder, "2025-10-15", "The new hospital will have 72 beds, far more than the "
                    "current building, and more than 40 nurses.") == set()


def test_a_first_estimate_is_an_earlier_level(tmp_path, fake_embedder):
    """qa266 c01: "412 properties were flooded ... The figure ... was revised upwards from an initial
    estimate of about 300": the story says the count went from one to the other."""
    assert _changes(tmp_path, fake_embedder, "2026-02-08", "Three people died and 412 properties were flooded on "
                    "Friday night. The figure for flooded homes and businesses was revised upwards from an initial "
                    "estimate of about 300 after council surveyors went street by street.") == {(255.0, 345.0, 412.0, False)}


def test_a_rise_told_without_its_first_level(tmp_path, fake_embedder):
    """qa266 c01: "The death toll ... has risen to three": any lower level reported by then."""
    assert _changes(tmp_path, fake_embedder, "2026-02-07", "The death toll from last night's flooding has risen to "
                    "three after the body of a missing man was found.") == {(0.0, 2.5, 3.0, True)}
    # qa268 p12, qa262 p08: a share rises across groups or years, not since the other report
    assert _changes(tmp_path, fake_embedder, "2025-09-23", "Among workers over 50 the figure rose to 61 per cent, "
                    "and coach tours' share of the market climbed to 27% last year.") == set()


def test_the_changes_a_sentence_states(tmp_path, fake_embedder):
    from discrepancy.compare.aligned import stated_changes
    from discrepancy.corpus import load_corpus
    from discrepancy.pipeline import Options, analyse

    path = tmp_path / "a.md"
    path.write_text(ARTICLE.format(source="A", published="2025-10-08", title="Marburg outbreak", tail=TAIL, lede="The toll rose to 11, up from nine on Monday, "
                                   "and 40 people are in hospital. Cases fell to 20, down from 24."), encoding="utf-8")
    analysis = analyse(load_corpus([path]), Options(), embedder=fake_embedder, cache=None)
    # the level a change starts from and the level it reached, not another figure of the sentence
    assert {(old.value, new.value) for changes in stated_changes(analysis).values()
            for old, new, *_ in changes} == {(9.0, 11.0), (24.0, 20.0)}


def test_the_level_now_may_be_the_sentence_before(tmp_path, fake_embedder):
    """"Five people were injured ... The number of injured rose from three during the afternoon"
    (qa203 c04): the level a rise reached is the sentence before's, so another outlet's morning
    "Three people have been taken to hospital" is the earlier level, not a figure disputed."""
    from discrepancy.compare.aligned import stated_changes
    from discrepancy.corpus import load_corpus
    from discrepancy.pipeline import Options, analyse

    path = tmp_path / "a.md"
    path.write_text(ARTICLE.format(source="A", published="2026-03-17", title="Explosion", tail=TAIL,
                                   lede="Five people were injured when an explosion destroyed a pharmacy on Tuesday. "
                                   "The number of injured rose from three during the afternoon after two more people "
                                   "went to hospital."), encoding="utf-8")
    analysis = analyse(load_corpus([path]), Options(), embedder=fake_embedder, cache=None)
    assert {(old.value, new.value) for changes in stated_changes(analysis).values()
            for old, new, *_ in changes} == {(3.0, 5.0)}


def test_the_level_now_passes_over_a_reporting_window(tmp_path, fake_embedder):
    """"admitted 1,317 patients in the 24 hours to 8am, up from 1,204 a day earlier": the change is
    from 1,204 to 1,317; the 24 hours are the window both counts are over, and "a day earlier" is no
    rate per day."""
    from discrepancy.compare.aligned import stated_changes
    from discrepancy.corpus import load_corpus
    from discrepancy.pipeline import Options, analyse

    path = tmp_path / "a.md"
    path.write_text(ARTICLE.format(source="A", published="2025-09-23", title="Dengue", tail=TAIL,
                                   lede="Hospitals admitted 1,317 dengue patients in the 24 hours to 8am today, "
                                   "up from 1,204 a day earlier."), encoding="utf-8")
    analysis = analyse(load_corpus([path]), Options(), embedder=fake_embedder, cache=None)
    assert {(old.value, new.value) for changes in stated_changes(analysis).values()
            for old, new, *_ in changes} == {(1204.0, 1317.0)}


def test_a_figure_that_agrees_with_a_stated_level_is_that_level():
    """A story that says the count went from 1,204 to 1,317 settles "more than 1,300" against 1,204,
    but not 1,100 against 1,204."""
    from discrepancy.compare.aligned import StatedChange, _change_stated
    from discrepancy.detectors.numbers import extract_numbers

    old, new = extract_numbers("admitted 1,317 patients, up from 1,204 a day earlier")[::-1]
    changes = {"c": [StatedChange(old, new)]}
    more_than, earlier, other = (extract_numbers(t)[0] for t in ("More than 1,300 patients", "1,204 patients",
                                                                 "1,100 patients"))

    def stated(x, y):
        return _change_stated(changes, lambda doc, a: (True, "E"), "E", "a", "b", x, y)

    assert stated(more_than, earlier) and stated(earlier, more_than)
    assert not stated(other, earlier)


def test_a_change_read_across_two_sentences_wants_each_level_stated():
    """qa90 p02: "... 4,870 patient pathways ... That is down from 7,250 a year earlier" reads a
    change from 7,250 to 4,870; another outlet's "Some six and a half thousand" allows 7,250 but
    does not state it, and its conflict with "Almost 4,900" stays. "three" against "from three" does."""
    from discrepancy.compare.aligned import StatedChange, _change_stated
    from discrepancy.detectors.numbers import extract_numbers

    old, new = extract_numbers("7,250 patients")[0], extract_numbers("4,870 patients")[0]
    some, almost, exact = (extract_numbers(t)[0] for t in ("Some six and a half thousand patients",
                                                           "Almost 4,900 patients", "7,250 patients"))

    def stated(x, y, across):
        return _change_stated({"c": [StatedChange(old, new, across)]}, lambda doc, a: (True, "E"), "E", "a", "b", x, y)

    assert stated(some, almost, across=False) and not stated(some, almost, across=True)
    assert stated(exact, extract_numbers("4,870 patients")[0], across=True)


def test_a_change_that_takes_a_total_to_a_level_states_a_level_before_it(tmp_path, fake_embedder):
    """qa275 p03: "The acquisition will take Summit's portfolio to 15 visitor attractions" against
    "Summit, which runs 14 attractions": a change still to come leaves the lower level standing,
    reported on any day; one that happened ("brought the death toll to 12") is a rise told."""
    to_come = _changes(tmp_path, fake_embedder, "2025-04-14",
                       "The acquisition will take Summit's portfolio to 15 visitor attractions, the company said.")
    assert to_come == {(0.0, 14.5, 15.0, False)}
    happened = _changes(tmp_path, fake_embedder, "2025-04-14", "The landslide brought the death toll to 12 on Monday.")
    assert happened == {(0.0, 11.5, 12.0, True)}
    assert _changes(tmp_path, fake_embedder, "2025-04-14", "The bus will take pupils to 15 schools in the district.") == set()
