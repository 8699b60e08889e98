"""Refitting is deterministic: the committed training tables give the shipped model files byte for byte."""
from pathlib import Path

import pytest
from script_modules import load_script

ROOT = Path(__file__).resolve().parent.parent

pytest.importorskip("sklearn")


@pytest.mark.slow
def test_refit_from_tables_gives_the_shipped_models(tmp_path, monkeypatch):
    fit_models = load_script("fit_models")
    monkeypatch.setattr(fit_models, "DATA", tmp_path)
    assert fit_models.main(["--from-tables"]) == 0
    for name in ("same_event", "same_fact_number", "same_fact_date", "title_conflict"):
        shipped = (ROOT / "discrepancy" / "data" / f"{name}.json").read_bytes()
        assert (tmp_path / f"{name}.json").read_bytes() == shipped, name


def test_copies_of_one_fact_share_a_fold_group_and_weigh_one_row():
    """Cross-validation must not train on one outlet's copy of a fact and test on another's."""
    fit_models = load_script("fit_models")
    def row(group: str, x: str, y: str, label: str = "1") -> dict:
        return {"corpus": "summer-tune", "group": group, "x": x, "y": y, "label": label, "weight": "1"}

    rows = [row("summer:a", "Thursday", "Saturday"), row("summer:b", "saturday", "Thursday"),
            row("summer:b", "five", "31", "0"), row("summer:c", "Monday", "Friday", "0"),
            {"corpus": "basil-dev", "group": "basil:t", "x": "Thursday", "y": "Saturday", "label": "1", "weight": "1"}]
    fit_models._group_by_fact(rows)
    assert rows[0]["group"] == rows[1]["group"] == rows[2]["group"]  # same values, then same labelled pair
    assert rows[3]["group"] == "summer:c"
    assert rows[4]["group"] == "basil:t"  # only war-news rows are regrouped
    assert [r["weight"] for r in rows] == ["0.5", "0.5", "1", "1", "1"]


def test_a_regularisation_the_rows_cannot_tell_from_the_best_is_preferred():
    """One-standard-error rule: C=1 at a hair's lower loss than C=0.3 keeps 0.3; a clear gain does not."""
    import numpy as np
    fit_models = load_script("fit_models")
    rng = np.random.default_rng(0)
    base = rng.uniform(0.1, 0.5, 400)
    tie = {0.1: base + 0.05, 0.3: base + rng.normal(0, 0.02, 400), 1.0: base}
    assert fit_models.tied_strongest((0.1, 0.3, 1.0), tie, 1.0) == 0.3
    clear = {0.1: base + 0.05, 0.3: base + 0.01, 1.0: base}
    assert fit_models.tied_strongest((0.1, 0.3, 1.0), clear, 1.0) == 1.0


def test_a_vague_quantity_is_scored_but_never_a_row_of_the_fit():
    """ "dozens of protesters" is read (against "more than 500 protesters" it conflicts), but its
    value pairs stay out of the tables the decisions are fitted on; a pair of figures does not."""
    from types import SimpleNamespace as NS

    from discrepancy.detectors.numbers import extract_numbers

    fit_models = load_script("fit_models")
    dozens, = extract_numbers("Dozens of protesters were arrested.")
    five_hundred, = extract_numbers("Police arrested more than 500 protesters.")
    six_hundred, = extract_numbers("Police arrested 600 protesters.")
    assert not fit_models._fitted_reading(NS(kind="number", x=dozens, y=five_hundred))
    assert not fit_models._fitted_reading(NS(kind="number", x=six_hundred, y=dozens))
    assert fit_models._fitted_reading(NS(kind="number", x=six_hundred, y=five_hundred))


def test_a_refit_keeps_the_shipped_cut_unless_the_splits_move_it_beyond_their_noise(tmp_path, monkeypatch):
    """The splits' choices spread widely; a refit whose mean lands within two standard errors of the
    shipped cut keeps it (so a fold assignment alone never moves findings); one further away moves
    it; a model not shipped yet, or --choose-cuts, takes the mean."""
    fit_models = load_script("fit_models")
    monkeypatch.setattr(fit_models, "SHIPPED", tmp_path)
    (tmp_path / "same_fact_number.json").write_text('{"threshold": 0.66}', encoding="utf-8")
    noisy = [0.55, 0.60, 0.62, 0.64, 0.65, 0.66, 0.67, 0.70, 0.74, 0.80]  # mean 0.663, error 0.022
    assert fit_models._steady_cut("same_fact_number", [c + 0.01 for c in noisy]) == 0.66
    assert fit_models._steady_cut("same_fact_number", [c + 0.01 for c in noisy], fresh=True) == 0.67
    assert fit_models._steady_cut("same_fact_number", [c + 0.10 for c in noisy]) == 0.76
    assert fit_models._steady_cut("same_fact_date", noisy) == 0.66  # nothing shipped: the mean, to 0.01
