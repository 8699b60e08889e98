"""Fitted decisions load from data files, name their features and compute what they say."""
import math

import numpy as np
import pytest

from discrepancy.scoring import LogisticModel, load_model


def _model() -> LogisticModel:
    return LogisticModel("t", ("a", "b"), (1.0, 0.0), (2.0, 1.0), (0.5, -1.0), 0.25, 0.6, "test")


def test_probability_is_the_logistic_of_standardised_features():
    z = 0.25 + 0.5 * (3.0 - 1.0) / 2.0 - 1.0 * 2.0
    assert _model().probability({"a": 3.0, "b": 2.0}) == pytest.approx(1 / (1 + math.exp(-z)))


def test_vectorised_and_single_probabilities_agree():
    m = _model()
    a, b = np.array([[0.0, 3.0]]), np.array([[1.0, -2.0]])
    many = m.probabilities({"a": a, "b": b})
    assert many[0, 0] == pytest.approx(m.probability({"a": 0.0, "b": 1.0}))
    assert many[0, 1] == pytest.approx(m.probability({"a": 3.0, "b": -2.0}))


def test_the_bar_is_the_users_when_given_and_the_fitted_cut_otherwise():
    m = _model()
    assert m.bar(None) == 0.6
    assert m.bar(0.0) == 0.0 and m.bar(0.9) == 0.9


def test_json_round_trip_keeps_the_model():
    m = _model()
    again = LogisticModel.from_json(m.to_json())
    assert again.to_json() == m.to_json()
    assert again.probability({"a": 1.5, "b": 0.3}) == pytest.approx(m.probability({"a": 1.5, "b": 0.3}))


def test_the_event_models_join_share_survives_the_round_trip_and_is_absent_elsewhere():
    from dataclasses import replace

    joined = replace(_model(), join_share=0.7)
    assert LogisticModel.from_json(joined.to_json()).join_share == 0.7
    assert "join_share" not in _model().to_json()
    assert LogisticModel.from_json(_model().to_json()).join_share is None


def test_the_event_models_attach_ratio_survives_the_round_trip_and_is_absent_elsewhere():
    from dataclasses import replace

    attached = replace(_model(), join_share=0.7, attach_ratio=1.5)
    back = LogisticModel.from_json(attached.to_json())
    assert (back.join_share, back.attach_ratio) == (0.7, 1.5)
    assert "attach_ratio" not in _model().to_json() and LogisticModel.from_json(_model().to_json()).attach_ratio is None


def test_a_model_that_needs_an_unknown_feature_is_refused():
    with pytest.raises(ValueError, match="b"):
        _model().check_features(["a"])


@pytest.mark.parametrize("name", ["same_event", "same_fact_number", "same_fact_date"])
def test_shipped_models_load_with_a_cut_in_range(name):
    m = load_model(name)
    assert 0 < m.threshold < 1 and len(m.features) == len(m.coef) and m.fitted_on
